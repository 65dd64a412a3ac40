"""Fixed-width tables of plain text: columns aligned by spaces under a header of one line or more.

A statistical annex prints its table as text ('Denmark   DKK   68 714 b   1.15   2.37 b'): the columns are where
every row of figures leaves two spaces or more blank, a header of up to a few lines above the rows names them (a
header's words standing over a column, 'Share of GDP' over the two columns under it), numbers may group their
thousands with a space ('1 310.5') and carry a note's letter after them ('15.4 e'). Each row is read as a Markdown
table's row is: its label, then its cells, each cell's letters kept apart as its markers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.header_levels import YEAR_CELL

SPACE_GAP = re.compile(r"\s{2,}")
CHUNK = re.compile(r"\S+(?: \S+)*")  # a run of words parted by single spaces: a cell, or a header's words
# A figure of a fixed-width cell: thousands grouped by commas or single spaces ('68 714', '1 310.5'), maybe signed,
# maybe a percentage, maybe followed by the letters of its notes ('2.37 b', '15.4 e', '51.1 a,e').
FIGURE_CELL = re.compile(
    r"^(?P<number>[+\-−–]?\d{1,3}(?:[ ,]\d{3})+(?:\.\d+)?|[+\-−–]?\d+(?:\.\d+)?)\s*(?P<percent>%)?"
    r"(?:\s+(?P<marks>[a-z](?:\s*,\s*[a-z])*))?$"
)
NOT_AVAILABLE = frozenset({"..", "...", "-", "–", "—", "n.a.", "n/a", "x", "|"})
RULE = re.compile(r"^\s*([=_~-])\1{4,}\s*$")
MIN_FIGURES = 2  # figures a row of the table gives at least, after its label
MIN_ROWS = 2
MAX_HEADER_LINES = 4
MIN_GAP = 2  # blank positions between two columns, in every row (one blank parts a number's thousands)
MIN_GROUP = 2  # columns an upper header line's words head together, at least, when they name groups of columns
CAPTION_END = (":", ".")  # a line above the header ending so is the table's caption, not its header


@dataclass(frozen=True)
class Extent:
    start: int
    end: int  # exclusive

    def overlap(self, start: int, end: int) -> int:
        return max(0, min(self.end, end) - max(self.start, start))

    def distance(self, start: int, end: int) -> int:
        return max(0, self.start - end, start - self.end)


@dataclass(frozen=True)
class FixedWidthTable:
    """A fixed-width table: its header cells, and each row's offset, line and cells; `marks` gives each row's cells'
    note letters ('b', 'e')."""

    header: list[str]
    rows: list[tuple[int, str, list[str]]]
    marks: list[list[tuple[str, ...]]]


def lines_with_offsets(text: str) -> list[tuple[int, str]]:
    """Each line of the text without its line break, with the offset it starts at."""
    lines = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        lines.append((offset, raw.rstrip("\r\n")))
        offset += len(raw)
    return lines


def _figure_row(line: str) -> bool:
    """A row of figures: a label in letters first, then two figures or more in cells parted by two spaces or more
    (a Markdown or tab-separated row is another table's)."""
    if "|" in line or "\t" in line or RULE.match(line):
        return False
    cells = SPACE_GAP.split(line.strip())
    if len(cells) <= MIN_FIGURES or not cells[0][:1].isalpha() or all(YEAR_CELL.fullmatch(c) for c in cells[1:]):
        return False  # a row of years alone ('Partner   2019   2022   2019   2022') is the header's lowest line
    return sum(1 for cell in cells[1:] if FIGURE_CELL.match(cell)) >= MIN_FIGURES


def table_regions(text: str) -> list[tuple[int, int]]:
    """Where each fixed-width table stands: from its header's first line to its last row (start, end offsets)."""
    lines = lines_with_offsets(text)
    regions: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        if not _figure_row(lines[index][1]):
            index += 1
            continue
        end = index
        while end < len(lines) and _figure_row(lines[end][1]):
            end += 1
        header = _header_lines(lines, index)
        if end - index >= MIN_ROWS and header:
            regions.append((lines[header[0]][0], lines[end - 1][0] + len(lines[end - 1][1])))
        index = end
    return regions


def _header_lines(lines: list[tuple[int, str]], first_row: int) -> list[int]:
    """The header's lines above the first row: up to a blank line, a rule or a caption, past one rule drawn right
    under the header."""
    at = first_row - 1
    if at >= 0 and RULE.match(lines[at][1]):
        at -= 1
    found: list[int] = []
    while at >= 0 and len(found) < MAX_HEADER_LINES:
        line = lines[at][1]
        if not line.strip() or RULE.match(line) or line.rstrip().endswith(CAPTION_END):
            break
        found.insert(0, at)
        at -= 1
    # a header names two columns at least: a single run of words over the table is its caption
    return found if any(len(CHUNK.findall(lines[i][1])) > 1 for i in found) else []


def _columns(rows: list[str]) -> list[Extent]:
    """The columns of the rows: positions that are not blank in some row, parted by two blank positions or more
    blank in every row."""
    width = max(len(row) for row in rows)
    filled = [any(position < len(row) and not row[position].isspace() for row in rows) for position in range(width)]
    extents: list[Extent] = []
    start: int | None = None
    blank = 0
    for position, used in enumerate([*filled, *([False] * MIN_GAP)]):
        if used:
            start = position if start is None else start
            blank = 0
            continue
        blank += 1
        if start is not None and blank == MIN_GAP:
            extents.append(Extent(start, position - MIN_GAP + 1))
            start = None
    return extents


def _header(lines: list[str], columns: list[Extent]) -> list[str]:
    """Each column's header: the words of the header lines standing over it, top to bottom; words spanning several
    columns ('Share of GDP' over '2014' and '2024e') head each column they cover half of, or the one they stand most
    over. An upper line naming groups of columns ('2019' over 'EUR bn' and '% GDP', '2022e' over the next two) heads
    every column of its group, wherever over the group its words stand (`_groups`)."""
    words: list[list[str]] = [[] for _ in columns]
    lowest = [" ".join(chunk.group() for chunk in _chunks_over(lines[-1], columns, at)) for at in range(len(columns))]
    for number, line in enumerate(lines):
        chunks = list(CHUNK.finditer(line))
        groups = _groups(chunks, columns, lowest) if number < len(lines) - 1 else None
        for index, chunk in enumerate(chunks):
            for at in groups[index] if groups else _headed(columns, chunk.start(), chunk.end()):
                words[at].append(chunk.group())
    return [" ".join(parts) for parts in words]


def _chunks_over(line: str, columns: list[Extent], at: int) -> list[re.Match[str]]:
    return [chunk for chunk in CHUNK.finditer(line) if at in _headed(columns, chunk.start(), chunk.end())]


def _groups(chunks: list[re.Match[str]], columns: list[Extent], lowest: list[str]) -> list[range] | None:
    """The columns each words of an upper header line head when they name groups of columns: the columns after the
    label parted into as many groups as there are words, of one size (two columns at least), each words standing
    over their own group only and each group headed alike by the lowest line ('EUR bn', '% GDP' under each year);
    None when no one parting fits (the words then head the columns they stand over)."""
    fits: list[list[range]] = []
    for first in range(1, len(columns)):
        size, left = divmod(len(columns) - first, len(chunks) or 1)
        if left or size < MIN_GROUP or not chunks:
            continue
        groups = [range(first + index * size, first + (index + 1) * size) for index in range(len(chunks))]
        if all(_stands_over(chunk, groups, index, columns) for index, chunk in enumerate(chunks)) and _alike(
            groups, lowest
        ):
            fits.append(groups)
    return fits[0] if len(fits) == 1 else None


def _stands_over(chunk: re.Match[str], groups: list[range], index: int, columns: list[Extent]) -> bool:
    """The words stand over their own group's columns and over no other group's."""
    spans = [Extent(columns[group[0]].start, columns[group[-1]].end) for group in groups]
    mine = spans[index]
    inside = mine.start <= (chunk.start() + chunk.end()) / 2 < mine.end + MIN_GAP
    return inside and not any(span.overlap(chunk.start(), chunk.end()) for at, span in enumerate(spans) if at != index)


def _alike(groups: list[range], lowest: list[str]) -> bool:
    """Each group's columns headed alike by the lowest header line, every one of them headed."""
    heads = [[lowest[at] for at in group] for group in groups]
    return all(all(head) for head in heads) and all(head == heads[0] for head in heads)


def _headed(columns: list[Extent], start: int, end: int) -> list[int]:
    overlaps = [column.overlap(start, end) for column in columns]
    if not any(overlaps):
        nearest = min(range(len(columns)), key=lambda at: columns[at].distance(start, end))
        return [nearest]
    most = max(range(len(columns)), key=lambda at: overlaps[at])
    covered = [at for at, column in enumerate(columns) if 2 * overlaps[at] >= column.end - column.start]
    return sorted({most, *covered})


def _cell(text: str) -> tuple[str, tuple[str, ...]]:
    """A cell as a table's cell is read ('68 714 b': '68 714', its mark 'b'); a cell not available is empty."""
    stripped = text.strip()
    if stripped in NOT_AVAILABLE:
        return "", ()
    figure = FIGURE_CELL.match(stripped)
    if figure is None:
        return stripped, ()
    number = figure.group("number") + (figure.group("percent") or "")
    marks = tuple(mark.strip() for mark in (figure.group("marks") or "").split(",") if mark.strip())
    return number, marks


def read_table(text: str, start: int, end: int) -> FixedWidthTable | None:
    """The fixed-width table standing at text[start:end] (a region of `table_regions`), else None."""
    lines = [(offset, line) for offset, line in lines_with_offsets(text) if start <= offset < end]
    body = [(offset, line) for offset, line in lines if _figure_row(line)]
    if len(body) < MIN_ROWS:
        return None
    header_lines = [line for offset, line in lines if offset < body[0][0] and line.strip() and not RULE.match(line)]
    columns = _columns([line for _, line in body])
    if len(columns) <= MIN_FIGURES:
        return None
    rows: list[tuple[int, str, list[str]]] = []
    marks: list[list[tuple[str, ...]]] = []
    for offset, line in body:
        read = [_cell(line[column.start : column.end]) for column in columns]
        rows.append((offset, line, [cell for cell, _ in read]))
        marks.append([mark for _, mark in read])
    return FixedWidthTable(_header(header_lines, columns), rows, marks)


# A note explaining a letter marking cells, on a line of its own under the table ('e  IDES estimate where …',
# 'b) Includes military assistance …') or in a legend of symbols ('e = IDES estimate; .. = not available'): the letter,
# and the first words of the note (a note's later clauses speak of other things: 'in 2024 these amounted to an
# estimated EUR 19.8 billion' does not make the cells it marks estimates).
NOTE_LINE = re.compile(
    r"^[ \t]*(?P<mark>[a-z])(?:[ \t]{2,}|\)[ \t]+|[ \t]*=[ \t]*)(?P<words>[^\n;]{1,40})", re.MULTILINE
)
SYMBOL_ENTRY = re.compile(r"(?:^|[;:,][ \t]*)(?P<mark>[a-z])[ \t]*=[ \t]*(?P<words>[^\n;]{1,40})", re.MULTILINE)
NOTES_REACH = 1200  # characters under a table its notes stand in
SYMBOLS_REACH = 800  # characters above a table its legend of symbols stands in


def letter_notes(text: str, start: int, end: int) -> dict[str, str]:
    """What each note letter marking the cells of the table at text[start:end] stands for: its note under the
    table, else its entry in the legend of symbols above it."""
    notes: dict[str, str] = {}
    for entry in NOTE_LINE.finditer(text[end : end + NOTES_REACH]):
        notes.setdefault(entry.group("mark"), entry.group("words").strip())
    for entry in SYMBOL_ENTRY.finditer(text[max(0, start - SYMBOLS_REACH) : start]):
        notes.setdefault(entry.group("mark"), entry.group("words").strip())
    return notes
