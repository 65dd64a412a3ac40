"""The acronyms a statement spells out: a question typing 'the ERA scheme' or 'the NAO' is accounted for by the
sentence that names the Extraordinary Revenue Acceleration scheme or the National Audit Office in full."""

from __future__ import annotations

import pytest

from knowledge.ask.verify_evidence import proper_names

NOTES = """# Support notes

Published 12 March 2025.

## Lending

- the UK is lending Ukraine £3.1 billion under the G7 Immobilised Asset Proceeds scheme, to be repaid from the profits \
of immobilised assets.

## Audit

The Public Accounts Committee reported in January 2025 that the Equipment Plan was short by £7.3 billion.
"""


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How big is the IAP loan to Ukraine?", 3.1),
        ("How much is the UK lending Ukraine under the IAP scheme?", 3.1),
        ("By how much did the PAC say the Equipment Plan was short?", 7.3),
    ],
)
def test_an_acronym_is_accounted_by_the_name_it_spells(engine_of_text, question, value):
    answer = engine_of_text("notes.md", NOTES).ask(question)
    assert answer.answered and value in answer.values


def test_an_acronym_the_sentence_does_not_spell_is_not(engine_of_text):
    assert not engine_of_text("notes.md", NOTES).ask("How big is the ERA loan to Ukraine?").answered


@pytest.mark.parametrize(
    ("text", "spelt"),
    [
        ("under the G7 Extraordinary Revenue Acceleration scheme", {"era"}),
        ("the Ministry of Defence", {"mod"}),
        ("The National Audit Office", {"nao", "tnao", "tna"}),
        ("On 16 December 2024 the Department agreed", set()),
        ("Prime Minister", set()),  # two letters are too often a word
    ],
)
def test_the_initials_a_text_spells(text, spelt):
    from knowledge.ask.verify_evidence import initials  # noqa: PLC0415 - a name only this change brings

    assert initials(text) == spelt


def test_a_common_word_opening_a_sentence_is_no_name_carried() -> None:
    """'Sales rose 36% …' before 'The group's backlog hit €55.0bn': 'Sales' is capitalised because it opens its
    sentence, never a name the paragraph carries to the backlog's sentence (which would account for 'sales' asked).
    A country, an acronym, an uncommon word or a word the text capitalises inside a sentence stays a name."""
    text = "Sales rose 36% to €9.75bn. Poland spent more. The SAFE loans grew. Rheinmetall said so. Orders rose."
    assert {"poland", "safe", "rheinmetall"} <= proper_names(text)
    assert "sales" not in proper_names(text) and "orders" not in proper_names(text)
    assert "group" in proper_names("Group sales were up. The Group said so.")


def test_a_row_of_a_documents_table_accounts_for_the_table_asked(engine_of_text) -> None:
    text = (
        "# Burden sharing\n\nPublished 1 May 2025.\n\n"
        "| Ally | Spending | % of GDP |\n|---|---|---|\n| United Kingdom | 82.1 | 2.33 |\n"
    )
    answer = engine_of_text("paper.md", text).ask("What is the UK's share of GDP in the burden-sharing table?")
    assert 2.33 in answer.values
