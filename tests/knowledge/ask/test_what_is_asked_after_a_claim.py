"""Wrong figures from answering something else than what is asked: a request after a claim checked ('…, correct? Give
me the top 3.'), a ranking asked after a claim naming an ally ('The US has been top every year. Who was top in
2021?'), an either-or asked in words, two allies' figures asked side by side, and 'its ratio' beside a figure
relative to GDP."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.engine import Engine
from knowledge.remarks import without_remarks

WRITTEN_ANSWERS = ("evaluation_holdout47", "hansard_written_answers_march_2025.md")
LATVIA_2014_2024, HUNGARY_2014_2024 = 316.3638, 225.0022


def test_a_request_after_the_question_is_no_remark() -> None:
    asked = (
        "Poland had the biggest real-terms increase in defence spending from 2014 to 2024, correct? Give me the top 3."
    )
    assert without_remarks(asked) == asked


def test_the_top_three_requested_after_a_claim_checked_are_listed(engine: Engine) -> None:
    answer = engine.ask(
        "Poland had the biggest real-terms increase in defence spending of any ally from 2014 to 2024, correct? "
        "Give me the top 3."
    )
    assert answer.answered
    assert answer.answer.startswith("**No**")
    assert LATVIA_2014_2024 in answer.values
    assert HUNGARY_2014_2024 in answer.values


def test_who_was_top_is_never_answered_by_the_claimed_allys_change(engine: Engine) -> None:
    answer = engine.ask(
        "The US has had the highest defence share of GDP in NATO every single year since 2014. Who was top in 2021?"
    )
    assert not answer.answered or "Greece" in answer.answer
    assert "→" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Under the Hague pledge, do allies have to show anything to prove they're on track, or is it just a promise?",
    ],
)
def test_a_question_asked_in_words_gets_no_unrelated_figure(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered or "annual plan" in answer.answer
    assert "22 of 32" not in answer.answer
    assert 10.0 not in answer.values


def test_two_allies_asked_side_by_side_each_get_their_figure(documents: Callable[[str, str], Engine]) -> None:
    answer = documents(*WRITTEN_ANSWERS).ask("What were Latvia's and Lithuania's 2024 defence spending ratios?")
    assert answer.answered
    assert 3.15 in answer.values
    assert 2.85 in answer.values


def test_an_ally_named_as_where_anothers_troops_stand_needs_no_figure_of_its_own(
    documents: Callable[[str, str], Engine],
) -> None:
    answer = documents(*WRITTEN_ANSWERS).ask("How many British troops are deployed in Estonia?")
    assert answer.answered
    assert 900.0 in answer.values


def test_its_ratio_beside_a_figure_relative_to_gdp_is_its_share(documents: Callable[[str, str], Engine]) -> None:
    answer = documents(*WRITTEN_ANSWERS).ask(
        "Which ally had the highest defence spending relative to GDP in 2024, and what was its ratio?"
    )
    assert answer.answered
    assert "Poland" in answer.answer
    assert 4.12 in answer.values
    assert "times" not in answer.answer
