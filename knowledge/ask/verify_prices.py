"""Prices of a base year asked ('at constant 2020 prices', 'in 2021 dollars'): an answer's facts must be in those
prices. NATO's tables are in 2015 prices; a figure in them does not answer for another base year."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from knowledge.ask.parse import ParsedQuestion
from knowledge.models import Fact, Unit
from knowledge.question import YEAR, price_base


def price_base_unaccounted(
    question: ParsedQuestion, facts: Iterable[Fact], words_of: Callable[[Fact], frozenset[str]]
) -> list[str]:
    """Each base year the question names prices by, stated by the words of at least one of the answer's amounts. A
    share has no prices of its own ('share of GDP, 2015 prices' is NATO's basis for it): only amounts are held to it."""
    amounts = [fact for fact in facts if fact.unit not in (Unit.PERCENT, Unit.PERCENT_OF_GDP)]
    words = list(question.words)
    bases = {word for position, word in enumerate(words) if YEAR.fullmatch(word) and price_base(words, position)}
    if not amounts:
        return []
    stated = frozenset().union(*(words_of(fact) for fact in amounts))
    return [f"prices: in {year} prices" for year in sorted(bases - stated)]
