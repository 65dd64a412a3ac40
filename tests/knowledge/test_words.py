"""Word normalisation shared by every stage (`knowledge.words`)."""

from __future__ import annotations

import pytest

from knowledge.cues import fold
from knowledge.words import normalise, unmarked


@pytest.mark.parametrize(
    ("written", "plain"),
    [("złoty", "zloty"), ("Łódź", "Lodz"), ("Tarcza Wschód", "Tarcza Wschod"), ("Tromsø", "Tromso"), ("euro", "euro")],
)
def test_a_letter_s_stroke_goes_as_its_accents_do(written: str, plain: str) -> None:
    assert unmarked(written) == plain


def test_a_question_and_the_cues_read_the_zloty_as_typed_in_english_or_in_polish() -> None:
    assert normalise("How much, in złoty?") == "how much in zloty"
    assert fold("złoty") == fold("zloty")
