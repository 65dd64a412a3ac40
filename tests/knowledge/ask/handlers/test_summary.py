"""Summaries: the key figures of the documents a question names (by kind, by title words, or all of them), an ally
or a year named narrowing them, every figure cited; a summary noun beside a question word names a source."""

from __future__ import annotations

import pytest

from knowledge.ask.intent import Route, classify
from knowledge.engine import Engine
from knowledge.question import Vocabulary, parse

ARTICLE = "000_713f5699dc297b28.txt"
HAGUE_NOTE = "hague-summit-2025.md"
TABLES = "nato-defence-expenditure-2014-2024.tidy.csv"


def documents_cited(engine: Engine, text: str) -> set[str]:
    answer = engine.ask(text)
    assert answer.answered, answer.answer
    return {fact.citation.document for fact in answer.facts}


@pytest.mark.parametrize("text", ["summarize", "give me a summary", "key numbers please", "recap"])
def test_a_summary_of_nothing_named_hears_every_document(engine: Engine, text: str) -> None:
    assert documents_cited(engine, text) == {ARTICLE, HAGUE_NOTE, TABLES}


@pytest.mark.parametrize(
    ("text", "document"),
    [
        ("summary of the news article", ARTICLE),
        ("give me the gist of the summit pledge note", HAGUE_NOTE),
        ("recap of the spreadsheet", TABLES),
    ],
)
def test_a_summary_of_a_document_named_keeps_to_it(engine: Engine, text: str, document: str) -> None:
    assert documents_cited(engine, text) == {document}


def test_a_summary_of_the_tables_for_an_ally_and_year_keeps_to_them(engine: Engine) -> None:
    answer = engine.ask("sum up the tables for Norway in 2018")
    assert answer.answered, answer.answer
    assert {(fact.subject, fact.period) for fact in answer.facts} == {("Norway", "2018")}


def test_a_summary_noun_beside_a_question_word_names_a_source() -> None:
    parsed = parse("according to the summit summary, what did allies commit to?", Vocabulary(set()), {})
    assert classify(parsed).route is not Route.SUMMARY


@pytest.mark.parametrize("text", ["summarise the football results", "give me a summary of the weather in oslo"])
def test_a_summary_of_something_no_document_speaks_of_is_declined(engine: Engine, text: str) -> None:
    assert not engine.ask(text).answered


def test_a_summary_of_an_allys_spending_is_not_kept_to_a_document_titled_by_spending(engine: Engine) -> None:
    answer = engine.ask("recap of italy's spending")
    assert answer.answered, answer.answer
    assert {fact.subject for fact in answer.facts} == {"Italy"}


def test_a_summary_of_a_named_event_no_document_speaks_of_is_declined(engine: Engine) -> None:
    assert not engine.ask("Could you kindly summarise the commitments agreed at the Madrid Summit in 2022?").answered


@pytest.mark.parametrize(
    "text",
    [
        "summarise the key numbers from rutte's annual report: shares, increase and how many met 2%",
        "TL;DR Canada defence exp 2015 in constant 2015 USD mn",
    ],
)
def test_a_summary_naming_a_few_words_of_its_own_among_the_documents_is_given(engine: Engine, text: str) -> None:
    assert engine.ask(text).answered
