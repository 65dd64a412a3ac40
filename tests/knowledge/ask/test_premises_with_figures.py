"""A premise carrying a figure, before or inside the question: the true figure stated and cited, and Yes or No by
whether the premise holds within its rounding; the premise's own figure named only as what is corrected."""

from __future__ import annotations

import pytest

from knowledge.ask.premise import the_premise


@pytest.mark.parametrize(
    ("question", "corrected", "true_value"),
    [
        ("Word on the street is that Belgium had 30,000 military personnel in 2019. True?", "30,000", 23.33),
        ("I read that Norway spent $9 billion on defence in 2019. What's the real figure?", "$9 billion", 7536.1202),
        ("Norway spent 9 billion on defence in 2019, right?", "9 billion", 7536.1202),
        ("Denmark put a quarter of its defence budget into equipment in 2022, yes?", "a quarter", 18.7194),
        ("Since Spain had 200,000 military personnel in 2020, why is its army so small?", "200,000", 118.674),
        ("Czechia spent about 3 billion dollars on defence in 2021, right? Prove it.", "about 3 billion", 3914.7016),
        (
            "I read Italy put over half of its defence budget into equipment in 2020. What's the share?",
            "over half",
            18.5625,
        ),
        ("NATO has 40 members, doesn't it?", "40", 32.0),
    ],
)
def test_a_false_premise_is_corrected_with_the_figure_stated(engine, question, corrected, true_value):
    answer = engine.ask(question)
    assert answer.answered and answer.yes_no
    assert answer.answer.startswith(f"**No** — not {corrected}: ")
    assert true_value in answer.values
    assert answer.citations or answer.facts


@pytest.mark.parametrize(
    ("question", "true_value"),
    [
        ("Italy had roughly 170,000 military personnel in 2021, correct?", 170.343),
        ("my newspaper says Sweden had about 23,000 military personnel in 2024. is that so?", 23.05),
    ],
)
def test_a_premise_that_holds_within_its_rounding_is_confirmed(engine, question, true_value):
    answer = engine.ask(question)
    assert answer.answered and answer.answer.startswith("**Yes** — ")
    assert true_value in answer.values


def test_the_premise_figure_is_never_a_figure_the_answer_states(engine):
    answer = engine.ask("Belgium had 30,000 military personnel in 2019, right?")
    assert 30.0 not in answer.values and 30000.0 not in answer.values
    assert answer.answer.count("30,000") == 1  # only as what is corrected


@pytest.mark.parametrize(
    "question",
    [
        "Spain has never had 200,000 military personnel, right?",  # turned round by its negation
        "Latvia has always had about 5,000 military personnel. How many in 2014?",  # one year cannot confirm 'always'
        "What is 2% of Germany's GDP?",  # asked with the figure, no premise
        "spain 2024 % of gdp on defence",  # a year typed before a percent sign
        "give me Poland's share of GDP in 2024 and the number of allies at 2%",  # a request asking with it
        # what an article says is not settled by a table's figure
        "the article says the US pays 64% of NATO's costs. per the tables in current dollars, what share of the "
        "NATO total did the US spend in 2024?",
    ],
)
def test_a_premise_one_figure_cannot_settle_gets_no_verdict(engine, question):
    assert not engine.ask(question).answer.startswith(("**Yes** — ", "**No** — not "))


def test_a_line_a_year_or_a_label_is_no_premise():
    assert the_premise("Did 5 allies meet the 2% guideline in 2023?") is not None
    assert the_premise("Which allies met the 2% guideline in 2023 per Table 3?") is None
    figure = the_premise("Only 5 allies met the 2% guideline in 2023, right?")
    assert figure is not None and figure.value == 5.0
    assert the_premise("Back in '14 I did my 12 with the Royal Anglians. How many troops did the UK have then?") is None
    floor = the_premise("someone said 50%+ went on personnel, right?")
    assert floor is not None and floor.floor


@pytest.mark.parametrize(
    ("first", "follow_up", "corrected", "true_value"),
    [
        ("Germany's defence spending as share of GDP 2020", "And 2016? It was 2% by then, wasn't it?", "2%", 1.2015),
        (
            "How many military personnel did Poland have in 2024?",
            "What about 2015? They had 150,000 then, right?",
            "150,000",
            98.898,
        ),
    ],
)
def test_a_premise_on_a_follow_ups_answer_is_settled_by_it(engine, first, follow_up, corrected, true_value):
    """The premise points with 'it' or 'they' at what the follow-up asks: its answer settles the premise, whether
    the follow-up was answered with the premise left aside or declined for its figure."""
    answer = engine.compute(follow_up, engine.ask(first))
    assert answer.answer.startswith(f"**No** — not {corrected}: ")
    assert true_value in answer.values


def test_a_premise_beside_a_sentence_of_symbols_alone_is_read(engine):
    # the message without the premise's figure leaves a sentence with no words ('<@!456> it ?'): the property test
    # found it crashing the reading of the story around the question
    answer = engine.ask("<@!456> it 2% ? what")
    assert answer.question and (not answer.answered or answer.citations)
