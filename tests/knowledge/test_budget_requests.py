"""A budget request summary (hold-out 74's class): fiscal years written 'FY2027', a table of appropriation titles
by an enacted and a requested year, their moves told again in prose, titles written short ('RDT&E', 'O&M')."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.models import Fact

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
