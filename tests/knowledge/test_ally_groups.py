"""A group of allies named by what qualifies it ('the nine frontline allies') is not the alliance, and the countries
in brackets defining it ('(those bordering Russia, Belarus or Ukraine)') are not the subjects of its figures."""

from __future__ import annotations

import pytest

from knowledge.ally_groups import groups_of_allies
from knowledge.sentence import Context, SentenceReader


def names_in(sentence: str) -> list[tuple[str, bool]]:
    reader = SentenceReader(sentence, Context(), 2025)
    return [(mention.name, mention.aside) for mention in groups_of_allies(reader.mentions, reader.tokens)]


def test_a_qualified_group_of_allies_is_named_by_its_words() -> None:
    assert names_in("The eleven western core allies moved from 1.31% to 1.89%.") == [("western core allies", False)]


def test_the_countries_defining_a_group_are_asides() -> None:
    assert names_in("The nine frontline allies (those bordering Russia, Belarus or Ukraine) raised their burden.") == [
        ("frontline allies", False),
        ("Russia", True),
        ("Belarus", True),
        ("Ukraine", True),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Eight allies were still below 2% last year.",
        "All allies agreed to spend 5% of GDP by 2035.",
        "Other allies followed, with Poland (4.12%) in the lead.",
    ],
)
def test_allies_counted_or_determined_are_still_the_alliance(sentence: str) -> None:
    assert ("NATO Allies", False) in names_in(sentence)


def test_a_groups_averages_are_its_own(build_note) -> None:
    facts = build_note(
        "The nine frontline allies (those bordering Russia, Belarus or Ukraine) raised their average burden from "
        "1.29% of GDP in 2014 to 2.63% in 2024. The seven southern allies moved from 1.36% to 1.63%."
    )
    assert {fact.subject for fact in facts} <= {"frontline allies", "southern allies"}
    assert {(fact.value, fact.subject) for fact in facts} >= {
        (9, "frontline allies"),
        (1.29, "frontline allies"),
        (7, "southern allies"),
    }
