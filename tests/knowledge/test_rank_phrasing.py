"""Ranks written without a rank word after the ordinal (issue 9, hold-out docs 5): the one ranked between a rank
verb and the ordinal, an ordinal followed by its scope, a figure a ranking is led at."""

from __future__ import annotations

import pytest

from knowledge.figures import FigureKind, find_figures, tokenize


def ranks(sentence: str) -> list[float]:
    return [figure.value for figure in find_figures(tokenize(sentence)) if figure.kind is FigureKind.RANK]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("NATO ranked Poland first in 2024, at 4.12%.", [1.0]),
        ("SIPRI ranks it fifth.", [5.0]),
        ("NATO's estimates put Poland at 4.12% of GDP in 2024, first among the 32 allies.", [1.0]),
        ("Poland led at 4.12%, followed by Estonia at 3.43%.", [1.0]),
        ("Germany led with 2.12%.", [1.0]),
        # not ranks: an ordinal of time, a leader of something, an ordinal after a common noun
        ("For the first time since reunification, Germany spent 2.12%.", []),
        ("Germany led the talks on the 5% target.", []),
        ("The plan ranked defence spending first.", []),
    ],
)
def test_ranks_written_without_a_rank_word_after_the_ordinal(sentence: str, expected: list[float]) -> None:
    assert ranks(sentence) == expected
