"""A sum over the top of a ranking ('what did the top five spend together'): the ranked together, worked out or
stated of them all, never the one figure of one of them."""

from __future__ import annotations

from knowledge.ask.verify_numbers import SEVERAL_SUBJECTS


def test_a_subject_of_several_is_told_by_its_commas_and_its_and():
    assert SEVERAL_SUBJECTS.search("United States, China and Russia")
    assert not SEVERAL_SUBJECTS.search("India")


def test_the_top_five_together_is_never_one_of_the_five(documents):
    engine = documents("evaluation_holdout", "newsletter_faq.txt")
    answer = engine.ask("what did the top five spend together")
    assert not answer.answered or 86.1 not in answer.values
    assert engine.ask("how much did india spend on its military in 2024").answered  # one ally's own figure stands
