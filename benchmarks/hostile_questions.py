"""Engine time of hostile and off-topic questions (the fault suite's generator, fixed seed).

    python benchmarks/hostile_questions.py [--count 10000]

Prints p50/p99/max engine milliseconds per question and how many got a figure (must be 0).
The target of issue 11: no question costs more than 50 ms of engine time.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from knowledge.engine import Engine
from knowledge.hostile_questions import hostile_questions
from knowledge.snapshot import build_knowledge_base

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    engine = Engine(build_knowledge_base(SEEDS))
    engine.warm()  # as the bot does after every swap
    previous = engine.ask("how much does the US pay?")
    timings: list[float] = []
    figures = 0
    for number, question in enumerate(hostile_questions(args.count)):
        started = time.perf_counter()
        answer = engine.compute(question, previous if number % 10 == 0 else None)
        timings.append((time.perf_counter() - started) * 1000)
        figures += bool(answer.answered or answer.values)
    cuts = statistics.quantiles(timings, n=100)
    print(
        f"{args.count} hostile questions: p50 {cuts[49]:.2f} ms, p99 {cuts[98]:.2f} ms, max {max(timings):.1f} ms; "
        f"{figures} got a figure"
    )


if __name__ == "__main__":
    main()
