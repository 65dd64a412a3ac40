"""A total named as a sentence's base before its figures ('Relative to total general government expenditure, …')
makes its bare percentages shares of that total, not of GDP."""

from __future__ import annotations

import pytest

from knowledge.sentence import Context, SentenceReader
from knowledge.sentence_bases import names_a_total_base


def base_named(sentence: str) -> bool:
    reader = SentenceReader(sentence, Context(), 2025)
    return names_a_total_base(reader.words, reader.values[0].start)


@pytest.mark.parametrize(
    "sentence",
    [
        "Relative to total general government expenditure, defence weighed most in Estonia (5.9%).",
        "As a share of total spending, equipment took 31% in Poland.",
    ],
)
def test_a_total_named_before_the_figures_is_their_base(sentence: str) -> None:
    assert base_named(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Relative to GDP, defence weighed most in Estonia (2.4%).",
        "Estonia spent 2.4% of GDP on defence, relative to a total of 3% for Poland.",
        "Defence weighed most in Estonia (2.4%).",
    ],
)
def test_no_total_base_named_before_the_figures(sentence: str) -> None:
    assert not base_named(sentence)


def test_the_percentages_are_shares_of_the_total_not_of_gdp(build_note) -> None:
    facts = build_note(
        "In 2023 the EU spent 1.3% of GDP on defence. Relative to total general government expenditure, defence "
        "weighed most in Estonia (5.9%) and Latvia (5.0%)."
    )
    assert {fact.measure_kind for fact in facts if fact.value in (5.9, 5.0)} == {"share_of_total"}
