"""Calculated answers: sums, averages, shares of a total, ratios and changes over table cells, each cited."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

from knowledge import domain, lexicon, phrasing
from knowledge.ask import arithmetic
from knowledge.ask.context import own_words, refers_to_previous_answer
from knowledge.ask.index import FactIndex
from knowledge.ask.intent import FOLLOW_UP_PRONOUNS
from knowledge.ask.measures_asked import change_measures
from knowledge.ask.parse import Number, Operation, ParsedQuestion, parse_question
from knowledge.ask.render import Renderer, plain
from knowledge.ask.retrieve import measure_scores, question_forms, required_forms
from knowledge.ask.series import line_asked, series_calculation
from knowledge.ask.types import Draft
from knowledge.cues import cues
from knowledge.measures import MEASURES
from knowledge.models import Answer, Fact, Unit
from knowledge.question import STOPWORDS, Question, normalise, stem

CALCULATIONS = frozenset(Operation) - {Operation.DIFFERENCE}
OPERATIONS = frozenset(operation.value for operation in CALCULATIONS)
# a share of a whole or a sum: one figure a year, so asked of several years joined by 'and', worked out for each
EACH_YEAR = frozenset({Operation.SHARE_OF_TOTAL, Operation.SUM})
YEAR_JOINED = frozenset({"and", "versus", "vs"})  # 'in 2014, and in 2024', 'in 2014 versus 2024': each year asked
YEAR_JOINS = YEAR_JOINED | {"in", "for", "also", "then"}  # the words that may stand between the years
# operations over one subject's cells year by year
SERIES_OPERATIONS = frozenset({Operation.YEARS_COUNTED, Operation.STREAK, Operation.SERIES_EXTREME})


@dataclass(frozen=True)
class Carried:
    """What a follow-up keeps of the calculation before it ('and in 2014?' after a sum of the Baltic states)."""

    operations: frozenset[Operation]
    entities: tuple[str, ...]
    years: tuple[int, ...]
    measure: str | None
    lines: tuple[float, ...] = ()  # the thresholds it tested ('did germany hit 2%?'): 'by how much over the line?'


def carried_from(index: FactIndex, previous: Answer | None) -> Carried | None:
    """The previous answer's operands (their subjects, year and table measure) and its operation, if any."""
    if previous is None or not previous.facts:
        return None
    cells = [fact for fact in previous.facts if fact.citation.cell is not None]
    if not cells:
        return None
    operations = frozenset({Operation(previous.operation)}) if previous.operation in OPERATIONS else frozenset()
    subjects = tuple(dict.fromkeys(fact.subject for fact in cells))
    years = tuple(sorted({fact.year for fact in cells if fact.year is not None}))
    measures = {fact.measure for fact in cells}
    measure = next(iter(measures)) if len(measures) == 1 and next(iter(measures)) in index.table_measures else None
    return Carried(operations, subjects, years, measure, tuple(previous.conditions))


def _in_the_year_carried(asked: ParsedQuestion, carried: Carried | None) -> ParsedQuestion:
    """'And how far below the 2% line did that leave Belgium?' after Belgium's share in 2019: a follow-up naming no
    year, pointing back or naming only whom the previous answer was about, is of the previous answer's year."""
    if carried is None or asked.years or not carried.years or not asked.entities:
        return asked
    pointing_back = bool(set(asked.words) & FOLLOW_UP_PRONOUNS) or set(asked.entities) <= set(carried.entities)
    return replace(asked, years=carried.years[-1:]) if pointing_back else asked


def arithmetic_answer(
    index: FactIndex,
    render: Renderer,
    question: str,
    parsed: Question,
    carried: Carried | None = None,
    *,
    asked: ParsedQuestion | None = None,
) -> Draft | None:
    """The calculation a question asks for over the likeliest table measure's cells, if it asks one. A follow-up
    naming no one ('how far short of 2% was it?', 'and in 2014?') is worked out over what `carried` keeps.
    `asked`: `parsed` as `parse_question` reads it, when the caller has read it already."""
    asked = parse_question(parsed) if asked is None else asked
    wholes_only = bool(asked.entities) and set(asked.entities) <= set(arithmetic.WHOLES)
    if (
        carried is not None
        and not asked.groups
        and (not asked.entities or _share_of_whole(asked, wholes_only) or _compared_with_the_previous(asked, parsed))
    ):
        # 'and what share of the NATO total is that?' after a sum: the sum's operands are the part
        asked = replace(
            asked,
            entities=(*carried.entities, *asked.entities),
            years=asked.years or carried.years[-1:],
            operations=asked.operations or carried.operations,
        )
        if Operation.GAP in asked.operations and not any(number.percent for number in asked.numbers):
            # 'by how much over the line?' after 'did germany hit 2%?': the line it tested is the one meant
            lines = tuple(Number(line, True) for line in carried.lines)
            asked = replace(asked, numbers=(*asked.numbers, *lines))
    asked = _in_the_year_carried(asked, carried)
    as_amount = asked.currency is not None or asked.has("how much", "how many us$", "how many dollars")
    # 'what did the European allies spend, excluding Canada?': the whole's members but one, added up
    members_left_out = bool(asked.excluded - set(arithmetic.WHOLES)) and bool(
        set(asked.entities) & set(arithmetic.WHOLES)
    )
    # 'how much more did the Visegrad four spend than the Nordic allies?': a difference between sides of several
    between_sides = arithmetic.between_several(asked)
    if (
        not asked.operations & CALCULATIONS
        and not asked.yes_no
        and not (as_amount or members_left_out or between_sides)
    ):
        return None
    scores = {key: score for key, score in measure_scores(index, parsed).items() if key in index.table_measures}
    if carried is not None and carried.measure is not None and (not scores or not _names_a_measure(parsed)):
        scores = {carried.measure: 1.0}  # 'and in 2014?' names no measure of its own: the previous one
    wholes = {lexicon.NATO_ALLIES, lexicon.EUROPE_AND_CANADA} & set(asked.entities)
    # 'the average equipment share of defence spending': a share measure named by its own word is no share asked
    of_amounts = not _shares_named(parsed, scores)
    if Operation.SHARE_OF_TOTAL in asked.operations and (wholes or len(asked.entities) == 2) and of_amounts:
        scores = {key: score for key, score in scores.items() if key not in index.percent_measures}
        scores = scores or {domain.question_words().amount_measure: 1.0}
    scores = _fitting_measures(asked, scores, index)
    line = _cited_line(index, asked)
    if line is not None and line.unit is Unit.PERCENT_OF_GDP:
        scores = {domain.question_words().headline_measure: 1.0}  # 'how far short of 2%': a share of GDP's line
    scores = _of_the_operands(asked, scores, index)
    if not scores:
        return None
    headline = domain.question_words().headline_measure  # among equally likely measures, NATO's headline one
    parts = _shares_named(parsed, scores)
    if Operation.SUM in asked.operations and len(parts) >= 2 and len(asked.entities) == 1:
        # 'germany 2024: personnel and equipment shares of the budget added up'
        year = asked.years[-1] if asked.years else None
        in_order = sorted(parts, key=lambda key: _first_named(parsed, key))
        summed = arithmetic.sum_of_parts(asked.entities[0], in_order, year, index.table_row)
        return None if summed is None else calculated(render, question, summed)
    named_shares = parts if as_amount else {}
    scores = named_shares or scores  # 'poland's equipment spending in us dollars': its equipment share × spending
    measure = max(sorted(scores), key=lambda key: (scores[key], key == headline))
    if as_amount and measure in domain.question_words().shares_of_amounts:
        calculation = arithmetic.share_as_amount(asked, measure, index.table_row)
    elif _years_each_asked(asked) and line is None:
        return _each_year(render, question, asked, measure, index)
    elif asked.operations & CALCULATIONS or asked.yes_no or members_left_out or between_sides or line is not None:
        calculation = series_calculation(asked, measure, index.table_row) or arithmetic.calculate(
            asked, measure, index.table_row, line
        )
    else:
        return None
    return None if calculation is None else calculated(render, question, calculation)


def _years_each_asked(asked: ParsedQuestion) -> bool:
    """'what share of the NATO total did the US pay in 2014, and in 2024?', 'the Baltic states' combined spending in
    2016 and 2024': a share or a sum asked of each year named (years joined by 'and', never a span between them)."""
    if len(asked.years) < 2 or asked.yes_no or not asked.operations or not asked.operations <= EACH_YEAR:
        return False
    several = len(arithmetic.operand_entities(asked)) >= 2 or bool(asked.groups)
    if Operation.SHARE_OF_TOTAL not in asked.operations and not several:
        return False  # 'Türkiye's spending in 2022 and 2023 combined': one ally's years added up
    places = [at for at, word in enumerate(asked.words) if word.isdigit() and int(word) in asked.years]
    joins = [set(asked.words[start + 1 : end]) for start, end in itertools.pairwise(places)]
    return all(between & YEAR_JOINED and between <= YEAR_JOINS for between in joins)


def _each_year(render: Renderer, question: str, asked: ParsedQuestion, measure: str, index: FactIndex) -> Draft | None:
    """The calculation worked out for each year named, each with its operands cited, said one after the other."""
    drafts: list[Draft] = []
    for year in asked.years:
        calculation = arithmetic.calculate(replace(asked, years=(year,)), measure, index.table_row)
        if calculation is None:
            return None
        drafts.append(calculated(render, question, calculation))
    facts = list({id(fact): fact for draft in drafts for fact in draft.facts}.values())
    return Draft(
        question,
        [line for draft in drafts for line in draft.lines],
        " · ".join(f"{year}: {draft.headline}" for year, draft in zip(asked.years, drafts, strict=True)),
        facts,
        values=[value for draft in drafts for value in draft.values],
        confidence=min(draft.confidence for draft in drafts),
        calculation="\n".join(draft.calculation or "" for draft in drafts),
        operation=drafts[0].operation,
        percent_result=drafts[0].percent_result,
        uncovered=list(dict.fromkeys(name for draft in drafts for name in draft.uncovered)),
    )


def _compared_with_the_previous(asked: ParsedQuestion, parsed: Question) -> bool:
    """'is that more than Denmark?' after Norway's spending per person: the figure pointed at is one side of the
    comparison asked yes or no, the ally named the other."""
    return asked.yes_no and Operation.DIFFERENCE in asked.operations and refers_to_previous_answer(parsed.words)


def _names_a_measure(parsed: Question) -> bool:
    """'And what was their combined total in 2014?' after a sum: 'combined', 'total' name the calculation again, not
    a measure; the follow-up's own words past those of the calculations name one."""
    operations = domain.question_words().operations
    asking = {
        word
        for operation in CALCULATIONS
        for phrase in getattr(operations, operation.value, ())
        for word in phrase.split()
    }
    return any(word not in asking for word in own_words(parsed))


def _shares_named(parsed: Question, scores: dict[str, float]) -> dict[str, float]:
    """The shares of an amount the question names by their own word ('equipment', 'personnel')."""
    forms = question_forms(parsed)
    shares = domain.question_words().shares_of_amounts
    return {key: score for key, score in scores.items() if key in shares and forms & required_forms(key)}


def _first_named(parsed: Question, measure: str) -> int:
    """Where the question first names a measure by its own word (the parts are summed in the order asked)."""
    forms = required_forms(measure)
    return next((i for i, word in enumerate(parsed.words) if word in forms), len(parsed.words))


def _share_of_whole(asked: ParsedQuestion, wholes_only: bool) -> bool:
    return wholes_only and Operation.SHARE_OF_TOTAL in asked.operations


def _cited_line(index: FactIndex, asked: ParsedQuestion) -> Fact | None:
    """The documents' own statement of the line a gap is asked to ('how far short of 2%'): a typed number is
    never an operand, the guideline a document states is."""
    # 'how much more would Canada need to spend to reach 2% of GDP, in dollars?': a difference to the line in money
    to_the_line_in_money = Operation.DIFFERENCE in asked.operations and asked.currency is not None
    if Operation.GAP not in asked.operations and not to_the_line_in_money:
        return None
    lines = {number.value for number in asked.numbers if number.percent}
    guideline = cues().raw.guideline_subject
    # the facts stating each line, looked up by value (a scan of every fact took ~60 ms at a million facts)
    found = [fact for line in lines for fact in index.by_value.get(round(line, 2), [])]
    stated = [
        fact
        for fact in {id(fact): fact for fact in found}.values()
        if fact.value in lines and fact.citation.cell is None and fact.subject == guideline and not fact.low_trust
    ]
    asked_words = set(asked.words) - STOPWORDS
    return min(
        stated,
        key=lambda fact: (-len(asked_words & _words_stating(index, fact)), fact.unit is not Unit.PERCENT_OF_GDP),
        default=None,
    )


def _words_stating(index: FactIndex, fact: Fact) -> frozenset[str]:
    """The words of a line's sentence and its document's title: 'the 5% Hague target' is the line the summit's note
    states, not a 5% someone else pushed for."""
    document = index.documents.get(fact.citation.document)
    return frozenset(normalise(f"{fact.citation.quote} {document.title if document else ''}").split())


def _of_the_operands(asked: ParsedQuestion, scores: dict[str, float], index: FactIndex) -> dict[str, float]:
    """The measures with a row for an ally the calculation is over ('how much more did Poland, … spend than …'
    is worked out of spending rows, never of a count of allies that only the alliance's row states)."""
    operands = [name for name in arithmetic.operand_entities(asked) if name not in arithmetic.WHOLES]
    if not operands:
        return scores
    held = {
        key: score for key, score in scores.items() if any((key, name) in index.by_measure_subject for name in operands)
    }
    return held or scores


def _fitting_measures(asked: ParsedQuestion, scores: dict[str, float], index: FactIndex) -> dict[str, float]:
    """A % change or a multiple between two years is worked out from levels, never from cells that are changes;
    'did it fall in 2022?' is read from a cell that is a change; years are counted over a cell per year."""
    changes, percent_measures = change_measures(), index.percent_measures
    if asked.operations & SERIES_OPERATIONS or (Operation.AVERAGE in asked.operations and len(asked.years) >= 2):
        return _yearly_measures(asked, scores, index)
    if Operation.FIRST in asked.operations and any(number.percent for number in asked.numbers):
        return {key: score for key, score in scores.items() if key in percent_measures}  # 'above 3%': a share
    cues = domain.question_words().operations
    if asked.yes_no and asked.has(*cues.in_any_year, *cues.in_every_year):  # a line tested in each year
        percent = any(number.percent for number in asked.numbers)
        levels = {k: v for k, v in scores.items() if k not in changes and (not percent or k in percent_measures)}
        return levels or {domain.question_words().headline_measure: 1.0}
    if asked.yes_no and len(asked.years) == 1 and asked.has(*cues.rises, *cues.falls):
        # 'did US spending fall in real terms in 2014?': that year's change, not one over a span starting then
        stated = {key: score for key, score in scores.items() if key in changes and key not in index.span_measures}
        return stated or scores
    percent_change = len(asked.years) >= 2 and (
        (Operation.CHANGE in asked.operations and asked.asks_percentage) or Operation.ANNUAL_GROWTH in asked.operations
    )
    multiple = Operation.RATIO in asked.operations and len(asked.years) == 2  # 'how many times its 2014 level'
    if percent_change or multiple:
        levels = {key: score for key, score in scores.items() if key not in changes and key not in index.span_measures}
        return _at_the_basis_named(asked, levels, index)
    return scores


def _at_the_basis_named(asked: ParsedQuestion, levels: dict[str, float], index: FactIndex) -> dict[str, float]:
    """'Poland real def exp CAGR 2014-2024': a change worked out of levels 'real' or 'inflation adjusted' is worked out
    of the levels at constant prices (the measures a price basis is required of, whose other words the question
    says too), never of current ones."""
    basis = domain.question_words().quantities.real_change_basis
    said = set(asked.words)
    if not said & basis:
        return levels
    at_the_basis = {key: score for key, score in levels.items() if required_forms(key) & basis}
    if at_the_basis:
        return at_the_basis
    named = {
        key: 1.0
        for key in sorted(index.table_measures)
        if required_forms(key) & basis
        and said & (MEASURES[key].keywords & basis)
        and said & (MEASURES[key].keywords - basis)
    }
    return named or levels


def _yearly_measures(asked: ParsedQuestion, scores: dict[str, float], index: FactIndex) -> dict[str, float]:
    """Years counted, a run of years, a series' highest year or an average over years: a cell per year, never a change
    over a span; a line in percent ('at or above 2%') is a percentage's, NATO's headline share when no measure is
    named."""
    yearly = {key: score for key, score in scores.items() if key not in index.span_measures}
    if not asked.numbers and line_asked(asked) is not None:
        # 'in how many years did its real spending fall?': a line at zero is a change's, never a level's; the tables'
        # yearly change answers unless a level is named by its own words ('did its personnel fall?')
        changes = {key: score for key, score in yearly.items() if key in change_measures()}
        forms = set(asked.words) | {stem(word) for word in asked.words}
        if changes or any(MEASURES[key].required & forms for key in yearly):
            return changes
        return {key: 1.0 for key in index.table_measures if key in change_measures() and key not in index.span_measures}
    if not any(number.percent for number in asked.numbers):
        return yearly
    in_percent = {key: score for key, score in yearly.items() if key in index.percent_measures}
    return in_percent or {domain.question_words().headline_measure: 1.0}


GROWTH = (Operation.CHANGE, Operation.ANNUAL_GROWTH)  # a percentage of the figure itself, never a share
HEADLINES = {
    Operation.CHANGE: "{result:+.1f}%",
    Operation.ANNUAL_GROWTH: "{result:+.2f}% a year",
    Operation.RATIO: "{result:.2f} times",
    Operation.FIRST: "{result:.0f}",
    Operation.YEARS_COUNTED: "{result:.0f} of {operands} years",
    Operation.RANK: "place {result:.0f}",
    Operation.SERIES_EXTREME: "{result:.0f}",
}


def _group_named(subjects: list[str], missing: tuple[str, ...]) -> str:
    """'Denmark, Finland, Norway, Sweden' are the Nordic allies (Iceland has no row): operands that are a named
    group's members, those without figures aside, are said as the group with its members."""
    listed = ", ".join(subjects)
    if len(subjects) < 2:
        return listed
    for name, members in domain.group_members().items():
        if set(members) == {*subjects, *missing}:
            return f"{name} ({listed})"
    return listed


def _headline(calculation: arithmetic.Calculation) -> str:
    if calculation.headline is not None:
        return calculation.headline
    share = calculation.percent and calculation.kind not in GROWTH
    in_percent = f"{calculation.result:.{1 if abs(calculation.result) >= 1 else 2}f}%"  # 0.35%, not 0.3%
    if calculation.verdict is not None:
        verdict = "Yes" if calculation.verdict else "No"
        return f"{verdict}, {in_percent}" if share else verdict  # 'over 60% of NATO spending?': Yes, 65.6%
    if share:
        return in_percent
    template = HEADLINES.get(calculation.kind)
    if template is not None:
        return template.format(result=calculation.result, operands=len(calculation.operands))
    return _in_operand_unit(calculation)


def _in_operand_unit(calculation: arithmetic.Calculation) -> str:
    """A sum, difference or gap in its operands' unit; a gap or a difference between shares in percentage points
    (a gap as a distance, a difference with its sign)."""
    first = calculation.operands[0]
    shares = all(fact.unit in (Unit.PERCENT, Unit.PERCENT_OF_GDP) for fact in calculation.operands)
    if calculation.basis_points:
        points = calculation.result if calculation.kind is Operation.DIFFERENCE else abs(calculation.result)
        sign = "+" if calculation.kind is Operation.DIFFERENCE else ""
        return f"{points * 100:{sign}.0f} basis points ({points:{sign}.2f} percentage points)"
    if calculation.kind is Operation.GAP and shares:
        return f"{abs(calculation.result):.2f} percentage points"
    if calculation.kind is Operation.DIFFERENCE and shares:
        return f"{calculation.result:+.2f} percentage points"
    return plain(phrasing.format_value(first.model_copy(update={"value": calculation.result})))


def calculated(render: Renderer, question: str, calculation: arithmetic.Calculation) -> Draft:
    operands = list(calculation.operands)
    headline = _headline(calculation)
    subjects = ", ".join(dict.fromkeys(fact.subject for fact in operands))
    if calculation.kind in (Operation.SUM, Operation.AVERAGE):  # a group's whole, never one ally against another
        subjects = _group_named(list(dict.fromkeys(fact.subject for fact in operands)), calculation.missing)
    named = list(dict.fromkeys(fact.period or "" for fact in operands))
    periods = "–".join(named) if len(named) <= 2 else f"{named[0]}–{named[-1]}"  # a span by its ends
    lines = [
        f"**{headline}** — {calculation.wording}: {subjects}, {periods}",
        f"Calculation: {calculation.expression}",
    ]
    if calculation.missing:
        lines.append(f"No figures for {', '.join(calculation.missing)} in this table, so they are left out.")
    lines.append("From:")
    render.state_facts(operands, lines, bullets=True)
    values = [fact.value for fact in operands if fact.value is not None]
    if calculation.verdict is None or (calculation.percent and calculation.kind not in GROWTH):
        values.insert(0, calculation.result)
    values.extend(calculation.worked_out)
    return Draft(
        question,
        lines,
        headline,
        operands,
        values=values,
        confidence=0.9,
        calculation=calculation.expression,
        operation=calculation.kind.value,
        percent_result=calculation.percent,
        uncovered=list(calculation.missing),
        yes_no=calculation.verdict is not None,
    )
