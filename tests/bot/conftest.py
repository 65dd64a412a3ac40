"""Over-the-wire fixtures: the real bot against the local Discord stand-in (`standin`, in tests/conftest.py)."""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from ledger_wire_helpers import START_TIMEOUT

from bot import create_bot
from bot.bot import LedgerBot
from bot.settings import Settings
from discord_standin import DiscordStandIn
from discord_standin.testing import running_bot

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


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
    async with running_bot(
        lambda: create_bot(settings, guild_ready_timeout=0.05), standin, timeout=START_TIMEOUT
    ) as running:
        yield running
