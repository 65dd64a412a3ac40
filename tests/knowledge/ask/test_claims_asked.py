"""A figure someone claimed answers only a question about the claim, shown in its own sentence with who claimed it;
a question asking the figure itself is never answered by the claim (knowledge/open_claims.py).

The document is the fact-check of the evaluation folder 21: 'Claim: A US senator said … "American taxpayers foot 70%
of NATO's bills"', then 'Verdict: Misleading. … the 70% figure matches neither measure'."""

from __future__ import annotations

import pytest

from knowledge.open_claims import asks_what_was_said

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


def test_a_claim_answered_in_words_is_shown_with_its_verdict(documents):
    answer = documents(FOLDER, FACT_CHECK).ask("What did the Dutch MP claim?")
    assert "Dutch MP said" in answer.answer and "Verdict: Misleading." in answer.answer


def test_a_claims_figure_asked_is_shown_with_its_verdict(documents):
    asked = "What share of GDP did the Conservative backbencher claim the UK spends?"
    answer = documents(FOLDER, FACT_CHECK).ask(asked)
    assert answer.answered and answer.values == [3]
    assert "Verdict: False." in answer.answer and "2.3%" in answer.answer


def test_a_claim_has_no_verdict_after_the_next_claim(documents):
    statements = documents(FOLDER, FACT_CHECK).statements
    facts = [fact for fact in statements.facts if fact.is_claim and "Dutch MP" in fact.citation.quote]
    verdicts = {statements.verdict_on(fact).citation.quote for fact in facts}  # type: ignore[union-attr]
    assert len(verdicts) == 1 and next(iter(verdicts)).startswith("**Verdict: Misleading.** The jump")


@pytest.mark.parametrize(
    ("words", "asked"),
    [(("what", "did", "the", "minister", "say"), True), (("which", "ally", "spends", "the", "least"), False)],
)
def test_a_claims_sentence_answers_in_words_only_what_was_said(words: tuple[str, ...], asked: bool):
    assert asks_what_was_said(words) is asked


@pytest.mark.parametrize(
    "question",
    [
        "my uncle said american taxpayers foot 70% of NATO's bills, is that true according to the article?",
        "Did the Dutch MP claim that virtually all 32 allies now meet the 2% guideline?",
    ],
)
def test_a_claim_never_answers_yes_or_no(documents, question: str):
    answer = documents(FOLDER, FACT_CHECK).ask(question)
    assert not answer.answer.startswith(("**Yes**", "**No**")) and "Claim:" not in answer.answer
