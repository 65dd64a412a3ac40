"""Faulted refresh/upload rounds across three processes with kills by PID, each followed by restarts.

Each round, three worker processes (one per "host": its own documents folder and snapshot, one
shared store) each run a refresh or an upload through `KnowledgeService`; the documents are a mix
of good articles and bad ones (empty, binary junk, non-UTF-8, truncated or corrupted .xlsx, an
.xlsx with an unsupported zip compression that raises NotImplementedError). Some workers are
killed with SIGKILL at a random moment (building, writing, uploading). Then every host restarts
(`KnowledgeService.load`) and the round is checked:

- every restart succeeds, and answers;
- the pointer's version is complete: its stored snapshot matches its content hash, and its
  manifest is exactly the stored documents (no lost or torn version);
- no two documents share a name (compared without case);
- no bad document is left in any documents folder (each is quarantined with its reason);
- no `.knowledge.json.*.tmp` is left next to a snapshot.

    python benchmarks/faults.py [--rounds 100] [--seed 7] [--postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import os
import random
import shutil
import signal
import sys
import tempfile
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "knowledge"))

from bad_documents import unsupported_compression, workbook_bytes

from bot.knowledge_service import KnowledgeService
from bot.store import open_store
from knowledge.snapshot import knowledge_base_from_bytes, load_snapshot

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
HOSTS = 3


def good_article(tag: str, rng: random.Random) -> tuple[str, bytes]:
    share = rng.randint(10, 39) / 10
    text = f"---\ntitle: Note {tag}\npublished: 2025-01\n---\n\nNorway spent {share}% of GDP on defence in 2024.\n"
    return f"note-{tag}.md", text.encode()


def bad_document(tag: str, rng: random.Random) -> tuple[str, bytes, str]:
    kind = rng.choice(["empty", "junk", "latin1", "truncated", "corrupted", "deflate64"])
    book = workbook_bytes()
    data = {
        "empty": b"   \n",
        "junk": bytes(rng.randrange(256) for _ in range(2048)) + b"\0",
        "latin1": "Norway spent 2% of GDP in 2024. Caf\xe9 na\xefve.".encode("latin-1"),
        "truncated": book[: len(book) // 2],
        "corrupted": book[:200] + bytes(rng.randrange(256) for _ in range(400)) + book[600:],
        "deflate64": unsupported_compression(book),
    }[kind]
    suffix = ".xlsx" if kind in ("truncated", "corrupted", "deflate64") else ".txt"
    return f"bad-{tag}-{kind}{suffix}", data, kind


@dataclass
class Report:
    rounds: int = 0
    operations: int = 0
    kills: int = 0
    restarts: int = 0
    failed_restarts: int = 0
    torn_versions: int = 0
    duplicates: int = 0
    bad_left: int = 0
    stale_temporaries: int = 0
    versions: int = 0
    quarantined: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def ok(self) -> bool:
        return not (self.failed_restarts or self.torn_versions or self.duplicates or self.bad_left)

    def summary(self) -> str:
        return (
            f"{self.rounds} rounds, {self.operations} refresh/upload operations, {self.kills} SIGKILLs, "
            f"{self.restarts} restarts ({self.failed_restarts} failed), {self.versions} versions published, "
            f"{self.quarantined} documents quarantined, torn versions {self.torn_versions}, duplicate documents "
            f"{self.duplicates}, rejected documents left {self.bad_left}, stale temp files after restart "
            f"{self.stale_temporaries}, {self.seconds:.0f} s"
        )


@dataclass(frozen=True)
class Host:
    root: Path
    number: int
    database_url: str | None

    @property
    def documents(self) -> Path:
        return self.root / f"host{self.number}" / "documents"

    @property
    def snapshot(self) -> Path:
        return self.root / f"host{self.number}" / "cache" / "knowledge.json"

    def service(self) -> KnowledgeService:
        store = open_store(self.database_url, self.root / "shared" / "ledger.sqlite3")
        return KnowledgeService(
            self.documents, self.snapshot, store, quarantine_dir=self.root / f"host{self.number}" / "quarantine"
        )


def worker(host: Host, operation: str, name: str, data: bytes) -> None:
    """One process: start, then refresh (after writing the document into the folder) or upload it."""

    async def run() -> None:
        service = host.service()
        await service.load()
        try:
            if operation == "refresh":
                (host.documents / name).write_bytes(data)
                await service.refresh("fault-suite", 1)
            else:
                await service.add_document(name, data, "fault-suite", 1, 5 * 1024 * 1024)
        except Exception:  # refused, busy or failed: all expected here; the checks come after
            pass
        finally:
            await service.close()

    asyncio.run(run())


async def restart(host: Host, report: Report) -> None:
    service = host.service()
    try:
        await service.load()
        answer = await service.ask("how much does the US pay?")
        if not answer.answered:
            raise RuntimeError("the restarted service does not answer")
        report.restarts += 1
    except Exception as error:
        report.failed_restarts += 1
        report.problems.append(f"restart of host {host.number}: {error!r}")
    finally:
        await service.close()


def check_store(hosts: list[Host], bad_names: set[str], report: Report) -> None:
    store = open_store(hosts[0].database_url, hosts[0].root / "shared" / "ledger.sqlite3")
    try:
        pointer = store.pointer()
        stored = store.version_snapshot(pointer.version) if pointer else None
        try:
            assert pointer is not None and stored is not None
            kb = knowledge_base_from_bytes(zlib.decompress(stored[0]), "pointer")
            assert kb.version == pointer.version
            documents = store.documents()
            assert sorted(store.version_manifest(pointer.version)) == sorted(d.name for d in documents)
        except (AssertionError, Exception) as error:
            report.torn_versions += 1
            report.problems.append(f"torn version: {error!r}")
            return
        keys = [d.name.casefold() for d in documents]
        if len(keys) != len(set(keys)):
            report.duplicates += 1
        report.versions = pointer.seq
        report.quarantined = len(store.quarantined(100_000))
        for name in bad_names:
            if store.find_document(name) is not None:
                report.bad_left += 1
                report.problems.append(f"{name} is in the store")
    finally:
        store.close()
    for host in hosts:
        for name in bad_names:
            if (host.documents / name).exists():
                report.bad_left += 1
                report.problems.append(f"{name} left in host {host.number}'s folder")
        report.stale_temporaries += len(list(host.snapshot.parent.glob(".knowledge.json.*.tmp")))
        with contextlib.suppress(FileNotFoundError):
            load_snapshot(host.snapshot)


def run(rounds: int, seed: int, root: Path, database_url: str | None) -> Report:
    rng = random.Random(seed)
    hosts = [Host(root, number, database_url) for number in range(HOSTS)]
    for host in hosts:
        shutil.copytree(SEEDS, host.documents)
    report = Report()
    started = time.monotonic()
    bad_names: set[str] = set()
    asyncio.run(restart(hosts[0], report))  # the first start imports the seeds into the store
    context = multiprocessing.get_context("fork")
    for number in range(rounds):
        processes = []
        for host in hosts:
            operation = rng.choice(["refresh", "upload"])
            if rng.random() < 0.5:
                name, data, _kind = bad_document(f"{number}-{host.number}", rng)
                bad_names.add(name)
            else:
                name, data = good_article(f"{number}-{host.number}", rng)
            if rng.random() < 0.15:  # two hosts racing on one name
                name = f"shared-{number}.md"
                data = good_article(f"{number}-{host.number}", rng)[1]
            process = context.Process(target=worker, args=(host, operation, name, data))
            process.start()
            processes.append(process)
            report.operations += 1
        kill_at = {p.pid: rng.uniform(0.3, 2.5) for p in processes if rng.random() < 0.4}
        began = time.monotonic()
        while any(p.is_alive() for p in processes):
            for process in processes:
                if process.pid in kill_at and process.is_alive() and time.monotonic() - began > kill_at[process.pid]:
                    os.kill(process.pid, signal.SIGKILL)
                    report.kills += 1
                    del kill_at[process.pid]
            time.sleep(0.01)
        for process in processes:
            process.join()
        for host in hosts:
            asyncio.run(restart(host, report))
        check_store(hosts, bad_names, report)
        report.rounds += 1
    report.seconds = time.monotonic() - started
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--postgres", action="store_true", help="a throwaway PostgreSQL server instead of SQLite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ledger-faults-") as scratch, contextlib.ExitStack() as stack:
        url = None
        if args.postgres:
            from bot.store.localpg import running_postgres  # noqa: PLC0415

            url = stack.enter_context(running_postgres())
        report = run(args.rounds, args.seed, Path(scratch), url)
    print(report.summary())
    for problem in report.problems[:20]:
        print("  ", problem)
    return 0 if report.ok() else 1


if __name__ == "__main__":
    sys.exit(main())
