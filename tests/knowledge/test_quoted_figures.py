"""A figure in a quotation naming no one (issue 9, hold-out docs 5) is what the speaker says, not a figure of the
speaker's country: of whom the document is about when one dominates it, else of no one."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.models import Fact
from knowledge.snapshot import build_knowledge_base


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory):
    def run(text: str, *, title: str = "Allies argue over the bill") -> list[Fact]:
        folder = tmp_path_factory.mktemp("docs")
        (folder / "note.txt").write_text(text, encoding="utf-8")
        entry = f'title = "{title}"\npublished = "2025-06-28"'
        (folder / "catalog.toml").write_text(f'["note.txt"]\n{entry}\n', encoding="utf-8")
        return [fact for fact in build_knowledge_base(Path(folder)).facts if fact.value is not None]

    return run


def test_a_quoted_figure_is_not_the_speaker_s_country_s(build) -> None:
    facts = build(
        'The Americans want more still. "Two per cent is not enough," US Defense Secretary Pete Hegseth told '
        'allies in Brussels in February. "President Trump has called for five per cent, and I agree."'
    )
    assert not [fact for fact in facts if fact.subject == "United States" and fact.value in (2, 5)]


def test_a_quoted_figure_naming_someone_is_theirs(build) -> None:
    facts = build('"Spain will meet its commitments with 2.1% of GDP," Pedro Sánchez said.')
    assert [fact.subject for fact in facts if fact.value == 2.1] == ["Spain"]


def test_a_figure_outside_the_quotation_keeps_its_subject(build) -> None:
    facts = build('"We are ready," US Defense Secretary Pete Hegseth said. The United States spent 3.38% of GDP.')
    assert [fact.subject for fact in facts if fact.value == 3.38] == ["United States"]
