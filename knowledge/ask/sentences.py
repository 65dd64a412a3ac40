"""Questions a sentence answers in words, not with a figure: 'which city hosted the 2025 summit?', 'what does
each ally have to submit every year?', 'which war is adding pressure?'.

The documents' prose sentences are indexed by their content words; a question that asks who, which or what
(and no quantity) finds the sentence sharing its rarest words. The verifier then requires every content word
of the question to be accounted for by that sentence (its words, their concepts, its section heading), and the
answer is the sentence verbatim with its document and place: no figure of its own is stated.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from knowledge import domain, lexicon
from knowledge.ask.parse import ParsedQuestion
from knowledge.doc_context import heading_before, headings
from knowledge.entities import entity_tables
from knowledge.lexicon import normalise
from knowledge.models import Document, DocumentKind, Fact
from knowledge.question import STOPWORDS, stem
from knowledge.readers.prose import read_prose

CANDIDATES = 3  # sentences the verifier is offered, best first
MIN_SHARED = 0.0  # any shared content word makes a candidate: the verifier decides
MAX_SENTENCES = 20_000  # more prose than this is left to the fact index alone


@dataclass(frozen=True)
class Sentence:
    document: str
    text: str
    locator: str
    heading: str  # the section heading it stands under ('' when none)


@functools.lru_cache(maxsize=8192)
def names_anyone(text: str) -> bool:
    """The sentence names an entity of the list (an ally, a body, 'the allies')."""
    words = normalise(text).split()
    tables = entity_tables()
    return bool(lexicon.find_mentions(words, tables.folded) or lexicon.find_mentions(words, tables.weak))


def _stems(text: str) -> set[str]:
    return {stem(word) for word in normalise(text).split() if word not in STOPWORDS and not word[:1].isdigit()}


class SentenceFinder:
    """Built on the first question asked in words: reading every prose document again is no start-up cost."""

    def __init__(self, documents: dict[str, Document], texts: dict[str, str], facts: Iterable[Fact]) -> None:
        self.documents = documents
        self.texts = texts
        self.facts = facts
        verifier = domain.question_words().verifier
        self.scaffolding = {stem(word) for word in verifier.neutral | verifier.shape}
        self.text_starts = verifier.text_asked
        self.measure_nouns = verifier.measure_nouns

    @functools.cached_property
    def sentences(self) -> list[Sentence]:
        found: list[Sentence] = []
        for document_id, document in self.documents.items():
            if document.kind is not DocumentKind.PROSE or document_id not in self.texts:
                continue
            prose = read_prose(self.texts[document_id], markdown=document_id.endswith(".md"))
            sections = headings(prose)
            for block in prose.blocks:
                if block.noise:
                    continue
                heading = heading_before(sections, block.span.start)
                for number, span in enumerate(block.sentences, start=1):
                    if len(found) >= MAX_SENTENCES:
                        break
                    locator = f"paragraph {block.index}, sentence {number}"
                    found.append(Sentence(document_id, prose.quote(span), locator, heading.text if heading else ""))
        return found

    @functools.cached_property
    def words(self) -> list[set[str]]:
        # the section heading says what a sentence naming no one is about ('… the new defence investment pledge')
        return [
            _stems(sentence.text if names_anyone(sentence.text) else f"{sentence.text} {sentence.heading}")
            for sentence in self.sentences
        ]

    @functools.cached_property
    def weight(self) -> dict[str, float]:
        counts = Counter(word for words in self.words for word in words)
        total = max(1, len(self.sentences))
        return {word: math.log(1 + total / count) for word, count in counts.items()}

    @functools.cached_property
    def _by_quote(self) -> dict[str, list[Fact]]:
        by_quote: dict[str, list[Fact]] = {}
        for fact in self.facts:
            if fact.citation.cell is None:
                by_quote.setdefault(fact.citation.quote, []).append(fact)
        return by_quote

    def facts_of(self, sentence: Sentence) -> list[Fact]:
        """The facts extracted from the sentence: what an answer quoting it cites."""
        return self._by_quote.get(sentence.text, [])

    def asks_in_words(self, question: ParsedQuestion) -> bool:
        """Who, which or what is asked, and no quantity: no amount, share, count, change, rank, year or date, and
        no spending noun ('what did Europe spend' asks for a figure)."""
        kinds = domain.question_words().asked_kinds
        quantity = (*kinds.count, *kinds.percentage, *kinds.year, *kinds.money, *kinds.share_of_gdp, *kinds.rank)
        if set(question.words) & self.measure_nouns or question.has(*quantity, *kinds.change, *kinds.date):
            return False
        return question.has(*self.text_starts) and not question.asks_percentage

    def find(self, question: ParsedQuestion, limit: int = CANDIDATES) -> list[Sentence]:
        """The sentences sharing most of the question's rare words, best first (the verifier picks among them)."""
        if not self.asks_in_words(question):
            return []
        asked = _stems(" ".join(question.words)) - self.scaffolding
        scored = []
        for index, words in enumerate(self.words):
            shared = sum(self.weight.get(word, 0.0) for word in asked & words)
            if shared > MIN_SHARED:
                scored.append((shared, index))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [self.sentences[index] for _, index in scored[:limit]]
