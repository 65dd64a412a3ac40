"""Verify a shortfall asked: 'How many members short is the Canadian Armed Forces?' counts the people a strength
lacks; the people it has (a table's 77,100 military personnel) are another count. A sentence saying what is missing
('The Canadian Armed Forces are short roughly 16,000 members') answers it.

Part of `knowledge.ask.verify`, which runs these checks beside the others.
"""

from __future__ import annotations

from knowledge import domain
from knowledge.ask.parse import ParsedQuestion
from knowledge.models import Answer, Unit
from knowledge.words import normalise


def people_for_a_shortfall(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'quantity: …' when a count asked ('how many') is of people missing (data: quantities.shortfall) and the
    answer counts people whose sentence or cell says nothing missing."""
    words = domain.question_words()
    shortfall = words.quantities.shortfall
    asked = f" {' '.join(question.words)} "
    starts = [at for cue in words.asked_kinds.count if (at := asked.find(f" {cue} ")) >= 0]
    if answer.calculation or not starts or not set(asked[min(starts) :].split()) & shortfall:
        return []
    people = [fact for fact in answer.facts if fact.unit is Unit.PEOPLE]
    if not people or any(set(normalise(fact.citation.quote).split()) & shortfall for fact in people):
        return []
    return ["quantity: the people missing, not the people there"]
