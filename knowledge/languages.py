"""Questions written partly in another language ('wie viel hat Polen 2023 ausgegeben?', 'y en 2014?'): the words of
the languages in knowledge/domain/languages.toml read as their English meaning, before anything else reads the
message. A language's words that are also English words ('die', 'en', 'wie') are read only in a message that one of
its own words shows to be written (partly) in it; the code never names a word of any language."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from knowledge import domain
from knowledge.entities import entity_file
from knowledge.words import normalise

# A word as typed, or a word elided before an apostrophe ("l'" of "l'OTAN", "d'" of "d'alliés"), its own token.
TOKEN = re.compile(r"[^\W_]+(?:['’](?=[^\W_]))?")
WRITTEN = re.compile(r"[^\W_]+['’]?")  # a word of languages.toml, an elided one written with its apostrophe
KINDS = ("words", "shared", "names")


@dataclass(frozen=True)
class Reading:
    meaning: str  # '' for a phrase read as typed
    language: str
    kind: str  # 'words', 'shared' or 'names', as languages.toml sorts them


def fold(token: str) -> str:
    """A token as questions are read ('Größter' → 'grosster'), an elided one with its apostrophe ("l'")."""
    folded = normalise(token.rstrip("'’"))
    return f"{folded}'" if token[-1:] in "'’" else folded


def _folded_phrase(phrase: str) -> tuple[str, ...]:
    return tuple(fold(token) for token in WRITTEN.findall(phrase))


@cache
def readings() -> dict[tuple[str, ...], tuple[Reading, ...]]:
    """Every phrase of every language, folded to its tokens, with what it means in each language that has it."""
    found: dict[tuple[str, ...], list[Reading]] = {}
    for name, language in domain.other_languages().items():
        for kind in KINDS:
            for meaning, phrases in getattr(language, kind).items():
                for phrase in phrases:
                    found.setdefault(_folded_phrase(phrase), []).append(Reading(meaning, name, kind))
    # a greeting is small talk as typed ('hallo zusammen' is no 'hallo combined'), and an ally's name in another
    # language its name ('Países Bajos' is no 'countries Bajos'), whatever their words mean
    names = [name for entry in entity_file().entity for name in entry.other_languages]
    for typed in (*domain.question_words().small_talk, *names):
        found[_folded_phrase(typed)] = [Reading("", "", "names")]
    return {phrase: tuple(said) for phrase, said in found.items()}


@cache
def _opening_words() -> frozenset[str]:
    """The first words of every phrase read without a language shown first (its own words and names), a greeting
    or an ally's name kept as typed aside."""
    return frozenset(
        phrase[0] for phrase, said in readings().items() if any(r.kind != "shared" and r.meaning for r in said)
    )


@cache
def _longest() -> int:
    return max(len(phrase) for phrase in readings())


def _phrase_at(folded: list[str], start: int, allowed: dict[str, int]) -> tuple[int, Reading] | None:
    """The longest phrase starting at a token that a language of the message reads, by the language with the
    most of its own words in it; None if none."""
    for length in range(min(_longest(), len(folded) - start), 0, -1):
        said = readings().get(tuple(folded[start : start + length]), ())
        usable = [reading for reading in said if reading.kind != "shared" or reading.language in allowed]
        if usable:
            return length, max(usable, key=lambda reading: allowed.get(reading.language, 0))
    return None


def languages_of(folded: list[str]) -> Counter[str]:
    """The languages a message is written (partly) in: how many of each one's own words it holds."""
    found: Counter[str] = Counter()
    for start in range(len(folded)):
        for length in range(1, min(_longest(), len(folded) - start) + 1):
            for reading in readings().get(tuple(folded[start : start + length]), ()):
                if reading.kind == "words":
                    found[reading.language] += 1
    return found


def read_in_english(text: str) -> str:
    """The message with each word of another language it holds written as its English meaning; the rest of it,
    case and marks, as typed. An English message comes back unchanged."""
    tokens = list(TOKEN.finditer(text))
    folded = [fold(token.group()) for token in tokens]
    if _opening_words().isdisjoint(folded):
        return text  # no word of another language's own, nor a name, starts here: shared words are read by none
    allowed = languages_of(folded)
    pieces, typed_up_to, index = [], 0, 0
    while index < len(tokens):
        phrase = _phrase_at(folded, index, allowed)
        if phrase is None:
            index += 1
            continue
        length, reading = phrase
        end = _typed_end(text, tokens[index : index + length])
        elided = folded[index + length - 1].endswith("'")
        typed = text[tokens[index].start() : end]
        as_typed = not reading.meaning or _folded_phrase(reading.meaning) == tuple(folded[index : index + length])
        meant = typed if as_typed else reading.meaning + (" " if elided else "")
        pieces += [text[typed_up_to : tokens[index].start()], meant]
        typed_up_to, index = end, index + length
    return "".join(pieces) + text[typed_up_to:] if pieces else text


def _typed_end(text: str, tokens: list[re.Match[str]]) -> int:
    """Where a phrase read ends: after its last word, and after the point closing an abbreviation typed with
    points ('t.o.v.'), which ends no sentence."""
    end = tokens[-1].end()
    abbreviated = len(tokens) > 1 and all(len(token.group()) == 1 for token in tokens)
    return end + 1 if abbreviated and text[end : end + 1] == "." else end
