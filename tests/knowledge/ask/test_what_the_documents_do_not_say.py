"""What the documents do not say is not answered with what they do: an article's author (its catalog names a
publisher), a date to the day (a weekday and the catalog's month), the country of an event they do not name (the
alliance's pledge for 'which country will host the next summit'). NATO's own name for its headline share ('share of
real GDP') is that share, and a point gap to a line 'had to add' is worked out."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Who wrote the article about the Secretary General's annual report?",
        "On what exact date was the Secretary General's annual report released?",
        "Which country will host the summit after The Hague?",
    ],
)
def test_not_answered(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered, answer.answer


def test_an_author_unknown_offers_the_catalog_entry(engine: Engine) -> None:
    answer = engine.ask("Who wrote the article about the Secretary General's annual report?")
    assert "don't name the author" in answer.answer
    assert "publisher:" in answer.answer


def test_the_day_asked_without_exactness_is_given_with_the_catalogs_month(engine: Engine) -> None:
    answer = engine.ask("When was the Secretary General's annual report released?")
    assert answer.answered
    assert "Thursday" in answer.answer and "April 2025" in answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Bulgaria: what share of real GDP did it spend on defence in 2019?", 3.1334),
        ("How many percentage points would Italy have had to add to its 2024 share of GDP to reach 5%?", 3.5089),
    ],
)
def test_the_share_of_gdp_by_natos_name_and_a_gap_to_add(engine: Engine, question: str, value: float) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert any(abs(stated - value) < 0.001 for stated in answer.values), answer.answer


def test_which_country_is_answered_by_a_place_in_one(engine: Engine) -> None:
    answer = engine.ask("which country is rutte visiting?")
    assert answer.answered
    assert "Washington" in answer.answer
