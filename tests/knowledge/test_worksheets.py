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
        ("Round 3, Q1: how many were there?", "how many were there?"),
        ("Round 2 - which ally ranks first?", "which ally ranks first?"),
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
        (
            "For listeners who like the details: what share of Slovakia's defence spending went on equipment in 2021?",
            "what share of Slovakia's defence spending went on equipment in 2021?",
        ),
        (
            "For a quick bit on the show — Belgium's defence spending per head in 2016?",
            "what was Belgium's defence spending per head in 2016?",
        ),
    ],
)
def test_a_task_worded_as_an_instruction_is_answered_as_the_question(engine, worded: str, plain: str) -> None:
    """An assignment's instruction ('Calculate …', 'True or false: …') and what the figure is for ('… for a graph')
    ask what the plain question asks."""
    expected, answer = engine.ask(plain), engine.ask(worded)
    assert expected.answered and answer.answered and answer.values == expected.values


@pytest.mark.parametrize(
    ("worded", "plain"),
    [
        (
            "Quickfire: Belgium's defence spending as a share of GDP in 2018?",
            "What share of GDP did Belgium spend on defence in 2018?",
        ),
        (
            "Lightning round: Czechia's military personnel in 2020?",
            "How many military personnel did Czechia have in 2020?",
        ),
        (
            "Tie-breaker: how many military personnel did Slovenia have in 2021?",
            "How many military personnel did Slovenia have in 2021?",
        ),
        (
            "Spain, defence as % of GDP, 2019 – to one decimal place please.",
            "What share of GDP did Spain spend on defence in 2019?",
        ),
        (
            "France's GDP in 2020, current prices – tie-breaker question.",
            "What was France's GDP in 2020 in current prices?",
        ),
        (
            "Denmark's 2021 defence spending in current US dollars – how many million?",
            "How much did Denmark spend on defence in 2021 in current US dollars?",
        ),
    ],
)
def test_a_quiz_frame_around_a_question_is_no_part_of_it(engine, worded: str, plain: str) -> None:
    """A quiz round's label naming nothing of the domain ('Quickfire:'), a tie-breaker or the precision wanted
    after the question, and 'how many million' for an amount in millions ask what the plain question asks."""
    expected, answer = engine.ask(plain), engine.ask(worded)
    assert expected.answered and answer.answered and answer.values == expected.values
