"""Run by test_bot_operations: the real `bot.__main__.run` against a stand-in, 200 /ask in flight, then SIGTERM.

Prints READY once the bot is up, FIRED once the interactions are sent (the test then sends SIGTERM), and
finally one JSON line describing what became of every interaction.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from bot.__main__ import run
from bot.settings import Settings
from bot.tree import RESTARTING
from discord_standin import DiscordStandIn

TOKEN = "sigterm-driver-token"
QUESTIONS = ("how much does the US pay?", "which allies were below 2% of GDP in 2024?", "top 5 spenders", "hi")


def outcome(record) -> str:
    if record.response is None:
        return "unacknowledged"
    if record.rejected:
        return "rejected"
    message = record.original or (record.followups[-1] if record.followups else None)
    if message is None or message["flags"] & 128:  # 128: still "thinking"
        return "unanswered"
    if message.get("content") == RESTARTING:
        return "restarting"
    return "answered" if message.get("embeds") else "other"


async def main(data_dir: Path, count: int) -> None:
    async with DiscordStandIn(token=TOKEN, ack_deadline=3.0) as standin:
        settings = Settings(
            _env_file=None,
            discord_token=TOKEN,
            discord_guild_ids=(standin.guild_id,),
            data_dir=data_dir,
            cooldown_questions=1_000_000,
            shutdown_timeout=8.0,
            log_level="WARNING",
        )
        runner = asyncio.create_task(run(settings, client_options={"guild_ready_timeout": 0.05}))
        await standin.wait_until_ready(timeout=60)
        print("READY", flush=True)
        # One member per question: the bot keeps one question in flight per member.
        users = [standin.add_member(f"member{n}") for n in range(count)]
        records = [
            await standin.invoke_command("ask", {"question": QUESTIONS[n % len(QUESTIONS)]}, user_id=users[n])
            for n in range(count)
        ]
        print("FIRED", flush=True)
        await runner
        outcomes: dict[str, int] = {}
        for record in records:
            outcomes[outcome(record)] = outcomes.get(outcome(record), 0) + 1
        print(json.dumps({"outcomes": outcomes, "problems": standin.problems()}), flush=True)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1]), int(sys.argv[2])))
