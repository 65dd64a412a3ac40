"""Follow-ups in full sentences and in banter: the previous question's ally, measure and year carried, the new part
replacing its slot; 'the rest', 'the remainder' the complement within the whole asked before; a follow-up naming no
one held to the one carried ('y/y %?' after the NATO total is the alliance's, never a group's within it)."""

from __future__ import annotations

import pytest

from knowledge import lexicon
from knowledge.ask.context import another_than_the_one_carried
from knowledge.question import parse

US_SHARE = "Per the annual report, what share of alliance spending came from the US in 2024?"
EUROPE_SHARE = "What share of alliance spending came from European Allies and Canada in 2024, per the annual report?"


@pytest.mark.parametrize(
    "follow_up",
    [
        "lol and the rest of us?",
        "And the remainder, I take it, came from whom, and in what proportion?",
        "and the rest, from whom?",
    ],
)
def test_the_rest_after_the_us_share_is_the_european_allies_and_canada(engine, follow_up: str) -> None:
    answer = engine.ask(follow_up, engine.ask(US_SHARE))
    assert answer.answered, follow_up
    assert {fact.subject for fact in answer.facts} == {lexicon.EUROPE_AND_CANADA}
    assert 36.0 in answer.values


def test_the_remainder_is_never_the_part_the_previous_answer_gave(engine) -> None:
    previous = engine.ask(EUROPE_SHARE)
    answer = engine.ask("and the remainder, from whom did that come?", previous)
    assert not answer.answered or lexicon.EUROPE_AND_CANADA not in {fact.subject for fact in answer.facts}


@pytest.mark.parametrize(
    ("previous_question", "follow_up", "period"),
    [
        ("NATO Total def exp 2024e, USD m 2015 prices?", "y/y %?", "2024"),
        (
            "What was NATO's total defence expenditure in 2023 in current US dollars?",
            "and the annual real change?",
            "2023",
        ),
        (
            "What was NATO's total defence expenditure in 2019 in current US dollars?",
            "And in per capita terms?",
            "2019",
        ),
    ],
)
def test_a_follow_up_after_the_alliance_total_is_the_alliance_totals(
    engine, previous_question: str, follow_up: str, period: str
) -> None:
    answer = engine.ask(follow_up, engine.ask(previous_question))
    assert answer.answered, follow_up
    assert {fact.subject for fact in answer.facts} == {lexicon.NATO_ALLIES}
    assert {fact.period for fact in answer.facts} == {period}


def test_a_follow_up_naming_no_one_answered_for_a_group_within_the_whole_carried_is_refused(engine) -> None:
    previous = engine.ask("NATO Total def exp 2024e, USD m 2015 prices?")
    within = engine.ask("What real-terms increase did European Allies and Canada see in 2024, per the annual report?")
    assert within.answered and {fact.subject for fact in within.facts} == {lexicon.EUROPE_AND_CANADA}
    follow_up = parse("y/y %?", engine.vocabulary, engine.people)
    assert another_than_the_one_carried(follow_up, previous, within)
    assert not another_than_the_one_carried(follow_up, previous, previous)
    named = parse("and for europe and canada?", engine.vocabulary, engine.people)
    assert not another_than_the_one_carried(named, previous, within)


@pytest.mark.parametrize(
    ("previous_question", "follow_up", "subject", "period"),
    [
        (
            "What share of GDP did the Alliance as a whole devote to defence in 2024, according to NATO's estimates?",
            "And for European Allies and Canada alone, if you please?",
            lexicon.EUROPE_AND_CANADA,
            "2024",
        ),
        (
            "What was the annual real change in Türkiye's defence expenditure in 2024?",
            "And in the preceding year, if you would kindly check?",
            "Türkiye",
            "2023",
        ),
        ("How many military personnel did Poland have in 2019?", "And in the subsequent year?", "Poland", "2020"),
        (
            "What share of GDP did Latvia spend on defence in 2021?",
            "And for Germany, if you please?",
            "Germany",
            "2021",
        ),
    ],
)
def test_a_formal_follow_up_replaces_the_slot_it_names(
    engine, previous_question: str, follow_up: str, subject: str, period: str
) -> None:
    previous = engine.ask(previous_question)
    answer = engine.ask(follow_up, previous)
    assert answer.answered, follow_up
    assert {fact.subject for fact in answer.facts} == {subject}
    assert {fact.period for fact in answer.facts} == {period}
    assert {fact.measure for fact in answer.facts} == {fact.measure for fact in previous.facts}


@pytest.mark.parametrize(
    ("previous_question", "follow_up", "measure_of_the_previous"),
    [
        ("What share of Latvian defence expenditure went on equipment in 2018?", "was that above 20%?", True),
        ("How many military personnel did Poland have in 2024?", "was that more than 200 thousand?", True),
        ("What share of Latvian defence expenditure went on equipment in 2018?", "was that above 2% of GDP?", False),
    ],
)
def test_a_yes_or_no_on_that_tests_the_previous_figure_unless_it_names_another(
    engine, previous_question: str, follow_up: str, measure_of_the_previous: bool
) -> None:
    previous = engine.ask(previous_question)
    answer = engine.ask(follow_up, previous)
    assert answer.answered, follow_up
    same = {fact.measure for fact in answer.facts} == {fact.measure for fact in previous.facts}
    assert same is measure_of_the_previous


def test_a_yes_or_no_on_the_equipment_share_is_never_answered_by_the_share_of_gdp(engine) -> None:
    previous = engine.ask("What share of Latvian defence expenditure went on equipment in 2018?")
    answer = engine.ask("Was that comfortably above the 20% guideline, would you say?", previous)
    assert not answer.answered or {fact.measure for fact in answer.facts} == {fact.measure for fact in previous.facts}
