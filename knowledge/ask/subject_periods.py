"""A subject's facts of one measure by period, looked up rather than scanned: with many years of figures (a big
table corpus holds hundreds a subject and measure) every question asking one year or the latest would otherwise
go over them all.

Worked out once per pool first asked about and kept for a bounded number of pools (then all forgotten at once: a
plain dictionary stays safe to share between threads, and a miss only costs working it out again)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from knowledge.models import Fact

SMALL_POOL = 40  # a pool this small is scanned as quickly as it is looked up, and keeps nothing
POOLS_KEPT = 4096  # pools whose periods are kept once worked out
Pool = tuple[str, str]  # (measure, subject)
Kept = TypeVar("Kept")


def latest_periods(facts: list[Fact]) -> list[Fact]:
    """The facts of the latest period, with those of the present ('current') or of no period, in their order."""
    latest = max(fact.period or "" for fact in facts)
    return [fact for fact in facts if (fact.period or "") in {latest, "current", ""}]


class SubjectPeriods:
    """The facts of each (measure, subject) pool by period, and of its latest period, in the pool's order."""

    def __init__(self, pools: Mapping[Pool, list[Fact]]) -> None:
        self._pools = pools
        self._by_period: dict[Pool, dict[str, list[Fact]]] = {}
        self._latest: dict[Pool, list[Fact]] = {}

    def in_period(self, measure: str, subject: str, period: str) -> list[Fact]:
        """The pool's facts of one period ("" for none)."""
        facts = self._pools.get((measure, subject), [])
        if len(facts) <= SMALL_POOL:
            return [fact for fact in facts if (fact.period or "") == period]
        by_period = self._by_period.get((measure, subject))
        if by_period is None:
            by_period = {}
            for fact in facts:
                by_period.setdefault(fact.period or "", []).append(fact)
            self._kept(self._by_period)[(measure, subject)] = by_period
        return list(by_period.get(period, ()))

    def latest(self, measure: str, subject: str) -> list[Fact]:
        """The pool's facts of its latest period (with those of the present or of none)."""
        facts = self._pools.get((measure, subject), [])
        if len(facts) <= SMALL_POOL:
            return latest_periods(facts) if facts else []
        latest = self._latest.get((measure, subject))
        if latest is None:
            latest = self._kept(self._latest)[(measure, subject)] = latest_periods(facts)
        return list(latest)

    @staticmethod
    def _kept(kept: dict[Pool, Kept]) -> dict[Pool, Kept]:
        if len(kept) >= POOLS_KEPT:
            kept.clear()
        return kept
