"""A figure of a thing the entity list does not know is found by its own name and words, and never answers for a
country (`knowledge.named_things`, `StatementFinder`, `EntityCheck`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.snapshot import build_knowledge_base


@pytest.fixture(scope="module")
def yards(tmp_path_factory: pytest.TempPathFactory, yards_text: str) -> Engine:
    folder: Path = tmp_path_factory.mktemp("yards")
    (folder / "yards.md").write_text(yards_text, encoding="utf-8")
    (folder / "catalog.toml").write_text(
        '["yards.md"]\ntitle = "Nordic yards ride the budget wave"\npublished = "2025-08-12"\n', encoding="utf-8"
    )
    return Engine(build_knowledge_base(folder))


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What was Fjordstål Systems' revenue in 2024?", 8.1),
        ("How many soldiers will the brigade in Poland have?", 3500),  # where the thing is, not whose figure
        ("How much money is going into expanding the Bemowo garrison?", 300),
    ],
)
def test_a_things_figure_is_found_by_its_name(yards: Engine, question: str, value: float) -> None:
    answer = yards.compute(question, None)
    assert answer.answered and value in answer.values, answer.answer


def test_a_companys_figure_never_answers_for_its_country(yards: Engine) -> None:
    answer = yards.compute("How much did Norway spend on defence in 2024?", None)
    assert not {12.4, 8.1, 1.2} & set(answer.values), answer.answer
