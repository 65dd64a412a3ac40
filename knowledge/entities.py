"""Entities a document may name (allies, groups, non-members, bodies, regions, the world), loaded from data.

The names live in `knowledge/domain/entities.toml`, validated on load; code never names a country.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from knowledge.lexicon import normalise

DATA = Path(__file__).parent / "domain"
EXACT_TOKEN = re.compile(r"[A-Za-z][A-Za-z.]*[A-Za-z.]|[A-Za-z]")


class EntityEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    kind: str = Field(pattern=r"^(country|group|organisation|region|person|place)$")
    member: bool = False
    aliases: tuple[str, ...] = ()
    exact: tuple[str, ...] = Field(default=(), description="Case-sensitive aliases ('US', never the pronoun 'us').")
    weak: tuple[str, ...] = Field(
        default=(), description="Names used only when nothing stronger is near ('Ottawa', 'members')."
    )


class EntityFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    entity: tuple[EntityEntry, ...]


@dataclass(frozen=True)
class EntityTables:
    entries: dict[str, EntityEntry]
    folded: dict[tuple[str, ...], str]  # normalised alias words -> name
    exact: dict[str, str]  # case-sensitive alias -> name
    weak: dict[tuple[str, ...], str]  # weak names, normalised -> name

    def kind(self, name: str) -> str | None:
        entry = self.entries.get(name)
        return entry.kind if entry else None


@cache
def entity_tables(path: Path = DATA / "entities.toml") -> EntityTables:
    data = EntityFile.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    folded: dict[tuple[str, ...], str] = {}
    exact: dict[str, str] = {}
    weak: dict[tuple[str, ...], str] = {}
    for entry in data.entity:
        for alias in (entry.name, *entry.aliases):
            folded.setdefault(tuple(normalise(alias).split()), entry.name)
        for alias in entry.exact:
            exact.setdefault(alias, entry.name)
        for alias in entry.weak:
            weak.setdefault(tuple(normalise(alias).split()), entry.name)
    return EntityTables({entry.name: entry for entry in data.entity}, folded, exact, weak)


def canonical_subject(text: str) -> str:
    """The entity a subject string names ('NATO allies' -> 'NATO Allies'), or the string normalised.

    A string is resolved when it is an alias as a whole or starts with one ('European Union (ReArm Europe)');
    a description that merely mentions entities ('top five spenders (US, China, …)') stays as written.
    """
    tables = entity_tables()
    stripped = text.strip()
    if stripped in tables.exact:
        return tables.exact[stripped]
    words = normalise(stripped).split()
    for length in range(len(words), 0, -1):
        name = tables.folded.get(tuple(words[:length]))
        if name:
            return name
    first = stripped.split(" ", 1)[0].strip("(),")
    if first in tables.exact:
        return tables.exact[first]
    return " ".join(words)
