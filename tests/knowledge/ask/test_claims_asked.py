"""A figure someone claimed answers only a question about the claim, shown in its own sentence with who claimed it;
a question asking the figure itself is never answered by the claim (knowledge/open_claims.py).

The document is the fact-check of the evaluation folder 21: 'Claim: A US senator said … "American taxpayers foot 70%
of NATO's bills"', then 'Verdict: Misleading. … the 70% figure matches neither measure'."""

from __future__ import annotations

import pytest

FOLDER = "evaluation_holdout21"
FACT_CHECK = "factcheck-defence-spending-claims.md"


@pytest.mark.parametrize(
    ("question", "claimed"),
    [
        ("What share of NATO's bills does the US pay?", 70),
        ("Which US senator claimed that America pays 70% of NATO's bills?", 70),
        ("What share of GDP does the UK spend on defence?", 3),
        ("What share of GDP did Spain spend on defence in 2025?", 1),
        ("What share of GDP does the Netherlands spend on defence?", 2),
    ],
)
def test_a_claim_never_answers_what_the_figure_is(documents, question: str, claimed: float):
    assert claimed not in documents(FOLDER, FACT_CHECK).ask(question).values


def test_a_question_about_the_claim_gets_the_claims_own_sentence(documents):
    answer = documents(FOLDER, FACT_CHECK).ask("What did the senator claim about NATO's bills?")
    assert answer.answered
    assert "senator said" in answer.answer and "70%" in answer.answer
