"""How long after a refresh's reply every process answers from the new version (issue target: p99 ≤ 5 s).

Three bot processes (one shard each, own documents folder) run against the Discord stand-in and
one store. Each of N refreshes edits the article in one process's folder (rotating), runs
`/kb refresh` there over the wire, and then asks `/ask` in every process's server until each
answer's footer shows the new version. The time counted is from the refresh's reply to the last
process answering from the new version.

    python benchmarks/propagation.py [--refreshes 20] [--postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from discord_standin import DiscordStandIn
from discord_standin.fleet import SHARDS, TOKEN, Fleet, embed_of

ARTICLE = "000_713f5699dc297b28.txt"
POLL = 0.05


async def measure(refreshes: int, root: Path, database_url: str | None) -> list[float]:
    async with DiscordStandIn(token=TOKEN, ack_deadline=3.0, shards=SHARDS) as standin:
        fleet = Fleet(standin, root, database_url)
        fleet.prepare_guilds()
        try:
            await fleet.start(0)
            await asyncio.gather(fleet.start(1), fleet.start(2))
            delays = []
            for number in range(refreshes):
                shard = number % SHARDS
                article = fleet.documents(shard) / ARTICLE
                text = article.read_text(encoding="utf-8")
                article.write_text(re.sub(r"estimated \d+(\.\d+)?%", f"estimated 6{number % 10}.{number}%", text))
                refresh = await fleet.command(shard, "kb refresh")
                await refresh.wait_response(timeout=10)
                [reply] = await refresh.wait_followups(1, timeout=60)
                replied = time.monotonic()
                version = re.search(r"→ `([0-9a-f]{12})`", str(reply)).group(1)[:8]
                pending = set(range(SHARDS))
                while pending:
                    for each in list(pending):
                        message = await fleet.ask(each)
                        if version in embed_of(message)["footer"]["text"]:
                            pending.discard(each)
                    if pending:
                        await asyncio.sleep(POLL)
                delays.append(time.monotonic() - replied)
                await settle(fleet, article.read_bytes())
                print(f"refresh {number + 1:>2} in process {shard}: all three on {version} after {delays[-1]:.2f} s")
            return delays
        finally:
            await fleet.stop()


async def settle(fleet: Fleet, article: bytes) -> None:
    """Wait until every folder holds the refreshed article (the mirror follows the swap), before the next edit."""
    deadline = time.monotonic() + 10
    while any((fleet.documents(s) / ARTICLE).read_bytes() != article for s in range(SHARDS)):
        if time.monotonic() > deadline:
            raise TimeoutError("a documents folder was not updated from the store")
        await asyncio.sleep(POLL)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--refreshes", type=int, default=20)
    parser.add_argument("--postgres", action="store_true", help="a throwaway PostgreSQL server instead of SQLite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ledger-propagation-") as scratch, contextlib.ExitStack() as stack:
        url = None
        if args.postgres:
            from bot.store.localpg import running_postgres  # noqa: PLC0415

            url = stack.enter_context(running_postgres())
        delays = asyncio.run(measure(args.refreshes, Path(scratch), url))
    store = "PostgreSQL" if args.postgres else "SQLite"
    print(
        f"{store}, {len(delays)} refreshes, 3 processes: p50 {statistics.median(delays):.2f} s, "
        f"p99 {percentile(delays, 0.99):.2f} s, max {max(delays):.2f} s"
    )
    return 0 if percentile(delays, 0.99) <= 5.0 else 1


if __name__ == "__main__":
    sys.exit(main())
