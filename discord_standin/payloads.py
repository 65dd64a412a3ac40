"""Builders for the JSON payloads Discord sends: users, members, roles, channels, guilds."""

from __future__ import annotations

from typing import Any

from discord_standin.world import DM, Channel, Guild, Member, Role, User, World

JSON = dict[str, Any]


def user_payload(user: User) -> JSON:
    return {
        "id": str(user.id),
        "username": user.username,
        "discriminator": "0",
        "global_name": user.global_name,
        "avatar": None,
        "bot": user.bot,
        "system": False,
        "public_flags": 0,
        "flags": 0,
    }


def member_payload(member: Member, user: User | None = None) -> JSON:
    """A guild member; pass ``user`` to embed it (GUILD_CREATE, interactions), omit it for messages."""
    payload: JSON = {
        "roles": [str(role_id) for role_id in member.role_ids],
        "nick": member.nick,
        "avatar": None,
        "banner": None,
        "joined_at": member.joined_at,
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "communication_disabled_until": None,
    }
    if user is not None:
        payload["user"] = user_payload(user)
    return payload


def role_payload(role: Role) -> JSON:
    return {
        "id": str(role.id),
        "name": role.name,
        "color": role.color,
        "hoist": role.hoist,
        "icon": None,
        "unicode_emoji": None,
        "position": role.position,
        "permissions": str(role.permissions),
        "managed": role.managed,
        "mentionable": role.mentionable,
        "flags": 0,
    }


def channel_payload(channel: Channel, world: World) -> JSON:
    if channel.type == DM:
        recipient = world.users[channel.recipient_id] if channel.recipient_id is not None else None
        return {
            "id": str(channel.id),
            "type": DM,
            "last_message_id": _optional_id(channel.last_message_id),
            "recipients": [user_payload(recipient)] if recipient else [],
        }
    return {
        "id": str(channel.id),
        "type": channel.type,
        "guild_id": str(channel.guild_id),
        "name": channel.name,
        "position": channel.position,
        "permission_overwrites": [],
        "topic": channel.topic,
        "nsfw": False,
        "last_message_id": _optional_id(channel.last_message_id),
        "rate_limit_per_user": 0,
        "parent_id": None,
        "flags": 0,
    }


def guild_create_payload(guild: Guild, world: World) -> JSON:
    return {
        "id": str(guild.id),
        "name": guild.name,
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "owner_id": str(guild.owner_id),
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 0,
        "default_message_notifications": 1,
        "explicit_content_filter": 0,
        "roles": [role_payload(role) for role in guild.roles.values()],
        "emojis": [],
        "stickers": [],
        "features": [],
        "mfa_level": 0,
        "application_id": None,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "vanity_url_code": None,
        "description": None,
        "banner": None,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": "en-US",
        "public_updates_channel_id": None,
        "nsfw_level": 0,
        "premium_progress_bar_enabled": False,
        "joined_at": guild.members[world.bot_user.id].joined_at,
        "large": False,
        "unavailable": False,
        "member_count": len(guild.members),
        "members": [member_payload(m, world.users[m.user_id]) for m in guild.members.values()],
        "channels": [channel_payload(c, world) for c in guild.channels.values()],
        "threads": [],
        "presences": [],
        "voice_states": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
        "soundboard_sounds": [],
    }


def application_payload(world: World, owner: User) -> JSON:
    bot = world.bot_user
    return {
        "id": str(bot.id),
        "name": bot.global_name or bot.username,
        "description": "Local Discord stand-in application",
        "icon": None,
        "rpc_origins": [],
        "bot_public": False,
        "bot_require_code_grant": False,
        "bot": user_payload(bot),
        "owner": user_payload(owner),
        "team": None,
        "verify_key": "0" * 64,
        "flags": 0,
        "tags": [],
        "redirect_uris": [],
        "interactions_endpoint_url": None,
        "approximate_guild_count": len(world.guilds),
    }


def _optional_id(value: int | None) -> str | None:
    return None if value is None else str(value)
