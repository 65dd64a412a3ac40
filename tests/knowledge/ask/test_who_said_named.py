"""'Who said …?' is answered with the speaker's full name first, as the documents give it, before the sentence
(which may name them shortly: 'Rutte wrote in the report')."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "who said european allies and canada must make a quantum leap?",
        "who said it will be essential to invest substantially more?",
        "who called for a quantum leap in contributions?",
    ],
)
def test_the_speaker_asked_leads_by_full_name(engine, question):
    answer = engine.ask(question)
    assert answer.answered and answer.answer.startswith("**Mark Rutte**")


def test_a_question_naming_the_speaker_is_not_told_who_spoke(engine):
    answer = engine.ask("what did rutte say european allies and canada must make?")
    assert answer.answered and not answer.answer.startswith("**Mark Rutte** —")
