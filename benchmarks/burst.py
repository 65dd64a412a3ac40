"""Burst benchmark: N `/ask` at once against the real bot, with the Discord stand-in in a separate process.

    python benchmarks/burst.py [--questions 2000] [--runs 1] [--json]

This process runs the stand-in (127.0.0.1) and plays the members; the bot runs in a child
process (`python benchmarks/burst.py --bot ...`), so the stand-in's own work does not share the
bot's event loop or CPU, as with real Discord. Every question comes from a different member (the
bot allows one question in flight per member). The stand-in refuses any acknowledgement later
than 3 s after the interaction's creation, as Discord does.

Reported, on the stand-in's clock from the moment each interaction was sent: acknowledgement
p50/p99/max, the share acknowledged within 3 s, time to the answer (p50/p99/max), the share
answered, and from the bot: interactions dropped as too old, worked, answered, and its CPU time
per question during the burst.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import create_bot  # noqa: E402
from bot.settings import Settings  # noqa: E402
from discord_standin import DiscordPatch, DiscordStandIn, InteractionRecord  # noqa: E402
from discord_standin.messages import LOADING  # noqa: E402

QUESTIONS = [
    "how much does the US pay?",
    "what share of NATO spending comes from Europe and Canada?",
    "how many allies meet the 2% target?",
    "who leads nato?",
    "what did Rutte call for?",
    "how much did european defence investment grow in 2024?",
    "anyone up for lunch?",
    "what does russia spend?",
    "What share of GDP does Poland spend?",
    "top 3 spenders",
    "how mch does the us pay",
    "which allies were below 2% in 2024?",
]
DEADLINE = 3.0
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime + stime


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


# -- the bot's process -------------------------------------------------------------------------


async def run_bot(api_base: str, gateway_url: str, cdn_base: str, token: str, guild_id: int, kb: Path) -> None:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        discord_token=token,
        discord_guild_ids=(guild_id,),
        documents_dir=ROOT / "seeds",
        knowledge_base_path=kb,
        cooldown_questions=1_000_000,
        log_level="WARNING",
    )
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    with DiscordPatch(api_base, gateway_url, cdn_base):
        bot = create_bot(settings, guild_ready_timeout=0.05)
        async with bot:
            runner = asyncio.create_task(bot.start(token))
            await stop.wait()
            await bot.close()
            with contextlib.suppress(Exception):
                await runner
    print(json.dumps(asdict(bot.arrivals.counts)), flush=True)


# -- the stand-in's process --------------------------------------------------------------------


def answered(record: InteractionRecord) -> bool:
    message = record.original
    return message is not None and not message["flags"] & LOADING and bool(message.get("embeds"))


def settled(record: InteractionRecord, now: float) -> bool:
    """Answered, or beyond saving: never acknowledged in time, or acknowledged with a message (a refusal)."""
    if record.response is None:
        return now - record.created_at > DEADLINE + 0.5
    return record.response.type != 5 or answered(record)


async def wait_settled(standin: DiscordStandIn, records: list[InteractionRecord], timeout: float) -> None:
    # One poller for all: a waiter per interaction would be woken by every request the bot makes.
    loop = asyncio.get_running_loop()
    give_up = loop.time() + timeout
    while loop.time() < give_up and not all(settled(record, loop.time()) for record in records):
        await asyncio.sleep(0.05)


def answer_times(standin: DiscordStandIn, records: list[InteractionRecord]) -> list[float]:
    """Seconds from creation to the edit that put the answer in place, from the stand-in's request log."""
    edited: dict[str, float] = {}
    for request in standin.requests:
        if request.method == "PATCH" and request.path.endswith("/messages/@original") and request.status == 200:
            edited[request.path.split("/")[3]] = request.time
    return [
        edited[record.token] - record.created_at for record in records if answered(record) and record.token in edited
    ]


async def warm_up(standin: DiscordStandIn) -> list[float]:
    """Warm the engine's imports and caches, as a running bot's would be; the acknowledgement times, unloaded."""
    acks = []
    for question in QUESTIONS:
        record = await standin.invoke_command("ask", {"question": question}, user_id=standin.admin_id)
        await record.wait_original(timeout=30)
        if record.response is not None:
            acks.append(record.response.time - record.created_at)
    return acks


async def burst(total: int, *, answer_timeout: float) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as scratch:
        async with DiscordStandIn(ack_deadline=DEADLINE) as standin:
            members = [standin.add_member(f"m{number}") for number in range(total)]
            command = [
                sys.executable,
                __file__,
                "--bot",
                standin.api_base,
                standin.gateway_url,
                standin.cdn_base,
                standin.token,
                str(standin.guild_id),
                str(Path(scratch) / "knowledge.json"),
            ]
            bot = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
            try:
                await standin.wait_until_ready(timeout=120)
                await standin.wait_for(lambda: standin.registered_commands(standin.guild_id), timeout=60)
                unloaded = await warm_up(standin)
                cpu_before = cpu_seconds(bot.pid)
                standin_cpu_before = time.process_time()
                rss_before = rss_mb(bot.pid)
                started = time.perf_counter()
                records = await asyncio.gather(
                    *(
                        standin.invoke_command(
                            "ask", {"question": QUESTIONS[number % len(QUESTIONS)]}, user_id=members[number]
                        )
                        for number in range(total)
                    )
                )
                sent = time.perf_counter() - started
                await wait_settled(standin, records, answer_timeout)
                elapsed = time.perf_counter() - started
                cpu = cpu_seconds(bot.pid) - cpu_before
                standin_cpu = time.process_time() - standin_cpu_before
                rss_after = rss_mb(bot.pid)
                finals = answer_times(standin, records)
            finally:
                bot.send_signal(signal.SIGTERM)
                out, _ = await asyncio.to_thread(bot.communicate, timeout=60)
    counts = json.loads(out.strip().splitlines()[-1]) if out.strip() else {}
    acknowledged = [r for r in records if r.response is not None]
    acks = [r.response.time - r.created_at for r in acknowledged if r.response is not None]
    return {
        "questions": total,
        "unloaded_ack_p50_ms": percentile(unloaded, 0.5) * 1000,
        "sent_in_s": sent,
        "elapsed_s": elapsed,
        "ack_p50_ms": percentile(acks, 0.5) * 1000,
        "ack_p99_ms": percentile(acks, 0.99) * 1000,
        "ack_max_ms": max(acks, default=float("nan")) * 1000,
        "acknowledged_in_time_pct": 100 * sum(1 for ack in acks if ack <= DEADLINE) / total,
        "late_acknowledgements_refused": sum(1 for r in records if r.rejected),
        "answered_pct": 100 * len(finals) / total,
        "answer_p50_ms": percentile(finals, 0.5) * 1000,
        "answer_p99_ms": percentile(finals, 0.99) * 1000,
        "answer_max_ms": max(finals, default=float("nan")) * 1000,
        "bot_dropped": counts.get("dropped", -1),
        "bot_worked": counts.get("worked", -1) - len(QUESTIONS),
        "bot_answered": counts.get("answered", -1) - len(QUESTIONS),
        "bot_cpu_ms_per_question": 1000 * cpu / total,
        "bot_rss_growth_mb": rss_after - rss_before,
        "standin_cpu_ms_per_question": 1000 * standin_cpu / total,
    }


def report(result: dict[str, float]) -> str:
    return (
        f"{result['questions']:.0f} /ask (sent in {result['sent_in_s']:.2f} s; one alone is acknowledged in "
        f"{result['unloaded_ack_p50_ms']:.1f} ms): "
        f"ack p50 {result['ack_p50_ms']:.0f} ms, p99 {result['ack_p99_ms']:.0f} ms, max {result['ack_max_ms']:.0f} ms; "
        f"{result['acknowledged_in_time_pct']:.1f} % acknowledged within 3 s; "
        f"answered {result['answered_pct']:.1f} % (p50 {result['answer_p50_ms']:.0f} ms, "
        f"p99 {result['answer_p99_ms']:.0f} ms, max {result['answer_max_ms']:.0f} ms); "
        f"bot: dropped {result['bot_dropped']:.0f}, worked {result['bot_worked']:.0f}, "
        f"answered {result['bot_answered']:.0f}, late acks refused {result['late_acknowledgements_refused']:.0f}, "
        f"{result['bot_cpu_ms_per_question']:.2f} ms CPU per question "
        f"(stand-in: {result['standin_cpu_ms_per_question']:.2f} ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=int, nargs="+", default=[500, 2000, 5000])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--answer-timeout", type=float, default=300.0)
    parser.add_argument("--json", action="store_true", help="one JSON object per run")
    parser.add_argument("--bot", nargs=6, metavar=("API", "GATEWAY", "CDN", "TOKEN", "GUILD", "KB"), help="internal")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    if args.bot:
        api, gateway, cdn, token, guild, kb = args.bot
        asyncio.run(run_bot(api, gateway, cdn, token, int(guild), Path(kb)))
        return
    for total in args.questions:
        for _ in range(args.runs):
            result = asyncio.run(burst(total, answer_timeout=args.answer_timeout))
            print(json.dumps(result) if args.json else report(result), flush=True)


if __name__ == "__main__":
    main()
