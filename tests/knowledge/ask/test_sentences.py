"""Questions a sentence answers in words: found by their rare words, every word accounted for, quoted verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.snapshot import build_knowledge_base

NOTE = """---
title: The Hague Summit 2025 — the new defence investment pledge
published: 2025-06-25
---

# The new defence investment pledge

At their summit in The Hague on 25 June 2025, NATO Allies committed to invest 5% of GDP each year on defence by 2035.

Each Ally submits an annual plan showing a credible, incremental path towards the target.

The 5% pledge replaces the 2% of GDP guideline that Allies agreed at the Wales Summit in 2014.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = Path(tmp_path_factory.mktemp("documents"))
    (folder / "hague.md").write_text(NOTE, encoding="utf-8")
    return Engine(build_knowledge_base(folder))


def test_a_question_in_words_is_answered_by_the_sentence_verbatim(engine: Engine) -> None:
    answer = engine.ask("which city hosted the 2025 nato summit")
    assert answer.answered and answer.answer.startswith("“At their summit in The Hague")
    assert answer.facts and all(fact.citation.quote == answer.citations[0].quote for fact in answer.facts)


def test_a_sentence_no_fact_was_extracted_from_is_not_an_answer(engine: Engine) -> None:
    """Answers cite extracted facts: a sentence stating no figure, no speaker and no date is not one."""
    assert not engine.ask("what does each ally have to submit every year?").answered


def test_which_city_is_answered_by_the_sentence_naming_it(engine: Engine) -> None:
    answer = engine.ask("which city hosted the 2025 nato summit")
    assert answer.answered and "The Hague" in answer.answer


def test_every_word_must_be_accounted_for(engine: Engine) -> None:
    assert not engine.ask("who was nato secretary general before rutte?").answered
    assert not engine.ask("what does each ally have to pay for tanks?").answered


def test_a_question_asking_a_figure_is_left_to_the_figures(engine: Engine) -> None:
    answer = engine.ask("what did allies agree to spend at the hague summit")
    assert 5.0 in answer.values
