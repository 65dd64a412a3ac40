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
