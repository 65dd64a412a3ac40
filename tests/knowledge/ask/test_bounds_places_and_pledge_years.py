"""Words naming a bound ('the upper limit', 'the floor'), a year naming a gathering ('the 2025 pledge') and the
place of a gathering asked ('where will the next summit be held?')."""

from __future__ import annotations


def test_a_bound_asked_is_answered_by_a_figure_written_as_that_bound(engine):
    upper = engine.ask("What is the upper limit for security-related spending under the pledge?")
    assert upper.answered and upper.values == [1.5]
    floor = engine.ask("What is the floor for core defence under the 5% pledge?")
    assert floor.answered and floor.values == [3.5]
    assert not engine.ask("What is the ceiling for core defence under the 5% pledge?").answered


def test_a_year_naming_the_pledge_is_accounted_for_by_its_document(engine):
    answer = engine.ask("What is the upper limit for defence- and security-related spending under the 2025 pledge?")
    assert answer.answered and answer.values == [1.5]
    pledged = engine.ask("What total share of GDP did allies pledge to invest in defence each year at the 2025 summit?")
    assert pledged.answered and pledged.values[0] == 5.0 and "Trump" not in pledged.answer.split("\n")[0]
    assert not engine.ask("What was Poland's share of GDP under the 2025 pledge?").answered


def test_the_place_of_a_gathering_is_one_the_question_does_not_name(engine):
    assert not engine.ask("Where will the NATO summit after The Hague be held?").answered
    placed = engine.ask("In which city did NATO leaders agree the 5% defence investment pledge?")
    assert placed.answered and "The Hague on" in placed.answer and "Trump" not in placed.answer


def test_a_thing_asked_under_a_long_named_pledge_is_its_sentence(engine):
    submitted = engine.ask("What must each ally submit every year under the Hague defence investment pledge?")
    assert submitted.answered and "annual plan" in submitted.answer
    path = engine.ask("Under the Hague pledge, what kind of path must each ally's annual plan show towards the target?")
    assert path.answered and "incremental" in path.answer


def test_the_part_spending_went_to_and_the_kind_asked_must_be_spoken_of(engine):
    for question in (
        "What share of defence spending went to research and technology?",
        "Which air base gets a large part of the infrastructure money?",
        "Which company gets the largest part of the procurement money?",
    ):
        assert not engine.ask(question).answered, question
    assert engine.ask("What share of Poland's defence spending went to equipment in 2024?").values == [51.1276]
    assert engine.ask("Which Baltic state spent the most in 2024?").answered


def test_the_country_hosting_a_gathering_is_the_country_of_the_town_named(engine):
    for question in (
        "Which country hosted the 2025 summit?",
        "Which country hosted the summit where the 5% pledge was agreed?",
    ):
        answer = engine.ask(question)
        assert answer.answered and answer.answer.startswith("**Netherlands**") and "Trump" not in answer.answer
