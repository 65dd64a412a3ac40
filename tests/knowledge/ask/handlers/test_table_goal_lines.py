"""A count of the allies meeting a goal ('the 2% guideline', 'the target'): a goal is a level to reach, so the
allies are counted by a level's column, never by a change's ('31 allies at or above 2% in 2014-2024' counted over
cumulative real growth)."""

from __future__ import annotations

from knowledge.ask.measures_asked import change_measures


def test_a_goal_met_is_never_counted_over_a_change(engine):
    answer = engine.ask("How many allies met the 2% guideline in 2024, compared with 2014?")
    assert not any(fact.measure in change_measures() for fact in answer.facts)
    assert 31 not in answer.values


def test_a_goal_in_one_year_is_counted_by_its_share_of_gdp(engine):
    answer = engine.ask("how many allies met the 2% target in 2024")
    assert answer.answered and 23 in answer.values
