"""The year of an earlier value a figure is compared with ('up from €6.1 billion in 2022') dates that value only."""

from __future__ import annotations

import pytest

from knowledge.sentence import Context, SentenceReader
from knowledge.sentence_earlier import restates_an_earlier_value


def earlier_in(sentence: str) -> list[float]:
    reader = SentenceReader(sentence, Context(), 2025)
    return [figure.value for figure in reader.values if restates_an_earlier_value(reader.words, figure)]


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("Foreign military aid came next with €9.6 billion, up from €6.1 billion in 2022.", [6.1]),
        ("Defence rose to 2.6% of total expenditure in 2023, up from 2.4% in 2022.", [2.4]),
        ("Germany spent €90.6 billion in 2024 and plans €95 billion in 2025.", []),
    ],
)
def test_a_figure_after_from_restates_an_earlier_value(sentence: str, earlier: list[float]) -> None:
    assert earlier_in(sentence) == earlier


def test_the_earlier_values_year_does_not_date_the_next_sentence(build_note) -> None:
    facts = build_note(
        "In 2023, EU governments spent €224.7 billion on defence. Foreign military aid came next with €9.6 billion, "
        "up from €6.1 billion in 2022. Defence not elsewhere classified accounted for €6.6 billion."
    )
    assert {fact.period for fact in facts if fact.value == 6.6} == {"2023"}
