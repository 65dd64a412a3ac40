"""A document's own date asked ('when was the news article published?'): its catalog date, cited to the catalog;
never a day one of its sentences names for something it reports on."""

from __future__ import annotations

import pytest

from knowledge.ask.published import CATALOG_LOCATOR, asked_publication, written_date


def test_the_kind_of_source_is_the_one_between_the_time_asked_and_the_verb():
    asked = asked_publication("when was that rutte news article published")
    assert asked is not None and asked.kind == "news article" and "rutte" in asked.words
    assert asked_publication("what day was the annual report released, per the article").kind == "annual report"
    assert asked_publication("according to the article, when was the annual report released?").kind == "annual report"
    assert asked_publication("when was the summit held?") is None
    assert asked_publication("who wrote the article?") is None


def test_a_catalog_date_is_written_out():
    assert written_date("2025-04") == "April 2025"
    assert written_date("2025-06-25") == "25 June 2025"
    assert written_date("2024") == "2024"


def test_a_news_article_is_dated_by_its_catalog_not_by_a_weekday(engine):
    for question in (
        "when was that rutte news article published",
        "when was the news article about Rutte's annual report published? i need it for my bibliography",
        "when was the article published?",
    ):
        answer = engine.ask(question)
        assert answer.answered and "April 2025" in answer.answer and "Thursday" not in answer.answer
        assert answer.citations[0].locator == CATALOG_LOCATOR and 2025 in answer.values


def test_a_thing_the_document_reports_released_is_dated_by_its_sentence(engine):
    # the article's own text names the annual report: its 'released Thursday' answers, not the article's date
    answer = engine.ask("what day of the week was the annual report released?")
    assert answer.answer.startswith("The annual report by Mark Rutte was released on **Thursday**")
    assert answer.citations[0].locator != CATALOG_LOCATOR


def test_a_weekday_asked_as_a_time_comes_with_the_date_of_the_document_saying_it(engine):
    answer = engine.ask("when was the annual report released?")
    assert "**Thursday**" in answer.answer and "**April 2025**" in answer.answer
    assert CATALOG_LOCATOR in {citation.locator for citation in answer.citations}


def test_of_several_kinds_named_the_one_no_document_names_is_the_document_itself(engine):
    # 'annual report' is what the article reports on; 'article' is the document asked about
    answer = engine.ask("When did that Rutte annual report article come out?")
    assert answer.answered and "April 2025" in answer.answer and "Thursday" not in answer.answer
    assert answer.citations[0].locator == CATALOG_LOCATOR


def test_the_period_a_documents_figures_describe_is_its_catalogs(engine):
    for question in ("which year does the news article cover?", "what year do the article's figures describe?"):
        answer = engine.ask(question)
        assert answer.answered and "**2024**" in answer.answer
        assert answer.citations[0].locator == CATALOG_LOCATOR and answer.citations[0].quote == "period: 2024"


def test_a_documents_date_and_period_asked_together_are_each_answered_from_its_catalog(engine):
    answer = engine.ask("When did that Rutte annual report article come out, and which year do its figures describe?")
    assert answer.answered and "April 2025" in answer.answer and "**2024**" in answer.answer
    assert "Thursday" not in answer.answer and "2035" not in answer.answer
    assert {citation.locator for citation in answer.citations} == {CATALOG_LOCATOR}


def test_the_period_asked_before_a_release_named_to_point_at_the_document_is_the_period(engine):
    """'which year do … describe — the report released in 2025?': the release only says which document is meant."""
    answer = engine.ask(
        "Which year do the annual report figures in that news piece describe - is it the 2024 report, released in 2025?"
    )
    assert answer.answered and answer.values == [2024.0]
    published = engine.ask("when was the news article that describes the annual report published?")
    assert published.answered and "April 2025" in published.answer


def test_the_period_of_a_source_the_article_reports_on_is_the_articles(engine):
    """'the annual report figures describe which year?': the article reports the annual report's figures, so its
    period is theirs; the report's release is still dated by the sentence saying it."""
    for question in (
        "the annual report figures describe which year?",
        "what year does the annual report figures cover",
    ):
        answer = engine.ask(question)
        assert answer.answered and answer.values == [2024.0], question
    released = engine.ask("when was the annual report released?")
    assert "Thursday" in released.answer


@pytest.mark.parametrize(
    "question", ["publication date of the article?", "article release date", "the article, date published?"]
)
def test_a_date_of_publication_said_as_one_noun_asks_the_documents_date(question: str) -> None:
    asked = asked_publication(question)
    assert asked is not None and asked.kind == "article"


def test_a_date_and_a_verb_of_publication_apart_ask_nothing_of_a_document_named_before_them() -> None:
    assert asked_publication("the article says the pledge is reviewed in 2029, what date was it released?") is None


def test_a_table_named_by_its_catalog_entry_is_dated_by_it(engine) -> None:
    """'the NATO press release on defence expenditure …' is the workbook its catalog entry calls a press release: its
    date, never the article's 'released Thursday'; 'release' inside the kind's name is no verb of publication."""
    for question in (
        "When was the NATO press release published?",
        "On what date was the NATO press release on defence expenditure of NATO countries (2014–2024) published?",
    ):
        answer = engine.ask(question)
        assert answer.answered, answer.answer
        assert "17 June 2024" in answer.answer


def test_a_wish_to_cite_beside_a_question_is_why_one_asks(engine) -> None:
    answer = engine.ask(
        "The summit note says the new pledge replaces an older guideline. At which summit, and in what year, was that "
        "earlier 2% of GDP guideline agreed? I want to cite it correctly."
    )
    assert answer.answered, answer.answer
    assert "Wales" in answer.answer
    assert 2014 in answer.values
