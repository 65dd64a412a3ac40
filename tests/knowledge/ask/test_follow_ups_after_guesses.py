"""Follow-ups after a message carrying the asker's guess, and a year leading a yes or no follow-up."""

from __future__ import annotations

import pytest

from knowledge.ask.intent import with_the_time_said


def test_a_guess_in_the_previous_message_is_no_ally_the_follow_up_asks_about(engine):
    previous = engine.ask("which ally had the highest share of GDP in 2023? I figured Greece at 3%")
    answer = engine.compute("who came second then?", previous)
    assert answer.answered and answer.facts[0].subject != "Greece"
    assert answer.facts[0].period == "2023"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("and back in 2016 was it higher?", "and was it higher in 2016?"),
        ("hm, and in 2015 did they reach it?", "hm, and did they reach it in 2015?"),
        ("in 2014 how many allies met 2%?", "in 2014 how many allies met 2%?"),
    ],
)
def test_a_year_leading_a_yes_or_no_question_is_its_time(text, read):
    assert with_the_time_said(text) == read


def test_a_year_leading_a_yes_or_no_follow_up_asks_that_year(engine):
    previous = engine.ask("how many military personnel did Italy have in 2024? a friend said 200k")
    answer = engine.compute("and back in 2014 was it higher?", previous)
    assert answer.answered and any(fact.subject == "Italy" and fact.period == "2014" for fact in answer.facts)


WORLD_NOTE = """# World military spending in 2024

World military expenditure reached an estimated $2,700 billion in 2024.

NATO members together spent $1,500 billion, which is 55% of world military spending.

Governments worldwide put 7% of their total spending into the military on average.
"""


def test_a_share_of_the_world_asked_after_an_amount_is_the_share_of_whom_the_amount_was(engine_of_text):
    engine = engine_of_text("world-note.md", WORLD_NOTE)
    previous = engine.ask("How much did NATO members spend together in 2024?")
    assert previous.answered and 1500.0 in previous.values
    answer = engine.compute("what share of the world is that?", previous)
    assert answer.answered and answer.facts[0].subject == "NATO Allies" and answer.facts[0].value == 55.0


def test_a_field_named_with_its_members_in_brackets_stays_the_follow_ups_field(engine):
    previous = engine.ask(
        "What was the average share of GDP across the Nordic allies (Denmark, Finland, Norway, Sweden) in 2023? "
        "i'd guess 2%"
    )
    answer = engine.compute("and which of them was lowest?", previous)
    assert answer.answered
    assert {fact.subject for fact in answer.facts} <= {"Denmark", "Finland", "Norway", "Sweden", "Iceland"}
