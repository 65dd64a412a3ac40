"""A document's table of measures by year beside its sentences: one year's cell is no whole, a line no total."""

from __future__ import annotations

import pytest

from knowledge.ask.statements import _a_line_of_measures, _one_year_of_a_row

NOTE = """---
title: "Germany: defence spending by funding line"
published: 2025-08-20
---

*All amounts in EUR billion at current prices.*

The table below brings the lines together.

| Funding line | 2023 | 2024 | 2025 |
|---|---:|---:|---:|
| Bundeswehr special fund, planned outflows | 8.4 | 19.8 | 24.1 |
| Core defence budget | 50.1 | 51.95 | 62.4 |

The special fund totals €100 billion and was set up in June 2022. Germany reported €90.6 billion to NATO for 2024.
"""


@pytest.fixture(scope="module")
def facts(engine_of_text):
    engine = engine_of_text("note.md", NOTE)
    return {fact.value: fact for fact in engine.kb.facts if fact.value is not None}


def test_a_year_s_cell_of_a_row_of_years_is_one_year_of_a_row(facts):
    assert _one_year_of_a_row(facts[19.8])
    assert not _one_year_of_a_row(facts[100.0])  # a sentence's figure


def test_a_row_naming_its_own_measure_is_a_line_not_the_subject_s_whole_spending(facts):
    assert _a_line_of_measures(facts[51.95])
    assert not _a_line_of_measures(facts[90.6])
