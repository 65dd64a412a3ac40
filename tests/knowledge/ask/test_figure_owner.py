"""A figure given to name its owner ('which ally spent 4.12% of GDP in 2024?'): the rows holding the figure as typed
answer it, each cited; when none does, the answer says so and gives the nearest row, never a count past a line."""

from __future__ import annotations

import pytest

from knowledge.aggregate import Intent, table_question
from knowledge.question import parse


def spec(engine, text):
    return table_question(parse(text, engine.vocabulary, engine.people))


@pytest.mark.parametrize(
    ("text", "owner", "cell"),
    [
        ("Which country's defence budget grew 31.4% in real terms in 2017?", "Romania", 31.3827),
        ("In 2016 one Baltic country raised real defence spending by 42.3% — which one?", "Latvia", 42.2918),
        ("Name the ally whose defence spending was 4.12% of GDP in 2024", "Poland", 4.1202),
        ("which ally had 441.8 thousand military personnel in 2019?", "Türkiye", 441.778),
        ("Real defence spending up 225% from 2014 to 2024: which ally?", "Hungary", 225.0022),
        ("Which of the Nordic allies spent 2.41% of GDP in 2024?", "Finland", 2.4141),
        ("Which ally's real defence spending fell by 26.3% in 2023?", "Greece", -26.3219),  # a fall is negative
        ("a 51.2% real-terms cut in 2020 – which ally?", "Bulgaria", -51.1569),
    ],
)
def test_the_row_holding_the_figure_as_typed_is_its_owner(engine, text, owner, cell):
    answer = engine.ask(text)
    assert answer.answered
    assert answer.values == [cell]
    assert answer.headline.startswith(f"{owner}:")
    assert "TABLE" in answer.answer  # the cell it rests on is cited


def test_a_figure_no_row_holds_is_said_so_with_the_nearest_row_and_no_count(engine):
    answer = engine.ask("Which ally grew its real defence spending by 99.9% in 2017?")
    assert answer.answered
    assert answer.headline.startswith("No ally had")
    assert "Luxembourg" in answer.answer and answer.values == [32.0352]
    assert "0 allies" not in answer.answer and "at or above" not in answer.answer


def test_a_figure_is_held_to_the_digits_typed(engine):
    asked = spec(engine, "who had 441.8 thousand troops in 2019?")
    assert asked is not None and asked.intent is Intent.OWNER
    assert asked.threshold == 441_800 and asked.tolerance == pytest.approx(50)
    answer = engine.ask("which ally spent 3.5% of GDP in 2024?")  # Estonia's 3.43% is no 3.5%
    assert answer.answered and answer.headline.startswith("No ally had")


@pytest.mark.parametrize(
    "text",
    [
        "who spent 2% of GDP in 2024?",
        "which ally spent 20% of its defence budget on equipment in 2024?",
        "which allies spent more than 3.5% of GDP in 2024?",
        "how many allies spent 2.5% of GDP in 2024?",
        "which ally spent the most, 4.12% of GDP, in 2024?",
    ],
)
def test_a_round_line_a_line_passed_a_count_or_a_ranking_names_no_owner(engine, text):
    asked = spec(engine, text)
    assert asked is None or asked.intent is not Intent.OWNER


@pytest.mark.parametrize(
    "text",
    [
        "which country made up 64% of NATO defence expenditure in 2024?",
        "Which ally makes up 64% of the alliance's defence spending (2024)?",
    ],
)
def test_a_figure_a_document_states_names_its_owner_and_a_part_made_up_is_no_line_made(engine, text):
    answer = engine.ask(text)
    assert answer.answered and 64.0 in answer.values
    assert "United States" in answer.answer
    assert "at or above" not in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "Whose defence investment rose by 19.4% in real terms in 2024?",
        "that 19.4% real rise — whose was it, all the allies or only some?",
    ],
)
def test_a_figure_no_row_holds_but_a_document_states_is_answered_by_its_statement(engine, text):
    answer = engine.ask(text)
    assert answer.answered and answer.values == [19.4]
    assert "European Allies and Canada" in answer.answer and "No ally had" not in answer.answer
