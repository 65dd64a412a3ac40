"""'What share … does X represent?': 'represent' asks the share, as 'equivalent' or 'corresponding' do; it names
nothing the statement must say."""

from __future__ import annotations

import pytest

NOTES = """# Regional spending notes

Published 28 April 2025.

Spending in the Middle East totalled an estimated $243 billion in 2024, about 8.9% of the world total.
"""


def test_a_share_asked_by_what_it_represents_is_the_share_stated(engine_of_text):
    answer = engine_of_text("regions.md", NOTES).ask("What share of the world total does the Middle East represent?")
    assert answer.answered and 8.9 in answer.values


def test_the_other_words_of_the_question_are_still_asked(engine_of_text):
    answer = engine_of_text("regions.md", NOTES).ask("What share of the oil market does the Middle East represent?")
    assert not answer.answered


def test_a_last_clause_pointing_back_asks_what_the_clause_before_named(engine) -> None:
    """In a long message, the asking clause is the last one; its 'it' is what the clause before it named."""
    answer = engine.ask(
        "I've always wondered about the NATO common budget, the money that goes to the headquarters in Brussels and "
        "the joint programmes. How big was NATO's common civil and military budget in 2024, and who pays the most "
        "into it?"
    )
    assert not answer.answered


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("country=LT metric=personnel yr=2014", 8.568),  # a query typed as fields: their names ask nothing
        ("entity:Montenegro measure:real_change year:2024", 34.9691),
        ("allies meeting 2% per rutte's annual rpt", 22.0),  # 'rpt', 'excl' as power users shorten them
    ],
)
def test_a_query_typed_as_fields_or_with_short_forms_is_read_as_asked(engine, question: str, value: float) -> None:
    answer = engine.ask(question)
    assert answer.answered and value in answer.values


@pytest.mark.parametrize(
    ("lead", "follow_up", "value"),
    [
        (
            "What was Germany's defence expenditure in 2024 in million US dollars?",
            "and France, on the same basis?",
            64271.2008,
        ),
        (
            "What was Poland's defence spending as a share of GDP in 2024?",
            "and what was that same share in 2014?",
            1.8753,
        ),
        (
            "how much spend Germany for defence in 2019? in million US dollar, current prices",
            "and in 2024, same unit?",
            97685.5901,
        ),
    ],
)
def test_what_a_follow_up_keeps_the_same_asks_nothing_new(engine, lead: str, follow_up: str, value: float) -> None:
    """'on the same basis', 'that same share': kept from the question before, no word for the answer to account for."""
    answer = engine.ask(follow_up, engine.ask(lead))
    assert answer.answered and value in answer.values


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("Italy personnel expenses, what share of total defence spending in 2020?", 67.518),  # expenses: spending
        ("how many of NATO members did NOT meet the 2% in the report, possibly you can compute from article?", 10.0),
    ],
)
def test_words_of_spending_and_of_hedging_ask_nothing_new(engine, question: str, value: float):
    """'expenses' is spending; 'possibly' hedges ('eventually', German 'eventuell', is left to count: in English it
    says when — 'how many conscripts should eventually complete service?' asks the last figure)."""
    answer = engine.ask(question)
    assert answer.answered and value in answer.values
