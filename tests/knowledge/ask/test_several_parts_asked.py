"""Messages of several parts over the seeds: a part pointing back at one the documents cannot answer, a question
asked on as if a yes or no before it were yes, a measure of prices asked beside spending, numbers offered as a
choice."""

from __future__ import annotations

import pytest

from knowledge.ask import verify_numbers
from knowledge.question import parse


def test_a_share_of_what_no_document_states_is_withheld(engine) -> None:
    answer = engine.compute(
        "How many Abrams and K2 tanks has Poland ordered - and how much of its 2024 equipment spending is that, "
        "give or take?"
    )
    assert not answer.answered  # 'that' is the tanks' cost, not Poland's equipment spending


def test_a_part_pointing_back_is_answered_by_the_whole_when_nothing_unmeasured_is_asked(engine) -> None:
    answer = engine.compute(
        "What do allies have to submit each year under the Hague pledge - some kind of plan? "
        "What's it supposed to show?"
    )
    assert answer.answered  # the sentence saying the plan and what it shows answers both parts


def test_if_so_asks_the_figure_after_the_yes_or_no(engine) -> None:
    question = (
        "Does NATO list Hungary's defence spending in forints? If so, what was the 2024 figure in million national "
        "currency at current prices - roughly is fine, but I'd prefer the exact entry."
    )
    assert not parse(question, engine.vocabulary, engine.people).opens_as_yes_or_no
    answer = engine.compute(question)
    assert answer.answered
    assert answer.values == [pytest.approx(1730698.051)]


def test_a_yes_or_no_alone_still_asks_yes_or_no(engine) -> None:
    question = "Does NATO list Hungary's defence spending in forints? What a table."
    assert parse(question, engine.vocabulary, engine.people).opens_as_yes_or_no


@pytest.mark.parametrize(
    "question",
    [
        "What deflator or inflation rate does NATO use for Türkiye's constant-price numbers, and what was Turkish "
        "inflation in 2024?",
        "what was Turkish inflation in 2024?",
    ],
)
def test_a_measure_of_prices_is_not_answered_by_spending(engine, question: str) -> None:
    assert not engine.compute(question).answered


@pytest.mark.parametrize(
    "question",
    [
        "what was the inflation-adjusted defence spending of Germany in 2024?",
        "what inflation adjusted figure did Germany spend on defence in 2024?",
    ],
)
def test_spending_adjusted_for_inflation_is_still_answered(engine, question: str) -> None:
    assert engine.compute(question).answered


def test_numbers_offered_as_a_choice_are_decided_by_the_figure(engine) -> None:
    answer = engine.compute(
        "How many member states does NATO have according to the annual report article - 31 or 32? My old notes say 31."
    )
    assert answer.answered
    assert 32.0 in answer.values


def test_a_choice_is_decided_only_by_one_of_its_numbers() -> None:
    words = ("how", "many", "31", "or", "32")
    assert verify_numbers._choice_decided(words, {32.0}) == {31.0, 32.0}
    assert verify_numbers._choice_decided(words, {30.0}) == set()


def test_a_follow_up_restated_with_its_question_and_split_again_ends(engine) -> None:
    """'how many percentage points is that up from 2014?' after Estonia's share: restated as one message with its
    previous question, split into its parts again, it came back to itself until the stack ran out; asked again
    while it is being answered it is answered as drafted, and the change runs from 2014 to 2024."""
    previous = engine.ask("What % of GDP did Estonia spend on defence in 2024?")
    answer = engine.compute("how many percentage points is that up from 2014?", previous)
    assert answer.answered
    assert any(round(value, 2) == 1.5 for value in answer.values)
    assert not any(round(value, 2) == -1.5 for value in answer.values)


def test_items_listed_after_what_s_the_are_each_asked(engine):
    answer = engine.ask(
        "Under the Hague pledge, what's the overall target, the core-defence floor, and the year it must be reached by?"
    )
    assert answer.answered and {5.0, 3.5, 2035.0} <= set(answer.values)
    averaged = engine.ask(
        "What is the simple (unweighted) average defence share of GDP in 2024 for France, Germany, Italy and the UK?"
    )
    assert {fact.subject for fact in averaged.facts} == {"France", "Germany", "Italy", "United Kingdom"}
