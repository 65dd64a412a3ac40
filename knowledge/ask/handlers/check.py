"""'Is Spain meeting the 2% target?': yes or no for each ally named, with the figure that decides it."""

from __future__ import annotations

from collections.abc import Callable

from knowledge import aggregate, domain, phrasing
from knowledge.aggregate import TableQuestion
from knowledge.ask.index import FactIndex, named_allies
from knowledge.ask.render import Renderer
from knowledge.ask.statements import figure_as_written
from knowledge.ask.types import Draft
from knowledge.models import Fact
from knowledge.question import Question

NOT_SPENT = frozenset({"target", "proposal", "minimum", "maximum", "deadline"})  # qualifiers of goals and plans


def check(index: FactIndex, question: str, parsed: Question, spec: TableQuestion, measure: str) -> Draft | None:
    # the allies named, else the one whole named ('were nato europe and canada together over 2%?'): its own row
    members = aggregate.group_members_named(parsed)  # 'did all three baltic states meet 2%?': each member's row
    named = (
        named_allies(parsed)
        or members
        or [name for name in parsed.entities if index.latest_row(measure, name, spec.years)][:1]
    )
    rows = [row for country in named if (row := index.latest_row(measure, country, spec.years)) is not None]
    if not rows or len(rows) < len(named):
        return None
    return _checked(index, question, parsed, spec, rows, members)


def check_stated(
    index: FactIndex, render: Renderer, question: str, parsed: Question, spec: TableQuestion
) -> Draft | None:
    """'Did Germany hit 2% in 2024?' where no table has a row: each ally's share of GDP in the year asked, as a
    document states it ('Germany meets the guideline …, at an estimated 2.12%'); one figure each, never a goal or a
    plan, and nothing when a document states two different ones."""
    named = named_allies(parsed)
    if spec.threshold is None or spec.direction or len(spec.years) != 1 or not named:
        return None
    kind = domain.question_words().headline_measure
    rows = []
    for country in named:
        stated = [
            fact
            for fact in index.kb.facts  # a statement only the open fact model reads among them
            if fact.subject == country
            and not fact.low_trust
            and fact.citation.cell is None
            and fact.measure_kind == kind
            and fact.period == str(spec.years[0])
            and fact.value is not None
            and not set(fact.qualifiers) & NOT_SPENT
        ]
        if len({fact.value for fact in stated}) != 1:
            return None
        rows.append(stated[0])

    def said(row: Fact) -> str:
        return f"{row.subject}: {render.quoted(row, figure_as_written(row))}"

    return _checked(index, question, parsed, spec, rows, [], said)


def _checked(
    index: FactIndex,
    question: str,
    parsed: Question,
    spec: TableQuestion,
    rows: list[Fact],
    members: list[str],
    described: Callable[[Fact], str] | None = None,
) -> Draft:
    condition = aggregate.describe_condition(spec, rows[0])
    latest = "" if spec.years else " (the latest year in the tables)"
    lines: list[str] = []
    verdicts: list[str] = []
    for row in rows:
        verdict = "Yes" if aggregate.meets(row, spec) else "No"
        verdicts.append(f"{row.subject}: {verdict.lower()}")
        document = index.documents[row.citation.document]
        said = described(row) if described else f"{phrasing.statement(row)}{phrasing.cite(row, document)}"
        lines.append(f"**{verdict}** — {condition}{latest}: {said}")
    if len(rows) == 1:
        headline = f"{verdict}: {phrasing.format_value(rows[0])} in {rows[0].period}"
    else:
        headline = " · ".join(verdicts)
    if members and not named_allies(parsed):  # a group asked about as one: all of its members, or any one
        met = sum(aggregate.meets(row, spec) for row in rows)
        any_one = parsed.has(*domain.question_words().table_questions.any_member)
        overall = "Yes" if (met > 0 if any_one else met == len(rows)) else "No"
        headline = f"{overall}: {met} of {len(rows)} {condition} — {headline}"
        lines.insert(0, f"**{overall}** — {met} of {len(rows)} {condition}{latest}:")
    return Draft(
        question,
        lines,
        headline,
        rows,
        values=[f.value for f in rows if f.value is not None],
        confidence=0.85,
        yes_no=True,
        conditions=[spec.threshold] if spec.threshold is not None else [],
    )
