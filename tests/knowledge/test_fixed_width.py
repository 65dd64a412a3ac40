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


def _read(text: str) -> list[str]:
    ((start, end),) = table_regions(text)
    table = read_table(text, start, end)
    assert table is not None
    return table.header


def test_an_upper_header_line_naming_groups_heads_every_column_of_its_group() -> None:
    text = (
        "Outlays of three partners.\n\n"
        "                 2019              2022e\n"
        "Partner      EUR bn   % GDP    EUR bn   % GDP\n"
        "Norway          6.4    1.84       7.9    1.41\n"
        "Denmark         4.1    1.29       4.9    1.38\n"
    )
    assert _read(text) == ["Partner", "2019 EUR bn", "2019 % GDP", "2022e EUR bn", "2022e % GDP"]


def test_a_group_s_words_may_stand_anywhere_over_it_and_a_row_of_years_is_the_header_s_lowest_line() -> None:
    text = (
        "              Outlays (EUR bn)       Share of GDP (%)\n"
        "Partner         2019     2022          2019     2022\n"
        "Norway           6.4      7.9          1.84     1.41\n"
        "Denmark          4.1      4.9          1.29     1.38\n"
    )
    assert _read(text) == [
        "Partner",
        "Outlays (EUR bn) 2019",
        "Outlays (EUR bn) 2022",
        "Share of GDP (%) 2019",
        "Share of GDP (%) 2022",
    ]


def test_groups_headed_unlike_below_are_no_groups() -> None:
    text = (
        "                 2019              2022e\n"
        "Partner      EUR bn   % GDP    Rank   Change\n"
        "Norway          6.4    1.84       7    1.41\n"
        "Denmark         4.1    1.29       4    1.38\n"
    )
    header = _read(text)
    assert header[2] == "% GDP"  # no year spread over a column it does not stand over


def test_space_aligned_tables_with_an_upper_header_line_are_dated_by_it(tmp_path: Path) -> None:
    text = (
        "Military outlays of three partners.\n\n"
        "                 2019              2022e\n"
        "Partner      EUR bn   % GDP    EUR bn   % GDP\n"
        "Norway          6.4    1.84       7.9    1.41\n"
        "Denmark         4.1    1.29       4.9    1.38\n"
    )
    (tmp_path / "outlays.txt").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["outlays.txt"]\ntitle = "Outlays"\npublished = "2023-02-01"\n')
    facts = {fact.value: fact for fact in build_knowledge_base(tmp_path).facts if fact.value is not None}
    assert (facts[6.4].period, facts[6.4].measure_kind, facts[6.4].unit) == ("2019", "money", Unit.MONEY)
    assert (facts[1.84].period, facts[1.84].measure_kind) == ("2019", "share_of_gdp")
    assert (facts[1.41].period, facts[1.41].estimate) == ("2022", True)
    assert facts[7.9].period == "2022"
