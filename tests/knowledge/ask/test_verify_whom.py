"""A question asking for a person ('who is Canada's Minister of National Defence?') is not answered by a figure of
the one ally it names, which names no one; a ranking, a comparison between allies it names, or a sentence naming
someone answers it."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine

NOTE = """Canada's new defence policy

Defence Minister Bill Blair announced $8.1 billion in new funding for Canada's military over five years.
"""


@pytest.fixture(scope="module")
def beside_the_tables(text_beside_the_seeds) -> Engine:
    return text_beside_the_seeds(
        "policy.md", NOTE, title="Canada's new defence policy", publisher="A newspaper", published="2024-04-10"
    )


@pytest.mark.parametrize(
    "question",
    ["Who is Canada's Minister of National Defence?", "who's Poland's defence minister?", "Who runs Italy's army?"],
)
def test_a_figure_of_the_ally_named_names_no_one(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered


def test_a_ranking_names_the_ally_asked_for(engine: Engine) -> None:
    answer = engine.ask("who had the highest defence share of gdp in 2024")
    assert answer.answered and "Poland" in answer.answer


def test_a_comparison_picks_one_of_the_allies_named(engine: Engine) -> None:
    answer = engine.ask("Who spends more as a share of GDP, France or the UK?")
    assert answer.answered and answer.values == [pytest.approx(2.0597), pytest.approx(2.3323)]


def test_a_sentence_naming_someone_answers(beside_the_tables: Engine) -> None:
    answer = beside_the_tables.ask("Who announced Canada's new defence funding?")
    assert answer.answered and "Bill Blair" in answer.answer


def test_who_of_a_remark_asks_no_person(engine: Engine) -> None:
    answer = engine.ask(
        "My brother-in-law, who thinks he knows everything, says Romania was already on two per cent in twenty "
        "seventeen. What was Romania's defence spending as a share of GDP that year?"
    )
    assert answer.answered and pytest.approx(1.7337) in answer.values
