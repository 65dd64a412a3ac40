"""Building interactions for simulated users and applying the bot's callbacks and followups."""

from __future__ import annotations

import secrets
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from discord_standin import interactions as ixm
from discord_standin.interactions import CallbackRecord, InteractionRecord, OptionsBuilder, find_component
from discord_standin.messages import EPHEMERAL, LOADING, UploadedFile
from discord_standin.payloads import JSON, channel_payload, member_payload, user_payload
from discord_standin.world import ALL_PERMISSIONS

if TYPE_CHECKING:
    from discord_standin.server import DiscordStandIn

FileSpec = UploadedFile | tuple[str, bytes] | tuple[str, bytes, str]

ATTACHMENT_SIZE_LIMIT = 25 * 1024 * 1024


class InteractionEngine:
    """The stand-in's interaction logic; ``DiscordStandIn`` exposes it through thin public methods."""

    def __init__(self, standin: DiscordStandIn) -> None:
        self.s = standin

    def base_interaction(self, kind: int, user_id: int, channel_id: int, data: JSON | None) -> JSON:
        world = self.s.world
        channel = world.find_channel(channel_id)
        if channel is None:
            raise KeyError(f"unknown channel {channel_id}")
        guild = world.guild_of_channel(channel_id)
        user = world.users[user_id]
        app_permissions = guild.permissions_of(self.s.bot_user_id) if guild else ALL_PERMISSIONS
        channel_data = channel_payload(channel, world)
        channel_data["permissions"] = str(guild.permissions_of(user_id) if guild else ALL_PERMISSIONS)
        payload: JSON = {
            "id": str(world.new_id()),
            "application_id": str(self.s.application_id),
            "type": kind,
            "token": secrets.token_urlsafe(32),
            "version": 1,
            "channel": channel_data,
            "channel_id": str(channel_id),
            "app_permissions": str(app_permissions),
            "locale": "en-US",
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": ATTACHMENT_SIZE_LIMIT,
            "authorizing_integration_owners": {"0": str(guild.id)} if guild else {"1": str(user_id)},
            "context": 0 if guild else 1,
        }
        if data is not None:
            payload["data"] = data
        if guild is not None:
            member = guild.members.get(user_id)
            if member is None:
                raise KeyError(f"user {user_id} is not a member of guild {guild.id}")
            member_data = member_payload(member, user)
            member_data["permissions"] = str(guild.permissions_of(user_id))
            payload.update(
                guild_id=str(guild.id),
                guild_locale="en-US",
                guild={"id": str(guild.id), "locale": "en-US", "features": []},
                member=member_data,
            )
        else:
            payload["user"] = user_payload(user)
        return payload

    async def dispatch(self, payload: JSON) -> InteractionRecord:
        record = InteractionRecord(self.s, payload, created_at=self.s.loop_time())
        self.s.interactions[record.id] = record
        self.s.interactions_by_token[record.token] = record
        guild_id = int(payload["guild_id"]) if "guild_id" in payload else None
        await self.s.broadcast("INTERACTION_CREATE", payload, guild_id=guild_id)
        return record

    def command_data(
        self,
        command: str | Sequence[str],
        *,
        options: Mapping[str, Any] | None,
        user_id: int,
        channel_id: int,
        attachments: Mapping[str, FileSpec] | None,
        focused: str | None,
        bypass_permissions: bool,
    ) -> JSON:
        path = command.split() if isinstance(command, str) else list(command)
        guild = self.s.world.guild_of_channel(channel_id)
        registered = self.s.commands.find(path[0], guild.id if guild else None)
        required = registered.get("default_member_permissions")
        enforce = self.s.enforce_command_permissions and not bypass_permissions
        lacking = guild is not None and guild.permissions_of(user_id) & int(required or 0) != int(required or 0)
        if enforce and lacking:
            raise PermissionError(
                f"/{path[0]} requires permissions {required}; Discord would not show it to user {user_id}"
            )
        uploads = {
            name: self.s.store.attachment(channel_id, as_upload(spec), ephemeral=True)
            for name, spec in (attachments or {}).items()
        }
        builder = OptionsBuilder(self.s.world, guild, uploads, focused=focused)
        data: JSON = {
            "id": registered["id"],
            "name": registered["name"],
            "type": registered["type"],
            "options": builder.build(registered, path[1:], options or {}),
        }
        if builder.resolved:
            data["resolved"] = builder.resolved
        if "guild_id" in registered:
            data["guild_id"] = registered["guild_id"]
        return data

    def message_command_data(self, name: str, message: JSON, *, channel_id: int) -> JSON:
        """The ``data`` of a message context-menu command: the target message, resolved, as Discord sends it."""
        guild = self.s.world.guild_of_channel(channel_id)
        registered = self.s.commands.find(name, guild.id if guild else None, kind=ixm.MESSAGE_COMMAND)
        data: JSON = {
            "id": registered["id"],
            "name": registered["name"],
            "type": ixm.MESSAGE_COMMAND,
            "target_id": message["id"],
            "resolved": {"messages": {message["id"]: self.s.wire(message)}},
        }
        if "guild_id" in registered:
            data["guild_id"] = registered["guild_id"]
        return data

    def metadata(self, record: InteractionRecord) -> JSON:
        payload = record.payload
        user = payload["member"]["user"] if "member" in payload else payload["user"]
        metadata: JSON = {
            "id": str(record.id),
            "type": record.type,
            "user": user,
            "authorizing_integration_owners": payload["authorizing_integration_owners"],
        }
        if record.type == ixm.APPLICATION_COMMAND:
            metadata["name"] = payload["data"]["name"]
            metadata["command_type"] = payload["data"]["type"]
        if record.message is not None:
            metadata["interacted_message_id"] = record.message["id"]
        return metadata

    def response_extras(self, record: InteractionRecord) -> JSON:
        payload = record.payload
        user = payload["member"]["user"] if "member" in payload else payload["user"]
        name = payload["data"]["name"] if record.type == ixm.APPLICATION_COMMAND else ""
        legacy: JSON = {"id": str(record.id), "type": record.type, "name": name, "user": user}
        if "member" in payload:
            legacy["member"] = {k: v for k, v in payload["member"].items() if k not in ("user", "permissions")}
        return {
            "webhook_id": str(self.s.application_id),
            "application_id": str(self.s.application_id),
            "interaction_metadata": self.metadata(record),
            "interaction": legacy,
            "type": 20 if record.type == ixm.APPLICATION_COMMAND else 0,
        }

    async def interaction_message(
        self, record: InteractionRecord, body: JSON, uploads: Sequence[UploadedFile], flags: int
    ) -> JSON:
        channel_id = int(record.payload["channel_id"])
        ephemeral = bool(flags & EPHEMERAL)
        files = [self.s.store.attachment(channel_id, u, ephemeral=ephemeral) for u in uploads]
        body = {**body, "flags": flags}
        extras = self.response_extras(record)
        message = self.s.store.build(channel_id, self.s.bot_user, body, attachments=files, extra=extras)
        return await self.s.publish_message(message)

    async def acknowledge(
        self, record: InteractionRecord, kind: int, data: JSON | None, uploads: Sequence[UploadedFile]
    ) -> JSON:
        """Apply the bot's interaction callback; returns the ``with_response`` body."""
        record.response = CallbackRecord(type=kind, data=data, time=self.s.loop_time())
        body = data or {}
        message: JSON | None = None
        if kind == ixm.CHANNEL_MESSAGE:
            message = await self.interaction_message(record, body, uploads, int(body.get("flags") or 0))
            record.original_message_id = int(message["id"])
        elif kind == ixm.DEFERRED_CHANNEL_MESSAGE:
            flags = LOADING | (int(body.get("flags") or 0) & EPHEMERAL)
            message = await self.interaction_message(record, {"content": ""}, (), flags)
            record.original_message_id = int(message["id"])
        elif kind in (ixm.DEFERRED_UPDATE_MESSAGE, ixm.UPDATE_MESSAGE) and record.message is not None:
            target = self.s.store.by_id.get(int(record.message["id"]))
            record.original_message_id = int(record.message["id"])
            if kind == ixm.UPDATE_MESSAGE and target is not None:
                message = await self.s.edit_and_publish(target, body, uploads)
        self.s.notify()
        interaction: JSON = {"id": str(record.id), "type": record.type}
        resource: JSON = {"type": kind}
        if message is not None:
            interaction["response_message_id"] = message["id"]
            interaction["response_message_loading"] = bool(message["flags"] & LOADING)
            interaction["response_message_ephemeral"] = bool(message["flags"] & EPHEMERAL)
            resource["message"] = self.s.wire(message)
        return {"interaction": interaction, "resource": resource}

    async def send_followup(self, record: InteractionRecord, body: JSON, uploads: Sequence[UploadedFile]) -> JSON:
        original = record.original
        if (
            record.response_type == ixm.DEFERRED_CHANNEL_MESSAGE
            and not record.followups
            and original is not None
            and original["flags"] & LOADING
        ):
            # Discord turns the first followup after a "thinking" defer into the original response.
            message = await self.s.edit_and_publish(original, body, uploads)
        else:
            message = await self.interaction_message(record, body, uploads, int(body.get("flags") or 0))
        record.followups.append(message)
        self.s.notify()
        return message

    async def component_interaction(
        self, message_id: int, custom_id: str, values: list[str] | None, user_id: int | None
    ) -> InteractionRecord:
        user_id = user_id if user_id is not None else self.s.member_id
        message = self.s.store.by_id.get(message_id)
        if message is None:
            raise KeyError(f"unknown message {message_id}")
        component = find_component(message.get("components") or [], custom_id)
        if component is None:
            raise LookupError(f"message {message_id} has no component with custom_id {custom_id!r}")
        if component.get("disabled"):
            raise ValueError(f"component {custom_id!r} is disabled; Discord would not let a user use it")
        kind = component["type"]
        data: JSON = {"custom_id": custom_id, "component_type": kind}
        if values is not None:
            if kind == ixm.BUTTON:
                raise ValueError(f"{custom_id!r} is a button; use click()")
            data["values"] = values
            resolved = self.resolve_select(kind, values, int(message["channel_id"]))
            if resolved:
                data["resolved"] = resolved
        elif kind != ixm.BUTTON:
            raise ValueError(f"{custom_id!r} is a select menu (type {kind}); use select()")
        payload = self.base_interaction(ixm.MESSAGE_COMPONENT, user_id, int(message["channel_id"]), data)
        payload["message"] = self.s.wire(message)
        return await self.dispatch(payload)

    def resolve_select(self, kind: int, values: list[str], channel_id: int) -> JSON:
        guild = self.s.world.guild_of_channel(channel_id)
        builder = OptionsBuilder(self.s.world, guild, {})
        option_type = {
            ixm.USER_SELECT: ixm.USER,
            ixm.ROLE_SELECT: ixm.ROLE,
            ixm.MENTIONABLE_SELECT: ixm.MENTIONABLE,
            ixm.CHANNEL_SELECT: ixm.CHANNEL,
        }.get(kind)
        if option_type is None:
            return {}
        for value in values:
            builder._convert({"name": "values", "type": option_type}, value)
        return builder.resolved


def as_upload(spec: FileSpec) -> UploadedFile:
    if isinstance(spec, UploadedFile):
        return spec
    if len(spec) == 3:
        return UploadedFile(spec[0], spec[1], spec[2])
    return UploadedFile(spec[0], spec[1])
