"""The suite's guard: the article and per-country question sets stay at >= 95% correct and <= 1% wrong,
answered by the engine a fresh install ships (article, tables and Hague note together)."""

from __future__ import annotations

import pytest

from knowledge.evaluation import evaluate
from knowledge.questionset import QUESTION_SETS, Verdict, load_question_set


@pytest.mark.parametrize(
    ("name", "minimum", "unanswerable"),
    [
        ("article.jsonl", 100, 20),
        ("countries.jsonl", 100, 20),
        ("countries_holdout.jsonl", 80, 16),
        ("countries_blind.jsonl", 100, 16),
    ],
)
def test_question_set_floor(engine, name, minimum, unanswerable):
    questions = load_question_set(QUESTION_SETS / name)
    assert len(questions) >= minimum
    assert sum(question.expect == "abstain" for question in questions) >= unanswerable
    report = evaluate(engine, questions)
    failures = "\n".join(
        f"[{o.verdict.value}] {o.question.question!r} expected {o.question.expect}; "
        f"got {o.answer.headline or o.answer.band.value}"
        for o in report.failures()
    )
    assert report.rate_correct >= 0.95, failures
    assert report.rate_wrong <= 0.01, failures
    assert report.totals[Verdict.CORRECT] + report.totals[Verdict.WRONG] + report.totals[Verdict.ABSTAINED] == len(
        questions
    )
