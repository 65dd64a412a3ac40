"""Message storage and message payload construction (mentions, attachments, replies)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from discord_standin.payloads import JSON, member_payload, user_payload
from discord_standin.world import MENTION_EVERYONE, User, World, iso_now

EPHEMERAL = 1 << 6
LOADING = 1 << 7

_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")


@dataclass(frozen=True)
class UploadedFile:
    """A file as uploaded to the stand-in (by the bot, or by a simulated user)."""

    filename: str
    data: bytes
    content_type: str = "application/octet-stream"
    description: str | None = None


class MessageStore:
    """Every message the stand-in knows about, by id and per channel, plus attachment bytes."""

    def __init__(self, world: World, cdn_base: Callable[[], str]) -> None:
        self._world = world
        self._cdn_base = cdn_base
        self.by_id: dict[int, JSON] = {}
        self.channel_order: dict[int, list[int]] = {}
        self.files: dict[int, UploadedFile] = {}

    # -- attachments ---------------------------------------------------------------------------

    def attachment(self, channel_id: int, upload: UploadedFile, *, ephemeral: bool = False) -> JSON:
        attachment_id = self._world.new_id()
        self.files[attachment_id] = upload
        url = f"{self._cdn_base()}/attachments/{channel_id}/{attachment_id}/{quote(upload.filename)}"
        payload: JSON = {
            "id": str(attachment_id),
            "filename": upload.filename,
            "size": len(upload.data),
            "url": url,
            "proxy_url": url,
            "content_type": upload.content_type,
        }
        if upload.description is not None:
            payload["description"] = upload.description
        if ephemeral:
            payload["ephemeral"] = True
        return payload

    # -- messages ------------------------------------------------------------------------------

    def build(
        self,
        channel_id: int,
        author: User,
        body: JSON,
        *,
        attachments: list[JSON] | None = None,
        extra: JSON | None = None,
    ) -> JSON:
        """Build (but do not store) a message payload from a create-message style ``body``."""
        world = self._world
        guild = world.guild_of_channel(channel_id)
        content = body.get("content") or ""
        allowed = body.get("allowed_mentions") if author.id == world.bot_user.id else None
        flags = int(body.get("flags") or 0)
        message: JSON = {
            "id": str(world.new_id()),
            "channel_id": str(channel_id),
            "author": user_payload(author),
            "content": content,
            "timestamp": iso_now(),
            "edited_timestamp": None,
            "tts": bool(body.get("tts", False)),
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": attachments or [],
            "embeds": body.get("embeds") or [],
            "reactions": [],
            "pinned": False,
            "type": 0,
            "flags": flags,
            "components": body.get("components") or [],
        }
        if body.get("nonce") is not None:
            message["nonce"] = body["nonce"]
        if guild is not None:
            message["guild_id"] = str(guild.id)
            member = guild.members.get(author.id)
            if member is not None:
                message["member"] = member_payload(member)
        reference = body.get("message_reference")
        replied_author: int | None = None
        if reference and reference.get("message_id"):
            referenced = self.by_id.get(int(reference["message_id"]))
            message["type"] = 19
            message["message_reference"] = {
                "type": 0,
                "message_id": str(reference["message_id"]),
                "channel_id": str(reference.get("channel_id") or channel_id),
                **({"guild_id": str(guild.id)} if guild else {}),
            }
            message["referenced_message"] = referenced
            if referenced is not None:
                replied_author = int(referenced["author"]["id"])
        if author.id == world.bot_user.id:
            # Not part of Discord's payload: recorded so tests can check what the bot asked for.
            message["allowed_mentions"] = allowed
        if extra:
            message.update(extra)
        self._fill_mentions(message, author, allowed, replied_author)
        return message

    def _fill_mentions(self, message: JSON, author: User, allowed: Any, replied_author: int | None) -> None:
        world = self._world
        guild = world.guild_of_channel(int(message["channel_id"]))
        content: str = message["content"]
        parse: set[str] = {"users", "roles", "everyone"}
        user_whitelist: set[int] = set()
        role_whitelist: set[int] = set()
        replied_user = True
        if isinstance(allowed, dict):
            parse = set(allowed.get("parse") or [])
            user_whitelist = {int(u) for u in allowed.get("users") or []}
            role_whitelist = {int(r) for r in allowed.get("roles") or []}
            replied_user = bool(allowed.get("replied_user", False))

        user_ids: list[int] = []
        for match in _USER_MENTION.finditer(content):
            user_id = int(match.group(1))
            wanted = "users" in parse or user_id in user_whitelist
            if user_id in world.users and wanted and user_id not in user_ids:
                user_ids.append(user_id)
        if replied_author is not None and replied_user and replied_author not in user_ids:
            user_ids.append(replied_author)
        mentions = []
        for user_id in user_ids:
            entry = user_payload(world.users[user_id])
            if guild is not None and user_id in guild.members:
                entry["member"] = member_payload(guild.members[user_id])
            mentions.append(entry)
        message["mentions"] = mentions

        role_ids: list[str] = []
        if guild is not None:
            for match in _ROLE_MENTION.finditer(content):
                role_id = int(match.group(1))
                wanted = "roles" in parse or role_id in role_whitelist
                if role_id in guild.roles and wanted and str(role_id) not in role_ids:
                    role_ids.append(str(role_id))
        message["mention_roles"] = role_ids

        may_ping_everyone = guild is not None and bool(guild.permissions_of(author.id) & MENTION_EVERYONE)
        message["mention_everyone"] = (
            may_ping_everyone and "everyone" in parse and ("@everyone" in content or "@here" in content)
        )

    def store(self, message: JSON) -> JSON:
        message_id = int(message["id"])
        self.by_id[message_id] = message
        if not message["flags"] & EPHEMERAL:
            channel_id = int(message["channel_id"])
            self.channel_order.setdefault(channel_id, []).append(message_id)
            channel = self._world.find_channel(channel_id)
            if channel is not None:
                channel.last_message_id = message_id
        return message

    def edit(self, message: JSON, body: JSON, *, new_attachments: Iterable[JSON] = ()) -> JSON:
        """Apply an edit ``body`` (PATCH semantics: only present keys change) to a stored message."""
        for key in ("content", "embeds", "components"):
            if key in body:
                message[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        if "flags" in body and body["flags"] is not None:
            # Only SUPPRESS_EMBEDS can be toggled; EPHEMERAL is fixed at creation.
            message["flags"] = (message["flags"] & ~(1 << 2)) | (int(body["flags"]) & (1 << 2))
        message["flags"] &= ~LOADING
        fresh = list(new_attachments)
        if "attachments" in body and body["attachments"] is not None:
            kept_ids = {str(entry["id"]) for entry in body["attachments"] if "filename" not in entry}
            kept = [a for a in message["attachments"] if a["id"] in kept_ids]
            message["attachments"] = kept + fresh
        elif fresh:
            message["attachments"] = message["attachments"] + fresh
        message["edited_timestamp"] = iso_now()
        author = self._world.users[int(message["author"]["id"])]
        if "allowed_mentions" in body:
            message["allowed_mentions"] = body["allowed_mentions"]
        allowed = message.get("allowed_mentions") if author.id == self._world.bot_user.id else None
        self._fill_mentions(message, author, allowed, None)
        return message

    def delete(self, message_id: int) -> JSON | None:
        message = self.by_id.pop(message_id, None)
        if message is not None:
            order = self.channel_order.get(int(message["channel_id"]), [])
            if message_id in order:
                order.remove(message_id)
        return message

    def in_channel(self, channel_id: int) -> list[JSON]:
        return [self.by_id[i] for i in self.channel_order.get(channel_id, []) if i in self.by_id]
