"""10,000 generated hostile or off-topic questions (fixed seed): no crash, and no figure stated, ever."""

from __future__ import annotations

from knowledge.hostile_questions import hostile_questions


def test_no_hostile_question_crashes_or_gets_a_figure(engine):
    previous = engine.ask("how much does the US pay?")
    assert previous.answered
    stated = []
    for number, question in enumerate(hostile_questions(10_000)):
        answer = engine.compute(question, previous if number % 10 == 0 else None)
        if answer.answered or answer.values:
            stated.append((question[:80], answer.headline))
    assert stated == []
