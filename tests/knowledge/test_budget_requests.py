"""A budget request summary (hold-out 74's class): fiscal years written 'FY2027', a table of appropriation titles
by an enacted and a requested year, their moves told again in prose, titles written short ('RDT&E', 'O&M')."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.models import Fact
from knowledge.question import Vocabulary, parse
from knowledge.snapshot import build_knowledge_base

REQUEST = (
    "# The Defense Department's FY2027 Request in Brief\n\n"
    "The Department of Defense asks Congress for $910.4 billion in FY2027.\n\n"
    "## Titles\n\n"
    "| Title ($ billions) | FY2026 enacted | FY2027 request | Change |\n"
    "|---|---|---|---|\n"
    "| Military Personnel | 190.1 | 196.0 | +5.9 |\n"
    "| O&M | 301.5 | 312.7 | +11.2 |\n"
    "| RDT&E | 150.2 | 146.9 | -3.3 |\n\n"
    "Modernization slips: RDT&E and Procurement together drop from $330.6 billion to $321.8 billion.\n"
)


@pytest.fixture(scope="module")
def request_facts(build_note: Callable[..., list[Fact]]) -> list[Fact]:
    entry = 'title = "The Defense Department\'s FY2027 Request in Brief"\npublished = "2026-03-02"\nperiod = "FY2027"'
    return build_note(REQUEST, name="request.md", catalog=entry)


def _one(facts: list[Fact], value: float) -> Fact:
    found = [fact for fact in facts if fact.value == value and fact.measure_kind != "date"]
    assert len(found) == 1, found
    return found[0]


def test_a_budget_line_written_short_names_no_one_else(request_facts: list[Fact]) -> None:
    """'RDT&E and Procurement together drop …': a title's short form is what the money is spent on, so the sentence
    still speaks of the country the request is about."""
    assert _one(request_facts, 321.8).subject == "United States"


def test_an_undated_move_below_a_table_of_two_years_is_between_those_years(request_facts: list[Fact]) -> None:
    """The table compares FY2026 enacted with the FY2027 request: the move told after it starts in the one and ends
    in the other, never both of the document's year."""
    assert (_one(request_facts, 330.6).period, _one(request_facts, 321.8).period) == ("2026", "2027")


def test_a_fiscal_year_written_short_in_a_question_is_the_year_it_names() -> None:
    vocabulary = Vocabulary(set())
    assert parse("What was enacted for personnel in FY26?", vocabulary, {}).years == [2026]
    assert parse("And the FY2027 request?", vocabulary, {}).years == [2027]
    assert parse("FY26 and FY27 requests", vocabulary, {}).years == [2026, 2027]
    # a fiscal year of two calendar years written short ('FY25-26') is left to its words, never its first year alone
    assert parse("Planned for FY25-26?", vocabulary, {}).years == []


def test_a_question_naming_the_fiscal_year_short_is_answered_by_the_column_naming_it_whole(tmp_path: Path) -> None:
    (tmp_path / "request.md").write_text(REQUEST, encoding="utf-8")
    entry = 'title = "The Defense Department\'s FY2027 Request in Brief"\npublished = "2026-03-02"\nperiod = "FY2027"'
    (tmp_path / "catalog.toml").write_text(f'["request.md"]\n{entry}\n', encoding="utf-8")
    answer = Engine(build_knowledge_base(tmp_path)).ask("What is the FY27 request for Military Personnel?")
    assert answer.answered and 196.0 in answer.values, answer.answer
