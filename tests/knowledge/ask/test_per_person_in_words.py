"""A figure per person the document writes out in words ('for every person on the planet', 'for each citizen')
answers only a question asking per person, never the total asked."""

from __future__ import annotations

ROUNDUP = """---
title: Arms spending worldwide
published: 2025-05-02
---

# Arms spending worldwide

Global military spending rose for the tenth year in a row in 2024, the institute said.

Put another way, the world spent $334 for every person on the planet in 2024.

Put another way, Spain spent $480 for each citizen in 2024.
"""


def test_a_figure_for_every_person_does_not_answer_the_total_asked(engine_of_text):
    answer = engine_of_text("roundup.md", ROUNDUP).ask("How much did the world spend on the military in 2024?")
    assert 334.0 not in answer.values


def test_a_figure_for_each_citizen_answers_a_question_asking_it(engine_of_text):
    engine = engine_of_text("roundup.md", ROUNDUP)
    assert engine.ask("How much did Spain spend on defence for each citizen in 2024?").values[:1] == [480.0]
    assert engine.ask("How much did the world spend on the military for every person in 2024?").values[:1] == [334.0]
