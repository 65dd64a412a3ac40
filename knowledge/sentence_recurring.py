"""A figure held every year up to a year or since one: '0.25% of GDP every year until 2027', 'at least 2% of GDP every
year since 2015'. It is of the span from the document's own year to that year, or from that year to the document's,
not a deadline's one year nor of no year at all."""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from knowledge.cues import Cues
from knowledge.figures import Figure
from knowledge.sentence_reading import CLAUSE_BREAKS, Stated

RECURRENCE_REACH = 6  # words from a figure to the phrase saying it recurs ('of its GDP every year until')


class RecurrenceReading(Protocol):
    """What reading a recurring figure's span needs of its sentence."""

    words: list[str]
    values: list[Figure]
    years: list[Figure]
    year: int | None
    table: Cues


def recurring_spans(reader: RecurrenceReading, stated: list[Stated]) -> list[Stated]:
    """Each figure said to recur every year until or since a year, as a figure of that span."""
    if reader.year is None:
        return stated
    dated = []
    for one in stated:
        span = _recurring_span(reader, one.figure, reader.year)
        kept = [qualifier for qualifier in one.qualifiers if qualifier != "deadline"]
        dated.append(replace(one, period=span, qualifiers=kept) if span else one)
    return dated


def _recurring_span(reader: RecurrenceReading, figure: Figure, now: int) -> str | None:
    for year in reader.years:
        if year.start < figure.end or year.period_text:
            continue
        until = reader.table.recurring_until.ending_at(reader.words, year.start)
        since = reader.table.recurring_since.ending_at(reader.words, year.start)
        phrase = year.start - (until or since)
        if not (until or since) or not _its_own(reader, figure, phrase):
            continue
        named = int(year.value)
        if until and named > now:
            return f"{now}-{named}"
        if since and named < now:
            return f"{named}-{now}"
    return None


def _its_own(reader: RecurrenceReading, figure: Figure, phrase: int) -> bool:
    """The phrase follows the figure closely, in its clause, no other figure between."""
    between = reader.words[figure.end : phrase]
    other = any(figure.end <= value.start < phrase for value in reader.values)
    return len(between) <= RECURRENCE_REACH and not other and not set(between) & CLAUSE_BREAKS
