"""Calculated answers: what the headline says the figure is of."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("How much do the Nordic countries spend on their armies in total in 2024 (dollars)?", "the Nordic allies"),
        (
            "How many soldiers do the Visegrad countries (Poland, Czechia, Slovakia, Hungary) have together in 2024?",
            "the Visegrád group",
        ),
        ("how much did Estonia, Latvia and Lithuania spend on defence all together in 2024?", "the Baltic states"),
    ],
)
def test_operands_that_are_a_groups_members_are_said_as_the_group(engine, question: str, named: str) -> None:
    """The Nordic allies less Iceland (no row) are still the group asked about: named, with the members added."""
    headline = engine.ask(question).answer.splitlines()[0]
    assert f"combined: {named} (" in headline


def test_allies_of_no_group_are_listed_as_they_are(engine) -> None:
    headline = engine.ask("what did france and germany spend together in 2024?").answer.splitlines()[0]
    assert "combined: France, Germany, 2024" in headline


def test_money_on_an_army_is_defence_spending_not_its_size(engine) -> None:
    answer = engine.ask("My classmate says Italy spends more money on its army than France. Is that true for 2024?")
    assert answer.answer.startswith("**No**") and {34461.72, 64271.2008} <= set(answer.values)
    assert engine.ask("how big is the army of germany in 2024?").values == [185.641]


def test_a_ratio_between_a_groups_members_is_no_figure_of_the_group(engine) -> None:
    headline = engine.ask("us per capita defence spend divided by canada's, 2024?").answer.splitlines()[0]
    assert "North America" not in headline and "United States, Canada" in headline
