"""Quote look-up: 'what's behind the 64%?' or 'who said "…"?' finds the statement behind a figure or phrase."""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz import fuzz

from knowledge import phrasing
from knowledge.ask.index import FactIndex
from knowledge.ask.types import ANSWER_SCORE, Resolution
from knowledge.lexicon import normalise
from knowledge.measures import MEASURES
from knowledge.models import Fact, Unit
from knowledge.question import QUOTE_CUES, STOPWORDS, Question, stem

QUOTED = re.compile(r"[\"“”']([^\"“”']{8,300})[\"“”']")


def phrase_fit(fact: Fact, phrase: str, question: Question) -> tuple[bool, bool]:
    figures = {word.rstrip("%") for word in phrase.split()}
    states_figure = fact.value is not None and phrasing.format_number(fact.value) in figures
    asks_who = bool(question.word_set & {"who", "whos"})
    return states_figure, (fact.unit is Unit.TEXT) == asks_who


def unique(facts: list[Fact]) -> list[Fact]:
    return list({fact.id: fact for fact in facts}.values())


class QuoteFinder:
    def __init__(self, index: FactIndex, measure_scores: Callable[[Question], dict[str, float]]) -> None:
        self.index = index
        self.measure_scores = measure_scores

    def quoted_figure(self, question: Question) -> Resolution | None:
        """'what's behind the 64%?' or 'who said "…"?' finds the statement behind a quoted figure or phrase."""
        phrase = self._quoted_phrase(question)
        if phrase:
            return phrase
        if not question.numbers or not (question.word_set & QUOTE_CUES or _figures_alone(question)):
            return None
        matches: list[Fact] = []
        for value, percent in question.numbers:
            for fact in self.index.by_value.get(round(value, 2), []):
                if not percent or fact.unit in {Unit.PERCENT, Unit.PERCENT_OF_GDP} or fact.total is not None:
                    matches.append(fact)
        if not matches:
            return None
        numeric_scores = [score for key, score in self.measure_scores(question).items() if MEASURES[key].numeric]
        if max(numeric_scores, default=0.0) >= 3.5:
            return None  # a real question that happens to contain a figure, e.g. "how many met 2%"
        matches = unique(matches)
        return Resolution(matches[:3], ANSWER_SCORE + 1)

    def _quoted_phrase(self, question: Question) -> Resolution | None:
        for phrase in QUOTED.findall(question.original):
            wanted = normalise(phrase)
            if len(wanted.split()) < 3:
                continue
            facts = [
                fact
                for fact in self._facts_quoting(wanted)
                if fuzz.partial_ratio(wanted, normalise(fact.citation.quote)) >= 90
            ]
            if facts:
                facts.sort(key=lambda fact: phrase_fit(fact, wanted, question), reverse=True)
                return Resolution(facts[:2], ANSWER_SCORE + 1)
        return None

    def _facts_quoting(self, phrase: str) -> list[Fact]:
        """Facts whose quote has the phrase's rarest word: a cheap filter before fuzzy phrase matching."""
        content = [word for word in phrase.split() if word not in STOPWORDS]
        words = [stem(word) for word in content or phrase.split()]  # "To do so": common words, still a phrase
        quoting = [word for word in words if self.index.facts_quoting_count(word)]
        return self.index.facts_quoting(min(quoting, key=self.index.facts_quoting_count)) if quoting else []


def _figures_alone(question: Question) -> bool:
    """'64%', '22 of 32?': a message of figures alone asks what states them."""
    return all(any(character.isdigit() for character in word) or word in STOPWORDS for word in question.words)
