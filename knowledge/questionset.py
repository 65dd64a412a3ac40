"""Question sets: questions as members type them, each with what a right answer states.

A question set is JSON Lines, one object per line:

    {"question": "how much does the US pay?", "kind": "paraphrase", "expect": {"values": [64]}}
    {"question": "who leads nato?", "kind": "entity", "expect": {"text": ["Mark Rutte"]}}
    {"question": "and europe?", "kind": "followup", "after": "what share does the US pay?",
     "expect": {"values": [36]}}
    {"question": "what does russia spend?", "kind": "abstain", "expect": "abstain"}
    {"question": "hi there", "kind": "chitchat", "expect": "chitchat"}

Judging: an answer is *correct* when it answers and states every expected value
(within rounding) or contains every expected text; *abstained* when it does not
answer; *wrong* when it answers but misses the expected figure, or answers a
question the documents cannot answer. Chit-chat is correct when it states no figure.
A date the answer states in bold ("**25 June 2025**", "**June 25, 2025**") states its day and its year, as
figures a set may expect.
"""

from __future__ import annotations

import calendar
import json
import math
import re
import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from importlib.abc import Traversable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from knowledge.entities import entity_tables
from knowledge.paths import question_sets
from knowledge.words import normalise

QUESTION_SETS = question_sets()  # package data: works from a checkout and from an installed wheel


ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


class Expected(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    values: tuple[float, ...] = ()
    text: tuple[str, ...] = ()

    @field_validator("values", mode="before")
    @classmethod
    def _dates_as_day_and_year(cls, values: object) -> object:
        """A date expected as written ('2025-06-25') is its year and its day, as an answer's dates in bold are read."""
        if not isinstance(values, list | tuple):
            return values
        read: list[object] = []
        for value in values:
            date = ISO_DATE.fullmatch(value.strip()) if isinstance(value, str) else None
            read += [float(date.group(1)), float(date.group(3))] if date else [value]
        return read


class Question(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str
    kind: str
    expect: Expected | Literal["abstain", "chitchat"]
    after: str | None = None


class Verdict(StrEnum):
    CORRECT = "correct"
    WRONG = "wrong"
    ABSTAINED = "abstained"


YEAR_RANGE = (1900, 2100)


def value_matches(expected: float, stated: float) -> bool:
    """Equal within the rounding people use when they quote figures (1 % relative, 0.051 absolute); a year
    only as itself (2024 is not 2025, though within 1 %)."""
    if _is_year(expected):
        return expected == stated
    return math.isclose(expected, stated, rel_tol=0.01, abs_tol=0.051)


def _is_year(value: float) -> bool:
    return float(value).is_integer() and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]


MONTH = "|".join(calendar.month_name[1:])
BOLD_DATE = re.compile(rf"\*\*(?:(\d{{1,2}}) (?:{MONTH})|(?:{MONTH}) (\d{{1,2}}),?) (\d{{4}})\*\*")


def _dates_stated(text: str) -> list[float]:
    """The day and year of each date the answer states in bold."""
    return [float(part) for match in BOLD_DATE.finditer(text) for part in match.groups() if part]


BOLD = re.compile(r"\*\*([^*]+)\*\*")
SCALED = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(?:million|billion|trillion|thousand)\b", re.IGNORECASE)


def _scaled_stated(text: str) -> list[float]:
    """Each figure the answer states in bold with its scale in words ('**about 3.42 million**'), as its number: a set
    expecting 3.42 with its unit in millions is answered so."""
    return [float(found.group(1).replace(",", "")) for bold in BOLD.findall(text) for found in SCALED.finditer(bold)]


def judge(question: Question, *, answered: bool, values: Iterable[float], text: str, partial: bool = False) -> Verdict:
    """`partial`: a message answered in part (band `partial`). It is correct only when what it states meets every
    expectation; short of that it abstained when it states one expected figure or name (the part it answers agrees
    with the set), and is wrong when it states none of them."""
    stated = list(values)
    if question.expect == "chitchat":
        return Verdict.CORRECT if not stated else Verdict.WRONG
    if not answered:
        return Verdict.CORRECT if question.expect == "abstain" else Verdict.ABSTAINED
    if question.expect == "abstain":
        return Verdict.WRONG
    expected = question.expect
    stated += _dates_stated(text) + _scaled_stated(text)
    values_ok = all(any(value_matches(want, got) for got in stated) for want in expected.values)
    lowered = _folded(text)
    text_ok = all(any(_folded(name) in lowered for name in _names_of(want)) for want in expected.text)
    if values_ok and text_ok:
        return Verdict.CORRECT
    if partial and _states_some(expected.values, stated, [_names_of(want) for want in expected.text], lowered):
        return Verdict.ABSTAINED
    return Verdict.WRONG


def _states_some(values: Iterable[float], stated: list[float], names: list[tuple[str, ...]], lowered: str) -> bool:
    """One expected figure, or one expected name, among what an answer states."""
    figure = any(value_matches(want, got) for want in values for got in stated)
    return figure or any(_folded(name) in lowered for alternatives in names for name in alternatives)


def _folded(text: str) -> str:
    """Lower case without accents: an answer naming 'the Visegrád group' names the 'Visegrad' a set expects."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _names_of(want: str) -> tuple[str, ...]:
    """The text expected, or any name of the entity it names: an answer saying 'Slovakia' names the 'Slovak
    Republic' a question set expects."""
    tables = entity_tables()
    name = tables.folded.get(tuple(normalise(want).split()))
    entry = tables.entries.get(name) if name else None
    return (want,) if entry is None else (want, entry.name, *entry.aliases)


class QuestionSetError(ValueError):
    pass


def load_question_set(path: Path | Traversable) -> list[Question]:
    questions: list[Question] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            questions.append(Question.model_validate(json.loads(line)))
        except (json.JSONDecodeError, ValidationError) as error:
            raise QuestionSetError(f"{path.name}, line {number}: {error}") from error
    return questions
