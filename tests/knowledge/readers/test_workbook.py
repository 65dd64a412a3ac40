"""The workbook reader: NATO's real workbook against its tidy CSV, and generated workbooks laid out alike."""

from __future__ import annotations

import csv
import math
import os
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from knowledge.readers.tables import TableFigure, TableReadError
from knowledge.readers.workbook import read_workbook, split_row_label

SOURCES = Path(os.environ.get("NATO_SOURCES") or Path(__file__).resolve().parents[3].parent / "shared" / "sources")
NATO_WORKBOOK = SOURCES / "nato-defence-expenditure-2014-2024.xlsx"
NATO_TIDY_CSV = SOURCES / "nato-defence-expenditure-2014-2024.tidy.csv"
CSV_DECIMALS = 4  # the tidy CSV writes every value rounded to 4 decimals


@pytest.fixture(scope="module")
def nato_figures() -> list[TableFigure]:
    if not NATO_WORKBOOK.is_file() or not NATO_TIDY_CSV.is_file():
        pytest.skip(f"NATO reference files not found under {SOURCES} (../shared is absent)")
    return read_workbook(NATO_WORKBOOK).figures


@pytest.fixture(scope="module")
def nato_warnings() -> list[str]:
    if not NATO_WORKBOOK.is_file():
        pytest.skip(f"NATO workbook not found under {SOURCES} (../shared is absent)")
    return read_workbook(NATO_WORKBOOK).warnings


@pytest.fixture(scope="module")
def tidy_rows() -> dict[tuple[str, str, str, str], dict[str, str]]:
    if not NATO_TIDY_CSV.is_file():
        pytest.skip(f"NATO tidy CSV not found under {SOURCES} (../shared is absent)")
    with NATO_TIDY_CSV.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    keyed = {(row["table"], row["measure"], row["entity"], row["year"]): row for row in rows}
    assert len(keyed) == len(rows) == 5501
    return keyed


# --- NATO's real workbook ------------------------------------------------------------------------


def test_nato_workbook_yields_exactly_the_tidy_csv_figures(nato_figures, tidy_rows):
    keys = [figure.key for figure in nato_figures]
    assert len(keys) == len(set(keys)), "a figure key was read twice"
    assert set(keys) - set(tidy_rows) == set(), "figures the tidy CSV does not have"
    assert set(tidy_rows) - set(keys) == set(), "tidy CSV figures the reader missed"
    assert len(nato_figures) == 5501


def test_nato_workbook_figures_agree_with_tidy_csv_in_value_cell_and_estimate(nato_figures, tidy_rows):
    disagreements = []
    for figure in nato_figures:
        row = tidy_rows[figure.key]
        tidy_value = float(row["value"])
        # The CSV is rounded to 4 decimals, so 1e-9 relative cannot hold against it (small shares
        # differ by up to 1e-3 relative); the workbook value rounded the same way must equal it exactly.
        same_value = round(figure.value, CSV_DECIMALS) == tidy_value and math.isclose(
            figure.value, tidy_value, rel_tol=0, abs_tol=0.5 * 10**-CSV_DECIMALS + 1e-12
        )
        expected = (row["sheet"], row["cell"], row["estimate"] == "yes", row["table_title"], row["unit"])
        actual = (figure.sheet, figure.cell, figure.estimate, figure.table_title, figure.unit)
        if not same_value or actual != expected or figure.basis != row["basis"]:
            disagreements.append((figure.key, figure.value, row["value"], actual, expected))
    assert disagreements == []


def test_nato_ref_cells_and_unlabelled_row_are_warnings(nato_warnings):
    assert "TABLE1!D42: #REF! skipped" in nato_warnings
    assert "TABLE8a!I75: #REF! skipped" in nato_warnings
    assert "TABLE8b!D42:M42: 10 value(s) without a row label skipped" in nato_warnings
    assert sum("#REF!" in warning for warning in nato_warnings) == 30


def test_nato_row_labels_are_cleaned_and_kept_raw(nato_figures):
    czechia = next(f for f in nato_figures if f.table == "1" and f.entity == "Czechia" and f.year == 2024)
    assert (czechia.currency, czechia.row_label, czechia.column_label) == (
        "Koruny",
        "Czechia*   (Koruny)",
        "2024e",
    )
    assert czechia.estimate
    in_dollars = next(f for f in nato_figures if f.table == "2" and f.entity == "Czechia")
    assert (in_dollars.currency, in_dollars.row_label) == (None, "Czechia*")
    assert all("*" not in f.entity and "(" not in f.entity for f in nato_figures)


def test_nato_aggregates_and_iceland(nato_figures):
    aggregates = {"NATO Europe and Canada", "NATO Total"}
    tables_with_aggregates = {f.table for f in nato_figures if f.entity in aggregates}
    assert tables_with_aggregates == {"2", "3", "5", "6", "7"}
    assert {f.table for f in nato_figures if f.entity == "Iceland"} == {"5", "6"}
    total_2024 = next(
        f for f in nato_figures if f.table == "3" and f.entity == "NATO Total" and f.year == 2024 and "GDP" in f.measure
    )
    assert total_2024.cell == "N43"
    assert total_2024.value == pytest.approx(2.7127, abs=5e-5)


def test_nato_table_4_labelled_columns(nato_figures):
    albania = {f.measure + " " + f.period: f for f in nato_figures if f.table == "4" and f.entity == "Albania"}
    assert sorted(albania) == [
        "Defence expenditure 2014",
        "Defence expenditure 2024",
        "Real change 2014-2024e (%) 2014-2024",
        "Share of real GDP 2014 (%) 2014",
        "Share of real GDP 2024e (%) 2024",
    ]
    span = albania["Real change 2014-2024e (%) 2014-2024"]
    assert (span.start_year, span.year, span.cell) == (2014, 2024, "F23")
    assert albania["Share of real GDP 2024e (%) 2024"].estimate


# --- generated workbooks ---------------------------------------------------------------------------


@dataclass
class Entity:
    label: str
    values: Sequence[object]
    aggregate: bool = False  # NATO writes aggregate labels one column further left


@dataclass
class TableSpec:
    number: str
    title: str
    years: Sequence[object]
    blocks: Sequence[tuple[str | None, Sequence[Entity]]]
    heading: Sequence[str] = ("Million US dollars",)
    notes: Sequence[str] = ()
    page: str | int | None = None
    extra_headers: Sequence[str] = ()
    label_column: int = 3
    gaps: bool = True
    cells: dict[tuple[str, int], str] = field(default_factory=dict)  # (entity, year index) -> cell written


def write_table(sheet: Worksheet, top: int, spec: TableSpec) -> int:
    """Lay a table out like NATO's from row `top`; returns the first free row below it."""
    title_column, first = spec.label_column - 1, spec.label_column + 1
    row = top
    sheet.cell(row, title_column, f"Table {spec.number} : {spec.title}")
    row += 2 if spec.gaps else 1
    for line in spec.heading:
        sheet.cell(row, title_column, line)
        row += 2 if spec.gaps else 1
    for offset, year in enumerate([*spec.years, *spec.extra_headers]):
        sheet.cell(row, first + offset, year)
    row += 2 if spec.gaps else 1
    for block, entities in spec.blocks:
        if block is not None:
            sheet.cell(row, title_column, block)
            row += 1
        for entity in entities:
            sheet.cell(row, spec.label_column - 1 if entity.aggregate else spec.label_column, entity.label)
            for offset, value in enumerate(entity.values):
                if value is not None:
                    sheet.cell(row, first + offset, value)
                    spec.cells[(f"{block}|{entity.label}", offset)] = f"{get_column_letter(first + offset)}{row}"
            row += 1
    row += 2
    for note in spec.notes:
        sheet.cell(row, spec.label_column, note)
        row += 1
    if spec.page is not None:
        sheet.cell(row + 1, title_column, spec.page)
        row += 2
    return row + 2


def save(workbook: Workbook, path: Path) -> Path:
    workbook.save(path)
    return path


def by_key(figures: list[TableFigure]) -> dict[tuple[str, str, str, str], TableFigure]:
    keyed = {figure.key: figure for figure in figures}
    assert len(keyed) == len(figures)
    return keyed


YEARS_2010_2016 = [2010, 2011, "2012", 2013, 2014, "2015", "2016e"]


def spending_table() -> TableSpec:
    return TableSpec(
        number="1",
        title="Defence expenditure",
        years=YEARS_2010_2016,
        heading=["Million national currency units"],
        blocks=[
            (
                "Current prices",
                [
                    Entity("Atlantis   (Crowns)", [1, 2, 3, 4, 5, 6, 7.5]),
                    Entity("Borduria*   (New Dinars)", [10, 20, "#REF!", 40, 50, 60, 70]),
                    Entity("Carpania (a)", [0.125, None, 0.5, 1, 2, 3, 4]),
                    Entity("", ["#REF!", "#REF!", "#REF!"]),
                ],
            ),
            (
                "Constant 2010 prices ",
                [
                    Entity("Atlantis   (Crowns)", [1, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5]),
                    Entity("Borduria*   (New Dinars)", [11, 21, 31, 41, 51, 61, 71]),
                    Entity("Alliance Total", [100, 200, 300, 400, 500, 600, 700], aggregate=True),
                ],
            ),
        ],
        notes=[
            "Notes: Figures for 2016 are estimates.",
            "*  These Allies have national laws which call for 2% of GDP.",
            "(a) Carpania reports on a fiscal year.",
        ],
        page="-3-",
    )


def test_generated_table_with_other_rows_and_years(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Data"
    spec = spending_table()
    write_table(sheet, 4, spec)
    result = read_workbook(save(workbook, tmp_path / "spending.xlsx"))

    figures = by_key(result.figures)
    assert len(figures) == 7 + 6 + 6 + 7 + 7 + 7
    atlantis = figures[("1", "Current prices", "Atlantis", "2016")]
    assert (atlantis.value, atlantis.estimate, atlantis.column_label) == (7.5, True, "2016e")
    assert (atlantis.currency, atlantis.row_label, atlantis.unit, atlantis.basis) == (
        "Crowns",
        "Atlantis   (Crowns)",
        "Million national currency units",
        "",
    )
    assert atlantis.cell == spec.cells[("Current prices|Atlantis   (Crowns)", 6)]
    assert figures[("1", "Current prices", "Atlantis", "2012")].column_label == "2012"
    assert not figures[("1", "Current prices", "Atlantis", "2015")].estimate
    borduria = figures[("1", "Constant 2010 prices", "Borduria", "2010")]
    assert (borduria.value, borduria.currency) == (11, "New Dinars")
    assert figures[("1", "Current prices", "Carpania", "2010")].value == 0.125
    assert ("1", "Current prices", "Carpania", "2011") not in figures
    assert figures[("1", "Constant 2010 prices", "Alliance Total", "2016")].value == 700
    assert {figure.table_title for figure in result.figures} == {"Defence expenditure"}

    borduria_ref = spec.cells[("Current prices|Borduria*   (New Dinars)", 2)]
    assert f"Data!{borduria_ref}: #REF! skipped" in result.warnings
    assert sum("#REF!" in warning for warning in result.warnings) == 4
    assert len(result.warnings) == 4


def test_two_tables_on_one_sheet(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "TABLES"
    first = TableSpec(
        number="2",
        title="Defence expenditure",
        years=[2020, 2021, "2022e"],
        blocks=[("Current prices and exchange rates", [Entity("Atlantis", [1, 2, 3])])],
        notes=["Note: Figures for 2022 are estimates."],
        page=7,
    )
    second = TableSpec(
        number="3",
        title="Defence expenditure as a share of GDP and annual real change",
        years=[2019, 2020, 2021, "2022e"],
        heading=["Based on 2015 prices"],
        blocks=[
            (
                "Share of real GDP (%)",
                [Entity("Atlantis", [1.1, 1.2, 1.3, 1.4]), Entity("Borduria*", [2, 2, 2, 2])],
            ),
            ("Annual real change (%)", [Entity("Atlantis", [-1, 0, 1, 2])]),
        ],
        page="-8-",
    )
    below = write_table(sheet, 2, first)
    write_table(sheet, below, second)
    result = read_workbook(save(workbook, tmp_path / "two.xlsx"))

    figures = by_key(result.figures)
    assert len(figures) == 3 + 8 + 4
    assert figures[("2", "Current prices and exchange rates", "Atlantis", "2022")].estimate
    share = figures[("3", "Share of real GDP (%)", "Borduria", "2019")]
    assert (share.unit, share.table_title, share.sheet) == (
        "Based on 2015 prices",
        "Defence expenditure as a share of GDP and annual real change",
        "TABLES",
    )
    assert figures[("3", "Annual real change (%)", "Atlantis", "2019")].value == -1
    assert result.warnings == []


def test_table_continued_on_the_next_sheet(tmp_path):
    workbook = Workbook()
    first_sheet = workbook.active
    first_sheet.title = "T5a"
    rows = [Entity("Atlantis", [1, 2]), Entity("Borduria", [3, 4])]
    write_table(first_sheet, 1, TableSpec("5", "GDP", [2023, "2024e"], [("Current prices", rows)]))
    continued = TableSpec("5", "GDP (continued)", [2023, "2024e"], [(None, [Entity("Carpania", [5, 6])])])
    continued.heading = []
    write_table(workbook.create_sheet("T5b"), 1, continued)
    result = read_workbook(save(workbook, tmp_path / "continued.xlsx"))

    carpania = by_key(result.figures)[("5", "Current prices", "Carpania", "2024")]
    assert (carpania.sheet, carpania.table_title, carpania.unit, carpania.value) == (
        "T5b",
        "GDP",
        "Million US dollars",
        6,
    )
    assert len(result.figures) == 6


def test_table_without_blocks_takes_measure_from_title_and_labelled_columns(tmp_path):
    workbook = Workbook()
    spec = TableSpec(
        number="4",
        title="Defence expenditure real change 2010-2016e",
        years=[2010, "2016e"],
        extra_headers=[
            "Real change 2010-2016e (%)",
            "Share of real GDP 2010 (%)",
            "Share of real GDP 2016e (%)",
        ],
        heading=["Million US dollars (2015 prices and exchange rates)"],
        blocks=[(None, [Entity("Atlantis", [100, 150, 50, 1.5, 2.5])])],
        label_column=4,
        gaps=False,
    )
    write_table(workbook.active, 16, spec)
    result = read_workbook(save(workbook, tmp_path / "real-change.xlsx"))

    figures = by_key(result.figures)
    assert sorted(figures) == sorted(
        [
            ("4", "Defence expenditure", "Atlantis", "2010"),
            ("4", "Defence expenditure", "Atlantis", "2016"),
            ("4", "Real change 2010-2016e (%)", "Atlantis", "2010-2016"),
            ("4", "Share of real GDP 2010 (%)", "Atlantis", "2010"),
            ("4", "Share of real GDP 2016e (%)", "Atlantis", "2016"),
        ]
    )
    assert figures[("4", "Share of real GDP 2016e (%)", "Atlantis", "2016")].estimate
    assert figures[("4", "Defence expenditure", "Atlantis", "2016")].estimate
    assert figures[("4", "Real change 2010-2016e (%)", "Atlantis", "2010-2016")].start_year == 2010


def test_table_without_blocks_or_labelled_columns_uses_its_title(tmp_path):
    workbook = Workbook()
    spec = TableSpec("7", "Military personnel", [2014, 2015], [(None, [Entity("Atlantis", [1.5, 1.75])])])
    spec.heading = ["Thousands"]
    write_table(workbook.active, 1, spec)
    figures = by_key(read_workbook(save(workbook, tmp_path / "personnel.xlsx")).figures)
    assert figures[("7", "Military personnel", "Atlantis", "2015")].unit == "Thousands"


def test_price_basis_line_under_the_unit(tmp_path):
    workbook = Workbook()
    spec = TableSpec("6", "GDP per capita", [2014], [(None, [Entity("Atlantis", [42])])])
    spec.heading = ["Thousand US dollars", "2015 prices and exchange rates"]
    write_table(workbook.active, 1, spec)
    (figure,) = read_workbook(save(workbook, tmp_path / "basis.xlsx")).figures
    assert (figure.unit, figure.basis) == ("Thousand US dollars", "2015 prices and exchange rates")


def test_odd_cells_are_warnings_not_figures(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "S"
    spec = TableSpec(
        "1",
        "Defence expenditure",
        [2020, 2021],
        [("Current prices", [Entity("Atlantis", ["n.a.", "#DIV/0!"]), Entity("Borduria", [" 12.5 ", 3])])],
    )
    write_table(sheet, 1, spec)
    sheet["F11"] = 99  # under no year header, on an entity row
    sheet["D40"] = 5  # a number outside the table's rows, with no row label
    result = read_workbook(save(workbook, tmp_path / "odd.xlsx"))

    assert [(f.entity, f.year, f.value) for f in result.figures] == [
        ("Borduria", 2020, 12.5),
        ("Borduria", 2021, 3),
    ]
    assert "S!D8: non-numeric value 'n.a.' skipped" in result.warnings
    assert "S!E8: #DIV/0! skipped" in result.warnings
    assert "S!D40: 1 value(s) without a row label skipped" in result.warnings


def test_sheet_without_titled_table_is_a_warning(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Loose"
    sheet.append(["Country", 2020, 2021])
    sheet.append(["Atlantis", 1, 2])
    result = read_workbook(save(workbook, tmp_path / "loose.xlsx"))
    assert result.figures == []
    assert "Loose: figures outside any titled table skipped" in result.warnings
    assert any("no table title" in warning for warning in result.warnings)


def test_title_without_year_header_is_a_warning(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "T"
    sheet["B2"] = "Table 9 : Nothing follows"
    sheet["B4"] = "Million US dollars"
    result = read_workbook(save(workbook, tmp_path / "headless.xlsx"))
    assert result.warnings == ["T: Table 9 has no year header row"]


@pytest.mark.parametrize(
    ("label", "currency_expected", "expected"),
    [
        ("Albania   (Leks)", False, ("Albania", "Leks")),
        ("Czechia*   (Koruny)", False, ("Czechia", "Koruny")),
        ("Romania*   (New Lei)", False, ("Romania", "New Lei")),
        ("Czechia*", False, ("Czechia", None)),
        ("Türkiye\xa0\xa0 (Liras)", False, ("Türkiye", "Liras")),
        ("Canada (a)", False, ("Canada", None)),
        ("Estonia**", False, ("Estonia", None)),
        ("Korea (Republic of)", False, ("Korea (Republic of)", None)),
        ("Albania (Leks)", True, ("Albania", "Leks")),
        ("NATO Europe and Canada", False, ("NATO Europe and Canada", None)),
        ("  North   Macedonia  ", False, ("North Macedonia", None)),
    ],
)
def test_split_row_label(label, currency_expected, expected):
    assert split_row_label(label, currency_expected=currency_expected) == expected


ENTITY_NAMES = ["Atlantis", "Borduria", "Carpania", "Dorado", "Elbonia", "Freedonia", "Genovia", "Hyrule"]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    first_year=st.integers(1990, 2030),
    year_count=st.integers(1, 12),
    estimates=st.integers(0, 3),
    block_count=st.integers(1, 3),
    entity_count=st.integers(1, len(ENTITY_NAMES)),
    footnoted=st.sets(st.sampled_from(ENTITY_NAMES)),
    values=st.lists(
        st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12),
        min_size=1,
        max_size=20,
    ),
)
def test_any_nato_like_layout_reads_back_what_was_written(
    first_year, year_count, estimates, block_count, entity_count, footnoted, values
):
    years: list[object] = [first_year + i for i in range(year_count)]
    estimates = min(estimates, year_count)
    for i in range(year_count - estimates, year_count):
        years[i] = f"{years[i]}e"
    written: dict[tuple[str, str, str, str], float] = {}
    blocks = []
    for b in range(block_count):
        measure = f"Block {b} prices"
        entities = []
        for e, name in enumerate(ENTITY_NAMES[:entity_count]):
            row = [values[(b * 7 + e * 3 + y) % len(values)] for y in range(year_count)]
            entities.append(Entity(f"{name}*" if name in footnoted else name, row))
            written.update({("1", measure, name, str(first_year + y)): v for y, v in enumerate(row)})
        blocks.append((measure, entities))
    workbook = Workbook()
    write_table(workbook.active, 3, TableSpec("1", "Generated", years, blocks, page="-1-", notes=["Notes: none."]))
    with tempfile.TemporaryDirectory() as folder:
        result = read_workbook(save(workbook, Path(folder) / "generated.xlsx"))
    # openpyxl writes floats to about 16 significant digits, hence approx
    assert {figure.key: figure.value for figure in result.figures} == pytest.approx(written, rel=1e-14, abs=1e-300)
    assert len(result.figures) == len(written)
    assert all(f.estimate == (f.year >= first_year + year_count - estimates) for f in result.figures)
    assert result.warnings == []


# --- files that are not workbooks ----------------------------------------------------------------


def write_bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def zip_with(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return path


def truncated_workbook(folder: Path) -> Path:
    path = folder / "truncated.xlsx"
    workbook = Workbook()
    workbook.active["A1"] = "Table 1 : x"
    workbook.save(path)
    data = path.read_bytes()
    return write_bytes(path, data[: len(data) // 2])


def workbook_with_broken_sheet(folder: Path) -> Path:
    path = save(Workbook(), folder / "valid.xlsx")
    broken = folder / "broken-sheet.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, b"<worksheet><sheetData><row" if "worksheets/" in item.filename else data)
    return broken


INVALID_FILES = {
    "broken sheet part": workbook_with_broken_sheet,
    "random bytes": lambda p: write_bytes(p / "random.xlsx", os.urandom(4096)),
    "text renamed": lambda p: write_bytes(p / "notes.xlsx", b"table,entity,year\n1,Atlantis,2020\n"),
    "empty file": lambda p: write_bytes(p / "empty.xlsx", b""),
    "legacy xls": lambda p: write_bytes(p / "old.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)),
    "zip, not xlsx": lambda p: zip_with(p / "archive.xlsx", {"readme.txt": "hello"}),
    "broken workbook part": lambda p: zip_with(
        p / "broken.xlsx",
        {"[Content_Types].xml": "<Types", "xl/workbook.xml": "not xml", "_rels/.rels": "<"},
    ),
    "truncated workbook": truncated_workbook,
    "random bytes after zip magic": lambda p: write_bytes(p / "pk.xlsx", b"PK\x03\x04" + os.urandom(2048)),
}


@pytest.mark.parametrize("kind", sorted(INVALID_FILES))
def test_invalid_files_raise_table_read_error(tmp_path, kind):
    path = INVALID_FILES[kind](tmp_path)
    with pytest.raises(TableReadError) as raised:
        read_workbook(path)
    assert path.name in str(raised.value)
    assert raised.value.reason


def test_missing_file_raises_table_read_error(tmp_path):
    with pytest.raises(TableReadError, match="no such file"):
        read_workbook(tmp_path / "absent.xlsx")


def test_workbook_is_read_by_content_not_extension(tmp_path):
    workbook = Workbook()
    write_table(workbook.active, 1, TableSpec("1", "T", [2020], [(None, [Entity("Atlantis", [1])])]))
    renamed = save(workbook, tmp_path / "t.xlsx").rename(tmp_path / "t.data")
    assert len(read_workbook(renamed).figures) == 1


def test_header_caption_and_year_like_values(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "S"
    sheet["B2"] = "Table 1 : Defence expenditure"
    sheet["B3"] = "Million US dollars"
    sheet.append([None, None, "Allies", 2019, 2020, "2021e"])  # a caption left of the years
    sheet.append([None, None, "Atlantis", 1990, 2000, 2010])  # values that look like years stay values
    sheet.append([None, None, "Borduria", 1, 2, 3])
    figures = by_key(read_workbook(save(workbook, tmp_path / "caption.xlsx")).figures)
    assert figures[("1", "Defence expenditure", "Atlantis", "2021")].value == 2010
    assert figures[("1", "Defence expenditure", "Borduria", "2019")].cell == "D6"
    assert len(figures) == 6
