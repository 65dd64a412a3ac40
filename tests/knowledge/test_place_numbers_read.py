"""A place written as a number ('#2 spender') is read as its ordinal; a message writing none is not looked over
for one again: the ordinals are looked up only for a place typed."""

from __future__ import annotations

from knowledge import question as question_module


def test_a_message_writing_no_place_as_a_number_looks_up_no_ordinals(monkeypatch):
    looked_up: list[str] = []
    cues = question_module.cues

    def counted(*args):
        looked_up.append("cues")
        return cues(*args)

    monkeypatch.setattr(question_module, "cues", counted)
    text = "what share of gdp did poland spend in 2024, and was it above 3%?"
    assert question_module._rank_numbers_read(text) == text
    assert looked_up == []
    assert question_module._rank_numbers_read("#2 spender in 2024") == "second largest spender in 2024"
    assert looked_up
