"""Where the domain's phrases stand in a question's words: every place of every phrase, as whole words, each
phrase's words worked out once for all questions rather than again for every message."""

from __future__ import annotations

import random

from knowledge import domain
from knowledge.ask import published
from knowledge.lexicon import normalise


def _every_place(words: list[str], phrases: tuple[str, ...]) -> list[tuple[int, int, str]]:
    found = []
    for phrase in phrases:
        parts = normalise(phrase).split()
        for start in range(len(words) - len(parts) + 1):
            if words[start : start + len(parts)] == parts:
                found.append((start, start + len(parts), " ".join(parts)))
    return sorted(found)


def test_every_place_of_every_phrase_is_found_in_order():
    words_asked = domain.question_words()
    lists = (words_asked.asked_kinds.date, words_asked.sources.publication, words_asked.sources.period_described)
    phrases = (*lists[0], "the date", "date", "Date Of Release", "date")  # one said twice, one inside another
    vocabulary = [*sorted({word for phrase in (*phrases, *lists[1]) for word in normalise(phrase).split()}), "x"]
    rng = random.Random(5)
    for _ in range(300):
        words = [rng.choice(vocabulary) for _ in range(rng.randrange(0, 14))]
        for listed in (*lists, phrases):
            assert published._positions(words, listed) == _every_place(words, listed)


def test_a_phrase_list_is_worked_out_once_for_every_question(monkeypatch):
    phrases = ("publication date", "date of release", "when was it published")
    published._positions(["when", "was", "it", "published"], phrases)
    normalised: list[str] = []

    def counted(text: str) -> str:
        normalised.append(text)
        return normalise(text)

    monkeypatch.setattr(published, "normalise", counted)
    found = published._positions(["the", "date", "of", "release", "and", "publication", "date"], phrases)
    assert found == [(1, 4, "date of release"), (5, 7, "publication date")]
    assert normalised == []
