"""Several questions in one message: a part pointing back at a part not answered cannot be answered either."""

from __future__ import annotations

from knowledge.ask.handlers.multi import multi
from knowledge.models import Answer, Band
from knowledge.question import Question

TANKS = "how many K2 tanks has Poland ordered"
SHARE = "how much of its equipment spending is that"


def _question(text: str) -> Question:
    return Question(original=text, text=text, words=text.lower().split())


def _single(question: str, parsed: Question, previous: Answer | None, *, whole: bool = True) -> Answer:
    """Answers the share (as the tables would, of the equipment spending itself), never the tanks or the whole."""
    if question == SHARE:
        return Answer(
            question=question, answered=True, band=Band.ANSWER, answer="US$17.9 billion", values=[17.9], confidence=0.9
        )
    return Answer(question=question, answered=False, band=Band.SUGGEST, answer="I can't answer that", confidence=0.0)


def test_a_part_pointing_back_at_a_part_not_answered_is_withheld() -> None:
    message = f"{TANKS} - and {SHARE}?"
    answer = multi(_single, _question, message, (TANKS, SHARE), None)
    assert not answer.answered  # 'that' is the tanks' cost, which nothing states


def test_a_part_of_its_own_after_a_part_not_answered_is_still_answered() -> None:
    own = "how much did Poland spend on equipment"

    def single(question: str, parsed: Question, previous: Answer | None, *, whole: bool = True) -> Answer:
        return _single(SHARE if question == own else question, parsed, previous, whole=whole)

    answer = multi(single, _question, f"{TANKS} and {own}?", (TANKS, own), None)
    assert answer.answered
