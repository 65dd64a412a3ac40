"""A goal its sentence says was replaced is not the goal agreed, unless the question names or relates to it."""

from __future__ import annotations

REPORT = ("evaluation_holdout27", "report_european_defence_surge.md")


def test_the_goal_retired_does_not_answer_the_goal_agreed(documents):
    # 'The Hague summit of 24–25 June 2025 retired the 2 per cent benchmark in favour of a far more demanding one.'
    answer = documents(*REPORT).ask("What spending target did NATO allies agree at The Hague?")
    assert 2.0 not in answer.values


def test_the_goal_named_is_still_answered_by_its_own_sentence(engine):
    answer = engine.ask("which guideline does the 5% replace and where was it agreed?")
    assert answer.answered
    assert 2.0 in answer.values and "Wales" in answer.answer


def test_the_goal_of_a_year_asked_is_answered_though_replaced_since(engine):
    answer = engine.ask("What is the defence spending target as a share of GDP in 2014?")
    assert answer.answered
    assert 2.0 in answer.values


def test_the_earlier_goal_asked_by_which_and_its_noun_is_the_sentence_saying_it(engine):
    """'the new 5% replaces which older guideline?': 'new' names the 5% the sentence has replace the 2%; the goal
    asked is said in words, with when and where it was agreed."""
    for question in ("the new 5% replaces which older guideline?", "which older guideline does the new 5% replace?"):
        answer = engine.ask(question)
        assert answer.answered and {2.0, 2014.0} <= set(answer.values) and "Wales" in answer.answer, question
