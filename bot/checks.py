"""Application-command checks and cooldown keys."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, cast

import discord
from discord import app_commands

from bot.errors import NotKnowledgeBaseHome, NotModerator

if TYPE_CHECKING:
    from bot.bot import LedgerBot


def ledger(interaction: discord.Interaction) -> LedgerBot:
    return cast("LedgerBot", interaction.client)


def channel_user_key(interaction: discord.Interaction) -> Hashable:
    return (interaction.channel_id, interaction.user.id)


def is_moderator(interaction: discord.Interaction) -> bool:
    """Manage Server, or one of MODERATOR_ROLE_IDS, in the server the command comes from. Raises NotModerator."""
    member = interaction.user
    if isinstance(member, discord.Member) and interaction.guild_id is not None:
        if member.guild_permissions.manage_guild or interaction.permissions.manage_guild:
            return True
        moderator_roles = ledger(interaction).moderator_roles(interaction.guild_id)
        if moderator_roles.intersection(role.id for role in member.roles):
            return True
    raise NotModerator("moderators only")


async def may_change_knowledge_base(interaction: discord.Interaction) -> bool:
    """The knowledge base is shared by every server the bot is in, so only its owners may change it.

    The application's owner (or team) may, anywhere. Otherwise the command must come from one of the
    home servers (KB_ADMIN_GUILD_IDS, else DISCORD_GUILD_IDS) and the member must moderate it there.
    With no home server configured, nobody but the owner may. Raises a CheckFailure subclass.
    """
    bot = ledger(interaction)
    if await bot.is_owner(interaction.user):
        return True
    home = bot.settings.kb_home_guild_ids
    if interaction.guild_id is None or interaction.guild_id not in home:
        raise NotKnowledgeBaseHome("not a home server of the knowledge base")
    return is_moderator(interaction)


moderators_only = app_commands.check(is_moderator)
knowledge_base_owners_only = app_commands.check(may_change_knowledge_base)
