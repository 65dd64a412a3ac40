"""A paragraph whose bold run-in heading names a company is about that company: its figures naming no one are the
company's, and a summary table of the companies named so has a row per company (`knowledge.run_in_names`)."""

from __future__ import annotations

import pytest

from knowledge.models import Fact
from knowledge.named_things import NamedThings
from knowledge.run_in_names import run_in_name

NOTE = """# Nordic Defence — Sector Note

**Harbourline Research | 2 June 2025**

## Company snapshots

**Vestmark (Buy, target price €410).** Sales rose 14% year on year to €3.40bn. The group's backlog reached €9.1bn
at year-end. Management guides for sales growth of 10–12% in 2025. We see more orders from Danish customers. The
second plant opens next year. Hiring is on track. Last close: €372.

**Kalmvik (Hold, target price €88).** Revenue reached EUR 1,120m, up 9%. Last close: €80.50.

## Summary

```
Company      FY24 sales   Growth   Backlog   Target price
Vestmark     €3.40bn      +14%     €9.1bn    €410
Kalmvik      €1.12bn      +9%      ~€2bn     €88
```

- **Valuation.** The sector trades at a premium; Denmark spent 2.4% of GDP on defence in 2024.
"""


@pytest.fixture(scope="module")
def note(build_note) -> list[Fact]:
    return build_note(NOTE, name="note.md", catalog='title = "Nordic Defence — Sector Note"\npublished = "2025-06-02"')


def subjects_of(facts: list[Fact], value: float) -> list[str]:
    return sorted({fact.subject for fact in facts if fact.value == value and fact.measure != "open:date"})


@pytest.mark.parametrize(
    ("value", "subject"),
    [
        (410, "Vestmark"),  # the target price in the run-in heading
        (14, "Vestmark"),
        (3.4, "Vestmark"),
        (9.1, "Vestmark"),  # 'the group' points back at it
        (12, "Vestmark"),  # 'Management guides …'
        (372, "Vestmark"),  # past a sentence naming a country but stating nothing, and sentences naming no one
        (88, "Kalmvik"),
        (1120, "Kalmvik"),
        (80.5, "Kalmvik"),
        (2.4, "Denmark"),  # a plain run-in label ('Valuation.') names no one
    ],
)
def test_a_run_in_heading_names_whom_its_paragraph_is_about(note: list[Fact], value: float, subject: str) -> None:
    assert subjects_of(note, value) == [subject]


def test_a_summary_table_of_the_companies_gives_each_row_its_company(note: list[Fact]) -> None:
    rows = {
        (fact.subject, fact.value, fact.currency, fact.scale)
        for fact in note
        if fact.citation.row_label in {"Vestmark", "Kalmvik"}
    }
    assert ("Vestmark", 3.4, "EUR", 1e9) in rows
    assert ("Kalmvik", 1.12, "EUR", 1e9) in rows
    assert ("Kalmvik", 2.0, "EUR", 1e9) in rows  # '~€2bn'
    assert ("Vestmark", 410.0, "EUR", None) in rows
    assert ("Kalmvik", 9.0, None, None) in rows
    about = [fact for fact in note if fact.citation.row_label == "Kalmvik" and fact.value == 2.0]
    assert [list(fact.qualifiers) for fact in about] == [["approximate"]]


@pytest.mark.parametrize(
    ("text", "proper", "name"),
    [
        ("**Vestmark (Buy, target price €410).** Sales rose 14%.", set(), "Vestmark"),
        ("- **Kalmvik Group (Hold).** Revenue reached EUR 1,120m.", set(), "Kalmvik Group"),
        ("**Vestmark.** Sales rose 14%.", {"vestmark"}, "Vestmark"),  # a name the document writes as one
        ("**Valuation.** The sector trades at a premium.", set(), None),  # a plain word, no name
        ("**Execution and capacity.** Order books are full.", set(), None),
        ("**Germany (2.1%).** Spending rose.", set(), None),  # an entity the list knows: read as any sentence
        ("**Mr Bakker (SP).** Chair, I want to know …", set(), None),  # a title: a person, not a thing
        ("**Vestmark (Buy):** Sales rose 14%.", set(), None),  # a label closed by a colon: a speaker's turn
    ],
)
def test_a_run_in_name_is_a_name_the_document_writes_as_one(text: str, proper: set[str], name: str | None) -> None:
    assert run_in_name(text, NamedThings(proper=frozenset(proper))) == name


def test_a_person_the_document_quotes_is_no_thing() -> None:
    assert run_in_name("**Ann Holm (CEO).** Sales rose 14%.", NamedThings(), {"Ann Holm": "CEO"}) is None
