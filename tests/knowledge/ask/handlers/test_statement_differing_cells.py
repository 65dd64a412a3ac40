"""An answer of several of NATO's cells (Germany's and France's share of GDP): a document's differing statement of
any of them is shown beside them, as it is beside one cell; never beside a ranking's or a calculation's operands."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine

NOTE = """Germany's budget in brief

Germany's defence spending reached 1.57% of GDP in 2023, the finance ministry said.
"""


@pytest.fixture(scope="module")
def beside_the_tables(text_beside_the_seeds) -> Engine:
    return text_beside_the_seeds("note.md", NOTE, title="Germany's budget in brief", published="2025-08-01")


def test_a_documents_differing_figure_stands_beside_several_cells(beside_the_tables):
    answer = beside_the_tables.ask("What share of GDP did Germany and France spend on defence in 2023?")
    assert answer.answered and 1.57 in answer.values
    assert sum(fact.citation.cell is not None for fact in answer.facts) >= 2


def test_no_statement_beside_a_ranking(beside_the_tables):
    answer = beside_the_tables.ask("which ally spent the highest share of GDP on defence in 2023?")
    assert 1.57 not in answer.values
