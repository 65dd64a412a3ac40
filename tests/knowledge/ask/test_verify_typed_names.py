"""A name the question writes in capitals mid-sentence ('the Defence Equipment Fund') is that thing's own: an answer
must state its words as they are, never by a concept one of them shares ('fund' as in 'the US funds 16%')."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine

NOTE = """DEFENCE BUDGET 2025 IN BRIEF
Kingdom of the Netherlands

The Netherlands presents its defence budget. All amounts are in euro.

EXPENDITURE BY BUDGET LINE (EUR million)

Budget line\t2023 (actual)\t2024 (estimate)
Art. 1 Deployment (missions and exercises)\t392\t441
Contribution to the Defence Equipment Fund\t5,852\t9,700
Total expenditure\t16,438\t21,394
"""


@pytest.fixture(scope="module")
def beside_the_tables(text_beside_the_seeds) -> Engine:
    return text_beside_the_seeds("note.txt", NOTE, title="Netherlands defence budget in brief", published="2024-09-17")


def test_a_named_fund_is_not_a_share_worked_out_from_the_tables(engine):
    answer = engine.ask("How much did Germany contribute to the Defence Equipment Fund in 2023?")
    assert answer.calculation is None and not any(fact.citation.cell for fact in answer.facts)


def test_the_line_naming_the_fund_answers_beside_the_tables(beside_the_tables):
    answer = beside_the_tables.ask("How much did the Netherlands contribute to the Defence Equipment Fund in 2023?")
    assert answer.answered and 5852 in answer.values
