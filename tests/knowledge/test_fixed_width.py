"""Fixed-width tables of plain text: columns aligned by spaces under a header of several lines, thousands grouped by
a space, note letters on cells, a column of currency codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.extraction_eval import Annotation, matches
from knowledge.fixed_width import letter_notes, read_table, table_regions
from knowledge.models import Fact, Unit
from knowledge.snapshot import build_knowledge_base

ANNEX = """Statistical annex

Symbols: x, y = see notes; e = estimate; .. = not available.

Table A.3  Armed forces, selected countries
------------------------------------------------------------------------
Name            Unit     Budget 2023e     Burden (% GDP)    Personnel
                         (NC million)     2015    2023e     2023 ('000)
------------------------------------------------------------------------
Sweden          SEK     119 420 x        1.08    1.54 x        24.9
Czechia         CZK     113 811          0.97    1.52          27.3 e
Netherlands     EUR      16 543          1.13    1.64 y       ..
Hungary         HUF   1 245 003 e        0.88    1.86           1 021.4
------------------------------------------------------------------------
Notes
x  Includes pensions paid from the civil budget.
y  Includes the contribution to the joint fund, which is estimated to reach EUR 2 billion in 2030.
e  Estimate.
"""


def test_the_columns_are_where_every_row_leaves_two_blanks_and_the_header_lines_over_them_name_them() -> None:
    ((start, end),) = table_regions(ANNEX)
    table = read_table(ANNEX, start, end)
    assert table is not None
    assert table.header == [
        "Name",
        "Unit",
        "Budget 2023e (NC million)",
        "Burden (% GDP) 2015",
        "Burden (% GDP) 2023e",
        "Personnel 2023 ('000)",
    ]
    cells = {cells[0]: cells for _, _, cells in table.rows}
    assert cells["Hungary"] == ["Hungary", "HUF", "1 245 003", "0.88", "1.86", "1 021.4"]
    assert cells["Netherlands"][-1] == ""  # '..': not available
    marks = {row[2][0]: row_marks for row, row_marks in zip(table.rows, table.marks, strict=True)}
    assert marks["Sweden"][2] == ("x",) and marks["Czechia"][-1] == ("e",)


def test_a_letter_s_note_is_its_line_under_the_table_else_its_symbol_above() -> None:
    ((start, end),) = table_regions(ANNEX)
    notes = letter_notes(ANNEX, start, end)
    assert notes["e"] == "Estimate."
    assert notes["x"].startswith("Includes pensions")


@pytest.fixture(scope="module")
def annex_facts(tmp_path_factory: pytest.TempPathFactory) -> list[Fact]:
    folder = tmp_path_factory.mktemp("docs")
    (folder / "annex.txt").write_text(ANNEX, encoding="utf-8")
    (folder / "catalog.toml").write_text('["annex.txt"]\ntitle = "Annex"\npublished = "2024-06-01"\n')
    return [fact for fact in build_knowledge_base(folder).facts if fact.citation.column_label]


def _cell(facts: list[Fact], subject: str, value: float) -> Fact:
    return next(fact for fact in facts if fact.subject == subject and fact.value == value)


def test_each_cell_is_a_fact_of_its_row_by_its_column_s_measure_year_and_unit(annex_facts: list[Fact]) -> None:
    budget = _cell(annex_facts, "Hungary", 1245003)
    assert (budget.unit, budget.currency, budget.scale, budget.period) == (Unit.MONEY, "HUF", 1e6, "2023")
    share = _cell(annex_facts, "Sweden", 1.08)
    assert (share.measure_kind, share.period) == ("share_of_gdp", "2015")
    assert _cell(annex_facts, "Sweden", 1.54).period == "2023"


def test_a_headcount_in_thousands_is_a_count_at_that_scale(annex_facts: list[Fact]) -> None:
    personnel = _cell(annex_facts, "Hungary", 1021.4)
    assert (personnel.unit, personnel.scale, personnel.period) == (Unit.COUNT, 1e3, "2023")


def test_a_cell_marked_by_the_letter_of_an_estimate_is_an_estimate(annex_facts: list[Fact]) -> None:
    assert _cell(annex_facts, "Czechia", 27.3).estimate
    assert not _cell(annex_facts, "Sweden", 24.9).estimate
    # note y's later clause ('estimated to reach …') says nothing of the cells it marks
    assert not _cell(annex_facts, "Netherlands", 1.13).estimate


def test_a_headcount_annotated_in_thousands_matches_the_cell_at_its_scale(annex_facts: list[Fact]) -> None:
    personnel = _cell(annex_facts, "Hungary", 1021.4)
    annotation = Annotation(
        subject="Hungary",
        measure="military personnel",
        kind="count",
        value=1021.4,
        unit="thousand",
        period="2023",
        quote="Hungary HUF 1 245 003 e 0.88 1.86 1 021.4",
    )
    assert matches(annotation, personnel)


def test_a_single_line_caption_over_rows_is_no_header(tmp_path: Path) -> None:
    text = "Spending by country and year, all figures in percent\nPoland   4.1   4.7\nLatvia   3.1   3.4\n"
    assert table_regions(text) == []
