"""A think-tank post of relative comparisons ('twice as much as in 2015', '43 % of what Russia spent', 'more than six
and a half times what Moscow does'): each question is answered by the figure whose own clause holds what it asks,
never by a figure of another subject or clause of the same sentence."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.engine import Engine

POST = "\n\n".join(
    [
        "# Bigger, faster, further east: reading the 2024 military spending numbers",
        "*Published 30 April 2025*",
        "## Russia: twice its 2015 level",
        "Russia's spending rose by 38 % to an estimated $149 billion — twice as much as in 2015. It now absorbs 7.1 % "
        "of Russian GDP.",
        "## Ukraine: the heaviest burden anywhere",
        "Ukraine spent $64.7 billion, up just 2.9 %. In dollar terms that is 43 % of what Russia spent. In burden "
        "terms it is something else entirely: 34 % of GDP, nearly five times the Russian ratio and the highest of any "
        "country SIPRI tracks.",
        "## Europe: the engine of the global rise",
        "European spending (which in SIPRI's geography includes Russia and Ukraine) climbed 17 % to $693 billion.",
        "Germany now outspends the United Kingdom ($81.8 billion) by about 8 %.",
        "## The United States: still in a league of its own",
        "US spending grew 5.7 % to $997 billion. Put the other way round, Washington spends more than three times "
        "what Beijing does, and more than six and a half times what Moscow does.",
    ]
)


@pytest.fixture(scope="module")
def post(engine_of_text: Callable[[str, str], Engine]) -> Engine:
    return engine_of_text("post.md", POST)


@pytest.mark.parametrize(
    ("question", "values"),
    [
        ("What share of its GDP does Russia spend on the military?", {7.1}),
        ("How much did Ukraine spend on its military in 2024?", {64.7}),
        ("What is Ukraine's military burden as a share of GDP?", {34}),
        ("By roughly how much does Germany now outspend the UK?", {8}),
        ("How does Russia's 2024 military spending compare with 2015?", {2}),
        ("How many times more than Russia does the US spend?", {6.5}),
    ],
)
def test_the_figure_of_the_clause_asked_answers(post: Engine, question: str, values: set[float]) -> None:
    answer = post.ask(question)
    assert answer.answered, answer.answer
    assert values <= set(answer.values)


@pytest.mark.parametrize(
    ("question", "not_given"),
    [
        ("How many times more than Russia does the US spend?", 3),  # the multiple of Beijing beside it
        ("What share of government spending does Russia devote to the military?", 43),  # Ukraine's ratio
        ("How much did Ukraine spend on its military in 2024?", 693),  # Europe's, Ukraine named in an aside
    ],
)
def test_no_figure_of_another_clause_is_given(post: Engine, question: str, not_given: float) -> None:
    assert not_given not in post.ask(question).values
