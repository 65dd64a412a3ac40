"""A kind of source a question names ('the article', 'that table'), also when words of the document's topic stand
between the determiner and the kind ('the summit note', 'the Hague summit note'): those words tell which document of
that kind is meant, as its title or publisher says them; the kind is named all the same."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from knowledge import domain
from knowledge.question import STOPWORDS

DETERMINERS = ("the", "that", "this")  # 'the paper', 'that table': the document at hand
AFTER_KIND = 2  # words after a kind that may name the document with it ('the annual report coverage')
TOPIC_WORDS = 3  # at most this many words of a document's topic between the determiner and the kind


def _pattern(phrase: str) -> str:
    """'the note' also as 'the summit note': a kind that only prose is (questions.toml, sources.topic_named) lets the
    document's topic words (no stopwords: 'the share of note' names no note) stand before its noun."""
    first, _, rest = phrase.partition(" ")
    if first not in DETERMINERS or not rest or phrase not in domain.question_words().sources.topic_named:
        return re.escape(phrase)
    topic = rf"(?:(?!(?:{'|'.join(re.escape(word) for word in sorted(STOPWORDS))}) )\S+ ){{0,{TOPIC_WORDS}}}"
    return rf"{re.escape(first)} {topic}{re.escape(rest)}"


@functools.cache  # asked of every source phrase for every question, tens of thousands of times a question set
def _kind_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<= )(?:(\S+) )?{_pattern(phrase)}(?= )")


def kind_matches(words: Sequence[str], phrase: str) -> list[re.Match[str]]:
    """Where the question names the kind of source of the phrase, as whole words (group 1: the word before)."""
    return kind_matches_in(f" {' '.join(words)} ", phrase)


def kind_matches_in(joined: str, phrase: str) -> list[re.Match[str]]:
    """`kind_matches` in the words joined between spaces, joined once by a caller trying many phrases."""
    if f" {phrase.rpartition(' ')[2]} " not in joined:
        return []  # the kind's own noun ('note', 'table') is not said
    return list(_kind_pattern(phrase).finditer(joined))


def names_a_kind(words: Sequence[str], phrases: Sequence[str]) -> bool:
    """The question names one of these kinds of source, not as the asker's own writing ('every briefing I write')."""
    joined = f" {' '.join(words)} "
    return any(
        not _askers_own(joined, match, phrase) for phrase in phrases for match in kind_matches_in(joined, phrase)
    )


def _askers_own(joined: str, match: re.Match[str], phrase: str) -> bool:
    """'drafting a briefing note', 'for a Baltic security piece', 'my newsletter', 'every briefing I write': the
    kind names what the asker writes."""
    sources = domain.question_words().sources
    after = f" {joined[match.end() :].strip()} "
    if any(after.startswith(f" {closer} ") for closer in sources.own_work_after):
        return True
    before = joined[: match.end()].split()[: -len(phrase.split())]
    for topic in range(TOPIC_WORDS + 1):  # the opener, then up to a few words of its topic
        between = before[len(before) - topic :] if topic else []
        if any(word in STOPWORDS for word in between):
            return False
        opened = " ".join(before[: len(before) - topic])
        if any(f" {opened}".endswith(f" {opener}") for opener in sources.own_work_before):
            return True
    return False


def words_naming_the_source(words: Sequence[str], phrases: Sequence[str]) -> frozenset[str]:
    """The words a question names its source by: the kind and the topic words with it, and the words just after it
    ('the annual report coverage'), which the document's title may account for; never a word further off ('in the
    report, what did Rutte say … to make the quantum leap?' asks the leap, whatever the title says)."""
    named: set[str] = set()
    joined = f" {' '.join(words)} "
    for phrase in phrases:
        for match in kind_matches_in(joined, phrase):
            said = match.group(0).split()[1 if match.group(1) else 0 :]
            after = " ".join(words)[match.end() - 1 :].split()[:AFTER_KIND]
            named |= {*said, *after}
    return frozenset(named)
