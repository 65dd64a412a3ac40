"""'europe military spending 2024': 'europe' stands for European Allies and Canada in questions only, so the tables'
row answers; a document's own figure for Europe (its Europe, Russia and all) is shown beside it, never left out."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine

NOTE = """World military spending beyond NATO

Q: What happened in Europe?

A: Europe, including Russia, rose 17% to $693 billion in 2024, taking it above the level recorded at the end of the
Cold War.
"""


@pytest.fixture(scope="module")
def beside_the_tables(text_beside_the_seeds) -> Engine:
    return text_beside_the_seeds("faq.md", NOTE, title="World military spending beyond NATO", published="2025-05-02")


def test_a_documents_europe_stands_beside_the_tables_europe_and_canada(beside_the_tables):
    answer = beside_the_tables.ask("europe military spending 2024")
    assert answer.answered and 693 in answer.values
    assert any(fact.citation.cell is not None for fact in answer.facts)


def test_the_row_named_in_full_is_answered_alone(beside_the_tables):
    answer = beside_the_tables.ask("how much did european allies and canada spend in 2024")
    assert answer.answered and 693 not in answer.values
