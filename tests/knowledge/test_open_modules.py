"""The open fact model's code: one job per module, no class over the project's size limit, and every module of it
part of the snapshot's identity (changing any of them must rebuild old snapshots)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from knowledge import snapshot
from knowledge.open_facts import OpenExtractor, extract_open_facts, fact_id, people_named

PACKAGE = Path(snapshot.__file__).parent
CLASS_LINES_LIMIT = 300
OPEN_MODEL = sorted(
    path.name
    for pattern in ("open_*.py", "sentence*.py", "frames.py", "figures.py", "mentions.py")
    for path in PACKAGE.glob(pattern)
)


@pytest.mark.parametrize("name", OPEN_MODEL)
def test_open_model_module_is_part_of_the_extractor_fingerprint(name: str):
    assert name in snapshot.EXTRACTION_MODULES


@pytest.mark.parametrize("name", OPEN_MODEL)
def test_open_model_classes_stay_small(name: str):
    tree = ast.parse((PACKAGE / name).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            assert node.end_lineno is not None
            assert node.end_lineno - node.lineno + 1 <= CLASS_LINES_LIMIT, f"{name}: class {node.name}"


def test_open_extractor_is_composed_of_its_jobs():
    jobs = {cls.__module__ for cls in OpenExtractor.__mro__ if cls.__module__.startswith("knowledge.open_")}
    assert jobs == {
        "knowledge.open_facts",
        "knowledge.open_document",
        "knowledge.open_sections",
        "knowledge.open_periods",
        "knowledge.open_records",
        "knowledge.open_speech",
        "knowledge.open_footnotes",
        "knowledge.open_claims",
        "knowledge.open_reading",
    }
    assert callable(extract_open_facts)
    assert len(fact_id("a", 1)) == 16


def test_people_named_after_a_title():
    assert people_named("Secretary-General Mark Rutte said so. Rutte added more.") == {"Rutte": "Mark Rutte"}
