"""The period of a fact: the one its sentence states, else the deadline the document gives its goal, the past
year the sentences before it spoke of, its section heading's year, the year the document was written in (told
in the present), or the paragraph's or the document's period."""

from __future__ import annotations

from knowledge.cues import cues
from knowledge.open_reading import OpenReading
from knowledge.sentence import GOAL_QUALIFIERS, SentenceReader, Stated


class FactPeriods(OpenReading):
    """Which period each stated figure is of, and whether the text says so."""

    def _goal_deadline(self, subject: str, level: float) -> str | None:
        """A goal stated with no deadline ('NATO leaders back 5% goal', 'the 3.5% core target'): the deadline the
        document gives a goal of that level of the same subject, else of the alliance's ('5% of GDP by 2035'); else
        none — a goal or threshold with no deadline is not a figure of any year."""
        guideline = cues().raw.guideline_subject
        return self.goal_deadlines.get((subject, level)) or self.goal_deadlines.get((guideline, level))

    def _period(self, stated: Stated, reader: SentenceReader, subject: str) -> str | None:
        period = self._figures_period(stated, reader, subject)
        return _year_before(period) if stated.figure.prior else period

    def _figures_period(self, stated: Stated, reader: SentenceReader, subject: str) -> str | None:
        if stated.period is None and set(stated.qualifiers) & GOAL_QUALIFIERS and stated.kind == "share_of_gdp":
            return self._goal_deadline(subject, stated.figure.value)
        if stated.period:
            return stated.period
        told = self._told_before(reader)
        period = told or self.context.heading_period or self._told_now(reader) or self._period_default()
        return self._year_moved_from(period) if stated.timeless else period

    def _year_moved_from(self, reached: str | None) -> str | None:
        """'The global "military burden" went 2.3% → 2.5%' in a document about one year's figures (its catalog's
        period, 2024), the level reached of that year: a year-on-year move, from the year before. Elsewhere ('aid
        cut: 0.5% → 0.3% of GNI' in a deck on 2014-2025) the level moved from is of no time the text says."""
        one_year = self.document.default_period
        if not (one_year and one_year.isdigit() and reached == one_year):
            return None
        return str(int(one_year) - 1)

    def _told_now(self, reader: SentenceReader) -> str | None:
        """'It is also buying 12 F-35A jets': a sentence naming no time, told in the present, speaks of the year the
        document was written in — not of the year most of its figures are of, unless the document says which year
        it is about (its catalog period or its title) or most of its figures are of one year."""
        if self.stated_period or self.year is None or not reader.told_now():
            return None
        return str(self.year)

    def _told_before(self, reader: SentenceReader) -> str | None:
        """'NATO's estimates … showed 23 of 32 allies at or above 2% that year. Poland led at 4.12%': a sentence
        naming no time of its own, told in the past, speaks of the past year the sentences before it in its
        paragraph spoke of (not of a year still going on or to come, nor in the present: 'The UK pays around 11%')."""
        period = self.spoken_period
        if not (period and period.isdigit() and self.year and int(period) < self.year):
            return None
        return period if reader.told_in_past() else None

    def _period_recognised(self, stated: Stated) -> bool:
        """The period was stated: by the sentence, its section heading, or the document's catalog or title."""
        return stated.period is not None or bool(self.context.heading_period or self.stated_period)


def _year_before(period: str | None) -> str | None:
    """'Net sales increased to SEK 9,315m (7,702)', in 2025: the bracket's figure is of the same part of 2024."""
    return str(int(period) - 1) if period and period.isdigit() else period
