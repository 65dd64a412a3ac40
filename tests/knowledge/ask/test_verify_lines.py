"""One line of a document's table of measures (a budget by chapter) answers only a question naming that line
(`knowledge.ask.verify_lines`): the total answers a question asking the whole budget, never the first chapter."""

from __future__ import annotations

import pytest

from knowledge.ask.parse import parse_question
from knowledge.ask.verify_lines import LineCheck, a_line_of_measures
from knowledge.engine import Engine
from knowledge.models import Fact
from knowledge.question import parse
from knowledge.snapshot import build_knowledge_base

BUDGET = """---
title: "Spain: the defence budget by service"
published: 2024-02-10
---

# Spain: the defence budget by service

Amounts are written the Spanish way: 7 394,9 M€ is seven thousand three hundred and ninety-four point nine million
euros, and 5,5% five point five per cent.

**Table 1 – Defence budget by service (M€)**

| Service | PGE 2023 | PGE 2024 | Var. % |
|---|---|---|---|
| Army | 3 512,4 | 3 701,9 | 5,4 |
| Navy | 1 840,2 | 1 902,7 | 3,4 |
| Air Force | 1 655,0 | 1 790,3 | 8,2 |
| Total | 7 007,6 | 7 394,9 | 5,5 |
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("documents")
    (folder / "budget.md").write_text(BUDGET, encoding="utf-8")
    return Engine(build_knowledge_base(folder))


def _lines(engine: Engine) -> dict[tuple[str, float], Fact]:
    return {
        (fact.citation.row_label or "", fact.value): fact
        for fact in engine.kb.facts
        if fact.value is not None and a_line_of_measures(fact)
    }


def _unasked(engine: Engine, question: str, row: str, value: float) -> list[str]:
    asked = parse_question(parse(question, engine.vocabulary, {}))
    return LineCheck(engine.kb.facts).unasked(asked, [_lines(engine)[row, value]])


def test_a_line_not_named_by_the_question_does_not_answer_the_whole(engine: Engine) -> None:
    assert _unasked(engine, "By what percentage did Spain's defence budget grow in 2024?", "Army", 5.4)
    assert _unasked(engine, "How much did Spain budget for defence in 2024?", "Army", 3701.9)


def test_the_line_named_answers(engine: Engine) -> None:
    assert _unasked(engine, "How much did the Spanish Navy get in 2024?", "Navy", 1902.7) == []
    assert _unasked(engine, "How fast is the Air Force budget growing in 2024?", "Air Force", 8.2) == []


def test_the_total_line_is_the_whole(engine: Engine) -> None:
    assert _unasked(engine, "By what percentage did Spain's defence budget grow in 2024?", "Total", 5.5) == []


def test_the_engine_gives_no_line_for_the_whole_and_the_line_asked(engine: Engine) -> None:
    whole = engine.ask("By what percentage did Spain's defence budget grow in 2024?")
    assert not {5.4, 3.4, 8.2} & set(whole.values)
    assert 1902.7 in engine.ask("How much did the Spanish Navy get in 2024?").values
