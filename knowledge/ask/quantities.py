"""The quantity a question asks for beyond its content words, checked against an answer's facts.

Read from the question once (`asked_currency`, `asked_extreme`) and checked by the verifier: an amount in the
currency asked (`currency_unaccounted`), the end of a ranking asked (`extreme_unaccounted`), a share and not a
change (`share_unaccounted`), a search through the years for a "first year" (`first_year_unaccounted`) and a
figure per person (`per_person_unaccounted`). The words are data: `domain/cues.toml` (currency words) and
`domain/questions.toml` ([verifier] superlatives, dollar currencies, per-person words).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

from knowledge import domain, lexicon
from knowledge.ask.measures_asked import change_measures
from knowledge.ask.verify_evidence import label_asked, said_before_its_figure
from knowledge.cues import cues, fold
from knowledge.entities import entity_tables
from knowledge.figures import FigureKind, find_figures, tokenize
from knowledge.frames import frame_data
from knowledge.measures import SHARED_WORDS, MeasureRole, measure_in_role
from knowledge.models import Answer, Fact, Unit
from knowledge.question import STOPWORDS, stem
from knowledge.words import normalise

SEVERAL_YEARS = re.compile(r"^((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)$")

if TYPE_CHECKING:  # parse reads its quantities from here
    from knowledge.ask.parse import ParsedQuestion
    from knowledge.question import Question

LONGEST_CURRENCY = 3  # words: "u.s. dollars", "canadian dollars"
MAX_WORDS_INSIDE_A_DIFFERENCE = 3  # 'how many thousand soldiers more': the words a difference phrase may hold
BARE_DOLLAR = "dollar"  # a currency asked only as "dollars": any dollar currency answers it
# A currency is asked "in euros", "into dollars", "how many zlotys", "how many billion dollars" (read as "how much
# dollars", its scale said by the question's words); "the euros" (Europeans) is no currency.
CURRENCY_LEADS = frozenset({"in", "into", "many", "much", "using", "current", "constant"})


ASKS_PERCENTAGE = re.compile(r"\b(?:what|which|how much|by what|by how many)\s+(?:%|percent|percentage|pct)")
YEAR = re.compile(r"(?:19|20)\d\d")
PERCENT_WORDS = frozenset({"%", "percent", "percentage", "pct"})
# the concepts (concepts.toml) of a count tested against a line: meeting it, missing it, the target itself
LINE_TESTED_CONCEPTS = frozenset({"target", "meet", "miss"})
MEMBERSHIP_CONCEPTS = frozenset({"count", "members"})  # 'how many members': the membership measure's cues
ALLY_ASKED = ("which", "who", "whos")  # which ally stands where is asked, not a figure of the allies


def asks_a_percentage(words: Sequence[str]) -> bool:
    """'by what %', 'what percentage of', 'real growth (%)': a percentage is asked, so an amount does not answer."""
    joined = f" {' '.join(words)} "
    return (
        bool(ASKS_PERCENTAGE.search(joined))
        or any(f" {phrase} " in joined for phrase in domain.question_words().asked_kinds.percentage)
        or _bare_percent(words)
    )


def _bare_percent(words: Sequence[str]) -> bool:
    """'real growth (%)', 'change in percent': a percent sign or word that follows no number asks for one."""
    return any(
        word in PERCENT_WORDS and (index == 0 or not _is_figure(words[index - 1])) for index, word in enumerate(words)
    )


def _is_figure(word: str) -> bool:
    """A number a percent sign may belong to; a year is none ('2024 vs 2023, %' asks for a percentage)."""
    return any(character.isdigit() for character in word) and not YEAR.fullmatch(word)


class Extreme(StrEnum):
    GREATER = "greater"
    LESSER = "lesser"


def asked_currency(words: Sequence[str]) -> str | None:
    """'in canadian dollars' -> CAD, 'in zloty' -> PLN, 'in dollars' -> 'dollar' (any dollar currency), '$' -> USD."""
    return _asked_currency(tuple(words))


@functools.lru_cache(maxsize=4096)  # every stage asks it of the same few words of a question
def _asked_currency(words: tuple[str, ...]) -> str | None:
    """'in canadian dollars' -> CAD, 'in zloty' -> PLN, 'in dollars' -> 'dollar' (any dollar currency), '$' -> USD."""
    folded = [fold(word) for word in words]
    leads = CURRENCY_LEADS | cues().raw.scales.keys()  # 'how many million kronor'
    for size in range(LONGEST_CURRENCY, 0, -1):
        for start in range(len(folded) - size + 1):
            window = folded[start : start + size]
            code = _bare_word(window) or cues().currency_of_words(window)
            symbol = size == 1 and not window[0].isalpha()
            if code and (symbol or _led(folded, start, leads)) and not _refused(folded, start):
                return code
    return None


def _refused(folded: list[str], start: int) -> bool:
    """'Not in dollars, in euros': a currency the question rules out is not the one asked."""
    negations = domain.question_words().verifier.negations
    before = folded[max(0, start - 2) : start]
    return bool(before) and (before[-1] in negations or (len(before) == 2 and before[0] in negations))


def _bare_word(window: list[str]) -> str | None:
    """'in dollars' asks any dollar currency, 'in kroner' or 'in crowns' any of those so named: the word, no code."""
    if window in (["dollars"], ["dollar"]):
        return BARE_DOLLAR
    return window[0] if len(window) == 1 and cues().currencies_of_word(window[0]) else None


def currencies_asked(asked: str) -> frozenset[str]:
    """The codes of the currency asked: any dollar currency for 'dollars', Norway's or Denmark's for 'kroner'."""
    if asked == BARE_DOLLAR:
        return frozenset(domain.question_words().verifier.dollar_currencies)
    return frozenset(cues().currencies_of_word(asked)) or frozenset({asked})


def _led(folded: list[str], start: int, leads: frozenset[str] | set[str]) -> bool:
    """A currency's words right after a lead ('in dollars', 'how many kronor'), or after a lead and a word adding to
    the amount ('how many extra US dollars', 'how many more euros')."""
    before = folded[max(0, start - 2) : start]
    adding = {*domain.question_words().quantities.increment_words, "more"}
    if len(before) == 2 and before[1] == "of" and _a_scale(before[0]):  # 'in millions of US dollars'
        return _led(folded, start - 2, leads)
    return bool(before) and (before[-1] in leads or (len(before) == 2 and before[0] in leads and before[1] in adding))


def _a_scale(word: str) -> bool:
    """'million' or 'millions', 'bn': a scale an amount is counted in."""
    scales = cues().raw.scales
    return word in scales or word.removesuffix("s") in scales


def fact_currency(fact: Fact) -> str | None:
    """A money fact's currency as a code: 'US$' and 'USD' are USD, the tables' 'Zlotys' is PLN."""
    if fact.unit is not Unit.MONEY or not fact.currency:
        return None
    if fact.currency.isupper() and fact.currency.isalpha():
        return fact.currency
    words = [fold(word) for word in fact.currency.split()]
    # the tables' 'Kroner' are Denmark's crowns in Denmark's row and Norway's in Norway's
    owners = frame_data().national_currencies
    own = [code for code in cues().currencies_of_word(" ".join(words)) if owners.get(code) == fact.subject]
    # the tables' 'New Lei' is the lei: a name the cues lack is known by its last word
    return own[0] if own else cues().currency_of_words(words) or cues().currency_of_words(words[-1:])


def in_currency(asked: str, fact: Fact) -> bool:
    """The fact is an amount in the currency asked ('dollars' alone: any dollar currency)."""
    return fact_currency(fact) in currencies_asked(asked)


def currency_unaccounted(asked: str | None, answer: Answer) -> list[str]:
    """An amount asked in one currency is not answered in another, nor by a figure that is no amount."""
    if asked is None or any(in_currency(asked, fact) for fact in answer.facts):
        return []
    return [f"quantity: an amount in {asked}"]


def change_in_currency_unaccounted(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'By how many million euros do the lines rise?' asks a change in euros: a change in per cent with the line's
    level beside it ('+18.2' under '€2,080 million') is not how many euros it rose by."""
    if question.currency is None or "change" not in question.operations or answer.calculation:
        return []
    changes = [fact for fact in answer.facts if is_change(fact)]
    asked = currencies_asked(question.currency)
    if not changes or any(in_currency(question.currency, fact) or fact.currency in asked for fact in changes):
        return []
    return [f"quantity: a change in {question.currency}"]


def mixed_currencies(answer: Answer) -> list[str]:
    """A calculation never combines amounts in different currencies ('754,684 ÷ 31,396' of US dollars and
    Canadian dollars is no ratio of what the two spent)."""
    currencies = {fact.currency for fact in answer.facts if fact.unit is Unit.MONEY}
    if not answer.calculation or len(currencies) < 2:
        return []
    return ["quantity: amounts in different currencies combined"]


def asked_extreme(words: Iterable[str]) -> Extreme | None:
    """'the lowest spenders' asks for the lesser end, 'the top spender' for the greater; both or neither: None."""
    verifier = domain.question_words().verifier
    listed = list(words)
    said = {word for index, word in enumerate(listed) if not (index and listed[index - 1] == "at")}  # 'at least'
    greater, lesser = bool(said & verifier.superlatives_greater), bool(said & verifier.superlatives_lesser)
    if (greater or lesser) and judged_lesser(listed):
        return Extreme.LESSER  # 'who's slacking most', 'the biggest freeloader': most so is the least spent
    if greater == lesser:
        return None
    return Extreme.GREATER if greater else Extreme.LESSER


def judged_lesser(words: Iterable[str]) -> bool:
    """A word judging those at the low end ('slacking', 'freeloader'): beside a superlative, the lesser end asked."""
    joined = f" {' '.join(words)} "
    return any(f" {phrase} " in joined for phrase in domain.question_words().verifier.judged_lesser)


def extreme_unaccounted(asked: Extreme | None, statements: Iterable[str], facts: Sequence[Fact] = ()) -> list[str]:
    """A statement of the other end ('third-largest' for 'lowest') does not answer; nor does one document
    sentence that ranks no one ('which ally spends the least?' is not '23 of 32 allies spend 2%'). A table's
    ranking answers: its rows are ranked by their figures."""
    if asked is None:
        return []
    ends = {stated_end(fact) for fact in facts} - {None}
    if ends == {asked}:
        return []  # 'Spain, at 1.28%, ranks last among all allies': the document's own ranking says so
    stated = asked_extreme(word for phrase in statements for word in normalise(phrase.replace("-", " ")).split())
    if stated is not None:
        return [f"quantity: the {asked.value} end"] if stated is not asked else []
    unranked = bool(facts) and all(fact.citation.cell is None for fact in facts)
    return [f"quantity: the {asked.value} end"] if unranked and len({f.subject for f in facts}) < 2 else []


def stated_end(fact: Fact) -> Extreme | None:
    """The end of a ranking a statement says its own figure stands at: its own words and its clause after the figure
    ('Spain comes last at 1.28%', '…, at 1.28%, ranks last among all allies'), or the label of the list it is an item
    of ('Highest shares of GDP in 2024')."""
    quote, own = fact.citation.quote, fact.measure_text or ""
    if not own or own not in quote:
        own, clause = "", ""  # an item of a list: its label says it
    else:
        start = quote.index(own)
        # from where the sentence names its subject ('Spain, the lowest in the alliance, at 1.28%'; 'Poland tops the
        # table, with defence outlays estimated at 4.12%') to the end of the figure's clause
        clause = re.split(r"[;.](?!\d)", quote[start + len(own) :], maxsplit=1)[0]
        own = quote[_named_from(fact.subject, quote[:start]) : start + len(own)]
    labels = [fact.citation.column_label or "", fact.citation.row_label or ""]
    said = f" {normalise(' '.join([own, clause, *labels]))} "
    verifier = domain.question_words().verifier
    superlative = asked_extreme(said.split())
    greater = any(f" {phrase} " in said for phrase in verifier.ranked_first) or superlative is Extreme.GREATER
    lesser = any(f" {phrase} " in said for phrase in verifier.ranked_last) or superlative is Extreme.LESSER
    if greater == lesser:
        return None
    return Extreme.GREATER if greater else Extreme.LESSER


def _named_from(subject: str, before: str) -> int:
    """Where the text before a figure last names its subject (by any of its names), in the figure's sentence; else
    the figure's own words' start."""
    entry = entity_tables().entries.get(subject)
    names = [subject] if entry is None else [entry.name, *entry.aliases, *entry.document_exact()]
    sentence = max(before.rfind(". "), 0)
    found = [match.start() for name in names for match in re.finditer(rf"\b{re.escape(name)}\b", before, re.I)]
    found = [at for at in found if at >= sentence]
    return max(found, default=len(before))


def is_change(fact: Fact) -> bool:
    return fact.measure_kind == "change" or fact.measure in change_measures()


def changes_an_amount(fact: Fact) -> bool:
    """A change by an amount of money ('falls by $3.6 billion', a '$ change' column: scaled, in a currency), no
    percentage; a table's real change in per cent names its ally's currency without being in it (no scale)."""
    return is_change(fact) and bool(fact.currency) and fact.scale is not None


ADDING = frozenset({"sum", "average"})  # the operations (parse.Operation values) that add figures up


def share_unaccounted(
    operations: Iterable[str], answer: Answer, *, asked: bool = False, part: bool = False, named: bool = False
) -> list[str]:
    """'What % of NATO's total did Europe and Canada make up?' is not answered by how much their spending rose.
    `operations` are the question's (`parse.Operation` values); `asked`: it names a share in other words ('what
    share did they make up'); `part`: it asks what part of a whole came from someone ('how much of NATO spending
    came from Europe and Canada'), which no change answers either; `named`: it names a share by its noun ('avg GDP
    share'), which no sum or average of amounts is."""
    operations = set(operations)
    if part and "change" not in operations and answer.facts and all(is_change(fact) for fact in answer.facts):
        return ["quantity: a share, not a change"]
    asks_share = ("share_of_total" in operations or asked) and "change" not in operations
    amounts = bool(answer.facts) and all(fact.unit in (Unit.MONEY, Unit.PEOPLE) for fact in answer.facts)
    if (asked or named) and amounts and answer.operation in ADDING and not answer.percent_result:
        return ["quantity: a share, not the amounts"]  # 'avg GDP share of all allies' is no average of their GDPs
    if not asks_share or answer.calculation or not answer.facts:
        return []
    if all(is_change(fact) for fact in answer.facts):
        return ["quantity: a share, not a change"]
    if (asked or named) and amounts:
        # 'the US share, using current usd', 'how big a slice of the request is personnel': worked out, not listed
        return ["quantity: a share, not the amounts"]
    return []


def first_year_unaccounted(operations: Iterable[str], answer: Answer) -> list[str]:
    """'The first year Poland went above 3%' is a search through the years, not the latest year's figure."""
    if "first" not in set(operations) or "first year" in (answer.calculation or ""):
        return []
    return ["calculation: the first year"]


SHARE_CONCEPTS = frozenset({"share"})  # the concept (concepts.toml) of 'share', 'percentage', 'proportion'
PART_OF = ("how much of", "how much more", "how much less")  # a part of a whole, or a difference, asked
SHARE_OF_TOTAL = "share_of_total"  # the kind of a figure that is a part of another's total
NO_AMOUNT = (Unit.PERCENT, Unit.PERCENT_OF_GDP, Unit.TIMES)  # a share, a rate or a multiple is no amount


def amount_unaccounted(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'How much did the world spend on the military in 2024?' asks an amount: 'equal to 2.5% of world GDP' is
    another figure. A question naming a share, a change or a percentage asks something else."""
    if not asks_an_amount(question) or answer.calculation:
        return []
    if not answer.facts or any(fact.unit not in NO_AMOUNT for fact in answer.facts):
        return []
    return ["quantity: an amount"]


def share_for_amount(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'What was China's estimated military spending?' asks what it spent, however the question opens: '50% of the
    region's spending' is its part of another's total, never its spending."""
    if answer.calculation or not answer.facts or not spending_only_asked(question):
        return []
    shares = all(fact.measure_kind == SHARE_OF_TOTAL for fact in answer.facts)
    return ["quantity: an amount, not a share of a total"] if shares else []


def spending_only_asked(question: ParsedQuestion) -> bool:
    """A question asking what was spent and nothing else: it names no share, percentage, change, count, rank, part
    or comparison (each of which a share of a total may answer)."""
    words = domain.question_words()
    if not question.has(*words.quantities.amount_verbs):
        return False
    kinds = words.asked_kinds
    others = (*kinds.share_of_gdp, *kinds.share_of_total, *kinds.count, *kinds.rank, *kinds.breakdown)
    share = lexicon.concepts(list(question.words)) & SHARE_CONCEPTS  # 'US share alliance expenditure'
    # 'how did Ukraine's spending compare with Russia's?': one's spending as a share of the other's compares them
    compared = set(question.words) & words.intent.split_words
    # 'what's NATO's guideline for equipment spending?' asks a goal, which a share of spending may be
    goal = set(question.words) & words.verifier.goal_nouns
    return not (
        _percent_named(question)
        or share
        or compared
        or goal
        # 'what do the European allies and Canada spend together?': a sum asked is still what was spent
        or any(operation not in ADDING for operation in question.operations)
        or question.has(*others, *_change_phrases(), *PART_OF)
    )


def _percent_named(question: ParsedQuestion) -> bool:
    """A percentage asked ('what percent') or typed ('3.5%'): the question is of no amount alone."""
    return question.asks_percentage or any(number.percent for number in question.numbers)


def count_for_share(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'What share of combined GDP do all allies devote to defence?' is not answered by '23 of 32 allies met
    2%': a share asked is a percentage, never a count of allies."""
    words = domain.question_words()
    kinds = words.asked_kinds
    if answer.calculation or not answer.facts or question.has(*kinds.count):
        return []
    if not question.has(*kinds.share_of_total, *kinds.percentage) or question.has(*words.quantities.amount):
        return []  # 'how much did they spend together, and what share of the world?' asks an amount too
    counted = all(fact.unit in (Unit.COUNT, Unit.PEOPLE) for fact in answer.facts)
    return ["quantity: a share, not a count"] if counted else []


def met_for_missed(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'If 22 allies reached the 2% target, how many didn't?' counts the rest: '22 of 32 met the target' counts
    those that did. A statement counting those that did not ('ten allies fell short') answers it, as does the rest
    worked out (32 − 22)."""
    words = domain.question_words()
    missed = words.quantities.missed
    asked = f" {' '.join(question.words)} "
    # the words from where the count is asked: 'how many', never 'count of' inside 'on account of'
    starts = [at for cue in words.asked_kinds.count if (at := asked.find(f" {cue} ")) >= 0]
    if answer.calculation or not answer.facts or not starts:
        return []
    if not set(asked[min(starts) :].split()) & missed:
        return []
    counts = [fact for fact in answer.facts if fact.unit is Unit.COUNT]
    if not counts or any(set(normalise(fact.citation.quote).split()) & missed for fact in counts):
        return []
    return ["quantity: those that did not, not those that did"]


def count_for_amount(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'NATO total military spending 2024 according to SIPRI' asks what was spent: '18 of the 32 members spent
    at least 2%' counts allies, another figure. A question that counts ('how many …') may be answered by one."""
    words = domain.question_words()
    if question.has(*words.asked_kinds.count) or not question.has(*words.quantities.amount_verbs):
        return []
    if answer.calculation or not answer.facts:
        return []
    counted = all(fact.unit in (Unit.COUNT, Unit.PEOPLE) for fact in answer.facts)
    amounts = any(fact.unit is Unit.MONEY for fact in answer.facts)
    # 'How much did NATO allies spend in total in 2024?' is not '23 of the 32 allies met the old 2% guideline': a
    # count beside a share, and no amount
    how_much = question.has(*words.quantities.amount) and any(fact.unit is Unit.COUNT for fact in answer.facts)
    changed = any(is_change(fact) for fact in answer.facts)  # 'by how much did it rise?': '9.4% more' answers
    if counted or (how_much and not amounts and not changed and not _percent_named(question)):
        return ["quantity: an amount, not a count"]
    # 'over the five fiscal years' beside a share, with no amount: how long a plan runs is no amount of it
    lasting = any(_counts_time(fact, words.quantities.time_units) for fact in answer.facts)
    return ["quantity: an amount, not how long it runs"] if lasting and not amounts and asks_an_amount(question) else []


def _counts_time(fact: Fact, units: frozenset[str]) -> bool:
    """A count of years or months ('over the five fiscal years'): how long a figure runs, not an amount."""
    said = normalise(fact.text or "").split()
    return fact.unit is Unit.COUNT and bool(said) and said[-1] in units


def asks_an_amount(question: ParsedQuestion) -> bool:
    """'How much …', 'what is the total defence spending': an amount asked, not a share nor a change of it."""
    words = domain.question_words()
    kinds = words.asked_kinds
    priced = _priced(question) and not question.asks_percentage and not question.operations
    if priced and not question.has(*_change_phrases()):
        return True
    if question.has(*words.quantities.extra_asked) and not question.asks_percentage:
        return True
    agreed = question.has(*words.verifier.goal_asked) or question.has(*words.verifier.agreement_asked)
    in_words = (question.has(*words.quantities.amount_in_words) or _names_a_total(question.words)) and not agreed
    asked = (question.has(*words.quantities.amount) or in_words) and question.has(*words.quantities.amount_verbs)
    if not asked and not question.has(*words.quantities.amount_nouns):
        return False
    changes = (*_change_phrases(), *words.verifier.real_terms)  # 'raising in real terms'
    # 'canada's 2024 other spending share — what does the breakdown say?': a share named by its noun is no amount
    others = (*kinds.share_of_gdp, *kinds.share_of_total, *words.verifier.share_nouns, *changes, *PART_OF)
    return not _percent_named(question) and not question.operations and not question.has(*others)


def _priced(question: ParsedQuestion) -> bool:
    """'what would 5% of GDP cost Canada?' asks a price; 'the personnel cost share' names a share by what it is of."""
    words = domain.question_words()
    said = question.words
    return any(
        word in words.quantities.priced and not set(said[at + 1 : at + 2]) & set(words.verifier.share_nouns)
        for at, word in enumerate(said)
    )


TOTAL_REACH = 3  # 'total defence expenditure', 'combined military spending': the total word, then the amount's


def _names_a_total(words: tuple[str, ...]) -> bool:
    """'NATO total defence expenditure 2025 estimate?': a total named just before a word of spending."""
    quantities = domain.question_words().quantities
    return any(
        word in quantities.amount_totals and set(words[at + 1 : at + TOTAL_REACH]) & set(quantities.amount_verbs)
        for at, word in enumerate(words)
    )


@functools.cache
def _change_phrases() -> tuple[str, ...]:
    """The words of a change asked: the questions' and the documents' ('raising', 'upping', 'went up')."""
    return (*domain.question_words().asked_kinds.change, *cues().raw.change_words)


def increment_unaccounted(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'How much does the Netherlands spend on defence?' is not answered by 'reaching 3.5% will require an extra
    EUR 16 billion a year': an amount its own words call extra or additional (data: increment_words) is an
    increment, not the level asked, unless the question asks more, an increment or a change itself."""
    if answer.calculation or asks_an_increment(question):
        return []
    amounts = [fact for fact in answer.facts if fact.unit is Unit.MONEY]
    extra = [fact for fact in amounts if is_an_increment(fact) and not _adder_asked(question, fact)]
    # the end of a range ('… an extra EUR 16 billion to EUR 19 billion') is as extra as its start
    levels = [
        fact for fact in amounts if fact not in extra and not normalise(fact.measure_text or "").startswith("to ")
    ]
    return ["quantity: an increment, not the level"] if extra and not levels else []


def _names_a_share(question: ParsedQuestion) -> bool:
    """'how did the US share rise?': a share named, whose statement may say how it moved."""
    words = domain.question_words()
    said = question.words
    # 'by what percentage did it go up?' measures the change in percent; 'what percentage of …' names a share
    named = [word for at, word in enumerate(said) if word not in PERCENT_WORDS or said[at + 1 : at + 2] == ("of",)]
    if SHARE_OF_TOTAL in {op.value for op in question.operations} or lexicon.concepts(named) & SHARE_CONCEPTS:
        return True  # 'uncle sam's cut of the nato bill?': a cut that is a share
    joined = f" {' '.join(named)} "
    return any(f" {phrase} " in joined for phrase in (*words.asked_kinds.share_of_total, *words.verifier.share_nouns))


def asks_an_increment(question: ParsedQuestion) -> bool:
    """The question asks more, an increment or a change ('how much more a year', 'how much extra')."""
    words = domain.question_words()
    return question.has(
        *words.quantities.increment_words, *words.quantities.increment_asked, "more", *_change_phrases()
    )


def _adder_asked(question: ParsedQuestion, fact: Fact) -> bool:
    """'How big is the acceleration fund?' is answered by 'the new acceleration fund adds DKK 50 billion': what adds
    the amount, named by the question, is as big as it adds (never a word every amount shares, 'spending adds')."""
    increments = set(domain.question_words().quantities.increment_words)
    asked = set(question.words) - STOPWORDS - set(domain.question_words().quantities.amount_verbs)
    words = normalise(fact.measure_text or "").split()
    return any(word in increments and at > 0 and words[at - 1] in asked for at, word in enumerate(words))


def is_an_increment(fact: Fact) -> bool:
    """An amount its own words (a sentence's clause, or a table cell's text: 'EUR 10.471 billion extra (2025)') call
    extra or additional."""
    increments = domain.question_words().quantities.increment_words
    said = set(normalise(f"{fact.measure_text or ''} {fact.text or ''}").split())
    return fact.unit is Unit.MONEY and bool(said & set(increments))


def change_unaccounted(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'By how much did European military spending grow in 2024?' asks a change: the tables' cell of what was
    spent that year is a level, not the growth (a statement is judged by its own words elsewhere)."""
    if answer.calculation or set(question.operations) - {"change"} or question.yes_no or not answer.facts:
        return []
    if not question.has(*domain.question_words().asked_kinds.change):
        return []
    levels = all(fact.citation.cell is not None and not is_change(fact) for fact in answer.facts)
    if levels:
        return ["quantity: a change, not the level"]
    # 'what rise did Europe record?' is not answered by Europe's 36% share of the total: a statement of a part of
    # a whole is no change, whatever its document
    shares = all(fact.measure_kind == SHARE_OF_TOTAL and not is_change(fact) for fact in answer.facts)
    return ["quantity: a change, not a share of the total"] if shares and not _names_a_share(question) else []


def direction_unaccounted(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'Which ally had a real-terms fall in 2024?' is not answered by a rise ('Europe and Canada +17.9%'), nor a rise
    asked by a fall: a question asking whose change went one way, answered by changes all the other way. (Of an ally
    named, 'by how much did Canada cut its spending in 2017?', the figure corrects the premise; 'the weakest growth'
    may be a fall.)"""
    if answer.calculation or question.yes_no or not answer.facts or not all(is_change(f) for f in answer.facts):
        return []
    if question.extreme is not None or not set(question.words) & domain.question_words().whom_asked:
        return []
    sides = domain.question_words().table_questions
    falls, rises = question.has(*sides.decrease), question.has(*sides.increase)
    if falls == rises:
        return []
    fallen = [_a_fall(fact) for fact in answer.facts]
    if falls and not any(fallen):
        return ["quantity: a rise, not the fall asked"]
    return ["quantity: a fall, not the rise asked"] if rises and all(fallen) else []


def _a_fall(fact: Fact) -> bool:
    return (fact.value or 0.0) < 0 or "decrease" in fact.qualifiers


def total_for_a_change(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'Five years of Italian spending, 2020 through 2024. What's the total?' asks the years added up: the change
    from the first to the last is another figure (a question naming a change as well is left to the others)."""
    if answer.operation != "change" or question.operations or question.has(*domain.question_words().asked_kinds.change):
        return []  # 'how many more … in total in 2024 compared to 2014?' asks the difference
    wholes = set(domain.question_words().intent.whole_words)
    return ["quantity: a total, not a change"] if wholes & set(question.words) else []


def level_unaccounted(question: ParsedQuestion, answer: Answer, *, follow_up: bool = False) -> list[str]:
    """'Was Italy at 2% in 2024? What was its share?' asks a level: the tables' cell of the year's real change is
    another figure (a percentage too, so no unit tells them apart). A change answers only a question naming one:
    'grew', 'real terms', 'since 2014', or the concept of an increase. (A follow-up carries the previous question's
    change: 'ok and germany' after France's real change; the verifier leaves it to the context, unless the follow-up
    names a share of GDP itself: '… and its share of GDP that year?' asks the level.)"""
    if answer.calculation or not answer.facts or not all(_a_table_change(fact) for fact in answer.facts):
        return []
    if follow_up and not set(question.words) & GDP_WORDS:
        return []
    if asks_a_change(question) or question.operations:
        return []
    return ["quantity: a level, not a change"]


def span_for_one_year(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'What share of GDP did Germany report for 2023?': one year's level, which a figure stated over several
    years ('between 2023 and 2026 the subtotal rises by €49.7 billion, or 85 per cent') does not give, whichever
    of its years the question names. A change asked ('how much did it rise from 2023?') is left to the others."""
    if answer.calculation or not answer.facts or question.operations or len(question.years) != 1:
        return []
    if asks_a_change(question) or not all(over_several_years(fact) for fact in answer.facts):
        return []
    return [f"year {question.years[0]}: a figure over several years, not that year's"]


def asks_a_change(question: ParsedQuestion) -> bool:
    words = domain.question_words()
    named = (*words.asked_kinds.change, *words.verifier.change_named, *words.verifier.real_terms)
    return question.has(*named) or bool(lexicon.concepts(list(question.words)) & {"increase"})


def over_several_years(fact: Fact) -> bool:
    """A figure of a span of calendar years ('2023-2026'), not of one year or one fiscal year ('2025-26')."""
    span = SEVERAL_YEARS.match(fact.period or "")
    return span is not None and int(span.group(1)) < int(span.group(2))


GDP_WORDS = frozenset({"gdp"})  # a share of GDP named: the level of spending against the economy

# concepts.toml: the words that name a goal or an obligation, a proposal, a call or what someone said
GOAL_CONCEPTS = frozenset({"target", "proposal", "call", "say"})


def goal_for_a_level(question: ParsedQuestion, answer: Answer, published: Mapping[str, int] | None = None) -> list[str]:
    """'uk defence % gdp right now?', 'What share of GDP did Norway spend during the Cold War?': a share of GDP
    asked as it stands, now, this year or last, which a goal ('promised 2.5% by 2027', 'committed to reaching 5% of
    GDP in 2026') does not state; nor does a goal for a year already past when its document was published state
    that year's level ('undertaken to allocate 2.5% … every year, starting with 2023' in a paper of 2024, asked
    'Romania's defence spending as a percentage of GDP in 2023'). A question asking a goal, a plan or the future is
    left to the other checks. `published`: each document's year of publication, when known."""
    if answer.calculation or question.yes_no or question.operations or not answer.facts:
        return []
    goals = answer.facts
    if not all(_goal_share(fact) for fact in goals) or not _asks_a_level(question, goals, published or {}):
        return []
    return ["quantity: a level, not a goal"]


def threshold_for_a_level(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'What did the whole Alliance spend as a share of GDP in 2024?' is not answered by the line a sentence counts
    allies against ('22 — the Allies that met 2% in 2024'): a share of GDP stated right after a word testing a
    threshold is no one's level. A question testing, counting or naming a line itself is left to the others."""
    if answer.calculation or question.yes_no or question.operations or not answer.facts:
        return []
    words = domain.question_words()
    if question.numbers or question.has(*words.verifier.goal_asked, *words.verifier.threshold_before):
        return []
    before = _threshold_before()
    if not all(fact.unit is Unit.PERCENT_OF_GDP and said_before_its_figure(fact, before) for fact in answer.facts):
        return []
    return ["quantity: a level, not a threshold tested"]


def membership_for_a_condition(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'How many allies reached the 2% threshold?', 'How many were still below 2% of GDP?' are not answered by the
    size of the alliance ('23 of the then 32 allies reaching the threshold': the 32): a count of members is no
    count of those meeting or missing a line."""
    membership = measure_in_role(MeasureRole.MEMBERSHIP)
    if answer.calculation or not answer.facts or any(fact.measure != membership for fact in answer.facts):
        return []
    tested = lexicon.concepts(sorted(question.words)) & LINE_TESTED_CONCEPTS
    if not tested and not any(number.percent for number in question.numbers):
        return []
    return ["quantity: the size of the alliance, not a count of those meeting or missing a line"]


def condition_for_membership(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'How many members does NATO have?' is not answered by 'only three allies met it': a count its own clause says
    meets or misses a line is no count of the members (the reverse of `membership_for_a_condition`)."""
    concepts = lexicon.concepts(sorted(question.words))
    asked = concepts >= MEMBERSHIP_CONCEPTS and not concepts & LINE_TESTED_CONCEPTS
    if not asked or answer.calculation or any(number.percent for number in question.numbers) or not answer.facts:
        return []
    first = answer.facts[0]
    clause = normalise(first.measure_text or "").split()
    membership = first.measure == measure_in_role(MeasureRole.MEMBERSHIP)  # 'only 22 of NATO's 32 member states met'
    if membership or first.unit is not Unit.COUNT:
        return []
    # 'only three allies spent 2 per cent of GDP or more': a count its clause puts at a share is of those at that level
    if not lexicon.concepts(clause) & LINE_TESTED_CONCEPTS and not _at_a_share(first.measure_text or ""):
        return []
    return ["quantity: a count of those meeting or missing a line, not the size of the alliance"]


def _at_a_share(clause: str) -> bool:
    """Whether a count's clause states a percentage, the level those counted stand at."""
    return any(figure.kind is FigureKind.PERCENT for figure in find_figures(tokenize(clause)))


@functools.cache
def _threshold_before() -> re.Pattern[str]:
    words = "|".join(map(re.escape, domain.question_words().verifier.threshold_before))
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?(?:NATO\s+)?$", re.IGNORECASE)


def _goal_share(fact: Fact) -> bool:
    aimed = fact.measure == measure_in_role(MeasureRole.GOAL) or bool({"target", "deadline"} & set(fact.qualifiers))
    return aimed and fact.unit is Unit.PERCENT_OF_GDP


def _asks_a_level(question: ParsedQuestion, goals: Sequence[Fact], published: Mapping[str, int]) -> bool:
    """A level, not a goal: the present asked ('right now'), or — of a country's own pledge — no goal, plan, call,
    figure, future or the goal's year named ('what share of GDP does Japan spend?')."""
    verifier = domain.question_words().verifier
    if question.has(*verifier.goal_asked, *verifier.future_asked, *verifier.deadline_asked):
        return False
    if question.has(*verifier.level_asked) or (question.dated_offset is not None and question.dated_offset <= 0):
        return True
    goal = measure_in_role(MeasureRole.GOAL)
    if not question.numbers and all(_pledged_in_the_year_asked(fact, question, published) for fact in goals):
        return not lexicon.concepts(question.words) & GOAL_CONCEPTS
    if question.numbers or not all(fact.measure == goal and lexicon.is_country(fact.subject) for fact in goals):
        # the alliance's goal is what 'what % of GDP must allies spend' is about, however asked, and 'is expected to
        # reach 2.12%' this year is the level estimated
        return False
    if lexicon.concepts(question.words) & GOAL_CONCEPTS:  # 'must', 'committed', 'pushed', 'called for', 'said'
        return False
    goal_years = {int(year) for fact in goals for year in re.findall(r"\b(?:19|20)\d\d\b", fact.period or "")}
    # a goal with no year of its own ('France is expected to reach 2.05% of GDP') is this year's estimate
    return bool(goal_years) and (not goal_years & set(question.years) or _past_when_published(goals, published))


def _past_when_published(goals: Sequence[Fact], published: Mapping[str, int]) -> bool:
    """Every goal's years over when its document was published: what was reached then is known, the goal is not it."""
    for fact in goals:
        years = [int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", fact.period or "")]
        stated = published.get(fact.citation.document)
        if stated is None or not years or max(years) >= stated:
            return False
    return True


def _pledged_in_the_year_asked(fact: Fact, question: ParsedQuestion, published: Mapping[str, int]) -> bool:
    """'In 2014, Canada promised its allies it would move toward 2% of GDP': a country's pledge a sentence dates by
    the year it was made (no deadline of its own), the year a question asking what was spent then names; the pledge
    is no level of that year ('What share of GDP did Canada spend on defence in 2014?'). A year after its document
    was published is no year a pledge was made in ('the total will reach 2.6% in 2027', written in 2025)."""
    if fact.measure == measure_in_role(MeasureRole.GOAL) or "deadline" in fact.qualifiers:
        return False
    made = {int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", fact.period or "")}
    written = published.get(fact.citation.document)
    if written is not None and made and min(made) > written:
        return False
    return lexicon.is_country(fact.subject) and bool(question.years) and set(question.years) <= made


def members_goal_for_the_alliance(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'What share of GDP did allies agree to spend at The Hague?' is not answered by 'The UK Government is committed
    to raising defence spending to 2.5% of GDP by April 2027': one ally's own goal is not one the allies set together.
    A question naming that ally, or asking which ally or who stands at an end, is left to the other checks."""
    if answer.calculation or question.extreme is not None or not answer.facts or question.has(*ALLY_ASKED):
        return []
    if {*question.entities, *question.groups} != {lexicon.NATO_ALLIES}:
        return []
    if not all(_goal_share(fact) and lexicon.is_country(fact.subject) for fact in answer.facts):
        return []
    return [f"entity {lexicon.NATO_ALLIES}: one ally's own goal, not the allies' together"]


def _a_table_change(fact: Fact) -> bool:
    return fact.citation.cell is not None and is_change(fact)


ITEM_AFTER = re.compile(r"^\W*(?:in|on|for|into|towards?)\s+(?:(?:the|a|an|its|their|new)\s+)?(.+)$")
YEAR_WORD = re.compile(r"\d{4}")
MAX_THING_WORDS = 3  # what "how many" counts: its first words
TYPED_WORD = re.compile(r"(?<=[\w,] )[\w'’-]+")  # a word as typed after another word of its sentence
NUMBER_WORD = re.compile(r"\d[\d,]*(?:\.\d+)?")  # a number as written in digits ('60', '1,000')
QUOTE_PUNCTUATION = ".,;:!?()[]*“”‘’\"'"  # around a word as a sentence writes it
NAME_AFTER_NUMBER = 3  # words a count's number may stand before the name of what it counts ('60 Jaguar')
ITEM_WORDS = 3  # the head of what an amount is for: 'the sovereign nuclear warhead programme' → its first words


def item_unaccounted(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'What is the UK defence budget?' is not answered by 'investing £15 billion in the sovereign nuclear warhead
    programme', nor Estonia's budget by '€1.6 billion on ammunition': an amount its own words spend on a named
    item is that item's, and the question must name it (or an idea of it: 'personnel' for 'soldiers'). An answer
    holding the whole beside its items ('EUR 86 billion, combining EUR 62.4 billion from the regular budget') is
    the whole's."""
    if answer.calculation:
        return []
    amounts = [f for f in answer.facts if f.unit is Unit.MONEY and f.citation.cell is None and f.text]
    items = [item for item in map(_item_of, amounts) if item]
    if not amounts or len(items) < len(amounts):
        return []
    asked = set(question.words) | {stem(word) for word in question.words}
    concepts = lexicon.concepts(sorted(asked))
    if any(label_asked(fact, asked | concepts) for fact in amounts):
        return []  # '- Nuclear modernization: $49.2 billion for the bomber …': the item its label names is asked
    for item in items:
        if not any(accounted_by_question(word, asked, concepts) for word in item):
            return [f"quantity: an amount for {' '.join(item)}"]
    return []


def counted_thing_unaccounted(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'How many Apache helicopters did Warsaw buy?' is not answered by the '250 Abrams tanks' of 'ordered 250
    Abrams tanks … and 96 Apache attack helicopters': a count its own words give to another thing, when the
    thing asked is counted elsewhere in its sentence. A name the question gives the thing ('Jaguar vehicles') that
    its sentence puts after another number ('382 Griffon … vehicles and 60 Jaguar … vehicles') is that number's."""
    counted = _things_counted(question.words)
    if answer.calculation or not counted:
        return []
    asked = set(question.words) | {stem(word) for word in question.words}
    concepts = lexicon.concepts(sorted(asked))
    numbers = cues().numbers
    counts = [f for f in answer.facts if f.unit is Unit.COUNT and f.citation.cell is None and f.text]
    names = _names_typed(question, counted)
    things = []
    for fact in counts:
        own = [w for w in normalise(fact.text or "").split() if w not in STOPWORDS and w not in numbers]
        things.append([word for word in own if not word[:1].isdigit()])
    if not counts or any(
        not own or (any(accounted_by_question(w, asked, concepts) for w in own) and not _named_apart(fact, names))
        for fact, own in zip(counts, things, strict=True)
    ):
        return []  # a count of the thing asked, or one whose words name nothing else
    quoted = {stem(word) for fact in counts for word in normalise(fact.citation.quote).split()}
    if not all(stem(word) in quoted for word in counted):
        return []  # the thing asked is not counted beside them: another check's concern
    return [f"quantity: a count of {' '.join(counted)}, not of {' '.join(things[0])}"]


def _names_typed(question: ParsedQuestion, counted: list[str]) -> list[str]:
    """The words of what 'how many' counts that the question writes with a capital mid-sentence ('Jaguar' of 'How
    many Jaguar vehicles'): the thing's own name; an ally's or a body's name is the entity check's."""
    words = [match.group(0) for match in TYPED_WORD.finditer(question.text)]
    capitalised = {word.casefold() for word in words if word[:1].isupper()}
    return [word for word in counted if word in capitalised and word not in question.entity_words]


def _named_apart(fact: Fact, names: list[str]) -> bool:
    """The count's sentence puts a name asked after a number of its own ('… and 60 Jaguar … vehicles'), not the
    count's: the count is of another thing the sentence names."""
    words = [token.strip(QUOTE_PUNCTUATION).casefold() for token in fact.citation.quote.split()]
    for index, word in enumerate(words):
        if word not in names:
            continue
        before = [other for other in words[max(0, index - NAME_AFTER_NUMBER) : index] if NUMBER_WORD.fullmatch(other)]
        if before and float(before[-1].replace(",", "")) != fact.value:
            return True  # the number nearest before the name counts it ('signed in July 2022 for 1,000 K2 tanks')
    return False


def without_counts_of_other_things(question: ParsedQuestion, facts: list[Fact]) -> list[Fact]:
    """'How many Apache helicopters did Warsaw buy?' of 'ordered 250 Abrams tanks … and 96 Apache attack
    helicopters': the count of the thing asked, without the sentence's counts of other things beside it."""
    others = {fact.id for fact in facts if counts_another_thing(question, fact)}
    asked_in = {fact.citation.quote for fact in facts if fact.unit is Unit.COUNT and fact.id not in others}
    return [fact for fact in facts if fact.id not in others or fact.citation.quote not in asked_in]


def without_amounts_for_other_items(question: ParsedQuestion, facts: list[Fact]) -> list[Fact]:
    """'How much is going to the sovereign warhead programme?' of '£15 billion for the sovereign warhead programme …;
    £1.5 billion for at least six new munitions factories': the amount for the item asked, without the sentence's
    amounts for other items beside it, when one is for the item asked."""
    asked = set(question.words) | {stem(word) for word in question.words}
    concepts = lexicon.concepts(sorted(asked))

    items = {
        fact.id: _item_of(fact)
        for fact in facts
        if fact.unit is Unit.MONEY and fact.citation.cell is None and fact.text
    }
    named = {key: any(accounted_by_question(word, asked, concepts) for word in item) for key, item in items.items()}
    if not any(named[key] and items[key] for key in items):
        return facts  # no amount is for the item asked: the verifier weighs them as they are
    return [fact for fact in facts if not items.get(fact.id) or named[fact.id]]


def counts_another_thing(question: ParsedQuestion, fact: Fact) -> bool:
    """A document's count whose own words name a thing the question's 'how many …' does not ask ('spread over
    seven years' for 'how many EU members …')."""
    counted = _things_counted(question.words)
    if not counted or fact.unit is not Unit.COUNT or fact.citation.cell is not None or not fact.text:
        return False
    asked = set(question.words) | {stem(word) for word in question.words}
    concepts = lexicon.concepts(sorted(asked))
    numbers = cues().numbers
    own = [w for w in normalise(fact.text).split() if w not in STOPWORDS and w not in numbers]
    own = [word for word in own if not word[:1].isdigit()]
    return bool(own) and not any(accounted_by_question(w, asked, concepts) for w in own)


def _things_counted(words: tuple[str, ...]) -> list[str]:
    """The words after 'how many' naming what is counted ('how many apache helicopters did …' -> apache,
    helicopters)."""
    for index in range(len(words) - 1):
        if words[index : index + 2] == ("how", "many"):
            following = list(itertools.takewhile(lambda word: word not in STOPWORDS, words[index + 2 :]))
            return following[:MAX_THING_WORDS]
    return []


def accounted_by_question(word: str, asked: set[str], concepts: set[str]) -> bool:
    return word in asked or stem(word) in asked or bool(lexicon.concepts([word]) & concepts)


def _item_of(fact: Fact) -> list[str]:
    """The first words of what an amount's own clause spends it on ('in the sovereign nuclear warhead …'), none
    when it names only what every figure shares ('in new defence spending')."""
    own, figure = normalise(fact.measure_text or ""), normalise(fact.text or "")
    after = own.split(figure, 1)[-1] if figure and figure in own else ""
    head = after.split()[:1]
    if head and head[0] in domain.question_words().verifier.deal_nouns:
        return head  # 'a SEK 4.2bn contract from the Swedish Defence Materiel Administration': the contract's
    found = ITEM_AFTER.match(after) if after else None
    if not found:
        return []
    words = found.group(1).split()
    if lexicon.find_mentions(words[:ITEM_WORDS], lexicon.entity_aliases()):
        return []  # 'for Europe last year': whom it is about, not what it buys
    if _names_a_time(words[0]):
        return []  # 'sales of €9.75 billion for 2024 on Wednesday': when it was, not what it buys
    neutral = domain.question_words().verifier.neutral
    item = [w for w in words if w not in STOPWORDS and not w[:1].isdigit()][:ITEM_WORDS]
    return item if any(word not in neutral for word in item) else []


def _names_a_time(word: str) -> bool:
    """A year, a month or a day of the week ('2024', 'march', 'wednesday')."""
    table = cues()
    return YEAR_WORD.fullmatch(word) is not None or word in table.months or word in _day_names()


@functools.cache
def _day_names() -> frozenset[str]:
    return frozenset(fold(day) for day in cues().raw.day_names)


def place_unaccounted(operations: Iterable[str], answer: Answer, *, one_subject: bool) -> list[str]:
    """'Where does Italy rank in spending?' asks a place among the allies: Italy's figure alone is no place; a
    place worked out, or a rank a document states, is one."""
    if "rank" not in set(operations) or not one_subject or answer.operation == "rank":
        return []
    if any(fact.unit is Unit.RANK for fact in answer.facts):
        return []
    return ["quantity: a place among the allies"]


def per_person_unaccounted(asks_per_person: bool, evidence: Iterable[str]) -> list[str]:
    """'How much did Estonia spend per person?' is not answered by Estonia's total."""
    if not asks_per_person or set(evidence) & domain.question_words().verifier.per_person_evidence:
        return []
    return ["quantity: per person"]


NOUN_REACH = 2  # '1 million people': the words after a number its noun may be, past a scale word
COUNTING_NUMBER = re.compile(r"(?!(?:19|20)\d\d$)\d+(?:\.\d+)?")  # a year is no count ('2014 personnel costs')


def counts_people(words: Sequence[str]) -> bool:
    """'is the us military over a million people', 'more than 200,000 troops': a number counting people."""
    people = domain.question_words().verifier.people_counted
    return any(
        COUNTING_NUMBER.fullmatch(word) is not None
        and any(later in people for later in words[index + 1 : index + 1 + NOUN_REACH])
        for index, word in enumerate(words)
    )


def asks_change_in_points(question: ParsedQuestion) -> bool:
    """'how much up from 2023 to 2024 (pp)?', 'in percentage points': a change of a share in points is asked; not
    when the points are ruled out ('in %, not pts')."""
    joined = f" {' '.join(question.words)} "
    phrases = domain.question_words().operations.points_of_change
    asked = [phrase for phrase in phrases if f" {phrase} " in joined]
    return bool(asked) and not any(f" {negation} {phrase} " in joined for phrase in asked for negation in ("not", "no"))


def asks_basis_points(asked: Question | ParsedQuestion) -> bool:
    """'how many bps did it move?': a change or gap between shares asked in hundredths of a percentage point."""
    return asked.has(*domain.question_words().operations.basis_points)


def basis_points_unstated(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'How many bps above the 2% line is that?': a difference of shares asked in basis points is answered by one
    worked out in them, never by another figure the words also fit (a count of allies above the line)."""
    if not asks_basis_points(question) or "basis points" in (answer.calculation or ""):
        return []
    return ["quantity: basis points"]


def asks_a_difference_around(words: Sequence[str]) -> bool:
    """'how many thousand soldiers more has NATO …': a difference phrase with what it counts inside it (a few words
    between its opening and its comparative, and no 'than' after it: 'how many allies more than 2%' counts allies)."""
    said = set(words)
    for phrase in domain.question_words().operations.difference_around:
        *opening, comparative = phrase.split()
        if comparative not in said:
            continue
        for start in range(len(words) - len(opening)):
            if list(words[start : start + len(opening)]) != opening:
                continue
            inside = start + len(opening)
            for at in range(inside + 1, min(inside + 1 + MAX_WORDS_INSIDE_A_DIFFERENCE, len(words))):
                if words[at] == comparative and list(words[at + 1 : at + 2]) != ["than"]:
                    return True
    return False


def asks_a_gap_in_points(words: Sequence[str]) -> bool:
    """'how many percentage points was Poland below the 5% target?': an amount asked in points with a relation to a
    line after it is the gap to that line; 'how many points did it rise?' relates it to nothing and is a change."""
    asked = domain.question_words()
    operations, quantities = asked.operations, asked.quantities
    joined = f" {' '.join(words)} "
    for opening in quantities.gap_in_points:
        start = joined.find(f" {opening} ")
        if start < 0:
            continue
        rest = joined[start + len(opening) + 1 :]
        in_points = any(rest.startswith(f" {unit} ") for unit in operations.change_in_points)
        if in_points and quantities.gap_relations & set(rest.split()):
            return True
    return False


def asks_a_margin(words: Sequence[str]) -> bool:
    """'which spends more, the UK or France, and by how much?': the margin of a comparison named before it is a
    difference; so is one opening a question that compares after it ('by how many dollars did Germany's spending
    exceed Great Britain's?'). 'by how much did it grow?' names no comparison."""
    operations = domain.question_words().operations
    joined = f" {' '.join(words)} "
    if not any(f" {phrase} " in joined for phrase in operations.margin):  # most questions name no margin at all
        return False
    comparatives = {*operations.greater, *operations.lesser}
    if opens_a_margin(words) and comparatives & set(words):
        return True
    return any(opens_a_margin(words[at:]) and comparatives & set(words[:at]) for at in range(1, len(words)))


def opens_a_margin(words: Sequence[str]) -> bool:
    """The words open with a phrase asking the margin of a comparison ('by how much', 'by what margin')."""
    return any(
        list(words[: len(phrase.split())]) == phrase.split() for phrase in domain.question_words().operations.margin
    )


def sides_offered(words: Sequence[str], index: int) -> tuple[str, str] | None:
    """'more or less than France', 'higher or lower': both directions of one comparison offered around the 'or' at
    `index`, as (the word of the higher side, the word of the lower side); None when the 'or' offers no such pair."""
    if words[index] != "or" or index == 0 or index + 1 >= len(words):
        return None
    operations = domain.question_words().operations
    before, after = words[index - 1], words[index + 1]
    if before in operations.greater and after in operations.lesser:
        return before, after
    if before in operations.lesser and after in operations.greater:
        return after, before
    return None


def asks_the_economy_alone(words: Sequence[str], *, percent_typed: bool) -> bool:
    """'What was the GDP of Italy in 2024?', 'Italy GDP 2024': the economy named with no word of defence, spending,
    a share or a ratio, and no percentage typed, asks the economy's own size."""
    verifier = domain.question_words().verifier
    # the currency an amount is asked in ('in constant 2015 dollars') names no spending beside the economy
    concepts = lexicon.concepts([word for word in words if word not in SHARED_WORDS["money"]])
    alone = bool(concepts & verifier.economy_alone) and not concepts & verifier.economy_not_with
    other_words = verifier.economy_not_with_words | cues().other_gdp_quantities  # 'aid … of gross national income'
    return alone and not other_words & set(words) and not percent_typed
