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
import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from knowledge import domain, lexicon, phrasing
from knowledge.ask.dates import DATED
from knowledge.ask.parse import Operation, ParsedQuestion, SourceKind
from knowledge.ask.quantities import (
    amount_unaccounted,
    asked_extreme,
    currency_unaccounted,
    extreme_unaccounted,
    first_year_unaccounted,
    per_person_unaccounted,
    place_unaccounted,
    share_unaccounted,
)
from knowledge.ask.sentences import names_anyone
from knowledge.ask.verify_entities import EntityCheck, members_of_groups
from knowledge.cues import cues
from knowledge.doc_context import Heading, heading_before, headings
from knowledge.entities import EntityKind, entity_tables
from knowledge.figures import number_value, tokenize
from knowledge.lexicon import normalise
from knowledge.measures import MEASURES, QuestionKind
from knowledge.models import Answer, Document, Fact, Unit
from knowledge.question import STOPWORDS, stem
from knowledge.readers.prose import read_prose
from knowledge.words import numbers_in

ARITHMETIC = frozenset({Operation.SUM, Operation.AVERAGE, Operation.RATIO})
COMMON_WORD_ZIPF = 5.0  # 'comes', 'give', 'real': too common to say what a question is about
FUZZY_SAME_WORD = 85
MIN_STEM_NAME = 5  # a question's word for a group names it in a longer form of the word ('europe' → 'european')
MIN_TYPO_LENGTH = 4
TYPO_ZIPF = 4.0
REAL_WORDS = frozenset({"real", "constant"})  # how facts in real terms are labelled
WHOLE_WORDS = frozenset({"alliance", "allianc", "total"})  # what a share of the alliance's total is stated as
COUNTED_UNITS = frozenset({Unit.COUNT, Unit.PEOPLE})
AMOUNT_UNITS = frozenset({Unit.MONEY, Unit.COUNT, Unit.PEOPLE})
UNIT_CONCEPTS = frozenset({"gdp", "share", "spending", "defence"})  # concepts (concepts.toml) naming a figure's unit
PERCENT_UNITS = frozenset({Unit.PERCENT, Unit.PERCENT_OF_GDP})
PERCENT_FIGURE = re.compile(r"\d\s?(?:%|per ?cent\b)")
SHARE_CONCEPT = "share"
ESTIMATE_WORDS = frozenset({"estimate", "estimates", "estimated", "estimation"})
THIS_SOURCE = ("the", "that", "this")  # 'the paper', 'that table': the document at hand
YEAR_MIN, YEAR_MAX = 1900, 2100  # a figure in this range, whole, is a year
QUESTION_STARTS = frozenset(
    {"what", "whats", "which", "how", "who", "whos", "when", "where", "why", "is", "does", "did"}
)
LONG_MESSAGE = 20  # words: a message this long is a story with a question in it
SMALL_NUMBER = 10
MIN_CONVERSATION_WORD = 4
EXPRESSION = re.compile(r"((?:\d[\d,]*(?:\.\d+)?\s*[−+×÷*/-]\s*)+\d[\d,]*(?:\.\d+)?)\s*=")
NUMBER_WORD = re.compile(r"[$€£]?\d+(?:\.\d+)?(?:%|k|m|bn|b|mn)?")
PERCENT_IN_TEXT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?%")
TEXT_CACHE = 8192  # quotes whose numbers, names and headings are kept: every sentence of a large build
PROPER_NAME = re.compile(r"\b[A-Z][a-z]+")
BETWEEN = re.compile(  # 'between 5% and 6% of GDP', 'between EUR 16 and 19 billion'
    r"\bbetween\s+[$€£]?\s?(?:[A-Z]{3}\s)?(\d[\d,]*(?:\.\d+)?)\S*\s+(?:\w+\s+)?and\s+[$€£]?\s?(?:[A-Z]{3}\s)?(\d[\d,]*(?:\.\d+)?)"
)
SPAN = re.compile(r"^((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)e?$")


@dataclass(frozen=True)
class Verdict:
    unaccounted: tuple[str, ...] = ()

    @property
    def accepted(self) -> bool:
        return not self.unaccounted


@cache
def is_specific(word: str) -> bool:
    """Uncommon in English, and not an inflection of a common word ('keeps', 'asks', 'bringing')."""
    root = stem(word)
    forms = (word, root, f"{root}e")
    return max(zipf_frequency(form, "en") for form in forms) < COMMON_WORD_ZIPF


def _names_own_subject(fact: Fact) -> bool:
    """The statement's sentence names whom its figure is about (by any of the entity's names)."""
    return _names_in_quote(fact.subject, fact.citation.quote)


@functools.lru_cache(maxsize=TEXT_CACHE)
def _names_in_quote(subject: str, quote: str) -> bool:
    return _names_in(subject, quote)


def _names_in(subject: str, text: str, asked: Sequence[str] = ()) -> bool:
    """The document text names the entity by any of its names, those only documents use ('each Ally') among
    them, or by the very word the question named it with ('European capitals' for a question's 'european')."""
    entry = entity_tables().entries.get(subject)
    names = (
        [subject]
        if entry is None
        else [entry.name, *entry.aliases, *entry.exact, *entry.weak, *entry.document_only_weak]
    )
    asked_names = [name for name in entry.question_only if f" {name} " in f" {' '.join(asked)} "] if entry else []
    words = f" {normalise(text)} "
    if any(f" {normalise(name)} " in words for name in names if normalise(name)):
        return True
    # the word the question named it with, in the text's form of it ('European capitals' for 'europe')
    return any(len(name) >= MIN_STEM_NAME and f" {normalise(name)}" in words for name in asked_names)


def _clause_words(fact: Fact) -> frozenset[str]:
    """The words a fact states of its own figure: its clause, subject, qualifiers, currency and table labels."""
    text = " ".join(
        [
            fact.measure_text or "",
            fact.text or "",
            fact.subject,
            " ".join(fact.qualifiers),
            fact.currency or "",
            fact.citation.row_label or "",
            fact.citation.column_label or "",
            fact.cited_source or "",
        ]
    )
    words = normalise(text).split()
    return frozenset({*words, *(stem(word) for word in words)})


@functools.lru_cache(maxsize=TEXT_CACHE)
def _numbers_stated(text: str) -> frozenset[float]:
    """The numbers a quote states, in digits or in words ('the two percent guideline', 'twenty-three allies')."""
    table = cues()
    spelt = {number_value(token, table) for token in tokenize(text)}
    return frozenset(numbers_in(text) | {number for number in spelt if number is not None})


def _percentages_in(text: str) -> list[float]:
    return [float(number.replace(",", "")) for number in PERCENT_IN_TEXT.findall(text)]


def _stated(value: float, stated: set[float]) -> bool:
    return any(_close(value, figure) for figure in stated)


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=0.01, abs_tol=0.051)


def _a_figure(fact: Fact) -> bool:
    """A figure that is no date: its period is not what 'when' asks."""
    return fact.value is not None and fact.unit not in (Unit.DATE, Unit.TEXT)


def _states_a_year(answer: Answer) -> bool:
    """A year among the answer's figures or a date fact: a fact's period is not its answer ('on what date did
    they sign?' is not answered by '5%', 'which year was it highest?' not by the latest year's figure)."""
    if any(YEAR_MIN <= value <= YEAR_MAX and value == int(value) for value in answer.values):
        return True
    return any(fact.unit is Unit.DATE for fact in answer.facts)


class _Evidence(dict[str, frozenset[str]]):
    """Fact id -> its words, computed on first use."""

    def __init__(self, words_of: Callable[[Fact], frozenset[str]]) -> None:
        super().__init__()
        self.words_of = words_of

    def __getitem__(self, fact: Fact) -> frozenset[str]:  # type: ignore[override]
        words = self.get(fact.id)
        if words is None:
            words = self[fact.id] = self.words_of(fact)
        return words


class Verifier:
    """Holds what it knows of every fact once; `check` is pure and cheap per answer."""

    def __init__(self, facts: Iterable[Fact], documents: dict[str, Document], texts: dict[str, str]) -> None:
        self.documents = documents
        self.document_words = {document: frozenset(normalise(text).split()) for document, text in texts.items()}
        self.texts = texts
        # Each fact's words are worked out when an answer first uses it: a one-shot `knowledge ask` needs a
        # handful, a long-running bot calls `warm()` once after a swap.
        self.facts = list(facts)
        self._evidence = _Evidence(self._fact_words)
        words = domain.question_words()
        operation_words = {
            w for phrases in words.operations.model_dump().values() for phrase in phrases for w in phrase.split()
        }
        self.neutral = words.verifier.scaffold | operation_words
        self.scaffolding = sorted(self.neutral | STOPWORDS)
        self.conversation = self.neutral
        self.instruction_cues = words.verifier.instruction_cues
        self.real_terms = words.verifier.real_terms
        self.measure_nouns = words.verifier.measure_nouns
        self.per_person = words.verifier.per_person
        self.amount_words = words.verifier.amount_words
        self.items_included = _items_after(words.verifier.items_included)
        self.items_asked = _items_after((*words.verifier.items_included, *words.verifier.items_asked))
        self.answer_types = words.verifier.answer_types
        self.ordering = words.verifier.ordering
        self.shape = words.verifier.shape
        self.share_asked = words.verifier.share_asked
        self.prose_sources = words.sources.prose
        self.table_sources = words.sources.table
        self.source_phrases = sorted({*self.prose_sources, *self.table_sources}, key=len, reverse=True)
        self.share_of_gdp_asked = words.asked_kinds.share_of_gdp
        self.dated_years = words.dated_years
        self.reason_asked = words.asked_kinds.reason
        self.judgement_asked = words.views.judgement
        self.opinion_asked = words.views.opinion
        self.yes_no_starts = words.verifier.yes_no_starts
        self.breakdown_asked = words.asked_kinds.breakdown
        self.reason_concept = words.verifier.reason_concept
        self._document_numbers: dict[str, frozenset[float]] = {}
        self._document_headings: dict[str, list[Heading]] = {}
        self.currency_names: dict[str, list[str]] = {}
        for name, code in cues().raw.currency_words.items():
            self.currency_names.setdefault(code, []).append(name)
        self.count_cues = words.asked_kinds.count
        self.date_cues = words.asked_kinds.date
        self.names = EntityCheck(self.document_words, self.neutral, self._evidence.__getitem__)
        zipf_frequency("defence", "en")  # load the word-frequency table now, not during the first question

    @functools.cached_property
    def corpus(self) -> frozenset[str]:
        """Every word of every fact: what the documents speak of at all."""
        return frozenset().union(*(self._evidence[fact] for fact in self.facts))

    def warm(self) -> None:
        """Work out every fact's words now, so no member's question pays for it."""
        _ = self.corpus

    def _fact_words(self, fact: Fact) -> frozenset[str]:
        return _forms(
            fact.citation.quote,
            fact.text or "",
            fact.subject,
            " ".join(fact.qualifiers),
            fact.currency or "",
            *_measure_parts(fact),
            fact.measure_text or "",
            fact.cited_source or "",  # 'according to SIPRI': the source a statement cites by its full name
            *self.currency_names.get(fact.currency or "", ()),  # 'in zloty' for an amount in PLN
        )

    def check(
        self, question: ParsedQuestion, answer: Answer, *, follow_up: bool = False, strict: bool = False
    ) -> Verdict:
        """`strict` for a statement found by its words alone: every content word must then be accounted for."""
        facts = answer.facts
        if not facts:
            return Verdict()
        missing = [
            *self.names.entities(question, facts, answer.uncovered),
            *self.names.people(question, facts),
            *self._years(question, facts),
            *self._dated_year(question, facts),
            *self._numbers(question, answer),
            *self._operands(question, answer),
            *self._calculation(question, answer),
            *_not_one_change(question, answer),
            *_one_end_of_a_range(answer),
            *self._quantity(question, answer),
            *self._kind_in_words(question, answer),
            *currency_unaccounted(question.currency, answer),
            *share_unaccounted(question.operations, answer, asked=question.has(*self.share_asked)),
            *first_year_unaccounted(question.operations, answer),
            *amount_unaccounted(question, answer),
            *place_unaccounted(question.operations, answer, one_subject=len(_ranked(question)) == 1),
            *self._per_person(question, facts),
            *extreme_unaccounted(question.extreme, [fact.citation.quote for fact in facts], facts),
            *self._extreme_of_a_whole(question, facts),
            *self._share_of_whole(question, answer),
            *self._source(question, facts),
            *self._words(question, facts, strict=strict or self._period_as_date(question, answer)),
            *self._substance(question, facts, follow_up=follow_up),
        ]
        return Verdict(tuple(missing))

    def _per_person(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """Only a question asking per person pays for reading the facts' own words."""
        if not question.has(*self.per_person):
            return []
        texts = (f"{fact.citation.quote} {fact.measure_text or ''}" for fact in facts)
        return per_person_unaccounted(True, {word for text in texts for word in normalise(text).split()})

    @functools.cached_property
    def _open_by_quote(self) -> dict[str, list[Fact]]:
        by_quote: dict[str, list[Fact]] = {}
        for fact in self.facts:
            if fact.measure_text:
                by_quote.setdefault(fact.citation.quote, []).append(fact)
        return by_quote

    def _items_included(self, fact: Fact) -> frozenset[str]:
        """Words a sentence names only as items its figure includes: in 'NATO's definition, which also includes
        items such as military pensions …, Dutch defence spending will reach EUR 27.9 billion', the pensions are
        a part of the figure, not what it measures."""
        quote = fact.citation.quote
        items = _items(self.items_included, quote)
        if not items:
            return frozenset()
        # the figure's own words keep theirs: '… includes 3.5% for core defence' is the 3.5%'s own clause
        return items - _forms(self.items_included.sub(" ", quote), fact.measure_text or "", *_measure_parts(fact))

    def _claimed_by_others(self, fact: Fact) -> frozenset[str]:
        """Words of a sentence that only the clauses of its other figures speak of: in '… 5% of GDP …, of which
        3.5% must go on core defence', 'core' is the 3.5%'s, never the 5%'s."""
        stated = self._open_by_quote.get(fact.citation.quote, [])
        own = fact if fact.measure_text else next((other for other in stated if other.value == fact.value), None)
        others = [other for other in stated if other.value != fact.value]
        if own is None or not others:
            return frozenset()
        claimed = frozenset().union(*(_clause_words(other) for other in others)) - _clause_words(own)
        # what every item of a list is a figure of ('Spain at 1.28% of GDP, Belgium at 1.30%') is shared
        return frozenset(
            word for word in claimed if word not in self.neutral and not lexicon.concepts([word]) & UNIT_CONCEPTS
        )

    def _heading_words(self, fact: Fact) -> frozenset[str]:
        """The words of the Markdown heading a statement stands under ('# The Hague Summit 2025: the new defence
        investment pledge'): what the section's statements are about."""
        span = fact.citation.span
        if span is None or fact.citation.cell is not None or fact.citation.document not in self.texts:
            return frozenset()
        if _names_own_subject(fact):
            return frozenset()  # a statement naming its subject stands on its own words
        return self._heading_before(fact.citation.document, span.start)

    @functools.lru_cache(maxsize=TEXT_CACHE)  # noqa: B019 - one verifier per engine, kept for its life
    def _heading_before(self, document: str, offset: int) -> frozenset[str]:
        """The section heading as extraction reads it: a Markdown heading or a plain-text heading line ('3. SAFE:
        EUR 150 BILLION IN LOANS')."""
        heading = heading_before(self._headings(document), offset)
        if heading is None:
            return frozenset()
        words = normalise(heading.text).split()
        return frozenset({*words, *(stem(word) for word in words)})

    def _headings(self, document: str) -> list[Heading]:
        found = self._document_headings.get(document)
        if found is None:
            prose = read_prose(self.texts[document], markdown=document.endswith(".md"))
            found = self._document_headings[document] = headings(prose)
        return found

    def _lead_in(self, fact: Fact) -> str:
        """The sentences of a prose fact's line before it: 'The 5% is split in two parts. … Up to 1.5% of GDP
        goes to …' — 'how much of the 5%' is asked of the paragraph's whole."""
        text = self.texts.get(fact.citation.document)
        span = fact.citation.span
        if text is None or span is None or fact.citation.cell is not None:
            return ""
        start = text.rfind("\n", 0, span.start)  # a line: wrapped paragraphs only give less context
        return text[max(0, start) : span.start]

    @staticmethod
    def _own_words(fact: Fact) -> str:
        """What a fact states of its own figure: its measure's label, or the statement's own words for it."""
        measure = MEASURES.get(fact.measure)
        return " ".join(filter(None, [measure.label if measure else "", fact.measure_text, fact.text]))

    def _years(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        covered: set[int] = set()
        for fact in facts:
            covered |= _years_of(fact)
        return [f"year {year}" for year in question.years if year not in covered]

    def _dated_year(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """'Poland's budget this year': the year its document was published (next year: the one after), so a
        figure a document dates otherwise ('next year', 2026, in a note of 2025) does not answer it."""
        if question.years:
            return []
        offset = next(
            (self.dated_years[p] for p in sorted(self.dated_years, key=len, reverse=True) if question.has(p)), None
        )
        if offset is None:
            return []
        for fact in facts:
            published = self.documents[fact.citation.document].published
            if fact.year is not None and published and fact.year != int(published[:4]) + offset:
                return [f"year {int(published[:4]) + offset}"]
        return []

    def _numbers(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        # what the facts state (their figures, their quotes) and the calculation: never a locator or a date line
        stated = set(answer.values) | set(answer.conditions) | numbers_in(answer.calculation or "")
        counted = question.has(*self.count_cues) and all(fact.unit in COUNTED_UNITS for fact in answer.facts)
        for fact in answer.facts:
            stated |= {v for v in (fact.value, fact.total) if v is not None}
            # 'how many met 2% in 2014?': a count's condition must be the count's own ('three of the then 28
            # members … met the guideline' counts members, not those at 2%), not any figure of its sentence
            stated |= _numbers_stated(self._own_words(fact) if counted else fact.citation.quote)
            stated |= numbers_in(fact.citation.column_label or "")  # a table cell's condition ('At or above 2%')
            stated |= _numbers_stated(self._lead_in(fact))
        if len({fact.subject for fact in answer.facts}) >= 2:
            return []  # a list or ranking: the numbers are its threshold or its length ('top 5', 'above 3%')
        asked = numbers_in(" ".join(w for w in self._focus(question) if _is_number(w)))
        # 'when will the 5% pledge be reviewed?': asking a date of a goal named by its number, the number is the
        # goal's name (stated in the answer's documents), not a figure the date must state
        dated = answer.facts and all(fact.unit is Unit.DATE for fact in answer.facts)
        documents = {fact.citation.document for fact in answer.facts}
        named = self._goals_named(question) & self._numbers_of_documents(documents) if dated else set()
        return [
            f"number {n.value:g}"
            for n in question.numbers
            if n.value in asked and not _stated(n.value, stated) and n.value not in named
        ]

    def _goals_named(self, question: ParsedQuestion) -> set[float]:
        """The numbers the question uses as a goal's name: followed by a goal noun ('the 5% pledge', 'the 2
        percent guideline')."""
        words = question.words
        named: set[float] = set()
        for index, word in enumerate(words):
            if _is_number(word) and domain.names_a_goal(words, index + 1):
                named |= numbers_in(word)
        return named

    def _numbers_of_documents(self, documents: set[str]) -> set[float]:
        found: set[float] = set()
        for document in documents:
            if document not in self._document_numbers:
                self._document_numbers[document] = frozenset(numbers_in(self.texts.get(document, "")))
            found |= self._document_numbers[document]
        return found

    def _operands(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        """A number the member typed is never an operand of a calculation unless a cited fact states it."""
        if not answer.calculation or "=" not in answer.calculation:
            return []
        cited = [v for fact in answer.facts for v in (fact.value, fact.total) if v is not None]
        operands = {n for expression in EXPRESSION.findall(answer.calculation) for n in numbers_in(expression)}
        typed = {number.value for number in question.numbers}
        return [f"operand {o:g}" for o in operands if o in typed and not any(_close(o, c) for c in cited)]

    def _calculation(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        """'combined', 'average', 'how many times': a calculation, or one fact about the whole group asked for."""
        asked = question.operations & ARITHMETIC
        if not asked:
            return []
        if answer.calculation:  # 'sum of Türkiye's spending 2022 through 2024' is not answered by its change
            operations = {op.value for op in question.operations}
            other = answer.operation is not None and answer.operation not in operations and not answer.yes_no
            return ["calculation: " + ", ".join(sorted(op.value for op in asked))] if other else []
        named = {*question.entities, *question.groups} - {lexicon.NATO_ALLIES}
        # a table cell states no ratio: 'the ratio of US to UK spending' needs two cells worked out
        cells_for_a_ratio = Operation.RATIO in asked and all(fact.citation.cell is not None for fact in answer.facts)
        answered_as_stated = (
            # 'total NATO spending': the alliance's own row, no sum to work out
            (len(named) < 2 and not question.groups and Operation.AVERAGE not in question.operations)
            # the group's own row: 'European Allies and Canada combined'
            or any(fact.subject in named & set(members_of_groups()) for fact in answer.facts)
            # a statement of them together: 'the United States, China … together spent $1,635 billion'
            or any(sum(name in fact.subject for name in named) >= 2 for fact in answer.facts)
        )
        if answered_as_stated and not cells_for_a_ratio:
            return []
        return ["calculation: " + ", ".join(sorted(op.value for op in question.operations & ARITHMETIC))]

    def _share_of_whole(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        """'what percentage of all NATO personnel were American': a share of the alliance's total, so a share of
        something else (the US's own spending on personnel) does not answer it."""
        wholes = {lexicon.NATO_ALLIES, lexicon.EUROPE_AND_CANADA} & set(question.entities)
        wholes -= {name for name in wholes if self._named_as_source(question, name)}  # 'according to NATO's estimates'
        parts = set(question.entities) - wholes
        if Operation.SHARE_OF_TOTAL not in question.operations or not wholes or not parts or answer.calculation:
            return []
        if question.has(*self.share_of_gdp_asked):
            return []  # 'what share of GDP did the US spend': a share of its economy, not of the alliance's total
        if question.source_kind is SourceKind.TABLE and any(fact.citation.cell is None for fact in answer.facts):
            return ["source: a share worked out from the tables"]  # not an article's rounded share beside a total
        wholes_share = [f for f in answer.facts if f.subject in wholes and f.unit is Unit.PERCENT]
        if wholes_share and not any(fact.subject in parts for fact in answer.facts):
            return ["quantity: the part's share"]  # 'Canada's share of the Europe+Canada total' is not theirs
        if any(fact.subject in wholes or self._evidence[fact] & WHOLE_WORDS for fact in answer.facts):
            return []
        return ["quantity: a share of the alliance's total"]

    def _kind_in_words(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        """'Why is there pressure on European capitals?' asks a reason, not '36%'; 'how is the 5% split?' asks
        the parts, not the 5% again."""
        if question.has(*self.reason_asked):
            return ["quantity: a reason"]
        if question.has(*self.breakdown_asked) and self._whole_again(question, answer):
            return ["quantity: the parts"]
        return []

    @staticmethod
    def _whole_again(question: ParsedQuestion, answer: Answer) -> bool:
        """The answer states only the figure whose parts are asked, or fewer than two figures; a rise or a multiple
        ('rises from 2 percent to 5 percent, or 2.5 times') is no part of anything."""
        named = {number.value for number in question.numbers}
        parts = {
            fact.value
            for fact in answer.facts
            if fact.value is not None and fact.value not in named
            if fact.measure_kind != "change" and fact.unit is not Unit.TIMES
        }
        return len(parts) < 2 and not answer.calculation

    @staticmethod
    def _named_as_source(question: ParsedQuestion, name: str) -> bool:
        """'According to NATO's estimates': the alliance named as whose figures, not as a whole to share."""
        mentions = lexicon.find_mentions(list(question.according_to), lexicon.entity_aliases())
        return any(mention.target == name for mention in mentions)

    def _quantity(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        """'by what %', 'what percentage of': a percentage is asked, so an amount alone does not answer it;
        'how many allies…': a count is asked, so a share alone does not."""
        form = self._form(question, answer)
        if form:
            return form
        counted = any(fact.unit in COUNTED_UNITS for fact in answer.facts) or answer.calculation
        if question.has(*self.count_cues) and not counted and len(answer.facts) < 2 and not question.currency:
            return ["quantity: a count"]  # 'how many allies spend 5%?' is not answered by '5%'
        if self._real_terms_unaccounted(question, answer.facts):
            return ["quantity: in real terms"]  # 'real change' answered in current prices is another figure
        return _percentage(question, answer)

    def _form(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        """A view, a yes or no, a year or a time asked: a figure alone does not answer them."""
        if self._asks_a_judgement(question):
            return ["quantity: a judgement"]  # 'is nato spending too much?': a figure is no view on it
        if question.yes_no and not answer.yes_no:
            return ["quantity: yes or no"]
        if question.asks_year and not _states_a_year(answer):
            return ["quantity: a year"]  # 'for which year?' is not answered by 'Thursday'
        timeless = all(map(_names_no_time, answer.facts)) and not _states_a_year(answer)
        # 'when' asks a time only as the question's first word ('where was he when the report came out' does not)
        asks_a_time = question.words[:1] == ("when",) or question.has(*(cue for cue in self.date_cues if cue != "when"))
        if asks_a_time and timeless:
            return ["quantity: a time"]  # 'when did Rutte take over?', 'what exact date did Trump first ask for 5%?'
        if _only_who_was_named(question, answer):
            return ["quantity: other than whom the question names"]  # 'what job did Rutte have before?' ≠ 'Rutte'
        return []

    def _asks_a_judgement(self, question: ParsedQuestion) -> bool:
        """'is nato spending too much?', 'do you think 5% is realistic?': a view asked, which no figure states."""
        asked_yes_no = bool(question.words) and question.words[0] in self.yes_no_starts
        return question.has(*self.opinion_asked) or (asked_yes_no and question.has(*self.judgement_asked))

    def check_sentence(self, question: ParsedQuestion, text: str, heading: str = "", document: str = "") -> Verdict:
        """A sentence answering in words: it names every entity and year asked, and accounts for every other
        content word of the question (its words, their concepts, its section heading, and its document when
        the question names its kind or its source)."""
        if names_anyone(text):
            heading = ""  # a sentence naming its own subject stands on its own words (as a statement does)
        said = f"{text} {heading}"
        words = normalise(said).split()
        evidence = {*words, *(stem(word) for word in words), *self._document_words(question, text, document)}
        concepts = lexicon.concepts(words) | lexicon.concepts(sorted(evidence))  # phrases in order, stems in a bag
        if PERCENT_FIGURE.search(text):
            concepts.add(SHARE_CONCEPT)  # '1.5% of GDP goes to …' states a share ('the 1.5% bucket')
        missing = [f"entity {name}" for name in question.entities if not _names_in(name, said, question.words)]
        if (
            question.extreme is not None
            and asked_extreme(normalise(text.replace("-", " ")).split()) is not question.extreme
        ):
            missing.append(f"quantity: the {question.extreme.value} end")  # a sentence ranking no one, or the other end
        missing += [f"year {year}" for year in question.years if str(year) not in text]
        missing += [f"person {person}" for person in question.people if not _speaks_of(person, words, question)]
        dated = question.has(*self.date_cues)
        if dated and not DATED.search(text):
            missing.append("quantity: a time")  # 'when …?' is answered by a sentence stating a year or a date
        names = PROPER_NAME.findall(text[1:])  # a name in the sentence: what 'which city', 'who' asks for
        phrased = _phrased_concepts(question.words, concepts)
        if question.has(*self.reason_asked) and self.reason_concept not in concepts:
            missing.append("quantity: a reason")  # a sentence saying no 'because', 'due to', 'in the wake of'
        # a date asked is that of the event the question names ('when will canada hit 2%'): its verb is asked too
        keep = self.ordering | self.shape if dated else self.ordering
        for word in self._open_words(self._focus(question), question, keep=keep):
            if (word in self.answer_types and names) or word in phrased:
                continue
            # a date is that of the very event asked: its own words, no kindred one ('expected' is no 'estimated')
            said_so = word in evidence or stem(word) in evidence if dated else self._accounted(word, evidence, concepts)
            if not said_so and not self._misspelt_scaffolding(word):
                missing.append(f"word {word}")
        return Verdict(tuple(missing))

    def _document_words(self, question: ParsedQuestion, text: str, document_id: str) -> frozenset[str]:
        """The document's title names what a sentence naming no country is about ('Each Ally submits an annual
        plan' in a note titled 'The Hague Summit …'), but not one naming its own ('the next summit will be held
        in Ankara, Türkiye' says nothing of The Hague); and the document itself when the question names it
        ('the article', 'according to the note')."""
        document = self.documents.get(document_id)
        if document is None:
            return frozenset()
        words = set() if _names_a_country(text) else set(_title_names_of(document.title, text))
        if question.source_kind is SourceKind.PROSE:
            words |= {word for phrase in self.prose_sources for word in phrase.split()}
        if question.according_to:
            words |= set(normalise(f"{document.title} {document.publisher or ''}").split())
        return frozenset(words)

    @staticmethod
    def _extreme_of_a_whole(question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """'Lowest defence/GDP ratio in the alliance in 2014?' asks for the end of a ranking of allies: the
        alliance's own figure is none of them."""
        if question.extreme is None:
            return []
        entities = lexicon.entities_by_name()
        groups = [f for f in facts if f.subject in entities and entities[f.subject].kind == EntityKind.GROUP]
        return [f"quantity: the {question.extreme.value} end"] if facts and len(groups) == len(facts) else []

    def _period_as_date(self, question: ParsedQuestion, answer: Answer) -> bool:
        """'When is it reviewed?' answered by the period of a figure (a target for 2035): every word must then say
        that the figure's period is what is asked — unless the question names the figure ('which year saw the
        19.4% rise?')."""
        if not question.has(*self.date_cues) or answer.calculation:
            return False
        if not all(_a_figure(fact) for fact in answer.facts):
            return False
        typed = {number.value for number in question.numbers}
        return not any(fact.value in typed for fact in answer.facts)

    def _real_terms_unaccounted(self, question: ParsedQuestion, facts: list[Fact]) -> bool:
        """Real terms asked and no fact in constant prices or a real change, nor one that speaks of the very words
        asked ('UK inflation in May' asks about inflation itself)."""
        asked = [phrase for phrase in self.real_terms if question.has(phrase)]
        if not asked:
            return False
        evidence = set().union(*(self._own_measure_words(fact) for fact in facts))
        return not (evidence & REAL_WORDS or any(set(phrase.split()) <= evidence for phrase in asked))

    def _own_measure_words(self, fact: Fact) -> frozenset[str]:
        """What a fact itself measures: a table cell by its measure and labels, not by the table's title, which
        names every measure of its table ('share of GDP and annual real change')."""
        if fact.citation.cell is None:
            return self._evidence[fact]
        return _forms(*_measure_parts(fact))

    def _source(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        missing = []
        if question.source_kind is SourceKind.TABLE and not any(_in_a_table(fact) for fact in facts):
            missing.append("source: the tables")
        if question.source_kind is SourceKind.PROSE and all(fact.citation.cell is not None for fact in facts):
            missing.append("source: an article")
        if question.according_to:
            known = set()
            for fact in facts:
                document = self.documents[fact.citation.document]
                known |= set(normalise(f"{document.title} {document.publisher or ''}").split())
                known |= self._evidence[fact]
                known |= self._kind_of_source(fact)  # 'according to the explainer': a document named by its kind
                if fact.estimate:
                    known |= ESTIMATE_WORDS  # 'according to the estimates': the tables' 2024e cells are estimates
            known |= self._roles_named(question, facts) | self._bodies_cited(question, facts)
            missing += [f"source {w}" for w in question.according_to if w not in known and stem(w) not in known]
        return missing

    def _bodies_cited(self, question: ParsedQuestion, facts: list[Fact]) -> set[str]:
        """'According to SIPRI': a body the facts' document cites by any of its names ('The Stockholm
        International Peace Research Institute reckons …')."""
        mentions = lexicon.find_mentions(list(question.according_to), entity_tables().folded)
        return {word for m in mentions if self.names.document_cites(m.target, facts) for word in m.alias.split()}

    def _kind_named(self, fact: Fact, phrases: frozenset[str]) -> frozenset[str]:
        """The words of the kinds of source named that the fact's document is: a kind another document names in
        its title ('the annual report' beside 'NATO annual report coverage: …') is that document, not this one."""
        kinds = self._kind_of_source(fact)
        own = self._title_words(fact.citation.document)
        words: set[str] = set()
        for phrase in phrases:
            said = set(phrase.split())
            titled_elsewhere = any(
                said <= self._title_words(other) for other in self.documents if other != fact.citation.document
            )
            if said <= kinds and (said <= own or not titled_elsewhere):
                words |= said
        return frozenset(words)

    @functools.cache  # noqa: B019 - one verifier per knowledge base, its documents fixed: kept for its life
    def _title_words(self, document_id: str) -> frozenset[str]:
        document = self.documents[document_id]
        return frozenset(normalise(f"{document.title} {document.publisher or ''}").split())

    def _kind_of_source(self, fact: Fact) -> frozenset[str]:
        """The words naming the kind of source a fact comes from ('the interview', 'that table'): a figure of
        an article's table is both."""
        phrases = [
            *(self.prose_sources if fact.citation.cell is None else ()),
            *(self.table_sources if _in_a_table(fact) else ()),
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

    def _words(self, question: ParsedQuestion, facts: list[Fact], *, strict: bool = False) -> list[str]:
        evidence: set[str] = set()
        # 'uk defence spending incl intelligence', 'stuff like infrastructure protection': the whole with its items
        asked_in = _items(self.items_asked, " ".join(question.words))
        named_sources = _this_source(question.words, self.source_phrases) if question.source_kind else frozenset()
        for fact in facts:
            # a statement found by its words alone must be about what was asked in its own clause: in 'Finland,
            # which shares a 1,340 km border with Russia, plans to lift spending to 3% of GDP', 3% is no length
            parts = frozenset() if asked_in else self._items_included(fact)
            evidence |= self._evidence[fact] - self._claimed_by_others(fact) - parts
            document = self.documents[fact.citation.document]
            if question.source_kind or question.according_to:  # "the annual report says…" names the document
                evidence |= set(normalise(f"{document.title} {document.publisher or ''}").split())
                evidence |= self._kind_named(fact, named_sources)
            else:  # 'the Hague pledge': the names in a document's title say what its statements are about
                evidence |= _title_names_of(document.title, fact.citation.quote)
            evidence |= self._heading_words(fact)
        concepts = lexicon.concepts(sorted(evidence))
        missing = []
        focus = self._focus(question)
        kinds = _measure_modifiers(focus, self.measure_nouns)
        open_words = [w for w in self._open_words(focus, question) if strict or w in kinds or is_specific(w)]
        amounts = any(fact.unit in AMOUNT_UNITS for fact in facts)
        # 'count of allies meeting 2%': the cue's own words are the count a count answers
        counted = any(fact.unit in COUNTED_UNITS for fact in facts) or len(facts) >= 2  # a count, or a list counted
        counting = question.has(*self.count_cues) and counted
        cue_words = {word for phrase in self.count_cues if question.has(phrase) for word in phrase.split()}
        missing += self._phrases_unaccounted(focus, evidence, concepts)
        for word in open_words:
            if counting and word in cue_words:
                continue
            if word in self.amount_words:
                if not amounts:
                    missing.append(f"word {word}")  # 'how big' asks for an amount, not a share
            elif not self._accounted(word, evidence, concepts) and not self._misspelt_scaffolding(word):
                missing.append(f"word {word}")
        return missing

    def _phrases_unaccounted(self, words: Sequence[str], evidence: set[str], concepts: set[str]) -> list[str]:
        """A phrase that names an idea ('hand in', 'send in') is asked even when its words are common ones: 'what
        does each ally have to hand in every year?' is not answered by a share of GDP."""
        missing = []
        for mention in lexicon.find_mentions(list(words), lexicon.synonym_aliases()):
            phrase = mention.alias.split()
            said = mention.target in concepts or set(phrase) <= evidence  # its idea, or its very words
            if len(phrase) < 2 or said or all(_neutral(w, self.neutral) for w in phrase):
                continue
            missing.append(f"word {mention.alias}")
        return missing

    def _focus(self, question: ParsedQuestion) -> tuple[str, ...]:
        """The words that ask. A long message tells a story around its question ('arguing with my uncle at
        dinner… so what share does the US pay?'), and a hostile one wraps it in instructions: the question is
        then the message's last clause that asks something."""
        if len(question.words) >= LONG_MESSAGE or self.instruction_cues & set(question.words):
            return _last_question_clause(question.words)
        return _past_hearsay(question)

    def _in_conversation(self, word: str) -> bool:
        """A word that carries a conversation on ('how many didn't', 'who wrote it'), not a bare 'and' or 'what'."""
        if len(word) < MIN_CONVERSATION_WORD or _is_number(word) or word in QUESTION_STARTS:
            return False
        return word in self.conversation or self._in_corpus(word)

    def _misspelt_scaffolding(self, word: str) -> bool:
        """'wich' for 'which', 'bellow' for 'below', 'dosent' for 'doesnt': a rare word one typo away from a word
        that asks nothing. A common word ('football') is what it says, never a typo."""
        if zipf_frequency(word, "en") >= TYPO_ZIPF or len(word) < MIN_TYPO_LENGTH:
            return False
        # one slip of the keys (a letter left out, added, changed or two swapped), never two: 'troop' is not 'top'
        return process.extractOne(word, self.scaffolding, scorer=OSA.distance, score_cutoff=1) is not None

    def _substance(self, question: ParsedQuestion, facts: list[Fact], *, follow_up: bool) -> list[str]:
        """A question must be about something the documents speak of, not only numbers ('what is 2+2',
        'which football is 22'); a follow-up carries the conversation on ('how many didn't?'), never noise."""
        if question.entities or question.groups or question.people or question.years:
            return []
        if question.maths:
            return ["substance: a sum to work out, not a question about the documents"]
        evidence = set().union(*(self._evidence[fact] for fact in facts))
        words = [w for w in question.content_words if not _is_number(w)]
        if any(is_specific(w) and (w in evidence or stem(w) in evidence) for w in words):
            return []  # a word that says what the facts are about, not only 'costs' or 'much'
        concepts = lexicon.concepts(sorted(evidence))
        open_words = self._open_words(question.words, question)
        foreign = [w for w in open_words if not self._accounted(w, evidence, concepts) and not self._in_corpus(w)]
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
        if distinctive and all(any(_close(n.value, v) for v in cited) for n in distinctive):
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

    def _in_corpus(self, word: str) -> bool:
        return any(form in self.corpus for form in (word, stem(word), stem(f"{word}s")))

    @staticmethod
    def _accounted(word: str, evidence: set[str], concepts: set[str]) -> bool:
        if word in evidence or stem(word) in evidence or lexicon.concepts([word]) & concepts:
            return True
        # a misspelling of a word the facts state, never of a little word ('hand' is no 'and')
        spelt = (said for said in evidence if said not in STOPWORDS)
        return process.extractOne(word, spelt, scorer=fuzz.ratio, score_cutoff=FUZZY_SAME_WORD) is not None

    def _open_words(
        self, words: Iterable[str], question: ParsedQuestion, keep: frozenset[str] = frozenset()
    ) -> list[str]:
        """The words that no entity, person, number or scaffolding explains (`keep`: scaffolding that still asks)."""
        neutral = self.neutral - keep
        return [
            word
            for word in words
            if word not in STOPWORDS or word in keep
            if not _neutral(word, neutral) and word not in question.entity_words
            if not _is_number(word) and len(word) > 1
        ]


def _items_after(cues: Sequence[str]) -> re.Pattern[str]:
    """The words after a cue opening a list of items, to the end of its clause."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, cues))})\b([^,;:()]*)", re.IGNORECASE)


def _items(pattern: re.Pattern[str], text: str) -> frozenset[str]:
    return _forms(" ".join(match.group(1) for match in pattern.finditer(text)))


def _this_source(words: Sequence[str], phrases: Sequence[str]) -> frozenset[str]:
    """The kinds of source a question names as the one at hand ('per the paper', 'in that table', 'the working
    paper's table'), not another body's ('the Secretary General's annual report'): the phrases."""
    named: set[str] = set()
    joined = f" {' '.join(words)} "
    for phrase in phrases:  # longest first: 'working paper' before 'the paper'
        for match in re.finditer(rf"(?<= )(?:(\S+) )?{re.escape(phrase)}(?= )", joined):
            before = match.group(1) or ""
            if before in THIS_SOURCE or phrase.split()[0] in THIS_SOURCE or any(before in p.split() for p in named):
                named.add(phrase)
    return frozenset(named)


def _in_a_table(fact: Fact) -> bool:
    """A spreadsheet's cell, or a row and column of a table in an article's text."""
    citation = fact.citation
    return citation.cell is not None or (citation.row_label is not None and citation.column_label is not None)


def _names_a_country(text: str) -> bool:
    tables = entity_tables()
    mentions = lexicon.find_mentions(normalise(text).split(), tables.folded)
    return any(tables.entries[m.target].kind is EntityKind.COUNTRY for m in mentions if m.target in tables.entries)


def _measure_parts(fact: Fact) -> list[str]:
    """What a fact measures: its measure's label and words, and a table cell's row and column labels (a cell's
    column says what it measures)."""
    measure = MEASURES.get(fact.measure)
    return [
        measure.label if measure else fact.measure.replace("_", " "),
        " ".join(measure.keywords) if measure else "",
        fact.citation.row_label or "",
        fact.citation.column_label or "",
    ]


def _forms(*texts: str) -> frozenset[str]:
    """The words of the texts and their stems."""
    words = normalise(" ".join(texts)).split()
    return frozenset({*words, *(stem(word) for word in words)})


def _phrased_concepts(words: Sequence[str], concepts: set[str]) -> frozenset[str]:
    """The words of the question's phrases naming a concept the evidence names too: 'hand in' is 'submit',
    though 'hand' alone names nothing."""
    mentions = lexicon.find_mentions(list(words), lexicon.synonym_aliases())
    return frozenset(w for m in mentions if m.target in concepts and " " in m.alias for w in m.alias.split())


def _ranked(question: ParsedQuestion) -> list[str]:
    """Whom a place is asked of: 'among allies' names the field, not a subject."""
    return [name for name in question.entities if name not in (lexicon.NATO_ALLIES, lexicon.EUROPE_AND_CANADA)]


def _not_one_change(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'In how many years was it above 2%' is a count of years and 'the average annual real change' a mean,
    whatever change their words also name: neither is answered by one change between two years."""
    if Operation.YEARS_COUNTED in question.operations and answer.operation != Operation.YEARS_COUNTED.value:
        return ["calculation: years counted"]
    if Operation.AVERAGE in question.operations and answer.operation == Operation.CHANGE.value:
        return ["calculation: average"]
    return []


def _one_end_of_a_range(answer: Answer) -> list[str]:
    """'Vilnius wants to spend between 5% and 6% of GDP': an answer stating one end misstates the sentence;
    it states both (the sentence itself, verbatim) or neither."""
    lead = answer.answer.split(" — *", 1)[0].replace("**", "")  # what the answer says before citing
    for fact in answer.facts:
        if fact.value is None or phrasing.escape(fact.citation.quote) in lead:
            continue  # the sentence itself, verbatim, states its range as it stands
        for match in BETWEEN.finditer(fact.citation.quote):
            ends = [float(end.replace(",", "")) for end in match.groups()]
            if any(_close(fact.value, end) for end in ends) and not all(
                any(_close(end, value) for value in answer.values) for end in ends
            ):
                return ["quantity: both ends of a range"]
    return []


def _neutral(word: str, neutral: frozenset[str]) -> bool:
    """A neutral word or its plural ('militaries' as 'military'): scaffolding either way."""
    if word in neutral:
        return True
    singular = f"{word[:-3]}y" if word.endswith("ies") else word.removesuffix("s")
    return singular != word and singular in neutral


def _speaks_of(person: str, words: list[str], question: ParsedQuestion) -> bool:
    """A sentence names the person asked about, by surname or by the office the question named them by."""
    if normalise(person).split()[-1] in words:
        return True
    offices = {mention.target for mention in lexicon.find_mentions(list(question.words), lexicon.role_aliases())}
    return any(mention.target in offices for mention in lexicon.find_mentions(words, lexicon.role_aliases()))


def _only_who_was_named(question: ParsedQuestion, answer: Answer) -> bool:
    """The answer's only content is a person the question itself names ('what job did Mark Rutte have before
    becoming secretary general?' answered 'Mark Rutte')."""
    named = {person for person in question.people if normalise(person).split()[-1] in question.words}  # by name
    texts = [fact.text for fact in answer.facts]
    return bool(texts) and all(text in named for text in texts) and not answer.calculation


def _names_no_time(fact: Fact) -> bool:
    """A fact of a known measure that never states a time (who holds an office, a share, an amount)."""
    measure = MEASURES.get(fact.measure)
    return measure is not None and QuestionKind.TIME not in measure.kinds and fact.unit is not Unit.DATE


def _percentage(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'by what %', 'what percentage of': a percentage is asked, so an amount alone does not answer it."""
    percentages = _percentages_in(answer.calculation or "")
    if not question.asks_percentage or any(_stated(p, set(answer.values)) for p in percentages):
        return []  # a calculation whose result is a percentage the answer states
    if any(fact.unit in PERCENT_UNITS for fact in answer.facts):
        return []
    return ["quantity: a percentage"]


@functools.cache
def _title_names(title: str) -> frozenset[str]:
    """The proper names of a title ('The Hague Summit 2025 — …' gives hague, summit): capitalised words, not
    its verbs or common words ('Rutte urges a quantum leap' gives rutte)."""
    names = [word for word in re.findall(r"[\w'’-]+", title) if word[:1].isupper()]
    return frozenset(normalise(" ".join(names)).split()) - STOPWORDS


@functools.lru_cache(maxsize=16_384)  # on every check of every fact: a quote is read for it once
def _title_names_of(title: str, quote: str) -> frozenset[str]:
    """The title's names, unless the sentence puts another name where the title has one of them ('the Wales
    Summit' in a note titled 'The Hague Summit …' is about another summit)."""
    names = _title_names(title)
    words = re.findall(r"[\w'’-]+", quote)
    for previous, word in itertools.pairwise(words):
        other = previous[:1].isupper() and normalise(previous) not in names and normalise(previous) not in STOPWORDS
        if other and normalise(word) in names:
            return frozenset()
    return names


def _measure_modifiers(words: tuple[str, ...], nouns: frozenset[str]) -> set[str]:
    """'health spending', 'pension budget': the word before a measure noun says which spending is meant,
    however common the word is, so the answer's facts must account for it."""
    return {words[index - 1] for index, word in enumerate(words) if index and word in nouns}


@functools.cache
def _hearsay_verbs() -> frozenset[str]:
    return frozenset({*cues().raw.speech_verbs, *domain.question_words().verifier.hearsay})


def _past_hearsay(question: ParsedQuestion) -> tuple[str, ...]:
    """'my uncle says the US spent over 4% in 2014, true?': the claim, not who made it, is what is asked —
    unless the speaker is someone the documents may quote ('what did Rutte say')."""
    verbs = _hearsay_verbs()
    for index, word in enumerate(question.words):
        if word in verbs:
            before = question.words[:index]
            if index and not set(before) & question.entity_words and not QUESTION_STARTS & set(before):
                return question.words[index + 1 :]
            break
    return question.words


def _last_question_clause(words: tuple[str, ...]) -> tuple[str, ...]:
    starts = [index for index, word in enumerate(words) if word in QUESTION_STARTS]
    return words[starts[-1] :] if starts else words


def _counts_of_total(question: ParsedQuestion, fact: Fact) -> bool:
    values = [n.value for n in question.numbers]
    return fact.total is not None and fact.value in values and fact.total in values


def _is_number(word: str) -> bool:
    return NUMBER_WORD.fullmatch(word) is not None


def _years_of(fact: Fact) -> set[int]:
    """The years a fact speaks of: its quote's, and its period — unless the period was only guessed while the
    sentence names a later year ('promised 2.5% by 2027, … cutting aid from 0.5%' is not about 2024)."""
    years: set[int] = set()
    quoted = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", f"{fact.citation.quote} {fact.text or ''}")}
    period = fact.period or ""
    if fact.citation.cell is None and not fact.recognised and period.isdigit() and max(quoted, default=0) > int(period):
        period = ""  # guessed, and the sentence speaks of a later year; an earlier one is a comparison base
    if period.isdigit():
        years.add(int(period))
    span = SPAN.match(period)
    if span:
        years |= set(range(int(span.group(1)), int(span.group(2)) + 1))
    years |= quoted
    if fact.value is not None and fact.value.is_integer() and YEAR_MIN <= fact.value <= YEAR_MAX:
        years.add(int(fact.value))
    return years
