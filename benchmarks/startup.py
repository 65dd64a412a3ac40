"""Start-up and whole-process times, as a server owner meets them (each run a fresh interpreter).

    python benchmarks/startup.py [--runs 7]

- `knowledge ask` on the shipped seeds, whole process (interpreter start to exit): the first run in an
  empty data folder (copies the documents and builds the snapshot), then runs with the snapshot in place.
- `python -m bot` import-to-ready: from interpreter start until the bot, started with `bot.__main__.run`
  against the local Discord stand-in on 127.0.0.1, has identified, loaded the knowledge base and synced
  its commands (no network; the stand-in's start-up, a few milliseconds, is included).
- The imports alone: `python -c "import bot.bot, bot.exts..."` and `python -m knowledge --help`.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "how much of NATO's spending does the US pay?"
READY_SCRIPT = """
import asyncio, sys
from pathlib import Path
from bot.__main__ import run
from bot.settings import Settings
from discord_standin import DiscordStandIn

async def main():
    async with DiscordStandIn(token="bench") as standin:
        settings = Settings(_env_file=None, discord_token="bench", discord_guild_ids=(standin.guild_id,),
                            data_dir=Path(sys.argv[1]), log_level="WARNING")
        runner = asyncio.create_task(run(settings, client_options={"guild_ready_timeout": 0.05}))
        await standin.wait_until_ready(timeout=60)
        print("READY", flush=True)
        runner.cancel()

try:
    asyncio.run(main())
except asyncio.CancelledError:
    pass
"""


CPU_TIMES: list[float] = []  # CPU seconds (user + system) of the last measured process, less sensitive to load


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], env: dict[str, str], *, until: str | None = None) -> float:
    cpu = cpu_seconds()
    started = time.perf_counter()
    if until is None:
        subprocess.run(command, env=env, cwd=ROOT, capture_output=True, check=True)
        elapsed = time.perf_counter() - started
        CPU_TIMES.append(cpu_seconds() - cpu)
        return elapsed
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == until:
            elapsed = time.perf_counter() - started
            process.kill()
            process.wait()
            CPU_TIMES.append(cpu_seconds() - cpu)
            return elapsed
    raise RuntimeError(f"{command} ended without printing {until}")


def summary(name: str, times: list[float]) -> str:
    cpu = statistics.median(CPU_TIMES[-len(times) :])
    CPU_TIMES.clear()
    return (
        f"{name:<62} median {statistics.median(times):.2f} s (CPU {cpu:.2f} s), "
        f"min {min(times):.2f} s, max {max(times):.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "DATA_DIR": str(Path(folder) / "data")}
        first = timed([python, "-m", "knowledge", "ask", QUESTION], env)
        print(f"{'knowledge ask, first run (copies documents, builds snapshot)':<62} {first:.2f} s")
        CPU_TIMES.clear()
        asks = [timed([python, "-m", "knowledge", "ask", QUESTION], env) for _ in range(args.runs)]
        print(summary("knowledge ask, whole process, snapshot in place", asks))
        helps = [timed([python, "-m", "knowledge", "--help"], env) for _ in range(args.runs)]
        print(summary("python -m knowledge --help (imports)", helps))
        imports = "import bot.bot, bot.exts.answers, bot.exts.browse, bot.exts.charts, bot.exts.admin, bot.exts.upload"
        bot_imports = [timed([python, "-c", imports], env) for _ in range(args.runs)]
        print(summary("bot imports (bot.bot and every extension)", bot_imports))
        data = str(Path(folder) / "bot-data")
        ready = [timed([python, "-c", READY_SCRIPT, data], env, until="READY") for _ in range(args.runs)]
        CPU_TIMES.pop(0)
        print(summary("python -m bot, interpreter start to ready (snapshot in place)", ready[1:] or ready))
        print(f"{'python -m bot, first start (copies documents, builds snapshot)':<62} {ready[0]:.2f} s")


if __name__ == "__main__":
    main()
