"""The words older British readers ask with: another name for a figure's unit ('national income', 'armed forces'),
an epithet before a name ('their neighbours the Belgians'), a span's length in words ('the eleven years from 2014 to
2024'), a margin before its comparison ('by how many dollars did … exceed …'), a contrast set off at the end ('…, as
opposed to other things?'), a topic set off by a colon ('the part that isn't core defence: what is that for?'), and a
measure of prices no figure of the documents states ('the rate of inflation')."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine
from knowledge.models import Answer


def gives(answer: Answer, value: float) -> bool:
    """Answered, with the value among its figures (worked-out ones to the places the question names)."""
    places = len(str(value).partition(".")[2])
    return answer.answered and value in [round(figure, places) for figure in answer.values]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What share of its national income did Great Britain spend on defence in 2024?", 2.3323),
        ("How much did Germany spend on its armed forces in 2024 in its own currency, the euro?", 90585.8471),
    ],
)
def test_another_name_for_the_figures_unit_is_that_unit(engine: Engine, question: str, value: float) -> None:
    answer = engine.ask(question)
    assert gives(answer, value)


def test_a_compound_naming_a_qualifier_still_asks_each_word(engine: Engine) -> None:
    """'real terms' is no unit: a change in current prices does not answer it (nor does the level)."""
    answer = engine.ask("What was Canada's defence spending in real terms in US dollars at current prices in 2024?")
    assert 30497.0 not in [round(value) for value in answer.values]


def test_an_epithet_before_a_name_says_who_is_named(engine: Engine) -> None:
    previous = engine.ask("What share of GDP did Holland spend on defence in 2024?")
    answer = engine.ask("And what about their neighbours the Belgians?", previous)
    assert gives(answer, 1.2992)


def test_an_epithet_alone_names_others(engine: Engine) -> None:
    answer = engine.ask("What share of GDP did Poland's neighbours spend on defence in 2024?")
    assert 4.1185 not in answer.values


def test_the_length_of_a_span_in_words_asks_nothing_more(engine: Engine) -> None:
    answer = engine.ask(
        "What was Greece's average share of GDP spent on defence over the eleven years from 2014 to 2024?"
    )
    assert gives(answer, 2.79)


def test_a_margin_asked_before_its_comparison_is_a_difference(engine: Engine) -> None:
    answer = engine.ask(
        "By how many dollars did Germany's defence spending exceed Great Britain's in 2024, at current prices?"
    )
    assert gives(answer, 15578.46)


def test_a_contrast_set_off_at_the_end_is_no_part_of_the_question(engine: Engine) -> None:
    answer = engine.ask(
        "Of the new five per cent pledge, how much is meant for core defence, as opposed to other things?"
    )
    assert gives(answer, 3.5)


def test_as_opposed_to_sets_the_other_parts_against_the_one_asked(engine: Engine) -> None:
    answer = engine.ask(
        "What share of Portugal's defence spending in 2023 fell under 'other' expenditure, as opposed to equipment, "
        "personnel and infrastructure?"
    )
    assert gives(answer, 14.4602)


def test_the_scandinavians_are_the_nordic_allies(engine: Engine) -> None:
    answer = engine.ask(
        "What is the average share of GDP spent on defence by the Scandinavian and Nordic countries in 2024?"
    )
    assert gives(answer, 2.28)


@pytest.mark.parametrize(
    "question",
    [
        "What is the rate of inflation in Great Britain at present?",
        "What was the level of inflation in Turkey in 2024?",
    ],
)
def test_a_measure_of_prices_after_the_noun_naming_its_figure_is_not_answered_by_spending(
    engine: Engine, question: str
) -> None:
    assert not engine.ask(question).answered


def test_a_question_pointing_back_at_a_topic_set_off_by_a_colon_asks_of_that_topic(engine: Engine) -> None:
    """'the part that isn't core defence: what is that for?': Trump's 5% says nothing of core defence."""
    answer = engine.ask(
        "Good afternoon. Regarding the five per cent from The Hague, the part that isn't core defence: what is that "
        "for, and how large may it be? Kind regards, Leonard"
    )
    assert 5.0 not in answer.values


def test_a_unit_named_in_other_words_alone_still_names_a_thing(engine: Engine) -> None:
    """'the size of the armed forces' asks the forces, not the defence spending a table states."""
    answer = engine.ask("what is the target size of Germany's armed forces")
    assert 97685.5901 not in answer.values and 90585.8471 not in answer.values


def test_a_share_word_is_no_partner_of_a_unit_named_in_other_words(documents) -> None:
    """'the special fund for the armed forces': 'fund' names a part, not the spending the budget states."""
    engine = documents("evaluation_holdout33", "friday_five_newsletter_2025-06-27.md")
    assert 62.4 not in engine.ask("How big is Germany's special fund for the armed forces?").values


def test_a_lead_before_a_colon_is_no_topic_when_the_question_points_nowhere(engine: Engine) -> None:
    answer = engine.ask(
        "If it's not too much bother: what's the total number of military personnel in the three Baltic states "
        "combined for 2024? I want to compare it with the size of my hometown, which is about 30,000 people."
    )
    assert answer.answered
