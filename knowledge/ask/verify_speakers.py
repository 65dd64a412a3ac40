"""Verify whose words a question asks for: 'what share of GDP does Spain say is enough?', 'what level did Trump say
allies should spend?', 'who said two percent was the floor?'. The figure asked is what someone said, so a table's
cell (a measurement no one said) answers only when its publisher is the one named, and 'who said …' only a sentence
reporting someone's words (a speech verb, a body cited, or a claim).

Part of `knowledge.ask.verify`, which runs these checks beside the others.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from knowledge.ask.parse import ParsedQuestion
from knowledge.cues import cues, fold
from knowledge.lexicon import normalise
from knowledge.models import Fact
from knowledge.question import STOPWORDS

# English: the auxiliary a question puts before whom it asks about ('what does Spain say', 'what did Trump say')
QUESTION_AUXILIARIES = frozenset({"does", "did", "do"})
SPEAKER_ASKED = frozenset({"who", "whos", "whom"})


@dataclass(frozen=True)
class Attribution:
    """The words naming whom the figure is attributed to (empty when the speaker is asked: 'who said …')."""

    speaker: tuple[str, ...]


def attribution(question: ParsedQuestion) -> Attribution | None:
    """The speaker a question attributes its figure to, in the shape 'AUX SPEAKER VERB' ('does Spain say', 'did the
    US president claim') or 'who VERB'; None for hearsay ('my uncle says …') or an instruction ('can you tell me').
    The speaker must be someone the question names (an ally, a body, a person, an office: 'did the minister say', a
    member of a parliament: 'did the member say'), never 'you' or 'the tables'."""
    words = question.words
    for index, word in enumerate(words):
        said = _speech_word(word)
        if not said and not _reported_word(word):
            continue
        if index and words[index - 1] in SPEAKER_ASKED:
            if said:
                return Attribution(())
            continue  # 'who reported the highest share?' ranks the allies' figures: no one's report is asked
        before = words[:index]
        auxiliary = max((i for i, w in enumerate(before) if w in QUESTION_AUXILIARIES), default=None)
        if auxiliary is None:
            continue
        speaker = tuple(w for w in before[auxiliary + 1 :] if w not in STOPWORDS)
        named = speaker and all(w in question.entity_words or _office_word(w) for w in speaker)
        if speaker and (named or _person(speaker, question.text)):
            return Attribution(speaker)
    return None


def _person(speaker: tuple[str, ...], text: str) -> bool:
    """'did the member for Lac-Brûlé say', 'did the member say', 'did Ms. Gagnon say': a member of a parliament by
    their place in it (the seat after it is no name the entity list knows), or a person the question's text names
    after an honorific, which its words leave out (data: members_of_parliament, honorifics)."""
    table = cues()
    if fold(speaker[0]) in table.raw.members_of_parliament:
        return True
    typed = normalise(text).split()
    return any(
        word == speaker[0] and index and fold(typed[index - 1]) in table.honorifics for index, word in enumerate(typed)
    )


def _reported_word(word: str) -> bool:
    """A verb asking what someone reported ('what did Lithuania report'), data: claims.reported_question_words."""
    return fold(word) in cues().raw.claims.reported_question_words


def _office_word(word: str) -> bool:
    """A word of an office ('the minister', 'the defence secretary'): whom the question attributes the figure to."""
    folded = fold(word)
    return folded in cues().role_words or folded in cues().role_modifiers


def speaker_unaccounted(
    question: ParsedQuestion, facts: list[Fact], title_words: Callable[[str], frozenset[str]]
) -> list[str]:
    """A table's cell accounts for what its publisher says ('what does NATO say …'), never for what another
    said; 'who said …' is answered only by a sentence reporting someone's words (a speech verb, a body cited, a
    claim)."""
    asked = attribution(question)
    if asked is None:
        return []
    for fact in facts:
        if fact.citation.cell is not None:
            if not asked.speaker or not set(asked.speaker) <= title_words(fact.citation.document):
                return [f"speaker {' '.join(asked.speaker) or 'asked'}: a table's figure is no one's words"]
        elif not asked.speaker and not _reports_words(fact):
            return ["speaker asked: the sentence reports no one's words"]
    return []


def _reports_words(fact: Fact) -> bool:
    if fact.is_claim or fact.cited_source:
        return True
    return any(_speech_word(word) for word in normalise(fact.citation.quote).split())


def _speech_word(word: str) -> bool:
    return word in _speech_words()


@functools.cache
def _speech_words() -> frozenset[str]:
    raw = cues().raw
    return frozenset(
        fold(word) for word in (*raw.speech_verbs, *raw.claims.said_question_words, *raw.claims.question_words)
    )
