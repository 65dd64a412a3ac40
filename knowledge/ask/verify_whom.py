"""Verify that a question asking for a person is answered by someone: 'who is Canada's Minister of National Defence?'
is not answered by Canada's defence spending, a figure of the one ally the question names that names no one.

Part of `knowledge.ask.verify`, which runs these checks beside the others.
"""

from __future__ import annotations

import re

from knowledge import domain
from knowledge.ask.parse import ParsedQuestion
from knowledge.lexicon import normalise
from knowledge.measures import MEASURES
from knowledge.models import Fact
from knowledge.open_speech import people_named

SENTENCE = re.compile(r"[^.?!\n]+")  # a sentence of a message, or a line of it


def no_one_named(question: ParsedQuestion, facts: list[Fact]) -> list[str]:
    """A question opening on 'who' and naming one ally is answered by a figure only when the figure names someone the
    question does not: another ally (a ranking's), an office's holder, a person a sentence names (a claim's
    speaker). One naming several is answered by the one of them a comparison picks."""
    asked = set(question.entities)
    if len(asked) != 1 or not _asks_for_a_person(question) or question.yes_no or not facts:
        return []
    if any(fact.subject not in asked or _names_a_person(fact) for fact in facts):
        return []
    return ["quantity: a person's name"]


def _asks_for_a_person(question: ParsedQuestion) -> bool:
    """A sentence of it opens on 'who' ('who is …'; not 'my brother-in-law, who thinks …, says …', nor 'how much did
    those who …')."""
    opening = domain.question_words().person_asked
    return any(
        words[0] in opening for sentence in SENTENCE.findall(question.text) if (words := normalise(sentence).split())
    )


def _names_a_person(fact: Fact) -> bool:
    measure = MEASURES.get(fact.measure)
    if measure is not None and (not measure.numeric or measure.about_a_person or measure.office):
        return True
    return fact.citation.cell is None and bool(people_named(fact.citation.quote))
