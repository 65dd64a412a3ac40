"""A multiple asked yes or no of one ally's amount between two years in a price basis the question names ('did
Germany's defence spending in current US dollars double between 2014 and 2024?'): the ratio of the two levels,
asked as a ratio is ('ratio of Germany's defence spending in current US dollars in 2024 to 2014'), and Yes or No by
it. Without a basis named the tables' real change answers (knowledge/aggregate.py reads 'doubled' as +100%)."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge import domain, lexicon
from knowledge.aggregate import multiple_said
from knowledge.ask.quantities import asked_currency
from knowledge.cues import cues
from knowledge.models import Answer
from knowledge.question import Question
from knowledge.words import normalise

RATIO_OPERATION = "ratio"


def multiple_checked(question: str, parsed: Question, answer_of: Callable[[str], Answer]) -> Answer | None:
    """`answer_of` answers the ratio asked, verified as any question is."""
    multiple = multiple_said(parsed)
    countries = [name for name in parsed.entities if lexicon.is_country(name)]
    years = sorted(set(parsed.years))
    if multiple is None or not parsed.opens_as_yes_or_no or len(countries) != 1 or len(years) != 2:
        return None
    if not _a_basis_named(parsed):
        return None
    what = _what_is_multiplied(question)
    if not what:
        return None
    answer = answer_of(f"ratio of {what} in {years[1]} to {years[0]}")
    if not answer.answered or answer.operation != RATIO_OPERATION or not answer.values:
        return None
    ratio = answer.values[0]
    holds = ratio >= multiple if multiple > 1 else ratio <= multiple
    verdict = "Yes" if holds else "No"
    text = f"**{verdict}** — {answer.answer}"
    return answer.model_copy(update={"question": question, "answer": text, "yes_no": True})


def _a_basis_named(parsed: Question) -> bool:
    """A currency or the current prices named: a level's multiple in money, which no real change states."""
    current = domain.question_words().quantities.current_basis
    return asked_currency(parsed.words) is not None or bool(parsed.word_set & current)


def _what_is_multiplied(question: str) -> str:
    """The words between the yes or no opener and the multiple ('did Germany's defence spending in current US
    dollars double …' → "Germany's defence spending in current US dollars")."""
    starts = domain.question_words().verifier.yes_no_starts
    multipliers = cues().multipliers
    words = question.split()
    opening = next((at for at, word in enumerate(words) if normalise(word) in starts), None)
    ending = next((at for at, word in enumerate(words) if normalise(word) in multipliers), None)
    if opening is None or ending is None or ending <= opening + 1:
        return ""
    return re.sub(r"[?,;:]+$", "", " ".join(words[opening + 1 : ending]))
