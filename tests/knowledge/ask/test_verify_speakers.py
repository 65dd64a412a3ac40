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

In the European Union's own accounts, Lithuania reported 2.0% of GDP for defence in 2023.
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
        # an office is whom the figure is attributed to, as a name is
        ("What level of defence spending did the minister say Romania should move towards?", ("minister",)),
        ("what share of gdp did the defence secretary say the UK needs?", ("defence", "secretary")),
        # what an ally or a body reported is theirs; 'who reported the highest share' ranks the allies' figures
        ("What did Lithuania report for defence as % of GDP?", ("lithuania",)),
        # a member of a parliament by their place in it, or a person by an honorific and a name
        ("What percent of GDP did the member say Poland is spending on defence?", ("member",)),
        ("What fraction of the alliance did Ms. Gagnon say was below 2 percent?", ("gagnon",)),
        ("Who reported the highest share of GDP in 2024?", None),
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


def test_what_an_office_holder_said_is_no_tables_cell(engine):
    answer = engine.ask("What level of defence spending did the minister say Romania should move towards?")
    assert not answer.answered  # not Romania's spending in NATO's tables, which no minister said


def test_what_an_ally_reported_is_its_statement_not_the_tables_cell(beside_the_tables):
    answer = beside_the_tables.ask("What did Lithuania report for defence as % of GDP?")
    assert answer.answered and answer.values == [pytest.approx(2.0)]


def test_what_nato_reports_is_its_tables_cell(engine):
    answer = engine.ask("What real annual change in Danish defence expenditure does NATO report for 2023?")
    assert answer.answered and answer.values == [pytest.approx(50.041)]


def test_who_reported_the_most_ranks_the_tables(engine):
    answer = engine.ask("Who reported the highest share of GDP in 2024?")
    assert answer.answered and "Poland" in answer.answer


def test_what_a_member_said_is_no_tables_cell(engine):
    answer = engine.ask("What percent of GDP did the member say Poland is spending on defence?")
    assert not answer.answered  # NATO's table gives Poland's share, which no member said


def test_a_member_named_by_their_seat_is_whom_the_figure_is_attributed_to(engine):
    """'the member for Lac-Brûlé': the seat after 'member' is no name the entity list knows, and needs none."""
    speaker = _speaker(engine, "What share did the member for Lac-Brûlé say Poland spends?")
    assert speaker is not None and speaker[0] == "member"
