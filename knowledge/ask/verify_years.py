"""Verify the years in a question: each year it names is one the facts speak of, and a year it names by the
documents' dates ('this year', 'next year') is the year their document dates it.

Part of `knowledge.ask.verify`, which runs these checks beside the others.
"""

from __future__ import annotations

import calendar
import itertools
import re

from knowledge import domain
from knowledge.ask.parse import ParsedQuestion
from knowledge.ask.quantities import is_change
from knowledge.ask.time_words import unresolved_time
from knowledge.cues import cues
from knowledge.figures import fiscal_years_named
from knowledge.lexicon import normalise
from knowledge.models import Document, Fact
from knowledge.question import years_naming_an_event

YEAR_MIN, YEAR_MAX = 1900, 2100  # a figure in this range, whole, is a year
SPAN = re.compile(r"^((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)e?$")
# a fiscal year ('2025-26'): named, as NATO's tables name it, by the calendar year it starts in
BOUNDS = frozenset({"minimum", "maximum"})  # qualifiers of a figure that is a bound, not a level
DATE_KIND = "date"
SET_FOR_LATER = frozenset({"target", "deadline"})  # a goal's or a deadline's qualifiers: set now, for a later year
FISCAL = re.compile(r"^((?:19|20)\d\d)\s?[-–/]\s?(\d\d)$")
# 'the 2023-2033 Equipment Plan', 'over FY2023 to FY2027': two years written as the ends of one span
NAMED_SPAN = re.compile(
    r"\b(?:fy\s?)?((?:19|20)\d\d)\s*(?:[-–—]|to|until|through)\s*(?:fy\s?)?((?:19|20)\d\d)\b", re.IGNORECASE
)


class YearCheck:
    """The years a question names, against an answer's facts and their documents' dates."""

    def __init__(self, documents: dict[str, Document]) -> None:
        self.documents = documents

    def years(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        covered: set[int] = set()
        # 'how many met 2% in 2014 and how many in 2024?' asks a figure of each year: one year's figure whose
        # sentence mentions the other does not answer for it (a change between them may: 'up from … in 2014')
        each_year = len(question.years) >= 2 and not question.operations
        dated = _years_of_dates(question.words)  # 'under the February 2025 announcement': when it was said
        spans = _spans(question.text)  # 'the 2023 to 2033 Equipment Plan' names one span, not two years asked
        of_events = years_naming_an_event(question.words)
        for fact in facts:
            years = _own_years(fact) | _clause_years(fact) | (_years_of(fact) & dated) if each_year else _years_of(fact)
            if len(question.years) == 1 and not spans and _of_a_span(fact):
                years -= period_years(fact.period or "")  # '¥43 trillion over FY2023–FY2027' is no one year's budget
            covered |= years
            if spans:
                covered |= {year for span in spans & _spans(fact.citation.quote) for year in span}
            # 'per Rutte's annual report (April 2025 coverage)'; 'Germany is expected to reach 2.12%', in a report
            # of June 2024, is of 2024
            if question.source_kind or question.according_to or undated(fact):
                covered |= self._published(fact)
            # 'under the 2025 pledge', 'at the 2025 summit': the year names the gathering, which the document of a
            # figure it set is dated in or titled by ('The Hague Summit 2025'), whatever year the figure is for
            if of_events:
                covered |= of_events & (self._published(fact) | self._titled(fact))
        return [f"year {year}" for year in question.years if year not in covered]

    def _titled(self, fact: Fact) -> set[int]:
        title = self.documents[fact.citation.document].title or ""
        return {int(year) for year in re.findall(r"\b((?:19|20)\d\d)\b", title)}

    @staticmethod
    def compared_with(question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """'and the real growth compared to 2023?': the one year named is what the figure asked is compared with;
        that year's own figure alone is not the one asked."""
        if len(question.years) != 1 or not facts:
            return []
        year = question.years[0]
        words = question.words
        at = words.index(str(year)) if str(year) in words else 0
        before = f" {' '.join(words[:at])} "
        if not any(before.endswith(f" {phrase} ") for phrase in domain.question_words().follow_ups.comparing):
            return []
        only_that_year = all(_own_years(fact) == {year} for fact in facts)
        return [f"year {year}: the year compared with, not the year asked"] if only_that_year else []

    def ahead(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """A question asking ahead with no year ('will italy hit 2%?') is not answered by table cells: they are
        what allies spent or are estimated to spend, never what they will."""
        if question.years or question.dated_offset is not None:
            return []
        if not question.has(*domain.question_words().verifier.future_asked):
            return []
        return ["the years ahead"] if all(fact.citation.cell is not None for fact in facts) else []

    @staticmethod
    def unread_time(question: ParsedQuestion, *, follow_up: bool = False) -> list[str]:
        """'in the year of the Madrid summit' when no document dates that summit, 'the first year of the series' with
        no tables: a period said in words that no year was read for; no year's figure is known to answer it."""
        phrase = unresolved_time(question.words)
        pointed = not follow_up and question.has(*domain.time_words().pointed.year)  # a follow-up's is the answer's
        if phrase is None and not question.years and pointed:
            phrase = "which year is meant"  # 'how did it grow that year?' with no year before it
        return [phrase] if phrase is not None else []

    def month_of_cells(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """'How many allies did NATO expect in February 2024 to reach 2%?': a month named with its year asks what
        was stated or expected then. Table cells are whole years' figures as their document gave them on its own
        day: they answer for a month only when it is their document's ('according to NATO's June 2024 estimates')."""
        named = _months_of_dates(question.words)
        if not named or all(fact.citation.cell is None for fact in facts):
            return []  # a statement's own date is the words check's to account for
        accounted = {self._published_month(fact) for fact in facts} | {
            month for fact in facts if fact.citation.cell is None for month in _months_of_dates(_words(fact))
        }
        return [f"month {calendar.month_name[month]} {year}" for year, month in sorted(named - accounted)]

    def _published_month(self, fact: Fact) -> tuple[int, int] | None:
        published = self.documents[fact.citation.document].published or ""
        parts = published.split("-")
        return (int(parts[0]), int(parts[1])) if len(parts) >= 2 and parts[0].isdigit() and parts[1].isdigit() else None

    def _published(self, fact: Fact) -> set[int]:
        """The year a fact's document is dated: a question naming the document may date it too."""
        published = self.documents[fact.citation.document].published or ""
        return {int(published[:4])} if published[:4].isdigit() else set()

    def dated_year(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """'Poland's budget this year': the year its document was published (next year: the one after), so a
        figure a document dates otherwise ('next year', 2026, in a note of 2025) does not answer it."""
        offset = question.dated_offset
        if offset is None:
            return []
        for fact in facts:
            published = self.documents[fact.citation.document].published
            if fact.year is not None and published and fact.year != int(published[:4]) + offset:
                return [f"year {int(published[:4]) + offset}"]
        return []

    def present(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """'How much does Sweden spend on defence today?': the present asked in words is no year after the one a
        figure's document was written in — a projection its sentence places in a later year ('about SEK 255 billion
        in 2030') does not answer it; a goal or a date set now for later does ('what is the target now?'), and so
        does a part of a goal dated by the goal's deadline ('Up to 1.5% of GDP goes to …'), and a sentence telling the
        present beside the later year."""
        verifier = domain.question_words().verifier
        if question.years or question.dated_offset is not None or not question.has(*verifier.present_asked):
            return []
        if question.has(*verifier.goal_asked, *verifier.goal_nouns):
            return []  # "Sweden's current spending and goal": the goal asked beside the present is set for later
        for fact in facts:
            if fact.measure_kind == DATE_KIND or SET_FOR_LATER & set(fact.qualifiers):
                continue
            published = self.documents[fact.citation.document].published or ""
            years = period_years(fact.period or "")
            later = bool(years) and published[:4].isdigit() and min(years) > int(published[:4])
            quote = fact.citation.quote or ""
            # '… will rise to 2.5% of GDP from April 2027, up from 2.3% now': a sentence telling the present too
            told_now = f" {normalise(quote)} "
            now = any(f" {phrase} " in told_now for phrase in domain.question_words().verifier.present_told)
            if later and not now and any(str(year) in quote for year in years):
                return [f"year: {fact.period}, later than the present asked"]
        return []


def _months_of_dates(words: tuple[str, ...]) -> set[tuple[int, int]]:
    """The months a question names with their years ('in February 2024'), as (year, month)."""
    months = set(cues().raw.months)
    return {
        (int(word), _month_number(before))
        for before, word in itertools.pairwise(words)
        if before in months and word.isdigit() and YEAR_MIN <= int(word) <= YEAR_MAX
    }


def _words(fact: Fact) -> tuple[str, ...]:
    return tuple(normalise(fact.citation.quote).split())


def _month_number(name: str) -> int:
    return [abbreviation.casefold() for abbreviation in calendar.month_abbr].index(name[:3])


def _spans(text: str) -> set[tuple[int, int]]:
    """The spans of years a text names by their two ends ('2023 to 2033', '2026-2030', 'FY2023 to FY2027')."""
    return {(int(first), int(last)) for first, last in NAMED_SPAN.findall(text) if int(first) < int(last)}


def _years_of_dates(words: tuple[str, ...]) -> set[int]:
    """The years a question names as part of a date ('the February 2025 announcement', 'on 25 June 2025'): the day
    something was said or done, which a sentence naming that year accounts for, not a year a figure is asked of."""
    months = set(cues().raw.months)
    return {
        int(word)
        for before, word in itertools.pairwise(words)
        if before in months and word.isdigit() and YEAR_MIN <= int(word) <= YEAR_MAX
    }


def period_years(period: str) -> set[int]:
    """The years a period names: '2024', a span '2024-2028', or a fiscal year '2025-26' by its first year."""
    if period.isdigit():
        return {int(period)}
    span = SPAN.match(period)
    if span:
        return set(range(int(span.group(1)), int(span.group(2)) + 1))
    fiscal = FISCAL.match(period)
    if fiscal and (int(fiscal.group(1)) + 1) % 100 == int(fiscal.group(2)):
        return {int(fiscal.group(1))}
    return set()


def _of_a_span(fact: Fact) -> bool:
    """A level stated for a span of several years ('¥43 trillion over FY2023–FY2027', 'about 1.6 times the previous
    programme's', 'over the five years'): a figure of the whole span, no one year's. A change over a span is asked
    by its first year ('grown since 2014')."""
    span = SPAN.match(fact.period or "")
    return bool(span) and int(span.group(1)) < int(span.group(2)) and not is_change(fact)


def is_fiscal_year(period: str) -> bool:
    """'2025-26': a budget year running over two calendar years, a fiscal year however its sentence words it."""
    fiscal = FISCAL.match(period.strip())
    return bool(fiscal) and (int(fiscal.group(1)) + 1) % 100 == int(fiscal.group(2))


def undated(fact: Fact) -> bool:
    """A document's statement that names no year, in its period or its sentence: it speaks of its document's own.
    A bound ('Finland and Sweden remain below 3%') states no level of any year."""
    text = f"{fact.citation.quote} {fact.text or ''}"
    if fact.citation.cell is not None or fact.period or BOUNDS & set(fact.qualifiers):
        return False
    return not re.search(r"\b(?:19|20)\d\d\b", text)


def _dated_in_own_words(fact: Fact) -> bool:
    """A figure its own clause dates by its document's date ('It's at about two point four percent this year', 'By
    last year the count had climbed to 23'): its period is read from the sentence, not guessed."""
    own = f" {normalise(fact.measure_text or '')} "
    if any(own.startswith(f" {phrase} ") for phrase in domain.question_words().verifier.change_base):
        return False  # 'up from €8.3 billion this year' dates the base of another figure's change
    relative = cues().raw.relative_periods
    return any(isinstance(offset, int) and f" {normalise(phrase)} " in own for phrase, offset in relative.items())


def _clause_years(fact: Fact) -> set[int]:
    """The years a fact's own clause names ('twice as much as in 2015'): a year its figure is compared with, which
    a question comparing the two years asks of that figure."""
    return {int(year) for year in re.findall(r"\b((?:19|20)\d\d)\b", fact.measure_text or "")}


def _own_years(fact: Fact) -> set[int]:
    """The years a fact's own period spans, or its value when it is a year."""
    years = period_years(fact.period or "")
    if fact.value is not None and fact.value.is_integer() and YEAR_MIN <= fact.value <= YEAR_MAX:
        years.add(int(fact.value))
    return years or _years_of(fact)


def _years_of(fact: Fact) -> set[int]:
    """The years a fact speaks of: its quote's, and its period — unless the period was only guessed while the
    sentence names a later year ('promised 2.5% by 2027, … cutting aid from 0.5%' is not about 2024)."""
    years: set[int] = set()
    said = f"{fact.citation.quote} {fact.text or ''}"
    quoted = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", said)} | fiscal_years_named(said)
    period = fact.period or ""
    guessed = fact.citation.cell is None and not fact.recognised and not _dated_in_own_words(fact)
    if guessed and period.isdigit() and max(quoted, default=0) > int(period):
        period = ""  # guessed, and the sentence speaks of a later year; an earlier one is a comparison base
    years |= period_years(period)
    years |= quoted
    if period.isdigit():  # 'over the decade', of 2024: 2014 too
        years |= {int(period) - back for back in _spans_back(fact.citation.quote)}
    if fact.value is not None and fact.value.is_integer() and YEAR_MIN <= fact.value <= YEAR_MAX:
        years.add(int(fact.value))
    return years


def _spans_back(quote: str) -> list[int]:
    """How many years back each span a sentence says its figure covers reaches ('over the past decade': 10)."""
    said = f" {normalise(quote)} "
    return [back for phrase, back in cues().raw.spans_back.items() if f" {normalise(phrase)} " in said]
