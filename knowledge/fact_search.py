"""Finding facts by topic words as people type them: "share of spending", "poland gdp", "personel".

Every meaningful word of the topic must be found in the fact's description (its measure's label, its
subject, its text): countries by any of their names, domain words by their synonyms (spending =
expenditure = budget), other words by prefix or with a typo. Filler words ("of", "the", "how") are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from rapidfuzz import fuzz

from knowledge import lexicon
from knowledge.measures import MEASURES
from knowledge.models import Fact

FILLER = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "of",
        "on",
        "in",
        "for",
        "to",
        "by",
        "as",
        "at",
        "is",
        "are",
        "was",
        "were",
        "what",
        "which",
        "who",
        "how",
        "much",
        "many",
        "does",
        "do",
        "did",
        "about",
        "show",
        "me",
        "all",
        "facts",
        "fact",
    ]
)
TYPO_SCORE = 84
PREFIX = 3


def measure_label(measure: str) -> str:
    return MEASURES[measure].label if measure in MEASURES else measure.replace("_", " ")


@cache
def _words(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(words, concepts, entities) of a text, normalised as the question parser does."""
    words = lexicon.normalise(text).split()
    entities = {mention.target for mention in lexicon.find_mentions(words, lexicon.entity_aliases())}
    return frozenset(words), frozenset(lexicon.concepts(words)), frozenset(entities)


def _word_found(word: str, words: Iterable[str]) -> bool:
    for candidate in words:
        if candidate == word or (len(word) >= PREFIX and candidate.startswith(word)):
            return True
        if len(word) >= 4 and fuzz.ratio(word, candidate) >= TYPO_SCORE:
            return True
    return False


def find_facts(facts: Iterable[Fact], topic: str | None) -> list[Fact]:
    """The facts whose description has every word of `topic` (all facts when it is empty)."""
    if not topic or not topic.strip():
        return list(facts)
    ordered = lexicon.normalise(topic).split()
    mentions = lexicon.find_mentions(ordered, lexicon.entity_aliases())
    entities = {mention.target for mention in mentions}
    named = {word for mention in mentions for word in mention.alias.split()}
    loose = [word for word in dict.fromkeys(ordered) if word not in FILLER and word not in named]
    found: list[tuple[int, Fact]] = []
    for fact in facts:
        label_words, label_concepts, _ = _words(f"{measure_label(fact.measure)} {fact.measure.replace('_', ' ')}")
        subject_words, _, subject_entities = _words(fact.subject)
        subject_entities = subject_entities | {fact.subject}
        if entities and not entities & subject_entities:
            continue
        text_words = _words(fact.text)[0] if fact.text else frozenset()
        have_words = label_words | subject_words | text_words | _words(fact.period or "")[0]
        have_concepts = label_concepts | _words(fact.text or "")[1]
        if all(
            _word_found(word, have_words) or (_words(word)[1] and _words(word)[1] <= have_concepts) for word in loose
        ):
            # Facts whose own label has the words as typed come first ("share of spending": the shares).
            found.append((sum(word in label_words for word in loose), fact))
    found.sort(key=lambda scored: -scored[0])
    return [fact for _, fact in found]
