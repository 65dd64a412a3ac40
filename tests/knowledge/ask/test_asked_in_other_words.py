"""What the article and the Hague note say, asked in other words: examples asked as 'one example', 'what sort of
things' (the sentence giving them with 'such as'), and a speaker's own words asked 'word for word' (his quotation,
not the article's account of what he called for)."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "Name one example of the 'defence- and security-related' spending that can count towards the 1.5%.",
        "What sort of things count under the 1.5 percent bucket? Give me a couple of examples for the explainer.",
        "What kind of things count toward the 1.5% 'security-related' bucket in the Hague pledge?",
        "and the rest, up to 1,5 %, is for what kind of spending? infra etc?",
        "What's the cap on the non-core portion of the Hague pledge - is it 'up to 1.5%' or 'at least 1.5%', and "
        "what sort of spending counts?",
    ],
)
def test_examples_asked_are_the_sentence_giving_them(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and "critical infrastructure" in answer.answer, question


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("what kind of document did Rutte release?", "annual report"),
        ("what did rutte say europe needs to make, some kind of leap??", "quantum leap"),
    ],
)
def test_a_kind_asked_of_no_examples_is_answered_as_asked(engine: Engine, question: str, said: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and said in answer.answer and "such as" not in answer.answer, question


def test_a_quote_asked_word_for_word_is_the_speakers_own_words(engine: Engine) -> None:
    answer = engine.ask("Give me the full Rutte quote about the quantum leap, word for word, for the cold open.")
    assert answer.answered and "contributions and capabilities" in answer.answer
    assert "accelerate" not in answer.answer.split(" — ", 1)[0]  # not the article's account of his call
