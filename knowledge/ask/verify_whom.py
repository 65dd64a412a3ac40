"""Verify that a question asking for a person is answered by someone: 'who is Canada's Minister of National Defence?'
is not answered by Canada's defence spending, a figure of the one ally the question names that names no one.

Part of `knowledge.ask.verify`, which runs these checks beside the others.
"""

from __future__ import annotations

import re

from knowledge import domain, lexicon
from knowledge.ask.parse import ParsedQuestion
from knowledge.ask.verify_sentence import asks_which_allies
from knowledge.lexicon import normalise
from knowledge.measures import MEASURES
from knowledge.models import Fact
from knowledge.open_speech import people_named

SENTENCE = re.compile(r"[^.?!\n]+")  # a sentence of a message, or a line of it
OPENING_REACH = 3  # the words a question opens with that ask which allies ('in which countries')
OFFICE_REACH = 3  # the words between 'which' and the office it asks the holder of ('which German defence minister')


def no_one_named(question: ParsedQuestion, facts: list[Fact]) -> list[str]:
    """A question opening on 'who' and naming one ally is answered by a figure only when the figure names someone the
    question does not: another ally (a ranking's), an office's holder, a person a sentence names (a claim's
    speaker). One naming several is answered by the one of them a comparison picks."""
    asked = set(question.entities)
    if not _asks_for_a_person(question) or question.yes_no or not facts:
        return []
    if _an_office_asked(question) and not any(_names_a_person(fact) for fact in facts):
        return ["quantity: a person's name"]  # 'who was Secretary General when …?': only an office's holder answers
    if len(asked) != 1:
        return []
    if any(fact.subject not in asked or _names_a_person(fact) for fact in facts):
        return []
    return ["quantity: a person's name"]


def no_ally_named(question: ParsedQuestion, facts: list[Fact]) -> list[str]:
    """'Which country will host the summit after The Hague?' is not answered by the alliance's 5% pledge: a question
    asking which allies is answered by figures of a country, or a statement naming one."""
    # asked as the question opens ('which country …', 'in which countries …'), never a blank read as 'what' ('NATO
    # has what member states?' asks a count)
    if question.yes_no or not facts or not asks_which_allies(question.words[:OPENING_REACH]):
        return []
    named = _countries_placed(question.text)
    if any(lexicon.is_country(fact.subject) or _countries_placed(_said(fact)) - named for fact in facts):
        return []
    return ["quantity: the allies asked"]


def _said(fact: Fact) -> str:
    return f"{fact.citation.quote} {fact.text or ''}"


def _countries_placed(text: str) -> set[str]:
    """The countries a text names, or places by a town or capital in them ('visiting Washington'); for a question,
    those it names itself ('the summit after The Hague'), which an answer naming only them does not tell."""
    words = normalise(text).split()
    tables = (lexicon.entity_aliases(), lexicon.place_aliases())
    found = {mention.target for table in tables for mention in lexicon.find_mentions(words, table)}
    return {name for name in found if lexicon.is_country(name)}


def _asks_for_a_person(question: ParsedQuestion) -> bool:
    """A sentence of it opens on 'who' ('who is …'; not 'my brother-in-law, who thinks …, says …', nor 'how much did
    those who …'), or on 'which' before an office ('Which German defence minister presented the budget?')."""
    opening = domain.question_words().person_asked
    which = domain.question_words().whom_asked - opening
    for sentence in SENTENCE.findall(question.text):
        words = normalise(sentence).split()
        if words and (words[0] in opening or (words[0] in which and _an_office_after(words))):
            return True
    return False


def _an_office_asked(question: ParsedQuestion) -> bool:
    return bool(lexicon.find_mentions(list(question.words), lexicon.role_aliases()))


def _an_office_after(words: list[str]) -> bool:
    """An office named among the few words after the opening ('which German defence minister', 'which NATO chief')."""
    return any(0 < mention.start <= OFFICE_REACH for mention in lexicon.find_mentions(words, lexicon.role_aliases()))


def _names_a_person(fact: Fact) -> bool:
    measure = MEASURES.get(fact.measure)
    if measure is not None and (not measure.numeric or measure.about_a_person or measure.office):
        return True
    return fact.citation.cell is None and bool(people_named(fact.citation.quote))
