"""Verify: does an answer's facts account for everything the question names?

The safety net in front of every answer. A figure is given only when the facts it comes from
account for each entity (country, group, person), each year, each number, the kind of source named,
and the question's remaining specific words. Whatever is left unaccounted is returned, and the
engine then says "did you mean" with the closest statements, or "I don't know that": never a
figure for something else.

Word classes are general: a specific word (uncommon in English) or one the documents use must be
explained by the answer's facts; very common words and question scaffolding (domain data) need not.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from wordfreq import zipf_frequency

from knowledge import domain, lexicon
from knowledge.ask.parse import Operation, ParsedQuestion
from knowledge.ask.quantities import (
    amount_unaccounted,
    basis_points_unstated,
    change_in_currency_unaccounted,
    change_unaccounted,
    condition_for_membership,
    count_for_amount,
    count_for_share,
    counted_thing_unaccounted,
    currency_unaccounted,
    extreme_unaccounted,
    fact_currency,
    first_year_unaccounted,
    goal_for_a_level,
    increment_unaccounted,
    item_unaccounted,
    level_unaccounted,
    members_goal_for_the_alliance,
    membership_for_a_condition,
    met_for_missed,
    mixed_currencies,
    place_unaccounted,
    share_for_amount,
    span_for_one_year,
    threshold_for_a_level,
    total_for_a_change,
)
from knowledge.ask.types import RANKING, SUMMARY_OPERATION
from knowledge.ask.verify_corrected import corrected_unaccounted
from knowledge.ask.verify_entities import EntityCheck
from knowledge.ask.verify_evidence import Evidence, forms, initials, measure_parts
from knowledge.ask.verify_form import FormCheck
from knowledge.ask.verify_items import items_for_the_whole
from knowledge.ask.verify_lines import LineCheck
from knowledge.ask.verify_numbers import (
    NumberCheck,
    calculation_unaccounted,
    line_of_another_unit,
    no_difference_worked_out,
    no_gap_worked_out,
    not_one_change,
    one_end_of_a_range,
    only_the_line_to_reach,
    operands_unaccounted,
    sum_across_sides,
    year_of_another_figure,
)
from knowledge.ask.verify_parts import another_part_of_the_budget
from knowledge.ask.verify_prices import price_base_unaccounted
from knowledge.ask.verify_purpose import purpose_unasked
from knowledge.ask.verify_quantity import (
    QuantityCheck,
    end_asked_of_one_change,
    extreme_of_a_whole,
    part_for_the_whole,
    share_of_another_whole,
)
from knowledge.ask.verify_ruled_out import left_out_asked, part_left_out_unaccounted, ruled_out_unaccounted
from knowledge.ask.verify_sentence import SentenceCheck
from knowledge.ask.verify_shortfall import people_for_a_shortfall
from knowledge.ask.verify_sources import SourceCheck
from knowledge.ask.verify_speakers import speaker_unaccounted
from knowledge.ask.verify_substance import SubstanceCheck
from knowledge.ask.verify_vocabulary import Scaffolding
from knowledge.ask.verify_whom import no_ally_named, no_one_named
from knowledge.ask.verify_words import WordCheck
from knowledge.ask.verify_years import YearCheck
from knowledge.cues import cues
from knowledge.doc_context import heading_before
from knowledge.lexicon import normalise
from knowledge.models import Answer, Document, DocumentKind, Fact
from knowledge.year_parts import part_words


@dataclass(frozen=True)
class Verdict:
    unaccounted: tuple[str, ...] = ()

    @property
    def accepted(self) -> bool:
        return not self.unaccounted


class Verifier:
    """Holds what it knows of every fact once; `check` is pure and cheap per answer. Each kind of check is a
    module of its own (`verify_entities`, `verify_years`, `verify_numbers`, `verify_quantity`, `verify_form`,
    `verify_sources`, `verify_words`, `verify_substance`, `verify_sentence`); this runs them in turn."""

    def __init__(
        self,
        facts: Iterable[Fact],
        documents: dict[str, Document],
        texts: dict[str, str],
        document_words: dict[str, frozenset[str]] | None = None,
    ) -> None:
        """`document_words`: each document's words, when the caller has worked them out already."""
        self.documents = documents
        dated = {name: (document.published or "")[:4] for name, document in documents.items()}
        self.published = {name: int(year) for name, year in dated.items() if year.isdigit()}
        if document_words is None:
            document_words = {document: frozenset(normalise(text).split()) for document, text in texts.items()}
        self.document_words = document_words
        self.texts = texts
        # Each fact's words are worked out when an answer first uses it: a one-shot `knowledge ask` needs a
        # handful, a long-running bot calls `warm()` once after a swap.
        self.facts = list(facts)
        self._evidence = Evidence(self._fact_words)
        self.currency_names: dict[str, list[str]] = {}
        for name, code in cues().raw.currency_words.items():
            self.currency_names.setdefault(code, []).append(name)
        for name, codes in cues().raw.shared_currency_words.items():
            for code in codes:
                self.currency_names.setdefault(code, []).append(name)
        self.scaffolding = scaffolding = Scaffolding()
        self.names = EntityCheck(
            self.document_words, scaffolding.neutral, self._words_of, self._heading_of, self._said_before
        )
        self.years = YearCheck(documents)
        self.numbers = NumberCheck(texts, scaffolding, self.facts, self._heading_of)
        self.form = FormCheck()
        self.quantities = QuantityCheck(self._words_of, self.form)
        self.sources = SourceCheck(
            documents, self.document_words, self._words_of, self.names, self._said_before, self._heading_of
        )
        self.words = WordCheck(self.facts, documents, texts, self._words_of, scaffolding, self.sources)
        self.substance = SubstanceCheck(self._words_of, lambda: self.corpus, scaffolding)
        self.sentences = SentenceCheck(documents, scaffolding, texts)
        self.lines = LineCheck(self.facts)
        zipf_frequency("defence", "en")  # load the word-frequency table now, not during the first question

    @functools.cached_property
    def corpus(self) -> frozenset[str]:
        """Every word of every fact: what the documents speak of at all."""
        return frozenset().union(*(self._evidence[fact] for fact in self.facts))

    def warm(self) -> None:
        """Work out every fact's words now, so no member's question pays for it."""
        _ = self.corpus

    def _words_of(self, fact: Fact) -> frozenset[str]:
        """A fact's words, from whichever store of them this verifier keeps."""
        return self._evidence[fact]

    def _heading_of(self, fact: Fact) -> str:
        """The heading of the section a prose fact's sentence stands under ('' for a table's cell, or none)."""
        start = self._prose_offset(fact)
        if start is None:
            return ""
        heading = heading_before(self.words.headings(fact.citation.document), start)
        return heading.text if heading else ""

    def _said_before(self, fact: Fact) -> str:
        """The text of a prose fact's paragraph before its sentence ('' for a table's cell)."""
        start = self._prose_offset(fact)
        if start is None:
            return ""
        text = self.texts[fact.citation.document]
        return text[text.rfind("\n\n", 0, start) + 1 : start]

    def _prose_offset(self, fact: Fact) -> int | None:
        """Where a fact's sentence starts in its prose document's text; None for a table's cell."""
        span, document = fact.citation.span, fact.citation.document
        kind = self.documents[document].kind if document in self.documents else None
        if span is None or kind is not DocumentKind.PROSE or document not in self.texts:
            return None
        return span.start

    def _fact_words(self, fact: Fact) -> frozenset[str]:
        return forms(
            fact.citation.quote,
            fact.text or "",
            fact.subject,
            " ".join(fact.qualifiers),
            part_words(fact),  # 'in Q3': a figure under '## Highlights, third quarter 2025'
            fact.currency or "",
            *measure_parts(fact),
            fact.measure_text or "",
            fact.cited_source or "",  # 'according to SIPRI': the source a statement cites by its full name
            # 'in zloty' for an amount in PLN, 'in crowns' for one in Denmark's 'Kroner'
            *self.currency_names.get(fact_currency(fact) or fact.currency or "", ()),
        ) | initials(fact.citation.quote)  # 'the ERA loan' of 'the Extraordinary Revenue Acceleration scheme'

    def check(
        self, question: ParsedQuestion, answer: Answer, *, follow_up: bool = False, strict: bool = False
    ) -> Verdict:
        """`strict` for a statement found by its words alone: every content word must then be accounted for."""
        return Verdict(
            tuple(reason for found in self._findings(question, answer, follow_up, strict) for reason in found)
        )

    def accepts(
        self, question: ParsedQuestion, answer: Answer, *, follow_up: bool = False, strict: bool = False
    ) -> bool:
        """`check(…).accepted`, told at the first thing the answer leaves unaccounted: a draft only tried (a
        calculation, a statement found by its words) is not gone over by every other rule once one turns it down."""
        return not any(any(True for _ in found) for found in self._findings(question, answer, follow_up, strict))

    def _findings(
        self, question: ParsedQuestion, answer: Answer, follow_up: bool, strict: bool
    ) -> Iterator[Iterable[str]]:
        """What each rule finds unaccounted, rule by rule in turn, each worked out only when asked for."""
        facts = answer.facts
        if not facts:
            return
        if (
            answer.operation == SUMMARY_OPERATION
        ):  # the key figures of the documents named: held to whom and when it names
            yield self.names.entities(question, facts, answer.uncovered)
            yield self.years.years(question, facts)
            return
        # what is shown beside an answer (every target, oldest first) speaks to a question relating its goal to
        # another ('the 2% guideline the Hague pledge replaces'), never for one naming a goal the answer is not
        relating = set(question.words) & domain.question_words().verifier.goal_relations
        worded = [*facts, *answer.beside] if relating else facts
        rules: tuple[Callable[[], Iterable[str]], ...] = (
            lambda: self.names.entities(question, facts, answer.uncovered, ranked=answer.operation == RANKING),
            lambda: self.names.people(question, facts),
            lambda: self.names.included(question, facts),
            lambda: self.years.years(question, facts),
            lambda: self.years.dated_year(question, facts),
            lambda: self.years.present(question, facts),
            lambda: self.years.compared_with(question, facts),
            lambda: self.years.month_of_cells(question, facts),
            lambda: self.years.ahead(question, facts),
            lambda: YearCheck.unread_time(question, follow_up=follow_up),
            lambda: price_base_unaccounted(question, facts, self._words_of),
            lambda: self.numbers.numbers(question, answer),
            lambda: operands_unaccounted(question, answer),
            lambda: calculation_unaccounted(question, answer),
            lambda: sum_across_sides(question, answer),
            lambda: not_one_change(question, answer),
            lambda: basis_points_unstated(question, answer),
            lambda: no_gap_worked_out(question, answer),
            lambda: no_difference_worked_out(question, answer, follow_up=follow_up),
            lambda: one_end_of_a_range(answer),
            lambda: year_of_another_figure(question, answer),
            lambda: line_of_another_unit(question, answer),
            lambda: only_the_line_to_reach(question, answer),
            lambda: self.quantities.quantity(question, answer),
            lambda: self.quantities.kind_in_words(question, answer),
            lambda: currency_unaccounted(question.currency, answer),
            lambda: change_in_currency_unaccounted(question, answer),
            lambda: mixed_currencies(answer),
            lambda: self.quantities.share(question, answer),
            lambda: first_year_unaccounted(question.operations, answer),
            lambda: amount_unaccounted(question, answer),
            lambda: count_for_amount(question, answer),
            lambda: met_for_missed(question, answer),
            lambda: people_for_a_shortfall(question, answer),
            lambda: count_for_share(question, answer),
            lambda: share_for_amount(question, answer),
            lambda: increment_unaccounted(question, answer),
            lambda: change_unaccounted(question, answer),
            lambda: total_for_a_change(question, answer),
            lambda: level_unaccounted(question, answer, follow_up=follow_up),
            lambda: [] if follow_up else goal_for_a_level(question, answer, self.published),
            lambda: members_goal_for_the_alliance(question, answer),
            lambda: [] if follow_up else span_for_one_year(question, answer),
            lambda: [] if follow_up else threshold_for_a_level(question, answer),
            lambda: [] if follow_up else self.form.replaced_goal(question, answer),
            lambda: item_unaccounted(question, answer),
            lambda: counted_thing_unaccounted(question, answer),
            lambda: membership_for_a_condition(question, answer),
            lambda: condition_for_membership(question, answer),
            lambda: place_unaccounted(question.operations, answer, one_subject=len(_ranked(question)) == 1),
            lambda: self.quantities.per_person(question, facts),
            lambda: self.quantities.per_time(question, facts),
            lambda: self.quantities.spending_unstated(question, facts),
            lambda: self.quantities.duration(question, facts),
            lambda: self.quantities.another_quantity(question, facts),
            lambda: share_of_another_whole(question, facts),
            lambda: extreme_unaccounted(question.extreme, [fact.citation.quote for fact in facts], facts),
            lambda: extreme_of_a_whole(question, facts),
            lambda: part_for_the_whole(question, facts),
            lambda: items_for_the_whole(question, facts),
            lambda: self.lines.unasked(question, facts),
            lambda: another_part_of_the_budget(question, facts),
            lambda: purpose_unasked(question, facts),
            lambda: no_one_named(question, facts),
            lambda: no_ally_named(question, facts),
            lambda: end_asked_of_one_change(question, answer),
            lambda: self.quantities.share_of_whole(question, answer),
            lambda: self.sources.source(question, facts),
            lambda: corrected_unaccounted(facts),
            lambda: ruled_out_unaccounted(question, facts, self._words_of),
            lambda: part_left_out_unaccounted(question, facts, self._words_of),
            lambda: left_out_asked(question, facts),
            lambda: speaker_unaccounted(question, facts, self.sources.title_words),
            lambda: self.words.words(
                question,
                worded,
                strict=strict or self.form.period_as_date(question, answer),
                gap_worked_out=answer.operation == Operation.GAP.value and bool(answer.calculation),
                ranked_by_closeness=answer.operation == RANKING and bool(answer.conditions),
            ),
            lambda: self.substance.substance(question, worded, follow_up=follow_up),
        )
        for rule in rules:
            yield rule()

    def check_sentence(self, question: ParsedQuestion, text: str, heading: str = "", document: str = "") -> Verdict:
        """A sentence answering in words: it names every entity and year asked, and accounts for every other
        content word of the question (its words, their concepts, its section heading, and its document when
        the question names its kind or its source)."""
        return Verdict(tuple(self.sentences.unaccounted(question, text, heading, document)))


def _ranked(question: ParsedQuestion) -> list[str]:
    """Whom a place is asked of: 'among allies' names the field, not a subject."""
    return [name for name in question.entities if name not in (lexicon.NATO_ALLIES, lexicon.EUROPE_AND_CANADA)]
