"""A speaker's words split around the attribution ('"…," X told reporters. "…"') are one statement of both
sentences: asked what the speaker said, the answer quotes all of it, cited to both sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.models import Fact
from knowledge.snapshot import build_knowledge_base

BRIEFING = """# Minister outlines procurement priorities

Defence Minister Boris Pistorius spoke in Berlin on Tuesday about the armed forces' equipment plans.

"Germany must double its ammunition production within two years," Pistorius told reporters in Berlin. "Anything \
less would leave our soldiers without the reserves they need."

"Nothing in the plan is optional," Pistorius said.

"Every contract has a delivery date."

"Our suppliers have already signed the framework contracts," Pistorius added. "Industry will deliver the first \
lots in the spring," Pistorius said.
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("briefing")
    (path / "briefing.md").write_text(BRIEFING, encoding="utf-8")
    (path / "catalog.toml").write_text(
        '["briefing.md"]\ntitle = "Minister outlines procurement priorities"\npublished = "2025-03-04"\n',
        encoding="utf-8",
    )
    return path


def said(folder: Path) -> list[Fact]:
    return [fact for fact in build_knowledge_base(folder).facts if fact.measure_kind == "said"]


def test_a_quotation_going_on_after_its_attribution_is_one_statement_of_both_sentences(folder: Path) -> None:
    statements = {fact.citation.locator: fact.text or "" for fact in said(folder)}
    both = statements["paragraph 2, sentences 1–2"]
    assert "double its ammunition production" in both
    assert "Anything less would leave our soldiers without the reserves they need" in both
    assert "paragraph 2, sentence 1" not in statements
    assert "paragraph 2, sentence 2" not in statements


def test_a_quotation_with_its_own_attribution_or_in_another_paragraph_stands_alone(folder: Path) -> None:
    locators = {fact.citation.locator for fact in said(folder)}
    assert "paragraph 3, sentence 1" in locators  # the next paragraph's quotation carries on nothing of it
    assert not any(locator.startswith("paragraph 3, sentences") for locator in locators)
    assert {"paragraph 5, sentence 1", "paragraph 5, sentence 2"} <= locators  # each attributed on its own


def test_asked_what_the_speaker_said_the_answer_quotes_both_pieces(folder: Path) -> None:
    answer = Engine(build_knowledge_base(folder)).ask("What did Pistorius say Germany must do? Quote him exactly")
    assert answer.answered
    assert "double its ammunition production" in answer.answer
    assert "without the reserves they need" in answer.answer
    assert "sentences 1–2" in answer.answer
