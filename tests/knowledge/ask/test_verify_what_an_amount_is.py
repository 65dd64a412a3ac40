"""What a document's amount is of, told by its own words: a rate per hour, an economy's size, the price of an order,
a part of the amount before it — never a figure of what a question asks unless the question asks that too."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.engine import Engine

OPED = (
    "# Our allies can afford their own defense\n\n"
    "The United States spent an estimated $968 billion on defense last year, about 3.4 percent of its gross domestic "
    "product.\n\n"
    "To put the scale in terms a reader can picture, the Pentagon spends about $110 million every hour.\n\n"
    "The European allies and Canada produce a combined output of about $25 trillion a year, and yet they put barely "
    "half as much into defense as we do.\n"
)


@pytest.fixture(scope="module")
def oped(engine_of_text: Callable[[str, str], Engine]) -> Engine:
    return engine_of_text("oped.md", OPED)


@pytest.fixture(scope="module")
def report(documents: Callable[[str, str], Engine]) -> Engine:
    """A materiel agency's annual report: contracts with their amounts, a drone order of which a share went home."""
    return documents("evaluation_holdout65", "lithuania_dma_annual_report_2024.md")


def test_a_figure_per_hour_answers_only_a_question_per_hour(oped: Engine) -> None:
    assert 110 not in oped.ask("How much did the United States spend on defense in 2024?").values
    assert 110 in oped.ask("How much does the Pentagon spend in an hour?").values


def test_an_economys_size_answers_no_question_about_spending(oped: Engine) -> None:
    answer = oped.ask("How much did the European allies and Canada spend on defense together?")
    assert 25 not in answer.values, answer.answer


def test_the_price_of_an_order_is_no_defence_budget(report: Engine) -> None:
    assert not report.ask("How big was Lithuania's defence budget in 2024?").values
    assert 34 in report.ask("How much did Lithuania spend on Carl-Gustaf rifles?").values


def test_a_percentage_of_the_amount_before_it_is_no_share_of_gdp(report: Engine) -> None:
    assert 35 not in report.ask("What share of GDP did Lithuania spend on defence in 2024?").values


def test_a_length_of_time_asked_is_answered_in_units_of_time(oped: Engine) -> None:
    answer = oped.ask("How long has the United States spent $968 billion on defense?")
    assert not answer.values, answer.answer
