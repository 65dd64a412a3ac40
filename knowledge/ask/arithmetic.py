"""Arithmetic members ask for, over table facts, every operand cited.

Sums ("the Baltic states combined"), unweighted averages, one ally's share of a group's total
("US share of NATO spending in 2014"), ratios ("how many times more does the US spend than the UK")
and percentage changes between two years ("by what % did Poland's spending go up from 2014 to 2024").
Named groups come from `knowledge/domain/groups.toml`; the operands are cells of one table measure for
one year, and the result is a `Calculation` the engine turns into a cited answer.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from knowledge import domain, lexicon
from knowledge.ask.exclusions import outside_europe_named_apart
from knowledge.ask.parse import Operation, ParsedQuestion
from knowledge.ask.quantities import asks_basis_points, asks_change_in_points
from knowledge.cues import cues as cue_words
from knowledge.lexicon import find_mentions
from knowledge.measures import MEASURES
from knowledge.models import Fact, Unit
from knowledge.phrasing import format_number, possessive

RowLookup = Callable[[str, str, int | None], Fact | None]  # (measure, entity, year) -> the row, latest if no year
WHOLES = (lexicon.NATO_ALLIES, lexicon.EUROPE_AND_CANADA)
# 'first year Germany spent more than France': a comparison asked of years, never a claim stated to check
NOT_CLAIMS = frozenset({Operation.FIRST, Operation.YEARS_COUNTED, Operation.RANK})
YEARS_FROM, YEARS_TO = 1949, 2101  # the years a 'first year' search runs through, in order


@dataclass(frozen=True)
class Calculation:
    kind: Operation
    result: float
    percent: bool  # the result is a percentage (a share or a change), not in the operands' unit
    expression: str  # "a + b + c = result", operands as cited
    operands: tuple[Fact, ...]
    missing: tuple[str, ...]  # entities asked about that have no row for the measure and year
    wording: str  # what the result is: "combined", "average (unweighted)", "share of", ...
    verdict: bool | None = None  # for a comparison asked as yes or no
    worked_out: tuple[float, ...] = ()  # what a yes or no weighed that no cell states (a side's sum, a multiple)
    basis_points: bool = False  # a difference of shares asked in hundredths of a point: said in both
    headline: str | None = None  # how the result is said when no one figure says it ('2014–2018 against 2019–2024')


def operand_entities(question: ParsedQuestion) -> list[str]:
    """Countries named, with every named group expanded to its members, in the order asked; those the question leaves
    out are no operands ('the G7 allies, excluding the US', 'the Baltic states other than Estonia')."""
    members = domain.group_members()
    named: list[str] = []
    for name in [*question.groups, *question.entities]:
        if name in question.excluded:
            continue
        for entity in members.get(name, (name,)):
            if entity not in named and entity not in WHOLES and entity not in question.excluded:
                named.append(entity)
    return named


def members_of_whole(whole: str, year: int | None = None) -> list[str]:
    """The member countries a whole's own row adds up: every ally, or every ally but the United States; of a
    `year`, those that had joined by then (the tables' 2021 row counts neither Finland nor Sweden)."""
    entities = lexicon.entities_by_name()
    members = [
        name
        for name, entity in entities.items()
        if entity.kind is lexicon.EntityKind.COUNTRY
        and entity.nato_member
        and (year is None or entity.joined is None or entity.joined <= year)
    ]
    return [name for name in members if whole == lexicon.NATO_ALLIES or name != lexicon.UNITED_STATES]


def calculate(question: ParsedQuestion, measure: str, row: RowLookup, line: Fact | None = None) -> Calculation | None:
    """`line`: the cited fact stating the line a gap is measured to ('the 2% guideline'), if the question asks one."""
    calculation = _calculate(question, measure, row, line)
    if calculation is None or not asks_basis_points(question) or not _between_shares(calculation):
        return calculation
    points = calculation.result * 100
    expression = f"{calculation.expression} percentage points = {format_number(round(points, 2))} basis points"
    return replace(calculation, basis_points=True, expression=expression, worked_out=(*calculation.worked_out, points))


def _between_shares(calculation: Calculation) -> bool:
    """A difference or gap whose operands are all percentages: its result is in percentage points."""
    shares = all(fact.unit in (Unit.PERCENT, Unit.PERCENT_OF_GDP) for fact in calculation.operands)
    return shares and calculation.kind in (Operation.DIFFERENCE, Operation.GAP) and not calculation.percent


def _calculate(question: ParsedQuestion, measure: str, row: RowLookup, line: Fact | None) -> Calculation | None:
    operations = question.operations
    year = question.years[-1] if question.years else None
    entities = operand_entities(question)
    compared = _compared(question, entities, measure, year, row) if question.yes_no or _claimed(question) else None
    if compared is not None:
        return compared
    if Operation.FIRST in operations:
        return _first_year(question, entities, measure, row)
    ranked = [name for name in question.entities if name not in WHOLES]  # 'among allies' names the field
    if Operation.RANK in operations and len(ranked) == 1 and question.extreme is None:
        return _rank(question, ranked[0], measure, row)  # 'where does Lithuania rank among the Baltic states'
    alone = one_subject(question, entities)
    if alone is not None:
        of_one = _of_one(question, alone, measure, row, line)
        if of_one is not None:
            return of_one
    if line is not None and line.unit is Unit.PERCENT_OF_GDP and question.currency is not None and len(entities) > 1:
        # 'how many more dollars would Spain, Italy and Canada have needed to each reach 2% of GDP?'
        return _money_to_a_line_together(entities, line, year, row, constant=_in_constant_prices(question))
    return _of_several(question, entities, measure, year, row, line)


def _of_several(
    question: ParsedQuestion, entities: list[str], measure: str, year: int | None, row: RowLookup, line: Fact | None
) -> Calculation | None:
    """Two allies against each other, two sides of several, or a group's figures together."""
    if between_several(question):  # never one sum or average over both sides of a difference asked
        return _between_sides(question, entities, measure, year, row)
    of_two = _of_two(question.operations, entities, measure, year, row) if len(entities) == 2 and line is None else None
    return of_two or _of_group(question, entities, measure, year, row)


def _of_two(
    operations: frozenset[Operation], entities: list[str], measure: str, year: int | None, row: RowLookup
) -> Calculation | None:
    """Two allies' cells against each other: a ratio, or how far one is behind the other."""
    if Operation.RATIO in operations:
        return _ratio(entities, measure, year, row)
    if Operation.GAP in operations:
        return _gap_between(entities, measure, year, row)  # 'how far is Norway behind the US per capita'
    return None


def _compared(
    question: ParsedQuestion, entities: list[str], measure: str, year: int | None, row: RowLookup
) -> Calculation | None:
    """A comparison asked as yes or no: one ally against another, or against others combined."""
    if len(entities) == 2:
        return _compare(question, entities, measure, year, row)
    if len(entities) > 2 and Operation.SUM in question.operations:
        return _compare_sums(question, entities, measure, year, row)
    return None


def _of_one(
    question: ParsedQuestion, subject: str, measure: str, row: RowLookup, line: Fact | None
) -> Calculation | None:
    """One subject's figures: the gap to a line, or a change over time (years counted are a series' operation)."""
    year = question.years[-1] if question.years else None
    if Operation.PART_OF_THE_ECONOMY in question.operations:
        return _part_of_the_economy(question, subject, year, row)
    if line is not None and line.unit is Unit.PERCENT_OF_GDP and question.currency is not None:
        return _money_to_a_line(subject, line, year, row, constant=_in_constant_prices(question))
    if Operation.GAP in question.operations and line is not None:
        return _gap(subject, line, measure, year, row)
    return _over_time(question, subject, measure, row)


def _of_group(
    question: ParsedQuestion, entities: list[str], measure: str, year: int | None, row: RowLookup
) -> Calculation | None:
    """A share of the alliance's total, an average or a sum: operations over a group of operands."""
    operations = question.operations
    named_wholes = [name for name in question.entities if name in WHOLES]
    # the alliance is the widest whole: 'what % of the NATO total came from Europe and Canada' asks the part's share
    whole = lexicon.NATO_ALLIES if lexicon.NATO_ALLIES in named_wholes else next(iter(named_wholes), None)
    if Operation.SHARE_OF_TOTAL in operations and whole:
        parts = [entity for entity in entities if entity != whole] or [n for n in named_wholes if n != whole]
        if len(parts) > 1:  # 'the UK's share of European allies + Canada': that Canada is the whole's name
            parts = [entity for entity in parts if entity not in whole]
        if parts:
            return _against_a_line(question, _share(parts, whole, measure, year, row))
    over_members = None if entities else _over_members(question, whole, measure, year, row)
    if over_members is not None:
        return over_members
    if Operation.AVERAGE in operations and (len(entities) >= 2 or question.groups):
        return _combine(Operation.AVERAGE, entities, measure, year, row)
    if Operation.SUM in operations and (len(entities) >= 2 or question.groups):
        return _group_total(entities, measure, year, row)
    if Operation.SHARE_OF_TOTAL in operations and len(entities) == 2 and not question.groups:
        # 'Canada's spending per head as a percentage of the US figure': the first over the second
        return _share(
            entities[:1], entities[1], measure, year, row, wording=f"{entities[0]} as a share of {entities[1]}"
        )
    return None


def share_as_amount(question: ParsedQuestion, share_measure: str, row: RowLookup) -> Calculation | None:
    """'How much did Poland spend on equipment in 2024, in US$?': the equipment share of spending times the
    spending, both cells cited."""
    amount_measure = domain.question_words().shares_of_amounts.get(share_measure)
    entities = operand_entities(question)
    if amount_measure is None or len(entities) != 1:
        return None
    year = question.years[-1] if question.years else None
    share, amount = row(share_measure, entities[0], year), row(amount_measure, entities[0], year)
    if share is None or amount is None or share.value is None or amount.value is None:
        return None
    if share.period != amount.period:  # the latest year of each may differ
        amount = row(amount_measure, entities[0], int(share.period or 0))
        if amount is None or amount.value is None:
            return None
    result = share.value / 100 * amount.value
    expression = f"{format_number(share.value)}% × {format_number(amount.value)} = {format_number(result)}"
    return Calculation(Operation.SHARE_OF_TOTAL, result, False, expression, (amount, share), (), "share × spending")


def _first_year(question: ParsedQuestion, entities: list[str], measure: str, row: RowLookup) -> Calculation | None:
    """'The first year Poland went above 3% of GDP', 'the first year Germany outspent France': the years in
    order until the line is crossed; the year before and the year of crossing are cited."""
    threshold = next((number.value for number in question.numbers), None)
    if not (len(entities) == 2 or (len(entities) == 1 and threshold is not None)):
        return None
    before: list[Fact] = []
    for year in range(YEARS_FROM, YEARS_TO):
        facts = [row(measure, entity, year) for entity in entities]
        cells = [fact for fact in facts if fact is not None and fact.value is not None]
        if len(cells) != len(entities):
            continue
        values = [fact.value or 0.0 for fact in cells]
        if _crossed(values, threshold or 0.0, inclusive=question.has(*domain.question_words().operations.reaching)):
            operands = (*before, *cells)
            steps = "; ".join(f"{fact.subject} {fact.period}: {format_number(fact.value or 0.0)}" for fact in operands)
            line = f"past {format_number(threshold or 0.0)}" if len(entities) == 1 else f"ahead of {entities[1]}"
            expression = f"{steps} — first year {line}: {year}"
            return Calculation(Operation.FIRST, float(year), False, expression, operands, (), "first year")
        before = cells
    return None


def _crossed(values: list[float], threshold: float, *, inclusive: bool) -> bool:
    """Ally A ahead of ally B, or one ally past the line (on it counts when the line is to be reached)."""
    if len(values) == 2:
        return values[0] > values[1]
    return values[0] >= threshold if inclusive else values[0] > threshold


def one_subject(question: ParsedQuestion, entities: list[str]) -> str | None:
    """The one ally asked about, or the alliance's (or Europe and Canada's) own row when no ally is named."""
    if len(entities) == 1:
        return entities[0]
    wholes = [name for name in question.entities if name in WHOLES]
    return wholes[0] if not entities and len(wholes) == 1 else None


def _over_time(question: ParsedQuestion, subject: str, measure: str, row: RowLookup) -> Calculation | None:
    """One subject's figures across years: a % change, an average over a span, a comparison of two years
    asked as yes or no, or whether a change went the way asked ('did Turkey's spending fall in 2022?')."""
    years = question.years
    if question.yes_no:
        return _yes_or_no_over_time(question, subject, measure, row)
    if len(years) < 2:
        return None
    if Operation.RATIO in question.operations and len(years) == 2:
        return ratio_of_years(subject, measure, years, row)
    # 'greece's average % of gdp from 2014 to 2024': the span's 'from … to' reads as a change too, the average
    # is what the question asks for
    # a change runs from the earlier year to the later, in whichever order they were named ('… in 2024, how many
    # points is that up from 2014?')
    change = _span_change(question)
    if change is not None:
        return change(subject, measure, min(years), max(years), row)
    return _combined_years(question, subject, measure, years, row)


SpanChange = Callable[[str, str, int, int, RowLookup], "Calculation | None"]


def _span_change(question: ParsedQuestion) -> SpanChange | None:
    """How a change over a span is asked: a rate a year, in points, or in percent of the first year."""
    if Operation.ANNUAL_GROWTH in question.operations:
        return _annual_growth
    if Operation.CHANGE in question.operations and asks_change_in_points(question):
        return _change_in_points
    if Operation.CHANGE in question.operations and question.asks_percentage and not _combines(question):
        return _change
    return None


def _combines(question: ParsedQuestion) -> bool:
    return bool({Operation.AVERAGE, Operation.SUM} & question.operations)


def _combined_years(
    question: ParsedQuestion, subject: str, measure: str, years: Sequence[int], row: RowLookup
) -> Calculation | None:
    """An average or a sum of one subject's cells over the years named."""
    if Operation.AVERAGE in question.operations:
        return average_years(subject, measure, min(years), max(years), row)
    if Operation.SUM in question.operations:
        return _sum_years(subject, measure, years, row)
    return None


def _sum_years(subject: str, measure: str, years: Sequence[int], row: RowLookup) -> Calculation | None:
    """'Türkiye's spending 2022 through 2024, summed': every year's cell of the span added up."""
    facts = span_of_years(subject, measure, years, row)
    if len(facts) < 2:
        return None
    total = sum(fact.value or 0.0 for fact in facts)
    terms = " + ".join(format_number(fact.value or 0.0) for fact in facts)
    wording = f"combined over {facts[0].period}–{facts[-1].period}"
    return Calculation(Operation.SUM, total, False, f"{terms} = {format_number(total)}", tuple(facts), (), wording)


def _yes_or_no_over_time(question: ParsedQuestion, subject: str, measure: str, row: RowLookup) -> Calculation | None:
    cues = domain.question_words().operations
    years = question.years
    if (question.has(*cues.in_any_year) or question.has(*cues.in_every_year)) and years and question.numbers:
        return _across_years(question, subject, measure, row)
    if len(years) == 2:
        return _compare_years(question, subject, measure, years, row)
    if len(years) == 1:
        return _direction(question, subject, measure, years[0], row)
    return None


def _across_years(question: ParsedQuestion, subject: str, measure: str, row: RowLookup) -> Calculation | None:
    """'Did the UK ever dip below 2% between 2014 and 2024?', 'has it been at 2% or more every year since
    2014?': the line tested in every year of the span (to the latest year when only a start is named)."""
    cues = domain.question_words().operations
    line = question.numbers[0].value
    below = question.has(*cues.lesser)
    facts = span_of_years(subject, measure, question.years, row)
    if len(facts) < 2:
        return None
    lines = domain.question_words().table_questions
    strict = question.has(*lines.strict) and not question.has(*lines.inclusive)  # 'above 2%', not 'at or above'
    # 'dip below 2%' never counts 2% itself
    past = [fact for fact in facts if past_the_line(fact.value or 0.0, line, below=below, strict=strict or below)]
    every = question.has(*cues.in_every_year)
    verdict = len(past) == len(facts) if every else bool(past)
    # the years that decide it (those failing an 'every year' test, those passing an 'ever' one), and the span's ends
    deciding = [fact for fact in facts if fact not in past] if every else past
    nearest = (min if below else max)(facts, key=lambda fact: fact.value or 0.0)  # how close it came
    shown = [fact for fact in facts if fact in deciding or fact in (facts[0], facts[-1], nearest)]
    if verdict == every:
        shown = facts  # 'yes, every year', 'no, in no year': a claim on each year's cell, so each is cited
    steps = yearly_steps(shown)  # no figure uncited
    test = f"{'below' if below else 'above' if strict else 'at or above'} {format_number(line)}"
    expression = f"{steps} — {'every year' if every else 'in any year'} {test}: {'yes' if verdict else 'no'}"
    return Calculation(
        Operation.DIFFERENCE, float(len(past)), False, expression, tuple(shown), (), "years", verdict=verdict
    )


def past_the_line(value: float, line: float, *, below: bool, strict: bool) -> bool:
    """Whether a value is past a line on the side asked ('below', 'above'), the line itself counting unless strict."""
    if below:
        return value < line if strict else value <= line
    return value > line if strict else value >= line


def yearly_steps(facts: Sequence[Fact]) -> str:
    """Each year's cited figure, in order ('2014: 1.19; 2015: 1.18'): the steps a calculation over years shows."""
    return "; ".join(f"{fact.period}: {format_number(fact.value or 0.0)}" for fact in facts)


def _rank(question: ParsedQuestion, subject: str, measure: str, row: RowLookup) -> Calculation | None:
    """'Where does Italy rank in spending in 2024?': its place among the allies (or a named group), highest
    first, with its own row and every row ranked above it cited."""
    if subject in WHOLES:
        return None
    members = domain.group_members()
    group = next((name for name in question.groups if subject in members.get(name, ())), None)
    field = list(members[group]) if group else members_of_whole(lexicon.NATO_ALLIES)
    year = question.years[-1] if question.years else None
    facts, _ = _rows(field if subject in field else [*field, subject], measure, year, row)
    own = next((fact for fact in facts if fact.subject == subject), None)
    if own is None or own.value is None or len(facts) < 2 or len({fact.period for fact in facts}) != 1:
        return None
    ranked = sorted(facts, key=lambda fact: -(fact.value or 0.0))
    ahead = [fact for fact in ranked if (fact.value or 0.0) > own.value]
    place = len(ahead) + 1
    terms = " > ".join(format_number(fact.value or 0.0) for fact in [*ahead, own])
    expression = f"{terms}: place {place} of {len(ranked)}"
    wording = f"among {len(ranked)} {'members of ' + group if group else 'allies'}, highest first"
    return Calculation(Operation.RANK, float(place), False, expression, (*ahead, own), (), wording)


def span_of_years(subject: str, measure: str, years: Sequence[int], row: RowLookup) -> list[Fact]:
    """Every year's cell from the first year named to the last (or to the latest one the table has)."""
    end = max(years) if len(years) > 1 else YEARS_TO
    facts = []
    for year in range(min(years), end + 1):
        fact = row(measure, subject, year)
        if fact is None or fact.value is None:
            break
        facts.append(fact)
    return facts if len(years) == 1 or len(facts) == end - min(years) + 1 else []


def _compare_years(
    question: ParsedQuestion, subject: str, measure: str, years: Sequence[int], row: RowLookup
) -> Calculation | None:
    """'Was the US's share of GDP lower in 2024 than in 2014?': the first year named against the second; 'did it
    more than double between 2014 and 2024?': the later year against that multiple of the earlier."""
    cues = domain.question_words().operations
    greater, lesser = question.has(*cues.greater), question.has(*cues.lesser)
    first, second = row(measure, subject, years[0]), row(measure, subject, years[1])
    if greater == lesser or first is None or second is None or first.value is None or second.value is None:
        return None
    multiplier = next(
        (cue_words().multipliers[word] for word in question.words if word in cue_words().multipliers), None
    )
    if multiplier is not None:
        earlier, later = (first, second) if years[0] < years[1] else (second, first)
        return _compare_with_multiple(earlier, later, multiplier, greater=greater)
    verdict = first.value > second.value if greater else first.value < second.value
    expression = (
        f"{format_number(first.value)} ({years[0]}) {_sign(first.value, second.value)} "
        f"{format_number(second.value)} ({years[1]})"
    )
    difference = first.value - second.value
    earlier, later = (first, second) if years[0] < years[1] else (second, first)
    change = _change_between(earlier, later)
    return Calculation(
        Operation.DIFFERENCE,
        difference,
        False,
        f"{expression}; {change[0]}" if change else expression,
        (first, second),
        (),
        "compared",
        verdict=verdict,
        worked_out=change[1] if change else (),
    )


def _change_between(earlier: Fact, later: Fact) -> tuple[str, tuple[float, ...]] | None:
    """'Did Slovenia spend less in 2024 than in 2023?': how far the figure moved from the earlier year to the later,
    beside the yes or no — in points for a share, else as an amount and a percentage of the earlier figure."""
    if earlier.value is None or later.value is None:
        return None
    change = later.value - earlier.value
    if earlier.unit in (Unit.PERCENT, Unit.PERCENT_OF_GDP):
        return f"change {change:+.2f} percentage points", (change,)
    if not earlier.value:
        return None
    percent = change / earlier.value * 100
    return f"change {format_number(round(change, 2))} ({percent:+.1f}%)", (change, percent)


def _compare_with_multiple(earlier: Fact, later: Fact, multiplier: float, *, greater: bool) -> Calculation | None:
    """'Did Sweden's spending more than double between 2014 and 2024?': the later year over the earlier, against
    the multiple named."""
    if not earlier.value or later.value is None:
        return None
    ratio = later.value / earlier.value
    verdict = ratio > multiplier if greater else ratio < multiplier
    expression = (
        f"{format_number(later.value)} ({later.period}) / {format_number(earlier.value)} ({earlier.period}) = "
        f"{format_number(ratio)} {_sign(ratio, multiplier)} {format_number(multiplier)}"
    )
    wording = f"{later.period} as a multiple of {earlier.period}"
    return Calculation(
        Operation.RATIO, ratio, False, expression, (earlier, later), (), wording, verdict=verdict, worked_out=(ratio,)
    )


def _direction(question: ParsedQuestion, subject: str, measure: str, year: int, row: RowLookup) -> Calculation | None:
    """'Did Turkey's spending fall in real terms in 2022?': the sign of that year's stated change."""
    cues = domain.question_words().operations
    rises, falls = question.has(*cues.rises), question.has(*cues.falls)
    fact = row(measure, subject, year)
    if rises == falls or domain.question_words().kind_of_measure(measure) != "change":
        return None
    if fact is None or fact.value is None:
        return None
    verdict = fact.value > 0 if rises else fact.value < 0
    expression = f"{format_number(fact.value)}% {_sign(fact.value, 0.0)} 0"
    return Calculation(Operation.CHANGE, fact.value, True, expression, (fact,), (), "change", verdict=verdict)


def average_years(subject: str, measure: str, start: int, end: int, row: RowLookup) -> Calculation | None:
    """'Germany's average share of GDP over 2014-2024': the unweighted mean of every year's cell."""
    facts = [row(measure, subject, year) for year in range(start, end + 1)]
    found = [fact for fact in facts if fact is not None and fact.value is not None]
    if len(found) != len(facts) or len(found) < 2:
        return None
    values = [fact.value or 0.0 for fact in found]
    mean = sum(values) / len(values)
    terms = " + ".join(format_number(value) for value in values)
    expression = f"({terms}) ÷ {len(values)} = {format_number(mean)}"
    return Calculation(
        Operation.AVERAGE, mean, False, expression, tuple(found), (), f"average {start}–{end} (unweighted)"
    )


def _rows(entities: Sequence[str], measure: str, year: int | None, row: RowLookup) -> tuple[list[Fact], list[str]]:
    found, missing = [], []
    for entity in entities:
        fact = row(measure, entity, year)
        (found.append(fact) if fact is not None and fact.value is not None else missing.append(entity))
    if year is None and found:  # the latest year all of them have
        latest = min(fact.period or "" for fact in found)
        found = [f if f.period == latest else row(measure, f.subject, int(latest)) for f in found]
        found = [f for f in found if f is not None]
    return found, missing


def sum_of_parts(subject: str, measures: Sequence[str], year: int | None, row: RowLookup) -> Calculation | None:
    """'Germany's personnel and equipment shares added up': one subject's rows of two parts of one whole, summed."""
    rows = (row(measure, subject, year) for measure in measures)
    facts = [fact for fact in rows if fact is not None and fact.value is not None]
    if len(facts) < 2 or len({fact.period for fact in facts}) != 1:
        return None
    total = sum(fact.value or 0.0 for fact in facts)
    terms = " + ".join(format_number(fact.value or 0.0) for fact in facts)
    expression = f"{terms} = {format_number(total)}"
    return Calculation(Operation.SUM, total, False, expression, tuple(facts), (), "combined")


def _over_members(
    question: ParsedQuestion, whole: str | None, measure: str, year: int | None, row: RowLookup
) -> Calculation | None:
    """'the simple average across the individual allies (not the aggregate row)': each member's own row;
    'european allies only (no canada, no us) total': the members' rows but those left out."""
    scope = whole or next((name for name in question.excluded if name in WHOLES), None)
    left_out = question.excluded - set(WHOLES)
    if scope == lexicon.EUROPE_AND_CANADA and left_out:
        left_out |= outside_europe_named_apart(question.words)  # 'the European allies, excluding Germany'
    members = [name for name in members_of_whole(scope, year) if name not in left_out] if scope else []
    if Operation.AVERAGE in question.operations and members:
        return _combine(Operation.AVERAGE, members, measure, year, row)
    if (Operation.SUM in question.operations or _adds_up(measure)) and members and left_out:
        # 'what did the European allies spend, excluding Canada?': the whole's members but those, added up
        return _combine(Operation.SUM, members, measure, year, row)
    return None


def _adds_up(measure: str) -> bool:
    return measure in MEASURES and MEASURES[measure].adds_up


def _group_total(entities: list[str], measure: str, year: int | None, row: RowLookup) -> Calculation | None:
    """The group's figure: amounts added up, a ratio of amounts added up (never percentages of GDP added up); per-head
    figures, changes and shares add up to no figure of the group, nor amounts in each ally's own currency unless
    they all share one ('Italy plus Spain in euros')."""
    if _a_ratio(measure):
        return _combined_ratio(entities, measure, year, row)
    if _adds_up(measure):
        return _combine(Operation.SUM, entities, measure, year, row)
    if measure not in MEASURES or MEASURES[measure].in_us_dollars is None:
        return None
    facts, missing = _rows(entities, measure, year, row)
    return _combined(Operation.SUM, facts, missing) if _in_one_currency(facts, missing) else None


def _in_one_currency(facts: list[Fact], missing: list[str]) -> bool:
    """Amounts in national currencies, every ally's in the same one (the euro area's): they add up as they stand."""
    return not missing and len({fact.currency for fact in facts}) == 1 and facts[0].currency is not None


def _a_ratio(measure: str) -> bool:
    return measure in MEASURES and MEASURES[measure].ratio_of is not None


def _combined_ratio(entities: list[str], measure: str, year: int | None, row: RowLookup) -> Calculation | None:
    """'The Baltic states' combined share of GDP': their spending added up over their GDP added up, every cell
    cited; an ally lacking either figure is left out and named (Iceland has no defence budget)."""
    over, under = MEASURES[measure].ratio_of or ("", "")
    tops, _ = _rows(entities, over, year, row)
    bottoms, _ = _rows(entities, under, year, row)
    both = {fact.subject for fact in tops} & {fact.subject for fact in bottoms}
    tops, bottoms = [f for f in tops if f.subject in both], [f for f in bottoms if f.subject in both]
    missing = [entity for entity in entities if entity not in both]
    if len(both) < 2 or {f.period for f in tops} != {f.period for f in bottoms} or len({f.period for f in tops}) != 1:
        return None
    top, bottom = sum(fact.value or 0.0 for fact in tops), sum(fact.value or 0.0 for fact in bottoms)
    if not bottom:
        return None
    result = top / bottom * 100
    added = [" + ".join(format_number(fact.value or 0.0) for fact in facts) for facts in (tops, bottoms)]
    expression = f"({added[0]}) ÷ ({added[1]}) × 100 = {result:.2f}%"
    wording = (
        f"combined {MEASURES[measure].label}, their {MEASURES[over].label} added up over their "
        f"{MEASURES[under].label} added up"
    )
    return Calculation(Operation.SUM, result, True, expression, (*tops, *bottoms), tuple(missing), wording)


def _combine(
    kind: Operation, entities: list[str], measure: str, year: int | None, row: RowLookup
) -> Calculation | None:
    return _combined(kind, *_rows(entities, measure, year, row))


def _combined(kind: Operation, facts: list[Fact], missing: list[str]) -> Calculation | None:
    if len(facts) < 2:
        return None
    values = [fact.value or 0.0 for fact in facts]
    total = sum(values)
    terms = " + ".join(format_number(value) for value in values)
    if kind is Operation.SUM:
        return Calculation(
            kind, total, False, f"{terms} = {format_number(total)}", tuple(facts), tuple(missing), "combined"
        )
    mean = total / len(values)
    expression = f"({terms}) ÷ {len(values)} = {format_number(mean)}"
    return Calculation(kind, mean, False, expression, tuple(facts), tuple(missing), "average (unweighted)")


def _share(
    parts: list[str], whole: str, measure: str, year: int | None, row: RowLookup, wording: str | None = None
) -> Calculation | None:
    """One ally's, or a group's, share of the alliance's (or Europe and Canada's) total, or of another ally's."""
    facts, missing = _rows([*parts, whole], measure, year, row)
    if missing or len({fact.period for fact in facts}) != 1 or not facts[-1].value:
        return None
    *shares, total = facts
    amount = sum(fact.value or 0.0 for fact in shares)
    share = amount / (total.value or 1.0) * 100
    terms = " + ".join(format_number(fact.value or 0.0) for fact in shares)
    numerator = f"({terms})" if len(shares) > 1 else terms
    expression = f"{numerator} ÷ {format_number(total.value or 0.0)} × 100 = {share:.2f}%"
    wording = wording or f"share of {possessive(whole)} total"
    return Calculation(Operation.SHARE_OF_TOTAL, share, True, expression, tuple(facts), (), wording)


def _against_a_line(question: ParsedQuestion, calculation: Calculation | None) -> Calculation | None:
    """'does the US pay over 60% of NATO spending?': the share worked out, yes or no against the line named with
    'over' or 'under' ('about 2/3' names no side: the share alone answers)."""
    lines = [number.value for number in question.numbers if number.percent]
    if calculation is None or not question.yes_no or len(lines) != 1:
        return calculation
    cues = domain.question_words().operations
    greater, lesser = question.has(*cues.greater, "over"), question.has(*cues.lesser, "under")
    if greater == lesser:
        return calculation
    verdict = calculation.result > lines[0] if greater else calculation.result < lines[0]
    return replace(calculation, verdict=verdict)


def _gap(entity: str, line: Fact, measure: str, year: int | None, row: RowLookup) -> Calculation | None:
    """'How far short of 2% was Spain in 2024?', 'by how much over the line?': the distance between the cited line
    and the figure, the larger minus the smaller, its side in words ('short of 2', 'above 2')."""
    fact = row(measure, entity, year)
    if fact is None or fact.value is None or line.value is None:
        return None
    short = line.value > fact.value
    high, low = (line.value, fact.value) if short else (fact.value, line.value)
    gap = high - low
    expression = f"{format_number(high)} − {format_number(low)} = {format_number(round(gap, 4))}"
    wording = f"{'short of' if short else 'above'} {format_number(line.value)}"
    return Calculation(Operation.GAP, gap, False, expression, (fact, line), (), wording)


def _in_constant_prices(question: ParsedQuestion) -> bool:
    return question.has(*domain.question_words().verifier.real_terms)


def _money_to_a_line(
    entity: str, line: Fact, year: int | None, row: RowLookup, *, constant: bool = False
) -> Calculation | None:
    """A line as a share of GDP in money ('how many dollars short of 2% of GDP was Canada?'): that share of the
    economy less what was spent — how much more reaches it, or how far above it the spending is; in constant prices
    both when they are asked."""
    words = domain.question_words()
    spending, economy_measure = (
        (words.amount_measure_constant, words.economy_measure_constant)
        if constant
        else (words.amount_measure, words.economy_measure)
    )
    spent = row(spending, entity, year)
    economy = row(economy_measure, entity, int(spent.period or 0)) if spent and spent.period else None
    if spent is None or economy is None or None in (spent.value, economy.value, line.value):
        return None
    needed = (line.value or 0.0) / 100 * (economy.value or 0.0) - (spent.value or 0.0)
    expression = (
        f"{format_number(line.value or 0.0)}% × {format_number(economy.value or 0.0)} − "
        f"{format_number(spent.value or 0.0)} = {format_number(needed)}"
    )
    side = "more to reach" if needed > 0 else "above"
    wording = f"{side} {format_number(line.value or 0.0)}% of GDP"
    return Calculation(Operation.GAP, abs(needed), False, expression, (spent, economy, line), (), wording)


def _money_to_a_line_together(
    entities: list[str], line: Fact, year: int | None, row: RowLookup, *, constant: bool
) -> Calculation | None:
    """What several allies together need to each reach a line as a share of GDP: each one's money to the line added
    up, an ally already at or above it needing nothing."""
    each = [_money_to_a_line(entity, line, year, row, constant=constant) for entity in entities]
    if any(gap is None for gap in each):
        return None
    needed = [gap for gap in each if gap is not None and gap.wording.startswith("more to reach")]
    if not needed:
        return None
    total = sum(gap.result for gap in needed)
    terms = " + ".join(format_number(gap.result) for gap in needed)
    operands = tuple(fact for gap in needed for fact in gap.operands[:2])
    wording = f"more to reach {format_number(line.value or 0.0)}% of GDP, added up"
    expression = f"{terms} = {format_number(total)}"
    return Calculation(Operation.SUM, total, False, expression, (*operands, line), (), wording)


def _part_of_the_economy(question: ParsedQuestion, entity: str, year: int | None, row: RowLookup) -> Calculation | None:
    """'What would 2% of Italy's 2024 GDP have been, in dollars?': the percentage the question supposes (its own, no
    figure of the documents) of the economy's cell, in constant prices when they are asked."""
    shares = [number.value for number in question.numbers if number.percent]
    words = domain.question_words()
    measure = words.economy_measure_constant if _in_constant_prices(question) else words.economy_measure
    economy = row(measure, entity, year)
    if len(set(shares)) != 1 or economy is None or economy.value is None:
        return None
    amount = shares[0] / 100 * economy.value
    expression = f"{format_number(shares[0])}% × {format_number(economy.value)} = {format_number(amount)}"
    wording = f"{format_number(shares[0])}% of GDP"
    return Calculation(Operation.PART_OF_THE_ECONOMY, amount, False, expression, (economy,), (), wording)


def _gap_between(entities: list[str], measure: str, year: int | None, row: RowLookup) -> Calculation | None:
    """'How far is Norway behind the US in 2024?': the distance between two allies' cells of one year, the larger
    minus the smaller, who is ahead in words."""
    facts, missing = _rows(entities, measure, year, row)
    if missing or len(facts) != 2 or facts[0].period != facts[1].period:
        return None
    high, low = sorted(facts, key=lambda fact: fact.value or 0.0, reverse=True)
    gap = (high.value or 0.0) - (low.value or 0.0)
    expression = f"{format_number(high.value or 0.0)} − {format_number(low.value or 0.0)} = {format_number(gap)}"
    return Calculation(Operation.GAP, gap, False, expression, tuple(facts), (), f"{low.subject} behind {high.subject}")


def _ratio(entities: list[str], measure: str, year: int | None, row: RowLookup) -> Calculation | None:
    facts, _ = _rows(entities, measure, year, row)
    if len(facts) != 2 or not facts[1].value:
        return None
    ratio = (facts[0].value or 0.0) / facts[1].value
    expression = f"{format_number(facts[0].value or 0.0)} ÷ {format_number(facts[1].value)} = {ratio:.2f}"
    return Calculation(Operation.RATIO, ratio, False, expression, tuple(facts), (), "times as much as")


def ratio_of_years(subject: str, measure: str, years: Sequence[int], row: RowLookup) -> Calculation | None:
    """'Poland's 2024 spending is how many times its 2014 level?': the first year named over the second."""
    first, second = row(measure, subject, years[0]), row(measure, subject, years[1])
    if first is None or second is None or first.value is None or not second.value:
        return None
    ratio = first.value / second.value
    expression = f"{format_number(first.value)} ÷ {format_number(second.value)} = {ratio:.2f}"
    return Calculation(
        Operation.RATIO, ratio, False, expression, (first, second), (), f"{years[0]} as a multiple of {years[1]}"
    )


def _change(entity: str, measure: str, start: int, end: int, row: RowLookup) -> Calculation | None:
    first, last = row(measure, entity, start), row(measure, entity, end)
    if first is None or last is None or not first.value or last.value is None:
        return None
    change = (last.value - first.value) / first.value * 100
    old, new = format_number(first.value), format_number(last.value)
    expression = f"({new} − {old}) ÷ {old} × 100 = {change:+.1f}%"
    return Calculation(Operation.CHANGE, change, True, expression, (first, last), (), f"change {start}–{end}")


def _annual_growth(entity: str, measure: str, start: int, end: int, row: RowLookup) -> Calculation | None:
    """'Poland's CAGR 2014-2024': the growth a year that, compounded, takes the first year's amount to the last's.
    A share has no such rate (its change is in points), nor has a change."""
    first, last = row(measure, entity, start), row(measure, entity, end)
    if first is None or last is None or not first.value or not last.value or first.value * last.value < 0:
        return None
    if (
        first.unit in (Unit.PERCENT, Unit.PERCENT_OF_GDP)
        or domain.question_words().kind_of_measure(measure) == "change"
    ):
        return None
    years = end - start
    rate = ((last.value / first.value) ** (1 / years) - 1) * 100
    old, new = format_number(first.value), format_number(last.value)
    expression = f"({new} ÷ {old})^(1/{years}) − 1 = {rate:+.2f}% a year"
    wording = f"compound annual growth {start}–{end} ({years} years)"
    return Calculation(Operation.ANNUAL_GROWTH, rate, True, expression, (first, last), (), wording)


def _change_in_points(entity: str, measure: str, start: int, end: int, row: RowLookup) -> Calculation | None:
    """'Europe and Canada % of GDP, how much up from 2023 to 2024 (pp)?': a share's change in percentage points,
    the later share minus the earlier (never the percentage the share grew by)."""
    first, last = row(measure, entity, start), row(measure, entity, end)
    if first is None or last is None or first.value is None or last.value is None:
        return None
    if first.unit not in (Unit.PERCENT, Unit.PERCENT_OF_GDP):
        return None  # an amount has no percentage points
    change = last.value - first.value
    expression = f"{format_number(last.value)} − {format_number(first.value)} = {format_number(round(change, 4))}"
    return Calculation(Operation.DIFFERENCE, change, False, expression, (first, last), (), f"change {start}–{end}")


def _compare(
    question: ParsedQuestion, entities: list[str], measure: str, year: int | None, row: RowLookup
) -> Calculation | None:
    """'Did Poland have more military personnel than Germany in 2024?': yes or no, both cells cited."""
    cues = domain.question_words().operations
    greater, lesser = question.has(*cues.greater), question.has(*cues.lesser)
    if greater == lesser:
        return None
    facts, _ = _rows(entities, measure, year, row)
    if len(facts) != 2 or facts[0].period != facts[1].period:
        return None
    first, second = (fact.value or 0.0 for fact in facts)
    verdict = first > second if greater else first < second
    expression = f"{format_number(first)} {_sign(first, second)} {format_number(second)}"
    difference = first - second
    points = " percentage points" if facts[0].unit in (Unit.PERCENT, Unit.PERCENT_OF_GDP) else ""
    return Calculation(
        Operation.DIFFERENCE,
        difference,
        False,
        f"{expression}; difference {format_number(round(difference, 2))}{points}",  # 'and by how much?'
        tuple(facts),
        (),
        "compared",
        verdict=verdict,
        worked_out=(difference,),
    )


@functools.cache
def _names_and_groups() -> dict[tuple[str, ...], str]:
    """The entities' aliases and the groups' (a group's alias where both have it), one table for every question."""
    return {**lexicon.entity_aliases(), **domain.group_aliases()}


def _claimed(question: ParsedQuestion) -> bool:
    """'Spain and Italy combined outspent Germany in 2024 — what are the numbers?': a comparison stated before
    what is asked (no question word before the word parting its sides) is checked as a yes or no, each side cited."""
    cues = domain.question_words().operations
    pivot = _pivot(list(question.words))
    if pivot is None or question.has(*cues.greater) == question.has(*cues.lesser) or question.operations & NOT_CLAIMS:
        return False
    asking = set(domain.question_words().interrogatives)
    return not set(question.words[:pivot]) & asking and bool(set(question.words[pivot:]) & asking)


def _pivot(words: list[str]) -> int | None:
    """Where the word parting a comparison's sides stands ('than', 'outspent', 'vs'), if the question has one."""
    parting = domain.question_words().sides_parted_by
    return next((index for index, word in enumerate(words) if word in parting), None)


def comparison_sides(question: ParsedQuestion, entities: list[str]) -> tuple[list[str], list[str]] | None:
    """'does turkey have more troops than germany and france combined?', 'Spain and Italy combined outspent
    Germany': the allies named before the word parting the sides and those named after it (a group named stands
    for its members)."""
    words = list(question.words)
    pivot = _pivot(words)
    if pivot is None:
        return None
    members = domain.group_members()
    before: list[str] = []
    after: list[str] = []
    for mention in find_mentions(words, _names_and_groups()):
        side = before if mention.end <= pivot else after if mention.start > pivot else None
        for name in members.get(mention.target, (mention.target,)):
            if side is not None and name in entities and name not in side:
                side.append(name)
    if not before or not after or set(before) & set(after) or len(before) + len(after) != len(entities):
        return None
    return before, after


def _compare_sums(
    question: ParsedQuestion, entities: list[str], measure: str, year: int | None, row: RowLookup
) -> Calculation | None:
    """'Does Türkiye have more military personnel than Germany and France combined?': yes or no, each side's
    cells added up, every cell cited."""
    cues = domain.question_words().operations
    greater, lesser = question.has(*cues.greater), question.has(*cues.lesser)
    sides = comparison_sides(question, entities)
    if greater == lesser or sides is None:
        return None
    facts, missing = _rows([*sides[0], *sides[1]], measure, year, row)
    if missing or len({fact.period for fact in facts}) != 1:
        return None
    first_facts, second_facts = facts[: len(sides[0])], facts[len(sides[0]) :]
    first = sum(fact.value or 0.0 for fact in first_facts)
    second = sum(fact.value or 0.0 for fact in second_facts)
    verdict = first > second if greater else first < second
    expression = f"{_added(first_facts)} {_sign(first, second)} {_added(second_facts)}"
    sums = tuple(total for total, side in ((first, first_facts), (second, second_facts)) if len(side) > 1)
    return Calculation(
        Operation.DIFFERENCE,
        first - second,
        False,
        expression,
        tuple(facts),
        (),
        "compared",
        verdict=verdict,
        worked_out=sums,
    )


def _between_sides(
    question: ParsedQuestion, entities: list[str], measure: str, year: int | None, row: RowLookup
) -> Calculation | None:
    """'How much more did the Visegrad four spend than the Nordic allies?', 'how many points higher was the Baltic
    states' average than the Iberian allies'?': each side's sum (or simple average) and the difference between
    them, never one sum or average over both sides."""
    sides = comparison_sides(question, entities)
    if sides is None:
        return None
    first_facts, first_missing = _rows(sides[0], measure, year, row)
    second_facts, second_missing = _rows(sides[1], measure, year, row)
    named_missing = set(first_missing + second_missing) & set(question.entities)
    facts = [*first_facts, *second_facts]
    if not first_facts or not second_facts or named_missing or len({fact.period for fact in facts}) != 1:
        return None  # a group's member with no row at all (Iceland's spending) is said missing, an ally named not
    averaged = Operation.AVERAGE in question.operations
    first, second = (_side_value(side, averaged=averaged) for side in (first_facts, second_facts))
    difference = first - second
    expression = (
        f"{_side_worked_out(first_facts, averaged=averaged)} − {_side_worked_out(second_facts, averaged=averaged)}"
        f" = {format_number(difference)}"
    )
    wording = "difference between the averages (unweighted)" if averaged else "difference between the totals"
    missing = tuple(first_missing + second_missing)
    return Calculation(
        Operation.DIFFERENCE, difference, False, expression, tuple(facts), missing, wording, worked_out=(first, second)
    )


def between_several(question: ParsedQuestion) -> bool:
    """A difference asked between two sides, one of them several allies or a group ('the Visegrad four … than the
    Nordic allies')."""
    if Operation.DIFFERENCE not in question.operations:
        return False
    sides = comparison_sides(question, operand_entities(question))
    return sides is not None and max(len(side) for side in sides) >= 2


def _side_value(facts: list[Fact], *, averaged: bool) -> float:
    total = sum(fact.value or 0.0 for fact in facts)
    return total / len(facts) if averaged else total


def _side_worked_out(facts: list[Fact], *, averaged: bool) -> str:
    """A side's sum ('(204.67 + 185.64 = 390.31)') or simple average ('((3.43 + 3.15) ÷ 2 = 3.29)')."""
    if len(facts) == 1:
        return format_number(facts[0].value or 0.0)
    if not averaged:
        return _added(facts)
    terms = " + ".join(format_number(fact.value or 0.0) for fact in facts)
    return f"(({terms}) ÷ {len(facts)} = {format_number(_side_value(facts, averaged=True))})"


def _added(facts: list[Fact]) -> str:
    """One cell as it is; several as their sum ('204.67 + 185.64 = 390.31')."""
    total = sum(fact.value or 0.0 for fact in facts)
    if len(facts) == 1:
        return format_number(total)
    return f"({' + '.join(format_number(fact.value or 0.0) for fact in facts)} = {format_number(total)})"


def _sign(first: float, second: float) -> str:
    return ">" if first > second else "<" if first < second else "="
