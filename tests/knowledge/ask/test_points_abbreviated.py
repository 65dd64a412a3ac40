"""'pp', 'ppt', 'ppts': percentage points abbreviated. 'How many pp short of 2% is that?' asks the gap of a share to
the line in points, as 'how many points short …' does, never a count of the allies below it."""

from __future__ import annotations

import pytest


def test_a_gap_in_pp_after_a_share_is_that_shares_gap_to_the_line(engine) -> None:
    previous = engine.ask("portugal's share of gdp on defence in 2024?")
    answer = engine.ask("so how many pp short of 2% is that?", previous)
    assert answer.answered and answer.calculation is not None
    assert any(abs(value - (2 - 1.5476)) < 0.001 for value in answer.values)
    assert {fact.subject for fact in answer.facts if fact.citation.cell} == {"Portugal"}


@pytest.mark.parametrize("points", ["ppts", "ppt", "pp"])
def test_a_gap_in_abbreviated_points_is_worked_out_not_counted(engine, points: str) -> None:
    answer = engine.ask(f"how many {points} below 2% was spain in 2014?")
    assert answer.answered and answer.calculation is not None
    assert any(abs(value - (2 - 0.9208)) < 0.001 for value in answer.values)
