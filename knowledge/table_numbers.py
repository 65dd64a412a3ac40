"""How one table writes its numbers: a table pasted from a continental source into an English document keeps its
decimal commas ('| 2022 (actual) | 89,1 | 1,31 |', '1 234,5', '2,1 %') while the prose around it writes '154.8'.

A table is read the continental way when some cell can only be a decimal comma (one or two digits, or four and more,
after the comma; a thousands point or space before it) and no cell can only be English ('1,234.5', '2.8'); its cells
are then read with their separators swapped, cell by cell; the lines, and so the table's quotes, stay as written.
"""

from __future__ import annotations

import re

from knowledge.number_style import swapped

# a cell holding a number alone, maybe signed, maybe a percentage: the shapes only a continental writer gives
CONTINENTAL_CELL = re.compile(
    r"^[~≈]?\s*[+\-−–]?(?:\d{1,3}(?:[ .\u00a0\u202f]\d{3})+,\d+|\d+,(?:\d{1,2}|\d{4,}))\s*%?$"
)
ENGLISH_CELL = re.compile(r"^[~≈]?\s*[+\-−–]?(?:\d{1,3}(?:,\d{3})+\.\d+|\d+\.(?:\d{1,2}|\d{4,}))\s*%?$")
GROUP_SPACE = re.compile(r"(?<=\d)[\u00a0\u202f](?=\d{3})")


def writes_decimal_commas(cells: list[str]) -> bool:
    """Whether a table's figure cells write decimal commas: some only can, none only writes English."""
    shapes = [cell.strip() for cell in cells]
    return any(CONTINENTAL_CELL.match(cell) for cell in shapes) and not any(ENGLISH_CELL.match(cell) for cell in shapes)


def read_as_english(cell: str) -> str:
    """A continental cell with English separators ('1 234,5' -> '1 234.5', '1.234,5' -> '1,234.5', '2,1 %' ->
    '2.1 %'); a no-break space grouping thousands is a plain one, as the table reader groups them."""
    return swapped(GROUP_SPACE.sub(" ", cell))


Row = tuple[int, str, list[str]]


def figures_in_english(rows: list[Row]) -> list[Row]:
    """A table's rows (offset, line, cells) with the figures of a table writing decimal commas read the English way;
    its labels, its lines and any other table's rows as they are."""
    if not writes_decimal_commas([cell for _, _, cells in rows for cell in cells[1:]]):
        return rows
    return [
        (offset, line, [*cells[:1], *(read_as_english(cell) for cell in cells[1:])]) for offset, line, cells in rows
    ]
