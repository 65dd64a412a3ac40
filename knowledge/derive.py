"""Figures computed from cited facts, with the arithmetic shown.

Only simple, explainable arithmetic: the complement of a count ("how many missed"),
a fraction ("what share of members"), a difference ("the gap") and a ratio
("how many times bigger"). Every operand is a cited fact.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from knowledge import domain
from knowledge.ask.intent import fraction_taken_of, question_kinds
from knowledge.ask.parse import a_ratio_to_the_economy
from knowledge.ask.quantities import asks_a_margin, sides_offered
from knowledge.ask.types import Candidate, Derived
from knowledge.cues import cues
from knowledge.measures import MEASURES, QuestionKind
from knowledge.models import Fact, Unit
from knowledge.phrasing import format_change, format_number
from knowledge.question import CLAUSE_MARK
from knowledge.words import normalise

if TYPE_CHECKING:
    from knowledge.question import Question

MISS_WORDS = domain.question_words().quantities.missed
FRACTION_WORDS = frozenset({"fraction", "percentage", "proportion"})
# The wholes of amounts a share is taken of: "total" and the nouns of spending, never the members counted
AMOUNT_WHOLES = frozenset({"total", *domain.question_words().verifier.measure_nouns})
DIFFERENCE_WORDS = frozenset({"gap", "difference", "more", "higher", "points", "bigger", "larger"})
RATIO_WORDS = frozenset({"times", "ratio", "multiple"})
PART_OF_PHRASES = ("as a percentage of", "percentage of the", "as a share of the", "relative to")
DENOMINATOR_CUES = frozenset({"than", "to", "against"})  # right before the name, past a 'the'
SHARE_CUES = frozenset({"of", "to", "against"})  # 'as a percentage of France', 'relative to France'
EVERY_REACH = 3  # 'for every dollar Europe spends': 'every', a unit, then the name
REACH_PHRASES = ("have to rise", "have to grow", "need to rise", "needs to rise", "to reach", "to get to", "for a")


def _number(value: float) -> str:
    return format_number(round(value, 2))


def _asks_fraction(question: Question) -> bool:
    words = question.words
    if question.has("percentage of gdp", "percent of gdp", "share of gdp"):
        return False
    if fraction_taken_of(question) in AMOUNT_WHOLES:
        return False  # 'how many percent of NATO total is this?': a share of an amount, never of a count's members
    if question.word_set & FRACTION_WORDS:
        return True
    return any(
        word == "percent" and (index == 0 or not words[index - 1].replace(".", "").isdigit())
        for index, word in enumerate(words)
    )


def _count_facts(chosen: list[Fact]) -> Fact | None:
    return next((fact for fact in chosen if fact.unit is Unit.COUNT and fact.total is not None), None)


def derive(
    question: Question, chosen: list[Fact], candidates: list[Candidate], by_measure: dict[str, list[Fact]]
) -> Derived | None:
    count = _count_facts(chosen)
    if count is not None and count.value is not None and count.total is not None:
        return _from_count(question, count, count.value, count.total)
    # 'relative to GDP …, and what was its ratio?': the share of GDP itself, no ratio of two figures
    ratio = question.word_set & RATIO_WORDS and not a_ratio_to_the_economy(question)
    if (ratio or question.has("for every", "for each")) and not question.has("how many times did"):
        pair = _pair(chosen, candidates)
        if pair:
            return _ratio(question, *pair)
    reach = _to_reach(question, chosen)
    if reach is not None:
        return reach
    if (
        _comparative_than(question)
        or asks_a_margin(question.words)
        or question.has(*domain.question_words().operations.difference)
        or (
            question.word_set & DIFFERENCE_WORDS
            and question.has("how much more", "how many points", "gap", "difference", "percentage points", "higher")
        )
    ):
        pair = _pair(chosen, candidates)
        if pair:
            return _difference(*pair, _either_side_asked(question), _side_tested(question))
    if question.has(*PART_OF_PHRASES) and not _of_the_economy(question):
        pair = _pair(chosen, candidates)
        if pair and _level_asked(question, pair):
            return _part_of(question, *pair)
    return None


def _of_the_economy(question: Question) -> bool:
    """'the defence spending of Estonia and Latvia as a percentage of GDP': the whole named is each one's economy,
    a share of GDP asked of both, not one ally's figure as a share of the other's."""
    joined = f" {' '.join(question.words)} "
    economies = tuple(phrase.removeprefix("of ") for phrase in cues().raw.gdp_phrases)
    for phrase in PART_OF_PHRASES:
        at = joined.find(f" {phrase} ")
        if at >= 0 and joined[at + len(phrase) + 2 :].startswith(economies):
            return True
    return False


def _level_asked(question: Question, pair: tuple[Fact, Fact]) -> bool:
    """'Germany's spending relative to France's' takes a level as a share of another: two changes (each ally's real
    change) divided answer it only when a change is what is asked."""
    changes = any(QuestionKind.CHANGE in MEASURES[fact.measure].kinds for fact in pair if fact.measure in MEASURES)
    return not changes or QuestionKind.CHANGE in question_kinds(question)


def _part_of(question: Question, first: Fact, second: Fact) -> Derived:
    """'A as a percentage of B', 'A relative to B': A ÷ B in the order named (B named after 'of', 'to'); with no
    whole named, the smaller as a share of the larger."""
    whole = (
        _named_after(question, {first.subject, second.subject}, SHARE_CUES) if first.subject != second.subject else None
    )
    if whole is not None:
        part, whole_fact = (second, first) if first.subject == whole else (first, second)
    else:
        part, whole_fact = sorted((first, second), key=lambda fact: fact.value or 0)
    value = (part.value or 0) / (whole_fact.value or 1) * 100
    return Derived(
        value,
        f"{_number(value)}%",
        f"{_number(part.value or 0)} ÷ {_number(whole_fact.value or 0)} × 100 = {_number(value)}%",
        [part, whole_fact],
    )


def _named_after(question: Question, subjects: set[str], cues: frozenset[str]) -> str | None:
    """The subject whose name comes right after one of the cues ('relative to France', 'of the US figure')."""
    for name in subjects:
        for alias in question.aliases.get(name, []):
            first_word = alias.split()[0]
            for position, word in enumerate(question.words):
                before = [w for w in question.words[max(0, position - 3) : position] if w != "the"]
                if word == first_word and before and before[-1] in cues:
                    return name
    return None


def _from_count(question: Question, fact: Fact, met: float, total: float) -> Derived | None:
    missed = total - met
    words = question.word_set
    if words & RATIO_WORDS and missed:
        value = met / missed
        return Derived(
            value,
            _number(value),
            f"{_number(met)} ÷ ({_number(total)} − {_number(met)}) = "
            f"{_number(met)} ÷ {_number(missed)} = {_number(value)}",
            [fact],
        )
    if question.has("more") and words & MISS_WORDS and words & {"than"}:
        value = met - missed
        return Derived(
            value,
            _number(value),
            f"{_number(met)} − ({_number(total)} − {_number(met)}) = "
            f"{_number(met)} − {_number(missed)} = {_number(value)}",
            [fact],
        )
    misses = bool(words & MISS_WORDS) or question.has("would have to", "still need", "left to")
    if _asks_fraction(question):
        part = missed if misses else met
        value = part / total * 100
        shown = f"({_number(total)} − {_number(met)})" if misses else _number(met)
        return Derived(value, f"{_number(value)}%", f"{shown} ÷ {_number(total)} × 100 = {_number(value)}%", [fact])
    if misses:
        return Derived(missed, _number(missed), f"{_number(total)} − {_number(met)} = {_number(missed)}", [fact])
    return None


def _to_reach(question: Question, chosen: list[Fact]) -> Derived | None:
    """'How many points would Europe's share have to rise for a 50/50 split?': the named figure minus the
    first-named subject's share (50 − 36 = 14)."""
    if not question.has(*REACH_PHRASES) or not question.numbers or not question.entities:
        return None
    target = question.numbers[0][0]
    fact = next((f for f in chosen if f.subject == question.entities[0] and f.unit is Unit.PERCENT), None)
    if fact is None or fact.value is None or not 0 < target <= 100:
        return None
    value = target - fact.value
    return Derived(
        value,
        f"{_number(value)} percentage points",
        f"{_number(target)} − {_number(fact.value)} = {_number(value)} percentage points",
        [fact],
    )


def _pair(chosen: list[Fact], candidates: list[Candidate]) -> tuple[Fact, Fact] | None:
    first = chosen[0]
    if first.value is None:
        return None
    pool = chosen[1:] + [candidate.fact for candidate in candidates]
    for fact in pool:
        if fact.id == first.id or fact.value is None or fact.unit != first.unit:
            continue
        if fact.measure != first.measure:
            continue
        if first.citation.cell is not None and (fact.subject == first.subject or fact.period != first.period):
            continue  # table rows compare across allies in one year; across years is a trend
        if fact.subject != first.subject or fact.value != first.value:
            return first, fact
    return None


def _either_side_asked(question: Question) -> tuple[str, str, str] | None:
    """'It has more or less than France?': the subject asked about first and the question's own words for the
    higher and the lower side, when it asks which of the two it is."""
    if not question.entities:
        return None
    offered = (sides_offered(question.words, index) for index in range(len(question.words)))
    sides = next((pair for pair in offered if pair is not None), None)
    return (question.entities[0], *sides) if sides is not None else None


def _side_tested(question: Question) -> tuple[str, bool] | None:
    """'is that more than Denmark?' after Norway's figure, 'is Italy's lower than France's?': asked yes or no, the
    ally tested (not the one named after 'than') and whether it is asked to be the higher."""
    if not _compared_yes_or_no(question) or "than" not in question.words or len(question.entities) != 2:
        return None
    than = question.words.index("than")
    operations = domain.question_words().operations
    before = question.words[than - 1] if than else ""
    if before not in operations.greater and before not in operations.lesser:
        return None
    after = " ".join(question.words[than + 1 :])
    based = [name for name in question.entities if any(alias in after for alias in question.aliases.get(name, []))]
    tested = [name for name in question.entities if name not in based]
    return (tested[0], before in operations.greater) if len(tested) == 1 else None


def _comparative_than(question: Question) -> bool:
    """'more than Denmark', 'less than Denmark's', 'spent less on defence than France': a comparative of either
    direction with 'than' (a lesser side compares two figures just as a greater one does)."""
    operations = domain.question_words().operations
    return "than" in question.word_set and bool(
        question.word_set & {*operations.greater, *operations.lesser, *DIFFERENCE_WORDS}
    )


def _compared_yes_or_no(question: Question) -> bool:
    """The comparison asked opens its clause as a yes or no question ('is that more than Denmark?', also after a
    lead the follow-up was restated with: 'How much does Norway spend …, is that more than Denmark?')."""
    clause = next((part for part in reversed(CLAUSE_MARK.split(question.text)) if " than " in f" {part} "), "")
    opening = normalise(clause).split()[:1]
    return bool(opening) and opening[0] in domain.question_words().verifier.yes_no_starts


def _difference(
    first: Fact,
    second: Fact,
    either_side: tuple[str, str, str] | None = None,
    tested: tuple[str, bool] | None = None,
) -> Derived:
    high, low = sorted((first, second), key=lambda fact: fact.value or 0, reverse=True)
    value = (high.value or 0) - (low.value or 0)
    unit = " percentage points" if high.unit in {Unit.PERCENT, Unit.PERCENT_OF_GDP} else ""
    # an amount or a headcount in the units people read it in ('US$461.0 billion'), the rest as a number
    headline = format_change(value, high) if high.unit in {Unit.MONEY, Unit.PEOPLE} else f"{_number(value)}{unit}"
    higher = _which_is_higher(high, low, either_side)
    shown = f"{headline} — {higher}" if higher else headline
    if tested is not None and tested[0] in (high.subject, low.subject) and high.value != low.value:
        subject, asks_higher = tested
        shown = f"{'Yes' if (subject == high.subject) == asks_higher else 'No'} — {shown}"
    return Derived(
        value,
        shown,
        f"{_number(high.value or 0)} − {_number(low.value or 0)} = {_number(value)}{unit}",
        [high, low],
    )


def _which_is_higher(high: Fact, low: Fact, either_side: tuple[str, str, str] | None = None) -> str:
    """'how much more did Poland spend than Germany?': the gap alone would read as Poland's lead; the answer says
    whose figure is the higher — in the question's own words when it asks which side one is ('Germany: less than
    France')."""
    if not (high.subject and low.subject and high.subject != low.subject and high.measure == low.measure):
        return ""
    if either_side is not None and either_side[0] in (high.subject, low.subject):
        asked, greater, lesser = either_side
        return (
            f"{asked}: {greater} than {low.subject}"
            if asked == high.subject
            else f"{asked}: {lesser} than {high.subject}"
        )
    return f"{high.subject} above {low.subject}"


def _denominator(question: Question, subjects: set[str]) -> str | None:
    """The entity a ratio is taken against: named after 'than', 'to', 'for every', 'per' ('the ratio of UK
    to French personnel', 'how many times more than Europe did the US', 'for every dollar Europe spends')."""
    # the asker's 'us' names no one ('than us Estonians' takes the ratio against Estonia, not the United States)
    words = ["" if at in question.pronoun_us_at else word for at, word in enumerate(question.words)]
    for cue_test in (_after_denominator_cue, _after_ratio_of):  # 'to'/'than' first: 'ratio of A to B'
        for name in sorted(subjects):
            for alias in question.aliases.get(name, []):
                # the whole alias at its place: 'the states' is not any 'the' ('than the uk')
                named = alias.split()
                for position in range(len(words) - len(named) + 1):
                    if words[position : position + len(named)] == named and cue_test(words, position):
                        return name
    return None


def _after_ratio_of(words: list[str], position: int) -> bool:
    """'Norway's per capita figure as a ratio of the US figure': what it is taken as a ratio of is the denominator;
    'the ratio of US spending to …' names the numerator first."""
    before = [word for word in words[max(0, position - 4) : position] if word != "the"]
    return before[-3:] in (["a", "ratio", "of"], ["a", "fraction", "of"])


def _after_denominator_cue(words: list[str], position: int) -> bool:
    """'than Europe', 'to the UK', 'to that of NATO Europe': the name right after a cue ('that of' refers back)."""
    before = [word for word in words[max(0, position - 4) : position] if word not in {"the", ""}]
    if before[-2:] in (["that", "of"], ["those", "of"]):
        before = before[:-2]
    named_after_cue = bool(before and before[-1] in DENOMINATOR_CUES)
    return named_after_cue or "every" in words[max(0, position - EVERY_REACH) : position]


def _times_fewer(question: Question) -> bool:
    """'How many times smaller', 'times less': the factor the side named first falls short by, the other side over
    it, as 'how many times more' takes the side named first over the other."""
    lesser = domain.question_words().operations.lesser
    words = question.words
    return any(word == "times" and after in lesser for word, after in itertools.pairwise(words))


def _ratio(question: Question, first: Fact, second: Fact) -> Derived:
    """'The ratio of UK to French personnel': the one named first over the other; unnamed, the larger over
    the smaller ('how many times more')."""
    denominator = _denominator(question, {first.subject, second.subject})
    if denominator is not None and first.subject != second.subject:
        low = first if first.subject == denominator else second
        high = second if low is first else first
        if _times_fewer(question):  # 'how many times smaller was the UK's than the US's': the factor, US over UK
            high, low = low, high
    else:
        high, low = sorted((first, second), key=lambda fact: fact.value or 0, reverse=True)
    value = (high.value or 0) / (low.value or 1)
    return Derived(
        value,
        f"about {_number(value)} times",
        f"{_number(high.value or 0)} ÷ {_number(low.value or 0)} ≈ {_number(value)}",
        [high, low],
    )
