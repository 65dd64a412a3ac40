"""Several questions in one message: a part pointing back at a part not answered cannot be answered either."""

from __future__ import annotations

from knowledge.ask.handlers.multi import NotAnswered, answers_more, multi, partly
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


def _answered(values: list[float], text: str = "a figure") -> Answer:
    return Answer(question="q", answered=True, band=Band.ANSWER, answer=text, values=values, confidence=0.9)


def test_the_whole_message_replaces_its_parts_only_when_it_answers_more() -> None:
    parts = [_answered([2029.0])]
    assert answers_more(_answered([2029.0, 4.0]), parts)  # the year and the years after: a part more
    assert not answers_more(_answered([2029.0]), parts)  # the same part again, under the whole message's words
    assert not answers_more(_answered([4.0]), parts)  # another figure, without the part answered
    withheld = Answer(question="q", answered=False, band=Band.SUGGEST, answer="no", confidence=0.0)
    assert not answers_more(withheld, parts)


def test_a_message_answered_in_part_says_which_part_is_not_answered() -> None:
    missing = Answer(
        question="how far below was Italy?",
        answered=False,
        band=Band.SUGGEST,
        answer="I can't answer that",
        confidence=0.0,
        suggestions=["What share of GDP did Italy spend on defence in 2024?"],
    )
    answer = partly(
        "how far below 2% was Spain, and how far below was Italy?",
        [_answered([0.7175], "Spain was **0.72 percentage points** below")],
        [NotAnswered(1, " how far below was Italy?", missing)],
    )
    assert answer.answered and answer.band is Band.PARTIAL
    assert answer.values == [0.7175]
    assert answer.unanswered_parts == ["how far below was Italy?"]
    assert "**Not answered:** “how far below was Italy?”" in answer.answer
    assert answer.suggestions == ["What share of GDP did Italy spend on defence in 2024?"]
