"""A ranked list's numbers are places in the ranking (`knowledge.ranked_lists`): '1. **Poland — 4.12% of GDP.**'
under 'Here is the top ten for 2024' places Poland first in 2024; a numbered list no line calls a ranking places no
one."""

from __future__ import annotations

import pytest

from knowledge.models import Fact

COLUMN = "\n\n".join(
    [
        "# Who spends most? Our league table",
        "Our ranking of the biggest spenders in 2023, by share of GDP:",
        "1. **Greece — 3.01%.** Ranked 2nd a year ago.",
        "2. **Estonia — 2.73% of GDP.** Up from 4th.",
        "3. **Lithuania — 2.54%.** Slips one place.",
        "4. **Finland — 2.45%.** Its first year as a member.",
    ]
)

PLAIN = "\n\n".join(
    [
        "# Spending notes",
        "The ministers' notes for 2023 read as follows:",
        "1. Greece: 3.01% of GDP in 2023.",
        "2. Estonia: 2.73% of GDP in 2023.",
        "3. Lithuania: 2.54% of GDP in 2023.",
    ]
)


def ranks(facts: list[Fact]) -> dict[str, set[tuple[float, str | None]]]:
    found: dict[str, set[tuple[float, str | None]]] = {}
    for fact in facts:
        if fact.measure == "open:rank":
            found.setdefault(fact.subject, set()).add((fact.value, fact.period))
    return found


@pytest.fixture(scope="module")
def column(build_note) -> list[Fact]:
    return build_note(COLUMN)


@pytest.mark.parametrize(("subject", "place"), [("Greece", 1), ("Estonia", 2), ("Lithuania", 3), ("Finland", 4)])
def test_each_items_number_is_its_place_in_the_year_the_introduction_names(
    column: list[Fact], subject: str, place: int
) -> None:
    assert (place, "2023") in ranks(column)[subject]


def test_another_place_an_item_seems_to_give_for_that_year_is_not_kept(column: list[Fact]) -> None:
    """'Ranked 2nd a year ago' is no second place in the list's own year."""
    assert (2.0, "2023") not in ranks(column).get("Greece", set())


@pytest.mark.parametrize(("subject", "place"), [("Greece", 2), ("Estonia", 4)])
def test_a_place_an_item_gives_from_the_year_before_is_that_years(column: list[Fact], subject: str, place: int) -> None:
    """'Ranked 2nd a year ago', 'Up from 4th': the entity's place in the table of the year before the list's."""
    assert (place, "2022") in ranks(column)[subject]


def test_a_place_of_another_kind_in_an_item_is_no_earlier_place(column: list[Fact]) -> None:
    """'Slips one place': no ordinal, no earlier place."""
    assert ranks(column)["Lithuania"] == {(3.0, "2023")}


def test_the_items_figures_are_read_as_well(column: list[Fact]) -> None:
    shares = {(fact.subject, fact.value) for fact in column if fact.measure == "open:share_of_gdp"}
    assert {("Greece", 3.01), ("Estonia", 2.73), ("Lithuania", 2.54)} <= shares


def test_a_numbered_list_no_line_calls_a_ranking_places_no_one(build_note) -> None:
    assert ranks(build_note(PLAIN)) == {}
