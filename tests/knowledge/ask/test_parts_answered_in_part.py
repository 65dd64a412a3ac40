"""Compound messages over the seeds: every part answered, a part asked in the frame of the part before, a part
pointing at the figure the part before worked out, and a message answered in part (band `partial`)."""

from __future__ import annotations

import pytest

from knowledge.models import Band


def _states(values: list[float], figure: float) -> bool:
    return any(value == pytest.approx(figure, rel=0.01) for value in values)


def test_a_part_not_answered_is_said_to_be_not_answered(engine) -> None:
    answer = engine.compute(
        "Which year is the review of the Hague pledge's spending path scheduled for, and how many years after the "
        "summit is that?"
    )
    assert answer.answered and answer.band is Band.PARTIAL
    assert 2029.0 in answer.values
    assert answer.unanswered_parts == ["how many years after the summit is that?"]
    assert "Not answered" in answer.answer and answer.suggestions


def test_that_after_a_sum_is_the_sum_never_one_of_its_operands(engine) -> None:
    answer = engine.compute(
        "What was the combined 2024 defence spending of the UK and France in current US dollars, and how much more "
        "was that than Germany's?"
    )
    assert _states(answer.values, 146378.3)
    assert not _states(answer.values, 15578.46)  # Germany minus the UK is no answer to 'that' (the sum)
    # 'that' is the sum: the sum of the UK and France against Germany's cell, worked out side by side
    assert answer.band is Band.ANSWER and _states(answer.values, 48692.74)


def test_a_parallel_part_naming_another_ally_is_asked_in_the_frame_before(engine) -> None:
    answer = engine.compute(
        "How far below the 2% guideline was Spain in 2024, in percentage points, and how far below was Italy?"
    )
    assert answer.band is Band.ANSWER
    assert _states(answer.values, 0.7175) and _states(answer.values, 0.5089)


def test_a_parallel_part_after_a_part_not_answered_is_not_asked_alone(engine) -> None:
    answer = engine.compute(
        "What share of NATO's total military personnel in 2024 belonged to the United States, and what share to "
        "NATO Europe and Canada?"
    )
    assert not _states(answer.values, 36.0)  # Europe and Canada's share of spending is not their personnel share


def test_a_lead_qualifying_every_part_is_said_of_each(engine) -> None:
    answer = engine.compute(
        "For the Netherlands in 2024, what percentage of defence spending went on equipment and what percentage on "
        "personnel?"
    )
    assert answer.band is Band.ANSWER
    assert _states(answer.values, 36.2) and _states(answer.values, 38.0373)


def test_its_figure_after_a_comma_is_a_part_of_the_same_subject(engine) -> None:
    answer = engine.compute(
        "What was Sweden's annual real change in defence spending in 2024, and its defence spending as a share of GDP "
        "that year?"
    )
    assert _states(answer.values, 29.8725) and _states(answer.values, 2.1432)


def test_a_gap_after_a_ratio_is_a_second_part_never_dropped(engine) -> None:
    answer = engine.compute(
        "In 2024, how many times larger was US defence spending than that of NATO Europe and Canada combined "
        "(current US dollars), and what was the gap in million dollars?"
    )
    gap_given = _states(answer.values, 461014.5)
    assert gap_given or (answer.band is Band.PARTIAL and len(answer.unanswered_parts) == 1)


def test_a_follow_up_after_a_message_of_several_parts_asks_every_part_again(engine) -> None:
    previous = engine.ask(
        "What did Poland spend on defence in 2024 in current US dollars, and what was that as a share of GDP?"
    )
    answer = engine.ask("and in 2014?", previous)
    assert _states(answer.values, 10106.656) and _states(answer.values, 1.8753)


def test_a_yes_or_no_part_not_answered_beside_a_figure_answered_is_said_so(engine) -> None:
    answer = engine.compute(
        "Does civil preparedness and resilience count toward the up-to-1.5% part of the Hague pledge, and what "
        "minimum share of GDP is earmarked for core defence?"
    )
    assert _states(answer.values, 3.5)
    assert answer.band is Band.PARTIAL  # the yes or no is not answered, and the reply says so
