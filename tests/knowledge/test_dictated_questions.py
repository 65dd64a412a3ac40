"""Questions dictated to a phone and sent as transcripts (`knowledge.question`, `knowledge.remarks`): a number word
heard as another word ('too percent'), hesitations ('um'), the bot called by name — read as typed questions are."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.question import parse


@pytest.mark.parametrize(
    ("said", "figure"),
    [("did germany meet too percent in 2023", "2%"), ("is it for percent of gdp", "4%"), ("won billion euros", "1")],
)
def test_a_number_heard_as_another_word_is_the_number_before_a_unit(engine: Engine, said: str, figure: str) -> None:
    question = parse(said, engine.vocabulary, engine.people)
    assert figure.rstrip("%") in " ".join(question.words)


def test_the_same_words_elsewhere_stay_themselves(engine: Engine) -> None:
    question = parse("what did poland spend for defence in 2024, too?", engine.vocabulary, engine.people)
    assert {"for", "too"} <= set(question.words)
    assert not question.numbers


@pytest.mark.parametrize(
    "said",
    [
        "um what was portugals defence share of gdp in twenty twenty four",
        "uh what was portugal's defence share of gdp in 2024",
        "hey ledger what was portugals defence share of gdp in twenty twenty four",
    ],
)
def test_a_dictated_question_is_answered_as_typed(engine: Engine, said: str) -> None:
    typed = engine.ask("What was Portugal's defence share of GDP in 2024?")
    answer = engine.ask(said)
    assert answer.answered and answer.values == typed.values


def test_a_share_dictated_with_its_number_misheard_is_tested(engine: Engine) -> None:
    answer = engine.ask("did germany meet too percent in twenty twenty three")
    assert answer.answer.startswith("**No**")
