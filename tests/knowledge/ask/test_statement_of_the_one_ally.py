"""One ally asked, and a statement of its own found: the alliance's or a group's statements found by the same words
are not its answer either."""

from __future__ import annotations

TEXT = """# Briefing: burden sharing, June 2024

Allies provide around 95 per cent of all the training given to Ukraine's forces.

The United States still spends around two-thirds of the alliance total on defence.
"""


def test_the_alliances_statement_is_no_answer_for_the_one_ally_asked(engine_of_text) -> None:
    engine = engine_of_text("briefing.md", TEXT)
    answer = engine.ask("What share of the alliance's defence spending comes from the United States?")
    assert answer.answered, answer.answer
    assert {fact.subject for fact in answer.facts} == {"United States"}
