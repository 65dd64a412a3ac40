"""The judge of question sets: an expected name matches any name of the same entity."""

from __future__ import annotations

from knowledge.questionset import Expected, Question, Verdict, judge


def test_an_expected_entity_matches_its_other_names() -> None:
    question = Question(
        question="rank the visegrad four", kind="ranking", expect=Expected(values=(), text=("Slovak Republic",))
    )
    assert judge(question, answered=True, values=[], text="4. Slovakia US$2.8 billion") is Verdict.CORRECT


def test_expected_text_that_names_no_entity_must_appear_as_written() -> None:
    question = Question(
        question="what must allies submit", kind="article", expect=Expected(values=(), text=("annual plan",))
    )
    assert judge(question, answered=True, values=[], text="a credible path") is Verdict.WRONG
