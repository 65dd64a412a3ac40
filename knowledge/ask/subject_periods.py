"""A subject's facts of one measure by period, looked up rather than scanned: with many years of figures (a big
table corpus holds hundreds a subject and measure) every question asking one year or the latest would otherwise
go over them all.

Worked out once per pool first asked about and kept for a bounded number of facts (then all forgotten at once: a
plain dictionary stays safe to share between threads, and a miss only costs working it out again)."""

from __future__ import annotations

from collections.abc import Mapping

from knowledge.models import Fact

SMALL_POOL = 40  # a pool this small is scanned as quickly as it is looked up, and keeps nothing
FACTS_KEPT = 100_000  # facts the pools kept hold, at most (~100 bytes each): a big corpus's pools are not all kept
Pool = tuple[str, str]  # (measure, subject)


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
        self._facts_kept = 0

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
            self._keeping(len(facts))
            self._by_period[(measure, subject)] = by_period
        return list(by_period.get(period, ()))

    def latest(self, measure: str, subject: str) -> list[Fact]:
        """The pool's facts of its latest period (with those of the present or of none)."""
        facts = self._pools.get((measure, subject), [])
        if len(facts) <= SMALL_POOL:
            return latest_periods(facts) if facts else []
        latest = self._latest.get((measure, subject))
        if latest is None:
            latest = latest_periods(facts)
            self._keeping(len(latest))
            self._latest[(measure, subject)] = latest
        return list(latest)

    def _keeping(self, facts: int) -> None:
        """Room for `facts` more facts kept: when there is none, every pool kept is forgotten."""
        if self._facts_kept + facts > FACTS_KEPT:
            self._by_period.clear()
            self._latest.clear()
            self._facts_kept = 0
        self._facts_kept += facts
