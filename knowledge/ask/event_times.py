"""A time named by an event ('who pushed for allies to spend 5% before the Hague summit?'): the words naming the
gathering are accounted for when the statement's document is dated before (or after) the day the documents give
that gathering ('At their summit in The Hague on 25 June 2025 …'); otherwise they stay for the verifier to find."""

from __future__ import annotations

import calendar
import dataclasses
import functools
import re
from collections.abc import Callable, Iterable

from knowledge import domain
from knowledge.ask.dates import DATE_EXPRESSION
from knowledge.ask.parse import ParsedQuestion
from knowledge.lexicon import normalise
from knowledge.models import Answer, Document
from knowledge.question import STOPWORDS

YEAR_WRITTEN = re.compile(r"(?<![\d.,%])\b(?:19|20)\d\d\b(?![\d.,]?\d|%)")
EVENT_REACH = 4  # words from 'before' to the gathering's own word ('before the Hague summit')
_MONTH = {name.casefold(): number for number, name in enumerate(calendar.month_name) if name}
Day = tuple[int, ...]  # (year, month, day), as precise as written


def written_day(expression: str) -> Day | None:
    """'25 June 2025' -> (2025, 6, 25), 'June 2025' -> (2025, 6); None for a day with no year or a year alone."""
    year = re.search(r"\b(?:19|20)\d\d\b", expression)
    month = next((number for name, number in _MONTH.items() if name in expression.casefold()), None)
    if year is None or month is None:
        return None
    day = re.match(r"\d{1,2}\b", expression)
    return (int(year.group()), month, int(day.group())) if day else (int(year.group()), month)


def published_day(document: Document) -> Day | None:
    if not document.published:
        return None
    return tuple(int(part) for part in document.published.split("-"))


def _ordered(first: Day, second: Day) -> bool | None:
    """Whether `first` comes before `second`; None when their common precision cannot tell."""
    common = min(len(first), len(second))
    if first[:common] == second[:common]:
        return None
    return first[:common] < second[:common]


@dataclasses.dataclass(frozen=True)
class EventTime:
    """'before the hague summit': the words naming the gathering, their place in the question, and the side."""

    start: int
    end: int
    named: frozenset[str]
    before: bool


def event_time(words: tuple[str, ...]) -> EventTime | None:
    verifier = domain.question_words().verifier
    gatherings = {word for phrase in verifier.meeting_asked for word in phrase.split()}
    for before, phrases in ((True, verifier.before_event), (False, verifier.after_event)):
        for phrase in phrases:
            parts = phrase.split()
            for start in range(len(words) - len(parts) + 1):
                if list(words[start : start + len(parts)]) != parts:
                    continue
                after = start + len(parts)
                ends = [at for at in range(after, min(len(words), after + EVENT_REACH)) if words[at] in gatherings]
                if ends:
                    named = frozenset(word for word in words[after : ends[0] + 1] if word not in STOPWORDS)
                    return EventTime(start, ends[0] + 1, named, before)
    return None


class EventDays:
    """The days the documents' sentences give gatherings ('At their summit in The Hague on 25 June 2025')."""

    def __init__(self, sentences: Callable[[], Iterable[str]], documents: dict[str, Document]) -> None:
        self.sentences = sentences  # read on the first time named by an event: no start-up cost
        self.documents = documents

    @functools.cached_property
    def dated(self) -> list[tuple[frozenset[str], Day]]:
        return [(frozenset(normalise(text).split()), day) for text in self.sentences() for day in _days_in(text)]

    @functools.cached_property
    def yeared(self) -> list[tuple[frozenset[str], frozenset[int]]]:
        """Each sentence's words and the years it writes, a day's or alone ('agreed at the Wales Summit in 2014')."""
        return [
            (frozenset(normalise(text).split()), years)
            for text in self.sentences()
            if (years := frozenset(int(found) for found in YEAR_WRITTEN.findall(text)))
        ]

    def year_of(self, named: frozenset[str]) -> int | None:
        """The year the documents date a gathering by: its day's, else the one year every sentence naming it
        writes ('the Wales pledge': 'agreed at the Wales Summit in 2014'); None when they name it in several."""
        day = self.day_of(named)
        if day is not None:
            return day[0]
        years = {year for words, written in self.yeared if named <= words for year in written}
        return years.pop() if len(years) == 1 else None

    def day_of(self, named: frozenset[str]) -> Day | None:
        """The one day the sentences naming every word of the gathering give it."""
        days = {day for words, day in self.dated if named <= words}
        return days.pop() if len(days) == 1 else None

    def without_event_time(self, question: ParsedQuestion, answer: Answer) -> ParsedQuestion:
        """The question without the words naming the gathering its time is named by, when every fact's document is
        dated on the side of that gathering's day the question asks."""
        timed = event_time(question.words)
        day = self.day_of(timed.named) if timed is not None else None
        if timed is None or day is None or not answer.facts:
            return question
        for fact in answer.facts:
            published = published_day(self.documents[fact.citation.document])
            if published is None or _ordered(published, day) is not timed.before:
                return question
        spent = range(timed.start, timed.end)
        words = tuple(word for at, word in enumerate(question.words) if at not in spent)
        kept = tuple(word for word in question.content_words if word not in timed.named)
        return dataclasses.replace(question, words=words, content_words=kept)


def _days_in(text: str) -> list[Day]:
    return [day for match in DATE_EXPRESSION.finditer(text) if (day := written_day(match.group())) is not None]
