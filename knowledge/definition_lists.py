"""A definition list of key figures: each term saying what a figure is, then the figure alone.

Two ways web pages turned into Markdown write one — the term on a line of its own and the figure on the next after
a colon ('NATO total defence expenditure, 2024 (estimate)' / ': US$ 1.47 trillion'), or the term in bold closed by a
colon and the figure after it on the same line ('**Real increase, European Allies and Canada, 2024:** 17.9%'). Two
entries or more, maybe apart by blank lines, are a list, read as the key figures of a sidebar are: each figure
measured by its term, of the entity and the year the term names. A value that is no figure alone ('**Date of
question:** 18 July 2024', '**Subject:** Level of defence expenditure', '23 of 32') is no key figure: the sentence
reader reads it.
"""

from __future__ import annotations

import re

from knowledge.chart_lists import MINIMUM_ITEMS, KeyFigures
from knowledge.models import Span

# A figure alone, maybe with its currency, scale or percent sign ('US$ 1.47 trillion', '17.9%', '3.42 million', '3').
FIGURE = r"(?P<figure>[^\s\d*_:]{0,3}\s?\d[\d,.]*(?:\s?%|\s[A-Za-z]{1,8})?)"
# '**Term:** figure' or '**Term**: figure'.
BOLD_TERM = re.compile(r"^\s*(?P<mark>\*\*|__)(?P<words>[^*_:\n]+?)(?::(?P=mark)|(?P=mark):)[ \t]+" + FIGURE + r"\s*$")
# A term on its own line ('United States, 2024 (estimate)') and its figure on the next (': US$ 968 billion').
TERM_LINE = re.compile(r"^(?P<words>[^\s:|#>*\-][^:|\n]*?)[ \t]*$")
DEFINITION_LINE = re.compile(r"^:[ \t]+" + FIGURE + r"\s*$")

Row = tuple[int, str, list[str]]


def _entries(lines: list[tuple[int, str]]) -> list[Row | None]:
    """Each line's key figure (the row of the line that ends one), None for a line of anything else; a blank line
    is left out, for entries set apart by blank lines are one list."""
    rows: list[Row | None] = []
    for index, (offset, line) in enumerate(lines):
        if not line.strip():
            continue
        bold = BOLD_TERM.match(line)
        if bold:
            rows.append((offset, line, [bold.group("figure"), bold.group("words").strip()]))
            continue
        definition = DEFINITION_LINE.match(line)
        term = TERM_LINE.match(lines[index - 1][1]) if definition and index else None
        if definition and term:
            start = lines[index - 1][0]
            rows[-1:] = [(start, f"{lines[index - 1][1]}\n{line}", [definition.group("figure"), term.group("words")])]
            continue
        rows.append(None)
    return rows


def definition_lists(text: str) -> list[KeyFigures]:
    """Every run of two key figures of a definition list or more in a text."""
    lines: list[tuple[int, str]] = []
    position = 0
    for raw in text.splitlines(keepends=True):
        lines.append((position, raw.rstrip("\r\n")))
        position += len(raw)
    found: list[KeyFigures] = []
    run: list[Row] = []
    for row in [*_entries(lines), None]:
        if row is not None:
            run.append(row)
            continue
        if len(run) >= MINIMUM_ITEMS:
            found.append(KeyFigures(Span(start=run[0][0], end=run[-1][0] + len(run[-1][1])), tuple(run)))
        run = []
    return found
