"""Table documents (NATO's workbook, tidy CSVs) as facts: entity x measure x year, cited by sheet and cell.

The reader gives figures with the table's own labels; this module says what
each label means (which measure, which unit) and which entity a row names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from knowledge import lexicon
from knowledge.entities import entity_tables
from knowledge.extract import fact_id
from knowledge.limits import Counter
from knowledge.measures import MEASURES, TABLE_BLOCKS
from knowledge.models import Citation, Document, Fact, Unit
from knowledge.readers.tables import TableFigure, TableReadError
from knowledge.readers.tidy_csv import read_tidy_csv

TABLE_SUFFIXES = (".csv", ".xlsx")


class TableDocumentError(ValueError):
    pass


@dataclass(frozen=True)
class TableMeasure:
    key: str
    unit: Unit
    scale: float | None = None
    currency: str | None = None


def table_measure(figure: TableFigure) -> TableMeasure | None:
    """What a table's block label and unit line mean (domain/table_blocks.toml); None for figures that repeat
    another table's."""
    label, unit, title = figure.measure.casefold(), figure.unit.casefold(), figure.table_title.casefold()
    since_start = figure.start_year is not None
    block = next((block for block in TABLE_BLOCKS if block.labels(label, unit, title, since_start=since_start)), None)
    if block is None or block.measure is None:
        return None
    measure = MEASURES[block.measure]
    return TableMeasure(block.measure, Unit(measure.unit), measure.scale, measure.currency)


def canonical_entity(label: str) -> str:
    words = lexicon.normalise(label).split()
    mentions = lexicon.find_mentions(words, lexicon.entity_aliases())
    if len(mentions) == 1 and mentions[0].end - mentions[0].start == len(words):
        return mentions[0].target
    return label


def figure_text(figure: TableFigure) -> str:
    value = f"{figure.value:,.4f}".rstrip("0").rstrip(".")
    return f"Table {figure.table} ({figure.table_title}), {figure.row_label}, {figure.column_label}: {value}"


@dataclass
class TableDocument:
    figures: list[TableFigure]
    warnings: list[str] = field(default_factory=list)

    def facts(self, document: Document) -> list[Fact]:
        facts: list[Fact] = []
        skipped = 0
        for figure in self.figures:
            meaning = table_measure(figure)
            if meaning is None:
                skipped += 1
                continue
            subject = canonical_entity(figure.entity)
            qualifiers = (f"table {figure.table}", figure.measure)
            facts.append(
                Fact(
                    id=fact_id(document.id, figure.locator, meaning.key, subject, figure.period),
                    subject=subject,
                    measure=meaning.key,
                    value=figure.value,
                    unit=meaning.unit,
                    scale=meaning.scale,
                    currency=meaning.currency or figure.currency or _national_currency(subject),
                    period=figure.period,
                    estimate=figure.estimate,
                    qualifiers=qualifiers,
                    citation=Citation(
                        document=document.id,
                        locator=f"Table {figure.table}, {figure.sheet}!{figure.cell}",
                        quote=figure_text(figure),
                        sheet=figure.sheet,
                        cell=figure.cell,
                        row_label=figure.row_label,
                        column_label=figure.column_label,
                    ),
                )
            )
        if skipped:
            self.warnings.append(f"{skipped} figures repeat another table's and are not separate facts")
        return facts


def read_table_document(path: Path, data: bytes, counter: Counter | None = None) -> TableDocument:
    """A spreadsheet or tidy CSV as figures; `TableDocumentError` with the reason when it cannot be read.

    `OverLimit` passes through when the document is over one of `counter`'s limits.
    """
    if path.suffix.lower() == ".xlsx":
        from knowledge.readers.workbook import read_workbook as reader  # noqa: PLC0415  # openpyxl only for workbooks
    else:
        reader = read_tidy_csv
    try:
        result = reader(path, counter)
    except TableReadError as error:
        raise TableDocumentError(error.reason) from error
    if not result.figures:
        raise TableDocumentError("no table figures found")
    return TableDocument(result.figures, list(result.warnings))


def _national_currency(subject: str) -> str:
    """The workbook names each ally's currency in its row labels ("Albania (Leks)"); a tidy CSV does not, so the
    entity list says it."""
    entry = entity_tables().entries.get(subject)
    return (entry.currency if entry else None) or "national currency units"
