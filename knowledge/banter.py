"""Banter beside a question: words that name nothing the documents hold ('… in 2024? the minnows', '… on personnel?
classic old-school squad'). Whether a word names something is read from the domain's own vocabulary (concepts,
measures, the verifier's scaffolding, operations, rankings' ends, allies), never from a list of banter."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import domain, lexicon
from knowledge.words import normalise

DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _domain_vocabulary() -> frozenset[str]:
    """Every word the question's readers give a meaning: little words, scaffolding, operations, measures' words,
    rankings' ends and order, continuations of a question, sources."""
    from knowledge.measures import MEASURES  # noqa: PLC0415 - measures read the remarks' words at import
    from knowledge.question import STOPWORDS  # noqa: PLC0415 - the question's reader reads the remarks first

    words = domain.question_words()
    verifier = words.verifier
    operations = [phrase for listed in words.operations.model_dump().values() for phrase in listed]
    sources = [*words.sources.prose, *words.sources.table]
    phrases = [
        *operations,
        *sources,
        *verifier.superlatives_greater,
        *verifier.superlatives_lesser,
        *verifier.ordering,
        *words.question_continuations,
        *words.interrogatives,
        *verifier.yes_no_starts,
    ]
    measured = {word for measure in MEASURES.values() for word in measure.keywords | measure.required}
    return frozenset(
        {*STOPWORDS, *verifier.scaffold, *measured, *(word for phrase in phrases for word in phrase.split())}
    )


def names_nothing_held(clause: str, asked: str) -> bool:
    """Every word of the clause is one the documents' domain gives no meaning, or a concept the question names
    already ('… went on personnel? classic old-school squad'): no ally, figure, measure, operation or end of a
    ranking, so the clause cannot change what is asked."""
    words = normalise(clause).split()
    if not words or DIGIT.search(clause) or lexicon.find_mentions(words, lexicon.entity_aliases()):
        return False
    if lexicon.find_mentions(words, domain.group_aliases()):
        return False
    asked_concepts = lexicon.concepts(normalise(asked).split())
    if not lexicon.concepts(words) <= asked_concepts:
        return False
    from knowledge.question import STOPWORDS  # noqa: PLC0415 - the question's reader reads the remarks first

    vocabulary = _domain_vocabulary() - STOPWORDS
    content = [word for word in words if word not in STOPWORDS]
    return bool(content) and not any(word in vocabulary and not lexicon.concepts([word]) for word in content)
