"""A figure its document corrects ('CORRECTION: An earlier version of this story said … by 19.7% in 2024. The correct
figure is 17.9%.'): what an earlier version wrongly said is no figure of the document's, so it answers nothing; the
corrected figure, stated after, answers."""

from __future__ import annotations

import functools

from knowledge.ask.verify_evidence import TEXT_CACHE
from knowledge.ask.verify_quantity import figure_written_in
from knowledge.figures import tokenize
from knowledge.models import Fact
from knowledge.open_claims import superseded_phrases


def corrected_unaccounted(facts: list[Fact]) -> list[str]:
    """'source: a figure the document corrects' when any prose fact of the answer is one an earlier version said."""
    return ["source: a figure the document corrects"] if any(superseded(fact) for fact in facts) else []


def superseded(fact: Fact) -> bool:
    """The words before the figure in its clause (up to a semicolon: '…; the correct figure is 17.9%' is not) say
    it is what the document wrongly said before: the reader's own words and matcher, so both read a correction alike."""
    if fact.citation.cell is not None or fact.value is None:
        return False
    return _superseded_figure(fact.citation.quote, f"{fact.value:g}")


@functools.lru_cache(maxsize=TEXT_CACHE)  # asked of every prose fact of an answer on every check
def _superseded_figure(quote: str, written: str) -> bool:
    """`superseded` by what it reads: the quote and its figure as written."""
    located = figure_written_in(quote, written)
    if located is None:
        return False
    quote, figure = located
    start = quote.rfind(";", 0, figure.start()) + 1
    said = [token.word for token in tokenize(quote[start : figure.start()])]
    return superseded_phrases().within(said, 0, len(said))
