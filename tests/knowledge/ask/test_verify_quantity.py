"""A share of GDP restating an amount of another quantity ('aid … EUR 90 million, equal to 0.21% of GDP') is that
quantity's, not defence spending's."""

from __future__ import annotations

KEY_FIGURES = """# Estonia: key figures 2023

Defence funding in 2023: EUR 1.3 billion.

Equipment assistance delivered to Ukraine in 2023: EUR 90 million, equal to 0.21% of GDP.
"""


def test_a_share_restating_an_amount_of_assistance_is_not_defence_spending(engine_of_text):
    engine = engine_of_text("estonia.md", KEY_FIGURES)
    answer = engine.ask("What share of GDP did Estonia spend on defence in 2023?")
    assert 0.21 not in answer.values


def test_the_assistance_asked_is_answered_by_its_share(engine_of_text):
    engine = engine_of_text("estonia.md", KEY_FIGURES)
    answer = engine.ask("What share of GDP was Estonia's assistance to Ukraine in 2023?")
    assert 0.21 in answer.values


BUDGET_TABLE = """# The FY2025 defense budget request

**Table 1. DOD Discretionary Budget Authority by Title (billions of current dollars)**

| Title | FY2023 enacted | FY2024 enacted | FY2025 request |
|---|---|---|---|
| Military Personnel | 164.1 | 172.6 | 183.9 |
| Procurement | 169.1 | 170.6 | 167.5 |
"""


def test_a_share_of_a_total_asked_in_other_words_is_not_answered_by_the_amounts(engine_of_text):
    engine = engine_of_text("budget.md", BUDGET_TABLE)
    answer = engine.ask("How big a slice of the FY2025 request is military personnel?")
    assert 183.9 not in answer.values


def test_the_amount_of_a_budget_line_asked_is_answered(engine_of_text):
    engine = engine_of_text("budget.md", BUDGET_TABLE)
    answer = engine.ask("How much is requested for military personnel in FY2025?")
    assert answer.answered and 183.9 in answer.values
