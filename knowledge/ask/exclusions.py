"""Allies a question leaves out ('top 3 per head, not counting the US'): the words that do it are domain data
(`domain/questions.toml` [operations] excluding)."""

from __future__ import annotations

from knowledge import domain, lexicon
from knowledge.question import Question


def left_out(question: Question) -> frozenset[str]:
    """'Top 3 per head, not counting the US': the allies named right after a word that leaves them out."""
    phrases = [tuple(phrase.split()) for phrase in domain.question_words().operations.excluding]
    words = question.words
    excepted = set()
    for mention in lexicon.find_mentions(words, lexicon.entity_aliases()):
        before = [word for word in words[max(0, mention.start - 4) : mention.start] if word != "the"]
        if any(tuple(before[-len(phrase) :]) == phrase for phrase in phrases):
            excepted.add(mention.target)
    return frozenset(excepted)
