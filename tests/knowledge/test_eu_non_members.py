"""EU members outside NATO (Austria, Ireland, Malta, Cyprus) are entities of their own: their figures are theirs."""

from __future__ import annotations

from pathlib import Path

from knowledge.snapshot import build_knowledge_base


def test_each_eu_member_outside_nato_keeps_its_own_figure(tmp_path: Path) -> None:
    text = (
        "Among the Member States, the highest ratios of defence expenditure to GDP in 2023 were recorded in Greece "
        "(2.4%). The lowest ratios were observed in Ireland (0.2%), followed by Malta (0.5%).\n"
    )
    (tmp_path / "eurostat.md").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["eurostat.md"]\ntitle = "COFOG"\npublished = "2025-02-27"\n')
    subjects = {fact.value: fact.subject for fact in build_knowledge_base(tmp_path).facts if fact.value is not None}
    assert (subjects[0.2], subjects[0.5]) == ("Ireland", "Malta")
