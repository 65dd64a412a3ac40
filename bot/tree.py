"""The application-command tree with the one error handler for every slash command."""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

import discord
from discord import app_commands

from bot.errors import NotKnowledgeBaseHome, NotModerator

if TYPE_CHECKING:
    from bot.arrivals import Arrivals
    from bot.protocols import ArrivalsClient

log = logging.getLogger(__name__)

UNEXPECTED = "Something went wrong while answering that. The error has been logged; please try again later."
RESTARTING = "Alliance Ledger is restarting. Please ask again in a minute."
QUIET = 0.3  # seconds without a new interaction after which a draining bot may close
UNKNOWN_INTERACTION = 10062  # Discord's code for an interaction answered after its 3-second window


def _cooldown(error: app_commands.AppCommandError) -> str:
    seconds = max(1, math.ceil(cast("app_commands.CommandOnCooldown", error).retry_after))
    return f"You're asking quickly. Try again in {seconds} s."


def _bot_missing(error: app_commands.AppCommandError) -> str:
    missing = cast("app_commands.BotMissingPermissions", error).missing_permissions
    return "I'm missing permissions to do that here: " + ", ".join(missing) + "."


# The friendly text for each expected error, the first that matches (subclasses before CheckFailure).
ERROR_MESSAGES: tuple[tuple[type | tuple[type, ...], str | Callable[[app_commands.AppCommandError], str]], ...] = (
    (app_commands.CommandOnCooldown, _cooldown),
    (
        NotKnowledgeBaseHome,
        "The knowledge base is shared by every server I'm in, so only moderators of its home servers "
        "(or the bot's owner) can change it. Nothing was changed.",
    ),
    (app_commands.CommandNotFound, "That command isn't available in this server."),
    (NotModerator, "Only moderators (Manage Server, or a moderator role) can do that."),
    (app_commands.NoPrivateMessage, "That command only works in a server."),
    (
        (app_commands.MissingPermissions, app_commands.MissingAnyRole, app_commands.MissingRole),
        "You don't have permission to use that command.",
    ),
    (app_commands.BotMissingPermissions, _bot_missing),
    (app_commands.CheckFailure, "You can't use that command here."),
    (app_commands.TransformerError, "I couldn't understand one of the options."),
)


def error_message(error: app_commands.AppCommandError) -> str | None:
    """The friendly text for an expected error, or None when it is a bug."""
    for kinds, message in ERROR_MESSAGES:
        if isinstance(error, kinds):
            return message if isinstance(message, str) else message(error)
    return None


class LedgerTree(app_commands.CommandTree):
    """Also tracks the commands in flight, so that a shutdown can stop taking new ones and finish these."""

    def __init__(self, client: discord.Client, **options: Any) -> None:
        super().__init__(client, **options)
        self.draining = False
        self.in_flight: dict[asyncio.Task[None], discord.Interaction] = {}
        self.received = 0

    @property
    def arrivals(self) -> Arrivals:
        return cast("ArrivalsClient", self.client).arrivals

    def _from_interaction(self, interaction: discord.Interaction) -> None:
        # discord.py calls this as it parses the interaction, before any task runs: the earliest
        # moment the bot can know an acknowledgement is owed. It is discord.py's own dispatch
        # (CommandTree._from_interaction), with the task kept so that a shutdown can await it.
        self.arrivals.arrived(interaction)
        self.received += 1
        work = self._refuse_restarting(interaction) if self.draining else self._invoke(interaction)
        task = self.client.loop.create_task(work, name="CommandTree-invoker")
        self.in_flight[task] = interaction
        task.add_done_callback(self.in_flight.pop)

    async def _invoke(self, interaction: discord.Interaction) -> None:
        try:
            await self._call(interaction)
        except app_commands.AppCommandError as error:
            await self._dispatch_error(interaction, error)

    async def _call(self, interaction: discord.Interaction) -> None:
        try:
            await super()._call(interaction)
        finally:
            self.arrivals.settled(interaction)  # whatever path the command took (a check failed, an error)

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        """Commands and autocompletes too old to acknowledge in time are dropped, never worked."""
        if self.arrivals.too_old(interaction):
            self.arrivals.drop(interaction)
            return False
        return True

    async def _refuse_restarting(self, interaction: discord.Interaction) -> None:
        metrics = getattr(self.client, "metrics", None)
        if metrics is not None:
            metrics.unanswered("restarting")
        try:
            if interaction.type is discord.InteractionType.autocomplete:
                await interaction.response.autocomplete([])
            else:
                await send_ephemeral(interaction, RESTARTING)
        except discord.HTTPException as exc:
            log.info("Could not tell interaction %d the bot is restarting: %s", interaction.id, exc)
        finally:
            self.arrivals.settled(interaction)

    async def drain(self, timeout: float) -> int:
        """Take no new commands (they are told the bot is restarting) and give those in flight `timeout`
        seconds; the rest are cancelled and told the same. Returns how many had to be cut off."""
        self.draining = True
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        pending: set[asyncio.Task[None]] = set()
        while loop.time() < deadline:
            # Interactions Discord already sent may still be on their way through the gateway: keep
            # reading (and telling them) until none has arrived for a quiet moment.
            seen = self.received
            pending = set(self.in_flight)
            if pending:
                await asyncio.wait(pending, timeout=max(0.0, deadline - loop.time()))
            await asyncio.sleep(min(QUIET, max(0.0, deadline - loop.time())))
            if self.received == seen and not self.in_flight:
                break
        pending = set(self.in_flight)
        cut_off = [(task, self.in_flight.get(task)) for task in pending]
        for task, _ in cut_off:
            task.cancel()
        await asyncio.gather(*(task for task, _ in cut_off), return_exceptions=True)
        for _, interaction in cut_off:
            if interaction is not None and interaction.type is not discord.InteractionType.autocomplete:
                await self._refuse_restarting(interaction)
        return len(cut_off)

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
        metrics = getattr(self.client, "metrics", None)
        if isinstance(original, discord.NotFound) and original.code == UNKNOWN_INTERACTION:
            # Too late for Discord: nothing can reach the member any more, so there is no one to tell.
            if metrics is not None:
                metrics.unanswered("late")
            log.warning("Interaction %d was answered after Discord's deadline", interaction.id)
            return
        message = error_message(error)
        if message is None and metrics is not None:
            metrics.errors.inc()
        if message is None:
            command = interaction.command.qualified_name if interaction.command else None
            log.error(
                "Unhandled error in command /%s (user %s (%d), guild %s, channel %s)",
                command,
                interaction.user,
                interaction.user.id,
                interaction.guild_id,
                interaction.channel_id,
                exc_info=(type(original), original, original.__traceback__),
            )
            message = UNEXPECTED
        await send_ephemeral(interaction, message)


async def send_ephemeral(interaction: discord.Interaction, message: str) -> None:
    """Reply privately whether or not the interaction was already acknowledged."""
    none = discord.AllowedMentions.none()
    try:
        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True, allowed_mentions=none)
        else:
            await interaction.response.send_message(message, ephemeral=True, allowed_mentions=none)
    except discord.HTTPException as exc:
        # The interaction may have expired (15 minutes) or been deleted; nothing left to tell the user.
        log.warning("Could not send an error reply for interaction %d: %s", interaction.id, exc)
