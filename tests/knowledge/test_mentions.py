"""Entities named in a sentence (`knowledge.mentions`)."""

from __future__ import annotations

import pytest

from knowledge.cues import cues
from knowledge.figures import tokenize
from knowledge.mentions import entity_mentions


@pytest.mark.parametrize(
    ("sentence", "name"),
    [("the EU's SAFE loan instrument", "European Union"), ("The US’s budget", "United States")],
)
def test_a_name_matched_as_written_keeps_its_possessive(sentence: str, name: str) -> None:
    assert name in [mention.name for mention in entity_mentions(tokenize(sentence), cues())]


def test_a_possessive_does_not_make_a_word_a_name() -> None:
    assert [mention.name for mention in entity_mentions(tokenize("Let us's say"), cues())] == []


@pytest.mark.parametrize("sentence", ["The US spent $997 billion by SIPRI's count.", "on NATO's tally"])
def test_a_body_whose_count_a_figure_is_by_is_its_source(sentence: str) -> None:
    (mention,) = entity_mentions(tokenize(sentence), cues())[-1:]
    assert mention.source
