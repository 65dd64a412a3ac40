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


def test_a_date_apposed_to_a_source_restated_in_brackets_is_the_source_s_release(tmp_path: Path) -> None:
    """'the latest data from the Stockholm International Peace Research Institute (SIPRI), released on 28 April
    2025': both names are the source, and the release date is its; the figures it gives are not SIPRI's own."""
    text = (
        "Budgets rarely feature in the alliance's debate, but the latest data from the Stockholm International Peace "
        "Research Institute (SIPRI), released on 28 April 2025, show Japan rearming.\n\n"
        "Global military spending rose for the tenth year in a row in 2024. According to new figures from the "
        "Stockholm International Peace Research Institute (SIPRI), spending was up 9.4% in real terms on 2023.\n"
    )
    (tmp_path / "note.md").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["note.md"]\ntitle = "A note"\npublished = "2025-05-01"\n')
    facts = {f.value: f for f in build_knowledge_base(tmp_path).facts if f.value is not None}
    assert (facts[2025].subject, facts[2025].measure_kind) == ("SIPRI", "date")
    assert (facts[9.4].subject, facts[9.4].measure_kind) == ("World", "change")
