"""Reading statistical tables laid out like NATO's defence-expenditure workbook.

The reader follows the layout, not cell positions. Going down each sheet:

* a title row "Table 3 : Defence expenditure as a share of GDP ..." opens a table
  (several may share a sheet; a table number seen again continues that table);
* text lines between the title and the year header are the unit, then the price basis;
* the year header row holds years (2014, "2019", "2023e") and may hold labelled
  columns that name their own measure and year ("Share of real GDP 2024e (%)");
* below it, a row of text alone is a block label (the measure of the rows under it),
  a note ("Notes: ...", "* These Allies ...", "(c) ...") or a page number ("-7-");
* a row with a label left of the year columns and values under them is an entity row.

Spreadsheet errors (#REF!) and values without a row label are skipped with a warning.
"""

from __future__ import annotations

import math
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from knowledge.limits import Counter, OverLimit
from knowledge.readers.tables import (
    ReadResult,
    TableFigure,
    TableReadError,
    duplicate_key_warnings,
    looks_like_formula,
)

TITLE = re.compile(r"^Table\s+(?P<number>\d+[A-Za-z]?)\b\s*(?:[:.\-–—]\s*|$)(?P<title>.*)$", re.IGNORECASE)
CONTINUED = re.compile(r"\s*[(\[]?\s*(?:continued|cont(?:'d|\.)?)\s*[)\]]?\s*$", re.IGNORECASE)
YEAR = r"(?:18|19|20|21)\d{2}"
YEAR_CELL = re.compile(rf"^(?P<year>{YEAR})\s*(?P<estimate>[eE])?$")
YEAR_SPAN = re.compile(rf"(?<!\d)(?P<start>{YEAR})e?\s*[-–—]\s*(?P<end>{YEAR})(?P<estimate>[eE])?(?!\w)")
YEAR_TOKEN = re.compile(rf"(?<!\d)(?P<year>{YEAR})(?P<estimate>[eE])?(?!\w)")
TRAILING_PERIOD = re.compile(rf"\s*{YEAR}e?(?:\s*[-–—]\s*{YEAR}e?)?\s*$", re.IGNORECASE)
TRAILING_PARENTHETICAL = re.compile(r"\s*\([^()]*\)\s*$")
PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*\d{1,4}\s*[-–—]|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4})$", re.I
)
NOTE = re.compile(r"^(?:notes?\b|sources?\b|\*|[†‡§]|\((?:[a-z]|\d{1,2})\)\s|[a-z]\)\s)", re.IGNORECASE)
NOTE_MIN_LENGTH = 120  # a text line this long is prose, never a block label
FOOTNOTE_MARKS = re.compile(r"(?:\s*(?:\*+|[†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|\((?:[a-z]|\d{1,2})\)))+$")
CURRENCY_SUFFIX = re.compile(r"(?P<gap>\s+)\((?P<currency>[^()]*[A-Za-z][^()]*)\)$")
NUMERIC_TEXT = re.compile(r"^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$")
SPREADSHEET_ERRORS = frozenset(
    {"#REF!", "#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#VALUE!", "#SPILL!", "#CALC!", "#GETTING_DATA"}
)
OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # legacy .xls and password-protected workbooks

Value = object  # what openpyxl hands back: str, int, float, bool, datetime ...


@dataclass(frozen=True)
class Column:
    """One figure column of a year header row."""

    index: int
    label: str
    year: int
    start_year: int | None = None
    estimate: bool = False
    measure: str | None = None  # labelled columns ("Share of real GDP 2014 (%)") name their own measure


@dataclass(frozen=True)
class Row:
    number: int
    cells: dict[int, Value]  # column index (1-based) -> raw non-blank value

    def ref(self, column: int) -> str:
        return f"{get_column_letter(column)}{self.number}"

    @property
    def texts(self) -> list[str]:
        return [clean_text(value) for value in self.cells.values() if isinstance(value, str)]

    @property
    def all_text(self) -> bool:
        return all(isinstance(value, str) for value in self.cells.values())


@dataclass
class Table:
    number: str
    title: str
    unit: str = ""
    basis: str = ""
    columns: list[Column] = field(default_factory=list)
    measure: str | None = None  # the current block label
    inherited_heading: tuple[str, str] | None = None  # (unit, basis) of the part before a continuation

    def close_heading(self) -> None:
        """At the year header: a continuation without unit lines keeps its first part's."""
        if self.inherited_heading is not None and not self.unit:
            self.unit, self.basis = self.inherited_heading

    @property
    def first_figure_column(self) -> int:
        return min(column.index for column in self.columns)

    @property
    def default_measure(self) -> str:
        """The measure of year columns in a table without block labels: the title less its period phrase.

        'Defence expenditure real change 2014-2024e' with a column 'Real change 2014-2024e (%)'
        gives 'Defence expenditure'.
        """
        measure = self.title
        for column in self.columns:
            if column.measure is None:
                continue
            phrase = TRAILING_PARENTHETICAL.sub("", column.label).strip()
            if phrase and measure.lower().endswith(phrase.lower()):
                measure = measure[: -len(phrase)]
        measure = TRAILING_PERIOD.sub("", measure).strip(" ,:;-–—")
        return measure or self.title

    @property
    def expects_currency(self) -> bool:
        return "currency" in f"{self.unit} {self.basis}".lower()


# NotImplementedError: a zip compression method Python cannot inflate (implode, AES ...).
UNREADABLE_ARCHIVE = (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError)
UNREADABLE_CONTENT = (KeyError, ValueError, TypeError, SyntaxError, InvalidFileException)  # SyntaxError: XML


def read_workbook(path: Path, counter: Counter | None = None) -> ReadResult:
    """Every figure of every table in the workbook at `path`, with warnings for what was skipped.

    Raises `OverLimit` as soon as the workbook inflates, or holds more rows, cells or figures,
    beyond what `counter` allows: a decompression or row bomb is refused before it is built.
    """
    path = Path(path)
    counter = counter or Counter()
    check_readable_file(path)
    check_inflated_size(path, counter)
    # A file handle rather than the path: openpyxl would refuse a workbook by its extension alone.
    with path.open("rb") as handle:
        workbook = open_workbook(path, handle)
        try:
            return read_tables(path, workbook, counter)
        except (*UNREADABLE_ARCHIVE, *UNREADABLE_CONTENT) as error:
            raise TableReadError(path, f"corrupt worksheet data ({type(error).__name__}: {error})") from error
        finally:
            workbook.close()


def open_workbook(path: Path, handle: BinaryIO) -> Workbook:
    try:
        return load_workbook(handle, read_only=True, data_only=True)
    except UNREADABLE_ARCHIVE as error:
        raise TableReadError(path, f"not an .xlsx workbook: not a valid zip archive ({error})") from error
    except KeyError as error:
        reason = f"not an .xlsx workbook: the archive lacks a workbook part ({error})"
        raise TableReadError(path, reason) from error
    except UNREADABLE_CONTENT as error:
        reason = f"not a readable .xlsx workbook ({type(error).__name__}: {error})"
        raise TableReadError(path, reason) from error


def check_inflated_size(path: Path, counter: Counter) -> None:
    """The declared sizes of the archive's parts; zipfile refuses to inflate a part beyond its declared size."""
    try:
        with zipfile.ZipFile(path) as archive:
            inflated = sum(entry.file_size for entry in archive.infolist())
    except UNREADABLE_ARCHIVE as error:
        raise TableReadError(path, f"not an .xlsx workbook: not a valid zip archive ({error})") from error
    allowed = counter.limits.unzipped_mb * 1024 * 1024
    if inflated > allowed:
        raise OverLimit(
            "unzipped_mb",
            f"over the unzipped size limit: the workbook inflates to {inflated / 1024 / 1024:,.1f} MB, "
            f"more than {counter.limits.unzipped_mb} MB",
        )


def read_tables(path: Path, workbook: Workbook, counter: Counter) -> ReadResult:
    result = ReadResult()
    seen_tables: dict[str, Table] = {}
    for sheet in workbook.worksheets:
        if isinstance(sheet, ReadOnlyWorksheet):
            read_sheet(sheet.title, sheet_rows(sheet, counter), seen_tables, result, counter)
    counter.check("figures", len(result.figures))
    if not seen_tables:
        result.warnings.append(f"{path.name}: no table title ('Table 1 : ...') found")
    result.warnings.extend(duplicate_key_warnings(result.figures))
    return result


def check_readable_file(path: Path) -> None:
    if not path.is_file():
        raise TableReadError(path, "no such file")
    with path.open("rb") as handle:
        head = handle.read(4)
    if not head:
        raise TableReadError(path, "empty file, not an .xlsx workbook")
    if head == OLE_MAGIC:
        raise TableReadError(path, "a legacy .xls or encrypted workbook, not .xlsx: save it as .xlsx")
    if not head.startswith(b"PK"):
        raise TableReadError(path, "not an .xlsx workbook: not a zip archive")


def sheet_rows(sheet: ReadOnlyWorksheet, counter: Counter) -> Iterator[Row]:
    """The sheet's non-blank rows; cells holding only whitespace count as blank.

    Every row and cell the reader hands over is counted, blank padding included: a sheet that
    declares a huge range costs as much to scan as one that fills it.
    """
    for cells in sheet.iter_rows():
        counter.add("rows")
        counter.add("cells", len(cells))
        values: dict[int, Value] = {}
        number = 0
        for cell in cells:
            value = cell.value
            if value is None or (isinstance(value, str) and not clean_text(value)):
                continue
            values[cell.column] = value
            number = cell.row
        if values:
            yield Row(number, values)


def read_sheet(
    sheet: str, rows: Iterator[Row], seen_tables: dict[str, Table], result: ReadResult, counter: Counter
) -> None:
    table: Table | None = None
    skipped_outside_tables = False
    for row in rows:
        counter.check("figures", len(result.figures))
        if any(isinstance(value, str) and looks_like_formula(value) for value in row.cells.values()):
            # Named by its cell, never quoted: formula text must not reach a reply.
            result.warnings.append(f"{sheet}!{row.ref(min(row.cells))}: row with spreadsheet formula text skipped")
            continue
        title = parse_title(row)
        if title is not None:
            if table is not None and not table.columns:
                result.warnings.append(f"{sheet}: Table {table.number} has no year header row")
            table = open_table(*title, seen_tables)
            continue
        if table is None:
            skipped_outside_tables |= any(as_number(value) is not None for value in row.cells.values())
            continue
        # Before page numbers: a lone "2024" is a year header. Below a header, a labelled row is data.
        header = parse_header(row, captions_allowed=not table.columns)
        if header is not None:
            table.columns = header
            table.close_heading()
        elif is_page_number(row, table):
            continue
        elif not table.columns:
            read_heading_line(sheet, row, table, result)
        else:
            read_body_row(sheet, row, table, result)
    if table is not None and not table.columns:
        result.warnings.append(f"{sheet}: Table {table.number} has no year header row")
    if skipped_outside_tables:
        result.warnings.append(f"{sheet}: figures outside any titled table skipped")


def parse_title(row: Row) -> tuple[str, str, bool] | None:
    """(number, title, continued) when the row is 'Table 8a : Distribution of ...'."""
    if not row.all_text:
        return None
    texts = row.texts
    match = TITLE.match(texts[0])
    if match is None:
        return None
    title = " ".join([match["title"], *texts[1:]]).strip()
    continued = CONTINUED.search(title) is not None
    return match["number"], collapse_spaces(CONTINUED.sub("", title)), continued


def open_table(number: str, title: str, continued: bool, seen_tables: dict[str, Table]) -> Table:
    """A new table, or the continuation of one already seen (same number, e.g. 'Table 3 (continued)')."""
    earlier = seen_tables.get(number)
    table = Table(number=number, title=title)
    if earlier is not None:
        table.title = earlier.title if continued or not title else title
        table.measure = earlier.measure
        table.inherited_heading = (earlier.unit, earlier.basis)
    seen_tables[number] = table
    return table


def is_page_number(row: Row, table: Table) -> bool:
    if len(row.cells) != 1:
        return False
    ((column, value),) = row.cells.items()
    if isinstance(value, str):
        return PAGE_NUMBER.match(clean_text(value)) is not None
    left_of_figures = not table.columns or column < table.first_figure_column
    return isinstance(value, int) and not isinstance(value, bool) and left_of_figures


def parse_header(row: Row, *, captions_allowed: bool) -> list[Column] | None:
    """The figure columns when the row is a year header, else None.

    A header row holds increasing years (2014, '2019', '2023e'), labelled columns whose text
    names a year, and, if `captions_allowed`, captions without years left of the first year.
    """
    years = {index: year_cell(value) for index, value in row.cells.items()}
    pure = [(index, parsed) for index, parsed in sorted(years.items()) if parsed is not None]
    if not pure or [year for _, (year, _) in pure] != sorted({year for _, (year, _) in pure}):
        return None
    first_year_column = pure[0][0]
    columns: list[Column] = []
    for index, value in sorted(row.cells.items()):
        parsed = years[index]
        if parsed is not None:
            columns.append(Column(index, label_text(value), parsed[0], estimate=parsed[1]))
            continue
        if not isinstance(value, str):
            return None
        labelled = labelled_column(index, value)
        if labelled is not None:
            columns.append(labelled)
        elif index > first_year_column or not captions_allowed:
            return None
    return columns


def year_cell(value: Value) -> tuple[int, bool] | None:
    """(year, estimate) for a header cell that is a year alone: 2014, '2019', '2023e'."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and float(value).is_integer() and 1800 <= value <= 2200:
        return int(value), False
    if isinstance(value, str):
        match = YEAR_CELL.match(clean_text(value))
        if match:
            return int(match["year"]), match["estimate"] is not None
    return None


def labelled_column(index: int, label: str) -> Column | None:
    """A header like 'Share of real GDP 2024e (%)' or 'Real change 2014-2024e (%)'."""
    text = collapse_spaces(clean_text(label))
    span = YEAR_SPAN.search(text)
    if span:
        # NATO's tidy data flags a change over a span as no estimate even when its end year is one.
        return Column(index, label, int(span["end"]), start_year=int(span["start"]), measure=text)
    tokens = list(YEAR_TOKEN.finditer(text))
    if len(tokens) == 1:
        (token,) = tokens
        return Column(index, label, int(token["year"]), estimate=token["estimate"] is not None, measure=text)
    return None


def read_heading_line(sheet: str, row: Row, table: Table, result: ReadResult) -> None:
    """Lines between the title and the year header: the unit, then the price basis."""
    if not row.all_text:
        result.warnings.append(f"{sheet}!{row.ref(min(row.cells))}: figures before the year header skipped")
        return
    text = collapse_spaces(" ".join(row.texts))
    if NOTE.match(text) or len(text) >= NOTE_MIN_LENGTH:
        return
    if not table.unit:
        table.unit = text
    else:
        table.basis = f"{table.basis} {text}".strip()


def read_body_row(sheet: str, row: Row, table: Table, result: ReadResult) -> None:
    first = table.first_figure_column
    label_texts = [value for index, value in sorted(row.cells.items()) if index < first and isinstance(value, str)]
    figure_cells = {index: value for index, value in row.cells.items() if index >= first}
    plain_text = all(classify_text_value(value) == "text" for value in figure_cells.values())
    if not figure_cells or (not label_texts and plain_text):
        if row.all_text:
            read_text_line(collapse_spaces(" ".join(row.texts)), table)
        return
    if not label_texts:
        warn_unlabelled(sheet, row, figure_cells, result)
        return
    # The raw label as the sheet writes it: one cell's text untouched, or several cells' joined.
    label = RowLabel.parse(label_texts[0] if len(label_texts) == 1 else " ".join(label_texts), table)
    if not label.entity:
        result.warnings.append(f"{sheet}!{row.ref(min(row.cells))}: row label {label.raw!r} names no entity")
        return
    read_entity_row(sheet, row, label, figure_cells, table=table, result=result)


def read_text_line(text: str, table: Table) -> None:
    """Below the header a line of text alone is a note or a block label."""
    if NOTE.match(text) or len(text) >= NOTE_MIN_LENGTH:
        return
    table.measure = text


def warn_unlabelled(sheet: str, row: Row, figure_cells: dict[int, Value], result: ReadResult) -> None:
    values: list[int] = []
    for index, value in sorted(figure_cells.items()):
        if classify_text_value(value) == "error":
            result.warnings.append(f"{sheet}!{row.ref(index)}: {describe_skipped(value)} skipped")
        else:
            values.append(index)
    if values:
        span = row.ref(values[0]) if len(values) == 1 else f"{row.ref(values[0])}:{row.ref(values[-1])}"
        result.warnings.append(f"{sheet}!{span}: {len(values)} value(s) without a row label skipped")


@dataclass(frozen=True)
class RowLabel:
    raw: str
    entity: str
    currency: str | None

    @classmethod
    def parse(cls, raw: str, table: Table) -> RowLabel:
        entity, currency = split_row_label(raw, currency_expected=table.expects_currency)
        return cls(raw, entity, currency)


def read_entity_row(
    sheet: str, row: Row, label: RowLabel, figure_cells: dict[int, Value], *, table: Table, result: ReadResult
) -> None:
    columns = {column.index: column for column in table.columns}
    for index, raw in sorted(figure_cells.items()):
        column = columns.get(index)
        value = as_number(raw)
        if column is None:
            result.warnings.append(f"{sheet}!{row.ref(index)}: value under no year header skipped")
        elif value is None:
            result.warnings.append(f"{sheet}!{row.ref(index)}: {describe_skipped(raw)} skipped")
        else:
            result.figures.append(make_figure(table, column, label, value, sheet=sheet, cell=row.ref(index)))


def make_figure(table: Table, column: Column, label: RowLabel, value: float, *, sheet: str, cell: str) -> TableFigure:
    return TableFigure(
        table=table.number,
        table_title=table.title,
        measure=column.measure or table.measure or table.default_measure,
        unit=table.unit,
        basis=table.basis,
        entity=label.entity,
        currency=label.currency,
        year=column.year,
        start_year=column.start_year,
        estimate=column.estimate,
        value=value,
        sheet=sheet,
        cell=cell,
        row_label=label.raw,
        column_label=column.label,
    )


def split_row_label(label: str, *, currency_expected: bool = False) -> tuple[str, str | None]:
    """('Czechia', 'Koruny') from 'Czechia*   (Koruny)'.

    NATO sets the currency apart by a wide gap; a single space suffices where the table's
    unit speaks of national currency. Single-letter or numbered parentheses are footnote marks.
    """
    text = FOOTNOTE_MARKS.sub("", clean_text(label))
    currency: str | None = None
    match = CURRENCY_SUFFIX.search(text)
    if match and (len(match["gap"]) >= 2 or currency_expected):
        currency = collapse_spaces(match["currency"])
        text = text[: match.start()]
    return collapse_spaces(FOOTNOTE_MARKS.sub("", text.strip())), currency


def classify_text_value(value: Value) -> str:
    """'error' for '#REF!' and kin, 'number' for numeric text, 'text' otherwise ('number' for non-text)."""
    if not isinstance(value, str):
        return "number"
    text = clean_text(value)
    if text.upper() in SPREADSHEET_ERRORS:
        return "error"
    return "number" if NUMERIC_TEXT.match(text) else "text"


def as_number(value: Value) -> float | None:
    """The finite number a figure cell holds, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str) and NUMERIC_TEXT.match(clean_text(value)):
        number = float(clean_text(value))
    else:
        return None
    return number if math.isfinite(number) else None


def describe_skipped(value: Value) -> str:
    if isinstance(value, str):
        text = clean_text(value)
        return text if text.upper() in SPREADSHEET_ERRORS else f"non-numeric value {text[:40]!r}"
    return f"non-numeric value {value!r}"[:60]


def label_text(value: Value) -> str:
    return value if isinstance(value, str) else str(value)


def clean_text(value: str) -> str:
    return value.replace("\xa0", " ").strip()


def collapse_spaces(text: str) -> str:
    return " ".join(text.split())
