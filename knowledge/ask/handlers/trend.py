"""'How has Poland's share of GDP changed since 2014?': the change between two years, each cell cited."""

from __future__ import annotations

from dataclasses import replace

from knowledge import domain, phrasing
from knowledge.aggregate import TableQuestion
from knowledge.ask import arithmetic
from knowledge.ask.handlers.calculated import calculated
from knowledge.ask.handlers.facts import compose
from knowledge.ask.index import FactIndex
from knowledge.ask.parse import Operation
from knowledge.ask.quantities import asks_a_percentage, asks_basis_points
from knowledge.ask.render import Renderer
from knowledge.ask.suggest import Suggester
from knowledge.ask.types import ANSWER_SCORE, Draft, Reply, Resolution
from knowledge.models import Fact, Unit
from knowledge.question import Question


def trend(
    index: FactIndex,
    render: Renderer,
    suggester: Suggester,
    question: str,
    parsed: Question,
    spec: TableQuestion,
    measure: str,
) -> Reply | None:
    # the first subject named that the table has a row for: an ally, the alliance or Europe and Canada
    country = next((name for name in parsed.entities if _has_row(index, measure, name)), None)
    if country is None:
        return None
    facts = index.by_measure_subject.get((measure, country), [])
    spans = [fact for fact in facts if fact.citation.cell is not None and "-" in (fact.period or "")]
    if spans:
        # "how much has Poland's spending grown in real terms since 2014": the table states the change itself
        period = index.table_period(measure, spec.years)
        stated = [fact for fact in spans if fact.period == period]
        return compose(render, question, parsed, Resolution(stated, ANSWER_SCORE)) if stated else None
    series = sorted(
        (fact for fact in facts if fact.period and fact.period.isdigit()), key=lambda fact: fact.period or ""
    )
    if not series:
        return None
    by_year = {fact.year: fact for fact in series}
    start_year = spec.years[0] if spec.years else series[0].year
    end_year = spec.years[-1] if len(spec.years) >= 2 else series[-1].year
    start, end = by_year.get(start_year), by_year.get(end_year)
    if start is None or end is None or start is end:
        return suggester.no_table_data(question, parsed, measure, str(start_year if start is None else end_year))
    if parsed.has(*domain.question_words().operations.ratio):
        # 'how many times did us spending grow from 2014 to 2024': the later year's cell over the earlier one's
        multiple = arithmetic.ratio_of_years(country, measure, (end_year, start_year), index.table_row)
        if multiple is not None:
            return calculated(render, question, multiple)
    window = [fact for fact in series if start_year <= (fact.year or 0) <= end_year]
    draft = change_between(
        render,
        question,
        country,
        window,
        start,
        end,
        in_percent=asks_a_percentage(parsed.words),
        in_basis_points=asks_basis_points(parsed),
    )
    change = (end.value or 0) - (start.value or 0)
    return _way_it_went(parsed, _as_yes_or_no(parsed, _as_a_fall(parsed, draft, change, end), change), change)


def _way_it_went(parsed: Question, draft: Draft, change: float) -> Draft:
    """'did it go up or down?', 'rise or fall?': both ways offered, the way it went is said first."""
    if draft.yes_no or not _either_way(parsed):
        return draft
    way = "Up" if change > 0 else "Down" if change < 0 else "Unchanged"
    return replace(draft, lines=[f"**{way}** — {draft.lines[0]}", *draft.lines[1:]])


def _as_a_fall(parsed: Question, draft: Draft, change: float, end: Fact) -> Draft:
    """'greece %gdp drop from 2021 to 2024, how many pts', 'how many fewer personnel did the UK have in 2024
    compared with 2014?': a fall asked is told by its size ('a fall of 0.62 percentage points'), beside the signed
    change."""
    operations = domain.question_words().operations
    # 'did it go up or down, and by how much?': a fall is told by its size too
    falls = parsed.has(*operations.falls, *operations.lesser, *domain.question_words().series.either_way)
    if change >= 0 or (parsed.opens_as_yes_or_no and not _either_way(parsed)) or not falls:
        return draft
    size = f"a fall of {phrasing.format_change(abs(change), end)}"
    lines = [draft.lines[0], f"{draft.lines[1]}, {size}", *draft.lines[2:]]
    return replace(draft, lines=lines, values=[round(abs(change), 4), *draft.values])


def _either_way(parsed: Question) -> bool:
    return parsed.has(*domain.question_words().series.either_way)


def _as_yes_or_no(parsed: Question, draft: Draft, change: float) -> Draft:
    """'did the US share of GDP fall between 2014 and 2024?': yes or no first, by which way the figure went."""
    words = domain.question_words()
    falls, rises = parsed.has(*words.operations.falls), parsed.has(*words.operations.rises)
    if not parsed.opens_as_yes_or_no or falls == rises:
        return draft
    verdict = "Yes" if (change < 0 if falls else change > 0) else "No"
    return replace(draft, lines=[f"**{verdict}** — {draft.lines[0]}", *draft.lines[1:]], yes_no=True)


def _has_row(index: FactIndex, measure: str, name: str) -> bool:
    return any(fact.citation.cell is not None for fact in index.by_measure_subject.get((measure, name), []))


def change_between(
    render: Renderer,
    question: str,
    country: str,
    window: list[Fact],
    start: Fact,
    end: Fact,
    *,
    in_percent: bool = False,
    in_basis_points: bool = False,
) -> Draft:
    """The change from `start` to `end`, with every year of the `window` between them; `in_percent` when the
    question asks the change as a percentage ('personnel, percentage increase 2014 to 2024'), `in_basis_points`
    when it asks a change of shares in hundredths of a point ('how many bps did it move')."""
    change = (end.value or 0) - (start.value or 0)
    calculation = (
        f"{phrasing.format_value(end)} ({end.period}) − {phrasing.format_value(start)} ({start.period}) = "
        f"{'+' if change >= 0 else '−'}{phrasing.format_change(abs(change), end)}"
    )
    in_levels = end.unit not in (Unit.PERCENT, Unit.PERCENT_OF_GDP)  # a change of shares is in points, not %
    # 'by what percent did Germany's share of GDP rise': the points first, and the rise relative to where it began
    relative = change / start.value * 100 if start.value and (in_levels or in_percent) else None
    if relative is not None:
        calculation += f" ({relative:+.1f}%)" if in_levels else f" ({relative:+.2f}% of its {start.period} share)"
    headline = f"{country}: {phrasing.format_value(start)} → {phrasing.format_value(end)}"
    if relative is not None and in_percent and in_levels:
        headline = f"{country}: {relative:+.1f}% ({phrasing.format_value(start)} → {phrasing.format_value(end)})"
    basis_points = round(change * 100, 2) if in_basis_points and not in_levels else None
    if basis_points is not None:
        calculation += f" = {basis_points:+.0f} basis points"
        levels = f"{phrasing.format_value(start)} → {phrasing.format_value(end)}"
        headline = f"{country}: {basis_points:+.0f} basis points ({levels})"
    lines = [
        f"**{headline}** ({start.period}–{end.period}{', latest an estimate' if end.estimate else ''})",
        f"Change: {calculation}",
        f"{phrasing.statement(start)}{render.cite(start)}",
        f"{phrasing.statement(end)}{render.cite(end)}",
        "Year by year: "
        + " · ".join(f"{fact.period} {phrasing.format_value(fact)} ({fact.citation.cell})" for fact in window),
    ]
    return Draft(
        question,
        lines,
        headline,
        window,
        cited=(start, end),
        values=[
            *([basis_points] if basis_points is not None else []),
            *_stated_values(start, end, change, relative, window, in_percent=in_percent),
        ],
        confidence=0.85,
        calculation=calculation,
        operation=Operation.CHANGE.value,
    )


def _stated_values(
    start: Fact, end: Fact, change: float, relative: float | None, window: list[Fact], *, in_percent: bool
) -> list[float]:
    """Every figure the answer states, the headline's first: the percentage when one is asked."""
    levels = [start.value or 0, end.value or 0, round(change, 4)]
    percent = [round(relative, 4)] if relative is not None else []
    stated = [*percent, *levels] if in_percent else [*levels, *percent]
    return [*stated, *(fact.value or 0 for fact in window)]
