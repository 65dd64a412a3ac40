"""Which table measures state a change: from `domain/questions.toml` [table_measure_kinds], never named in code."""

from __future__ import annotations

from functools import cache

from knowledge import domain


@cache
def change_measures() -> frozenset[str]:
    """Measures whose cells are themselves changes ('annual real change'): no change is worked out from them."""
    return frozenset(domain.question_words().table_measure_kinds.get("change", ()))
