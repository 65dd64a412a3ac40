"""'This year' asked beside the tables: their latest year is 'this year' by their own date only until a later
document states the same kind of figure of the ally for its own year; then that statement answers. A time asked
beside the seed article is answered by the statement dating it to its day.

The documents are the evaluation folders' own, staged beside the shipped seeds."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("folder", "name", "question", "values"),
    [
        (  # 'roughly NOK 110 billion set aside for defence this year', in a note of October 2025
            "evaluation_holdout3",
            "nordic_budget_news.txt",
            "norway defence budget this year nok?",
            {110},
        ),
        (  # 'The armed forces budget stands at €50.5 billion this year': another currency, the same kind of figure
            "evaluation_holdout",
            "thinktank_brief.md",
            "france defence budget this year",
            {50.5},
        ),
    ],
)
def test_a_later_documents_figure_for_its_own_year_answers_this_year(beside, folder, name, question, values):
    answer = beside(folder, name).ask(question)
    assert answer.answered and values <= set(answer.values)
    assert all(fact.citation.cell is None for fact in answer.facts)  # not the tables' 2024


def test_the_tables_still_answer_this_year_where_no_later_document_speaks_of_the_ally(beside):
    answer = beside("evaluation_holdout3", "nordic_budget_news.txt").ask("where's holland at this year on % of gdp")
    assert answer.answered and any(fact.citation.cell for fact in answer.facts)


def test_a_time_asked_is_answered_to_the_day_before_a_year_alone(beside):
    # the seed's 'agreed at the Wales Summit in 2014' beside the FAQ's 'at the Wales Summit on 4-5 September 2014'
    answer = beside("evaluation_holdout15", "nato-targets-faq.md").ask("When did the Wales Summit take place?")
    assert answer.answered and "September 2014" in answer.answer


def test_where_an_ally_stands_asks_its_figure() -> None:
    from knowledge.ask.verify_vocabulary import Scaffolding  # noqa: PLC0415 - the words under test

    assert {"stand", "stands"} <= Scaffolding().neutral


STANDINGS_NOTE = """# Where the Nordics and Baltics stand

The table gives NATO's estimates of defence spending as a share of GDP.

| Ally | 2024 | 2025 est. |
|---|---|---|
| Latvia | 3.15 | 3.73 |
| Denmark | 2.37 | 3.22 |
| Norway | 2.20 | 2.21 |
"""


@pytest.mark.parametrize(
    "question",
    [
        "How many allies are now at or above 3% of GDP?",
        "What share of GDP does Latvia currently spend on defence?",
    ],
)
def test_the_present_asked_in_other_words_is_not_the_tables_last_year(text_beside_the_seeds, question):
    """'now', 'currently' ask this year as 'this year' does: the tables' 2024 is not it beside a note of
    2025 stating its own year's figures."""
    engine = text_beside_the_seeds("standings.md", STANDINGS_NOTE, title="Where they stand", published="2025-09-30")
    answer = engine.ask(question)
    assert all(fact.citation.document == "standings.md" for fact in answer.facts)
