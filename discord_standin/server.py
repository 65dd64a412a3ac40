"""``DiscordStandIn``: the aiohttp server, its state, and the methods tests use to play Discord's users."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import Any, Self, TypeVar
from urllib.parse import unquote

import discord
import yarl
from aiohttp import web

from discord_standin import gateway as gw
from discord_standin import interactions as ixm
from discord_standin.actions import FileSpec, InteractionEngine, as_upload
from discord_standin.gateway import Gateway
from discord_standin.interactions import (
    CommandRegistry,
    InteractionRecord,
    modal_submission,
    wait_until,
)
from discord_standin.messages import EPHEMERAL, LOADING, MessageStore, UploadedFile
from discord_standin.payloads import JSON, channel_payload, guild_create_payload, member_payload, role_payload
from discord_standin.rest import RecordedRequest, RestApi, json_response
from discord_standin.world import (
    EVERYONE_PERMISSIONS,
    MANAGE_GUILD,
    MANAGE_MESSAGES,
    Channel,
    Guild,
    Member,
    Role,
    SnowflakeGenerator,
    User,
    World,
    build_default_world,
)

_log = logging.getLogger(__name__)

T = TypeVar("T")

API_VERSION = 10


class DiscordPatch:
    """Points discord.py's REST base, gateway URL and CDN base at a stand-in; restores them on exit.

    Usable as ``with`` or ``async with``. Patches are process-wide class attributes.
    """

    def __init__(self, api_base: str, gateway_url: str, cdn_base: str) -> None:
        self._values = (api_base, yarl.URL(gateway_url), cdn_base)
        self._saved: list[tuple[str, yarl.URL, str]] = []

    def __enter__(self) -> Self:
        self._saved.append(
            (
                discord.http.Route.BASE,
                discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY,
                discord.asset.Asset.BASE,
            )
        )
        api_base, gateway_url, cdn_base = self._values
        discord.http.Route.BASE = api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = gateway_url
        discord.asset.Asset.BASE = cdn_base
        return self

    def __exit__(self, *exc: object) -> None:
        api_base, gateway_url, cdn_base = self._saved.pop()
        discord.http.Route.BASE = api_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = gateway_url
        discord.asset.Asset.BASE = cdn_base

    async def __aenter__(self) -> Self:
        return self.__enter__()

    async def __aexit__(self, *exc: object) -> None:
        self.__exit__(*exc)


class DiscordStandIn:
    """A local Discord: gateway + REST + CDN on 127.0.0.1, driven by the real discord.py client.

    See the package docstring (``discord_standin``) for the full API and a usage example.
    """

    def __init__(
        self,
        *,
        token: str = "test-token",
        ack_deadline: float = 3.0,
        shards: int = 1,
        host: str = "127.0.0.1",
        port: int = 0,
        world: World | None = None,
        bot_name: str = "Alliance Ledger",
        enforce_command_permissions: bool = True,
    ) -> None:
        self.token = token
        self.ack_deadline = ack_deadline
        self.shards = shards
        self.enforce_command_permissions = enforce_command_permissions
        self._host = host
        self._port = port
        self.world = world or build_default_world(SnowflakeGenerator(), bot_name)
        self.application_id = self.world.bot_user.id
        self.store = MessageStore(self.world, lambda: self.cdn_base)
        self.commands = CommandRegistry(self.world, self.application_id)
        self.gateway = Gateway(self)
        self.rest = RestApi(self)
        self.engine = InteractionEngine(self)
        self.requests: list[RecordedRequest] = []
        self.unknown_routes: list[RecordedRequest] = []
        self.internal_errors: list[str] = []
        self.typing: list[int] = []  # channel ids the bot triggered typing in
        self.interactions: dict[int, InteractionRecord] = {}
        self.interactions_by_token: dict[str, InteractionRecord] = {}
        self._bot_messages: list[int] = []
        self._delivered_bot_messages: set[int] = set()
        self._pending_events: list[tuple[str, JSON, int | None, int]] = []
        self._reactors: dict[tuple[int, str | None, str], list[int]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._changed: asyncio.Future[None] | None = None
        self._runner: web.AppRunner | None = None
        self._base_url: str | None = None
        self._patch_stack: list[DiscordPatch] = []

    # -- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> None:
        if self._runner is not None:
            raise RuntimeError("stand-in already started")
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_get("/gateway", self.gateway.handle)
        app.router.add_route("*", r"/api/v{version:\d+}/{tail:.*}", self.rest.handle)
        app.router.add_route("*", "/cdn/{tail:.*}", self._cdn)
        app.router.add_route("*", "/{tail:.*}", self._unknown)
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await runner.setup()
        site = web.TCPSite(runner, self._host, self._port)
        await site.start()
        self._runner = runner
        host, port = runner.addresses[0][:2]
        self._base_url = f"http://{host}:{port}"
        _log.info("Discord stand-in listening on %s", self._base_url)

    async def stop(self) -> None:
        if self._runner is None:
            return
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.gateway.close_all()
        await self._runner.cleanup()
        self._runner = None
        self.gateway.forget_sessions()

    @property
    def running(self) -> bool:
        return self._runner is not None

    async def __aenter__(self) -> Self:
        await self.start()
        patch = self.patch_discord()
        patch.__enter__()
        self._patch_stack.append(patch)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._patch_stack.pop().__exit__()
        await self.stop()

    @property
    def base_url(self) -> str:
        if self._base_url is None:
            raise RuntimeError("stand-in not started")
        return self._base_url

    @property
    def api_base(self) -> str:
        return f"{self.base_url}/api/v{API_VERSION}"

    @property
    def gateway_url(self) -> str:
        return self.base_url.replace("http://", "ws://", 1) + "/gateway"

    @property
    def cdn_base(self) -> str:
        return f"{self.base_url}/cdn"

    def patch_discord(self) -> DiscordPatch:
        return DiscordPatch(self.api_base, self.gateway_url, self.cdn_base)

    def loop_time(self) -> float:
        return asyncio.get_running_loop().time()

    async def _cdn(self, request: web.Request) -> web.StreamResponse:
        parts = request.match_info["tail"].split("/")
        if len(parts) == 4 and parts[0] == "attachments" and parts[2].isdigit():
            upload = self.store.files.get(int(parts[2]))
            if upload is not None and unquote(parts[3]) == upload.filename:
                return web.Response(body=upload.data, headers={"Content-Type": upload.content_type})
        return await self._unknown(request)

    async def _unknown(self, request: web.Request) -> web.StreamResponse:
        record = RecordedRequest(request.method, request.path, dict(request.query), None, [], self.loop_time())
        record.status = 404
        self.requests.append(record)
        self.unknown_routes.append(record)
        _log.warning("stand-in has no route for %s %s", request.method, request.path)
        self.notify()
        return json_response({"message": "404: Not Found", "code": 0}, status=404)

    # -- waiting -------------------------------------------------------------------------------

    def notify(self) -> None:
        """Wake everything blocked in ``wait_for`` to re-check its condition."""
        if self._changed is not None and not self._changed.done():
            self._changed.set_result(None)
        self._changed = None

    def _next_change(self) -> asyncio.Future[None]:
        if self._changed is None:
            self._changed = asyncio.get_running_loop().create_future()
        return self._changed

    async def wait_for(self, predicate: Callable[[], T | None], timeout: float = 5.0, what: str = "") -> T:
        """Wait until ``predicate()`` returns something truthy and return it; ``TimeoutError`` otherwise.

        The predicate is re-checked after every request, gateway event and state change.
        """
        return await wait_until(predicate, self._next_change, timeout, what or repr(predicate))

    async def wait_until_ready(self, timeout: float = 5.0) -> None:
        """Wait until the bot identified and was sent its guilds (every shard, when sharded)."""
        await self.wait_for(lambda: self.gateway.is_ready, timeout=timeout, what="the bot to identify")

    async def wait_for_request(
        self, method: str, path_prefix: str, *, timeout: float = 5.0, since: int = 0
    ) -> RecordedRequest:
        """Wait for a recorded request whose path starts with ``path_prefix`` (index >= ``since``)."""

        def find() -> RecordedRequest | None:
            for record in self.requests[since:]:
                if record.method == method and record.path.startswith(path_prefix) and record.status:
                    return record
            return None

        return await self.wait_for(find, timeout=timeout, what=f"{method} {path_prefix}")

    async def wait_for_bot_message(
        self,
        channel_id: int | None = None,
        *,
        timeout: float = 5.0,
        predicate: Callable[[JSON], bool] | None = None,
    ) -> JSON:
        """The oldest message the bot created (in ``channel_id``, if given) not yet returned by this method.

        Covers channel messages, interaction responses and followups (ephemeral ones too: check
        ``message["flags"] & 64``). "Thinking" placeholders are returned only once edited.
        """

        def find() -> JSON | None:
            for message_id in self._bot_messages:
                if message_id in self._delivered_bot_messages:
                    continue
                message = self.store.by_id.get(message_id)
                if message is None or message["flags"] & LOADING:
                    continue
                if channel_id is not None and int(message["channel_id"]) != channel_id:
                    continue
                if predicate is not None and not predicate(message):
                    continue
                self._delivered_bot_messages.add(message_id)
                return message
            return None

        where = f" in channel {channel_id}" if channel_id else ""
        return await self.wait_for(find, timeout=timeout, what=f"a bot message{where}")

    # -- world ---------------------------------------------------------------------------------

    @property
    def bot_user(self) -> User:
        return self.world.bot_user

    @property
    def bot_user_id(self) -> int:
        return self.world.bot_user.id

    @property
    def guild(self) -> Guild:
        """The first (default) guild."""
        return next(iter(self.world.guilds.values()))

    @property
    def guild_id(self) -> int:
        return self.guild.id

    @property
    def channels(self) -> dict[str, int]:
        """Text channel ids of the default guild by name (``general``, ``ledger``, ``mod-log``)."""
        return {c.name: c.id for c in self.guild.channels.values()}

    @property
    def users(self) -> dict[str, int]:
        """User ids by username (``alice``, ``morgan``, ``bob``, ``carol``, ``otherbot``, ``owner``, bot)."""
        return {u.username: u.id for u in self.world.users.values()}

    @property
    def roles(self) -> dict[str, int]:
        """Role ids of the default guild by name (``@everyone``, ``Admin``, ``Moderator``, bot role)."""
        return {r.name: r.id for r in self.guild.roles.values()}

    @property
    def general_channel_id(self) -> int:
        return self.channels["general"]

    @property
    def admin_id(self) -> int:
        """``alice``: has the Admin role (Manage Server, Manage Roles, Manage Messages)."""
        return self.users["alice"]

    @property
    def moderator_id(self) -> int:
        """``morgan``: has the Moderator role (Manage Messages, Moderate Members, Kick Members)."""
        return self.users["morgan"]

    @property
    def member_id(self) -> int:
        """``bob``: a plain member (only @everyone permissions)."""
        return self.users["bob"]

    @property
    def other_member_id(self) -> int:
        """``carol``: another plain member."""
        return self.users["carol"]

    @property
    def other_bot_id(self) -> int:
        """``otherbot``: a different bot account in the guild."""
        return self.users["otherbot"]

    def _guild_or_default(self, guild_id: int | None) -> Guild:
        return self.world.guilds[guild_id] if guild_id is not None else self.guild

    def add_user(self, username: str, *, bot: bool = False, global_name: str | None = None) -> int:
        """A user who is not a member of any guild (e.g. for DMs). Returns the user id."""
        user = User(id=self.world.new_id(), username=username, bot=bot, global_name=global_name)
        self.world.users[user.id] = user
        return user.id

    def add_member(
        self,
        username: str,
        *,
        roles: Sequence[int | str] = (),
        bot: bool = False,
        global_name: str | None = None,
        nick: str | None = None,
        guild_id: int | None = None,
    ) -> int:
        """Create a user and add them to the guild (``roles`` by id or name). Returns the user id.

        A connected bot receives GUILD_MEMBER_ADD (with the members intent) before the next event.
        """
        guild = self._guild_or_default(guild_id)
        user_id = self.add_user(username, bot=bot, global_name=global_name)
        role_ids = [r if isinstance(r, int) else guild.role_by_name(r).id for r in roles]
        member = Member(user_id=user_id, role_ids=role_ids, nick=nick)
        guild.members[user_id] = member
        payload = {**member_payload(member, self.world.users[user_id]), "guild_id": str(guild.id)}
        self._queue_event("GUILD_MEMBER_ADD", payload, guild.id, gw.GUILD_MEMBERS)
        return user_id

    def add_guild(self, name: str, *, owner: str, admins: Sequence[str] = ()) -> int:
        """Another server the bot is in: owned by a new user ``owner``, with a ``general`` channel and an
        "Admin" role (Manage Server) held by new members ``admins``. GUILD_CREATE is sent to a connected bot.
        Returns the guild id; the users are in ``users`` by name.
        """
        world = self.world
        guild_id = world.new_id()
        owner_id = self.add_user(owner)
        guild = Guild(id=guild_id, name=name, owner_id=owner_id)
        everyone = Role(id=guild_id, name="@everyone", permissions=EVERYONE_PERMISSIONS, position=0)
        admin = Role(id=world.new_id(), name="Admin", permissions=MANAGE_GUILD | MANAGE_MESSAGES, position=1)
        guild.roles = {everyone.id: everyone, admin.id: admin}
        general = Channel(id=world.new_id(), name="general", guild_id=guild_id, position=0)
        guild.channels[general.id] = general
        guild.members[world.bot_user.id] = Member(user_id=world.bot_user.id)
        guild.members[owner_id] = Member(user_id=owner_id)
        for username in admins:
            user_id = self.add_user(username)
            guild.members[user_id] = Member(user_id=user_id, role_ids=[admin.id])
        world.guilds[guild_id] = guild
        self._queue_event("GUILD_CREATE", guild_create_payload(guild, world), guild_id, gw.GUILDS)
        return guild_id

    def add_channel(self, name: str, *, topic: str | None = None, guild_id: int | None = None) -> int:
        """Add a text channel (CHANNEL_CREATE is sent to a connected bot). Returns its id."""
        guild = self._guild_or_default(guild_id)
        channel = Channel(
            id=self.world.new_id(), name=name, guild_id=guild.id, position=len(guild.channels), topic=topic
        )
        guild.channels[channel.id] = channel
        self._queue_event("CHANNEL_CREATE", channel_payload(channel, self.world), guild.id, gw.GUILDS)
        return channel.id

    def add_role(
        self, name: str, *, permissions: int = 0, members: Sequence[int] = (), guild_id: int | None = None
    ) -> int:
        """Add a role, optionally giving it to ``members``. Returns its id."""
        guild = self._guild_or_default(guild_id)
        role = Role(id=self.world.new_id(), name=name, permissions=permissions, position=len(guild.roles))
        guild.roles[role.id] = role
        self._queue_event(
            "GUILD_ROLE_CREATE", {"guild_id": str(guild.id), "role": role_payload(role)}, guild.id, gw.GUILDS
        )
        for user_id in members:
            self.assign_role(user_id, role.id, guild_id=guild.id)
        return role.id

    def assign_role(self, user_id: int, role_id: int, *, guild_id: int | None = None) -> None:
        guild = self._guild_or_default(guild_id)
        member = guild.members[user_id]
        if role_id not in member.role_ids:
            member.role_ids.append(role_id)
        payload = {**member_payload(member, self.world.users[user_id]), "guild_id": str(guild.id)}
        self._queue_event("GUILD_MEMBER_UPDATE", payload, guild.id, gw.GUILD_MEMBERS)

    def dm_channel_id(self, user_id: int) -> int:
        """The DM channel between the bot and ``user_id`` (created on first use)."""
        return self.world.dm_channel_for(user_id).id

    # -- reading state -------------------------------------------------------------------------

    def messages(self, channel_id: int) -> list[JSON]:
        """Non-ephemeral messages in ``channel_id``, oldest first (current state, after edits)."""
        return self.store.in_channel(channel_id)

    def message(self, message_id: int) -> JSON:
        return self.store.by_id[message_id]

    def bot_messages(self, channel_id: int | None = None) -> list[JSON]:
        """Every message the bot created (incl. ephemeral), oldest first."""
        found = [self.store.by_id[i] for i in self._bot_messages if i in self.store.by_id]
        return [m for m in found if channel_id is None or int(m["channel_id"]) == channel_id]

    def attachment_bytes(self, attachment: JSON | int | str) -> bytes:
        """The uploaded bytes of an attachment payload (or attachment id)."""
        attachment_id = int(attachment["id"]) if isinstance(attachment, dict) else int(attachment)
        return self.store.files[attachment_id].data

    def registered_commands(self, guild_id: int | None = None) -> list[JSON]:
        """Commands the bot synced: global ones, or those of ``guild_id``."""
        return self.commands.listing(guild_id)

    @property
    def identifies(self) -> int:
        return self.gateway.identifies

    @property
    def resumes(self) -> int:
        return self.gateway.resumes

    def problems(self) -> list[str]:
        """Unknown routes hit and stand-in internal errors, as readable lines (empty when clean)."""
        lines = [f"unknown route: {r.method} {r.path}" for r in self.unknown_routes]
        return lines + [f"stand-in internal error: {e}" for e in self.internal_errors]

    def assert_clean(self) -> None:
        """Fail if the bot called a route the stand-in lacks or a stand-in handler crashed."""
        problems = self.problems()
        assert not problems, "\n".join(problems)

    # -- gateway events ------------------------------------------------------------------------

    def _queue_event(self, event: str, data: JSON, guild_id: int | None, intent: int) -> None:
        if not self.gateway.sessions:
            return
        self._pending_events.append((event, data, guild_id, intent))
        # Flushed before the next dispatch at the latest; this task only bounds the delay.
        task = asyncio.get_running_loop().create_task(self._flush_events())
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            _log.error("stand-in event flush failed", exc_info=task.exception())

    async def _flush_events(self) -> None:
        while self._pending_events:
            event, data, guild_id, intent = self._pending_events.pop(0)
            await self.gateway.broadcast(event, data, guild_id=guild_id, intent=intent)

    async def broadcast(self, event: str, data: JSON, *, guild_id: int | None, intent: int = 0) -> None:
        await self._flush_events()
        transform = self._message_view if event.startswith("MESSAGE_") else None
        await self.gateway.broadcast(event, data, guild_id=guild_id, intent=intent, transform=transform)
        self.notify()

    def wire(self, message: JSON) -> JSON:
        """A message as Discord would send it (without the stand-in's bookkeeping keys)."""
        return {k: v for k, v in message.items() if k != "allowed_mentions"}

    def _message_view(self, session: gw.GatewaySession, data: JSON) -> JSON:
        payload = self.wire(data)
        if "author" not in payload or "guild_id" not in payload or session.has_intent(gw.MESSAGE_CONTENT):
            return payload
        bot_id = str(self.bot_user_id)
        if payload["author"]["id"] == bot_id or any(m["id"] == bot_id for m in payload.get("mentions", [])):
            return payload
        # Without the privileged intent Discord blanks content for messages that don't concern the bot.
        return {**payload, "content": "", "embeds": [], "attachments": [], "components": []}

    @staticmethod
    def _message_intent(message: JSON) -> int:
        return gw.GUILD_MESSAGES if "guild_id" in message else gw.DIRECT_MESSAGES

    def _guild_id_of(self, message: JSON) -> int | None:
        return int(message["guild_id"]) if "guild_id" in message else None

    async def publish_message(self, message: JSON) -> JSON:
        """Store a new message and send MESSAGE_CREATE (never for ephemeral ones)."""
        self.store.store(message)
        if int(message["author"]["id"]) == self.bot_user_id:
            self._bot_messages.append(int(message["id"]))
        if not message["flags"] & EPHEMERAL:
            guild_id = self._guild_id_of(message)
            await self.broadcast("MESSAGE_CREATE", message, guild_id=guild_id, intent=self._message_intent(message))
        self.notify()
        return message

    async def edit_and_publish(self, message: JSON, body: JSON, uploads: Sequence[UploadedFile] = ()) -> JSON:
        channel_id = int(message["channel_id"])
        ephemeral = bool(message["flags"] & EPHEMERAL)
        fresh = [self.store.attachment(channel_id, u, ephemeral=ephemeral) for u in uploads]
        self.store.edit(message, body, new_attachments=fresh)
        if not ephemeral:
            guild_id = self._guild_id_of(message)
            await self.broadcast("MESSAGE_UPDATE", message, guild_id=guild_id, intent=self._message_intent(message))
        self.notify()
        return message

    async def delete_and_publish(self, message: JSON) -> None:
        self.store.delete(int(message["id"]))
        if not message["flags"] & EPHEMERAL:
            data: JSON = {"id": message["id"], "channel_id": message["channel_id"]}
            if "guild_id" in message:
                data["guild_id"] = message["guild_id"]
            await self.broadcast(
                "MESSAGE_DELETE",
                data,
                guild_id=self._guild_id_of(message),
                intent=self._message_intent(message),
            )
        self.notify()

    async def react(self, message_id: int, user_id: int, emoji: str) -> None:
        """``user_id`` adds reaction ``emoji`` (unicode, or ``name:id``) to a message."""
        message = self.store.by_id[message_id]
        emoji_payload = _emoji_payload(unquote(emoji))
        reactions: list[JSON] = message.setdefault("reactions", [])
        entry = next((r for r in reactions if r["emoji"] == emoji_payload), None)
        if entry is None:
            entry = {
                "emoji": emoji_payload,
                "count": 0,
                "count_details": {"burst": 0, "normal": 0},
                "me": False,
                "me_burst": False,
                "burst_colors": [],
            }
            reactions.append(entry)
        reactors = self._reactors.setdefault((message_id, emoji_payload["id"], emoji_payload["name"]), [])
        if user_id in reactors:
            return
        reactors.append(user_id)
        entry["count"] += 1
        entry["count_details"]["normal"] += 1
        entry["me"] = entry["me"] or user_id == self.bot_user_id
        data: JSON = {
            "user_id": str(user_id),
            "channel_id": message["channel_id"],
            "message_id": message["id"],
            "emoji": emoji_payload,
            "burst": False,
            "type": 0,
            "message_author_id": message["author"]["id"],
        }
        guild_id = self._guild_id_of(message)
        if guild_id is not None:
            data["guild_id"] = str(guild_id)
            member = self.world.guilds[guild_id].members.get(user_id)
            if member is not None:
                data["member"] = member_payload(member, self.world.users[user_id])
        intent = gw.GUILD_MESSAGE_REACTIONS if guild_id else gw.DIRECT_MESSAGE_REACTIONS
        await self._broadcast_raw("MESSAGE_REACTION_ADD", data, guild_id=guild_id, intent=intent)

    async def unreact(self, message_id: int, user_id: int, emoji: str) -> None:
        message = self.store.by_id[message_id]
        emoji_payload = _emoji_payload(unquote(emoji))
        reactors = self._reactors.get((message_id, emoji_payload["id"], emoji_payload["name"]), [])
        for entry in message.get("reactions", []):
            if entry["emoji"] == emoji_payload and user_id in reactors:
                reactors.remove(user_id)
                entry["count"] -= 1
                entry["count_details"]["normal"] -= 1
                entry["me"] = self.bot_user_id in reactors
        message["reactions"] = [r for r in message.get("reactions", []) if r["count"] > 0]
        data: JSON = {
            "user_id": str(user_id),
            "channel_id": message["channel_id"],
            "message_id": message["id"],
            "emoji": emoji_payload,
            "burst": False,
            "type": 0,
        }
        guild_id = self._guild_id_of(message)
        if guild_id is not None:
            data["guild_id"] = str(guild_id)
        intent = gw.GUILD_MESSAGE_REACTIONS if guild_id else gw.DIRECT_MESSAGE_REACTIONS
        await self._broadcast_raw("MESSAGE_REACTION_REMOVE", data, guild_id=guild_id, intent=intent)

    async def _broadcast_raw(self, event: str, data: JSON, *, guild_id: int | None, intent: int) -> None:
        await self._flush_events()
        await self.gateway.broadcast(event, data, guild_id=guild_id, intent=intent)
        self.notify()

    async def send_reconnect(self, *, wait: bool = True, timeout: float = 5.0) -> None:
        """Send op 7 RECONNECT; with ``wait``, return once every connection has RESUMEd."""
        before = self.gateway.resumes
        sent = await self.gateway.send_op(gw.RECONNECT)
        if wait and sent:
            await self.wait_for(
                lambda: self.gateway.resumes >= before + sent, timeout=timeout, what="the bot to RESUME"
            )

    async def send_invalid_session(self, *, resumable: bool = False, wait: bool = True, timeout: float = 5.0) -> None:
        """Send op 9 INVALID_SESSION; with ``wait``, return once the client re-IDENTIFYd (or RESUMEd)."""
        identifies, resumes = self.gateway.identifies, self.gateway.resumes
        if not resumable:
            for session in list(self.gateway.sessions.values()):
                session.ready = False
        sent = await self.gateway.send_op(gw.INVALID_SESSION, resumable)
        if wait and sent:
            if resumable:
                await self.wait_for(lambda: self.gateway.resumes >= resumes + sent, timeout, "a RESUME")
            else:
                await self.wait_for(
                    lambda: self.gateway.is_ready and self.gateway.identifies > identifies,
                    timeout,
                    "a new IDENTIFY",
                )

    # -- simulated users -----------------------------------------------------------------------

    def _default_channel(self, channel_id: int | None) -> int:
        return channel_id if channel_id is not None else self.general_channel_id

    async def post_message(
        self,
        channel_id: int | None,
        author_id: int,
        content: str = "",
        *,
        attachments: Sequence[FileSpec] = (),
        embeds: Sequence[JSON] = (),
        reply_to: int | None = None,
    ) -> JSON:
        """``author_id`` posts a message (MESSAGE_CREATE is dispatched). Mentions are parsed from content."""
        channel_id = self._default_channel(channel_id)
        if self.world.find_channel(channel_id) is None:
            raise KeyError(f"unknown channel {channel_id}")
        author = self.world.users[author_id]
        files = [self.store.attachment(channel_id, as_upload(spec)) for spec in attachments]
        body: JSON = {"content": content, "embeds": list(embeds)}
        if reply_to is not None:
            body["message_reference"] = {"message_id": reply_to, "channel_id": channel_id}
        message = self.store.build(channel_id, author, body, attachments=files)
        return await self.publish_message(message)

    async def edit_user_message(self, message_id: int, content: str) -> JSON:
        """A user edits their message (MESSAGE_UPDATE)."""
        return await self.edit_and_publish(self.store.by_id[message_id], {"content": content})

    async def delete_user_message(self, message_id: int) -> None:
        await self.delete_and_publish(self.store.by_id[message_id])

    async def invoke_command(
        self,
        command: str | Sequence[str],
        options: Mapping[str, Any] | None = None,
        *,
        user_id: int | None = None,
        channel_id: int | None = None,
        attachments: Mapping[str, FileSpec] | None = None,
        bypass_permissions: bool = False,
    ) -> InteractionRecord:
        """A user runs a registered slash command: ``"ask"``, or ``"kb refresh"`` / ``("kb", "refresh")``.

        ``options`` maps option names to values (user/channel/role options take ids);
        ``attachments`` maps attachment option names to ``UploadedFile`` or ``(filename, bytes[, type])``.
        Defaults: ``user_id`` = the plain member ``bob``, ``channel_id`` = ``general``.
        """
        user_id = user_id if user_id is not None else self.member_id
        channel_id = self._default_channel(channel_id)
        data = self.engine.command_data(
            command,
            options=options,
            user_id=user_id,
            channel_id=channel_id,
            attachments=attachments,
            focused=None,
            bypass_permissions=bypass_permissions,
        )
        payload = self.engine.base_interaction(ixm.APPLICATION_COMMAND, user_id, channel_id, data)
        return await self.engine.dispatch(payload)

    async def invoke_message_command(
        self, name: str, message_id: int, *, user_id: int | None = None
    ) -> InteractionRecord:
        """A user picks the message context-menu command ``name`` (Apps ▸ name) on a message."""
        user_id = user_id if user_id is not None else self.member_id
        message = self.store.by_id.get(message_id)
        if message is None:
            raise KeyError(f"unknown message {message_id}")
        channel_id = int(message["channel_id"])
        data = self.engine.message_command_data(name, message, channel_id=channel_id)
        payload = self.engine.base_interaction(ixm.APPLICATION_COMMAND, user_id, channel_id, data)
        return await self.engine.dispatch(payload)

    async def autocomplete(
        self,
        command: str | Sequence[str],
        option: str,
        value: str,
        *,
        options: Mapping[str, Any] | None = None,
        user_id: int | None = None,
        channel_id: int | None = None,
        timeout: float = 5.0,
    ) -> list[JSON]:
        """A user types ``value`` into ``option``; returns the choices the bot answered with."""
        record = await self.start_autocomplete(
            command, option, value, options=options, user_id=user_id, channel_id=channel_id
        )
        response = await record.wait_response(timeout=timeout)
        if response.type != ixm.AUTOCOMPLETE_RESULT:
            raise AssertionError(f"bot answered autocomplete with callback type {response.type}")
        return record.choices or []

    async def start_autocomplete(
        self,
        command: str | Sequence[str],
        option: str,
        value: str,
        *,
        options: Mapping[str, Any] | None = None,
        user_id: int | None = None,
        channel_id: int | None = None,
    ) -> InteractionRecord:
        """Like ``autocomplete`` but returns the interaction record without waiting."""
        user_id = user_id if user_id is not None else self.member_id
        channel_id = self._default_channel(channel_id)
        values = {**(options or {}), option: value}
        data = self.engine.command_data(
            command,
            options=values,
            user_id=user_id,
            channel_id=channel_id,
            attachments=None,
            focused=option,
            bypass_permissions=True,
        )
        payload = self.engine.base_interaction(ixm.AUTOCOMPLETE, user_id, channel_id, data)
        return await self.engine.dispatch(payload)

    async def click(self, message_id: int, custom_id: str, *, user_id: int | None = None) -> InteractionRecord:
        """A user clicks the button ``custom_id`` on a message (any message the bot sent)."""
        return await self.engine.component_interaction(message_id, custom_id, None, user_id)

    async def select(
        self, message_id: int, custom_id: str, values: Sequence[str | int], *, user_id: int | None = None
    ) -> InteractionRecord:
        """A user picks ``values`` in the select menu ``custom_id`` (ids for user/role/channel selects)."""
        return await self.engine.component_interaction(message_id, custom_id, [str(v) for v in values], user_id)

    async def submit_modal(
        self, opened_by: InteractionRecord, values: Mapping[str, Any], *, user_id: int | None = None
    ) -> InteractionRecord:
        """A user submits the modal the bot opened in answer to ``opened_by`` (values by custom_id)."""
        modal = opened_by.modal
        if modal is None:
            raise ValueError(f"{opened_by!r} was not answered with a modal")
        payload_user = opened_by.payload.get("member", opened_by.payload).get("user", {})
        user_id = user_id if user_id is not None else int(payload_user["id"])
        data = {"custom_id": modal["custom_id"], "components": modal_submission(modal, values)}
        payload = self.engine.base_interaction(ixm.MODAL_SUBMIT, user_id, int(opened_by.payload["channel_id"]), data)
        if opened_by.message is not None:
            payload["message"] = opened_by.message
        return await self.engine.dispatch(payload)


def _emoji_payload(emoji: str) -> JSON:
    name, _, emoji_id = emoji.partition(":")
    return {"id": emoji_id or None, "name": name}
