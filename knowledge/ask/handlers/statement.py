"""Statements quoted verbatim: the sentence whose own words, subject, year and kind of figure fit the
question, and a table figure's differing statement in another document beside it."""

from __future__ import annotations

import itertools

from knowledge import phrasing
from knowledge.ask.parse import ParsedQuestion
from knowledge.ask.render import Renderer
from knowledge.ask.statements import StatementFinder
from knowledge.ask.types import Draft
from knowledge.models import Answer


def statement(render: Renderer, statements: StatementFinder, question: str, asked: ParsedQuestion) -> Draft | None:
    """The statement whose own words, subject, year and kind of figure fit the question, quoted verbatim."""
    found = statements.find_all(asked)
    if not found:
        return None
    lines: list[str] = []
    for _, items in itertools.groupby(found, key=lambda item: item.fact.citation.quote):
        group = list(items)
        lines.append(render.quoted(group[0].fact, *(item.figure for item in group)))
    facts = [item.fact for item in found]
    values = [fact.value for fact in facts if fact.value is not None]
    headline = " · ".join(item.figure for item in found)
    return Draft(question, lines, headline, facts, values=values, confidence=0.7)


def with_differing_sources(render: Renderer, statements: StatementFinder, answer: Answer) -> Answer:
    """A table's figure beside a document's differing statement of it: both, with their dates."""
    if len(answer.facts) != 1:
        return answer
    differing = statements.differing(answer.facts[0])
    if not differing:
        return answer
    lines = [answer.answer, "**Sources differ:**"]
    for found in differing:
        lines.append(f"• {render.quoted(found.fact, found.figure)}")
    facts = [*answer.facts, *(found.fact for found in differing)]
    citations = [phrasing.citation_of(f, render.documents[f.citation.document]) for f in facts]
    values = [*answer.values, *(found.fact.value for found in differing if found.fact.value is not None)]
    headline = " · ".join([answer.headline or "", *(found.figure for found in differing)])
    return answer.model_copy(
        update={
            "answer": "\n".join(lines),
            "facts": facts,
            "citations": citations,
            "values": values,
            "headline": headline,
        }
    )


def with_later_statements(render: Renderer, statements: StatementFinder, answer: Answer) -> Answer:
    """A table's latest figure, asked with no year, after a document's statement of a later year: the later
    figure first, the tables' beside it, each with its date."""
    if len(answer.facts) != 1:
        return answer
    later = statements.later(answer.facts[0])
    if not later:
        return answer
    lines = [f"• {render.quoted(found.fact, found.figure)}" for found in later]
    lines += ["**The tables' latest year:**", answer.answer]
    facts = [*(found.fact for found in later), *answer.facts]
    citations = [phrasing.citation_of(f, render.documents[f.citation.document]) for f in facts]
    values = [*(found.fact.value for found in later if found.fact.value is not None), *answer.values]
    headline = " · ".join([*(found.figure for found in later), answer.headline or ""])
    update = {
        "answer": "\n".join(lines),
        "facts": facts,
        "citations": citations,
        "values": values,
        "headline": headline,
    }
    return answer.model_copy(update=update)
