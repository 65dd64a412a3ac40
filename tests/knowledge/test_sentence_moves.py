"""A move from one level to another with no year of its own: each end is of the span its context told a move over."""

from __future__ import annotations

import pytest

from knowledge.models import Fact


@pytest.fixture(scope="module")
def build(build_note):
    return build_note


def dated(facts: list[Fact], subject: str) -> list[tuple[float | None, str | None]]:
    return sorted((fact.value, fact.period) for fact in facts if fact.subject == subject)


REVIEW = (
    "# Spending review\n\n"
    "## The northern states\n\n"
    "Norway's ratio climbed from 1.5% of GDP in 2015 to 2.2% in 2023. Sweden went from 1.1% to 2.1% over the same"
    " period, and Portugal's from 1.3% to 1.6%.\n\n"
    "Denmark, which chaired the group in 2019, rose from 1.2% to 2.4%. The Netherlands crossed the line at 2.05%,"
    " up from 1.2%.\n\n"
    "## The south\n\n"
    "Italy moved only from 1.1% to 1.5%.\n"
)


def test_the_ends_of_a_move_with_no_year_are_the_first_and_last_year_of_the_section_s_span(build) -> None:
    facts = build(REVIEW, name="review.md")
    assert dated(facts, "Sweden") == [(1.1, "2015"), (2.1, "2023")]
    assert dated(facts, "Portugal") == [(1.3, "2015"), (1.6, "2023")]  # a list sharing one verb
    assert dated(facts, "Denmark") == [(1.2, "2015"), (2.4, "2023")]  # an event's year dates no end
    assert dated(facts, "Netherlands") == [(1.2, "2015"), (2.05, "2023")]  # 'at B, up from A'


def test_a_move_under_a_heading_naming_no_span_keeps_to_no_earlier_section_s_span(build) -> None:
    facts = build(REVIEW, name="review.md")
    assert dated(facts, "Italy") != [(1.1, "2015"), (1.5, "2023")]  # another section: no span it spoke of


def test_the_sentence_s_own_dated_move_dates_an_undated_one_after_it(build) -> None:
    facts = build(
        "# Finland\n\n"
        "Its budget rose from €2.9 billion in 2016 to €6.4 billion in 2024, lifting its ratio from 1.2% to 2.4%.\n",
        name="own.md",
    )
    assert dated(facts, "Finland") == [(1.2, "2016"), (2.4, "2024"), (2.9, "2016"), (6.4, "2024")]


def test_a_year_naming_a_thing_past_a_clause_break_dates_no_move_before_it(build) -> None:
    facts = build(
        "# Review\n\n"
        "Poland's ratio climbed from 1.9% of GDP in 2014 to 4.1% in 2024.\n\n"
        "France edged up from 1.8% to 2.1%, and its 2024–2030 programming law earmarks €400 billion.\n",
        name="law.md",
    )
    assert dated(facts, "France") == [(1.8, "2014"), (2.1, "2024"), (400.0, "2024-2030")]


def test_a_move_after_a_year_outside_the_span_is_of_that_other_time_not_the_span_s_ends(build) -> None:
    facts = build(
        "# Review\n\n"
        "Norway, at 1.5% in 2015 and 2.2% in 2023, said in March 2025 that it would reach 3% of GDP by 2030, funded"
        " by cutting aid from 1.0% to 0.7% of gross national income.\n",
        name="plan.md",
    )
    assert not {fact.period for fact in facts if fact.value in (1.0, 0.7)} & {"2015", "2023"}
