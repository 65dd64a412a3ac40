"""Verify the source a question names: the kind of source ('the tables', 'the article', 'the interview') and
whose figures ('according to SIPRI', 'per the SG's annual report') must be those the facts come from.

Part of `knowledge.ask.verify`, which runs these checks beside the others.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from knowledge import domain, lexicon
from knowledge.ask.parse import ParsedQuestion, SourceKind
from knowledge.ask.source_kinds import kind_matches_in
from knowledge.ask.verify_entities import EntityCheck
from knowledge.ask.verify_evidence import in_a_table, last_sentence
from knowledge.entities import entity_tables
from knowledge.lexicon import normalise
from knowledge.models import Document, Fact
from knowledge.question import stem

ESTIMATE_WORDS = frozenset({"estimate", "estimates", "estimated", "estimation"})
THIS_SOURCE = ("the", "that", "this")  # 'the paper', 'that table': the document at hand


class SourceCheck:
    """The kind of source and the body a question names, against the facts' documents."""

    def __init__(
        self,
        documents: dict[str, Document],
        document_words: dict[str, frozenset[str]],
        evidence: Callable[[Fact], frozenset[str]],
        names: EntityCheck,
        said_before: Callable[[Fact], str] = lambda fact: "",
        heading_of: Callable[[Fact], str] = lambda fact: "",
    ) -> None:
        self.documents = documents
        self.said_before = said_before  # a prose fact's paragraph before its sentence
        self.heading_of = heading_of  # the heading of a prose fact's section
        self.document_words = document_words
        self.evidence = evidence  # a fact's words
        self.names = names
        sources = domain.question_words().sources
        self.prose_sources = sources.prose
        self.table_sources = sources.table
        self.source_phrases = sorted({*self.prose_sources, *self.table_sources}, key=len, reverse=True)

    def source(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        missing = []
        if question.source_kind is SourceKind.TABLE and not any(in_a_table(fact) for fact in facts):
            missing.append("source: the tables")
        if question.source_kind is SourceKind.PROSE and all(fact.citation.cell is not None for fact in facts):
            missing.append("source: an article")
        if question.according_to:
            known = set()
            for fact in facts:
                document = self.documents[fact.citation.document]
                known |= set(normalise(f"{document.title} {document.publisher or ''}").split())
                known |= self.evidence(fact)
                known |= self._kind_of_source(fact)  # 'according to the explainer': a document named by its kind
                known |= self._pointed_at(fact)
                # 'according to the letter': a section headed 'Letter to the editor: …' is that piece of the page
                known |= set(normalise(self.heading_of(fact)).split())
                if fact.estimate:
                    known |= ESTIMATE_WORDS  # 'according to the estimates': the tables' 2024e cells are estimates
            known |= self._roles_named(question, facts) | self.bodies_cited(question, facts)
            missing += [f"source {w}" for w in question.according_to if w not in known and stem(w) not in known]
        return missing

    def _pointed_at(self, fact: Fact) -> frozenset[str]:
        """'NATO published its last full set of estimates in June 2024. For 2024 they put total Alliance spending at
        roughly $1,474 billion.': a sentence pointing back ('they', 'its') speaks from the source the sentence before
        it names."""
        referring = set(domain.question_words().referring_openers)
        if not referring & set(normalise(fact.citation.quote).split()):
            return frozenset()
        before = last_sentence(self.said_before(fact))
        return frozenset(normalise(before).split())

    def named_sources(self, question: ParsedQuestion) -> frozenset[str]:
        """The kinds of source the question names as the one at hand (none when it names no kind)."""
        if not question.source_kind:
            return frozenset()
        return _this_source(question.words, self.source_phrases, bodies=frozenset(question.according_to))

    def kind_named(self, fact: Fact, phrases: frozenset[str]) -> frozenset[str]:
        """The words of the kinds of source named that the fact's document is: a kind another document names in
        its title ('the annual report' beside 'NATO annual report coverage: …') is that document, not this one."""
        kinds = self._kind_of_source(fact)
        own = self.title_words(fact.citation.document)
        words: set[str] = set()
        for phrase in phrases:
            said = set(phrase.split())
            titled_elsewhere = any(
                said <= self.title_words(other) for other in self.documents if other != fact.citation.document
            )
            if said <= kinds and (said <= own or not titled_elsewhere):
                words |= said
        return frozenset(words)

    def bodies_cited(self, question: ParsedQuestion, facts: list[Fact]) -> set[str]:
        """'According to SIPRI': a body the facts' document cites by any of its names ('The Stockholm
        International Peace Research Institute reckons …')."""
        mentions = lexicon.find_mentions(list(question.according_to), entity_tables().folded)
        return {word for m in mentions if self.names.document_cites(m.target, facts) for word in m.alias.split()}

    @functools.cache  # noqa: B019 - one verifier per knowledge base, its documents fixed: kept for its life
    def title_words(self, document_id: str) -> frozenset[str]:
        document = self.documents[document_id]
        return frozenset(normalise(f"{document.title} {document.publisher or ''}").split())

    def _kind_of_source(self, fact: Fact) -> frozenset[str]:
        """The words naming the kind of source a fact comes from ('the interview', 'that table'): a figure of
        an article's table is both."""
        phrases = [
            *(self.prose_sources if fact.citation.cell is None else ()),
            *(self.table_sources if in_a_table(fact) else ()),
        ]
        return frozenset(word for phrase in phrases for word in phrase.split())

    def _roles_named(self, question: ParsedQuestion, facts: list[Fact]) -> set[str]:
        """'According to the SG's annual report': a title the facts' documents name ('Secretary-General')."""
        words: set[str] = set()
        for mention in lexicon.find_mentions(list(question.according_to), lexicon.role_aliases()):
            role = set(normalise(mention.target).split())
            if any(role <= self.document_words.get(fact.citation.document, frozenset()) for fact in facts):
                words |= set(mention.alias.split())
        return words


def _this_source(words: Sequence[str], phrases: Sequence[str], bodies: frozenset[str] = frozenset()) -> frozenset[str]:
    """The kinds of source a question names as the one at hand ('per the paper', 'in that table', 'the working
    paper's table'), not another body's ('the Secretary General's annual report'): the phrases. A kind after the
    body named as the source ('NATO's spreadsheet', 'the NATO workbook') is that body's document at hand: whether
    the facts' documents are that body's is the check of the body named."""
    named: set[str] = set()
    joined = f" {' '.join(words)} "
    for phrase in phrases:  # longest first: 'working paper' before 'the paper'
        for match in kind_matches_in(joined, phrase):  # 'the summit note' names the note
            before = match.group(1) or ""
            named_body = before in bodies - set(phrase.split())
            at_hand = before in THIS_SOURCE or phrase.split()[0] in THIS_SOURCE or named_body
            if at_hand or any(before in p.split() for p in named):
                named.add(phrase)
    return frozenset(named)
