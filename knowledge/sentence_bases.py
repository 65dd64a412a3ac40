"""A total a sentence names as the base of its percentages before them.

'Relative to total general government expenditure, defence weighed most in Estonia (5.9%), Latvia (5.0%), Poland
(4.8%) and Greece (4.7%)': the percentages say nothing of their own base, and in a document speaking of GDP they were
read as shares of GDP (Estonia at 5.9% of GDP). When the words before the sentence's first figure open a base
(`domain/cues.toml` [bases]: 'relative to', 'as a share of') naming a total within a few words, and not GDP, the
sentence's percentages of no kind of their own are shares of that total.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from knowledge.cues import Phrases, cues

CLAUSE_END = ","


@cache
def _openers() -> Phrases:
    return Phrases(cues().raw.bases.openers)


@cache
def _leading_openers() -> Phrases:
    return Phrases(cues().raw.bases.leading_openers)


def names_a_total_base(words: Sequence[str], first_figure: int) -> bool:
    """Whether the words before the sentence's first figure (at `first_figure`) name a total as its base."""
    table = cues()
    for position in range(first_figure):
        length = _openers().starting_at(words, position) or (position == 0 and _leading_openers().starting_at(words, 0))
        if not length:
            continue
        base = list(words[position + length : min(first_figure, position + length + table.raw.bases.reach)])
        base = base[: base.index(CLAUSE_END)] if CLAUSE_END in base else base
        return any(word in table.totals for word in base) and not table.gdp.within(base, 0, len(base))
    return False
