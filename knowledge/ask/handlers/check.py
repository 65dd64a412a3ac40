"""'Is Spain meeting the 2% target?': yes or no for each ally named, with the figure that decides it."""

from __future__ import annotations

from knowledge import aggregate, phrasing
from knowledge.aggregate import TableQuestion
from knowledge.ask.index import FactIndex, named_allies
from knowledge.ask.types import Draft
from knowledge.question import Question


def check(index: FactIndex, question: str, parsed: Question, spec: TableQuestion, measure: str) -> Draft | None:
    # the allies named, else the one whole named ('were nato europe and canada together over 2%?'): its own row
    named = (
        named_allies(parsed) or [name for name in parsed.entities if index.latest_row(measure, name, spec.years)][:1]
    )
    rows = [row for country in named if (row := index.latest_row(measure, country, spec.years)) is not None]
    if not rows or len(rows) < len(named):
        return None
    condition = aggregate.describe_condition(spec, rows[0])
    latest = "" if spec.years else " (the latest year in the tables)"
    lines: list[str] = []
    verdicts: list[str] = []
    for row in rows:
        verdict = "Yes" if aggregate.meets(row, spec) else "No"
        verdicts.append(f"{row.subject}: {verdict.lower()}")
        document = index.documents[row.citation.document]
        lines.append(f"**{verdict}** — {condition}{latest}: {phrasing.statement(row)}{phrasing.cite(row, document)}")
    if len(rows) == 1:
        headline = f"{verdict}: {phrasing.format_value(rows[0])} in {rows[0].period}"
    else:
        headline = " · ".join(verdicts)
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
