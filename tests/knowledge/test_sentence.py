"""A sentence's statements (`knowledge.sentence`): a count and its total are one statement, of one time."""

from __future__ import annotations

from knowledge.sentence import Context, SentenceReader


def test_a_total_is_of_its_counts_time() -> None:
    sentence = "In 2014 only three of the 28 members met it; by 2023 the count had crept up to 11 of 31, a third."
    statements = SentenceReader(sentence, Context(), 2025).statements()
    assert {(stated.figure.value, stated.period) for stated in statements} >= {(11.0, "2023"), (31.0, "2023")}


def test_a_figure_in_a_subordinate_clause_does_not_lead() -> None:
    sentence = (
        "Athens signed for 20 F-35A stealth fighters in July 2024, after Washington had cleared a sale of up to 40 of "
        "the jets at an estimated 8.6 billion dollars."
    )
    statements = SentenceReader(sentence, Context(), 2025).statements()
    assert {stated.figure.value: stated.leads for stated in statements} == {20: True, 40: False, 8.6: False}


def test_it_after_a_sentence_with_a_subordinate_clause_is_the_main_clause_s_subject(build_note) -> None:
    facts = build_note(
        "Athens signed for 20 F-35A stealth fighters in July 2024, after Washington had cleared a sale of up to 40 "
        "of the jets. It has also ordered three FDI frigates from France's Naval Group."
    )
    (frigates,) = [fact for fact in facts if fact.value == 3]
    assert frigates.subject == "Greece"
