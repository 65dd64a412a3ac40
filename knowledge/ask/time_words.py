"""Periods said in words, read as the years they name before the question is parsed: 'the first year of the series'
is the tables' first year, 'the past five years of the data' their last five, 'the year of the Wales pledge' the year
the documents date that pledge, 'a decade before 2024' 2014. Every later stage (lookups, changes, sums over spans,
rankings, follow-ups, the verifier) then reads real years.

The phrases are data (`domain/time_words.toml`); the years are the knowledge base's own: its tables' first and last
years, and the years its sentences date events by. An expression left unread (an event the documents do not date)
stays in the words, where `unresolved_time` finds it for the verifier: no other year's figure answers it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from knowledge import domain
from knowledge.cues import cues
from knowledge.figures import spelled_reader
from knowledge.lexicon import normalise
from knowledge.models import Fact
from knowledge.question import STOPWORDS
from knowledge.spelled import words_in_digits

YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a year right after itself ('2014, in 2014', '2013, i.e. in 2013', 'in 2014 in 2014')
SAID_AGAIN = re.compile(r"\b((?:19|20)\d\d)(?:\s*,\s*(?:i\.e\.,?\s*|that is,?\s*)?|\s+)(?:in\s+)?\1\b")
EventYear = Callable[[frozenset[str]], int | None]  # the year the documents date an event named by these words


@dataclass(frozen=True)
class Timeline:
    """The data's first and last years, and the years of the events the documents date."""

    first: int
    last: int
    event_year: EventYear


def timeline_of(facts: Iterable[Fact], event_year: EventYear) -> Timeline | None:
    """The first and last years of the tables' figures, with the documents' events: None with no tables."""
    years = [fact.year for fact in facts if fact.citation.cell is not None and fact.year is not None]
    return Timeline(min(years), max(years), event_year) if years else None


def _alternatives(phrases: tuple[str, ...] | frozenset[str]) -> str:
    """The phrases as one alternation, longest first, a possessive after any word read as typed ("NATO's")."""
    written = (
        r"[\s-]+".join(rf"{re.escape(word)}(?:['’]s)?" for word in phrase.split())
        for phrase in sorted(phrases, key=len, reverse=True)
    )
    return "|".join(written)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    words = domain.time_words()
    series, ago = words.series, domain.question_words().time_ago
    ends = rf"(?P<end>{_alternatives(series.first + series.last)})(?:\s+year)?"
    any_end = _alternatives(series.first + series.last + series.bare_first + series.bare_last)
    tail = rf"\s+(?:of|in|from)\s+(?:the\s+)?(?:{_alternatives(series.nouns)})\b"
    count = rf"(?:{_alternatives((*ago.one, *cues().numbers))}|\d{{1,2}})"
    units = _alternatives(tuple(ago.units))
    placing = rf"(?:\b(?P<place>{_alternatives(series.placing)})\s+)?"
    event = rf"the\s+(?:[\w'’]+[\s-]+){{1,{words.events.name_words}}}?(?:{_alternatives(words.events.nouns)})\b"
    over = rf"(?:\b(?P<over>{_alternatives(series.spanning)})\s+)?"
    flags = re.IGNORECASE
    return {
        "event": re.compile(
            rf"{placing}\b(?:the\s+year|(?P<count>{count})\s+(?P<unit>{units}))\s+(?P<side>of|before|after)\s+"
            rf"(?P<name>{event})",
            flags,
        ),
        "counted_end": re.compile(
            rf"{placing}\b(?:the\s+year|(?P<count>{count})\s+(?P<unit>{units}))\s+(?P<side>before|after)\s+{ends}{tail}",
            flags,
        ),
        "last_years": re.compile(
            rf"{over}\b(?:{_alternatives(series.last_years)})\s+(?P<count>{count})\s+"
            rf"(?P<unit>{units}){tail}",
            flags,
        ),
        "whole": re.compile(rf"{over}\b(?:{_alternatives(series.whole)})\b", flags),
        "pair": re.compile(
            rf"\b(?P<end>{any_end})(?:\s+year)?\s+(?P<join>{_alternatives(series.joining)})\s+(?P<other>{any_end})"
            rf"(?:\s+year)?{tail}",
            flags,
        ),
        "end": re.compile(rf"{placing}\b{ends}{tail}", flags),
        "calendar_end": re.compile(
            rf"\b(?:{_alternatives(series.placing)})\s+{ends}\s+of\s+the\s+(?:{_alternatives(series.unread_spans)})\b",
            flags,
        ),
        "bare_end": re.compile(
            rf"\b(?P<join>{_alternatives(series.joining)})\s+(?P<end>{any_end})(?:\s+year)?\b(?!\s+(?:of|in)\s)", flags
        ),
        "stated": re.compile(
            rf"{placing}\b(?P<count>{count})\s+(?P<unit>{units})\s+(?P<way>{_alternatives(tuple(ago.from_another_year))})"
            rf"(?:\s+(?P<year>(?:19|20)\d\d))?\b",
            flags,
        ),
    }


def _how_many(count: str | None, unit: str | None) -> int:
    """'the year' 1, 'two years' 2, 'a decade' 10."""
    if count is None or unit is None:
        return 1
    ago = domain.question_words().time_ago
    many = 1.0 if count.casefold() in ago.one else cues().numbers.get(count.casefold(), None)
    many = float(count) if many is None and count.isdigit() else many
    return round((many or 0) * ago.units[unit.casefold()])


def _offset(found: re.Match[str]) -> int:
    side = found.group("side").casefold()
    if side == "of":
        return 0
    many = _how_many(found.group("count"), found.group("unit"))
    return -many if side == "before" else many


def _end_year(end: str, timeline: Timeline) -> int:
    series = domain.time_words().series
    first = {phrase.casefold() for phrase in (*series.first, *series.bare_first)}
    said = " ".join(normalise(end).split())
    return timeline.first if said in first or f"{said} year" in first else timeline.last


def _placed(found: re.Match[str], year: int) -> str:
    """The year read, placed by 'in' unless the word before the phrase places it ('between', 'than')."""
    if found.group("place"):
        return f"in {year}"
    before = normalise(found.string[: found.start()]).split()[-1:]
    return str(year) if set(before) & domain.time_words().series.placed_by else f"in {year}"


def _span(found: re.Match[str], first: int, timeline: Timeline) -> str:
    """'over the last three years of the series': 'over 2022 to 2024', a span summed, averaged or grown over
    ('from 2022 to 2024' would ask the change alone)."""
    return f"over {first} to {timeline.last}" if found.group("over") else f"from {first} to {timeline.last}"


def _events_read(text: str, timeline: Timeline) -> str:
    def read(found: re.Match[str]) -> str:
        named = frozenset(normalise(found.group("name")).split()) - STOPWORDS
        year = timeline.event_year(named)
        return found.group() if year is None else _placed(found, year + _offset(found))

    return _patterns()["event"].sub(read, text)


def _series_read(text: str, timeline: Timeline) -> str:
    patterns = _patterns()
    text = patterns["counted_end"].sub(
        lambda found: _placed(found, _end_year(found.group("end"), timeline) + _offset(found)), text
    )
    text = patterns["last_years"].sub(
        lambda found: _span(found, timeline.last - _how_many(found.group("count"), found.group("unit")) + 1, timeline),
        text,
    )
    text = patterns["whole"].sub(lambda found: _span(found, timeline.first, timeline), text)
    text = patterns["pair"].sub(
        lambda found: (
            f"{_end_year(found.group('end'), timeline)} {found.group('join')} "
            f"{_end_year(found.group('other'), timeline)}"
        ),
        text,
    )
    read = patterns["end"].sub(lambda found: _placed(found, _end_year(found.group("end"), timeline)), text)
    if read == text:
        return text
    # 'from the first year of the series to the latest': the other end, named bare once the series is named
    return patterns["bare_end"].sub(
        lambda found: f"{found.group('join')} {_end_year(found.group('end'), timeline)}", read
    )


def _stated_year_before(text: str, at: int) -> int | None:
    """The last year the text states before `at` ('in twenty twenty-four' too), a price base ('at constant 2015
    prices') being none; None when it is a part of a year ('the second quarter of 2025')."""
    words = words_in_digits(normalise(text[:at]).split(), spelled_reader())
    stated = domain.time_words().stated
    for index in reversed(range(len(words))):
        before, after = set(words[max(0, index - 1) : index]), set(words[index + 1 : index + 2])
        if not YEAR.fullmatch(words[index]) or before & stated.base_before or after & stated.base_after:
            continue
        return None if before & (stated.part_before | cues().months) else int(words[index])
    return None


def _stated_year_against(text: str, at: int) -> int | None:
    """The year stated before `at` when the phrase there is set against it ('than a year earlier')."""
    before = normalise(text[:at]).split()[-1:]
    return _stated_year_before(text, at) if set(before) & domain.time_words().stated.against else None


def _counted_from_stated(text: str) -> str:
    """'a decade before 2024' 2014; 'in 2024 than a year earlier': 2023, counted from the year stated before."""
    ways = domain.question_words().time_ago.from_another_year

    def read(found: re.Match[str]) -> str:
        year = found.group("year")
        start = int(year) if year else _stated_year_against(text, found.start())
        if start is None:
            return found.group()  # 'and ten years on?': counted from the previous answer's year (the context's)
        many = _how_many(found.group("count"), found.group("unit"))
        return _placed(found, start + many * ways[found.group("way").casefold()])

    return _patterns()["stated"].sub(read, text)


def in_years(text: str, timeline: Timeline) -> str:
    """The message with the periods it says in words written as the years they name."""
    read = _counted_from_stated(_series_read(_events_read(text, timeline), timeline))
    # '2014, the year of the Wales summit', 'the start of the series in 2014': the year said again is said once
    return SAID_AGAIN.sub(r"\1", read) if read != text else text


def unresolved_time(words: tuple[str, ...]) -> str | None:
    """A period said in words that no year was read for ('the year of the Madrid summit' with no document dating
    it): the phrase, for the verifier to withhold any other year's figure."""
    joined = " ".join(words)
    patterns = _patterns()
    for name in ("event", "counted_end", "last_years", "whole", "end", "calendar_end"):
        found = patterns[name].search(joined)
        if found is not None:
            return found.group().strip()
    return None
