"""A supposition before the question, a line of GDP an ally had reached: 'Had Spain hit 2% of GDP in 2024, how many
more million US dollars would it have spent?', 'If Belgium had spent 2% of its GDP in 2019, how much more would that
have been, at constant 2015 prices?'. Read as the question it asks — what more reaching the line takes ('…, for
Spain to reach 2% of GDP in 2024?') — never as whether the ally reached it. The words are data (questions.toml
[suppositions]); the line, the ally and the year are the supposition's own."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import domain, lexicon
from knowledge.letters import alternation
from knowledge.lexicon import normalise

LINE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b|percent\b)", re.IGNORECASE)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
ECONOMY = re.compile(r"\bGDP\b|\beconomy\b|\boutput\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _supposed() -> re.Pattern[str]:
    """'Had Spain hit 2% of GDP in 2024, <ask>' or 'If Belgium had spent 2% of its GDP in 2019, <ask>'."""
    words = domain.question_words().suppositions
    inverted, openers = alternation(words.inverted), alternation(words.openers)
    return re.compile(
        rf"^\s*(?:(?:{inverted})\s+(?P<inverted>[^,?]+?)|(?:{openers})\s+(?P<opened>[^,?]+?))\s*,\s*(?P<ask>[^,].*)$",
        re.IGNORECASE | re.DOTALL,
    )


@lru_cache(maxsize=1)
def _reaching() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(domain.question_words().suppositions.reaching)})\b", re.IGNORECASE)


def as_supposed(question: str) -> str:
    """The question a supposition of a line reached asks, or the question as it was."""
    found = _supposed().match(question)
    if found is None:
        return question
    clause = found.group("inverted") or found.group("opened")
    if found.group("opened") and not re.search(r"\bhad\b|\bwere to\b", clause, re.IGNORECASE):
        return question  # 'if Spain spent 2% …' may ask what it did: only 'had' or 'were to' supposes
    ask = found.group("ask").strip()
    line = LINE.search(clause)
    reached = _reaching().search(clause)
    if line is None or reached is None or reached.start() > line.start() or not ECONOMY.search(clause[line.end() :]):
        return question
    if not any(phrase in normalise(ask) for phrase in domain.question_words().suppositions.asks_more):
        return question
    allies = [m.target for m in lexicon.find_mentions(normalise(clause).split(), lexicon.entity_aliases())]
    if len(set(allies)) != 1:
        return question
    year = YEAR.search(clause)
    when = f" in {year.group()}" if year and year.group() not in ask else ""
    asked, _, after = ask.partition("?")  # the condition closes the question, before any instruction after it
    return f"{asked.rstrip()}, for {allies[0]} to reach {line.group(1)}% of GDP{when}?{after}"
