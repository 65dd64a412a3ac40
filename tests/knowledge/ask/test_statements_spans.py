"""A table of changes over spans of years: the cell over the span asked answers, not a longer span holding it."""

from __future__ import annotations

import pytest

from knowledge.ask.parse import parse_question
from knowledge.ask.statements import asked_kinds
from knowledge.question import Vocabulary, parse

BRIEF = """# Brief on manpower budgets

Published by a test desk, June 2025.

## Table 3. Change in personnel spending as a share of GDP (points)

| Ally | 2015→2025 | 2024→2025 |
|---|---:|---:|
| Norway | +0.41 | +0.07 |
| Portugal | -0.12 | +0.02 |
"""


@pytest.fixture(scope="module")
def engine(engine_of_text):
    return engine_of_text("brief.md", BRIEF)


def test_the_cell_over_the_span_asked_answers(engine) -> None:
    assert engine.ask("How much did Norway's share change between 2024 and 2025?").values == [0.07]
    assert engine.ask("How much did Norway's share change between 2015 and 2025?").values == [0.41]


def test_how_many_percentage_points_asks_a_percentage_not_a_count() -> None:
    kinds = asked_kinds(parse_question(parse("By how many percentage points did it rise?", Vocabulary(set()), {})))
    assert "count" not in kinds


def test_a_change_in_points_asked_by_how_many_is_answered(engine) -> None:
    answer = engine.ask("By how many percentage points did Norway's share change between 2015 and 2025?")
    assert answer.values == [0.41]


PLAN = """# Norway: the defence budget and the long-term plan

Published by a test desk, May 2025.

Norway's Ministry of Defence spending by category, in the budget and the plan.

**Table 2 — Ministry of Defence: spending by category (NOK mn)**

| Category | 2024 outturn | 2025 budget | 2026 plan | Change 2025/2024 (%) |
|---|---|---|---|---|
| Equipment | 21,000 | 24,150 | 25,000 | +15.0 |
| Infrastructure | 6,000 | 6,600 | 7,000 | +10.0 |
| **Total** | **27,000** | **30,750** | **32,000** | **+13.9** |

Three features of the table deserve comment. First, total Ministry spending is set to grow by NOK 9,000 million,
or 33.3%, between 2024 and 2027. By 2027 the total is planned to be 18.5% higher than in 2024.
"""


@pytest.fixture(scope="module")
def plan(engine_of_text):
    return engine_of_text("plan.md", PLAN)


def test_a_change_over_a_longer_span_does_not_answer_the_one_year_asked(plan) -> None:
    """'grow between 2024 and 2025' asks the change over that span: a sentence's change between 2024 and 2027 holds
    both years, but is another change."""
    answer = plan.ask("By what percentage does Norway's infrastructure spending grow between 2024 and 2025?")
    assert answer.values[:1] == [10.0]
    assert 33.3 not in answer.values
