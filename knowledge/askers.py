"""The asker's own ally, named in the first person ('we Estonians', 'us Danes', 'our Czech …', 'as a Greek',
'Slovak here', 'here in Norway'), and the lower-case 'us' of the asker beside a people's name ('than us Belgians',
'the three of us') that is never the United States.

A question reads such an ally as its subject, since a figure asked of 'we' is the asker's country's. When nothing
answers it so, `askers_set_aside` reads the question again without it: an alliance-wide pledge, office or count
answers for every member asking (knowledge/ask/asker_aside.py decides which answers may)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from knowledge import domain, lexicon
from knowledge.cues import cues
from knowledge.lexicon import Mention

_SET_ASIDE: ContextVar[bool] = ContextVar("askers_set_aside", default=False)
_OF_US = re.compile(r"\bof\s+[uU]s\b")


@contextmanager
def askers_set_aside() -> Iterator[None]:
    """Questions parsed inside read an ally named as the asker as no subject of theirs."""
    token = _SET_ASIDE.set(True)
    try:
        yield
    finally:
        _SET_ASIDE.reset(token)


def setting_askers_aside() -> bool:
    return _SET_ASIDE.get()


@cache
def _before_phrases() -> tuple[tuple[str, ...], ...]:
    phrases = (tuple(phrase.split()) for phrase in domain.question_words().askers.before)
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def _telling_phrases() -> tuple[tuple[str, ...], ...]:
    return (*_before_phrases(), *(tuple(phrase.split()) for phrase in domain.question_words().askers.telling_after))


def names_the_asker(words: list[str], mention: Mention, *, after_the_question: bool = False) -> bool:
    """'we Estonians', 'our fellow Dutchman', 'as a Greek', 'here in Norway', 'Slovak here': an ally named as the
    country of whoever asks; `after_the_question`, a sentence after it telling who asks ('I'm Czech.') too."""
    if not lexicon.is_ally(mention.target):
        return False
    words_before = tuple(words[: mention.start])
    phrases = _telling_phrases() if after_the_question else _before_phrases()
    before = any(words_before[-len(phrase) :] == phrase for phrase in phrases)
    after = mention.end < len(words) and words[mention.end] in domain.question_words().askers.after
    return before or after


def us_of_the_asker(words: list[str], mention: Mention, original: str, mentions: list[Mention]) -> bool:
    """'than us Belgians', 'us Danes, Finns …', 'us lot', 'us Poles included', 'the three of us': 'us' typed in
    lower case (or opening a sentence) beside the asker's people or company is the asker, not the United States."""
    following = words[mention.end] if mention.end < len(words) else ""
    named_next = any(other.start == mention.end and _a_people(other) for other in mentions)
    # a figure after it ('us 2% 2015?', 'us 1.5') is the United States': only a spelled count ('us two') is a company
    if following and (named_next or following in domain.question_words().askers.us_followers):
        typed = re.compile(rf"\b[uU]s[\s,]+(?i:{re.escape(following)})")
        return typed.search(original) is not None
    before = words[max(0, mention.start - 2) : mention.start]
    counted = len(before) == 2 and before[1] == "of" and _a_company_of_askers(before[0])
    return counted and _OF_US.search(original) is not None


SHORTEST_PEOPLE = 4  # 'danes', 'poles', 'turks'; 'uk', 'fr', 'ger' and the codes are a list's names


def _a_people(mention: Mention) -> bool:
    """'Belgians', 'Danes', 'Dutch': an ally's people, not the country's own name ('us canada'), a short name in a
    list ('us uk fr de') or a whole ('us europe' splits the burden between the two)."""
    alias = mention.alias
    short = alias in lexicon.short_names() or alias in lexicon.listed_short_names()
    named = alias == mention.target.casefold()
    return lexicon.is_ally(mention.target) and len(alias) >= SHORTEST_PEOPLE and not short and not named


def _a_company_of_askers(word: str) -> bool:
    return word in domain.question_words().askers.before_of_us or word.isdigit()


def speaking_as(asked: str) -> re.Pattern[str]:
    """The words by which `asked` speaks as a country ('we', 'our'), typed as such ('we're' is no subject)."""
    said = domain.question_words().speaking_as
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, said))})\b(?!['’])", re.IGNORECASE)


def as_the_country(country: str, asked: str) -> str:
    """'what did we spend' as 'what did Norway spend', 'our share' as "Norway's share"."""
    said = domain.question_words().speaking_as
    return speaking_as(asked).sub(lambda word: country + said[word.group(0).casefold()], asked)


def askers_told(text: str) -> dict[str, str]:
    """The allies a message names as its asker's own, in its question or a sentence around it ('I'm Czech.'), each
    with the name it was told by."""
    words = lexicon.normalise(text).split()
    mentions = lexicon.find_mentions(words, lexicon.entity_aliases())
    return {m.target: m.alias for m in mentions if names_the_asker(words, m, after_the_question=True)}


def follow_up_as_the_asker(question: str, previous_question: str | None) -> str:
    """'And where do we come?' after '… ? Asking as a Norwegian.': a follow-up speaking as 'we', naming no ally,
    speaks as the one ally the previous question named as its asker's ('where do we Norwegians come?'): its
    subject when a figure of theirs is asked, who asks when the alliance's pledge is."""
    return question if previous_question is None else spoken_as_told(question, previous_question)


def spoken_as_told(question: str, told_in: str) -> str:
    """`question` speaking as 'we', naming no ally, as the one ally `told_in` names as its asker's ('Slovak here, and
    our ministry claims we hit 2%': the claim 'we hit 2%' as 'we slovak hit 2%')."""
    if not speaking_as(question).search(question):
        return question
    told = askers_told(told_in)
    words = lexicon.normalise(question).split()
    if len(told) != 1 or lexicon.find_mentions(words, lexicon.entity_aliases()):
        return question
    alias = next(iter(told.values()))
    return speaking_as(question).sub(lambda word: f"{word.group(0)} {alias}", question)


@cache
def _group_of_askers() -> re.Pattern[str]:
    """'the three of us', 'our two countries': a question speaking of the asker's ally and others as one group."""
    words = domain.question_words().askers
    count = rf"(?:\d|{'|'.join(map(re.escape, sorted(_counting_words(), key=len, reverse=True)))})"
    phrases = sorted(words.group_of_askers, key=len, reverse=True)
    spelled = "|".join(re.escape(phrase).replace(re.escape("{n}"), count) for phrase in phrases)
    return re.compile(rf"\b(?:{spelled})\b", re.IGNORECASE)


@cache
def _counting_words() -> dict[str, int]:
    """How many a spelled count says: the spelled whole numbers, and words like 'both'."""
    spelled = {word: int(value) for word, value in cues().numbers.items() if value == int(value)}
    return {**spelled, **domain.question_words().askers.counts}


def as_the_group(countries: list[str], asked: str) -> str | None:
    """`asked` with 'the three of us' or 'our two countries' read as `countries` (as many as it counts)."""
    found = _group_of_askers().search(asked)
    if found is None or len(countries) < 2:
        return None
    counts = _counting_words()
    said = [word.casefold() for word in found.group(0).split()]
    counted = [int(word) if word.isdigit() else counts[word] for word in said if word.isdigit() or word in counts]
    if counted and counted[0] != len(countries):
        return None
    named = f"{', '.join(countries[:-1])} and {countries[-1]}"
    return f"{asked[: found.start()]}{named}{asked[found.end() :]}"
