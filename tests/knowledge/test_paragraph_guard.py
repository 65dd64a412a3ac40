"""A paragraph whose reading raises costs that paragraph only: the others are read, the moderator is told which."""

from __future__ import annotations

import logging

import pytest

from knowledge.models import Block, Document, DocumentKind
from knowledge.paragraph_guard import ParagraphGuard, unread_warning
from knowledge.readers.prose import read_prose
from knowledge.snapshot import build_knowledge_base

REPORT = (
    "# European defence surge\n\n"
    "European allies raised defence spending by 12% in real terms in 2024.[^1]\n\n"
    "______________________\n\n"
    "[^1]: NATO estimates, June 2024.\n"
)


def test_a_failing_paragraph_is_skipped_logged_and_named(caplog):
    prose = read_prose("First paragraph, 10%.\n\nSecond paragraph, 20%.\n\nThird paragraph, 30%.\n")
    document = build_document_named("guarded.txt")
    guard = ParagraphGuard(document)
    read: list[int] = []

    def reader(block: Block) -> None:
        if block.index == 2:
            raise IndexError("list index out of range")
        read.append(block.index)

    with caplog.at_level(logging.WARNING):
        for block in prose.blocks:
            guard.read(block, reader)
    assert read == [1, 3]
    assert guard.unread == [2]
    assert "guarded.txt: paragraph 2 could not be read (IndexError)" in caplog.text
    assert unread_warning(guard.unread) == [
        "paragraph 2 could not be read and states no facts; the rest of the document was read"
    ]
    assert unread_warning([]) == []


def test_a_report_with_a_footnote_rule_is_read_whole(tmp_path):
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "report.md").write_text(REPORT, encoding="utf-8")
    kb = build_knowledge_base(folder)
    assert any(fact.value == 12 for fact in kb.facts)
    assert not [warning for warning in kb.warnings if "could not be read" in warning.message]


def build_document_named(name: str) -> Document:
    return Document(id=name, title=name, kind=DocumentKind.PROSE, sha256="0" * 64)


def test_running_out_of_memory_is_not_taken_for_one_paragraphs_fault():
    prose = read_prose("One paragraph, 10%.\n")
    guard = ParagraphGuard(build_document_named("big.txt"))

    def reader(block: Block) -> None:
        raise MemoryError

    with pytest.raises(MemoryError):
        guard.read(prose.blocks[0], reader)
    assert guard.unread == []
