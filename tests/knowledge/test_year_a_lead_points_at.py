"""A lead naming the year ('Italy, twenty twenty, the year everything shut down.', 'Italy, 2020, …') before a
question asking of 'that year' asks of that year, whatever price base year ('constant twenty-fifteen dollars') the
question names besides."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Italy, twenty twenty, the year everything shut down. What did Italy spend on defence that year in constant"
            " twenty-fifteen dollars?",
            27709.27,
        ),
        (
            "Italy, 2020, the year it all shut. What did Italy spend on defence that year in constant 2015 dollars?",
            27709.27,
        ),
    ],
)
def test_the_year_a_lead_says_is_the_one_that_year_points_at(engine, text: str, expected: float) -> None:
    answer = engine.ask(text)
    assert answer.answered and round(answer.values[0], 2) == expected
