"""Snapshots: round trip, reuse when documents are unchanged, atomic replacement, corrupt files."""

from __future__ import annotations

import gc
import hashlib
import math
from pathlib import Path

import pytest
from pydantic import ValidationError

from knowledge import snapshot
from knowledge.models import Fact, KnowledgeBase
from knowledge.snapshot import (
    SnapshotError,
    build_knowledge_base,
    current_version,
    load_or_build,
    load_snapshot,
    save_snapshot,
)


def leftovers(folder: Path, keep: Path) -> list[Path]:
    return [path for path in folder.iterdir() if path != keep]


def test_round_trip(seed_kb: KnowledgeBase, tmp_path: Path):
    path = tmp_path / "kb.json"
    save_snapshot(seed_kb, path)
    loaded = load_snapshot(path)
    assert loaded == seed_kb
    assert loaded.version == seed_kb.version
    assert [fact.id for fact in loaded.facts] == [fact.id for fact in seed_kb.facts]
    assert loaded.texts == seed_kb.texts
    assert leftovers(tmp_path, path) == []


def test_save_creates_parent_folders(seed_kb, tmp_path):
    path = tmp_path / "deep" / "er" / "kb.json"
    save_snapshot(seed_kb, path)
    assert load_snapshot(path).version == seed_kb.version


def test_version_is_a_content_hash(seeds_copy, seed_kb, article_id):
    assert build_knowledge_base(seeds_copy).version == seed_kb.version == current_version(seeds_copy)
    with (seeds_copy / article_id).open("a", encoding="utf-8") as handle:
        handle.write("\nOne more sentence.\n")
    assert current_version(seeds_copy) != seed_kb.version


def test_load_or_build_reuses_an_unchanged_snapshot(seeds_copy, tmp_path):
    path = tmp_path / "cache" / "kb.json"
    first = load_or_build(seeds_copy, path)
    saved = path.read_bytes()
    second = load_or_build(seeds_copy, path)
    assert second.built_at == first.built_at  # loaded, not rebuilt
    assert second.version == first.version
    assert path.read_bytes() == saved


def test_load_or_build_rebuilds_when_a_document_changes(seeds_copy, tmp_path, article_id):
    path = tmp_path / "kb.json"
    first = load_or_build(seeds_copy, path)
    article = seeds_copy / article_id
    article.write_text(article.read_text(encoding="utf-8").replace("estimated 64%", "estimated 66%"), encoding="utf-8")
    second = load_or_build(seeds_copy, path)
    assert second.version != first.version
    assert 66 in {fact.value for fact in second.facts}
    assert 64 not in {fact.value for fact in second.facts}
    assert load_snapshot(path).version == second.version


def test_load_or_build_rebuilds_when_the_catalog_changes(seeds_copy, tmp_path):
    path = tmp_path / "kb.json"
    first = load_or_build(seeds_copy, path)
    catalog = seeds_copy / "catalog.toml"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace('published = "2025-04"', 'published = "2025-05"'))
    second = load_or_build(seeds_copy, path)
    assert second.version != first.version
    assert second.documents[0].published == "2025-05"


def test_load_or_build_replaces_a_corrupt_snapshot(seeds_copy, tmp_path):
    path = tmp_path / "kb.json"
    path.write_text("{not json", encoding="utf-8")
    kb = load_or_build(seeds_copy, path)
    assert load_snapshot(path).version == kb.version


@pytest.mark.parametrize("target", ["fsync", "replace"])
@pytest.mark.parametrize("exception", [KeyboardInterrupt, OSError])
def test_interrupted_write_keeps_the_previous_snapshot(seed_kb, tmp_path, monkeypatch, target, exception):
    path = tmp_path / "kb.json"
    save_snapshot(seed_kb, path)
    before = path.read_bytes()

    def interrupted(*args, **kwargs):
        raise exception("interrupted")

    monkeypatch.setattr(snapshot.os, target, interrupted)
    newer = seed_kb.model_copy(update={"version": "0123456789abcdef"})
    with pytest.raises(exception):
        save_snapshot(newer, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert leftovers(tmp_path, path) == []
    assert load_snapshot(path).version == seed_kb.version


def test_interrupted_first_write_leaves_nothing(seed_kb, tmp_path, monkeypatch):
    path = tmp_path / "kb.json"
    monkeypatch.setattr(snapshot.os, "fsync", lambda fd: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        save_snapshot(seed_kb, path)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "content",
    [b"", b"{not json", b"[]", b'{"format": 2}', b'{"format": 1, "version": "x"}', b"\xff\xfe\x00garbage"],
    ids=["empty", "not-json", "list", "other-format", "incomplete", "binary"],
)
def test_corrupt_snapshot_is_a_snapshot_error(tmp_path, content):
    path = tmp_path / "kb.json"
    path.write_bytes(content)
    with pytest.raises(SnapshotError) as error:
        load_snapshot(path)
    assert str(path) in str(error.value)


def test_truncated_snapshot_is_a_snapshot_error(seed_kb, tmp_path):
    path = tmp_path / "kb.json"
    save_snapshot(seed_kb, path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(SnapshotError):
        load_snapshot(path)


def test_missing_snapshot_is_a_snapshot_error(tmp_path):
    with pytest.raises(SnapshotError):
        load_snapshot(tmp_path / "absent.json")


def test_a_format_1_snapshot_still_loads(seed_kb, tmp_path):
    """Snapshots written before the compact format (a pydantic dump of the knowledge base) load the same."""
    body = seed_kb.model_dump_json().encode()
    path = tmp_path / "kb.json"
    path.write_bytes(snapshot.SNAPSHOT_HEADER + hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    loaded = load_snapshot(path)
    assert loaded == seed_kb
    assert loaded.model_dump_json() == seed_kb.model_dump_json()


def test_the_compact_snapshot_loads_the_same_facts(seed_kb, tmp_path):
    path = tmp_path / "kb.json"
    save_snapshot(seed_kb, path)
    assert path.read_bytes().split(b"\n", 1)[1].startswith(b'{"format":2,')
    loaded = load_snapshot(path)
    assert loaded.model_dump_json() == seed_kb.model_dump_json()
    assert [hash(fact) for fact in loaded.facts] == [hash(fact) for fact in seed_kb.facts]
    assert len(path.read_bytes()) < len(seed_kb.model_dump_json()) / 2


def test_facts_loaded_without_validation_behave_as_validated_ones(seed_kb, tmp_path):
    """Built a field at a time, their values inline (no dictionary each): they compare, print, copy, dump and
    refuse changes as the facts pydantic validated."""
    path = tmp_path / "kb.json"
    save_snapshot(seed_kb, path)
    loaded = load_snapshot(path)
    for read, built in zip(loaded.facts, seed_kb.facts, strict=True):
        assert read == built and read.citation == built.citation
        assert repr(read) == repr(built)
    fact = loaded.facts[0]
    assert fact.model_copy(update={"value": 1.5}).value == 1.5 and fact.value != 1.5
    assert Fact.model_validate(fact.model_dump()) == fact
    assert fact.model_fields_set == set(Fact.model_fields)
    with pytest.raises(ValidationError, match="frozen"):
        fact.value = 1.5


def test_loaded_facts_keep_their_values_without_a_dictionary_each(seed_kb, tmp_path):
    """~64 bytes a model less (CPython: the garbage collector sees the values themselves, not a dictionary);
    pydantic makes one when it needs it, to compare or dump a model."""
    path = tmp_path / "kb.json"
    save_snapshot(seed_kb, path)
    loaded = load_snapshot(path)
    for fact in loaded.facts[:50]:
        assert not any(type(referent) is dict for referent in gc.get_referents(fact, fact.citation))
    fact = loaded.facts[0]
    assert fact == seed_kb.facts[0]
    assert any(type(referent) is dict for referent in gc.get_referents(fact))


def test_equal_numbers_load_as_one_float_and_zero_keeps_its_sign(seed_kb, tmp_path):
    template = seed_kb.facts[0]
    values = [2.5, 2.5, 0.0, -0.0, 3, None]
    facts = [template.model_copy(update={"id": f"n{i}", "value": value}) for i, value in enumerate(values)]
    path = tmp_path / "kb.json"
    save_snapshot(seed_kb.model_copy(update={"facts": facts}), path)
    loaded = [fact.value for fact in load_snapshot(path).facts]
    assert loaded == [2.5, 2.5, 0.0, -0.0, 3.0, None]
    assert loaded[0] is loaded[1]
    assert math.copysign(1, loaded[2]) == 1 and math.copysign(1, loaded[3]) == -1
    assert type(loaded[4]) is float


@pytest.mark.parametrize("collecting", [True, False])
def test_loading_leaves_the_garbage_collector_as_it_found_it(seed_kb, tmp_path, collecting):
    path = tmp_path / "kb.json"
    save_snapshot(seed_kb, path)
    damaged = tmp_path / "damaged.json"
    body = b'{"format":2,"kb":{}}'  # compact, without its columns
    damaged.write_bytes(snapshot.SNAPSHOT_HEADER + hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    was = gc.isenabled()
    try:
        gc.enable() if collecting else gc.disable()
        load_snapshot(path)
        assert gc.isenabled() is collecting
        with pytest.raises(SnapshotError, match="not a compact snapshot body"):
            load_snapshot(damaged)
        assert gc.isenabled() is collecting
    finally:
        gc.enable() if was else gc.disable()


def test_a_knowledge_base_without_facts_round_trips(seed_kb, tmp_path):
    empty = seed_kb.model_copy(update={"facts": []})
    path = tmp_path / "kb.json"
    save_snapshot(empty, path)
    assert load_snapshot(path) == empty


@pytest.mark.parametrize(
    ("old", "new"),
    [(b'"percent"', b'"per cent"'), (b",64.0,", b',"64",'), (b'"fields":["id"', b'"fields":["key"')],
    ids=["unknown-unit", "value-a-string", "other-columns"],
)
def test_a_compact_snapshot_of_bad_facts_is_a_snapshot_error(seed_kb, tmp_path, old, new):
    body = snapshot.snapshot_bytes(seed_kb).split(b"\n", 1)[1]
    assert old in body
    body = body.replace(old, new, 1)
    path = tmp_path / "kb.json"
    path.write_bytes(snapshot.SNAPSHOT_HEADER + hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    with pytest.raises(SnapshotError, match="not a valid"):
        load_snapshot(path)
