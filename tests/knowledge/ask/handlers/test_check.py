"""Yes-or-no checks against a line: each ally named, or the one whole named, on its own row."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("were nato europe and canada together over 2% of gdp in 2023?", "**No**"),
        ("did european allies and canada together reach 2% of gdp in 2024", "**Yes**"),
    ],
)
def test_a_whole_named_alone_is_checked_on_its_own_row(engine, question, verdict):
    answer = engine.ask(question)
    assert answer.yes_no and answer.answer.startswith(verdict)
    assert [fact.subject for fact in answer.facts] == ["European Allies and Canada"]
