"""The record every table reader produces: one figure of a statistical table, cited by sheet and cell.

A figure is keyed by (table, measure, entity, period). Most figures belong to one
year; a few columns cover a span ("Real change 2014-2024e (%)"), for which
`start_year` holds the first year and `year` the last.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

FigureKey = tuple[str, str, str, str]
# What makes a spreadsheet program read a cell as a formula (=HYPERLINK(...), @SUM(...), +cmd|...).
FORMULA = re.compile(r"^\s*(?:[=@]|[+\-](?![\d.\s]|$))")
TEXT_FIELDS = (
    "table",
    "table_title",
    "measure",
    "unit",
    "basis",
    "entity",
    "currency",
    "sheet",
    "row_label",
    "column_label",
)


def looks_like_formula(text: str) -> bool:
    """Text a spreadsheet would run as a formula; such text is never stored, so never repeated in a reply."""
    return FORMULA.match(text) is not None


class TableFigure(BaseModel):
    """One figure of a table: a value for an entity, a measure and a year."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    table: str = Field(min_length=1, description="Table number as printed: '3', '8a'.")
    table_title: str
    measure: str = Field(
        description="Block label in the table ('Share of real GDP (%)'); in Tables 1, 2, 5 the price basis."
    )
    unit: str = Field(description="The line under the title, e.g. 'Million US dollars'.")
    basis: str = Field(default="", description="A second line under the title (price basis), if any.")
    entity: str = Field(min_length=1, description="Row label without footnote marks or currency suffix.")
    currency: str | None = Field(default=None, description="'Leks' when the row label carried it.")
    year: int = Field(ge=1800, le=2200, description="The year; for a span, its last year.")
    start_year: int | None = Field(
        default=None, ge=1800, le=2200, description="First year of a span column ('2014-2024'), else None."
    )
    estimate: bool = Field(description="The column header marks the year as an estimate ('2023e').")
    value: float = Field(allow_inf_nan=False)
    sheet: str
    cell: str = Field(pattern=r"^[A-Z]{1,3}[1-9][0-9]*$", description="'D11'.")
    row_label: str = Field(description="The raw row label text as in the sheet.")
    column_label: str = Field(description="The raw header text, e.g. '2023e'.")

    @field_validator(*TEXT_FIELDS)
    @classmethod
    def not_a_formula(cls, value: str | None) -> str | None:
        if value is not None and looks_like_formula(value):
            raise ValueError("looks like a spreadsheet formula, not text")
        return value

    @property
    def period(self) -> str:
        """'2024', or '2014-2024' for a span."""
        return f"{self.start_year}-{self.year}" if self.start_year is not None else str(self.year)

    @property
    def key(self) -> FigureKey:
        return (self.table, self.measure, self.entity, self.period)

    @property
    def locator(self) -> str:
        """'TABLE3!D11', as spreadsheets write a reference."""
        return f"{self.sheet}!{self.cell}"


class ReadResult(BaseModel):
    """The figures a reader extracted and what it skipped or doubted, one human-readable line each."""

    figures: list[TableFigure] = []
    warnings: list[str] = []


class TableReadError(Exception):
    """The file cannot be read as a table document at all."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


def duplicate_key_warnings(figures: Iterable[TableFigure]) -> list[str]:
    """One warning for each figure whose (table, measure, entity, period) was already taken."""
    first_seen: dict[FigureKey, TableFigure] = {}
    warnings: list[str] = []
    for figure in figures:
        earlier = first_seen.setdefault(figure.key, figure)
        if earlier is not figure:
            table, measure, entity, period = figure.key
            warnings.append(
                f"{figure.locator}: duplicate of {earlier.locator} (Table {table}, {measure}, {entity}, {period})"
            )
    return warnings
