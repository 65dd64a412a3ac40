"""A quote with a blank to fill in: the sentence that reads the same around the blank gives the missing words."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    ("question", "filled", "figures"),
    [
        (
            "Fill in Rutte's quote from the report: 'European Allies and Canada must make a ___ when it comes to the "
            "contributions and capabilities'",
            "quantum leap",
            [],
        ),
        ("The 5% pledge replaces the ___ guideline?", "2% of GDP", [2.0, 5.0, 2014.0]),
        ("fill the blank: NATO Secretary-General [blank] is urging European allies", "Mark Rutte", []),
    ],
)
def test_the_sentence_quoted_fills_the_blank(engine: Engine, question: str, filled: str, figures: list[float]) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.answer.startswith(f"**{filled}** — “")
    assert sorted(answer.values) == sorted(figures)  # the sentence's own cited figures, nothing else
    assert answer.citations and filled.split(maxsplit=1)[0] in answer.citations[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "the ___ is ___",  # two blanks: no one passage
        "___",  # nothing around the blank
        "Poland must make a ___ when it comes to its pension reform",  # no sentence reads so
    ],
)
def test_a_blank_no_sentence_fills_gets_no_words(engine: Engine, question: str) -> None:
    assert engine.blanks.answer(question) is None
