"""Verify a question's substance: one naming no entity, person, year or specific word the facts state must
still be about something the documents speak of (a figure it looks up, a count of a total, a word of theirs),
not only numbers or noise; a follow-up may carry the conversation on.

Part of `knowledge.ask.verify`, which runs these checks beside the others.
"""

from __future__ import annotations

from collections.abc import Callable

from knowledge import lexicon
from knowledge.ask.common_words import is_specific
from knowledge.ask.parse import ParsedQuestion
from knowledge.ask.verify_numbers import close
from knowledge.ask.verify_vocabulary import QUESTION_STARTS, Scaffolding, accounted, is_number
from knowledge.models import Fact
from knowledge.question import STOPWORDS, stem

SMALL_NUMBER = 10
MIN_CONVERSATION_WORD = 4


class SubstanceCheck:
    """Whether a question is about what the documents speak of at all."""

    def __init__(
        self,
        evidence: Callable[[Fact], frozenset[str]],
        corpus: Callable[[], frozenset[str]],
        scaffolding: Scaffolding,
    ) -> None:
        self.evidence = evidence  # a fact's words
        self.corpus = corpus  # every fact's words, read when first needed
        self.scaffolding = scaffolding
        self.conversation = scaffolding.neutral

    def substance(self, question: ParsedQuestion, facts: list[Fact], *, follow_up: bool) -> list[str]:
        """A question must be about something the documents speak of, not only numbers ('what is 2+2',
        'which football is 22'); a follow-up carries the conversation on ('how many didn't?'), never noise."""
        if question.entities or question.groups or question.people or question.years:
            return []
        if question.maths:
            return ["substance: a sum to work out, not a question about the documents"]
        evidence = set().union(*(self.evidence(fact) for fact in facts))
        words = [w for w in question.content_words if not is_number(w)]
        if any(is_specific(w) and (w in evidence or stem(w) in evidence) for w in words):
            return []  # a word that says what the facts are about, not only 'costs' or 'much'
        concepts = lexicon.concepts(sorted(evidence))
        open_words = self.scaffolding.open_words(question.words, question)
        foreign = [w for w in open_words if not accounted(w, evidence, concepts) and not self._in_corpus(w)]
        carried_on = len(question.words) > 1 and any(self._in_conversation(word) for word in question.words)
        if follow_up and not foreign and carried_on:
            return []
        return self._unsubstantial(question, facts, evidence, foreign)

    def _unsubstantial(
        self, question: ParsedQuestion, facts: list[Fact], evidence: set[str], foreign: list[str]
    ) -> list[str]:
        """Whether a question with no name, year or specific word the facts state is still about them: a figure
        it looks up, a count of a total, or a word the documents speak of."""
        cited = [v for fact in facts for v in (fact.value, fact.total) if v is not None]
        if foreign:  # beside off-topic words only a percentage is a figure ('what's behind the 64%?'), '64' is not
            distinctive = [n for n in question.numbers if n.percent]
        else:
            distinctive = [
                n for n in question.numbers if n.percent or not n.value.is_integer() or n.value >= SMALL_NUMBER
            ]
        if distinctive and all(any(close(n.value, v) for v in cited) for n in distinctive):
            return []  # a figure look-up: 'what's the 64%?', 'where does 19.4 come from'
        domain_words = [
            w for w in question.words if w not in STOPWORDS and self._in_conversation(w) and self._in_corpus(w)
        ]
        if foreign and not domain_words:
            return ["substance: nothing the documents are about"]  # 'which football is 22', '/sources'
        if not foreign and any(_counts_of_total(question, fact) for fact in facts):
            return []  # '22 of 32?'
        if domain_words and any(w in evidence or stem(w) in evidence for w in question.content_words):
            return []
        return ["substance: nothing the documents are about"]

    def _in_conversation(self, word: str) -> bool:
        """A word that carries a conversation on ('how many didn't', 'who wrote it'), not a bare 'and' or 'what'."""
        if len(word) < MIN_CONVERSATION_WORD or is_number(word) or word in QUESTION_STARTS:
            return False
        return word in self.conversation or self._in_corpus(word)

    def _in_corpus(self, word: str) -> bool:
        corpus = self.corpus()
        return any(form in corpus for form in (word, stem(word), stem(f"{word}s")))


def _counts_of_total(question: ParsedQuestion, fact: Fact) -> bool:
    values = [n.value for n in question.numbers]
    return fact.total is not None and fact.value in values and fact.total in values
