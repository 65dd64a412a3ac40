"""A supposed change a relation starts from ('a 1% rise in real GDP is associated with …') is no one's figure."""

from __future__ import annotations

import pytest

from knowledge.sentence import Context, SentenceReader
from knowledge.sentence_suppositions import supposed_causes


def supposed_in(sentence: str) -> list[float]:
    reader = SentenceReader(sentence, Context(), 2025)
    starts = supposed_causes(reader.words, reader.values)
    return [figure.value for figure in reader.values if figure.start in starts]


@pytest.mark.parametrize(
    ("sentence", "supposed"),
    [
        ("A 1% rise in real GDP is associated with a 1.18% rise in real defence outlays.", [1]),
        ("A doubling of distance lowers the post-2022 burden by about 0.25 percentage points.", [2]),
        ("A 1 percentage point rise in the burden of other allies is associated with a 0.12 point rise.", [1]),
    ],
)
def test_the_cause_of_a_relation_is_supposed(sentence: str, supposed: list[float]) -> None:
    assert supposed_in(sentence) == supposed


@pytest.mark.parametrize(
    "sentence",
    [
        "Germany recorded a 17% rise in defence spending in 2024.",
        "Poland plans a 4.7% share of GDP in 2025, which raises questions about the budget.",
        "Spending in Europe grew by 17% to $693 billion.",
    ],
)
def test_a_stated_change_is_not_supposed(sentence: str) -> None:
    assert supposed_in(sentence) == []


def test_the_supposed_cause_gives_no_fact_and_its_effect_is_read(build_note) -> None:
    facts = build_note(
        "Germany spent 2.1% of GDP on defence in 2024. "
        "A 1% rise in real GDP is associated with a 1.18% rise in real defence outlays."
    )
    values = sorted(fact.value for fact in facts if fact.value != 2024)
    assert 1 not in values
    assert 1.18 in values
    assert 2.1 in values
