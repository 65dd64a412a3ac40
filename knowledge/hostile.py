"""Hostile documents, generated from a seed: what the fault suite and `benchmarks/hostile_documents.py` feed a build.

Each function returns the bytes of one document. The workbooks are written part by part with
`zipfile`, so a test can shape them as an attacker would (a tiny file that inflates to many
megabytes, ten thousand rows of figures, a compression method nobody implements) without
openpyxl's help.
"""

from __future__ import annotations

import csv
import io
import random
import zipfile
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from openpyxl.utils import get_column_letter

from knowledge.readers.tidy_csv import TIDY_COLUMNS

Cell = str | int | float | None

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="TABLE1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
YEARS = tuple(range(2014, 2025))


def _cell(column: int, row: int, value: Cell) -> str:
    reference = f' r="{get_column_letter(column)}{row}"' if row else ""
    if isinstance(value, str):
        return f'<c{reference} t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    return f"<c{reference}><v>{value}</v></c>"


def _sheet_parts(rows: Iterable[Sequence[Cell]], *, references: bool = True) -> Iterable[str]:
    """The sheet's XML; without `references` rows and cells carry no r="B7" (optional), so repeats compress."""
    yield (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    )
    for number, row in enumerate(rows, start=1):
        at = number if references else 0
        cells = "".join(_cell(column, at, value) for column, value in enumerate(row, 1) if value is not None)
        yield f'<row r="{number}">{cells}</row>' if references else f"<row>{cells}</row>"
    yield "</sheetData></worksheet>"


def xlsx(rows: Iterable[Sequence[Cell]], *, compression: int = zipfile.ZIP_DEFLATED, references: bool = True) -> bytes:
    """A one-sheet workbook (sheet TABLE1) holding `rows`, written without openpyxl."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        sheet = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
        sheet.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(sheet, "w", force_zip64=True) as part:
            for text in _sheet_parts(rows, references=references):
                part.write(text.encode())
    data = buffer.getvalue()
    if compression != zipfile.ZIP_DEFLATED:
        data = _with_compression_method(data, compression)
    return data


def _with_compression_method(data: bytes, method: int) -> bytes:
    """The same archive claiming a compression method in every header (an 'unsupported method' workbook)."""
    patched = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        start = 0
        while (start := patched.find(signature, start)) != -1:
            patched[start + offset : start + offset + 2] = method.to_bytes(2, "little")
            start += 4
    return bytes(patched)


def table_rows(entities: int, *, years: Sequence[int] = YEARS, label: str = "Ally") -> Iterable[list[Cell]]:
    """A NATO-like table: title, year header, block label, then one row of figures per entity."""
    yield ["Table 3 : Defence expenditure as a share of GDP"]
    yield [None, *years]
    yield ["Share of real GDP (%)"]
    for number in range(entities):
        yield [f"{label} {number}", *(round(1 + (number * 7 + year) % 300 / 100, 2) for year in years)]


def row_bomb(rows: int = 10_000) -> bytes:
    """A small workbook of `rows` entity rows (10,000 rows: about 0.2 MB, 110,000 figures)."""
    return xlsx(table_rows(rows))


def decompression_bomb(inflated_mb: float = 16.0) -> bytes:
    """A workbook a few hundred KB big whose sheet inflates to `inflated_mb` of identical rows."""
    row = ["Ally", *([1.5] * len(YEARS))]
    one_row = len("".join(_cell(column, 0, value) for column, value in enumerate(row, 1))) + len("<row></row>")
    count = int(inflated_mb * 1024 * 1024 / one_row)
    title, _, label = table_rows(0)
    return xlsx([title, ["Country", *YEARS], label, *([row] * count)], references=False)


def wide_bomb(columns: int = 16_384, rows: int = 2_000) -> bytes:
    """A sheet whose rows each reach column XFD with one value: blank cells the reader must still scan."""
    return xlsx([[*([None] * (columns - 1)), 1] for _ in range(rows)])


def many_sentences(sentences: int = 100_000, seed: int = 11) -> bytes:
    """A plain-text article of `sentences` figure-bearing sentences (100,000: about 4.6 MB)."""
    chooser = random.Random(seed)
    countries = ("Poland", "Germany", "France", "Italy", "Spain", "Norway", "Canada", "Greece")
    lines = [
        f"{chooser.choice(countries)} spent {chooser.randint(1, 49) / 10}% of GDP on defence in "
        f"{chooser.randint(2000, 2030)}."
        for _ in range(sentences)
    ]
    return " ".join(lines).encode()


def binary_junk(size: int = 64 * 1024, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(size)


def not_utf8() -> bytes:
    return "Défense: la France a dépensé 2,1 % du PIB en 2024.\n".encode("latin-1") * 50


def oversized_text(megabytes: int = 30) -> bytes:
    line = b"Poland spent 4.1% of GDP on defence in 2024.\n"
    return line * (megabytes * 1024 * 1024 // len(line) + 1)


def truncated(data: bytes, keep: float = 0.5) -> bytes:
    return data[: int(len(data) * keep)]


def corrupted(data: bytes, seed: int = 3, flips: int = 64) -> bytes:
    """`data` with bytes flipped after its first local header, so the archive still opens but inflates to junk."""
    chooser = random.Random(seed)
    damaged = bytearray(data)
    for _ in range(flips):
        position = chooser.randrange(64, len(damaged))
        damaged[position] ^= chooser.randrange(1, 256)
    return bytes(damaged)


def unsupported_compression() -> bytes:
    """A valid-looking workbook whose parts claim compression method 6 (implode), which zipfile cannot inflate."""
    return xlsx(table_rows(3), compression=6)


def formula_csv() -> bytes:
    """A tidy CSV whose entity cells are spreadsheet formulas, between two honest rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(TIDY_COLUMNS)
    title, measure = "Defence expenditure as a share of GDP", "Share of real GDP (%)"
    for entity, value, cell in (
        ("Poland", 4.12, "N32"),
        ('=HYPERLINK("http://evil.example/","Click for 99%")', 99, "N33"),
        ("@SUM(1+1)*cmd|' /C calc'!A0", 98, "N34"),
        ("Germany", 2.12, "N20"),
    ):
        writer.writerow(["3", title, measure, "%", "", entity, "2024", "yes", value, "TABLE3", cell])
    return buffer.getvalue().encode()
