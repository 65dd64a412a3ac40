"""Small talk or a question: an acknowledgement followed by what it asks on is a follow-up."""

from __future__ import annotations

import pytest

from knowledge.question import is_chitchat, parse


@pytest.mark.parametrize("text", ["ok and in dollars, actual prices?", "ok and in dollars?", "okay and in real terms?"])
def test_an_acknowledgement_then_a_currency_or_a_price_basis_asks_on(engine, text: str) -> None:
    assert not is_chitchat(parse(text, engine.vocabulary, engine.people))


@pytest.mark.parametrize("text", ["ok and thanks", "ok thanks!"])
def test_an_acknowledgement_alone_is_small_talk(engine, text: str) -> None:
    assert is_chitchat(parse(text, engine.vocabulary, engine.people))


def test_help_asked_with_the_subject_alone_is_small_talk(engine):
    greeted = engine.ask("Hi there! I follow the Baltic debate — can you help me with NATO spending figures?")
    assert not greeted.answered and not greeted.values
    assert engine.ask("can you help me find Poland's share of GDP in 2024?").values == [4.1202]
    assert engine.ask("can you help me with the Secretary General's name?").answered


def test_a_question_about_the_bot_is_small_talk(engine):
    for question in ("what kinds of questions can i ask you", "What you can do? which questions I can ask you?"):
        answer = engine.ask(question)
        assert not answer.answered and not answer.values, question
    assert engine.ask("can i ask you about Poland's 2024 share of GDP?").values == [4.1202]
