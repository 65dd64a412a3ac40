"""Debaters' 'what if' and 'how far short' questions: a supposition of a line reached asks what more it takes, in the
prices asked; a line surpassed ('exceed', 'overshoot', 'clear') asks by how much; a follow-up pointing back keeps the
previous answer's year; prices of a base year no table has, and an office's holder no document names, are not
answered with some other figure."""

from __future__ import annotations

import pytest

from knowledge.ask.suppositions import as_supposed
from knowledge.engine import Engine
from knowledge.questionset import Question, Verdict, judge


def _correct(answer_values: list[float], text: str, answered: bool, values: list[float]) -> bool:
    expected = Question.model_validate({"question": "q", "kind": "aggregate", "expect": {"values": values}})
    return judge(expected, answered=answered, values=answer_values, text=text) is Verdict.CORRECT


@pytest.mark.parametrize(
    ("question", "read"),
    [
        (
            "Had Spain hit 2% of GDP in 2024, how many more US dollars would it have spent? Use current prices.",
            "how many more US dollars would it have spent, for Spain to reach 2% of GDP in 2024? Use current prices.",
        ),
        (
            "If Belgium had spent 2% of its GDP in 2019, how much more would that have been in million US dollars?",
            "how much more would that have been in million US dollars, for Belgium to reach 2% of GDP in 2019?",
        ),
        # no supposition: a question of fact, a condition without 'had', or no more asked
        ("Had Germany reached 2% by 2023, according to NATO?", None),
        ("If Spain spent 2% of GDP in 2024, how much more is that?", None),
        ("Had Spain hit 2% of GDP in 2024, what would its share have been?", None),
    ],
)
def test_a_supposition_asks_what_more_the_line_takes(question: str, read: str | None) -> None:
    assert as_supposed(question) == (read or question)


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("Had Spain hit 2% of GDP in 2024, how many more million US dollars would it have spent?", [11897.9109]),
        # in constant prices, both the spending and the economy in them
        (
            "If Belgium had spent 2% of its GDP in 2019, how much more would that have been in million US dollars at "
            "constant 2015 prices and exchange rates?",
            [5504.6302],
        ),
        ("By how many percentage points did Poland overshoot the 2% guideline in 2024?", [2.1202]),
        # several allies' money to the line, each one's added up
        (
            "Combined, how many more million US dollars would Spain, Italy and Canada have needed in 2024 to each "
            "reach 2% of their GDP?",
            [37840.9418],
        ),
        # a percentage of the economy supposed, in money: the question's own percentage of the GDP cell
        ("What would 2% of Italy's 2024 GDP have been, in million US dollars at current prices?", [46223.4]),
        ("What would Spain's 2024 defence spending have been at 3.5% of GDP, in million US dollars?", [58042.6053]),
        ("By how many points did Greece exceed the 2% guideline in 2024?", [1.076]),
    ],
)
def test_what_more_a_line_takes_and_how_far_past_it(engine: Engine, question: str, values: list[float]) -> None:
    answer = engine.ask(question)
    assert _correct(answer.values, answer.answer, answer.answered, values), answer.answer


def test_a_follow_up_pointing_back_keeps_the_year(engine: Engine) -> None:
    lead = engine.ask("what share of GDP did Belgium put into defence in 2019?")
    answer = engine.ask("And how far below the 2% line did that leave Belgium, in percentage points?", lead)
    assert _correct(answer.values, answer.answer, answer.answered, [1.1116]), answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "What was Poland's defence expenditure in 2024 at constant 2020 prices?",
        "Who was NATO Secretary General when the Wales 2% guideline was agreed in 2014?",
    ],
)
def test_not_answered_by_another_figure(engine: Engine, question: str) -> None:
    assert not engine.ask(question).answered


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "According to NATO, what percentage of GDP (based on 2015 prices) did Greece spend on defence in 2019?",
            2.4463,
        ),
        ("top3 %gdp 2024", 4.1202),
    ],
)
def test_a_share_has_no_prices_of_its_own_and_percent_typed_asks_it(
    engine: Engine, question: str, value: float
) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert value in answer.values


def test_prices_of_the_tables_base_year_are_answered(engine: Engine) -> None:
    answer = engine.ask("What was Poland's defence expenditure in 2024 at constant 2015 prices?")
    assert _correct(answer.values, answer.answer, answer.answered, [26838.5181])
