"""'Tell me about Poland', 'France vs Italy': the headline figures of each ally named, side by side."""

from __future__ import annotations

from knowledge import lexicon, phrasing
from knowledge.ask.index import FactIndex, named_allies
from knowledge.ask.types import Draft
from knowledge.measures import MEASURES, measures_where
from knowledge.models import Fact, Unit
from knowledge.question import Question

MAX_PROFILES = 4
# The headline figures of an ally, in the order measures.toml gives them (`profile`).
PROFILE_MEASURES = tuple(
    sorted(measures_where(lambda measure: measure.profile is not None), key=lambda key: MEASURES[key].profile or 0)
)


def country_profile(index: FactIndex, question: str, parsed: Question) -> Draft | None:
    countries = named_allies(parsed)
    if not countries or len(countries) > MAX_PROFILES:
        return None
    lines: list[str] = []
    facts: list[Fact] = []
    heads: list[str] = []
    others = [name for name in parsed.entities if lexicon.is_country(name) and name not in countries]
    if others:  # "Japan vs Germany": say what is missing rather than answer half the question silently
        lines.append(f"I have no figures for {', '.join(others)}: NATO's tables cover its allies only.")
    for country in countries:
        rows = [index.latest_row(measure, country, parsed.years) for measure in PROFILE_MEASURES]
        found = [row for row in rows if row is not None]
        if not found:
            continue
        period = found[0].period
        estimate = " (estimates)" if any(row.estimate for row in found) else ""
        summary = " · ".join(
            phrasing.format_value(row) + (" personnel" if row.unit is Unit.PEOPLE else "") for row in found
        )
        heads.append(f"{country}: {summary}")
        lines.append(f"**{country}, {period}{estimate}:** {summary}")
        for row in found:
            lines.append(f"• {phrasing.statement(row)}{phrasing.cite(row, index.documents[row.citation.document])}")
        facts.extend(found)
    if not facts:
        return None
    return Draft(
        question,
        lines,
        " | ".join(heads),
        facts,
        values=[f.value for f in facts if f.value is not None],
        confidence=0.75,
        uncovered=others,
    )
