"""The part of a year a figure is of: a company's report gives the quarter's figures and the half-year's (or the
nine months', or the full year's) side by side, all of one year.

A figure under a heading naming a part ('### Second quarter 2025', '### January–June 2025') or after words naming
one in its own sentence ('third-quarter sales of €935 million') is of that part; the fact keeps its year as its
period and names the part among its qualifiers. A question naming a part ('in Q2', 'for the first half') is
answered by that part's figure only, and a question naming the full year by no part's. The words are data:
`domain/year_parts.toml`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from knowledge.cues import fold
from knowledge.entities import DomainDataError
from knowledge.models import Fact

YEAR_PARTS_FILE = Path(__file__).parent / "domain" / "report_parts.toml"
PLAIN_WORD = re.compile(r"[^\W_]+")
FULL_YEAR = "full year"  # what `named_parts` calls the whole year


class YearPartData(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    parts: dict[str, tuple[str, ...]] = Field(description="A part of a year -> the words naming it.")
    any_quarter: str = Field(description="The part named 'the quarter', without saying which.")
    full_year: tuple[str, ...] = Field(description="Words naming the whole year.")
    company_parts: tuple[str, ...] = Field(description="Words naming a part of the company or a line of accounts.")


@cache
def year_part_data(path: Path = YEAR_PARTS_FILE) -> YearPartData:
    """The data, validated once; a file that does not validate raises DomainDataError naming it."""
    try:
        data = YearPartData.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (tomllib.TOMLDecodeError, ValidationError) as error:
        raise DomainDataError(f"{path}: {error}") from error
    if data.any_quarter not in data.parts:
        raise DomainDataError(f"{path}: any_quarter {data.any_quarter!r} is no part of [parts]")
    return data


def plain_words(text: str) -> list[str]:
    """A text's words, folded, dashes and hyphens setting words apart ('January–June' -> 'january', 'june')."""
    return [fold(word) for word in PLAIN_WORD.findall(text)]


@cache
def _phrases() -> dict[tuple[str, ...], str]:
    data = year_part_data()
    found = {tuple(plain_words(words)): part for part, phrases in data.parts.items() for words in phrases}
    return found | {tuple(plain_words(words)): FULL_YEAR for words in data.full_year}


@cache
def _longest() -> int:
    return max(len(phrase) for phrase in _phrases())


def named_parts(words: Sequence[str]) -> list[str]:
    """The parts of a year plain words name, in order ('full year' for the whole year); the longest phrase at
    each place, its words read once."""
    phrases, found, position = _phrases(), [], 0
    while position < len(words):
        for length in range(min(_longest(), len(words) - position), 0, -1):
            part = phrases.get(tuple(words[position : position + length]))
            if part:
                found.append(part)
                position += length
                break
        else:
            position += 1
    return found


def part_named_by(words: Sequence[str]) -> str | None:
    """The part of a year these plain words, all of them, name ('q3', '9m', 'jan sep'), else None."""
    part = _phrases().get(tuple(words))
    return part if part != FULL_YEAR else None


def last_part(text: str) -> str | None:
    """The part of a year a text names last ('full year' for the whole year), else None: the one the figure
    after it is of."""
    parts = named_parts(plain_words(text))
    return parts[-1] if parts else None


def first_part(text: str) -> str | None:
    """The part of a year a heading names first ('Highlights, third quarter 2025'), else None."""
    parts = named_parts(plain_words(text))
    return parts[0] if parts else None


def is_part(qualifier: str) -> bool:
    return qualifier in year_part_data().parts


def part_of(fact: Fact) -> str | None:
    """The part of its year a fact is of, or None (the whole year, or no part said)."""
    return next((qualifier for qualifier in fact.qualifiers if is_part(qualifier)), None)


def with_part(qualifiers: Iterable[str], part: str | None) -> tuple[str, ...]:
    """The qualifiers, and the part of a year when it is one (the whole year is no qualifier)."""
    kept = tuple(qualifiers)
    return (*kept, part) if part and part != FULL_YEAR and part not in kept else kept


@cache
def asked_part(words: tuple[str, ...]) -> str | None:
    """The part of a year a question's words name ('full year' for the whole year), else None."""
    parts = named_parts(plain_words(" ".join(words)))
    return parts[0] if parts else None


def _a_quarter(part: str | None) -> bool:
    data = year_part_data()
    return part == data.any_quarter or any(
        part == name and data.any_quarter in plain_words(name) for name in data.parts
    )


def answers_part(asked: str | None, part: str | None, *, parted: bool) -> bool:
    """Whether a fact of `part` (None: the whole year, or no part said) answers a question asking `asked`:
    a part asked is answered by that part's figure only ('the quarter' by any quarter's), never by the year's in
    a document giving parts (`parted`); the full year asked by no part's."""
    if asked is None:
        return True
    if asked == FULL_YEAR:
        return part is None
    if part is None:
        return not parted
    if asked == year_part_data().any_quarter or part == year_part_data().any_quarter:
        return _a_quarter(asked) and _a_quarter(part)
    return asked == part


CLAUSE_BREAK = re.compile(r"[.;!?]\s")


def clause_before(fact: Fact) -> str:
    """The words of a fact's sentence before its figure, from the start of its clause ('… customers. To meet this
    demand we are investing SEK 1.1bn': 'To meet this demand we are investing')."""
    quote, figure = fact.citation.quote, fact.text or ""
    at = quote.find(figure) if figure else -1
    return CLAUSE_BREAK.split(quote[:at])[-1] if at >= 0 else ""


@cache
def _company_part_phrases() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(plain_words(words)) for words in year_part_data().company_parts)


def company_part(fact: Fact) -> frozenset[str] | None:
    """The words that name the part of a company a figure is of, when the clause before it names one with a word
    of `company_parts` ('The **Ammunition** segment …', 'Corporate costs and eliminations …'): the part words and
    the words written capitalised there ('ammunition'); None when the figure is the company's as a whole."""
    clause = clause_before(fact)
    words = plain_words(clause)
    phrases = _company_part_phrases()
    longest = max(len(phrase) for phrase in phrases)
    marked = {
        " ".join(words[start : start + length])
        for start in range(len(words))
        for length in range(1, longest + 1)
        if tuple(words[start : start + length]) in phrases
    }
    if not marked:
        return None
    own = set(plain_words(fact.subject))
    capitalised = {fold(word) for word in PLAIN_WORD.findall(clause) if word[:1].isupper()} - own
    return frozenset({*marked, *capitalised})


def names_company_part(question_words: Sequence[str], part: frozenset[str], stopwords: frozenset[str]) -> bool:
    """Whether a question names the part of a company a figure is of: a part word ('segment') or a word of its
    name."""
    asked = set(plain_words(" ".join(question_words))) - stopwords
    return bool(asked & {word for phrase in part for word in phrase.split()})


def part_words(fact: Fact) -> str:
    """Every word naming the part of a year a fact is of ('Q3', 'July–September' for the third quarter; 'the
    quarter' for any quarter), for a question to name it in: the words of its heading are the fact's own."""
    part, data = part_of(fact), year_part_data()
    if part is None:
        return ""
    phrases = [*data.parts[part], *(data.parts[data.any_quarter] if _a_quarter(part) else ())]
    return " ".join(" ".join(plain_words(phrase)) for phrase in phrases)
