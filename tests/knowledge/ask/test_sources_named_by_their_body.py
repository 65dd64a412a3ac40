"""A kind of source named after the body whose document it is ('NATO's spreadsheet', 'the NATO workbook'), and a
source's data named with words of its kind between ('in NATO's category breakdown'): the seeds' tables answer; a
body whose documents the knowledge base does not hold is never made to stand for them."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.models import Unit


@pytest.mark.parametrize(
    "text",
    [
        "what does NATO's spreadsheet show for Greece's 2021 defence spending in current US dollars?",
        "the NATO workbook: Norway's GDP per capita in 2020?",
        "in NATO's category breakdown, which ally spent the smallest share on equipment in 2022?",
    ],
)
def test_a_kind_of_source_after_its_body_is_the_tables(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.answered, answer.answer
    assert all(fact.citation.cell for fact in answer.facts)


def test_a_kind_of_source_after_another_body_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("what does SIPRI's spreadsheet show for Greece's 2021 defence spending in current US dollars?")
    assert not answer.answered


def test_a_share_named_by_its_noun_with_a_source_asks_no_amount(engine: Engine) -> None:
    answer = engine.ask("france's 2022 personnel spending share — what does NATO's breakdown say?")
    assert answer.answered, answer.answer
    assert answer.facts
    assert all(fact.unit is Unit.PERCENT for fact in answer.facts)


@pytest.mark.parametrize(
    "text",
    [
        "according to NATO's current-dollar figures, what did Denmark spend in 2021?",
        "in NATO's constant-price numbers, what did Denmark spend in 2021?",
    ],
)
def test_a_lead_naming_the_alliances_data_is_no_part_of_its_own(engine: Engine, text: str) -> None:
    answer = engine.ask(text)
    assert answer.answered, answer.answer
    assert {fact.subject for fact in answer.facts} == {"Denmark"}


def test_a_years_estimate_after_the_alliance_names_no_source(engine: Engine) -> None:
    answer = engine.ask("highest personnel count in the alliance 2023e?")
    assert answer.answered, answer.answer


def test_a_word_of_another_language_is_never_split_into_english_words(engine: Engine) -> None:
    answer = engine.ask("selon l'article, quelle part des dépenses totales de l'OTAN vient des États-Unis en 2024?")
    assert answer.answered, answer.answer


def test_by_the_alliances_count_names_the_source(engine: Engine) -> None:
    answer = engine.ask("How many euros did France spend on defence in 2022 by NATO's count?")
    assert answer.answered, answer.answer
    assert {fact.measure for fact in answer.facts} == {"spending_national_current"}
