"""The gateway half of the stand-in: one websocket per client connection, sessions survive for RESUME.

discord.py dials ``?v=10&encoding=json&compress=zlib-stream`` (or zstd-stream). The stand-in
answers with uncompressed JSON *text* frames, which discord.py accepts whatever it asked for: its
decompressor only runs on binary frames.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import WSMsgType, web

from discord_standin.payloads import JSON, guild_create_payload, member_payload, user_payload

if TYPE_CHECKING:
    from discord_standin.server import DiscordStandIn

_log = logging.getLogger(__name__)

# Opcodes.
DISPATCH = 0
HEARTBEAT = 1
IDENTIFY = 2
PRESENCE_UPDATE = 3
VOICE_STATE_UPDATE = 4
RESUME = 6
RECONNECT = 7
REQUEST_GUILD_MEMBERS = 8
INVALID_SESSION = 9
HELLO = 10
HEARTBEAT_ACK = 11

# Intents.
GUILDS = 1 << 0
GUILD_MEMBERS = 1 << 1
GUILD_MESSAGES = 1 << 9
GUILD_MESSAGE_REACTIONS = 1 << 10
DIRECT_MESSAGES = 1 << 12
DIRECT_MESSAGE_REACTIONS = 1 << 13
MESSAGE_CONTENT = 1 << 15

HEARTBEAT_INTERVAL_MS = 41_250
MAX_BACKLOG = 1000

Transform = Callable[["GatewaySession", JSON], JSON | None]


@dataclass
class GatewaySession:
    """A gateway session: identified once, may be carried over several websockets by RESUME."""

    session_id: str
    shard_id: int
    shard_count: int
    intents: int
    seq: int = 0
    ready: bool = False
    ws: web.WebSocketResponse | None = None
    backlog: list[JSON] = field(default_factory=list)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    def handles_guild(self, guild_id: int | None) -> bool:
        if guild_id is None:
            return self.shard_id == 0
        return (guild_id >> 22) % self.shard_count == self.shard_id

    def has_intent(self, intent: int) -> bool:
        return bool(self.intents & intent)

    async def send(self, payload: JSON) -> None:
        async with self.lock:
            if payload.get("op") == DISPATCH:
                self.seq += 1
                payload["s"] = self.seq
            if self.ws is not None and not self.ws.closed:
                try:
                    await self.ws.send_str(json.dumps(payload))
                except ConnectionError:
                    pass
                else:
                    return
            # Kept for the RESUME that a reconnecting client will send.
            self.backlog.append(payload)
            del self.backlog[:-MAX_BACKLOG]

    async def dispatch(self, event: str, data: JSON) -> None:
        await self.send({"op": DISPATCH, "t": event, "d": data})


class Gateway:
    """Accepts gateway websockets and dispatches events to the identified sessions."""

    def __init__(self, standin: DiscordStandIn) -> None:
        self._standin = standin
        self.sessions: dict[str, GatewaySession] = {}
        self.connections: set[web.WebSocketResponse] = set()
        self.identifies = 0
        self.resumes = 0
        self.heartbeats = 0
        self.received: list[JSON] = []  # every client payload except heartbeats, token redacted
        self.connect_params: list[dict[str, str]] = []  # query of each websocket connection

    @property
    def is_ready(self) -> bool:
        ready = [s for s in self.sessions.values() if s.ready]
        if not ready:
            return False
        return len({s.shard_id for s in ready}) >= ready[-1].shard_count

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.connect_params.append(dict(request.query))
        ws = web.WebSocketResponse(autoping=True, max_msg_size=0)
        await ws.prepare(request)
        self.connections.add(ws)
        session: GatewaySession | None = None
        try:
            await ws.send_str(json.dumps({"op": HELLO, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}}))
            async for message in ws:
                if message.type is not WSMsgType.TEXT:
                    continue
                try:
                    payload = json.loads(message.data)
                except ValueError:
                    await ws.close(code=4002, message=b"Error while decoding payload.")
                    break
                session = await self._on_payload(ws, session, payload)
        finally:
            self.connections.discard(ws)
            if session is not None and session.ws is ws:
                session.ws = None
                if ws.close_code in (1000, 1001):
                    # A clean close ends the session, as on Discord; anything else may RESUME.
                    self.sessions.pop(session.session_id, None)
            self._standin.notify()
        return ws

    async def _on_payload(
        self, ws: web.WebSocketResponse, session: GatewaySession | None, payload: JSON
    ) -> GatewaySession | None:
        op = payload.get("op")
        data = payload.get("d")
        if op == HEARTBEAT:
            self.heartbeats += 1
            await ws.send_str(json.dumps({"op": HEARTBEAT_ACK}))
            return session
        self.received.append(_redacted(payload))
        if op == IDENTIFY:
            return await self._identify(ws, data)
        if op == RESUME:
            return await self._resume(ws, data)
        if op == REQUEST_GUILD_MEMBERS and session is not None:
            await self._send_member_chunk(session, data)
        return session

    async def _identify(self, ws: web.WebSocketResponse, data: JSON) -> GatewaySession | None:
        standin = self._standin
        if data.get("token") != standin.token:
            _log.info("gateway IDENTIFY with a wrong token; closing with 4004")
            await ws.close(code=4004, message=b"Authentication failed.")
            return None
        shard_id, shard_count = data.get("shard") or (0, 1)
        if not 0 <= shard_id < shard_count:
            await ws.close(code=4010, message=b"Invalid shard.")
            return None
        self.identifies += 1
        session = GatewaySession(
            session_id=secrets.token_hex(16),
            shard_id=shard_id,
            shard_count=shard_count,
            intents=int(data.get("intents", 0)),
            ws=ws,
        )
        self.sessions[session.session_id] = session
        world = standin.world
        guilds = [g for g in world.guilds.values() if session.handles_guild(g.id)]
        ready: JSON = {
            "v": 10,
            "user": user_payload(world.bot_user),
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.session_id,
            "session_type": "normal",
            "resume_gateway_url": standin.gateway_url,
            "application": {"id": str(standin.application_id), "flags": 0},
            "private_channels": [],
            "relationships": [],
            "user_settings": {},
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "_trace": ["alliance-ledger-standin"],
        }
        if "shard" in data:
            ready["shard"] = [shard_id, shard_count]
        await session.dispatch("READY", ready)
        if session.has_intent(GUILDS):
            for guild in guilds:
                await session.dispatch("GUILD_CREATE", guild_create_payload(guild, world))
        session.ready = True
        standin.notify()
        return session

    async def _resume(self, ws: web.WebSocketResponse, data: JSON) -> GatewaySession | None:
        session = self.sessions.get(data.get("session_id", ""))
        if session is None or data.get("token") != self._standin.token:
            await ws.send_str(json.dumps({"op": INVALID_SESSION, "d": False}))
            return None
        async with session.lock:
            session.ws = ws
            backlog, session.backlog = session.backlog, []
            for payload in backlog:
                if payload["s"] > int(data.get("seq") or 0):
                    await ws.send_str(json.dumps(payload))
        await session.dispatch("RESUMED", {"_trace": ["alliance-ledger-standin"]})
        self.resumes += 1
        self._standin.notify()
        return session

    async def _send_member_chunk(self, session: GatewaySession, data: JSON) -> None:
        world = self._standin.world
        guild = world.guilds.get(int(data.get("guild_id", 0)))
        if guild is None:
            return
        members = list(guild.members.values())
        if data.get("user_ids"):
            wanted = {int(u) for u in data["user_ids"]}
            members = [m for m in members if m.user_id in wanted]
        elif data.get("query"):
            prefix = str(data["query"]).lower()
            members = [m for m in members if world.users[m.user_id].username.lower().startswith(prefix)]
        limit = int(data.get("limit") or 0)
        if limit:
            members = members[:limit]
        chunk: JSON = {
            "guild_id": str(guild.id),
            "members": [member_payload(m, world.users[m.user_id]) for m in members],
            "chunk_index": 0,
            "chunk_count": 1,
        }
        if data.get("nonce") is not None:
            chunk["nonce"] = data["nonce"]
        await session.dispatch("GUILD_MEMBERS_CHUNK", chunk)

    async def broadcast(
        self,
        event: str,
        data: JSON,
        *,
        guild_id: int | None,
        intent: int = 0,
        transform: Transform | None = None,
    ) -> None:
        """Dispatch ``event`` to every session that has the shard for ``guild_id`` and the ``intent``."""
        for session in list(self.sessions.values()):
            if not session.ready or not session.handles_guild(guild_id):
                continue
            if intent and not session.has_intent(intent):
                continue
            payload = transform(session, data) if transform is not None else data
            if payload is not None:
                await session.dispatch(event, payload)

    async def send_op(self, op: int, data: Any = None) -> int:
        """Send a bare opcode on every live connection; returns how many got it."""
        sent = 0
        for session in list(self.sessions.values()):
            if session.ws is not None and not session.ws.closed:
                with contextlib.suppress(ConnectionError):
                    await session.ws.send_str(json.dumps({"op": op, "d": data}))
                    sent += 1
        return sent

    def forget_sessions(self) -> None:
        self.sessions.clear()

    async def close_all(self) -> None:
        for ws in list(self.connections):
            await ws.close(code=1001, message=b"stand-in stopping")


def _redacted(payload: JSON) -> JSON:
    data = payload.get("d")
    if isinstance(data, dict) and "token" in data:
        return {**payload, "d": {**data, "token": "<redacted>"}}
    return payload
