"""Entities questions and documents may name (allies, groups, non-members, bodies, regions, the world), from data.

The names live in `knowledge/domain/entities.toml`, each entity once, validated on load: an unknown field or
kind, a name listed twice, or a name standing for two entities in the same reading fails with the file and
the entry at fault. Questions read the list through `knowledge.lexicon`, extraction through `entity_tables`;
code never names a country.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from knowledge.words import normalise

DATA = Path(__file__).parent / "domain"
ENTITY_FILE = DATA / "entities.toml"
EXACT_TOKEN = re.compile(r"[A-Za-z][A-Za-z.]*[A-Za-z.]|[A-Za-z]")

# What the alliance's own figures make of an entity: the whole alliance, the member NATO reports apart,
# and the alliance less that member; and the world, the one whole wider than the alliance (of which the
# alliance's spending is a part). Code asks for a role, never for a country.
Role = Literal["alliance", "largest_member", "alliance_without_largest", "world"]
ROLES: tuple[Role, ...] = ("alliance", "largest_member", "alliance_without_largest", "world")
QUESTIONED_ROLES: frozenset[Role] = frozenset({"alliance", "largest_member", "alliance_without_largest"})


class DomainDataError(ValueError):
    """A domain data file that does not load: the message names the file and what is wrong."""


class EntityKind(StrEnum):
    COUNTRY = "country"
    GROUP = "group"
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"
    REGION = "region"
    PROGRAMME = "programme"


def _words(alias: str) -> tuple[str, ...]:
    return tuple(normalise(alias).split())


def _claim(table: dict[tuple[str, ...], str], aliases: Iterable[str], name: str, reading: str) -> None:
    """Add aliases to a reading's table; an alias already standing for another entity is an error."""
    for alias in aliases:
        words = _words(alias)
        owner = table.setdefault(words, name)
        if owner != name:
            raise ValueError(f"{alias!r} names both {owner!r} and {name!r} in {reading}")


class EntityEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    kind: EntityKind
    member: bool = Field(default=False, description="A NATO member.")
    joined: int | None = Field(
        default=None,
        description="The year a member joined, when within the documents' years (the tables' wholes "
        "count it from that year); unset: a member before any year they cover.",
    )
    role: Role | None = None
    currency: str | None = Field(default=None, description="A member's national currency as NATO's tables name it.")
    questions: bool = Field(default=True, description="False: only documents name it; the lexicon leaves it out.")
    aliases: tuple[str, ...] = Field(default=(), description="Names in questions and documents, any case.")
    weak: tuple[str, ...] = Field(
        default=(), description="Names in questions; in documents only when nothing stronger is near ('Ottawa')."
    )
    exact: tuple[str, ...] = Field(default=(), description="Case-sensitive aliases ('US', never the pronoun 'us').")
    code: str | None = Field(
        default=None,
        pattern=r"^[A-Z]{2}$",
        description="A country's two-letter code, read in questions as typed, in documents as a bullet's or a table "
        "row's label ('DE: 1.19%').",
    )
    flag: str | None = Field(
        default=None,
        pattern=r"^[A-Z]{2}$",
        description="The ISO letters of a country's flag emoji when its code is no typed one ('US', 'GB', 'IS').",
    )
    iso_code: str | None = Field(
        default=None,
        pattern=r"^[A-Z]{3}$",
        description="A country's three-letter ISO code: in documents as written in capitals ('DEU 2.12'), in "
        "questions in any case as its abbreviations are ('deu').",
    )
    question_only: tuple[str, ...] = Field(default=(), description="Names only questions use ('yanks').")
    other_languages: tuple[str, ...] = Field(
        default=(), description="Its names in other languages ('Deutschland', 'Alemania'): questions only."
    )
    short: tuple[str, ...] = Field(default=(), description="Abbreviations questions type in any case ('ger').")
    short_in_lists: tuple[str, ...] = Field(
        default=(), description="Abbreviations that are also words ('den'): a country only in a list of countries."
    )
    document_only_weak: tuple[str, ...] = Field(
        default=(), description="Weak names in documents only: a government's institutions ('Pentagon')."
    )
    bodies: tuple[str, ...] = Field(
        default=(),
        description="Its government's bodies a question names it by ('the MoD', 'the Pentagon'): questions only, "
        "and only when the question names no other entity ('Poland's ministry of defence' is Poland's).",
    )
    economy: str | None = Field(
        default=None,
        description="A central bank's economy: its forecasts of growth and inflation are that entity's figures.",
    )
    part_of: str | None = Field(
        default=None,
        description="A programme's body: the entity whose programme it is; an institution's union (the European "
        "Commission is the European Union's): its figures are the union's as readers name them.",
    )
    places: tuple[str, ...] = Field(
        default=(),
        description="Towns and regions inside a country where gatherings are held ('The Hague', 'Wales'), never names "
        "of the country: a sentence placing an event there answers 'the host of the 2025 summit'.",
    )

    @model_validator(mode="after")
    def _names_once(self) -> EntityEntry:
        shared = (*self.aliases, *self.weak)
        questions = (*shared, *self.question_only, *self.other_languages, *self.bodies, *self.short)
        for reading in ((*questions, *self.short_in_lists), (*shared, *self.document_only_weak)):
            self._each_name_once(reading)
        if len(set(self.exact)) != len(self.exact) or any(not EXACT_TOKEN.fullmatch(e) for e in self.exact):
            raise ValueError(f"{self.name!r}: exact names must be distinct single words: {list(self.exact)}")
        if self.iso_code and self.iso_code.casefold() in {name.casefold() for name in (*self.exact, *self.short)}:
            raise ValueError(f"{self.name!r}: its code {self.iso_code!r} is listed again among its names")
        question_names = (self.question_only, self.other_languages, self.document_only_weak, self.bodies)
        if not self.questions and any(question_names):
            raise ValueError(f"{self.name!r}: questions = false, so all its weak names are in `weak`")
        if self.member and self.kind is not EntityKind.COUNTRY:
            raise ValueError(f"{self.name!r}: only a country is a member")
        if self.kind is EntityKind.PROGRAMME and self.part_of is None:
            raise ValueError(f"{self.name!r}: a programme is part of a body")
        if self.part_of is not None and self.kind not in (EntityKind.PROGRAMME, EntityKind.ORGANISATION):
            raise ValueError(f"{self.name!r}: only a programme or an institution is part of a body")
        return self

    def _each_name_once(self, names: tuple[str, ...]) -> None:
        """In one reading (questions; documents) no name is blank or listed twice; a government's body may be
        named in both ('pentagon': weak in documents, a body in questions)."""
        if any(not _words(alias) for alias in (self.name, *names)):
            raise ValueError(f"{self.name!r}: a blank name")
        seen = {_words(self.name): "its name"}
        for alias in names:
            if _words(alias) in seen:
                raise ValueError(f"{self.name!r}: {alias!r} is listed twice (as {seen[_words(alias)]})")
            seen[_words(alias)] = repr(alias)

    def document_exact(self) -> tuple[str, ...]:
        """The names documents write it by as listed: its exact names and its three-letter code."""
        return (*self.exact, self.iso_code) if self.iso_code else self.exact

    def abbreviations(self) -> tuple[str, ...]:
        """The abbreviations a question may name it by in any case: its short names and its three-letter code (a
        code that is also a word, 'can', is read only in a list of countries, as its short names in lists are)."""
        code = self.iso_code.casefold() if self.iso_code else None
        return (*self.short, code) if code and code not in self.short_in_lists else self.short

    def question_aliases(self) -> tuple[str, ...]:
        """The names a question uses for it, besides its name."""
        names = (*self.aliases, *self.weak, *self.question_only, *self.other_languages, *self.bodies)
        return names if self.questions else ()

    def official_names(self, forms: tuple[str, ...]) -> tuple[str, ...]:
        """A member's official names a question may use: each form before its name or an alias, with or without
        'the' ('kingdom of the netherlands', 'grand duchy of luxembourg'). Members only: another country's form
        may name another state ('the Republic of China' is not China)."""
        if not self.member or not self.questions:
            return ()
        names = {_words(name) for name in (self.name, *self.aliases)}
        bare = {name[1:] if name[:1] == ("the",) else name for name in names}
        return tuple(
            " ".join((*_words(form), *article, *name))
            for form in forms
            for name in sorted(bare)
            for article in ((), ("the",))
        )


class EntityFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    official_forms: tuple[str, ...] = Field(
        default=(),
        description="The words a country's official name puts before its name ('kingdom of', 'grand duchy of'): "
        "a question naming 'the Kingdom of the Netherlands' names the Netherlands.",
    )
    entity: tuple[EntityEntry, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _each_once(self) -> EntityFile:
        names: set[str] = set()
        questions: dict[tuple[str, ...], str] = {}
        documents: dict[tuple[str, ...], str] = {}
        exact: dict[str, str] = {}
        for entry in self.entity:
            if entry.name in names:
                raise ValueError(f"{entry.name!r} is listed twice")
            names.add(entry.name)
            if entry.questions:
                _claim(questions, (entry.name, *entry.question_aliases()), entry.name, "questions")
            documents_names = (entry.name, *entry.aliases, *entry.weak, *entry.document_only_weak)
            _claim(documents, documents_names, entry.name, "documents")
            for alias in entry.document_exact():
                if exact.setdefault(alias, entry.name) != entry.name:
                    raise ValueError(f"{alias!r} names both {exact[alias]!r} and {entry.name!r} in documents (exact)")
        for entry in self.entity:
            if entry.economy is not None and entry.economy not in names:
                raise ValueError(f"{entry.name!r}: its economy {entry.economy!r} is no entity")
            if entry.part_of is not None and entry.part_of not in names:
                raise ValueError(f"{entry.name!r}: its body {entry.part_of!r} is no entity")
        for role in ROLES:
            holders = [entry for entry in self.entity if entry.role == role]
            if len(holders) != 1 or (role in QUESTIONED_ROLES and not holders[0].questions):
                found = [entry.name for entry in holders]
                kind = "entity that questions name" if role in QUESTIONED_ROLES else "entity"
                raise ValueError(f"role {role!r} needs exactly one {kind}, found {found}")
        return self

    def by_role(self, role: Role) -> EntityEntry:
        return next(entry for entry in self.entity if entry.role == role)


def entity_file(path: Path = ENTITY_FILE) -> EntityFile:
    """The entity list, validated (once per file); a file that does not validate raises DomainDataError naming it."""
    return _entity_file(path)


@cache
def _entity_file(path: Path) -> EntityFile:
    try:
        return EntityFile.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (tomllib.TOMLDecodeError, ValidationError) as error:
        raise DomainDataError(f"{path}: {error}") from error


@dataclass(frozen=True)
class EntityTables:
    entries: dict[str, EntityEntry]
    folded: dict[tuple[str, ...], str]  # normalised alias words -> name
    exact: dict[str, str]  # case-sensitive alias -> name
    weak: dict[tuple[str, ...], str]  # weak names, normalised -> name
    codes: dict[str, str]  # two-letter code as written -> name ('DE' -> 'Germany')

    def part_of(self, name: str) -> str | None:
        """The body a programme is part of ('SAFE' -> the European Union), else None."""
        entry = self.entries.get(name)
        return entry.part_of if entry else None

    def kind(self, name: str) -> str | None:
        entry = self.entries.get(name)
        return entry.kind if entry else None


@cache
def entity_tables(path: Path = ENTITY_FILE) -> EntityTables:
    """The documents' reading of the entity list: folded names, exact names and weak names."""
    data = entity_file(path)
    folded: dict[tuple[str, ...], str] = {}
    exact: dict[str, str] = {}
    weak: dict[tuple[str, ...], str] = {}
    for entry in data.entity:
        for alias in (entry.name, *entry.aliases):
            folded.setdefault(_words(alias), entry.name)
        for alias in entry.document_exact():
            exact.setdefault(alias, entry.name)
        for alias in (*entry.weak, *entry.document_only_weak):
            weak.setdefault(_words(alias), entry.name)
    codes = {entry.code: entry.name for entry in data.entity if entry.code}
    return EntityTables({entry.name: entry for entry in data.entity}, folded, exact, weak, codes)


def written_as_listed(alias: str, text: str) -> bool:
    """An exact name ('EU', 'SAFE') written in the text as listed, a word of its own ('EUR' is not 'EU', nor 'U.S.'
    'US'); a full stop ending the sentence after it ('requested €6.38 billion from SAFE.') still ends the word."""
    return re.search(rf"(?<![\w.]){re.escape(alias)}(?![\w]|\.\w)", text) is not None


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
