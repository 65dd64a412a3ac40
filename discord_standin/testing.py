"""Helpers for running a real discord.py bot against the stand-in in tests (no pytest import here)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TypeVar

import discord

from discord_standin.server import DiscordStandIn

ClientT = TypeVar("ClientT", bound=discord.Client)
BotFactory = Callable[[], ClientT | Awaitable[ClientT]]


class LogCapture(logging.Handler):
    """Collects records at or above ``level`` from a logger tree (default: ``discord`` ERRORs).

    discord.py only *logs* exceptions raised in event handlers, commands and views, so a test
    that does not check these records can pass while the bot is broken.
    """

    def __init__(self, level: int = logging.ERROR) -> None:
        super().__init__(level)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def take(self) -> list[logging.LogRecord]:
        """Return and forget the captured records (for tests that expect an error)."""
        records, self.records = self.records, []
        return records

    def assert_clean(self) -> None:
        if self.records:
            lines = []
            for record in self.records:
                text = f"{record.name}: {record.getMessage()}"
                if record.exc_info and record.exc_info[1] is not None:
                    text += f" ({record.exc_info[1]!r})"
                lines.append(text)
            raise AssertionError("errors logged by discord.py:\n" + "\n".join(lines))


@contextlib.contextmanager
def capture_logs(logger_name: str = "discord", level: int = logging.ERROR) -> Iterator[LogCapture]:
    """Attach a ``LogCapture`` to ``logger_name`` for the duration of the block."""
    logger = logging.getLogger(logger_name)
    handler = LogCapture(level)
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)


@contextlib.asynccontextmanager
async def running_bot(
    bot: ClientT | BotFactory[ClientT],
    standin: DiscordStandIn,
    *,
    token: str | None = None,
    timeout: float = 5.0,
) -> AsyncIterator[ClientT]:
    """Start ``bot`` (an instance or a factory, sync or async) against a started ``standin``.

    Yields once the stand-in has sent the guilds and discord.py dispatched ``on_ready``; always
    closes the bot (HTTP session, websocket) on exit. If the bot fails to start (e.g.
    ``discord.LoginFailure`` for a wrong token) that exception is raised from the ``async with``.
    Pass ``guild_ready_timeout=0.05`` when constructing the bot, or each start waits 2 s.
    """
    if not standin.running:
        raise RuntimeError("start the stand-in first (await standin.start() or async with standin)")
    with standin.patch_discord():
        client = bot if isinstance(bot, discord.Client) else bot()
        if not isinstance(client, discord.Client):
            client = await client
        task = asyncio.create_task(client.start(token if token is not None else standin.token))
        try:
            ready = asyncio.create_task(_ready(client, standin, timeout))
            done, _ = await asyncio.wait({task, ready}, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
            if task in done:
                ready.cancel()
                await asyncio.gather(ready, return_exceptions=True)
                task.result()  # raises the start-up failure
                raise RuntimeError("bot.start() returned before the bot became ready")
            if ready not in done:
                ready.cancel()
                await asyncio.gather(ready, return_exceptions=True)
                raise TimeoutError(f"bot not ready within {timeout}s")
            ready.result()
            yield client
        finally:
            await client.close()
            if not task.done():
                with contextlib.suppress(asyncio.TimeoutError):
                    await asyncio.wait_for(asyncio.shield(task), timeout=timeout)
            if not task.done():
                task.cancel()
            # The start-up failure (if any) has already been raised above; don't raise it twice.
            await asyncio.gather(task, return_exceptions=True)


async def _ready(client: discord.Client, standin: DiscordStandIn, timeout: float) -> None:
    await standin.wait_until_ready(timeout=timeout)
    await client.wait_until_ready()
