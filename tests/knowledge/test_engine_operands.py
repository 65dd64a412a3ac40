"""A difference asked is never answered by its operands side by side."""

from __future__ import annotations

from pathlib import Path

from knowledge.engine import Engine
from knowledge.snapshot import build_knowledge_base

FAQ = (
    "# Questions and answers: the defence budget\n\n"
    "All amounts are in Norwegian kroner (NOK) unless stated otherwise.\n\n"
    "## What are the key figures?\n\n"
    "| Key figure | 2023 | 2024 | 2025 (proposal) |\n|---|---|---|---|\n"
    "| Defence budget, NOK billion | 82.4 | 92.0 | 101.8 |\n"
)


def test_a_difference_asked_is_not_answered_by_the_two_figures_it_is_taken_between(tmp_path: Path) -> None:
    (tmp_path / "faq.md").write_text(FAQ, encoding="utf-8")
    catalog = '["faq.md"]\ntitle = "Questions and answers: the defence budget"\npublished = "2024-10-10"\n'
    (tmp_path / "catalog.toml").write_text(catalog, encoding="utf-8")
    engine = Engine(build_knowledge_base(tmp_path))
    answer = engine.compute("How much bigger is the 2025 defence budget than the 2024 budget?")
    assert not (answer.answered and set(answer.values) == {92.0, 101.8}), answer.answer
