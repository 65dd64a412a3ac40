"""The verifier over the seeds: a follow-up naming a share of GDP is not answered by a real-change cell, and a
difference asked is never the cells of one ally and year."""

from __future__ import annotations

import pytest

from knowledge.ask.parse import parse_question
from knowledge.question import parse


def test_a_follow_up_naming_a_share_of_gdp_is_not_answered_by_the_real_change(engine) -> None:
    previous = engine.ask("What was Sweden's annual real change in defence spending in 2024?")
    assert previous.values[:1] == [pytest.approx(29.8725)]
    answer = engine.ask("its share of GDP that year?", previous)
    assert answer.values[:1] == [pytest.approx(2.1432)]


def test_a_follow_up_naming_no_measure_still_carries_the_real_change(engine) -> None:
    previous = engine.ask("What was Sweden's annual real change in defence spending in 2024?")
    answer = engine.ask("and in 2023?", previous)
    assert answer.answered
    assert not any(value == pytest.approx(2.1432) for value in answer.values)


def test_one_allys_cells_are_no_difference_asked_in_a_follow_up(engine) -> None:
    asked = parse_question(
        parse("how many more military personnel did Poland have in 2024?", engine.vocabulary, engine.people)
    )
    personnel = engine.ask("How many military personnel did Poland have in 2024?")
    assert personnel.answered and personnel.calculation is None
    verdict = engine.verifier.check(asked, personnel, follow_up=True)
    assert "calculation: difference" in verdict.unaccounted
    # asked afresh, one row may be the difference itself ('NATO minus the United States': Europe and Canada's)
    assert "calculation: difference" not in engine.verifier.check(asked, personnel).unaccounted


@pytest.mark.parametrize(
    "question",
    [
        "How much higher is Poland's defence spending than ten years ago?",
        "How much more did Poland spend than in 2014?",
    ],
)
def test_one_year_s_cell_is_no_difference_with_another_time(engine, question: str) -> None:
    asked = parse_question(parse(question, engine.vocabulary, engine.people))
    level = engine.ask("How much did Poland spend on defence in 2014, in US dollars?")
    assert level.answered and level.calculation is None
    assert "calculation: difference" in engine.verifier.check(asked, level).unaccounted
