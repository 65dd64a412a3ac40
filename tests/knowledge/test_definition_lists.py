"""Web pages turned into Markdown: a definition list of key figures, its terms over their figures or in bold
before them, and the labelled lists whose figures are percentages."""

from __future__ import annotations

import pytest

from knowledge.definition_lists import definition_lists
from knowledge.models import Fact

PAGE = """# Defence spending: where the Allies stand

## Key figures

Norway total defence expenditure, 2024 (estimate)
: US$ 12.5 billion

Denmark, 2024 (estimate)
: US$ 968 million

**Real increase, Denmark, 2024:** 17.9%

**Military personnel in Norway, 2024 (estimate):** 3.42 million

**Date of the estimates:** 18 June 2024

## Allies still below the guideline

Eight of the Allies are expected to remain below the guideline in 2024. The lowest shares are estimated for:

- Spain: 1.28%
- Slovenia: 1.29%
- Belgium: 1.30%
"""


@pytest.fixture(scope="module")
def facts(build_note) -> list[Fact]:
    return build_note(PAGE, name="page.md", catalog='title = "Defence spending"\npublished = "2024-06-18"')


def one(facts: list[Fact], value: float) -> Fact:
    found = [fact for fact in facts if fact.value == value]
    assert len(found) == 1, found
    return found[0]


def test_terms_over_their_figures_and_bold_terms_before_them_are_one_list() -> None:
    lists = definition_lists(PAGE)
    assert len(lists) == 1
    figures = [cells for _, _, cells in lists[0].rows]
    assert figures == [
        ["US$ 12.5 billion", "Norway total defence expenditure, 2024 (estimate)"],
        ["US$ 968 million", "Denmark, 2024 (estimate)"],
        ["17.9%", "Real increase, Denmark, 2024"],
        ["3.42 million", "Military personnel in Norway, 2024 (estimate)"],
    ]
    # the quote of a term over its figure is both lines
    assert lists[0].rows[0][1] == "Norway total defence expenditure, 2024 (estimate)\n: US$ 12.5 billion"


@pytest.mark.parametrize(
    "text",
    [
        "**Date of question:** 18 July 2024\n**Date of answer:** 10 September 2024\n",  # dates, read as sentences
        "**Allies meeting the guideline:** 23 of 32\n**Subject:** defence expenditure\n",  # no figure alone
        "**Budget, 2024:** EUR 7.9 billion\n\nA paragraph of prose follows.\n",  # one entry is no list
    ],
)
def test_values_that_are_no_figure_alone_make_no_list(text: str) -> None:
    assert definition_lists(text) == []


def test_each_key_figure_is_of_the_entity_and_year_its_term_names(facts: list[Fact]) -> None:
    spending = one(facts, 968)
    assert (spending.subject, spending.measure_kind, spending.period) == ("Denmark", "money", "2024")
    assert (spending.currency, spending.scale) == ("USD", 1e6)
    change = one(facts, 17.9)
    assert (change.subject, change.measure_kind, change.period) == ("Denmark", "change", "2024")


def test_a_headcount_in_millions_is_the_whole_number_of_people(facts: list[Fact]) -> None:
    personnel = one(facts, 3_420_000)
    assert (personnel.measure_kind, personnel.period) == ("count", "2024")


def test_a_percentage_under_a_lead_sentence_that_counts_is_no_count(facts: list[Fact]) -> None:
    # 'Eight of the Allies …' counts allies; '1.28%' is a percentage of something, never a count
    for value in (1.28, 1.29, 1.30):
        assert one(facts, value).measure_kind != "count"


def test_the_sentences_before_a_labelled_lists_lead_state_their_own_figures(facts: list[Fact]) -> None:
    # 'Eight of the Allies … in 2024. The lowest shares are estimated for:': the list's lead is its last sentence
    eight = one(facts, 8)
    assert (eight.measure_kind, eight.period) == ("count", "2024")
    assert eight.citation.quote == "Eight of the Allies are expected to remain below the guideline in 2024."
