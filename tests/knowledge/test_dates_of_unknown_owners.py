"""A date of a thing someone the domain does not know owns is no figure of the document's main subject
(knowledge/sentence_periods.py)."""

from __future__ import annotations

from pathlib import Path

from knowledge.snapshot import build_knowledge_base

SUBMISSION = """# Written evidence submitted by a research centre

> **SUMMARY**
>
> - On NATO's definition the UK spent an estimated 2.33% of GDP on defence in 2024.
> - We recommend a published Defence Investment Plan.

## 1. Introduction

1.1 This submission responds to the Committee's call for evidence of 3 March 2025.

## 2. The scale of the uplift

2.1 The UK spent an estimated 2.33% of GDP in 2024, up from 2.14% in 2014.
"""


def test_a_date_of_a_thing_an_unknown_owner_has_is_not_the_document_subjects(tmp_path: Path) -> None:
    """'the Committee's call for evidence of 3 March 2025' is the Committee's date, not the UK's the document is
    mostly about; the UK's own figures stay its own."""
    (tmp_path / "evidence.md").write_text(SUBMISSION, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["evidence.md"]\ntitle = "Evidence"\npublished = "2025-05-06"\n')
    facts = [fact for fact in build_knowledge_base(tmp_path).facts if fact.value is not None]
    assert not [f for f in facts if f.subject == "United Kingdom" and "call for evidence" in f.citation.quote]
    assert [f for f in facts if f.subject == "United Kingdom" and f.value == 2.14]
