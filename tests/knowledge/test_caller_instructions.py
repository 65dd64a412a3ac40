"""Talk-radio callers and letter-writers: a grievance or hearsay, the question, then an instruction of how to give
the figure ('Give it me in dollars per head, no percentages.', 'Per person, none of this per cent business.'). The
instruction sets the question's basis; it is never a remark to take off, nor words the documents must cover."""

from __future__ import annotations

import pytest

from knowledge.remarks import without_remarks


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "What did Norway spend on defence in 2016? Give it me in dollars per head, no percentages.",
            "What did Norway spend on defence in 2016? in dollars per head, no percentages.",
        ),
        (
            "What did Estonia spend on defence in 2024? Give me it per head, in US dollars.",
            "What did Estonia spend on defence in 2024? per head, in US dollars.",
        ),
        (
            "How much did Italy spend on defence in 2019? Give it me in euros.",
            "How much did Italy spend on defence in 2019? in euros.",
        ),
        (
            "How much did Portugal spend on defence in 2018? Give it me in pounds... no, in euros is fine.",
            "How much did Portugal spend on defence in 2018? in euros is fine.",
        ),
    ],
)
def test_an_instruction_after_the_question_sets_its_basis(text: str, asked: str) -> None:
    assert without_remarks(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "How much did Portugal spend on defence in 2018? Give it me in pounds... no, dollars is fine.",
        "What did the Netherlands spend on defence in 2021? Just the number, please.",
    ],
)
def test_an_instruction_settling_on_what_the_question_asks_is_taken_off(text: str) -> None:
    assert without_remarks(text) == text.partition("?")[0] + "?"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("What did Norway spend on defence in 2016? Give it me in dollars per head, no percentages.", 1300.2),
        ("What did Estonia spend on defence in 2024? Give me it per head, in US dollars.", 690.49),
        ("What did Romania spend on defence in 2017? I want it per person, not as a percentage of GDP.", 175.17),
        (
            "My sister reckons Denmark spends a fortune. What did Denmark spend on defence in 2019? Per person, in"
            " dollars, none of this per cent business.",
            740.46,
        ),
        (
            "Slovakia in 2020. What did they spend per person on defence? In dollars, please, none of this per cent"
            " business.",
            338.45,
        ),
        ("How much did Portugal spend on defence in 2018? Give it me in pounds... no, dollars is fine.", 3248.69),
    ],
)
def test_a_caller_instructing_the_basis_gets_the_figure_on_it(engine, text: str, expected: float) -> None:
    answer = engine.ask(text)
    assert answer.answered and [round(value, 2) for value in answer.values] == [expected]
