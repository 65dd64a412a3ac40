"""A data file's readme saying what each column holds: its machine name, then the words ('expenditure_eur_mn
defence expenditure, million EUR, current prices'), maybe wrapped onto lines aligned under them ('equipment_share_pct
major equipment expenditure, incl. related R&D,' / 'as % of total defence expenditure').

A column so described measures what its description says: its cells are stated in those words, not only in the
parted name of its header ('equipment share (pct)'), so a question asking 'major equipment' finds them said.
"""

from __future__ import annotations

import functools
import re

# A machine's name of a column (words joined by underscores), then two spaces or more, a tab, or a colon or an
# equals sign, then its description to the line's end.
ENTRY = re.compile(
    r"(?:^|\s)(?P<name>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)(?:[ \t]{2,}|\t|[ \t]*[:=][ \t]+)(?P<said>\S[^\n]*)$"
)
MAX_WRAPPED_LINES = 3  # lines an entry's description may wrap onto


@functools.lru_cache(maxsize=8)  # a document's tables ask of the same text
def column_notes(text: str) -> dict[str, str]:
    """Each column name the text describes, with its description (its wrapped lines joined)."""
    lines = text.splitlines()
    notes: dict[str, str] = {}
    for at, line in enumerate(lines):
        entry = ENTRY.search(line)
        if entry is None:
            continue
        said = [entry.group("said").strip()]
        column = entry.start("said")
        for following in lines[at + 1 : at + 1 + MAX_WRAPPED_LINES]:
            if _indent(following) != column or ENTRY.search(following):
                break
            said.append(following.strip())
        notes.setdefault(entry.group("name"), " ".join(said))
    return notes


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())
