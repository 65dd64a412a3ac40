"""One bot process for multi-process tests and benchmarks: `python -m discord_standin.process`, set by the environment.

The stand-in runs in the test's process; LEDGER_STANDIN_API / _GATEWAY / _CDN point this process's
discord.py at it. Every other setting is the bot's own environment variable (SHARD_IDS, DATA_DIR,
DATABASE_URL…). Prints READY once connected, then runs until killed.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot import create_bot
from bot.log import logging_to_stderr
from bot.settings import Settings
from discord_standin.server import DiscordPatch


async def run() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    patch = DiscordPatch(
        os.environ["LEDGER_STANDIN_API"], os.environ["LEDGER_STANDIN_GATEWAY"], os.environ["LEDGER_STANDIN_CDN"]
    )
    with patch:
        bot = create_bot(settings, guild_ready_timeout=0.05)
        async with bot:
            started = asyncio.create_task(bot.start(settings.discord_token.get_secret_value()))
            await bot.wait_until_ready()
            print("READY", bot.knowledge.kb.version, flush=True)
            await started


if __name__ == "__main__":
    token = os.environ.get("DISCORD_TOKEN", "")
    with logging_to_stderr(os.environ.get("LOG_LEVEL", "INFO"), secrets=[token]):
        asyncio.run(run())
