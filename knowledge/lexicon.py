"""Domain lexicon: the names people use for allies, groups, people's titles and concepts, read from data.

The words live in `knowledge/domain/` (entities.toml, roles.toml, concepts.toml), each listed once and
validated on load; this module only loads them and matches them. No figure appears there, and a new
document needs no entry. The alliance, its largest member and the alliance without it are found by their
`role` in the entity list, so no code names a country.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from knowledge.cues import cues
from knowledge.entities import DATA, DomainDataError, EntityFile, EntityKind, entity_file
from knowledge.words import NON_WORD, POSSESSIVE, ZERO_WIDTH, normalise

__all__ = [
    "ENTITIES",
    "EUROPE_AND_CANADA",
    "NATO_ALLIES",
    "NON_WORD",
    "POSSESSIVE",
    "ROLES",
    "SYNONYMS",
    "UNITED_STATES",
    "ZERO_WIDTH",
    "Entity",
    "EntityKind",
    "Mention",
    "concepts",
    "entities_by_name",
    "entity_aliases",
    "find_mentions",
    "normalise",
    "place_aliases",
    "role_aliases",
    "synonym_aliases",
    "vocabulary",
]

_Model = TypeVar("_Model", bound=BaseModel)


@dataclass(frozen=True)
class Entity:
    name: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()
    nato_member: bool = False
    joined: int | None = None  # the year a member joined, within the documents' years


class _WordGroups(BaseModel):
    """Named groups of words (a title and its words, a concept and its words), each word in one group only."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    @staticmethod
    def _once(groups: dict[str, tuple[str, ...]], *, names_are_words: bool) -> dict[str, tuple[str, ...]]:
        seen: dict[str, str] = {}
        for name, words in groups.items():
            for word in (name, *words) if names_are_words else words:
                key = normalise(word)
                if not key:
                    raise ValueError(f"{name!r}: a blank word")
                if key in seen:
                    raise ValueError(f"{word!r} of {name!r} is listed already (in {seen[key]!r})")
                seen[key] = name
        return groups


class _Titles(_WordGroups):
    titles: dict[str, tuple[str, ...]] = Field(min_length=1)

    @field_validator("titles")
    @classmethod
    def _titles_once(cls, titles: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        return cls._once(titles, names_are_words=True)


class _Concepts(_WordGroups):
    concepts: dict[str, tuple[str, ...]] = Field(min_length=1)
    # phrases of a concept that name it whole ('bricks and mortar'): none of their words says anything of its own
    idioms: tuple[str, ...] = ()

    @field_validator("concepts")
    @classmethod
    def _concepts_once(cls, concepts: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for name, words in concepts.items():
            if not words:
                raise ValueError(f"concept {name!r} has no words")
        return cls._once(concepts, names_are_words=False)

    @model_validator(mode="after")
    def _idioms_are_concept_words(self) -> _Concepts:
        words = {normalise(word) for listed in self.concepts.values() for word in listed}
        unknown = [idiom for idiom in self.idioms if normalise(idiom) not in words]
        if unknown:
            raise ValueError(f"idioms name no concept: {unknown} (list each under its concept too)")
        return self


def _load(model: type[_Model], path: Path) -> _Model:
    try:
        return model.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (tomllib.TOMLDecodeError, ValidationError) as error:
        raise DomainDataError(f"{path}: {error}") from error


def load_titles(path: Path = DATA / "roles.toml") -> dict[str, tuple[str, ...]]:
    """Titles that introduce a person's name ('NATO Secretary-General Mark Rutte') and the words for them."""
    return _load(_Titles, path).titles


def load_concepts(path: Path = DATA / "concepts.toml") -> dict[str, tuple[str, ...]]:
    """Concepts ('spending', 'target') and the words that name them."""
    return _load(_Concepts, path).concepts


def _idioms(concepts: _Concepts) -> frozenset[tuple[str, ...]]:
    """The phrases naming a concept whole ('big ticket', 'bricks and mortar'), as normalised words."""
    return frozenset(tuple(normalise(idiom).split()) for idiom in concepts.idioms)


def load_entities(data: EntityFile) -> tuple[Entity, ...]:
    """The entities questions name, with every name a question may use for each."""
    return tuple(
        Entity(
            entry.name,
            entry.kind,
            (*entry.question_aliases(), *entry.official_names(data.official_forms)),
            nato_member=entry.member,
            joined=entry.joined,
        )
        for entry in data.entity
        if entry.questions
    )


_DATA = entity_file()
ENTITIES: tuple[Entity, ...] = load_entities(_DATA)
NATO_ALLIES: str = _DATA.by_role("alliance").name
UNITED_STATES: str = _DATA.by_role("largest_member").name
EUROPE_AND_CANADA: str = _DATA.by_role("alliance_without_largest").name
WORLD: str = _DATA.by_role("world").name
ROLES: dict[str, tuple[str, ...]] = load_titles()
_CONCEPTS = _load(_Concepts, DATA / "concepts.toml")  # read once for its concepts and its idioms
SYNONYMS: dict[str, tuple[str, ...]] = _CONCEPTS.concepts
IDIOMS: frozenset[tuple[str, ...]] = _idioms(_CONCEPTS)


@dataclass(frozen=True)
class Mention:
    """An alias found in normalised text, by word position."""

    target: str
    alias: str
    start: int  # word index
    end: int


FISCAL_CONCEPT = "fiscal"  # the concept (concepts.toml) of the words for a budget year ('fiscal year', 'fy')


@cache
def fiscal_year_words() -> frozenset[str]:
    """Every word of the names of a budget year ('fy', 'fiscal year', 'financial year'), and the concept's own."""
    return frozenset({FISCAL_CONCEPT, *(word for alias in SYNONYMS[FISCAL_CONCEPT] for word in alias.split())})


def _alias_table(pairs: Iterator[tuple[str, str]]) -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for target, alias in pairs:
        table.setdefault(tuple(normalise(alias).split()), target)
    return table


@cache
def entity_aliases() -> dict[tuple[str, ...], str]:
    return _alias_table(
        (entity.name, spelling)
        for entity in ENTITIES
        for alias in (entity.name, *entity.aliases)
        for spelling in _joined_spellings(alias)
    )


def _joined_spellings(alias: str) -> list[str]:
    """A group's name joining its members with 'and' is also joined by the other words that join them ('European
    members plus Canada'), as documents are read (`knowledge.mentions`)."""
    words = normalise(alias).split()
    if "and" not in words[1:-1]:
        return [alias]
    at = words.index("and", 1)
    joiners = (normalise(joiner) for joiner in cues().raw.name_joiners)
    return [alias, *(" ".join([*words[:at], joiner, *words[at + 1 :]]) for joiner in joiners if joiner)]


@cache
def role_aliases() -> dict[tuple[str, ...], str]:
    return _alias_table((role, alias) for role, aliases in ROLES.items() for alias in (role, *aliases))


@cache
def synonym_aliases() -> dict[tuple[str, ...], str]:
    return _alias_table((concept, alias) for concept, aliases in SYNONYMS.items() for alias in aliases)


@cache
def place_aliases() -> dict[tuple[str, ...], str]:
    """Where a gathering is held -> the country it is in: each country's names, its capital (a weak name) and its
    towns and regions (`places`), as a sentence writes them ('At their summit in The Hague')."""
    return _alias_table(
        (entry.name, name)
        for entry in _DATA.entity
        if entry.kind is EntityKind.COUNTRY
        for name in (entry.name, *entry.aliases, *entry.weak, *entry.places)
    )


@cache
def weak_names() -> frozenset[str]:
    """The names a question may use for an entity only weakly: capitals for their governments ('berlin')."""
    return frozenset(normalise(name) for entry in _DATA.entity for name in entry.weak)


@cache
def body_names() -> frozenset[str]:
    """A government's bodies a question names its country by ('the mod', 'pentagon'), unless it names another."""
    return frozenset(normalise(name) for entry in _DATA.entity for name in entry.bodies)


@cache
def short_names() -> dict[str, str]:
    """'ger' -> 'Germany': the abbreviations a question may name countries by, in any case."""
    return {short: entry.name for entry in _DATA.entity for short in entry.abbreviations()}


@cache
def listed_short_names() -> dict[str, str]:
    """'den' -> 'Denmark', 'de' -> 'Germany': abbreviations that are also words, and the two-letter codes typed in
    lower case ('it', 'no', 'de' are words too), naming a country only in a list of countries ('fr de uk')."""
    codes = {entry.code.casefold(): entry.name for entry in _DATA.entity if entry.code}
    return codes | short_names_that_are_words()


@cache
def short_names_that_are_words() -> dict[str, str]:
    """'den' -> 'Denmark', 'fr' -> 'France': the abbreviations the entity list marks as words too ('fr' for 'for
    real'), never a country but in a list."""
    return {short: entry.name for entry in _DATA.entity for short in entry.short_in_lists}


@cache
def country_codes() -> dict[str, str]:
    """'DE' -> 'Germany': the two-letter codes a question may name allies by, typed in capitals."""
    return {entry.code: entry.name for entry in _DATA.entity if entry.code}


@cache
def flag_codes() -> dict[str, str]:
    """'GB' -> 'United Kingdom': the letters of every country's flag emoji, those of a typed code or its own."""
    return {code: entry.name for entry in _DATA.entity if (code := entry.code or entry.flag)}


@cache
def entities_by_name() -> dict[str, Entity]:
    return {entity.name: entity for entity in ENTITIES}


def is_country(name: str) -> bool:
    """Whether a name is a country's: the world, regions, groups and bodies named only in documents are not."""
    entity = entities_by_name().get(name)
    return entity is not None and entity.kind is EntityKind.COUNTRY


@cache
def ally_names() -> frozenset[str]:
    """Every NATO member country's name."""
    return frozenset(entity.name for entity in ENTITIES if entity.kind is EntityKind.COUNTRY and entity.nato_member)


def is_ally(name: str) -> bool:
    """Whether a name is a NATO member country's."""
    entity = entities_by_name().get(name)
    return entity is not None and entity.kind is EntityKind.COUNTRY and entity.nato_member


MENTIONS_KEPT = 1024
_mentions_found: dict[tuple[int, tuple[str, ...], int], tuple[dict[tuple[str, ...], str], list[Mention]]] = {}


def find_mentions(words: list[str], table: dict[tuple[str, ...], str], *, longest: int = 6) -> list[Mention]:
    """Longest-first, non-overlapping alias matches over a list of normalised words; of two that overlap, the
    longer ('all of nato' against 'nato europe and canada' in 'all of nato europe and canada'). Every stage of
    an answer looks the same words up again: the last lookups are kept, each with the very table it used."""
    key = (id(table), tuple(words), longest)
    kept = _mentions_found.get(key)
    if kept is not None and kept[0] is table:
        return list(kept[1])
    found = _find_mentions(words, table, longest, _first_words(table))
    if len(_mentions_found) >= MENTIONS_KEPT:
        _mentions_found.pop(next(iter(_mentions_found)))
    _mentions_found[key] = (table, found)
    return list(found)


def forget_mentions() -> None:
    """Drop the lookups kept (benchmarks time every message as new)."""
    _mentions_found.clear()


def may_start_a_mention(word: str, table: dict[tuple[str, ...], str]) -> bool:
    """Whether an alias of the table starts with the word: a mention at a word no alias starts with is none."""
    return word in _first_words(table)


FIRST_WORDS_KEPT = 64
_first_words_kept: dict[int, tuple[dict[tuple[str, ...], str], int, frozenset[str]]] = {}


def _first_words(table: dict[tuple[str, ...], str]) -> frozenset[str]:
    """The words an alias of the table starts with: a word no alias starts with starts no mention, and most words
    of a question are such. Kept per table (the very table, of the same size)."""
    kept = _first_words_kept.get(id(table))
    if kept is not None and kept[0] is table and kept[1] == len(table):
        return kept[2]
    firsts = frozenset(key[0] for key in table if key)
    if len(_first_words_kept) >= FIRST_WORDS_KEPT:
        _first_words_kept.clear()
    _first_words_kept[id(table)] = (table, len(table), firsts)
    return firsts


def _find_mentions(
    words: list[str], table: dict[tuple[str, ...], str], longest: int, firsts: frozenset[str]
) -> list[Mention]:
    mentions: list[Mention] = []
    count = len(words)
    position = 0
    while position < count:
        if words[position] not in firsts:
            position += 1
            continue
        for length in range(min(longest, count - position), 0, -1):
            key = tuple(words[position : position + length])
            if key in table:
                break
        else:
            position += 1
            continue
        inner = range(position + 1, position + length)
        if length > 1 and any(
            words[start] in firsts and _longest_at(words, start, table, longest) > length for start in inner
        ):
            position += 1  # a longer name starts inside this one: it is the one meant
            continue
        mentions.append(Mention(table[key], " ".join(key), position, position + length))
        position += length
    return mentions


def _longest_at(words: list[str], position: int, table: dict[tuple[str, ...], str], longest: int) -> int:
    """The length of the longest alias starting at `position`, 0 for none."""
    for length in range(min(longest, len(words) - position), 0, -1):
        if tuple(words[position : position + length]) in table:
            return length
    return 0


def concepts(words: Sequence[str]) -> set[str]:
    return set(_concepts(tuple(words)))


@lru_cache(maxsize=2048)  # the verifier asks it of the same facts' words on every check
def _concepts(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(mention.target for mention in find_mentions(list(words), synonym_aliases()))


@cache
def vocabulary() -> frozenset[str]:
    """Every word the lexicon knows, for typo correction."""
    words: set[str] = set()
    for table in (entity_aliases(), role_aliases(), synonym_aliases()):
        for key in table:
            words.update(key)
    return frozenset(words)
