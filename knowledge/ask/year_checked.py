"""A year asked to be confirmed ('is the Hague 5% deadline 2030?', 'confirm the deadline is 2030'): the question
asked without the year, and Yes or No by the years its verified answer states. The year typed is what is checked,
so it is never a word the answer must account for."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge import domain
from knowledge.models import Answer
from knowledge.question import YEAR, Question

EARLIEST, LATEST = 1900, 2100  # what a stated value must lie within to be a year


def year_checked(question: str, parsed: Question, answer_of: Callable[[str], Answer]) -> Answer | None:
    """`answer_of` answers the question without its year, verified as any question is."""
    asked = parsed.has(*domain.question_words().verifier.deadline_asked)
    if not asked or not parsed.opens_as_yes_or_no or len(set(parsed.years)) != 1:
        return None
    (year,) = set(parsed.years)
    without = re.sub(rf"\b{year}\b", " ", question)
    if YEAR.search(without):
        return None
    return year_verdict(question, year, answer_of(without))


def year_verdict(question: str, year: int, answer: Answer) -> Answer | None:
    """Yes or No on a year by the years a verified answer states; None when it states none."""
    stated = {int(value) for value in answer.values if value.is_integer() and EARLIEST <= value <= LATEST}
    if not answer.answered or not stated:
        return None
    verdict = "Yes" if year in stated else "No"
    text = f"**{verdict}** — the documents state {' and '.join(map(str, sorted(stated)))}:\n{answer.answer}"
    return answer.model_copy(update={"question": question, "answer": text, "yes_no": True})
