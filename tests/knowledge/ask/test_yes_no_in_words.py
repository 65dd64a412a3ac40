"""A yes-or-no question answered in words: the sentence must say or deny what it claims, or state the figures it
names; a sentence sharing only an adverb ('currently') with it is no answer."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


def test_a_sentence_sharing_none_of_the_claims_figures_is_no_answer(engine: Engine) -> None:
    answer = engine.ask("does the article say the us currently meets the five percent target")
    assert "Currently visiting Washington" not in answer.answer


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("does the us itself currently hit trump's 5% figure, per the article?", 5.0),
        ("confirm: annual report puts US at ~64% of alliance spending in 2024?", 64.0),
    ],
)
def test_a_sentence_stating_the_claims_figure_answers(engine: Engine, question: str, figure: float) -> None:
    answer = engine.ask(question)
    assert answer.answered and figure in answer.values
