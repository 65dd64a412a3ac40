"""Figures that are a supposed change a relation starts from, not anyone's figure.

A working paper or an economist states relations: 'a 1% rise in real GDP is associated with a 1.18% rise in real
defence outlays', 'a doubling of distance lowers the post-2022 burden by about 0.25 percentage points', 'a 1 percentage
point rise in the average burden of other allies is associated with a 0.12 point rise'. The first figure of each is
supposed, for the sake of the relation: read as a figure of the sentence's subject it became the alliance's share of
1% of GDP or a change of 1%. A figure right after one of the openers of `domain/cues.toml` [suppositions] ('a', 'each
additional') with one of its effects after it in the sentence ('is associated with', 'lowers') states no fact; the
effect it leads to is read as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from knowledge.cues import Phrases, cues
from knowledge.figures import Figure, FigureKind


@cache
def _openers() -> Phrases:
    return Phrases(cues().raw.suppositions.openers)


@cache
def _effects() -> Phrases:
    return Phrases(cues().raw.suppositions.effects)


def supposed_causes(words: Sequence[str], figures: Sequence[Figure]) -> set[int]:
    """The start tokens of the figures of a sentence that are a supposed change a relation starts from: a change
    (a multiple, 'a doubling', or a figure a change word follows, 'a 1% rise') right after an opener, an effect after
    it ('Poland plans a 4.7% share of GDP, which raises questions' states a level)."""
    return {
        figure.start
        for figure in figures
        if _a_change(words, figure)
        and _openers().ending_at(words, figure.start)
        and _effects().within(words, figure.end, len(words))
    }


def _a_change(words: Sequence[str], figure: Figure) -> bool:
    return figure.kind is FigureKind.MULTIPLE or bool(cues().change.starting_at(words, figure.end))
