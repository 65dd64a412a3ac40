"""Acknowledge first: interactions waiting for their acknowledgement go before any answering work.

Discord drops an interaction that is not acknowledged within 3 s of its creation. In a burst the
event loop is the bottleneck, so every `/ask` that arrives is counted as *pending* from the
moment discord.py parses it (`LedgerTree`) until it is deferred; answering work (the engine,
rendering, editing the reply) waits while any acknowledgement is pending. An interaction that is
already too old to acknowledge when its turn comes is dropped and counted, never worked: its
defer would be refused, and working it would only delay the ones that can still be saved.

Age is the interaction's snowflake time against this host's clock, so the host must keep its
clock in sync (NTP), as Discord's rate-limit headers already require.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass

import discord

log = logging.getLogger(__name__)

# Discord's deadline is 3 s from creation; the defer itself still needs a round trip to arrive in time.
ACKNOWLEDGE_WITHIN = 2.7
DROP_LOG_INTERVAL = 60.0
ACK_FIRST_COMMANDS = frozenset({"ask"})
# Acknowledgements on the wire at once: as many as the HTTP pool has connections (`bot.bot`), so
# an acknowledgement waits here, where its age is checked, rather than in the pool, where it is not.
ACKNOWLEDGEMENTS_IN_FLIGHT = 64


@dataclass
class ArrivalCounts:
    """What happened to the interactions that had to be acknowledged first."""

    acknowledged: int = 0
    dropped: int = 0  # too old on arrival at the handler, or the defer came back "Unknown interaction"
    refused_in_flight: int = 0  # the member already had a question in flight
    worked: int = 0  # acknowledged and handed to the engine
    answered: int = 0  # the answer was delivered


class Arrivals:
    def __init__(self, acknowledge_within: float = ACKNOWLEDGE_WITHIN) -> None:
        self.acknowledge_within = acknowledge_within
        self.counts = ArrivalCounts()
        self._pending: set[int] = set()
        self._quiet = asyncio.Event()
        self._quiet.set()
        self._sending = asyncio.Semaphore(ACKNOWLEDGEMENTS_IN_FLIGHT)
        self._dropped_since_log = 0
        self._last_drop_log = 0.0

    @property
    def pending(self) -> int:
        return len(self._pending)

    def arrived(self, interaction: discord.Interaction) -> None:
        """Called as discord.py parses the interaction, before any task of its own runs."""
        if interaction.type is discord.InteractionType.application_command:
            data = interaction.data or {}
            if data.get("name") in ACK_FIRST_COMMANDS:
                self._pending.add(interaction.id)
                self._quiet.clear()

    def settled(self, interaction: discord.Interaction) -> None:
        """Acknowledged, dropped or failed: either way no longer waiting for its acknowledgement."""
        self._pending.discard(interaction.id)
        if not self._pending:
            self._quiet.set()

    def sending(self) -> asyncio.Semaphore:
        """Hold while an acknowledgement is on the wire."""
        return self._sending

    async def quiet(self) -> None:
        """Wait until no interaction is waiting for its acknowledgement."""
        await self._quiet.wait()

    def age(self, interaction: discord.Interaction) -> float:
        return time.time() - interaction.created_at.timestamp()

    def too_old(self, interaction: discord.Interaction) -> bool:
        return self.age(interaction) > self.acknowledge_within

    def drop(self, interaction: discord.Interaction) -> None:
        self.counts.dropped += 1
        self.settled(interaction)
        self._dropped_since_log += 1
        now = time.monotonic()
        if now - self._last_drop_log >= DROP_LOG_INTERVAL:
            log.warning(
                "Dropped %d interaction(s) too old to acknowledge (%d in all); the bot is overloaded",
                self._dropped_since_log,
                self.counts.dropped,
            )
            self._dropped_since_log = 0
            self._last_drop_log = now

    def acknowledged(self, interaction: discord.Interaction) -> None:
        self.counts.acknowledged += 1
        self.settled(interaction)
