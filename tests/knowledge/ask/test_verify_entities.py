"""The entities a question folds into a whole ('including Russia and Ukraine') are parts of it, not subjects."""

from __future__ import annotations

from pathlib import Path

from knowledge.ask.verify_entities import included_entities
from knowledge.engine import Engine
from knowledge.extraction_eval import staged_folder
from knowledge.snapshot import build_knowledge_base

HOLDOUT52 = Path(__file__).parents[3] / "knowledge" / "evaluation_holdout52" / "documents"

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


def test_a_country_outside_the_alliance_never_answers_for_an_ally(tmp_path: Path) -> None:
    """'Which ally …': Ukraine's 34% ('the heaviest military burden of any country') is no ally's figure, however its
    sentence ranks it, even in a report on the allies; asked by name, it answers."""
    staged = staged_folder(tmp_path / "report", HOLDOUT52 / "nato_pa_burden_sharing_report.md", None)
    engine = Engine(build_knowledge_base(staged))
    assert 34.0 not in engine.ask("Which ally spent the most on defence relative to GDP in 2024, and how much?").values
    assert 34.0 in engine.ask("What share of GDP did Ukraine spend on its military in 2024?").values


def test_a_part_s_own_amount_beside_only_a_change_of_the_whole_does_not_answer_the_whole(beside) -> None:
    """The parts' own amounts stand beside a figure of the whole of their kind only ('$693 billion' beside Russia's
    $149 billion): beside the whole's 17% rise alone they answer how much Russia and Ukraine spent, not the whole."""
    engine = beside("evaluation_holdout36", "factcheck_defence_claims.md")
    answer = engine.ask("How much did Europe as a whole, including Russia and Ukraine, spend on the military in 2024?")
    assert not {149.0, 64.7} & set(answer.values) or 693.0 in answer.values


def test_a_part_s_own_amount_may_stand_beside_the_whole_s_amount(engine_of_text):
    engine = engine_of_text("region.md", REGION_NOTE)
    answer = engine.ask("How much did Europe as a whole, including Russia and Ukraine, spend on the military in 2023?")
    assert 600.0 in answer.values
