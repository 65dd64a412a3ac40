"""The REST half of the stand-in: routing, request recording, and Discord's endpoints."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import BodyPartReader, hdrs, web

from discord_standin import interactions as ix_types
from discord_standin.messages import EPHEMERAL, UploadedFile
from discord_standin.payloads import JSON, application_payload, channel_payload, member_payload, user_payload
from discord_standin.world import MANAGE_MESSAGES

if TYPE_CHECKING:
    from discord_standin.interactions import InteractionRecord
    from discord_standin.server import DiscordStandIn

_log = logging.getLogger(__name__)

MAX_CONTENT = 2000
MAX_EMBEDS = 10


class ApiError(Exception):
    """Raised by handlers; becomes Discord's JSON error body."""

    def __init__(self, status: int, code: int, message: str, errors: JSON | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors

    def body(self) -> JSON:
        body: JSON = {"message": self.message, "code": self.code}
        if self.errors is not None:
            body["errors"] = self.errors
        return body


def invalid_form(field_name: str, code: str, message: str) -> ApiError:
    errors = {field_name: {"_errors": [{"code": code, "message": message}]}}
    return ApiError(400, 50035, "Invalid Form Body", errors)


def json_response(data: Any, status: int = 200) -> web.Response:
    # Exactly "application/json": discord.py only decodes JSON when the header matches verbatim,
    # and aiohttp's web.json_response would append "; charset=utf-8".
    return web.Response(status=status, body=json.dumps(data).encode(), headers={"Content-Type": "application/json"})


def no_content() -> web.Response:
    return web.Response(status=204)


@dataclass
class RecordedRequest:
    """One request the bot made. ``path`` is relative to the API base (``/channels/1/messages``)."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    files: list[UploadedFile]
    time: float
    status: int = 0
    route: str | None = None  # the matched route template, None for unknown routes
    response: Any = None


@dataclass
class ParsedRequest:
    record: RecordedRequest
    params: dict[str, str]
    uploads: list[UploadedFile] = field(default_factory=list)  # in payload "attachments" order

    @property
    def body(self) -> JSON:
        return self.record.json if isinstance(self.record.json, dict) else {}

    @property
    def query(self) -> dict[str, str]:
        return self.record.query


Handler = Callable[[ParsedRequest], Awaitable[web.Response]]


@dataclass(frozen=True)
class Route:
    method: str
    template: str
    pattern: re.Pattern[str]
    handler: Handler
    auth: bool


class Router:
    def __init__(self) -> None:
        self.routes: list[Route] = []

    def add(self, method: str, template: str, handler: Handler, *, auth: bool = True) -> None:
        regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
        self.routes.append(Route(method, template, re.compile(f"^{regex}$"), handler, auth))

    def match(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        for route in self.routes:
            if route.method != method:
                continue
            found = route.pattern.match(path)
            if found:
                return route, found.groupdict()
        return None


async def read_body(request: web.Request) -> tuple[Any, list[tuple[str, UploadedFile]]]:
    """JSON body, or multipart ``payload_json`` plus ``files[n]`` parts."""
    if request.content_type == "multipart/form-data":
        reader = await request.multipart()
        body: Any = None
        files: list[tuple[str, UploadedFile]] = []
        async for part in reader:
            if not isinstance(part, BodyPartReader):
                continue
            if part.name == "payload_json":
                body = json.loads(await part.text())
            elif part.filename is not None:
                content_type = part.headers.get(hdrs.CONTENT_TYPE, "application/octet-stream")
                files.append((part.name or "", UploadedFile(part.filename, bytes(await part.read()), content_type)))
        return body, files
    raw = await request.read()
    if not raw:
        return None, []
    try:
        return json.loads(raw), []
    except ValueError:
        return raw.decode(errors="replace"), []


def uploads_in_order(body: Any, files: list[tuple[str, UploadedFile]]) -> list[UploadedFile]:
    """Match ``files[n]`` parts to the payload's ``attachments`` entries (descriptions, renames)."""
    by_index = {}
    for name, upload in files:
        match = re.fullmatch(r"files\[(\d+)\]", name)
        by_index[int(match.group(1)) if match else len(by_index)] = upload
    entries = body.get("attachments") if isinstance(body, dict) else None
    result: list[UploadedFile] = []
    for entry in entries or []:
        upload = by_index.pop(int(entry["id"]), None) if str(entry.get("id", "")).isdigit() else None
        if upload is not None:
            filename = entry.get("filename") or upload.filename
            result.append(UploadedFile(filename, upload.data, upload.content_type, entry.get("description")))
    result.extend(by_index[i] for i in sorted(by_index))
    return result


class RestApi:
    """Discord's REST endpoints, backed by the stand-in's world and message store."""

    def __init__(self, standin: DiscordStandIn) -> None:
        self.s = standin
        self.router = Router()
        self._register()

    def _register(self) -> None:
        add = self.router.add
        add("GET", "/users/@me", self.get_me)
        add("GET", "/oauth2/applications/@me", self.get_application)
        add("GET", "/applications/@me", self.get_application)
        add("GET", "/gateway", self.get_gateway)
        add("GET", "/gateway/bot", self.get_gateway_bot)
        add("GET", "/users/{user_id}", self.get_user)
        add("POST", "/users/@me/channels", self.create_dm)
        add("GET", "/guilds/{guild_id}/members/{user_id}", self.get_member)
        add("GET", "/channels/{channel_id}", self.get_channel)
        for prefix in ("/applications/{app_id}", "/applications/{app_id}/guilds/{guild_id}"):
            add("GET", f"{prefix}/commands", self.list_commands)
            add("PUT", f"{prefix}/commands", self.overwrite_commands)
            add("POST", f"{prefix}/commands", self.upsert_command)
            add("GET", f"{prefix}/commands/{{command_id}}", self.get_command)
            add("DELETE", f"{prefix}/commands/{{command_id}}", self.delete_command)
        add("POST", "/channels/{channel_id}/messages", self.create_message)
        add("GET", "/channels/{channel_id}/messages", self.history)
        add("GET", "/channels/{channel_id}/messages/{message_id}", self.get_message)
        add("PATCH", "/channels/{channel_id}/messages/{message_id}", self.edit_message)
        add("DELETE", "/channels/{channel_id}/messages/{message_id}", self.delete_message)
        add("POST", "/channels/{channel_id}/typing", self.typing)
        reactions = "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}"
        add("PUT", f"{reactions}/@me", self.add_reaction)
        add("DELETE", f"{reactions}/@me", self.remove_own_reaction)
        add("DELETE", f"{reactions}/{{user_id}}", self.remove_user_reaction)
        # Interaction endpoints are authenticated by their token in the path, not the bot token.
        add("POST", "/interactions/{interaction_id}/{token}/callback", self.interaction_callback, auth=False)
        add("POST", "/webhooks/{app_id}/{token}", self.followup, auth=False)
        add("GET", "/webhooks/{app_id}/{token}/messages/{message_id}", self.get_webhook_message, auth=False)
        add("PATCH", "/webhooks/{app_id}/{token}/messages/{message_id}", self.edit_webhook_message, auth=False)
        add(
            "DELETE",
            "/webhooks/{app_id}/{token}/messages/{message_id}",
            self.delete_webhook_message,
            auth=False,
        )

    # -- dispatch ------------------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info.get("tail", "")
        try:
            body, files = await read_body(request)
        except Exception as error:
            # Never a 5xx: discord.py retries those for ~25 s. Surface the bug via internal_errors.
            _log.exception("stand-in could not read the body of %s %s", request.method, path)
            self.s.internal_errors.append(f"{request.method} {path}: unreadable body: {error!r}")
            body, files = None, []
        record = RecordedRequest(
            method=request.method,
            path=path,
            query=dict(request.query),
            json=body,
            files=[upload for _, upload in files],
            time=self.s.loop_time(),
        )
        self.s.requests.append(record)
        _log.debug("%s %s", request.method, path)
        response = await self._respond(request, record, body, files)
        record.status = response.status
        if isinstance(response, web.Response) and response.body is not None and response.status != 204:
            record.response = json.loads(response.body) if isinstance(response.body, bytes) else None
        self.s.notify()
        return response

    async def _respond(
        self, request: web.Request, record: RecordedRequest, body: Any, files: list[tuple[str, UploadedFile]]
    ) -> web.Response:
        found = self.router.match(request.method, record.path)
        if found is None:
            self.s.unknown_routes.append(record)
            _log.warning("stand-in has no route for %s %s", record.method, record.path)
            return json_response({"message": "404: Not Found", "code": 0}, status=404)
        route, params = found
        record.route = route.template
        if route.auth and request.headers.get(hdrs.AUTHORIZATION) != f"Bot {self.s.token}":
            return json_response({"message": "401: Unauthorized", "code": 0}, status=401)
        parsed = ParsedRequest(record=record, params=params, uploads=uploads_in_order(body, files))
        try:
            return await route.handler(parsed)
        except ApiError as error:
            return json_response(error.body(), status=error.status)
        except Exception as error:
            # Never a 5xx: discord.py retries those for ~25 s. Surface the bug via internal_errors.
            _log.exception("stand-in handler for %s %s failed", record.method, record.path)
            self.s.internal_errors.append(f"{record.method} {record.path}: {error!r}")
            return json_response({"message": f"stand-in internal error: {error!r}", "code": 0}, status=400)

    # -- identity ------------------------------------------------------------------------------

    async def get_me(self, req: ParsedRequest) -> web.Response:
        return json_response(user_payload(self.s.world.bot_user))

    async def get_application(self, req: ParsedRequest) -> web.Response:
        guild = self.s.guild
        owner = self.s.world.users[guild.owner_id]
        return json_response(application_payload(self.s.world, owner))

    async def get_gateway(self, req: ParsedRequest) -> web.Response:
        return json_response({"url": self.s.gateway_url})

    async def get_gateway_bot(self, req: ParsedRequest) -> web.Response:
        limit = {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1}
        return json_response({"url": self.s.gateway_url, "shards": self.s.shards, "session_start_limit": limit})

    async def get_user(self, req: ParsedRequest) -> web.Response:
        user = self.s.world.users.get(_int(req.params["user_id"]))
        if user is None:
            raise ApiError(404, 10013, "Unknown User")
        return json_response(user_payload(user))

    async def create_dm(self, req: ParsedRequest) -> web.Response:
        user_id = _int(req.body.get("recipient_id"))
        if user_id not in self.s.world.users:
            raise ApiError(404, 10013, "Unknown User")
        channel = self.s.world.dm_channel_for(user_id)
        return json_response(channel_payload(channel, self.s.world))

    async def get_member(self, req: ParsedRequest) -> web.Response:
        guild = self.s.world.guilds.get(_int(req.params["guild_id"]))
        if guild is None:
            raise ApiError(404, 10004, "Unknown Guild")
        member = guild.members.get(_int(req.params["user_id"]))
        if member is None:
            raise ApiError(404, 10007, "Unknown Member")
        return json_response(member_payload(member, self.s.world.users[member.user_id]))

    async def get_channel(self, req: ParsedRequest) -> web.Response:
        channel = self.s.world.find_channel(_int(req.params["channel_id"]))
        if channel is None:
            raise ApiError(404, 10003, "Unknown Channel")
        return json_response(channel_payload(channel, self.s.world))

    # -- application commands ------------------------------------------------------------------

    def _command_scope(self, req: ParsedRequest) -> int | None:
        if _int(req.params["app_id"]) != self.s.application_id:
            raise ApiError(403, 50001, "Missing Access")
        if "guild_id" not in req.params:
            return None
        guild_id = _int(req.params["guild_id"])
        if guild_id not in self.s.world.guilds:
            raise ApiError(403, 50001, "Missing Access")
        return guild_id

    async def list_commands(self, req: ParsedRequest) -> web.Response:
        return json_response(self.s.commands.listing(self._command_scope(req)))

    async def overwrite_commands(self, req: ParsedRequest) -> web.Response:
        scope = self._command_scope(req)
        if not isinstance(req.record.json, list):
            raise invalid_form("_root", "BASE_TYPE_ARRAY", "Must be an array.")
        return json_response(self.s.commands.overwrite(scope, req.record.json))

    async def upsert_command(self, req: ParsedRequest) -> web.Response:
        return json_response(self.s.commands.upsert(self._command_scope(req), req.body), status=201)

    async def get_command(self, req: ParsedRequest) -> web.Response:
        for command in self.s.commands.listing(self._command_scope(req)):
            if command["id"] == req.params["command_id"]:
                return json_response(command)
        raise ApiError(404, 10063, "Unknown application command")

    async def delete_command(self, req: ParsedRequest) -> web.Response:
        scope = self._command_scope(req)
        remaining = [c for c in self.s.commands.listing(scope) if c["id"] != req.params["command_id"]]
        self.s.commands.overwrite(scope, remaining)
        return no_content()

    # -- channel messages ----------------------------------------------------------------------

    def _channel_id(self, req: ParsedRequest) -> int:
        channel_id = _int(req.params["channel_id"])
        if self.s.world.find_channel(channel_id) is None:
            raise ApiError(404, 10003, "Unknown Channel")
        return channel_id

    def _message(self, req: ParsedRequest, channel_id: int) -> JSON:
        message = self.s.store.by_id.get(_int(req.params["message_id"]))
        if message is None or int(message["channel_id"]) != channel_id:
            raise ApiError(404, 10008, "Unknown Message")
        return message

    async def create_message(self, req: ParsedRequest) -> web.Response:
        channel_id = self._channel_id(req)
        body = req.body
        validate_message_body(body, req.uploads, creating=True)
        reference = body.get("message_reference")
        if reference and reference.get("fail_if_not_exists", True):
            referenced = self.s.store.by_id.get(_int(reference.get("message_id")))
            if referenced is None:
                raise invalid_form("message_reference", "MESSAGE_REFERENCE_UNKNOWN_MESSAGE", "Unknown message")
        attachments = [self.s.store.attachment(channel_id, upload) for upload in req.uploads]
        body = {**body, "flags": int(body.get("flags") or 0) & ~EPHEMERAL}
        message = self.s.store.build(channel_id, self.s.world.bot_user, body, attachments=attachments)
        await self.s.publish_message(message)
        return json_response(self.s.wire(message))

    async def history(self, req: ParsedRequest) -> web.Response:
        channel_id = self._channel_id(req)
        messages = self.s.store.in_channel(channel_id)
        if "before" in req.query:
            messages = [m for m in messages if int(m["id"]) < _int(req.query["before"])]
        if "after" in req.query:
            messages = [m for m in messages if int(m["id"]) > _int(req.query["after"])]
        limit = max(1, min(100, _int(req.query.get("limit", "50"))))
        newest_first = list(reversed(messages))
        if "after" in req.query:
            newest_first = list(reversed(messages[:limit]))
        return json_response([self.s.wire(m) for m in newest_first[:limit]])

    async def get_message(self, req: ParsedRequest) -> web.Response:
        return json_response(self.s.wire(self._message(req, self._channel_id(req))))

    async def edit_message(self, req: ParsedRequest) -> web.Response:
        message = self._message(req, self._channel_id(req))
        if int(message["author"]["id"]) != self.s.world.bot_user.id:
            raise ApiError(403, 50005, "Cannot edit a message authored by another user")
        validate_message_body(req.body, req.uploads, creating=False)
        await self.s.edit_and_publish(message, req.body, req.uploads)
        return json_response(self.s.wire(message))

    async def delete_message(self, req: ParsedRequest) -> web.Response:
        channel_id = self._channel_id(req)
        message = self._message(req, channel_id)
        bot_id = self.s.world.bot_user.id
        guild = self.s.world.guild_of_channel(channel_id)
        own = int(message["author"]["id"]) == bot_id
        if not own and (guild is None or not guild.permissions_of(bot_id) & MANAGE_MESSAGES):
            raise ApiError(403, 50013, "Missing Permissions")
        await self.s.delete_and_publish(message)
        return no_content()

    async def typing(self, req: ParsedRequest) -> web.Response:
        self.s.typing.append(self._channel_id(req))
        return no_content()

    async def add_reaction(self, req: ParsedRequest) -> web.Response:
        message = self._message(req, self._channel_id(req))
        await self.s.react(int(message["id"]), self.s.world.bot_user.id, req.params["emoji"])
        return no_content()

    async def remove_own_reaction(self, req: ParsedRequest) -> web.Response:
        message = self._message(req, self._channel_id(req))
        await self.s.unreact(int(message["id"]), self.s.world.bot_user.id, req.params["emoji"])
        return no_content()

    async def remove_user_reaction(self, req: ParsedRequest) -> web.Response:
        message = self._message(req, self._channel_id(req))
        await self.s.unreact(int(message["id"]), _int(req.params["user_id"]), req.params["emoji"])
        return no_content()

    # -- interactions --------------------------------------------------------------------------

    async def interaction_callback(self, req: ParsedRequest) -> web.Response:
        ix = self.s.interactions.get(_int(req.params["interaction_id"]))
        if ix is None or ix.token != req.params["token"]:
            raise ApiError(404, 10062, "Unknown interaction")
        if ix.response is not None:
            ix.rejected.append((400, 40060))
            raise ApiError(400, 40060, "Interaction has already been acknowledged.")
        if self.s.loop_time() - ix.created_at > self.s.ack_deadline:
            ix.rejected.append((404, 10062))
            raise ApiError(404, 10062, "Unknown interaction")
        kind = req.body.get("type")
        data = req.body.get("data")
        if kind not in ix_types.ALLOWED_CALLBACKS.get(ix.type, frozenset()):
            ix.rejected.append((400, 50035))
            raise invalid_form("type", "INTERACTION_RESPONSE_TYPE_INVALID", f"callback type {kind} not allowed")
        if kind in (ix_types.CHANNEL_MESSAGE, ix_types.UPDATE_MESSAGE):
            validate_message_body(data or {}, req.uploads, creating=kind == ix_types.CHANNEL_MESSAGE)
        result = await self.s.engine.acknowledge(ix, kind, data, req.uploads)
        return json_response(result)

    def _interaction_by_token(self, req: ParsedRequest) -> InteractionRecord:
        ix = self.s.interactions_by_token.get(req.params["token"])
        if ix is None or _int(req.params["app_id"]) != self.s.application_id or ix.response is None:
            raise ApiError(404, 10015, "Unknown Webhook")
        return ix

    def _webhook_message(self, req: ParsedRequest, ix: InteractionRecord) -> JSON:
        wanted = req.params["message_id"]
        message_id = ix.original_message_id if wanted == "@original" else _int(wanted)
        owned = {ix.original_message_id, *(int(m["id"]) for m in ix.followups)}
        message = self.s.store.by_id.get(message_id) if message_id in owned else None
        if message is None:
            raise ApiError(404, 10008, "Unknown Message")
        return message

    async def followup(self, req: ParsedRequest) -> web.Response:
        ix = self._interaction_by_token(req)
        validate_message_body(req.body, req.uploads, creating=True)
        message = await self.s.engine.send_followup(ix, req.body, req.uploads)
        if req.query.get("wait", "").lower() in ("1", "true"):
            return json_response(self.s.wire(message))
        return no_content()

    async def get_webhook_message(self, req: ParsedRequest) -> web.Response:
        ix = self._interaction_by_token(req)
        return json_response(self.s.wire(self._webhook_message(req, ix)))

    async def edit_webhook_message(self, req: ParsedRequest) -> web.Response:
        ix = self._interaction_by_token(req)
        message = self._webhook_message(req, ix)
        validate_message_body(req.body, req.uploads, creating=False)
        await self.s.edit_and_publish(message, req.body, req.uploads)
        return json_response(self.s.wire(message))

    async def delete_webhook_message(self, req: ParsedRequest) -> web.Response:
        ix = self._interaction_by_token(req)
        message = self._webhook_message(req, ix)
        if int(message["id"]) == ix.original_message_id:
            ix.deleted_original = True
        await self.s.delete_and_publish(message)
        return no_content()


def validate_message_body(body: JSON, uploads: list[UploadedFile], *, creating: bool) -> None:
    content = body.get("content")
    if content is not None and len(str(content)) > MAX_CONTENT:
        raise invalid_form("content", "BASE_TYPE_MAX_LENGTH", f"Must be {MAX_CONTENT} or fewer in length.")
    embeds = body.get("embeds") or []
    if len(embeds) > MAX_EMBEDS:
        raise invalid_form("embeds", "BASE_TYPE_MAX_LENGTH", f"Must be {MAX_EMBEDS} or fewer in length.")
    has_something = content or embeds or uploads or body.get("components") or body.get("sticker_ids")
    if creating and not has_something and not body.get("poll"):
        raise ApiError(400, 50006, "Cannot send an empty message")


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise ApiError(404, 0, "404: Not Found") from None


__all__ = ["ApiError", "RecordedRequest", "RestApi", "json_response"]
