"""A fall asked ('by what percentage does procurement fall?', 'how much is RDT&E cut?') is stated by its size
beside the cell as its document writes it ('-2.1%')."""

from __future__ import annotations

CRS = ("evaluation_holdout70", "crs_dod_budget_request_fy2025.md")


def test_a_minus_change_is_stated_as_the_fall_asked(documents):
    engine = documents(*CRS)
    fell = engine.ask("By what percentage does procurement fall in the request?")
    assert fell.answered and 2.1 in fell.values and -2.1 in fell.values
    assert "As the fall asked:" in fell.answer and "**2.1%**" in fell.answer
    cut = engine.ask("How much is RDT&E cut in dollar terms?")
    assert cut.answered and 4.4 in cut.values and "**4.4**" in cut.answer


def test_a_rise_asked_states_no_fall(documents):
    engine = documents(*CRS)
    answer = engine.ask("By what percentage does the military personnel title rise in the request?")
    assert "As the fall asked" not in answer.answer
