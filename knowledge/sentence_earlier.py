"""Figures that restate an earlier value of the one before them: 'Foreign military aid came next with €9.6 billion,
up from €6.1 billion in 2022'.

The year of such a figure dates the earlier value only; the sentence speaks of the time of the figure it is compared
with. Taken as the time the sentence speaks of, 2022 dated the next sentence's amounts ('Defence not elsewhere
classified accounted for €6.6 billion …', figures of 2023) in the year before. A figure right after one of the
`restated_from` cue words ('from', 'up from', 'compared with') gives the sentences after it no time.
"""

from __future__ import annotations

from collections.abc import Sequence

from knowledge.cues import cues
from knowledge.figures import Figure, FigureKind


def restates_an_earlier_value(words: Sequence[str], figure: Figure) -> bool:
    """Whether the figure is the earlier value a 'from' or 'compared with' right before it restates (never a year:
    'from 2026 to 2030' is a span)."""
    return figure.kind is not FigureKind.YEAR and bool(cues().restated_from.ending_at(words, figure.start))
