"""Parse: a question's words → an immutable `ParsedQuestion` that later stages read and never change.

It reads what the word-level parser (`knowledge.question.parse`: cleaning, typo fixes, countries,
people, years, numbers) found, and adds what the pipeline needs on top: named groups of allies,
the arithmetic asked for, a kind of source named ("the article says", "in the tables"), and the
words after "according to".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from knowledge import domain, lexicon
from knowledge.aggregate import place_asked
from knowledge.ask.exclusions import groups_left_out, left_out
from knowledge.ask.quantities import (
    Extreme,
    asked_currency,
    asked_extreme,
    asks_a_difference_around,
    asks_a_gap_in_points,
    asks_a_margin,
    asks_a_percentage,
    sides_offered,
)
from knowledge.ask.source_kinds import names_a_kind
from knowledge.cues import cues as cue_words
from knowledge.entities import entity_tables, written_as_listed
from knowledge.lexicon import find_mentions, normalise, role_aliases
from knowledge.question import STOPWORDS, Question, data_named_after, gives_the_figures, years_counted_back

MATHS = re.compile(r"\d\s*(?:[+*/×÷^=]|times|plus|minus|divided by|multiplied by)\s*\d")
# A source's name ends at a bracket or a mark: 'according to nato (thousands)' names NATO, not 'nato thousands'.
SOURCE_NAME_END = re.compile(r"[()\[\],;:!?]")
# What opens the list of allies a label names: 'southern flank (italy, …)', 'big four: …', 'nordics - …'
YEAR_NOUNS = frozenset({"year"})
RATIO_WORD = "ratio"  # the bare word: 'its ratio' beside a figure relative to GDP names that share
LABEL_MARKS = ("(", " - ", " – ", ":")
MAX_LABEL_WORDS = 3
MAX_SOURCE_WORDS = 3  # 'according to the nato figures': the words read as the source's name
# A word of a source phrase, as the cues reading what is asked see it: no phrase they look for
SOURCE_MASK = "·"
MEMBERS_CONCEPT = "members"  # the concept (concepts.toml) of the words for allies: 'allies', 'member states'

YEAR_WORD = re.compile(r"(?:19|20)\d\d")


class SourceKind(StrEnum):
    PROSE = "prose"
    TABLE = "table"


class Operation(StrEnum):
    SUM = "sum"
    AVERAGE = "average"
    SHARE_OF_TOTAL = "share_of_total"
    RATIO = "ratio"
    DIFFERENCE = "difference"
    CHANGE = "change"
    FIRST = "first"  # the first year a figure crossed a line ('first year Poland went above 3%')
    GAP = "gap"  # how far a figure is from a line ('how far short of 2% was Spain?')
    YEARS_COUNTED = "years_counted"  # in how many years a figure met a condition ('how many years was it negative')
    RANK = "rank"  # one ally's place among the allies by a figure ('where does Italy rank in spending?')
    ANNUAL_GROWTH = "annual_growth"  # growth a year compounded over a span ("Poland's CAGR 2014-2024")
    STREAK = "streak"  # the years in a row a figure has met a line, to the last year ('consecutive years at 2%')
    SERIES_EXTREME = "series_extreme"  # the year of a series' highest or lowest figure ('when did it bottom out?')
    PART_OF_THE_ECONOMY = "part_of_the_economy"  # a percentage of GDP in money ('what would 2% of Italy's GDP be?')


# operations read from more than their own phrases: a share of a total (whose whole is named), a series' end (with
# the time asked)
WORKED_OUT_APART = frozenset({Operation.SHARE_OF_TOTAL, Operation.SERIES_EXTREME, Operation.PART_OF_THE_ECONOMY})


@dataclass(frozen=True)
class Number:
    value: float
    percent: bool


@dataclass(frozen=True)
class ParsedQuestion:
    text: str
    words: tuple[str, ...]
    entities: tuple[str, ...]
    groups: tuple[str, ...]
    people: tuple[str, ...]
    years: tuple[int, ...]
    numbers: tuple[Number, ...]
    content_words: tuple[str, ...]
    operations: frozenset[Operation]
    source_kind: SourceKind | None
    according_to: tuple[str, ...]
    entity_words: frozenset[str]  # the words that named an entity, group or person
    asks_percentage: bool  # 'what %', 'by what percentage': the quantity asked is a percentage
    asks_year: bool  # 'which year', 'by what year': a day or a figure alone does not answer it
    currency: str | None  # 'in canadian dollars' -> CAD: an amount in that currency is asked
    extreme: Extreme | None  # 'the lowest spenders': the lesser end is asked
    maths: bool  # '36+23', '2.3 times 9': numbers combined by the member, not figures of the documents
    yes_no: bool  # 'did Greece's spending drop in 2023?': the answer is yes or no
    excluded: frozenset[str] = frozenset()  # the allies the question leaves out ('not counting the US')
    source_at: frozenset[int] = frozenset()  # the places of the source phrase's words ('per NATO's breakdown')

    @functools.cached_property  # asked of on every check: worked out once per question
    def joined(self) -> str:
        """The words as the cues reading what is asked see them: the source phrase's words ask nothing ('according
        to NATO's breakdown by category' asks no parts)."""
        return _asked_words(self.words, self.source_at)

    def has(self, *phrases: str) -> bool:
        joined = self.joined
        # a loop, not any() over a generator: asked thousands of times per question, and ~twice as fast
        for phrase in phrases:  # noqa: SIM110
            if f" {phrase} " in joined:
                return True
        return False

    @functools.cached_property
    def dated_offset(self) -> int | None:
        """'this year' 0, 'next year' 1, 'last year' -1: a year counted from each document's date; none when the
        question names its year."""
        return None if self.years else dated_offset_in(self.words)


def dated_offset_in(words: tuple[str, ...]) -> int | None:
    """The years a question counts from each document's date ('last year' -1, 'a decade ago' -10), if it does."""
    joined = f" {' '.join(words)} "
    dated = domain.question_words().dated_years
    named = next((dated[phrase] for phrase in sorted(dated, key=len, reverse=True) if f" {phrase} " in joined), None)
    return named if named is not None else years_counted_back(words)


def _asked_words(words: tuple[str, ...], source_at: frozenset[int]) -> str:
    return f" {' '.join(SOURCE_MASK if at in source_at else word for at, word in enumerate(words))} "


def _first_only_past_a_line(operations: frozenset[Operation], question: Question, joined: str) -> frozenset[Operation]:
    """ "Sweden's first year in the league, 2024": a year told beside 'first year', nothing crossed, asks no first
    year."""
    if Operation.FIRST in operations and not _a_line_to_cross(question, joined):
        return operations - {Operation.FIRST}
    return operations


def _a_line_to_cross(question: Question, joined: str) -> bool:
    """The first year asks when a figure crossed something: a figure named, a line, or one ahead of another ('first
    year Poland went above 3%', 'first year Germany outspent France', 'first reach the target')."""
    if question.numbers or not question.years or sum(map(lexicon.is_ally, question.entities)) >= 2:
        return True
    cues = domain.question_words()
    operations = cues.operations
    crossing = (*operations.greater, *operations.lesser, *operations.reaching, *operations.rises, *operations.falls)
    return _phrases_found(joined, crossing) or bool(set(joined.split()) & cues.verifier.goal_nouns)


def _phrases_found(joined: str, phrases: tuple[str, ...]) -> bool:
    for phrase in phrases:  # noqa: SIM110  (a loop, not any() over a generator: about twice as fast)
        if f" {phrase} " in joined:
            return True
    return False


def _phrases_at(words: tuple[str, ...], phrases: tuple[str, ...]) -> Iterator[tuple[int, str, int]]:
    """Where each phrase stands in the words: its index, the phrase and its length in words (a phrase's first word
    looked up by the word it starts with)."""
    by_first: dict[str, list[tuple[str, list[str]]]] = {}
    for phrase in phrases:
        parts = phrase.split()
        if parts:
            by_first.setdefault(parts[0], []).append((phrase, parts))
    for index, word in enumerate(words):
        for phrase, parts in by_first.get(word, ()):
            if list(words[index : index + len(parts)]) == parts:
                yield index, phrase, len(parts)


def _share_of_a_total(words: tuple[str, ...], phrases: tuple[str, ...], of_the_economy: tuple[str, ...]) -> bool:
    """'Canada's share of the NATO total' asks a part of a total; 'a bigger share of its GDP', 'as a share of GDP'
    name the share-of-GDP figure, a part of the economy, not of a total the question's figures add up to, and so
    does 'share of GDP of all allies': whose economies, right after the economy named."""
    for index, phrase, length in _phrases_at(words, phrases):
        if phrase.startswith("of ") and index > 0 and _ends_an_economy(words[:index], of_the_economy):
            continue
        rest = list(words[index + length :])
        while rest and rest[0] in STOPWORDS:  # 'share of its GDP', 'share of the economy'
            rest.pop(0)
        whole = f"{' '.join(rest)} "
        if not any(whole.startswith(f"{economy} ") for economy in of_the_economy):
            return True
    return False


def _members_listed_after(group: lexicon.Mention, words: tuple[str, ...]) -> bool:
    """'the Nordic allies Denmark, Finland, Norway and Sweden': a group named, then several of its own members listed
    right after it — those members are the allies asked, not every member of the group."""
    members = set(domain.group_members()[group.target])
    # 'taking the southern flank as Italy, Spain, …': the words that may stand between the group and its list
    joiners = set(domain.question_words().list_joiners) | {"as", "namely", "meaning", "ie", "i.e"}
    listed = 0
    at = group.end
    for mention in find_mentions(list(words), lexicon.entity_aliases()):
        if mention.start < at:
            continue
        if mention.target not in members or any(word not in joiners for word in words[at : mention.start]):
            break
        listed += 1
        at = mention.end
    return listed >= 2


MEMBERS_REACH = 3  # words between a group's name and the list of its members it heads ('Southern flank total: …')


def _named_by_its_members(group: lexicon.Mention, words: tuple[str, ...]) -> bool:
    """'Southern flank total: Italy, Spain, Portugal and Greece together': a group heading a list of two or more of
    its own members, a few words after it, is the name the asker gives those members, not every member of the
    group ('how do Estonia and Latvia compare with the Baltic states' average?' keeps the group)."""
    members = set(domain.group_members()[group.target])
    after = [m for m in find_mentions(list(words), lexicon.entity_aliases()) if m.start >= group.end]
    listed = [m for m in after if m.target in members]
    return len(listed) >= 2 and listed[0].start - group.end <= MEMBERS_REACH


def _year_of_an_event_named(words: tuple[str, ...]) -> bool:
    """'pledge review yr', 'wales summit year?': a message without a question word that ends on the year of an event
    named right before it asks when that was."""
    if len(words) < 2 or words[-1] not in YEAR_NOUNS or set(words) & set(domain.question_words().interrogatives):
        return False
    return words[-2] in cue_words().raw.event_words


def _ends_an_economy(before: tuple[str, ...], of_the_economy: tuple[str, ...]) -> bool:
    joined = f" {' '.join(before)}"
    return any(joined.endswith(f" {economy}") for economy in of_the_economy)


def _share_of_another(question: Question, words: tuple[str, ...], phrases: tuple[str, ...]) -> bool:
    """'Germany's spending relative to France's': of two allies named, the one named right after the phrase is the
    whole the other's figure is taken as a share of; 'relative to its economy' names no ally there."""
    if len(question.entities) != 2:
        return False
    named_after = {alias.split()[0] for aliases in question.aliases.values() for alias in aliases}
    for index, _phrase, length in _phrases_at(words, phrases):
        rest = [word for word in words[index + length : index + length + 3] if word not in STOPWORDS]
        if rest and rest[0] in named_after:
            return True
    return False


def _without_bases(joined: str, cues: domain.QuestionWords) -> str:
    """The words without the prices or rates a figure is in ('at current prices', 'at 2015 prices'): the 'at' of a
    basis tests nothing, the 'at' of 'at 2%' does."""
    return _bases_pattern(cues.verifier.bases_after_a_test).sub(" ", joined)


@functools.cache
def _bases_pattern(bases: tuple[str, ...]) -> re.Pattern[str]:
    """The bases as one pattern, 'year' in a basis standing for any year ('at 2015 prices')."""
    written = (re.escape(basis).replace("year", r"(?:19|20)\d\d") for basis in bases)
    return re.compile(rf"(?<= )(?:{'|'.join(written)})(?= )")


def _yes_no_tests(cues: domain.QuestionWords) -> tuple[str, ...]:
    """The tests a yes or no question names: a line met or missed, one figure ahead of another ('did Spain outspend
    Canada?'), a change one way ('did Turkey's spending go up in real terms?')."""
    operations = cues.operations
    return (*cues.verifier.yes_no_tests, *operations.greater, *operations.lesser, *operations.rises, *operations.falls)


def _either(words: tuple[str, ...]) -> bool:
    """'Norway or Denmark' offers a choice; '2% or more', 'or above' only widens a threshold, and 'did Spain hit
    2% or miss it?', 'or fall short' offer the opposite of the test asked: one yes or no question still."""
    return any(
        # 'more or less than France': both directions of one comparison offered are the choice asked, not the
        # opposite of a test
        word == "or" and (sides_offered(words, index) is not None or not _widens_or_opposes(words[index + 1 :]))
        for index, word in enumerate(words)
    )


def _widens_or_opposes(after_or: tuple[str, ...]) -> bool:
    sides = domain.question_words().table_questions
    if not after_or or after_or[0] in sides.widening_words:
        return True
    following = f" {' '.join(after_or)} "
    return any(following.startswith(f" {phrase} ") for phrase in (*sides.below, *sides.above))


@dataclass(frozen=True)
class SourcePhrase:
    """Where a question says whose figure it asks for: the words naming the source ('nato', 'series'; 'annual',
    'report') and the places of the phrase's words ('according to NATO's breakdown'), which name no quantity,
    operation or change asked."""

    named: tuple[str, ...] = ()
    at: frozenset[int] = frozenset()


def _source_named(question: Question, words: tuple[str, ...]) -> SourcePhrase:
    """'According to NATO's series', 'per NATO's category breakdown', 'using NATO's current-dollar figures', 'what
    does NATO say': the source a question names, once."""
    according = _according_to(question.text, words)
    if according.named:
        return according
    givers = _givers_named(question, words)
    if givers.named:
        return givers
    return _body_after_per(words)


def _according_to(text: str, words: tuple[str, ...]) -> SourcePhrase:
    """The content words after "according to", up to three and no further than the phrase as typed goes; a body
    with its data ('according to NATO's June 2024 table') is named by the body and the noun, the words between
    being the figure's."""
    according = next((at for at in range(len(words) - 1) if words[at : at + 2] == ("according", "to")), None)
    if according is None:
        return SourcePhrase()
    start = according + 2
    typed = _typed_according_to().search(text)
    reach = len(SOURCE_NAME_END.split(typed.group(1), maxsplit=1)[0].split()) if typed else len(words)
    body = _giver_at(words, start)
    end = data_named_after(words, body.end) if body else None
    if body and end is not None and end - start <= max(1, reach):
        return _phrase_of(words, {according, according + 1, *range(body.start, body.end), end - 1})
    window = range(start, min(len(words), start + MAX_SOURCE_WORDS, start + max(1, reach)))
    return _phrase_of(words, {according, according + 1, *window})


@functools.cache
def _typed_according_to() -> re.Pattern[str]:
    """'according to' as typed, or a phrase read as it ('as defined by NATO'): where the source's name starts."""
    meanings = domain.question_words().phrase_meanings
    typed = sorted((phrase for phrase, meant in meanings.items() if meant == "according to"), key=len, reverse=True)
    alternatives = "|".join(re.escape(phrase) for phrase in (*typed, "according to"))
    return re.compile(rf"\b(?:{alternatives}) (.*)", re.IGNORECASE | re.DOTALL)


def _phrase_of(words: tuple[str, ...], places: set[int]) -> SourcePhrase:
    """The phrase at those places: its content words name the source ('figures', 'data' name none of their own)."""
    sources = domain.question_words().sources
    fillers = sources.fillers | sources.data_nouns
    at = frozenset(place for place in places if words[place] not in STOPWORDS)
    named = tuple(words[place] for place in sorted(at) if words[place] not in fillers)
    return SourcePhrase(named, at)


ESTIMATE_NOUNS = frozenset({"estimate", "estimates"})


def _giver_at(words: tuple[str, ...], start: int) -> lexicon.Mention | None:
    """The alliance named at `start`, as the body that may give the figures."""
    return next((mention for mention in _givers(words) if mention.start == start), None)


def _givers(words: tuple[str, ...]) -> list[lexicon.Mention]:
    """The alliance, whose tables give the figures. (Another body, 'SIPRI's figures', stays a subject: the statements
    found by their words are those it is the subject or the cited source of.)"""
    return [m for m in find_mentions(list(words), entity_tables().folded) if m.target == lexicon.NATO_ALLIES]


def _givers_named(question: Question, words: tuple[str, ...]) -> SourcePhrase:
    """'per NATO', 'NATO's figure for Spain', 'in NATO's 2024 numbers', 'what does NATO say': a body named as the one
    whose figures are asked, when the question names someone else."""
    openers = domain.question_words().source_openers
    data_openers = domain.question_words().data_openers
    places: set[int] = set()
    for body in _givers(words):
        before, end = body.start - 1, data_named_after(words, body.end)
        # 'per NATO's breakdown', 'in NATO's category breakdown': an opener before and its data after (a few words
        # of the data's kind between) name whose figures, whoever else is named
        opened = before >= 0 and words[before] in data_openers and end is not None and not _a_years_estimate(words, end)
        if not opened and not any(name != body.target for name in question.entities):
            continue  # 'NATO's figure for total spending': the alliance's own figure
        if not gives_the_figures(words, body):
            continue
        places |= {*range(body.start, body.end), *((end - 1,) if end is not None else ())}
        places |= {before} if before >= 0 and words[before] in openers else set()
    return _phrase_of(words, places) if places else SourcePhrase()


def _a_years_estimate(words: tuple[str, ...], end: int) -> bool:
    """'lowest share in the alliance 2024e' ('2024 estimate'): the estimate after a year is that year's, no data
    the body gives."""
    return end >= 2 and words[end - 1] in ESTIMATE_NOUNS and words[end - 2].isdigit()


def _body_after_per(words: tuple[str, ...]) -> SourcePhrase:
    """'Poland's share of GDP in 2024 per NATO': a body named after 'per' at the question's end is whose figure is
    asked, as after 'according to' ('per capita', 'per year' name no body)."""
    if "per" not in words:
        return SourcePhrase()
    start = len(words) - words[::-1].index("per")
    named = tuple(word for word in words[start:] if word not in STOPWORDS)
    if not named or tuple(words[start:]) not in entity_tables().folded:
        return SourcePhrase()
    return SourcePhrase(named, frozenset(range(start - 1, len(words))))


def _bodies_named(text: str, words: tuple[str, ...]) -> list[lexicon.Mention]:
    """The documents' own entities a question names: by their folded names ('sipri', 'the world'), and by the names
    documents match only as written ('EU', 'SAFE', 'EDA'), when the question writes them so too. A name the
    question lexicon reads already ('US', 'UK') is the word-level parser's to read ('in US dollars' is a currency)."""
    found = find_mentions(list(words), entity_tables().folded)
    taken = {index for mention in found for index in range(mention.start, mention.end)}
    said = set(words)
    for alias, name in entity_tables().exact.items():
        named = _alias_words(alias)
        if named and named[0] not in said:  # a name whose first word the question never says is not named in it
            continue
        if named in lexicon.entity_aliases() or not written_as_listed(alias, text):
            continue
        for start in range(len(words) - len(named) + 1):
            span = range(start, start + len(named))
            if words[start : start + len(named)] == named and not taken & set(span):
                found.append(lexicon.Mention(name, " ".join(named), start, start + len(named)))
                taken |= set(span)
    return sorted(found, key=lambda mention: mention.start)


@functools.cache
def _alias_words(alias: str) -> tuple[str, ...]:
    """An exact name's words as a question's words are read ('the EU' -> ('the', 'eu'))."""
    return tuple(normalise(alias).split())


def _group_label(question: Question) -> set[str]:
    """'southern flank (italy, spain, portugal, greece)', 'big four: de, fr, it, uk': a name the asker gives the
    allies they list right after it names them, so its words ask for nothing more."""
    text = question.text.casefold()
    for mark in (*LABEL_MARKS, ", "):
        before, found, after = text.partition(mark)
        if not found:
            continue
        before, after = normalise(before), normalise(after)
        label = before.split()[-MAX_LABEL_WORDS:]
        if mark == ", " and not (label and MEMBERS_CONCEPT in lexicon.concepts(label[-1:])):
            continue  # 'the two newest allies, finland and sweden': a comma labels allies only after a word for them
        named = [alias for aliases in question.aliases.values() for alias in aliases if f" {alias} " in f" {after} "]
        # the list opens right after the mark: 'per Kopf: how much more does Norwegen spend than Dänemark' names
        # its allies in the question the mark opens, and 'per Kopf' is what is asked of them, no label
        opens = any(f"{after} ".startswith(f"{alias} ") for alias in named)
        if len(named) >= 2 and opens and not any(f" {alias} " in f" {before} " for alias in named):
            return set(label)
    return set()


def _span_of_years(words: tuple[str, ...], openers: tuple[str, ...]) -> bool:
    """'from 2014 to 2024', 'between 2019 and 2024' span years; 'how much came from Europe' does not."""
    return any(
        word in openers and index + 1 < len(words) and YEAR_WORD.fullmatch(words[index + 1])
        for index, word in enumerate(words)
    )


def a_ratio_to_the_economy(question: Question, joined: str | None = None) -> bool:
    """'the highest defence spending relative to GDP, and what was its ratio?': a ratio of one figure to the economy
    is its share of GDP, no ratio of two allies' or two years' figures; only the bare word asks it, no 'how many
    times'."""
    cues = domain.question_words()
    joined = f" {' '.join(question.words)} " if joined is None else joined
    others = [phrase for phrase in cues.operations.ratio if phrase != RATIO_WORD and _phrases_found(joined, (phrase,))]
    if others or len(question.entities) > 1 or len(question.years) > 1:
        return False
    return _phrases_found(joined, cues.ratio_to_the_economy)


def _a_part_in_percent(question: Question, words: tuple[str, ...], joined: str) -> bool:
    """'Of everyone in uniform across NATO, what % were Americans?': a percentage asked of one ally beside the
    alliance (or Europe and Canada) named as the whole is that ally's share of it, unless a share of GDP, a
    change or another operation is asked."""
    wholes = {lexicon.NATO_ALLIES, lexicon.EUROPE_AND_CANADA} & set(question.entities)
    parts = set(question.entities) - wholes
    if not wholes or len(parts) != 1 or not (asks_a_percentage(words) or _a_percentage_of(words)):
        return False
    kinds = domain.question_words().asked_kinds
    return not _phrases_found(joined, (*kinds.share_of_gdp, *kinds.change, *kinds.count, *kinds.rank))


def _a_percentage_of(words: tuple[str, ...]) -> bool:
    """'does the US pay over 60% of NATO spending?', '~2/3 of' (read as 66.7%): a percentage named of a whole."""
    return any(word.endswith("%") and words[at + 1 : at + 2] == ("of",) for at, word in enumerate(words))


def _over_a_series(operations: frozenset[Operation], joined: str, extreme: Extreme | None) -> frozenset[Operation]:
    """'how many years in a row': the years counted back from the last, unbroken, not every year counted; 'in which
    year was the US share at its lowest?': the year of the series' end asked."""
    if Operation.STREAK in operations:
        operations -= {Operation.YEARS_COUNTED}
    ends = domain.question_words().series
    named = extreme is not None or _phrases_found(joined, (*ends.highest, *ends.lowest))
    if named and _asks_when(joined):  # 'when was Norway's personnel at its lowest?', 'when did it peak?'
        operations |= {Operation.SERIES_EXTREME}
    return operations


def _asks_when(joined: str) -> bool:
    """'in which year …', 'when was …': a time asked, by its phrase or by 'when' as the first question word ('which
    ally spent most when the pandemic hit?' asks an ally)."""
    if _phrases_found(joined, domain.question_words().asked_kinds.year):
        return True
    asking = [word for word in joined.split() if word in domain.question_words().interrogatives]
    return asking[:1] == ["when"]


def _where_placed(question: Question, words: tuple[str, ...]) -> bool:
    """'and where does Norway come?', 'where does Italy come in spending per head?': 'where', an ally, then a verb
    of placing closing the question or saying by what."""
    operations = domain.question_words().operations
    asked = [word for word in words if word not in domain.question_words().leading_connectives]
    if asked[:1] != ["where"] or not question.entities:
        return False
    placing = [at for at, word in enumerate(asked) if word in operations.where_placed]
    return bool(placing) and asked[placing[0] + 1 : placing[0] + 2] in (
        [],
        *([word] for word in operations.where_placed_by),
    )


def _asked_around_their_words(words: tuple[str, ...]) -> frozenset[Operation]:
    """Operations asked with other words inside their phrases: a difference ('how many thousand soldiers more'), a
    comparison's margin ('… and by how much?'), a gap in points ('how many points was Poland below the 5% target?')."""
    asked = set()
    if asks_a_difference_around(words) or asks_a_margin(words):
        asked.add(Operation.DIFFERENCE)
    if asks_a_gap_in_points(words):
        asked.add(Operation.GAP)
    return frozenset(asked)


ECONOMY_REACH = 5  # words between 'of' and the economy it is a percentage of ('2% of Italy's 2024 GDP')


def _a_part_of_the_economy(words: tuple[str, ...], joined: str) -> bool:
    """'What would 2% of Italy's 2024 GDP have been, in dollars?', 'Spain's spending at 3.5% of GDP, in US dollars?':
    a percentage of an economy asked in money as a supposition, never a share stated ('Spain spent 1.28% of GDP')."""
    cues = domain.question_words()
    if asked_currency(words) is None or not _phrases_found(joined, cues.operations.part_of_the_economy):
        return False
    economy = cues.verifier.economy_alone
    return any(
        word.endswith("%")
        and words[at + 1 : at + 2] == ("of",)
        and lexicon.concepts(words[at + 2 : at + 2 + ECONOMY_REACH]) & economy
        for at, word in enumerate(words[:-1])
    )


def parse_question(question: Question) -> ParsedQuestion:
    words = tuple(question.words)
    source = _source_named(question, words)
    joined = _asked_words(words, source.at)
    group_mentions = find_mentions(list(words), domain.group_aliases())
    cues = domain.question_words()
    operations = frozenset(
        operation
        for operation in Operation
        if operation not in WORKED_OUT_APART and _phrases_found(joined, getattr(cues.operations, operation.value))
    ) | ({Operation.RANK} if _where_placed(question, words) else frozenset())
    if _share_of_a_total(words, cues.operations.share_of_total, cues.asked_kinds.share_of_gdp) or _share_of_another(
        question, words, cues.operations.share_of_another
    ):
        operations |= {Operation.SHARE_OF_TOTAL}
    several = len(question.entities) >= 2 or bool(group_mentions)
    if several and _phrases_found(joined, cues.operations.sum_of_several):
        operations |= {Operation.SUM}
    operations |= _asked_around_their_words(words)
    if _span_of_years(words, cues.operations.change_span):
        operations |= {Operation.CHANGE}
    if _a_part_in_percent(question, words, joined):
        operations |= {Operation.SHARE_OF_TOTAL}
    if not operations & {Operation.GAP, Operation.DIFFERENCE} and _a_part_of_the_economy(words, joined):
        operations |= {Operation.PART_OF_THE_ECONOMY}
    if Operation.DIFFERENCE in operations and not several:
        # 'how many more did nato have in total in 2024 than 2014': one subject's difference between years ('in
        # total' names its total row); a sum needs several subjects to add
        operations -= {Operation.SUM}
    operations = _first_only_past_a_line(operations, question, joined)
    if Operation.ANNUAL_GROWTH in operations:  # 'average annual growth': the mean a year is the compounded rate
        operations -= {Operation.AVERAGE}
    extreme = asked_extreme(words)
    operations = _over_a_series(operations, joined, extreme)
    if Operation.RATIO in operations and a_ratio_to_the_economy(question, joined):
        operations -= {Operation.RATIO}
    if question.opens_as_yes_or_no:  # 'did Spain fall short of 2%?' tests the line; 'how far short?' asks the gap
        operations -= {Operation.GAP}
    source_kind = None
    if _phrases_found(f" {' '.join(words)} ", cues.sources.table):
        source_kind = SourceKind.TABLE
    elif names_a_kind(words, cues.sources.prose):  # 'per the summit note': a note, named by its topic
        source_kind = SourceKind.PROSE
    according_to = source.named
    entity_words = {word for aliases in question.aliases.values() for alias in aliases for word in alias.split()}
    entity_words |= {word for mention in group_mentions for word in mention.alias.split()}
    entity_words |= {word for alias in question.askers.values() for word in alias.split()}  # set aside: no body
    entity_words |= {word for person in question.people for word in person.casefold().split()}
    entity_words |= {word for mention in find_mentions(list(words), role_aliases()) for word in mention.alias.split()}
    # The documents' own entities (the world, SIPRI, the EU…) where the question lexicon names nothing
    bodies = [m for m in _bodies_named(question.text, words) if not set(m.alias.split()) & entity_words]
    if question.entities:  # 'china's spending according to sipri': SIPRI is whose figure, not whom it is about
        bodies = [mention for mention in bodies if not set(mention.alias.split()) <= set(according_to)]
        bodies = [mention for mention in bodies if mention.start not in source.at]  # 'per NATO', 'NATO's figure'
        # "canada's NATO-eligible spending": the rules the figure follows, not whom it is about
        basis = domain.question_words().basis_words
        bodies = [mention for mention in bodies if mention.end >= len(words) or words[mention.end] not in basis]
    entity_words |= {word for mention in bodies for word in mention.alias.split()}
    entity_words |= _group_label(question)
    ranking = extreme is not None or place_asked(question) > 0  # '#2 spender, after the US': a place asked
    excepted = left_out(question, ranking=ranking) | groups_left_out(question, ranking=ranking)
    return ParsedQuestion(
        text=question.text,
        words=words,
        entities=tuple(  # 'not counting the US' asks about everyone but the US
            name
            for name in dict.fromkeys([*question.entities, *(mention.target for mention in bodies)])
            if name not in excepted
        ),
        groups=tuple(
            dict.fromkeys(
                mention.target
                for mention in group_mentions
                if not _members_listed_after(mention, words) and not _named_by_its_members(mention, words)
            )
        ),
        people=tuple(dict.fromkeys([*question.people, *question.role_holders])),
        years=tuple(question.years),
        numbers=tuple(  # the 4 of 'the Visegrad 4' names a group, it is not a figure
            Number(value, percent) for value, percent in question.numbers if f"{value:g}" not in entity_words
        ),
        content_words=tuple(question.content_words),
        operations=operations,
        source_kind=source_kind,
        according_to=according_to,
        entity_words=frozenset(entity_words),
        asks_percentage=asks_a_percentage(words),
        asks_year=_phrases_found(joined, cues.asked_kinds.year) or _year_of_an_event_named(words),
        currency=asked_currency(words),
        extreme=extreme,
        maths=bool(MATHS.search(question.text.casefold())),
        yes_no=question.opens_as_yes_or_no
        and not _either(words)  # 'did Norway or Denmark spend more?' asks which, not yes or no
        and (question.yes_or_no_outright or _phrases_found(_without_bases(joined, cues), _yes_no_tests(cues))),
        excluded=excepted,
        source_at=source.at,
    )
