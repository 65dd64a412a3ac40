"""Over-the-wire fixtures: the real bot against the local Discord stand-in on 127.0.0.1."""

from __future__ import annotations

import logging
import shutil
import socket
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot import create_bot
from bot.bot import LedgerBot
from bot.settings import Settings
from bot.standin import DiscordStandIn
from bot.standin.testing import LogCapture, capture_logs, running_bot

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TOKEN = "standin-token-Zq8Kp2mW-must-never-be-logged"
START_TIMEOUT = 20.0


@pytest.fixture(autouse=True)
def discord_errors() -> Iterator[LogCapture]:
    """Fail any test during which discord.py logged an ERROR (call `.take()` when one is expected)."""
    with capture_logs("discord", logging.ERROR) as capture:
        yield capture
    capture.assert_clean()


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests may open sockets to 127.0.0.1 only."""
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if self.family in (socket.AF_INET, socket.AF_INET6) and host not in ("127.0.0.1", "::1", "localhost"):
            raise ConnectionRefusedError(f"tests may only connect to 127.0.0.1, not {host}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


@pytest_asyncio.fixture
async def standin() -> AsyncIterator[DiscordStandIn]:
    """A running stand-in; at teardown no unknown route was hit and no stand-in handler failed."""
    async with DiscordStandIn(token=TOKEN, ack_deadline=3.0) as running:
        yield running
        running.assert_clean()


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    target = tmp_path / "documents"
    shutil.copytree(SEEDS, target)
    return target


@pytest.fixture
def make_settings(standin: DiscordStandIn, documents: Path, tmp_path: Path):
    def make(**overrides: object) -> Settings:
        values: dict[str, object] = {
            "discord_token": standin.token,
            "discord_guild_ids": (standin.guild_id,),
            "moderator_role_ids": (standin.roles["Moderator"],),
            "answer_channel_ids": (standin.channels["ledger"],),
            "documents_dir": documents,
            "knowledge_base_path": tmp_path / "cache" / "knowledge.json",
            "cooldown_questions": 100,
            "cooldown_seconds": 30.0,
        }
        values.update(overrides)
        return Settings(_env_file=None, **values)  # type: ignore[call-arg]

    return make


@pytest.fixture
def settings(make_settings) -> Settings:
    return make_settings()


@pytest_asyncio.fixture
async def bot(standin: DiscordStandIn, settings: Settings) -> AsyncIterator[LedgerBot]:
    # A first start builds the engine (about 2 s alone) and imports the documents into the store; on a
    # shared 2-core machine 5 s was sometimes not enough to get ready. Nothing asserts a start-up time here.
    async with running_bot(
        lambda: create_bot(settings, guild_ready_timeout=0.05), standin, timeout=START_TIMEOUT
    ) as running:
        yield running
