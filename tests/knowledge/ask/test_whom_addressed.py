"""Whom a person named urged or told to do something ('which countries is rutte telling to step it up'): the
sentence naming them answers, a group of allies included; and the time of a summit asked by what was agreed
there is dated by the sentence saying the allies committed to it."""

from __future__ import annotations

from knowledge.ask.verify_sentence import _names_a_group_of_allies


def test_a_group_of_allies_names_the_allies_asked_the_whole_alliance_does_not():
    assert _names_a_group_of_allies("Rutte is urging European allies and Canada to accelerate their spending.")
    assert not _names_a_group_of_allies("Each Ally submits an annual plan.")


def test_whom_a_person_urged_is_answered_by_the_sentence_naming_them(engine):
    for question in (
        "which countries did Rutte say need to speed up their defence spending?",
        "which countries is rutte telling to step it up",
        "who did Rutte urge to accelerate their defence spending?",
    ):
        answer = engine.ask(question)
        assert answer.answered and "European allies and Canada" in answer.answer, question


def test_a_count_or_a_quote_asked_of_a_person_is_not_whom_they_addressed(engine):
    answer = engine.ask("Per the article, which two groups did Rutte urge to accelerate spending in 2025?")
    assert "2% of GDP" not in answer.answer


def test_the_summit_where_a_goal_was_agreed_is_dated_by_the_commitment_made_there(engine):
    answer = engine.ask("when was the Hague summit where they agreed the 5% thing?")
    assert answer.answered and "**25 June 2025**" in answer.answer
    assert "Wales" not in engine.ask("when was the Hague summit where they agreed the 5% thing?").answer
