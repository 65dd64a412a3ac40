"""Shipped files as package data, and the data folder filled on first use."""

from __future__ import annotations

import pytest

from knowledge.paths import (
    environment_locations,
    install_shipped_documents,
    prepare_documents,
    question_sets,
    shipped_documents,
)
from knowledge.snapshot import BuildError


def test_shipped_files_are_package_resources(seeds_dir):
    names = sorted(item.name for item in shipped_documents().iterdir())
    assert names == sorted(path.name for path in seeds_dir.iterdir())
    assert "catalog.toml" in names
    assert question_sets().joinpath("article.jsonl").is_file()


def test_first_use_copies_the_shipped_documents_once(tmp_path):
    folder = tmp_path / "data" / "documents"
    assert install_shipped_documents(folder)
    copied = {path.name: path.read_bytes() for path in folder.iterdir()}
    assert copied == {item.name: item.read_bytes() for item in shipped_documents().iterdir()}
    (folder / "mine.md").write_text("# Mine\n", encoding="utf-8")
    (folder / "catalog.toml").unlink()
    assert not install_shipped_documents(folder)  # the owner's folder is theirs from then on
    assert (folder / "mine.md").exists() and not (folder / "catalog.toml").exists()
    assert [path.name for path in folder.parent.iterdir()] == ["documents"]  # no staging folder left


def test_only_the_data_folders_own_documents_are_filled(tmp_path):
    elsewhere = tmp_path / "configured"
    assert not prepare_documents(elsewhere, tmp_path / "data")
    assert not elsewhere.exists()
    assert prepare_documents(tmp_path / "data" / "documents", tmp_path / "data")


def test_an_unusable_data_folder_is_a_build_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BuildError, match="cannot create"):
        prepare_documents(blocker / "documents", blocker)


def test_the_command_line_uses_the_same_locations_as_the_bot(monkeypatch, tmp_path, private_data_dir):
    documents, snapshot = environment_locations()
    assert documents == private_data_dir / "documents" and documents.is_dir()
    assert snapshot == private_data_dir / "cache" / "knowledge.json"
    monkeypatch.setenv("DOCUMENTS_DIR", str(tmp_path / "docs"))
    monkeypatch.setenv("KNOWLEDGE_BASE_PATH", str(tmp_path / "kb.json"))
    assert environment_locations() == (tmp_path / "docs", tmp_path / "kb.json")
