"""Retrieval: which measures a question is about, and the facts that could answer it, scored, best first.

`measure_score` weighs a measure's words, cues and kinds against the question; `Retriever.candidates`
scores each fact of the likeliest measures by how its subject, period, words and qualifiers fit; and
`Retriever.resolve` turns the candidates into the facts (or derived figure) an answer states.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from knowledge import domain, lexicon, phrasing
from knowledge.ask.exclusions import others_named
from knowledge.ask.goal_parts import whole_of_the_parts_named
from knowledge.ask.index import QUANTITY_STEMS, FactIndex
from knowledge.ask.intent import (
    FOLLOW_UP_START,
    MEMBER_WORDS,
    SPLIT_WORDS,
    a_change_in_real_terms,
    asks_fraction_of_members,
    names_the_whole,
    question_head,
    question_kinds,
)
from knowledge.ask.quantities import (
    BARE_DOLLAR,
    PERCENT_WORDS,
    asked_currency,
    asks_the_economy_alone,
    currencies_asked,
)
from knowledge.ask.quotes import QuoteFinder
from knowledge.ask.types import ANSWER_SCORE, Candidate, Derived, Resolution
from knowledge.ask.verify_evidence import TEXT_CACHE
from knowledge.ask.verify_ruled_out import refused_words
from knowledge.cues import cues
from knowledge.derive import derive
from knowledge.lexicon import NATO_ALLIES, normalise
from knowledge.measures import (
    MEASURES,
    SHARED_WORDS,
    TABLE_MEASURE_KEYS,
    FigureUnit,
    Measure,
    MeasureRole,
    QuestionKind,
    measure_in_role,
    measures_where,
    office_measures,
)
from knowledge.models import Fact, Unit
from knowledge.question import STOPWORDS, Question, stem, years_counted_back, years_naming_an_event

MONEY_WORDS = SHARED_WORDS["money"]
MONEY_MEASURES = measures_where(lambda measure: measure.unit is FigureUnit.MONEY)
GOAL = measure_in_role(MeasureRole.GOAL)
# The goal and its parts: shares of GDP agreed, not spent.
GDP_MEASURES = frozenset({GOAL}) | measures_where(lambda measure: measure.parts_of == GOAL)
MEMBERS_MEETING_GOAL = measure_in_role(MeasureRole.MEMBERS_MEETING_GOAL)
MEMBERSHIP = measure_in_role(MeasureRole.MEMBERSHIP)
OFFICE_HOLDERS = frozenset(office_measures().values())
# Who pays what: a ratio of the shares equals the ratio of the amounts, so the sources can be compared.
SPENDING_SPLIT = frozenset({measure_in_role(MeasureRole.ALLIANCE_SHARE), domain.question_words().amount_measure})
PRICE_BASE_YEAR = 2015
LARGE_POOL = 400
ECONOMY_ASKED = 0.5  # a tie broken: of the measures naming GDP, the economy itself when nothing else is asked
CONTEXT_MEASURE_SCORE = 2.5  # a follow-up's borrowed measure: above a guess, below a measure it names
LARGE_SUBJECT_POOL = 40
PER_PERSON_EVIDENCE = domain.question_words().verifier.per_person_evidence


@functools.cache
def required_forms(key: str) -> frozenset[str]:
    """A measure's required words and their stems: 'troop' asks about troops as 'troops' does."""
    required = MEASURES[key].required
    return required | {stem(word) for word in required}


def asks_per_person(question: Question) -> bool:
    return question.has(*domain.question_words().verifier.per_person)


def question_forms(question: Question) -> set[str]:
    """The question's words and their stems, as measures are matched against them."""
    # 'the other two Baltic states': the allies beside those left out, not NATO's 'other' spending column
    beside = others_named(question.words) | _adding_up_said(question.words)
    kept = [word for at, word in enumerate(question.words) if at not in beside]
    words = set(kept) | {stem(word) for word in kept}
    if PRICE_BASE_YEAR in question.years:
        words.discard(str(PRICE_BASE_YEAR))  # "from 2015 to 2023" is a year, not constant 2015 prices
    if QuestionKind.CHANGE in question_kinds(question):
        words -= PERCENT_WORDS  # 'personnel percentage increase': the percent is the change's, not a share's
    # 'what Ottawa spent … Not the per cent of GDP, the actual dollar amount.': what is ruled out names no measure
    ruled = refused_words(question.text, question.words)
    words -= ruled | {stem(word) for word in ruled}
    currency = asked_currency(question.words)
    if currency and currency != BARE_DOLLAR:
        words.add(currency.casefold())  # 'in canadian dollars' names the currency as its code 'cad' does
    return words


def _adding_up_said(words: list[str]) -> frozenset[int]:
    """'Add up the 2024 defence expenditure of …': the places of a phrase of several words asking for a sum, which names
    no measure ('up' is no rise asked)."""
    mentions = lexicon.find_mentions(list(words), _sum_phrases())
    return frozenset(at for mention in mentions for at in range(mention.start, mention.end))


@functools.cache
def _sum_phrases() -> dict[tuple[str, ...], str]:
    """The sum's phrases of several words, as an alias table for the shared matcher."""
    return {tuple(phrase.split()): phrase for phrase in domain.question_words().operations.sum if " " in phrase}


@dataclass(frozen=True)
class Asked:
    """What every measure is scored against, worked out once per question, not once per measure."""

    question: Question
    kinds: set[QuestionKind]
    forms: set[str]  # `question_forms(question)`
    word_set: set[str]
    head: set[str]  # the words right after the question word, members' words aside
    joined: str  # the words between spaces, to find a phrase in

    @classmethod
    def of(cls, question: Question, kinds: set[QuestionKind], forms: set[str] | None = None) -> Asked:
        return cls(
            question=question,
            kinds=kinds,
            forms=question_forms(question) if forms is None else forms,
            word_set=question.word_set,
            head=question_head(question) - MEMBER_WORDS,
            joined=f" {' '.join(question.words)} ",
        )

    def has(self, *phrases: str) -> bool:
        return any(f" {phrase} " in self.joined for phrase in phrases)

    @functools.cached_property
    def year_asked_alone(self) -> frozenset[str]:
        """'did germany spend more than france in 2014?': the one year named, with no word spanning years, is the
        year asked, never the start of a span a measure is over ('real change since 2014')."""
        years = set(self.question.years)
        if len(years) != 1 or self.word_set & _span_words():
            return frozenset()
        return frozenset(str(year) for year in years)

    @functools.cached_property
    def names_one_real_change(self) -> bool:
        """'Norway real change 2023, 2015 prices': a change in real terms named, of one year."""
        named = self.has(*_real_change_named()) or a_change_in_real_terms(self.has)
        return len(set(self.question.years)) < 2 and named


def measure_score(
    measure: Measure, question: Question, kinds: set[QuestionKind], words: set[str] | None = None
) -> float:
    """`words`: `question_forms(question)`, when the caller scores many measures against one question."""
    return _measure_score(measure, Asked.of(question, kinds, words))


def _measure_score(measure: Measure, asked: Asked) -> float:
    words, kinds = asked.forms, asked.kinds
    if QuestionKind.CHANGE not in measure.kinds and asked.names_one_real_change:
        # 'Norway's real change in 2023, based on 2015 prices': the prices are the change's basis, no level's
        words = words - _price_basis_words()
    required_named = words & required_forms(measure.key)
    if measure.required and not required_named - asked.year_asked_alone and not _counted_by(measure, words, kinds):
        return 0.0
    score = float(len(words & measure.keywords))
    score = _source_adjustment(score, measure, asked)
    score += sum(1.0 for cues in measure.cue_sets if cues <= asked.question.concepts)
    score = _membership_adjustment(score, measure, asked)
    score += 0.5 * len(asked.head & measure.keywords)
    if _names_the_label(measure, asked):
        score += 2.0  # 'military personnel percentage increase': the measure named by its own name
    if measure.key in GDP_MEASURES and "gdp" in asked.head:
        score += 1.0
    if measure.key in GDP_MEASURES and asked.has("of gdp", "% of gdp", "percent of gdp", "share of gdp"):
        score += 1.5
    if _at_a_basis_unasked(measure, words):
        score -= 0.5  # 'turkiye's spending in lira': at current prices, as the tables head them, unless asked
    return _kind_adjustment(score, measure, asked.question, kinds)


def _at_a_basis_unasked(measure: Measure, words: set[str]) -> bool:
    """An amount at constant prices, when the question names no constant basis: of two amounts tied on every other
    word ('in lira' names both of a currency), the current-price one is the figure asked."""
    constant = _constant_basis_words()
    return QuestionKind.AMOUNT in measure.kinds and bool(measure.keywords & constant) and not words & constant


@functools.cache
def _constant_basis_words() -> frozenset[str]:
    """The basis words that name constant prices ('constant', '2015', 'real'), not prices as such."""
    return _price_basis_words() - domain.question_words().quantities.price_nouns


def _counted_by(measure: Measure, words: set[str], kinds: set[QuestionKind]) -> bool:
    """'how many ppl in turkey's military': a count asked names the measure by a looser word."""
    return QuestionKind.COUNT in kinds and bool(words & measure.required_when_counted)


@functools.cache
def _real_change_named() -> tuple[str, ...]:
    return domain.question_words().quantities.real_change


@functools.cache
def _span_words() -> frozenset[str]:
    return domain.question_words().table_questions.span_words


@functools.cache
def _price_basis_words() -> frozenset[str]:
    return domain.question_words().quantities.real_change_basis


def _names_the_label(measure: Measure, asked: Asked) -> bool:
    """A table measure named by its label ('military personnel'), which no other measure of the tables shares."""
    if measure.key not in TABLE_MEASURE_KEYS:
        return False
    label = _label_words(measure.label)
    return label.count(" ") >= 1 and f" {label} " in asked.joined


@functools.cache
def _label_words(label: str) -> str:
    return " ".join(normalise(label).split())


def _source_adjustment(score: float, measure: Measure, asked: Asked) -> float:
    """Table measures against statements of people's views, amounts against money words."""
    question = asked.question
    if measure.required and measure.key in TABLE_MEASURE_KEYS:
        score += 2.0  # a table measure's own word ("equipment", "zloty", "troops") outweighs general spending words
    if measure.key in TABLE_MEASURE_KEYS and question.people:
        score -= 1.5  # a table states no one's view: "what % of GDP did Trump want" is about his words
    if measure.key in MONEY_MEASURES and asked.word_set & MONEY_WORDS:
        score += 1.0
    if measure.key in TABLE_MEASURE_KEYS and "target" in question.concepts and "gdp" not in question.concepts:
        score -= 1.5  # "nato's spending target" is the agreed target, not what the tables say was spent
    return score


def _membership_adjustment(score: float, measure: Measure, asked: Asked) -> float:
    """Counting members against a threshold, a share that is not an amount, the size of the alliance."""
    question, kinds = asked.question, asked.kinds
    if measure.key == MEMBERS_MEETING_GOAL and asked.word_set & MEMBER_WORDS:
        # counting members against a threshold: "how many allies were at 2%", "2% target members"
        score += 1.0 if QuestionKind.COUNT in kinds or question.concepts & {"target", "meet", "miss"} else 0.0
        score += 1.0 if any(percent for _, percent in question.numbers) else 0.0
    if measure.key in MONEY_MEASURES and (QuestionKind.SHARE in kinds or asked.has("how much of")):
        score -= 2.0  # "how much of the alliance's budget" asks a share, not an amount
    if measure.key == MEMBERS_MEETING_GOAL and asks_fraction_of_members(question):
        score += 2.0
    if measure.key == MEMBERSHIP and (question.concepts & {"target", "meet", "miss"} or question.numbers):
        score -= 2.0  # members meeting a target, not the size of the alliance
    return score


def _kind_adjustment(score: float, measure: Measure, question: Question, kinds: set[QuestionKind]) -> float:
    """The kind of answer asked for (a count, a person…) against the kinds the measure gives."""
    if QuestionKind.COUNT in kinds and QuestionKind.COUNT not in measure.kinds:
        score -= 2.0
    elif QuestionKind.AMOUNT in kinds and measure.kinds == {QuestionKind.COUNT}:
        score -= 2.0  # 'how much did all allies spend?' asks money, never how many allies met a line
    elif kinds & measure.kinds and not _an_amount_of_a_share(kinds, measure):
        score += 1.5
    elif kinds & {QuestionKind.PERSON, QuestionKind.PLACE} and not (measure.numeric and question.numbers):
        score -= 1.5
    elif kinds & {QuestionKind.COUNT, QuestionKind.SHARE} and not measure.numeric:
        score -= 2.0
    elif QuestionKind.TIME in kinds and not measure.numeric:
        score -= 3.0  # "when did he take office?" is not answered by who holds the office
    return score


def _an_amount_of_a_share(kinds: set[QuestionKind], measure: Measure) -> bool:
    """'what did all NATO members spend together?' asks an amount: a share of the total (which also answers 'how
    much of the spending …') fits it by no kind of its own."""
    return kinds & measure.kinds == {QuestionKind.AMOUNT} and QuestionKind.SHARE in measure.kinds


def measure_scores(index: FactIndex, question: Question) -> dict[str, float]:
    """Each measure of the index that the question could be about, with its score (only those above 0)."""
    kinds = question_kinds(question)
    asked = Asked.of(question, kinds)
    per_person = asks_per_person(question)
    currency = asked_currency(question.words)
    scores: dict[str, float] = {}
    for key in index.by_measure:
        measure = MEASURES.get(key)
        if measure is None or (per_person and key in TABLE_MEASURE_KEYS and not measure.required & PER_PERSON_EVIDENCE):
            continue  # a table's total does not answer a figure per person (the verifier's rule, applied first)
        score = _measure_score(measure, asked) + _currency_fit(index, key, currency, kinds)
        if score > 0:
            scores[key] = score + _like_the_previous(measure, question)
    words = domain.question_words()
    if asks_the_economy_alone(question.words, percent_typed=any(p for _, p in question.numbers)):
        # 'Italy GDP 2024': the economy, before the headline share of it; 'Italy's output in constant 2015 dollars':
        # the economy at those prices, before spending at them
        for economy in (words.economy_measure, words.economy_measure_constant):
            if economy in scores:
                scores[economy] += ECONOMY_ASKED
    return _parts_before_wholes(scores, asked.forms)


def _like_the_previous(measure: Measure, question: Question) -> float:
    """'and personnel?' after the UK's equipment share: of two measures the follow-up's word fits, the one that
    answers what the previous answer's did (a share, not a headcount)."""
    previous = {fact.measure for fact in question.context_facts if fact.measure in MEASURES}
    return 0.5 if any(MEASURES[key].kinds == measure.kinds for key in previous) else 0.0


def _currency_fit(index: FactIndex, measure: str, currency: str | None, kinds: set[QuestionKind]) -> float:
    """An amount asked in a currency ('in canadian dollars', 'in current US$'): of the measures stating amounts, those
    in it come first (the verifier's rule, applied first). A measure of shares stays: an amount may be worked out
    from it ('poland's equipment spending in us dollars' is its equipment share of its spending)."""
    if currency is None or kinds & {QuestionKind.SHARE, QuestionKind.CHANGE}:
        return 0.0  # 'the UK's share of Europe's spending, current dollars': the currency is the share's basis
    stated = index.currencies_of(measure)
    if not stated:
        return 0.0
    return 1.5 if stated & currencies_asked(currency) else -1.5


def _parts_before_wholes(scores: dict[str, float], forms: set[str]) -> dict[str, float]:
    """'the minimum share of GDP for core defence': a word only a part's measure has ('core') asks for the part,
    so the whole it is a part of (the 5% target) does not outscore it."""
    for key in list(scores):
        whole = MEASURES[key].parts_of
        if whole is None or whole not in scores:
            continue
        own = MEASURES[key].keywords - MEASURES[whole].keywords
        if forms & own:
            scores[whole] = min(scores[whole], scores[key] - 0.5)
    return scores


def proposed_by_named_person(question: Question, fact: Fact) -> bool:
    """'the percent of GDP Trump wanted' is about his proposal, whichever country the question also names."""
    if not fact.qualifiers:
        return False  # most facts: no one proposed them
    proposers = [q.removeprefix("proposed by ") for q in fact.qualifiers if q.startswith("proposed by ")]
    return any(person in proposer for proposer in proposers for person in question.people)


def names_the_answer(question: Question, fact: Fact) -> bool:
    """'who was SG before Rutte?' names the holder, so asks about someone else."""
    if fact.unit is not Unit.TEXT or fact.measure not in OFFICE_HOLDERS:
        return False  # asked of every fact scored: the people named are read only for an office holder's
    named = set(question.people) - set(question.role_holders)
    return fact.text in named


def names_a_foreign_country(question: Question) -> bool:
    return any(lexicon.is_country(name) and not lexicon.is_ally(name) for name in question.entities)


def qualifier_fit(question: Question, fact: Fact) -> float:
    proposal = any(q.startswith("proposed by") for q in fact.qualifiers)
    proposer_named = proposal and any(
        normalise(q.removeprefix("proposed by")).split()[-1] in question.word_set
        for q in fact.qualifiers
        if q.startswith("proposed by")
    )
    asks_proposal = "proposal" in question.concepts or proposer_named
    score = 0.0
    if proposal:
        score += 1.0 if asks_proposal else -1.0
    if "replaced" in fact.qualifiers:
        score -= 0.5
    if not question.numbers:
        return score
    quoted_figures = _quoted_figures(fact.citation.quote)
    for value, _ in question.numbers:
        if fact.value is not None and abs(fact.value - value) < 0.01:
            score += 0.75
        elif phrasing.format_number(value) in quoted_figures:
            score += 0.5
    return score


@functools.lru_cache(maxsize=TEXT_CACHE)  # asked of every fact scored against a question naming a number
def _quoted_figures(quote: str) -> frozenset[str]:
    """The words of a quote, a percent sign off each: the figures it writes as they are written."""
    return frozenset(word.rstrip("%") for word in normalise(quote).split())


def companions(question: Question, candidates: list[Candidate]) -> list[Fact]:
    """The best fact, plus the others a split question ('US vs Europe') or a several-subject question wants."""
    best = candidates[0]
    chosen = [best.fact]
    wants_split = bool(question.word_set & SPLIT_WORDS) or len(question.entities) > 1
    for candidate in candidates[1:]:
        fact = candidate.fact
        same_measure = fact.measure == best.fact.measure
        if not same_measure or candidate.score < best.score - 2.5:
            continue
        new_subject = fact.subject != best.fact.subject and fact.subject not in {f.subject for f in chosen}
        if wants_split and _another_part(fact, chosen):
            chosen.append(fact)  # 'how is the 5% split?': every part the measure states for the same subject
            continue
        if (
            wants_split
            and new_subject
            and (fact.subject in question.entities or not question.entities or len(question.entities) == 1)
        ):
            chosen.append(fact)
    return chosen


def _another_part(fact: Fact, chosen: list[Fact]) -> bool:
    best = chosen[0]
    return (
        fact.subject == best.subject
        and fact.period == best.period
        and fact.citation.document == best.citation.document
        and all(fact.value != other.value for other in chosen)
    )


def _tables_named(question: Question) -> bool | None:
    """'… in real terms in 2024 per the NATO tables': only the tables' cells are candidates (a document's figure
    would be withheld by the verifier for naming another source, and nothing else tried)."""
    return True if question.has(*domain.question_words().sources.table) else None


class Retriever:
    """Scores the index's facts against a question (already given its follow-up context) and resolves it."""

    def __init__(self, index: FactIndex) -> None:
        self.index = index
        self.quotes = QuoteFinder(index, self.measure_scores)

    def measure_scores(self, question: Question) -> dict[str, float]:
        return measure_scores(self.index, question)

    def resolve(self, question: Question) -> Resolution:
        found = self._named_directly(question)
        if found is not None:
            return found
        candidates = self.candidates(question, from_tables=_tables_named(question))
        if not candidates:
            return Resolution([], 0.0)
        best = candidates[0]
        chosen = companions(question, candidates)
        derived = derive(question, chosen, candidates, self.index.by_measure)
        if derived is not None:
            other = self._derived_elsewhere(question, derived)
            return Resolution(derived.facts, best.score, derived=derived, other_source=other)
        return Resolution(chosen, best.score)

    def _named_directly(self, question: Question) -> Resolution | None:
        """What a question points at without scoring: the parts of a whole asked ('what's the 5% pledge split?' asks
        the 5%'s parts, not what states the 5%), a figure looked up, an unknown quantity, the rest of a whole."""
        parts = self._parts_asked(question) or whole_of_the_parts_named(self.index, question)
        if parts:
            return Resolution(parts, ANSWER_SCORE)
        quoted = self.quotes.quoted_figure(question)
        if quoted:
            return quoted
        if self.asks_about_unknown_quantity(question):
            return Resolution([], 0.0, note="quantity")
        rest = self._rest_asked(question)
        return Resolution(rest, ANSWER_SCORE) if rest else None

    def _parts_asked(self, question: Question) -> list[Fact]:
        """'How is the 5% split?': the figures stated as the parts of the whole named (the 3.5% and the 1.5% of
        the 5% target, same subject, deadline and document), when a breakdown is asked."""
        if not question.has(*domain.question_words().asked_kinds.breakdown):
            return []
        wholes_measures = {measure.parts_of for measure in MEASURES.values() if measure.parts_of}
        # the whole named by its figure, or the previous answer's ('… target agreed at the hague, and how is it split')
        named = {value for value, _ in question.numbers} or {
            f.value for f in question.context_facts if f.measure in wholes_measures and f.value is not None
        }
        goal = question.word_set & domain.question_words().verifier.goal_nouns
        if not named and (not goal or set(question.entities) - {NATO_ALLIES}):
            return []  # 'how is spending split between the US and Europe': the split between those named
        for key, measure in MEASURES.items():
            if measure.parts_of is None:
                continue
            wholes = [f for f in self.index.by_measure.get(measure.parts_of, []) if not named or f.value in named]
            for whole in sorted(wholes, key=lambda fact: fact.period or "", reverse=True):
                parts = [
                    fact
                    for fact in self.index.facts_in_period(key, whole.subject, whole.period or "")
                    if (fact.period, fact.citation.document) == (whole.period, whole.citation.document)
                ]
                if len(parts) >= 2:
                    return parts
        return []

    def _rest_asked(self, question: Question) -> list[Fact]:
        """'and the rest of it goes where?' after the 3.5% of the 5% target: the whole's other parts the same
        document states (same measure, subject and deadline)."""
        if not question.has(*domain.question_words().follow_ups.remainder):
            return []
        given = [
            fact
            for fact in question.context_facts
            if MEASURES.get(fact.measure, None) and MEASURES[fact.measure].parts_of
        ]
        if len(given) != 1:
            return []
        (part,) = given
        return [
            fact
            for fact in self.index.by_measure.get(part.measure, [])
            if (fact.subject, fact.period, fact.citation.document)
            == (part.subject, part.period, part.citation.document)
            and fact.value != part.value
        ]

    def _derived_elsewhere(self, question: Question, derived: Derived) -> Derived | None:
        """The same calculation from the other kind of source: the article's 64/36 beside the tables' dollars.
        Sources of different dates can disagree; both results are shown, never one silently."""
        if not {fact.measure for fact in derived.facts} <= SPENDING_SPLIT or not derived.headline.endswith("times"):
            return None  # only a ratio of the spending split means the same in shares as in dollars
        from_tables = derived.facts[0].citation.cell is not None
        others = [
            c
            for c in self.candidates(question, from_tables=not from_tables)
            if (c.fact.citation.cell is not None) != from_tables
        ]
        if not others:
            return None
        other = derive(question, companions(question, others), others, self.index.by_measure)
        if other is None:
            return None
        same_meaning = {fact.measure for fact in other.facts} <= SPENDING_SPLIT and other.headline.endswith("times")
        return other if same_meaning and abs(other.value - derived.value) >= 0.01 else None

    def asks_about_unknown_quantity(self, question: Question) -> bool:
        """'how many tanks' — a quantity the documents never mention must not borrow another figure."""
        index = self.index
        unknown = {word for word in question.words if stem(word) in QUANTITY_STEMS}
        if unknown and not all(
            stem(word) in index.corpus_words or stem(word) in index.measure_words for word in unknown
        ):
            return True
        words = question.words
        for position, word in enumerate(words[:-1]):
            if word == "many" and position > 0 and words[position - 1] == "how":
                # 'how many thousand people in uniform': a scale word counts in thousands, the noun after it is counted
                scales = cues().raw.scales
                counted = next(
                    (w for w in words[position + 1 :] if w not in STOPWORDS and not w.isdigit() and w not in scales),
                    None,
                )
                return counted is not None and counted not in index.countable
        return False

    def _scores_with_context(self, question: Question, from_tables: bool | None) -> dict[str, float]:
        """The measures to score facts of: the question's own, plus the previous answer's for a follow-up."""
        scores = self.measure_scores(question)
        if from_tables is not None:
            wanted = self.index.table_measures if from_tables else self.index.prose_measures
            scores = {key: score for key, score in scores.items() if key in wanted}
        own_best = max(scores.values(), default=0.0)
        counting = QuestionKind.COUNT in question_kinds(question)
        if question.measure_from_context:  # 'and in 2014?': the previous measure, whatever a year scores
            return {fact.measure: CONTEXT_MEASURE_SCORE for fact in question.context_facts}
        for fact in question.context_facts:
            if counting and fact.unit is not Unit.COUNT:
                continue  # "how many countries meet it?": "it" is the target, the answer a count
            if question.pronoun:
                scores[fact.measure] = max(scores.get(fact.measure, 0.0), own_best)
            elif own_best < 2:
                scores[fact.measure] = max(scores.get(fact.measure, 0.0), CONTEXT_MEASURE_SCORE)
        return scores

    def candidates(self, question: Question, *, from_tables: bool | None = None) -> list[Candidate]:
        """Facts that could answer, best first; `from_tables` keeps only table (True) or prose (False) facts."""
        scores = self._scores_with_context(question, from_tables)
        if not scores:
            return []
        named_countries = [e for e in question.entities if lexicon.is_country(e)] if question.entities else []
        content = {stem(word) for word in question.content_words}
        candidates: list[Candidate] = []
        # Without a named country, measures compete only among those with a fact that fits: the tables' share
        # of GDP has no row for "the allies", so it must not crowd out the spending target. With one, the best
        # measure stands, so Iceland's missing defence rows give "I don't know", not its GDP.
        best_measure = max(
            (
                score
                for key, score in scores.items()
                if named_countries or self._has_fitting_fact(key, question, named_countries)
            ),
            default=0.0,
        )
        for key, measure_score_ in scores.items():
            if measure_score_ < best_measure - 1.5:
                continue
            for fact in self._pool(key, question, named_countries):
                score = self._fact_score(question, fact, measure_score_, named_countries, content)
                if score is not None:
                    candidates.append(Candidate(fact, score))
        # Equal scores: the latest period first ("what does Poland spend?" means the latest year).
        candidates.sort(key=lambda c: (round(c.score, 6), c.fact.period or ""), reverse=True)
        return candidates

    def _fact_score(
        self, question: Question, fact: Fact, score: float, named_countries: list[str], content: set[str]
    ) -> float | None:
        """The measure's score plus how well the fact fits the question; None when it cannot answer."""
        subject_ok, subject_bonus = self._subject_fit(question, fact, named_countries)
        if not subject_ok or (names_the_answer(question, fact) and "who" in question.word_set):
            return None
        score += subject_bonus
        period_ok, period_bonus = self._period_fit(question, fact)
        if not period_ok:
            return None
        score += period_bonus
        score += sum(self.index.word_weight[word] for word in content.intersection(self.index.quote_words_of(fact)))
        score += qualifier_fit(question, fact)
        if fact in question.context_facts:
            # "that" points back at the previous answer, unless it asks for something else
            score += -0.3 if question.has("before that", "instead", "other") else 1.5 * question.pronoun
            if fact.unit is Unit.TEXT and question.text.lower().startswith(FOLLOW_UP_START):
                score -= 2.0  # "and what did he say…?" wants another statement, not the one just given
        return score

    def _has_fitting_fact(self, measure: str, question: Question, named_countries: list[str]) -> bool:
        if measure in self.index.prose_measures:
            pool = self._pool(measure, question, named_countries)
        else:  # a table row answers only a question naming its entity: look those rows up directly
            pool = [f for name in question.entities for f in self.index.by_measure_subject.get((measure, name), [])]
        return any(
            self._subject_fit(question, fact, named_countries)[0] and self._period_fit(question, fact)[0]
            for fact in pool
        )

    def _pool(self, measure: str, question: Question, named_countries: list[str]) -> list[Fact]:
        """The facts of a measure worth scoring, found through the indexes so large table corpora stay fast:
        the named subjects' (or everyone's), for the years asked, else the latest per subject when there are many."""
        index = self.index
        subjects = [*question.entities, *question.people] if named_countries else None
        if question.years:
            periods = [str(year) for year in question.years] + ["current", ""]
            if years_naming_an_event(question.words):  # 'at the 2025 summit': its statements, of whatever year
                periods += sorted({period for (key, period) in index.by_measure_period if key == measure})
            if subjects is None:
                return [fact for period in periods for fact in index.by_measure_period.get((measure, period), [])]
            return [
                fact
                for subject in subjects
                for period in periods
                for fact in index.facts_in_period(measure, subject, period)
            ]
        if subjects is None:
            facts = index.by_measure.get(measure, [])
            return facts if len(facts) <= LARGE_POOL else index.latest_by_measure(measure)
        pool: list[Fact] = []
        for subject in subjects:
            facts = index.by_measure_subject.get((measure, subject), [])
            pool.extend(facts if len(facts) <= LARGE_SUBJECT_POOL else index.subject_periods.latest(measure, subject))
        return pool

    def _subject_fit(self, question: Question, fact: Fact, named_countries: list[str]) -> tuple[bool, float]:
        if fact.subject in question.people or (question.people and proposed_by_named_person(question, fact)):
            return True, 1.5
        if fact.subject in question.entities:
            return _named_subject_fit(question, fact)
        if fact.subject in self.index.people.values():
            return False, 0.0  # a person's statements answer only questions that name them
        if fact.citation.cell is not None or named_countries:
            # a table row answers only questions that name its entity
            return False, 0.0
        if fact.subject == NATO_ALLIES:
            return True, 0.0
        # "of alliance spending" names the whole, not a subject: any ally or group is within it.
        return not (set(question.entities) - {NATO_ALLIES}), -0.5

    def _period_fit(self, question: Question, fact: Fact) -> tuple[bool, float]:
        years = {str(year) for year in question.years}
        if not years:
            return self._dated_fit(question, fact), 0.0
        if fact.unit is Unit.TEXT and not fact.period:
            return True, 0.0
        periods = self.index.effective_periods(fact)
        if periods & years:
            return True, 1.0
        if fact.citation.cell is None and self._dated_as_the_event(question, fact):
            return True, 0.5  # 'allies pledged … at the 2025 summit': a goal its document of 2025 states for 2035
        return False, 0.0

    def _dated_as_the_event(self, question: Question, fact: Fact) -> bool:
        """The year naming a gathering ('the 2025 summit') is the year the fact's document is dated or titled by."""
        named = years_naming_an_event(question.words)
        if not named:
            return False
        document = self.index.documents[fact.citation.document]
        said = f"{document.published or ''} {document.title or ''}"
        return any(str(year) in said for year in named)

    def _dated_fit(self, question: Question, fact: Fact) -> bool:
        """'Germany's share of GDP a decade ago': a year counted back from the fact's own document's date (the
        tables of 2024 answer with 2014), as the verifier holds every answer to. 'Last year' is not looked up so:
        beside tables dated mid-year it may mean their latest year or the one before, and is left to the verifier."""
        offset = years_counted_back(tuple(question.words))
        published = self.index.documents[fact.citation.document].published or ""
        if offset is None or fact.year is None or not published[:4].isdigit():
            return True
        return fact.year == int(published[:4]) + offset


def _named_subject_fit(question: Question, fact: Fact) -> tuple[bool, float]:
    """A fact about an entity the question names fits, unless a table row is the wrong reading of it."""
    if fact.citation.cell is not None and names_a_foreign_country(question):
        return False, 0.0  # "the india-us trade pact": the tables know nothing of the other country
    if fact.citation.cell is not None and fact.subject == NATO_ALLIES and not _the_whole_asked(question):
        return False, 0.0  # "allies" means the members, not the "NATO Total" row
    return True, 1.5


def _the_whole_asked(question: Question) -> bool:
    """The whole alliance named ('NATO total'), or carried by a follow-up naming no one from the previous answer's
    'NATO Total' row ('and the real change?' after the alliance's spending)."""
    if names_the_whole(question) or _all_the_allies_spent(question):
        return True
    carried = NATO_ALLIES not in question.aliases
    return carried and any(f.subject == NATO_ALLIES and f.citation.cell is not None for f in question.context_facts)


def _all_the_allies_spent(question: Question) -> bool:
    """'how much did all allies spend in 2024?': money the allies spent, with no line or figure among them ('allies
    that met 2%'), is the sum over the members, which the tables' NATO Total row is."""
    kinds = question_kinds(question)
    named = NATO_ALLIES in question.aliases and not [name for name in question.entities if name != NATO_ALLIES]
    return named and QuestionKind.AMOUNT in kinds and QuestionKind.COUNT not in kinds and not question.numbers
