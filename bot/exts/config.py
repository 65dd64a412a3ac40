"""`/config`: a server's own answer channels, moderator roles and log channel, stored for every process.

Moderators of the server (Manage Server or a moderator role) change them; no restart and no
environment variable is needed. Until a server sets a list, the environment's default applies
(`ANSWER_CHANNEL_IDS`, `MODERATOR_ROLE_IDS`); "reset" goes back to it.
"""

from __future__ import annotations

import dataclasses
import logging
from enum import StrEnum

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import LedgerBot
from bot.checks import moderators_only
from bot.store import AuditEntry, GuildConfig
from bot.tree import send_ephemeral

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()
MAX_ENTRIES = 50


class Action(StrEnum):
    add = "add"
    remove = "remove"
    reset = "reset"


def edit(current: tuple[int, ...], action: Action, item: int | None) -> tuple[int, ...] | None:
    """The new list (None: back to the environment's default)."""
    if action is Action.reset:
        return None
    assert item is not None
    if action is Action.add:
        return (*current, item) if item not in current else current
    return tuple(entry for entry in current if entry != item)


def mentions(prefix: str, ids: frozenset[int] | tuple[int, ...]) -> str:
    return ", ".join(f"<{prefix}{entry}>" for entry in sorted(ids)) or "none"


class Config(commands.Cog):
    config = app_commands.Group(
        name="config", description="This server's settings for the bot (moderators).", guild_only=True
    )

    def __init__(self, bot: LedgerBot) -> None:
        self.bot = bot

    async def save(self, interaction: discord.Interaction, config: GuildConfig, detail: str) -> None:
        store = self.bot.knowledge.store
        entry = AuditEntry(
            "config", str(interaction.user), interaction.user.id, guild_id=config.guild_id, detail=detail
        )
        await self.bot.knowledge.db(store.set_guild_config, config, entry)
        await self.bot.reload_guild_configs()
        log.info("Settings of guild %d changed by %s: %s", config.guild_id, interaction.user, detail)
        await send_ephemeral(interaction, f"Saved: {detail}.")
        embed = discord.Embed(title="Settings changed", description=f"{detail}", colour=discord.Colour.blurple())
        embed.set_footer(text=f"By {interaction.user}")
        await self.bot.post_change(embed, config.guild_id, only_guild=True)

    def current(self, interaction: discord.Interaction) -> GuildConfig:
        assert interaction.guild_id is not None  # the group is guild-only
        return self.bot.guild_config(interaction.guild_id)

    @config.command(name="show", description="This server's answer channels, moderator roles and log channel.")
    @moderators_only
    async def show(self, interaction: discord.Interaction) -> None:
        config = self.current(interaction)
        guild_id = interaction.guild_id
        channels = mentions("#", self.bot.answer_channels(guild_id))
        roles = mentions("@&", self.bot.moderator_roles(guild_id))
        default = " (the default)"
        lines = [
            f"**Answer channels:** {channels}{default if config.answer_channels is None else ''}",
            f"**Moderator roles:** {roles} (and Manage Server){default if config.moderator_roles is None else ''}",
            f"**Log channel:** {f'<#{config.log_channel}>' if config.log_channel else 'none'}",
        ]
        await send_ephemeral(interaction, "\n".join(lines))

    @config.command(name="answer-channels", description="Channels where questions need no mention.")
    @app_commands.describe(action="add or remove a channel, or reset to the default", channel="The channel")
    @moderators_only
    async def answer_channels(
        self, interaction: discord.Interaction, action: Action, channel: discord.TextChannel | None = None
    ) -> None:
        if action is not Action.reset and channel is None:
            await send_ephemeral(interaction, "Name a channel to add or remove.")
            return
        config = self.current(interaction)
        current = tuple(sorted(self.bot.answer_channels(interaction.guild_id)))
        updated = edit(current, action, channel.id if channel else None)
        if updated is not None and len(updated) > MAX_ENTRIES:
            await send_ephemeral(interaction, f"At most {MAX_ENTRIES} answer channels.")
            return
        detail = f"answer channels: {mentions('#', updated) if updated is not None else 'the default'}"
        await self.save(interaction, dataclasses.replace(config, answer_channels=updated), detail)

    @config.command(name="moderator-roles", description="Roles whose members count as moderators here.")
    @app_commands.describe(action="add or remove a role, or reset to the default", role="The role")
    @moderators_only
    async def moderator_roles(
        self, interaction: discord.Interaction, action: Action, role: discord.Role | None = None
    ) -> None:
        if action is not Action.reset and role is None:
            await send_ephemeral(interaction, "Name a role to add or remove.")
            return
        config = self.current(interaction)
        current = tuple(sorted(self.bot.moderator_roles(interaction.guild_id)))
        updated = edit(current, action, role.id if role else None)
        if updated is not None and len(updated) > MAX_ENTRIES:
            await send_ephemeral(interaction, f"At most {MAX_ENTRIES} moderator roles.")
            return
        detail = f"moderator roles: {mentions('@&', updated) if updated is not None else 'the default'}"
        await self.save(interaction, dataclasses.replace(config, moderator_roles=updated), detail)

    @config.command(name="log-channel", description="Where changes to the knowledge base and settings are posted.")
    @app_commands.describe(channel="The channel; leave it out to stop posting")
    @moderators_only
    async def log_channel(self, interaction: discord.Interaction, channel: discord.TextChannel | None = None) -> None:
        config = self.current(interaction)
        detail = f"log channel: {f'<#{channel.id}>' if channel else 'none'}"
        await self.save(interaction, dataclasses.replace(config, log_channel=channel.id if channel else None), detail)


async def setup(bot: LedgerBot) -> None:
    await bot.add_cog(Config(bot))
