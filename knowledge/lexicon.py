"""Domain lexicon: the names people use for allies, groups, people and measures.

This is domain knowledge (what "America" or "the 2 % guideline" refers to), not
answers: no figure appears here, and a new document needs no entry.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache


class EntityKind(StrEnum):
    COUNTRY = "country"
    GROUP = "group"
    PERSON = "person"
    ORGANISATION = "organisation"
    PLACE = "place"


@dataclass(frozen=True)
class Entity:
    name: str
    kind: EntityKind
    aliases: tuple[str, ...] = ()
    nato_member: bool = False


def _country(name: str, *aliases: str, member: bool = True) -> Entity:
    """A country with its names; a demonym like 'norwegian' also gives 'norwegians'."""
    plurals = tuple(f"{alias}s" for alias in aliases if alias.endswith("an") and " " not in alias)
    return Entity(name, EntityKind.COUNTRY, tuple(dict.fromkeys((*aliases, *plurals))), nato_member=member)


UNITED_STATES = "United States"
EUROPE_AND_CANADA = "European Allies and Canada"
NATO_ALLIES = "NATO Allies"

ENTITIES: tuple[Entity, ...] = (
    Entity(
        NATO_ALLIES,
        EntityKind.GROUP,
        (
            "nato allies",
            "allies",
            "ally",
            "all allies",
            "nato members",
            "nato member states",
            "member states",
            "member countries",
            "members",
            "member",
            "nato countries",
            "nato nations",
            "the alliance",
            "alliance",
            "nato total",
            "nato as a whole",
            "all of nato",
            "whole alliance",
            "nato",
        ),
    ),
    Entity(
        EUROPE_AND_CANADA,
        EntityKind.GROUP,
        (
            "european allies and canada",
            "european nato members and canada",
            "non us allies",
            "non us",
            "non american allies",
            "other allies",
            "the other allies",
            "all the other allies",
            "rest of the alliance",
            "rest of nato",
            "rest of the allies",
            "rest of alliance",
            "rest of the gang",
            "the rest of them",
            "everyone else",
            "europe canada",
            "euro canada",
            "europe plus canada",
            "canucks and europeans",
            "canucks euro",
            "canucks + euro",
            "europe and canada",
            "nato europe and canada",
            "european members and canada",
            "european nato allies and canada",
            "europeans and canada",
            "european allies",
            "european members",
            "european nato members",
            "european countries",
            "europeans",
            "european",
            "europe",
            "euros",
        ),
    ),
    _country(
        UNITED_STATES,
        "united states",
        "united states of america",
        "us",
        "u s",
        "usa",
        "u s a",
        "america",
        "american",
        "americans",
        "washington",
        "the states",
        "yanks",
        "yankees",
        "uncle sam",
        "murica",
    ),
    _country("Canada", "canada", "canadian", "canadians", "ottawa"),
    _country("Albania", "albania", "albanian"),
    _country("Belgium", "belgium", "belgian"),
    _country("Bulgaria", "bulgaria", "bulgarian"),
    _country("Croatia", "croatia", "croatian"),
    _country("Czechia", "czechia", "czech republic", "czech", "czechs"),
    _country("Denmark", "denmark", "danish", "danes"),
    _country("Estonia", "estonia", "estonian"),
    _country("Finland", "finland", "finnish", "finns"),
    _country("France", "france", "french"),
    _country("Germany", "germany", "german", "germans", "berlin"),
    _country("Greece", "greece", "greek", "greeks"),
    _country("Hungary", "hungary", "hungarian"),
    _country("Iceland", "iceland", "icelandic"),
    _country("Italy", "italy", "italian"),
    _country("Latvia", "latvia", "latvian"),
    _country("Lithuania", "lithuania", "lithuanian"),
    _country("Luxembourg", "luxembourg"),
    _country("Montenegro", "montenegro"),
    _country("Netherlands", "netherlands", "the netherlands", "holland", "dutch"),
    _country("North Macedonia", "north macedonia", "macedonia"),
    _country("Norway", "norway", "norwegian"),
    _country("Poland", "poland", "polish", "poles", "warsaw"),
    _country("Portugal", "portugal", "portuguese"),
    _country("Romania", "romania", "romanian"),
    _country("Slovakia", "slovakia", "slovak republic", "slovak"),
    _country("Slovenia", "slovenia", "slovenian"),
    _country("Spain", "spain", "spanish", "spaniards"),
    _country("Sweden", "sweden", "swedish", "swedes"),
    _country("Türkiye", "turkiye", "turkey", "turkish", "turks"),
    _country(
        "United Kingdom", "united kingdom", "uk", "u k", "britain", "great britain", "british", "brits", "england"
    ),
    _country("Russia", "russia", "russian", "russians", "moscow", "kremlin", member=False),
    _country("Ukraine", "ukraine", "ukrainian", "kyiv", "kiev", member=False),
    _country("China", "china", "chinese", "beijing", member=False),
    _country("Japan", "japan", "japanese", "tokyo", member=False),
    _country("India", "india", "indian", member=False),
    _country("Australia", "australia", "australian", member=False),
    _country("Israel", "israel", "israeli", member=False),
    _country("Iran", "iran", "iranian", member=False),
    _country("Taiwan", "taiwan", "taiwanese", member=False),
    _country("South Korea", "south korea", "korea", "korean", member=False),
    _country("Switzerland", "switzerland", "swiss", member=False),
    _country("Austria", "austria", "austrian", member=False),
    _country("Ireland", "ireland", "irish", member=False),
    _country("Cuba", "cuba", "cuban", member=False),
    _country("Georgia", "georgia", member=False),
    _country("Serbia", "serbia", "serbian", member=False),
    _country("Mexico", "mexico", "mexican", member=False),
    _country("Brazil", "brazil", "brazilian", member=False),
    _country("Belarus", "belarus", "belarusian", member=False),
    Entity("European Union", EntityKind.ORGANISATION, ("european union",)),
    Entity("United Nations", EntityKind.ORGANISATION, ("united nations", "un")),
)

# Titles that introduce a person's name: "NATO Secretary-General Mark Rutte", "U.S. President Donald Trump".
ROLES: dict[str, tuple[str, ...]] = {
    "Secretary General": (
        "secretary general",
        "secretary-general",
        "sec gen",
        "secgen",
        "sg",
        "nato chief",
        "nato boss",
        "head of nato",
        "nato head",
        "nato leader",
        "leader of nato",
        "boss of nato",
        "runs nato",
        "leads nato",
        "in charge of nato",
        "top official",
    ),
    "President": ("president", "potus", "commander in chief"),
    "Prime Minister": ("prime minister", "pm", "premier"),
    "Defence Minister": ("defence minister", "defense minister", "defence secretary", "defense secretary"),
}

SYNONYMS: dict[str, tuple[str, ...]] = {
    "defence": ("defence", "defense", "military", "armed forces", "security"),
    "spending": (
        "spending",
        "spend",
        "spends",
        "spent",
        "spender",
        "spenders",
        "expenditure",
        "expenditures",
        "budget",
        "budgets",
        "outlay",
        "outlays",
        "money",
        "funding",
        "cash",
        "dollars",
        "bucks",
        "bill",
        "tab",
        "costs",
        "cost",
    ),
    "investment": ("investment", "investments", "invest", "invested", "investing", "capital", "procurement"),
    "target": (
        "target",
        "targets",
        "guideline",
        "guidelines",
        "goal",
        "goals",
        "benchmark",
        "threshold",
        "minimum",
        "requirement",
        "pledge",
        "commitment",
        "bar",
        "standard",
        "quota",
        "line",
    ),
    "share": (
        "share",
        "shares",
        "percent",
        "percentage",
        "per cent",
        "portion",
        "proportion",
        "part",
        "chunk",
        "slice",
        "fraction",
        "piece",
        "cut",
        "contribution",
        "contributions",
        "contribute",
        "contributes",
        "contributed",
        "contributing",
        "pay",
        "pays",
        "paid",
        "paying",
        "foot",
        "covers",
        "cover",
        "account",
        "accounts",
        "accounted",
        "burden",
        "bankroll",
        "bankrolls",
        "fund",
        "funds",
        "carry",
        "carries",
        "split",
        "divided",
        "breakdown",
        "how much of",
        "chip in",
        "chipping in",
        "chipping",
        "chips in",
        "borne",
        "bear",
        "bears",
        "shoulder",
        "shoulders",
        "cough up",
        "pick up",
        "picks up",
    ),
    "increase": (
        "increase",
        "increased",
        "increases",
        "rise",
        "rose",
        "risen",
        "growth",
        "grow",
        "grew",
        "grown",
        "jump",
        "jumped",
        "boost",
        "boosted",
        "up",
        "hike",
        "gain",
        "change",
        "changed",
        "real term",
        "real terms",
        "real-term",
        "go up",
        "went up",
        "climb",
        "climbed",
        "surge",
        "surged",
    ),
    "meet": (
        "meet",
        "meets",
        "met",
        "meeting",
        "hit",
        "hits",
        "reach",
        "reached",
        "reaching",
        "achieve",
        "achieved",
        "comply",
        "complied",
        "compliant",
        "above",
        "at or above",
        "clear",
        "cleared",
        "fulfil",
        "fulfilled",
        "fulfill",
        "over",
        "at least",
        "did",
        "do",
    ),
    "miss": (
        "missed",
        "miss",
        "misses",
        "fail",
        "failed",
        "failing",
        "fell short",
        "fall short",
        "below",
        "under",
        "short",
        "did not",
        "didn't",
        "didnt",
        "not meet",
        "dont",
        "don't",
        "do not",
        "haven't",
        "havent",
        "havnt",
        "behind",
        "not",
        "laggards",
        "slackers",
        "lagging",
        "remaining",
        "rest",
        "other",
    ),
    "gdp": ("gdp", "gross domestic product", "economy", "economic output", "national income"),
    "count": ("how many", "number of", "count", "how much of the members", "no of", "nr of", "headcount"),
    "members": ("members", "member", "member states", "allies", "countries", "nations", "states"),
    "proposal": (
        "pushed",
        "push",
        "pushing",
        "proposed",
        "propose",
        "proposal",
        "demanded",
        "demand",
        "demands",
        "wants",
        "want",
        "wanted",
        "asked",
        "ask",
        "asking",
        "urged",
        "called for",
        "suggested",
        "insisted",
    ),
    "call": (
        "call for",
        "called for",
        "calling for",
        "calls for",
        "urge",
        "urged",
        "urging",
        "urges",
        "ask for",
        "asking for",
        "appeal",
        "appealed",
        "demand",
        "demanded",
        "want",
        "wants",
        "push",
        "pushing",
        "message",
    ),
    "say": ("say", "said", "says", "wrote", "write", "writes", "written", "quote", "quoted", "told", "stated"),
    "war": ("war", "wars", "waging", "wage", "conflict", "invasion", "fighting", "aggression"),
    "visit": (
        "visiting",
        "visit",
        "visited",
        "where",
        "trip",
        "travel",
        "travelling",
        "traveling",
        "located",
    ),
    "who": ("who", "whos", "who's", "name", "person"),
}

ZERO_WIDTH = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
POSSESSIVE = re.compile(r"(?<=\w)'s?\b")
NON_WORD = re.compile(r"[^\w%$€£.]+|(?<!\d)\.|\.(?!\d)")


def normalise(text: str) -> str:
    """Lower-case words separated by single spaces; keeps digits, decimals, % and currency signs."""
    text = ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text))
    text = "".join(
        character for character in unicodedata.normalize("NFKD", text) if not unicodedata.combining(character)
    )
    text = POSSESSIVE.sub("", text.replace("’", "'")).casefold()
    return " ".join(NON_WORD.sub(" ", text).split())


@dataclass(frozen=True)
class Mention:
    """An alias found in normalised text, by word position."""

    target: str
    alias: str
    start: int  # word index
    end: int


def _alias_table(pairs: Iterator[tuple[str, str]]) -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for target, alias in pairs:
        table.setdefault(tuple(normalise(alias).split()), target)
    return table


@cache
def entity_aliases() -> dict[tuple[str, ...], str]:
    return _alias_table((entity.name, alias) for entity in ENTITIES for alias in (entity.name, *entity.aliases))


@cache
def role_aliases() -> dict[tuple[str, ...], str]:
    return _alias_table((role, alias) for role, aliases in ROLES.items() for alias in (role, *aliases))


@cache
def synonym_aliases() -> dict[tuple[str, ...], str]:
    return _alias_table((concept, alias) for concept, aliases in SYNONYMS.items() for alias in aliases)


@cache
def entities_by_name() -> dict[str, Entity]:
    return {entity.name: entity for entity in ENTITIES}


def find_mentions(words: list[str], table: dict[tuple[str, ...], str], *, longest: int = 6) -> list[Mention]:
    """Longest-first, non-overlapping alias matches over a list of normalised words."""
    mentions: list[Mention] = []
    position = 0
    while position < len(words):
        for length in range(min(longest, len(words) - position), 0, -1):
            key = tuple(words[position : position + length])
            if key in table:
                mentions.append(Mention(table[key], " ".join(key), position, position + length))
                position += length
                break
        else:
            position += 1
    return mentions


def concepts(words: list[str]) -> set[str]:
    return {mention.target for mention in find_mentions(words, synonym_aliases())}


@cache
def vocabulary() -> frozenset[str]:
    """Every word the lexicon knows, for typo correction."""
    words: set[str] = set()
    for table in (entity_aliases(), role_aliases(), synonym_aliases()):
        for key in table:
            words.update(key)
    return frozenset(words)
