"""A table's header of two levels: a row naming periods or groups, each standing over several columns, over a row
naming what each column under it holds.

'|  | 2014 |  | 2023 |  |' over '| Ally | USD mn | % GDP | USD mn | % GDP |': a label of the upper row heads its own
column and the empty ones after it (or the ones repeating it: '| | 2014 | 2014 | 2023 | 2023 |'), so each column is
headed by both levels, the upper first, as a header of two lines is read ('2014 USD mn', '2023 % GDP'). The lower row
is a header only when it names every column a label of the upper row stands over, with no figure in it but a year
('| Country | 2023 | 2024 |' under 'Spending (USD bn)'), and its first cell names no entity; the rows under it are
the table's.
"""

from __future__ import annotations

import itertools
import re

# A year alone, maybe marked as an estimate or a plan ('2024', '2024e', '2025p'): a header's cell, never a figure.
YEAR_CELL = re.compile(r"(?:19|20)\d\d[a-z]?")
DIGIT = re.compile(r"\d")
MIN_SPANNED = 2  # columns a label of the upper row stands over, at least


def spans_columns(cells: list[str]) -> bool:
    """An upper header row: its first column after the label headed, and some label of it standing over the empty
    cells after it or repeated in the next ones ('|  | 2014 |  | 2023 |  |', '| | 2014 | 2014 | 2023 | 2023 |')."""
    body = [cell.strip() for cell in cells[1:]]
    if len(body) < MIN_SPANNED or not body[0]:
        return False
    pairs = list(itertools.pairwise(body))
    return any(first and (not second or second == first) for first, second in pairs)


def names_columns(cells: list[str], width: int) -> bool:
    """A lower header row: as wide as the table, every cell after its label filled and holding no figure but a year
    ('USD mn', '% GDP', 'Share of GDP (%)', '2023')."""
    body = [cell.strip() for cell in cells[1:]]
    if len(cells) != width or not body:
        return False
    return all(cell and (not DIGIT.search(cell) or YEAR_CELL.fullmatch(cell)) for cell in body)


def joined(upper: list[str], lower: list[str]) -> list[str]:
    """Each column's header read down both levels: the upper label over it (carried over the empty cells after it)
    and the lower one; the first column's the one given ('Ally')."""
    labels: list[str] = []
    over = ""
    for at, under in enumerate(lower):
        above = upper[at].strip() if at < len(upper) else ""
        if at == 0:
            labels.append(under.strip() or above)
            continue
        over = above or over
        labels.append(f"{over} {under.strip()}".strip())
    return labels
