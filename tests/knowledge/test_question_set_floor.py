"""The suite's guard: the article question set stays at >= 95% correct and <= 1% wrong."""

from __future__ import annotations

from knowledge.evaluation import evaluate
from knowledge.questionset import QUESTION_SETS, Verdict, load_question_set


def test_article_question_set_floor(engine):
    questions = load_question_set(QUESTION_SETS / "article.jsonl")
    assert len(questions) >= 100
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
