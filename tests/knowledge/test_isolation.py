"""Reading documents in budgeted child processes, and reading only what changed."""

import multiprocessing
import time
from pathlib import Path

import pytest

from knowledge import hostile
from knowledge.catalog import read_catalog
from knowledge.isolation import IsolatedReader, read_isolated
from knowledge.limits import Limits
from knowledge.snapshot import BuildError, SourceFile, build_knowledge_base, load_or_build, read_document

UNLIMITED_COUNTS = Limits(rows=10**9, cells=10**10, figures=10**9, sentences=10**9, characters=10**10, facts=10**9)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def source_of(path: Path) -> SourceFile:
    return SourceFile(path.name, path, path.read_bytes())


def no_children_left() -> bool:
    deadline = time.monotonic() + 5
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    return not multiprocessing.active_children()


def test_an_isolated_read_gives_what_an_in_process_read_gives(seeds_dir):
    catalog = read_catalog(seeds_dir)
    for path in sorted(seeds_dir.glob("*.*")):
        if path.name == "catalog.toml":
            continue
        source = source_of(path)
        assert read_isolated(source, catalog.get(path.name)) == read_document(source, catalog.get(path.name))
    assert no_children_left()


def test_a_read_over_its_time_is_killed_and_refused(tmp_path):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(hostile.decompression_bomb())
    started = time.perf_counter()
    with pytest.raises(BuildError, match=r"over the time limit \(not read within 0.5 s\)") as refused:
        read_isolated(source_of(path), None, Limits(seconds=0.5, rows=10**9, cells=10**10, figures=10**9))
    assert refused.value.document == "bomb.xlsx"
    assert time.perf_counter() - started < 5
    assert no_children_left()


def test_a_read_over_its_memory_is_refused_and_the_parent_does_not_grow(tmp_path):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(hostile.decompression_bomb())
    before = rss_mb()
    with pytest.raises(BuildError, match=r"over the memory limit \(128 MB\)"):
        read_isolated(source_of(path), None, Limits(seconds=60, memory_mb=128, rows=10**9, cells=10**10, figures=10**9))
    assert rss_mb() - before < 64
    assert no_children_left()


def test_a_reader_crash_is_a_refusal_naming_the_document(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Poland spent 4.1% of GDP in 2024.", encoding="utf-8")
    with pytest.raises(BuildError) as refused:
        read_isolated(SourceFile("article.txt", tmp_path / "missing.unknown", path.read_bytes()), None)
    assert refused.value.document == "article.txt"


def test_a_hostile_document_costs_the_bot_little_memory_and_is_refused_within_30_s(seeds_copy):
    reader = IsolatedReader()
    build_knowledge_base(seeds_copy, reader=reader)
    before = rss_mb()
    for name, data in (("zip-bomb.xlsx", hostile.decompression_bomb()), ("rows.xlsx", hostile.row_bomb())):
        (seeds_copy / name).write_bytes(data)
        started = time.perf_counter()
        with pytest.raises(BuildError, match="refused: over the"):
            build_knowledge_base(seeds_copy, reader=reader)
        assert time.perf_counter() - started < 30
        (seeds_copy / name).unlink()
    assert rss_mb() - before < 256


def test_only_changed_documents_are_read_again(seeds_copy, article_id):
    reader = IsolatedReader()
    first = build_knowledge_base(seeds_copy, reader=reader)
    assert reader.reads == 3
    again = build_knowledge_base(seeds_copy, reader=reader)
    assert reader.reads == 3
    assert again.facts == first.facts
    article = seeds_copy / article_id
    article.write_text(article.read_text(encoding="utf-8").replace("64%", "65%"), encoding="utf-8")
    changed = build_knowledge_base(seeds_copy, reader=reader)
    assert reader.reads == 4
    assert changed.version != first.version
    assert changed == build_knowledge_base(seeds_copy).model_copy(update={"built_at": changed.built_at})


def test_a_changed_catalog_entry_reads_its_document_again(seeds_copy, article_id):
    reader = IsolatedReader(isolate=False)
    build_knowledge_base(seeds_copy, reader=reader)
    catalog = seeds_copy / "catalog.toml"
    catalog.write_text(catalog.read_text(encoding="utf-8").replace('period = "2024"', 'period = "2023"', 1))
    kb = build_knowledge_base(seeds_copy, reader=reader)
    assert reader.reads == 4
    assert kb == build_knowledge_base(seeds_copy).model_copy(update={"built_at": kb.built_at})


def test_a_loaded_snapshot_primes_the_reader_and_removed_documents_are_forgotten(seeds_copy, tmp_path):
    snapshot = tmp_path / "knowledge.json"
    load_or_build(seeds_copy, snapshot)
    reader = IsolatedReader()
    kb = load_or_build(seeds_copy, snapshot, reader=reader)
    assert reader.reads == 0
    reader.remember(kb, read_catalog(seeds_copy))
    rebuilt = build_knowledge_base(seeds_copy, reader=reader)
    assert reader.reads == 0
    assert rebuilt.facts == kb.facts
    assert rebuilt.warnings == kb.warnings
    (seeds_copy / "hague-summit-2025.md").unlink()
    smaller = build_knowledge_base(seeds_copy, reader=reader)
    reader.forget_others({document.id for document in smaller.documents})
    assert len(reader) == 2
