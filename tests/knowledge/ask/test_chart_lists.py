"""Questions on a chart's data points written as labelled bullets: two countries compared, a count by a source."""

from __future__ import annotations

import pytest

CHARTS = """---
title: "Where the world's military money went in 2024: chart captions"
publisher: Test desk
published: 2025-04-28
---

# Where the world's military money went in 2024

## Chart 4 — Two war economies

- Russia: $149 billion, 7.1% of GDP and 19% of all government spending
- Ukraine: $64.7 billion, up 2.9%, equal to 34% of GDP
- Ukraine's spending was equivalent to 43% of Russia's

## Chart 5 — NATO's share of the pie

- United States: 66% of the NATO total
- European members: $454 billion, 30% of the NATO total
- Members spending at least 2% of GDP on SIPRI's measure: 18 of 32, up from 11 in 2023

*Note: NATO's own estimates use a different definition of defence spending. Its June 2024 figures counted 23 allies at
or above 2%, so the two counts should not be compared directly.*
"""


@pytest.fixture(scope="module")
def engine(engine_of_text):
    return engine_of_text("charts.md", CHARTS)


def test_a_chart_s_bullets_answer(engine):
    assert 64.7 in engine.ask("How much did Ukraine spend on its military?").values


def test_two_countries_compared_by_figures_of_one_kind(engine):
    """Both amounts, or one as a share of the other's: never one's amount beside the other's share of another total."""
    answer = engine.ask("How did Ukraine's military spending compare with Russia's?")
    assert answer.answered and 19 not in answer.values
    assert 43 in answer.values or {149, 64.7} <= set(answer.values)


def test_a_count_by_the_body_asked_not_by_another(engine):
    answer = engine.ask("How many NATO members spent at least 2% of GDP by SIPRI's count?")
    assert answer.answered and 18 in answer.values and 23 not in answer.values
