"""What a hostile document costs the bot: time to refusal and memory, with and without the budgets.

    python benchmarks/hostile_documents.py [--unlimited]

Each document is added to a copy of `seeds/` and the knowledge base is rebuilt the way the bot
rebuilds it (`IsolatedReader`: unchanged documents from the cache, the new one in a budgeted
child process). Reported per document: the outcome, seconds to it and this process's RSS growth
(the child's own memory is capped at `Limits.memory_mb`). `--unlimited` also reads each one
in-process with the counted limits lifted (as before the budgets), in a fresh subprocess so one
run cannot spoil the next.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge import hostile  # noqa: E402
from knowledge.isolation import IsolatedReader  # noqa: E402
from knowledge.snapshot import BuildError, build_knowledge_base  # noqa: E402

DOCUMENTS: dict[str, Callable[[], bytes]] = {
    "decompression-bomb.xlsx": hostile.decompression_bomb,
    "row-bomb.xlsx": hostile.row_bomb,
    "wide-sheet.xlsx": hostile.wide_bomb,
    "100k-sentences.txt": hostile.many_sentences,
    "40k-sentences.txt": lambda: hostile.many_sentences(40_000),
    "binary-junk.txt": hostile.binary_junk,
    "not-utf8.txt": hostile.not_utf8,
    "30mb.txt": hostile.oversized_text,
    "truncated.xlsx": lambda: hostile.truncated(hostile.row_bomb(200)),
    "corrupted.xlsx": lambda: hostile.corrupted(hostile.row_bomb(200)),
    "implode.xlsx": hostile.unsupported_compression,
}
UNLIMITED = """
import resource, sys, time
from pathlib import Path
from knowledge.limits import Limits
from knowledge.snapshot import BuildError, SourceFile, read_document
path = Path(sys.argv[1])
limits = Limits(rows=10**9, cells=10**10, figures=10**9, sentences=10**9, characters=10**10, facts=10**9)
started = time.perf_counter()
try:
    _, facts, _, _ = read_document(SourceFile(path.name, path, path.read_bytes()), None, limits)
    outcome = f"read: {len(facts):,} facts"
except BuildError as error:
    outcome = error.reason
except MemoryError:
    outcome = "MemoryError"
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{outcome[:70]} | {time.perf_counter() - started:.1f} s | peak RSS {peak:,.0f} MB")
"""


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--unlimited", action="store_true", help="also read each document without the budgets")
    parser.add_argument("--unlimited-timeout", type=float, default=120.0)
    args = parser.parse_args()
    reader = IsolatedReader()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "documents"
        shutil.copytree(ROOT / "seeds", folder)
        build_knowledge_base(folder, reader=reader)
        print("| document | size | outcome with budgets | time | bot RSS growth |")
        print("|---|---|---|---|---|")
        for name, make in DOCUMENTS.items():
            data = make()
            (folder / name).write_bytes(data)
            before = rss_mb()
            started = time.perf_counter()
            try:
                build_knowledge_base(folder, reader=reader)
                outcome = "built"
            except BuildError as error:
                outcome = error.reason
            elapsed = time.perf_counter() - started
            growth = rss_mb() - before
            print(
                f"| {name} | {len(data) / 1024 / 1024:.2f} MB | {outcome[:80]} | {elapsed:.2f} s | {growth:+.0f} MB |",
                flush=True,
            )
            if args.unlimited:
                try:
                    result = subprocess.run(
                        [sys.executable, "-c", UNLIMITED, str(folder / name)],
                        capture_output=True,
                        text=True,
                        timeout=args.unlimited_timeout,
                        cwd=ROOT,
                        check=False,
                    )
                    print(f"|   without budgets | | {result.stdout.strip() or result.stderr.strip()[-200:]} | | |")
                except subprocess.TimeoutExpired:
                    print(f"|   without budgets | | still reading after {args.unlimited_timeout:.0f} s | | |")
            (folder / name).unlink()


if __name__ == "__main__":
    main()
