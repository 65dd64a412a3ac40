"""Operations over the years of one subject's series, every cell they rest on cited: the years in a row a line has
been met ('how many consecutive years has Estonia stayed at or above 2%, and since when?'), the year of the series'
highest or lowest figure ('in which year did the US share hit its lowest point?') and two periods compared by their
averages ('average share 2014–2018 versus 2019–2024')."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge import domain, lexicon
from knowledge.aggregate import figure_named
from knowledge.ask.arithmetic import (
    YEARS_FROM,
    YEARS_TO,
    Calculation,
    RowLookup,
    average_years,
    one_subject,
    operand_entities,
    past_the_line,
    span_of_years,
    yearly_steps,
)
from knowledge.ask.measures_asked import change_measures
from knowledge.ask.parse import Operation, ParsedQuestion
from knowledge.ask.quantities import Extreme
from knowledge.ask.render import plain
from knowledge.models import Fact, Unit
from knowledge.phrasing import format_number, format_value

PERIOD_BOUNDS = 4  # two periods named by their first and last years: 2014–2018 versus 2019–2024
SPAN_ENDS = 2  # a span named by its first and last year


@dataclass(frozen=True)
class Line:
    """A line a series is tested against: its figure, from which side and whether the figure itself counts."""

    value: float
    below: bool
    strict: bool
    percent: bool = False  # typed as a percentage ('2%'): a line only for cells that are percentages
    of_a_change: bool = False  # 'negative', 'did it fall': zero, the line of a change, never of a level

    def fits(self, sample: Fact) -> bool:
        """A percentage line for percentages; a plain line ('200,000') only at zero, since the question's scale and
        the cells' (thousands, millions) differ; a change's line only for cells that are changes."""
        if self.of_a_change:
            return sample.measure in change_measures()
        in_percent = sample.unit in (Unit.PERCENT, Unit.PERCENT_OF_GDP)
        return in_percent if self.percent else self.value == 0.0 or in_percent

    def met(self, value: float) -> bool:
        return past_the_line(value, self.value, below=self.below, strict=self.strict)

    def said(self, sample: Fact) -> str:
        """The test in the unit of the cells tested ('at or above 2% of GDP')."""
        side = ("below" if self.strict else "at or below") if self.below else "above" if self.strict else "at or above"
        return f"{side} {figure_named(self.value, sample)}"


def line_asked(question: ParsedQuestion) -> Line | None:
    """The line a question tests each year against ('at or above 2%', 'above 3%', 'fell short of 2%'); 'negative'
    is a line at zero. None when it names no figure but years."""
    years = set(question.years)
    typed = next((number for number in question.numbers if number.value not in years), None)
    figure = typed.value if typed is not None else None
    words = domain.question_words()
    series = words.series
    # 'in how many years did its real spending fall?': a fall is a change below zero
    below = question.has(*series.below) or (figure is None and question.has(*words.operations.falls))
    if figure is None and not below and not question.has(*words.operations.rises):
        return None
    sides = words.table_questions
    # 'negative', 'positive': zero itself is neither
    strict = figure is None or (question.has(*sides.strict, *series.below) and not question.has(*sides.inclusive))
    percent = bool(typed and typed.percent)
    return Line(
        0.0 if figure is None else figure, below=below, strict=strict, percent=percent, of_a_change=figure is None
    )


def series_calculation(question: ParsedQuestion, measure: str, row: RowLookup) -> Calculation | None:
    """The series operation a question asks of one subject's cells, if it asks one."""
    subject = one_subject(question, operand_entities(question))
    # 'European and Canadian spending' names a whole beside an ally of it: whose series is asked is not one
    named = [name for name in question.entities if name != lexicon.NATO_ALLIES]
    if subject is None or len(named) > 1:
        return None
    operations = question.operations
    if Operation.YEARS_COUNTED in operations:
        line = line_asked(question)
        return None if line is None else _years_counted(question, subject, measure, line, row)
    if Operation.STREAK in operations:
        line = line_asked(question)
        return None if line is None else _streak(subject, measure, line, _last_year(question), row)
    end = _end_asked(question)
    if Operation.SERIES_EXTREME in operations and end is not None:
        return _extreme_year(subject, measure, question, end, row)
    if Operation.AVERAGE in operations and _two_periods_named(question.years):
        return _periods_compared(subject, measure, question.years, row)
    return None


def _years_counted(
    question: ParsedQuestion, subject: str, measure: str, line: Line, row: RowLookup
) -> Calculation | None:
    """'In how many years from 2014 to 2024 was the UK at or above 2%?': each year of the span tested against the
    line, all cited."""
    years = [year for year in question.years if year != line.value]
    if len(years) != SPAN_ENDS:
        return None
    facts = span_of_years(subject, measure, years, row)
    if len(facts) < SPAN_ENDS or not line.fits(facts[0]):
        return None
    met = [fact for fact in facts if line.met(fact.value or 0.0)]
    steps = yearly_steps(facts)
    test, years_met = line.said(facts[0]), ", ".join(fact.period or "" for fact in met)
    expression = f"{steps} — {test} in {len(met)} of {len(facts)} years ({years_met})"
    return Calculation(Operation.YEARS_COUNTED, float(len(met)), False, expression, tuple(facts), (), f"years {test}")


def _last_year(question: ParsedQuestion) -> int | None:
    """'through 2024', 'as of 2023': the year a run is counted back from; the table's latest without one."""
    return max(question.years) if len(question.years) == 1 else None


def _series(subject: str, measure: str, row: RowLookup, first: int = YEARS_FROM, last: int = YEARS_TO) -> list[Fact]:
    """Every year's cell the table has for the subject between `first` and `last`, in order."""
    cells = (row(measure, subject, year) for year in range(first, last + 1))
    return [fact for fact in cells if fact is not None and fact.value is not None and fact.period == str(fact.year)]


def _streak(subject: str, measure: str, line: Line, last: int | None, row: RowLookup) -> Calculation | None:
    """The years in a row, back from `last` (or the latest year), whose cell met the line; the year before the run,
    which broke it, is cited beside it. No run (the last year missed the line), or one back to the table's first
    year (which may have begun before it): None."""
    series = _series(subject, measure, row, last=last or YEARS_TO)
    if not series or not line.fits(series[0]):
        return None
    run: list[Fact] = []
    for fact in reversed(series):
        if not line.met(fact.value or 0.0):
            break
        run.insert(0, fact)
    before = series[len(series) - len(run) - 1 : len(series) - len(run)]
    if not run or not before:
        return None  # no run, or one back to the table's first year: it may have begun before, so no count is known
    first, end = run[0].period or "", run[-1].period or ""
    steps = yearly_steps([*before, *run])
    test = line.said(run[0])
    expression = f"{steps} — {test} every year {first}–{end}: {len(run)} years in a row; {before[0].period} not {test}"
    wording = f"years in a row {test}, since {first}"
    return Calculation(
        Operation.STREAK,
        float(len(run)),
        False,
        expression,
        (*before, *run),
        (),
        wording,
        worked_out=(float(first),),
        headline=f"{len(run)} years in a row, since {first}",
    )


def _end_asked(question: ParsedQuestion) -> Extreme | None:
    """'when did it peak?' asks the highest year, 'bottom out' the lowest; else the superlative's end."""
    series = domain.question_words().series
    highest, lowest = question.has(*series.highest), question.has(*series.lowest)
    if highest != lowest:
        return Extreme.GREATER if highest else Extreme.LESSER
    return question.extreme


def _extreme_year(
    subject: str, measure: str, question: ParsedQuestion, end: Extreme, row: RowLookup
) -> Calculation | None:
    """The year of the series' highest (or lowest) cell, over the span named or the whole table; every year of it
    cited, each being a figure it was weighed against."""
    years = question.years
    series = (
        _series(subject, measure, row, min(years), max(years)) if len(years) >= 2 else _series(subject, measure, row)
    )
    if len(series) < 2:
        return None
    lowest = end is Extreme.LESSER
    chosen = (min if lowest else max)(series, key=lambda fact: fact.value or 0.0)
    end_said = "lowest" if lowest else "highest"
    steps = yearly_steps(series)
    expression = f"{steps} — {end_said}: {format_number(chosen.value or 0.0)} in {chosen.period}"
    return Calculation(
        Operation.SERIES_EXTREME,
        float(chosen.year or 0),
        False,
        expression,
        tuple(series),
        (),
        f"the year of the {end_said} figure, {series[0].period}–{series[-1].period}",
        worked_out=(chosen.value or 0.0,),
        headline=f"{chosen.period}, at {_in_unit(chosen, chosen.value or 0.0)}",
    )


def _two_periods_named(years: tuple[int, ...]) -> bool:
    """Two spans named by their ends, one after the other: '2014–2018 versus 2019–2024'."""
    return len(years) == PERIOD_BOUNDS and years[0] < years[1] < years[2] < years[3]


def _periods_compared(subject: str, measure: str, years: tuple[int, ...], row: RowLookup) -> Calculation | None:
    """Each period's unweighted mean of its yearly cells, and how far the later one is from the earlier."""
    earlier = average_years(subject, measure, years[0], years[1], row)
    later = average_years(subject, measure, years[2], years[3], row)
    if earlier is None or later is None:
        return None
    difference = later.result - earlier.result
    expression = (
        f"{years[0]}–{years[1]}: {earlier.expression}; {years[2]}–{years[3]}: {later.expression}; "
        f"{format_number(later.result)} − {format_number(earlier.result)} = {difference:+.2f}"
    )
    sample = earlier.operands[0]
    headline = (
        f"{_in_unit(sample, earlier.result)} ({years[0]}–{years[1]}) against "
        f"{_in_unit(sample, later.result)} ({years[2]}–{years[3]})"
    )
    return Calculation(
        Operation.AVERAGE,
        earlier.result,
        False,
        expression,
        (*earlier.operands, *later.operands),
        (),
        "averages of two periods (unweighted)",
        worked_out=(later.result, difference),
        headline=headline,
    )


def _in_unit(sample: Fact, value: float) -> str:
    """A worked-out figure in the unit of the cells it comes from ('1.21% of GDP')."""
    return plain(format_value(sample.model_copy(update={"value": round(value, 4)})))
