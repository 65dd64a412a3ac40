"""What kind of measure each figure of a sentence is (an amount, a share of GDP or of a total, a change, a count,
a rank); its qualifiers (estimate, target, about, at least, a change's direction) are read by the `Qualifiers` it is
composed with (`knowledge.sentence_qualifiers`)."""

from __future__ import annotations

import re

from knowledge import domain
from knowledge.cues import Cues
from knowledge.figures import (
    RANGE_LINKS,
    RESPECTIVE_LINKS,
    Figure,
    FigureKind,
    arrow_between,
    fraction_said_at,
    names_a_currency,
    stated_ratio,
)
from knowledge.readers.prose import LIST_ITEM
from knowledge.sentence_bases import names_a_total_base
from knowledge.sentence_qualifiers import QUALIFIER_REACH, Qualifiers
from knowledge.sentence_reading import STRONG_BREAKS, Reading

SHARE_NOUNS = frozenset({"share", "shares", "proportion", "portion"})  # 'the share of our defence budget'
SHARE_WHOLE_REACH = 3  # words after a share's 'of' naming the total it is of ('of our defence budget')
# Figures whose own form says their kind of measure ("12 allies", "twice its 2015 level", "third-largest"). A
# multiple is a ratio (unit "times", never a percentage): a change of the subject's own figure ("double its
# 2015 level"), but "other" when it compares the subject with another entity ("ten times Russia's").
RANGE_OPENER = "from"
YEAR_OPENER = "in"  # 'from 1.51% in 2014 to 2.23% in 2024': the year of the level a move starts from
YEAR_WORD = re.compile(r"(?:19|20)\d\d")
CLOSING_LINKS = frozenset({"to", "-", "–"})  # '25% to 30%': the word between a range's two percentages
# Words opening a clause set against the one before it: a change word before them is not the figure's ('1.55%, a
# modest climb but still short of the 2% line').
CONTRASTS = frozenset({"but", "while", "whereas", "yet"})
COMPARED_WITH = "than"  # what a comparative set apart from its percentage is compared with
# Articles opening a noun phrase in apposition to a figure ('1.55%, a modest climb'): it describes the level, its
# change word does not make the figure a change.
APPOSED_ARTICLES = frozenset({"a", "an"})
PLUS_SIGN = "+"
SIGNED_FIGURES = frozenset({FigureKind.PERCENT, FigureKind.MONEY})  # a plus sign makes a change of
RATE_WORDS = frozenset({"per", "to"})  # 'PLN 4.27 per euro', 'NOK 11.6 to the dollar': a price of a currency
COORDINATING_AND = "and"  # 'up 11.7% reported and 8.0% organically': a second figure of the same change
CHANGE_TAIL_WORDS = 4  # words saying how or when a change was measured ('reported', 'in real terms', 'in 2023')
RATIO_FIGURES = frozenset({FigureKind.MULTIPLE, FigureKind.PERCENT})  # of which a comparison makes a ratio
FIGURE_KINDS = {FigureKind.COUNT: "count", FigureKind.MULTIPLE: "change", FigureKind.RANK: "rank"}
# Opening the phrase of a figure of another form set inside a list ('and China, in second place, about 12%').
FIGURE_PREPOSITIONS = frozenset({"in", "at", "on"})

RESTATED_SHARE = "share_of_total"  # the kind a bare percentage restating an earlier one takes from it


class Kinds(Qualifiers):
    """The kinds of measure of a sentence's figures (and, from `Qualifiers`, their qualifiers)."""

    def kind_for(self, index: int, kinds: list[str]) -> tuple[str, bool]:
        """The figure's kind of measure, and whether the sentence itself says so (not inferred)."""
        if _opens_range(self, index):
            return self.kind_for(index + 1, kinds)  # 'from 3.9 to 4.2% of GDP': the range's kind is its close's
        kind = self._figure_kind(index) or self._tail_kind(index) or _respective_list_kind(self, index)
        kind = kind or self._base_of_range_close(index, kinds)
        kind = kind or _line_of_the_share_before(self, index, kinds) or self._worded_kind(index, kinds)
        kind = kind or self._closing_kind(index, kinds)
        kind = kind or _restated_kind(self, index, kinds)
        if kind:
            return kind, True
        if names_a_total_base(self.words, self.values[0].start):
            return "share_of_total", True  # 'Relative to total government expenditure, … Estonia (5.9%)'
        inferred = self._inferred_kind(index)
        return (inferred, False) if inferred else ("other", True)

    def _inferred_kind(self, index: int) -> str | None:
        """The kind a figure the sentence does not qualify takes from its words' shape or its context."""
        # 'half of the new money', 'one in eight dollars', 'equipment at 32%', '€5.5 billion (81%)': parts of a whole
        part = _budget_part_s(self, index) or _bracketed_after_a_figure(self, index) or _part_of_the_amount(self, index)
        if self._fraction_of_a_whole(index) or self.values[index].ratio or part:
            return "share_of_total"
        if self.context.list_share and LIST_ITEM.match(self.text):
            # '- Canada and Türkiye: the remaining 4%' after '- European members: …, 30% of the NATO total'
            return self.context.list_share
        return "share_of_gdp" if self.context.gdp_shares else None

    def _fraction_of_a_whole(self, index: int) -> bool:
        """A fraction said in words, 'of' what it is a part of after it ('half of the new money', 'half of it'),
        naming no GDP (the tail readings said nothing): a share of that whole, never of GDP by default."""
        figure = self.values[index]
        if figure.kind is not FigureKind.PERCENT or figure.end >= len(self.words) or self.words[figure.end] != "of":
            return False
        start = figure.start + (self.words[figure.start] in self.table.fraction_openers)
        return fraction_said_at(self.words, start, self.table)

    def _closing_kind(self, index: int, kinds: list[str]) -> str | None:
        """'sales growth of 25% to 30% in 2025': a percentage closing a range right after the one opening it, saying
        nothing of its own, is of the opening's kind (never a share of GDP by default); 'from' 1% 'to' 2% is none."""
        if index == 0 or not kinds:
            return None
        figure, opening = self.values[index], self.values[index - 1]
        link = self.words[opening.end] if opening.end < len(self.words) else ""
        between = link == "and" and opening.start > 0 and self.words[opening.start - 1] == "between"
        adjacent = figure.start == opening.end + 1 and (link in CLOSING_LINKS or between)  # 'between 25% and 30%'
        # 'rose from 1.64% to 2.12%', 'fell by 0.16 points to 3.22%': a move to a level, no range
        moved = opening.points or (opening.start > 0 and self.words[opening.start - 1] == RANGE_OPENER)
        closing = adjacent and not moved and opening.kind is figure.kind is FigureKind.PERCENT
        return kinds[-1] if closing else _change_going_on(self, index, kinds)

    def _base_of_range_close(self, index: int, kinds: list[str]) -> str | None:
        """'cutting aid from 0.5% to 0.3% of gross national income': a percentage opening a 'from … to …' range is a
        share of the base the closing percentage names, its 'of …' written once."""
        if index + 1 >= len(self.values):
            return None
        figure, closing = self.values[index], self.values[index + 1]
        opened = figure.start > 0 and self.words[figure.start - 1] == RANGE_OPENER
        link = _past_its_year(self.words, figure.end)
        linked = closing.start == link + 1 and self.words[link] == RANGE_LINKS[RANGE_OPENER]
        # 'aid cut: 0.5% → 0.3% of GNI': a deck's arrow between the levels is its 'from … to …'
        moved = (opened and linked) or arrow_between(self.words, figure.end, closing.start)
        if not (moved and figure.kind is closing.kind is FigureKind.PERCENT):
            return None
        # 'Germany's share rose from 1.64% to 2.12%': the level a change started from is of the level it reached
        # ('the headline target rises from 2 percent to 5 percent': a goal's levels, not anyone's figures)
        goal = self.table.qualifiers["target"].within(self.words, self.clause(index)[0], figure.start)
        moved = not goal and self._level_reached(self.clause(index)[0], closing.start, self.clause(index + 1))
        reached = self.kind_for(index + 1, kinds)[0] if moved else None
        return self._tail_kind(index + 1) or reached

    def _figure_kind(self, index: int) -> str | None:
        """What the figure itself says: an amount (or a change in one), a count, a multiple, a rank, points."""
        figure = self.values[index]
        if figure.kind is FigureKind.MONEY:
            if _rate_of_a_currency(self.words, figure):
                return "other"  # 'PLN 4.02 per US dollar': an exchange rate, no amount anyone spends
            ends = (figure.end, _past_apposed_percentage(self.words, self.values, index))
            changed = any(self.table.change_after.starting_at(self.words, end) for end in ends)
            # 'larger by some PLN 27.7 bn': a hedge between the change's words and the amount leaves it a change
            hedged = _before_hedges(self.words, figure.start, 0, self.table)
            changed = changed or self.table.money_change_before.ending_at(self.words, hedged) or self._signed(index)
            return "change" if changed or self._step_to_a_level(index) else "money"
        if (figure.start in self.compared and figure.kind in RATIO_FIGURES) or _ratio_of_amounts(self, figure):
            return "other"  # 'ten times Russia's', '43 % of what Russia spent', 'a book-to-bill ratio of 1.23': ratios
        if figure.kind in FIGURE_KINDS:
            return FIGURE_KINDS[figure.kind]
        return "change" if figure.points or self._signed(index) else None

    def _step_to_a_level(self, index: int) -> bool:
        """'… and reaches €50.5 billion in 2025, a further €3.3 billion': an amount set after a comma by 'a further'
        right after a level reached (its year between them at most), closing its phrase, is the step to that level."""
        figure = self.values[index]
        apposed = self.table.money_step_apposed.ending_at(self.words, figure.start)
        opening = figure.start - apposed
        if not apposed or index == 0 or self.words[opening - 1 : opening] != [","]:
            return False
        if figure.end < len(self.words) and self.words[figure.end].isalnum():
            return False  # '…, a further €0.3 billion went to aid': a clause of its own, not set beside the level
        level = self.values[index - 1]
        between = set(range(level.end, opening - 1))
        years_only = all(any(y.start <= p < y.end for y in self.years) or self.words[p] == "in" for p in between)
        return level.kind is FigureKind.MONEY and years_only

    def _signed(self, index: int) -> bool:
        """'China: $314bn (estimate, +7%)', a table's '+5.8%', a slide's '+€10.4bn vs 2024': a percentage or an amount
        written with its plus sign is a change, never a level."""
        figure = self.values[index]
        if figure.kind not in SIGNED_FIGURES or figure.start == 0:
            return False
        sign, number = self.tokens[figure.start - 1], self.tokens[figure.start]
        if not (sign.text == PLUS_SIGN and sign.end == number.start):
            return False
        against = figure.kind is FigureKind.MONEY and _set_against_another(self.words, self.years, figure, self.table)
        return not against

    def _tail_kind(self, index: int) -> str | None:
        """What the 'of …' after a percentage says it is of: GDP, or a total."""
        figure = self.values[index]
        tail = self.words[figure.end : self.tails[index]]
        # '0.3% of gross national income', a note's '0.3% GNI': a share of another base than GDP
        if self.table.other_bases.within(tail, 0, len(tail)) or self.table.other_bases.starting_at(
            self.words, figure.end
        ):
            return "share_of_total"
        if self.table.gdp.within(tail, 0, len(tail)) or "gdp" in self.words[figure.end : figure.end + 4]:
            return "share_of_gdp"
        if self.table.budget_parts.starting_at(self.words, _past_a_goal_noun(self.words, figure.end)):
            # '51% on equipment', 'the 20% guideline for major equipment': a share of the budget spent on that part
            return "share_of_total"
        if tail[1:2] and tail[1] in self.table.raw.bases.pointing_back:
            return "share_of_total"  # '64% of them': a share of what the sentence named before
        if (tail and any(word in self.table.totals for word in tail[1:])) or (
            len(tail) > 1 and _named_total(self, index)
        ):
            return "share_of_total"
        return None

    def _worded_kind(self, index: int, kinds: list[str]) -> str | None:
        """What the words around the figure, or the figure before it in the sentence, say it is."""
        figure = self.values[index]
        left, right = self.region(index)
        # 'the pay award for 2023/24 was 5 per cent': a year written in several tokens is one word of the reach
        written = sum(y.end - y.start - 1 for y in self.years if left <= y.start and y.end <= figure.start)
        before = max(left, figure.start - QUALIFIER_REACH - written)
        if figure.start not in self.asides:  # 'Estonia, which called for a higher target, sits at 3.4%'
            before = max([before, *(position + 1 for position in self.asides if position < figure.start)])
        before = max([before, *(p + 1 for p in range(before, figure.start) if self.words[p] in CONTRASTS)])
        before = figure.start if _listed_in_brackets(self, figure) else before
        start = _before_hedges(self.words, figure.start, left, self.table)
        level_or_earlier = self._level_or_earlier(kinds, before, left, start)
        if level_or_earlier:
            return level_or_earlier
        reached = self._level_reached(before, start, self.clause(index))
        if _gdp_share_said(self, before, start, figure.start, reached=bool(reached)):
            return "share_of_gdp"  # 'spending as a share of world GDP, rose to 2.5%'; 'Share of GDP: 3.38%'
        part = self.table.parts.ending_at(self.words, start) or _share_moved(self, start)  # 'made up about 9% of …'
        if (
            (self.table.change_before.ending_at(self.words, start) and not part)
            or self.table.change_after.starting_at(self.words, figure.end)  # '21 percent more than a year earlier'
            or _compared_apart(self, index)  # '17 per cent more on its militaries in 2024 than in 2023'
            or (self.table.change.within(self.words, before, figure.start) and not reached)
            or (
                self.table.change.within(self.words, figure.end, min(right, figure.end + 4))
                and not (_apposed(self.words, figure.end) or self._set_off_level(index))
            )
        ):
            return "change"
        if part or _share_named(self, before, index, start) or _share_of_a_total_named(self, index):
            return "share_of_total"
        if kinds[-1:] == ["change"] and all(w in self.table.apposition for w in self.words[left : figure.start]):
            return "change"
        near = set(self.words[max(left, figure.start - 2) : min(right, figure.end + 2)])
        targeted = bool(near & self.table.gdp_targets) or "share_of_gdp" in kinds[-1:]
        return self._list_item_of(index, kinds) or ("share_of_gdp" if targeted else None)

    def _set_off_level(self, index: int) -> bool:
        """'only Poland, at 4.12%, recorded a higher ratio': a level set off by commas right after whom it is of, one
        word before it at most; the words past its closing comma say what that one did, not what the figure is."""
        figure = self.values[index]
        start, end = self.clause(index)
        enclosed = start > 0 and self.words[start - 1] == "," and self.words[end : end + 1] == [","]
        return enclosed and end == figure.end and figure.start - start <= 1

    def _segment_start(self, position: int) -> int:
        """Where the part of the sentence holding `position` starts (after a ';' or a ':')."""
        while position > 0 and not self._breaks(position - 1, STRONG_BREAKS):
            position -= 1
        return position

    def _level_reached(self, before: int, start: int, clause: tuple[int, int]) -> bool:
        """'rose to 2.5%', 'fell by 0.16 points to 3.22%', 'Canada's climb to 2.00%': the figure right after 'to',
        past a change word, is the level the change reached, not the change ('up to 1.5%' is a bound) — unless the
        sentence, up to the figure's clause's end, speaks of an economy's rate of change ('inflation eased to 3.4%',
        'cut its growth forecast to 0.8%'), whose level is itself a change."""
        if start < 1 or self.words[start - 1] != "to" or (start > 1 and self.words[start - 2] == "up"):
            return False
        if self.table.economy.within(self.words, 0, clause[1]):
            return False
        return self.table.change.within(self.words, before, start - 1)

    def _list_item_of(self, index: int, kinds: list[str]) -> str | None:
        """'The United Kingdom pays around 11% and France around 10%', 'Germany raised its spending by 28%, to $88.5
        billion, and Poland by 31%': a figure whose words since the last figure of its form are only another entity
        and the words joining a list is the same measure as that figure (figures of another form between them, with
        their own measure, are left out)."""
        figure = self.values[index]
        earlier = [j for j in range(index) if self.values[j].kind is figure.kind]
        if not earlier or len(kinds) < index:
            return None
        previous = earlier[-1]
        covered = {
            p
            for other in self.values[previous + 1 : index]
            for p in range(_phrase_start(self.words, other), self.tails[self.values.index(other)])
        }
        named = [m for m in self.mentions if self.tails[previous] <= m.start < figure.start]
        covered |= {p for m in named for p in range(m.start, m.end)}
        links = self.table.list_links | self.table.apposition
        gap = [p for p in range(self.tails[previous], figure.start) if p not in covered]
        if len(named) != 1 or named[0].aside or any(self.words[p] not in links for p in gap):
            return None
        return kinds[previous]

    def _level_or_earlier(self, kinds: list[str], before: int, left: int, start: int) -> str | None:
        """A rate's level ('its policy rate to 2.0%': "other"), or the earlier value of the figure before it."""
        if self.table.levels.within(self.words, before, start):
            return "other"
        if kinds and _restates_previous(self, left, start):
            return kinds[-1]
        return None


MOVE_CLOSERS = frozenset({"to", "and"})


def in_hypothetical_move(reading: Reading, index: int) -> bool:
    """'moving from about 2% to 3.5%', 'the gap between 2% and 3.5%': the figure opens or closes a move between two
    levels said as a supposition."""
    start = _past_hedges(reading, reading.values[index].start)
    if reading.table.hypothetical_moves.ending_at(reading.words, start):
        return True
    if index == 0 or start < 1 or reading.words[start - 1] not in MOVE_CLOSERS:
        return False
    opening = reading.values[index - 1]
    return opening.end == start - 1 and bool(
        reading.table.hypothetical_moves.ending_at(reading.words, _past_hedges(reading, opening.start))
    )


def _past_hedges(reading: Reading, start: int) -> int:
    while start > 0 and reading.words[start - 1] in reading.table.apposition - {","}:
        start -= 1
    return start


def _before_hedges(words: list[str], start: int, left: int, table: Cues) -> int:
    """Where the hedges right before a figure begin ('up about 2.9%', 'up just 2.9%'): a hedge between a change word
    and the figure leaves it the change; so does a bound ('up by more than half', 'down by less than 1%')."""
    hedges = (table.apposition - {","}) | set(table.raw.restated_hedges)
    bounds = (table.qualifiers["minimum"], table.qualifiers["maximum"])
    while start > left:
        if words[start - 1] in hedges:
            start -= 1
            continue
        bound = max(phrases.ending_at(words, start) for phrases in bounds)
        if not bound or start - bound < left:
            return start
        start -= bound
    return start


def _respective_list_kind(reading: Kinds, index: int) -> str | None:
    """'3.1%, 2.9% and 3.4% of GDP respectively': a figure of a list the sentence gives 'respectively' is of the kind
    the list's last figure's words say, written once after it."""
    if not reading.table.respective & set(reading.words[reading.values[index].end :]):
        return None
    position = index
    while position + 1 < len(reading.values):
        here, following = reading.values[position], reading.values[position + 1]
        linked = following.start == here.end + 1 and reading.words[here.end] in RESPECTIVE_LINKS
        if not linked or following.kind is not here.kind:
            break
        position += 1
    return reading._tail_kind(position) if position > index else None


def _past_its_year(words: list[str], at: int) -> int:
    """The word after the year a level is dated by right after its figure ('from 1.51% in 2014 to …': 'to'), or
    `at` when none is."""
    dated = at + 1 < len(words) and words[at] == YEAR_OPENER and YEAR_WORD.fullmatch(words[at + 1])
    return at + 2 if dated else at


def _named_total(reading: Kinds, index: int) -> bool:
    """Someone named between the figure and the end of its tail ('12% of the Alliance's total'): whose total it is."""
    figure = reading.values[index]
    return any(figure.end < m.start < reading.tails[index] for m in reading.mentions)


def _phrase_start(words: list[str], figure: Figure) -> int:
    """Where the phrase of a figure begins: at the preposition right before it ('in second place')."""
    opened = figure.start > 0 and words[figure.start - 1] in FIGURE_PREPOSITIONS
    return figure.start - 1 if opened else figure.start


def _budget_part_s(reading: Reading, index: int) -> bool:
    """'Personnel remains the largest slice at 33%', 'and infrastructure the remaining 5%': a bare percentage whose
    clause names a category of the budget before it, and no entity, is that category's share of the budget; so is
    one the category's name follows right after ('a ratio of 50% personnel, 25% operating and 25% investment')."""
    figure = reading.values[index]
    if figure.kind is not FigureKind.PERCENT or figure.points:
        return False
    if reading.table.budget_parts_after.starting_at(reading.words, figure.end):
        return True
    start = reading.clause(index)[0]
    if any(start <= m.start < figure.start for m in reading.mentions):
        return False
    return reading.table.budget_part_nouns.within(reading.words, start, figure.start)


def _part_of_the_amount(reading: Reading, index: int) -> bool:
    """'… worth EUR 38 million, of which about 35 % went to Lithuanian companies': a percentage after an amount of
    the sentence, its clause pointing back at it, is a part of that amount."""
    figure = reading.values[index]
    if figure.kind is not FigureKind.PERCENT or figure.points or index == 0:
        return False
    amount = reading.values[index - 1]
    if amount.kind is not FigureKind.MONEY:
        return False
    return reading.table.parts_of_the_amount.within(reading.words, amount.end, figure.start)


def _share_moved(reading: Kinds, start: int) -> bool:
    """'the share of our defence budget devoted to major equipment will rise from 21% in 2024 to 26%': a level a share
    of a whole named before it, in its part of the sentence, moves from or to (no GDP named there) is that share, its
    rise none of its own."""
    if reading.words[start - 1 : start] not in (["from"], ["to"], ["at"]):
        return False
    segment = reading._segment_start(start)
    named = any(  # 'the share of our defence budget', never 'its share' alone (of GDP, as often as not)
        reading.words[position] in SHARE_NOUNS and reading.words[position + 1] == "of"
        for position in range(segment, start - 1)
    )
    return named and not reading.table.gdp.within(reading.words, segment, start)


def _share_of_a_total_named(reading: Reading, index: int) -> bool:
    """'Our share of spending on major equipment is well above the NATO guideline of 20 percent; in 2024 it was around
    36 percent': a bare percentage in a sentence whose words before it name a share of a total (a share noun, 'of' and
    a total's word: spending, the budget) and that names GDP nowhere is that share, of the total, never of GDP — the
    guideline it is compared with included."""
    figure = reading.values[index]
    if figure.kind is not FigureKind.PERCENT or figure.points:
        return False
    words = reading.words
    named = any(
        words[position] in SHARE_NOUNS
        and words[position + 1] == "of"
        and any(word in reading.table.totals for word in words[position + 2 : position + 2 + SHARE_WHOLE_REACH])
        for position in range(figure.start - 1)
    )
    return named and not reading.table.gdp.within(words, 0, len(words))


def _share_named(reading: Reading, before: int, index: int, start: int) -> bool:
    """A share word before the figure ('accounted for just 36%'), or before the amount it is set beside."""
    figure = reading.values[index]
    return reading.table.shares.within(reading.words, before, figure.start) or _share_of_its_amount(
        reading, index, start
    )


def _gdp_share_said(reading: Kinds, before: int, start: int, end: int, *, reached: bool) -> bool:
    """A level reached in a segment naming GDP ('the military burden, spending as a share of world GDP, rose to
    2.5%'), or a share of GDP named before the figure ('Share of GDP: 3.38%')."""
    segment = reading._segment_start(start)
    return (reached and reading.table.gdp.within(reading.words, segment, start)) or _share_of_gdp_named(
        reading, before, end
    )


def _share_of_gdp_named(reading: Reading, before: int, end: int) -> bool:
    """'Share of GDP: 2.12%', 'as a share of gross domestic product, 1.9%': a share word whose 'of …' names GDP,
    wholly before the figure, says the figure is a share of GDP, not of a total."""
    for position in range(max(0, before), end):
        length = reading.table.shares.starting_at(reading.words, position)
        tail = position + length - 1
        if length and reading.words[tail] == "of":
            named = reading.table.gdp.starting_at(reading.words, tail)
            if named and tail + named <= end:
                return True
    return False


def _share_of_its_amount(reading: Reading, index: int, start: int) -> bool:
    """'… of which the US accounted for $968 billion, roughly 66%': a percentage set beside the amount right before
    it tells that amount as a share of the whole, when a share word opens the amount ('accounted for')."""
    if index == 0 or reading.values[index - 1].kind is not FigureKind.MONEY:
        return False
    amount = reading.values[index - 1]
    if not all(word in reading.table.apposition for word in reading.words[amount.end : start]):
        return False
    return reading.table.shares.within(reading.words, max(0, amount.start - QUALIFIER_REACH), amount.start)


NUMBER_WORD = re.compile(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?")


def _bracketed_after_a_figure(reading: Reading, index: int) -> bool:
    """'€5.5 billion (81%) was actually spent', '8,900 (11.9%) were vacant': a bare percentage in brackets right
    after an amount or a count tells that figure as a share of the whole it is a part of, not a share of GDP."""
    figure = reading.values[index]
    if figure.kind is not FigureKind.PERCENT or figure.start < 2 or reading.words[figure.start - 1] != "(":
        return False
    if NUMBER_WORD.fullmatch(reading.words[figure.start - 2]):
        return True  # '8,900 (11.9%)': a number counting what the sentence names before it
    before = reading.values[index - 1] if index else None
    return before is not None and before.end == figure.start - 1 and before.kind in (FigureKind.MONEY, FigureKind.COUNT)


def _compared_apart(reading: Reading, index: int) -> bool:
    """'Europe spent 17 per cent more on its militaries in 2024 than in 2023': a comparative right after a percentage
    and 'than' later in its clause make the percentage a change, however many words stand between them."""
    figure = reading.values[index]
    after = reading.words[figure.end : figure.end + 1]
    if figure.kind is not FigureKind.PERCENT or not after or after[0] not in reading.table.raw.comparatives_apart:
        return False
    return COMPARED_WITH in reading.words[figure.end + 1 : reading.clause(index)[1]]


def _listed_in_brackets(reading: Reading, figure: Figure) -> bool:
    """'Seven European allies were higher: Poland (4.12%), Estonia (3.43%) …': a figure in brackets right after a name,
    in a list a colon opens, is that one's level; what the list's head says of them all ('higher') is no change."""
    opening = figure.start - 1
    if opening < 1 or reading.words[opening] != "(" or ":" not in reading.words[:opening]:
        return False
    return any(mention.end == opening for mention in reading.mentions)


def _apposed(words: list[str], end: int) -> bool:
    """'1.55%, a modest climb': a noun phrase in apposition right after the figure, which it describes."""
    return words[end : end + 1] == [","] and words[end + 1 : end + 2] in ([a] for a in APPOSED_ARTICLES)


def _past_a_goal_noun(words: list[str], end: int) -> int:
    """Where the words after a figure go on past the goal noun naming it ('20% guideline for major equipment': at
    'for'), else the figure's end."""
    nouns = domain.question_words().verifier.goal_nouns
    return end + 1 if end < len(words) and words[end] in nouns else end


def _rate_of_a_currency(words: list[str], figure: Figure) -> bool:
    """'PLN 4.02 per US dollar', 'NOK 11.6 to the dollar': an amount of one currency a unit of another costs."""
    rest = words[figure.end : figure.end + 4]
    if len(rest) < 2 or rest[0] not in RATE_WORDS:
        return False
    priced = rest[0] == "per" or (rest[0] == "to" and rest[1] == "the")
    return priced and names_a_currency(rest[2:] if rest[1] == "the" else rest[1:])


def _past_apposed_percentage(words: list[str], values: list[Figure], index: int) -> int:
    """'$25.5 billion, or 3.1%, above the FY2024 enacted level': where the words after an amount go on past the
    percentage set beside it between commas (the same difference, told as a percentage); else the amount's end."""
    figure = values[index]
    beside = values[index + 1] if index + 1 < len(values) else None
    if (
        beside is not None
        and beside.kind is FigureKind.PERCENT
        and words[figure.end : beside.start] == [",", "or"]
        and words[beside.end : beside.end + 1] == [","]
    ):
        return beside.end + 1
    return figure.end


def _ratio_of_amounts(reading: Reading, figure: Figure) -> bool:
    """'a book-to-bill ratio of 1.23': a multiple the words naming a ratio of two amounts give, no change."""
    return figure.kind is FigureKind.MULTIPLE and stated_ratio(reading.tokens, figure.start, reading.table)


def _change_going_on(reading: Reading, index: int, kinds: list[str]) -> str | None:
    """'up 11.7% reported and 8.0% on an organic basis', 'rose 5% in 2023 and 7% in 2024': a percentage right after
    'and', joined to a change stated just before it with only the words saying how or when that one was measured
    between them, saying nothing of its own, is a change too; one after a name ('7.2% for the United States and
    10.9% for NATO as a whole') may be another's figure, read on its own words."""
    if index == 0 or not kinds or kinds[-1] != "change":
        return None
    figure, before = reading.values[index], reading.values[index - 1]
    if any(before.end <= mention.start < figure.start for mention in reading.mentions):
        return None
    between = reading.words[before.end : figure.start]
    if not (figure.kind is before.kind is FigureKind.PERCENT) or between[-1:] != [COORDINATING_AND]:
        return None
    said = between[:-1]
    return "change" if len(said) <= CHANGE_TAIL_WORDS and all(word.isalnum() for word in said) else None


def _restates_previous(reading: Kinds, left: int, start: int) -> bool:
    """'eased to 3.4% in May from 3.5% in April', 'rose to 2.1% of GDP, up from 1.5% in 2014': the figure after
    'from' is the earlier value of the figure before it; only month and year words come between them."""
    years = {position for year in reading.years for position in range(year.start, year.end)}

    def timely(position: int) -> bool:
        return (
            position in years
            or reading.words[position] in reading.table.months
            or reading.words[position] in {"in", ","}
        )

    position = start
    while position > left and timely(position - 1):
        position -= 1
    length = reading.table.restated_from.ending_at(reading.words, position)
    if not length:
        return False
    return all(timely(between) for between in range(left, position - length))


def _set_against_another(words: list[str], years: list[Figure], figure: Figure, table: Cues) -> bool:
    """'+C$58.8bn vs. Option A': an amount set against another thing than a time is how much more that one costs, an
    amount, not a change ('+€10.4bn vs 2024' is the change on that year)."""
    compared = table.comparison.starting_at(words, figure.end)
    return bool(compared) and not any(year.start == figure.end + compared for year in years)


def _restated_kind(reading: Kinds, index: int, kinds: list[str]) -> str | None:
    """'those below 20% of defence spending on major equipment … will aim to reach 20%': a percentage saying nothing
    of its own that restates the value of an earlier percentage of its sentence is of that one's kind (a share of
    what that one named, never a share of GDP by default; a level, a change or a share of GDP restated keeps the
    reading its own words give)."""
    figure = reading.values[index]
    if figure.kind is not FigureKind.PERCENT:
        return None
    for earlier in range(min(index, len(kinds)) - 1, -1, -1):
        stated = reading.values[earlier]
        if stated.kind is FigureKind.PERCENT and stated.value == figure.value and stated.points == figure.points:
            return kinds[earlier] if kinds[earlier] == RESTATED_SHARE else None
    return None


def _line_of_the_share_before(reading: Kinds, index: int, kinds: list[str]) -> str | None:
    """'about RON 12.0 billion, or 31.2% of the Ministry's budget, above the NATO guideline of 20%', 'Investment made
    up 26 % of total spending, above the collective benchmark of 20 %': a line named by its goal noun, saying nothing
    of what it is a share of, that the share before it (in its sentence, or the list item before) is measured against
    is a share of the same whole (of the budget, never of GDP by default)."""
    figure = reading.values[index]
    goal = figure.start - 2  # the goal noun, then "of", right before the level
    # '- about €4.0 bn in 2023, i.e. 1.4 % of total spending;' then '- well short of the benchmark of 2 %.': the share
    # of the list item before
    listed = reading.context.list_share if LIST_ITEM.match(reading.text) else None
    before = kinds[-1] if kinds else listed
    if figure.kind is not FigureKind.PERCENT or before != RESTATED_SHARE or goal < 0:
        return None
    named = reading.words[figure.start - 1] == "of" and reading.words[goal] in reading.table.gdp_targets
    return RESTATED_SHARE if named else None


def _opens_range(reading: Kinds, index: int) -> bool:
    """'from 3.9 to 4.2% of GDP', 'between 5 and 6 percent of GDP': the figure, a bare number (its unit written
    once, after the next figure), opens a range the next figure closes, right after the word between them ('from
    2 percent to 5 percent' is two figures of their own)."""
    if index + 1 >= len(reading.values) or reading.values[index].end != reading.values[index].start + 1:
        return False
    figure, closing = reading.values[index], reading.values[index + 1]
    opener = reading.words[figure.start - 1] if figure.start > 0 else ""
    linked = opener in RANGE_LINKS and reading.words[figure.end] == RANGE_LINKS[opener]
    return linked and closing.start == figure.end + 1
