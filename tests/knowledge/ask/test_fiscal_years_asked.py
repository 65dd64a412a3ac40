"""A fiscal year asked ('in FY2024') is asked by its year: a sentence stating the figures of two fiscal years answers
with the one asked, and a calendar year's table cell beside it does not answer for it."""

from __future__ import annotations

import pytest

REPORT = """# The defense budget in context

Published 15 May 2024.

## Outlays

U.S. national defense outlays in FY2024 were about $874 billion, or about 3.0% of gross domestic product (GDP). That \
share is well below the 4.7% of GDP reached in FY2010, at the height of operations in Iraq and Afghanistan.

## Titles

| Title | FY2023 enacted | FY2024 enacted |
|---|---|---|
| Military Personnel | 164.1 | 172.6 |
| Operation and Maintenance | 320.0 | 322.4 |
"""


@pytest.fixture(scope="module")
def engine(text_beside_the_seeds):
    return text_beside_the_seeds("budget_context.md", REPORT, title="The defense budget in context")


def test_the_fiscal_year_asked_is_answered_by_its_own_figure(engine):
    answer = engine.ask("What was defense spending as a share of GDP in FY2024?")
    assert answer.answered
    assert answer.values[:1] == [3.0]


def test_another_fiscal_years_figure_in_the_sentence_is_never_the_answer(engine):
    answer = engine.ask("How high did defense outlays get as a share of GDP in FY2010?")
    assert not answer.answered or answer.values[:1] == [4.7]  # withheld is safe; never the FY2024 share


def test_a_budget_title_typed_as_its_initials_is_its_row(engine):
    answer = engine.ask("How much was enacted for O&M back in FY2023?")
    assert answer.answered
    assert answer.values[:1] == [320.0]


def test_a_calendar_year_cell_does_not_answer_for_a_fiscal_year(engine):
    answer = engine.ask("What was US defense spending in FY2024?")
    assert answer.answered
    assert answer.values[:1] == [874.0]  # the report's FY2024 outlays, never the tables' calendar 2024 cell
    assert all(fact.citation.cell is None for fact in answer.facts)


PROGRAMME = """# Japan's defence build-up

Japan's five-year Defense Buildup Program sets total spending of ¥43 trillion over FY2023–FY2027.
"""


def test_an_amount_over_a_span_of_years_is_no_one_year_s_budget(engine_of_text):
    programme = engine_of_text("buildup.md", PROGRAMME)
    assert not programme.ask("How big is Japan's defence budget for FY2025?").answered
    spanned = programme.ask("How much will Japan spend over FY2023 to FY2027?")
    assert spanned.answered and 43.0 in spanned.values


def test_a_fiscal_year_written_with_its_prefix_in_the_sentence_accounts_for_the_year_asked(engine_of_text) -> None:
    """'… on the ¥7.95 trillion of FY2024' states FY2024's budget, though the sentence opens on FY2025's months."""
    text = (
        "# Japan's budget\n\nPublished 22 July 2025.\n\n"
        "Japan's defence budget for FY2025 (April 2025 to March 2026) is about ¥8.7 trillion, an increase of 9.4% "
        "on the ¥7.95 trillion of FY2024.\n"
    )
    answer = engine_of_text("japan.md", text).ask("What was Japan's defence budget in FY2024?")
    assert answer.answered and 7.95 in answer.values
