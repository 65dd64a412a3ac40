"""A shortfall asked ('How many members short is the Canadian Armed Forces?'): the people a strength lacks, which
the people it has (a table's military personnel) do not give; the sentence saying what is missing does."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine

NOTE = """Recruitment

The Canadian Armed Forces are short roughly 16,000 members, by the Chief of the Defence Staff's own account.
"""


@pytest.fixture(scope="module")
def beside_the_tables(text_beside_the_seeds) -> Engine:
    return text_beside_the_seeds("note.md", NOTE, title="Recruitment", publisher="A think tank", published="2024-10-22")


def test_a_count_of_people_there_is_no_count_of_those_missing(engine):
    answer = engine.ask("How many members short is the Canadian Armed Forces?")
    assert not answer.answered  # NATO's table counts Canada's military personnel, not those it lacks


def test_the_sentence_saying_what_is_missing_answers(beside_the_tables):
    answer = beside_the_tables.ask("How many members short is the Canadian Armed Forces?")
    assert answer.answered and answer.values[0] == 16000


def test_the_people_there_are_still_counted(engine):
    answer = engine.ask("How many military personnel did Canada have in 2024?")
    assert answer.answered and any(fact.citation.cell is not None for fact in answer.facts)
