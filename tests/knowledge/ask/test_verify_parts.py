"""A share of a budget answers only a question naming the part it is a share of (`knowledge.ask.verify_parts`):
'Personnel costs still absorb about 40 % of budgets, although the share is falling as investment rises', under a
heading on investment, is no answer to the share investment makes up; it answers the personnel share."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.snapshot import build_knowledge_base

MEMO = "\n".join(
    [
        "# Key takeaways: European defence spending",
        "",
        "Figures are for the 27 EU Member States unless stated otherwise.",
        "",
        "## 2. Investment is growing faster than the total",
        "",
        "- Personnel costs still absorb about **40 %** of budgets, although the share is falling as investment rises.",
        "- Operations, maintenance and other expenditure take 30%, and infrastructure 5%.",
    ]
)


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("memo")
    (folder / "memo.md").write_text(MEMO, encoding="utf-8")
    catalog = '["memo.md"]\ntitle = "Key takeaways: European defence spending"\npublished = "2025-04-15"\n'
    (folder / "catalog.toml").write_text(catalog, encoding="utf-8")
    return Engine(build_knowledge_base(folder))


def test_a_share_naming_its_own_part_does_not_answer_another_part(engine: Engine) -> None:
    answer = engine.ask("What share of spending does investment make up?")
    assert 40.0 not in answer.values


def test_a_share_naming_its_own_part_answers_that_part(engine: Engine) -> None:
    assert engine.ask("What share of defence budgets goes to personnel?").values == [40.0]


def test_one_of_several_parts_of_a_sentence_answers_its_part(engine: Engine) -> None:
    assert 5.0 in engine.ask("What share went to infrastructure?").values
