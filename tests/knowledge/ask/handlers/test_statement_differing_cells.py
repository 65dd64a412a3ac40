"""An answer of several of NATO's cells (Germany's and France's share of GDP): a document's differing statement of
any of them is shown beside them, as it is beside one cell; never beside a ranking's or a calculation's operands."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.snapshot import build_knowledge_base

NOTE = """Germany's budget in brief

Germany's defence spending reached 1.57% of GDP in 2023, the finance ministry said.
"""


@pytest.fixture(scope="module")
def beside_the_tables(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Engine:
    folder = tmp_path_factory.mktemp("documents")
    shutil.copytree(seeds_dir, folder, dirs_exist_ok=True)
    (folder / "note.md").write_text(NOTE, encoding="utf-8")
    catalog = (folder / "catalog.toml").read_text(encoding="utf-8")
    entry = '\n["note.md"]\ntitle = "Germany\'s budget in brief"\npublished = "2025-08-01"\n'
    (folder / "catalog.toml").write_text(catalog + entry, encoding="utf-8")
    return Engine(build_knowledge_base(folder))


def test_a_documents_differing_figure_stands_beside_several_cells(beside_the_tables):
    answer = beside_the_tables.ask("What share of GDP did Germany and France spend on defence in 2023?")
    assert answer.answered and 1.57 in answer.values
    assert sum(fact.citation.cell is not None for fact in answer.facts) >= 2


def test_no_statement_beside_a_ranking(beside_the_tables):
    answer = beside_the_tables.ask("which ally spent the highest share of GDP on defence in 2023?")
    assert 1.57 not in answer.values
