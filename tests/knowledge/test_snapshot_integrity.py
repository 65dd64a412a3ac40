"""Snapshot integrity: a content hash checked on load, stale temporaries cleaned, reader failures named."""

from __future__ import annotations

import io
import shutil
import zipfile

import pytest
from bad_documents import unsupported_compression, workbook_bytes

from knowledge import snapshot
from knowledge.snapshot import (
    BuildError,
    SnapshotError,
    build_knowledge_base,
    load_or_build,
    load_snapshot,
    save_snapshot,
)


def test_an_edited_value_fails_the_content_hash_and_is_rebuilt(seeds_dir, tmp_path):
    documents = tmp_path / "documents"
    shutil.copytree(seeds_dir, documents)
    path = tmp_path / "knowledge.json"
    kb = load_or_build(documents, path)
    raw = path.read_bytes()
    assert b",64.0," in raw  # the article's 64% (a value, in its column of the compact snapshot)
    path.write_bytes(raw.replace(b",64.0,", b",46.0,", 1))
    with pytest.raises(SnapshotError, match="content hash"):
        load_snapshot(path)
    rebuilt = load_or_build(documents, path)
    assert rebuilt.version == kb.version
    assert any(fact.value == 64.0 for fact in rebuilt.facts)
    assert load_snapshot(path).version == kb.version  # the rebuilt one was saved, and checks


def test_a_snapshot_without_a_hash_is_refused(seed_kb, tmp_path):
    path = tmp_path / "knowledge.json"
    path.write_text(seed_kb.model_dump_json(), encoding="utf-8")
    with pytest.raises(SnapshotError, match="no content hash"):
        load_snapshot(path)


def test_stale_temporaries_of_killed_writes_are_removed_at_start(seeds_dir, tmp_path):
    path = tmp_path / "cache" / "knowledge.json"
    path.parent.mkdir()
    stale = [path.parent / ".knowledge.json.k1l13d.tmp", path.parent / ".knowledge.json.x.tmp"]
    for leftover in stale:
        leftover.write_bytes(b"half a snapshot")
    load_or_build(seeds_dir, path)
    assert not any(leftover.exists() for leftover in stale)
    save_snapshot(load_snapshot(path), path)
    assert sorted(p.name for p in path.parent.iterdir()) == ["knowledge.json"]


def test_an_xlsx_with_an_unsupported_zip_compression_is_a_build_error_naming_it(tmp_path):
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "tables.xlsx").write_bytes(unsupported_compression(workbook_bytes()))
    with pytest.raises(BuildError) as error:
        build_knowledge_base(documents)
    assert error.value.document == "tables.xlsx"
    assert "NotImplementedError" in error.value.reason or "compression" in error.value.reason


@pytest.mark.parametrize("failure", [MemoryError(), NotImplementedError("That compression method is not supported")])
def test_any_reader_failure_is_a_build_error_naming_the_document(seeds_dir, tmp_path, failure):
    documents = tmp_path / "documents"
    shutil.copytree(seeds_dir, documents)
    real = snapshot.read_document

    def failing(source, entry):
        if source.id.endswith(".md"):
            raise failure
        return real(source, entry)

    with pytest.raises(BuildError) as error:
        build_knowledge_base(documents, reader=failing)
    assert error.value.document == "hague-summit-2025.md"
    assert ("memory" in error.value.reason) if isinstance(failure, MemoryError) else "compression" in error.value.reason


def test_the_workbook_helper_is_a_real_workbook():
    with zipfile.ZipFile(io.BytesIO(workbook_bytes())) as archive:
        assert "xl/workbook.xml" in archive.namelist()
