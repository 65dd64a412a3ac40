"""An amount its own words call a deal's ('a EUR 2.1bn contract from the German Federal Office …') is that deal's
worth: it answers a question about the order or the contract, never a country's defence budget."""

from __future__ import annotations

RESULTS = """---
title: Nordwerk half-year results
published: 2025-08-14
---

# Nordwerk half-year results

Demand remained strong. The largest single order of the half-year was a EUR 2.1bn contract from the German Federal \
Office of Bundeswehr Equipment for air defence radars.

Revenue rose by 18% on the same period of 2024.
"""


def test_a_contract_s_worth_is_not_the_country_s_budget(engine_of_text):
    answer = engine_of_text("results.md", RESULTS).ask("What is Germany's defence budget for 2025?")
    assert 2.1 not in answer.values


def test_a_contract_s_worth_answers_a_question_about_the_order(engine_of_text):
    answer = engine_of_text("results.md", RESULTS).ask("What was the largest order of the half-year?")
    assert answer.values[:1] == [2.1]
