"""Fact composition: the resolved facts (or the figure derived from them), each stated and cited."""

from __future__ import annotations

import re

from knowledge import domain, phrasing
from knowledge.ask.render import Renderer, plain, unique
from knowledge.ask.types import Draft, Resolution
from knowledge.models import Fact
from knowledge.question import Question

YEAR_IN_TEXT = re.compile(r"\b((?:19|20)\d\d)\b")
FIGURE_IN_TEXT = re.compile(r"(\d+(?:\.\d+)?)\s?%")
YEAR_ASKED = domain.question_words().year_asked
TIME_WORDS = YEAR_ASKED | domain.question_words().time_asked


def stated_values(facts: list[Fact], parsed: Question) -> list[float]:
    """Every figure the facts state (and their years, when the question asks when)."""
    values: list[float] = []
    for fact in facts:
        if fact.value is not None:
            values.append(fact.value)
        if fact.total is not None:
            values.append(fact.total)
        if fact.text:
            values.extend(float(number) for number in FIGURE_IN_TEXT.findall(fact.text))
            if parsed.word_set & YEAR_ASKED:
                values.extend(float(year) for year in YEAR_IN_TEXT.findall(fact.text))
        # 'the earlier guideline was 2% of GDP (agreed in 2014)': a year its own statement gives is a figure stated,
        # though no answer to a time asked ('on what date …' is not answered by a deadline's year)
        worded = fact.citation.cell is None and fact.recognised and not fact.open_only  # restated, not quoted
        restated = worded and str(fact.year) in phrasing.statement(fact)
        if fact.year and (parsed.word_set & YEAR_ASKED or (restated and not parsed.word_set & TIME_WORDS)):
            values.append(float(fact.year))
    return values


def compose(render: Renderer, question: str, parsed: Question, resolution: Resolution) -> Draft:
    lines: list[str] = []
    values: list[float] = []
    if resolution.derived:
        derived = resolution.derived
        lines.append(f"**{derived.headline}**")
        lines.append(f"Calculation: {derived.calculation}")
        values.append(derived.value)
        lines.append("From:")
    facts = resolution.facts
    render.state_facts(facts, lines, bullets=bool(resolution.derived) or len(facts) > 1)
    other = resolution.other_source
    if other is not None and resolution.derived:
        lines.append(render.sources_differ(resolution.derived, other))
        values.append(other.value)
        render.state_facts(other.facts, lines, bullets=True)
        facts = [*facts, *other.facts]
    values.extend(stated_values(facts, parsed))
    targets: list[Fact] = []
    if not resolution.derived:
        timeline, targets = render.target_timeline(facts)
        lines.extend(timeline)
        values.extend(fact.value for fact in targets if fact.value is not None)
    confidence = min(1.0, 0.5 + resolution.score / 12)
    headline = (
        resolution.derived.headline
        if resolution.derived
        else " · ".join(plain(phrasing.format_value(f)) for f in facts)
    )
    if targets and targets[-1] not in facts:
        newest = targets[-1]
        deadline = f" by {newest.period}" if newest.year else ""
        headline += f" · newest ({render.index.stated_on(newest)}): {phrasing.format_value(newest)}{deadline}"
    return Draft(
        question,
        lines,
        headline,
        unique(facts),
        values=values,
        beside=[target for target in targets if target not in facts],
        confidence=confidence,
        calculation="; ".join(d.calculation for d in (resolution.derived, other) if d) or None,
    )
