"""Fixtures the question-pipeline tests share."""

from __future__ import annotations

import functools
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.extraction_eval import staged_folder
from knowledge.snapshot import build_knowledge_base

KNOWLEDGE = Path(__file__).resolve().parents[3] / "knowledge"


@functools.cache
def _engine_of(folder: str, name: str, staging: Path) -> Engine:
    document = KNOWLEDGE / folder / "documents" / name
    return Engine(build_knowledge_base(staged_folder(staging / folder / name, document, None)))


@pytest.fixture(scope="session")
def documents(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, str], Engine]:
    """An engine over one evaluation document alone ('evaluation_holdout13', 'pbo-canada-….md'), built once."""
    staging = tmp_path_factory.mktemp("staged")
    return lambda folder, name: _engine_of(folder, name, staging)


@pytest.fixture(scope="session")
def engine_of_text(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, str], Engine]:
    """An engine over one document written for a test ('charts.md', its text), alone in a folder of its own."""

    def build(name: str, text: str) -> Engine:
        folder = tmp_path_factory.mktemp("documents")
        (folder / name).write_text(text, encoding="utf-8")
        return Engine(build_knowledge_base(folder))

    return build


@functools.cache
def _beside_the_seeds(folder: str, name: str, staging: Path) -> Engine:
    document = KNOWLEDGE / folder / "documents" / name
    return Engine(build_knowledge_base(staged_folder(staging / folder / name, document, KNOWLEDGE.parent / "seeds")))


@pytest.fixture(scope="session")
def beside(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, str], Engine]:
    """An engine over one evaluation document staged beside the shipped seeds, built once."""
    staging = tmp_path_factory.mktemp("beside")
    return lambda folder, name: _beside_the_seeds(folder, name, staging)


@pytest.fixture(scope="session")
def text_beside_the_seeds(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Callable[..., Engine]:
    """An engine over a document written for a test ('note.md', its text, its catalog fields) staged beside the
    shipped seeds, as a moderator's upload stands beside NATO's tables."""

    def build(name: str, text: str, **catalog: str) -> Engine:
        folder = tmp_path_factory.mktemp("beside_the_seeds")
        shutil.copytree(seeds_dir, folder, dirs_exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
        fields = "".join(f'{key} = "{value}"\n' for key, value in catalog.items())
        with (folder / "catalog.toml").open("a", encoding="utf-8") as entries:
            entries.write(f'\n["{name}"]\n{fields}')
        return Engine(build_knowledge_base(folder))

    return build
