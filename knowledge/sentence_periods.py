"""When each figure of a sentence is of: a year of its own part of the sentence (not one it is compared with),
a relative one ('last year'), the sentence's or the previous one's; and which years are a deadline or an event ('by
2035', 'signed in 2022'), which the sentence states as dates (`knowledge.sentence_dates`)."""

from __future__ import annotations

import re
from functools import cache, cached_property

from knowledge.cues import Cues, cues
from knowledge.figures import Figure, FigureKind, label_hedges
from knowledge.frames import frame_data
from knowledge.lexicon import fiscal_year_words
from knowledge.readers.prose import LIST_ITEM
from knowledge.sentence_reading import CLAUSE_BREAKS, Context, Reading

CHANGE_BASE_WORD = "from"
CHANGE_BASE_FIGURES = frozenset({FigureKind.PERCENT, FigureKind.MONEY})  # a change's base follows either
LAW_NAME_LINKS = frozenset({"of", ","})  # between a law's noun and its year: 'Act of 2023', 'Act, 2024'
LAW_NAME_REACH = 2  # the noun, then the link
CHANGE_WORD_REACH = 4  # words before a percentage where a change word makes it a change ('a jump of 38%')
EARLIER_NUMBER_WORDS = 3  # 'from 11 in' before a year dating an earlier value
BASE_REACH = 5  # words after 'of' where the economy a share is taken of is named ("of the previous year's GDP")
CLAUSE_JOINS = frozenset({"and", "but", "while", "whereas"})  # joining a clause with a subject of its own
YEAR_DETERMINERS = frozenset({"the", "its", "their"})  # before a year naming a thing of that year ('the 2024 budget')
AMBIGUOUS_COMPARISON = "on"  # compares after a figure ('up 6% on 2023'), else says by what ('on the estimates')
PHRASE_YEAR_REACH = 3  # words from a year to the figure of the thing it names ('2024 appropriation of EUR 51.95 bn')
YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
MOST_YEARS_COUNTED = 50  # years a counted span may cover ('over 12 years to 2036')
DOCUMENT_SPAN = "document_span"  # the relative period 'over the period' (cues.toml: relative_periods)
COMPARISON_REACH = 6  # words back from a year to the 'than' or 'since' that makes it a comparison


EVENT_REACH_BEFORE = 4  # words before a year where an event word makes it the event's date ('signed in 2022')
EVENT_REACH_AFTER = 3  # words after a year where an event word does ('2022, when it was signed')
DATE_AFTER_EVENT_REACH = 4  # words after an event word where its own date sits ('approved on 24 June')
LABEL_COLON = ":"  # closes a bullet's label ('PL 2025 plan: 4.7%')


def a_span(year: Figure) -> bool:
    """'from 2026 to 2030', 'for 2023 to 2033': a span of years (not one fiscal year, '2029-30'; nor a deadline moved
    back, 'pulled its deadline forward from 2029 to 2025')."""
    first, _, last = (year.period_text or "").partition("-")
    return len(last) == len(first) and last > first


PART_OF_A_YEAR_WORDS = 4  # 'the third quarter of', 'the first nine months of': words naming a part before its year


def _before_a_part_of_the_year(words: list[str], start: int) -> int:
    """Where 'the third quarter of', 'the first half of', 'the same period of' begins before a year, else `start`."""
    if start < 2 or words[start - 1] != "of":
        return start
    nouns = {*frame_data().part_year_nouns, "period"}
    for begin in range(start - 2, max(start - 2 - PART_OF_A_YEAR_WORDS, -1), -1):
        if words[begin] == "the" and any(word in nouns for word in words[begin + 1 : start - 1]):
            return begin
    return start


BRACKET_LABEL_WORDS = 1  # words allowed between '(' and a labelling year: '(Q3 2024:', '(FY 2023:'


def _labelled_brackets(words: list[str], years: list[Figure]) -> list[tuple[Figure, int]]:
    """'(2024: €1.98 billion)', '(Q3 2024: 11.2%)', '(31 December 2024: EUR 25.6 billion)', '(2024 revenue: EUR 6.35
    billion)': a year opening a bracket before a colon labels the earlier figures the bracket gives, as results
    releases write them; each such year and where its bracket ends."""
    found = []
    months = cues().months
    for year in years:
        start = date_start(words, year.start, months)  # '31 December 2024': the day and month of the year's date
        opening = next(
            (at for at in range(start - 1, max(start - 2 - BRACKET_LABEL_WORDS, -1), -1) if words[at] == "("), None
        )
        colon = next(
            (at for at in range(year.end, min(year.end + 1 + BRACKET_LABEL_WORDS, len(words))) if words[at] == ":"),
            None,
        )
        if opening is None or colon is None or not all(w.isalpha() for w in words[year.end : colon]):
            continue
        closing = next((at for at in range(year.end, len(words)) if words[at] == ")"), len(words))
        found.append((year, closing))
    return found


MAX_DAY_DIGITS = 2


def american_date(words: list[str], year_start: int, months: frozenset[str]) -> bool:
    """'June 9, 2025': a month, its day and a comma before the year, as American dates are written."""
    at = year_start
    day = words[at - 2] if at >= 3 and words[at - 1] == "," else ""
    return day.isdigit() and len(day) <= MAX_DAY_DIGITS and words[at - 3] in months


def date_start(words: list[str], year_start: int, months: frozenset[str]) -> int:
    """Where the date a year ends begins, past its day and month ('31 December 2024', 'June 2025') and an American
    date's comma ('June 9, 2025'); words in `months` may also name a budget year ('fiscal year 2030–31')."""
    start = year_start - 3 if american_date(words, year_start, months) else year_start
    while start > 0 and (words[start - 1] in months or words[start - 1].isdigit()):
        start -= 1
    return start


class Periods(Reading):
    """The periods of a sentence's figures (the dates it states: `knowledge.sentence_dates.Dates`)."""

    @cached_property
    def labelled_brackets(self) -> list[tuple[Figure, int]]:
        return _labelled_brackets(self.words, self.years)  # once a sentence: every year's comparison asks

    def comparison(self, year: Figure) -> bool:
        """'more than in 2023', 'since the Six-Day War in 1967': a year a figure is compared with."""
        if year.period_text and len(year.period_text) > len("2029-30"):
            return False  # "from 2026 to 2030" is a period, not a comparison
        if any(year is label for label, _ in self.labelled_brackets):
            return True  # '€2.46 billion (Q3 2024: €1.98 billion)': the bracket's year labels the earlier value
        if _deadline_words(self, year) > 1:
            return False  # 'reach 2% no later than fiscal year 2030–31': a deadline, though 'than' ends it
        start = date_start(self.words, year.start, self.table.months)
        if year.day_month and self.words[start - 1 : start] == ["on"]:
            return self._compared_back(year.start)  # 'said on 4 March' dates; 'up 6% on 2023' compares
        start = _before_a_part_of_the_year(self.words, start)  # 'up 24% on the third quarter of 2024' compares
        start = _past_a_determiner(self, start)  # 'an increase … on the 2024 appropriation' compares too
        compared = self.table.comparison.ending_at(self.words, start) or _change_base(self, start)
        compared = compared or _level_set_against(self, start, year)
        return bool(compared) or _dates_an_earlier_number(self, start) or self._compared_back(year.start)

    def _compared_back(self, start: int, *, relative: bool = False) -> bool:
        """A comparison a few words back: 'than they spent the year before', 'double its 2015 level', 'below their'."""
        figure_tokens = {i for figure in self.values for i in range(figure.start, figure.end)}
        multiples = {figure.end - 1 for figure in self.values if figure.kind is FigureKind.MULTIPLE}
        position = start
        while position > 0 and position > start - COMPARISON_REACH:
            if _compared_at(self, position, relative=relative):
                return True
            previous = position - 1
            if previous in multiples:
                return True  # "double its 2015 level": the base of a multiple
            if previous in figure_tokens or self.words[previous] in CLAUSE_BREAKS:
                return False
            position = previous
        return False

    def period_for(self, index: int) -> tuple[str | None, bool]:
        """The figure's period from its own part of the sentence, and whether it is a deadline ('by 2035')."""
        figure = self.values[index]
        label = _labelling_year(self, figure) or next(
            (y for y in self.years if index in earlier_values_dated(self, y)), None
        )
        # '(Q3 2024: €1.98 billion)', 'up from 2.80% in 2023': the year dating it; 'adds NOK 600 billion over 12 years
        # to 2036': 2025-2036
        dated = year_text(label) if label is not None else _counted_span_of(self, index)
        if dated is not None:
            return dated, False
        left, right = self.region(index)
        years = [
            y
            for y in self.years
            if left <= y.start < right
            and not self.comparison(y)
            and not names_a_law(self, y)
            and (y.start not in self.asides or figure.start in self.asides)
            and _compared_base_before(self, y.start) in (None, index)  # another figure's base's years are not its
        ]
        when = [  # "from 2014, when only three members met it" — within its own part of the sentence
            y
            for y in self.years
            if y.end < figure.start
            and self.words[y.end : y.end + 2] == [",", "when"]
            and not self._break_between(y.end, figure.start)
        ]
        if when:
            return year_text(when[-1]), False  # "from 2014, when only three members met it"
        after = [
            y
            for y in years
            if y.start >= figure.end
            and not self._break_between(figure.end, y.start)
            and not self._names_a_later_thing(figure, y)
            and not _date_stamp_after(self, figure, y)
        ]
        after = [] if figure.elided else after  # a count pointing back ('the count was eleven') ends its clause
        before = [
            y
            for y in years
            if y.start < figure.start
            and not self._break_between(y.end, figure.start)
            and not dates_an_earlier_figure(self, y, figure)
        ]
        # 'the Report for 2024, published in April 2025, counts 22 of 32': a year dating an event is the figure's
        # only when no other year before it is
        before = [y for y in before if not self._event(y)] or before
        if after and before and self._own_clause_year(before[-1], figure, after[0]):
            after = []
        own = self.relative_period(
            figure.end, self.clause(index)[1], inside_aside=figure.start in self.asides, from_stated=True
        )
        # 'up from USD 289 billion ten years earlier, and NATO put their growth in 2024 at 17.9%': the figure's own
        # clause's time, before a year past a clause break
        if after and not (own and self._past_a_clause_break(figure, after[0])):
            return year_text(after[0]), is_deadline(self, after[0])
        own = own or relative_after(self, figure, right) or self._relative_before_in_clause(index, before)
        if own:
            return own, False  # 'was around 1.3% in 2024 and is now aiming for 2% this year': its own clause's
        if before:
            return year_text(before[-1]), is_deadline(self, before[-1])
        return self.relative_period(left, right, inside_aside=figure.start in self.asides), False

    def _names_a_later_thing(self, figure: Figure, year: Figure) -> bool:
        """'rose from 1.8% to 2.1%, and its 2024–2030 programming law earmarks €413 billion': a year after a
        determiner, past a break of the figure's clause, names the thing after it, not the figure's time."""
        named = year.start > 0 and self.words[year.start - 1] in YEAR_DETERMINERS
        past_a_break = named and any(self.words[p] in CLAUSE_BREAKS for p in range(figure.end, year.start))
        return past_a_break or _in_a_clause_of_its_own(self.words, self.table, figure, year)

    def change_span(self, index: int, period: str | None) -> str | None:
        """'By 2027 the line is planned to be 43.2% higher than in 2024': a change of a year several years after the
        one its clause compares it with ('than in 2024') is the change over the span between them ('2024-2027'); over
        one year it stays the year it ends in."""
        if period is None or not YEAR_ALONE.fullmatch(period):
            return period
        left, right = self.clause(index)
        bases = [
            y
            for y in self.years
            if left <= y.start < right and self.comparison(y) and YEAR_ALONE.fullmatch(year_text(y))
        ]
        if len(bases) != 1:
            return period
        base = int(year_text(bases[0]))
        return f"{base}-{period}" if int(period) - base > 1 else period

    def _relative_before_in_clause(self, index: int, before: list[Figure]) -> str | None:
        """'The programme covers the years 2025 to 2036 and sits on top of the regular defence budget, which for this
        year comes to roughly EUR 6.1 billion': a relative period in the figure's own clause before it, when every
        year before the figure stands past that clause's break, is the figure's."""
        start = self.clause(index)[0]
        if not before or before[-1].end > start:
            return None
        figure = self.values[index]
        return self.relative_period(start, figure.start, inside_aside=figure.start in self.asides)

    def _own_clause_year(self, before: Figure, figure: Figure, after: Figure) -> bool:
        """'contracted in 2020 for about USD 4.6 bn, with the first aircraft handed over in 2024': a year in the
        figure's own clause before it, nothing breaking the clause between, is the figure's rather than one past a
        clause break after it (a deadline after it still sets the figure's time: '2% of GDP, to be met by 2030')."""
        if any(self.words[p] in CLAUSE_BREAKS for p in range(before.end, figure.start)):
            return False
        return self._past_a_clause_break(figure, after)

    def _past_a_clause_break(self, figure: Figure, year: Figure) -> bool:
        """A year after the figure, past a break of its clause, that is no deadline ('2% of GDP, to be met by 2030'
        sets the figure's time) nor when it takes effect ('raised to 2%, applying from 2016')."""
        breaks = any(self.words[p] in CLAUSE_BREAKS for p in range(figure.end, year.start))
        effective = self.table.effective_from.ending_at(self.words, year.start)  # 'applying from 2016'
        return breaks and not is_deadline(self, year) and not effective

    def _not_the_figures(self, position: int) -> bool:
        """A relative period no figure is of: a base it is compared with ('up 9.5% on the previous year', 'more than
        last year') or the date of an event ('the plan adopted last year')."""
        compared = self._compared_back(position, relative=True) or self.table.comparison.ending_at(self.words, position)
        return bool(compared) or self._dates_an_event(position) or _base_of_a_share(self, position)

    def _dates_an_event(self, position: int) -> bool:
        """'adopted last year', 'announced this year': a relative period right after an event word dates the event."""
        return bool(self.table.events.ending_at(self.words, position))

    def _compared(self, position: int) -> bool:
        """Whether a token sits in the region of a figure that is itself a comparison ('against €2.75 billion'), or
        after one in its clause ('than the €295 billion voted under the previous law for 2019–2025')."""
        regions = [(index, self.region(index)) for index in range(len(self.values))]
        at = next((i for i, (left, right) in regions if left <= position < right), None)
        return (at is not None and compared_figure(self, at)) or _compared_base_before(self, position) is not None

    def sentence_period(self, told_at: int | None = None) -> str | None:
        """The year the sentence speaks of: its first year that is neither a comparison nor a deadline; for a figure
        told at `told_at`, nor a year dating an earlier value before it."""
        for year in self.years:
            if year.day_month:
                continue  # a day and month date their own part of the sentence only (`segment_period`)
            if told_at is not None and _dates_another_than(self, year, told_at):
                continue  # 'up from EUR 6.22 bn in 2023 — a rise of 12%': the base's year, not the story's
            if not (
                self.comparison(year) or is_deadline(self, year) or self._event(year) or self._compared(year.start)
            ):
                return year_text(year)
        for position in range(len(self.tokens)):
            relative = self.table.relative.starting_at(self.words, position)
            if position in self.asides:
                continue  # ', which hosts next year's summit,': the aside's time, not the sentence's
            if self._dates_an_event(position):
                continue  # 'The long-term plan adopted last year adds NOK 600 billion': the plan's date
            if (relative or self.table.anaphoric.starting_at(self.words, position)) and not self._compared(position):
                return self.relative_period(position, position + 1)
        return None

    def _carried_period(self, kind: str) -> str | None:
        """'That is about 6.3% of GDP', 'Russia, meanwhile, put 7.1% …', 'The government puts this at 4.81%': a
        sentence opening on the previous one, pointing back at its figure, or saying it speaks of the same time,
        speaks of its period. A deadline the previous sentence only set carries
        to a share of GDP, a part of that goal ('5% by 2035. Of that, 3.5% …'), not to anything else ('… 5% by 2035.
        It is also buying 12 F-35A jets')."""
        if self.context.sentence_deadline and kind != "share_of_gdp":
            return None
        if kind == "change" and _measured_from_before(self, self.context.sentence_period):
            return self.context.sentence_period
        if self.context.sub_item:  # '- … reached €71.8 bn in 2023', then '  - Investment made up 26 % of the total'
            return self.context.sentence_period
        opener = _opener(self)
        same_time = self.table.same_time.within(self.words, 0, len(self.words))
        pointing = self.table.pointing_back.within(self.words, 0, len(self.words))  # 'puts this at 4.81%'
        return self.context.sentence_period if opener in self.table.carry_openers or same_time or pointing else None

    def told_in_past(self) -> bool:
        """'Poland led at 4.12%', 'Spain was lowest', 'the cut was agreed': a verb in the past tense (a participle
        after a present auxiliary is not one: 'is put at 2.06%', 'has raised', 'will hit')."""
        for position, word in enumerate(self.words):
            named = self.tokens[position].text[:1].isupper()  # 'the United States' is no verb
            past = word in self.table.past_tense or (_ends_in_ed(word, self.table) and not named)
            if past and not (position > 0 and self.words[position - 1] in self.table.present_auxiliaries):
                return True
        return False

    def told_now(self) -> bool:
        """'It is also buying 12 F-35A jets', 'allies are fully on board', 'will cost': told in the present (or of
        what is to come), and in no past tense."""
        return any(word in self.table.present_markers for word in self.words) and not self.told_in_past()

    def _anaphor_year(self, position: int) -> str | None:
        """'estimates published in June 2024 showed 23 of 32 allies at or above 2% that year': 'that year' is the
        last year the sentence named before it (a deadline or a comparison is no year anything was of)."""
        years = [y for y in self.years if y.end <= position and not (is_deadline(self, y) or self.comparison(y))]
        return year_text(years[-1]) if years else None

    def relative_period(
        self, start: int, end: int, *, inside_aside: bool = True, from_stated: bool = False
    ) -> str | None:
        """A relative period ('last year', 'this year') in the span; one inside an aside (', which hosts next
        year's summit,') speaks for a figure only inside that aside. `from_stated`: the span is a figure's own clause
        after it, where a time counted back ('a decade earlier') counts from the year the sentence stated before."""
        for position in range(start, end):
            if self.table.anaphoric.starting_at(self.words, position):
                # '… agreed in Wales in 2014. That year only three allies met it.': the event's year is pointed at
                earlier = self._anaphor_year(position) or self.context.event_year or _spoken_before(self.context)
                if earlier:
                    return earlier
        if self.year is None:
            return None
        for position in range(start, end):
            length = self.table.relative.starting_at(self.words, position)
            relative = self.table.relative_offset(self.words[position : position + length]) if length else None
            if relative and (position in self.asides) and not inside_aside:
                continue
            if relative and not self._not_the_figures(position):
                offset, from_story = relative
                if from_story and self.context.counting_the_documents_period:
                    return None
                stated = self._stated_year_before(position, length) if from_stated else None
                if stated is not None and isinstance(offset, int):
                    return str(stated + offset)
                period = _offset_period(self.context, offset, from_story=from_story, year=self.year)
                if period:
                    return period
        return None

    def _stated_year_before(self, position: int, length: int) -> int | None:
        """'216,000 in 2024, compared with fewer than 100,000 a decade earlier': the year the sentence stated before a
        relative period that counts back from it (no deadline, no span of years), else None."""
        if self.words[position : position + length] not in _counted_from_stated_year():
            return None
        years = [y for y in self.years if y.end <= position and not is_deadline(self, y)]
        text = year_text(years[-1]) if years else ""
        return int(text) if text.isdigit() else None

    def _event(self, year: Figure) -> bool:
        """A year that dates something: a full date ('on 25 June 2025') or a year next to an event word
        ('signed in 2022', 'joined in April 2023', 'the 2022 Homeland Defence Act'); never a span of years ('the
        equipment plan for 2023 to 2033' is what the plan's figures are of)."""
        if a_span(year) or _labels_a_plan(self, year):
            return False
        start = year.start
        if start > 1 and self.words[start - 1] in self.table.months and self.words[start - 2].isdigit():
            return True
        start = date_start(self.words, start, self.table.months)
        if american_date(self.words, year.start, self.table.months):
            return True  # 'on June 9, 2025': a full date
        if self.table.events.within(self.words, max(0, start - EVENT_REACH_BEFORE), start):
            return True
        return any(
            length and not self._dated_after(position + length)
            for position in range(year.end, min(len(self.words), year.end + EVENT_REACH_AFTER))
            for length in [self.table.events.starting_at(self.words, position)]
        )

    def _dated_after(self, position: int) -> bool:
        """'the draft for 2025, approved on 24 June', 'data for the year 2024 will be published in early 2026': an
        event word followed by a date of its own ('on 24 June', 'in May', 'in early 2026'), so the year before it is
        what the thing is of, not the event's."""
        rest = self.words[position : position + DATE_AFTER_EVENT_REACH]
        if not rest or rest[0] not in self.table.raw.event_date_before:
            return False
        end = position + DATE_AFTER_EVENT_REACH
        return bool(self.table.months & set(rest[1:])) or any(position < year.start < end for year in self.years)


def _date_stamp_after(reading: Periods, figure: Figure, year: Figure) -> bool:
    """'LT 2026–2030: 5–6% of GDP a year (decided 17 Jan 2025)': a full date in a bracket opened after a figure a year
    before it dates stamps when it was said or decided, not the time the figure is of ('€100bn special fund (Scholz,
    27 Feb 2022)', dated by nothing else, is of the day it was announced)."""
    bracketed = "(" in reading.words[figure.end : year.start]
    day = year.start > 1 and reading.words[year.start - 2].isdigit()
    dated_before = any(other.end <= figure.start for other in reading.years)
    return bracketed and day and dated_before and reading.words[year.start - 1] in reading.table.months


def _labels_a_plan(reading: Periods, year: Figure) -> bool:
    """'PL 2025 plan: 4.7% of GDP', 'Budget 2026 draft: …': a year right before the event word closing a bullet's label
    (its colon next, a figure after it) names what the plan or draft is for, the year its figures are of."""
    length = reading.table.events.starting_at(reading.words, year.end)
    closing = year.end + length
    labelled = length and reading.words[closing : closing + 1] == [LABEL_COLON]
    return bool(labelled) and any(value.start > closing for value in reading.values)


def _compared_base_before(reading: Periods, position: int) -> int | None:
    """'40% larger than the €295 billion voted under the previous law for 2019–2025': the base compared with that a
    token comes after, in the base's clause with no figure or year between (its index), else None."""
    before = [index for index, figure in enumerate(reading.values) if figure.end <= position]
    if not before or not compared_figure(reading, before[-1]):
        return None
    between = range(reading.values[before[-1]].end, position)
    if any(reading.words[p] in CLAUSE_BREAKS for p in between) or any(y.start in between for y in reading.years):
        return None
    return before[-1]


def compared_figure(reading: Periods, index: int) -> bool:
    """The figure is a base compared with ('up from 1.64% in 2023', 'more than the €10 billion of the old law'), or
    one listed after such a base by 'and' ('up from 1.64% in 2023 and 1.15% in 2014')."""
    start, words, table = reading.values[index].start, reading.words, reading.table
    while start > 0 and words[start - 1] in table.apposition - {","}:
        start -= 1
    if table.comparison.ending_at(words, start) or table.comparison_reach.ending_at(words, start):
        return True
    determined = start  # 'than the €172.8 billion of the 2019–2025 law': the base after its determiner ('over the
    while determined > 0 and words[determined - 1] in YEAR_DETERMINERS:  # seven years' is no base)
        determined -= 1
    if determined < start and table.comparison_reach.ending_at(words, determined):
        return True
    return index > 0 and words[start - 1 : start] == ["and"] and compared_figure(reading, index - 1)


def counted_span(reading: Periods) -> tuple[int, int, str] | None:
    """'over 12 years to 2036', 'over the next ten years until 2035': where the phrase stands (its first word and the
    word past it) and the span of years it counts back from its last year ('2025-2036'), else None."""
    words, table = reading.words, reading.table
    for year in reading.years:
        if year.day_month:
            continue
        if "-" in (year.period_text or ""):
            named = _span_named_after_its_count(reading, year)
            if named is not None:
                return named
            continue
        link = table.counted_span_links.ending_at(words, year.start)
        unit = year.start - link - 1
        if not link or unit < 1 or words[unit] not in table.raw.counted_span_units:
            continue
        count = _years_counted(words[unit - 1])
        opener = table.counted_span_openers.ending_at(words, unit - 1) if count else 0
        if count and opener:
            last = int(year.value)
            return unit - 1 - opener, year.end, f"{last - count + 1}-{last}"
    return None


def _in_a_clause_of_its_own(words: list[str], table: Cues, figure: Figure, year: Figure) -> bool:
    """'raised its order from 90 to 115 aircraft, and it is developing a new jet, which aims to field it by 2035': a
    year past a comma and a conjunction opening a clause with a subject of its own (a pronoun) is that clause's
    time, no figure's before it (nor its deadline)."""
    return any(
        words[p] == ","
        and words[p + 1] in CLAUSE_JOINS
        and table.pronouns.starting_at(words, p + 2)
        and words[p + 2] not in frame_data().modifier_after  # ', and its 2024–2030 law': named above
        for p in range(figure.end, min(year.start, len(words) - 2))
    )


SPAN_NAMED_REACH = 6  # words from 'over 12 years' to the span it names ('…, covering the period 2025–2036')


def _span_named_after_its_count(reading: Periods, year: Figure) -> tuple[int, int, str] | None:
    """'NOK 600 billion over 12 years, covering the period 2025–2036': a span of as many years as the phrase just
    before it counts is the span it counts; where the phrase stands, the word past the span, and the span."""
    words, table = reading.words, reading.table
    first, _, last = (year.period_text or "").partition("-")
    if not (YEAR_ALONE.fullmatch(first) and YEAR_ALONE.fullmatch(last)):
        return None
    for unit in range(year.start - 1, max(1, year.start - SPAN_NAMED_REACH) - 1, -1):
        if words[unit] not in table.raw.counted_span_units:
            continue
        count = _years_counted(words[unit - 1])
        opener = table.counted_span_openers.ending_at(words, unit - 1) if count else 0
        if opener and count == int(last) - int(first) + 1:
            return unit - 1 - opener, year.end, f"{first}-{last}"
    return None


def _counted_span_of(reading: Periods, index: int) -> str | None:
    """The counted span of the figure's own clause (the phrase in its region, or the figure inside the phrase), or of
    a figure its clause says is 'over the period' the sentence counted."""
    counted = counted_span(reading) or _document_span_counted(reading)
    if counted is None:
        return None
    start, end, span = counted
    left, right = reading.region(index)
    figure = reading.values[index]
    if left <= start < right or start <= figure.start < end:
        return span
    for position in range(left, right):
        length = reading.table.relative.starting_at(reading.words, position)
        offset = reading.table.relative_offset(reading.words[position : position + length]) if length else None
        if offset is not None and offset[0] == DOCUMENT_SPAN:
            return span
    return None


def _document_span_counted(reading: Periods) -> tuple[int, int, str] | None:
    """'The law programmes €413 billion of needs over seven years', in a document on the 2024–2030 law: a span
    counted with no last year of its own, as many years as the span the document is about, is that span."""
    span = reading.context.document_span
    first, _, last = (span or "").partition("-")
    if not (first.isdigit() and last.isdigit()):
        return None
    words, table = reading.words, reading.table
    for unit, word in enumerate(words):
        if word not in table.raw.counted_span_units or unit < 2:
            continue
        if table.counted_span_links.starting_at(words, unit + 1):
            continue  # 'over 12 years to 2036' counts back from its own year (`counted_span`)
        count = _years_counted(words[unit - 1])
        opener = table.counted_span_openers.ending_at(words, unit - 1) if count else 0
        if opener and count == int(last) - int(first) + 1:
            return unit - 1 - opener, unit + 1, f"{first}-{last}"
    return None


def _years_counted(word: str) -> int | None:
    """'12', 'ten': a number of years a span counts back, in digits or in words."""
    count = word if word.isdigit() else cues().raw.numbers.get(word)
    return int(count) if count is not None and 1 < int(count) <= MOST_YEARS_COUNTED else None


def year_text(year: Figure) -> str:
    """A year as its period is written: '2024', or a fiscal year's '2029-30'."""
    return year.period_text or str(int(year.value))


PUNCTUATION_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")"})  # not 'or': 'meet or exceed that level this year'


def relative_after(reading: Periods, figure: Figure, right: int) -> str | None:
    """'since … in 2014, all 32 Allies are expected to meet or exceed that level this year': a relative period after
    the figure in its own part of the sentence, past the clause's 'or', before a year ahead of it; never past
    punctuation, nor after a count pointing back ('the count was 11, …, and this year it has …')."""
    if figure.elided:
        return None
    end = next((at for at in range(figure.end, right) if reading.words[at] in PUNCTUATION_BREAKS), right)
    return reading.relative_period(figure.end, end, inside_aside=figure.start in reading.asides)


@cache
def _counted_from_stated_year() -> list[list[str]]:
    return [phrase.split() for phrase in cues().raw.counted_from_stated_year]


def _offset_period(context: Context, offset: int | str, *, from_story: bool, year: int) -> str | None:
    """The period a relative period's offset names: so many years from the document's year (or its story's), the end
    of its decade, the years after it to that end ('for the rest of the decade' in 2024: 2025-2029), or the span of
    years its title names ('over the period')."""
    if offset == "document_span":
        return context.document_span
    story = context.entry_period or context.document_period  # a dated entry's story is told from its date
    base = int(story[:4]) if from_story and story and story[:4].isdigit() else year
    if offset == "decade_end":
        return str(base // 10 * 10 + 9)
    if offset == "decade_rest":
        return f"{base + 1}-{base // 10 * 10 + 9}"
    return str(base + offset) if isinstance(offset, int) else None


def year_of_its_clause(reading: Periods, figure: Figure) -> str | None:
    """'Ottawa agreed in January 2023 to buy 88 F-35 jets in a deal worth about $19 billion': a figure with no time of
    its own is of the year its clause states before the figure before it, nothing breaking the clause between them
    (not a deadline's, not a year it is compared with)."""
    earlier = [year for year in reading.years if year.end <= figure.start and not reading.comparison(year)]
    if not earlier or figure.start in reading.asides:
        return None
    year = earlier[-1]
    if year.start in reading.asides or is_deadline(reading, year):
        return None
    if any(reading.words[position] in CLAUSE_BREAKS for position in range(year.end, figure.start)):
        return None
    return year_text(year)


def _dates_an_earlier_number(reading: Reading, start: int) -> bool:
    """'18 of 32, up from 11 in 2023': the year after an earlier value ('up from', 'compared with') and 'in' dates that
    value only, even a bare number read as no figure of its own; the figures before it are of another time."""
    words = reading.words
    if start < EARLIER_NUMBER_WORDS or words[start - 1] != "in" or not _bare_number(words[start - 2]):
        return False
    if any(figure.start <= start - 2 < figure.end for figure in reading.values):
        return False  # 'up from 11 in 2023' with 11 a figure: the year is that figure's own
    return bool(reading.table.restated_from.ending_at(words, start - 2))


def _base_of_a_share(reading: Reading, position: int) -> bool:
    """'no less than 1.95% of the previous year's GDP': a relative period right after the 'of' closing a
    percentage, before the economy's name, names the year whose economy the share is taken of, not the figure's
    ('one third of next year's total' is of next year)."""
    if position == 0 or reading.words[position - 1] != "of":
        return False
    economy = reading.table.gdp.within(reading.words, position, position + BASE_REACH)
    return bool(economy) and any(
        figure.end == position - 1 and figure.kind is FigureKind.PERCENT for figure in reading.values
    )


def dates_an_earlier_figure(reading: Reading, year: Figure, figure: Figure | None = None) -> bool:
    """'13.6% of the market, slightly down from 14.6% in 2023, while hybrids climbed to 30.9%', 'up from EUR 6.22 bn,
    or 2.80% of GDP, in 2023 — a real-terms increase of roughly 12%': the year after an earlier value ('down from',
    'up from'), the same value told another way beside it, and 'in' dates that value only, not a figure after it."""
    dated = earlier_values_dated(reading, year)
    return bool(dated) and all(reading.values[index] is not figure for index in dated)


def earlier_values_dated(reading: Reading, year: Figure) -> list[int]:
    """The figures a year right after them dates as an earlier value: 'up from EUR 6.22 bn, or 2.80% of GDP, in 2023'
    (both), 'down from 14.6% in 2023'; none when no 'from' opens them."""
    start = _past_a_part_of_its_decade(reading.words, year.start)
    if start < EARLIER_NUMBER_WORDS or reading.words[start - 1] != "in":
        return []
    end = start - 1 - (reading.words[start - 2] == ",")
    last = next((i for i, f in enumerate(reading.values) if end in (f.end, reading.tails[i])), None)
    if last is None:
        return []
    index = last
    while not reading.table.restated_from.ending_at(reading.words, _past_a_hedge(reading, reading.values[index])):
        if index == 0 or reading.words[reading.values[index - 1].end : reading.values[index].start] != [",", "or"]:
            return []
        index -= 1  # 'EUR 6.22 bn, or 2.80% of GDP': the same value told another way
    return list(range(index, last + 1))


def _compared_at(reading: Periods, position: int, *, relative: bool) -> bool:
    """A comparison's words end at `position` ('than', 'since'); for a relative period, a level said to be above or
    below it too ('24.5 per cent of the total, slightly below their share a year earlier'; data:
    relative_comparison_words, before a determiner)."""
    if reading.table.comparison_reach.ending_at(reading.words, position):
        return True
    levels = reading.table.raw.relative_comparison_words
    determined = reading.words[position : position + 1] in ([d] for d in YEAR_DETERMINERS)
    return relative and reading.words[position - 1] in levels and determined


def _dates_another_than(reading: Periods, year: Figure, told_at: int) -> bool:
    """The year dates an earlier value, not the figure told at `told_at`: one after it ('That was up from EUR 6.22
    bn in 2023 — a rise of 12%'), or the level a move went to before it ('risen to 80 per cent, from 20 per cent in
    2004'; a change told before its base, 'risen three times, from PLN 57.7 billion in 2022', keeps its year)."""
    told = next((figure for figure in reading.values if figure.start == told_at), None)
    if not dates_an_earlier_figure(reading, year, told):
        return False
    if year.end <= told_at:
        return True
    return told is not None and reading.words[_past_a_hedge(reading, told) - 1 : told.start][:1] == [MOVED_TO]


def _past_a_part_of_its_decade(words: list[str], start: int) -> int:
    """Where 'the early 2000s', 'the mid 1990s' begins (data: decade_parts); else `start`."""
    parts = cues().raw.decade_parts
    if start >= DECADE_PART_WORDS and words[start - 1] in parts and words[start - 2] == "the":
        return start - DECADE_PART_WORDS
    return start


DECADE_PART_WORDS = 2  # 'the early'
MOVED_TO = "to"  # 'risen to 80 per cent': the level a move ends at


def _past_a_hedge(reading: Reading, figure: Figure) -> int:
    """Where an earlier value's words begin: before the one-word hedge making it approximate ('from roughly 20 per
    cent'), else at the figure."""
    start = figure.start
    return start - 1 if start and reading.words[start - 1] in label_hedges() else start


def _past_a_determiner(reading: Reading, start: int) -> int:
    """Where a year naming the thing after it ('the 2024 appropriation', 'its 2015 level') begins its phrase: before
    its determiner; after 'on' only right after a figure ('20.2% on the 2024 appropriation' compares, 'on the 2024
    estimates Poland stood at 4.12%' says by what)."""
    words = reading.words
    if start < 2 or words[start - 1] not in YEAR_DETERMINERS:
        return start
    if words[start - 2] == AMBIGUOUS_COMPARISON and not any(
        _right_after(reading, figure, start - 2) for figure in reading.values
    ):
        return start
    return start - 1


BASIS_WORDS = 3  # 'in lira terms', 'in real terms': a basis between a figure and what it is compared with
BASIS_END = "terms"


def _right_after(reading: Reading, figure: Figure, position: int) -> bool:
    """A figure ends right before `position`, or only the basis it is stated in lies between ('50 per cent in lira
    terms on its 2024 appropriation'; data: restated_in, or 'in … terms')."""
    between = reading.words[figure.end : position]
    if not between:
        return figure.end == position
    restated = reading.table.restated_in.starting_at(between, 0) == len(between)
    return restated or (len(between) <= BASIS_WORDS and between[0] == "in" and between[-1] == BASIS_END)


def _labelling_year(reading: Periods, figure: Figure) -> Figure | None:
    """The year labelling the figure whatever else it is: a bracket's ('(Q3 2024: €1.98 billion)'), or the one of the
    phrase naming what the figure is of ('the 2024 appropriation of EUR 51.95 bn'), or the colon's before it ('plan
    for 2025: …')."""
    label = next((y for y, end in reading.labelled_brackets if y.start < figure.start < end), None)
    label = label or _year_of_its_phrase(reading, figure) or year_glossed(reading, figure)
    return label or _year_colon(reading, figure)


def _year_colon(reading: Reading, figure: Figure) -> Figure | None:
    """'And 4.7 is Warsaw's plan for 2025: 186.6 billion zloty': a year ('for 2025', 'in 2024') closing the words a
    colon spells out, the figure right after that colon, dates the figure."""
    colon = figure.start - 1
    if colon < 1 or reading.words[colon] != LABEL_COLON:
        return None
    year = next((year for year in reading.years if year.end == colon and not year.day_month), None)
    # 'for 2025:', 'in 2024:' — not a day's date ('The Hague Summit Declaration, 25 June 2025: 5 per cent …')
    led = year is not None and reading.words[year.start - 1 : year.start] in (["for"], ["in"])
    return year if led else None


def year_glossed(reading: Reading, figure: Figure) -> Figure | None:
    """'= 2× 2017 (€32bn)', 'from 2017 (€32bn) to 2027': a bracket opening on the figure right after a year says
    what that year's figure was, whatever the year is compared with."""
    opening = figure.start - 1
    if opening < 1 or reading.words[opening] != "(":
        return None
    return next((year for year in reading.years if year.end == opening and not year.period_text), None)


def _year_of_its_phrase(reading: Reading, figure: Figure) -> Figure | None:
    """'on the 2024 appropriation of EUR 51.95 bn': a year naming the thing whose figure follows its 'of' dates that
    figure, though it is the year another figure is compared with."""
    if figure.start < 1 or reading.words[figure.start - 1] != "of":
        return None
    return next(
        (
            year
            for year in reading.years
            if 0 < figure.start - year.end <= PHRASE_YEAR_REACH
            and reading.words[year.start - 1 : year.start] == ["the"]
            and not any(w in CLAUSE_BREAKS for w in reading.words[year.end : figure.start])
            and not any(year.end <= other.start < figure.start for other in reading.values)
        ),
        None,
    )


def _bare_number(word: str) -> bool:
    return word.replace(",", "").replace(".", "", 1).isdigit()


def names_a_law(reading: Reading, year: Figure) -> bool:
    """'the Fiscal Responsibility Act of 2023', 'the Appropriations Act, 2024': a year closing a law's name (a
    capitalised law noun, then 'of' or a comma) is part of the name, the time of no figure beside it."""
    at = year.start
    if at < LAW_NAME_REACH or reading.words[at - 1] not in LAW_NAME_LINKS:
        return False
    noun = reading.tokens[at - LAW_NAME_REACH]
    return noun.word in reading.table.raw.law_nouns and noun.text[:1].isupper()


def _level_set_against(reading: Reading, start: int, year: Figure) -> bool:
    """'$29.4 billion, slightly below its FY24 level', 'slightly below FY2024 levels': a year naming the level (data:
    compared_level_nouns) a figure is set above or below is the base it is compared with, never its time."""
    words, raw = reading.words, reading.table.raw
    setting = start > 0 and words[start - 1] in raw.relative_comparison_words
    return setting and words[year.end : year.end + 1] in ([noun] for noun in raw.compared_level_nouns)


def _change_base(reading: Reading, start: int) -> bool:
    """'a jump of 38% from 2023', 'up 9% from 2023', 'falls by $3.1 billion from the FY2024 enacted level': the year
    right after a change's percentage or amount and 'from' is the base it is measured from ('at least 5% from 2027',
    a level, starts then)."""
    words = reading.words
    if start < 1 or words[start - 1] != CHANGE_BASE_WORD:
        return False
    changes = [f for f in reading.values if f.kind in CHANGE_BASE_FIGURES and f.end == start - 1]
    if not changes:
        return False
    figure = changes[0]
    if figure.kind is FigureKind.MONEY:  # an amount is a change only by the words right before it ('falls by')
        return bool(reading.table.money_change_before.ending_at(words, figure.start))
    reach = max(0, figure.start - CHANGE_WORD_REACH)
    return bool(
        figure.points
        or reading.table.change.within(words, reach, figure.start)
        or reading.table.change_before.ending_at(words, figure.start)
    )


def segment_period(reading: Periods, figure: Figure) -> str | None:
    """The last year named before a figure in its own part of the sentence (between ';' or ':'), when the
    figure's clause names none: '…; and only in 2024, on NATO's estimates, did 23 of the 32 allies…'."""
    years = [
        y
        for y in reading.years
        if y.end <= figure.start
        and not reading._break_between(y.end, figure.start)
        and not (reading.comparison(y) or is_deadline(reading, y) or reading._event(y))
        and not dates_an_earlier_figure(reading, y, figure)
    ]
    if years:
        return year_text(years[-1])
    # 'VAT went up from 22% to 24% on 1 July': a day and month dates the figures of its own part of the sentence
    # (not those past a semicolon: '…, speaking on 5 March, said …; his ministers have since floated 3%')
    dated = [
        y
        for y in reading.years
        if y.day_month
        and not reading._break_between(min(y.end, figure.end), max(y.start, figure.start))
        and not (reading.comparison(y) or is_deadline(reading, y) or reading._event(y))
    ]
    return year_text(dated[0]) if dated else None


def is_deadline(reading: Periods, year: Figure) -> bool:
    """A year a deadline phrase comes before ('by 2035', 'no later than fiscal year 2030–31')."""
    return bool(_deadline_words(reading, year))


def bounds_a_plan(reading: Periods, year: Figure) -> bool:
    """'to raise spending to at least 5% of GDP from 2026', 'to reach 3% by 2030': a year a plan starts from or is to
    be met by."""
    starts = year.start > 0 and reading.words[year.start - 1] == CHANGE_BASE_WORD
    return starts or is_deadline(reading, year)


def _deadline_words(reading: Periods, year: Figure) -> int:
    """'by 2035', 'by June 2026', 'no later than fiscal year 2030–31': the words of a deadline phrase before the year,
    past its month and day and the words naming it a budget year (0: none)."""
    start = year.start
    words = reading.words
    fiscal = fiscal_year_words()
    while start > 0 and (
        words[start - 1] in reading.table.months or words[start - 1].isdigit() or words[start - 1] in fiscal
    ):
        start -= 1
    return reading.table.deadline.ending_at(words, start)


def _spoken_before(context: Context) -> str | None:
    """The year the sentences before spoke of; in a dated entry ('- **September 2014 – Wales summit:** … 2% by
    2024 …'), a year after the entry's date is one still to come when it was written, so 'that year' is the
    entry's own."""
    entry, spoken = context.entry_period, context.sentence_period
    ahead = bool(spoken and entry and spoken[:4].isdigit() and int(spoken[:4]) > int(entry))
    if entry and (context.sentence_deadline or ahead):
        return entry
    return spoken


def _ends_in_ed(word: str, table: Cues) -> bool:
    """'raised', 'agreed': a word ending in '-ed' as a past tense does ('need', 'indeed' do not)."""
    return len(word) > len("ed") + 1 and word.endswith("ed") and word not in table.not_past_ed


def _opener(reading: Periods) -> str:
    """The sentence's first word, past words saying only that it tells the previous figure in another unit ('In
    money that is …': 'that')."""
    words = [word for word in reading.words if word[:1].isalnum()]
    restated = reading.table.restated_in.starting_at(words, 0)
    return words[restated] if restated < len(words) else ""


def _measured_from_before(reading: Periods, before: str | None) -> bool:
    """'• 2025: €62.4bn', then '• +€10.4bn vs 2024': a list item's change whose only years are the ones it is
    measured from, each before the year the item before spoke of, is the change to that year (a sentence of prose
    says its own year: 'Japan's 21% jump was its largest since 1952' is of no year the one before spoke of)."""
    if not (before and before.isdigit() and LIST_ITEM.match(reading.text)):
        return False
    return bool(reading.years) and all(reading.comparison(year) and year.value < int(before) for year in reading.years)


def dated_by_an_event(reading: Periods, figure: Figure, period: str | None) -> bool:
    """Whether the figure's period is a year after it that the sentence gives an event ('the EUR 100 billion special
    fund agreed in 2022'): the date of the thing the figure is of, not the time the sentences after it speak of (a
    year before the figure, 'The draft Budget Act for 2026 … plans PLN 200.1 billion', is the figure's own)."""
    return period is not None and any(
        year.start >= figure.end and year_text(year) == period and reading._event(year) for year in reading.years
    )
