"""One sentence read for its figures: each figure's subjects, kind of measure, period and qualifiers.

See `knowledge.open_facts` for what the open fact model states; this module holds the reading of one
sentence (`SentenceReader`), built from the common reading (`knowledge.sentence_reading`, which also holds
`Stated` and what carries between sentences, `Context`) and the readings of subjects
(`knowledge.sentence_subjects`), kinds and qualifiers (`knowledge.sentence_kinds`), periods and dates
(`knowledge.sentence_periods`) and what a count of allies counts (`knowledge.sentence_counts`).
"""

from __future__ import annotations

import itertools

from knowledge.sentence_counts import Counts
from knowledge.sentence_kinds import Kinds, in_hypothetical_move
from knowledge.sentence_periods import Periods, segment_period, year_of_its_clause
from knowledge.sentence_reading import Context, Goal, Stated
from knowledge.sentence_subjects import Subjects, programme_sized

__all__ = ["GOAL_QUALIFIERS", "Context", "Goal", "SentenceReader", "Stated"]

GOAL_QUALIFIERS = frozenset({"target", "proposal", "minimum", "maximum"})
RANGE_LINK_WORDS = frozenset({"to", "and", "-", "–"})
PART_REACH = 3  # words around a share of GDP that say it is a part of a goal ('for core defence')


class SentenceReader(Subjects, Kinds, Periods, Counts):
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
            # 'Brennmark … confirms an operating margin of around 13%': a company's bare percentage is no share of GDP,
            # which only an economy has; the sentence says nothing else of what it is
            if not sure and kind == "share_of_gdp" and self._things_only(names):
                kind, sure = "other", True
            if kind == "change":
                names = self.economy_of(names, self.clause(index))
            period, deadline = self.period_for(index)
            supposed = period is None and in_hypothetical_move(self, index)  # 'moving from 2% to 3.5% would mean'
            if period is None and self._restates(index):
                period = figure_periods.get(index - 1)  # 'PLN 200.1bn in 2026, equal to 4.8% of GDP': of 2026 too
            clause = self.clause(index)
            qualifiers = self.qualifiers_for(index, clause, deadline, kind)
            if self._range_end(index) and index - 1 in goals:
                qualifiers = [*qualifiers, *(goals[index - 1] - set(qualifiers))]  # 'a target of 3% to 3.5%'
            goals[index] = GOAL_QUALIFIERS & set(qualifiers)
            if period is None and periods and GOAL_QUALIFIERS & set(qualifiers):
                period = periods[-1]  # "5% by 2035: at least 3.5% on core defence and up to 1.5% on …"
            if period is None and kind == "share_of_gdp" and names:
                period = self._goal_period(index, names[-1], stated, clause)
            if period is None and kind == "share_of_gdp" and self._restated_goal(index, names):
                period = self.context.goal.period if self.context.goal else None
                qualifiers = qualifiers if GOAL_QUALIFIERS & set(qualifiers) else [*qualifiers, "target"]
            if period is None:
                # a goal takes a deadline the sentence before set, not the year it spoke of ('… 216,000 today. Of the
                # six, only Poland already exceeds the 3.5% core target')
                goal = "target" in qualifiers and not self.context.sentence_deadline
                carried = None if goal else self._carried_period(kind)
                period = year_of_its_clause(self, figure) or segment_period(self, figure) or self.sentence_period()
                period = period or carried
            subjects.append(names)
            kinds.append(kind)
            figure_periods[index] = period
            if period:
                periods.append(period)
            unstated = supposed or self._threshold(index, kind) or self.line_compared(index, qualifiers)
            if names and not unstated:
                recognised = sure and index not in self.unnamed
                leads = not (self._guideline(index) or names == [programme_sized(self, index)])
                stated.append(Stated(figure, names, kind, period, qualifiers, clause, recognised, leads))
        return _totals_of_their_counts(stated)

    def _things_only(self, names: list[str]) -> bool:
        """Figures of things the entity list does not know only (a company, a unit)."""
        return bool(names) and all(self.entity_kind(name) is None for name in names)

    def _restates(self, index: int) -> bool:
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


def _totals_of_their_counts(stated: list[Stated]) -> list[Stated]:
    """'by 2023 the count had crept up to 11 of 31': a count's total is of the count's time, one statement with it."""
    for count, total in itertools.pairwise(stated):
        if count.figure.total is not None and total.figure.end == count.figure.end and count.period:
            total.period = count.period
    return stated
