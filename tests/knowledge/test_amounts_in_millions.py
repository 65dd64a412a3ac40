"""A question asking its amounts in millions ('in current US dollars (million)?', 'millions is fine') is answered
with them in millions, the cell still quoted as the table gives it; any other question keeps them in billions."""

from __future__ import annotations

from knowledge.engine import Engine


def test_an_amount_asked_in_millions_is_stated_in_millions(engine: Engine) -> None:
    answer = engine.ask("How much did Poland spend on defence in 2024, in million US dollars?")
    assert "**US$34,974.5 million**" in answer.answer and "34,974.528" in answer.answer


def test_a_sum_asked_in_millions_is_stated_in_millions(engine: Engine) -> None:
    answer = engine.ask(
        "Roughly how much did the three Baltic states spend on defence combined in 2024, in current US dollars"
        " (millions is fine)?"
    )
    assert "US$5,158.8 million" in answer.answer


def test_an_amount_asked_without_a_scale_stays_in_billions(engine: Engine) -> None:
    assert "**US$35.0 billion**" in engine.ask("How much did Poland spend on defence in 2024?").answer
