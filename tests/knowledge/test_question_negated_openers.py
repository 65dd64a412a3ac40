"""Questions opened negatively ("didn't Germany's spending fall?") ask the claim to be confirmed, as the plain
question does: the negation never turns the test round."""

from __future__ import annotations

import pytest

from knowledge.question import parse


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Didn't Germany's defence spending fall in real terms in 2021?", "did"),
        ("so isn't Spain below 2%?", "is"),
        ("Wasn't Germany below 2% in 2021?", "was"),
    ],
)
def test_a_negated_opener_is_read_plainly(engine, text, plain):
    question = parse(text, engine.vocabulary, engine.people)
    assert plain in question.words and question.opens_as_yes_or_no


def test_a_negation_later_in_the_question_is_kept(engine):
    question = parse("why didn't Spain meet 2% in 2023?", engine.vocabulary, engine.people)
    assert "didnt" in question.words


def test_a_negated_check_is_answered_as_the_plain_one(engine):
    fell = engine.ask("Didn't Germany's defence spending actually fall in real terms in 2021?")
    assert fell.answered and fell.answer.startswith("**Yes**")
    met = engine.ask("Didn't Spain meet 2% of GDP in 2023?")
    assert met.answered and met.answer.startswith("**No**")


def test_a_negated_opener_before_no_subject_is_the_tests_own(engine):
    question = parse("didn't meet 2% in 2024: which allies?", engine.vocabulary, engine.people)
    assert "didnt" in question.words


def test_a_negated_there_is_asks_for_a_statement_not_a_check(engine):
    question = parse("wasn't there some stat about europe+canada real-term increase in 2024?", engine.vocabulary, {})
    assert "wasnt" in question.words
