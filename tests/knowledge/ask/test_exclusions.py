"""Allies a question leaves out: named after a word that leaves them out, and the allies listed with them."""

from __future__ import annotations

import pytest

from knowledge.ask.exclusions import groups_left_out, left_out, others_named, outside_europe_named_apart
from knowledge.lexicon import UNITED_STATES
from knowledge.question import Vocabulary, parse


def excluded(text: str) -> frozenset[str]:
    return left_out(parse(text, Vocabulary(set()), {}))


@pytest.mark.parametrize(
    "text",
    [
        "top 3 per head, not counting the us or canada",
        "which european ally (so not us/canada) has the most troops",
        "european allies only (no canada, no us) total spending",
        "biggest spenders excluding the US and Canada",
        "leaving the US and Canada aside, who spent the most",
        "the us and canada excluded, which ally has the most troops",
    ],
)
def test_every_ally_of_the_list_left_out_is_left_out(text: str) -> None:
    assert excluded(text) == {UNITED_STATES, "Canada"}


def test_an_ally_named_after_the_list_is_asked_for() -> None:
    assert excluded("excluding the us, how does germany compare with france") == {UNITED_STATES}


def test_a_figure_of_an_ally_left_out_is_no_answer(engine) -> None:
    answer = engine.ask("european allies only (no canada, no us) total defence spending 2024 current usd")
    assert not any("Canada" in fact.subject or fact.subject == UNITED_STATES for fact in answer.facts)


def test_an_ally_closed_by_a_word_that_leaves_it_out_is_left_out_alone() -> None:
    assert excluded("leaving the us aside, did germany spend more than france") == {UNITED_STATES}


def test_an_ally_set_aside_for_defence_is_not_left_out() -> None:
    assert excluded("how much did the us set aside for defence in 2024") == frozenset()


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("add up the personnel of the founding members, leave Iceland out", {"Iceland"}),
        ("total for the nordics, leaving norway and denmark out", {"Norway", "Denmark"}),
        ("take the us out and rank the allies by spending", {UNITED_STATES}),
        ("leave it out, what did iceland spend", set()),
    ],
)
def test_a_verb_before_the_allies_and_its_particle_after_leave_them_out(text: str, left: set[str]) -> None:
    assert excluded(text) == left


def test_a_body_named_before_the_rules_it_sets_is_not_left_out() -> None:
    assert excluded("the 3.5% core part is tied to what besides NATO's definition of defence expenditure") == set()


@pytest.mark.parametrize("text", ["US minus europe+canada, 2024 current usd m", "germany minus france 2024 usd"])
def test_minus_after_an_ally_takes_one_figure_from_another_and_leaves_no_one_out(text: str) -> None:
    assert excluded(text) == frozenset()


@pytest.mark.parametrize("text", ["nato total minus the us 2024 current usd", "top 3 %gdp 2024 minus poland"])
def test_minus_after_a_total_or_a_ranking_leaves_the_ally_out(text: str) -> None:
    assert len(excluded(text)) == 1


def test_one_ally_minus_another_is_their_difference(engine) -> None:
    answer = engine.ask("US minus europe+canada, 2024 current usd m")
    assert answer.answered and answer.calculation is not None and "−" in answer.calculation


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("who spent the most outside of the baltic states in 2024", {"the Baltic states"}),
        ("top 3 spenders excluding the baltics and the nordics", {"the Baltic states", "the Nordic allies"}),
        ("which of the baltic states spent the most", set()),
    ],
)
def test_a_group_named_after_a_word_that_leaves_it_out_is_left_out(text: str, groups: set[str]) -> None:
    assert groups_left_out(parse(text, Vocabulary(set()), {})) == groups


def test_an_ally_outside_the_one_named_is_asked_for() -> None:
    assert excluded("outside the us, who spends the most per person") == {UNITED_STATES}


def test_a_ranking_outside_europe_is_among_the_north_american_allies(engine) -> None:
    answer = engine.ask("who spends the most on defence per person in 2024 outside europe?")
    assert answer.answered
    assert {fact.subject for fact in answer.facts} == {UNITED_STATES}
    assert "among Canada and United States" in answer.answer


def test_a_ranking_outside_a_group_leaves_its_members_out(engine) -> None:
    answer = engine.ask("who spent the most outside of the baltic states in 2024 as a share of gdp")
    assert answer.answered
    assert {fact.subject for fact in answer.facts} == {"Poland"}


@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("what did the other two spend combined", {3}),
        ("the average among the other visegrad countries", {4}),
        ("did any other ally cut by more than 10%", {2}),
        ("other than luxembourg which ally had the lowest share", {0}),
        ("what share went on other expenditure", set()),
        ("poland's other share of spending", set()),
    ],
)
def test_other_before_allies_names_the_allies_beside_those_left_out(text: str, at: set[int]) -> None:
    assert others_named(text.split()) == at


@pytest.mark.parametrize(
    ("text", "outside"),
    [
        ("excluding germany what did the european allies spend", {"Canada", UNITED_STATES}),
        ("what did the europeans spend without france", {"Canada", UNITED_STATES}),
        ("what did europe plus canada spend without france", set()),
        ("what did the rest of nato spend without france", set()),
    ],
)
def test_the_european_allies_named_alone_leave_out_the_allies_outside_europe(text: str, outside: set[str]) -> None:
    assert outside_europe_named_apart(text.split()) == outside
