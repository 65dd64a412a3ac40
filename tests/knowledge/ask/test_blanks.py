"""A quote with a blank to fill in: the sentence that reads the same around the blank gives the missing words."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    ("question", "filled", "figures"),
    [
        (
            "Fill in Rutte's quote from the report: 'European Allies and Canada must make a ___ when it comes to the "
            "contributions and capabilities'",
            "**quantum leap**",
            [],
        ),
        ("The 5% pledge replaces the ___ guideline?", "**2% of GDP**", [2.0, 5.0, 2014.0]),
        ("fill the blank: NATO Secretary-General [blank] is urging European allies", "**Mark Rutte**", []),
        # several blanks, each filled in its order
        (
            "Fill in the blanks: only __ of NATO's __ member states met the 2% target. 🎯",
            "**22**, **32**",
            [2.0, 22.0, 32.0],
        ),
        (
            "Complete it: Allies committed to invest ___ of GDP each year on defence by ___.",
            "**5%**, **2035**",
            [5.0, 2025.0, 2035.0],
        ),
        # blanks side by side are one gap of a few words
        (
            "Quiz: Each Ally submits an ___ ___ showing a credible, incremental path towards the target.",
            "**annual plan**",
            [],
        ),
        # the blank closes a quoted term: the sentence quoting that term completes it
        ("Finish the quote: European Allies and Canada must make a 'quantum ____'.", "**leap**", []),
        # worded a little otherwise: 'contributed' for 'contributing', 'percent' for '%', 'spending' for 'expenditures'
        (
            "Script line: 'The United States contributed an estimated ___ percent of total alliance spending in 2024.' "
            "Fill it in?",
            "**64**",
            [64.0],
        ),
    ],
)
def test_the_sentence_quoted_fills_the_blank(engine: Engine, question: str, filled: str, figures: list[float]) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.answer.startswith(f"{filled} — “")
    assert sorted(answer.values) == sorted(figures)  # the sentence's own cited figures, nothing else
    assert answer.citations and filled.split(maxsplit=1)[0].strip("*,") in answer.citations[0].quote


@pytest.mark.parametrize(
    "question",
    [
        "the ___ is ___",  # two blanks: no one passage
        "___",  # nothing around the blank
        "Poland must make a ___ when it comes to its pension reform",  # no sentence reads so
        # a name or a figure the sentence does not have: another ally's or year's figure is never filled in
        "Script line: 'The United Kingdom contributed an estimated ___ percent of total alliance spending in 2024.'",
        "Fill in: The United States contributed an estimated ___ percent of total alliance spending in 2023.",
    ],
)
def test_a_blank_no_sentence_fills_gets_no_words(engine: Engine, question: str) -> None:
    assert engine.blanks.answer(question) is None
