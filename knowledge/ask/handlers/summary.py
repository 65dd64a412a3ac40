"""'Summarise the key numbers': every figure of the documents the question names (or all of them)."""

from __future__ import annotations

import itertools

from rapidfuzz import fuzz

from knowledge.ask.handlers.facts import compose
from knowledge.ask.index import FactIndex
from knowledge.ask.render import Renderer
from knowledge.ask.suggest import Suggester
from knowledge.ask.types import ANSWER_SCORE, Reply, Resolution
from knowledge.lexicon import normalise
from knowledge.measures import MEASURES
from knowledge.models import Unit
from knowledge.question import Question

MAX_SUMMARY_FACTS = 8


def summary(index: FactIndex, render: Renderer, suggester: Suggester, question: str, parsed: Question) -> Reply:
    titles = {document.id: normalise(document.title) for document in index.kb.documents}
    wanted = " ".join(parsed.words)
    named = [doc for doc, title in titles.items() if fuzz.token_set_ratio(wanted, title) >= 60]
    wanted_facts = (
        fact
        for fact in index.facts
        if fact.unit is not Unit.TEXT and fact.measure in MEASURES and (not named or fact.citation.document in named)
    )
    facts = list(itertools.islice(wanted_facts, MAX_SUMMARY_FACTS))
    if not facts:
        return suggester.unsure(question, parsed, Resolution([], 0.0))
    return compose(render, question, parsed, Resolution(facts, ANSWER_SCORE + 1))
