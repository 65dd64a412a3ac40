"""The whole a goal's parts make up, asked by naming the parts added up ('what's core defence plus defence-related
spending in total?'): the whole the document states with them (the 5% the 3.5% and the 1.5% are stated as parts
of), beside the parts themselves — never one part alone, which is no sum of them."""

from __future__ import annotations

from itertools import groupby

from knowledge import domain
from knowledge.ask.index import FactIndex
from knowledge.lexicon import normalise
from knowledge.measures import MEASURES
from knowledge.models import Fact
from knowledge.question import STOPWORDS, Question, stem


def whole_of_the_parts_named(index: FactIndex, question: Question) -> list[Fact]:
    """The whole and its parts when the question adds up every part of one whole, each named by words only it has."""
    operations = domain.question_words().operations
    if not question.has(*operations.sum, *operations.sum_of_several):
        return []
    asked = _stems(" ".join(question.words))
    for key, measure in MEASURES.items():
        if measure.parts_of is None:
            continue
        parts = sorted(index.by_measure.get(key, []), key=_whole_key)
        for whole_key, grouped in groupby(parts, key=_whole_key):
            together = list(grouped)
            if len(together) >= 2 and _each_named(together, asked):
                wholes = [fact for fact in index.by_measure.get(measure.parts_of, []) if _whole_key(fact) == whole_key]
                if len(wholes) == 1:
                    return [*wholes, *together]
    return []


def _whole_key(fact: Fact) -> tuple[str, str, str]:
    return (fact.subject, fact.period or "", fact.citation.document)


def _each_named(parts: list[Fact], asked: set[str]) -> bool:
    """Every part named by a word of its own (not one the parts share: 'defence' names neither of 'core defence
    requirements' and 'defence- and security-related spending')."""
    words = [_stems(" ".join((*part.qualifiers, part.measure_text or ""))) for part in parts]
    own = [said - set().union(*(other for other in words if other is not said)) for said in words]
    return all(mine & asked for mine in own)


def _stems(text: str) -> set[str]:
    neutral = domain.question_words().verifier.neutral
    words = normalise(text.replace("-", " ")).split()
    return {stem(word) for word in words if word not in STOPWORDS and word not in neutral and not word[:1].isdigit()}
