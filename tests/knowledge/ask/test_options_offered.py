"""Options offered with a question ('– was it about 5%, 12% or 20%?'): no figures of what is asked (no line, no figure
looked up), and the answer to what is asked says which option it is, or that none is."""

from __future__ import annotations

import pytest

from knowledge.ask.options import with_the_option_named
from knowledge.models import Answer, Band
from knowledge.remarks import options_offered, without_remarks


@pytest.mark.parametrize(
    ("text", "asked", "offered"),
    [
        (
            "What was Latvia's real change in defence spending in 2016 — 12%, 27% or 42%?",
            "What was Latvia's real change in defence spending in 2016?",
            ("12%", "27%", "42%"),
        ),
        (
            "Poland's share of GDP in 2024: was it roughly 2%, 3% or 5%?",
            "Poland's share of GDP in 2024:?",
            ("2%", "3%", "5%"),
        ),
        (
            "The Hague pledge sets 5% of GDP by when – 2030, 2035 or 2040?",
            "The Hague pledge sets 5% of GDP by when?",
            ("2030", "2035", "2040"),
        ),
        (
            "the cap on resilience spending under the new pledge, 1%, 1.5%, or 2%?",
            "the cap on resilience spending under the new pledge?",
            ("1%", "1.5%", "2%"),
        ),
    ],
)
def test_options_closing_a_question_are_no_part_of_what_is_asked(text, asked, offered):
    assert options_offered(text) == offered
    assert without_remarks(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "how many allies met 2% in 2014, 2019 or 2024?",  # a list going on from the year before it
        "Did Spain spend about 1.3% of GDP in 2024?",  # one figure checked, nothing to choose from
        "Was Germany's share of GDP in 2024 about 2.1%?",
    ],
)
def test_a_list_going_on_or_one_figure_offers_no_options(text):
    assert options_offered(text) == ()


def test_the_answer_says_which_option_its_figure_is(engine):
    answer = engine.ask("Estonia's real change in defence spending in 2020 – was it around 8%, 12% or 16%?")
    assert answer.answered and answer.values == [12.047]
    assert answer.answer.endswith("Of the options offered (8%, 12% or 16%), that is 12%.")


def test_the_answer_says_when_no_option_is_its_figure(engine):
    answer = engine.ask("Poland's share of GDP in 2024: was it roughly 2%, 3% or 5%?")
    assert answer.answered and answer.values == [4.1202]
    assert "None of the options offered (2%, 3% or 5%)" in answer.answer


def test_years_offered_are_no_years_asked(engine):
    answer = engine.ask("By when must allies spend 5% of GDP on defence under the Hague pledge – 2030, 2035 or 2040?")
    assert answer.answered and 2035.0 in answer.values and 2030.0 not in answer.values
    assert answer.answer.endswith("that is 2035.")


def test_a_year_offered_is_that_year_only():
    answer = Answer(question="by when?", answered=True, band=Band.ANSWER, answer="By **2032**.", confidence=1.0)
    answer = answer.model_copy(update={"values": [2032.0]})
    assert (
        "None of the options offered (2030, 2035 or 2040)"
        in with_the_option_named(answer, ("2030", "2035", "2040")).answer
    )
