"""Measures named as people name them: slang and idioms of a concept ('big-ticket kit', 'bricks and mortar',
'boots', 'output', 'the defence pot'), goals by other nouns ('yardstick', 'rule', 'the two-percent club'), a change
in real terms said apart ('inflation-adjusted growth', 'real-terms jump'), 'hard' defence as the core of a goal, and
the allies ranked by how near they are to a line."""

from __future__ import annotations

import pytest

from knowledge import lexicon
from knowledge.ask.parse import parse_question
from knowledge.ask.quantities import direction_unaccounted
from knowledge.models import Answer, Band
from knowledge.question import parse


def test_an_idiom_names_its_concept_whole():
    assert ("bricks", "and", "mortar") in lexicon.IDIOMS
    assert lexicon.concepts(["bricks", "and", "mortar"]) == {"infrastructure"}


@pytest.mark.parametrize(
    ("text", "measure", "subject"),
    [
        ("what share of Greece's defence pot went on big-ticket kit in 2019?", "equipment_share", "Greece"),
        ("how much of Latvia's budget went on bricks and mortar in 2021?", "infrastructure_share", "Latvia"),
        ("how many boots did Romania have in 2022?", "military_personnel", "Romania"),
        ("what was Denmark's output per person in 2020?", "gdp_per_capita", "Denmark"),
        ("what was Spain's output in 2018 in constant 2015 dollars?", "gdp_usd_constant", "Spain"),
        ("what was Croatia's bang per citizen in 2023?", "spending_per_capita", "Croatia"),
    ],
)
def test_a_measure_named_loosely_is_looked_up(engine, text, measure, subject):
    answer = engine.ask(text)
    assert answer.answered
    assert (answer.facts[0].measure, answer.facts[0].subject) == (measure, subject)


@pytest.mark.parametrize(
    "text",
    [
        "did Portugal clear the 2% yardstick in 2022?",
        "is Norway in the two-percent club in 2023?",
        "was Greece's spending over the 2% rule in 2017?",
    ],
)
def test_a_goal_by_another_noun_is_checked(engine, text):
    answer = engine.ask(text)
    assert answer.answered and answer.answer.startswith(("**Yes**", "**No**"))


@pytest.mark.parametrize(
    "text",
    [
        "what was Slovenia's inflation-adjusted growth in defence outlays in 2022?",
        "what was Estonia's real-terms jump in defence spending in 2023?",
    ],
)
def test_a_change_in_real_terms_said_apart_is_the_real_change(engine, text):
    answer = engine.ask(text)
    assert answer.answered and answer.facts[0].measure == "real_change_defence_spending"


def test_a_ranking_of_an_inflation_adjusted_jump_ranks_the_real_change(engine):
    answer = engine.ask("which ally had the biggest inflation-adjusted jump in its defence bill in 2021?")
    assert answer.answered and answer.facts[0].measure == "real_change_defence_spending"


def test_the_level_adjusted_for_inflation_is_still_a_level(engine):
    answer = engine.ask("how much did Slovenia spend in 2022 adjusted for inflation?")
    assert answer.answered and answer.facts[0].measure == "spending_usd_constant"


def test_hard_defence_is_the_core_of_the_goal(engine):
    answer = engine.ask("what is the minimum for hard defence spending under the Hague pledge, as a share of GDP?")
    assert answer.answered and 3.5 in answer.values and 5.0 not in answer.values[:1]


def test_the_summit_that_set_a_goal_is_placed(engine):
    answer = engine.ask("where was the summit that set the 5% goal?")
    assert answer.answered and "The Hague" in answer.answer


def test_the_ally_closest_to_a_line(engine):
    answer = engine.ask("which ally was closest to 2% of GDP in 2019?")
    assert answer.answered and answer.operation == "ranking"
    line = 2.0
    chosen = answer.facts[0]
    rows = [f for f in engine.index.by_measure_period[("share_of_gdp", "2019")] if lexicon.is_country(f.subject)]
    assert abs(chosen.value - line) == min(abs(f.value - line) for f in rows if f.value is not None)


def test_the_ally_closest_to_a_line_without_reaching_it(engine):
    answer = engine.ask("which ally came closest to 2% without reaching it in 2019?")
    assert answer.answered and answer.facts[0].value < 2.0
    assert "without reaching it" in answer.answer


def test_nearest_without_a_line_ranks_nothing(engine):
    answer = engine.ask("which ally is nearest to Russia?")
    assert answer.operation != "ranking"


@pytest.mark.parametrize(
    "text",
    [
        "Belgium's defence spending in 2016 and 2017 in constant 2015 dollars, sum it up",
        "add up Norway and Denmark's 2019 defence spending at constant 2015 prices",
    ],
)
def test_a_price_basis_beside_a_particle_asks_no_change(engine, text):
    answer = engine.ask(text)
    assert not any(fact.measure.startswith("real_change") for fact in answer.facts)


def test_a_claim_tagged_in_a_sentence_of_its_own_is_checked(engine):
    answer = engine.ask("Estonia had the biggest real-terms jump in defence spending in 2022. Yes? If not, who did?")
    assert answer.answered and answer.answer.startswith(("**Yes**", "**No**"))


def test_a_sentence_after_a_claim_that_is_no_tag_leaves_it_a_statement(engine):
    answer = engine.ask("Estonia spent a lot in 2022. Why?")
    assert not answer.answer.startswith(("**Yes**", "**No**"))


def test_a_fall_asked_is_not_answered_by_a_rise(engine):
    rise = next(f for f in engine.index.by_measure["real_change_defence_spending"] if (f.value or 0) > 0)
    answer = Answer(
        question="q", answered=True, band=Band.ANSWER, answer="", confidence=0.9, facts=[rise], values=[rise.value]
    )
    fall_asked = parse_question(parse("which ally had a real-terms fall in 2024?", engine.vocabulary, engine.people))
    assert direction_unaccounted(fall_asked, answer) == ["quantity: a rise, not the fall asked"]


def test_a_direction_told_of_an_ally_named_is_corrected_by_its_figure(engine):
    answer = engine.ask("By how much did Slovakia cut its defence spending in real terms in 2019?")
    assert answer.answered and answer.values[0] > 0
