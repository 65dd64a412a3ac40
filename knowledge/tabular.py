"""Table documents (CSV, spreadsheets) as facts: entity x measure x year, cited by sheet and cell."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from knowledge.models import Document, Fact

TABLE_SUFFIXES = (".csv", ".xlsx")


class TableDocumentError(ValueError):
    pass


@dataclass
class TableDocument:
    warnings: list[str] = field(default_factory=list)

    def facts(self, document: Document) -> list[Fact]:
        return []


def read_table_document(path: Path, data: bytes) -> TableDocument:
    raise TableDocumentError("table documents are not read yet")
