"""The fact index: a knowledge base's facts by measure, subject and period, with what the stages look up.

Built once per knowledge base and never changed afterwards (caches fill on first use: plain dictionaries,
the quotes' words one cleared all at once when full), so it is safe to share between threads like the
engine that owns it.
"""

from __future__ import annotations

from array import array
from collections import defaultdict

from knowledge import domain, lexicon, phrasing
from knowledge.ask.quantities import fact_currency
from knowledge.ask.quote_words import QuoteStems, Stems
from knowledge.ask.subject_periods import SubjectPeriods
from knowledge.cues import cues
from knowledge.derive import MISS_WORDS
from knowledge.lexicon import NATO_ALLIES, normalise
from knowledge.measures import (
    MEASURES,
    MeasureRole,
    StatementShape,
    measure_in_role,
    measures_where,
    office_measures,
    slot_measure_reading,
)
from knowledge.models import Document, Fact, KnowledgeBase, Unit
from knowledge.question import Question, Vocabulary, stem

PERSON_MEASURES = measures_where(lambda measure: measure.about_a_person)
OFFICE_HOLDERS = frozenset(office_measures().values())
RELEASED = slot_measure_reading(StatementShape.RELEASE)
MAX_TIMELINE = 6
QUOTE_WORDS_KEPT = 16_384  # quotes whose words the index keeps once worked out
# National currencies don't compare across allies: their US-dollar counterparts at the same prices do.
IN_US_DOLLARS = {key: measure.in_us_dollars for key, measure in MEASURES.items() if measure.in_us_dollars}
QUANTITIES = domain.question_words().quantities
# "how many times", "how many percentage points": words after "how many" that count what the documents give
COUNTABLE = QUANTITIES.countable | MISS_WORDS
QUANTITY_NOUNS = QUANTITIES.unknown_nouns
QUANTITY_STEMS = frozenset(stem(word) for word in QUANTITY_NOUNS)


def is_proposal(fact: Fact) -> bool:
    return any(qualifier.startswith("proposed by") for qualifier in fact.qualifiers)


def named_allies(question: Question) -> list[str]:
    """The allies (NATO member countries) a question names, in its order."""
    return [name for name in question.entities if lexicon.is_ally(name)]


def label_for(measure: str) -> str:
    return MEASURES[measure].label if measure in MEASURES else measure.replace("_", " ")


class FactIndex:
    """The answerable facts of one knowledge base, indexed for the question stages."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.documents: dict[str, Document] = {document.id: document for document in kb.documents}
        # Guard (issue 9): facts only the open fact model states have no measure this engine knows; they
        # wait for the question pipeline that retrieves facts by their own words.
        self.facts = [fact for fact in kb.facts if not fact.low_trust and not fact.open_only]
        self.by_measure: dict[str, list[Fact]] = defaultdict(list)
        self.by_measure_subject: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        self.by_measure_period: dict[tuple[str, str], list[Fact]] = defaultdict(list)
        self.by_value: dict[float, list[Fact]] = defaultdict(list)
        # each document's facts as runs of their places in `facts` (a document's facts stand together): a
        # summary's key figures looked up, at a few bytes a document, not a pointer a fact
        self._document_runs: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for position, fact in enumerate(self.facts):
            self._extend_run(fact.citation.document, position)
            self.by_measure[fact.measure].append(fact)
            self.by_measure_subject[(fact.measure, fact.subject)].append(fact)
            self.by_measure_period[(fact.measure, fact.period or "")].append(fact)
            if fact.value is not None:
                self.by_value[round(fact.value, 2)].append(fact)
                if fact.total is not None:
                    self.by_value[round(fact.total, 2)].append(fact)
        self.subject_periods = SubjectPeriods(self.by_measure_subject)
        self.people = self._people()
        # A quote's stemmed words are worked out again when a question scores its fact, and kept for a
        # bounded number of quotes: keeping them for every quote cost ~130 bytes a fact.
        self._stems = Stems()
        self._quote_words: dict[str, tuple[str, ...]] = {}
        self._positions_by_quote_word: dict[str, array[int]] | None = None
        self.word_weight, known = self._word_weights()
        # each document's words, worked out once: the typo fixer leaves them as typed, the verifier reads them
        self.document_words = {document: frozenset(normalise(text).split()) for document, text in kb.texts.items()}
        self.vocabulary = Vocabulary(
            known
            | {word for measure in MEASURES.values() for word in measure.keywords}
            | QUANTITY_NOUNS
            | {word for name in self.people.values() for word in normalise(name).split()},
            documented=_words_of_documents(kb, self.document_words),
        )
        self.corpus_words = set(self.word_weight)
        self.table_measures = {fact.measure for fact in self.facts if fact.citation.cell is not None}
        self.prose_measures = {fact.measure for fact in self.facts if fact.citation.cell is None}
        # the periods and units a document's sentences state figures in (the open facts too): where a document
        # may state beside the tables the figure they give
        self.prose_stated = frozenset((f.period, f.unit) for f in kb.facts if f.citation.cell is None)
        self.percent_measures = {f.measure for f in self.facts if f.unit in (Unit.PERCENT, Unit.PERCENT_OF_GDP)}
        self.span_measures = {fact.measure for fact in self.facts if fact.citation.cell and "-" in (fact.period or "")}
        # a measure's words and their stems: 'troop numbers' asks about troops
        self.measure_words = {
            form
            for key in self.by_measure
            if key in MEASURES
            for word in MEASURES[key].keywords
            for form in (word, stem(word))
        }
        # 'how many dollar', 'how many crowns': a currency counts an amount as a measure's words do
        currencies = {*cues().raw.currency_words, *cues().raw.shared_currency_words}
        self.countable = (
            COUNTABLE
            | currencies
            | set(lexicon.vocabulary())
            | {word for measure in MEASURES.values() for word in measure.keywords}
        )
        self._latest: dict[str, list[Fact]] = {}
        self._periods_of: dict[str, list[str]] = {}
        self._currencies: dict[str, frozenset[str]] = {}
        # The alliance-wide targets agreed over time (not proposals), oldest first, at most a few of them
        targets = (f for f in self.by_measure.get(measure_in_role(MeasureRole.GOAL), []) if f.subject == NATO_ALLIES)
        self.alliance_targets = sorted((f for f in targets if not is_proposal(f)), key=self.stated_on)[-MAX_TIMELINE:]

    def _extend_run(self, document: str, position: int) -> None:
        runs = self._document_runs[document]
        if runs and runs[-1][1] == position:
            runs[-1] = (runs[-1][0], position + 1)
        else:
            runs.append((position, position + 1))

    def facts_of_document(self, document: str) -> list[Fact]:
        """A document's facts, in the order of `facts`."""
        return [fact for start, end in self._document_runs.get(document, ()) for fact in self.facts[start:end]]

    def _people(self) -> dict[tuple[str, ...], str]:
        names = {fact.subject for fact in self.facts if fact.measure in PERSON_MEASURES}
        names |= {fact.text for fact in self.facts if fact.measure in OFFICE_HOLDERS and fact.text}
        table: dict[tuple[str, ...], str] = {}
        for name in names:
            words = normalise(name).split()
            table[tuple(words)] = name
            table.setdefault((words[-1],), name)
        return table

    def _word_weights(self) -> tuple[defaultdict[str, float], set[str]]:
        """Each stemmed word of the quotes by its weight, and every word of the quotes and the text facts.

        Words of few quotes say more about which statement is meant than words of many: a word of one quote
        (however many facts that quote gives) weighs 0.6, a word of more 0.25."""
        stems = QuoteStems(self._stems)
        quotes = dict.fromkeys(fact.citation.quote for fact in self.facts)
        weights: defaultdict[str, float] = defaultdict(float)
        for word, count in stems.quotes_having(quotes).items():
            weights[word] = 0.6 if count == 1 else 0.25
        known = stems.words
        for fact in self.facts:
            if fact.text:
                known.update(normalise(f"{fact.citation.quote} {fact.text}").split())
        return weights, known

    def facts_quoting(self, word: str) -> list[Fact]:
        """The facts whose quote has a stemmed word, in the knowledge base's order."""
        positions = self._quote_word_positions().get(word)
        return [self.facts[position] for position in positions] if positions else []

    def facts_quoting_count(self, word: str) -> int:
        """How many facts' quotes have a stemmed word."""
        positions = self._quote_word_positions().get(word)
        return len(positions) if positions else 0

    def _quote_word_positions(self) -> dict[str, array[int]]:
        """Each stemmed word of the quotes -> the positions in `facts` of the facts whose quote has it, built all at
        once when first needed (a quoted phrase asked) or by `warm`; positions, not the facts, at 4 bytes each."""
        pools = self._positions_by_quote_word
        if pools is None:
            pools = self._positions_by_quote_word = self._quote_word_pools()
        return pools

    def _quote_word_pools(self) -> dict[str, array[int]]:
        pools: dict[str, array[int]] = {}
        stems = QuoteStems(self._stems)
        quote, words = None, ()
        for position, fact in enumerate(self.facts):
            if fact.citation.quote != quote:  # a sentence's facts come together: its words are worked out once
                quote = fact.citation.quote
                words = stems.of(quote)
            for word in words:
                pool = pools.get(word)
                if pool is None:
                    pool = pools[word] = array("I")
                pool.append(position)
        return pools

    def warm(self) -> None:
        """Build now what is otherwise built when a question first needs it."""
        self._quote_word_positions()

    # ----- look-ups ---------------------------------------------------------------------------

    def quote_words_of(self, fact: Fact) -> tuple[str, ...]:
        """The stemmed words of a fact's quote, each once, in their order."""
        quote = fact.citation.quote
        words = self._quote_words.get(quote)
        if words is None:
            if len(self._quote_words) >= QUOTE_WORDS_KEPT:
                self._quote_words.clear()  # all at once: a plain dict stays safe to share between threads
            words = self._quote_words[quote] = self._stemmed(normalise(quote).split())
        return words

    def _stemmed(self, words: list[str]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(map(self._stems.__getitem__, words)))

    def facts_in_period(self, measure: str, subject: str, period: str) -> list[Fact]:
        """A subject's facts of a measure in one period ("" for none), in the knowledge base's order."""
        return self.subject_periods.in_period(measure, subject, period)

    def document_of(self, fact: Fact) -> Document:
        return self.documents[fact.citation.document]

    def latest_by_measure(self, measure: str) -> list[Fact]:
        cached = self._latest.get(measure)
        if cached is None:
            latest: dict[str, Fact] = {}
            for fact in self.by_measure.get(measure, []):
                current = latest.get(fact.subject)
                if current is None or (fact.period or "") > (current.period or ""):
                    latest[fact.subject] = fact
            cached = self._latest[measure] = list(latest.values())
        return cached

    def periods(self, measure: str) -> list[str]:
        """The periods a measure has figures for, sorted (computed once per measure)."""
        cached = self._periods_of.get(measure)
        if cached is None:
            cached = self._periods_of[measure] = sorted({f.period for f in self.by_measure[measure] if f.period})
        return cached

    def table_period(self, measure: str, years: list[int]) -> str:
        """The column asked for: the year named, the span holding the years named, else the latest."""
        periods = self.periods(measure)
        spans = [period for period in periods if "-" in period]
        if spans:
            wanted = {str(year) for year in years}
            return next((span for span in spans if wanted <= set(span.split("-"))), spans[-1])
        return str(years[0]) if years else periods[-1]

    def latest_row(self, measure: str, country: str, years: list[int]) -> Fact | None:
        """A country's row for the year asked, else its latest year."""
        rows = [f for f in self.by_measure_subject.get((measure, country), []) if f.citation.cell is not None]
        if years:
            return next((f for f in rows if f.period == str(years[0])), None)
        yearly = [f for f in rows if f.period and f.period.isdigit()]
        return max(yearly, key=lambda fact: fact.period or "", default=None)

    def table_row(self, measure: str, entity: str, year: int | None) -> Fact | None:
        return self.latest_row(measure, entity, [year] if year else [])

    def effective_periods(self, fact: Fact) -> set[str]:
        if fact.period != "current":
            return {fact.period} if fact.period else set()
        document = self.documents[fact.citation.document]
        return {document.default_period} if document.default_period else set()

    def currencies_of(self, measure: str) -> frozenset[str]:
        """The currencies a measure's amounts are stated in (codes; empty for a measure of no amounts)."""
        if measure not in self._currencies:
            facts = self.by_measure.get(measure, [])
            codes = {fact_currency(fact) for fact in facts if fact.unit is Unit.MONEY}
            self._currencies[measure] = frozenset(code or "" for code in codes)
        return self._currencies[measure]

    def stated_on(self, fact: Fact) -> str:
        """When a target held from: the year it was agreed for a replaced one, else its document's date."""
        if "replaced" in fact.qualifiers and fact.period and fact.period.isdigit():
            return fact.period
        return self.documents[fact.citation.document].published or fact.period or ""

    def canonical_question(self, fact: Fact) -> str:
        measure = MEASURES.get(fact.measure)
        template = measure.question if measure else "What is the {label} of {subject}{period}?"
        component = next((q.removeprefix("for ") for q in fact.qualifiers if q.startswith("for ")), "")
        if fact.measure == RELEASED and fact.qualifiers:  # what was released: 'the annual report'
            component = fact.qualifiers[0]
        proposer = next((q.removeprefix("proposed by ") for q in fact.qualifiers if q.startswith("proposed by ")), "")
        text = template.format(
            label=measure.label if measure else fact.measure.replace("_", " "),
            subject=phrasing.subject_phrase(fact.subject),
            period=phrasing.period_phrase(fact),
            target="2% of GDP",
            component=component,
        )
        if proposer and fact.measure == measure_in_role(MeasureRole.GOAL):
            text = f"What share of GDP did {proposer.split()[-1]} push allies to spend on defence?"
        return text[:1].upper() + text[1:100]


def _words_of_documents(kb: KnowledgeBase, document_words: dict[str, frozenset[str]]) -> frozenset[str]:
    """Every word of the documents' texts and titles: what a member copies from them is typed as it is."""
    titles = {word for document in kb.documents for word in normalise(document.title).split()}
    return frozenset(titles.union(*document_words.values()))
