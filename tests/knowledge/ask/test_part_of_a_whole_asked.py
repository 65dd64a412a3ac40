"""'How much of a group's spending came from one member?' asks the member's part of the whole: the group's amount
beside the member's, side by side, is what that part is worked out from, not the part asked."""

from __future__ import annotations

DIGEST = """---
title: Spending digest
published: 2025-05-10
---

# Spending digest

European allies and Canada together spent $485 billion on defence in 2024, the alliance said.

Germany alone spent $88.5 billion that year, the most of any European ally.
"""


def test_the_whole_s_amount_beside_the_part_s_is_not_the_part_asked(engine_of_text):
    engine = engine_of_text("digest.md", DIGEST)
    answer = engine.ask("How much of the spending of European allies and Canada came from Germany?")
    assert 485.0 not in answer.values


def test_the_member_s_own_amount_still_answers_what_it_spent(engine_of_text):
    engine = engine_of_text("digest.md", DIGEST)
    assert engine.ask("How much did Germany spend in 2024?").values == [88.5]
