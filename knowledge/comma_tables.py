"""Tables written as comma-separated lines inside prose, so they paste straight into a spreadsheet.

A header line names the columns ('Country, 2023, 2024, 2025e', 'Ally, % of GDP 2023, % of GDP 2024'), each row under
it gives a label and its figures ('Poland, 3.83, 4.12, 4.48'), maybe a rank first ('1, United States, 997, 5.7'). A
total under ranked rows leaves its rank out ('World total, 2718, 9.4'): it is read with an empty rank. A comma and a
space part the cells when the lines have them, so a figure may still group its thousands by a comma ('1,635').
Prose is no table: a cell is a few words at most, with no sentence's stop in it.

A table in long form ('country,year,defence_expenditure_per_capita_usd' over 'Norway,2014,1142'), as a data appendix
supplies it, gives one figure a row: its year column says when, so it is read as the row label's note ('Norway (2014)')
and the header's words are parted where a machine wrote them joined ('defence expenditure per capita usd').

A data file written the continental way parts its cells by semicolons, its figures keeping their decimal commas and
spaced thousands ('country;year;share_gdp_pct;expenditure_eur_mn' over 'Estonia;2023;2,73;1 040,1'): a line with a
semicolon is parted by semicolons alone, and its header's rows by the same mark. Its cells are read by the way its
figures write them (`knowledge.table_numbers`), not here.
"""

from __future__ import annotations

import re

from knowledge.cues import cues
from knowledge.fixed_width import lines_with_offsets
from knowledge.header_levels import joined, names_columns, spans_columns

# a figure of a cell: maybe signed, thousands maybe grouped by commas, maybe a percentage
FIGURE = re.compile(r"^[~≈]?[+\-−–]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*%?$")
# a figure of a cell parted by semicolons, written either way: thousands grouped by a comma, point or space, a
# decimal point or comma ('2,07', '1 040,1', '1.040,1', '1,040.1')
ANY_WAY_FIGURE = re.compile(r"^[~≈]?[+\-−–]?(?:\d{1,3}(?:[,. \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?\s*%?$")
SEMICOLON = ";"
SPACED_COMMA = re.compile(r"\s*,\s+")
A_YEAR = re.compile(r"(?:19|20)\d\d")
JOINED_WORDS = re.compile(r"[_]+")  # 'defence_expenditure_per_capita_usd': a machine's header
SENTENCE_STOP = re.compile(r"[.!?;:]\s|[.!?;:]$|[\"“”|\t]")
SEMICOLON_LINE_STOP = re.compile(r"[.!?:]\s|[.!?:]$|[\"“”|\t]")  # a line parted by semicolons: they are its cells'
MIN_CELLS = 2  # a label and a figure at least
MAX_CELLS = 12
MAX_CELL_WORDS = 6
MIN_ROWS = 2
MAX_LABELS = 2  # cells of a row that are not figures: its name, and maybe a word more ('1, United States, 997')

Row = tuple[int, str, list[str]]


def delimiter(line: str) -> str:
    """The mark parting a line's cells: a semicolon where it has one, else a comma."""
    return SEMICOLON if SEMICOLON in line else ","


def cells(line: str, mark: str | None = None) -> list[str] | None:
    """A comma- or semicolon-separated line's cells, parted by `mark` (else by its own), else None (a line of prose,
    a Markdown or tab-separated table's row)."""
    stripped = line.strip()
    mark = mark or delimiter(stripped)
    stop = SEMICOLON_LINE_STOP if mark == SEMICOLON else SENTENCE_STOP
    if mark not in stripped or stop.search(stripped):
        return None
    if mark == SEMICOLON:
        parts = stripped.split(SEMICOLON)
    else:
        parts = SPACED_COMMA.split(stripped) if ", " in stripped else stripped.split(",")
    parts = [part.strip() for part in parts]
    if not MIN_CELLS <= len(parts) <= MAX_CELLS or not all(parts):
        return None
    return parts if all(len(part.split()) <= MAX_CELL_WORDS for part in parts) else None


def _figures(parts: list[str], mark: str = ",") -> int:
    figure = ANY_WAY_FIGURE if mark == SEMICOLON else FIGURE
    return sum(1 for part in parts if figure.match(part))


def _row(line: str, mark: str = ",") -> list[str] | None:
    """A row of figures parted by `mark`: every cell a figure but its label (and a rank's or a name's cell beside
    it)."""
    parts = cells(line, mark)
    if parts is None:
        return None
    words = len(parts) - _figures(parts, mark)
    enough = _figures(parts[1:], mark) >= 1 and len(parts) - words >= words
    return parts if words <= MAX_LABELS and enough else None


def _header(line: str) -> list[str] | None:
    """A header: cells naming columns, not all of them figures ('Country, 2023, 2024'; years alone name columns)."""
    parts = cells(line)
    return parts if parts is not None and _figures(parts, delimiter(line)) < len(parts) else None


def _ranked(header: list[str], rows: list[list[str]]) -> bool:
    """Rows as wide as the header each numbered first and named second ('1, United States, 997')."""
    full = [row for row in rows if len(row) == len(header)]
    return len(full) >= MIN_ROWS and all(FIGURE.match(row[0]) and not FIGURE.match(row[1]) for row in full)


def _body(header: list[str], rows: list[list[str]]) -> int:
    """How many of the rows under the header belong to its table: as wide as it, or one cell short (a total)
    under ranked rows."""
    ranked = _ranked(header, rows)
    for at, row in enumerate(rows):
        if len(row) != len(header) and not (ranked and len(row) == len(header) - 1):
            return at
    return len(rows)


def _table_at(lines: list[tuple[int, str]], index: int) -> tuple[list[str], list[list[str]]] | None:
    """The table whose header is lines[index], with its rows, else None."""
    header = _header(lines[index][1])
    if header is None:
        return None
    rows: list[list[str]] = []
    mark = delimiter(lines[index][1])
    for _, line in lines[index + 1 :]:
        row = _row(line, mark)
        if row is None or len(row) > len(header):
            break
        rows.append(row)
    rows = rows[: _body(header, rows)]
    full = sum(1 for row in rows if len(row) == len(header))
    return (header, rows) if full >= MIN_ROWS else None


def _upper_level(lines: list[tuple[int, str]], index: int, header: list[str]) -> list[str] | None:
    """The upper level of a header of two levels, the line over the header at lines[index] (', 2019, , 2022e,' over
    'Partner, EUR bn, % GDP, EUR bn, % GDP'): its cells, each label heading the empty cells after it
    (`knowledge.header_levels`), else None."""
    if index < 1:
        return None
    line, mark = lines[index - 1][1].strip(), delimiter(lines[index][1])
    if mark not in line or SENTENCE_STOP.search(line.replace(mark, " ")):
        return None
    parts = [part.strip() for part in line.split(mark)]
    if len(parts) > len(header) and not any(parts[len(header) :]):  # a mark closing the line parts off nothing
        parts = parts[: len(header)]
    fits = len(parts) == len(header) and spans_columns(parts) and names_columns(header, len(header))
    return parts if fits else None


def table_regions(text: str) -> list[tuple[int, int]]:
    """Where each comma- or semicolon-separated table stands: its header line (and the upper level of a header of
    two levels over it), then two rows or more of as many cells (a total one short under ranked rows), as (start,
    end) offsets."""
    lines = lines_with_offsets(text)
    regions: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        table = _table_at(lines, index) if "," in lines[index][1] or SEMICOLON in lines[index][1] else None
        if table is None:
            index += 1
            continue
        last = index + len(table[1])
        first = index - 1 if _upper_level(lines, index, table[0]) else index
        regions.append((lines[first][0], lines[last][0] + len(lines[last][1])))
        index = last + 1
    return regions


def read_table(text: str, start: int, end: int) -> tuple[list[str], list[Row]] | None:
    """The header and rows (offset, line, cells) of the comma-separated table at text[start:end], else None; a
    total one cell short of the header gets an empty rank."""
    lines = [(offset, line) for offset, line in lines_with_offsets(text[start:end]) if line.strip()]
    table = _table_at(lines, 0) if lines else None
    upper = None
    if table is None and len(lines) > 1:  # maybe the upper level of a header of two levels, then the table
        lower = _table_at(lines, 1)
        upper = _upper_level(lines, 1, lower[0]) if lower is not None else None
        if upper is None:
            return None
        table, lines = lower, lines[1:]
    if table is None:
        return None
    header, rows = (joined(upper, table[0]), table[1]) if upper else table
    read = [
        (start + offset, line, row if len(row) == len(header) else ["", *row])
        for (offset, line), row in zip(lines[1:], rows, strict=False)
    ]
    return _in_wide_form(header, read)


def _in_wide_form(header: list[str], rows: list[Row]) -> tuple[list[str], list[Row]]:
    """A table in long form read as one whose rows are each named with their year: the year column taken out and
    said after the row's label ('Norway (2014)'), the header's joined words parted. Other tables as they are."""
    period_names = {name.casefold() for name in cues().raw.period_columns}
    column = next(
        (
            at
            for at, name in enumerate(header)
            if at
            and JOINED_WORDS.sub(" ", name).strip().casefold() in period_names
            and all(A_YEAR.fullmatch(cells[at].strip()) for _, _, cells in rows)
        ),
        None,
    )
    if column is None:
        return header, rows
    parted = [header_parted(name) for at, name in enumerate(header) if at != column]
    return parted, [
        (
            offset,
            line,
            [f"{cells[0]} ({cells[column].strip()})", *(c for at, c in enumerate(cells) if at not in (0, column))],
        )
        for offset, line, cells in rows
    ]


def header_parted(name: str) -> str:
    """'defence_expenditure_per_capita_usd' → 'defence expenditure per capita (USD)': a machine's header, its
    words joined, ends with its unit (a currency code, a scale, a percent sign's word), said in brackets as people
    write it."""
    words = JOINED_WORDS.sub(" ", name).split()
    table = cues().raw
    units = {code.casefold() for code in table.currency_codes} | set(table.scales) | set(table.percent_signs)
    kept = len(words)
    while kept > 1 and words[kept - 1].casefold() in units:
        kept -= 1
    if kept == len(words) or "_" not in name:
        return " ".join(words)
    codes = {code.casefold(): code for code in table.currency_codes}  # a code as written in prose: 'USD'
    unit = " ".join(codes.get(word.casefold(), word) for word in words[kept:])
    return f"{' '.join(words[:kept])} ({unit})"
