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


def _money(key: str, scale: float, currency: str | None = "US$") -> TableMeasure:
    return TableMeasure(key, Unit.MONEY, scale, currency)


def table_measure(figure: TableFigure) -> TableMeasure | None:
    """What a table's block label and unit line mean; None for figures that repeat another table's."""
    measure = figure.measure.casefold()
    unit = figure.unit.casefold()
    if figure.start_year is not None:
        return TableMeasure("real_change_since_start", Unit.PERCENT) if "real change" in measure else None
    if "share of real gdp" in measure:
        return None if any(char.isdigit() for char in measure) else TableMeasure("share_of_gdp", Unit.PERCENT_OF_GDP)
    if "annual real change" in measure:
        return TableMeasure("real_change_defence_spending", Unit.PERCENT)
    if "percentage of total defence expenditure" in unit:
        return _category_share(measure)
    return _named_measure(measure) or _money_measure(measure, unit, figure.table_title.casefold())


def _category_share(measure: str) -> TableMeasure | None:
    """A block of the percentage-of-total table: which category's share of defence expenditure it is."""
    for category in ("equipment", "personnel", "infrastructure", "other"):
        if measure.startswith(category):
            return TableMeasure(f"{category}_share", Unit.PERCENT)
    return None


# Block labels that say the measure by themselves, in the order they are tried ('gdp per capita' before 'per capita').
NAMED_MEASURES = (
    ("military personnel", TableMeasure("military_personnel", Unit.PEOPLE, 1_000.0)),
    ("gdp per capita", _money("gdp_per_capita", 1_000.0)),
    ("per capita", _money("spending_per_capita", 1.0)),
)


def _named_measure(measure: str) -> TableMeasure | None:
    return next((meaning for phrase, meaning in NAMED_MEASURES if phrase in measure), None)


def _money_measure(measure: str, unit: str, title: str) -> TableMeasure | None:
    """Amounts in millions: GDP, or spending in US dollars or in the national currency, current or constant."""
    current = "current" in measure
    if "defence expenditure (" in measure or (measure == "defence expenditure" and "real change" in title):
        return None  # Table 4 repeats Table 2's constant-price figures for two years
    if title.startswith("gdp") or title == "gross domestic product":
        return _money("gdp_usd_current" if current else "gdp_usd_constant", 1e6)
    if "us dollars" in unit:
        return _money("spending_usd_current" if current else "spending_usd_constant", 1e6)
    if "national currency" in unit:
        return _money("spending_national_current" if current else "spending_national_constant", 1e6, None)
    return None


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
