"""Shared fixtures for the knowledge-engine tests: the seed knowledge base, its engine, and document folders."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.models import Fact, KnowledgeBase
from knowledge.snapshot import build_knowledge_base

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
ARTICLE = "000_713f5699dc297b28.txt"
SHARED_SOURCES = Path(os.environ.get("NATO_SOURCES") or REPO.parent / "shared" / "sources")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def article_id() -> str:
    return ARTICLE


@pytest.fixture(scope="session")
def seed_kb() -> KnowledgeBase:
    return build_knowledge_base(SEEDS)


@pytest.fixture(scope="session")
def engine(seed_kb: KnowledgeBase) -> Engine:
    """The engine a fresh install answers with: every shipped document (article, tables, Hague note)."""
    return Engine(seed_kb)


@pytest.fixture(scope="session")
def article_kb(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    """The article alone, with its catalog entry: for tests of prose extraction and prose answers."""
    folder = tmp_path_factory.mktemp("article")
    shutil.copy(SEEDS / ARTICLE, folder / ARTICLE)
    catalog = (SEEDS / "catalog.toml").read_text(encoding="utf-8")
    entry = catalog[catalog.index(f'["{ARTICLE}"]') :].split("\n\n")[0]
    (folder / "catalog.toml").write_text(entry + "\n", encoding="utf-8")
    return build_knowledge_base(folder)


@pytest.fixture(scope="session")
def article_engine(article_kb: KnowledgeBase) -> Engine:
    return Engine(article_kb)


@pytest.fixture(scope="session")
def article_text() -> str:
    return (SEEDS / ARTICLE).read_text(encoding="utf-8")


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A private copy of the seed documents folder (article, tables, note, catalog) that a test may change."""
    folder = tmp_path / "documents"
    shutil.copytree(SEEDS, folder)
    return folder


@pytest.fixture(scope="session")
def find_facts() -> Callable[..., list[Fact]]:
    """Facts of a knowledge base matching every given field, e.g. find(kb, measure='membership')."""

    def find(kb: KnowledgeBase, **fields: object) -> list[Fact]:
        return [fact for fact in kb.facts if all(getattr(fact, key) == value for key, value in fields.items())]

    return find


@pytest.fixture(scope="session")
def build_note(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., list[Fact]]:
    """Build one document alone ('note.txt' unless named) and return its facts: those with a value unless
    `every_fact`; `catalog` replaces its catalog entry, `published` its date."""

    def run(
        text: str, *, name: str = "note.txt", catalog: str = "", published: str = "2025-03-06", every_fact: bool = False
    ) -> list[Fact]:
        folder = tmp_path_factory.mktemp("docs")
        (folder / name).write_text(text, encoding="utf-8")
        entry = catalog or f'title = "A note"\npublished = "{published}"'
        (folder / "catalog.toml").write_text(f'["{name}"]\n{entry}\n', encoding="utf-8")
        facts = build_knowledge_base(folder).facts
        return facts if every_fact else [fact for fact in facts if fact.value is not None]

    return run


@pytest.fixture(scope="session")
def yards_text() -> str:
    """A business piece on yards, a brigade and its garrison: figures of things the entity list does not know."""
    return YARDS


YARDS = "\n\n".join(
    [
        "# Nordic yards ride the budget wave",
        "## Halvorsen Marine: a record year",
        "The Bergen group reported 2024 sales of NOK 12.4 billion, up 18% on the year. "
        "Norway spent 2.2% of GDP on defence in 2024.",
        "## Fjordstål: new plants",
        "In Trondheim, Fjordstål Systems posted 2024 revenue of NOK 8.1 billion. "
        "The company has said it will invest about NOK 1.2 billion in new plants.",
        "Halvorsen's shares traded at about 30 times expected earnings, against roughly 15 times for Fjordstål.",
        "## The new brigade",
        "The 12th Mechanised Brigade of the Polish army is moving to the old garrison at Bemowo. "
        "The brigade will have about 3,500 soldiers by 2026. "
        "Of the costs, the Orzysz training town accounts for roughly PLN 900 million. "
        "A further PLN 300 million is going into expanding Bemowo. "
        "The district is also getting a new road, costing PLN 40 million.",
    ]
)
