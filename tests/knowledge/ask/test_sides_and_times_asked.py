"""Wrong figures from misreading what a question is asked of: a sum running across both sides of a comparison
('Spain and Italy combined outspent Germany'), and the year a 'when' clause names ('When the pledge was made in
2014, how many allies were already at 2%?') read as a question of its own while the count was taken for 2024."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.remarks import without_remarks

SPAIN_2024, ITALY_2024, GERMANY_2024 = 21269.2922, 34461.72, 97685.5901
ALL_THREE = SPAIN_2024 + ITALY_2024 + GERMANY_2024


def test_a_when_clause_naming_a_year_is_the_year_asked() -> None:
    asked = "When the 2% pledge was made in 2014, how many allies were already at or above 2% of GDP?"
    assert without_remarks(asked) == "In 2014, how many allies were already at or above 2% of GDP?"


@pytest.mark.parametrize(
    "text",
    [
        "When was the 2% pledge made, and how many allies met it in 2024?",  # 'when was': a time asked
        "When Poland joined in 1999, how much did it spend on defence?",  # the clause names whom it asks about
        "When the pledge was made in 2014, how many allies met it in 2024?",  # the question names its own year
        "When the pledge was made, how many allies were already at 2%?",  # no year to ask of
    ],
)
def test_a_when_clause_is_left_alone_unless_it_only_dates_the_question(text: str) -> None:
    assert without_remarks(text) == text


def test_the_count_asked_at_the_time_of_an_event_is_that_years(engine: Engine) -> None:
    answer = engine.ask("When the 2% pledge was made in 2014, how many allies were already at or above 2% of GDP?")
    assert answer.answered
    assert answer.values[0] == 3.0
    assert "2014" in answer.answer
    assert "in 2024" not in answer.answer


def test_a_claim_that_two_allies_combined_outspent_a_third_is_checked_side_by_side(engine: Engine) -> None:
    answer = engine.ask("Spain and Italy combined outspent Germany in 2024 — what are the numbers in current dollars?")
    assert answer.answered
    assert answer.answer.startswith("**No**")
    assert pytest.approx(SPAIN_2024 + ITALY_2024) in answer.values
    assert GERMANY_2024 in answer.values
    assert not any(value == pytest.approx(ALL_THREE) for value in answer.values)


def test_the_first_year_one_ally_passed_another_is_no_claim_to_check(engine: Engine) -> None:
    answer = engine.ask("first year germany spent more than france on defence in current dollars?")
    assert answer.answered
    assert not answer.answer.startswith(("**Yes**", "**No**"))


@pytest.mark.parametrize(
    "question",
    [
        "Spain and Italy combined vs Germany in 2024, current dollars?",
        "How much more did Germany spend than Spain and Italy combined in 2024?",
    ],
)
def test_a_sum_never_adds_up_both_sides_of_a_comparison(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not any(value == pytest.approx(ALL_THREE) for value in answer.values)
