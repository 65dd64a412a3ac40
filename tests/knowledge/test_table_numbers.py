"""A table pasted with decimal commas into an English document, and a budget's table by fiscal year and stage."""

from __future__ import annotations

from pathlib import Path

from knowledge.models import Fact
from knowledge.snapshot import build_knowledge_base
from knowledge.table_numbers import figures_in_english, read_as_english, writes_decimal_commas


def _facts(folder: Path, text: str) -> list[Fact]:
    (folder / "report.md").write_text(text, encoding="utf-8")
    (folder / "catalog.toml").write_text('["report.md"]\ntitle = "A report"\npublished = "2025-01-10"\n')
    facts = build_knowledge_base(folder).facts
    return [fact for fact in facts if fact.value is not None and fact.citation.column_label]


def test_cells_only_a_continental_writer_gives_make_the_table_continental() -> None:
    assert writes_decimal_commas(["89,1", "1,31", "113,2"])
    assert writes_decimal_commas(["1 234,5", "2,1 %"])


def test_thousands_grouped_by_commas_or_an_english_decimal_keep_the_table_english() -> None:
    assert not writes_decimal_commas(["1,234", "5,678"])  # thousands, as English groups them
    assert not writes_decimal_commas(["1,31", "2.45"])  # one cell writes a decimal point: no continental table


def test_a_continental_cell_is_read_with_english_separators() -> None:
    assert (read_as_english("1 234,5"), read_as_english("1.234,5"), read_as_english("2,1 %")) == (
        "1 234.5",
        "1,234.5",
        "2.1 %",
    )


def test_only_the_figures_of_a_continental_table_are_read_again() -> None:
    rows = [(0, "| 2022 (actual) | 89,1 |", ["2022 (actual)", "89,1"])]
    assert figures_in_english(rows) == [(0, "| 2022 (actual) | 89,1 |", ["2022 (actual)", "89.1"])]
    english = [(0, "| Poland | 1,234 |", ["Poland", "1,234"])]
    assert figures_in_english(english) == english


def test_a_decimal_comma_table_in_an_english_document_gives_its_figures(tmp_path: Path) -> None:
    text = (
        "# The Czech defence budget\n\nThe Czech Republic will spend CZK 154.8 billion on defence in 2025.\n\n"
        "**Table 1. Defence expenditure of the Czech Republic**\n\n"
        "| Year | Total defence expenditure (mld. Kč) | Share of GDP (%) |\n|---|---|---|\n"
        "| 2023 (actual) | 113,2 | 1,53 |\n| 2024 (estimate) | 160,1 | 2,06 |\n"
    )
    by_value = {fact.value: fact for fact in _facts(tmp_path, text)}
    money, share = by_value[113.2], by_value[2.06]
    assert (money.subject, money.measure_kind, money.currency, money.scale, money.period) == (
        "Czechia",
        "money",
        "CZK",
        1e9,
        "2023",
    )
    assert (share.subject, share.measure_kind, share.period) == ("Czechia", "share_of_gdp", "2024")
    assert share.estimate


def test_a_budget_by_fiscal_year_and_stage_gives_each_line_s_amounts_to_whom_it_is_about(tmp_path: Path) -> None:
    text = (
        "# The US defense budget request\n\nThe United States Department of Defense requested $849.8 billion.\n\n"
        "**Table 1. DOD Discretionary Budget Authority by Title (billions of current dollars)**\n\n"
        "| Title | FY2023 enacted | FY2024 enacted | FY2025 request |\n|---|---|---|---|\n"
        "| Military Personnel | 164.1 | 172.6 | 183.9 |\n| Procurement | 169.1 | 170.6 | 167.5 |\n"
    )
    by_value = {fact.value: fact for fact in _facts(tmp_path, text)}
    personnel, procurement = by_value[183.9], by_value[169.1]
    # a line paying people is an amount of the budget, never a headcount
    assert (personnel.subject, personnel.measure_kind, personnel.currency, personnel.scale, personnel.period) == (
        "United States",
        "money",
        "USD",
        1e9,
        "2025",
    )
    assert (procurement.subject, procurement.period) == ("United States", "2023")
    assert "Procurement" in (procurement.measure_text or "")


def test_a_breakdown_of_whom_the_section_is_about_gives_each_part_to_it(tmp_path: Path) -> None:
    text = (
        "# Italy: the Defence budget 2025\n\nItaly will spend EUR 22.5 billion on the Defence Function in 2025.\n\n"
        "**Table 1 – Defence Function by armed force, 2025**\n\n"
        "| Area | EUR bn | Share of Defence Function |\n|---|---|---|\n"
        "| Army (Esercito) | 6.9 | 30.7% |\n| Navy (Marina Militare) | 2.8 | 12.4% |\n"
        "| Air Force (Aeronautica Militare) | 3.1 | 13.8% |\n| Joint and central areas | 9.7 | 43.1% |\n"
        "| **Total** | **22.5** | **100.0%** |\n"
    )
    by_value = {fact.value: fact for fact in _facts(tmp_path, text)}
    army, share = by_value[6.9], by_value[30.7]
    assert (army.subject, army.measure_kind, army.currency) == ("Italy", "money", "EUR")
    assert "Army (Esercito)" in (army.measure_text or "")
    assert (share.subject, share.measure_kind) == ("Italy", "share_of_total")


def test_rows_of_entities_are_no_breakdown_of_whom_the_section_is_about(tmp_path: Path) -> None:
    text = (
        "# Italy and its neighbours\n\nItaly spent EUR 31.3 billion on defence in 2025.\n\n"
        "| Ally | EUR bn | Share of the group |\n|---|---|---|\n"
        "| France | 50.5 | 50.0% |\n| Italy | 31.3 | 31.0% |\n| Spain | 19.2 | 19.0% |\n"
    )
    by_value = {fact.value: fact for fact in _facts(tmp_path, text)}
    assert (by_value[50.5].subject, by_value[19.2].subject) == ("France", "Spain")
