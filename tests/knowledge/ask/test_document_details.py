"""A document's own details asked ('who published the Baltic policing note?', 'how should I cite the briefing?'):
its catalog entry's title, publisher, date and address, cited to the entry; the kind of source may have words of its
topic between 'the' and its noun ('the air policing note'), which tell which document is meant."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.ask.published import CATALOG_LOCATOR
from knowledge.engine import Engine
from knowledge.snapshot import build_knowledge_base

NOTE = """# Baltic air policing after 2024

Allied fighter jets have guarded the airspace of Estonia, Latvia and Lithuania since 2004. In 2024 the mission \
flew from two bases, and the annual report of the alliance listed 300 scrambles.
"""

INTERVIEW = """# Interview: the reserve question

The minister said conscription would stay at 12 months. The annual report counted 21,000 reservists in 2024.
"""

CATALOG = """["air-policing.md"]
title = "Baltic air policing after 2024"
publisher = "Nordic Security Institute"
published = "2025-09-12"
url = "https://example.org/notes/baltic-air-policing"

["reserve-interview.md"]
title = "Interview: the reserve question"
publisher = "Harbour Radio"
published = "2025-02"
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("details")
    (folder / "air-policing.md").write_text(NOTE, encoding="utf-8")
    (folder / "reserve-interview.md").write_text(INTERVIEW, encoding="utf-8")
    (folder / "catalog.toml").write_text(CATALOG, encoding="utf-8")
    return Engine(build_knowledge_base(folder))


@pytest.mark.parametrize(
    "question",
    [
        "who published the baltic air policing note?",
        "Who put out the air policing note, and when?",
        "I have to cite the Baltic note in my essay. Who published it and when?",
        "how should I cite the air policing note?",
    ],
)
def test_a_notes_publisher_and_reference_are_its_catalog_entrys(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.answer
    assert "Nordic Security Institute" in answer.answer and "12 September 2025" in answer.answer
    assert "https://example.org/notes/baltic-air-policing" in answer.answer
    assert [citation.locator for citation in answer.citations] == [CATALOG_LOCATOR]
    assert answer.citations[0].document == "air-policing.md"


def test_a_notes_date_asked_with_its_topic_before_the_noun_is_its_catalogs(engine: Engine) -> None:
    answer = engine.ask("when was the baltic air policing note published?")
    assert answer.answered and "12 September 2025" in answer.answer
    assert answer.citations[0].locator == CATALOG_LOCATOR


def test_an_interviews_reference_is_its_own_entry(engine: Engine) -> None:
    answer = engine.ask("what's the full citation for the interview?")
    assert answer.answered and "Harbour Radio" in answer.answer and "February 2025" in answer.answer
    assert answer.citations[0].document == "reserve-interview.md"


def test_a_source_the_documents_report_on_or_what_they_cite_is_no_catalog_entry(engine: Engine) -> None:
    # both documents' texts name 'the annual report': a thing they report on, which no catalog entry describes
    for question in ("who published the annual report?", "which figures does the note cite?"):
        answer = engine.ask(question)
        assert CATALOG_LOCATOR not in {citation.locator for citation in answer.citations}, question
