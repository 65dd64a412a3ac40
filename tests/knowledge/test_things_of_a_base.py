"""A local article on an air base's expansion: a figure whose clause is about the base or the project is theirs,
never the country the article is set in, and never a subject made of the word opening the sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.models import Fact
from knowledge.snapshot import build_knowledge_base

BASE = "\n\n".join(
    [
        "# Council backs zoning plan for air base expansion",
        "Local councillors approved the zoning plan for the largest military construction project in Romania's"
        " history, the expansion of the 57th Air Base on the edge of the village.",
        "The project, led by the Ministry of National Defence, is expected to cost around EUR 2.5 billion.",
        "Once the base is fully running, it is expected to support about 1,200 permanent civilian jobs.",
        "The Rūdninkai military town accounts for roughly €300 million, covering accommodation for 3,000 soldiers.",
        "Romania spent about 2.25% of its GDP on defence in 2024.",
    ]
)
CATALOG = '["base.md"]\ntitle = "Council backs zoning plan for air base expansion"\npublished = "2025-04-11"\n'


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("base")
    (path / "base.md").write_text(BASE, encoding="utf-8")
    (path / "catalog.toml").write_text(CATALOG, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def facts(folder: Path) -> list[Fact]:
    return [fact for fact in build_knowledge_base(folder).facts if fact.value is not None]


@pytest.fixture(scope="module")
def engine(folder: Path) -> Engine:
    return Engine(build_knowledge_base(folder))


def subjects_of(facts: list[Fact], value: float) -> set[str]:
    return {fact.subject for fact in facts if fact.value == value and fact.measure != "open:date"}


def test_a_clause_opened_by_a_subordinating_word_is_about_the_thing_after_it(facts: list[Fact]) -> None:
    """'Once the base is fully running, it …': the base named before, never 'Once the base'."""
    assert subjects_of(facts, 1200) == {"57th Air Base"}


def test_a_projects_cost_is_the_projects_not_the_countrys(facts: list[Fact]) -> None:
    assert subjects_of(facts, 2.5) == {"project"}


def test_a_countrys_question_is_not_answered_by_a_projects_cost(engine: Engine) -> None:
    answer = engine.ask("What did Romania spend on defence?")
    assert "EUR 2.5 billion" not in answer.answer


def test_a_thing_named_by_no_country_is_asked_by_its_own_words(engine: Engine) -> None:
    assert 1200.0 in engine.ask("How many permanent civilian jobs will the base support?").values
    assert 2.5 in engine.ask("What is the expected cost of the base expansion?").values


def test_room_for_people_is_asked_as_what_a_place_can_house(engine: Engine) -> None:
    """'how many soldiers can the barracks house?' by 'accommodation for 3,000 soldiers'."""
    assert 3000.0 in engine.ask("How many soldiers can the Rūdninkai military town house?").values
