"""A data file's readme saying what each column holds: its machine name, then its description, maybe wrapped onto
lines aligned under it; a table's column so named measures what the description says."""

from __future__ import annotations

from pathlib import Path

from knowledge.column_notes import column_notes
from knowledge.snapshot import build_knowledge_base

README = (
    "Unit:      share_gdp_pct        defence expenditure as % of gross domestic product\n"
    "           expenditure_eur_mn   defence expenditure, million EUR, current prices\n"
    "           equipment_share_pct  major equipment expenditure, incl. related R&D,\n"
    "                                as % of total defence expenditure\n"
    "Format:    one row per country and year.\n"
)


def test_each_column_name_is_described_by_the_words_after_it_and_the_lines_aligned_under_them() -> None:
    assert column_notes(README) == {
        "share_gdp_pct": "defence expenditure as % of gross domestic product",
        "expenditure_eur_mn": "defence expenditure, million EUR, current prices",
        "equipment_share_pct": "major equipment expenditure, incl. related R&D, as % of total defence expenditure",
    }


def test_a_file_name_or_a_name_in_a_sentence_describes_nothing() -> None:
    text = "# README - defence_extract_2024.txt\nThe column share_gdp_pct is rounded.\ncountry_code: ISO code\n"
    assert column_notes(text) == {"country_code": "ISO code"}


def test_a_described_column_s_cells_are_stated_in_its_description(tmp_path: Path) -> None:
    text = (
        "# Defence extract\n#\n"
        "# Unit:   equipment_share_pct  major equipment expenditure, incl. related R&D,\n"
        "#                              as % of total defence expenditure\n#\n"
        "country;year;equipment_share_pct\nLithuania;2023;40,3\nLithuania;2024;43,1\nLatvia;2024;44,9\n"
    )
    (tmp_path / "extract.txt").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["extract.txt"]\ntitle = "Defence extract"\n')
    facts = [fact for fact in build_knowledge_base(tmp_path).facts if fact.citation.column_label]
    share = next(fact for fact in facts if fact.subject == "Lithuania" and fact.period == "2024")
    assert share.value == 43.1
    assert share.measure_kind == "share_of_total"
    assert share.measure_text == "major equipment expenditure, incl. related R&D, as % of total defence expenditure"
