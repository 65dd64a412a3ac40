"""The change of one ally's figure between two years, as the trend handler tells it."""

from __future__ import annotations

import pytest


def test_a_share_asked_as_a_percentage_change_gives_its_points_and_its_relative_rise(engine):
    answer = engine.ask("NOT points — by what PERCENT did Germany's defence share of GDP increase from 2014 to 2024?")
    assert answer.answered
    assert "+0.93 percentage points" in answer.answer and "+78.80% of its 2014 share" in answer.answer
    assert round(answer.values[0], 1) == 78.8


def test_a_share_asked_as_a_change_is_told_in_points_alone(engine):
    answer = engine.ask("how much did germany's share of gdp change from 2014 to 2024")
    assert "percentage points" in answer.answer and "% of its 2014 share" not in answer.answer


def test_how_many_fewer_is_told_by_the_size_of_the_fall(engine) -> None:
    answer = engine.ask("How many fewer military personnel did the UK have in 2024 compared with 2014?")
    assert answer.answered and answer.values[0] == pytest.approx(30.583)
    assert "a fall of" in answer.answer


def test_personnel_lost_is_told_by_the_size_of_the_loss(engine) -> None:
    answer = engine.ask("How much military personnel France lost between 2014 and 2024, in thousands?")
    assert answer.answered and answer.values[0] == pytest.approx(2.3048)
    assert "a fall of" in answer.answer


@pytest.mark.parametrize(
    ("question", "rise"),
    [
        ("By what percentage did Germany's defence expenditure grow from 2014 to 2024 at current prices?", 111.55),
        (
            "By what percentage did the defence expenditure of NATO Europe and Canada grow from 2014 to 2024, measured "
            "at current prices and exchange rates?",
            75.16,
        ),
    ],
)
def test_a_spending_rise_asked_in_percent_is_the_amounts_not_the_shares(engine, question: str, rise: float) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.answer
    assert answer.values[0] == pytest.approx(rise, abs=0.01)
    assert "% of GDP" not in answer.answer.split("\n")[0]


def test_a_share_of_gdp_asked_to_grow_in_percent_stays_the_shares_trend(engine) -> None:
    answer = engine.ask("By what percentage did Germany's share of GDP grow from 2014 to 2024?")
    assert answer.answered, answer.answer
    assert "% of GDP" in answer.answer.split("\n")[0]
