"""A sentence's statements (`knowledge.sentence`): a count and its total are one statement, of one time."""

from __future__ import annotations

from knowledge.sentence import Context, SentenceReader


def test_a_total_is_of_its_counts_time() -> None:
    sentence = "In 2014 only three of the 28 members met it; by 2023 the count had crept up to 11 of 31, a third."
    statements = SentenceReader(sentence, Context(), 2025).statements()
    assert {(stated.figure.value, stated.period) for stated in statements} >= {(11.0, "2023"), (31.0, "2023")}
