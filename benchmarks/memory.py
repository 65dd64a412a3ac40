"""Memory and start-up of the knowledge engine at the shipped size and with many more facts.

    python benchmarks/memory.py [--extra 0 100000 1000000] [--repeat 3]

For each size: the shipped seeds plus `extra` synthetic facts (`latency.synthetic_kb`: every Ally x
table measure x year, years before the real documents') are saved as a snapshot, then a fresh interpreter
loads it and builds the `Engine` the way the bot does, and answers the article question set plus the
per-country questions. Reported: snapshot bytes per fact, load and engine-ready time, RSS per fact (the
process's RSS once ready and warmed as the bot warms it, less its RSS after the imports and the
word-frequency table, over the facts;
before warming and the peak too), the wall time from
starting the interpreter to the first answer and the CPU time the interpreter took to get there (steadier
on a machine other work shares), and p50/p99 of `Engine.compute` (best of `--repeat`).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from latency import SEEDS, per_country_questions, percentile, synthetic_kb, time_questions

from knowledge.ask.verify import Verifier
from knowledge.engine import Engine
from knowledge.questionset import QUESTION_SETS, load_question_set
from knowledge.snapshot import build_knowledge_base, load_snapshot, save_snapshot


def rss_bytes(field: str = "VmRSS") -> int:
    """The process's resident set (or with "VmHWM" its peak: unlike `ru_maxrss`, not inherited from the
    parent that forked it), in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) * 1024
    return 0


def child(snapshot: Path, repeat: int) -> None:
    """One measurement in a fresh interpreter: load, build the engine as the bot does, answer."""
    Verifier([], {}, {})  # the word-frequency table (~50 MB whatever the facts) is loaded before the baseline
    gc.collect()
    baseline = rss_bytes()
    started = time.perf_counter()
    kb = load_snapshot(snapshot)
    loaded = time.perf_counter() - started
    engine = Engine(kb)
    ready = time.perf_counter() - started
    engine.ask("how much of NATO's spending does the US pay?")
    print("ANSWERED", flush=True)
    first = time.perf_counter() - started
    cpu_to_answer = sum(os.times()[:2])  # since the interpreter started: steadier than wall time on a busy machine
    gc.collect()
    answering_rss = rss_bytes()
    engine.warm()  # what the bot does after every swap, so no member's question pays for it
    warmed = time.perf_counter() - started
    gc.collect()
    ready_rss = rss_bytes()
    article = [q.question for q in load_question_set(QUESTION_SETS / "article.jsonl")]
    timings = time_questions(engine, article, repeat) + time_questions(engine, per_country_questions(), repeat)
    gc.collect()
    result = {
        "facts": len(kb.facts),
        "load_s": loaded,
        "ready_s": ready,
        "first_answer_s": first,
        "cpu_to_answer_s": cpu_to_answer,
        "warm_s": warmed,
        "baseline_rss": baseline,
        "answering_rss": answering_rss,
        "ready_rss": ready_rss,
        "after_questions_rss": rss_bytes(),
        "peak_rss": rss_bytes("VmHWM"),
        "questions": len(timings),
        "p50_ms": percentile(timings, 0.5),
        "p99_ms": percentile(timings, 0.99),
        "max_ms": max(timings),
    }
    print("RESULT " + json.dumps(result), flush=True)


def measure(extra: int, repeat: int, folder: Path) -> dict[str, float]:
    kb = build_knowledge_base(SEEDS)
    if extra:
        kb = synthetic_kb(kb, extra)
    snapshot = folder / f"knowledge-{extra}.json"
    save_snapshot(kb, snapshot)
    facts = len(kb.facts)
    del kb
    gc.collect()
    started = time.perf_counter()
    command = [sys.executable, __file__, "--child", str(snapshot), "--repeat", str(repeat)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    result: dict[str, float] = {}
    for line in process.stdout:
        if line.strip() == "ANSWERED":
            result["start_to_answer_s"] = time.perf_counter() - started
        elif line.startswith("RESULT "):
            result.update(json.loads(line.removeprefix("RESULT ")))
    if process.wait() != 0:
        raise SystemExit(f"measuring {extra:,} more facts failed")
    result["snapshot_bytes"] = snapshot.stat().st_size
    snapshot.unlink()
    assert result["facts"] == facts
    return result


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--extra", type=int, nargs="+", default=[0, 100_000, 1_000_000])
    options.add_argument("--repeat", type=int, default=3)
    options.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = options.parse_args()
    if args.child:
        child(args.child, args.repeat)
        return
    print(
        f"{'facts':>10} {'snapshot':>9} {'B/fact':>7} {'load':>7} {'ready':>7} {'start→answer':>12} {'(CPU)':>6} "
        f"{'RSS/fact':>9} {'unwarmed':>9} {'peak/fact':>9} {'p50':>8} {'p99':>8} {'max':>8}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for extra in args.extra:
            r = measure(extra, args.repeat, Path(folder))
            facts = r["facts"]
            grown = (r["ready_rss"] - r["baseline_rss"]) / facts
            unwarmed = (r["answering_rss"] - r["baseline_rss"]) / facts
            peak = (r["peak_rss"] - r["baseline_rss"]) / facts
            print(
                f"{facts:>10,} {r['snapshot_bytes'] / 2**20:>7.1f}MB {r['snapshot_bytes'] / facts:>7.0f} "
                f"{r['load_s']:>6.2f}s {r['ready_s']:>6.2f}s "
                f"{r['start_to_answer_s']:>11.2f}s {r['cpu_to_answer_s']:>5.2f}s "
                f"{grown:>8.0f}B {unwarmed:>8.0f}B {peak:>8.0f}B "
                f"{r['p50_ms']:>6.2f}ms {r['p99_ms']:>6.2f}ms {r['max_ms']:>6.1f}ms",
                flush=True,
            )
            print("  " + json.dumps(r), flush=True)


if __name__ == "__main__":
    main()
