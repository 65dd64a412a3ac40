"""A share of GDP a sentence tests allies against ('the Allies that met 2%') is a line, not anyone's level."""

from __future__ import annotations

SHOW_NOTES = ("evaluation_holdout23", "ledger-line-episode-58-show-notes.md")
BRIEFING = ("evaluation_holdout25", "berlin-defence-budget-briefing-2025.md")


def test_the_line_allies_met_is_not_the_alliances_level(documents):
    # 'Marta: "22 — the Allies that met 2% in 2024 in the final data."'
    answer = documents(*SHOW_NOTES).ask("What did the whole Alliance spend as a share of GDP in 2024?")
    assert 2.0 not in answer.values


def test_the_line_above_which_spending_is_exempt_is_no_share_of_spending(documents):
    # 'defence spending above 1 percent of GDP is exempt from the debt brake'
    answer = documents(*BRIEFING).ask("How much of 2025 defence spending is covered by the debt-brake exemption?")
    assert 1.0 not in answer.values


def test_a_question_naming_the_line_is_still_answered(engine):
    answer = engine.ask("How many allies met 2% in 2024?")
    assert answer.answered
    assert 22.0 in answer.values


def test_a_line_met_is_a_level_never_a_change_since_a_year(engine):
    """'how many allies met 2% in 2024 compared with 2014?': meeting 2% is a share of GDP reached, never a real
    change since 2014 of 2% or more (Table 4's cumulative growth)."""
    answer = engine.ask("how many allies met 2% in 2024 compared with 2014?")
    assert not any(fact.measure.startswith("real_change") for fact in answer.facts)
    assert all(fact.citation.sheet != "TABLE4" for fact in answer.facts)
