"""The numbers a fact's sentence states, and those a dated goal's paragraph names (`knowledge.ask.verify_numbers`)."""

from __future__ import annotations

from knowledge.ask.verify_numbers import numbers_stated

BRIEF = """# From Wales to The Hague

Published 10 July 2025.

## Ten years on

When allies agreed at Wales in 2014 to move towards 2% of GDP within ten years, only three met it. By 2024, NATO
expected 23 of its 32 members to meet the guideline.[2]

## The new pledge

At the summit of 24–25 June 2025, allies agreed to spend 5% of GDP on defence and security by 2035.[6]
"""


def test_a_footnote_mark_states_no_number() -> None:
    """'… within the current fiscal year.[5]': the note's number is no figure the sentence states (nor the 5 of a
    '5% target' asked)."""
    assert numbers_stated("its government committed in 2025 to reach the guideline this fiscal year.[5]") == {2025}
    assert numbers_stated("reviewed in 2029.\\[6\\] Up to 2%<sup>3</sup>") == {2029, 2}


def test_a_date_of_a_goal_named_by_its_number_is_one_its_own_paragraph_gives(engine_of_text) -> None:
    """'By 2024, NATO expected 23 of its 32 members to meet the guideline' dates the 2% guideline, though the
    document names the 5% pledge elsewhere: no answer to when the 5% is to be reached."""
    answer = engine_of_text("brief.md", BRIEF).ask("By what year are allies supposed to reach the 5% target?")
    assert 2024 not in answer.values


def test_a_statement_of_the_line_is_no_gap_from_it(engine) -> None:
    """'Taking the Hague 3.5% … as the target, how many points short of it was Germany?': the note's 3.5% beside
    Germany's share states the line and the figure, not the gap, which is worked out."""
    answer = engine.ask(
        "Taking the Hague 3.5% core-defence level as the target, how many percentage points short of it was Germany's "
        "2024 defence share of GDP?"
    )
    assert answer.answered, answer.answer
    assert abs(answer.values[0] - 1.381) < 0.001
