"""A question is read once per stage that reads it: the calculation tried after a draft the verifier turned down
works from the reading the verifier was given, never reading the same words again."""

from __future__ import annotations

from knowledge import engine as engine_module
from knowledge.ask import parse as parse_module
from knowledge.ask.handlers import calculated
from knowledge.question import parse


def test_the_calculation_tried_reads_the_question_no_second_time(engine, monkeypatch):
    readings: list[str] = []
    calculations: list[str] = []

    def reading(question):
        readings.append(question.text)
        return parse_module.parse_question(question)

    def calculation(index, render, question, parsed, carried=None, **given):
        calculations.append(question)
        return calculated.arithmetic_answer(index, render, question, parsed, carried, **given)

    monkeypatch.setattr(calculated, "parse_question", reading)
    monkeypatch.setattr(engine_module, "arithmetic_answer", calculation)
    answer = engine.compute("how much did france and germany spend together in 2024?")
    assert answer.answered and answer.calculation
    assert calculations  # the calculation was tried …
    assert readings == []  # … from the reading the engine already had


def test_the_calculation_given_a_reading_answers_as_when_it_reads_the_question_itself(engine):
    for text in ("how much did france and germany spend together in 2024?", "average share of gdp 2024 baltics"):
        parsed = parse(text, engine.vocabulary, engine.people)
        own = calculated.arithmetic_answer(engine.index, engine.render, text, parsed)
        given = calculated.arithmetic_answer(
            engine.index, engine.render, text, parsed, asked=parse_module.parse_question(parsed)
        )
        assert own == given
