"""A data appendix's table in long form ('country,year,value' in a fenced block), asked of in plain words: each row's
figure answers for its ally and year."""

from __future__ import annotations

import pytest

FOLDER, NAME = "evaluation_holdout63", "appendix_defence_per_capita_allies.md"


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What was Poland's defence expenditure per capita in 2022?", 372.0),
        ("What was Norway's defence expenditure per capita in 2014?", 1142.0),
    ],
)
def test_a_row_of_the_ally_and_year_asked_answers(documents, question: str, value: float) -> None:
    answer = documents(FOLDER, NAME).ask(question)
    assert answer.answered and answer.values[:1] == [value]


def test_a_sentence_of_a_rise_does_not_answer_which_was_lower(documents) -> None:
    """'Which country's per capita spending was lower in 2024 than in 2022?' is not answered by 'Norway … rose by
    51% between 2022 and 2024'."""
    answer = documents(FOLDER, NAME).ask("Which country's per capita spending was lower in 2024 than in 2022?")
    assert "Norway" not in answer.answer or not answer.answered
