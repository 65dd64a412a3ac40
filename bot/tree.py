"""The application-command tree with the one error handler for every slash command."""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING, cast

import discord
from discord import app_commands

from bot.errors import NotKnowledgeBaseHome, NotModerator

if TYPE_CHECKING:
    from bot.arrivals import Arrivals
    from bot.bot import LedgerBot

log = logging.getLogger(__name__)

UNEXPECTED = "Something went wrong while answering that. The error has been logged; please try again later."


def error_message(error: app_commands.AppCommandError) -> str | None:
    """The friendly text for an expected error, or None when it is a bug."""
    if isinstance(error, app_commands.CommandOnCooldown):
        seconds = max(1, math.ceil(error.retry_after))
        return f"You're asking quickly. Try again in {seconds} s."
    if isinstance(error, NotKnowledgeBaseHome):
        return (
            "The knowledge base is shared by every server I'm in, so only moderators of its home servers "
            "(or the bot's owner) can change it. Nothing was changed."
        )
    if isinstance(error, app_commands.CommandNotFound):
        return "That command isn't available in this server."
    if isinstance(error, NotModerator):
        return "Only moderators (Manage Server, or a moderator role) can do that."
    if isinstance(error, app_commands.NoPrivateMessage):
        return "That command only works in a server."
    if isinstance(error, app_commands.MissingPermissions | app_commands.MissingAnyRole | app_commands.MissingRole):
        return "You don't have permission to use that command."
    if isinstance(error, app_commands.BotMissingPermissions):
        return "I'm missing permissions to do that here: " + ", ".join(error.missing_permissions) + "."
    if isinstance(error, app_commands.CheckFailure):
        return "You can't use that command here."
    if isinstance(error, app_commands.TransformerError):
        return "I couldn't understand one of the options."
    return None


class LedgerTree(app_commands.CommandTree):
    @property
    def arrivals(self) -> Arrivals:
        return cast("LedgerBot", self.client).arrivals

    def _from_interaction(self, interaction: discord.Interaction) -> None:
        # discord.py calls this as it parses the interaction, before any task runs: the earliest
        # moment the bot can know an acknowledgement is owed.
        self.arrivals.arrived(interaction)
        super()._from_interaction(interaction)

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

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        message = error_message(error)
        if message is None:
            command = interaction.command.qualified_name if interaction.command else None
            original = error.original if isinstance(error, app_commands.CommandInvokeError) else error
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
