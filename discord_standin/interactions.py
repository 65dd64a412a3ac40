"""Application commands (the registry the bot syncs into) and simulated interactions."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from discord_standin.messages import EPHEMERAL, LOADING
from discord_standin.payloads import JSON, channel_payload, member_payload, role_payload, user_payload
from discord_standin.world import Guild, World

if TYPE_CHECKING:
    from discord_standin.server import DiscordStandIn

# Interaction types.
APPLICATION_COMMAND = 2
MESSAGE_COMPONENT = 3
AUTOCOMPLETE = 4
MODAL_SUBMIT = 5

# Application command types.
CHAT_INPUT_COMMAND = 1
USER_COMMAND = 2
MESSAGE_COMMAND = 3

# Callback types.
CHANNEL_MESSAGE = 4
DEFERRED_CHANNEL_MESSAGE = 5
DEFERRED_UPDATE_MESSAGE = 6
UPDATE_MESSAGE = 7
AUTOCOMPLETE_RESULT = 8
MODAL = 9

ALLOWED_CALLBACKS: dict[int, frozenset[int]] = {
    APPLICATION_COMMAND: frozenset({CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, MODAL}),
    MESSAGE_COMPONENT: frozenset(
        {CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, DEFERRED_UPDATE_MESSAGE, UPDATE_MESSAGE, MODAL}
    ),
    AUTOCOMPLETE: frozenset({AUTOCOMPLETE_RESULT}),
    MODAL_SUBMIT: frozenset({CHANNEL_MESSAGE, DEFERRED_CHANNEL_MESSAGE, DEFERRED_UPDATE_MESSAGE, UPDATE_MESSAGE}),
}

# Application command option types.
SUB_COMMAND = 1
SUB_COMMAND_GROUP = 2
STRING = 3
INTEGER = 4
BOOLEAN = 5
USER = 6
CHANNEL = 7
ROLE = 8
MENTIONABLE = 9
NUMBER = 10
ATTACHMENT = 11
# The option types whose value is sent as itself, converted to its type.
SCALAR_OPTIONS: dict[int, Callable[[Any], Any]] = {STRING: str, INTEGER: int, NUMBER: float, BOOLEAN: bool}

# Component types (those that can be interacted with).
BUTTON = 2
STRING_SELECT = 3
USER_SELECT = 5
ROLE_SELECT = 6
MENTIONABLE_SELECT = 7
CHANNEL_SELECT = 8
TEXT_INPUT = 4
LABEL = 18


class UnknownCommandError(LookupError):
    """The command (or subcommand/option) was never registered by the bot (did it sync?)."""


@dataclass(frozen=True)
class CallbackRecord:
    """The bot's accepted acknowledgement of an interaction."""

    type: int
    data: JSON | None
    time: float


class InteractionRecord:
    """An interaction the stand-in sent to the bot, and everything the bot did in answer."""

    def __init__(self, standin: DiscordStandIn, payload: JSON, created_at: float) -> None:
        self._standin = standin
        self.payload = payload
        self.id = int(payload["id"])
        self.token: str = payload["token"]
        self.type: int = payload["type"]
        self.created_at = created_at
        self.response: CallbackRecord | None = None
        self.rejected: list[tuple[int, int]] = []  # (HTTP status, Discord error code) of refused callbacks
        self.original_message_id: int | None = None
        self.followups: list[JSON] = []
        self.deleted_original = False

    def __repr__(self) -> str:
        kind = {2: "command", 3: "component", 4: "autocomplete", 5: "modal_submit"}.get(self.type, "?")
        return f"<InteractionRecord id={self.id} {kind} response={self.response_type}>"

    @property
    def response_type(self) -> int | None:
        return None if self.response is None else self.response.type

    @property
    def acknowledged(self) -> bool:
        return self.response is not None

    @property
    def original(self) -> JSON | None:
        """The current state of the ``@original`` message (after edits), or None."""
        if self.original_message_id is None:
            return None
        return self._standin.store.by_id.get(self.original_message_id)

    @property
    def choices(self) -> list[JSON] | None:
        """Autocomplete choices the bot answered with (``[{"name": ..., "value": ...}]``)."""
        if self.response is None or self.response.type != AUTOCOMPLETE_RESULT or self.response.data is None:
            return None
        return list(self.response.data.get("choices") or [])

    @property
    def modal(self) -> JSON | None:
        """The modal the bot opened (``{"custom_id", "title", "components"}``), or None."""
        if self.response is None or self.response.type != MODAL:
            return None
        return self.response.data

    @property
    def message(self) -> JSON | None:
        """For component interactions: the message that was clicked."""
        return self.payload.get("message")

    async def wait_response(self, timeout: float = 5.0) -> CallbackRecord:
        """Wait for the bot's acknowledgement (any callback type)."""
        await self._standin.wait_for(lambda: self.response, timeout=timeout, what=f"a response to {self!r}")
        assert self.response is not None
        return self.response

    async def wait_followups(self, count: int = 1, timeout: float = 5.0) -> list[JSON]:
        """Wait until the bot has sent at least ``count`` followup messages."""
        await self._standin.wait_for(
            lambda: len(self.followups) >= count, timeout=timeout, what=f"{count} followup(s) to {self!r}"
        )
        return list(self.followups)

    async def wait_original(self, predicate: Callable[[JSON], bool] | None = None, timeout: float = 5.0) -> JSON:
        """Wait until ``@original`` exists, is no longer "thinking", and satisfies ``predicate``."""

        def check() -> JSON | None:
            message = self.original
            if message is None or message["flags"] & LOADING:
                return None
            if predicate is not None and not predicate(message):
                return None
            return message

        return await self._standin.wait_for(check, timeout=timeout, what=f"the original response of {self!r}")


class CommandRegistry:
    """The application commands the bot registered, globally and per guild."""

    def __init__(self, world: World, application_id: int) -> None:
        self._world = world
        self._application_id = application_id
        self.global_commands: list[JSON] = []
        self.guild_commands: dict[int, list[JSON]] = {}

    def overwrite(self, guild_id: int | None, commands: Sequence[JSON]) -> list[JSON]:
        existing = self.global_commands if guild_id is None else self.guild_commands.get(guild_id, [])
        stored = [self._complete(cmd, guild_id, existing) for cmd in commands]
        if guild_id is None:
            self.global_commands = stored
        else:
            self.guild_commands[guild_id] = stored
        return stored

    def upsert(self, guild_id: int | None, command: JSON) -> JSON:
        existing = self.global_commands if guild_id is None else self.guild_commands.setdefault(guild_id, [])
        stored = self._complete(command, guild_id, existing)
        existing[:] = [c for c in existing if c["id"] != stored["id"]] + [stored]
        return stored

    def listing(self, guild_id: int | None) -> list[JSON]:
        return list(self.global_commands if guild_id is None else self.guild_commands.get(guild_id, []))

    def _complete(self, command: JSON, guild_id: int | None, existing: Sequence[JSON]) -> JSON:
        kind = command.get("type", 1)
        previous = next((c for c in existing if c["name"] == command["name"] and c["type"] == kind), None)
        stored: JSON = {
            "description": "",
            "options": [],
            "default_member_permissions": None,
            "dm_permission": True,
            "nsfw": False,
            **command,
            "id": previous["id"] if previous else str(self._world.new_id()),
            "application_id": str(self._application_id),
            "type": kind,
            "version": str(self._world.new_id()),
        }
        if guild_id is not None:
            stored["guild_id"] = str(guild_id)
        return stored

    def find(self, name: str, guild_id: int | None, kind: int = 1) -> JSON:
        """The command a user in ``guild_id`` would see under ``name`` (guild commands win)."""
        candidates = list(self.guild_commands.get(guild_id, [])) if guild_id is not None else []
        candidates += self.global_commands
        for command in candidates:
            if command["name"] == name and command["type"] == kind:
                return command
        known = sorted({c["name"] for c in candidates})
        raise UnknownCommandError(f"command {name!r} is not registered (did the bot sync?); known: {known}")


@dataclass
class OptionsBuilder:
    """Turns ``{"name": value}`` into Discord's nested ``options`` plus ``resolved`` data."""

    world: World
    guild: Guild | None
    attachments: Mapping[str, JSON]  # option name -> attachment payload
    focused: str | None = None

    def __post_init__(self) -> None:
        self.resolved: JSON = {}

    def build(self, command: JSON, path: Sequence[str], values: Mapping[str, Any]) -> list[JSON]:
        schema: list[JSON] = command.get("options") or []
        nested: list[tuple[str, int]] = []
        for part in path:
            option = _find_option(schema, part, command["name"])
            if option["type"] not in (SUB_COMMAND, SUB_COMMAND_GROUP):
                raise UnknownCommandError(f"{part!r} is not a subcommand of /{command['name']}")
            nested.append((part, option["type"]))
            schema = option.get("options") or []
        if schema and schema[0]["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP):
            names = [o["name"] for o in schema]
            raise UnknownCommandError(f"/{command['name']} needs a subcommand path, one of {names}")
        leaves = self._leaf_options(schema, values, command["name"])
        for name, kind in reversed(nested):
            leaves = [{"name": name, "type": kind, "options": leaves}]
        return leaves

    def _leaf_options(self, schema: list[JSON], values: Mapping[str, Any], command: str) -> list[JSON]:
        all_values = dict(values)
        for name in self.attachments:
            all_values.setdefault(name, None)
        result: list[JSON] = []
        for name, value in all_values.items():
            option = _find_option(schema, name, command)
            entry: JSON = {"name": name, "type": option["type"]}
            if name == self.focused:
                entry["value"] = str(value)
                entry["focused"] = True
            else:
                entry["value"] = self._convert(option, value)
            result.append(entry)
        missing = [
            o["name"] for o in schema if o.get("required") and o["name"] not in all_values and o["name"] != self.focused
        ]
        if missing and self.focused is None:
            raise ValueError(f"/{command}: required option(s) {missing} not given")
        return result

    def _convert(self, option: JSON, value: Any) -> Any:
        kind = option["type"]
        name = option["name"]
        if kind in SCALAR_OPTIONS:
            return SCALAR_OPTIONS[kind](value)
        if kind == ATTACHMENT:
            attachment = self.attachments[name]
            self.resolved.setdefault("attachments", {})[attachment["id"]] = attachment
            return attachment["id"]
        return self._convert_id(option, value)

    def _convert_id(self, option: JSON, value: Any) -> str:
        """A user, role, mentionable or channel option: its id, with what it names in `resolved`."""
        kind = option["type"]
        name = option["name"]
        snowflake = int(value)
        if kind in (USER, MENTIONABLE) and snowflake in self.world.users:
            self._resolve_user(snowflake)
            return str(snowflake)
        if kind in (ROLE, MENTIONABLE) and self.guild is not None and snowflake in self.guild.roles:
            self.resolved.setdefault("roles", {})[str(snowflake)] = role_payload(self.guild.roles[snowflake])
            return str(snowflake)
        if kind == CHANNEL:
            channel = self.world.find_channel(snowflake)
            if channel is not None:
                payload = channel_payload(channel, self.world)
                payload["permissions"] = str(self.guild.permissions_of(self.world.bot_user.id) if self.guild else 0)
                self.resolved.setdefault("channels", {})[str(snowflake)] = payload
                return str(snowflake)
        raise ValueError(f"option {name!r}: unknown id {value!r} for option type {kind}")

    def _resolve_user(self, user_id: int) -> None:
        self.resolved.setdefault("users", {})[str(user_id)] = user_payload(self.world.users[user_id])
        if self.guild is not None and user_id in self.guild.members:
            member = member_payload(self.guild.members[user_id])
            member["permissions"] = str(self.guild.permissions_of(user_id))
            self.resolved.setdefault("members", {})[str(user_id)] = member


def _find_option(schema: list[JSON], name: str, command: str) -> JSON:
    for option in schema:
        if option["name"] == name:
            return option
    raise UnknownCommandError(f"/{command} has no option {name!r}; options: {[o['name'] for o in schema]}")


def find_component(components: Sequence[JSON], custom_id: str) -> JSON | None:
    """Depth-first search through rows, containers, sections and labels for ``custom_id``."""
    for component in components:
        if component.get("custom_id") == custom_id:
            return component
        children: list[JSON] = list(component.get("components") or [])
        for key in ("component", "accessory"):
            if isinstance(component.get(key), dict):
                children.append(component[key])
        found = find_component(children, custom_id)
        if found is not None:
            return found
    return None


def modal_submission(modal: JSON, values: Mapping[str, Any]) -> list[JSON]:
    """Discord's MODAL_SUBMIT ``components`` for ``modal`` filled with ``values`` (by custom_id)."""

    def fill(component: JSON) -> JSON:
        answer: JSON = {"type": component["type"], "custom_id": component.get("custom_id")}
        if "id" in component:
            answer["id"] = component["id"]
        value = values.get(component.get("custom_id", ""), component.get("value", ""))
        if component["type"] == TEXT_INPUT:
            answer["value"] = str(value or "")
        else:
            answer["values"] = list(value) if isinstance(value, list | tuple) else [str(value)]
        return answer

    result: list[JSON] = []
    for top in modal.get("components") or []:
        if top["type"] == LABEL:
            entry: JSON = {"type": LABEL, "component": fill(top["component"])}
            if "id" in top:
                entry["id"] = top["id"]
            result.append(entry)
        elif top["type"] == 1:
            result.append({"type": 1, "components": [fill(c) for c in top.get("components") or []]})
    return result


async def wait_until(
    condition: Callable[[], Any], changed: Callable[[], asyncio.Future[None]], timeout: float, what: str
) -> Any:
    """Re-check ``condition`` whenever ``changed()`` resolves, until it is truthy or ``timeout`` passes."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = condition()
        if value:
            return value
        remaining = deadline - loop.time()
        if remaining <= 0:
            raise TimeoutError(f"timed out after {timeout}s waiting for {what}")
        future = changed()
        try:
            await asyncio.wait_for(asyncio.shield(future), timeout=remaining)
        except TimeoutError:
            continue


def is_ephemeral(message: JSON) -> bool:
    return bool(message["flags"] & EPHEMERAL)
