"""Tables written as comma-separated lines inside prose: a header line, rows of a label and figures, maybe a rank
first and a total one cell short; each cell a fact of its row and column, measured like any prose table's."""

from __future__ import annotations

from pathlib import Path

from knowledge.comma_tables import read_table, table_regions
from knowledge.models import Fact, Unit
from knowledge.snapshot import build_knowledge_base

BRIEFING = """# Eastern flank: the numbers

The figures below come from the alliance's annual release and can be pasted into a spreadsheet.

Defence spending as a share of GDP (%)
Ally, % of GDP 2022, % of GDP 2024
Finland, 1.66, 2.41
Romania, 1.72, 2.25
Slovakia, 1.82, 2.00

Finland's ratio rose the most, by 0.75 points, while Slovakia reached the guideline for the first time.

## The larger budgets, 2024

Rank, Country, Spending (EUR bn)
1, France, 59.6
2, Italy, 32.0
All allies, 1,310.5

The total covers every ally, in current prices.
"""


def _facts(tmp_path: Path) -> list[Fact]:
    (tmp_path / "briefing.md").write_text(BRIEFING, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["briefing.md"]\ntitle = "Eastern flank"\npublished = "2025-05-02"\n')
    return [fact for fact in build_knowledge_base(tmp_path).facts if fact.citation.column_label]


def _cell(facts: list[Fact], subject: str, value: float) -> Fact:
    return next(fact for fact in facts if fact.subject == subject and fact.value == value)


def test_each_cell_of_a_comma_separated_table_is_a_fact_of_its_row_and_column(tmp_path: Path) -> None:
    facts = _facts(tmp_path)
    share = _cell(facts, "Finland", 2.41)
    assert (share.measure_kind, share.period, share.unit) == ("share_of_gdp", "2024", Unit.PERCENT_OF_GDP)
    assert _cell(facts, "Romania", 1.72).period == "2022"
    assert share.citation.row_label == "Finland"
    assert share.citation.column_label == "% of GDP 2024"


def test_a_ranked_comma_separated_table_gives_places_and_amounts_and_a_total_without_a_place(tmp_path: Path) -> None:
    facts = _facts(tmp_path)
    spending = _cell(facts, "France", 59.6)
    assert (spending.unit, spending.currency, spending.scale, spending.period) == (Unit.MONEY, "EUR", 1e9, "2024")
    assert _cell(facts, "Italy", 2).measure_kind == "rank"
    totals = [fact for fact in facts if fact.citation.row_label == "All allies"]
    assert [(fact.value, fact.unit) for fact in totals] == [(1310.5, Unit.MONEY)]


def test_prose_with_commas_and_figures_is_no_table() -> None:
    text = (
        "Spending rose in 2023, 2024 and 2025.\n"
        "Ottawa, Ontario, November 5, 2025\n"
        "Poland, Lithuania, Latvia, Estonia\n"
        "In 2024, 23 allies met it, and in 2023, 11 did.\n"
        "Then, 3 of them, 4 of them\n"
    )
    assert table_regions(text) == []


def test_a_row_one_cell_short_ends_a_table_whose_rows_have_no_rank() -> None:
    text = "Country, 2023, 2024, 2025\nPoland, 3.8, 4.1, 4.5\nLatvia, 2.4, 3.2, 3.7\nEstonia, 2.9, 3.4\n"
    ((start, end),) = table_regions(text)
    header, rows = read_table(text, start, end) or ([], [])
    assert header == ["Country", "2023", "2024", "2025"]
    assert [cells for _, _, cells in rows] == [["Poland", "3.8", "4.1", "4.5"], ["Latvia", "2.4", "3.2", "3.7"]]


APPENDIX = """# Appendix: defence spending per head

Each line gives the country, the year and defence expenditure per capita in US dollars.

```
country,year,defence_expenditure_per_capita_usd
Norway,2014,1142
Norway,2024,1754
Canada,2014,439
Canada,2024,609
```

Norway's figure rose the most.
"""


def test_a_table_in_long_form_gives_each_row_s_figure_in_the_row_s_year(tmp_path: Path) -> None:
    """'country,year,value': the year column says when each figure is, it is no figure itself; the machine's joined
    header names the figure and its unit."""
    (tmp_path / "appendix.md").write_text(APPENDIX, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["appendix.md"]\ntitle = "Per head"\npublished = "2024-09-15"\n')
    facts = [fact for fact in build_knowledge_base(tmp_path).facts if fact.citation.column_label]
    canada = _cell(facts, "Canada", 609.0)
    assert (canada.period, canada.unit, canada.currency) == ("2024", Unit.MONEY, "USD")
    assert canada.citation.column_label == "defence expenditure per capita (USD)"
    assert not [fact for fact in facts if fact.value in (2014.0, 2024.0)]


def test_a_long_form_table_is_read_with_its_year_beside_each_row_s_label() -> None:
    text = "country,year,spending_eur_bn\nPoland,2023,30.1\nPoland,2024,35.0\n"
    ((start, end),) = table_regions(text)
    header, rows = read_table(text, start, end) or ([], [])
    assert header == ["country", "spending (EUR bn)"]
    assert [cells for _, _, cells in rows] == [["Poland (2023)", "30.1"], ["Poland (2024)", "35.0"]]


EXTRACT = """# Defence expenditure of three Allies, 2022-2023 (data extract)
#
# Unit:   share_gdp_pct       defence expenditure as % of GDP
#         expenditure_eur_mn  defence expenditure, million EUR
# Format: fields separated by semicolons; decimal separator is a comma; thousands separated by a space.
#
country;year;status;share_gdp_pct;expenditure_eur_mn
Estonia;2022;final;2,07;745,2
Estonia;2023;final;2,73;1 040,1
Finland;2023;final;2,45;6 786,5
"""


def test_a_semicolon_separated_line_is_parted_by_its_semicolons_keeping_decimal_commas() -> None:
    text = "country;year;status;share_gdp_pct\nEstonia;2023;final;2,73\nFinland;2023;final;2,45\n"
    ((start, end),) = table_regions(text)
    header, rows = read_table(text, start, end) or ([], [])
    assert header == ["country", "status", "share gdp (pct)"]
    assert [cells for _, _, cells in rows] == [["Estonia (2023)", "final", "2,73"], ["Finland (2023)", "final", "2,45"]]


def test_prose_with_semicolons_and_figures_is_no_table() -> None:
    text = (
        "Spending rose in 2023; it fell in 2024.\n"
        "Poland spent 4.1%; Latvia 3.2%; Estonia 3.4%\n"
        "Poland; Lithuania; Latvia; Estonia\n"
    )
    assert table_regions(text) == []


def test_each_cell_of_a_continental_data_extract_is_a_fact_of_its_country_and_year(tmp_path: Path) -> None:
    (tmp_path / "extract.txt").write_text(EXTRACT, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["extract.txt"]\ntitle = "Defence expenditure of three Allies"\n')
    facts = [fact for fact in build_knowledge_base(tmp_path).facts if fact.citation.column_label]
    amount = _cell(facts, "Estonia", 1040.1)
    assert (amount.unit, amount.currency, amount.scale, amount.period) == (Unit.MONEY, "EUR", 1e6, "2023")
    assert amount.citation.quote == "Estonia;2023;final;2,73;1 040,1"
    share = _cell(facts, "Finland", 2.45)
    assert (share.unit, share.period) == (Unit.PERCENT_OF_GDP, "2023")
    assert {fact.value for fact in facts if fact.subject == "Estonia"} == {2.07, 745.2, 2.73, 1040.1}


def test_a_comma_separated_header_of_two_levels_heads_each_column_by_its_period_and_its_unit(tmp_path: Path) -> None:
    text = (
        "Military outlays of three partners.\n\n"
        ", 2019, , 2022e,\n"
        "Partner, EUR bn, % GDP, EUR bn, % GDP\n"
        "Norway, 6.4, 1.84, 7.9, 1.41\n"
        "Denmark, 4.1, 1.29, 4.9, 1.38\n"
    )
    ((start, end),) = table_regions(text)
    table = read_table(text, start, end)
    assert table is not None
    assert table[0] == ["Partner", "2019 EUR bn", "2019 % GDP", "2022e EUR bn", "2022e % GDP"]
    (tmp_path / "outlays.txt").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["outlays.txt"]\ntitle = "Outlays"\npublished = "2023-02-01"\n')
    facts = {fact.value: fact for fact in build_knowledge_base(tmp_path).facts if fact.value is not None}
    assert (facts[6.4].period, facts[6.4].measure_kind, facts[6.4].unit) == ("2019", "money", Unit.MONEY)
    assert (facts[1.29].subject, facts[1.29].period, facts[1.29].measure_kind) == ("Denmark", "2019", "share_of_gdp")
    assert (facts[1.38].period, facts[1.38].estimate) == ("2022", True)
