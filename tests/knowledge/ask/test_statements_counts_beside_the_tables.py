"""A document's own count of what a table's measure counts ('more than 200,000 soldiers are now serving') is shown
beside NATO's personnel figure, later year first; a count of something else of the same ally ('28 days of basic
training', '180 tanks') never is."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine

NOTE = """Poland's armed forces: questions and answers

How large are the armed forces?

More than 200,000 soldiers are now serving in Poland, including professional soldiers and volunteers.

How long is basic training?

Voluntary basic military service in Poland begins with 28 days of basic training.

How large are the Dutch armed forces?

The Netherlands armed forces currently number around 76,000 people, including civilian staff and reservists.
"""


@pytest.fixture(scope="module")
def beside_the_tables(text_beside_the_seeds) -> Engine:
    return text_beside_the_seeds(
        "faq.md", NOTE, title="Poland's armed forces: questions and answers", published="2025-10-06"
    )


def test_a_documents_later_count_of_soldiers_stands_beside_the_tables(beside_the_tables):
    answer = beside_the_tables.ask("how many troops does poland have")
    assert answer.answered and 200000 in answer.values
    assert any(fact.citation.cell is not None for fact in answer.facts)  # NATO's figure beside it


def test_a_count_of_people_the_statement_says_are_the_armed_forces_stands_beside_the_tables(beside_the_tables):
    answer = beside_the_tables.ask("how many people are in the dutch armed forces")
    assert answer.answered and 76000 in answer.values


def test_a_count_of_something_else_is_not_shown_beside_the_personnel_cell(beside_the_tables):
    answer = beside_the_tables.ask("how many troops does poland have")
    assert 28 not in answer.values


def test_an_amount_of_another_quantity_is_not_shown_beside_the_tables_total(text_beside_the_seeds):
    engine = text_beside_the_seeds(
        "wire.md",
        "Allies provided more than 50 billion euros in security assistance to Kyiv in 2024, above the minimum "
        "baseline of 40 billion euros a year agreed at last July's Washington summit, according to NATO figures.",
        title="NATO ministers approve new arms targets",
        published="2025-06-05",
    )
    answer = engine.ask("What was total NATO defence spending in 2024?")
    assert answer.answered and not {50, 40} & set(answer.values)
