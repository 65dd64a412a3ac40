"""Verify the numbers of a question and of an answer's calculation: a number asked is one the facts state, an
operand the member typed is a cited figure, and a sum, mean or ratio asked is worked out (or stated whole).

Part of `knowledge.ask.verify`, which runs these checks beside the others.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence

from knowledge import domain, lexicon, phrasing
from knowledge.ask.arithmetic import comparison_sides
from knowledge.ask.parse import Operation, ParsedQuestion, dated_offset_in
from knowledge.ask.quantities import is_change
from knowledge.ask.verify_entities import members_of_groups
from knowledge.ask.verify_evidence import TEXT_CACHE, lead_in, names_in, question_answered
from knowledge.ask.verify_vocabulary import Scaffolding, is_number
from knowledge.cues import cues
from knowledge.figures import Token, number_value, tokenize
from knowledge.measures import MEASURES
from knowledge.models import Answer, Fact, Unit
from knowledge.question import STOPWORDS
from knowledge.readers.prose import FOOTNOTE_MARK
from knowledge.words import normalise, numbers_in

PLAN_CONCEPT = "plan"  # a course set toward a goal ('the path', 'the roadmap'): data in concepts.toml
GOAL_NAME_REACH = 2  # 'the hague 5% pledge': the words before a goal's figure that may name it

SEVERAL_PARTS = 2  # amounts of one subject and year a statement lists side by side
ARITHMETIC = frozenset({Operation.SUM, Operation.AVERAGE, Operation.RATIO})
RATIO_KIND = "other"  # the kind of a multiple comparing two entities' figures ('six and a half times what Moscow does')
COMBINED = frozenset({Operation.SUM.value, Operation.AVERAGE.value})
SERIES_WORKED_OUT = frozenset({Operation.STREAK, Operation.SERIES_EXTREME})  # worked out over a series' years
COUNTED_UNITS = frozenset({Unit.COUNT, Unit.PEOPLE})
PERCENT_UNITS = frozenset({Unit.PERCENT, Unit.PERCENT_OF_GDP})
HINT_TOLERANCE = 0.1  # how far a figure may be from an approximate one offered ('around two-thirds' for 64%)
YEAR_RANGE = (1900, 2100)  # a number in it before 'pledge' or 'plan' names the goal's year ('the 2014 pledge')
THAN = "than"  # what a comparison asked is set against comes after it
YEAR_WORD = re.compile(r"(?:19|20)\d{2}")
EXPRESSION = re.compile(r"((?:\d[\d,]*(?:\.\d+)?\s*[−+×÷*/-]\s*)+\d[\d,]*(?:\.\d+)?)\s*=")
# 'in 2024-25', 'by 2032/33': a fiscal year, named by its first year and the last two digits of the next
FISCAL_YEAR = re.compile(r"\b((?:19|20)\d\d)\s?[-–/]\s?(\d\d)\b")
ORDINAL_DIGITS = re.compile(r"(\d+)(?:st|nd|rd|th)")
YEAR_NOUNS = frozenset({"year", "years"})
PARENTHESES = re.compile(r"\([^()]*\)")
SEVERAL_SUBJECTS = re.compile(r",| and ")  # a subject of several entities: 'the United States, China and Russia'
PERCENT_IN_TEXT = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?%")
PERCENT_WORDED = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)")
YEAR_IN_TEXT = re.compile(r"\b(?:19|20)\d\d\b")
BETWEEN = re.compile(  # 'between 5% and 6% of GDP', 'between EUR 16 and 19 billion'
    r"\bbetween\s+[$€£]?\s?(?:[A-Z]{3}\s)?(\d[\d,]*(?:\.\d+)?)\S*\s+(?:\w+\s+)?and\s+[$€£]?\s?(?:[A-Z]{3}\s)?(\d[\d,]*(?:\.\d+)?)"
)
# 'roughly 50,000 to 60,000 more soldiers', '5 to 6% of GDP': a range written with 'to' — never 'from 2% to 3.5%' (a
# change), a figure of one kind to one of another ('rose 10% to $100bn': a change and a level) nor years ('2025-26 to
# 2035-36', '2.0% in 2025 to 3.5%')
TO_RANGE = re.compile(
    r"(?<!from )(?<!by )(?<![\d,.\-–/])([$€£]\s?)?(\d[\d,]*(?:\.\d+)?)(%| percent)?"
    r"\s+to\s+([$€£]\s?)?(\d[\d,]*(?:\.\d+)?)(?![\d\-–/])"
)


# a footnote's mark as prose writes it, or as a quote escapes it for Markdown ('\\[5\\]')
FOOTNOTE_MARKS = re.compile(rf"{FOOTNOTE_MARK}|(?:\\\[\d{{1,3}}\\\])+")


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=0.01, abs_tol=0.051)


def near(hint: float, figure: float) -> bool:
    """An approximate figure offered ('around two-thirds', 'roughly 20%') is near the figure stated."""
    return math.isclose(hint, figure, rel_tol=HINT_TOLERANCE)


def approximate_numbers(question: ParsedQuestion) -> set[float]:
    """The numbers a question offers as approximate ('a figure around two-thirds', 'roughly 20%?'): a hint at the
    figure asked, not a condition the answer must state as typed."""
    words = question.words
    hints: set[float] = set()
    for phrase in cues().raw.qualifiers["approximate"]:
        before = tuple(phrase.split())
        for index, word in enumerate(words):
            if is_number(word) and index >= len(before) and words[index - len(before) : index] == before:
                hints |= numbers_in(word)
    return hints


def stated(value: float, figures: set[float]) -> bool:
    return any(close(value, figure) for figure in figures)


def percentages_in(text: str) -> list[float]:
    return [float(number.replace(",", "")) for number in PERCENT_IN_TEXT.findall(text)]


def _choice_decided(words: tuple[str, ...], figures: set[float]) -> set[float]:
    """'How many member states does NATO have - 31 or 32?': the numbers offered either side of 'or' are the choice
    the answer's figure makes, not each a condition it must state; when it states one, the other is accounted."""
    decided: set[float] = set()
    for index, word in enumerate(words):
        if word != "or" or index == 0:
            continue
        after = [later for later in words[index + 1 : index + 3] if later not in STOPWORDS]
        before, other = _typed_number(words[index - 1]), _typed_number(after[0] if after else "")
        if before and other and before != other and any(stated(value, figures) for value in before | other):
            decided |= before | other
    return decided


def _typed_number(word: str) -> set[float]:
    return numbers_in(word) if is_number(word) else set()


@functools.lru_cache(maxsize=TEXT_CACHE)
def numbers_stated(text: str) -> frozenset[float]:
    """The numbers a quote states, in digits or in words ('the two percent guideline', 'twenty-three allies'); a
    footnote's mark ('… within the current fiscal year.[5]') states none."""
    text = FOOTNOTE_MARKS.sub(" ", text)
    table = cues()
    spelt = {number_value(token, table) for token in tokenize(text)}
    # 'a ten-year package', 'a five-year plan': a compound states the number it opens with ('one-third' a third)
    fractions = set(table.raw.fraction_words)
    for token in tokenize(text):
        head, _, tail = token.word.partition("-")
        if tail and tail.removesuffix("s") not in fractions and number_value(token, table) is None:
            spelt.add(number_value(Token(head, head, token.start, token.start + len(head)), table))
    return frozenset(numbers_in(text) | {number for number in spelt if number is not None})


class NumberCheck:
    """The numbers a question names and the calculation it asks, against an answer."""

    def __init__(
        self,
        texts: dict[str, str],
        scaffolding: Scaffolding,
        facts: Iterable[Fact],
        heading_of: Callable[[Fact], str],
    ) -> None:
        self.texts = texts
        self.heading_of = heading_of  # the heading of a prose fact's section (the verifier's reading of them)
        self.scaffolding = scaffolding
        # a document's statements by what they state of whom: the parts of a whole told one after another
        self._kindred: dict[tuple[str, str, str], list[Fact]] = {}
        for fact in facts:
            if fact.citation.cell is None and fact.value is not None:
                self._kindred.setdefault((fact.citation.document, fact.measure, fact.subject), []).append(fact)
        self.count_cues = domain.question_words().asked_kinds.count
        self._document_numbers: dict[str, frozenset[float]] = {}

    def numbers(self, question: ParsedQuestion, answer: Answer) -> list[str]:
        # what the facts state (their figures, their quotes) and the calculation: never a locator or a date line
        figures = set(answer.values) | set(answer.conditions) | numbers_in(answer.calculation or "")
        # 'over 90 billion dollars': the line tested is 9e10, typed as 90 with its scale word
        figures |= {line / scale for line in answer.conditions for scale in set(cues().raw.scales.values())}
        if answer.operation in COMBINED and answer.calculation:  # 'the five year sum': how many figures it adds up
            figures.add(float(len(answer.facts)))
        counted = question.has(*self.count_cues) and all(fact.unit in COUNTED_UNITS for fact in answer.facts)
        goals, wholes = goals_named(question), wholes_named(question)
        for fact in answer.facts:
            figures |= {v for v in (fact.value, fact.total) if v is not None}
            # 'how many met 2% in 2014?': a count's condition must be the count's own ('three of the then 28
            # members … met the guideline' counts members, not those at 2%), not any figure of its sentence
            figures |= numbers_stated(f"{_own_words(fact)} {_count_clause(fact)}" if counted else fact.citation.quote)
            figures |= numbers_in(fact.citation.column_label or "")  # a table cell's condition ('At or above 2%')
            # 'how much of the 5%': the paragraph's whole; never a sibling's own figure ('at least 3.5% … goes to
            # what?' is not answered by 'Up to 1.5% of GDP goes to …', though the 3.5% comes before it)
            lead = lead_in(self.texts, fact)
            named = goals | {whole for whole in wholes if _part_of(fact, whole)}
            figures |= numbers_stated(lead) - (self._siblings_in(fact, lead) - named)
            # 'A: 18 of the 32 members.' answers 'Q: How many NATO members met the 2% guideline …?': its condition
            figures |= numbers_stated(question_answered(self.texts, fact))
        if len({fact.subject for fact in answer.facts}) >= 2:
            return []  # a list or ranking: the numbers are its threshold or its length ('top 5', 'above 3%')
        another = _another_goal(question, answer)
        if another:
            return another
        asked = numbers_in(" ".join(w for w in self.scaffolding.focus(question) if is_number(w)))
        # 'when will the 5% pledge be reviewed?': asking a date of a goal named by its number, the number is the
        # goal's name (stated in the answer's documents), not a figure the date must state
        dated = answer.facts and all(fact.unit is Unit.DATE for fact in answer.facts)
        documents = {fact.citation.document for fact in answer.facts}
        named = self._goals_dated(question, answer.facts, documents) if dated else set()
        named |= _fiscal_years_stated(question.text, answer.facts)
        if counted:  # 'how many allies met 2% in 2014?' answered by '… only three allies met the guideline'
            named |= {n.value for n in question.numbers if n.percent} & self._goals_met(answer.facts, documents)
        named |= _choice_decided(question.words, figures)
        hints = approximate_numbers(question)
        return [
            f"number {n.value:g}"
            for n in question.numbers
            if n.value in asked and not stated(n.value, figures) and n.value not in named
            if not (n.value in hints and any(near(n.value, figure) for figure in figures))
        ]

    def _siblings_in(self, fact: Fact, lead: str) -> set[float]:
        """The figures that statements before a fact in its line state of the same measure and subject: the other
        parts of a whole, each its own figure."""
        if not lead:
            return set()
        kindred = self._kindred.get((fact.citation.document, fact.measure, fact.subject), [])
        return {
            other.value
            for other in kindred
            if other.value is not None and other.value != fact.value and other.citation.quote in lead
        }

    def _goals_met(self, facts: list[Fact], documents: set[str]) -> set[float]:
        """The numbers a count's documents state, when the count is of those meeting a goal its sentence names
        ('… pledged to move towards the guideline, only three allies met it'): the goal's number is the
        condition counted, stated where the document names the goal by it."""
        words = cues().raw
        goals = domain.question_words().verifier.goal_nouns
        for fact in facts[:1]:  # the count the answer leads with; its sentence's other figures stand beside it
            said = normalise(f"{_own_words(fact)} {_count_clause(fact)}").split()
            if fact.measure in MEASURES:  # a known measure ('the then 28 members') counts no one meeting anything
                return set()
            if not set(said) & set(words.reach_words):
                return set()
            if _met_what_was_said(said, words.reach_words):
                return numbers_stated(fact.citation.quote)
            if not set(normalise(fact.citation.quote).split()) & set(goals):
                return set()
        return self._numbers_of_documents(documents)

    def _goals_dated(self, question: ParsedQuestion, facts: list[Fact], documents: set[str]) -> set[float]:
        """The goals a question names by their number ('when is the 5% pledge to be reviewed?') that a date answers:
        one its documents state, unless the date's paragraph (or the heading over it) speaks of another share
        ('By 2024, NATO expected 23 of its 32 members to meet the guideline', after '… to move towards 2% of GDP'
        dates the 2%, never the 5% the document names elsewhere); then only a goal the paragraph names."""
        goals = goals_named(question)
        around = " ".join(self._paragraph(fact) for fact in facts)
        shares = set(percentages_in(around))
        if shares - goals:
            return goals & numbers_in(around)
        return goals & self._numbers_of_documents(documents)

    def _paragraph(self, fact: Fact) -> str:
        """A prose fact's paragraph (its line) with the heading of its section; '' for a table's cell."""
        text, span = self.texts.get(fact.citation.document, ""), fact.citation.span
        if span is None or fact.citation.cell is not None:
            return ""
        start, end = text.rfind("\n", 0, span.start) + 1, text.find("\n", span.end)
        return f"{self.heading_of(fact)} {text[start : end if end >= 0 else None]}"

    def _numbers_of_documents(self, documents: set[str]) -> set[float]:
        found: set[float] = set()
        for document in documents:
            if document not in self._document_numbers:
                self._document_numbers[document] = frozenset(numbers_in(self.texts.get(document, "")))
            found |= self._document_numbers[document]
        return found


def _met_what_was_said(said: list[str], reach_words: Sequence[str]) -> bool:
    """'… promised to move towards 2 per cent, only three of them met it': a count of those meeting a pronoun meets
    the line its sentence stated before it."""
    pronouns = domain.question_words().third_person
    return any(word in reach_words and following in pronouns for word, following in itertools.pairwise(said))


def _fiscal_years_stated(text: str, facts: list[Fact]) -> set[float]:
    """'In 2024-25' names a fiscal year, whose '25' is no figure asked: it is accounted for by a fact whose period or
    sentence names that fiscal year (a calendar year's figure, a table's 2024, does not answer for it)."""
    ends: set[float] = set()
    for start, end in FISCAL_YEAR.findall(text):
        if (int(start) + 1) % 100 != int(end):
            continue  # '2024-28' is no fiscal year
        named = re.compile(rf"\b{start}\s?[-–/]\s?{end}\b")
        if any(
            named.search(f"{fact.period or ''} {fact.citation.quote} {fact.citation.row_label or ''}") for fact in facts
        ):
            ends.add(float(end))
    return ends


def _count_clause(fact: Fact) -> str:
    """A count's clause in its sentence, from its own words to the clause's end, asides left out: 'only three of the
    then 28 members (the United States, …) met the guideline;', 'only three of them reported defence expenditure at
    or above 2% of GDP.' (what was counted is said after the count)."""
    own, quote = fact.measure_text or "", fact.citation.quote
    if not own or own not in quote or fact.measure in MEASURES:
        return ""  # a known measure ('NATO's 32 allies': the membership) counts no one its clause goes on about
    rest = PARENTHESES.sub(" ", quote[quote.index(own) :])
    return re.split(r"[,;.:](?!\d)", rest, maxsplit=1)[0]


def _own_words(fact: Fact) -> str:
    """What a fact states of its own figure: its measure's label, or the statement's own words for it."""
    measure = MEASURES.get(fact.measure)
    return " ".join(filter(None, [measure.label if measure else "", fact.measure_text, fact.text]))


def _another_goal(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'when was the 5% pledge agreed?' is not answered by a sentence's other goal ('The 5% pledge replaces the 2%
    of GDP guideline that Allies agreed at the Wales Summit in 2014'), unless the question asks about another goal
    beside it ('what did the 5% pledge replace?') or a part of it."""
    goals = {goal for goal in goals_named(question) - wholes_named(question) if not is_year(goal)}  # 'the 2014 pledge'
    lead = answer.facts[0] if answer.facts else None
    if not goals or lead is None or lead.value is None or lead.citation.cell is not None:
        return []
    asks_more = question.yes_no or question.operations  # a test or a gap against the goal, not the goal itself
    if asks_more or answer.calculation or answer.conditions or lead.unit not in PERCENT_UNITS:
        return []
    if lead.value in goals or set(question.words) & domain.question_words().verifier.goal_relations:
        return []
    return [f"number {goal:g}: the answer states another goal ({lead.value:g}%)" for goal in sorted(goals)][:1]


def is_year(value: float) -> bool:
    return value.is_integer() and YEAR_RANGE[0] <= value <= YEAR_RANGE[1]


def wholes_named(question: ParsedQuestion) -> set[float]:
    """The numbers the question names as a whole it asks a part of: 'how much of the 5% has to be core defence?'."""
    words = question.words
    befores = [tuple(phrase.split()) for phrase in domain.question_words().verifier.whole_before]
    wholes: set[float] = set()
    for index, word in enumerate(words):
        if is_number(word) and any(
            index >= len(before) and words[index - len(before) : index] == before for before in befores
        ):
            wholes |= numbers_in(word)
    return wholes


def _part_of(fact: Fact, whole: float) -> bool:
    """A figure that can be a part of the whole: a smaller one, in percent (a share of the same GDP)."""
    return fact.value is not None and fact.unit in (Unit.PERCENT, Unit.PERCENT_OF_GDP) and fact.value < whole


def goals_named(question: ParsedQuestion) -> set[float]:
    """The numbers the question uses as a goal's name: followed by a goal noun ('the 5% pledge', 'the 2
    percent guideline')."""
    words = question.words
    named: set[float] = set()
    for index, word in enumerate(words):
        if is_number(word) and _names_a_goal(words, index):
            named |= numbers_in(word)
    return named


def _names_a_goal(words: tuple[str, ...], index: int) -> bool:
    """The number at `index` is a goal's name: before a goal noun ('the 5% pledge'), after a word framing a goal
    ('toward 5%'), or before a course toward it ('the 5% path', 'the 2% roadmap')."""
    return domain.names_a_goal(words, index + 1) or framed_as_a_goal(words, index) or _names_a_course(words, index)


def _names_a_course(words: tuple[str, ...], index: int) -> bool:
    """'when does the 5% path get reviewed?': a course set toward a goal, named by the goal's figure."""
    verifier = domain.question_words().verifier
    following = [word for word in words[index + 1 : index + 4] if word not in verifier.goal_number_words]
    return bool(following) and PLAN_CONCEPT in lexicon.concepts(following[:1])


def goal_name_words(question: ParsedQuestion) -> dict[str, set[float]]:
    """The words naming a goal beside its figure, each with the figure: 'hague' of 'the hague 5% pledge', 'wales' of
    'the 2% wales pledge' (a few words before the figure, back to a little word, and those up to the goal noun)."""
    verifier = domain.question_words().verifier
    words = question.words
    named: dict[str, set[float]] = {}
    for index, word in enumerate(words):
        if not is_number(word) or not _names_a_goal(words, index):
            continue
        before = list(itertools.takewhile(_names_something, reversed(words[max(0, index - GOAL_NAME_REACH) : index])))
        after = itertools.takewhile(lambda w: w not in verifier.goal_nouns, words[index + 1 : index + 4])
        for name in (*before, *after):
            if _names_something(name) and name not in verifier.goal_number_words:
                named.setdefault(name, set()).update(numbers_in(word))
    return named


def _names_something(word: str) -> bool:
    return word not in STOPWORDS and not is_number(word)


def framed_as_a_goal(words: tuple[str, ...], index: int) -> bool:
    """'the path toward 5%', 'under 5%': a number after a word framing a goal, naming nothing else after it (not
    'toward the 1.5% part', which names a part)."""
    verifier = domain.question_words().verifier
    before = [word for word in words[:index] if word not in STOPWORDS]
    after = [word for word in words[index + 1 :] if word not in verifier.goal_number_words]
    return bool(before) and before[-1] in verifier.goal_frames and (not after or after[0] in STOPWORDS)


def operands_unaccounted(question: ParsedQuestion, answer: Answer) -> list[str]:
    """A number the member typed is never an operand of a calculation unless a cited fact states it."""
    if not answer.calculation or "=" not in answer.calculation:
        return []
    cited = [v for fact in answer.facts for v in (fact.value, fact.total) if v is not None]
    operands = {n for expression in EXPRESSION.findall(answer.calculation) for n in numbers_in(expression)}
    typed = {number.value for number in question.numbers}
    return [f"operand {o:g}" for o in operands if o in typed and not any(close(o, c) for c in cited)]


def _states_an_average(fact: Fact) -> bool:
    """A document's own sentence saying its figure is an average ('averaged $334 per capita', 'on average')."""
    said = f" {normalise(fact.citation.quote)} "
    return fact.citation.cell is None and any(
        f" {phrase} " in said for phrase in domain.question_words().operations.average
    )


def calculation_unaccounted(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'combined', 'average', 'how many times': a calculation, or one fact about the whole group asked for."""
    asked = question.operations & ARITHMETIC
    if not asked:
        return []
    if answer.calculation:  # 'sum of Türkiye's spending 2022 through 2024' is not answered by its change
        operations = {op.value for op in question.operations}
        other = answer.operation is not None and answer.operation not in operations and not answer.yes_no
        return ["calculation: " + ", ".join(sorted(op.value for op in asked))] if other else []
    if Operation.SUM in asked and _parts_listed(answer):
        return ["calculation: sum"]  # 'procurement falls to $167.5 billion, and RDT&E to $143.2 billion': no total
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
        # a ratio its statement states: 'Washington spends more than six and a half times what Moscow does'
        or (Operation.RATIO in asked and any(_states_the_ratio(fact, named) for fact in answer.facts))
        # an average its statement states: 'world milex averaged $334 per capita'
        or (Operation.AVERAGE in asked and any(_states_an_average(fact) for fact in answer.facts))
    )
    if question.extreme is not None and not named:
        # 'what did the top five spend together': the ranked allies together, never the one figure of one of them
        answered_as_stated = any(
            SEVERAL_SUBJECTS.search(fact.subject) or fact.subject in members_of_groups() for fact in answer.facts
        )
    if answered_as_stated and not cells_for_a_ratio:
        return []
    return ["calculation: " + ", ".join(sorted(op.value for op in question.operations & ARITHMETIC))]


def _parts_listed(answer: Answer) -> bool:
    """A statement giving one subject's several amounts of a year, each a part ('Procurement falls to $167.5 billion,
    and RDT&E to $143.2 billion'): what a sum asked adds up, not the sum."""
    amounts = [fact for fact in answer.facts if fact.unit is Unit.MONEY and fact.measure_kind != "change"]
    one_quote = len({fact.citation.quote for fact in answer.facts}) == 1
    same = len({(fact.subject, fact.period) for fact in amounts}) == 1
    values = sorted({fact.value * (fact.scale or 1.0) for fact in amounts if fact.value is not None})
    # '€800 billion …, including €150 billion in loans': a whole with its part, which the sentence says it includes
    # before one of them ('… reaching €106 billion, or roughly 31% of the total' names no whole of its own)
    quote = answer.facts[0].citation.quote.casefold() if answer.facts else ""
    figures = [f"{fact.value:g}" for fact in amounts if fact.value is not None]
    including = any(
        (at := quote.find(f"{word} ")) >= 0 and any(figure in quote[at:] for figure in figures)
        for word in domain.question_words().verifier.including
    )
    whole = including and len(values) >= SEVERAL_PARTS and values[-1] >= sum(values[:-1])
    return one_quote and same and len(values) >= SEVERAL_PARTS and not whole


def sum_across_sides(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'Spain and Italy combined outspent Germany', 'the Baltics vs Poland': a sum adds up one side of a comparison;
    one adding figures of both sides answers nothing asked."""
    if answer.operation != Operation.SUM.value:
        return []
    sides = comparison_sides(question, list(question.entities))
    subjects = {fact.subject for fact in answer.facts}
    if sides is None or not (subjects & set(sides[0]) and subjects & set(sides[1])):
        return []
    return ["calculation: a sum across both sides of a comparison"]


def _states_the_ratio(fact: Fact, named: set[str]) -> bool:
    """A multiple of one of the allies named compared with the other, whom its own clause names."""
    others = named - {fact.subject}
    return (
        fact.measure_kind == RATIO_KIND
        and fact.subject in named
        and len(others) == len(named) - 1 > 0
        and all(names_in(name, fact.measure_text or "") for name in others)
    )


def no_gap_worked_out(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'How far short of 2% was Spain?', 'by how much over the line?': a table cell states a figure, never its
    distance from a line, nor does a document's statement of the line; the gap is worked out (or a document states
    it)."""
    if Operation.GAP not in question.operations or answer.calculation or not answer.facts:
        return []
    # a document's statement of the line itself ('At least 3.5% of GDP goes to core defence') is no gap from it
    lines = [number.value for number in question.numbers]
    stating = [
        fact
        for fact in answer.facts
        if fact.citation.cell is None and not (fact.value is not None and any(close(fact.value, v) for v in lines))
    ]
    return [] if stating else ["calculation: gap"]


def no_difference_worked_out(question: ParsedQuestion, answer: Answer, *, follow_up: bool = False) -> list[str]:
    """'difference in per capita spending between norway and denmark', 'US minus europe+canada': two table cells
    listed side by side are the operands of the difference asked, never its answer; it is worked out (or a
    document states it)."""
    if Operation.DIFFERENCE not in question.operations or answer.calculation or answer.yes_no:
        return []
    cells = [fact for fact in answer.facts if fact.citation.cell is not None]
    if len(cells) != len(answer.facts) or not cells:
        return []
    if len({(f.subject, f.period) for f in cells}) >= 2:
        return ["calculation: difference"]
    # 'how much higher is Denmark's spending than ten years ago?': compared with itself at another time, a level's cell
    # of one year is either end, never the difference (a cell of the change since then is)
    if _than_another_time(question.words) and not any(is_change(fact) for fact in cells):
        return ["calculation: difference"]
    # a follow-up ('…, and how many more military personnel did Poland have?') carries the figure it is compared with:
    # the cells of one ally and year (its personnel, its share of GDP) are figures of their own, never the
    # difference; asked afresh, one row may be the difference itself ('NATO minus the US': Europe and Canada's)
    return ["calculation: difference"] if follow_up and answer.operation is None else []


def _than_another_time(words: tuple[str, ...]) -> bool:
    """'… than ten years ago', '… than in 2014': what the question compares with is a time, not another entity."""
    if THAN not in words:
        return False
    after = words[len(words) - words[::-1].index(THAN) :]
    return any(YEAR_WORD.fullmatch(word) for word in after) or dated_offset_in(after) is not None


def not_one_change(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'In how many years was it above 2%' is a count of years and 'the average annual real change' a mean,
    whatever change their words also name: neither is answered by one change between two years."""
    # 'how many years in a row has it gone up?': a document's own count of years ('the tenth consecutive year', 'adds
    # NOK 600 billion over 12 years') answers it as stated
    over_the_series = question.operations & SERIES_WORKED_OUT
    if over_the_series and answer.operation not in {op.value for op in over_the_series} and _cells_only(answer):
        # 'since when has Poland been at 2% without a break?', 'when did it peak?': no cell states a run of years or
        # the year of a series' end; it is worked out over every year (a document's sentence may state it)
        return ["calculation: " + ", ".join(sorted(op.value for op in over_the_series))]
    counting = {Operation.YEARS_COUNTED, Operation.STREAK} & question.operations  # 'how many years (in a row)'
    worked_out = answer.operation in {operation.value for operation in counting}
    if counting and not worked_out and not any(counts_years(fact) for fact in answer.facts):
        return ["calculation: years counted"]
    if Operation.AVERAGE in question.operations and answer.operation == Operation.CHANGE.value:
        return ["calculation: average"]
    if Operation.ANNUAL_GROWTH in question.operations and answer.operation != Operation.ANNUAL_GROWTH.value:
        return ["calculation: annual growth"]  # one span's change, or a year's, is not a rate a year
    return []


def _cells_only(answer: Answer) -> bool:
    return bool(answer.facts) and all(fact.citation.cell is not None for fact in answer.facts)


def counts_years(fact: Fact) -> bool:
    """A count whose own clause counts years by its figure: 'over 12 years', 'the tenth consecutive year', 'for
    the 30th straight year' (a count of allies 'this year' counts no years)."""
    if fact.unit not in COUNTED_UNITS or fact.value is None:
        return False
    table = cues()
    tokens = tokenize(fact.measure_text or "")
    for index, token in enumerate(tokens):
        value = number_value(token, table)
        if value is None:
            value = _ordinal_value(token.word, table.raw.ordinals)
        if value is None or not close(value, fact.value):
            continue
        after = index + 1
        while after < len(tokens) and tokens[after].word in table.raw.ordinal_count_after:
            after += 1
        if after < len(tokens) and tokens[after].word in YEAR_NOUNS:
            return True
    return False


def _ordinal_value(word: str, ordinals: dict[str, int]) -> float | None:
    """'tenth' 10, '30th' 30: an ordinal in words or in digits with its suffix."""
    if word in ordinals:
        return float(ordinals[word])
    match = ORDINAL_DIGITS.fullmatch(word)
    return float(match.group(1)) if match else None


def range_ends(quote: str) -> list[tuple[str, str]]:
    """The two ends, as written, of each range a sentence states: 'between 5% and 6%', '50,000 to 60,000'."""
    return list(_range_ends(quote))


@functools.lru_cache(maxsize=TEXT_CACHE)  # read off every quote of an answer, by several rules on every check
def _range_ends(quote: str) -> tuple[tuple[str, str], ...]:
    ends: list[tuple[str, str]] = [(low, high) for low, high in BETWEEN.findall(quote)]
    for match in TO_RANGE.finditer(quote):
        low_currency, low, low_percent, high_currency, high = match.groups()
        if (low_percent and not quote[match.end() :].lstrip().startswith(("%", "percent"))) or (
            high_currency and not low_currency
        ):
            continue
        if not any(_year_like(end) for end in (low, high)):
            ends.append((low, high))
    return tuple(ends)


def _year_like(written: str) -> bool:
    return written.isdigit() and YEAR_RANGE[0] <= int(written) <= YEAR_RANGE[1]


def one_end_of_a_range(answer: Answer) -> list[str]:
    """'Vilnius wants to spend between 5% and 6% of GDP': an answer stating one end misstates the sentence;
    it states both (the sentence itself, verbatim) or neither."""
    lead = answer.answer.split(" — *", 1)[0].replace("**", "")  # what the answer says before citing
    for fact in answer.facts:
        if fact.value is None or phrasing.escape(fact.citation.quote) in lead:
            continue  # the sentence itself, verbatim, states its range as it stands
        for written in range_ends(fact.citation.quote):
            ends = [float(end.replace(",", "")) for end in written]
            if any(close(fact.value, end) for end in ends) and not all(
                any(close(end, value) for value in answer.values) for end in ends
            ):
                return ["quantity: both ends of a range"]
    return []


def year_of_another_figure(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'In which year does Germany expect to reach 3.5% of GDP?' against '… 2.8 percent next year and 3.5 percent
    in 2029 — well ahead of the 2035 deadline …': the year asked of a figure is the one its sentence puts nearest
    that figure, never another of the sentence's years."""
    # 'when did leaders sign up to the 5% goal?' names the goal by its figure and asks the day it was agreed
    lines = {number.value for number in question.numbers if number.percent} - goals_named(question)
    asks_time = question.asks_year or question.has(*domain.question_words().asked_kinds.date)
    if not lines or not asks_time:
        return []
    for fact in answer.facts:
        if fact.value is None or not YEAR_RANGE[0] <= fact.value <= YEAR_RANGE[1] or fact.citation.cell is not None:
            continue
        nearest = _years_nearest(fact.citation.quote, lines)
        if nearest and fact.value not in nearest:
            return [f"year: {fact.value:.0f} is not the year of the figure asked"]
    return []


def _years_nearest(text: str, lines: set[float]) -> set[float]:
    """The year written nearest each statement of the figures asked in a text (none when it states none)."""
    years = [(match.start(), match.end(), float(match.group())) for match in YEAR_IN_TEXT.finditer(text)]
    nearest: set[float] = set()
    for figure in PERCENT_WORDED.finditer(text):
        if not years or not any(close(float(figure.group(1)), line) for line in lines):
            continue
        gaps = [(max(start - figure.end(), figure.start() - end), year) for start, end, year in years]
        nearest.add(min(gaps)[1])
    return nearest


LINE_REACH = 3  # words between a reach word and the line it names ('to reach 3.5%', 'to get all the way to 3%')


def only_the_line_to_reach(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'How much more would Australia need to spend each year to reach 3.5% of GDP?' is not answered by 'Australia's
    target is 3.5% of GDP': a line the question names to be reached is its condition, and an answer stating
    nothing but that line answers nothing it asks (a yes or no, or a year it is reached by, may state it)."""
    time_asked = question.asks_year or question.has(*domain.question_words().asked_kinds.date)
    if question.yes_no or answer.yes_no or time_asked or not answer.values or answer.calculation:
        return []
    reach = set(cues().raw.reach_words)
    lines = {
        number.value
        for number in question.numbers
        if number.percent and _named_to_reach(question.words, number.value, reach)
    }
    figures = [value for value in answer.values if not is_year(value)]  # 'by 2035' dates the line
    # the line as written, not a measured figure near it (2.0155% is Europe's level, not the 2% asked about)
    if not lines or not figures or not all(any(math.isclose(value, line) for line in lines) for value in figures):
        return []
    return ["quantity: the line to reach, not what reaching it takes"]


def _named_to_reach(words: tuple[str, ...], line: float, reach: set[str]) -> bool:
    for at, word in enumerate(words):
        typed = _typed_number(word)
        if typed and any(close(line, value) for value in typed):
            return bool(reach & set(words[max(0, at - LINE_REACH) : at]))
    return False


def line_of_another_unit(question: ParsedQuestion, answer: Answer) -> list[str]:
    """'is it more than 2%?' after Canada's spending in dollars: a percentage line is tested against percentages,
    never against an amount ('above US$2')."""
    lines = {number.value for number in question.numbers if number.percent}
    tested = {line for line in answer.conditions if any(close(line, typed) for typed in lines)}
    if not tested or not answer.facts or any(fact.unit in PERCENT_UNITS for fact in answer.facts):
        return []
    return ["quantity: a percentage tested against an amount"]
