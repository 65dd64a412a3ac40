"""The stand-in's model of Discord: users, guilds, roles, channels, members and permissions."""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

DISCORD_EPOCH_MS = 1_420_070_400_000

# Permission bits (https://discord.com/developers/docs/topics/permissions).
CREATE_INSTANT_INVITE = 1 << 0
KICK_MEMBERS = 1 << 1
BAN_MEMBERS = 1 << 2
ADMINISTRATOR = 1 << 3
MANAGE_CHANNELS = 1 << 4
MANAGE_GUILD = 1 << 5
ADD_REACTIONS = 1 << 6
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
ATTACH_FILES = 1 << 15
READ_MESSAGE_HISTORY = 1 << 16
MENTION_EVERYONE = 1 << 17
USE_EXTERNAL_EMOJIS = 1 << 18
CHANGE_NICKNAME = 1 << 26
MANAGE_ROLES = 1 << 28
USE_APPLICATION_COMMANDS = 1 << 31
SEND_MESSAGES_IN_THREADS = 1 << 38
MODERATE_MEMBERS = 1 << 40
ALL_PERMISSIONS = (1 << 51) - 1

EVERYONE_PERMISSIONS = (
    CREATE_INSTANT_INVITE
    | ADD_REACTIONS
    | VIEW_CHANNEL
    | SEND_MESSAGES
    | EMBED_LINKS
    | ATTACH_FILES
    | READ_MESSAGE_HISTORY
    | USE_EXTERNAL_EMOJIS
    | CHANGE_NICKNAME
    | USE_APPLICATION_COMMANDS
    | SEND_MESSAGES_IN_THREADS
)

# Channel types.
GUILD_TEXT = 0
DM = 1


class SnowflakeGenerator:
    """Strictly increasing snowflakes whose timestamps are the wall clock."""

    def __init__(self) -> None:
        self._last = 0
        self._counter = itertools.count()

    def __call__(self) -> int:
        now_ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
        candidate = (now_ms << 22) | (next(self._counter) & 0xFFF)
        self._last = max(candidate, self._last + 1)
        return self._last


def iso_now() -> str:
    return datetime.now(UTC).isoformat()


@dataclass
class User:
    id: int
    username: str
    bot: bool = False
    global_name: str | None = None


@dataclass
class Role:
    id: int
    name: str
    permissions: int = 0
    position: int = 0
    managed: bool = False
    color: int = 0
    hoist: bool = False
    mentionable: bool = False


@dataclass
class Channel:
    id: int
    name: str
    type: int = GUILD_TEXT
    guild_id: int | None = None
    position: int = 0
    topic: str | None = None
    recipient_id: int | None = None  # DM channels only
    last_message_id: int | None = None


@dataclass
class Member:
    user_id: int
    role_ids: list[int] = field(default_factory=list)
    nick: str | None = None
    joined_at: str = field(default_factory=iso_now)


@dataclass
class Guild:
    id: int
    name: str
    owner_id: int
    roles: dict[int, Role] = field(default_factory=dict)
    channels: dict[int, Channel] = field(default_factory=dict)
    members: dict[int, Member] = field(default_factory=dict)

    @property
    def everyone_role(self) -> Role:
        return self.roles[self.id]

    def permissions_of(self, user_id: int) -> int:
        """Base guild permissions of a member (no channel overwrites exist in the stand-in)."""
        if user_id == self.owner_id:
            return ALL_PERMISSIONS
        member = self.members.get(user_id)
        if member is None:
            return 0
        value = self.everyone_role.permissions
        for role_id in member.role_ids:
            role = self.roles.get(role_id)
            if role is not None:
                value |= role.permissions
        if value & ADMINISTRATOR:
            return ALL_PERMISSIONS
        return value

    def channel_by_name(self, name: str) -> Channel:
        for channel in self.channels.values():
            if channel.name == name:
                return channel
        raise KeyError(f"no channel named {name!r} in guild {self.name!r}")

    def role_by_name(self, name: str) -> Role:
        for role in self.roles.values():
            if role.name == name:
                return role
        raise KeyError(f"no role named {name!r} in guild {self.name!r}")


@dataclass
class World:
    """Everything the stand-in knows about; ids are snowflakes from ``new_id``."""

    new_id: SnowflakeGenerator
    bot_user: User
    users: dict[int, User] = field(default_factory=dict)
    guilds: dict[int, Guild] = field(default_factory=dict)
    dm_channels: dict[int, Channel] = field(default_factory=dict)  # keyed by channel id

    def user_by_name(self, username: str) -> User:
        for user in self.users.values():
            if user.username == username:
                return user
        raise KeyError(f"no user named {username!r}")

    def find_channel(self, channel_id: int) -> Channel | None:
        for guild in self.guilds.values():
            channel = guild.channels.get(channel_id)
            if channel is not None:
                return channel
        return self.dm_channels.get(channel_id)

    def guild_of_channel(self, channel_id: int) -> Guild | None:
        channel = self.find_channel(channel_id)
        if channel is None or channel.guild_id is None:
            return None
        return self.guilds.get(channel.guild_id)

    def dm_channel_for(self, user_id: int) -> Channel:
        for channel in self.dm_channels.values():
            if channel.recipient_id == user_id:
                return channel
        user = self.users[user_id]
        channel = Channel(id=self.new_id(), name=user.username, type=DM, recipient_id=user_id)
        self.dm_channels[channel.id] = channel
        return channel


def build_default_world(new_id: SnowflakeGenerator, bot_name: str = "Alliance Ledger") -> World:
    """One guild with ``general``, ``ledger`` and ``mod-log`` text channels and a handful of members.

    Users: the bot, ``alice`` (owner-less admin: Admin role with Manage Server), ``morgan``
    (Moderator role), ``bob`` and ``carol`` (plain members) and ``otherbot`` (another bot).
    """
    bot_user = User(id=new_id(), username=bot_name.lower().replace(" ", "-"), bot=True, global_name=bot_name)
    world = World(new_id=new_id, bot_user=bot_user)
    people = [
        bot_user,
        User(id=new_id(), username="alice", global_name="Alice Admin"),
        User(id=new_id(), username="morgan", global_name="Morgan Moderator"),
        User(id=new_id(), username="bob", global_name="Bob"),
        User(id=new_id(), username="carol", global_name="Carol"),
        User(id=new_id(), username="otherbot", bot=True, global_name="Other Bot"),
    ]
    world.users = {user.id: user for user in people}
    # The owner is a separate, silent account so that "admin" really means "has the role".
    owner = User(id=new_id(), username="owner", global_name="Guild Owner")
    world.users[owner.id] = owner

    guild_id = new_id()
    guild = Guild(id=guild_id, name="Alliance HQ", owner_id=owner.id)
    admin = Role(id=new_id(), name="Admin", permissions=MANAGE_GUILD | MANAGE_ROLES | MANAGE_MESSAGES, position=3)
    moderator = Role(
        id=new_id(),
        name="Moderator",
        permissions=MANAGE_MESSAGES | MODERATE_MEMBERS | KICK_MEMBERS,
        position=2,
    )
    bot_role = Role(
        id=new_id(),
        name=bot_name,
        permissions=EVERYONE_PERMISSIONS | MANAGE_MESSAGES,
        position=1,
        managed=True,
    )
    everyone = Role(id=guild_id, name="@everyone", permissions=EVERYONE_PERMISSIONS, position=0)
    guild.roles = {role.id: role for role in (everyone, bot_role, moderator, admin)}
    for position, name in enumerate(("general", "ledger", "mod-log")):
        channel = Channel(id=new_id(), name=name, guild_id=guild_id, position=position)
        guild.channels[channel.id] = channel
    role_of = {"alice": [admin.id], "morgan": [moderator.id], bot_user.username: [bot_role.id]}
    for user in [*people, owner]:
        guild.members[user.id] = Member(user_id=user.id, role_ids=role_of.get(user.username, []))
    world.guilds[guild_id] = guild
    return world
