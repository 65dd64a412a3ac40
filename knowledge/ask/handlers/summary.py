"""'Summarise the key numbers', 'give me a summary of the Hague note', 'tl;dr of the tables for Poland': the key
figures of the documents a question names (by their kind, 'the article', 'the tables', or by words of their titles),
else of every document, each in its own order; an ally or a year named narrows them. The draft is marked a summary:
the verifier then holds it to what the question names (knowledge.ask.verify), not to the words of a question."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import replace

from knowledge import domain, lexicon
from knowledge.ask.handlers.facts import compose
from knowledge.ask.index import FactIndex
from knowledge.ask.parse import ParsedQuestion, parse_question
from knowledge.ask.render import Renderer
from knowledge.ask.suggest import Suggester
from knowledge.ask.types import ANSWER_SCORE, SUMMARY_OPERATION, Reply, Resolution
from knowledge.lexicon import NATO_ALLIES, normalise
from knowledge.measures import MEASURES
from knowledge.models import Document, DocumentKind, Fact, Unit
from knowledge.question import STOPWORDS, Question, stem

MAX_SUMMARY_FACTS = 8
CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def summary(index: FactIndex, render: Renderer, suggester: Suggester, question: str, parsed: Question) -> Reply:
    asked = parse_question(parsed)
    documented = index.vocabulary.documented
    if _of_something_else(asked, index.vocabulary.words | documented, documented, index.kb.documents):
        return suggester.unsure(question, parsed, Resolution([], 0.0))  # 'summarise the football results'
    documents = documents_named(index.kb.documents, asked)
    facts = _round_robin([key_facts(_facts_of(index, document), document, asked) for document in documents])
    if not facts and set(asked.entities) - {NATO_ALLIES}:  # 'recap of Poland's spending': the documents named say
        every = index.kb.documents  # nothing
        facts = _round_robin([key_facts(_facts_of(index, document), document, asked) for document in every])
    if not facts:
        return suggester.unsure(question, parsed, Resolution([], 0.0))
    return replace(compose(render, question, parsed, Resolution(facts, ANSWER_SCORE + 1)), operation=SUMMARY_OPERATION)


def _facts_of(index: FactIndex, document: Document) -> list[Fact]:
    """A document's facts in the index's order, looked up, not found among every fact of the knowledge base."""
    return index.facts_of_document(document.id)


def documents_named(documents: Iterable[Document], asked: ParsedQuestion) -> list[Document]:
    """The documents of the kind named ('the article' is prose, 'the spreadsheet' a table), those of them whose
    title or publisher says a word of the question's topic ('the Hague note'); all of that kind when none does."""
    kind = _kind_named(asked)
    of_kind = [document for document in documents if kind is None or document.kind is kind]
    topic = _topic_words(asked) - lexicon.vocabulary()  # 'spending' is in a title, yet names no document
    titled = [document for document in of_kind if topic & _title_words(document)]
    # 'a summary of the article': the document whose title or publisher calls it by the kind named
    kinds = _kind_words(asked)
    called = [document for document in of_kind if kinds & _title_words(document)]
    return titled or called or of_kind


def key_facts(facts: Iterable[Fact], document: Document, asked: ParsedQuestion) -> list[Fact]:
    """A document's figures in its own order, one a sentence; of a table, the headline measures of an ally's profile
    for the ally named (else the alliance) in the year named (else the latest)."""
    named = set(asked.entities) - {NATO_ALLIES}
    years = {str(year) for year in asked.years}
    own = [
        fact
        for fact in facts
        if fact.citation.document == document.id and fact.unit is not Unit.TEXT and fact.value is not None
        if not named or fact.subject in named
        if not years or (fact.period or "")[:4] in years
    ]
    if document.kind is DocumentKind.TABLE:
        return _headline_cells(own, subjects=named or {NATO_ALLIES})
    seen: set[str] = set()
    sentences = []
    for fact in own:
        if fact.citation.quote not in seen:
            seen.add(fact.citation.quote)
            sentences.append(fact)
    return sentences


def _headline_cells(facts: list[Fact], subjects: set[str]) -> list[Fact]:
    profiled = [
        fact
        for fact in facts
        if fact.subject in subjects and (measure := MEASURES.get(fact.measure)) is not None and measure.profile
    ]
    latest = max((fact.period or "" for fact in profiled), default="")
    chosen = [fact for fact in profiled if fact.period == latest]
    return sorted(chosen, key=lambda fact: (MEASURES[fact.measure].profile or 0, fact.subject))


def _of_something_else(
    asked: ParsedQuestion, known: frozenset[str], documented: frozenset[str], documents: Iterable[Document]
) -> bool:
    """A summary asked of a topic no document speaks of ('the football results', 'the weather in Oslo', 'the
    commitments agreed at the Vilnius Summit'): half its words or more, or a name it types, are no word of the
    domain, of any document's text or title ('the key numbers from Rutte's report: shares, increase …' names a few
    words of its own among the documents')."""
    titles = frozenset().union(*(_title_words(document) for document in documents))
    said = {word for word in _topic_words(asked, stems=False) if word.isalpha()}
    unknown = {
        word
        for word in said - lexicon.vocabulary() - titles
        if word not in known and stem(word) not in known and stem(word) not in titles
    }
    # 'the commitments agreed at the Vilnius Summit': a name no document says is a topic of its own, however well
    # the domain knows it
    named = {word.casefold() for word in CAPITALISED.findall(asked.text)} & said - documented - titles
    return bool(named) or (bool(unknown) and 2 * len(unknown) >= len(said))


def _round_robin(per_document: list[list[Fact]]) -> list[Fact]:
    """The first figure of each document, then the second of each …: every document named is heard."""
    interleaved = itertools.chain.from_iterable(itertools.zip_longest(*per_document))
    return [fact for fact in interleaved if fact is not None][:MAX_SUMMARY_FACTS]


def _topic_words(asked: ParsedQuestion, *, stems: bool = True) -> frozenset[str]:
    """The question's words that may name a document by its title: not the summary's own words, a kind of source,
    a name of an ally or a small word (and their stems, unless `stems` is False)."""
    sources = domain.question_words().sources
    kinds = {word for phrase in (*sources.prose, *sources.table, *sources.data_nouns) for word in phrase.split()}
    left = set(asked.words) - _asking_words() - kinds - STOPWORDS - asked.entity_words
    return frozenset(left | {stem(word) for word in left}) if stems else frozenset(left)


def _kind_named(asked: ParsedQuestion) -> DocumentKind | None:
    """Prose or tables, as the question names a kind of source ('the article', 'the spreadsheet'); a summary's own
    noun ('give me a summary') names none."""
    sources = domain.question_words().sources
    prose = any(asked.has(phrase) for phrase in sources.prose if not set(phrase.split()) <= _asking_words())
    table = any(asked.has(phrase) for phrase in sources.table)
    return DocumentKind.PROSE if prose and not table else DocumentKind.TABLE if table and not prose else None


def _kind_words(asked: ParsedQuestion) -> frozenset[str]:
    sources = domain.question_words().sources
    phrases = (phrase for phrase in (*sources.prose, *sources.table) if asked.has(phrase))
    return frozenset(word for phrase in phrases for word in phrase.split()) - STOPWORDS - _asking_words()


def _asking_words() -> frozenset[str]:
    words = domain.question_words().intent
    return frozenset(word for phrase in (*words.summary, *words.summary_nouns) for word in phrase.split())


def _title_words(document: Document) -> frozenset[str]:
    words = normalise(f"{document.title} {document.publisher or ''}").split()
    return frozenset(words) | frozenset(stem(word) for word in words)
