"""Latency of the knowledge engine: workbook read and seed build times, per-question p50/p99 on the shipped
seeds (article and per-country sets), and the same at 100,000 more facts.

    python benchmarks/latency.py [--facts 100000] [--repeat 5]

The synthetic corpus adds figures for every Ally x numeric measure x year (years
before the real documents', so real answers stay the latest) with generated quotes,
then asks the article question set plus per-country questions that hit the big pools.

The collector is set as the bot sets it (bot/collector.py): tuned at start, each engine frozen out of its sight once
built, so a full collection over the knowledge base does not land in one question's time.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from bot import collector
from knowledge import lexicon
from knowledge.ask.intent import forget_kinds
from knowledge.engine import Engine
from knowledge.lexicon import ENTITIES, EntityKind
from knowledge.models import Citation, Document, DocumentKind, Fact, KnowledgeBase, Unit
from knowledge.question import clean
from knowledge.questionset import QUESTION_SETS, load_question_set
from knowledge.remarks import without_remarks
from knowledge.snapshot import build_knowledge_base

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
WORKBOOK = SEEDS.parent.parent / "shared" / "sources" / "nato-defence-expenditure-2014-2024.xlsx"
SYNTHETIC_MEASURES = (
    ("share_of_alliance_spending", Unit.PERCENT),
    ("real_change_defence_spending", Unit.PERCENT),
    ("real_change_defence_investment", Unit.PERCENT),
    ("spending_target", Unit.PERCENT_OF_GDP),
)
# Past the first 127,872 facts (the four measures above, 999 years, 32 allies): more table measures, then
# years 0001-1000 (zero-padded, so every synthetic year still sorts before the real ones).
MORE_MEASURES = (
    *SYNTHETIC_MEASURES,
    *(("equipment_share", Unit.PERCENT), ("personnel_share", Unit.PERCENT), ("infrastructure_share", Unit.PERCENT)),
    *(("other_share", Unit.PERCENT), ("real_change_since_start", Unit.PERCENT), ("share_of_gdp", Unit.PERCENT_OF_GDP)),
    *(("spending_usd_current", Unit.MONEY), ("spending_usd_constant", Unit.MONEY), ("gdp_usd_current", Unit.MONEY)),
    *(("gdp_usd_constant", Unit.MONEY), ("gdp_per_capita", Unit.MONEY), ("spending_per_capita", Unit.MONEY)),
    ("military_personnel", Unit.PEOPLE),
)
SCALES = {"gdp_per_capita": 1e3, "spending_per_capita": 1.0, "military_personnel": 1e3}


def percentile(timings: list[float], quantile: float) -> float:
    return statistics.quantiles(sorted(timings), n=100, method="inclusive")[round(quantile * 100) - 1]


def synthetic_kb(base: KnowledgeBase, count: int, seed: int = 7) -> KnowledgeBase:
    rng = random.Random(seed)
    allies = [entity.name for entity in ENTITIES if entity.kind is EntityKind.COUNTRY and entity.nato_member]
    document = Document(id="synthetic.csv", title="Synthetic figures", kind=DocumentKind.TABLE, sha256="0" * 64)
    extra = MORE_MEASURES[len(SYNTHETIC_MEASURES) :]
    combos = itertools.chain(
        itertools.product(range(1999, 1000, -1), allies, SYNTHETIC_MEASURES),
        itertools.product(range(1999, 1000, -1), allies, extra),
        itertools.product(range(1000, 0, -1), allies, MORE_MEASURES),
    )
    facts: list[Fact] = []
    for index, (year, ally, (measure, unit)) in enumerate(itertools.islice(combos, count)):
        value = round(rng.uniform(0.5, 60), 2)
        money = unit in (Unit.MONEY, Unit.PEOPLE)
        facts.append(
            Fact(
                id=f"synthetic-{index}",
                subject=ally,
                measure=measure,
                value=value,
                unit=unit,
                currency="US$" if unit is Unit.MONEY else None,
                scale=SCALES.get(measure, 1e6) if money else None,
                period=f"{year:04d}",
                citation=Citation(
                    document=document.id,
                    locator=f"sheet S, cell R{index}",
                    quote=f"{ally} {measure.replace('_', ' ')} {year}: {value}",
                    sheet="S",
                    cell=f"R{index}",
                ),
            )
        )
    return base.model_copy(update={"documents": [*base.documents, document], "facts": [*base.facts, *facts]})


def forget_messages(engine: Engine) -> None:
    """Clear what is kept per message (its reading, its remarks, its words' lookups); what is kept per word and
    per document stays, as in a bot."""
    engine.vocabulary.parsed.clear()
    clean.cache_clear()
    without_remarks.cache_clear()
    lexicon.forget_mentions()
    forget_kinds()


def time_questions(engine: Engine, questions: list[str], repeat: int) -> list[float]:
    timings = []
    for question in questions:
        best = float("inf")
        for _ in range(repeat):
            forget_messages(engine)  # every ask is of a message new to the engine
            started = time.perf_counter()
            engine.compute(question)
            best = min(best, (time.perf_counter() - started) * 1000)
        timings.append(best)
    return timings


def report(label: str, timings: list[float]) -> None:
    print(
        f"{label:<38} n={len(timings):>4}  p50 {percentile(timings, 0.5):6.2f} ms  "
        f"p99 {percentile(timings, 0.99):6.2f} ms  max {max(timings):6.2f} ms"
    )


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--facts", type=int, default=100_000)
    options.add_argument("--repeat", type=int, default=5)
    args = options.parse_args()
    collector.tune()

    builds = []
    for _ in range(10):
        started = time.perf_counter()
        kb = build_knowledge_base(SEEDS)
        builds.append(time.perf_counter() - started)
    print(
        f"seed build: {len(kb.facts)} facts, median {statistics.median(builds) * 1000:.1f} ms, max "
        f"{max(builds) * 1000:.1f} ms"
    )

    if WORKBOOK.exists():
        from knowledge.readers.workbook import read_workbook  # noqa: PLC0415  (openpyxl: not in memory.py children)

        reads = []
        for _ in range(3):
            started = time.perf_counter()
            figures = read_workbook(WORKBOOK).figures
            reads.append(time.perf_counter() - started)
        print(f"NATO workbook: {len(figures)} figures, median read {statistics.median(reads):.2f} s")

    seed_engine = Engine(kb)
    collector.settle()
    questions = [q.question for q in load_question_set(QUESTION_SETS / "article.jsonl")]
    report("seed knowledge base, article set", time_questions(seed_engine, questions, args.repeat))
    for name in ("countries.jsonl", "countries_holdout.jsonl"):
        asked = [q.question for q in load_question_set(QUESTION_SETS / name)]
        report(f"seed knowledge base, {name}", time_questions(seed_engine, asked, args.repeat))

    big = synthetic_kb(kb, args.facts)
    started = time.perf_counter()
    engine = Engine(big)
    collector.settle()
    print(
        f"synthetic: {len(big.facts):,} facts, engine ready in {time.perf_counter() - started:.2f} s "
        f"(built {datetime.now(UTC):%Y-%m-%d})"
    )
    extra = f"+{args.facts:,} facts"  # the label says how many were added, whatever --facts asked
    report(f"{extra}, article set", time_questions(engine, questions, args.repeat))
    report(f"{extra}, per-country questions", time_questions(engine, per_country_questions(), args.repeat))


def per_country_questions() -> list[str]:
    """Questions about one ally each, hitting the synthetic facts' big pools."""
    allies = [entity.name for entity in ENTITIES if entity.kind is EntityKind.COUNTRY and entity.nato_member]
    return [
        template.format(ally=ally, year=year)
        for ally, year in zip(allies, itertools.cycle(range(1500, 2000, 37)), strict=False)
        for template in (
            "what share of alliance spending did {ally} pay in {year}?",
            "how much did {ally} defence spending change in real terms in {year}",
            "{ally} share",
            "real change {ally}",
        )
    ]


if __name__ == "__main__":
    main()
