"""Exclusions and negations asked in many voices: an ally left out is out of the set the question ranges over, a
negated test asks its complement, and what the documents cannot leave out is refused, never dropped."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "values", "named"),
    [
        # a filler between the negation and the test it negates ('did not even reach')
        ("Which Baltic state did not even reach 400 dollars of defence spending per person in 2022?", 359.1, "Latvia"),
        ("Which of the Baltic states didn't actually hit 400 dollars per head in 2022?", 359.1, "Latvia"),
        # 'not above' keeps the line in: at or below it
        ("Which Baltic states were not above 2.8% of GDP in 2023?", 2.8, "Lithuania"),
    ],
)
def test_a_negated_test_lists_the_allies_that_failed_it(engine, text: str, values: float, named: str) -> None:
    answer = engine.ask(text)
    assert answer.answered, answer.answer
    assert round(answer.values[1], 1) == round(values, 1) and named in answer.answer
    assert answer.values[0] == 1.0  # only that ally


def test_a_negated_inclusive_test_keeps_the_line_in(engine) -> None:
    answer = engine.ask("How many allies were not above 2% of GDP in 2022?")
    assert answer.answered and "at or below 2%" in answer.answer
