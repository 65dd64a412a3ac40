"""A quiz's lead naming its topic in slang ('Top of the wish list:', 'Picture round warm-up:') asks nothing: the
question after it is what is asked, and a little word of a source's name ('the' of 'the tables') names no source."""

from __future__ import annotations

import pytest

from knowledge.remarks import without_remarks


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Top of the wish list: which ally spent the largest share of its 2022 budget on equipment?",
            "which ally spent the largest share of its 2022 budget on equipment?",
        ),
        ("Picture round warm-up: Latvia's share of GDP in 2023?", "Latvia's share of GDP in 2023?"),
        ("Warmup: who spent the most on defence in 2021?", "who spent the most on defence in 2021?"),
    ],
)
def test_a_lead_naming_nothing_but_the_quiz_is_no_part_of_the_question(text, asked):
    assert without_remarks(text) == asked


def test_a_lead_naming_a_source_stays(engine):
    text = "The tables: which ally spent the largest share of its 2022 budget on equipment?"
    assert without_remarks(text) == text


def test_a_warm_up_asks_no_increase(engine):
    answer = engine.ask("Picture round warm-up: Finland's GDP per capita in 2019 (thousand US dollars, 2015 prices)?")
    assert answer.answered and answer.values == [46.1405]


def test_a_ranking_after_a_slang_lead_is_answered(engine):
    answer = engine.ask("Top of the shopping list: which ally put the biggest share of its 2023 budget into kit?")
    assert answer.answered and "Luxembourg" in answer.answer and answer.values == [56.3973]
