"""Application-command checks and cooldown keys."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, cast

import discord
from discord import app_commands

from bot.errors import NotModerator

if TYPE_CHECKING:
    from bot.bot import LedgerBot


def ledger(interaction: discord.Interaction) -> LedgerBot:
    return cast("LedgerBot", interaction.client)


def channel_user_key(interaction: discord.Interaction) -> Hashable:
    return (interaction.channel_id, interaction.user.id)


def question_cooldown(interaction: discord.Interaction) -> app_commands.Cooldown:
    settings = ledger(interaction).settings
    return app_commands.Cooldown(settings.cooldown_questions, settings.cooldown_seconds)


def is_moderator(interaction: discord.Interaction) -> bool:
    """Manage Server, or one of MODERATOR_ROLE_IDS. Raises NotModerator otherwise."""
    member = interaction.user
    if isinstance(member, discord.Member) and interaction.guild_id is not None:
        if member.guild_permissions.manage_guild or interaction.permissions.manage_guild:
            return True
        moderator_roles = set(ledger(interaction).settings.moderator_role_ids)
        if moderator_roles.intersection(role.id for role in member.roles):
            return True
    raise NotModerator("moderators only")


moderators_only = app_commands.check(is_moderator)
