"""'How much of that was the US alone?' after the alliance's total in dollars: the part's own amount of that total,
in the same year and basis — not the share of it an article gives."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    ("before", "after", "amount"),
    [
        (
            "What was NATO's total defence expenditure in 2024 in current US dollars?",
            "How much of that was the US alone?",
            967707.0,
        ),
        (
            "How much did NATO spend on defence in 2014 in constant 2015 prices?",
            "how much of it was the US?",
            660020.6438,
        ),
    ],
)
def test_a_part_of_the_amount_is_its_own_amount(engine: Engine, before: str, after: str, amount: float) -> None:
    answer = engine.ask(after, engine.ask(before))
    assert answer.answered and answer.values == [pytest.approx(amount)]


def test_a_part_of_a_share_is_not_asked_as_an_amount(engine: Engine) -> None:
    previous = engine.ask("What share of total alliance defence spending did Europe and Canada contribute in 2024?")
    answer = engine.ask("How much of that was the US alone?", previous)
    assert 967707.0 not in answer.values  # the share it was asked of, not the US's amount
