"""Read on the regression run after this session's merges: a year row's owner named by its column header,
'that year' pointing at an event's year, the tiles of a key-figures box, names the question gives itself."""

from __future__ import annotations

from pathlib import Path

from knowledge.engine import Engine
from knowledge.extraction_eval import staged_folder
from knowledge.snapshot import build_knowledge_base

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"


def _engine(tmp_path: Path, folder: str, name: str) -> Engine:
    document = KNOWLEDGE / folder / "documents" / name
    return Engine(build_knowledge_base(staged_folder(tmp_path / name, document, None)))


def test_a_year_row_is_the_figures_of_whom_its_column_names(tmp_path):
    engine = _engine(tmp_path, "evaluation_holdout2", "briefing_bullets.md")
    world = [fact for fact in engine.index.kb.facts if fact.citation.quote.startswith("| 2023 | 2,443")]
    assert world and {fact.subject for fact in world} == {"World"}


def test_that_year_after_an_event_is_the_events_year(tmp_path):
    engine = _engine(tmp_path, "evaluation_holdout", "liveblog.txt")
    three = [fact for fact in engine.index.kb.facts if "only three allies met it" in fact.citation.quote]
    assert three and all(fact.period == "2014" for fact in three)
    assert engine.ask("how many allies met 2% in 2014").values == [3.0]


def test_the_tile_asked_is_among_the_key_figures(tmp_path):
    engine = _engine(tmp_path, "evaluation_holdout36", "lithuania_key_figures_2024.md")
    assert 3820.0 in engine.ask("How many conscripts were called up in 2024?").values


def test_a_name_the_question_gives_is_no_name_it_asks(engine):
    assert not engine.ask("which officials did rutte meet in washington?").answered
    assert engine.ask("Which city was Rutte visiting when he made his appeal?").answered
