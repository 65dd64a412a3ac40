"""Several bot processes (one shard each, own documents folder) against one stand-in and one store.

Used by the multi-process tests and `benchmarks/propagation.py`. Each process is `python -m
discord_standin.process` with its own environment, as on separate hosts that share only the store
(a SQLite file in a shared data folder, or a PostgreSQL server).
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import sys
import time
from pathlib import Path
from typing import Any

from discord_standin.interactions import InteractionRecord
from discord_standin.server import DiscordStandIn

SEEDS = Path(__file__).resolve().parents[1] / "knowledge" / "seeds"
TOKEN = "standin-token-processes-never-logged"
SHARDS = 3


def embed_of(message: dict) -> dict:
    assert message["embeds"], f"no embed in {message}"
    return message["embeds"][0]


class Fleet:
    def __init__(self, standin: DiscordStandIn, root: Path, database_url: str | None) -> None:
        self.standin = standin
        self.root = root
        self.database_url = database_url
        self.guilds: dict[int, int] = {}  # shard -> guild
        self.channels: dict[int, int] = {}  # shard -> channel
        self.admins: dict[int, int] = {}
        self.processes: dict[int, asyncio.subprocess.Process] = {}

    def prepare_guilds(self) -> None:
        self.guilds[(self.standin.guild_id >> 22) % SHARDS] = self.standin.guild_id
        number = 0
        while len(self.guilds) < SHARDS:
            number += 1
            time.sleep(0.003)
            guild_id = self.standin.add_guild(f"server {number}", owner=f"owner{number}", admins=[f"admin{number}"])
            self.guilds.setdefault((guild_id >> 22) % SHARDS, guild_id)
            assert number < 500
        for shard, guild_id in self.guilds.items():
            if guild_id == self.standin.guild_id:
                self.channels[shard] = self.standin.general_channel_id
                self.admins[shard] = self.standin.admin_id
            else:
                world_guild = self.standin.world.guilds[guild_id]
                self.channels[shard] = next(iter(world_guild.channels))
                self.admins[shard] = next(member.user_id for member in world_guild.members.values() if member.role_ids)

    def documents(self, shard: int) -> Path:
        return self.root / f"host{shard}" / "documents"

    def environment(self, shard: int) -> dict[str, str]:
        host = self.root / f"host{shard}"
        if not self.documents(shard).exists():
            shutil.copytree(SEEDS, self.documents(shard))
        guilds = ",".join(str(g) for g in self.guilds.values())
        environment = {
            **os.environ,
            "LEDGER_STANDIN_API": self.standin.api_base,
            "LEDGER_STANDIN_GATEWAY": self.standin.gateway_url,
            "LEDGER_STANDIN_CDN": self.standin.cdn_base,
            "DISCORD_TOKEN": TOKEN,
            "DISCORD_GUILD_IDS": guilds,
            "KB_ADMIN_GUILD_IDS": guilds,
            "SHARD_COUNT": str(SHARDS),
            "SHARD_IDS": str(shard),
            "DOCUMENTS_DIR": str(self.documents(shard)),
            "KNOWLEDGE_BASE_PATH": str(host / "cache" / "knowledge.json"),
            "DATA_DIR": str(self.root / "shared-data"),
            "COOLDOWN_QUESTIONS": "1000",
            "STORE_WATCH_SECONDS": "0.25",
            "LOG_LEVEL": "INFO",
        }
        environment.pop("DATABASE_URL", None)
        if self.database_url:
            environment["DATABASE_URL"] = self.database_url
        return environment

    async def start(self, shard: int) -> None:
        log = open(self.root / f"bot{shard}.log", "ab")  # noqa: SIM115  # handed to the child
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "discord_standin.process",
            env=self.environment(shard),
            stdout=asyncio.subprocess.PIPE,
            stderr=log,
            cwd=Path(__file__).resolve().parents[1],  # the repository: discord_standin and bot importable
        )
        self.processes[shard] = process
        assert process.stdout is not None
        line = await asyncio.wait_for(process.stdout.readline(), timeout=90)
        assert line.startswith(b"READY"), (line, (self.root / f"bot{shard}.log").read_text()[-3000:])

    def kill(self, shard: int) -> None:
        os.kill(self.processes[shard].pid, signal.SIGKILL)

    async def stop(self) -> None:
        for process in self.processes.values():
            if process.returncode is None:
                process.kill()
            await process.wait()

    async def ask(self, shard: int, question: str = "how much does the US pay?") -> dict:
        interaction = await self.standin.invoke_command(
            "ask", {"question": question}, channel_id=self.channels[shard], user_id=self.admins[shard]
        )
        await interaction.wait_response(timeout=10)
        return await interaction.wait_original(timeout=10)

    async def wait_for_version(self, shard: int, version: str, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while (current := await self.version_of(shard)) != version[:8]:
            assert time.monotonic() < deadline, f"shard {shard} answers from {current}, not {version[:8]}"
            await asyncio.sleep(0.1)

    async def version_of(self, shard: int) -> str:
        footer = embed_of(await self.ask(shard))["footer"]["text"]
        return re.search(r"knowledge base ([0-9a-f]{8})", footer).group(1)

    async def command(self, shard: int, name: str, **kwargs: Any) -> InteractionRecord:
        return await self.standin.invoke_command(
            name, channel_id=self.channels[shard], user_id=self.admins[shard], **kwargs
        )
