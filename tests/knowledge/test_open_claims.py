"""Figures someone claims, or that the text denies, are no figures of their subject (knowledge/open_claims.py)."""

from __future__ import annotations

import pytest

from knowledge.models import Fact
from knowledge.open_claims import asks_a_claim, paragraph_label

FACT_CHECK = """A fact check

## 1. "Ruritania already spends 3% of GDP"

**Claim:** A backbencher told a radio phone-in on 30 June that Ruritania "already spends 3% of GDP on defence."

**What the figures show:** NATO estimated Ruritania's defence spending at 2.33% of GDP in 2024.

**Verdict: False.** Ruritania spends roughly 2.3% of GDP, not 3%.

## 2. "America pays 70% of the bills"

**Claim:** A US senator said on 29 June that "American taxpayers foot 70% of NATO's bills."

**What the figures show:** The United States accounted for an estimated 64% of allied defence spending in 2024.

**Verdict: Misleading.** The US is the largest spender, but the 70% figure matches neither measure.
"""


@pytest.fixture(scope="module")
def fact_check(build_note) -> list[Fact]:
    return build_note(FACT_CHECK.replace("Ruritania", "Portugal"), published="2025-07-08")


def of_value(facts: list[Fact], value: float) -> list[Fact]:
    return [fact for fact in facts if fact.value == value]


def test_a_figure_in_a_paragraph_labelled_as_a_claim_is_a_claim_quoted_in_its_own_words(fact_check):
    claimed = [fact for fact in of_value(fact_check, 70) if "senator" in fact.citation.quote]
    assert claimed and all(fact.is_claim and not fact.recognised for fact in claimed)
    assert all(fact.is_claim for fact in of_value(fact_check, 3))


def test_a_claim_restated_in_its_sections_verdict_is_the_claim(fact_check):
    restated = [fact for fact in of_value(fact_check, 70) if "Verdict" in fact.citation.quote]
    assert all(fact.is_claim for fact in restated)


def test_the_denied_figure_of_a_verdict_is_dropped_and_the_true_one_kept(fact_check):
    verdict = [fact for fact in fact_check if fact.citation.quote.startswith("**Verdict: False.**")]
    assert [fact.value for fact in verdict if fact.unit.value.startswith("percent")] == [2.3]


def test_the_figures_found_are_no_claims(fact_check):
    assert [fact.is_claim for fact in of_value(fact_check, 2.33)] == [False]


def test_a_figure_after_a_claiming_verb_is_a_claim(build_note):
    facts = build_note(
        "The opposition claimed that Portugal spends 4% of GDP on defence. Portugal spent 1.55% in 2024."
    )
    assert [fact.is_claim for fact in of_value(facts, 4)] == [True]
    assert [fact.is_claim for fact in of_value(facts, 1.55)] == [False]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Spain was at close to 1.3% of GDP in 2024, not 1%.", 1),
        ("Italy spent 1.49% of GDP in 2024 rather than 2%.", 2),
        ("Belgium spent 1.30% of GDP in 2024 instead of 2%.", 2),
        ("Greece spent 3.08% of GDP in 2024, not the 4% its minister named.", 4),
    ],
)
def test_a_negated_figure_is_dropped(build_note, sentence: str, value: float):
    assert of_value(build_note(sentence), value) == []


def test_a_quoted_figure_someone_said_is_a_claim_in_a_section_that_denies_it(build_note):
    text = (
        'A minister said that "Portugal spends 2.5% of GDP on defence." In fact Portugal spent 1.55% of GDP in 2024, '
        "not 2.5%."
    )
    assert [fact.is_claim for fact in of_value(build_note(text), 2.5)] == [True]


def test_a_quoted_figure_with_no_verdict_is_the_speakers_statement(build_note):
    facts = build_note('"Portugal spent 1.55% of GDP on defence in 2024," the minister said.')
    assert [fact.is_claim for fact in of_value(facts, 1.55)] == [False]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("**Claim:** A senator said", ("claim",)),
        ("Verdict: Misleading.", ("verdict",)),
        ("Our verdict: true", ("our", "verdict")),
        ("In 2024: a year of records", ()),
        ("Spain spent 1.28% of GDP: the least", ()),
    ],
)
def test_a_paragraphs_label(text: str, label: tuple[str, ...]):
    assert paragraph_label(text) == label


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("What did the senator claim about NATO's bills?", True),
        ("Which claims did the fact-checkers rate misleading?", True),
        ("What share of NATO's bills does the US pay?", False),
        ("What did Rutte say Europe needs to do?", False),
    ],
)
def test_a_question_asks_a_claim_in_the_words_of_claiming(question: str, asked: bool):
    assert asks_a_claim(question.casefold().replace("?", "").split()) is asked


def test_a_figure_someone_said_is_a_claim_when_the_next_sentence_calls_it_false(build_note):
    text = "A senator said that Portugal spends 4% of GDP on defence. That is false: Portugal spent 1.55% in 2024."
    facts = build_note(text)
    assert [fact.is_claim for fact in of_value(facts, 4)] == [True]
    assert [fact.is_claim for fact in of_value(facts, 1.55)] == [False]


def test_a_figure_critics_say_is_a_claim(build_note):
    facts = build_note("Critics say that Portugal really spends only 1% of GDP on defence.")
    assert [fact.is_claim for fact in of_value(facts, 1)] == [True]


def test_a_figure_someone_said_with_no_verdict_after_it_is_theirs(build_note):
    facts = build_note(
        "The minister said that Portugal spent 1.55% of GDP on defence in 2024. The figure is an estimate."
    )
    assert [fact.is_claim for fact in of_value(facts, 1.55)] == [False]


BLOCK_QUOTED_CLAIMS = """Five claims checked

## Claim 2

> "Germany pays 60% of NATO's bills."

**Verdict: FALSE**

Germany paid about 16% of the common budget in 2025.
"""


def test_a_quotation_set_apart_as_a_block_quote_under_a_verdict_line_is_a_claim(build_note):
    # the verdict set on a line of its own reads as a heading; it still rates the section of the claim above it
    facts = build_note(BLOCK_QUOTED_CLAIMS, published="2025-05-06")
    assert of_value(facts, 60) and all(fact.is_claim for fact in of_value(facts, 60))
    assert not any(fact.is_claim for fact in of_value(facts, 16))


CUT_OFF_DEBATE = """HOUSE OF COMMONS DEBATES
Tuesday, October 22, 2024

MR. GRAHAM LEBLANC (Northshore—Bayview): Madam Speaker, in 2014 Canada spent 1.01 percent of GDP on defence. This \
year, NATO's own estimate has us at about 1.4 percent—

MS. ANNE-MARIE CÔTÉ (Rivière-des-Saules): It is 1.37!

MR. GRAHAM LEBLANC: The member opposite wants precision, and I am happy to give it to her. It is 1.37 percent.
"""

CUT_OFF_CATALOG = (
    'title = "House of Commons Debates: Defence Spending and the NATO Commitment"\n'
    'publisher = "House of Commons of Canada (debate transcript)"\npublished = "2024-10-22"\nperiod = "2024"'
)


def test_a_figure_cut_off_and_restated_is_only_what_was_said(build_note) -> None:
    """'… has us at about 1.4 percent—', an interjection, then 'It is 1.37 percent.': the 1.4 the member was cut off
    after is a claim; Canada's 2024 share is the 1.37 restated, of what the 1.4 was of."""
    facts = build_note(CUT_OFF_DEBATE, name="debate.txt", catalog=CUT_OFF_CATALOG)
    shares = {(fact.value, fact.is_claim) for fact in facts if fact.subject == "Canada" and fact.period == "2024"}
    assert shares == {(1.4, True), (1.37, False)}


def test_a_figure_cut_off_stands_when_another_figure_is_said_first(build_note) -> None:
    """A sentence saying another figure before any restatement leaves the cut-off figure standing."""
    text = CUT_OFF_DEBATE.replace("It is 1.37 percent.", "Of the 32 allies, 23 reach 2%. It is 1.37 percent.")
    facts = build_note(text, name="debate.txt", catalog=CUT_OFF_CATALOG)
    assert not [fact for fact in facts if fact.value == 1.4 and fact.is_claim]
