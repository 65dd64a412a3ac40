"""Diffing two knowledge bases built from folders: changed, added and removed facts and documents."""

from __future__ import annotations

from knowledge.diff import diff_knowledge_bases
from knowledge.lexicon import UNITED_STATES
from knowledge.snapshot import build_knowledge_base

EXTRA = (
    "Burden-sharing in 2019\n"
    "\n"
    "In 2019, the United States accounted for 69% of alliance spending. "
    "Only 9 of the 29 allies met the target of 2% of GDP that year.\n"
)


def change_article(folder, article_id, old, new):
    path = folder / article_id
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_identical_builds_have_no_changes(seeds_copy, seed_kb):
    difference = diff_knowledge_bases(seed_kb, build_knowledge_base(seeds_copy))
    assert difference.is_empty
    assert difference.counts() == {"added": 0, "removed": 0, "changed": 0}
    assert difference.summary_lines() == ["• no changes"]
    assert difference.summary() == "0 added, 0 removed, 0 changed"


def test_changed_figure(seeds_copy, seed_kb, article_id):
    change_article(seeds_copy, article_id, "estimated 64%", "estimated 66%")
    difference = diff_knowledge_bases(seed_kb, build_knowledge_base(seeds_copy))
    assert len(difference.changed) == 1
    old, new = difference.changed[0]
    assert (old.subject, old.measure, old.value) == (UNITED_STATES, "share_of_alliance_spending", 64)
    assert (new.subject, new.measure, new.value) == (UNITED_STATES, "share_of_alliance_spending", 66)
    assert difference.added == [] and difference.removed == []
    assert difference.documents_added == [] and difference.documents_removed == []
    assert not difference.is_empty
    lines = difference.summary_lines()
    assert len(lines) == 1
    assert lines[0].startswith("• changed:")
    assert "64%" in lines[0] and "66%" in lines[0]


def test_changed_count_of_members(seeds_copy, seed_kb, article_id):
    change_article(seeds_copy, article_id, "only 22 of NATO’s 32", "only 23 of NATO’s 32")
    difference = diff_knowledge_bases(seed_kb, build_knowledge_base(seeds_copy))
    assert [(old.value, new.value) for old, new in difference.changed] == [(22, 23)]
    assert difference.changed[0][1].total == 32


def test_added_document(seeds_copy, seed_kb):
    (seeds_copy / "report_2019.txt").write_text(EXTRA, encoding="utf-8")
    difference = diff_knowledge_bases(seed_kb, build_knowledge_base(seeds_copy))
    assert difference.documents_added == ["report_2019.txt"]
    assert difference.documents_removed == []
    assert difference.changed == [] and difference.removed == []
    assert difference.added
    assert all(fact.citation.document == "report_2019.txt" for fact in difference.added)
    assert 69 in {fact.value for fact in difference.added}
    lines = difference.summary_lines()
    assert lines[0] == "• document added: `report_2019.txt`"
    assert any(line.startswith("• added:") and "69%" in line for line in lines)


def test_removed_document(seeds_copy, seed_kb, article_id):
    (seeds_copy / "report_2019.txt").write_text(EXTRA, encoding="utf-8")
    with_extra = build_knowledge_base(seeds_copy)
    (seeds_copy / "report_2019.txt").unlink()
    difference = diff_knowledge_bases(with_extra, build_knowledge_base(seeds_copy))
    assert difference.documents_removed == ["report_2019.txt"]
    assert difference.documents_added == []
    assert difference.removed
    assert all(fact.citation.document == "report_2019.txt" for fact in difference.removed)
    assert difference.added == [] and difference.changed == []
    assert difference.summary_lines()[0] == "• document removed: `report_2019.txt`"
    assert difference.summary().startswith("0 added, ")


def test_removed_sentence(seeds_copy, seed_kb, article_id):
    change_article(seeds_copy, article_id, " In contrast, European NATO members and Canada accounted for just 36%.", "")
    difference = diff_knowledge_bases(seed_kb, build_knowledge_base(seeds_copy))
    assert [fact.value for fact in difference.removed] == [36]
    assert difference.added == [] and difference.changed == []


def test_summary_lines_limit(seeds_copy, seed_kb, article_id):
    (seeds_copy / "report_2019.txt").write_text(EXTRA, encoding="utf-8")
    new = build_knowledge_base(seeds_copy)
    difference = diff_knowledge_bases(seed_kb, new)
    added = len(difference.added)
    assert added >= 3
    limited = difference.summary_lines(limit=1)
    assert sum(line.startswith("• added:") for line in limited) == 1
    assert limited[-1] == f"• … and {added - 1} more"
    everything = difference.summary_lines(limit=10_000)
    assert sum(line.startswith("• added:") for line in everything) == added
    assert not any("more" in line and line.startswith("• …") for line in everything)
    zero = difference.summary_lines(limit=0)
    assert zero == ["• document added: `report_2019.txt`", f"• … and {added} more"]


def test_reverse_diff_swaps_added_and_removed(seeds_copy, seed_kb):
    (seeds_copy / "report_2019.txt").write_text(EXTRA, encoding="utf-8")
    new = build_knowledge_base(seeds_copy)
    forward = diff_knowledge_bases(seed_kb, new)
    backward = diff_knowledge_bases(new, seed_kb)
    assert {f.id for f in forward.added} == {f.id for f in backward.removed}
    assert forward.documents_added == backward.documents_removed
