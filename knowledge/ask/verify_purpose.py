"""Verify that an amount a sentence sets aside for a purpose answers only a question naming that purpose: 'For 2025
the cabinet has reserved 3.5 billion euros for military support to Ukraine' is the Ukraine support's money, never
the Dutch defence budget; 'EUR 1.2 billion on 150 new armoured vehicles' is the vehicles', not Slovakia's spending.

A purpose is what follows an amount after one of the words saying what it pays for (cues.toml `paid_for_before`),
to its clause's end; the words of defence spending in general ('on defence', 'for the armed forces') and of time
('for the first time', 'for the year') name no purpose of their own (questions.toml `verifier.purpose_neutral`).

Part of `knowledge.ask.verify`, which runs these checks beside the others.
"""

from __future__ import annotations

import re
from functools import cache

from knowledge import domain, lexicon
from knowledge.ask.parse import ParsedQuestion
from knowledge.ask.verify_evidence import label_asked
from knowledge.cues import cues
from knowledge.lexicon import normalise
from knowledge.models import Fact, Unit
from knowledge.question import STOPWORDS, stem

# where a purpose ends: its clause's end, or a span of time after it ('for defence over ten years', '… in 2026')
CLAUSE_END = re.compile(
    r"[,.;:()—–]|\s-\s|\b(?:and|which|while|over|until|by|through|within|from|in|during|between|starting|each|per)\b"
)
PURPOSE_WORDS = 6  # a purpose runs a few words ('military support to Ukraine'), not a whole sentence


def purpose_unasked(question: ParsedQuestion, facts: list[Fact]) -> list[str]:
    """An answer whose every amount is stated for a purpose the question names no word of gives those purposes'
    money, not what was asked."""
    asked = _forms(question.words) | lexicon.concepts(list(question.words))
    unasked = []
    for fact in facts:
        if fact.unit is not Unit.MONEY or fact.citation.cell is not None:
            continue  # '150 new armoured vehicles' beside the amount counts what it buys
        if label_asked(fact, asked):
            return []  # '- **Nuclear modernization:** $49.2 billion for the bomber …': the item the question names
        purpose = _purpose(fact)
        if not purpose or (_forms(purpose) | lexicon.concepts(purpose)) & asked:
            return []  # a whole, or a part the question names ('Of the C$9.3bn in new money, C$2.1bn is for …')
        unasked.append(" ".join(purpose))
    return [f"quantity: an amount for {unasked[0]}"] if unasked else []


def _purpose(fact: Fact) -> list[str]:
    """The words of the purpose its sentence gives an amount right after it ('for military support to Ukraine':
    support, ukraine, less the neutral words), or [] when it gives none."""
    own = fact.citation.quote or ""
    if not fact.text or fact.text not in own:
        return []
    after = own[own.index(fact.text) + len(fact.text) :]
    found = _paid_for().match(after)
    if found is None:
        return []
    clause = CLAUSE_END.split(found.group("purpose"), maxsplit=1)[0]
    words = [word for word in normalise(clause).split()[:PURPOSE_WORDS] if word.isalpha()]
    neutral = domain.question_words().verifier.purpose_neutral | _never_a_purpose() | _names_of(fact.subject)
    return [word for word in words if word not in STOPWORDS and word not in neutral]


@cache
def _names_of(subject: str) -> frozenset[str]:
    """The words naming whose figure it is: '$693 billion for Europe' is Europe's money, no purpose; 'EUR 3.5 billion
    for Ukraine', the Netherlands', is for Ukraine."""
    entity = lexicon.entities_by_name().get(subject)
    names = [subject, *(entity.aliases if entity is not None else ())]
    return frozenset(word for name in names for word in normalise(name).split())


@cache
def _never_a_purpose() -> frozenset[str]:
    """Words of when, never of what for: months, days, relative times and budget years ('NOK 90 billion for March on
    Friday', '$149 billion into its military last year', '¥43 trillion for the fiscal years 2023 to 2027')."""
    table = cues()
    times = [*table.raw.relative_periods, *table.raw.story_relative_periods]
    words = {word for phrase in times for word in normalise(phrase).split()} | lexicon.fiscal_year_words()
    return frozenset(table.months) | {normalise(day) for day in table.raw.day_names} | words


@cache
def _paid_for() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in cues().raw.paid_for_before)
    return re.compile(rf"\s*(?:{words})\s+(?P<purpose>.+)", re.IGNORECASE | re.DOTALL)


def _forms(words: list[str] | tuple[str, ...]) -> set[str]:
    return set(words) | {stem(word) for word in words}
