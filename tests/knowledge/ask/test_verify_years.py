"""The years a question names as the two ends of one span ('the 2023 to 2033 Equipment Plan'): a statement stating
that span accounts for both; one naming the years apart does not."""

from __future__ import annotations

import pytest

PLANS = """# Equipment notes

Published 10 June 2025.

## The plan

The Kestrel Programme, covering 2024 to 2034, set a budget of £41.2 billion over ten years.

## Earlier figures

Spending on radars was £1.1 billion in 2024, and the navy expects to order frigates in 2034.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What budget did the 2024 to 2034 Kestrel Programme set?",
        "What was the budget of the 2024-2034 Kestrel Programme?",
    ],
)
def test_a_span_named_by_its_ends_is_accounted_by_a_statement_of_that_span(engine_of_text, question):
    answer = engine_of_text("plans.md", PLANS).ask(question)
    assert answer.answered and 41.2 in answer.values


def test_two_years_named_apart_are_not_one_span(engine_of_text):
    answer = engine_of_text("plans.md", PLANS).ask("What was radar spending in the 2024 to 2034 period?")
    assert 1.1 not in answer.values


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("the 2023 to 2033 Equipment Plan", {(2023, 2033)}),
        ("over FY2023 to FY2027", {(2023, 2027)}),
        ("for 2026–2030", {(2026, 2030)}),
        ("in 2024-25", set()),
        ("from 2030 to 2025", set()),
    ],
)
def test_the_spans_a_text_names_by_their_ends(text, spans):
    from knowledge.ask.verify_years import _spans  # noqa: PLC0415 - a name only this change brings

    assert _spans(text) == spans


def test_the_year_a_follow_up_compares_with_is_not_the_year_asked(engine):
    """'and the real growth compared to 2023?' after the Netherlands in 2024: 2023's own real change is not it."""
    previous = engine.ask("What % of GDP did the Netherlands spend on defence in 2024?")
    answer = engine.ask("and the real growth compared to 2023?", previous)
    assert 15.7433 not in answer.values
