"""Tables inside prose documents: the period and the qualifiers each column gives its cells."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.models import Fact, Unit
from knowledge.snapshot import build_knowledge_base

TABLE = (
    "Table 2 reports defence expenditure as a share of GDP in 2014 and 2024.\n\n"
    "| Ally | 2014 (% GDP) | 2024e (% GDP) | Change (pp) |\n"
    "|---|---|---|---|\n"
    "| Poland | 1.85 | 4.12 | +2.27 |\n"
    "| Italy | 1.14 | 1.49 | +0.35 |\n"
)


def facts_by_value(folder: Path, name: str, text: str, published: str) -> dict[float, Fact]:
    """The facts of one document built alone, by their values."""
    (folder / name).write_text(text, encoding="utf-8")
    (folder / "catalog.toml").write_text(f'["{name}"]\ntitle = "A document"\npublished = "{published}"\n')
    return {fact.value: fact for fact in build_knowledge_base(folder).facts if fact.value is not None}


@pytest.fixture(scope="module")
def table_facts(tmp_path_factory: pytest.TempPathFactory) -> dict[float, Fact]:
    folder = tmp_path_factory.mktemp("docs")
    (folder / "paper.md").write_text(TABLE, encoding="utf-8")
    catalog = '["paper.md"]\ntitle = "A paper"\npublished = "2025-09-15"\n'
    (folder / "catalog.toml").write_text(catalog, encoding="utf-8")
    facts = [fact for fact in build_knowledge_base(Path(folder)).facts if fact.value is not None]
    return {fact.value: fact for fact in facts if fact.citation.column_label}


def test_each_year_column_gives_its_cells_its_year(table_facts: dict[float, Fact]) -> None:
    assert (table_facts[1.85].period, table_facts[4.12].period) == ("2014", "2024")
    assert (table_facts[1.14].period, table_facts[1.49].period) == ("2014", "2024")


def test_a_year_marked_as_an_estimate_makes_its_cells_estimates(table_facts: dict[float, Fact]) -> None:
    assert table_facts[4.12].estimate and "estimate" in table_facts[4.12].qualifiers
    assert not table_facts[1.85].estimate


def test_a_change_column_between_year_columns_is_the_change_over_their_span(table_facts: dict[float, Fact]) -> None:
    change = table_facts[2.27]
    assert (change.subject, change.measure_kind, change.period) == ("Poland", "change", "2014-2024")


def test_a_change_against_a_named_base_year_keeps_the_table_s_year(tmp_path: Path) -> None:
    text = "Figures are for 2024.\n\nCountry | Spending (US$ bn) | Change vs 2023\nJapan | 55.3 | +21%\n"
    (tmp_path / "faq.txt").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["faq.txt"]\ntitle = "FAQ"\npublished = "2025-03-06"\n', encoding="utf-8")
    (change,) = [fact for fact in build_knowledge_base(tmp_path).facts if fact.value == 21]
    assert change.period == "2024"


LABELLED_LIST = (
    "Defence spending is climbing across the region.\n\n"
    "Estimated 2025 defence spending, percent of GDP (NATO):\n"
    "- Lithuania: 4.00\n"
    "- Latvia: 3.73\n\n"
    "Gaps to the core target, percentage points (2025 estimates):\n"
    "- Lithuania: already 0.50 above\n"
    "- Estonia: 0.12 short\n\n"
    "What to watch:\n"
    "- Budget: 5 votes\n"
    "- Lithuania: 7 May\n"
)


def test_a_labelled_list_is_a_table_of_one_column_its_header_the_line_before(tmp_path: Path) -> None:
    facts = facts_by_value(tmp_path, "roundup.txt", LABELLED_LIST, "2025-10-06")
    shares = [(f.subject, f.measure_kind, f.period) for f in (facts[4.0], facts[3.73])]
    assert shares == [("Lithuania", "share_of_gdp", "2025"), ("Latvia", "share_of_gdp", "2025")]
    assert (facts[0.5].subject, facts[0.12].subject, facts[0.12].period) == ("Lithuania", "Estonia", "2025")
    assert facts[0.12].citation.quote == "- Estonia: 0.12 short"
    assert 5 not in facts and 7 not in facts  # items naming no entity, or a date, are no table's rows


def test_a_cell_written_as_a_phrase_is_read_as_a_sentence_about_its_row(tmp_path: Path) -> None:
    text = (
        "Where the allies stand.\n\n"
        "| Country | 2025 share of GDP (NATO est.) | Headline national figure | Stated next milestone |\n"
        "|---|---|---|---|\n"
        "| Poland | 4.48% | PLN 186.6 billion (2025) | 4.8% of GDP in 2026 |\n"
        "| Germany | 2.4% | EUR 62.4 billion core budget (2025) | 3.5% of GDP by 2029 |\n"
    )
    facts = facts_by_value(tmp_path, "factsheet.md", text, "2025-07-01")
    money = facts[186.6]
    assert (money.subject, money.measure_kind, money.currency, money.scale, money.period) == (
        "Poland",
        "money",
        "PLN",
        1e9,
        "2025",
    )
    assert [(facts[v].subject, facts[v].measure_kind, facts[v].period) for v in (4.8, 3.5)] == [
        ("Poland", "share_of_gdp", "2026"),
        ("Germany", "share_of_gdp", "2029"),
    ]
    assert facts[4.48].period == "2025" and facts[62.4].subject == "Germany"  # a number alone: read by its column


def _build(tmp_path: Path, name: str, text: str, title: str = "A note", published: str = "2025-07-22") -> list[Fact]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    catalog = f'["{name}"]\ntitle = "{title}"\npublished = "{published}"\n'
    (tmp_path / "catalog.toml").write_text(catalog, encoding="utf-8")
    return [fact for fact in build_knowledge_base(tmp_path).facts if fact.value is not None]


FISCAL_TABLE = (
    "Canada's spending on the NATO definition has climbed since 2022.\n\n"
    "| Fiscal year | NATO-eligible spending ($ billions) | Share of GDP (%) |\n"
    "|---|---|---|\n"
    "| 2023-24 | 38.8 | 1.33 |\n"
    "| 2025-26 (planned) | 62.7 | 2.00 |\n"
    "| 2014-2024 | 9.9 | 0.5 |\n"
)


def test_a_row_of_a_fiscal_year_is_that_year_s_row_of_the_section_s_subject(tmp_path: Path) -> None:
    facts = {fact.value: fact for fact in _build(tmp_path, "note.md", FISCAL_TABLE) if fact.citation.column_label}
    money, share = facts[38.8], facts[1.33]
    assert (money.subject, money.period, money.measure_kind, money.scale) == ("Canada", "2023-24", "money", 1e9)
    assert (share.subject, share.period, share.measure_kind) == ("Canada", "2023-24", "share_of_gdp")
    assert facts[62.7].period == "2025-26" and "proposal" in facts[62.7].qualifiers
    assert facts[9.9].subject != "Canada"  # a span of years is no one fiscal year's row


def test_a_plural_scale_counts_only_in_an_amount_s_header(tmp_path: Path) -> None:
    text = (
        "Poland's forces keep growing.\n\n"
        "| Year | Soldiers (thousands) | Budget (PLN billions) |\n|---|---|---|\n"
        "| 2024 | 190 | 158.7 |\n| 2025 | 206 | 186.6 |\n"
    )
    facts = {fact.value: fact for fact in _build(tmp_path, "forces.md", text) if fact.citation.column_label}
    assert (facts[158.7].measure_kind, facts[158.7].scale) == ("money", 1e9)
    assert facts[190].measure_kind != "money" and facts[190].scale is None


def test_a_labelled_list_may_have_an_emphasised_header_a_blank_line_and_percentages(tmp_path: Path) -> None:
    text = (
        "Estonia spends 3.43% of GDP on defence this year.\n\n"
        "**Highest shares of GDP in 2024 (NATO estimates):**\n\n"
        "- Poland: 4.12%\n- Estonia: 3.43%\n- United States: 3.38%\n"
    )
    facts = [
        fact for fact in _build(tmp_path, "release.md", text, published="2024-06-18") if fact.citation.column_label
    ]
    read = [(fact.subject, fact.value, fact.measure_kind, fact.period) for fact in facts]
    assert read == [
        ("Poland", 4.12, "share_of_gdp", "2024"),
        ("Estonia", 3.43, "share_of_gdp", "2024"),
        ("United States", 3.38, "share_of_gdp", "2024"),
    ]


def test_a_table_of_years_under_a_heading_naming_no_one_is_of_whom_the_document_is_about(tmp_path: Path) -> None:
    text = (
        "Poland plans defence spending of PLN 200.1 billion in 2026. Poland's government puts this at 4.81% of GDP. "
        "Poland's plan is the largest in its history.\n\n"
        "3.2 Trend since 2022\n\n"
        "| Year | Status | Defence spending (PLN billion) |\n|---|---|---|\n"
        "| 2022 | Budget Act | 57.7 |\n| 2023 | Budget Act | 137.1 |\n"
    )
    facts = {
        fact.value: fact
        for fact in _build(tmp_path, "brief.md", text, title="Budget brief")
        if fact.citation.column_label
    }
    assert (facts[57.7].subject, facts[57.7].period) == ("Poland", "2022")


def test_a_rank_column_gives_each_row_its_rank(tmp_path: Path) -> None:
    text = (
        "Five spenders in 2024.\n\n"
        "| Country | 2024 spending (USD bn) | Share of GDP | World rank |\n"
        "|---|---|---|---|\n"
        "| India | 86.1 | 2.3% | 5 |\n"
    )
    facts = facts_by_value(tmp_path, "feature.md", text, "2025-05-06")
    rank = facts[5]
    assert (rank.subject, rank.measure_kind, rank.unit, rank.period) == ("India", "rank", "rank", "2024")
    assert facts[2.3].measure_kind == "share_of_gdp"


def test_a_first_column_numbering_the_rows_leaves_the_next_one_to_name_them(tmp_path: Path) -> None:
    """'| Rank | Country | …': each row is of the ally its second cell names, its first cell the ally's place."""
    text = (
        "The largest spenders in 2024.\n\n"
        "| Rank | Country | Spending (US$ bn) | Share of GDP (%) |\n"
        "|---|---|---|---|\n"
        "| 1 | United States | 997 | 3.4 |\n"
        "| 4 | Germany | 88.5 | 1.9 |\n"
    )
    facts = facts_by_value(tmp_path, "wiki.md", text, "2025-05-06")
    assert (facts[997].subject, facts[997].measure_kind, facts[997].currency) == ("United States", "money", "USD")
    assert (facts[1.9].subject, facts[1.9].measure_kind) == ("Germany", "share_of_gdp")
    assert (facts[4].subject, facts[4].measure_kind, facts[4].unit) == ("Germany", "rank", Unit.RANK)


def test_row_numbers_under_no_rank_heading_state_no_figure(tmp_path: Path) -> None:
    text = (
        "Spending in 2024.\n\n"
        "| # | Country | Spending (US$ bn) |\n|---|---|---|\n| 1 | United States | 997 |\n| 2 | China | 314 |\n"
    )
    facts = facts_by_value(tmp_path, "list.md", text, "2025-05-06")
    assert {fact.subject for fact in facts.values()} == {"United States", "China"}
    assert set(facts) == {997, 314}


YEARS_ONLY_TABLE = (
    "These are NATO's numbers (the 2024 ones are estimates), share of GDP spent on defence:\n\n"
    "| Country | 2014 | 2024 |\n|---|---|---|\n"
    "| Poland | 1.88% | 4.12% |\n| Canada | 1.01% | 1.37% |\n"
)


def test_a_table_of_year_columns_measures_what_the_sentence_before_it_says(tmp_path: Path) -> None:
    facts = {fact.value: fact for fact in _build(tmp_path, "post.md", YEARS_ONLY_TABLE) if fact.citation.column_label}
    read = [(facts[v].subject, facts[v].measure_kind, facts[v].period) for v in (1.88, 4.12, 1.37)]
    assert read == [
        ("Poland", "share_of_gdp", "2014"),
        ("Poland", "share_of_gdp", "2024"),
        ("Canada", "share_of_gdp", "2024"),
    ]
    assert facts[1.88].citation.column_label == "2014" and facts[1.88].citation.quote == "| Poland | 1.88% | 4.12% |"
    assert facts[1.88].measure_text == "share of GDP spent on defence"
    assert facts[4.12].estimate and not facts[1.88].estimate  # 'the 2024 ones are estimates'


def test_a_table_of_year_columns_under_no_measure_takes_the_title_s(tmp_path: Path) -> None:
    text = "Here is a small table.\n\n| Country | 2014 | 2024 |\n|---|---|---|\n| Italy | 1.14% | 1.49% |\n"
    titled = {f.value: f for f in _build(tmp_path, "a.md", text, title="What % of GDP on defence means")}
    assert (titled[1.49].measure_kind, titled[1.49].period) == ("share_of_gdp", "2024")
    untitled = {f.value: f for f in _build(tmp_path, "a.md", text, title="A note")}
    assert untitled[1.49].measure_kind == "other"  # no text says what the figures measure


def test_a_cell_whose_unit_disagrees_with_the_caption_keeps_no_measure(tmp_path: Path) -> None:
    text = "Spending in US$ billion:\n\n| Country | 2014 | 2024 |\n|---|---|---|\n| Italy | 1.14% | 35.5 |\n"
    facts = {f.value: f for f in _build(tmp_path, "a.md", text) if f.citation.column_label}
    assert (facts[35.5].measure_kind, facts[35.5].currency, facts[35.5].scale) == ("money", "USD", 1e9)
    assert facts[1.14].measure_kind == "other"  # a percentage is no amount
    text = "Defence spending, share of GDP:\n\n| Country | 2014 | 2024 |\n|---|---|---|\n| Italy | 1.14 | 654 |\n"
    facts = {f.value: f for f in _build(tmp_path, "b.md", text) if f.citation.column_label}
    assert (facts[1.14].measure_kind, facts[654].measure_kind) == ("share_of_gdp", "other")  # no share is 654%


def test_the_levels_of_a_move_naming_no_year_take_the_years_of_the_table_s_cells(tmp_path: Path) -> None:
    text = (
        "The table shows NATO's figures.\n\n| Ally | 2023 (% of GDP) | 2024 (% of GDP) |\n|---|---|---|\n"
        "| Germany | 1.64 | 2.12 |\n\nGermany's share rose from 1.64% to 2.12%, helped by its special fund.\n"
    )
    prose = [f for f in _build(tmp_path, "a.md", text) if not f.citation.column_label]
    assert sorted((f.value, f.period) for f in prose) == [(1.64, "2023"), (2.12, "2024")]


MEASURES_TABLE = (
    "# Germany: defence spending by funding line, 2023–2026\n\n"
    "*Briefing note. All amounts in EUR billion at current prices unless stated otherwise.*\n\n"
    "The table below brings the lines together for four budget years.\n\n"
    "| Funding line | 2023 | 2024 | 2025 | 2026 (draft) | Change 2025–26 |\n"
    "|---|---:|---:|---:|---:|---:|\n"
    "| Core defence budget [a] | 50.1 | 51.95 | 62.4 | 82.7 | +20.3 (+32.5%) |\n"
    "| **Subtotal: armed forces** | **58.5** | **71.8** | **86.5** | **108.2** | **+21.7 (+25.1%)** |\n"
    "| Defence spending reported to NATO, % of GDP¹ | 1.57 | 2.12 | 2.4 | 2.8 | +0.4 pp |\n\n"
    "[a] Appropriations as adopted.\n"
)


def test_a_table_of_measures_by_year_is_of_whom_the_document_is_about_in_the_unit_it_states(tmp_path: Path) -> None:
    facts = {fact.value: fact for fact in _build(tmp_path, "budget.md", MEASURES_TABLE, "Germany: defence budget")}
    core = facts[51.95]
    assert (core.subject, core.measure_kind, core.currency, core.scale, core.period) == (
        "Germany",
        "money",
        "EUR",
        1e9,
        "2024",
    )
    assert core.measure_text == "Core defence budget"  # its footnote marker dropped
    assert facts[108.2].measure_kind == "money" and facts[108.2].period == "2026"  # emphasis dropped
    share = facts[2.12]
    assert (share.subject, share.measure_kind, share.currency) == ("Germany", "share_of_gdp", None)


def test_a_change_cell_gives_the_change_in_the_row_s_unit_and_in_per_cent_over_the_header_s_span(
    tmp_path: Path,
) -> None:
    facts = {fact.value: fact for fact in _build(tmp_path, "budget.md", MEASURES_TABLE, "Germany: defence budget")}
    amount, percent, points = facts[20.3], facts[32.5], facts[0.4]
    assert (amount.measure_kind, amount.currency, amount.scale, amount.period) == ("change", "EUR", 1e9, "2025-2026")
    assert (percent.measure_kind, percent.currency, percent.period) == ("change", None, "2025-2026")
    assert (points.measure_kind, points.subject) == ("change", "Germany")
    assert facts[21.7].measure_kind == "change"


def test_a_table_naming_an_entity_in_a_row_is_no_table_of_measures(tmp_path: Path) -> None:
    text = MEASURES_TABLE.replace("| Core defence budget [a] |", "| Poland |")
    facts = {fact.value: fact for fact in _build(tmp_path, "budget.md", text, "Germany: defence budget")}
    assert facts[51.95].subject == "Poland"
    assert facts[108.2].subject != "Germany"  # 'Subtotal' of a table of allies is no one's figure


YEARS_BY_ENTITY = (
    "## Aggregate spending\n\n"
    "*US$ billion, current prices and exchange rates. 2025 figures are estimates.*\n\n"
    "| Year | NATO total | United States | European allies and Canada | Allies at or above 2% |\n"
    "|---|---|---|---|---|\n"
    "| 2014 | 926 | 654 | 272 | 3 |\n"
    "| 2025e | 1,555 | 980 | 575 | 32 |\n"
)


def test_a_table_of_years_headed_by_entities_gives_each_column_its_entity(tmp_path: Path) -> None:
    facts = {fact.value: fact for fact in _build(tmp_path, "wiki.md", YEARS_BY_ENTITY, "NATO spending")}
    us = facts[654]
    assert (us.subject, us.measure_kind, us.currency, us.scale, us.period) == (
        "United States",
        "money",
        "USD",
        1e9,
        "2014",
    )
    assert facts[575].subject == "European Allies and Canada" and facts[575].estimate
    assert facts[926].subject == "NATO Allies"
    assert facts[3].measure_kind == "count"  # a column headed by a condition counts those meeting it


def test_a_cell_s_note_in_brackets_marks_its_number(tmp_path: Path) -> None:
    text = (
        "| Country | 2024 spending (US$ bn) | Real change vs 2023 |\n"
        "|---|---|---|\n"
        "| China | 314 (est.) | +7.0% |\n"
        "| Japan | 55.3 | +21% |\n"
    )
    facts = {fact.value: fact for fact in _build(tmp_path, "faq.md", text, "World spending")}
    china = facts[314]
    assert (china.subject, china.measure_kind, china.currency, china.period) == ("China", "money", "USD", "2024")
    assert china.estimate and not facts[55.3].estimate


def test_a_column_headed_by_a_name_ending_in_a_plural_noun_still_counts(tmp_path: Path) -> None:
    text = (
        "## How many allies meet the 2% guideline?\n\n| Year | NATO members | Allies at or above 2% |\n|---|---|---|\n"
    )
    text += "| 2014 | 28 | 3 |\n| 2024 | 32 | 23 |\n"
    facts = {fact.value: fact for fact in _build(tmp_path, "bullets.md", text, "Defence spending: 2% of GDP")}
    assert facts[28].measure_kind == "count" and facts[32].measure_kind == "count"


def test_a_row_whose_label_names_a_currency_is_of_amounts_in_it_whatever_the_caption_says(tmp_path: Path) -> None:
    text = (
        "# Norway's defence spending as a share of GDP\n\n## What are the key figures?\n\n"
        "| Key figure | 2023 | 2024 | 2025 (proposal) |\n|---|---|---|---|\n"
        "| Defence budget, NOK billion | 82.4 | 92.0 | 101.8 |\n"
        "| Defence expenditure, share of GDP | 1.62 % | 2.20 % | 2.3 % |\n"
    )
    facts = {f.value: f for f in _build(tmp_path, "faq.md", text, "Norway: defence budget") if f.citation.column_label}
    read = [(facts[v].measure_kind, facts[v].currency, facts[v].scale, facts[v].period) for v in (82.4, 92.0, 101.8)]
    assert read == [("money", "NOK", 1e9, "2023"), ("money", "NOK", 1e9, "2024"), ("money", "NOK", 1e9, "2025")]
    assert facts[101.8].qualifiers == ("proposal",)  # the year's column says its figures are a proposal
    assert (facts[2.2].measure_kind, facts[2.2].currency) == ("share_of_gdp", None)


INFOBOX = (
    "# Polish Armed Forces\n\n"
    "| Polish Armed Forces | |\n|---|---|\n"
    "| **Founded** | November 1918 |\n"
    "| **Headquarters** | Warsaw |\n"
    "| **Active personnel** | c. 216,000 (2025) |\n"
    "| **Territorial Defence Force** | c. 41,000 (2025) |\n"
    "| **Budget** | PLN 186.6 billion (2025) |\n"
    "| **Percent of GDP** | 4.7% (2025, planned) |\n\n"
    "The Polish Armed Forces are the military forces of Poland.\n"
)


def test_an_infobox_row_is_a_fact_of_the_page_s_subject_measured_by_its_key(tmp_path: Path) -> None:
    facts = {f.value: f for f in _build(tmp_path, "wiki.md", INFOBOX, "Polish Armed Forces") if f.citation.row_label}
    read = {
        value: (f.subject, f.measure_kind, f.currency, f.period, f.qualifiers, f.measure_text)
        for value, f in facts.items()
    }
    assert read == {
        1918: ("Poland", "date", None, "1918", (), "Founded"),
        216000: ("Poland", "count", None, "2025", ("approximate",), "Active personnel"),
        41000: ("Territorial Defence Force", "count", None, "2025", ("approximate",), "Territorial Defence Force"),
        186.6: ("Poland", "money", "PLN", "2025", (), "Budget"),
        4.7: ("Poland", "share_of_gdp", None, "2025", ("proposal",), "Percent of GDP"),
    }


REFERENCED_INFOBOX = (
    "# Military budget of Poland\n\n"
    "| Military budget of Poland | |\n|---|---|\n"
    "| **SIPRI estimate (2024)** | US$38.0 billion[3] |\n"
    "| **World rank (SIPRI, 2024)** | 13th[3] |\n"
    "| **Active personnel** | c. 216,000 (2025)[5] |\n\n"
    "The military budget of Poland is the portion of the state budget allocated to the armed forces.\n"
)


def test_an_infobox_with_reference_marks_is_read_whole_each_row_dated_by_the_year_its_key_brackets(
    tmp_path: Path,
) -> None:
    """'13th[3]' names no year (it once stopped the whole box being read); 'World rank (SIPRI, 2024)' dates it."""
    rows = _build(tmp_path, "wiki.md", REFERENCED_INFOBOX, "Military budget of Poland")
    facts = {f.value: f for f in rows if f.citation.row_label}
    assert {value: facts[value].period for value in (38.0, 13, 216000)} == {38.0: "2024", 13: "2024", 216000: "2025"}


BUDGET_LINES = (
    "The Netherlands raises its defence budget again.\n\n"
    "2. EXPENDITURE BY BUDGET LINE (EUR million)\n\n"
    "Budget line\t2023 (actual)\t2024 (estimate)\t2025 (draft)\n"
    "Art. 2 Royal Netherlands Navy\t1,284\t1,407\t1,496\n"
    "Art. 4 Royal Netherlands Air Force\t1,041\t1,162\t1,247\n"
    "Contribution to the Defence Equipment Fund\t5,852\t9,700\t10,499\n"
    "Total expenditure\t16,438\t21,394\t22,857\n"
)


def test_a_tab_table_of_budget_lines_is_of_whom_the_document_is_about_each_line_its_measure(tmp_path: Path) -> None:
    facts = {f.value: f for f in _build(tmp_path, "budget.txt", BUDGET_LINES, "Defence Budget 2025 in brief")}
    navy = facts[1496]
    assert (navy.subject, navy.measure_kind, navy.currency, navy.scale, navy.period) == (
        "Netherlands",
        "money",
        "EUR",
        1e6,
        "2025",
    )
    assert navy.measure_text == "Art. 2 Royal Netherlands Navy"  # the row a line of the budget, not an entity
    assert "proposal" in navy.qualifiers and "estimate" in facts[1162].qualifiers  # the year's status
    assert (facts[16438].subject, facts[16438].period, facts[16438].qualifiers) == ("Netherlands", "2023", ())


SERVICES = (
    "The information requested is shown in the following table.\n\n"
    "| Service | Intake | Outflow |\n"
    "|---|---|---|\n"
    "| Royal Navy / Royal Marines | 2,950 | 3,210 |\n"
    "| Army | 8,140 | 9,820 |\n"
)


def test_a_column_headed_by_a_headcount_noun_counts_people_never_a_percentage(tmp_path: Path) -> None:
    facts = {f.value: f for f in _build(tmp_path, "answers.md", SERVICES) if f.citation.column_label}
    assert {(f.measure_kind, f.unit) for f in facts.values()} == {("count", Unit.COUNT)}


def test_a_cell_of_no_known_kind_is_a_percentage_only_when_written_so(tmp_path: Path) -> None:
    text = "| Unit | Readiness | Score |\n|---|---|---|\n| Alpha | 85% | 12 |\n| Bravo | 70% | 9 |\n"
    facts = {f.value: f for f in _build(tmp_path, "units.md", text) if f.citation.column_label}
    assert facts[85].unit is Unit.PERCENT
    assert facts[12].unit is not Unit.PERCENT


def test_a_table_aligned_with_spaces_reads_as_its_tab_separated_twin(tmp_path: Path) -> None:
    aligned = "\n".join(
        "    ".join(cell.rjust(12) for cell in line.split("\t")) if "\t" in line else line
        for line in BUDGET_LINES.splitlines()
    )
    facts = {f.value: f for f in _build(tmp_path, "budget.txt", aligned, "Defence Budget 2025 in brief")}
    navy = facts[1496]
    assert (navy.subject, navy.currency, navy.scale, navy.period, navy.measure_text) == (
        "Netherlands",
        "EUR",
        1e6,
        "2025",
        "Art. 2 Royal Netherlands Navy",
    )
    assert navy.citation.column_label == "2025 (draft)"


def test_sentences_parted_by_two_spaces_are_no_table(tmp_path: Path) -> None:
    text = "Spending rose.  It was 2.1% of GDP in 2024.  Poland spent 4.1%.\nThe rest  12  14\n"
    assert not [f for f in _build(tmp_path, "note.txt", text) if f.citation.column_label]


WRITTEN_ANSWER = (
    "## 4. Armed Forces: Recruitment and Retention\n\n"
    "To ask the Secretary of State for Defence, what the (a) intake and (b) outflow of the UK Regular Forces was in "
    "the 12 months to 31 December 2024, broken down by service.\n\n"
    "**Answered on 14 March 2025 by Tom Aldous, Minister for Veterans and People**\n\n" + SERVICES
)


def test_a_table_answering_a_written_question_is_of_the_year_the_question_asks_about(tmp_path: Path) -> None:
    facts = {f.value: f for f in _build(tmp_path, "answers.md", WRITTEN_ANSWER, published="2025-03-14")}
    assert (facts[8140].period, facts[9820].period) == ("2024", "2024")


def test_a_parenthesised_superscript_marker_is_no_part_of_a_row_s_name(tmp_path: Path) -> None:
    """Statistical releases mark rows and cells '⁽¹⁾', '⁽ᵖ⁾' (provisional): the row is the ally, the cell its number."""
    text = (
        "| Country | 2022 | 2023 |\n|---|---|---|\n"
        "| Poland ⁽²⁾ | 1.7 | 2.4 ⁽ᵖ⁾ |\n| Greece | 2.5 | 2.4 ⁽ᵉ⁾ |\n\n"
        "⁽²⁾ Includes the support fund. ⁽ᵖ⁾ provisional ⁽ᵉ⁾ estimated\n"
    )
    facts = _build(tmp_path, "release.md", text, "Defence expenditure as a share of GDP")
    assert ("Poland", "2023", 2.4) in {(fact.subject, fact.period, fact.value) for fact in facts}
    assert not any("⁽" in fact.subject for fact in facts)


LEADER_CHART = (
    "==========\n"
    "SLIDE 3 of 10 — Top spenders, 2024 (USD bn)\n"
    "==========\n"
    "[CHART: horizontal bars, largest first]\n"
    "Germany .............. 88.5\n"
    "China ................ 314 (est.)\n"
    "\n"
    "==========\n"
    "SLIDE 9 of 10 — The Baltic states\n"
    "==========\n"
    "[TABLE: military burden, % of GDP, 2024]\n"
    "Estonia ..... 3.43\n"
    "Latvia ...... 3.15\n"
)


def test_dotted_leader_lines_are_a_table_measured_by_the_title_or_caption_above(tmp_path: Path) -> None:
    facts = {fact.value: fact for fact in _build(tmp_path, "deck.txt", LEADER_CHART, title="Deck")}
    germany, china, estonia = facts[88.5], facts[314], facts[3.43]
    assert (germany.subject, germany.measure_kind, germany.currency, germany.scale) == ("Germany", "money", "USD", 1e9)
    assert (china.subject, china.period, china.estimate) == ("China", "2024", True)
    assert (estonia.subject, estonia.measure_kind, facts[3.15].subject) == ("Estonia", "share_of_gdp", "Latvia")


RESULTS_TABLE = (
    "# Brennmark Defence AG: third-quarter results, backlog rises to EUR 31.4 billion\n\n"
    "Brennmark Defence AG grew strongly in the third quarter.\n\n"
    "| EUR million | Q3 2025 | Q3 2024 |\n"
    "|---|---:|---:|\n"
    "| Order intake | 4,920 | 3,000 |\n"
    "| Operating margin | 13.0% | 11.8% |\n"
    "| Free cash flow | –118 | 45 |\n"
)


def test_a_results_table_of_quarter_columns_gives_the_company_s_amounts_in_the_corner_s_unit(tmp_path: Path) -> None:
    facts = facts_by_value(tmp_path, "release.md", RESULTS_TABLE, "2025-11-06")
    intake = facts[4920]
    assert (intake.subject, intake.measure_kind, intake.currency, intake.scale) == (
        "Brennmark Defence AG",
        "money",
        "EUR",
        1e6,
    )
    assert (intake.period, facts[3000].period) == ("2025", "2024")
    assert "third quarter" in intake.qualifiers
    assert facts[13.0].measure_kind == "share_of_total" and facts[13.0].currency is None  # a margin, no amount
    assert facts[-118].measure_kind == "money"  # the dash before it is a minus sign


MARKED_TABLE = (
    "Government expenditure on defence, % of GDP.\n\n"
    "| Country | % of GDP 2022 | % of GDP 2023 |\n"
    "|---|---:|---:|\n"
    "| Poland ⁽²⁾ | 1.7 | 2.4 ⁽ᵖ⁾ |\n"
    "| Greece | 2.5 | 2.3 ⁽ᵉ⁾ |\n\n"
    "⁽²⁾ Includes the Armed Forces Support Fund.\n"
    "⁽ᵖ⁾ provisional ⁽ᵉ⁾ estimated\n"
)


def test_a_cell_marker_the_legend_explains_gives_the_cell_its_qualifier(tmp_path: Path) -> None:
    facts = facts_by_value(tmp_path, "release.md", MARKED_TABLE, "2025-02-27")
    assert facts[2.4].estimate and facts[2.3].estimate
    assert not facts[1.7].estimate and not facts[2.5].estimate


BRIEFING_TABLE = (
    "Table 1: UK defence expenditure, NATO definition\n\n"
    "| Fiscal year | Spending, £bn (cash) | % of GDP | Real-terms change, % |\n"
    "|---|---|---|---|\n"
    "| 2023-24 | 61.9[2] | 2.30 | 0.9 |\n"
    "| 2024-25 | 64.6[1] | 2.33ᵃ | 1.7ᵃ |\n\n"
    + "Cash spending rose over the decade; the briefing discusses it at length in the sections below. "
    * 8
    + "\n\n## Footnotes\n\n"
    "[1] NATO estimate, based on the MoD's outturn for the year.\n\n"
    "[2] Includes military assistance to Ukraine.\n\n"
    "ᵃ Estimate; figures for 2024-25 are provisional and may be revised.\n"
)


def test_a_bare_superscript_letter_on_a_cell_is_a_marker_its_note_at_the_end_explains(tmp_path: Path) -> None:
    """'2.33ᵃ' is 2.33, of its row's fiscal year, and the note 'ᵃ Estimate' among the document's closing footnotes,
    however far below the table, makes it an estimate; so does '[1] NATO estimate' for '64.6[1]'. A note saying
    nothing of the figure ('[2] Includes …') and the unmarked cells leave them as stated."""
    facts = facts_by_value(tmp_path, "briefing.md", BRIEFING_TABLE, "2025-04-07")
    share, change = facts[2.33], facts[1.7]
    assert (share.measure_kind, share.period, change.period) == ("share_of_gdp", "2024-25", "2024-25")
    assert share.estimate and change.estimate
    assert facts[64.6].estimate
    assert not facts[61.9].estimate and not facts[2.3].estimate


BREAKDOWN_PAGE = (
    "# Annual figures 2024\n\n"
    "## Outlook\n\n"
    "From 2026 to 2030 the government plans to spend between 4% and 5% of GDP on defence.\n\n"
    "## Budget by category\n\n"
    "```\n"
    "Equipment ............ 40 %\n"
    "Salaries ............. 35 %\n"
    "Training ............. 25 %\n"
    "```\n\n"
    "## Orders\n\n"
    "| Item | Quantity | Value (EUR million) |\n"
    "|---|---|---|\n"
    "| Armoured vehicles | 120 | 310 |\n"
)


def test_percentages_adding_up_to_a_whole_are_each_row_s_share_of_it(tmp_path: Path) -> None:
    # 'Equipment ..... 40 %': a percent sign spaced from its figure still ends a dotted leader's row
    facts = {fact.value: fact for fact in _build(tmp_path, "page.md", BREAKDOWN_PAGE, published="2025-03-31")}
    assert [(facts[v].subject, facts[v].measure_kind) for v in (40.0, 35.0, 25.0)] == [
        ("Equipment", "share_of_total"),
        ("Salaries", "share_of_total"),
        ("Training", "share_of_total"),
    ]


def test_a_table_under_a_heading_of_its_own_takes_no_year_from_the_section_before(tmp_path: Path) -> None:
    # 'From 2026 to 2030 …' speaks of the outlook, not of the breakdown under the next heading
    (tmp_path / "catalog.toml").write_text('["page.md"]\ntitle = "Annual figures 2024"\nperiod = "2024"\n')
    (tmp_path / "page.md").write_text(BREAKDOWN_PAGE, encoding="utf-8")
    facts = {fact.value: fact for fact in build_knowledge_base(tmp_path).facts if fact.value is not None}
    assert facts[40.0].period == "2024"


def test_a_column_headed_quantity_counts_the_items_of_its_rows(tmp_path: Path) -> None:
    facts = {fact.value: fact for fact in _build(tmp_path, "page.md", BREAKDOWN_PAGE, published="2025-03-31")}
    assert facts[120.0].measure_kind == "count"


CARDS_PAGE = (
    "# Key figures 2024\n\n"
    "```\n"
    "┌──────────────────────┐   ┌──────────────────────┐\n"
    "│   EUR 1.4 billion    │   │        +9 %          │\n"
    "│  defence funding     │   │  increase on 2023    │\n"
    "│     in 2024          │   │                      │\n"
    "└──────────────────────┘   └──────────────────────┘\n"
    "```\n"
)


def test_cards_drawn_side_by_side_are_each_a_figure_measured_by_the_words_under_it(tmp_path: Path) -> None:
    (tmp_path / "catalog.toml").write_text('["page.md"]\ntitle = "Estonia: key figures 2024"\nperiod = "2024"\n')
    (tmp_path / "page.md").write_text(CARDS_PAGE.replace("Key figures", "Estonia: key figures"), encoding="utf-8")
    facts = {fact.value: fact for fact in build_knowledge_base(tmp_path).facts if fact.value is not None}
    funding, rise = facts[1.4], facts[9.0]
    assert (funding.subject, funding.measure_kind, funding.period, funding.currency) == (
        "Estonia",
        "money",
        "2024",
        "EUR",
    )
    assert (rise.measure_kind, rise.period) == ("change", "2024")  # 'on 2023' names the year it is measured from
    assert "EUR 1.4 billion" in funding.citation.quote


STAGES = (
    "The Government proposes a defence budget of NOK 109.6 billion for 2025.\n\n"
    "**Key figures, defence budget (NOK million)**\n\n"
    "| | Balanced budget 2024 | Proposal 2025 | Change |\n"
    "|---|---|---|---|\n"
    "| Operating expenditure | 58,200 | 63,900 | +5,700 |\n"
    "| Investments in materiel | 27,100 | 31,800 | +4,700 |\n"
)


def test_a_column_of_a_year_and_its_budget_stage_is_measured_by_the_caption(tmp_path: Path) -> None:
    """'| Balanced budget 2024 | Proposal 2025 |' under 'Key figures, defence budget (NOK million)': each column is its
    year's, in the caption's currency and scale, as a column headed by the year alone is."""
    facts = facts_by_value(tmp_path, "release.md", STAGES, "2024-10-07")
    operating, proposed = facts[58200], facts[31800]
    assert (operating.unit, operating.currency, operating.scale, operating.period) == (Unit.MONEY, "NOK", 1e6, "2024")
    assert (proposed.unit, proposed.currency, proposed.period) == (Unit.MONEY, "NOK", "2025")


PLAN_STAGES = (
    "# Portugal: defence in the medium-term plan\n\n"
    "Portugal's Ministry of Defence spending by line, in the budget and the plan.\n\n"
    "**Table 2 — Ministry of Defence: spending by category (EUR mn)**\n\n"
    "| Category | 2024 outturn | 2025 budget | 2026 plan |\n"
    "|---|---|---|---|\n"
    "| Personnel pay | 1,410 | 1,455 | 1,490 |\n"
    "| Procurement programmes | 720 | 810 | 905 |\n"
    "| Operations and maintenance | 330 | 345 | 360 |\n"
    "| **Total** | **2,460** | **2,610** | **2,755** |\n"
)


def test_a_plan_s_year_is_a_budget_stage_so_a_line_naming_people_or_programmes_is_an_amount(tmp_path: Path) -> None:
    """'| 2024 outturn | 2025 budget | 2026 plan |' under a caption in 'EUR mn': every year column is a stage of the
    budget, so 'Personnel pay' and 'Procurement programmes' are its lines in euros, no headcount or number of
    programmes."""
    facts = facts_by_value(tmp_path, "plan.md", PLAN_STAGES, "2025-05-20")
    pay, programmes, planned = facts[1410], facts[810], facts[1490]
    assert (pay.subject, pay.measure_kind, pay.currency, pay.scale, pay.period) == (
        "Portugal",
        "money",
        "EUR",
        1e6,
        "2024",
    )
    assert (programmes.measure_kind, programmes.currency, programmes.period) == ("money", "EUR", "2025")
    assert (planned.measure_kind, planned.period, "proposal" in planned.qualifiers) == ("money", "2026", True)
    assert not any(fact.measure_kind == "count" for fact in facts.values())


LAW_STAGES = (
    "# Italy: the defence budget by chapter\n\n"
    "Amounts are written the Italian way: 2 764,7 M€ is two thousand seven hundred and sixty-four point seven million "
    "euros, and 7,1% seven point one per cent.\n\n"
    "**Table 1 – Defence budget by chapter (M€)**\n\n"
    "| Chapter | LFI 2023 | LFI 2024 | Var. % |\n"
    "|---|---|---|---|\n"
    "| Army | 741,8 | 779,6 | 5,1 |\n"
    "| Navy | 612,3 | 648,5 | 5,9 |\n"
    "| Total | 2 581,3 | 2 764,7 | 7,1 |\n"
)


def test_a_budget_law_s_abbreviation_and_its_year_head_a_year_of_that_budget(tmp_path: Path) -> None:
    """'| LFI 2023 | LFI 2024 | Var. % |' (a translated report keeping its budget law's abbreviation) under a caption in
    'M€': each column is its year's amounts of the lines of the budget of whom the document is about, and 'Var. %' is
    the change between them."""
    facts = facts_by_value(tmp_path, "budget.md", LAW_STAGES, "2023-12-15")
    army, navy, total = facts[741.8], facts[648.5], facts[2764.7]
    assert (army.subject, army.unit, army.currency, army.scale) == ("Italy", Unit.MONEY, "EUR", 1e6)
    assert army.period == "2023"
    assert (navy.period, total.period, total.measure_kind) == ("2024", "2024", "money")
    assert (facts[5.1].subject, facts[5.1].measure_kind, facts[5.1].period) == ("Italy", "change", "2023-2024")


SPAN_TABLE = (
    "# Brief on manpower budgets\n\n"
    "## Table 3. Change in personnel spending as a share of GDP (points)\n\n"
    "| Ally | 2015→2025 | 2024→2025 |\n"
    "|---|---:|---:|\n"
    "| Norway | +0.41 | +0.07 |\n"
    "| Portugal | -0.12 | +0.02 |\n"
)


def test_a_column_headed_by_a_span_alone_under_a_change_caption_is_the_change_over_its_span(tmp_path: Path) -> None:
    facts = facts_by_value(tmp_path, "brief.md", SPAN_TABLE, "2025-06-01")
    long, short = facts[0.41], facts[0.07]
    assert (long.subject, long.measure_kind, long.period) == ("Norway", "change", "2015-2025")
    assert (short.subject, short.measure_kind, short.period) == ("Norway", "change", "2024-2025")
    assert (facts[-0.12].measure_kind, facts[-0.12].period) == ("change", "2015-2025")


def test_a_column_headed_by_a_span_alone_under_no_change_caption_is_no_change(tmp_path: Path) -> None:
    text = SPAN_TABLE.replace("Change in personnel spending", "Personnel spending")
    facts = facts_by_value(tmp_path, "brief.md", text, "2025-06-01")
    assert facts[0.41].measure_kind != "change"


KEY_FIGURES = """# Association letter

Members met in Oslo to discuss budgets.

> ### BY THE NUMBERS
>
> | | |
> |---|---|
> | **180** | member companies, April 2025 |
> | **€9.4bn** | members' combined turnover, 2024 |
> | **3.8%** | Latvia's military spending as a share of GDP, 2024 |

More news follows.
"""


def test_a_sidebar_of_key_figures_reads_each_figure_by_its_words(tmp_path: Path) -> None:
    """A two-column table under an empty header, set as a block quote: each row a figure, then what it is."""
    facts = facts_by_value(tmp_path, "letter.md", KEY_FIGURES, "2025-05-15")
    latvia = facts[3.8]
    assert (latvia.subject, latvia.measure_kind, latvia.period) == ("Latvia", "share_of_gdp", "2024")
    assert facts[3.8].citation.quote == "| **3.8%** | Latvia's military spending as a share of GDP, 2024 |"


def test_a_sidebar_row_naming_no_one_is_pinned_on_no_one(tmp_path: Path) -> None:
    """'| **180** | member companies |' under a page mostly about Norway is the association's, not Norway's (nor,
    for 'members', the alliance's): a sidebar gathers figures of many owners, and a row naming none is left unread."""
    text = KEY_FIGURES.replace(
        "Members met in Oslo", "Norway spent 2.2% of GDP on defence in 2024. Members met in Oslo"
    )
    facts = facts_by_value(tmp_path, "letter.md", text, "2025-05-15")
    assert 180 not in facts and 9.4 not in facts
    assert facts[3.8].subject == "Latvia"


PERCENT_YEARS = (
    "## Defence expenditure as a share of GDP, selected allies\n\n"
    "| Ally | 2014 (%) | 2024e (%) |\n"
    "|---|---|---|\n"
    "| Belgium | 0.97 | 1.30 |\n"
    "| Latvia | 0.93 | 3.15 |\n"
)


def test_year_columns_in_percent_under_a_caption_naming_gdp_are_shares_of_gdp(tmp_path: Path) -> None:
    """'| 2014 (%) | 2024e (%) |' says its cells are percentages, the heading above says of what: each cell is the
    row's share of GDP in its column's year, the estimate mark kept."""
    facts = {f.value: f for f in _build(tmp_path, "sheet.md", PERCENT_YEARS) if f.citation.column_label}
    read = [(facts[v].subject, facts[v].measure_kind, facts[v].period) for v in (0.97, 1.3, 3.15)]
    assert read == [
        ("Belgium", "share_of_gdp", "2014"),
        ("Belgium", "share_of_gdp", "2024"),
        ("Latvia", "share_of_gdp", "2024"),
    ]
    assert facts[1.3].estimate and not facts[0.97].estimate
    assert (facts[3.15].citation.column_label, facts[3.15].citation.quote) == ("2024e (%)", "| Latvia | 0.93 | 3.15 |")
    sentence = PERCENT_YEARS.replace(
        "## Defence expenditure as a share of GDP, selected allies", "Military spending, % of GDP:"
    )
    facts = {f.value: f for f in _build(tmp_path, "note.md", sentence) if f.citation.column_label}
    assert (facts[0.93].measure_kind, facts[0.93].period) == ("share_of_gdp", "2014")


def test_year_columns_in_percent_under_a_caption_naming_no_base_stay_shares_of_a_total(tmp_path: Path) -> None:
    text = PERCENT_YEARS.replace("Defence expenditure as a share of GDP, selected allies", "Selected allies")
    facts = {f.value: f for f in _build(tmp_path, "sheet.md", text) if f.citation.column_label}
    assert facts[3.15].measure_kind == "share_of_total"


ANNEX = (
    "## Annex: National defence spending commitments\n\n"
    "| Country | 2025 estimate (% of GDP) | Target (% of GDP) | Target year |\n"
    "|---|---|---|---|\n"
    "| Finland | 2.45 | 3.0 | 2029 |\n"
    "| Canada | 1.37 | 2.1 | fiscal year 2025–26 |\n"
    "| Spain | 1.28 | 2.2 | — |\n"
)


def test_a_column_of_years_dates_its_row_s_figures_that_name_no_year(tmp_path: Path) -> None:
    facts = facts_by_value(tmp_path, "communique.md", ANNEX, "2025-11-14")
    assert (facts[2.45].subject, facts[2.45].period) == ("Finland", "2025")  # its column's own year
    assert (facts[3.0].subject, facts[3.0].period) == ("Finland", "2029")
    assert facts[2.1].period == "2025-26"
    assert facts[2.2].period == "2025"  # no year in its row: the table's own


def test_a_target_year_cell_is_the_target_s_date(tmp_path: Path) -> None:
    facts = facts_by_value(tmp_path, "communique.md", ANNEX, "2025-11-14")
    assert (facts[2029].subject, facts[2029].period) == ("Finland", "2029")


RANKED = (
    "| Rank | Country | USD million | % of GDP | Year |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Germany | 97,683 | 2.12 | 2024 |\n"
    "| 2 | Canada | 30,495 | 1.37 | 2023 |\n"
)


def test_a_column_headed_year_alone_dates_its_row_and_states_nothing_of_its_own(tmp_path: Path) -> None:
    facts = facts_by_value(tmp_path, "list.md", RANKED, "2024-09-01")
    assert (facts[97683].subject, facts[97683].period) == ("Germany", "2024")
    assert (facts[30495].subject, facts[30495].period) == ("Canada", "2023")
    assert 2024 not in facts
    assert 2023 not in facts


RANGE_TABLE = (
    "| Country | 2024 (% of GDP) | 2025 (% of GDP) |\n"
    "|---|---|---|\n"
    "| Denmark | 2.37 | 3.2 est. |\n"
    "| Finland | 2.41 | 2.4–2.5%[c] |\n"
    "| Iceland | n/a[b] | n/a[b] |\n"
)


def test_a_word_after_a_cell_s_number_noting_an_estimate_marks_it(tmp_path: Path) -> None:
    facts = {fact.value: fact for fact in _build(tmp_path, "overview.md", RANGE_TABLE) if fact.citation.column_label}
    denmark = facts[3.2]
    assert (denmark.subject, denmark.measure_kind, denmark.period) == ("Denmark", "share_of_gdp", "2025")
    assert denmark.estimate and not facts[2.37].estimate


def test_a_range_cell_gives_its_lowest_figure_as_a_minimum_and_its_highest_as_a_maximum(tmp_path: Path) -> None:
    facts = [fact for fact in _build(tmp_path, "overview.md", RANGE_TABLE) if fact.citation.column_label]
    finland = {fact.value: fact for fact in facts if fact.subject == "Finland" and fact.period == "2025"}
    assert sorted(finland) == [2.4, 2.5]
    assert ("minimum" in finland[2.4].qualifiers, "maximum" in finland[2.5].qualifiers) == (True, True)
    assert {fact.measure_kind for fact in finland.values()} == {"share_of_gdp"}
    assert not [fact for fact in facts if fact.subject == "Iceland"]  # 'n/a[b]': no figure


def test_a_cell_spanning_two_years_is_no_range(tmp_path: Path) -> None:
    text = "| Country | Spending (US$ bn) |\n|---|---|\n| Denmark | 2014–2024 |\n| Norway | 10.7 |\n"
    facts = [fact for fact in _build(tmp_path, "spans.md", text) if fact.citation.column_label]
    assert [fact.value for fact in facts] == [10.7]


def test_a_column_headed_by_a_fiscal_year_is_of_that_fiscal_year(tmp_path: Path) -> None:
    text = (
        "Poland's defence budget keeps growing.\n\n"
        "| Country | FY2025/26 (% of GDP) | 2029-30 (% of GDP) | Change 2014-2024 (pp) |\n|---|---|---|---|\n"
        "| Poland | 4.7 | 5.0 | +2.3 |\n"
    )
    facts = {fact.value: fact for fact in _build(tmp_path, "fiscal.md", text) if fact.citation.column_label}
    assert (facts[4.7].subject, facts[4.7].measure_kind, facts[4.7].period) == ("Poland", "share_of_gdp", "2025-26")
    assert facts[5.0].period == "2029-30"
    assert facts[2.3].period == "2014-2024"  # a span of years is no fiscal year


SCENARIOS = (
    "# Costing the NATO spending targets: National Defence scenarios, 2025-26 to 2035-36\n\n"
    "Canada's defence spending was $41.0 billion in 2024, placing Canada 28th of 32 allies. Canada plans more.\n\n"
    "All amounts are in Canadian dollars, nominal, unless stated.\n\n"
    "## Summary table (billions of dollars, nominal)\n\n"
    "| Fiscal year | 2025-26 | 2029-30 | 2035-36 |\n|---|---|---|---|\n"
    "| Nominal GDP | 3,130 | 3,634 | 4,545 |\n| Baseline | 45.4 | 64.0 | 80.0 |\n| 2% path | 62.6 | 72.7 | 90.9 |\n"
)


def test_rows_under_a_fiscal_year_corner_are_the_document_s_country_s_amounts_by_fiscal_year(tmp_path: Path) -> None:
    facts = {
        fact.value: fact
        for fact in _build(tmp_path, "costing.md", SCENARIOS, "Costing the NATO spending targets")
        if fact.citation.column_label
    }
    baseline, path = facts[64.0], facts[72.7]
    assert (baseline.subject, baseline.measure_kind, baseline.currency, baseline.scale) == (
        "Canada",
        "money",
        "CAD",
        1e9,
    )
    assert (baseline.period, baseline.measure_text) == ("2029-30", "Baseline")
    assert (path.subject, path.measure_kind, path.period) == ("Canada", "money", "2029-30")  # no count of those at 2%
    assert not {3130, 3634, 4545} & set(facts)  # the economy's output is no amount Canada spends


def test_a_table_far_from_the_document_s_country_is_never_the_alliance_s_its_title_names(tmp_path: Path) -> None:
    far = SCENARIOS.replace(
        "## Summary table",
        "Spending rises each year. The slope steepens later. The baseline stops rising. Most of it comes late. "
        "The path is straight.\n\n## Summary table",
    )
    facts = {
        fact.value: fact
        for fact in _build(tmp_path, "costing.md", far, "Costing the NATO spending targets")
        if fact.citation.column_label
    }
    assert facts[64.0].subject not in {"NATO Allies", "Canada"}


def test_a_row_s_shared_currency_symbol_is_its_subject_s_own_and_a_row_of_changes_in_per_cent_is_changes(
    tmp_path: Path,
) -> None:
    text = (
        "# Defense of Japan 2025: summary\n\nJapan's budget keeps rising.\n\n"
        "| | FY2023 | FY2024 | FY2025 |\n|---|---:|---:|---:|\n"
        "| Defence budget (¥ trillion) | 6.82 | 7.95 | 8.70 |\n"
        "| Change on previous year (%) | +26.3 | +16.5 | +9.4 |\n"
    )
    facts = {
        fact.value: fact for fact in _build(tmp_path, "paper.md", text, "Defense of Japan") if fact.citation.row_label
    }
    budget, change = facts[7.95], facts[16.5]
    assert (budget.subject, budget.measure_kind, budget.currency, budget.period) == ("Japan", "money", "JPY", "2024")
    assert (change.subject, change.measure_kind, change.unit, change.period) == (
        "Japan",
        "change",
        Unit.PERCENT,
        "2024",
    )


def test_a_cell_s_own_currency_symbol_of_several_currencies_is_whose_figure_it_is(tmp_path: Path) -> None:
    text = "| Country | Current budget |\n|---|---|\n| Japan | ¥8.7 trillion (FY2025) |\n| China | ¥1.78 trillion |\n"
    facts = {fact.value: fact for fact in _build(tmp_path, "budgets.md", text) if fact.citation.column_label}
    assert (facts[8.7].subject, facts[8.7].measure_kind, facts[8.7].currency) == ("Japan", "money", "JPY")
    assert facts[1.78].currency == "CNY"


def test_a_year_s_header_saying_its_figures_are_estimates_marks_them(tmp_path: Path) -> None:
    text = "| Ally | 2024 (% of GDP) | 2025 est. (% of GDP) |\n|---|---|---|\n| Estonia | 3.43 | 3.38 |\n"
    facts = {fact.value: fact for fact in _build(tmp_path, "explainer.md", text) if fact.citation.column_label}
    assert (facts[3.38].period, facts[3.38].estimate, facts[3.43].estimate) == ("2025", True, False)


def test_a_row_naming_an_entity_with_a_note_in_brackets_is_the_entity_s_of_the_year_the_note_names(
    tmp_path: Path,
) -> None:
    text = (
        "| Country | 2025 budget, approx. USD bn | Share of GDP, % | Gap to 3.5% core, percentage points |\n"
        "|---|---|---|---|\n| Australia (2025–26) | 38 | 2.0 | 1.5 |\n| Japan (FY2025) | 59 | 1.4 | 2.1 |\n"
        "| United States (NATO, 2024) | — | 3.4 | n/a |\n"
    )
    facts = {fact.value: fact for fact in _build(tmp_path, "brief.md", text) if fact.citation.column_label}
    assert (facts[38].subject, facts[38].measure_kind, facts[38].period) == ("Australia", "money", "2025-26")
    assert (facts[1.4].subject, facts[1.4].period) == ("Japan", "2025")
    assert (facts[3.4].subject, facts[3.4].measure_kind, facts[3.4].period) == ("United States", "share_of_gdp", "2024")
    assert facts[1.5].measure_kind != "count"  # a distance in points to a level counts no one


def test_a_table_of_years_in_a_document_whose_title_names_no_one_is_the_document_s_country_s(tmp_path: Path) -> None:
    text = (
        "Poland's defence spending keeps rising. Poland plans more for 2026. Poland's economy grows.\n\n"
        "The Unit notes that the Fund's expenditure is not subject to the same scrutiny. It is managed by a bank. "
        "It is financed by bonds. Its reporting lags. The Unit asks for more.\n\n"
        "3.2 Trend since 2022\n\n"
        "| Year | Status | Defence spending (PLN billion) | Share of GDP (%) |\n|---|---|---|---|\n"
        "| 2022 | Budget Act | 57.7 | 2.2 |\n| 2023 | Budget Act | 137.1 | 4.0 |\n"
    )
    facts = {
        fact.value: fact
        for fact in _build(
            tmp_path, "brief.txt", text, "Budget Brief No. 14/2025: National defence in the draft budget"
        )
        if fact.citation.column_label
    }
    assert (facts[57.7].subject, facts[57.7].period, facts[4.0].subject) == ("Poland", "2022", "Poland")


def test_a_difference_column_holds_changes_in_its_unit(build_note) -> None:
    facts = build_note(
        "# Germany's defence budget\n\n| Year | Planned, EUR bn | Actual, EUR bn | Difference, EUR bn |\n"
        "|---|---|---|---|\n| 2022 | 50.40 | 49.28 | -1.12 |\n| 2024 | 51.95 | 52.06 | +0.11 |\n",
        name="note.md",
    )
    kinds = {(fact.value, fact.period): fact.measure_kind for fact in facts}
    assert kinds[(-1.12, "2022")] == kinds[(0.11, "2024")] == "change"
    assert kinds[(50.40, "2022")] == kinds[(52.06, "2024")] == "money"


def test_an_amount_with_its_currency_in_a_year_s_row_is_the_columns_figure(build_note) -> None:
    text = (
        "# Australia's defence budget\n\nThe budget grows each year.\n\n"
        "| Fiscal year | Defence funding | Share of GDP |\n|---|---|---|\n"
        "| 2025-26 (budget) | A$59.0bn | 2.02% |\n| 2026-27 (forward estimate) | AUD 63.4 billion | 2.08% |\n"
        "| 2027-28 | A$66.1bn for Japan | 2.13% |\n"
    )
    facts = {fact.value: fact for fact in build_note(text, name="budget.md")}
    assert (facts[59.0].subject, facts[59.0].measure_kind, facts[59.0].period) == ("Australia", "money", "2025-26")
    assert (facts[59.0].currency, facts[59.0].scale) == ("AUD", 1e9)
    assert (facts[63.4].currency, facts[63.4].period) == ("AUD", "2026-27")
    assert 66.1 not in facts  # a cell saying more than its amount may be someone else's


PLAIN_AMOUNTS_TABLE = (
    "## Belgium's investment\n\n"
    "Belgium's planned and actual investment differ year after year.\n\n"
    "Figure 4 – Budgeted versus spent procurement ({unit})\n\n"
    "| Year | Budgeted | Spent | Share spent |\n"
    "|---|---|---|---|\n"
    "| 2023 | 2.7 | 2.1 | 78% |\n"
    "| 2024 | 3.3 | 2.9 | 88% |\n"
)


def test_plain_numbers_in_a_table_of_years_are_amounts_in_the_caption_s_unit(tmp_path: Path) -> None:
    """'Figure 4 – Budgeted versus spent procurement (€ billion)' over '| Year | Budgeted | Spent |': the columns its
    words head hold amounts in the caption's currency and scale, each of its row's year."""
    facts = {fact.value: fact for fact in _build(tmp_path, "note.md", PLAIN_AMOUNTS_TABLE.format(unit="€ billion"))}
    budgeted, spent = facts[3.3], facts[2.1]
    assert (budgeted.measure_kind, budgeted.currency, budgeted.scale, budgeted.period) == ("money", "EUR", 1e9, "2024")
    assert (spent.measure_kind, spent.currency, spent.period) == ("money", "EUR", "2023")
    assert facts[88].measure_kind != "money"  # a column of percentages holds no amounts


def test_plain_numbers_under_a_caption_naming_no_amount_stay_unmeasured(tmp_path: Path) -> None:
    facts = {fact.value: fact for fact in _build(tmp_path, "note.md", PLAIN_AMOUNTS_TABLE.format(unit="selected"))}
    assert facts[3.3].measure_kind != "money"


CATEGORY_SHARES = (
    "# Spain: Report on Defence Expenditure 2024\n\n"
    "In 2024 the defence expenditure of Spain reached EUR 19.723 million, or 1,28 % of GDP.\n\n"
    "## Distribution by category\n\n"
    "The distribution of the 2024 expenditure among the four categories used by NATO is shown below.\n\n"
    "| Category | Share of total (%) | EUR million |\n"
    "|---|---|---|\n"
    "| Personnel | 43,9 | 8.659 |\n"
    "| Equipment | 30,3 | 5.977 |\n"
    "| Infrastructure | 2,7 | 523 |\n"
    "| Operations and other | 23,1 | 4.564 |\n"
    "| **Total** | **100,0** | **19.723** |\n"
)


@pytest.mark.parametrize("text", [CATEGORY_SHARES, CATEGORY_SHARES.replace("(%)", "(percent)")])
def test_shares_headed_by_the_percent_sign_and_written_with_decimal_commas_break_down_the_subject_s_whole(
    tmp_path: Path, text: str
) -> None:
    """'| Share of total (%) |' over '43,9', '30,3' … adding up to 100: each row a part of Spain's spending (the
    body whose categories they are is no one's subject), its total row Spain's total."""
    (tmp_path / "report.md").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text(
        '["report.md"]\ntitle = "Spain: Report on Defence Expenditure 2024"\n'
        'published = "2025-05-15"\nperiod = "2024"\n'
    )
    facts = [fact for fact in build_knowledge_base(tmp_path).facts if fact.value is not None]
    rows = {(fact.value, fact.measure_kind): fact for fact in facts if fact.citation.row_label}
    if "(%)" not in text:  # a header not writing the sign says no breakdown: the rows stay their labels'
        assert rows[(43.9, "share_of_total")].subject == "Personnel"
        return
    assert {fact.subject for fact in rows.values()} == {"Spain"}
    assert (rows[(8659.0, "money")].currency, rows[(8659.0, "money")].scale) == ("EUR", 1e6)
    assert rows[(19723.0, "money")].subject == "Spain"


YEARS_AS_COLUMNS = (
    "# Military Programming Law 2024-2030\n\n"
    "The budget of the French armed forces rises every year of the law, by 3,3 Md€ in 2024 and 1,7 % more.\n\n"
    "| | 2023 | 2024 | 2025 |\n"
    "|---|---|---|---|\n"
    "| Budget of the armed forces, Md€ | 43,9 | 47,2 | 50,5 |\n"
    "| Increase on previous year, Md€ | — | +3,3 | +3,2 |\n"
    "| Personnel (posts) | 270 000 | 270 700 | 271 400 |\n"
)


def test_a_row_of_increases_in_a_currency_under_year_columns_is_the_subject_s_changes(tmp_path: Path) -> None:
    """'| Increase on previous year, Md€ | — | +3,3 | +3,2 |' under '| | 2023 | 2024 | 2025 |': each cell the year's
    rise in euros, as a column of increases beside a column of years is; the budget row stays amounts and the posts a
    headcount."""
    facts = _build(tmp_path, "lpm.md", YEARS_AS_COLUMNS, title="Military Programming Law 2024-2030")
    rows = {(fact.citation.row_label, fact.period): fact for fact in facts if fact.citation.row_label}
    rise = rows[("Increase on previous year, Md€", "2025")]
    assert (rise.subject, rise.value, rise.measure_kind, rise.currency, rise.scale) == (
        "France",
        3.2,
        "change",
        "EUR",
        1e9,
    )
    budget = rows[("Budget of the armed forces, Md€", "2024")]
    assert (budget.value, budget.measure_kind, budget.currency) == (47.2, "money", "EUR")
    assert (rows[("Personnel (posts)", "2025")].value, rows[("Personnel (posts)", "2025")].measure_kind) == (
        271_400,
        "count",
    )


LONG_FORM = (
    "Defence expenditure of two Allies, data extract\n\n"
    "country{sep}year{sep}status{sep}share_gdp_pct{sep}expenditure_eur_mn\n"
    "Estonia{sep}2023{sep}final{sep}2.73{sep}1040.1\n"
    "Estonia{sep}2024{sep}estimate{sep}3.43{sep}1337.7\n"
    "Latvia{sep}2024{sep}estimate{sep}3.15{sep}1291.5\n"
)


@pytest.mark.parametrize("sep", ["\t", " | "])
def test_a_long_form_table_s_year_status_and_machine_named_columns_say_of_their_row(tmp_path: Path, sep: str) -> None:
    """A tab- or pipe-separated data extract: its 'year' column dates the row (no figure of 2023 of its own), its
    'status' column marks the row's figures as estimates, its machine-named columns ('expenditure_eur_mn') say
    their measure, currency and scale."""
    facts = facts_by_value(tmp_path, "extract.txt", LONG_FORM.format(sep=sep), "2024-07-02")
    assert 2023 not in facts and 2024 not in facts
    amount = facts[1337.7]
    assert (amount.subject, amount.period, amount.currency, amount.scale) == ("Estonia", "2024", "EUR", 1e6)
    assert amount.estimate and "estimate" in amount.qualifiers
    assert not facts[1040.1].estimate
    assert (facts[3.15].unit, facts[3.15].period, facts[3.15].estimate) == (Unit.PERCENT_OF_GDP, "2024", True)


TWO_LEVEL_HEADER = (
    "Military outlays of three partners, in euros and as a share of GDP.\n\n"
    "|  | 2019 |  | 2022e |  |\n"
    "|---|---|---|---|---|\n"
    "| **Partner** | **EUR bn** | **% GDP** | **EUR bn** | **% GDP** |\n"
    "| Norway | 6.4 | 1.84 | 7.9² | 1.41 |\n"
    "| Denmark | 4.1 | 1.29 | 4.9 | 1.38* |\n"
)


def test_a_header_of_two_levels_heads_each_column_by_its_period_and_its_unit(tmp_path: Path) -> None:
    facts = facts_by_value(tmp_path, "outlays.md", TWO_LEVEL_HEADER, "2023-02-01")
    norway_2019, share_2019 = facts[6.4], facts[1.84]
    assert (norway_2019.subject, norway_2019.measure_kind, norway_2019.period) == ("Norway", "money", "2019")
    assert (norway_2019.currency, norway_2019.scale) == ("EUR", 1e9)
    assert (share_2019.measure_kind, share_2019.period) == ("share_of_gdp", "2019")
    assert share_2019.unit == Unit.PERCENT_OF_GDP
    # the empty cell after '2022e' is headed by it too: its period, and its mark of an estimate
    share_2022 = facts[1.41]
    assert (share_2022.measure_kind, share_2022.period, share_2022.estimate) == ("share_of_gdp", "2022", True)
    assert (facts[7.9].period, facts[7.9].measure_kind) == ("2022", "money")  # its footnote marker is no figure
    assert (facts[1.38].subject, facts[1.38].period) == ("Denmark", "2022")


def test_the_row_naming_the_columns_states_no_figure(tmp_path: Path) -> None:
    facts = facts_by_value(tmp_path, "outlays.md", TWO_LEVEL_HEADER, "2023-02-01")
    assert not any("Partner" in (fact.subject or "") for fact in facts.values())
    assert {fact.citation.column_label for fact in facts.values() if fact.subject == "Norway"} == {
        "2019 EUR bn",
        "2019 % GDP",
        "2022e EUR bn",
        "2022e % GDP",
    }


def test_a_header_of_two_levels_may_stand_above_the_line_under_it_and_repeat_its_upper_labels(tmp_path: Path) -> None:
    text = (
        "Outlays by partner.\n\n"
        "| | Outlays (USD bn) | Outlays (USD bn) | Share of GDP | Share of GDP |\n"
        "| Partner | 2020 | 2021 | 2020 | 2021 |\n"
        "|---|---|---|---|---|\n"
        "| Norway | 7.2 | 7.7 | 1.95 | 1.72 |\n"
        "| Denmark | 4.6 | 5.3 | 1.34 | 1.31 |\n"
    )
    facts = facts_by_value(tmp_path, "outlays.md", text, "2022-03-01")
    assert (facts[7.7].measure_kind, facts[7.7].period, facts[7.7].scale) == ("money", "2021", 1e9)
    assert (facts[1.95].measure_kind, facts[1.95].period) == ("share_of_gdp", "2020")
    assert (facts[1.31].subject, facts[1.31].period) == ("Denmark", "2021")


def test_a_tab_separated_table_may_have_a_header_of_two_levels(tmp_path: Path) -> None:
    text = (
        "Outlays by partner.\n\n\t2020\t\t2021\t\nPartner\tUSD bn\t% GDP\tUSD bn\t% GDP\nNorway\t7.2\t1.95\t7.7\t1.72\n"
    )
    facts = facts_by_value(tmp_path, "outlays.txt", text, "2022-03-01")
    assert (facts[7.7].measure_kind, facts[7.7].period) == ("money", "2021")
    assert (facts[1.72].measure_kind, facts[1.72].period) == ("share_of_gdp", "2021")


def test_a_first_row_of_figures_or_of_an_entity_is_no_second_header_level(tmp_path: Path) -> None:
    text = (
        "Outlays by partner.\n\n|  | 2020 |  |\n|---|---|---|\n| Norway | USD bn | % GDP |\n| Denmark | 4.6 | 1.34 |\n"
    )
    facts = facts_by_value(tmp_path, "outlays.md", text, "2022-03-01")
    # the row naming an entity stays a row: the table's columns say no unit, so neither figure is read as one
    assert facts[4.6].measure_kind != "money" and facts[1.34].measure_kind != "share_of_gdp"


def test_a_column_headed_by_its_unit_alone_measures_the_spending_its_caption_names(tmp_path: Path) -> None:
    facts = facts_by_value(tmp_path, "outlays.md", TWO_LEVEL_HEADER, "2023-02-01")
    assert facts[6.4].measure_text == "Military outlays, 2019 EUR bn"
    assert facts[1.41].measure_text == "Military outlays, 2022e % GDP"


def test_a_caption_naming_whose_spending_it_is_lends_its_words_to_no_unit_column(tmp_path: Path) -> None:
    text = TWO_LEVEL_HEADER.replace("Military outlays of three partners", "Norway's military outlays")
    facts = facts_by_value(tmp_path, "outlays.md", text, "2023-02-01")
    assert facts[6.4].measure_text == "2019 EUR bn"


def test_notes_under_a_table_keyed_by_a_superscript_number_or_a_sign_qualify_the_cells_and_rows_they_mark(
    tmp_path: Path,
) -> None:
    text = (
        "Military outlays of four partners, share of GDP.\n\n"
        "| Partner | 2019 (% GDP) | 2022 (% GDP) |\n"
        "|---|---|---|\n"
        "| Norway | 1.84 | 1.41¹ |\n"
        "| Denmark | 1.29 | 1.38* |\n"
        "| Finland† | 1.33 | 1.71 |\n"
        "| *Nordic total* | 1.55 | 1.48 |\n\n"
        "¹ National estimate, to be revised.\n"
        "\\* Includes pensions.\n"
        "† Preliminary figures for every year.\n"
    )
    facts = facts_by_value(tmp_path, "outlays.md", text, "2023-02-01")
    assert facts[1.41].estimate and not facts[1.84].estimate
    assert not facts[1.38].estimate  # its note says nothing of what kind of figure it is
    assert facts[1.33].estimate and facts[1.71].estimate  # a note on the row's label is on each of its figures
    assert not facts[1.55].estimate and not facts[1.48].estimate  # emphasis is no note's sign


def test_a_note_marking_a_column_s_header_qualifies_every_figure_under_it(tmp_path: Path) -> None:
    text = (
        "Military outlays of two partners.\n\n"
        "|  | 2021 |  | 2022¹ |  |\n"
        "|---|---|---|---|---|\n"
        "| Partner | EUR bn | % GDP | EUR bn | % GDP |\n"
        "| Norway | 6.4 | 1.84 | 7.9 | 1.41 |\n"
        "| Denmark | 4.1 | 1.29 | 4.9 | 1.38 |\n\n"
        "¹ Preliminary figures, to be revised.\n"
    )
    facts = facts_by_value(tmp_path, "outlays.md", text, "2023-02-01")
    assert all(facts[value].estimate for value in (7.9, 1.41, 4.9, 1.38))
    assert not any(facts[value].estimate for value in (6.4, 1.84, 4.1, 1.29))


PRICED_TABLE = (
    "# Canada — Departmental Spending 2024\n\n"
    "## Table 3: spending by area, 2023/24 and 2024/25\n\n"
    "C$bn. Cash terms unless stated. Real terms use the GDP deflator of the finance department.\n\n"
    "| Area | 2023/24 cash | 2024/25 cash | 2023/24 in 2024/25 prices | Real-terms change (per cent) |\n"
    "|---|---|---|---|---|\n"
    "| Personnel | 11.2 | 12.4 | 11.9 | 4.2 |\n"
    "| Equipment purchases | 6.1 | 7.3 | 6.5 | 12.3 |\n"
    "| **Total** | **17.3** | **19.7** | **18.4** | **7.1** |\n"
)


@pytest.fixture(scope="module")
def priced_facts(tmp_path_factory: pytest.TempPathFactory) -> dict[float, Fact]:
    return facts_by_value(tmp_path_factory.mktemp("priced"), "spending.md", PRICED_TABLE, "2024-11-20")


def test_a_year_column_naming_its_prices_holds_amounts_of_that_year(priced_facts: dict[float, Fact]) -> None:
    """'2023/24 cash', '2023/24 in 2024/25 prices': the fiscal year's amounts, in the currency and scale the sentence
    before the table names (its later sentence naming a GDP deflator says no share of GDP); the year of the prices is
    no period of the cells, and the basis stays in the words of what they measure."""
    cash, real = priced_facts[11.2], priced_facts[11.9]
    for fact in (cash, real, priced_facts[12.4]):
        assert (fact.subject, fact.measure_kind, fact.currency, fact.scale) == ("Canada", "money", "CAD", 1e9)
    assert (cash.period, priced_facts[12.4].period, real.period) == ("2023-24", "2024-25", "2023-24")
    assert "cash" in (cash.measure_text or "") and "prices" in (real.measure_text or "")


def test_a_personnel_row_of_priced_columns_is_an_amount_not_a_headcount(priced_facts: dict[float, Fact]) -> None:
    assert (priced_facts[12.4].measure_kind, priced_facts[12.4].unit) == ("money", Unit.MONEY)


def test_a_change_between_two_fiscal_years_is_the_change_over_the_later_one(priced_facts: dict[float, Fact]) -> None:
    """A change column headed 'per cent' in words is in per cent, never in the table's amounts; its period is the later
    fiscal year, never a span of their first years ('2023-2024' would read as the fiscal year 2023-24)."""
    for value in (4.2, 12.3, 7.1):
        change = priced_facts[value]
        assert (change.measure_kind, change.currency, change.period) == ("change", None, "2024-25")


def test_rows_labelled_by_two_letter_codes_name_their_countries(tmp_path: Path) -> None:
    text = (
        "Defence expenditure as a share of GDP (%):\n\n"
        "| Ally | 2015 | 2024e |\n|---|---|---|\n"
        "| PT | 1.31 | 1.55 |\n| IT | 1.01 | 1.46 |\n| **Total** | 1.2 | 1.5 |\n"
    )
    facts = facts_by_value(tmp_path, "coded.md", text, "2025-07-01")
    assert (facts[1.31].subject, facts[1.46].subject) == ("Portugal", "Italy")


def test_a_code_among_other_row_labels_names_no_one(tmp_path: Path) -> None:
    text = (
        "Germany's defence budget by item (EUR bn), 2025:\n\n"
        "| Item | 2025 |\n|---|---|\n| Personnel | 24.1 |\n| IT | 2.3 |\n| Infrastructure | 7.9 |\n"
    )
    facts = facts_by_value(tmp_path, "items.md", text, "2025-07-01")
    assert facts[2.3].subject != "Italy"
