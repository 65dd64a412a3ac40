"""Whose words a question asks for ('what share of GDP does Spain say is enough?', 'who said two percent was the
floor?'): a table's cell, which no one said, or a sentence reporting no one's words, does not answer it; the
sentence that reports the words does, beside NATO's tables."""

from __future__ import annotations

import pytest

from knowledge.ask.parse import parse_question
from knowledge.ask.verify_speakers import attribution
from knowledge.engine import Engine
from knowledge.question import parse

NOTE = """Budgets after the summit

Spain remained the lowest spender in the alliance last year. Madrid argues that 2.1% of GDP is enough to meet its
capability targets.

"Two percent was always meant to be the floor," said Ana Ruiz, the institute's director.
"""


@pytest.fixture(scope="module")
def beside_the_tables(text_beside_the_seeds) -> Engine:
    return text_beside_the_seeds(
        "note.md", NOTE, title="Budgets after the summit", publisher="A think tank", published="2025-09-08"
    )


def _speaker(engine: Engine, question: str) -> tuple[str, ...] | None:
    asked = attribution(parse_question(parse(question, engine.vocabulary, engine.people)))
    return None if asked is None else asked.speaker


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("what share of gdp does spain say is enough", ("spain",)),
        ("What level did Trump say allies should spend?", ("trump",)),
        ("Who said two percent was always meant to be the floor?", ()),
        # hearsay, an instruction and a source asked are no attribution of the figure asked
        ("my uncle says the US spent over 4% of GDP on defence in 2014. true?", None),
        ("Could you tell me what share of its GDP Poland devoted to defence in 2024?", None),
        ("Montenegro's defence expenditure as % of GDP in 2019 — what does NATO's tabel say?", None),
        ("Rome always says 'next year' about the 2%. What's Italy's share of GDP?", None),
    ],
)
def test_whom_a_question_attributes_its_figure_to(engine, question, speaker):
    assert _speaker(engine, question) == speaker


def test_what_an_ally_says_is_its_statement_not_the_tables_cell(beside_the_tables):
    answer = beside_the_tables.ask("what share of gdp does spain say is enough")
    assert answer.answered and 2.1 in answer.values
    assert all(fact.citation.cell is None for fact in answer.facts)


def test_who_said_is_answered_by_the_sentence_naming_the_speaker(beside_the_tables):
    answer = beside_the_tables.ask("Who said two percent was always meant to be the floor?")
    assert answer.answered and "Ana Ruiz" in answer.answer


def test_the_tables_still_answer_what_is_not_attributed(beside_the_tables):
    answer = beside_the_tables.ask("what share of gdp did spain spend in 2024")
    assert answer.answered and any(fact.citation.cell is not None for fact in answer.facts)
