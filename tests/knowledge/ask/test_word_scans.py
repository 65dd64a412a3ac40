"""Scans of a question's words that look each word up once give what trying every phrase at every word gave."""

from __future__ import annotations

from knowledge import domain
from knowledge.ask import statements
from knowledge.ask.parse import parse_question
from knowledge.ask.verify_numbers import is_number, wholes_named
from knowledge.question import Vocabulary, parse
from knowledge.questionset import QUESTION_SETS, load_question_set
from knowledge.words import numbers_in

EXTRA = [
    "how much of the 5% has to be core defence?",
    "what part of the 3.5% out of the 5% goes to infrastructure, within the 1.5%?",
    "the us does not meet 2%, and canada no longer does either",
    "is it true that germany didnt reach it, nor did italy",
    "no longer",
    "",
]


def _questions() -> list[str]:
    return [
        q.question for name in ("article.jsonl", "countries.jsonl") for q in load_question_set(QUESTION_SETS / name)
    ]


def _says_not_at_every_word(words: list[str]) -> bool:
    negations = [tuple(phrase.split()) for phrase in domain.question_words().verifier.negations]
    return any(tuple(words[i : i + len(phrase)]) == phrase for phrase in negations for i in range(len(words)))


def _wholes_phrase_by_phrase(words: tuple[str, ...]) -> set[float]:
    wholes: set[float] = set()
    for phrase in domain.question_words().verifier.whole_before:
        before = tuple(phrase.split())
        for index, word in enumerate(words):
            if is_number(word) and index >= len(before) and words[index - len(before) : index] == before:
                wholes |= numbers_in(word)
    return wholes


def test_a_negation_is_found_as_when_every_negation_was_tried_at_every_word() -> None:
    vocabulary = Vocabulary(set())
    for text in [*_questions(), *EXTRA]:
        words = parse(text, vocabulary, {}).words
        assert statements._says_not(words) == _says_not_at_every_word(words), text
    assert statements._says_not(["it", "no", "longer", "does"])
    assert not statements._says_not(["no"])


def test_the_wholes_named_are_those_found_phrase_by_phrase() -> None:
    vocabulary = Vocabulary(set())
    found = 0
    for text in [*_questions(), *EXTRA]:
        asked = parse_question(parse(text, vocabulary, {}))
        wholes = wholes_named(asked)
        assert wholes == _wholes_phrase_by_phrase(asked.words), text
        found += bool(wholes)
    assert found >= 2


def test_a_number_word_is_read_the_same_when_asked_again() -> None:
    words = ["2%", "$967.7bn", "1.5", "12k", "٣", "€5", "2.", ".5", "two", "2024", "5mn", "x2", ""]
    first = [is_number(word) for word in words]
    assert first == [is_number(word) for word in words]
    assert first == [True, True, True, True, True, True, False, False, False, True, True, False, False]
