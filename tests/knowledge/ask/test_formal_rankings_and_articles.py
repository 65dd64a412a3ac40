"""Rankings and article questions in the formal voice: an ally set aside ('Setting aside the Americans', 'with the
exception of Poland') is left out of the ranking; 'amongst', 'in descending order', 'the greatest proportion of its
defence budget'; a share the report 'attributes', the Secretary General who 'authored' it, the capital he was in,
the year the pledge is to be 'achieved' by, what each Ally is 'required to' submit."""

from __future__ import annotations

import pytest

from knowledge.ask.exclusions import left_out
from knowledge.question import parse


def _top(answer) -> str:
    return max(answer.facts, key=lambda fact: fact.value).subject


@pytest.mark.parametrize(
    ("question", "left"),
    [
        (
            "Setting aside the Americans, which ally fielded the largest number of military personnel in 2024?",
            "United States",
        ),
        ("With the exception of Poland, which ally spent the highest share of GDP in 2023?", "Poland"),
        (
            "Which ally, with the exception of the United States, had the most military personnel in 2020?",
            "United States",
        ),
        ("Aside from Greece, which ally spent the greatest share of GDP on defence in 2016?", "Greece"),
    ],
)
def test_an_ally_set_aside_is_left_out_of_the_ranking(engine, question: str, left: str) -> None:
    assert left in left_out(parse(question, engine.vocabulary, engine.people), ranking=True)
    answer = engine.ask(question)
    assert answer.answered, question
    assert left not in {fact.subject for fact in answer.facts}


@pytest.mark.parametrize(
    ("question", "top"),
    [
        ("Amongst the European Allies, which recorded the highest defence expenditure per capita in 2024?", "Norway"),
        ("In 2019, which ally devoted the greatest proportion of its defence budget to personnel costs?", "Greece"),
        ("Which ally devoted the greatest proportion of its defence budget to equipment in 2019?", "Bulgaria"),
        (
            "Could you kindly name the three largest European defence spenders in 2024, measured in current US "
            "dollars, in descending order?",
            "Germany",
        ),
    ],
)
def test_a_formal_ranking_names_the_top(engine, question: str, top: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, question
    assert _top(answer) == top


def test_the_three_largest_in_descending_order_are_three(engine) -> None:
    answer = engine.ask(
        "Name the three largest European defence spenders in 2023 in current US dollars, in descending order"
    )
    assert answer.answered
    assert len({fact.subject for fact in answer.facts}) == 3


def test_the_share_the_report_attributes_to_an_ally(engine) -> None:
    answer = engine.ask(
        "What share of total Alliance defence expenditure in 2024 did the annual report attribute to the United States?"
    )
    assert answer.answered and 64.0 in answer.values


def test_the_secretary_general_who_authored_the_report(engine) -> None:
    answer = engine.ask(
        "Who, pray, is the Secretary General who authored the annual report urging greater contributions?"
    )
    assert answer.answered and "Rutte" in answer.answer


def test_the_capital_asked_is_a_place_never_the_day_of_the_release(engine) -> None:
    answer = engine.ask(
        "In which capital was the Secretary General holding high-level meetings when the annual report was released?"
    )
    assert answer.answered and "Washington" in answer.answer
    assert "Thursday" not in (answer.headline or "")


def test_by_what_year_the_pledge_is_to_be_achieved(engine) -> None:
    previous = engine.ask("What did allies commit to at the Hague summit?")
    answer = engine.ask("And by what year is that to be achieved?", previous)
    assert answer.answered and 2035.0 in answer.values


def test_what_each_ally_is_required_to_submit_is_what_it_must_submit(engine) -> None:
    words = parse("What is each Ally required to submit every year?", engine.vocabulary, engine.people).words
    assert words[:2] == ["what", "must"]
    answer = engine.ask("What is each Ally required to submit every year?")
    assert answer.answered and "annual plan" in answer.answer


def test_a_clause_at_which_allies_did_something_asks_no_allies(engine) -> None:
    answer = engine.ask("Where was the 2025 summit held at which Allies committed to the new 5% target?")
    assert answer.answered and "The Hague" in answer.answer
