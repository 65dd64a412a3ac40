"""Whose figure a quoted sentence gives, when the sentence does not say it: a fact box's bullet ('- Share of GDP:
4.12%') under its ally's heading takes its subject from the heading, so the quote alone names no one."""

from __future__ import annotations

from knowledge.cues import cues, fold
from knowledge.entities import canonical_subject
from knowledge.figures import tokenize
from knowledge.mentions import entity_mentions
from knowledge.models import Fact


def names_its_subject(fact: Fact) -> bool:
    """Whether the fact's quote names the fact's subject, by any of its names or as written."""
    quote = fact.citation.quote
    if fold(fact.subject) in fold(quote):
        return True
    subject = canonical_subject(fact.subject)
    return any(canonical_subject(mention.name) == subject for mention in entity_mentions(tokenize(quote), cues()))


def with_its_subject(fact: Fact, quoted: str) -> str:
    """The quoted sentence, led by whose figure it is when the quote does not say ('Poland: “- Share of GDP: …”')."""
    return quoted if names_its_subject(fact) else f"{fact.subject}: {quoted}"
