"""A document's frame: the one country it is about, and the country a national currency names.

A hearing of a national parliament, a ministry's budget note or a national brief speaks of one country
throughout: its title, its section headings or its opening paragraphs name it ('how the United Kingdom can meet
the NATO commitment', 'Where the UK stands'), no other country is named there, and it is the country most of the
document's country-naming sentences name, or the one whose own currency most of its amounts are in. A figure
naming no one in such a document ('she added that the defence budget stands at about GBP 62.2 billion') is that
country's — not the alliance's its commitments are made to. A national currency names its country on its own
when nothing else does; the data is `domain/frames.toml`.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Collection, Iterable
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from knowledge.cues import Phrases, cues, phrase_words
from knowledge.doc_context import Heading
from knowledge.entities import DomainDataError, EntityKind, entity_tables
from knowledge.figures import YEAR
from knowledge.models import Block
from knowledge.readers.prose import ProseDocument

FRAME_FILE = Path(__file__).parent / "domain" / "frames.toml"
CURRENCY_MINIMUM = 2  # amounts in one national currency before it says whose the document is


class FrameData(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    lead_blocks: int = Field(ge=1, description="Paragraphs before the first heading that say what it is about.")
    national_currencies: dict[str, str] = Field(description="ISO code -> the one country whose own currency it is.")
    someone_elses: frozenset[str] = Field(description="Words before a weak name making it someone's own ('her').")
    members_of: tuple[str, ...] = Field(description="Weak names that, before 'of', are another body's members.")
    modifier_after: frozenset[str] = Field(description="Possessives a name after only describes ('its NATO targets').")
    pointers: tuple[str, ...] = Field(description="Words pointing at a national document's country ('the government').")
    speakers: frozenset[str] = Field(description="Words a national document's speaker names their country by ('we').")
    member_bodies: tuple[str, ...] = Field(description="Other bodies whose members 'member states' may name.")
    body_organs: dict[str, str] = Field(
        default_factory=dict, description="A member body's own agency or institution -> that body."
    )
    assigned_goals: tuple[str, ...] = Field(description="Words after the alliance's name: what it asks of a country.")
    part_openers: tuple[str, ...] = Field(description="Words naming the total the amounts after them are parts of.")
    part_year_nouns: frozenset[str] = Field(description="Parts of a year after 'first' ('the first nine months of').")
    summary_headings: tuple[str, ...] = Field(
        description="Words of the heading of a document's opening summary ('Summary of key findings')."
    )

    @model_validator(mode="after")
    def _known(self) -> FrameData:
        codes = set(cues().raw.currency_codes)
        for code, country in self.national_currencies.items():
            if code not in codes:
                raise ValueError(f"{code!r} is not a currency code of cues.toml")
            if entity_tables().kind(country) != EntityKind.COUNTRY:
                raise ValueError(f"{code!r}: {country!r} is no country of entities.toml")
        for body in self.member_bodies:
            if body not in entity_tables().entries:
                raise ValueError(f"member body {body!r} is no entity of entities.toml")
        for organ, body in self.body_organs.items():
            if organ not in entity_tables().entries or body not in self.member_bodies:
                raise ValueError(f"organ {organ!r} is no entity of entities.toml, or {body!r} no member body")
        return self


@cache
def frame_data(path: Path = FRAME_FILE) -> FrameData:
    """The frame data, validated once; a file that does not validate raises DomainDataError naming it."""
    try:
        return FrameData.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (tomllib.TOMLDecodeError, ValidationError) as error:
        raise DomainDataError(f"{path}: {error}") from error


def national_country(currency: str | None) -> str | None:
    """The country whose own currency the code is ('GBP' -> the United Kingdom); EUR and USD name no one."""
    return frame_data().national_currencies.get(currency) if currency else None


def someone_elses(words: list[str], start: int, end: int) -> bool:
    """'her members', 'Our members can double shell output': a weak name a person's possessive holds; 'members of
    the budget committee': members of another body."""
    if start > 0 and words[start - 1] in frame_data().someone_elses:
        return True
    return words[end : end + 1] == ["of"] and tuple(words[start:end]) in _members_of()


def any_bodys_members(words: list[str], start: int, end: int) -> bool:
    """'member states', 'members': a weak name every body with members shares (the Union's as well as the
    alliance's), unlike 'allies'."""
    return tuple(words[start:end]) in _members_of()


def members_body(names: Collection[str], sources: Collection[str] = ()) -> str | None:
    """The one body besides the alliance whose members a sentence naming `names` (strongly; `sources` as whose
    figures they are) speaks of: a body of `member_bodies` named by its own name, or one whose own agency the sentence
    cites ('According to the European Defence Agency, the 27 member states spent …': the Union's), when
    the alliance is not named even as a source (a programme it runs does not name it, and no figure is pinned on a
    body the text does not name)."""
    if any(is_alliance(name) for name in (*names, *sources)):
        return None
    data = frame_data()
    bodies = {name for name in names if name in data.member_bodies}
    bodies |= {data.body_organs[name] for name in sources if name in data.body_organs}
    return bodies.pop() if len(bodies) == 1 else None


@cache
def _members_of() -> frozenset[tuple[str, ...]]:
    return frozenset(phrase_words(name) for name in frame_data().members_of)


def possessive_before(words: list[str], start: int) -> int | None:
    """'its NATO capability targets', 'its 2024 NATO figure': a name right after a possessive pronoun (a year may
    stand between) describes what its antecedent owns; the pronoun's position, else None."""
    at = start - 1
    if at > 0 and YEAR.match(words[at]):
        at -= 1
    return at if at >= 0 and words[at] in frame_data().modifier_after else None


@cache
def _pointers() -> Phrases:
    return Phrases(frame_data().pointers)


def points_at_country(words: list[str], start: int, end: int) -> bool:
    """'The government expects …', 'the Ministry of Defence will …': words pointing at the document's country."""
    return _pointers().within(words, start, end)


@cache
def _assigned_goals() -> Phrases:
    return Phrases(frame_data().assigned_goals)


def names_assigned_goal(words: list[str], end: int) -> bool:
    """'The new NATO capability targets imply …': the words right after a name ending at `end` are what the
    alliance asks of a country."""
    return _assigned_goals().starting_at(words, end) > 0


def speaks_for_country(words: list[str], start: int, end: int, asides: Collection[int] = frozenset()) -> int | None:
    """'Today we have around 182,000 active soldiers', said by a minister: the last word of the speaker's own voice
    between start and end, which in a document about one country names that country. A 'we' in an aside describing
    another ('Even the United States, which we like to think of as our benchmark, spends 3.4 per cent') is not the
    voice the figure is stated in."""
    voice = frame_data().speakers
    found = (p for p in range(end - 1, start - 1, -1) if words[p] in voice and p not in asides)
    return next(found, None)


def is_country(name: str) -> bool:
    return entity_tables().kind(name) == EntityKind.COUNTRY


def is_alliance(name: str) -> bool:
    """The whole alliance (the entity whose role is 'alliance'): never whom a national document's figure is about
    unless its own sentence says so."""
    entry = entity_tables().entries.get(name)
    return entry is not None and entry.role == "alliance"


def _dominant(counts: Counter[str], minimum: int = 1) -> str | None:
    """The name counted more than half of all times, and `minimum` times at least."""
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    return name if count * 2 > counts.total() and count >= minimum else None


def currency_country(currencies: Counter[str]) -> str | None:
    """The country whose own currency most of the document's amounts are in (two at least)."""
    national = _dominant(currencies, CURRENCY_MINIMUM)
    return national_country(national)


def document_frame(
    headed: Iterable[str], lead: Iterable[str], sentences: Counter[str], currencies: Counter[str]
) -> str | None:
    """The one country the document is about. `headed`: the names its title and headings give; `lead`: the ones its
    opening paragraphs give (as a subject, not in an aside); `sentences`: each name once per sentence naming it;
    `currencies`: the currency of each of its amounts. The only country named up front (else the one whose own
    currency most amounts are in) is the frame when most amounts are in its currency, or when the title or a
    heading names it and most country-naming sentences (if any) do too. A lead naming one country beside the
    alliance ('not even the U.S. meets') with no heading or currency of its own frames nothing."""
    headed = set(headed)
    named = {name for name in (*headed, *lead) if is_country(name)}
    by_currency = currency_country(currencies)
    if len(named) > 1:
        return None
    candidate = next(iter(named)) if named else by_currency
    if candidate is None or candidate == by_currency:
        return candidate
    countries = Counter({name: n for name, n in sentences.items() if is_country(name)})
    named_elsewhere = countries.total() > 0
    return candidate if candidate in headed and (not named_elsewhere or candidate == _dominant(countries)) else None


def summary_blocks(prose: ProseDocument, found: list[Heading], title: str) -> list[Block]:
    """The paragraphs of a document's opening summary: the first section after its title, when its heading says it
    summarises the document ('Summary of key findings', 'Key points'); else none."""
    sections = [heading for heading in found if heading.text.strip() != title.strip()]
    words = phrase_words(" ".join(re.findall(r"[\w'’-]+", sections[0].text))) if sections else ()
    if not _summary_words().within(words, 0, len(words)):
        return []
    end = sections[1].start if len(sections) > 1 else len(prose.text)
    return [block for block in prose.blocks if not block.noise and sections[0].start < block.span.start < end]


@cache
def _summary_words() -> Phrases:
    return Phrases(frame_data().summary_headings)


def lead_blocks(prose: ProseDocument, found: list[Heading]) -> list[Block]:
    """The opening paragraphs: those before the first section heading (a few at most)."""
    first = found[0].start if found else len(prose.text)
    lead = [block for block in prose.blocks if not block.noise and block.span.start < first]
    return lead[: frame_data().lead_blocks]
