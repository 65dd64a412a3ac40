"""A year asked to be confirmed: yes or no by the year the documents state, the statement cited."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("confirm the Hague 5% deadline is 2030", "**No**"),
        ("is the Hague 5% deadline 2035?", "**Yes**"),
    ],
)
def test_a_deadline_typed_is_checked_against_the_one_stated(engine, question, verdict):
    answer = engine.ask(question)
    assert answer.answered and answer.yes_no
    assert answer.answer.startswith(f"{verdict} — the documents state 2035")
    assert 2035.0 in answer.values and 2030.0 not in answer.values


def test_two_years_typed_are_no_year_to_confirm(engine):
    """'is the deadline 2030 or 2035?' names both: which one is asked, not one year confirmed."""
    assert not engine.ask("is the deadline for 5% 2030 or 2035?").answer.startswith("**")
