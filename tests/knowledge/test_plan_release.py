"""A government's release on a multi-year plan (`knowledge.open_facts`, `knowledge.open_sections`): its publisher
names the country its sentences naming no one speak of, 'over the period' is the span of years its title names, and a
list's items are of the period their introduction spoke of, not of the year the release was published."""

from __future__ import annotations

import pytest

from knowledge.models import Fact
from knowledge.open_speech import publishers_country

RELEASE = "\n\n".join(
    [
        "# The programming law is promulgated",
        "*Paris, 2 August 2023*",
        "The law was promulgated on 1 August 2023. It sets the resources of the armed forces. France will meet the "
        "NATO benchmark of 2 % of GDP from 2025, and No French government has committed to more since 1990.",
        "## Money",
        "The previous law, covering 2019–2025, provided €295 billion. The 2024 budget is 7,5 % higher than the "
        "43,9 Md€ voted for 2023. Over the period, appropriations grow by 6,3 % a year on average.",
        "## Priorities",
        "Its main investments over the period are:",
        "- **Munitions**: 16 Md€, to rebuild stocks;\n- **Space**: 6 Md€;\n- **Cyber defence**: 4 Md€.",
    ]
)
CATALOG = (
    'title = "Military programming law 2024–2030: €413 billion for the armed forces"\n'
    'publisher = "Ministry for the Armed Forces (France), press office"\npublished = "2023-08-02"'
)


@pytest.fixture(scope="module")
def release(build_note) -> list[Fact]:
    return build_note(RELEASE, name="lpm.md", catalog=CATALOG)


def test_a_release_its_publisher_says_is_one_countrys_states_that_countrys_figures(release: list[Fact]) -> None:
    by_value = {fact.value: fact for fact in release if fact.measure != "open:date"}
    assert {295, 7.5, 43.9, 6.3, 16, 6, 4} <= set(by_value)
    assert {by_value[value].subject for value in (295, 7.5, 43.9, 6.3, 16, 6, 4)} == {"France"}


def test_over_the_period_is_the_span_of_years_the_title_names(release: list[Fact]) -> None:
    (growth,) = [fact for fact in release if fact.value == 6.3]
    assert growth.period == "2024-2030"


def test_a_lists_items_are_of_the_period_their_introduction_spoke_of(release: list[Fact]) -> None:
    items = [fact for fact in release if fact.value in (16, 6, 4) and fact.scale == 1e9]
    assert len(items) == 3
    assert {fact.period for fact in items} == {"2024-2030"}


def test_a_publisher_naming_a_place_of_a_document_about_no_one_country_makes_it_no_ones(build_note) -> None:
    publisher = "Northern Flank Defence Ministers (Tallinn meeting)"
    catalog = f'title = "Communiqué"\npublisher = "{publisher}"\npublished = "2025-06-01"'
    text = "# Money\n\nAcross our eight nations, defence expenditure is expected to average 3.43% of GDP in 2025.\n"
    assert not [fact for fact in build_note(text, name="c.md", catalog=catalog) if fact.subject == "Estonia"]


def test_a_publisher_naming_no_country_leaves_a_sentence_naming_no_one_unread(build_note) -> None:
    catalog = 'title = "Programming law 2024–2030"\npublisher = "Ledger Weekly"\npublished = "2023-08-02"'
    text = "# Money\n\nThe previous law, covering 2019–2025, provided €295 billion.\n"
    assert not [fact for fact in build_note(text, name="law.md", catalog=catalog) if fact.value == 295]


@pytest.mark.parametrize(
    ("publisher", "country"),
    [
        ("Ministry for the Armed Forces (France), press office", "France"),
        ("Norwegian Ministry of Defence", "Norway"),
        ("Northern Flank Defence Ministers (Tallinn meeting)", None),
        ("The Ledger Check", None),
    ],
)
def test_a_publisher_names_a_country_by_a_name_of_its_own(publisher: str, country: str | None) -> None:
    assert publishers_country(publisher) == country
