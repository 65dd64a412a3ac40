"""Reading a tidy table CSV: one figure a row, with the columns NATO's tidy export uses.

    table,table_title,measure,unit,basis,entity,year,estimate,value,sheet,cell

`year` is a year ("2024") or a span ("2014-2024"); `estimate` is yes/no/true/false.
Optional columns `currency`, `row_label` and `column_label` are read when present; without
them the row label is the entity and the column label is rebuilt from the year ("2023e").
A byte-order mark is allowed. Rows that cannot be read become warnings naming their line.
"""

from __future__ import annotations

import csv
import io
import math
import re
from pathlib import Path

from pydantic import ValidationError

from knowledge.limits import Counter
from knowledge.readers.tables import (
    ReadResult,
    TableFigure,
    TableReadError,
    duplicate_key_warnings,
    looks_like_formula,
)

TIDY_COLUMNS = (
    "table",
    "table_title",
    "measure",
    "unit",
    "basis",
    "entity",
    "year",
    "estimate",
    "value",
    "sheet",
    "cell",
)
OPTIONAL_COLUMNS = ("currency", "row_label", "column_label")
REQUIRED_VALUES = ("table", "measure", "entity", "year", "estimate", "value", "sheet", "cell")
ESTIMATE_WORDS = {"yes": True, "true": True, "no": False, "false": False}
PERIOD = re.compile(r"^(?:(?P<start>\d{4})\s*[-–]\s*)?(?P<year>\d{4})$")


class RowError(ValueError):
    """A data row that cannot become a figure; the message says why."""


def read_tidy_csv(path: Path, counter: Counter | None = None) -> ReadResult:
    """Every figure of the tidy CSV at `path`; bad rows are skipped with a warning naming their line.

    Raises `OverLimit` as soon as the file has more rows or figures than `counter` allows.
    """
    path = Path(path)
    counter = counter or Counter()
    reader = csv.reader(io.StringIO(read_text(path), newline=""))
    header = read_header(path, reader)
    result = ReadResult()
    ignored = [name for name in header if name not in TIDY_COLUMNS + OPTIONAL_COLUMNS]
    if ignored:
        result.warnings.append(f"{path.name}: column(s) ignored: {', '.join(ignored)}")
    try:
        for record in reader:
            counter.add("rows")
            read_record(record, header, reader.line_num, result)
            counter.check("figures", len(result.figures))
    except csv.Error as error:
        raise TableReadError(path, f"line {reader.line_num}: malformed CSV ({error})") from error
    if not result.figures and not result.warnings:
        result.warnings.append(f"{path.name}: no data rows")
    result.warnings.extend(duplicate_key_warnings(result.figures))
    return result


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise TableReadError(path, f"cannot read the file ({error.strerror or error})") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise TableReadError(path, f"not UTF-8 text (byte {error.start}): not a tidy CSV") from error


def read_header(path: Path, reader: csv.Reader) -> list[str]:
    """The column names, checked: every tidy column present, none twice."""
    try:
        header = next((row for row in reader if any(field.strip() for field in row)), None)
    except csv.Error as error:
        raise TableReadError(path, f"malformed CSV header ({error})") from error
    if header is None:
        raise TableReadError(path, "empty file: expected a header row " + ",".join(TIDY_COLUMNS))
    names = [name.strip().lower() for name in header]
    missing = [name for name in TIDY_COLUMNS if name not in names]
    if missing:
        raise TableReadError(
            path, f"missing column(s) {', '.join(missing)}: expected a header row {','.join(TIDY_COLUMNS)}"
        )
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise TableReadError(path, f"column(s) named twice: {', '.join(repeated)}")
    return names


def read_record(record: list[str], header: list[str], line: int, result: ReadResult) -> None:
    if not any(field.strip() for field in record):
        return
    if len(record) != len(header):
        result.warnings.append(f"line {line}: {len(record)} fields where the header has {len(header)}; skipped")
        return
    try:
        result.figures.append(parse_row(dict(zip(header, (field.strip() for field in record), strict=True))))
    except RowError as error:
        result.warnings.append(f"line {line}: {error}; skipped")


def parse_row(row: dict[str, str]) -> TableFigure:
    empty = [name for name in REQUIRED_VALUES if not row[name]]
    if empty:
        raise RowError(f"empty {', '.join(empty)}")
    # Named, never quoted: the cell's text must not reach a reply.
    formulas = [name for name, text in row.items() if name != "value" and looks_like_formula(text)]
    if formulas:
        raise RowError(f"{', '.join(formulas)} looks like a spreadsheet formula, not text")
    start_year, year = parse_period(row["year"])
    estimate = parse_estimate(row["estimate"])
    try:
        return TableFigure(
            table=row["table"],
            table_title=row["table_title"],
            measure=row["measure"],
            unit=row["unit"],
            basis=row["basis"],
            entity=row["entity"],
            currency=row.get("currency") or None,
            year=year,
            start_year=start_year,
            estimate=estimate,
            value=parse_value(row["value"]),
            sheet=row["sheet"],
            cell=row["cell"].upper(),
            row_label=row.get("row_label") or row["entity"],
            column_label=row.get("column_label") or rebuilt_column_label(row["year"], estimate),
        )
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"])
        raise RowError(f"{field} {row.get(field, '')!r}: {first['msg']}") from error


def parse_period(text: str) -> tuple[int | None, int]:
    """(start_year, year) from '2024' or '2014-2024'."""
    match = PERIOD.match(text)
    if match is None:
        raise RowError(f"year {text!r} is neither a year nor a span like 2014-2024")
    start = int(match["start"]) if match["start"] else None
    if start is not None and start >= int(match["year"]):
        raise RowError(f"year span {text!r} does not run forward")
    return start, int(match["year"])


def parse_estimate(text: str) -> bool:
    try:
        return ESTIMATE_WORDS[text.lower()]
    except KeyError:
        raise RowError(f"estimate {text!r} is not yes, no, true or false") from None


def parse_value(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise RowError(f"value {text!r} is not a number") from None
    if not math.isfinite(value):
        raise RowError(f"value {text!r} is not a finite number")
    return value


def rebuilt_column_label(year: str, estimate: bool) -> str:
    """The header a figure most likely stood under, for CSVs that do not carry it."""
    return f"{year}e" if estimate else year
