"""A worksheet's task read as the question it asks (knowledge/ask/tasks.py), and answered so by the seeds' engine:
cloze blanks, 'True or false:' statements, 'Name the …' and 'Add the …' requests, 'Fill in the table row:'."""

from __future__ import annotations

import pytest

from knowledge.ask.tasks import as_asked
from knowledge.engine import Engine


@pytest.mark.parametrize(
    ("task", "asked"),
    [
        ("Fill in the table row: Germany, 2019, share of GDP = ?", "Germany, 2019, share of GDP = ?"),
        (
            "Q7) In 2024, equipment made up ___ % of Estonia's total defence expenditure.",
            "In 2024, equipment made up what % of Estonia's total defence expenditure?",
        ),
        (
            "True or false (answer yes or no): Germany spent at least 2% of GDP on defence in 2024. Give the figure.",
            "Germany spent at least 2% of GDP on defence in 2024, true or false? Give the figure.",
        ),
        (
            "Yes or no: did the United States have more military personnel in 2024 than in 2014?",
            "did the United States have more military personnel in 2024 than in 2014?",
        ),
        ("Name the ally that spent the most in 2024.", "Which ally that spent the most in 2024?"),
        (
            "Exercise 12: Add Poland's defence expenditure for 2022 and 2023. Answer in USD million.",
            "What is the sum of Poland's defence expenditure for 2022 and 2023? Answer in USD million.",
        ),
        ("Complete: the path is to be reviewed in ____ ____.", "the path is to be reviewed in what?"),
    ],
)
def test_a_task_is_read_as_the_question_it_asks(task: str, asked: str) -> None:
    assert as_asked(task) == asked


@pytest.mark.parametrize(
    "question",
    [
        "How much did Poland spend in 2024?",
        "Q3) What share of GDP did Italy spend in 2023?",  # a label alone sets no task: the parser takes it off
        "Completely unrelated: is 2% the target?",  # 'complete' only as the instruction's whole word
        "Names of the allies above 3% in 2024?",
        "name?",
        "add france",  # no list to add up: on about what came before
        "Sum up the article",  # 'sum up' summarises
    ],
)
def test_a_question_setting_no_task_is_left_as_it_is(question: str) -> None:
    assert as_asked(question) == question


@pytest.mark.parametrize(
    ("task", "value"),
    [
        ("Fill in the blank: Türkiye's defence expenditure in 2024 was ___ % of GDP.", 2.089),
        ("Fill in the blank: Latvia's defence expenditure in 2016 equalled ___ % of its GDP.", 1.4353),
        ("Complete: Infrastructure accounted for ___ % of the United Kingdom's defence expenditure in 2024.", 3.9386),
        ("Fill in the table row: Hungary, 2020, share of GDP = ?", 1.7594),
        (
            "Add the 2024 defence expenditure of Denmark, Finland, Norway and Sweden (current prices and exchange "
            "rates). Answer in USD million.",
            41281.0,
        ),
    ],
)
def test_a_task_is_answered_with_its_figure(engine: Engine, task: str, value: float) -> None:
    answer = engine.ask(task)
    assert answer.answered, answer.answer
    assert answer.values[0] == pytest.approx(value, rel=0.001)


def test_a_true_or_false_task_is_answered_yes_or_no(engine: Engine) -> None:
    answer = engine.ask(
        "True or false (answer yes or no): Canada reached 2% of GDP in at least one year between 2014 and 2024."
    )
    assert answer.answered, answer.answer
    assert answer.answer.startswith("**No**")


def test_a_blank_under_a_heading_naming_the_source_is_filled_by_the_sentence(engine: Engine) -> None:
    answer = engine.ask(
        "Fill in the blank: Under the Hague pledge, each Ally submits an annual ___ showing a credible, incremental "
        "path towards the target."
    )
    assert answer.answered, answer.answer
    assert answer.answer.startswith("**plan**")


def test_a_name_asked_of_an_office_is_never_answered_by_a_figure(engine: Engine) -> None:
    for question in (
        "Name the German defence minister who presented Germany's 2024 defence budget.",
        "Which German defence minister presented Germany's 2024 defence budget?",
    ):
        answer = engine.ask(question)
        assert not answer.answered, answer.answer
        assert not answer.values


@pytest.mark.parametrize(
    ("lead", "follow_up", "value"),
    [
        (
            "Name the ally that spent the highest share of its GDP on defence in 2024.",
            "And which ally came second?",
            3.4315,
        ),
        (
            "Fill in the table row: Germany, 2019, share of GDP = ?",
            "Same table, same country — fill in the 2024 cell.",
            2.119,
        ),
    ],
)
def test_a_worksheets_follow_up_keeps_the_task_before_it(
    engine: Engine, lead: str, follow_up: str, value: float
) -> None:
    answer = engine.ask(follow_up, engine.ask(lead))
    assert answer.answered, answer.answer
    assert answer.values[0] == pytest.approx(value, rel=0.001)


def test_underscores_marking_up_words_are_no_blank() -> None:
    question = "> **__what was the real increase in europe's defence investment in 2024?__**"
    assert as_asked(question) == question
