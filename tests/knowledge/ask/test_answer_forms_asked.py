"""The form a figure is asked in: rounding and 'raw number' requests ask nothing of the documents; 'as a
percentage' beside a superlative says how to give the ranked column's figure, while beside a count it asks the count
over the whole; amounts in national currencies add up when every ally's is in the same one."""

from __future__ import annotations

import pytest

from knowledge.remarks import without_remarks


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("what did Norway spend in 2019, rounded to the nearest million?", "what did Norway spend in 2019?"),
        ("give me the raw number: Greece's personnel in 2016", "Greece's personnel in 2016"),
        ("Denmark's share of GDP in 2021 to two decimal places?", "Denmark's share of GDP in 2021?"),
        ("Latvia's real change in 2018, unrounded", "Latvia's real change in 2018"),
    ],
)
def test_a_form_asked_is_taken_off(text, left):
    assert without_remarks(text) == left


def test_a_form_alone_is_left_as_it_is():
    assert without_remarks("rounded to the nearest billion") == "rounded to the nearest billion"


def test_nearest_asking_closeness_is_no_form():
    assert "nearest" in without_remarks("which ally is nearest to 2% of GDP?")


@pytest.mark.parametrize(
    "text",
    [
        "How much did Canada spend on defence in 2016 in US dollars, rounded to the nearest billion?",
        "give me the raw number: Canada's 2016 defence expenditure in US dollars",
    ],
)
def test_an_amount_asked_in_a_form_is_answered(engine, text):
    answer = engine.ask(text)
    assert answer.answered and answer.facts[0].subject == "Canada" and answer.facts[0].period == "2016"


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Which ally had the lowest share of GDP in 2019, as a percentage?", "share_of_gdp"),
        ("which country had the biggest real growth in defence spending in 2022, as a percent?", "real_change"),
    ],
)
def test_a_percentage_form_beside_a_superlative_ranks_the_column(engine, text, measure):
    answer = engine.ask(text)
    assert answer.answered and answer.operation == "ranking"
    assert answer.facts[0].measure.startswith(measure)


def test_a_percentage_form_beside_a_count_asks_the_count_over_the_whole(engine):
    answer = engine.ask("how many allies met 2% in 2024, as a percentage?")
    assert answer.answered and "÷" in (answer.calculation or "")


def test_amounts_in_one_national_currency_add_up(engine):
    answer = engine.ask("what did Portugal and Greece spend together in 2020 in euros?")
    assert answer.answered and answer.operation == "sum"
    assert {fact.subject for fact in answer.facts} == {"Portugal", "Greece"}
    assert answer.values[0] == pytest.approx(sum(fact.value for fact in answer.facts))


def test_amounts_in_different_national_currencies_add_up_to_nothing(engine):
    answer = engine.ask("combined defence spending of Poland and Hungary in 2020 in national currency")
    assert not answer.answered
