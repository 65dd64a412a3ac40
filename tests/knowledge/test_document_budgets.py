"""Hostile documents: every one is refused with a `BuildError` naming it and the limit it broke.

How fast each is refused is shown by `benchmarks/hostile_documents.py`, not timed here."""

import io
import shutil
import time
import zipfile

import pytest

from knowledge import hostile
from knowledge.limits import Limits
from knowledge.snapshot import BuildError, SourceFile, build_knowledge_base, read_document

UNLIMITED_COUNTS = Limits(rows=10**9, cells=10**10, figures=10**9, sentences=10**9, characters=10**10, facts=10**9)


def build_with(seeds_copy, name, data):
    (seeds_copy / name).write_bytes(data)
    return build_knowledge_base(seeds_copy)


@pytest.mark.parametrize(
    ("name", "make", "limit"),
    [
        ("row-bomb.xlsx", hostile.row_bomb, "over the figures limit"),
        ("zip-bomb.xlsx", hostile.decompression_bomb, "over the figures limit"),
        ("wide.xlsx", hostile.wide_bomb, "over the cells limit"),
        ("sentences.txt", lambda: hostile.many_sentences(40_000), "over the sentences limit"),
        ("huge-article.txt", hostile.many_sentences, "over the characters limit"),
    ],
)
def test_bombs_are_refused_naming_the_limit(seeds_copy, name, make, limit):
    data = make()
    with pytest.raises(BuildError) as refused:
        build_with(seeds_copy, name, data)
    assert refused.value.document == name
    assert limit in refused.value.reason
    assert refused.value.reason.startswith("refused:")


def test_the_decompression_bomb_is_small_and_inflates_far():
    data = hostile.decompression_bomb()
    assert len(data) < 256 * 1024
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert sum(entry.file_size for entry in archive.infolist()) > 15 * 1024 * 1024


def test_a_workbook_inflating_past_the_limit_is_refused_before_it_is_opened(tmp_path):
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(hostile.decompression_bomb(4))
    source = SourceFile("bomb.xlsx", path, path.read_bytes())
    with pytest.raises(BuildError, match=r"over the unzipped size limit: the workbook inflates to 4\.0 MB"):
        read_document(source, None, Limits(unzipped_mb=2))


def test_a_table_just_within_its_limits_builds(tmp_path):
    path = tmp_path / "allies.xlsx"
    path.write_bytes(hostile.xlsx(hostile.table_rows(10)))
    source = SourceFile("allies.xlsx", path, path.read_bytes())
    _, facts, _, _ = read_document(source, None, Limits(figures=110, rows=13))
    assert len(facts) == 110
    with pytest.raises(BuildError, match="over the figures limit"):
        read_document(source, None, Limits(figures=109))
    with pytest.raises(BuildError, match="over the rows limit"):
        read_document(source, None, Limits(rows=12))


def test_the_facts_limit_applies_to_prose(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(hostile.many_sentences(50))
    source = SourceFile("article.txt", path, path.read_bytes())
    _, facts, _, _ = read_document(source, None)
    assert len(facts) > 10
    with pytest.raises(BuildError, match=f"over the facts limit: {len(facts)} facts, more than 10"):
        read_document(source, None, Limits(facts=10))


def test_a_run_of_abbreviations_is_not_quadratic(tmp_path):
    path = tmp_path / "abbreviations.txt"
    path.write_text("The U.S. " * 9_000 + "spent 3.4% of GDP in 2024.", encoding="utf-8")
    source = SourceFile("abbreviations.txt", path, path.read_bytes())
    # CPU time of this process, not wall time: other work on the machine (CI, parallel runs) must not fail it
    started = time.process_time()
    read_document(source, None, UNLIMITED_COUNTS)
    assert time.process_time() - started < 5


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("empty.txt", lambda: b"", "is empty"),
        ("blank.md", lambda: b" \n\t\n", "is empty"),
        ("junk.txt", hostile.binary_junk, "binary"),
        ("junk.csv", hostile.binary_junk, "UTF-8"),
        ("junk.xlsx", hostile.binary_junk, "not an .xlsx workbook"),
        ("latin.txt", hostile.not_utf8, "not UTF-8"),
        ("huge.txt", hostile.oversized_text, "too large"),
        ("truncated.xlsx", lambda: hostile.truncated(hostile.row_bomb(200)), "not an .xlsx workbook"),
        ("corrupted.xlsx", lambda: hostile.corrupted(hostile.row_bomb(200)), "xlsx"),
        ("implode.xlsx", hostile.unsupported_compression, "compression method is not supported"),
        ("empty.xlsx", lambda: b"", "is empty"),
    ],
)
def test_hostile_documents_give_a_build_error_naming_them(seeds_copy, name, make, reason):
    with pytest.raises(BuildError) as refused:
        build_with(seeds_copy, name, make())
    assert refused.value.document == name
    assert reason in refused.value.reason


def test_spreadsheet_formulas_in_a_csv_are_skipped_and_never_quoted(seeds_copy):
    for path in seeds_copy.glob("*.csv"):
        path.unlink()
    kb = build_with(seeds_copy, "formulas.csv", hostile.formula_csv())
    subjects = {fact.subject for fact in kb.facts if fact.citation.document == "formulas.csv"}
    assert subjects == {"Poland", "Germany"}
    everything = kb.model_dump_json()
    assert "HYPERLINK" not in everything
    assert "cmd|" not in everything
    notes = [w.message for w in kb.warnings if w.document == "formulas.csv"]
    assert sum("entity looks like a spreadsheet formula" in note for note in notes) == 2


def test_spreadsheet_formulas_in_a_workbook_are_skipped_and_never_quoted(seeds_copy):
    rows = list(hostile.table_rows(2))
    rows.insert(3, ['=HYPERLINK("http://evil.example/","Poland")', *([99] * 11)])
    rows.insert(1, ["@SUM(A1)"])
    kb = build_with(seeds_copy, "formulas.xlsx", hostile.xlsx(rows))
    facts = [fact for fact in kb.facts if fact.citation.document == "formulas.xlsx"]
    assert {fact.subject for fact in facts} == {"Ally 0", "Ally 1"}
    assert all(fact.value != 99 for fact in facts)
    assert "HYPERLINK" not in kb.model_dump_json()
    assert "@SUM" not in kb.model_dump_json()
    notes = [w.message for w in kb.warnings if w.document == "formulas.xlsx"]
    assert sum("spreadsheet formula text skipped" in note for note in notes) == 2


def test_the_shipped_documents_are_far_within_the_limits(seeds_dir, tmp_path):
    folder = tmp_path / "documents"
    shutil.copytree(seeds_dir, folder)
    kb = build_knowledge_base(folder)
    limits = Limits()
    counts: dict[str, int] = {}
    for fact in kb.facts:
        counts[fact.citation.document] = counts.get(fact.citation.document, 0) + 1
    assert max(counts.values()) < limits.facts / 3
