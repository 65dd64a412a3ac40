"""Alliance Ledger's Discord bot. `create_bot()` builds an unstarted bot; nothing happens at import."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.bot import LedgerBot
    from bot.settings import Settings

__all__ = ["create_bot"]


def create_bot(settings: Settings | None = None, **client_options: Any) -> LedgerBot:
    """Return an unstarted `commands.Bot` (AutoShardedBot when SHARD_COUNT is set); see `bot.bot`."""
    from bot.bot import create_bot as _create_bot  # noqa: PLC0415  # keep `import bot` light

    return _create_bot(settings, **client_options)
