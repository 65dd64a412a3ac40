"""A plain-text table's cells marked by a letter in brackets ('35.0(a)') keep their number, and the notes under the
table ('Notes: (a) estimate; (b) includes pensions …') qualify the cells they mark rather than state facts of their
own (`knowledge.prose_tables`, `knowledge.readers.prose`)."""

from __future__ import annotations

import pytest

from knowledge.models import Fact

APPENDIX = "\n".join(
    [
        "APPENDIX B - DEFENCE EXPENDITURE INDICATORS, SELECTED NATO ALLIES, 2014 AND 2024",
        "",
        "Table B.1 Defence expenditure indicators, 2024",
        "",
        "Country\tDefence expenditure 2024 (USD bn, current prices)\tDefence expenditure/GDP 2024 (%)",
        "Germany\t97.7\t2.12",
        "France\t64.3(b)\t2.06",
        "Poland\t35.0(a)\t4.12",
        "Canada\t30.5(c)\t1.37",
        "NATO total (32 allies)\t1474.4(a)\t2.71",
        "",
        "Notes: (a) estimate; (b) includes pensions paid to retired military personnel; (c) fiscal year April 2024 to "
        "March 2025.",
        "Source: NATO, Defence Expenditure of NATO Countries (2014-2024), 17 June 2024; Institute calculations.",
        "",
    ]
)


@pytest.fixture(scope="module")
def appendix(build_note) -> list[Fact]:
    catalog = (
        'title = "Appendix B: Defence expenditure indicators, selected NATO allies, 2014 and 2024"\n'
        'publisher = "Policy Institute"\npublished = "2025-02-14"\nperiod = "2014-2024"'
    )
    return build_note(APPENDIX, name="appendix.txt", catalog=catalog, every_fact=True)


@pytest.mark.parametrize(("subject", "value"), [("France", 64.3), ("Poland", 35.0), ("Canada", 30.5)])
def test_a_cell_marked_by_a_letter_keeps_its_number(appendix: list[Fact], subject: str, value: float) -> None:
    amounts = [fact for fact in appendix if fact.subject == subject and fact.scale == 1e9]
    assert [(fact.value, fact.currency, fact.period) for fact in amounts] == [(value, "USD", "2024")]


def test_a_cell_its_letter_marks_as_an_estimate_is_one(appendix: list[Fact]) -> None:
    estimated = {fact.subject for fact in appendix if "estimate" in fact.qualifiers}
    assert estimated == {"Poland", "NATO Allies"}


def test_the_notes_under_a_table_state_no_facts(appendix: list[Fact]) -> None:
    assert not [fact for fact in appendix if fact.citation.quote.startswith("Notes:")]
