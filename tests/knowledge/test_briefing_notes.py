"""Terse briefing notes and slide-like cards: a year written short after an apostrophe ("'24") read whole."""

from __future__ import annotations

from knowledge.figures import tokenize
from knowledge.models import Document, DocumentKind, Fact
from knowledge.open_facts import extract_open_facts
from knowledge.readers.prose import read_prose

CARD = (
    "# CABINET NOTE — ALLIED SPENDING\n\n"
    "Note date: 3 Mar 2025\n\n"
    "## Aggregates\n"
    "- Nordic allies: $61bn '23 / +9% real\n"
    "- Alliance burden: 2.7% GDP '23\n"
)


def card_facts(text: str = CARD) -> list[Fact]:
    document = Document(id="card.md", title="Cabinet note", kind=DocumentKind.PROSE, sha256="0" * 64)
    return extract_open_facts(document, read_prose(text))


def test_a_year_written_short_after_an_apostrophe_is_read_whole() -> None:
    words = [token.text for token in tokenize("3 allies '14 → 19 allies '23 (est. Jun '23)")]
    assert words == ["3", "allies", "2014", "→", "19", "allies", "2023", "(", "est.", "Jun", "2023", ")"]


def test_a_quotation_or_a_decade_is_no_short_year() -> None:
    words = [token.text for token in tokenize("the '80s ended; 'item 24' stays")]
    assert "1980" not in words and "2024" not in words


def test_a_bullets_short_year_dates_its_figures() -> None:
    periods = {fact.value: fact.period for fact in card_facts()}
    assert periods[61.0] == "2023"
    assert periods[2.7] == "2023"
