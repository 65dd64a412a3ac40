"""The items a figure adds up ('how much of Poland's defence spending goes to military pensions?'): the personnel
share, pay and pensions together, does not answer a question naming pensions alone; one naming both items, or
personnel itself, is answered by it."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knowledge.engine import Engine
from knowledge.measures import Measure


@pytest.mark.parametrize(
    ("question", "whole"),
    [
        ("How much of Poland's defence spending goes to military pensions?", 29.5214),
        ("How much of Belgium's defence budget is spent on military pensions alone?", 50.168),
        ("What share of Italy's defence spending went on pensions in 2024?", 59.3585),
        # 'pay' is what Italy does here, not the item 'pay' beside 'pensions'
        ("How much does Italy pay for military pensions each year?", 59.3585),
        ("How much do they pay in pensions in Italy?", 59.3585),
    ],
)
def test_one_item_is_not_answered_by_the_whole(engine: Engine, question: str, whole: float) -> None:
    answer = engine.ask(question)
    assert not answer.answered
    assert whole not in answer.values


def test_an_amount_of_one_item_is_not_worked_out_from_the_whole(engine: Engine) -> None:
    answer = engine.ask("How much does Italy spend on military pensions?")
    assert not answer.answered  # not Italy's personnel share times its spending


def test_a_count_of_allies_by_one_item_is_not_counted_by_the_whole(engine: Engine) -> None:
    answer = engine.ask("In how many allies are pensions at least 15 per cent of reported spending?")
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("what % of portugal's defence spending went on personnel costs (pay and pensions) in 2018", 74.7467),
        ("What share of Italy's defence budget went on wages and pensions in 2024?", 59.3585),
        ("What share of Belgium's defence spending went on personnel in 2024?", 50.168),
    ],
)
def test_every_item_or_the_whole_is_answered_by_the_whole(engine: Engine, question: str, value: float) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.values == [pytest.approx(value)]


def test_a_ranking_by_every_item_ranks_the_whole(engine: Engine) -> None:
    answer = engine.ask("top 3 allies by share of defence budget going to wages and pensions in 2024?")
    assert answer.answered
    assert answer.values[:3] == [pytest.approx(59.3585), pytest.approx(58.6276), pytest.approx(57.852)]


def test_pay_named_as_an_item_beside_pensions_still_asks_the_whole(engine: Engine) -> None:
    answer = engine.ask("Italy pay and pensions share 2024?")
    assert 59.3585 in answer.values


@pytest.mark.parametrize(
    "question",
    [
        "How much of Greece's defence budget went on payroll in 2019?",
        "what share of Denmark's defence spending went on salaries in 2022?",
    ],
)
def test_the_item_people_name_the_whole_by_is_answered_by_the_whole_naming_every_item(
    engine: Engine, question: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.facts[0].measure == "personnel_share"
    assert "pay and pensions" in answer.answer


def test_a_principal_item_must_be_one_of_the_items() -> None:
    with pytest.raises(ValidationError, match="principal_item"):
        Measure(key="k", label="l", kinds=["share"], items=[["a"], ["b"]], principal_item=2)
