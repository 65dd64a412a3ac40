"""The documents catalog (`catalog.toml`): title, publisher, date, URL and period of each document."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

CATALOG_NAME = "catalog.toml"
ONE_PERIOD = re.compile(r"\d{4}|current")
A_YEAR = re.compile(r"\b\d{4}\b")
FISCAL_YEAR_LABEL = re.compile(r"^(?:FY|fiscal year)\s*(?=\d{4}(?!\d))", re.IGNORECASE)


class CatalogError(ValueError):
    pass


class CatalogEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str = Field(min_length=1, max_length=300)
    publisher: str | None = None
    published: str | None = Field(default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    url: str | None = None
    # the year the document's figures are for when a sentence names none; a span ('2014–2024', '2025-26 to
    # 2035-36') says what it covers and dates no figure
    period: str | None = Field(default=None, max_length=80)

    @field_validator("period")
    @classmethod
    def _a_period_named(cls, value: str | None) -> str | None:
        """A year, a span of years or 'current'; a fiscal year as budgets write it ('FY2025', 'fiscal year 2025')
        is the year it is named by."""
        if value is None:
            return None
        period = FISCAL_YEAR_LABEL.sub("", value.strip())
        if period != "current" and not A_YEAR.search(period):
            raise ValueError("must name a year, a span of years or 'current' (e.g. 2025, 2014-2024, FY2025)")
        return period


def read_catalog(documents_dir: Path) -> dict[str, CatalogEntry]:
    path = documents_dir / CATALOG_NAME
    if not path.exists():
        return {}
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise CatalogError(f"not valid TOML: {error}") from error
    entries: dict[str, CatalogEntry] = {}
    for name, fields in raw.items():
        if not isinstance(fields, dict):
            raise CatalogError(f'entry {name!r} must be a table of keys, e.g. ["{name}"] title = "…"')
        try:
            entries[name] = CatalogEntry.model_validate(fields)
        except ValidationError as error:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
            raise CatalogError(f"entry {name!r}: {problems}") from error
    return entries


def figures_period(period: str | None) -> str | None:
    """The period a document's undated figures are for ('2024', 'current'). A document covering a span
    ('2014–2024', '2025-26 to 2035-36') dates no figure by it: each is for the year its sentence names, else it is
    left undated."""
    return period.strip() if period is not None and ONE_PERIOD.fullmatch(period.strip()) else None


def entry_from_front_matter(metadata: dict[str, str]) -> dict[str, str]:
    """Front matter keys mapped to catalog keys (`source` is accepted for `url`, `date` for `published`)."""
    aliases = {"source": "url", "date": "published"}
    fields = {aliases.get(key, key): value for key, value in metadata.items()}
    return {key: value for key, value in fields.items() if key in CatalogEntry.model_fields and value}
