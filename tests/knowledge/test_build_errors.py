"""Every unreadable input is a `BuildError` naming the document and the reason; the saved snapshot survives."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import snapshot
from knowledge.snapshot import BuildError, build_knowledge_base, load_snapshot, save_snapshot

GOOD = "Allies met. In 2024, the United States accounted for 64% of alliance spending.\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


@pytest.fixture
def saved(seed_kb, tmp_path):
    """A good snapshot on disk, to check a failed rebuild leaves it byte-for-byte intact."""
    path = tmp_path / "out" / "kb.json"
    save_snapshot(seed_kb, path)
    return path


def rebuild_fails(folder: Path, saved: Path) -> BuildError:
    before = saved.read_bytes()
    with pytest.raises(BuildError) as error:
        save_snapshot(build_knowledge_base(folder), saved)
    assert saved.read_bytes() == before
    assert [path.name for path in saved.parent.iterdir()] == [saved.name]
    load_snapshot(saved)
    return error.value


CASES = {
    "empty": ("empty.txt", b"", "empty"),
    "whitespace": ("blank.txt", b"  \n\t\r\n   \n", "empty"),
    "binary": ("image.txt", b"GIF89a\x00\x01\x02\x00\x00text", "binary"),
    "invalid-utf8": ("latin1.txt", "Défense spending rose.".encode("latin-1"), "UTF-8"),
    "pdf": ("report.pdf", b"%PDF-1.7 something", "unsupported"),
    "no-extension": ("README", b"hello there.", "unsupported"),
    "bad-front-matter": ("notes.md", b"---\ntitle: ok\nnot a key value line\n---\n\nBody text.\n", "line 3"),
    "bad-front-matter-date": ("dated.md", b"---\ntitle: ok\npublished: 25 June 2025\n---\n\nBody.\n", "published"),
}


@pytest.mark.parametrize(("name", "data", "reason"), CASES.values(), ids=CASES.keys())
def test_bad_document_is_named(tmp_path, saved, name, data, reason):
    folder = tmp_path / "docs"
    write(folder, "good.txt", GOOD)
    write(folder, name, data)
    error = rebuild_fails(folder, saved)
    assert error.document == name
    assert name in str(error)
    assert reason.lower() in error.reason.lower()


def test_document_in_a_subfolder_is_named_by_its_relative_path(tmp_path, saved):
    folder = tmp_path / "docs"
    write(folder, "good.txt", GOOD)
    write(folder, "sub/empty.txt", b"")
    error = rebuild_fails(folder, saved)
    assert error.document == "sub/empty.txt"


def test_invalid_utf8_names_the_offset(tmp_path, saved):
    folder = tmp_path / "docs"
    write(folder, "bad.txt", b"Good start then \xff bad byte.")
    error = rebuild_fails(folder, saved)
    assert "offset 16" in error.reason


def test_broken_catalog_toml(tmp_path, saved):
    folder = tmp_path / "docs"
    write(folder, "good.txt", GOOD)
    write(folder, "catalog.toml", '["good.txt"\ntitle = "unterminated\n')
    error = rebuild_fails(folder, saved)
    assert error.document == "catalog.toml"
    assert "TOML" in error.reason


def test_catalog_entry_with_unknown_key(tmp_path, saved):
    folder = tmp_path / "docs"
    write(folder, "good.txt", GOOD)
    write(folder, "catalog.toml", '["good.txt"]\ntitle = "Good"\nauthor = "Someone"\n')
    error = rebuild_fails(folder, saved)
    assert error.document == "catalog.toml"
    assert "good.txt" in error.reason
    assert "author" in error.reason


def test_catalog_entry_that_is_not_a_table(tmp_path, saved):
    folder = tmp_path / "docs"
    write(folder, "good.txt", GOOD)
    write(folder, "catalog.toml", 'title = "not in a table"\n')
    error = rebuild_fails(folder, saved)
    assert error.document == "catalog.toml"
    assert "title" in error.reason


def test_catalog_bad_published_date(tmp_path, saved):
    folder = tmp_path / "docs"
    write(folder, "good.txt", GOOD)
    write(folder, "catalog.toml", '["good.txt"]\ntitle = "Good"\npublished = "April 2025"\n')
    error = rebuild_fails(folder, saved)
    assert error.document == "catalog.toml"
    assert "published" in error.reason


def test_catalog_period_naming_no_year(tmp_path, saved):
    folder = tmp_path / "docs"
    write(folder, "good.txt", GOOD)
    write(folder, "catalog.toml", '["good.txt"]\ntitle = "Good"\nperiod = "soon"\n')
    error = rebuild_fails(folder, saved)
    assert error.document == "catalog.toml"
    assert "period" in error.reason


@pytest.mark.parametrize("period", ["2025-26 to 2035-36", "2014 to 2024", "fiscal years 2024/25–2029/30"])
def test_a_catalog_period_describing_a_span_builds_and_dates_no_figure(tmp_path, period):
    folder = tmp_path / "docs"
    write(folder, "note.txt", "Canada spent 1.37% of GDP on defence in 2024.\n")
    write(folder, "catalog.toml", f'["note.txt"]\ntitle = "A costing note"\nperiod = "{period}"\n')
    kb = build_knowledge_base(folder)
    assert kb.documents[0].default_period is None
    assert kb.facts, "the document's figures are kept"


def test_missing_documents_folder(tmp_path, saved):
    missing = tmp_path / "nowhere"
    error = rebuild_fails(missing, saved)
    assert error.document is None
    assert str(missing) in error.reason
    assert "does not exist" in error.reason


def test_folder_with_no_documents(tmp_path, saved):
    folder = tmp_path / "docs"
    write(folder, "catalog.toml", "")
    write(folder, ".hidden/secret.txt", GOOD)
    error = rebuild_fails(folder, saved)
    assert error.document is None
    assert "no documents" in error.reason


def test_document_larger_than_the_limit(tmp_path, saved, monkeypatch):
    monkeypatch.setattr(snapshot, "MAX_DOCUMENT_BYTES", 64)
    folder = tmp_path / "docs"
    write(folder, "small.txt", "Short.\n")
    write(folder, "big.txt", GOOD * 4)
    error = rebuild_fails(folder, saved)
    assert error.document == "big.txt"
    assert "too large" in error.reason
    assert "64" in error.reason


def test_document_at_the_limit_is_accepted(tmp_path, monkeypatch):
    folder = tmp_path / "docs"
    data = GOOD.encode()
    write(folder, "exact.txt", data)
    monkeypatch.setattr(snapshot, "MAX_DOCUMENT_BYTES", len(data))
    kb = build_knowledge_base(folder)
    assert [document.id for document in kb.documents] == ["exact.txt"]


def test_catalog_entry_for_a_missing_document_is_a_warning_not_an_error(tmp_path):
    folder = tmp_path / "docs"
    write(folder, "good.txt", GOOD)
    write(folder, "catalog.toml", '["good.txt"]\ntitle = "Good"\n\n["gone.txt"]\ntitle = "Gone"\n')
    kb = build_knowledge_base(folder)
    assert any(w.document == "catalog.toml" and "gone.txt" in w.message for w in kb.warnings)


def test_document_with_no_facts_is_a_warning(tmp_path):
    folder = tmp_path / "docs"
    write(folder, "plain.txt", "Nothing numeric happens in this sentence.\n")
    kb = build_knowledge_base(folder)
    assert any(w.document == "plain.txt" and w.message == "no facts found" for w in kb.warnings)


@pytest.mark.parametrize("span", ["2014–2024", "2014-2024", "2024/25"])
def test_a_catalog_period_spanning_years_is_what_the_document_covers(tmp_path, span):
    """A factsheet's period written as the span it covers builds; its undated figures are dated by no year of it."""
    folder = tmp_path / "docs"
    write(folder, "good.txt", GOOD)
    write(folder, "catalog.toml", f'["good.txt"]\ntitle = "Good"\nperiod = "{span}"\n')
    kb = build_knowledge_base(folder)
    assert [document.default_period for document in kb.documents if document.id == "good.txt"] == [None]
