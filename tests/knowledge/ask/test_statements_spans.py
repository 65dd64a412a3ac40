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
