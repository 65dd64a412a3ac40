"""A document's own abbreviation that the entity list reads as an entity's name (`knowledge.mentions`): 'the
Fiscal Responsibility Act of 2023 (FRA)' gives 'FRA' to the act, so the document's 'FRA' is never France; a bracket
restating an entity's own name ('the European Union (EU)') or naming a country by its code ('France (FRA)') stays
the entity's."""

from __future__ import annotations

import pytest

from knowledge.mentions import redefined_abbreviations
from knowledge.models import Fact


@pytest.mark.parametrize(
    ("text", "redefined"),
    [
        ("Spending is capped by the Fiscal Responsibility Act of 2023 (FRA). The FRA expires next year.", {"FRA"}),
        ("The Defence Equipment Upgrade (DEU; a ten-year plan) buys radars.", {"DEU"}),
        (
            "Funds flow through the Eastern Support Plan (ESP) and the Ukrainian Security Assistance (USA) line.",
            {"ESP", "USA"},
        ),
        ("The European Union (EU) and the Stockholm International Peace Research Institute (SIPRI) agree.", set()),
        ("France (FRA) and Germany (DEU) lead the table.", set()),
        ("The Organisation for Economic Co-operation and Development (OECD) projects growth.", set()),
        ("Estimates for Spain (ESP): 1.28%. Partner Outreach Line (POLE) funds.", set()),
    ],
)
def test_an_abbreviation_spelled_by_the_words_before_it_is_the_documents_own(text: str, redefined: set[str]) -> None:
    assert redefined_abbreviations(text) == redefined


NOTE = "\n\n".join(
    [
        "# Latvian air defence funding",
        "Under the Defence Equipment Upgrade (DEU), Latvia will spend EUR 1.6 billion on air defence in 2025.",
        "The DEU spends EUR 420 million on radars in 2025.",
        "Latvia's defence budget reaches 3.45% of GDP in 2025.",
    ]
)


@pytest.fixture(scope="module")
def note_facts(build_note) -> list[Fact]:
    return build_note(NOTE)


def test_a_figure_of_the_documents_own_abbreviation_is_not_the_country_of_that_code(note_facts: list[Fact]) -> None:
    """'The DEU spends EUR 420 million': the upgrade's money, never Germany's (an abstention at worst)."""
    assert "Germany" not in {fact.subject for fact in note_facts if fact.value == 420}


def test_the_country_a_sentence_names_beside_the_definition_keeps_its_figure(note_facts: list[Fact]) -> None:
    assert {fact.subject for fact in note_facts if fact.value == 1.6} == {"Latvia"}
