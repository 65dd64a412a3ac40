"""Find a statement by its own words: the figures of documents no known measure describes.

A moderator's new article ("SIPRI put world military spending at $2,718 billion") yields open facts
whose measure is the sentence's own words. A question finds them by its subjects, its year, the kind
of figure it asks for (money, a share, a change, a date, a rank, a count) and the words it shares with
the statement, weighted by how rare they are among all statements. The answer leads with the verbatim
sentence, the figure in bold: it never restates the figure under words of its own.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from knowledge import domain, lexicon
from knowledge.aggregate import WH_WORDS
from knowledge.ask.parse import Operation, ParsedQuestion
from knowledge.ask.quantities import (
    NO_AMOUNT,
    SHARE_OF_TOTAL,
    Extreme,
    asks_a_change,
    asks_an_amount,
    asks_an_increment,
    changes_an_amount,
    counts_another_thing,
    in_currency,
    is_an_increment,
    over_several_years,
    spending_only_asked,
    stated_end,
)
from knowledge.ask.verify_evidence import names_in
from knowledge.ask.verify_lines import a_line_of_measures as _a_line_of_measures
from knowledge.ask.verify_numbers import goals_named, percentages_in
from knowledge.ask.verify_quantity import gdp_share_of_another_quantity
from knowledge.ask.verify_words import UNIT_CONCEPTS
from knowledge.ask.verify_years import is_fiscal_year, undated
from knowledge.cues import cues
from knowledge.domain import AskedKinds
from knowledge.entities import EntityKind, entity_tables
from knowledge.lexicon import normalise
from knowledge.measures import MEASURES, sets_a_goal
from knowledge.models import Fact, Unit
from knowledge.named_things import own_name_words
from knowledge.number_style import GROUPING_SPACES
from knowledge.open_claims import asks_a_claim, labelled_a_claim, labelled_a_verdict
from knowledge.prose_tables import year_alone
from knowledge.question import STOPWORDS, stem
from knowledge.words import numbers_in
from knowledge.year_parts import answers_part, asked_part, company_part, names_company_part, part_of

KIND_BONUS = 1.5
IDEA_WEIGHT = 1.0  # an idea the question and the statement each name, in words of their own
CONDITIONED_KINDS = frozenset({"date", "count"})  # figures whose own words state the condition asked
WEAK_KIND = "money"
RATIO_KIND = "other"  # the kind of a multiple comparing two entities' figures ('six and a half times what Moscow does')
COUNT_KIND = "count"
COUNTED_NOUN_REACH = 2  # words after a count's figure that name what it counts ('200,000 active soldiers')
DECISIVE_KINDS = ("count", "date", "rank")
TOTAL_WORDS = frozenset({"total", "overall", "altogether"})  # 'total for asia and oceania' asks its amount
AMOUNT_FIRST = 3.0  # how far an amount ranks before a share or change when only spending is asked
PART_LAST = 1.0  # how far a figure of the whole year ranks before a part's when the question names no part
# how far a date set as a deadline ranks before another date when 'by when' is asked (the verifier withholds any
# date that is no deadline: a day that shares the question's words elsewhere in its sentence must not win over it)
DEADLINE_FIRST = 3.0
BOUND_SIDES = ("over", "under", "above", "below")  # 'a little over', 'just below': the side a loose bound is on
GOAL_LAST = 3.0  # how far a figure reached ranks before a goal's when the question asks no goal
TARGET_CONCEPT = "target"  # the concept (concepts.toml) of the words naming a goal ('guideline', 'pledge')
EXPECTED_CONCEPT = "expected"  # … and of those naming a figure expected ('forecast', 'projected')
PERCENT_KINDS = frozenset({"share_of_gdp", "share_of_total", "change"})
PERCENTAGE = "percentage"  # asked kind (questions.toml asked_kinds): some percentage, of whatever it is
PERCENT_ENDS = frozenset({"%", "per", "cent", "percent", "percentage", "point", "points"})
MAX_DIFFERING = 2
MIN_TYPED_NAME = 4  # letters of a typed name a subject must match ('europe', not 'eu')
MAX_SIBLINGS = 3
SPAN_ENDS = 2  # years a question names the ends of a span by ("between 2014 and 2024")
MIN_LISTED = 3  # figures of as many allies make a list a document ranks
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
YEARS_SPANNED = re.compile(r"(?P<first>(?:19|20)\d\d)-(?P<last>(?:19|20)\d\d)")  # a fact's period over years
YEAR_ALONE = re.compile(r"(?:19|20)\d\d")
RANK_ASKED = frozenset({"which", "who", "whos"})  # who stands at an end is asked, not a figure of someone named
NOT_SPENT = frozenset({"target", "proposal", "minimum", "maximum", "deadline"})  # qualifiers of goals and plans
BOUNDS = frozenset({"minimum", "maximum"})  # of NOT_SPENT: a figure stated as a bound ('more than', 'up to')
MIN_SHARED = 1.0  # at least one uncommon word in common, beyond the subject
NAMED_AS_ASKED = 1.0  # how far a statement of whom (or by whom) the question names ranks before others
DAY_PRECISION = 0.5  # a date to its day before a year alone, when a time is asked
NEAR_WORDS = 4  # words apart at which nearness is halved
NEARNESS = 0.6  # at most this much for the figure nearest the question's words among its sentence's figures
FIGURE = re.compile(r"[$€£]?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|per cent\b|percent\b|(?:bn|billion|million|trillion)\b)?")
LIFETIME_CONCEPT = "lifetime"  # the concept (concepts.toml) of a figure over a programme's whole life
KIND_OF_UNIT = {Unit.DATE: "date", Unit.RANK: "rank", Unit.COUNT: "count"}


@dataclass(frozen=True)
class Found:
    fact: Fact
    score: float
    figure: str  # the figure as the sentence writes it ('$997 billion', '37%')


def _words(text: str) -> set[str]:
    return {stem(w) for w in normalise(text).split() if w not in STOPWORDS and not w[:1].isdigit()}


def asked_kinds(question: ParsedQuestion) -> set[str]:
    kinds = domain.question_words().asked_kinds
    asked = {kind for kind, phrases in _asked_kind_phrases() if question.has(*phrases)}
    if question.currency and "count" in asked:  # 'how many zlotys is Poland spending?' asks an amount
        asked = (asked - {"count"}) | {"money"}
    if "count" in asked and question.has(*(phrase for phrase in kinds.percentage if phrase.startswith("how many"))):
        asked -= {"count"}  # 'by how many percentage points did it change?': a percentage, no count
    if Operation.RATIO in question.operations and "count" in asked:  # 'how many times more than Russia …': a ratio
        asked = (asked - {"count"}) | {RATIO_KIND}
    if WEAK_KIND in asked and _gdp_only_of_a_typed_figure(question.words):
        asked -= {"share_of_gdp"}  # 'what would 3.5% of GDP be worth?': the 3.5% of GDP is the condition
    if {"share_of_gdp", "share_of_total"} <= asked and not _share_of_another_whole(question, kinds):
        asked -= {"share_of_total"}  # 'as a share of GDP': the whole it is a share of is GDP
    return asked


@functools.cache
def _asked_kind_phrases() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each asked kind (questions.toml asked_kinds) and its phrases, read out of the model once."""
    return tuple((kind, tuple(phrases)) for kind, phrases in domain.question_words().asked_kinds.model_dump().items())


def _share_of_another_whole(question: ParsedQuestion, kinds: AskedKinds) -> bool:
    """A share of a whole asked in words other than a share of GDP ('share of NATO spending'): the question with
    its shares of GDP taken out still asks a share of something."""
    joined = f" {' '.join(question.words)} "
    for phrase in sorted(kinds.share_of_gdp, key=len, reverse=True):
        if " of " in f" {phrase} ":
            joined = joined.replace(f" {phrase} ", " ")
    return any(f" {phrase} " in joined for phrase in kinds.share_of_total)


def _gdp_only_of_a_typed_figure(words: tuple[str, ...]) -> bool:
    """'what would 5% of GDP cost Canada', 'how much is one percentage point of GDP worth': every word of a share of
    GDP the question says is the economy a typed figure is a share of, not a share asked ('what % of GDP' asks one)."""
    shares = {phrase for phrase in domain.question_words().asked_kinds.share_of_gdp if " " not in phrase}
    at = [index for index, word in enumerate(words) if word in shares]
    return bool(at) and all(
        index >= 2 and words[index - 1] == "of" and _typed_percent(words, index - 2) for index in at
    )


def _priced_shares(question: ParsedQuestion, kinds: set[str]) -> set[float]:
    """The typed percentages of GDP an amount is asked for ('what would 5% of GDP cost Canada?' -> {5})."""
    if WEAK_KIND not in kinds or not _gdp_only_of_a_typed_figure(question.words):
        return set()
    return {number.value for number in question.numbers if number.percent}


def _prices_another_share(fact: Fact, priced: set[float]) -> bool:
    """A statement of other percentages than those asked an amount for ('core defence at 3.5% would equal roughly
    $154 billion' when 5% is asked)."""
    stated = set(percentages_in(fact.citation.quote))
    return bool(stated) and not stated & priced


def _typed_percent(words: tuple[str, ...], index: int) -> bool:
    """The word at `index` ends a percentage the member typed: '3.5%', '3.5 per cent', 'one percentage point'."""
    word = words[index]
    if word.endswith("%") and word[:1].isdigit():
        return True
    if word not in PERCENT_ENDS:
        return False
    before = index - 1
    while before >= 0 and words[before] in PERCENT_ENDS:  # 'per cent', 'percentage point'
        before -= 1
    return before >= 0 and (words[before][:1].isdigit() or words[before] in cues().numbers)


def question_subjects(question: ParsedQuestion) -> set[str]:
    return {*question.entities, *question.groups, *question.people}


class StatementFinder:
    def __init__(self, facts: Iterable[Fact], published: dict[str, int] | None = None) -> None:
        self.facts = [f for f in facts if f.citation.cell is None and f.value is not None and f.unit is not Unit.TEXT]
        self.unclaimed = [fact for fact in self.facts if not fact.is_claim]
        self.published = published or {}  # each document's year: 'this year' in a question is the document's
        # a figure of a part of a year says so in its heading ('### Second quarter 2025'): its part's words are its own
        self.words = {
            fact.id: _words(f"{fact.citation.quote} {fact.measure_text or ''} {part_of(fact) or ''}")
            for fact in self.facts
        }
        # the statement's own words for its figure ('23 of 32 allies … at least 2%') tell two figures of one
        # sentence apart
        self.measure_words = {fact.id: _words(fact.measure_text or "") for fact in self.facts}
        # what a sentence says its figures are not ('… it does not represent new money')
        self.negated = {fact.id: _negated_words(fact.citation.quote) for fact in self.facts}
        # the figures a sentence's own clause calls an increment ('The June announcement adds $9.3 billion')
        increments = set(domain.question_words().quantities.increment_words)
        self.increments = {fact.id for fact in self.facts if _words_of_text(fact.measure_text or "") & increments}
        # the figures a clause adds to one before ('On top of that … 24 billion from the special fund'), and those it
        # says are a whole ('all in all … 86 billion'): a whole asked is the one, never the other
        quantities = domain.question_words().quantities
        self.additions = {fact.id for fact in self.facts if _says_any(fact.measure_text, quantities.addition_openers)}
        openers = frozenset(" ".join(normalise(opener).split()) for opener in quantities.whole_openers)
        self.wholes = {
            fact.id
            for fact in self.facts
            if _says_any(fact.measure_text, quantities.wholes_stated) or _opens_with(fact.citation.quote, openers)
        }
        # the ideas a sentence names in words of its own ('heading for' is expected, 'leaders met' a summit)
        self.ideas = {fact.id: lexicon.concepts(normalise(fact.citation.quote).split()) for fact in self.facts}
        # the documents giving figures of parts of a year: their figures naming no part are the whole year's
        self.parted = {fact.citation.document for fact in self.facts if part_of(fact)}
        # the part of a company each figure is of ('The Ammunition segment …'), None for the company's own
        self.company_parts = {fact.id: company_part(fact) for fact in self.facts}
        self.by_quote: dict[str, list[Fact]] = {}
        for fact in self.facts:
            self.by_quote.setdefault(fact.citation.quote, []).append(fact)
        # how many lines of a document's table state a kind of figure for one subject and year: one line of
        # several ('Core defence budget', 'Special fund') is a part, a table's only such line the whole
        self.lines_of_a_kind = Counter(_line_key(fact) for fact in self.facts if _a_line_of_measures(fact))
        verifier = domain.question_words().verifier
        self.scaffolding = {stem(word) for word in verifier.scaffold}
        self.scaffolding_words = verifier.scaffold
        self.plain_words = verifier.scaffold | STOPWORDS  # words that name no idea of their own
        self.measure_nouns = verifier.measure_nouns
        self.written: dict[int, str] = {}  # each statement's figure as its sentence writes it, by the fact's identity
        counts = Counter(word for words in self.words.values() for word in words)
        total = max(1, len(self.facts))
        self.weight = {word: math.log(1 + total / count) for word, count in counts.items()}

    def find(self, question: ParsedQuestion, passed: frozenset[str] = frozenset()) -> Found | None:
        """The statement that fits the question best; a sentence naming no year at all is of its document's year
        ('Germany is expected to reach 2.12%', in a report of June 2024) when none names the year asked."""
        found = self._find(question, passed, undated_years=False)
        if found is not None or not question.years:
            return found
        return self._find(question, passed, undated_years=True)

    def _of_another_kind(self, fact: Fact, wanted: set[str], *, spending_only: bool, percentage: bool = False) -> bool:
        """A figure of another kind than the one asked; a share of a total when only spending is asked, unless its
        sentence states the amount beside it ('12.4% of total federal spending of EUR 502.5 billion'); a change in
        an amount's currency when a percentage is asked ('by what percentage does it fall?' is not 'falls by $3.6
        billion')."""
        if percentage and changes_an_amount(fact):
            return True
        if spending_only and fact.measure_kind == SHARE_OF_TOTAL:
            quoted = self.by_quote[fact.citation.quote]
            return not any(other.unit is Unit.MONEY and other.subject == fact.subject for other in quoted)
        return bool(wanted) and wanted != {WEAK_KIND} and _kind(fact) not in wanted

    def _find(self, question: ParsedQuestion, passed: frozenset[str], *, undated_years: bool) -> Found | None:
        """`passed`: the facts of statements the verifier turned down, so the next best is offered."""
        subjects = question_subjects(question)
        kinds = asked_kinds(question)
        # A date, rank, share, count or change asked for must be that kind of figure; 'spending' alone asks
        # for an amount only when nothing more precise is asked.
        # 'what was China's military spending?' is no part of the region's ('50% of …'): not a share of a total
        wanted, spending_only = _wanted(kinds), spending_only_asked(question)
        # 'did the Prime Minister say …': a role the question names counts as its words, though it stands for the ally
        asked = _words(" ".join(question.words)) - _words(" ".join(sorted(question.entity_words - _role_words())))
        typed = _typed(question)
        ideas = self._ideas_asked(question)
        priced = _priced_shares(question, kinds)
        deadline_asked = question.has(*domain.question_words().verifier.deadline_asked)
        day_asked = question.has(*domain.question_words().verifier.day_asked)
        goals = _goals_agreed(question, deadline_asked=deadline_asked)
        sized = {"count"} if set(question.words) & domain.question_words().verifier.amount_words else set()
        ranked: list[tuple[float, Found]] = []
        dated = question.dated_offset
        denied = not _says_not(question.words)  # a question asking without a negation shares no denied word
        # 'how much new money did Ottawa announce?' asks an increment: the amount its own clause says is added
        increment_asked = question.has(*domain.question_words().quantities.increment_asked)
        whole_asked = _whole_asked(question) and not increment_asked
        # 'how much did the world spend?' asks an amount, as the verifier reads it: a share or a rate is never offered
        # (with the goals' years and the part of a year asked: read of the question once, not of every statement)
        amount_asked, goal_years, no_part_asked = (
            asks_an_amount(question),
            years_naming_goals(question.words),
            asked_part(question.words) is None,
        )
        for fact in self._candidates(question):
            # 'total defence spending' is never the amount spent on top of another
            if (
                fact.id in passed
                or not self._of_what_is_asked(fact, subjects, question)
                or (whole_asked and fact.id in self.additions)
            ):
                continue
            if not self._of_the_years(
                fact, question.years, undated_years=undated_years, goal_years=goal_years
            ) or _cited_to_another_body(fact, subjects):
                continue
            if dated is not None and not self._in_dated_year(fact, dated):
                continue
            if self._of_another_kind(
                fact, wanted, spending_only=spending_only, percentage=question.asks_percentage
            ) or (amount_asked and fact.unit in NO_AMOUNT):
                continue
            if _kind(fact) in DECISIVE_KINDS and (
                _kind(fact) not in wanted | sized or counts_another_thing(question, fact)
            ):
                # a date, count or rank answers only 'when', 'how many' or 'what rank'; 'how many EU members …'
                # is not answered by 'spread over seven years'
                continue
            if goals is not None and _kind(fact) == "date" and not _dates_the_goal(fact, goals):
                continue
            if fact.value in typed and not fact.is_claim:
                continue  # 'when does Czechia reach 3%?': the 3% is the condition (a claim's is the claim asked)
            if priced and _prices_another_share(fact, priced):
                continue  # 'what would 5% of GDP cost?' is not '3.5% would equal roughly $154 billion'
            if question.currency and _kind(fact) == WEAK_KIND and not in_currency(question.currency, fact):
                continue  # 'in zloty': an amount in another currency is another figure
            said = self.words[fact.id] - self.negated[fact.id] if denied else self.words[fact.id]
            shared = sum(self.weight.get(word, 0.0) for word in asked & said)
            shared += IDEA_WEIGHT * len(ideas & self.ideas[fact.id] - self._literal_ideas(asked & said))
            if shared < MIN_SHARED and not subjects:
                continue
            stated_year = any(fact.period == str(year) for year in question.years) or _over_the_span_asked(
                fact, question.years
            )
            own_words = sum(self.weight.get(word, 0.0) for word in asked & self.measure_words[fact.id])
            # the kind asked, and the body asked ('according to NATO') if the statement cites it
            # … or a multiple compared with another the question names ('six and a half times what Moscow does')
            kind_fits = (
                (bool(wanted) and _kind(fact) in wanted)
                + (fact.cited_source in _bodies_named(question.according_to))
                + _compares_with_asked(fact, subjects)
            )
            # 'by when' asks a deadline; 'when does Sweden reach 3.5%?' the date whose clause states the 3.5%; 'how
            # many allies hit 2%?' the count whose clause states the 2% (not the membership it is counted of)
            deadline = (
                (deadline_asked and "deadline" in fact.qualifiers)
                or (_kind(fact) in CONDITIONED_KINDS and bool(typed & numbers_in(fact.measure_text or "")))
                or (day_asked and _kind(fact) == "date" and _with_day(fact))
                or (increment_asked and fact.id in self.increments)
                or (whole_asked and fact.id in self.wholes)
            ) + _set_as_deadline(fact, deadline_asked=deadline_asked)
            score = shared + own_words + KIND_BONUS * (kind_fits + deadline) + 0.5 * stated_year
            score += self._nearness(fact, asked) + DAY_PRECISION * _to_the_day(fact, wanted) + 0.1 * fact.recognised
            # 'us military spending 2024' asks the amount before any share of it (which still answers when alone)
            # 'sales for 2024': the year's figure before a quarter's
            rank = (
                score
                + _named_as_asked(fact, question)
                - AMOUNT_FIRST * (wanted == {WEAK_KIND} and self._no_amount_beside(fact))
                - PART_LAST * (no_part_asked and part_of(fact) is not None)
                - DEADLINE_FIRST * (deadline_asked and _kind(fact) == "date" and "deadline" not in fact.qualifiers)
            )
            ranked.append((rank, Found(fact, score, self._as_written(fact))))
        best = self._best(question, ranked, whole_asked=whole_asked)
        # 'greece and latvia defence spending': a question saying nothing beyond whom it is about and the scaffolding
        # every figure shares is answered by the subject's statement alone
        return best if best is not None and best.score >= self._needed(question, asked, best.fact, wanted) else None

    def _needed(self, question: ParsedQuestion, asked: set[str], best: Fact, wanted: set[str]) -> float:
        """The score a statement needs: none for one of whom a question names with nothing but scaffolding."""
        plain = self._keywords_only(question, asked, best, wanted) or self._size_only(asked)
        return 0.0 if question_subjects(question) and plain else MIN_SHARED

    def _best(self, question: ParsedQuestion, ranked: list[tuple[float, Found]], *, whole_asked: bool) -> Found | None:
        ranked = self._wholes_first(question, _over_years_first(question, ranked)) if whole_asked else ranked
        ranked = _one_year_first(question, ranked)
        return _reached_before_goals(ranked) if not _goal_asked(question) else _first_best(ranked)

    def _wholes_first(self, question: ParsedQuestion, ranked: list[tuple[float, Found]]) -> list[tuple[float, Found]]:
        """'What is Germany's total defence spending in 2025?': of the kind of figure asked (an amount, when asked;
        else the kind ranked best), a statement saying its figure is a whole ('So all in all we're at roughly 86
        billion euros') answers before its parts ('the regular defence budget … is about 62.4 billion euros')."""
        if not ranked:
            return ranked
        amount = asks_an_amount(question)
        kind = WEAK_KIND if amount else _kind(max(ranked, key=lambda item: item[0])[1].fact)
        wholes = [item for item in ranked if _kind(item[1].fact) == kind and item[1].fact.id in self.wholes]
        if not wholes:
            return ranked
        if amount:
            return wholes  # an amount asked is no share of anything, nor a part of the whole
        return [item for item in ranked if _kind(item[1].fact) != kind or item[1].fact.id in self.wholes]

    def _of_what_is_asked(self, fact: Fact, subjects: set[str], question: ParsedQuestion) -> bool:
        return self._of_subjects_asked(fact, subjects, question) and self._of_the_parts_asked(fact, question)

    def _of_the_parts_asked(self, fact: Fact, question: ParsedQuestion) -> bool:
        """'in the second quarter': neither the half-year's figure nor the year's; 'Brennmark's sales': never the
        Ammunition segment's, nor the corporate costs line's (a part of the company answers a question naming it)."""
        parted = fact.citation.document in self.parted
        if not answers_part(asked_part(question.words), part_of(fact), parted=parted):
            return False
        company = self.company_parts[fact.id]
        return company is None or names_company_part(question.words, company, STOPWORDS)

    def verdict_on(self, claim: Fact) -> Fact | None:
        """The verdict a document gives on a claim ('**Verdict: Misleading.** …'): a statement of the same document
        labelled as one, after the claim and before the document's next claim."""
        after = sorted(
            (fact for fact in self.facts if fact.citation.document == claim.citation.document and _after(fact, claim)),
            key=_start,
        )
        for fact in after:
            if labelled_a_verdict(fact.citation.quote):
                return fact
            if fact.citation.quote != claim.citation.quote and labelled_a_claim(fact.citation.quote):
                return None  # the next claim: the verdicts after it are on that one
        return None

    def _candidates(self, question: ParsedQuestion) -> list[Fact]:
        """The statements that may answer; a whole asked with no year ('how large is the fund in total?') is not one
        year's cell of a row of years."""
        facts = self._answering(question)
        if question.years or not set(question.words) & domain.question_words().intent.whole_words:
            return facts
        return [fact for fact in facts if not _one_year_of_a_row(fact)]

    def _answering(self, question: ParsedQuestion) -> list[Fact]:
        """The statements that may answer: a figure someone claimed is never the subject's own, and answers only a
        question asking what was claimed."""
        return self.facts if asks_a_claim(question.words) else self.unclaimed

    def _as_written(self, fact: Fact) -> str:
        """`figure_as_written`, worked out once per statement: every question ranks every statement."""
        written = self.written.get(id(fact))  # the finder's own facts, alive as long as it is
        if written is None:
            written = self.written[id(fact)] = figure_as_written(fact)
        return written

    def _ideas_asked(self, question: ParsedQuestion) -> set[str]:
        """The ideas the question's own words name ('expected', 'summit'), beyond those of every figure's unit (a
        share of GDP, spending, defence); an idea the statement's words name too counts as a word in common, even
        said otherwise."""
        entity_words = question.entity_words
        return {
            mention.target
            for mention in lexicon.find_mentions(list(question.words), lexicon.synonym_aliases())
            if any(word not in self.plain_words and word not in entity_words for word in mention.alias.split())
            and mention.target not in UNIT_CONCEPTS
        }

    @staticmethod
    def _literal_ideas(shared: set[str]) -> set[str]:
        """The ideas of the words a question and a statement share as they are: counted once, as words."""
        return lexicon.concepts(sorted(shared)) if shared else set()

    def _size_only(self, asked: set[str]) -> bool:
        """'How large are the SAFE loans?': a size asked of whom the question names, and nothing else."""
        size = {stem(word) for word in domain.question_words().verifier.amount_words}
        return bool(asked & size) and not asked - size - self.scaffolding

    def _no_amount_beside(self, fact: Fact) -> bool:
        """A share or a change whose sentence states no amount of its subject (one that does answers with it)."""
        if _kind(fact) not in PERCENT_KINDS:
            return False
        beside = self.by_quote[fact.citation.quote]
        return not any(other.subject == fact.subject and _kind(other) == WEAK_KIND for other in beside)

    def _nearness(self, fact: Fact, asked: set[str]) -> float:
        """In a sentence of several figures, the one the question's own words stand beside: in '… adds NOK 600
        billion over 12 years, as well as the Nansen support programme for Ukraine, worth NOK 85 billion this
        year', 'nansen programme value' asks the 85."""
        quote = fact.citation.quote
        if len(self.by_quote[quote]) < 2 or not fact.text or fact.text not in quote:
            return 0.0
        words = _sentence_words(quote)
        specific = [i for i, word in enumerate(words) if word in asked and self.weight.get(word, 0.0) > 0]
        if not specific:
            return 0.0
        at = len(normalise(quote[: quote.index(fact.text)]).split())
        distance = min(abs(i - at) for i in specific)
        return NEARNESS / (1 + distance / NEAR_WORDS)

    def _keywords_only(
        self,
        question: ParsedQuestion,
        asked: set[str],
        best: Fact | None = None,
        wanted: frozenset[str] | set[str] = frozenset(),
    ) -> bool:
        """'greece and latvia defence spending', 'latvia 2025?': names and a spending noun or a year, no question
        word, nothing else; 'what was India's military expenditure in 2024?' asks with a question word only what
        names and a spending noun ask, answered by a figure of the kind asked (never a goal for 'spending')."""
        words = set(question.words)
        asked_so = best is not None and bool(words & self.measure_nouns) and _kind(best) in (wanted or {WEAK_KIND})
        return (
            not (asked - self.scaffolding)
            and bool(words & (self.measure_nouns | TOTAL_WORDS) or question.years)
            and (not words & WH_WORDS or asked_so)
            and question.words[:1] != ("and",)
        )

    def ranked(self, question: ParsedQuestion) -> list[Found]:
        """'Which ally was at the bottom of the ranking in 2024, and with what share?': the end of a list a document
        states (figures of one kind and year for several allies), when the document itself says who stands there
        ('Spain, at 1.28%, ranks last among all allies'; a list headed 'Highest shares of GDP in 2024'). A figure
        the document does not say is at that end, or one another of its figures goes beyond, answers nothing."""
        field = {lexicon.NATO_ALLIES, lexicon.EUROPE_AND_CANADA}
        if question.extreme is None or question_subjects(question) - field or not set(question.words) & RANK_ASKED:
            return []
        ordinals = cues().raw.ordinals
        placed = any(word in ordinals or ORDINAL.fullmatch(word) for word in question.words)  # 'the fourth largest'
        if placed or question.has(*domain.question_words().verifier.several_asked):
            return []
        # a kind asked in so many words; else a level, as a share or an amount ('which ally spends the least?'):
        # a document ranking both ways leaves the end it says of each unsure, and answers nothing
        wanted = _wanted(asked_kinds(question) - {"rank"}) - set(DECISIVE_KINDS)
        wanted = wanted or (set(PERCENT_KINDS) - {"change"}) | {WEAK_KIND}
        lists: dict[tuple[str, str, str], list[Fact]] = {}
        for fact in self.facts:
            in_year = not question.years or self._in_year(fact, question.years)
            if _kind(fact) in wanted and _is_country(fact.subject) and fact.period and in_year and not fact.is_claim:
                lists.setdefault((fact.citation.document, _kind(fact), fact.period), []).append(fact)
        ends = []
        for facts in lists.values():
            if len({fact.subject for fact in facts}) < MIN_LISTED:
                continue
            pick = max if question.extreme is Extreme.GREATER else min
            end = pick(fact.value or 0.0 for fact in facts)
            at_end = [fact for fact in facts if fact.value == end]
            said = [fact for fact in at_end if stated_end(fact) is question.extreme]
            if len({fact.subject for fact in at_end}) == 1 and said:
                ends.append(Found(said[0], 1.0, figure_as_written(said[0])))
        return ends if len(ends) == 1 else []

    def find_all(self, question: ParsedQuestion, passed: frozenset[str] = frozenset()) -> list[Found]:
        """One statement per subject named ('Italy and Portugal'), or the best one; with the other figures its
        sentence states of the same subject ('13.5 trillion roubles … around 6.3% of GDP')."""
        ranked = [] if passed else self.ranked(question)
        if ranked:
            return ranked
        subjects = sorted(question_subjects(question))
        each = self._each_subject(question, subjects, passed) if len(subjects) >= 2 else None
        if each is not None:
            return each
        best = self.find(question, passed)
        if best is None:
            return []
        wanted = _wanted(asked_kinds(question))
        typed = _typed(question)
        dated = question.dated_offset
        same_subject = [
            fact
            for fact in self.by_quote[best.fact.citation.quote]
            if fact.subject == best.fact.subject
            and fact.id != best.fact.id
            and fact.is_claim == best.fact.is_claim
            and fact.value != best.fact.value
            and (not question.years or self._in_year(fact, question.years, undated_years=undated(best.fact)))
            and not _over_another_span(fact, best.fact, question.years)
            and (dated is None or self._in_dated_year(fact, dated))
            and (not subjects or self._of_subjects(fact, set(subjects)))  # of the programme asked, not its whole
        ]
        if _kind(best.fact) == "date":  # 'when does the UK reach 2.5%?': the date, and the figure it is the date of
            own = [fact for fact in same_subject if _kind(fact) != "date" and _in_clause(fact, best.fact)]
            return [best, *(Found(fact, best.score, figure_as_written(fact)) for fact in own[:MAX_SIBLINGS])]
        # the sentence's other figures of the subject ('rose 21% … to $55.3 billion'), dates apart, never the member's
        # own threshold ('… at least 2%'), nor an amount added beside the level asked ('2.5% of GDP …, which is an
        # additional £13.4 billion a year': the share asked, not the increment)
        increments = not asks_an_increment(question)
        siblings = [
            Found(fact, best.score, figure_as_written(fact))
            for fact in same_subject
            if fact.value not in typed
            and (_kind(fact) != "date" or "date" in wanted)
            and not (increments and is_an_increment(fact))
            and not _compared_with_another(fact, set(subjects))
        ]
        return [best, *siblings[:MAX_SIBLINGS]]

    def _each_subject(
        self, question: ParsedQuestion, subjects: list[str], passed: frozenset[str]
    ) -> list[Found] | None:
        """A statement for each subject named, one sentence for them all first; None: the best statement overall."""
        found = [self.find(replace(question, entities=(name,), groups=(), people=()), passed) for name in subjects]
        found = [item for item in found if item is not None]
        if len(found) == len(subjects):
            together = self._one_sentence(found, subjects) or self._joint(question, subjects, passed, found)
            if (
                not together
                and len({_kind(item.fact) for item in found}) > 1
                and _compares_countries(question, subjects)
            ):
                together = self._share_of_the_other(question, subjects, passed, found[0].score)
            return together or list({item.fact.id: item for item in found}.values())  # a joint one once
        countries = _countries(subjects)
        if len(countries) >= 2 and len(found) < len(countries) and _listed(question.words, set(countries)):
            return []  # 'Italy, Turkey and Romania': a statement for one of them does not answer for all
        return None

    def _share_of_the_other(
        self, question: ParsedQuestion, subjects: list[str], passed: frozenset[str], score: float
    ) -> list[Found]:
        """'How did Ukraine's spending compare with Russia's?', its best figures one's amount and the other's share of
        some total: the statement of one as a share of the other's ('equivalent to 43% of Russia's') compares them."""
        for fact in self.unclaimed:
            others = [name for name in subjects if name != fact.subject]
            if fact.id in passed or _kind(fact) != "share_of_total" or len(others) != len(subjects) - 1:
                continue
            if question.years and not self._in_year(fact, question.years):
                continue
            if all(names_in(name, fact.measure_text or "") for name in others):
                return [Found(fact, score, figure_as_written(fact))]
        return []

    def _joint(
        self, question: ParsedQuestion, subjects: list[str], passed: frozenset[str], apart: list[Found]
    ) -> list[Found]:
        """'How many EU members are also in NATO?': one figure of two subjects together; the sentence stating a
        figure of each of them ('Of the 27 EU states, 23 are NATO allies') answers it, when the best statements of
        each one alone (`apart`) come from different sentences and fit the question no better."""
        joint = {
            quote
            for quote, facts in self.by_quote.items()
            if all(any(self._of_subjects(fact, {name}) for fact in facts) for name in subjects)
        }
        if not joint:
            return []
        elsewhere = passed | {fact.id for fact in self.facts if fact.citation.quote not in joint}
        found = [self.find(replace(question, entities=(name,), groups=(), people=()), elsewhere) for name in subjects]
        found = [item for item in found if item is not None]
        if len(found) < len(subjects) or sum(item.score for item in found) < sum(item.score for item in apart):
            return []
        return self._one_sentence(found, subjects)

    def _one_sentence(self, found: list[Found], subjects: list[str]) -> list[Found]:
        """'Belgium and Canada … last year': a sentence found for one of them that states the same kind of
        figure for every one of them answers for all, rather than a sentence each from different places."""
        for item in found:
            kind = _kind(item.fact)
            quote = item.fact.citation.quote
            facts = self.by_quote[quote]
            # never in place of a better statement found for another of them elsewhere ('how much does the US
            # contribute to NATO's budget?': the US's contribution, not its spending beside the alliance's total)
            if any(
                other.score > item.score and other.fact.citation.quote != quote and _kind(other.fact) == kind
                for other in found
            ):
                continue
            chosen = [next((f for f in facts if f.subject == name and _kind(f) == kind), None) for name in subjects]
            if all(fact is not None for fact in chosen):
                return [Found(fact, item.score, figure_as_written(fact)) for fact in chosen if fact is not None]
        return []

    def differing(self, table_fact: Fact, *, any_currency: bool = False) -> list[Found]:
        """Documents' statements of the same kind of figure, for the same ally and year, that differ from a
        table's figure: both are shown with their dates, never one silently. `any_currency`: an amount asked in
        no currency is also stated in the document's own ('€4.48 billion' beside the tables' US$4.6 billion)."""
        return [
            Found(fact, 0.0, figure_as_written(fact))
            for fact in self._of_the_same_kind(table_fact, any_currency=any_currency)
            if fact.period == table_fact.period and fact.value != table_fact.value
        ][:MAX_DIFFERING]

    def _in_dated_year(self, fact: Fact, offset: int) -> bool:
        """'Finland's spending this year' in a note of 2025: a figure for 2025, not its goal for 2029."""
        published = self.published.get(fact.citation.document)
        years = {int(year) for year in _years_of_period(fact.period or "") if year.isdigit()}
        return not years or published is None or published + offset in years

    def later(self, table_fact: Fact, *, any_currency: bool = False) -> list[Found]:
        """Documents' statements of the same kind of figure for the same ally in a year after the tables' latest
        ('Germany ... at around $114 billion' in 2025 beside the tables' 2024): a figure asked with no year is
        the latest any document gives. Goals and plans are not what was spent."""
        last = _first_year(table_fact.period)
        if last is None:
            return []
        return [
            Found(fact, 0.0, figure_as_written(fact))
            for fact in self._of_the_same_kind(table_fact, any_currency=any_currency)
            if (_first_year(fact.period) or 0) > last and not _planned(fact) and not sets_a_goal(fact)
        ][:MAX_DIFFERING]

    def of_the_name_typed(self, table_fact: Fact, typed: Iterable[str]) -> list[Found]:
        """Documents' statements of the kind of figure a table's cell gives, for its year, whose subject is the very
        name the question typed ('europe') where the tables' row is a wider one the name stands for in questions
        only (European Allies and Canada): a document's Europe is its own."""
        kind = domain.question_words().kind_of_measure(table_fact.measure)
        names = [name for name in typed if len(name) >= MIN_TYPED_NAME]
        if kind is None or table_fact.citation.cell is None or not names:
            return []
        return [
            Found(fact, 0.0, figure_as_written(fact))
            for fact in self.facts
            if fact.period == table_fact.period and _kind(fact) == kind and _named_as_typed(fact.subject, names)
            if not fact.is_claim and not _planned(fact) and not sets_a_goal(fact) and not self.one_line_of_several(fact)
        ][:MAX_DIFFERING]

    def _of_the_same_kind(self, table_fact: Fact, *, any_currency: bool = False) -> Iterator[Fact]:
        """The documents' statements of the kind of figure a table's cell gives, for its ally (an amount in
        dollars beside an amount in dollars, unless `any_currency`)."""
        kind = domain.question_words().kind_of_measure(table_fact.measure)
        if kind is None or table_fact.citation.cell is None:
            return
        for fact in self.facts:
            same_basis = any_currency or kind != WEAK_KIND or _in_dollars(fact) == _in_dollars(table_fact)
            same = fact.subject == table_fact.subject and _kind(fact) == kind and same_basis
            # a count is of what its own words count: '200,000 soldiers' beside the personnel cell, never 180 tanks
            same = same and (kind != COUNT_KIND or self._counts(fact, table_fact.measure))
            # 'its public debt … fell to around 154% of GDP' is no statement of a defence share of GDP
            same = same and gdp_share_of_another_quantity(fact) is None
            if same and not fact.is_claim and not self.one_line_of_several(fact):
                yield fact

    def _counts(self, fact: Fact, measure: str) -> bool:
        """A count of what a table's measure counts: its figure's noun is one of the measure's words, and the
        statement names the measure by one of its own ('200,000 soldiers', 'the armed forces number 76,000
        people'), never '28 days of military service' nor '180 tanks'."""
        keywords, required = _counted_by(measure)
        nouns = _counted_nouns(fact)
        return bool(nouns & keywords) and bool((nouns | self.measure_words[fact.id]) & required)

    def one_line_of_several(self, fact: Fact) -> bool:
        """A line of a document's table of measures beside other lines of the same kind of figure for the same
        subject and year (a funding line of a budget), not the table's one line of it ('share of GDP (NATO
        definition)')."""
        return _a_line_of_measures(fact) and self.lines_of_a_kind[_line_key(fact)] > 1

    def _of_subjects_asked(self, fact: Fact, subjects: set[str], question: ParsedQuestion) -> bool:
        """Of a subject asked, if any: an entity named, or a thing the question names by a word of its own."""
        return not subjects or self._of_subjects(fact, subjects) or _thing_asked(fact, question)

    def _of_subjects(self, fact: Fact, subjects: set[str]) -> bool:
        return self._about(fact, subjects) or _named_as(fact, subjects) or _programme_in_clause(fact, subjects)

    @staticmethod
    def _about(fact: Fact, subjects: set[str]) -> bool:
        return fact.subject in subjects or any(subject in fact.subject for subject in subjects)

    def _of_the_years(
        self, fact: Fact, years: tuple[int, ...], *, undated_years: bool, goal_years: frozenset[int] = frozenset()
    ) -> bool:
        """Of a year asked, if any: 'NOK 90 billion over its lifetime' is no one year's payment, whatever year it
        is dated. A year naming the goal a question stands under ('under the 2025 Hague commitment') dates the goal,
        not the figure: a statement of a document of that year, or whose sentence names it, is of it."""
        if not years:
            return True
        if set(years) <= goal_years and (
            self.published.get(fact.citation.document) in years or any(str(y) in fact.citation.quote for y in years)
        ):
            return True
        return not _over_a_lifetime(fact) and self._in_year(fact, years, undated_years=undated_years)

    def _in_year(self, fact: Fact, years: tuple[int, ...], *, undated_years: bool = False) -> bool:
        """The fact's own period; a sentence's year only for a figure with none (in 'Taiwan proposed 3.32% for
        2026, and South Korea set aside 61.2 trillion won in 2025', 2025 is South Korea's year, not Taiwan's); a
        sentence naming no year at all speaks of its document's own ('Germany is expected to reach 2.12%', in a
        report of June 2024)."""
        if fact.period and _another_span_changed(fact, years):
            return False
        if fact.period:
            return any(str(year) in _years_of_period(fact.period) for year in years)
        if undated_years and undated(fact):
            return self.published.get(fact.citation.document) in years
        return any(str(year) in fact.citation.quote for year in years)


SPAN_ENDS = 2  # a span of years asked by its first and last ('between 2024 and 2027')
FRAME_REACH = 3  # words between a framing word and the goal noun it frames ('under the 2025 hague commitment')


@functools.lru_cache(maxsize=256)
def years_naming_goals(words: tuple[str, ...]) -> frozenset[int]:
    """The years a question names a goal by, between a word framing it and its noun ('under the 2025 Hague
    commitment', 'toward the 2014 Wales pledge'): when the goal was set, not the year of a figure asked."""
    verifier = domain.question_words().verifier
    found: set[int] = set()
    for index, word in enumerate(words):
        if word not in verifier.goal_nouns:
            continue
        before = words[max(0, index - FRAME_REACH - 1) : index]
        framed = [at for at, w in enumerate(before) if w in verifier.goal_frames]
        if framed:
            found |= {int(w) for w in before[framed[-1] + 1 :] if w.isdigit() and len(w) == 4}
    return frozenset(found)


@functools.lru_cache(maxsize=4096)
@functools.lru_cache(maxsize=256)
def _bodies_named(according_to: tuple[str, ...]) -> frozenset[str]:
    """The bodies a question takes its figure from ('according to NATO', 'per SIPRI')."""
    return frozenset(m.target for m in lexicon.find_mentions(list(according_to), lexicon.entity_aliases()))


def _sentence_words(quote: str) -> tuple[str, ...]:
    """The sentence's words in order, stemmed (stop words kept, so positions stay those of the sentence)."""
    return tuple(stem(word) for word in normalise(quote).split())


def _named_as(fact: Fact, subjects: set[str]) -> bool:
    """'How much did Europe spend?': 'Europe' is a name of the European allies and Canada, and a document's
    'Europe' is named by it too. The fact's subject, word for word, is a name of someone asked about."""
    return lexicon.entity_aliases().get(tuple(normalise(fact.subject).split())) in subjects


def _thing_asked(fact: Fact, question: ParsedQuestion) -> bool:
    """'How many soldiers will the brigade in Lithuania have?': a figure of a thing the entity list does not know
    (the 45th Panzer Brigade) is asked when the question names it by a word of its own, whatever place it names."""
    if fact.subject in entity_tables().entries:
        return False
    own = _words(" ".join(own_name_words(fact.subject))) - _words(" ".join(sorted(question.entity_words)))
    return bool(own & _words(" ".join(question.words)))


def _compares_with_asked(fact: Fact, subjects: set[str]) -> bool:
    """A multiple comparing its subject with another the question names, whom its own clause names."""
    others = subjects - {fact.subject}
    return (
        _kind(fact) == RATIO_KIND and bool(others) and any(names_in(name, fact.measure_text or "") for name in others)
    )


def _compared_with_another(fact: Fact, subjects: set[str]) -> bool:
    """'… more than three times what Beijing does, and more than six and a half times what Moscow does': beside the
    multiple asked of Moscow, the one of Beijing compares with another than the question names."""
    return len(subjects) >= 2 and _kind(fact) == RATIO_KIND and not _compares_with_asked(fact, subjects)


def _wanted(kinds: set[str]) -> set[str]:
    """What is asked decides the kind: 'how many', 'when' and 'what rank' ask for exactly that (a share or a
    change beside them is the condition); otherwise a share or a change; 'spending' alone, an amount."""
    for decisive in DECISIVE_KINDS:
        if decisive in kinds:
            return {decisive}
    named = kinds - {WEAK_KIND, PERCENTAGE}
    if PERCENTAGE in kinds and not named & PERCENT_KINDS:
        return set(PERCENT_KINDS)  # 'what percentage did he call for?': any percentage
    return named or kinds - {PERCENTAGE}


def _in_clause(fact: Fact, date: Fact) -> bool:
    """A figure and a date of one clause ('will reach 3.5% of GDP by 2030'): what the date is the date of."""
    if fact.text and date.measure_text and fact.text in date.measure_text:
        return True
    return bool(date.text and fact.measure_text and date.text in fact.measure_text)  # '… 3.5% of GDP by 2029'


def _to_the_day(fact: Fact, wanted: set[str]) -> bool:
    """A time asked, and a date stated to its day ('at the Wales Summit on 4-5 September 2014'): the most precise
    answer to 'when', before a sentence giving the same event's year alone."""
    return "date" in wanted and _kind(fact) == "date" and _with_day(fact)


def _set_as_deadline(fact: Fact, *, deadline_asked: bool) -> bool:
    """'By what year had Trudeau promised 2%?': the date its sentence sets as the deadline ('by 2032') before the
    day the promise was made on ('in July 2024'), which states the 2% as well."""
    return deadline_asked and _kind(fact) == "date" and "deadline" in fact.qualifiers


def _with_day(fact: Fact) -> bool:
    """A date stated with its month ('25 June 2025'), not a year alone."""
    return bool(fact.text) and bool(set(normalise(fact.text or "").split()) & cues().months)


def _programme_in_clause(fact: Fact, subjects: set[str]) -> bool:
    """'… up to 800 billion euros, including 150 billion euros in loans through the SAFE instrument': a programme
    asked is what a figure is of when the figure's own clause names it, whoever the sentence is about."""
    entries = entity_tables().entries
    programmes = [name for name in subjects if name in entries and entries[name].kind is EntityKind.PROGRAMME]
    return bool(fact.measure_text) and any(names_in(name, fact.measure_text or "") for name in programmes)


def _listed(words: tuple[str, ...], names: set[str]) -> bool:
    """'italy turkey romania spending share', 'estonia, latvia and lithuania': the allies asked stand one after
    another as a list, each asked alike; 'the German brigade in Lithuania' names two of them for one thing."""
    joiners = set(domain.question_words().list_joiners)
    mentions = [m for m in lexicon.find_mentions(list(words), lexicon.entity_aliases()) if m.target in names]
    return all(set(words[first.end : second.start]) <= joiners for first, second in itertools.pairwise(mentions))


def _cited_to_another_body(fact: Fact, subjects: set[str]) -> bool:
    """'How many members spent 2% by SIPRI's count?': a figure its sentence gives as another body's ('NATO's own
    estimates … Its figures counted 23 allies') is not the count of the body asked."""
    tables = entity_tables()
    bodies = {name for name in subjects if name != fact.subject and tables.kind(name) == EntityKind.ORGANISATION}
    return bool(bodies and fact.cited_source and fact.cited_source not in bodies)


def _compares_countries(question: ParsedQuestion, subjects: list[str]) -> bool:
    """Countries set side by side, no kind of figure asked ('how did Ukraine's spending compare with Russia's?')."""
    wanted = _wanted(asked_kinds(question))
    return all(_is_country(name) for name in subjects) and (wanted <= {WEAK_KIND} or "share_of_total" in wanted)


def _countries(names: Iterable[str]) -> list[str]:
    entries = entity_tables().entries
    return [name for name in names if name in entries and entries[name].kind == "country"]


def _typed(question: ParsedQuestion) -> set[float]:
    """The figures a member typed, years apart: conditions and thresholds, never answers."""
    return {number.value for number in question.numbers if not (1900 <= number.value <= 2100)}


def _span_asked(years: tuple[int, ...]) -> set[str] | None:
    """'between 2014 and 2024': every year of the span two years asked run over, else None."""
    asked = sorted(set(years))
    return {str(year) for year in range(asked[0], asked[-1] + 1)} if len(asked) == SPAN_ENDS else None


def _over_the_span_asked(fact: Fact, years: tuple[int, ...]) -> bool:
    """A figure over just the span asked ('2023-2024', a change table's column '2023→2024', for 'between 2023 and
    2024'), not over a longer one that holds both years ('2014-2024')."""
    span = _span_asked(years)
    return span is not None and _years_of_period(fact.period or "") == span


def _over_another_span(fact: Fact, best: Fact, years: tuple[int, ...]) -> bool:
    """Beside a figure over the span asked, its sentence's figure over another span ('| Germany | +0.93 | +0.60 |':
    2014-2024 beside the 2023-2024 asked) is another figure, not more of the answer."""
    return (
        _over_the_span_asked(best, years)
        and len(_years_of_period(fact.period or "")) > 1
        and not (_over_the_span_asked(fact, years))
    )


def _another_span_changed(fact: Fact, years: tuple[int, ...]) -> bool:
    """'How much did it grow between 2024 and 2025?' names the span of the change it asks: a change over another
    span holding those years ('grow by €1,160 million between 2024 and 2027') is not it."""
    if fact.measure_kind != "change" or is_fiscal_year(fact.period or "") or len(set(years)) != SPAN_ENDS:
        return False
    span = _years_of_period(fact.period or "")
    if len(span) < SPAN_ENDS:
        return False
    return (min(span), max(span)) != (str(min(years)), str(max(years)))


def _years_of_period(period: str) -> set[str]:
    """'2024' -> {2024}; '2023-2027' -> every year of the span; a fiscal year '2025-26' by the year it starts in, as
    the verifier and NATO's tables name it (a table's '2023-24' row is not the 2024-25 asked)."""
    if is_fiscal_year(period):
        return {period.strip()[:4]}
    match = re.fullmatch(r"((?:19|20)\d\d)\s*[-–]\s*(\d{2}|(?:19|20)\d\d)", period.strip())
    if not match:
        return {period[:4]}
    first = int(match.group(1))
    last = int(match.group(2)) if len(match.group(2)) == 4 else first // 100 * 100 + int(match.group(2))
    return {str(year) for year in range(first, max(first, last) + 1)}


@functools.cache
def _role_words() -> frozenset[str]:
    """The words naming a role ('prime', 'minister'), none of them an entity's own ('nato' of 'nato chief')."""
    named = {word for alias in lexicon.entity_aliases() for word in alias}
    return frozenset(word for alias in lexicon.role_aliases() for word in alias) - named


def _over_years_first(question: ParsedQuestion, ranked: list[tuple[float, Found]]) -> list[tuple[float, Found]]:
    """'What is the total size of the Nansen support programme?': a whole asked with no year is the amount stated
    over several years ('NOK 135 billion for the period 2023–2030'), never one year's tranche of it ('NOK 35 billion
    for Ukraine in 2025 through the Nansen support programme'), when the statements found give both."""
    if question.years:
        return ranked
    amounts = [item for item in ranked if _kind(item[1].fact) == WEAK_KIND]
    if not any(_over_years(found.fact) for _, found in amounts):
        return ranked
    return [item for item in ranked if item not in amounts or not _of_one_year(item[1].fact)]


def _named_as_asked(fact: Fact, question: ParsedQuestion) -> float:
    """'The EDA's forecast for EU spending': a sentence naming the body the question names, of whom no figure is,
    before one that does not."""
    tables = entity_tables()
    bodies = [name for name in question.entities if tables.kind(name) is EntityKind.ORGANISATION]
    bodies = [name for name in bodies if name != fact.subject]
    named = any(names_in(body, fact.citation.quote) for body in bodies)
    return NAMED_AS_ASKED * named


def _one_year_first(question: ParsedQuestion, ranked: list[tuple[float, Found]]) -> list[tuple[float, Found]]:
    """'What did Denmark spend on defence in kroner in 2024?': the year's amount, never one of the same kind over a
    span holding the year ('143 mia. kr. for 2024–2033'), which the verifier turns down as no year's, when the
    statements found give both; a span's figure of another kind stays where it ranks."""
    if len(question.years) != 1 or question.operations or asks_a_change(question):
        return ranked
    of_one_year = {_kind(found.fact) for _, found in ranked if not over_several_years(found.fact)}
    return [item for item in ranked if not over_several_years(item[1].fact) or _kind(item[1].fact) not in of_one_year]


def _over_years(fact: Fact) -> bool:
    """'2023-2030': a figure over several years (a fiscal year written '2024-25' is one), or over a whole plan or
    programme ('over the plan period')."""
    span = YEARS_SPANNED.fullmatch(fact.period or "")
    return (span is not None and int(span.group("last")) > int(span.group("first")) + 1) or _over_a_lifetime(fact)


def _of_one_year(fact: Fact) -> bool:
    return YEAR_ALONE.fullmatch(fact.period or "") is not None and not _over_a_lifetime(fact)


def _over_a_lifetime(fact: Fact) -> bool:
    return LIFETIME_CONCEPT in lexicon.concepts(normalise(fact.measure_text or "").split())


def _first_best(ranked: list[tuple[float, Found]]) -> Found | None:
    return max(ranked, key=lambda item: item[0])[1] if ranked else None


def _reached_before_goals(ranked: list[tuple[float, Found]]) -> Found | None:
    """'what share of Canada's budget went to major equipment?': a goal's figure (the 20% guideline) ranks after a
    figure of the same kind and year that is no goal's (Canada's own 18.6% in 2024), the question asking no goal; a
    goal with no such figure beside it keeps its rank ('uk spending incl intelligence in 2027': the 2.6% it will
    reach, not an extra amount)."""
    reached = {(_kind(found.fact), found.fact.period) for _, found in ranked if not _a_goals(found.fact)}

    def final(item: tuple[float, Found]) -> float:
        rank, found = item
        return rank - GOAL_LAST * (_a_goals(found.fact) and (_kind(found.fact), found.fact.period) in reached)

    return _first_best([(final(item), item[1]) for item in ranked])


def _a_goals(fact: Fact) -> bool:
    return TARGET_CONCEPT in fact.qualifiers


def _goal_asked(question: ParsedQuestion) -> bool:
    """The question names a goal ('the 2% guideline', 'what target'), a figure expected ('forecast') or a deadline
    ('by which year')."""
    verifier = domain.question_words().verifier
    # 'the EDA's forecast for 2025': a figure expected ('expects the total to reach €381 billion') is what is asked
    named = bool({TARGET_CONCEPT, EXPECTED_CONCEPT} & lexicon.concepts(question.words))
    return named or question.has(*verifier.goal_asked) or question.has(*verifier.deadline_asked)


def _first_year(period: str | None) -> int | None:
    """'2025' and '2025-26' -> 2025; 'current', no period -> None."""
    years = [int(year) for year in _years_of_period(period or "") if year.isdigit()]
    return min(years) if years else None


def _in_dollars(fact: Fact) -> bool:
    return any(mark in (fact.currency or "").upper() for mark in ("USD", "US$", "DOLLAR"))


def _whole_asked(question: ParsedQuestion) -> bool:
    """'total', 'overall', 'combined': the question asks a whole."""
    return bool(set(question.words) & domain.question_words().intent.whole_words)


def _says_any(text: str | None, phrases: Iterable[str]) -> bool:
    """The text says one of the phrases, as whole normalised words."""
    said = f" {normalise(text or '')} "
    return any(f" {normalise(phrase)} " in said for phrase in phrases)


def _opens_with(text: str | None, openers: frozenset[str]) -> bool:
    """The sentence opens with one of the phrases (normalised), set off by a comma ('Together, the funds … amount
    to …')."""
    lead, comma, _ = (text or "").partition(",")
    return bool(comma) and " ".join(normalise(lead).split()) in openers


def _words_of_text(text: str) -> set[str]:
    return set(normalise(text).split())


@functools.cache
def _negations() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.split()) for phrase in domain.question_words().verifier.negations)


@functools.cache
def _negations_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _negations():
        by_first.setdefault(phrase[0] if phrase else "", []).append(phrase)
    return {word: tuple(phrases) for word, phrases in by_first.items()}


def _says_not(words: Iterable[str]) -> bool:
    """A negation among the words: each word looked up once, not every negation tried at every word."""
    listed = tuple(words)
    by_first = _negations_by_first_word()
    if listed and "" in by_first:
        return True  # an empty negation is found anywhere
    for index, word in enumerate(listed):
        for phrase in by_first.get(word, ()):
            if listed[index : index + len(phrase)] == phrase:
                return True
    return False


@functools.lru_cache(maxsize=8192)
def _negated_words(quote: str) -> frozenset[str]:
    """The words of a sentence after a negation, to the end of its clause: what it says its figure is not."""
    denied: set[str] = set()
    for clause in re.split(r"[,;:.()]", quote):
        words = normalise(clause).split()
        for index in range(len(words)):
            if any(tuple(words[index : index + len(phrase)]) == phrase for phrase in _negations()):
                denied |= _words(" ".join(words[index:]))
                break
    return frozenset(denied)


def _is_country(name: str) -> bool:
    entry = entity_tables().entries.get(name)
    return entry is not None and entry.kind is EntityKind.COUNTRY


@functools.cache
def _counted_by(measure: str) -> tuple[frozenset[str], frozenset[str]]:
    """A measure's words ('people', 'soldiers') and those that name it alone ('soldiers', 'forces'), as stems."""
    known = MEASURES.get(measure)
    if known is None:
        return frozenset(), frozenset()
    return frozenset(stem(word) for word in known.keywords), frozenset(stem(word) for word in known.required)


def _named_as_typed(subject: str, names: list[str]) -> bool:
    """'Europe' is the subject a question's 'europe' or 'european' typed (a name, or the name's adjective)."""
    own = normalise(subject)
    return bool(own) and any(name == own or name.startswith(own) for name in names)


def _counted_nouns(fact: Fact) -> frozenset[str]:
    """The words of a count's figure and right after it, which say what it counts ('200,000 soldiers', '28 days'); a
    table's cell counts what its column's header names ('Military personnel 2024e ('000)'), its row's next cells
    nothing."""
    if fact.citation.column_label:
        return frozenset(stem(word) for word in normalise(fact.citation.column_label).split())
    quote, written = fact.citation.quote, fact.text or ""
    if not written or written not in quote:
        return frozenset()
    after = normalise(quote[quote.index(written) + len(written) :]).split()[:COUNTED_NOUN_REACH]
    return frozenset(stem(word) for word in (*normalise(written).split(), *after))


def _planned(fact: Fact) -> bool:
    """A goal's or a plan's figure ('at least 3.5% of GDP', 'a target of €10 billion'); a count stated as a bound
    ('more than 200,000 soldiers are serving') is a count of what there is."""
    plans = NOT_SPENT - BOUNDS if _kind(fact) == COUNT_KIND else NOT_SPENT
    return bool(set(fact.qualifiers) & plans)


def _kind(fact: Fact) -> str:
    if fact.measure_kind:
        return fact.measure_kind
    if fact.unit in KIND_OF_UNIT:
        return KIND_OF_UNIT[fact.unit]
    return "share_of_gdp" if fact.unit is Unit.PERCENT_OF_GDP else "other"


def _goals_agreed(question: ParsedQuestion, *, deadline_asked: bool) -> set[float] | None:
    """'When did leaders agree the 5% goal?' asks the day it was agreed, never the deadline the goal sets: the goals
    it names ({5}), or None when no agreement is asked."""
    if deadline_asked or not question.has(*domain.question_words().verifier.agreement_asked):
        return None
    return goals_named(question)


def _dates_the_goal(fact: Fact, goals: set[float]) -> bool:
    """A date that is the day a goal was agreed: no deadline ('by 2035'), and no other goal's figure stands
    between it and the sentence's start ('The 5% pledge replaces the 2% guideline agreed … in 2014' dates the 2%)."""
    if "deadline" in fact.qualifiers:
        return False
    quote = fact.citation.quote
    before = percentages_in(quote[: quote.index(fact.text)]) if fact.text and fact.text in quote else []
    return not goals or not before or before[-1] in goals


def _with_its_first_day(date: str, quote: str) -> str:
    """A date as the sentence writes it, a span of days whole: '4-5 September 2014', not its last day alone."""
    span = re.search(rf"(?<![\w.,])\d{{1,2}}\s?[-–]\s?{re.escape(date)}", quote) if date[:1].isdigit() else None
    return span.group() if span else date


def date_numbers(figure: str) -> list[float]:
    """The numbers of a date as written ('4-5 September 2014' -> 4, 5, 2014): its days and year are its figures."""
    return [float(number) for number in re.findall(r"\d+", figure)]


def figure_as_written(fact: Fact) -> str:
    """The figure as written in the sentence, so the answer says exactly what the document says."""
    quote = fact.citation.quote
    if fact.unit is Unit.DATE and fact.text and fact.text in quote:
        return _with_its_first_day(fact.text, quote)  # '2 June 2025', not just its year
    if fact.text and fact.text in quote and not any(character.isdigit() for character in fact.text):
        # 'double', 'twice', 'a quarter': the words, not a number the sentence never wrote; 'a little over three per
        # cent' with the loose bound that makes it no round three
        return _with_its_loose_bound(fact.text, quote)
    if fact.unit is Unit.MONEY and fact.currency and fact.text and fact.text in quote:
        return fact.text  # '1.78 trillion yuan', '$38.0 billion': the amount with its currency and scale
    first = fact.text.split()[0] if fact.text and fact.text in quote else ""
    if first and fact.total is not None and not any(character.isdigit() for character in first):
        return first  # "Twenty-three of NATO's 32 allies": the count as written, not its total
    # '1 245 003' of a fixed-width annex, read as '1,245,003'
    return _grouped_as_written(fact.text or "", quote) or _figure_matched(fact, quote)


def _figure_matched(fact: Fact, quote: str) -> str:
    """The quote's figure of the fact's value, else the value itself."""
    for match in FIGURE.finditer(quote):
        digits = re.sub(
            r"[^\d.]", "", match.group().split()[0] if " " in match.group().strip("$€£ ") else match.group()
        )
        try:
            number = float(digits.rstrip("."))
        except ValueError:
            continue
        if fact.value is not None and math.isclose(number, fact.value, rel_tol=1e-9, abs_tol=1e-9):
            return match.group().strip()
    return f"{fact.value:g}" if fact.value is not None else ""


def _grouped_as_written(text: str, quote: str) -> str:
    """A figure read with thousands commas ('1,245,003') as the quote groups it, with a space of some width."""
    if not re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        return ""
    return next((grouped for mark in GROUPING_SPACES if (grouped := text.replace(",", mark)) in quote), "")


def _with_its_loose_bound(written: str, quote: str) -> str:
    """A figure written in words with the loose bound just before it ('a little over three per cent'), as written."""
    at = quote.find(written)
    before = quote[:at].casefold()
    for bound in cues().raw.loose_bounds:
        for side in BOUND_SIDES:
            lead = f"{bound} {side} "
            if before.endswith(lead):
                return quote[at - len(lead) : at] + written
    return written


def _start(fact: Fact) -> int:
    return fact.citation.span.start if fact.citation.span else -1


def _after(fact: Fact, claim: Fact) -> bool:
    return _start(fact) > _start(claim) >= 0


def _line_key(fact: Fact) -> tuple[str, str, str, str | None, str]:
    """The table (the locator's 'table 1' before its row), subject, year and kind of figure a table's line states."""
    table = fact.citation.locator.split(",", 1)[0]
    return (fact.citation.document, table, fact.subject, fact.period, _kind(fact))


def _one_year_of_a_row(fact: Fact) -> bool:
    """A document table's cell under a column headed by a year alone ('| Special fund | 8.4 | 19.8 |', column
    '2023'): one year of a row of years, never a whole asked with no year."""
    column = fact.citation.column_label
    return fact.citation.cell is None and bool(fact.citation.row_label) and bool(column) and year_alone(column or "")
