"""A figure its document corrects ('CORRECTION: An earlier version of this story said … by 19.7% in 2024. The correct
figure is 17.9%.'): what an earlier version wrongly said is no figure of the document's, so it answers nothing; the
corrected figure, stated after, answers."""

from __future__ import annotations

import functools

from knowledge.ask.verify_quantity import figure_in_quote
from knowledge.cues import cues
from knowledge.lexicon import normalise
from knowledge.models import Fact


def corrected_unaccounted(facts: list[Fact]) -> list[str]:
    """'source: a figure the document corrects' when any prose fact of the answer is one an earlier version said."""
    return ["source: a figure the document corrects"] if any(superseded(fact) for fact in facts) else []


@functools.cache
def _superseded_statements() -> tuple[str, ...]:
    return tuple(f" {normalise(phrase)} " for phrase in cues().raw.claims.superseded)


def superseded(fact: Fact) -> bool:
    """The words before the figure in its clause (up to a semicolon: '…; the correct figure is 17.9%' is not) say
    it is what the document wrongly said before."""
    if fact.citation.cell is not None:
        return False
    located = figure_in_quote(fact)
    if located is None:
        return False
    quote, figure = located
    start = quote.rfind(";", 0, figure.start()) + 1
    said = f" {normalise(quote[start : figure.start()])} "
    return any(phrase in said for phrase in _superseded_statements())
