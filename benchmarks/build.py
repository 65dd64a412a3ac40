"""Build times a moderator meets: the shipped seeds, and each evaluation document on its own.

    python benchmarks/build.py [--runs 5]

- The shipped `seeds/` built from scratch (readers, extraction, tables): the median and the slowest of
  `--runs` builds after one warm-up build (the warm-up loads the data files once, as a running bot has).
  Target: ≤ 1 s.
- Every document under `knowledge/evaluation_*/documents/` (450–750-word articles) built alone: the
  fastest of three builds per document, and the slowest document. Target: ≤ 200 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.extraction_eval import build_document, evaluation_documents  # noqa: E402
from knowledge.snapshot import build_knowledge_base  # noqa: E402

SEEDS = ROOT / "seeds"
SEEDS_TARGET_S = 1.0
DOCUMENT_TARGET_MS = 200.0


def seeds_build_seconds(runs: int) -> list[float]:
    build_knowledge_base(SEEDS)
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        build_knowledge_base(SEEDS)
        timings.append(time.perf_counter() - started)
    return timings


def document_build_ms() -> dict[str, float]:
    fastest: dict[str, float] = {}
    for folder in sorted((ROOT / "knowledge").glob("evaluation_*")):
        for name, document in evaluation_documents(folder).items():
            build_document(document)
            fastest[f"{folder.name}/{name}"] = min(build_document(document)[1] for _ in range(3))
    return fastest


def met(value: float, target: float) -> str:
    return "met" if value <= target else "NOT met"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    seeds = seeds_build_seconds(arguments.runs)
    slowest_seeds = max(seeds)
    print(
        f"shipped seeds: median {statistics.median(seeds):.3f} s, slowest {slowest_seeds:.3f} s "
        f"of {arguments.runs} (≤ {SEEDS_TARGET_S:.0f} s: {met(slowest_seeds, SEEDS_TARGET_S)})"
    )
    documents = document_build_ms()
    name, slowest = max(documents.items(), key=lambda item: item[1])
    print(
        f"{len(documents)} evaluation documents alone: median {statistics.median(documents.values()):.1f} ms, "
        f"slowest {slowest:.1f} ms ({name}; ≤ {DOCUMENT_TARGET_MS:.0f} ms: {met(slowest, DOCUMENT_TARGET_MS)})"
    )


if __name__ == "__main__":
    main()
