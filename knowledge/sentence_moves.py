"""Moves from one level to another whose ends no year of their own part of the sentence dates: 'Latvia's ratio rose
from 0.9% to 3.2%' after 'Poland's climbed from 1.9% in 2014 to 4.1% in 2024', 'the Netherlands crossed the
threshold at 2.1%, up from 1.2%'. Each end is a figure of its own year: the start of the span of years the sentence,
or its section last told a move over, and its end; never both of the one year carried from the
sentence before."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import replace
from typing import Protocol

from knowledge.cues import cues
from knowledge.figures import Figure, arrow_between
from knowledge.sentence_earlier import restates_an_earlier_value
from knowledge.sentence_periods import year_text
from knowledge.sentence_reading import Context, Stated

MOVE_OPENER, MOVE_LINK = "from", "to"
YEAR_DIGITS = 4
SPAN_LINK = "-"
RESTATING_SIGN = "="  # 'PL: 1.88% → 4.12% = #1 in NATO'
UNDATED_MOVE_BLOCKERS = frozenset({"deadline", "target", "proposal", "minimum", "maximum"})
MOVE_GAP_WORDS = 4  # 'of GDP to', 'of its GDP to': what the opening level is of, then 'to'
DATING_REACH = 2  # words from a figure to the year dating it ('€91 bn in 2024')
EARLIER_VALUE_GAP = frozenset({","})  # between a level and the earlier one it moved from ('at 2.1%, up from 1.2%')


class MoveReading(Protocol):
    """What dating a move's ends reads of its sentence."""

    words: list[str]
    values: list[Figure]
    years: list[Figure]
    context: Context

    def period_for(self, index: int) -> tuple[str | None, bool]: ...


def span_told(stated: list[Stated]) -> str | None:
    """The span of years a sentence told one subject's move over: two figures of the same subject and kind, each of a
    year of its own ('from 1.9% in 2014 to 4.1% in 2024', 'at 0.9% in 2014 and 1.3% in 2024'), as 'first-last'."""
    for one, other in itertools.combinations(stated, 2):
        if one.kind != other.kind or one.subjects != other.subjects or not _levels(one, other):
            continue
        years = sorted({one.period or "", other.period or ""})
        if len(years) == 2 and all(_a_year(year) for year in years):
            return SPAN_LINK.join(years)
    return None


def span_compared(periods: Iterable[str | None]) -> str | None:
    """The span of years a table comparing the levels of two years told ('| FY2024 enacted | FY2025 request |'), as
    'first-last': its levels' years when they are two single years, else None (a table of many years tells no one
    move, and an undated move after it may be between any two of them)."""
    years = sorted({period for period in periods if period and _a_year(period)})
    return SPAN_LINK.join(years) if len(years) == len(("first", "last")) else None


def moves_over_a_span(reader: MoveReading, stated: list[Stated]) -> list[Stated]:
    """Each undated move's ends as figures of the first and last year of the span its context told a move over: the
    sentence's own ('rose from €35 bn in 2014 to €91 bn in 2024, lifting its ratio from 1.2% to 2.1%'), else its
    section's. A span only a title names is not one a move was told over: a deck's 'From 1.2% to 3.5% of GDP' under
    '… 2024–2029' is of the whole span, as written."""
    own = span_told([one for one in stated if not _undated(reader, one.figure)])
    span = own or reader.context.move_span
    kinds = None if own else reader.context.move_kinds
    ends = _span_ends(span)
    if ends is None:
        return _arrowed_from_an_unknown_time(reader, stated)
    first, last = ends
    dated = list(stated)
    for at, (one, other) in enumerate(itertools.pairwise(stated)):
        if not (_levels(one, other) and one.kind == other.kind and one.subjects == other.subjects):
            continue
        if not (_undated(reader, one.figure) and _undated(reader, other.figure)):
            continue
        if kinds is not None and one.kind not in kinds:
            continue
        if _after_another_time(reader, one.figure, ends):
            continue
        if _moved_forward(reader.words, one.figure, other.figure):
            dated[at], dated[at + 1] = replace(one, period=first), replace(other, period=last)
        elif _moved_from_after(reader.words, one.figure, other.figure):
            dated[at], dated[at + 1] = replace(one, period=last), replace(other, period=first)
    return _arrowed_from_an_unknown_time(reader, _restated_at_the_end(reader.words, dated, f"{first}-{last}"))


def _restated_at_the_end(words: list[str], stated: list[Stated], span: str) -> list[Stated]:
    """'PL: 1.88% → 4.12% = #1 in NATO': a figure an equals sign joins to the level a move reached says what that
    level made it, in the year reached, not over the span."""
    restated = list(stated)
    last = span.rpartition(SPAN_LINK)[2]
    for at in range(1, len(restated)):
        reached, after = restated[at - 1], restated[at]
        joined = words[reached.figure.end : after.figure.start] == [RESTATING_SIGN]
        if joined and reached.period == last and after.period in (None, span) and reached.subjects == after.subjects:
            restated[at] = replace(after, period=last)
    return restated


def _arrowed_from_an_unknown_time(reader: MoveReading, stated: list[Stated]) -> list[Stated]:
    """'Funded by aid cut: 0.5% → 0.3% of GNI' where no span is told: the level the arrow leads to is the one the
    bullet's time reached, the level it leads from of a time unsaid — never of that same year: it is left undated."""
    left = {
        id(one)
        for one, other in itertools.pairwise(stated)
        if one.subjects == other.subjects
        and _arrowed(reader.words, one.figure, other.figure, marks_now=True)
        and (
            (_levels(one, other) and _both_undated(reader, one, other))
            or _dated_after_the_level_reached(reader, one, other)
        )
    }
    return [replace(one, timeless=True, period=None) if id(one) in left else one for one in stated]


def _both_undated(reader: MoveReading, one: Stated, other: Stated) -> bool:
    return (
        one.period is None and other.period is None and _undated(reader, one.figure) and _undated(reader, other.figure)
    )


def _dated_after_the_level_reached(reader: MoveReading, one: Stated, other: Stated) -> bool:
    """'aid cut 0.5% → 0.3% GNI (2027)', '2.3% → 2.5% by 2027': a year written only after the level (or the goal) an
    arrow leads to is that level's time; the level it leads from is of a time unsaid, not that year."""
    if one.period is None or one.period != other.period or one.kind != other.kind or not _levels(one):
        return False
    if other.kind == "change":
        return False
    dating = [year for year in reader.years if year_text(year) == one.period]
    return bool(dating) and all(year.start >= other.figure.end for year in dating)


def _after_another_time(reader: MoveReading, figure: Figure, ends: tuple[str, str]) -> bool:
    """'at 2.33% in 2024, announced in February 2025 that it would reach 2.5% by 2027, funded by cutting aid from 0.5%
    to 0.3%': a year outside the span named before the move sets it in another time (a plan's), not the span's."""
    first, last = (int(end) for end in ends)
    return any(year.end <= figure.start and not first <= int(year.value) <= last for year in reader.years)


def _moved_forward(words: list[str], opening: Figure, closing: Figure) -> bool:
    """'from 0.9% to 3.2%', 'from 0.9% of GDP to 3.2%': the opening level right after 'from', the closing one right
    after 'to', only words naming what the opening is of between; or, as a deck or a table writes a move, the
    opening level, an arrow and the closing one ('DE: 1.19% → 2.12%')."""
    if _arrowed(words, opening, closing):
        return True
    opened = opening.start > 0 and words[opening.start - 1] == MOVE_OPENER
    gap = words[opening.end : closing.start]
    linked = bool(gap) and gap[-1] == MOVE_LINK and len(gap) <= MOVE_GAP_WORDS
    return opened and linked and all(word.isalpha() for word in gap)


def _arrowed(words: list[str], opening: Figure, closing: Figure, *, marks_now: bool = False) -> bool:
    """'1.19% → 2.12%', '0.5% -> 0.3% of GNI': two levels an arrow alone joins, the first leading to the second;
    `marks_now`: also with words saying the first is today's between ('2.3% now → 2.5% by 2027')."""
    end = opening.end
    if marks_now:
        end += cues().level_time_marks.starting_at(words, end)
    return arrow_between(words, end, closing.start)


def _moved_from_after(words: list[str], level: Figure, earlier: Figure) -> bool:
    """'at 2.1%, up from 1.2%': the level reached, then, past a comma alone, the earlier one it moved from."""
    if not restates_an_earlier_value(words, earlier):
        return False
    gap = words[level.end : earlier.start]
    return bool(gap) and gap[0] in EARLIER_VALUE_GAP and all(word.isalpha() for word in gap[1:])


def _undated(reader: MoveReading, figure: Figure) -> bool:
    """No year (nor relative time) of the figure's own part of the sentence dates it, or only one before it that
    dates another figure right before it ('to €91 bn in 2024, lifting its ratio from 1.2% to 2.1%')."""
    index = next(i for i, value in enumerate(reader.values) if value is figure)
    period = reader.period_for(index)[0]
    if period is None:
        return True
    before = [year for year in reader.years if year.end <= figure.start and year_text(year) == period]
    return bool(before) and any(0 <= before[-1].start - value.end <= DATING_REACH for value in reader.values[:index])


def _levels(*stated: Stated) -> bool:
    """Figures that are levels reached, not a change, a goal or a bound."""
    return all(s.kind != "change" and not UNDATED_MOVE_BLOCKERS & set(s.qualifiers) for s in stated)


def _a_year(text: str) -> bool:
    return len(text) == YEAR_DIGITS and text.isdigit()


def _span_ends(span: str | None) -> tuple[str, str] | None:
    first, _, last = (span or "").partition(SPAN_LINK)
    return (first, last) if _a_year(first) and _a_year(last) and first < last else None
