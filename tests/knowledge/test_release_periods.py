"""A release's undated figures told in the present are of its dateline's year, not of a year its title plans for."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def build(build_note):
    return build_note


RELEASE = (
    "RIGA, 4 February 2025 — The Cabinet has approved a plan to lift Latvia's defence budget to at least 4% of GDP"
    " from 2027.\n\n"
    "The National Armed Forces already operate 12 rocket launchers, and the wartime structure is 31,000"
    " personnel.\n"
)


def test_a_title_s_year_a_plan_starts_from_is_not_the_year_its_present_figures_are_of(build) -> None:
    facts = build(
        RELEASE,
        name="release.txt",
        catalog='title = "Latvia to raise defence spending to at least 4% of GDP from 2027"\npublished = "2025-02-04"',
    )
    periods = {fact.value: fact.period for fact in facts}
    assert periods[12.0] == "2025"
    assert periods[31000.0] == "2025"
    assert periods[4.0] == "2027"


def test_a_title_naming_the_year_it_is_about_still_dates_its_figures(build) -> None:
    facts = build(
        "The National Armed Forces operate 12 rocket launchers.\n",
        name="budget.txt",
        catalog='title = "Latvia\'s defence budget for 2026"\npublished = "2025-02-04"',
    )
    assert [fact.period for fact in facts if fact.value == 12.0] == ["2026"]


def test_a_figure_held_every_year_until_or_since_a_year_is_of_the_span_to_or_from_the_document_s_year(build) -> None:
    facts = build(
        "Latvia will keep giving Ukraine aid worth 0.2% of its GDP every year until 2028. Latvia has spent at least"
        " 2% of GDP on defence each year since 2018. Aid to Moldova: 0.1% of GDP a year until 2026.\n",
        published="2025-02-04",
    )
    periods = {fact.value: (fact.period, "deadline" in fact.qualifiers) for fact in facts}
    assert periods[0.2] == ("2025-2028", False)
    assert periods[2.0][0] == "2018-2025"
    assert periods[0.1] == ("2025-2026", False)


def test_a_deadline_with_no_recurrence_keeps_its_one_year(build) -> None:
    facts = build("Latvia will raise spending to 4% of GDP until 2028.\n", published="2025-02-04")
    assert [fact.period for fact in facts if fact.value == 4.0] != ["2025-2028"]
