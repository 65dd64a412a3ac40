"""The entities a question folds into a whole ('including Russia and Ukraine') are parts of it, not subjects."""

from __future__ import annotations

from knowledge.ask.verify_entities import included_entities

REGION_NOTE = """# Regional spending note

The European members of NATO together spent $410 billion in 2023. Russia spent $120 billion on its forces the same
year. Across Europe as a whole, including Russia and Ukraine, spending rose by 15% to $600 billion.
"""


def test_the_entities_listed_after_an_inclusion_word_are_included():
    question = "how much did europe as a whole including russia and ukraine spend in 2023"
    assert included_entities(tuple(question.split(" "))) == ["Russia", "Ukraine"]


def test_a_question_listing_no_inclusion_includes_no_one():
    question = "how much did russia and ukraine spend in 2023"
    assert included_entities(tuple(question.split(" "))) == []


def test_a_whole_including_entities_is_not_answered_by_a_whole_leaving_them_out(engine_of_text):
    engine = engine_of_text("region.md", REGION_NOTE)
    answer = engine.ask("How much did Europe as a whole, including Russia and Ukraine, spend on the military in 2023?")
    assert 410.0 not in answer.values
    assert 120.0 not in answer.values
