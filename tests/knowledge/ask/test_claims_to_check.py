"""A claim to check, reported or quoted, then 'is that right?', 'true?', or a yes or no question with its other side
offered ('…, or is that an overstatement?'): the claim's subject, comparison and year are what is tested; the lead
saying whose claim it is and the other side's words ask nothing more (knowledge/question.py)."""

from __future__ import annotations

import pytest

from knowledge.ask.parse import parse_question
from knowledge.engine import Engine
from knowledge.question import Vocabulary, parse


def read(text: str):
    return parse(text, Vocabulary(set()), {})


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Someone says Poland outspends the UK on defence - is that right for 2024 in NATO's figures?",
            "someone says poland outspends the uk on defence for 2024 in nato figures",
        ),
        ("Spain spent 1.3% of GDP, true per NATO's 2024 table?", "spain spent 1.3% of gdp per nato 2024 table"),
    ],
)
def test_a_tag_opening_the_last_clause_before_its_basis_asks_yes_or_no(text: str, asked: str) -> None:
    question = read(text)
    assert question.opens_as_yes_or_no
    assert " ".join(question.words) == asked


def test_a_tag_not_followed_by_a_basis_is_no_tag() -> None:
    assert not read("Spain spent 1.3% of GDP in 2024, right after Italy?").opens_as_yes_or_no


def test_a_quoted_claim_after_a_lead_is_what_is_asked() -> None:
    question = read("Headline I'm checking: 'Italy cut defence spending in real terms in 2024.' True per NATO?")
    assert question.words[:2] == ["italy", "cut"]
    assert "headline" not in question.words and question.opens_as_yes_or_no


def test_a_quoted_passage_asked_for_is_no_claim_to_check() -> None:
    assert "finish" in read("finish rutte's quote: 'to do so, it will be essential to invest ...'").words


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("Does the US have more than 1.3 million troops in 2024, or is that an overstatement?", "overstatement"),
        ("Did Slovakia meet 2% in 2024 - at least 2% - or did it fall just short, per NATO?", "short"),
    ],
)
def test_the_other_side_of_a_yes_or_no_asks_nothing_more(text: str, left_out: str) -> None:
    question = read(text)
    assert left_out not in question.words and question.opens_as_yes_or_no
    assert parse_question(question).yes_no


def test_a_choice_after_or_is_still_a_choice() -> None:
    assert not parse_question(read("Did Norway or Denmark spend more in 2024?")).yes_no


@pytest.mark.parametrize(
    ("question", "verdict", "value"),
    [
        (
            "Someone on LinkedIn says Poland now outspends the UK on defence in dollar terms - is that right for 2024"
            " in NATO's current-price figures?",
            "**No**",
            82107.1313,
        ),
        (
            "Headline I'm checking: 'Italy cut defence spending in real terms in 2024.' True per NATO's annual real"
            " change figure, or not?",
            "**No**",
            0.1174,
        ),
        (
            "Does the US have more than 1.3 million military personnel in 2024 according to NATO's table, or is that"
            " an overstatement?",
            "**Yes**",
            1300.21,
        ),
        (
            "Did the Slovak Republic actually meet the 2% guideline in 2024 - at least 2% - or did it fall just short,"
            " per NATO?",
            "**Yes**",
            2.0,
        ),
    ],
)
def test_a_claim_checked_is_answered_yes_or_no(engine: Engine, question: str, verdict: str, value: float) -> None:
    answer = engine.ask(question)
    assert answer.answer.startswith(verdict)
    assert value in answer.values
