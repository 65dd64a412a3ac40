"""Pytest fixtures for the stand-in. Import them into a conftest:

    from bot.standin.fixtures import discord_errors, standin  # noqa: F401

Both check at teardown: ``standin`` that no unknown route was hit and no stand-in handler failed
(clear ``standin.unknown_routes`` in a test that expects one), ``discord_errors`` that discord.py
logged no ERROR (call ``discord_errors.take()`` in a test that expects one).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio

from bot.standin.server import DiscordStandIn
from bot.standin.testing import LogCapture, capture_logs


@pytest_asyncio.fixture
async def standin() -> AsyncIterator[DiscordStandIn]:
    async with DiscordStandIn() as running:
        yield running
        running.assert_clean()


@pytest.fixture
def discord_errors() -> Iterator[LogCapture]:
    with capture_logs() as capture:
        yield capture
    capture.assert_clean()
