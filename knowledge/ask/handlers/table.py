"""Whole-table answers: which measure a table question is about, then a ranking, a list of the allies
meeting a condition or their count — or, for one ally, its trend (`trend`) or a yes/no check (`check`)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import replace

from knowledge import aggregate, domain, lexicon, phrasing
from knowledge.aggregate import Intent, TableQuestion
from knowledge.ask.handlers.check import check, check_stated
from knowledge.ask.handlers.trend import trend
from knowledge.ask.index import IN_US_DOLLARS, FactIndex, label_for
from knowledge.ask.intent import SHARE_WORDS, question_kinds
from knowledge.ask.measures_asked import change_measures
from knowledge.ask.quantities import asks_the_economy_alone, counts_people
from knowledge.ask.render import Renderer
from knowledge.ask.retrieve import PERCENT_WORDS, measure_score, question_forms
from knowledge.ask.suggest import Suggester
from knowledge.ask.types import RANKING, SUGGEST_SCORE, Draft, Reply
from knowledge.ask.verify_quantity import REAL_WORDS
from knowledge.measures import MEASURES, MeasureRole, QuestionKind, measure_in_role
from knowledge.models import Fact, Unit
from knowledge.question import Question

SPAN_WORDS = domain.question_words().table_questions.span_words
FIGURE = re.compile(r"[\d.,]+%?")
FEW_LEFT_OUT = 3  # a count leaving out this many allies or fewer names them
GUIDELINE = 2.0  # the share of GDP other documents count the allies meeting (their "22 of 32")
LINE_REACH = 2.0  # a bare line past this many times a column's largest figure is no line of that column


def _names_a_span(question: Question) -> bool:
    """'since 2014', 'over the decade' name a span of years; 'over 2 percent in 2014' a line one year's figure is
    over, not a span (a span word right before a figure that is no year)."""
    years = {str(year) for year in question.years}
    words = question.words
    return any(
        word in SPAN_WORDS
        and not (at + 1 < len(words) and FIGURE.fullmatch(words[at + 1]) and words[at + 1] not in years)
        for at, word in enumerate(words)
    )


@dataclasses.dataclass(frozen=True)
class Rows:
    """A table column in the scope of a question: the rows, their period and how to word them."""

    period: str
    rows: list[Fact]
    label: str
    estimate: str  # " (estimates)" when any row is an estimate
    latest: str  # "— the latest year in the tables, 2024" when no year was asked, and any currency note
    scope: str  # " European" when the question leaves the US and Canada out


class TableAnswers:
    def __init__(self, index: FactIndex, render: Renderer, suggester: Suggester) -> None:
        self.index = index
        self.render = render
        self.suggester = suggester
        self._largest: dict[str, float] = {}  # each table measure's largest figure, for the lines within reach

    def answer(self, question: str, parsed: Question, spec: TableQuestion) -> Reply | None:
        measure = self.measure(parsed, spec)
        if measure is None:
            if spec.intent is Intent.CHECK:  # no table has a row: a document's statement of the share
                return check_stated(self.index, self.render, question, parsed, spec)
            return None
        if spec.intent is Intent.TREND:
            return trend(self.index, self.render, self.suggester, question, parsed, spec, measure)
        if spec.intent is Intent.CHECK:
            return check(self.index, question, parsed, spec, measure)
        if spec.between_years:
            return self._between_years(question, parsed, spec, measure)
        if spec.intent is Intent.RANKING and _ranks_falls(parsed, spec, measure):
            # 'the steepest drop', 'cut the most': the largest fall is the lowest change, not the highest; 'the
            # smallest decline': of the falls (the changes below zero), the highest
            falls = replace(spec, ascending=False, threshold=0.0, below=True, strict=True)
            spec = falls if spec.ascending else replace(spec, ascending=True)
        return self._column_answer(question, parsed, spec, measure)

    def _between_years(self, question: str, parsed: Question, spec: TableQuestion, measure: str) -> Reply:
        """Each ally's row in one year against its row in another: those lower (or higher), counted or listed."""
        base, other = (str(year) for year in spec.years)
        earlier = {
            f.subject: f for f in aggregate.rows_in_scope(self.index.by_measure_period.get((measure, base), []), spec)
        }
        later = aggregate.rows_in_scope(self.index.by_measure_period.get((measure, other), []), spec)
        pairs = [(earlier[fact.subject], fact) for fact in later if fact.subject in earlier]
        if not pairs:
            return self.suggester.no_table_data(question, parsed, measure, base if not earlier else other)
        chosen = (
            [pair for pair in pairs if (pair[1].value or 0.0) < (pair[0].value or 0.0)]
            if spec.below
            else [pair for pair in pairs if (pair[1].value or 0.0) > (pair[0].value or 0.0)]
        )
        chosen.sort(key=lambda pair: (pair[1].value or 0.0) - (pair[0].value or 0.0), reverse=not spec.below)
        comparison = "lower" if spec.below else "higher"
        estimate = " (estimates)" if any(fact.estimate for pair in pairs for fact in pair) else ""
        scope = _among(spec.within) or _leaving_out(spec.excluded)
        compared = f"with a {comparison} {label_for(measure)} in {other} than in {base}"
        headline = f"{len(chosen)} {_allies(len(chosen))}{scope} {compared}{estimate}"
        calculation = (
            f"compared each ally's {other} figure with its {base} figure: {len(chosen)} of {len(pairs)} with figures "
            f"for both years {comparison}"
        )
        lines = [f"**{headline}** — {calculation}:"]
        for number, (before, after) in enumerate(chosen, start=1):
            lines.append(
                f"{number}. {after.subject} **{phrasing.format_value(before)} → {phrasing.format_value(after)}** "
                f"({before.citation.locator}; {after.citation.locator})"
            )
        facts = [fact for pair in chosen for fact in pair]
        lines.extend(self._sources(facts))
        values = [float(len(chosen)), *(fact.value for fact in facts if fact.value is not None)]
        return Draft(question, lines, headline, facts, values=values, confidence=0.85, calculation=calculation)

    def _column_answer(self, question: str, parsed: Question, spec: TableQuestion, measure: str) -> Reply:
        """A ranking, list or count over one column of every ally's rows."""
        if measure in IN_US_DOLLARS:
            # Zlotys and euros don't rank against each other: compare allies in US dollars at the same prices
            measure = IN_US_DOLLARS[measure]
            currency_note = " (national currencies don't compare across allies, so this is in US dollars)"
        else:
            currency_note = ""
        period = self.index.table_period(measure, spec.years)
        rows = aggregate.rows_in_scope(self.index.by_measure_period.get((measure, period), []), spec)
        if not rows:
            return self.suggester.no_table_data(question, parsed, measure, period)
        column = Rows(
            period=period,
            rows=rows,
            label=label_for(measure),
            estimate=" (estimates)" if any(fact.estimate for fact in rows) else "",
            latest=("" if spec.years else f" — the latest year in the tables, {period}") + currency_note,
            scope=" European" if spec.excluded >= _outside_europe() else "",
        )
        if spec.intent is Intent.RANKING:
            return self._ranking(question, spec, column)
        if spec.intent is Intent.LIST:
            return self._listed(question, spec, column)
        if spec.intent is Intent.OWNER:
            return _owner(question, spec, column, self._sources) if self._owner_in_tables(spec, column) else None
        return self._count(question, spec, column)

    def _owner_in_tables(self, spec: TableQuestion, column: Rows) -> bool:
        """An ally's row holds the figure given, or no document states it: else the figure is a document's ('the
        19.4% real increase — whose spending is that?' is the alliance's, stated in prose), and its statement
        answers whose it is."""
        if aggregate.holding(column.rows, spec):
            return True
        years = {str(year) for year in spec.years}
        return not any(
            fact.citation.cell is None and (not years or fact.period in years) and aggregate.holds(fact, spec)
            for fact in self.index.kb.facts
        )

    # ----- which measure -----

    def measure(self, question: Question, spec: TableQuestion) -> str | None:
        """The table measure a whole-table question is about; 'which ally…' asks for a row, not a person."""
        borrowed = [fact.measure for fact in question.context_facts if fact.measure in self.index.table_measures]
        if question.measure_from_context and borrowed:
            return borrowed[0]  # 'and which one spends the least?' ranks by the previous answer's measure
        kinds = question_kinds(question) - {QuestionKind.PERSON}
        if spec.intent is Intent.RANKING and spec.limit > 1:  # the 3 of 'which 3 allies' is no quantity
            question = dataclasses.replace(question, numbers=[n for n in question.numbers if n[0] != spec.limit])
        if spec.intent is not Intent.TREND and not counts_people(question.words):
            kinds.discard(QuestionKind.COUNT)  # "how many allies…" counts rows; the measure is what they are above
        if spec.intent is Intent.TREND and "real" not in question.word_set and QuestionKind.CHANGE in kinds:
            # 'by what % did spending grow from 2014 to 2024': the percentage is the change of a level, no share's
            # ('Greece's drop in defence share of GDP, in points' names its share by a word of its own)
            kinds -= {QuestionKind.CHANGE} if _names_a_share(question) else {QuestionKind.CHANGE, QuestionKind.SHARE}
        forms = question_forms(question)  # the question's words and stems, worked out once for every measure
        scores = {
            key: measure_score(MEASURES[key], question, kinds, forms)
            for key in sorted(self.index.table_measures)
            if key in MEASURES and self._fits_threshold(key, question, spec) and self._fits_span(key, question)
        }
        if spec.intent is Intent.TREND and "real" not in question.word_set:
            # "how has Germany's share of GDP changed since 2014": the share's trend, not the real-terms change
            scores = {key: score for key, score in scores.items() if key not in change_measures()}
        if spec.direction or aggregate.asks_a_multiple(question):  # 'which allies doubled …': a change's measure
            scores = {key: score for key, score in scores.items() if key in change_measures()}
        elif spec.intent is Intent.RANKING and _names_a_direction(question):
            # 'the biggest real decline in 2018': a ranking of rises or falls ranks a change the tables state, never a
            # level; none states the change of a level named by its own words ('the biggest rise in personnel')
            if _level_named(scores, forms):
                return None
            scores = {key: score + SUGGEST_SCORE for key, score in scores.items() if key in change_measures()}
        scores = {key: score for key, score in _as_the_verifier_reads(scores, question).items() if score > 0}
        if scores:
            headline = domain.question_words().headline_measure  # a tie falls to NATO's headline measure
            best = max(scores, key=lambda key: (scores[key], key == headline))
            if scores[best] >= SUGGEST_SCORE:
                return best
        # NATO's headline measure, for "how has Germany changed since 2014?" and "did Spain hit 2%?"
        wants_headline = spec.intent is Intent.TREND or question.concepts & {"gdp", "target"}
        headline = domain.question_words().headline_measure
        if not self.index.by_measure.get(headline) or not self._within_reach(headline, spec):
            return None
        return headline if (spec.threshold is not None and not spec.direction) or wants_headline else None

    def _within_reach(self, measure: str, spec: TableQuestion) -> bool:
        """A bare line no more than a few times the largest figure the column holds: 'the US pays 64%?' tests no
        share of GDP (the tables' largest is under 5%), it states a share of something else."""
        if spec.threshold is None:
            return True
        largest = self._largest.get(measure)
        if largest is None:
            largest = max((fact.value or 0.0 for fact in self.index.by_measure[measure]), default=0.0)
            self._largest[measure] = largest
        return spec.threshold <= LINE_REACH * largest

    def _fits_span(self, measure: str, question: Question) -> bool:
        """A change over a span ('2014-2024') answers 'since 2014' or 'from 2014 to 2024', not 'in 2014'."""
        if measure not in self.index.span_measures:
            return True
        return len(question.years) != 1 or _names_a_span(question)

    def _fits_threshold(self, measure: str, question: Question, spec: TableQuestion) -> bool:
        """'above 20%' is about a percentage; 'more than 100,000' about a count or an amount."""
        if spec.threshold is None or spec.direction:
            return True
        verifier = domain.question_words().verifier
        if measure in change_measures() and question.has(*verifier.goal_nouns, *verifier.line_met):
            return False  # 'the 2% guideline', 'the 20% equipment target', 'met 2%': a level to reach, never a change
        is_percent = self.index.by_measure[measure][0].unit in {Unit.PERCENT, Unit.PERCENT_OF_GDP}
        # a multiple ('doubled') is a change in percent
        multiple = aggregate.asks_a_multiple(question)
        # the 2% a bare 'guideline' or 'target' stands for is a share of GDP: no other share's line
        headline_line = spec.threshold == 2.0 and measure == domain.question_words().headline_measure
        names_percent = any(percent for _, percent in question.numbers) or headline_line or multiple
        return is_percent == names_percent

    # ----- the answers -----

    def _ranking(self, question: str, spec: TableQuestion, column: Rows) -> Draft:
        chosen = aggregate.ranking(column.rows, spec)
        order = "lowest" if spec.ascending else "highest"
        if spec.place:
            order = f"{phrasing.ordinal(spec.place)} {order}"  # 'the second highest': that place alone
        where = ", European allies" if column.scope else _leaving_out(spec.excluded)
        where += _among(spec.within)  # 'the top Baltic state' is the top of its field, not of the alliance
        condition = f" {aggregate.describe_condition(spec, column.rows[0])}" if spec.threshold is not None else ""
        headline = f"{order.capitalize()} {column.label}{condition}{where}, {column.period}{column.estimate}"
        if spec.closest:  # 'Closest to 2% of GDP — defence expenditure as a share of GDP, 2024'
            closeness = condition.strip()
            headline = (
                f"{closeness[:1].upper()}{closeness[1:]} — {column.label}{where}, {column.period}{column.estimate}"
            )
        intro = f"**{headline}**{column.latest}:"
        if spec.place_checked:
            return self._place_checked(question, spec, column, chosen, headline)
        ranking = self._table_list(question, intro, headline, chosen, [], first_place=spec.place or 1)
        line = [spec.threshold] if spec.closest and spec.threshold is not None else []  # ranked against, no figure
        return replace(ranking, operation=RANKING, conditions=line)  # 'and who was top in 2014?' asks it again

    def _place_checked(
        self, question: str, spec: TableQuestion, column: Rows, chosen: list[Fact], headline: str
    ) -> Reply | None:
        """Yes or no for the ally named at the ranking's end: the ally at that end and, when another, the named
        ally's own row and place beside it, each cited."""
        ordered = aggregate.ranking(column.rows, replace(spec, limit=len(column.rows), place=0))
        named = next((fact for fact in ordered if fact.subject == spec.place_checked), None)
        if named is None or not chosen:
            return None
        shown = [chosen[0]] if chosen[0] is named else [chosen[0], named]
        verdict = "Yes" if chosen[0] is named else "No"
        intro = f"**{verdict}** — {headline[0].lower()}{headline[1:]}{column.latest}:"
        lines = [intro]
        for fact in shown:
            place = ordered.index(fact) + 1
            lines.append(f"{place}. {fact.subject} **{phrasing.format_value(fact)}** ({fact.citation.locator})")
        lines.extend(self._sources(shown))
        values = [fact.value for fact in shown if fact.value is not None]
        return Draft(question, lines, f"{verdict}: {headline}", shown, values=values, confidence=0.85, yes_no=True)

    def _only_checked(self, question: str, spec: TableQuestion, column: Rows) -> Draft:
        """Yes or no by every ally past the line, each cited: whether the named ally is the only one, or whether
        anyone is; the nearest ally short of it is shown beside them, so the answer rests on more than one row."""
        chosen = aggregate.matching(column.rows, spec)
        named = spec.only_checked
        met = [fact.subject for fact in chosen]
        verdict = ("Yes" if met == [named] else "No") if named else ("Yes" if met else "No")
        chosen_ids = {fact.id for fact in chosen}
        others = [fact for fact in column.rows if fact.id not in chosen_ids]
        nearest = [] if not others else [_nearest(others, spec)]
        condition = aggregate.describe_condition(spec, column.rows[0])
        where = ("" if column.scope else _leaving_out(spec.excluded)) + _among(spec.within)
        counted = f"{len(chosen)}{column.scope} {_allies(len(chosen))} {condition}{where}"
        headline = f"{verdict}: {counted}, {column.period}{column.estimate}"
        intro = f"**{verdict}** — {counted}, {column.period}{column.estimate}{column.latest}:"
        notes = [(text.replace("None does; the", "Of the rest, the", 1), fact) for text, fact in nearest]
        listed = self._table_list(question, intro, headline, chosen, notes, [float(len(chosen))])
        return replace(listed, yes_no=True, conditions=[] if spec.threshold is None else [spec.threshold])

    def _listed(self, question: str, spec: TableQuestion, column: Rows) -> Draft:
        """The allies past a line: listed, or a yes or no of whether one ally alone (or anyone, or everyone) is."""
        if spec.only_checked is not None:
            return self._only_checked(question, spec, column)
        if spec.every_checked:
            return self._every_checked(question, spec, column)
        return self._list(question, spec, column)

    def _every_checked(self, question: str, spec: TableQuestion, column: Rows) -> Draft:
        """Yes only if every ally with figures passes the line: the count that does, and each ally short of it
        cited (when all pass, the one nearest the line); another source's count beside it."""
        chosen = aggregate.matching(column.rows, spec)
        chosen_ids = {fact.id for fact in chosen}
        short = sorted(
            (fact for fact in column.rows if fact.id not in chosen_ids),
            key=lambda fact: fact.value or 0.0,
            reverse=not spec.below,
        )
        verdict = "No" if short else "Yes"
        condition = aggregate.describe_condition(spec, column.rows[0])
        where = _leaving_out(spec.excluded)
        counted = f"{len(chosen)} of {len(column.rows)}{column.scope} allies with figures {condition}{where}"
        headline = f"{verdict}: {counted}, {column.period}{column.estimate}"
        nearest = aggregate.nearest(chosen, spec)  # when all pass, the one nearest the line
        shown = short or ([nearest] if nearest is not None else [])
        label = _short_of(spec, column.rows[0]) if short else f"the nearest to the line, {condition}"
        intro = f"**{verdict}** — {counted}, {column.period}{column.estimate}{column.latest}; {label}:"
        extra = [] if spec.excluded else self._conflicting_counts(column.period, spec, chosen, column.rows[0])
        calculation = f"counted the allies {condition}: {len(chosen)} of {len(column.rows)} with figures"
        listed = self._table_list(
            question,
            intro,
            headline,
            shown,
            [(text, fact) for text, fact, _ in extra],
            [float(len(chosen)), *(value for _, _, value in extra)],
            calculation + _other_counts_worked_out(extra),
        )
        return replace(listed, yes_no=True, conditions=[] if spec.threshold is None else [spec.threshold])

    def _list(self, question: str, spec: TableQuestion, column: Rows) -> Draft:
        chosen = aggregate.matching(column.rows, spec)
        condition = aggregate.describe_condition(spec, column.rows[0])
        nearest = [] if chosen else [_nearest(column.rows, spec)]
        leaving_out = ("" if column.scope else _leaving_out(spec.excluded)) + _among(spec.within)
        allies = _allies(len(chosen))
        headline = f"{len(chosen)}{column.scope} {allies} {condition}{leaving_out}, {column.period}{column.estimate}"
        # the list says how many it has: 'which allies cut spending, and how many?'
        calculation = f"counted the{column.scope} allies {condition}: {len(chosen)} of {len(column.rows)} with figures"
        intro = f"**{headline}**{column.latest}:"
        # 'which allies met 2% in 2024?': another source counting them differently is said beside the list
        extra = (
            []
            if spec.excluded or spec.within
            else self._conflicting_counts(column.period, spec, chosen, column.rows[0])
        )
        notes = [*nearest, *((text, fact) for text, fact, _ in extra)]
        counts = [float(len(chosen)), *(value for _, _, value in extra)]
        calculation += _other_counts_worked_out(extra)
        return self._table_list(question, intro, headline, chosen, notes, counts, calculation)

    def _count(self, question: str, spec: TableQuestion, column: Rows) -> Draft:
        rows, period, scope = column.rows, column.period, column.scope
        chosen = aggregate.matching(rows, spec)
        condition = aggregate.describe_condition(spec, rows[0])
        chosen_ids = {fact.id for fact in chosen}  # by id: comparing whole facts field by field is slow
        if spec.within:  # 'how many of the Visegrad four …': each ally of the field named, those short of it too
            nearest = [
                (f"Not {condition}: {fact.subject} **{phrasing.format_value(fact)}**", fact)
                for fact in rows
                if fact.id not in chosen_ids
            ]
        else:
            nearest = [] if chosen else [_nearest(rows, spec)]
        count = float(len(chosen))
        calculation = f"counted the{scope} allies {condition} in {period}: {len(chosen)} of {len(rows)} with figures"
        rest = [fact.subject for fact in rows if fact.id not in chosen_ids]
        if chosen and len(rest) <= FEW_LEFT_OUT:  # '29 of 31 meet 20%': which two do not is what a reader asks next
            calculation += f" (not {condition}: {', '.join(rest)})" if rest else ""
        among = _among(spec.within)
        headline = f"{len(chosen)}{scope} {_allies(len(chosen))}{among} {condition} in {period}{column.estimate}"
        # another source's count of all allies is no count of a field named ('how many baltic states …')
        extra = [] if spec.excluded or spec.within else self._conflicting_counts(period, spec, chosen, rows[0])
        stated = [count, *(value for _, _, value in extra)]
        intro = f"**{headline}**{column.latest} — {calculation}:"
        calculation += _other_counts_worked_out(extra)
        return self._table_list(
            question,
            intro,
            headline,
            chosen,
            [*nearest, *((text, fact) for text, fact, _ in extra)],
            stated,
            calculation,
        )

    def _sources(self, facts: list[Fact]) -> list[str]:
        """One line naming each table document the listed cells come from."""
        return [
            f"Source: {self.index.documents[document_id].label}; each figure cites its table and cell."
            for document_id in sorted({fact.citation.document for fact in facts})
        ]

    def _table_list(
        self,
        question: str,
        intro: str,
        headline: str,
        facts: list[Fact],
        extra: list[tuple[str, Fact]],
        values: list[float] | None = None,
        calculation: str | None = None,
        first_place: int = 1,
    ) -> Draft:
        lines = [intro]
        for number, fact in enumerate(facts, start=first_place):
            lines.append(f"{number}. {fact.subject} **{phrasing.format_value(fact)}** ({fact.citation.locator})")
        lines.extend(self._sources(facts))
        for text, fact in extra:
            lines.append(text + self.render.cite(fact))
        all_facts = [*facts, *(fact for _, fact in extra)]
        stated = [
            *(values or []),
            *(fact.value for fact in facts if fact.value is not None),
            *(v for _, fact in extra for v in (fact.value, fact.total) if v is not None),
        ]
        return Draft(question, lines, headline, all_facts, values=stated, confidence=0.85, calculation=calculation)

    def _conflicting_counts(
        self, period: str, spec: TableQuestion, chosen: list[Fact], sample: Fact
    ) -> list[tuple[str, Fact, float]]:
        """Another document's count of the same thing (the Annual Report's 22 of 32 against the tables' 23), and
        the allies standing exactly at the line when they are the difference (Slovakia at 2.00%)."""
        if spec.threshold not in (None, GUIDELINE) or sample.measure != domain.question_words().headline_measure:
            return []
        count = len(chosen)
        line = spec.threshold if spec.threshold is not None else GUIDELINE
        at_the_line = [fact for fact in chosen if round(fact.value or 0.0, 2) == line]
        documents = self.index.documents
        table_document = documents[sample.citation.document]
        notes: list[tuple[str, Fact, float]] = []
        for fact in self.index.by_measure.get(measure_in_role(MeasureRole.MEMBERS_MEETING_GOAL), []):
            if period not in self.index.effective_periods(fact) or fact.value is None:
                continue
            other = documents[fact.citation.document]
            met = fact.value if not spec.below else (fact.total or 0) - fact.value
            if met == count:
                continue
            newer = other if (other.published or "") > (table_document.published or "") else table_document
            borderline = ""
            if not spec.below and 0 < count - met == len(at_the_line):
                named = ", ".join(f"{f.subject} at **{phrasing.format_value(f)}**" for f in at_the_line)
                borderline = f" The tables' {count} include {named}, exactly at the line."
            notes.append(
                (
                    f"**Sources disagree:** *{phrasing.escape(other.title)}* ({other.published or 'undated'}) counts "
                    f"**{phrasing.format_number(met)}** of {phrasing.format_number(fact.total or 0)}; the tables "
                    f"({table_document.published or 'undated'}) count {count}.{borderline} The newer source is "
                    f"*{phrasing.escape(newer.title)}*",
                    fact,
                    met,
                )
            )
        return notes


def _owner(question: str, spec: TableQuestion, column: Rows, sources: Callable[[list[Fact]], list[str]]) -> Draft:
    """The allies whose row holds the figure given, as typed ('42.3%' is a 42.29), each cited; when none does, so
    said, and the nearest row beside it — never a count of those past the figure, which was not asked."""
    chosen = aggregate.holding(column.rows, spec)
    figure = aggregate.figure_named(spec.threshold or 0.0, column.rows[0])
    where = (", European allies" if column.scope else _leaving_out(spec.excluded)) + _among(spec.within)
    facts = chosen or [fact for fact in [aggregate.nearest(column.rows, spec)] if fact is not None]
    if chosen:
        owners = ", ".join(fact.subject for fact in chosen)
        headline = f"{owners}: {column.label} of {figure}{where}, {column.period}{column.estimate}"
        intro = f"**{headline}**{column.latest}:"
    else:
        headline = f"No ally had {column.label} of {figure}{where}, {column.period}{column.estimate}"
        intro = f"**{headline}**{column.latest}; the nearest:"
    lines = [intro]
    for number, fact in enumerate(facts, start=1):
        lines.append(f"{number}. {fact.subject} **{phrasing.format_value(fact)}** ({fact.citation.locator})")
    lines.extend(sources(facts))
    values = [fact.value for fact in facts if fact.value is not None]
    # the figure given is what each row was tested against, stated as such ('No ally had … of 4.5%')
    conditions = [] if spec.threshold is None else [spec.threshold]
    return Draft(question, lines, headline, facts, values=values, confidence=0.85, conditions=conditions)


def _other_counts_worked_out(extra: list[tuple[str, Fact, float]]) -> str:
    """Another source counts those that met the line; those that missed are the rest ('; 32 − 22 = 10')."""
    worked = ""
    for _, fact, met in extra:
        if met != fact.value:
            total, value = phrasing.format_number(fact.total or 0), phrasing.format_number(fact.value or 0)
            worked += f"; {total} − {value} = {phrasing.format_number(met)}"
    return worked


def _short_of(spec: TableQuestion, sample: Fact) -> str:
    """The condition the allies short of a line meet ('below 2% of GDP' for 'at or above 2% of GDP')."""
    if spec.direction or spec.tolerance:
        return f"not {aggregate.describe_condition(spec, sample)}"
    return aggregate.describe_condition(replace(spec, below=not spec.below, strict=not spec.strict), sample)


def _nearest(rows: list[Fact], spec: TableQuestion) -> tuple[str, Fact]:
    """None meets the condition: the closest ally, so the answer still cites the cell it rests on."""
    closest = (min if spec.below else max)(rows, key=lambda fact: fact.value or 0.0)
    extreme = "lowest" if spec.below else "highest"
    return f"None does; the {extreme} is {closest.subject} at **{phrasing.format_value(closest)}**", closest


def _level_named(scores: dict[str, float], forms: set[str]) -> bool:
    """A measure of levels named by its own words and likelier than any change ('the biggest rise in military
    personnel'): no table change measures its rises. ('2015 prices' names the basis of the real change too.)"""
    changes = change_measures()
    best_change = max((score for key, score in scores.items() if key in changes), default=0.0)
    # 'the biggest inflation-adjusted jump': words of real terms name the basis a change is worked out on as well
    own = forms - {word for phrase in domain.question_words().verifier.real_terms for word in phrase.split()}
    return any(
        key not in changes and MEASURES[key].required & own and score > best_change for key, score in scores.items()
    )


def _as_the_verifier_reads(scores: dict[str, float], question: Question) -> dict[str, float]:
    """The measures the verifier's quantity rules leave, applied first: 'the biggest real-terms increases' ranks the
    measures in real terms; 'the largest economy', 'the highest GDP' the economy's size, never a share of it."""
    kept = scores
    if question.has(*domain.question_words().verifier.real_terms):
        kept = {key: score for key, score in kept.items() if MEASURES[key].keywords & REAL_WORDS} or kept
    typed = any(percent for _, percent in question.numbers) or any("%" in word for word in question.words)
    if asks_the_economy_alone(question.words, percent_typed=typed):  # '%gdp' asks the share
        sized = {key: score for key, score in kept.items() if not _counts_a_share(key)}
        kept = sized or kept
    return kept


def _counts_a_share(measure: str) -> bool:
    return MEASURES[measure].unit in {"percent", "percent_of_gdp"}


def _names_a_direction(question: Question) -> bool:
    sides = domain.question_words().table_questions
    return question.has(*sides.decrease, *sides.increase)


def _ranks_falls(parsed: Question, spec: TableQuestion, measure: str) -> bool:
    """A ranking of changes by their falls ('the biggest real-terms cut in 2020', 'the smallest decline'): a word of
    falling and none of rising beside a superlative, over a measure that is a change."""
    if measure not in change_measures():
        return False
    sides = domain.question_words().table_questions
    return parsed.has(*sides.decrease) and not parsed.has(*sides.increase)


def _among(field: frozenset[str]) -> str:
    names = sorted(field)
    return f" among {', '.join(names[:-1])} and {names[-1]}" if len(names) >= 2 else ""


def _leaving_out(excluded: frozenset[str]) -> str:
    """The allies a question leaves out, or those it leaves in when they are fewer ('outside Europe': among Canada
    and the United States)."""
    allies = lexicon.ally_names()
    left_out = excluded & allies
    if len(left_out) > len(allies - left_out):
        return _among(allies - left_out)
    return f", not counting {', '.join(sorted(left_out))}" if left_out else ""


def _outside_europe() -> frozenset[str]:
    return frozenset(domain.group_members()[domain.question_words().table_questions.outside_europe])


def _allies(count: int) -> str:
    return "ally" if count == 1 else "allies"


def _names_a_share(question: Question) -> bool:
    """A share named by a word of its own ('share', 'proportion', 'of GDP'), not only by a percentage asked."""
    words = question.word_set - PERCENT_WORDS
    return bool(words & SHARE_WORDS) or question.has(*domain.question_words().asked_kinds.share_of_gdp)
