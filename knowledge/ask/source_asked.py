"""'Which source says that?', 'where's that from?' after an answer: the previous answer again, its documents named
first. Nothing new is stated, so nothing new needs verifying: every figure shown was cited and verified before."""

from __future__ import annotations

from knowledge import domain
from knowledge.models import Answer, Document
from knowledge.question import Question


def source_of_previous(question: Question, previous: Answer | None, documents: dict[str, Document]) -> Answer | None:
    """Only a follow-up that asks for the source and names nothing of its own (no ally, year or figure)."""
    if previous is None or not previous.answered or not previous.facts:
        return None
    if not question.has(*domain.question_words().follow_ups.source_asked):
        return None
    if question.entities or question.years or question.numbers or question.people:
        return None
    named = dict.fromkeys(fact.citation.document for fact in previous.facts)
    labels = [documents[name].label for name in named if name in documents]
    if not labels:
        return None
    lead = f"**Source{'s' if len(labels) > 1 else ''}:** {'; '.join(labels)}"
    return previous.model_copy(update={"question": question.original, "answer": f"{lead}\n{previous.answer}"})
