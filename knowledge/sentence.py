"""One sentence read for its figures: each figure's subjects, kind of measure, period and qualifiers.

See `knowledge.open_facts` for what the open fact model states; this module holds the reading of one
sentence (`SentenceReader`), built from the common reading (`knowledge.sentence_reading`, which also holds
`Stated` and what carries between sentences, `Context`) and the readings of subjects
(`knowledge.sentence_subjects`, `knowledge.sentence_unnamed_subjects`), kinds and qualifiers
(`knowledge.sentence_kinds`, `knowledge.sentence_qualifiers`), periods and dates (`knowledge.sentence_periods`,
`knowledge.sentence_dates`) and what a count of allies counts (`knowledge.sentence_counts`).
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from knowledge.cues import Phrases
from knowledge.figures import Figure, FigureKind, arrow_between, fraction_said_at
from knowledge.sentence_counts import Counts
from knowledge.sentence_dates import Dates
from knowledge.sentence_earlier import restates_an_earlier_value
from knowledge.sentence_kinds import Kinds, in_hypothetical_move
from knowledge.sentence_moves import moves_over_a_span
from knowledge.sentence_periods import segment_period, year_glossed, year_of_its_clause, year_text
from knowledge.sentence_qualifiers import DIRECTION_QUALIFIERS
from knowledge.sentence_reading import Context, Goal, Stated
from knowledge.sentence_recurring import recurring_spans
from knowledge.sentence_subjects import Subjects, goal_named_with_its_level, programme_sized

__all__ = ["GOAL_QUALIFIERS", "Context", "Goal", "SentenceReader", "Stated"]

GOAL_QUALIFIERS = frozenset({"target", "proposal", "minimum", "maximum"})
RANGE_LINK_WORDS = frozenset({"to", "and", "-", "–"})
PART_REACH = 3  # words around a share of GDP that say it is a part of a goal ('for core defence')
# Points a percentage may stand from the fraction said in words it sharpens: 'well over half …, something like 60 per
# cent' is one share; 'half of it, 20 per cent …' two.
SHARPENED_REACH = 12.5
RECKONER_WORDS = 3  # words naming whose reckoning a share is ('SIPRI', 'the Alliance')
SAME_SHARE_POINTS = 1.0  # a precise share this close to the fraction before it tells that fraction, hedged or not
PAIR_LINK = "and"  # between an amount and its share of GDP, one year written after both
PAIR_YEAR_REACH = 4  # words from the share to that year ('1,49% of GDP in 2024')
PAIR_YEAR_WORDS = frozenset({"in", "for"})
SUBORDINATE_BREAKS = frozenset({",", ";"})  # before a clause that may be subordinate
GAP_BY, GAP_JOIN = "by", "and"  # 'rises by $5.7 billion and maintenance by $9.1 billion': a verb left out
PART_JOINS = frozenset({"plus", "+"})  # between two parts of one goal ('3.5% for core defence plus 1.5% for …')


class SentenceReader(Subjects, Kinds, Dates, Counts):
    """One sentence: its figures, their subjects, kinds, periods and qualifiers."""

    def statements(self) -> list[Stated]:
        self.unnamed = set()
        self.donor = None
        stated: list[Stated] = []
        subjects: list[list[str]] = []
        kinds: list[str] = []
        periods: list[str] = []
        goals: dict[int, set[str]] = {}  # the goal qualifiers of each figure
        figure_periods: dict[int, str | None] = {}
        for index, figure in enumerate(self.values):
            names = self.subjects_for(index, subjects)
            kind, sure = self.kind_for(index, kinds)
            if kinds and self._sharpens_fraction(index):
                # the hedge's fraction ('well over half') is not a figure of its own: the share is the precise one
                kind, sure = kinds[-1], True
                stated = [earlier for earlier in stated if earlier.figure is not self.values[index - 1]]
            # 'Brennmark … confirms an operating margin of around 13%': a company's bare percentage is no share of GDP,
            # which only an economy has; the sentence says nothing else of what it is
            if not sure and kind == "share_of_gdp" and self._things_only(names):
                kind, sure = "other", True
            if kind == "change":
                names = self.economy_of(names, self.clause(index))
            period, deadline = self.period_for(index)
            if kind == "change":
                period = self.change_span(index, period)
            supposed = period is None and in_hypothetical_move(self, index)  # 'moving from 2% to 3.5% would mean'
            glossed = year_glossed(self, figure) is not None  # '= 2× 2017 (€32bn)': 2017's, not the one before's
            if not (glossed or self._year_in_clause(index, period)) and self.restates_the_one_before(index):
                # 'PLN 200.1bn in 2026, equal to 4.8% of GDP': of 2026 too; 'Last year … 159 mld zł, or about 4.2% of
                # GDP, which means the 2025 envelope …': a year past the restating clause is not of either
                period = figure_periods.get(index - 1) or period
            clause = self.clause(index)
            qualifiers = self.qualifiers_for(index, clause, deadline, kind)
            if self._range_end(index) and index - 1 in goals:
                qualifiers = [*qualifiers, *(goals[index - 1] - set(qualifiers))]  # 'a target of 3% to 3.5%'
            goals[index] = GOAL_QUALIFIERS & set(qualifiers)
            # 'more than double the NATO guideline of 2% of GDP': a body's goal named in passing is of no year the
            # sentence's other figures are of, only of its deadline ('the NATO guideline of 2% by 2024')
            goal = goal_named_with_its_level(self, index) is not None
            if goal:
                period = period if deadline else None
            elif period is None:
                period, qualifiers = self._undated_period(index, (kind, names, qualifiers), stated, periods)
            subjects.append(names)
            kinds.append(kind)
            figure_periods[index] = period
            if period:
                periods.append(period)
            unstated = supposed or self._threshold(index, kind) or self.line_compared(index, qualifiers)
            if names and not unstated:
                recognised = sure and index not in self.unnamed
                subordinate = self._in_subordinate_clause(figure)
                leads = not (self._guideline(index) or goal or names == [programme_sized(self, index)] or subordinate)
                stated.append(Stated(figure, names, kind, period, qualifiers, clause, recognised, leads))
        self._parts_share_a_deadline(stated)
        stated = _range_bounds_alike(self.words, self._pairs_dated_once(stated))
        stated = recurring_spans(self, moves_over_a_span(self, _move_ends_dated(self.words, stated)))
        stated = _gapped_changes(self.words, stated, self.table.money_change_before)
        return _totals_of_their_counts(_earlier_levels_dated(self.words, stated))

    def _in_subordinate_clause(self, figure: Figure) -> bool:
        """'Athens signed for 20 F-35A fighters in July 2024, after Washington had cleared a sale of up to 40 of the
        jets at an estimated 8.6 billion dollars': a figure in a part of the sentence opened, after a comma, by a
        subordinating word is not of the one the sentence is about."""
        breaks = [position for position in range(figure.start) if self.words[position] in SUBORDINATE_BREAKS]
        return bool(breaks) and self.words[breaks[-1] + 1] in self.table.subordinate_openers

    def _undated_period(
        self, index: int, read: tuple[str, list[str], list[str]], stated: list[Stated], periods: list[str]
    ) -> tuple[str | None, list[str]]:
        """The period of a figure its own part of the sentence gives none (and its qualifiers, a restated goal's
        'target' among them): a goal part's deadline, the goal's, the clause's, the sentence's or the one before's."""
        kind, names, qualifiers = read
        figure, clause = self.values[index], self.clause(index)
        if periods and GOAL_QUALIFIERS & set(qualifiers):
            return periods[-1], qualifiers  # "5% by 2035: at least 3.5% on core defence and up to 1.5% on …"
        period = self._goal_period(index, names[-1], stated, clause) if kind == "share_of_gdp" and names else None
        if period is None and kind == "share_of_gdp" and self._restated_goal(index, names):
            period = self.context.goal.period if self.context.goal else None
            qualifiers = qualifiers if GOAL_QUALIFIERS & set(qualifiers) else [*qualifiers, "target"]
        if period is None:
            # a goal takes a deadline the sentence before set, not the year it spoke of ('… 216,000 today. Of the
            # six, only Poland already exceeds the 3.5% core target')
            goal = "target" in qualifiers and not self.context.sentence_deadline
            carried = None if goal else self._carried_period(kind)
            period = (
                year_of_its_clause(self, figure)
                or segment_period(self, figure)
                or self._entry_year(index)
                or self.sentence_period(figure.start)
            )
            period = period or carried
        return period, qualifiers

    def _entry_year(self, index: int) -> str | None:
        """'4 December 2019 — London (Watford): … have added USD 130 billion since 2016, a sum expected to reach USD 400
        billion by the end of 2024': in a dated entry, a figure its own part of the sentence dates not is of the
        entry's date, not of a year only a later figure's part of the sentence states (None when the sentence's year
        is the figure's own or before it)."""
        entry = self.context.entry_period
        told = self.sentence_period(self.values[index].start)
        if entry is None or told is None:
            return None
        _, right = self.region(index)
        later = {year_text(year) for year in self.years if year.start >= right}
        own = {year_text(year) for year in self.years if year.start < right}
        return entry if told in later and told not in own else None

    def _parts_share_a_deadline(self, stated: list[Stated]) -> None:
        """'3.5 per cent for core defence plus another 1.5 per cent for resilience, to be reached by 2035': a share of
        GDP of no year of its own, joined by 'plus' to the next one, which a deadline dates, is of that deadline."""
        by_figure = {id(one.figure): one for one in stated}
        for index in range(len(self.values) - 1):
            earlier, later = by_figure.get(id(self.values[index])), by_figure.get(id(self.values[index + 1]))
            if earlier is None or later is None or "deadline" not in later.qualifiers or earlier.kind != later.kind:
                continue
            between = self.words[self.values[index].end : self.values[index + 1].start]
            joined = earlier.kind == "share_of_gdp" and PART_JOINS & set(between)
            if joined and self.period_for(index)[0] is None:  # no year of its own part of the sentence
                earlier.period = later.period
                earlier.qualifiers = [*earlier.qualifiers, "deadline"]

    def _things_only(self, names: list[str]) -> bool:
        """Figures of things the entity list does not know only (a company, a unit)."""
        return bool(names) and all(self.entity_kind(name) is None for name in names)

    def _year_in_clause(self, index: int, period: str | None) -> bool:
        """Whether the figure's own clause states the period: a year ('4.8% of GDP in 2026') or a time relative to
        the document's ('2.4 percent this year, 2.8 percent next year': 2.8 is next year's, never restating 2.4)."""
        start, end = self.clause(index)
        if period is None:
            return False
        stated = any(start <= y.start < end and year_text(y) == period for y in self.years)
        return stated or self.relative_period(start, end, inside_aside=False) == period

    def restates_the_one_before(self, index: int) -> bool:
        """'The draft 2026 budget … plans PLN 200.1bn, equal to 4.8% of projected GDP', 'about PLN 159bn (4.2% of
        GDP)', '5.38% of GDP for defence, or about EUR 4.79 billion': a figure right after the clause of the one
        before it, joined by apposition words alone, tells that figure another way."""
        if index == 0:
            return False
        position, start = self.clause(index - 1)[1], self.values[index].start
        joined = False
        while position < start:
            length = self.table.restating.starting_at(self.words, position)
            if not length and self.words[position] not in self.table.apposition:
                return False
            joined = joined or bool(length) or self.words[position] in {",", "or"}
            position += length or 1
        return joined

    def _sharpens_fraction(self, index: int) -> bool:
        """'about two-thirds of everything the Alliance spends - I'd say around 66 per cent', 'just under half of the
        world total, about 48 per cent': a percentage in digits right after the fraction in words before it, past a
        break and hedges alone, and near its value, tells that share precisely."""
        if index == 0:
            return False
        fraction, figure = self.values[index - 1], self.values[index]
        start = fraction.start + (self.words[fraction.start] in self.table.fraction_openers)
        if fraction.kind is not FigureKind.PERCENT or figure.kind is not FigureKind.PERCENT:
            return False
        if not fraction_said_at(self.words, start, self.table) or abs(figure.value - fraction.value) > SHARPENED_REACH:
            return False
        breaks = [p for p in range(fraction.end, figure.start) if self.words[p] in self.table.raw.sharpening_breaks]
        position = breaks[-1] + 1 if breaks else figure.start
        # 'about two-thirds of allied spending, 66% by NATO's estimate': the same share, told to the point, past a break
        told_again = bool(breaks) and abs(figure.value - fraction.value) <= SAME_SHARE_POINTS
        if told_again and self._reckoned_by_a_source(position, figure.start):
            return True  # 'about two-thirds of NATO's: SIPRI puts it at 66 per cent'
        hedged = position < figure.start
        while position < figure.start:
            length = self.table.sharpening_hedges.starting_at(self.words, position)
            if not length:
                return False
            position += length
        return hedged or (told_again and self._only_its_reckoning_after(index))

    def _reckoned_by_a_source(self, start: int, end: int) -> bool:
        """'SIPRI puts it at', 'the Alliance has it at': a source's name of a few words, then the words saying it
        reckons the share, from `start` to the share at `end`."""
        length = self.table.sharpening_reckonings.ending_at(self.words, end)
        return bool(length) and 0 < end - length - start <= RECKONER_WORDS

    def _only_its_reckoning_after(self, index: int) -> bool:
        """Nothing but whose reckoning the share is ('by NATO's 2024 estimate') follows it in its clause."""
        end, clause_end = self.values[index].end, self.clause(index)[1]
        if end >= min(clause_end, len(self.words)) or not self.words[end].isalpha():
            return True
        return bool(self.table.sharpening_sources.starting_at(self.words, end))

    def _pairs_dated_once(self, stated: list[Stated]) -> list[Stated]:
        """'against € 32,7 bn and 1,49% of GDP in 2024': an amount and its share of GDP joined by 'and', the year
        written once after the share, are both of that year; the amount, of no year of its own part of the sentence,
        is not of the year the sentence spoke of before it."""
        dated = list(stated)
        for at, (amount, share) in enumerate(itertools.pairwise(stated)):
            link = amount.figure.end
            joined = share.figure.start == link + 1 and self.words[link] == PAIR_LINK
            if not (joined and amount.kind == "money" and share.kind == "share_of_gdp" and share.period):
                continue
            since = stated[at - 1].figure.end if at else 0
            own = any(since <= year.start < amount.figure.start for year in self.years)
            after = [
                year for year in self.years if share.figure.end <= year.start <= share.figure.end + PAIR_YEAR_REACH
            ]
            if not own and after and self.words[after[0].start - 1] in PAIR_YEAR_WORDS:
                dated[at] = replace(amount, period=share.period)
        return dated

    def _range_end(self, index: int) -> bool:
        """'a target of 3% to 3.5% of GDP', 'between 5% and 6%': the figure closing a range of two of the same kind,
        one link word between them; it is what the range's opening is (a goal's, when that is one)."""
        if index == 0:
            return False
        figure, opening = self.values[index], self.values[index - 1]
        return (
            opening.kind is figure.kind
            and figure.start - opening.end == 1
            and self.words[opening.end] in RANGE_LINK_WORDS
        )

    def _restated_goal(self, index: int, names: list[str]) -> bool:
        """'The 5% is split in two parts', 'how it will get to 5%': the goal stated earlier (5% of GDP by 2035), named
        again by its level alone, with no year of its own."""
        goal = self.context.goal
        figure = self.values[index]
        return bool(goal and names and names[-1] == goal.subject and figure.value == goal.value)

    def _goal_period(self, index: int, subject: str, stated: list[Stated], clause: tuple[int, int]) -> str | None:
        """A share of GDP stated as a part of a goal ('5% of GDP by 2035, with 3.5% for core defence and 1.5% for
        …'; 'The remaining 1.5% can cover resilience'): the goal's deadline, the goal being of the same subject,
        larger, and stated earlier in the sentence or before it."""
        figure = self.values[index]
        start, end = max(clause[0], figure.start - PART_REACH), min(clause[1], figure.end + PART_REACH)
        if not self.table.goal_parts.within(self.words, start, end):
            return None
        goals = [
            Goal(subject, earlier.figure.value, earlier.period)
            for earlier in stated
            if earlier.kind == "share_of_gdp" and "deadline" in earlier.qualifiers and earlier.period
        ]
        goal = goals[-1] if goals else self.context.goal
        if goal and goal.subject == subject and figure.value < goal.value:
            return goal.period
        return None


def _move_ends_dated(words: list[str], stated: list[Stated]) -> list[Stated]:
    """'Between 2014 and 2024 the budget more than doubled, from €7.6 billion to €19.6 billion', 'rose from 1.4 to 2.0
    per cent of GDP between 2014 and 2024': a move from one level to another over a span of years started at the
    span's first year and reached the other at its last; each end is a figure of its own year, not of the span."""
    dated = list(stated)
    for at, (opening, closing) in enumerate(itertools.pairwise(stated)):
        first, _, last = (opening.period or "").partition("-")
        moved = opening.figure.start > 0 and words[opening.figure.start - 1] == MOVE_OPENER
        linked = closing.figure.start == opening.figure.end + 1 and words[opening.figure.end] == MOVE_LINK
        # 'Poland: 4.1% → 4.7% of GDP (2024 → 2025)': a deck's arrow between the levels and between the years
        arrowed = arrow_between(words, opening.figure.end, closing.figure.start)
        spanned = len(first) == len(last) == YEAR_DIGITS and first.isdigit() and last.isdigit() and first < last
        undated = "deadline" not in opening.qualifiers and "deadline" not in closing.qualifiers
        if ((moved and linked) or arrowed) and spanned and undated and closing.period == opening.period:
            dated[at], dated[at + 1] = replace(opening, period=first), replace(closing, period=last)
    return dated


def _gapped_changes(words: list[str], stated: list[Stated], change_before: Phrases) -> list[Stated]:
    """'Personnel rises by $5.7 billion and maintenance, the largest title, by $9.1 billion', 'Procurement falls by $3.6
    billion to $167.5 billion, and RDT&E by $4.4 billion to $143.2 billion': an amount right after 'by' whose verb is
    left out, joined by 'and' to the change told before it by a verb and 'by', is a change of the same direction
    too, never an amount spent."""
    changed = list(stated)
    for at, gapped in enumerate(stated):
        told = next((one for one in reversed(stated[:at]) if one.kind == "change"), None)
        if told is None or gapped.kind != "money" or not _after_by(words, told.figure, gapped.figure):
            continue
        between = words[told.figure.end : gapped.figure.start - 1]
        if not change_before.ending_at(words, told.figure.start) or GAP_JOIN not in between:
            continue
        if any(change_before.starting_at(words, position) for position in range(told.figure.end, gapped.figure.start)):
            continue  # a verb of its own between them: 'and spending rose by …' is read by its own verb
        direction = [q for q in told.qualifiers if q in DIRECTION_QUALIFIERS and q not in gapped.qualifiers]
        changed[at] = replace(gapped, kind="change", qualifiers=[*gapped.qualifiers, *direction])
    return changed


def _after_by(words: list[str], *figures: Figure) -> bool:
    return all(figure.start > 0 and words[figure.start - 1] == GAP_BY for figure in figures)


def _earlier_levels_dated(words: list[str], stated: list[Stated]) -> list[Stated]:
    """'2014 → 2024: +161 %, from €34.7 bn', '+2.26 pp over 2014-2024, up from 1.86 % of GDP': the level a change over
    a span of years started from ('from', 'up from' right before it) is of the span's first year, not of the span."""
    dated = list(stated)
    for at, level in enumerate(stated):
        first, _, last = (level.period or "").partition("-")
        spanned = len(first) == len(last) == YEAR_DIGITS and first.isdigit() and last.isdigit() and first < last
        if spanned and level.kind != "change" and restates_an_earlier_value(words, level.figure):
            dated[at] = replace(level, period=first)
    return dated


MOVE_OPENER, MOVE_LINK = "from", "to"
YEAR_DIGITS = 4
RANGE_OPENER, RANGE_LINK = "between", "and"
RANGE_DASHES = frozenset({"-", "–"})


def _range_bounds_alike(words: list[str], stated: list[Stated]) -> list[Stated]:
    """'European allies already spend between 0.8 and 1.2 per cent of GDP', 'an estimated €300–350 billion a year by
    2035': the two bounds of one range are one statement, of the same period and said with the same hedges; the year
    or deadline written once, after the closing bound, dates the opening one too, and the verb before the opening
    bound ('estimate', 'could') qualifies the closing one too."""
    alike = list(stated)
    for at, (opening, closing) in enumerate(itertools.pairwise(stated)):
        link = opening.figure.end
        if closing.figure.start != link + 1 or opening.kind != closing.kind or opening.kind == "date":
            continue
        between = (
            words[link] == RANGE_LINK and opening.figure.start > 0 and words[opening.figure.start - 1] == RANGE_OPENER
        )
        if not (between or words[link] in RANGE_DASHES):
            continue
        period = closing.period or opening.period
        qualifiers = [*opening.qualifiers, *(q for q in closing.qualifiers if q not in opening.qualifiers)]
        alike[at] = replace(opening, period=period, qualifiers=qualifiers)
        alike[at + 1] = replace(closing, period=period, qualifiers=qualifiers)
    return alike


def _totals_of_their_counts(stated: list[Stated]) -> list[Stated]:
    """'by 2023 the count had crept up to 11 of 31': a count's total is of the count's time, one statement with it."""
    for count, total in itertools.pairwise(stated):
        if count.figure.total is not None and total.figure.end == count.figure.end and count.period:
            total.period = count.period
    return stated
