"""A subject's facts of a measure by period: looked up once per big pool, never scanned again per question, and
the same facts in the same order as a scan of the pool finds."""

from __future__ import annotations

import random

from knowledge.ask import subject_periods
from knowledge.ask.index import FactIndex
from knowledge.engine import Engine
from knowledge.models import Citation, Fact, Unit
from knowledge.question import parse

MEASURE = "share_of_gdp"
PARTS_MEASURE = "target_component"  # the parts of the spending target (3.5% and 1.5% of 5%)


class CountedPool(list):
    """A pool that counts how often it is gone over."""

    def __init__(self, facts: list[Fact]) -> None:
        super().__init__(facts)
        self.passes = 0

    def __iter__(self):
        self.passes += 1
        return super().__iter__()


def _fact(index: int, period: str | None) -> Fact:
    return Fact(
        id=f"f{index}",
        subject="Poland",
        measure=MEASURE,
        value=float(index),
        unit=Unit.PERCENT_OF_GDP,
        period=period,
        citation=Citation(document="d.csv", locator=f"cell R{index}", quote=f"Poland {index}", cell=f"R{index}"),
    )


def _pool(size: int, seed: int = 3) -> list[Fact]:
    rng = random.Random(seed)
    periods = [None, "current", *(str(year) for year in range(1900, 2030))]
    return [_fact(index, rng.choice(periods)) for index in range(size)]


def test_a_big_pool_is_gone_over_once_however_many_years_are_asked_of_it(seed_kb):
    index = FactIndex(seed_kb)
    pool = CountedPool(_pool(500))
    index.by_measure_subject[(MEASURE, "Poland")] = pool
    index.facts_in_period(MEASURE, "Poland", "2020")
    first = pool.passes
    for year in ("2020", "2021", "1950", "2020"):
        index.facts_in_period(MEASURE, "Poland", year)
    assert pool.passes == first  # the periods worked out on first use serve every later question


def test_a_big_pools_latest_facts_are_worked_out_once(seed_kb):
    index = FactIndex(seed_kb)
    pool = CountedPool(_pool(500))
    index.by_measure_subject[(MEASURE, "Poland")] = pool
    index.subject_periods.latest(MEASURE, "Poland")
    first = pool.passes
    for _ in range(3):
        index.subject_periods.latest(MEASURE, "Poland")
    assert pool.passes == first


def test_each_period_and_the_latest_are_the_pools_own_facts_in_order(seed_kb):
    index = FactIndex(seed_kb)
    for size in (5, 40, 41, 700):
        pool = _pool(size, seed=size)
        index.by_measure_subject[(MEASURE, "Poland")] = pool
        index.subject_periods = type(index.subject_periods)(index.by_measure_subject)
        for period in {fact.period or "" for fact in pool} | {"1800"}:
            found = index.facts_in_period(MEASURE, "Poland", period)
            assert found == [fact for fact in pool if (fact.period or "") == period]
        latest = max(fact.period or "" for fact in pool)
        expected = [fact for fact in pool if (fact.period or "") in {latest, "current", ""}]
        assert index.subject_periods.latest(MEASURE, "Poland") == expected
        assert index.subject_periods.latest(MEASURE, "Poland") == expected  # kept, the same again


def test_a_pool_looked_up_is_never_changed_by_whoever_asked(seed_kb):
    index = FactIndex(seed_kb)
    pool = _pool(300)
    index.by_measure_subject[(MEASURE, "Poland")] = pool
    index.facts_in_period(MEASURE, "Poland", "2020").clear()
    index.subject_periods.latest(MEASURE, "Poland").clear()
    assert index.facts_in_period(MEASURE, "Poland", "2020") == [f for f in pool if f.period == "2020"]
    assert index.subject_periods.latest(MEASURE, "Poland")


def test_a_wholes_parts_are_looked_up_not_found_by_going_over_every_part_stated(seed_kb):
    """'How is the 5% target split?': the parts of the whole of the same subject, period and document, without
    going over every figure of the parts' measure (a big corpus holds one for every ally and year)."""
    engine = Engine(seed_kb)
    question = parse("how is the 5% target split?", engine.vocabulary, engine.people)
    every_part = CountedPool(engine.index.by_measure[PARTS_MEASURE])
    engine.index.by_measure[PARTS_MEASURE] = every_part
    parts = engine.retriever._parts_asked(question)
    assert [(fact.value, fact.period) for fact in parts] == [(3.5, "2035"), (1.5, "2035")]
    assert every_part.passes == 0


def test_the_pools_kept_hold_a_bounded_number_of_facts_and_answer_the_same_once_forgotten(monkeypatch):
    monkeypatch.setattr(subject_periods, "FACTS_KEPT", 1_000)
    pools = {(MEASURE, f"Ally {n}"): _pool(300, seed=n) for n in range(10)}
    periods = subject_periods.SubjectPeriods(pools)
    for _ in range(2):  # the second time over, the first pools kept were forgotten to make room
        for (measure, subject), pool in pools.items():
            assert periods.in_period(measure, subject, "2020") == [f for f in pool if f.period == "2020"]
            assert periods._facts_kept <= 1_000
