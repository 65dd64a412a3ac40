"""A lead naming an ally and a year said in words ('Latvia, twenty nineteen.'), a year pointed at with none to point
at ('that year'), and a clause ruling a figure out ('Not the per cent of GDP, the actual dollar amount.'): read as the
member means them, on the seeds."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.question import clean


@pytest.mark.parametrize(
    ("text", "year"),
    [("Latvia, twenty nineteen. What did they spend?", "2019"), ("back in nineteen ninety-nine", "1999")],
)
def test_a_year_said_in_two_halves_is_written_in_digits_where_it_stands(text: str, year: str) -> None:
    assert year in clean(text)


def test_a_lead_with_a_year_in_words_gives_the_year_its_question_points_at(engine: Engine) -> None:
    answer = engine.ask("Latvia, twenty nineteen. What share of GDP did they spend on defence that year?")
    assert answer.answered, answer.answer
    assert {fact.period for fact in answer.facts} == {"2019"}


def test_a_year_pointed_at_with_none_named_is_not_answered_with_another(engine: Engine) -> None:
    assert not engine.ask("how much did Latvia's real defence spending change that year?").answered


def test_a_year_pointed_at_after_an_answer_is_the_answers(engine: Engine) -> None:
    first = engine.ask("what did Latvia spend on defence in 2019?")
    answer = engine.compute("and its share of GDP that year?", first)
    assert answer.answered, answer.answer
    assert {fact.period for fact in answer.facts} == {"2019"}


def test_a_figure_ruled_out_in_a_clause_of_its_own_names_no_measure(engine: Engine) -> None:
    answer = engine.ask(
        "I'd like to know what Oslo actually spent on defence in 2018 in US dollars at current prices. "
        "Not the percentage of GDP, the actual amount."
    )
    assert answer.answered, answer.answer
    assert {fact.measure for fact in answer.facts} == {"spending_usd_current"}


def test_the_same_year_in_a_follow_up_naming_an_ally_is_the_answers(engine: Engine) -> None:
    first = engine.ask("belgium defence spend as gdp% in 2021")
    answer = engine.compute("netherlands same yr", first)
    assert answer.answered, answer.answer
    assert {(fact.subject, fact.period) for fact in answer.facts} == {("Netherlands", "2021")}
