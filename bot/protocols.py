"""What the command tree and the buttons need of the bot, as protocols.

`bot.bot` builds the bot from `bot.tree` and `bot.feedback`; naming `LedgerBot` back from them,
even for type hints only, made an import cycle. They name these protocols instead, which
`LedgerBot` satisfies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from discord.ext import commands

    from bot.arrivals import Arrivals
    from bot.store import Store
    from bot.store_calls import StoreCaller


class ArrivalsClient(Protocol):
    """A client that tracks when interactions arrived and drops those too old to acknowledge."""

    arrivals: Arrivals


class AnswerRecorder(Protocol):
    async def flush(self) -> None:
        """Store the answer records and gaps still in the batch."""


class StoreHolder(Protocol):
    store: Store
    db: StoreCaller


class FeedbackClient(ArrivalsClient, Protocol):
    """What the vote and suggestion buttons use: the batched answer records, the store, the Answers cog."""

    recorder: AnswerRecorder
    knowledge: StoreHolder

    def get_cog(self, name: str, /) -> commands.Cog | None: ...
