"""A goal the allies set together and one ally's own goal are different things: a question about what the allies
agreed is not answered by one government's commitment, which still answers a question naming that ally."""

from __future__ import annotations

OUTLOOK = """---
title: Nordic defence outlook
published: 2025-03-02
---

# Nordic defence outlook

In its 2024 budget the Norwegian government committed to raising defence spending to 3% of GDP by 2030.

The Danish government is committed to spending 3.2% of GDP on defence by 2026, it said in a statement.

Finland's parliament approved a plan to keep the armed forces at 280,000 wartime troops.
"""


def test_what_the_allies_agreed_is_not_one_ally_s_own_commitment(engine_of_text):
    engine = engine_of_text("outlook.md", OUTLOOK)
    for question in (
        "What share of GDP did allies agree to spend on defence?",
        "What share of GDP did allies commit to?",
    ):
        answer = engine.ask(question)
        assert not answer.answered, question


def test_an_ally_s_own_goal_still_answers_a_question_naming_it(engine_of_text):
    engine = engine_of_text("outlook.md", OUTLOOK)
    assert engine.ask("What is Denmark's defence spending target?").values[:1] == [3.2]
    assert engine.ask("What share of GDP has Norway committed to spend by 2030?").values[:1] == [3.0]
