"""Markdown footnotes: a marker is no figure, and a note speaks of whom its citing sentence was about."""

from __future__ import annotations

import pytest

from knowledge.figures import FigureKind, find_figures, tokenize


@pytest.fixture(scope="module")
def build(build_note):
    return build_note


def test_a_footnote_marker_is_neither_a_word_nor_a_figure() -> None:
    tokens = tokenize("Twelve of the 30 members[^7] spent more in 2023[^8], up from 9.")
    assert [token.word for token in tokens][:6] == ["twelve", "of", "the", "30", "members", "spent"]
    assert [(figure.kind, figure.value) for figure in find_figures(tokens)] == [
        (FigureKind.COUNT, 12.0),
        (FigureKind.COUNT, 30.0),
        (FigureKind.YEAR, 2023.0),
        (FigureKind.COUNT, 9.0),
    ]


NOTES = (
    "# Northern allies\n\n"
    "Norway reached 2.2% of GDP in 2024, its budget approved in December 2023[^1]. Sweden reached 2.1% of GDP in"
    " 2024[^2]. Denmark reached 2.4% of GDP in 2024[^3].\n\n"
    "[^1]: Oslo's parliament voted on 14 December 2023 and called 2.5% of GDP an aim for the next decade.\n"
    "[^2]: The government in Stockholm announced the figure on 3 February 2025.\n"
    "[^3]: The ministry's statement to parliament, 5 February 2025.\n"
)


def test_a_footnote_naming_whom_its_citing_sentence_was_about_even_weakly_speaks_of_that_one(build) -> None:
    facts = build(NOTES, name="notes.md", every_fact=True)
    noted = {(fact.subject, fact.citation.quote[:5]) for fact in facts if fact.citation.quote.startswith("[^")}
    assert {("Norway", "[^1]:"), ("Sweden", "[^2]:")} <= noted
    assert ("Denmark", "[^3]:") not in noted  # a note naming no one of it is no one's by its citing sentence alone
    aim = [fact for fact in facts if fact.value == 2.5]
    assert [fact.subject for fact in aim] == ["Norway"]
