"""How an answer words a fact: a target is said to be whose it is, and a Markdown document's own emphasis does not
show as stray asterisks around the answer's bold figures (issue 9: statements true to the source)."""

from __future__ import annotations

from knowledge import phrasing
from knowledge.measures import MeasureRole, measure_in_role
from knowledge.models import Citation, Document, DocumentKind, Fact, Unit

GOAL = measure_in_role(MeasureRole.GOAL)


def _target(subject: str, *qualifiers: str) -> Fact:
    quote = "Riga has committed to reaching 5% of GDP in 2026."
    return Fact(
        id="t",
        subject=subject,
        measure=GOAL,
        value=5.0,
        unit=Unit.PERCENT_OF_GDP,
        period="2026",
        qualifiers=qualifiers,
        recognised=True,
        citation=Citation(document="note.md", locator="paragraph 1, sentence 1", quote=quote),
    )


def test_an_ally_s_own_target_is_said_to_be_its_own() -> None:
    assert phrasing.statement(_target("Latvia", "agreed")).startswith("Latvia committed to spend **5% of GDP**")
    assert phrasing.statement(_target("United Kingdom")).startswith("United Kingdom's target is to spend")
    assert phrasing.statement(_target("NATO Allies", "agreed")).startswith("Allies committed to spend")
    assert phrasing.statement(_target("NATO Allies", "current")).startswith("The current target is to spend")


def _document(name: str) -> Document:
    return Document(id=name, title="Dispatch", kind=DocumentKind.PROSE, sha256="0" * 64)


def test_a_markdown_document_s_emphasis_is_its_formatting_not_its_words() -> None:
    quote = "The same package created a **€500 billion** infrastructure fund spread over **12 years**."
    assert phrasing.shown_quote(quote, _document("dispatch.md")) == (
        "The same package created a €500 billion infrastructure fund spread over 12 years."
    )
    assert phrasing.shown_quote("- **Fund:** _about_ €7.95 billion", _document("d.md")) == "- Fund: about €7.95 billion"


def test_asterisks_and_underscores_inside_words_or_in_plain_text_stay() -> None:
    assert phrasing.shown_quote("the snake_case name and 2*3", _document("d.md")) == "the snake_case name and 2*3"
    assert phrasing.shown_quote("**not markdown**", _document("d.txt")) == "**not markdown**"


def test_a_tab_separated_row_shows_its_cells_apart() -> None:
    row = "Art. 2 Royal Netherlands Navy\t1,284\t1,407\t1,496"
    assert phrasing.shown_quote(row, _document("brief.txt")) == "Art. 2 Royal Netherlands Navy | 1,284 | 1,407 | 1,496"
