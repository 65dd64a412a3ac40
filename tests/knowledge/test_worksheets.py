"""An assignment sheet's task labels ('Q3a)', 'Task 2b:', '(Task 3, …)') are no words of the question."""

from __future__ import annotations

import pytest

from knowledge.remarks import without_remarks
from knowledge.worksheets import without_labels


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("Q3a) Using NATO data, state the figure", "Using NATO data, state the figure"),
        ("Task 2b: What percentage went on equipment?", "What percentage went on equipment?"),
        ("Question 5 - what was it?", "what was it?"),
        ("Part (c): which ally ranks first?", "which ally ranks first?"),
        ("Q6b) By what factor did it grow?", "By what factor did it grow?"),
        ("1. What was spent?", "What was spent?"),
        ("(b) what was spent?", "what was spent?"),
        ("What was the average? (Task 3, Nordic countries)", "What was the average? (Nordic countries)"),
    ],
)
def test_a_task_label_is_taken_off(typed: str, read: str) -> None:
    assert without_labels(typed) == read


@pytest.mark.parametrize(
    "typed",
    [
        "3.5% of gdp by when?",
        "2024 spending of poland?",
        "Q3 2024 spending?",
        "(Task 3)",
        "22 of 32 allies?",
        "What is the budget of the Ministry of National Defence (part 29) for 2025?",
    ],
)
def test_figures_years_and_a_lone_label_stay(typed: str) -> None:
    assert without_labels(typed) == typed


def test_a_label_never_becomes_a_year_or_figure_asked() -> None:
    read = without_remarks("Q11) how many NATO members did not meet the 2% target?")
    assert "11" not in read and read.startswith("how many")


@pytest.mark.parametrize("label", ["Q3a) ", "Task 2b: ", "Question 4. ", "2) "])
def test_a_labelled_task_is_answered_as_the_question_alone(engine, label: str) -> None:
    question = "What percentage of Hungary's defence expenditure went on equipment in 2020?"
    alone, labelled = engine.ask(question), engine.ask(label + question)
    assert labelled.answered and labelled.values == alone.values


@pytest.mark.parametrize(
    ("worded", "plain"),
    [
        (
            "Calculate the combined defence expenditure of the Baltic states in 2024 in current US dollars.",
            "What was the combined defence expenditure of the Baltic states in 2024 in current US dollars?",
        ),
        (
            "Work out the average share of GDP of the Baltic states in 2023.",
            "What was the average share of GDP of the Baltic states in 2023?",
        ),
        (
            "True or false: in 2014 the UK spent more on defence than France.",
            "Is it true that in 2014 the UK spent more on defence than France?",
        ),
        (
            "I need Denmark's 2023 defence spending in constant 2015 US dollars for a graph.",
            "What was Denmark's 2023 defence spending in constant 2015 US dollars?",
        ),
        (
            "what did france spend in 2019 for my model NATO debate?",
            "what did france spend in 2019?",
        ),
        (
            "Planning an episode on Spain - what share of GDP did Spain spend in 2022? Need it for the show.",
            "what share of GDP did Spain spend in 2022?",
        ),
    ],
)
def test_a_task_worded_as_an_instruction_is_answered_as_the_question(engine, worded: str, plain: str) -> None:
    """An assignment's instruction ('Calculate …', 'True or false: …') and what the figure is for ('… for a graph')
    ask what the plain question asks."""
    expected, answer = engine.ask(plain), engine.ask(worded)
    assert expected.answered and answer.answered and answer.values == expected.values
