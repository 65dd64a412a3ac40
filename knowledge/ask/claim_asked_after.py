"""A claim the asker wants put right, then a question naming nothing of its own ('UK defence spending in 2024 was
twice Italy's in dollar terms, wasn't it? what's the actual ratio?'): the question asked of the claim's words, its
figures and multiples taken out ('what's the actual ratio: UK defence spending in 2024 was Italy's in dollar
terms'); the answer's true figure corrects the claim."""

from __future__ import annotations

import re

from knowledge import domain, lexicon
from knowledge.ask.premise import figures_in
from knowledge.cues import cues
from knowledge.question import YEAR, closing_tag
from knowledge.words import normalise

QUESTION_MARK = re.compile(r"\?+\s+")


def asked_of_the_claim(text: str) -> str | None:
    """The question with the claim before it as what it asks about; None when the message is no such pair."""
    first = QUESTION_MARK.search(text)
    if first is None or not text.rstrip().endswith("?"):
        return None
    claim, question = text[: first.start()], text[first.end() :].strip()
    if "?" in question.rstrip("?") or not _asks_of_nothing_named(question):
        return None
    tag = _tag_of(claim)
    if not tag:
        return None
    told = claim[: claim.rfind(tag)].rstrip(" ,")
    what = _without_figures(told)
    if what == told or not what.strip():
        return None  # a claim telling no figure has nothing to put right
    return f"{question.rstrip(' ?')}: {what}"


def _tag_of(claim: str) -> str:
    """The tag closing the claim as typed ('…, wasn't it', '…, right'), '' if none."""
    statement, typed, closing = closing_tag(claim)
    verifier = domain.question_words().verifier
    return typed if statement and closing in (*verifier.yes_no_tags, *verifier.date_tags, *verifier.claim_tags) else ""


def _asks_of_nothing_named(question: str) -> bool:
    """A question word, and no ally, group, year or figure of its own ('what's the actual ratio?')."""
    words = normalise(question).split()
    question_words = domain.question_words()
    if not words or words[0] not in question_words.interrogatives:
        return False
    if lexicon.find_mentions(words, lexicon.entity_aliases()) or YEAR.search(question):
        return False
    return not any(character.isdigit() for character in question)


def _without_figures(told: str) -> str:
    """The claim without the figures it tells and the multiples it says ('twice', 'doubled')."""
    spans = [(figure.start, figure.end) for figure in figures_in(told)]
    kept = told
    for start, end in sorted(spans, reverse=True):
        kept = f"{kept[:start]} {kept[end:]}"
    multipliers = cues().multipliers
    words = [word for word in kept.split() if normalise(word) not in multipliers]
    return " ".join(words)
