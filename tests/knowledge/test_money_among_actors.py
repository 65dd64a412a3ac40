"""Money in a sentence of several amounts and actors (`knowledge.sentence_subjects`, `knowledge.sentence_kinds`): an
amount 'spent by' someone is theirs, not that of the one named before it, and no bound of the figure compared with
it."""

from __future__ import annotations

import pytest

from knowledge.models import Fact

NOTE = "\n\n".join(
    [
        "# Who spends what",
        "Adjusted for purchasing power, the IISS put Russia's 2024 spending at $461.6 billion in PPP terms, above the "
        "$457 billion spent by all European countries combined.",
        "Spain ranked last in the alliance in 2024, at 1.28% of GDP. On 22 April 2025 the government approved a plan "
        "worth €10,471 million to close the gap within the year.",
        "Germany broke with the past, as it did with the €100 billion special fund Olaf Scholz announced on 27 "
        "February 2022, days after the invasion.",
    ]
)


@pytest.fixture(scope="module")
def note(build_note) -> list[Fact]:
    return build_note(NOTE, name="note.md", published="2025-07-03")


def by_value(facts: list[Fact], value: float) -> Fact:
    (fact,) = [fact for fact in facts if fact.value == value and fact.measure != "open:date"]
    return fact


def test_an_amount_spent_by_someone_is_theirs_not_the_one_it_is_compared_with(note: list[Fact]) -> None:
    assert by_value(note, 461.6).subject == "Russia"
    europe = by_value(note, 457)
    assert (europe.subject, europe.period) == ("Europe", "2024")
    assert "minimum" not in europe.qualifiers


def test_a_year_after_on_alone_is_still_compared_with(build_note) -> None:
    facts = build_note("# Poland\n\nPoland's spending rose 6% on 2023 to PLN 159 billion in 2024.\n", name="pl.md")
    assert by_value(facts, 6).period == "2024"
