"""What reading one document may cost: counted limits checked while reading, and the isolated read's budget.

The counted limits stop a hostile document early and cheaply, whatever process reads it: a row
bomb is refused at its 20,001st figure, not after building 100,000 of them. The time and memory
budgets apply when a document is read in a child process (`knowledge.isolation`), where a
document that slips past every count still cannot take the bot down with it.

Every limit is per document, so the memory a document can add to a running bot is bounded by
`figures` / `facts` facts, `sentences` sentences and `characters` of quotable text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Per-document limits; a document over any one of them is refused with the limit named."""

    seconds: float = 20.0  # wall time of an isolated read
    memory_mb: int = 768  # address space an isolated read may add to its process
    unzipped_mb: int = 64  # an .xlsx's parts, inflated (NATO's workbook: 0.9 MB)
    rows: int = 50_000  # sheet rows or CSV records (NATO's tidy CSV: 5,501)
    cells: int = 1_000_000  # spreadsheet cells scanned, blank padding included
    figures: int = 20_000  # table figures (NATO's workbook: 5,501)
    characters: int = 2_000_000  # of a prose document's text
    sentences: int = 10_000  # sentence ends considered in a prose document
    facts: int = 20_000  # facts extracted from one document

    def describe(self) -> str:
        return (
            f"{self.seconds:g} s, {self.memory_mb} MB, {self.rows:,} rows, {self.cells:,} cells, "
            f"{self.figures:,} figures, {self.characters:,} characters, {self.sentences:,} sentences, "
            f"{self.facts:,} facts"
        )


DEFAULT_LIMITS = Limits()

UNITS = {
    "rows": "rows",
    "cells": "spreadsheet cells",
    "figures": "table figures",
    "characters": "characters of text",
    "sentences": "sentences",
    "facts": "facts",
}


class OverLimit(Exception):
    """A document went over one of its limits; `limit` names it ('figures', 'seconds', ...)."""

    def __init__(self, limit: str, reason: str) -> None:
        self.limit = limit
        self.reason = reason
        super().__init__(reason)


def over(limit: str, allowed: float) -> OverLimit:
    return OverLimit(limit, f"over the {limit} limit: more than {allowed:,} {UNITS.get(limit, limit)} in one document")


class Counter:
    """Running counts of one document's read, raising `OverLimit` as soon as one passes its limit."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS) -> None:
        self.limits = limits
        self.counts: dict[str, int] = {}

    def add(self, limit: str, amount: int = 1) -> None:
        count = self.counts.get(limit, 0) + amount
        self.counts[limit] = count
        allowed = getattr(self.limits, limit)
        if count > allowed:
            raise over(limit, allowed)

    def check(self, limit: str, amount: int) -> None:
        """A total known in one go (a text's length, an archive's inflated size)."""
        allowed = getattr(self.limits, limit)
        if amount > allowed:
            raise over(limit, allowed)
