"""Questions as members writing English as a second language put them: 'how many percent', 'actual dollars' for
current ones, a share of an amount asked of 'this' after an amount."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "Poland, how many percent of GDP for military in 2024?",
        "how many percent of GDP for the military has Poland 2024",
    ],
)
def test_how_many_percent_asks_a_percentage_not_a_count(engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.values == [4.1202]


def test_actual_dollars_are_current_ones_in_a_follow_up(engine) -> None:
    previous = engine.ask("Lithuania spending % GDP 2024?")
    answer = engine.compute("how much is this in actual dollars?", previous)
    assert answer.answered and answer.values == [2300.0722]


def test_a_percent_of_the_alliances_total_after_an_amount_is_that_amounts_share(engine) -> None:
    previous = engine.ask("how much US spend 2024 in current dollars?")
    answer = engine.compute("how many percent of NATO total is this?", previous)
    assert answer.answered and round(answer.values[0], 2) == 65.63


def test_a_percent_of_a_total_is_never_the_fraction_of_the_members_counted(engine) -> None:
    """'22 of 32 met 2%' counts members: 'how many percent of NATO total' asks a share of an amount, not 22 ÷ 32."""
    answer = engine.ask("how many percent of NATO total is this?")
    assert 68.75 not in answer.values
    fraction = engine.ask("what percentage of nato members met 2% in 2024?")
    assert fraction.answered and fraction.values[0] == 68.75


@pytest.mark.parametrize(
    "question",
    [
        "How many thousand soldiers more has NATO in total in 2024 compared to 2014?",
        "How many soldiers more has NATO in 2024 than in 2014?",
    ],
)
def test_a_difference_with_the_thing_counted_inside_it_is_the_change_between_the_years(engine, question: str) -> None:
    """'how many thousand soldiers more has NATO …': German word order; 'in total' names NATO's total row, never a
    sum over every year of the span."""
    answer = engine.ask(question)
    assert answer.answered and any(round(value, 2) == 189.67 for value in answer.values)
    assert not any(value > 10_000 for value in answer.values)


def test_headcounts_asked_in_thousands_are_stated_in_thousands(engine) -> None:
    answer = engine.ask("How much military personnel France lost between 2014 and 2024, in thousands?")
    assert "2.3 thousand" in answer.answer
    plain = engine.ask("how many soldiers did poland have in 2024?")
    assert "about 216,100" in plain.answer
