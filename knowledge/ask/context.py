"""Follow-up context: 'and europe?', 'how many didn't?' borrow what the previous answer was about.

The stage completes the question in place (its people, entities, context facts and pronoun flag) and
returns it, so the later stages see one question whatever way it was asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from knowledge import domain, lexicon
from knowledge.ask.index import FactIndex
from knowledge.ask.intent import (
    AUXILIARIES,
    FOLLOW_UP_PRONOUNS,
    FOLLOW_UP_START,
    MEMBER_WORDS,
    PERSON_PRONOUNS,
    THING_PRONOUNS,
)
from knowledge.ask.quantities import asked_extreme
from knowledge.ask.retrieve import measure_scores, required_forms
from knowledge.ask.types import RANKING
from knowledge.cues import cues
from knowledge.figures import spelled_reader
from knowledge.lexicon import normalise
from knowledge.measures import MEASURES, office_measures, sets_a_goal
from knowledge.models import Answer, Fact, Unit
from knowledge.question import STOPWORDS, Question, parse, stem, time_counted_words, years_counted_from_another
from knowledge.remarks import without_remarks
from knowledge.spelled import words_in_digits

OPEN_PREFIX = "open:"

FOLLOW_UP_FILLERS = domain.question_words().follow_ups.fillers
# The measure naming each office's holder, by its title ('Secretary General').
OFFICES = office_measures()
YEAR = re.compile(r"\b((?:19|20)\d\d)e?\b")  # a year, or an estimate's as tables write it ('2024e')
POINTING = frozenset({"that", "this", "it"})  # words pointing at the previous answer's figure


def _asked_before(previous: Answer) -> str:
    """The previous message as it asked, the remarks around it aside ('… in 2024? I assumed the US at 3.4%': the
    asker's guess is no ally the follow-up goes on about)."""
    asked = previous.question
    end = asked.rfind("?") + 1
    tail = asked[end:].strip()
    # only a remark after the question mark is left out: the question's own words stay as typed ('the three Baltic
    # states (Estonia, Latvia, Lithuania)' names the field a follow-up's 'the three' points back at)
    return asked[:end] if end and tail and tail not in without_remarks(asked) else asked


def refers_to_previous_answer(words: list[str]) -> bool:
    """'is that…', 'how many of them' point at the last answer; 'that country' points at an entity in it."""
    for index, word in enumerate(words):
        if word in POINTING:
            following = words[index + 1] if index + 1 < len(words) else ""
            if following not in MEMBER_WORDS | {"person", "man", "woman", "city", "place", "guy"}:
                return True
    return False


def add_role_holders(index: FactIndex, question: Question) -> Question:
    """'the sec gen' means the person the documents name as Secretary General."""
    for mention in lexicon.find_mentions(question.words, lexicon.role_aliases()):
        for fact in index.by_measure.get(OFFICES.get(mention.target, ""), []):
            if fact.text and fact.text not in question.people:
                question.people.append(fact.text)
                question.role_holders.append(fact.text)
    return question


def is_follow_up(index: FactIndex, question: Question) -> bool:
    """A short question that opens like a follow-up, points back, or names no subject or no measure of its own."""
    short = len(question.content_words) <= 8
    # 'lol. now do the US one': it opens as a follow-up once the slang and remarks before it are off
    opening = without_remarks(question.text).lower()
    follow_up = opening.startswith(FOLLOW_UP_START) or bool(question.word_set & FOLLOW_UP_PRONOUNS)
    return short and (follow_up or not question.entities or not measure_scores(index, question))


def with_context(index: FactIndex, question: Question, previous: Answer | None) -> Question:
    """The question with its role holders named and, for a follow-up, what the previous answer was about."""
    add_role_holders(index, question)
    if previous is None or not previous.facts or not is_follow_up(index, question):
        return question
    pronoun = bool(question.word_set & FOLLOW_UP_PRONOUNS)
    question.context_facts = list(previous.facts)
    question.pronoun = refers_to_previous_answer(question.words)
    question.measure_from_context = _measure_from_context(own_words(question), previous.facts)
    tables_only = all(fact.citation.cell is not None for fact in previous.facts)
    relative = _relative_year(question, previous.facts)
    if relative is not None:
        question.years = [relative]  # 'what about the year after?' after Estonia's real change in 2023
    if not question.years and (tables_only or question.pronoun):
        # 'and infrastructure?' after Italy's equipment in 2023; 'and france?' after Canada's share in 2017; 'what
        # share of GDP was that?' after Poland's spending in 2023, whichever source stated it
        question.years = _shared_year(previous.facts)
    if question.entities and question.people and not pronoun:
        return question
    # "he", once the question knows who he is, borrows no country from the previous answer
    about_person = bool(question.word_set & PERSON_PRONOUNS) and bool(question.people)
    table_rows = [fact for fact in previous.facts if fact.citation.cell is not None]
    whole_table = len({fact.subject for fact in table_rows}) > 2
    people = set(index.people.values())
    for fact in previous.facts:
        if whole_table and fact.citation.cell is not None:
            continue  # after "which allies met 2%?", "how many didn't?" is about the allies, not each row
        for name in _names_in(question, fact):
            if name in people:
                if name not in question.people and (pronoun or not question.people):
                    question.people.append(name)
            elif name not in question.entities and (pronoun or not question.entities) and not about_person:
                question.entities.append(name)
    return question


def _measure_from_context(own: list[str], facts: list[Fact]) -> bool:
    """'and in 2014?' names no measure; 'what was its share?' after Italy's share of GDP names only words of the
    previous answer's measure: both ask that measure again."""
    if not own:
        return True
    measures = {MEASURES.get(fact.measure) for fact in facts}
    if None in measures or len(measures) != 1:
        return False
    (measure,) = measures
    return all(word in measure.keywords for word in own)


def _names_in(question: Question, fact: Fact) -> list[str]:
    """What a fact of the previous answer names that a follow-up can mean: its subject, places, office holder."""
    named = [fact.subject]
    if fact.text and question.word_set & {"that", "there", "it", "this"}:
        # "that country": an entity the previous answer named, e.g. Washington for the United States
        named += [m.target for m in lexicon.find_mentions(normalise(fact.text).split(), lexicon.entity_aliases())]
    if fact.text and fact.measure in OFFICES.values():
        named.append(fact.text)
    return named


def own_words(question: Question) -> list[str]:
    """The words a follow-up says of its own, besides the years, numbers and names it gives
    ('and in 2014?', 'latvia?', 'same for 2015' name no measure)."""
    named = {word for aliases in question.aliases.values() for alias in aliases for word in alias.split()}
    named |= {
        word for phrase in domain.question_words().relative_years if question.has(phrase) for word in phrase.split()
    }
    named |= time_counted_words(question.words)  # 'and 2014, ten years earlier?' names a year, no measure
    if "same" in question.word_set:  # 'same measure and year', 'same table': kept from the previous question
        named |= domain.question_words().follow_ups.kept_the_same
    return [
        word
        for word in question.content_words
        if not any(character.isdigit() for character in word) and word not in named and word not in FOLLOW_UP_FILLERS
    ]


def _relative_year(question: Question, facts: list[Fact]) -> int | None:
    """'the year after', 'the previous year': a year counted from the one the previous answer was for."""
    if question.years:
        return None
    offset = _year_offset(question)
    shared = _shared_year(facts)
    return shared[0] + offset if offset is not None and shared else None


def span_pointed_back(question: Question, previous: Answer | None) -> list[int]:
    """'which ally grew most over that period?' after Poland's real change from 2014 to 2024: the first and last
    year the question before named, when the follow-up names no year and points back at a span of years."""
    if previous is None or question.years or not question.has(*domain.question_words().follow_ups.same_span):
        return []
    years = sorted({int(year) for year in YEAR.findall(_asked_before(previous))})
    return years if len(years) == 2 else []


def with_span_named(text: str, span: list[int]) -> str:
    """The follow-up with the span it points back at named ('over that period' → 'over from 2014 to 2024'), so it
    reads as a question naming its years does."""
    named = f"from {span[0]} to {span[1]}"
    for phrase in sorted(domain.question_words().follow_ups.same_span, key=len, reverse=True):
        typed = re.compile(r"\b" + r"\W+".join(map(re.escape, phrase.split())) + r"\b", re.IGNORECASE)
        if typed.search(text):
            return typed.sub(named, text, count=1)
    return f"{text.rstrip(' ?')} {named}?"


def year_of_the_tables(question: Question, facts: list[Fact]) -> list[int]:
    """The year a follow-up naming none asks after an answer from the tables: the one counted from its year ('what
    about the year after?'), else the one year every fact of it is for ('and the lowest?' after 2019's highest asks
    2019's lowest), if there is one."""
    if not facts or any(fact.citation.cell is None for fact in facts):
        return []
    relative = _relative_year(question, facts)
    return [relative] if relative is not None else _shared_year(facts)


def _shared_year(facts: list[Fact]) -> list[int]:
    """The one year every fact of the previous answer is for, if there is one."""
    periods = {fact.period for fact in facts}
    if len(periods) != 1:
        return []
    (period,) = periods
    return [int(period)] if period and period.isdigit() else []


def group_scope(index: FactIndex, question: Question, previous: Answer | None) -> frozenset[str]:
    """'which Baltic state spends the most?' then 'and which one spends the least?': the follow-up keeps to
    the group the previous question named, when it names no ally or group of its own."""
    if previous is None or question.entities or not is_follow_up(index, question):
        return frozenset()
    if lexicon.find_mentions(question.words, domain.group_aliases()):
        return frozenset()
    words_before = normalise(_asked_before(previous)).split()
    earlier = lexicon.find_mentions(words_before, domain.group_aliases())
    members = frozenset(member for mention in earlier for member in domain.group_members()[mention.target])
    return members or allies_pointed_back(question, words_before)


def allies_pointed_back(question: Question, words_before: list[str]) -> frozenset[str]:
    """'which of those was highest?', 'and the lowest of those four?' after a question naming France, Germany, Italy
    and the United Kingdom: the allies the question before named, when the follow-up points back at several."""
    if not question.word_set & set(domain.question_words().follow_ups.several_pointed_at):
        return frozenset()
    named = {mention.target for mention in lexicon.find_mentions(words_before, lexicon.entity_aliases())}
    allies = frozenset(name for name in named if lexicon.is_ally(name))
    return allies if len(allies) >= 2 else frozenset()


def names_a_measure(question: Question) -> bool:
    """A word only one kind of figure uses ('gdp', 'personnel', 'equipment', 'constant'), not 'spends'; a year names
    none ('and the lowest in 2014?' ranks the previous answer's figure, not the real change since 2014)."""
    return _a_measure_among(_without_placing_verbs(_without_group_names(question.words)))


def _without_group_names(words: list[str]) -> list[str]:
    """The words outside a group's name and the member noun after it ('state' of 'which Baltic state' names no
    measure)."""
    members = {stem(word) for word in MEMBER_WORDS}
    inside: set[int] = set()
    for mention in lexicon.find_mentions(words, domain.group_aliases()):
        noun_after = mention.end < len(words) and stem(words[mention.end]) in members
        inside |= set(range(mention.start, mention.end + (1 if noun_after else 0)))
    return [word for at, word in enumerate(words) if at not in inside]


def names_only_the_previous_measure(question: Question, previous: Answer | None) -> bool:
    """'and which Baltic state had the lowest share that year?' after the highest share of GDP: every word naming a
    measure is one the previous answer's measure is named by, so that measure is asked again."""
    if previous is None or not previous.facts:
        return False
    measures = {fact.measure for fact in previous.facts}
    if len(measures) != 1 or next(iter(measures)) not in MEASURES:
        return False
    (before,) = measures
    named = [word for word in _without_placing_verbs(_without_group_names(question.words)) if _a_measure_among([word])]
    kept = required_forms(before) | MEASURES[before].keywords
    return bool(named) and all(word in kept or stem(word) in kept for word in named)


def _without_placing_verbs(words: list[str]) -> list[str]:
    """'which ally came second?': a verb placing a row before an ordinal names no measure ('came' of 'came out')."""
    placing = domain.question_words().table_questions.placing_verbs
    ordinals = cues().raw.ordinals
    return [
        word
        for word, after in zip(words, [*words[1:], ""][: len(words)], strict=True)
        if not (word in placing and after in ordinals)
    ]


def _a_measure_among(said: Iterable[str]) -> bool:
    named = [word for word in said if not YEAR.fullmatch(word)]
    words = set(named) | {stem(word) for word in named}
    return any(measure.required and words & required_forms(measure.key) for measure in MEASURES.values())


def restated(index: FactIndex, question: Question, previous: Answer | None) -> str | None:
    """'same for 2023?' after 'top 3 allies by % of GDP in 2024?', 'same for the us' after a calculation about
    Canada: the previous question again for the year or the ally the follow-up names, when it says nothing else
    of its own (no measure). `None` when it is no such follow-up or the previous question names more than one
    year."""
    if previous is None or not previous.facts or question.people or len(question.entities) > 1:
        return None
    counted_in_tables = previous.facts[0].citation.cell is not None  # led by the tables, not '22 of 32' stated
    asked_so = (
        _a_part_of_the_amount(index, question, previous)
        or _at_another_scale(question, previous)
        or _another_place(question, previous)
        or _changed_since(question, previous)
        or _compared_with(question, previous)
        or (_the_other_side(question, _asked_before(previous)) if counted_in_tables else None)
        or _for_a_group(index, question, previous)
        or _with_one_more(index, question, previous)
        or _for_the_rest(index, question, previous)
        or _leaving_them_out(question, previous)
        or _an_operation_put_to_it(question, previous)
    )
    if asked_so is not None:
        return asked_so
    # 'and who was top in 2014?' after the highest: a superlative of the same end asks the same ranking again
    said_before = _words_of_its_operation(previous)  # 'and the combined figure back in 2014?' after a sum
    own = [
        word
        for word in own_words(question)
        if word not in said_before and not (asked_extreme([word]) and same_end([word], _asked_before(previous)))
    ]
    if not is_follow_up(index, question) or own:
        return None
    again: str | None = _asked_before(previous)
    if question.entities:  # 'same for the us pls' after '… canada's spending grow …, %?'
        one_subject = len({fact.subject for fact in previous.facts}) == 1  # not a ranking's 'and germany in 2023?'
        again = _for_another(index, _asked_before(previous), question.entities[0]) if one_subject else None
    return _for_the_year(question, again) if again else None


def scales_named(words: Iterable[str]) -> list[str]:
    """The scales of amounts or headcounts the words ask them in ('millions', 'bn', 'thousands'), in their order."""
    verifier = domain.question_words().verifier
    scales = verifier.millions_asked | verifier.thousands_asked | verifier.billions_asked
    return [word for word in words if word in scales]


def _at_another_scale(question: Question, previous: Answer) -> str | None:
    """'can you give that in thousands instead' after a headcount, 'in billions?' after an amount: the previous
    question asked in that scale, when the follow-up says nothing else of its own (no ally, year or figure)."""
    named = scales_named(question.words)
    if not named or question.entities or question.years or question.numbers:
        return None
    if set(own_words(question)) - set(named):
        return None
    return f"{_asked_before(previous).rstrip(' ?')}, in {named[0]}?"


def asks_a_part_of_the_amount(words: list[str], previous: Answer) -> bool:
    """'How much of that was the US alone?' after the alliance's total in dollars: the part's own amount of that
    total (same measure, year and basis), not the share of it an article gives."""
    joined = f" {' '.join(words)} "
    parts_asked = domain.question_words().verifier.part_asked
    pointing_back = any(f" {phrase} {pronoun} " in joined for phrase in parts_asked for pronoun in THING_PRONOUNS)
    amounts = bool(previous.facts) and all(fact.unit is Unit.MONEY for fact in previous.facts)
    return pointing_back and amounts and len({fact.subject for fact in previous.facts}) == 1


def _a_part_of_the_amount(index: FactIndex, question: Question, previous: Answer) -> str | None:
    if len(question.entities) != 1 or not asks_a_part_of_the_amount(question.words, previous):
        return None
    if question.entities[0] == previous.facts[0].subject:
        return None
    return _for_another(index, _asked_before(previous), question.entities[0])


def _words_of_its_operation(previous: Answer) -> frozenset[str]:
    """The words asking for the calculation the previous answer worked out ('combined', 'together' after a sum):
    said again in a follow-up, they ask the same calculation, nothing of its own."""
    phrases = getattr(domain.question_words().operations, previous.operation or "", None)
    if not isinstance(phrases, list | tuple):
        return frozenset()
    return frozenset(word for phrase in phrases for word in phrase.split())


def _compared_with(question: Question, previous: Answer) -> str | None:
    """'higher than 2023?' after Greece's share in 2024: the previous question with the comparison put to it
    ('greece % of gdp in 2024, higher than 2023?'), when it was about one figure of the tables."""
    one_cell = len(previous.facts) == 1 and previous.facts[0].citation.cell is not None
    if not opens_a_comparison(question.words) or not one_cell or not (question.years or question.entities):
        return None
    compared_to = _compared_to(question.words)
    if compared_to is not None:  # 'how does that compare to 2014?': both figures and the change between them
        again = f"{_asked_before(previous).rstrip(' ?')} compared with {compared_to}"
        # 'how does it stack up against France?': both allies' figures and the difference between them
        other = question.entities and not question.years
        return f"{again}, {domain.question_words().follow_ups.difference_asked}?" if other else again
    return f"{_asked_before(previous).rstrip(' ?')}, {question.text}"


def _changed_since(question: Question, previous: Answer) -> str | None:
    """'has it gone up or down since 2014?', 'how has it changed since 2014?' after the US share of GDP in 2024:
    the previous question compared with that year, when the follow-up says nothing else of its own (no measure,
    no ally) and the previous answer was one figure of the tables."""
    one_cell = len(previous.facts) == 1 and previous.facts[0].citation.cell is not None
    since = _changed_since_a_year(question.words)
    if not one_cell or question.entities or since is None or _opens_more_or_less_than(question.words):
        return None
    words = domain.question_words()
    said = _change_words() | words.verifier.neutral | words.follow_ups.since
    if any(word not in said for word in own_words(question)):
        return None
    # 'did it go up or down in 2024?': the way it went is asked too, so the restated question asks it
    both_ways = question.has(*words.series.either_way)
    return f"{_asked_before(previous).rstrip(' ?')} compared with {since}{', up or down' if both_ways else ''}"


POINTED = re.compile(r"\b(?:that|this|it)\b", re.IGNORECASE)


def the_goal_pointed_at(question: Question, previous: Answer | None) -> str | None:
    """'does the US meet that?' after Trump's 5% of GDP: a yes or no of one ally against the goal the previous answer
    gave, asked with that goal named ('does the US meet 5% of GDP?')."""
    if previous is None or not question.opens_as_yes_or_no or question.numbers or len(question.entities) != 1:
        return None
    values = {fact.value for fact in previous.facts}
    goals = all(fact.unit is Unit.PERCENT_OF_GDP and sets_a_goal(fact) for fact in previous.facts)
    if len(values) != 1 or None in values or not goals or not refers_to_previous_answer(question.words):
        return None
    (value,) = values
    return POINTED.sub(f"{value:g}% of GDP", question.text, count=1)


def _an_operation_put_to_it(question: Question, previous: Answer) -> str | None:
    if not puts_an_operation_to_it(question, previous):
        return None
    return f"{_asked_before(previous).rstrip(' ?')}, {question.text.strip()}"


def puts_an_operation_to_it(question: Question, previous: Answer) -> bool:
    """'Δ to 2024e in k?' after Belgium's personnel in 2014, 'as % of NATO total?' after the US's spending in 2024: a
    change or a share of the whole put to the one figure of the tables just given, the follow-up naming no measure
    and no ally of its own (the alliance only as the whole). It is the previous question with the follow-up after it:
    the follow-up's words alone would read as another measure ('change' as the real-change table)."""
    one_cell = len(previous.facts) == 1 and previous.facts[0].citation.cell is not None
    if not one_cell or question.people or set(question.entities) - {lexicon.NATO_ALLIES}:
        return False
    if set(question.words) & THING_PRONOUNS:
        return False  # 'how many percent of NATO total is this?' points back itself: the context carries it
    asking_whom = set(question.words) & set(domain.question_words().whom_asked)
    if asking_whom or asked_extreme(question.words) is not None or question.opens_as_yes_or_no:
        return False  # 'which ally grew the most over that period?' ranks, 'did it go up?' asks yes or no
    operations = domain.question_words().operations
    words = question.words
    joined = f" {' '.join(words)} "
    if any(f" {phrase} " in joined for phrase in domain.question_words().quantities.real_change):
        return False  # 'and the real growth compared to 2023?' asks the real-change figure, a measure of its own
    asked = [phrase for phrase in (*operations.change, *operations.share_of_total) if f" {phrase} " in joined]
    said = {word for phrase in asked for word in phrase.split()}
    return bool(asked) and not _a_measure_among(word for word in words if word not in said)


def _changed_since_a_year(words: list[str]) -> str | None:
    """The one year a question asks a change since ('has it gone down since 2014?'), if it asks one."""
    years = [index for index, word in enumerate(words) if YEAR.fullmatch(word)]
    if len(years) != 1:
        return None
    before = [word for word in words[: years[0]] if word != "in"]  # 'than in 2014'
    # 'did it go up or down in 2024?': a word of change right before the year's 'in' asks the change to it
    if not before or before[-1] not in {*domain.question_words().follow_ups.since, *_change_words()}:
        return None
    return words[years[0]] if _change_words() & set(words) else None


@cache
def _change_words() -> frozenset[str]:
    """The words asking a change ('gone up', 'changed') or a difference ('how much more')."""
    words = domain.question_words()
    phrases = (*words.operations.rises, *words.operations.falls, *words.asked_kinds.change)
    compared = (*words.operations.greater, *words.operations.lesser)
    return frozenset(
        {word for phrase in phrases for word in phrase.split()} | {word for word in compared if " " not in word}
    )


def opens_a_comparison(words: list[str]) -> bool:
    """'higher than 2023?', 'and more than spain?', 'is that more than italy?', 'how does that compare to 2014?': a
    follow-up that opens by comparing with something else."""
    if _opens_more_or_less_than(words):
        return True
    return _compared_to(words) is not None or _changed_since_a_year(words) is not None


def _opens_more_or_less_than(words: list[str]) -> bool:
    """'higher than 2023?', 'is that more than italy?': a yes or no on the previous figure against another."""
    operations = domain.question_words().operations
    said = _after_the_figure_pointed_at([word for word in words if word not in FOLLOW_UP_FILLERS and word != "and"])
    return len(said) >= 2 and said[0] in {*operations.greater, *operations.lesser} and said[1] == "than"


def _after_the_figure_pointed_at(words: list[str]) -> list[str]:
    """'is that more than italy?', 'was it higher than spain?': the words after a yes or no start pointing at the
    previous figure, which compare it as 'more than italy?' does."""
    starts = domain.question_words().verifier.yes_no_starts
    if len(words) > 2 and words[0] in starts and words[1] in POINTING:
        return words[2:]
    return words


def _compared_to(words: list[str]) -> str | None:
    """'how does that compare to 2014?', 'and compared with spain?': what the follow-up compares with."""
    opening = " ".join(word for word in words if word not in {"and", "so", "but", "ok", "okay"})
    for phrase in domain.question_words().follow_ups.comparing:
        if opening.startswith(f"{phrase} "):
            return opening[len(phrase) + 1 :]
    return None


def _for_a_group(index: FactIndex, question: Question, previous: Answer) -> str | None:
    """'and the Baltic states?', 'and the other two Baltic states, same measure and year?' after a question about one
    ally: that question again for the group's members — those the previous answer was not about, when the follow-up
    says 'other' — when it names one group, no ally and nothing else of its own."""
    groups = lexicon.find_mentions(question.words, domain.group_aliases())
    if question.entities or len(groups) != 1 or len({fact.subject for fact in previous.facts}) != 1:
        return None
    (group,) = groups
    rest = domain.question_words().follow_ups.rest_of_group
    spoken = set(group.alias.split()) | rest
    if any(word not in spoken and not _a_number_word(word) for word in own_words(question)):
        return None
    members = list(domain.group_members()[group.target])
    if question.word_set & rest:
        members = [member for member in members if member != previous.facts[0].subject]
    if len(members) < 2:  # a group of one is the ally again
        return None
    named = ", ".join(members[:-1]) + " and " + members[-1]
    return _for_another(index, _asked_before(previous), named)


def _with_one_more(index: FactIndex, question: Question, previous: Answer) -> str | None:
    """'and with the UK added?', 'plus Italy?' after France and Germany's combined spending: the same sum or average
    again with the ally the follow-up names among the others, when it says nothing else of its own."""
    subjects = {fact.subject for fact in previous.facts}
    if previous.operation not in {"sum", "average"} or len(question.entities) != 1 or len(subjects) < 2:
        return None
    (added,) = question.entities
    adding = domain.question_words().follow_ups.adding_one
    said = f" {' '.join(question.words)} "
    if added in subjects or not any(f" {phrase} " in said for phrase in adding):
        return None
    adding_words = {word for phrase in adding for word in phrase.split()}
    if any(word not in adding_words for word in own_words(question)):
        return None
    named = parse(_asked_before(previous), index.vocabulary, index.people)
    last = _last_named(
        _asked_before(previous), [alias for name in named.entities for alias in named.aliases.get(name, [])]
    )
    if last is None:
        return None
    return f"{_asked_before(previous)[: last.end()]} and {added}{_asked_before(previous)[last.end() :]}"


def _last_named(text: str, aliases: list[str]) -> re.Match[str] | None:
    """Where the last of the aliases is typed in the text, a possessive or punctuation between its words allowed."""
    found = [
        match
        for alias in aliases
        for match in re.finditer(r"\b" + r"(?:['’]s)?\W+".join(map(re.escape, alias.split())) + r"\b", text, re.I)
    ]
    return max(found, key=lambda match: match.end(), default=None)


def _for_the_rest(index: FactIndex, question: Question, previous: Answer) -> str | None:
    """'rest?', 'and the rest?' after the United States' share of the alliance's spending: the previous question
    again for the rest of the alliance (the European allies and Canada), and the other way round; the follow-up
    says nothing else of its own."""
    if question.entities or not asks_for_the_rest(own_words(question), previous):
        return None
    subject = previous.facts[0].subject
    return _for_another(index, _asked_before(previous), _the_rest_of(previous) or "", instead_of=subject)


def _leaving_them_out(question: Question, previous: Answer) -> str | None:
    """'And if you leave them out?', 'and not counting them?' after a ranking: the ranking again without the allies
    it gave, the follow-up saying nothing of its own but the words leaving them out and a word pointing back."""
    if question.entities or previous.operation != RANKING or not question.word_set & FOLLOW_UP_PRONOUNS:
        return None
    operations = domain.question_words().operations
    leaving = {
        word
        for phrase in (*operations.excluding, *operations.excluded_around, *operations.excluded_after)
        for word in phrase.split()
    }
    own = [word for word in own_words(question) if word not in domain.question_words().exclusions.left_out_conditions]
    subjects = list(dict.fromkeys(fact.subject for fact in previous.facts if lexicon.is_ally(fact.subject)))
    if not own or not set(own) <= leaving or not subjects:
        return None
    return f"{_asked_before(previous).rstrip(' ?')}, excluding {' and '.join(subjects)}?"


def asks_for_the_rest(words: list[str], previous: Answer) -> bool:
    """The follow-up's own words ask the rest ('rest?', 'and the remainder', 'and the remainder came from whom, in
    what proportion?' after the US share), after an answer about the one ally or whole whose rest of the alliance
    is an entity of its own: besides the rest, they only ask whom or say again what the previous question said."""
    follow_ups = domain.question_words().follow_ups
    rest = set(follow_ups.rest_of_group) | {word for phrase in follow_ups.remainder for word in phrase.split()}
    own = [word for word in words if word not in STOPWORDS and word not in FOLLOW_UP_FILLERS]
    if not any(word in rest for word in own) or _the_rest_of(previous) is None:
        return False
    said_before = _said_before(_asked_before(previous))
    return all(word in rest or word in said_before or stem(word) in said_before for word in own)


def _said_before(asked_before: str) -> frozenset[str]:
    """What a follow-up may say again without asking anything new: the previous question's words and their stems,
    any word asking whom, and any word asking a share when the previous question asked one ('proportion' after
    'what percentage')."""
    words = normalise(asked_before).split()
    said = {*words, *(stem(word) for word in words), *domain.question_words().whom_asked}
    share_words = domain.question_words().intent.share_words
    return frozenset(said | share_words if share_words & said else said)


def another_than_the_one_carried(question: Question, previous: Answer | None, answer: Answer) -> bool:
    """'y/y %?' after the NATO total, naming no one, answered by a figure of the European allies and Canada: a
    follow-up naming no ally, group or person is about the one ally or whole the previous answer was about, and a
    figure only of others (an ally or group within it, beside it) is not its answer. A ranking or a calculation
    over others asks for them."""
    if previous is None or question.entities or question.people or names_a_group(question.words):
        return False
    if question.word_set & PERSON_PRONOUNS:
        return False  # 'what increase did he acknowledge?': whom 'he' is, not an ally carried, is asked about
    if answer.operation == RANKING or answer.calculation is not None:
        return False
    before = {fact.subject for fact in previous.facts}
    now = {fact.subject for fact in answer.facts}
    return len(before) == 1 and bool(now) and not before & now and all(map(_ally_or_group, before | now))


def _ally_or_group(name: str) -> bool:
    entity = lexicon.entities_by_name().get(name)
    return entity is not None and entity.kind in {lexicon.EntityKind.COUNTRY, lexicon.EntityKind.GROUP}


def the_part_again_for_the_rest(question: Question, previous: Answer | None, answer: Answer) -> bool:
    """'and the remainder, from whom did that come?' after the US share, answered by the US's figure again: the rest
    asked (naming no one) is the alliance less the part the previous answer was about, never that part itself."""
    if previous is None or not previous.facts or question.entities or _the_rest_of(previous) is None:
        return False
    follow_ups = domain.question_words().follow_ups
    said = f" {' '.join(question.words)} "
    names_the_rest = bool(question.word_set & set(follow_ups.rest_of_group)) or any(
        f" {phrase} " in said for phrase in follow_ups.remainder
    )
    part = {fact.subject for fact in previous.facts}
    return names_the_rest and bool(answer.facts) and {fact.subject for fact in answer.facts} <= part


def _the_rest_of(previous: Answer) -> str | None:
    subjects = {fact.subject for fact in previous.facts}
    if len(subjects) != 1:
        return None
    wholes = {lexicon.UNITED_STATES: lexicon.EUROPE_AND_CANADA, lexicon.EUROPE_AND_CANADA: lexicon.UNITED_STATES}
    return wholes.get(next(iter(subjects)))


def names_a_group(words: list[str]) -> bool:
    return bool(lexicon.find_mentions(words, domain.group_aliases()))


def _a_number_word(word: str) -> bool:
    return word in cues().raw.numbers


def _another_place(question: Question, previous: Answer) -> str | None:
    """'who came second?' after 'which ally spent the highest share of gdp in 2024?': the ranking asked again for
    that place, when the follow-up names a place and no ally."""
    ordinals = cues().raw.ordinals
    places = [ordinals[word] for word in question.words if ordinals.get(word, 0) >= 2]
    if previous.operation != RANKING or len(places) != 1 or question.entities:
        return None
    before = normalise(_asked_before(previous))
    verifier = domain.question_words().verifier
    superlatives = verifier.superlatives_greater | verifier.superlatives_lesser
    words = before.split()
    at = next((index for index, word in enumerate(words) if word in superlatives), None)
    if at is None:
        return None
    place = next(word for word in question.words if ordinals.get(word, 0) >= 2)
    return " ".join([*words[:at], place, *words[at:]])


def an_end_as_superlative(question: Question, previous: Answer | None) -> str | None:
    """'and who's dead last?', 'who is on top?' after a ranking: the follow-up with the end it names put as that
    end's superlative ('and whos lowest?'), so it asks the same ranking's end; `None` when the previous answer was
    no ranking or the follow-up says anything else of its own (an ally, a measure, 'last year')."""
    if previous is None or previous.operation != RANKING or question.entities or question.people:
        return None
    words = domain.question_words()
    ends = words.follow_ups.ranking_ends
    said = f" {' '.join(question.words)} "
    if any(f" {year} " in said for year in (*words.dated_years, *words.relative_years)):
        return None  # 'and last year?' asks a year, not an end
    phrase = next((end for end in sorted(ends, key=len, reverse=True) if f" {end} " in said), None)
    if phrase is None:
        return None
    rest = said.replace(f" {phrase} ", " ", 1).split()
    placing = words.table_questions.placing_verbs  # 'who came last in 2014?'
    if asked_extreme(rest) is not None or set(own_words(question)) - set(phrase.split()) - placing:
        return None
    asked = said.replace(f" {phrase} ", f" {ends[phrase]} ", 1).split()
    return " ".join(word for word in asked if word not in placing - AUXILIARIES)  # 'who came lowest' reads 'who lowest'


def _the_other_side(question: Question, asked_before: str) -> str | None:
    """'and how many were below?' after 'how many allies were at or above 2% in 2024?': the count asked again on
    the other side of its line, when the follow-up says nothing but that side."""
    sides = domain.question_words().table_questions
    phrases = sorted({*sides.above, *sides.below}, key=len, reverse=True)
    own = " ".join(own_words(question))
    if not own or own not in phrases:
        return None
    before = normalise(asked_before)
    said = next((phrase for phrase in phrases if f" {phrase} " in f" {before} "), None)
    if said is None or (said in sides.below) == (own in sides.below):
        return None
    return re.sub(rf"\b{re.escape(said)}\b", own, before, count=1)


def same_end(words: list[str], asked_before: str) -> bool:
    """Words asking no end of a ranking, or the same end as the question before ('top' after 'highest')."""
    now = asked_extreme(words)
    return now is None or now == asked_extreme(normalise(asked_before).split())


def _for_the_year(question: Question, again: str) -> str | None:
    """The question `again` for the year the follow-up names or counts ('and the year before?'); as it is when
    the follow-up named only another ally."""
    if not YEAR.search(again):  # 'in twenty twenty four': the year the previous question spelled out, in digits
        again = " ".join(words_in_digits(again.split(), spelled_reader()))
    years = set(YEAR.findall(again))
    asked = question.years or _counted_from(question, years)
    if not asked:
        return again if question.entities else None
    if len(asked) != 1 or len(years) > 1:
        return None
    year = str(asked[0])
    return YEAR.sub(year, again) if years else f"{again.rstrip(' ?')} in {year}?"


def _for_another(index: FactIndex, question: str, name: str, instead_of: str | None = None) -> str | None:
    """The question about `name` instead of the one ally it named (or of `instead_of` among those it named), by the
    words it named it with."""
    named = parse(question, index.vocabulary, index.people)
    replaced = instead_of or (named.entities[0] if len(named.entities) == 1 else None)
    if replaced is None or replaced == name or replaced not in named.aliases:
        return None
    for alias in named.aliases[replaced]:
        # 'nato total' as typed in "NATO's total": a possessive between the alias's words
        typed = re.compile(r"\b" + r"(?:['’]s)?\W+".join(map(re.escape, alias.split())) + r"\b", re.IGNORECASE)
        if typed.search(question):
            return typed.sub(name, question, count=1)
    return None


def _counted_from(question: Question, years: set[str]) -> list[int]:
    """'and the year before?' after a question naming one year: that year, counted from."""
    offset = _year_offset(question)
    return [int(next(iter(years))) + offset] if offset is not None and len(years) == 1 else []


def _year_offset(question: Question) -> int | None:
    """The offset a follow-up counts a year by ('the year after' +1, 'the previous year' −1, longest phrase first;
    'ten years earlier' −10)."""
    offsets = domain.question_words().relative_years
    phrase = next((phrase for phrase in sorted(offsets, key=len, reverse=True) if question.has(phrase)), None)
    return offsets[phrase] if phrase is not None else years_counted_from_another(question.words)


def carries_on(question: Question, previous: Answer | None, answer: Answer) -> bool:
    """A follow-up naming no figure of its own ('how many in 2024?' after '… only three allies met the 2%
    guideline in 2014') asks the previous answer's figure again: a figure of another measure ('NATO's 32
    allies') does not carry the conversation on. A calculation, a follow-up with words of its own or one naming
    whom it asks about ('how many members does NATO have?') may."""
    if previous is None or not previous.facts:
        return True
    if previous.operation == RANKING and not question.people and any(_about_a_person(fact) for fact in answer.facts):
        return False  # 'and who is behind?' after the top three allies asks an ally, never the Secretary General
    if answer.calculation or own_words(question) or question.entities:
        return True
    return any(_same_figure(new, old) for new in answer.facts for old in previous.facts)


def _about_a_person(fact: Fact) -> bool:
    """A fact naming a person (an office's holder, whom someone quoted is)."""
    measure = MEASURES.get(fact.measure)
    return fact.measure in OFFICES.values() or (measure is not None and measure.about_a_person)


def _same_figure(new: Fact, old: Fact) -> bool:
    """The same measure, or the same kind of figure with a table's cell on one side ('and in 2025?' after a
    table's share of GDP, a document's estimate); two statements of one kind say so in common words."""
    if new.measure == old.measure and not new.measure.startswith(OPEN_PREFIX):
        return True
    if new.measure_kind != old.measure_kind:
        return False
    if new.citation.cell is not None or old.citation.cell is not None:
        return True
    own = _own_stems(old)
    return not own or bool(own & _own_stems(new))


def _own_stems(fact: Fact) -> set[str]:
    """What a statement says of its own figure, beyond its numbers and whom it is about ('just three allies met
    the 2% guideline' says 'met the guideline'; 'NATO's 32 allies' says nothing more)."""
    table = cues().raw
    unsaid = {*STOPWORDS, *table.numbers, *table.ally_nouns, *table.count_nouns, *table.apposition, *table.loose_bounds}
    names = lexicon.entity_aliases()
    words = normalise(fact.measure_text or "").split()
    return {stem(word) for word in words if word not in unsaid and (word,) not in names and not word[:1].isdigit()}
