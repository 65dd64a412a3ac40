"""The tidy CSV reader: NATO's tidy CSV read whole, and small CSVs with every kind of fault."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from knowledge.readers.tables import TableFigure, TableReadError
from knowledge.readers.tidy_csv import TIDY_COLUMNS, read_tidy_csv

NATO_SOURCES = Path(os.environ.get("NATO_SOURCES") or Path(__file__).resolve().parents[3].parent / "shared" / "sources")
NATO_TIDY_CSV = NATO_SOURCES / "nato-defence-expenditure-2014-2024.tidy.csv"
HEADER = ",".join(TIDY_COLUMNS)
GOOD_ROW = "3,Share of GDP,Share of real GDP (%),Based on 2015 prices,,Atlantis,2024,yes,2.5,TABLE3,N11"


def write_csv(path: Path, *lines: str, encoding: str = "utf-8", newline: str = "\n") -> Path:
    path.write_bytes(newline.join(lines).encode(encoding) + newline.encode())
    return path


def figures_as_csv(figures: list[TableFigure]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(TIDY_COLUMNS)
    for f in figures:
        values = [f.table, f.table_title, f.measure, f.unit, f.basis, f.entity, f.period]
        writer.writerow([*values, "yes" if f.estimate else "no", repr(f.value), f.sheet, f.cell])
    return out.getvalue()


@pytest.fixture(scope="module")
def nato_csv() -> Path:
    if not NATO_TIDY_CSV.is_file():
        pytest.skip(f"{NATO_TIDY_CSV} not found (../shared is absent)")
    return NATO_TIDY_CSV


def test_nato_tidy_csv_reads_every_row(nato_csv):
    result = read_tidy_csv(nato_csv)
    assert result.warnings == []
    assert len(result.figures) == 5501
    assert len({figure.key for figure in result.figures}) == 5501
    with nato_csv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for figure, row in zip(result.figures, rows, strict=True):
        assert figure.key == (row["table"], row["measure"], row["entity"], row["year"])
        assert (figure.value, figure.cell, figure.sheet, figure.unit, figure.basis) == (
            float(row["value"]),
            row["cell"],
            row["sheet"],
            row["unit"],
            row["basis"],
        )
        assert figure.estimate == (row["estimate"] == "yes")


def test_nato_tidy_csv_round_trips(nato_csv, tmp_path):
    first = read_tidy_csv(nato_csv).figures
    copy = tmp_path / "copy.csv"
    copy.write_text(figures_as_csv(first), encoding="utf-8", newline="")
    assert read_tidy_csv(copy).figures == first


def test_nato_tidy_csv_span_and_labels(nato_csv):
    figures = {figure.key: figure for figure in read_tidy_csv(nato_csv).figures}
    span = figures[("4", "Real change 2014-2024e (%)", "Albania", "2014-2024")]
    assert (span.start_year, span.year, span.period, span.column_label) == (
        2014,
        2024,
        "2014-2024",
        "2014-2024",
    )
    estimate = figures[("3", "Share of real GDP (%)", "NATO Total", "2024")]
    assert (estimate.estimate, estimate.column_label, estimate.row_label, estimate.currency) == (
        True,
        "2024e",
        "NATO Total",
        None,
    )


def test_byte_order_mark_and_crlf(tmp_path):
    plain = read_tidy_csv(write_csv(tmp_path / "plain.csv", HEADER, GOOD_ROW))
    bom = read_tidy_csv(write_csv(tmp_path / "bom.csv", HEADER, GOOD_ROW, encoding="utf-8-sig", newline="\r\n"))
    assert bom == plain
    assert len(plain.figures) == 1
    assert plain.figures[0].value == 2.5


@pytest.mark.parametrize(("word", "expected"), [("yes", True), ("no", False), ("true", True), ("FALSE", False)])
def test_estimate_words(tmp_path, word, expected):
    row = GOOD_ROW.replace(",yes,", f",{word},")
    (figure,) = read_tidy_csv(write_csv(tmp_path / "e.csv", HEADER, row)).figures
    assert figure.estimate is expected


def test_malformed_rows_are_warnings_naming_their_line(tmp_path):
    path = write_csv(
        tmp_path / "bad.csv",
        HEADER,
        GOOD_ROW,
        GOOD_ROW.replace("Atlantis,2024", "Borduria,twenty"),  # line 3
        GOOD_ROW.replace("2.5", "lots"),  # line 4
        GOOD_ROW.replace(",yes,", ",maybe,"),  # line 5
        GOOD_ROW.replace("Atlantis", ""),  # line 6
        GOOD_ROW + ",extra",  # line 7
        "3,Share of GDP,Share",  # line 8
        GOOD_ROW.replace("N11", "11N"),  # line 9
        GOOD_ROW.replace("2.5", "nan"),  # line 10
        "",  # blank line 11: ignored
        GOOD_ROW.replace("Atlantis", "Borduria"),  # line 12
        GOOD_ROW.replace("Atlantis,2024", "Carpania,2024-2014"),  # line 13
    )
    result = read_tidy_csv(path)
    assert [figure.entity for figure in result.figures] == ["Atlantis", "Borduria"]
    lines = [warning.split(":")[0] for warning in result.warnings]
    assert lines == [f"line {n}" for n in (3, 4, 5, 6, 7, 8, 9, 10, 13)]
    assert "line 3: year 'twenty' is neither a year nor a span like 2014-2024; skipped" in result.warnings
    assert "line 6: empty entity; skipped" in result.warnings
    assert any(w.startswith("line 9: cell '11N'") for w in result.warnings)


def test_duplicate_figures_are_warned(tmp_path):
    result = read_tidy_csv(write_csv(tmp_path / "dup.csv", HEADER, GOOD_ROW, GOOD_ROW))
    assert len(result.figures) == 2
    assert result.warnings == ["TABLE3!N11: duplicate of TABLE3!N11 (Table 3, Share of real GDP (%), Atlantis, 2024)"]


def test_optional_and_unknown_columns(tmp_path):
    header = HEADER + ",currency,row_label,column_label,comment"
    row = GOOD_ROW + ",Crowns,Atlantis*   (Crowns),2024e,checked"
    result = read_tidy_csv(write_csv(tmp_path / "extra.csv", header, row))
    (figure,) = result.figures
    assert (figure.currency, figure.row_label, figure.column_label) == (
        "Crowns",
        "Atlantis*   (Crowns)",
        "2024e",
    )
    assert result.warnings == ["extra.csv: column(s) ignored: comment"]


def test_columns_in_another_order(tmp_path):
    columns = list(reversed(TIDY_COLUMNS))
    values = list(reversed(GOOD_ROW.split(",")))
    (figure,) = read_tidy_csv(write_csv(tmp_path / "r.csv", ",".join(columns), ",".join(values))).figures
    assert (figure.entity, figure.cell, figure.value) == ("Atlantis", "N11", 2.5)


def test_missing_columns_raise(tmp_path):
    header = HEADER.replace(",value", "").replace(",cell", "")
    path = write_csv(tmp_path / "missing.csv", header, "3,Share,x,y,,Atlantis,2024,yes,TABLE3")
    with pytest.raises(TableReadError, match="missing column\\(s\\) value, cell") as raised:
        read_tidy_csv(path)
    assert "missing.csv" in str(raised.value)


def test_data_row_instead_of_header_raises(tmp_path):
    with pytest.raises(TableReadError, match="missing column"):
        read_tidy_csv(write_csv(tmp_path / "headless.csv", GOOD_ROW))


def test_column_named_twice_raises(tmp_path):
    with pytest.raises(TableReadError, match="named twice: entity"):
        read_tidy_csv(write_csv(tmp_path / "twice.csv", HEADER + ",entity", GOOD_ROW + ",x"))


@pytest.mark.parametrize("content", [b"", b"\xef\xbb\xbf", b"\n\n  \n"])
def test_empty_file_raises(tmp_path, content):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(TableReadError, match="empty file"):
        read_tidy_csv(path)


def test_header_only_is_no_figures_with_a_warning(tmp_path):
    result = read_tidy_csv(write_csv(tmp_path / "header.csv", HEADER))
    assert result.figures == []
    assert result.warnings == ["header.csv: no data rows"]


def test_not_utf8_raises(tmp_path):
    path = write_csv(tmp_path / "latin.csv", HEADER, GOOD_ROW.replace("Atlantis", "Türkiye"), encoding="latin-1")
    with pytest.raises(TableReadError, match="not UTF-8"):
        read_tidy_csv(path)


def test_missing_file_raises(tmp_path):
    with pytest.raises(TableReadError, match=r"absent\.csv"):
        read_tidy_csv(tmp_path / "absent.csv")
