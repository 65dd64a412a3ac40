"""Load test: N `/ask` interactions fired concurrently at the real bot through the local Discord stand-in.

    python benchmarks/load.py [--questions 500] [--users N]

Reports throughput and p50/p99 time to acknowledge (the interaction callback) and to the final
answer (the callback when answered straight away, or the edit of the deferred "thinking" message),
measured on the stand-in's clock from the moment the interaction was dispatched. Everything runs
in one process on 127.0.0.1, so the figures include the stand-in's own work; `benchmarks/burst.py`
runs the stand-in in a separate process. Every question comes from its own member unless `--users`
says otherwise: the bot answers one question in flight per member and refuses the others.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import create_bot  # noqa: E402
from bot.settings import Settings  # noqa: E402
from discord_standin import DiscordStandIn, InteractionRecord  # noqa: E402
from discord_standin.testing import running_bot  # noqa: E402

QUESTIONS = [
    "how much does the US pay?",
    "what share of NATO spending comes from Europe and Canada?",
    "how many allies meet the 2% target?",
    "who leads nato?",
    "what did Rutte call for?",
    "how much did european defence investment grow in 2024?",
    "anyone up for lunch?",
    "what does russia spend?",
    "what share of GDP did Trump ask for?",
    "how mch does the us pay",
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


async def one(standin: DiscordStandIn, question: str, user_id: int) -> tuple[float, float, int]:
    record: InteractionRecord = await standin.invoke_command("ask", {"question": question}, user_id=user_id)
    response = await record.wait_response(timeout=30)
    if response.type == 5:
        await record.wait_original(timeout=30)
        final = standin.loop_time()
    else:
        final = response.time
    return response.time - record.created_at, final - record.created_at, response.type


async def run(total: int, users: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        async with DiscordStandIn(ack_deadline=3.0) as standin:
            settings = Settings(  # type: ignore[call-arg]
                _env_file=None,
                discord_token=standin.token,
                discord_guild_ids=(standin.guild_id,),
                documents_dir=ROOT / "seeds",
                knowledge_base_path=Path(scratch) / "knowledge.json",
                cooldown_questions=1_000_000,
            )
            user_ids = [standin.add_member(f"load{i}") for i in range(users)]
            async with running_bot(lambda: create_bot(settings, guild_ready_timeout=0.05), standin, timeout=30):
                started = time.perf_counter()
                results = await asyncio.gather(
                    *(one(standin, QUESTIONS[i % len(QUESTIONS)], user_ids[i % users]) for i in range(total))
                )
                elapsed = time.perf_counter() - started
            late = [ix for ix in standin.interactions.values() if ix.rejected]
    acks = [ack * 1000 for ack, _, _ in results]
    finals = [final * 1000 for _, final, _ in results]
    deferred = sum(1 for _, _, kind in results if kind == 5)
    print(f"{total} concurrent /ask interactions from {users} members in {elapsed:.2f} s")
    print(f"throughput: {total / elapsed:.0f} answers/s")
    print(
        f"acknowledge: p50 {percentile(acks, 0.5):.0f} ms, p99 {percentile(acks, 0.99):.0f} ms, max {max(acks):.0f} ms"
    )
    print(
        f"final answer: p50 {percentile(finals, 0.5):.0f} ms, p99 {percentile(finals, 0.99):.0f} ms, "
        f"max {max(finals):.0f} ms, mean {statistics.mean(finals):.0f} ms"
    )
    print(f"deferred: {deferred}, late or rejected acknowledgements: {len(late)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=int, default=500)
    parser.add_argument("--users", type=int, default=None, help="members asking (default: one per question)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    asyncio.run(run(args.questions, args.users or args.questions))


if __name__ == "__main__":
    main()
