"""A local Discord stand-in: the real discord.py client (2.7) runs against it over 127.0.0.1.

Its own package, beside the bot rather than inside it: ``python -m bot --local`` and the tests use it, the
bot that runs on Discord never does.

``DiscordStandIn`` is an aiohttp server that plays Discord's gateway (websocket, plain JSON text
frames), REST API and CDN well enough for ``commands.Bot`` to log in, sync commands, receive
messages and interactions, and answer them. It is used by over-the-wire tests and by local mode.
Nothing of discord.py is mocked: three class attributes are pointed at the server
(``discord.http.Route.BASE``, ``discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY``,
``discord.asset.Asset.BASE``) by ``standin.patch_discord()``.

Quick start (tests)::

    from discord_standin import DiscordStandIn
    from discord_standin.testing import capture_logs, running_bot

    async def test_ask() -> None:
        async with DiscordStandIn(ack_deadline=3.0) as standin:     # start() + patch_discord()
            with capture_logs() as errors:                          # ERROR records of "discord"
                # build the bot with guild_ready_timeout=0.05, or every start waits 2 s
                async with running_bot(lambda: make_bot(standin), standin) as bot:
                    ix = await standin.invoke_command("ask", {"question": "how much?"})
                    response = await ix.wait_response()             # CallbackRecord(type, data, time)
                    assert response.type == 4
                    assert "how much" in ix.original["content"]
            errors.assert_clean()
            standin.assert_clean()                                  # no unknown routes / stand-in bugs

Fixtures: this repository's ``tests/conftest.py`` defines ``standin`` (a patched stand-in that calls
``assert_clean()`` at teardown) and ``discord_errors`` (autouse) once for every test folder. The package
itself never imports pytest: local mode uses it at run time.

Local mode (no test helpers needed)::

    async with DiscordStandIn() as standin:   # patched for the whole block
        async with bot:                        # build it with guild_ready_timeout=0.05
            runner = asyncio.create_task(bot.start(standin.token))
            await standin.wait_until_ready()
            await standin.post_message(standin.general_channel_id, standin.member_id, "hello")
            reply = await standin.wait_for_bot_message()   # blocks until the bot's next message
            ...
            await bot.close()                  # close the bot before the stand-in stops
            await runner

All stand-in methods must run on the bot's event loop (no threads involved).

Construction and lifecycle (``discord_standin.server``)
----------------------------------------------------
``DiscordStandIn(*, token="test-token", ack_deadline=3.0, shards=1, host="127.0.0.1", port=0,
world=None, bot_name="Alliance Ledger", enforce_command_permissions=True)``

- ``await start()`` / ``await stop()``; ``running``; ``async with DiscordStandIn() as s`` does
  start + patch and the reverse on exit.
- ``patch_discord() -> DiscordPatch``: a ``with`` / ``async with`` context manager setting the
  three discord.py class attributes and restoring the previous values.
- ``base_url``, ``api_base`` (``.../api/v10``), ``gateway_url`` (``ws://.../gateway``), ``cdn_base``.
- ``token`` is checked on every bot-authenticated route (``Authorization: Bot <token>``); a wrong
  token answers 401, so ``bot.start("wrong")`` raises ``discord.LoginFailure``. A wrong token in
  IDENTIFY closes the gateway with 4004. The token is never logged or recorded.
- ``ack_deadline``: seconds an interaction may stay unacknowledged; a later callback gets 404
  ``{"code": 10062, "message": "Unknown interaction"}``; a second callback gets 400 code 40060.
- ``shards``: what ``GET /gateway/bot`` reports (for ``AutoShardedBot``).
- ``enforce_command_permissions``: ``invoke_command`` raises ``PermissionError`` when the user
  lacks the command's ``default_member_permissions`` (Discord would hide the command);
  ``invoke_command(..., bypass_permissions=True)`` skips that to test the bot's own checks.

The default world
-----------------
One guild "Alliance HQ" (``guild_id``, ``guild``) with text channels ``general``, ``ledger``,
``mod-log`` and users (``users`` maps username -> id; all are guild members):

- the bot (``bot_user`` / ``bot_user_id`` == ``application_id``), with a managed bot role;
- ``alice`` = ``admin_id``: role "Admin" (Manage Server, Manage Roles, Manage Messages);
- ``morgan`` = ``moderator_id``: role "Moderator" (Manage Messages, Moderate Members, Kick);
- ``bob`` = ``member_id`` and ``carol`` = ``other_member_id``: plain members;
- ``otherbot`` = ``other_bot_id``: another bot account;
- ``owner``: the guild owner (all permissions), otherwise unused.

``channels`` / ``roles`` map names to ids (``general_channel_id`` shortcut; the @everyone role id is
the guild id). Extend it with ``add_member(username, *, roles=(), bot=False, global_name=None,
nick=None, guild_id=None) -> int``, ``add_user(username, *, bot=False, global_name=None) -> int``
(not a guild member; for DMs), ``add_channel(name, *, topic=None, guild_id=None) -> int``,
``add_role(name, *, permissions=0, members=(), guild_id=None) -> int``,
``assign_role(user_id, role_id, *, guild_id=None)``, ``dm_channel_id(user_id) -> int``. A
connected bot is sent the matching gateway event. ``discord_standin.world`` has permission bits.

Playing users (all ``async``; ``user_id`` defaults to ``member_id``, ``channel_id`` to general)
------------------------------------------------------------------------------------------------
- ``post_message(channel_id, author_id, content="", *, attachments=(), embeds=(), reply_to=None)
  -> dict``: MESSAGE_CREATE; ``mentions``/``mention_roles`` are parsed from ``<@id>``, ``<@!id>``,
  ``<@&id>``. ``channel_id=None`` means general. ``attachments`` items: ``UploadedFile`` or
  ``(filename, bytes[, content_type])``. Without the message-content intent the bot gets blanked
  content unless it is mentioned or it is a DM, as on Discord.
- ``edit_user_message(message_id, content) -> dict``, ``delete_user_message(message_id)``,
  ``react(message_id, user_id, emoji)`` / ``unreact(message_id, user_id, emoji)`` (``emoji``:
  unicode or ``name:id``).
- ``invoke_command(command, options=None, *, user_id=None, channel_id=None, attachments=None,
  bypass_permissions=False) -> InteractionRecord``: ``command`` is ``"ask"``, ``"kb refresh"`` or
  ``("kb", "refresh")``; it must have been synced by the bot (else ``UnknownCommandError``).
  ``options`` maps option names to values (ids for user/channel/role options); ``attachments``
  maps attachment-option names to files, served from the stand-in so ``Attachment.read()`` works.
- ``invoke_message_command(name, message_id, *, user_id=None) -> InteractionRecord``: a user picks
  the message context-menu command ``name`` on a message (``data.target_id`` and
  ``data.resolved.messages``, as Discord sends them; the interaction comes from the message's channel).
- ``autocomplete(command, option, value, *, options=None, user_id=None, channel_id=None,
  timeout=5.0) -> list[dict]``: the choices (``{"name", "value"}``) the bot answered with.
  ``start_autocomplete(...) -> InteractionRecord`` does not wait.
- ``click(message_id, custom_id, *, user_id=None) -> InteractionRecord`` (buttons) and
  ``select(message_id, custom_id, values, *, user_id=None) -> InteractionRecord`` (any select).
  The full message payload is included, so a ``discord.ui.View`` receives it.
- ``submit_modal(opened_by: InteractionRecord, values: Mapping[custom_id, value], *, user_id=None)
  -> InteractionRecord``: fills in the modal the bot answered ``opened_by`` with.

``InteractionRecord`` (``discord_standin.interactions``)
-----------------------------------------------------
``id``, ``token``, ``type``, ``payload`` (the INTERACTION_CREATE data), ``response:
CallbackRecord | None`` (``type``: 4 message, 5 deferred, 6 deferred update, 7 update, 8
autocomplete, 9 modal; ``data``: the callback's data), ``response_type``, ``acknowledged``,
``rejected: list[(status, code)]`` (e.g. ``(404, 10062)`` late, ``(400, 40060)`` double ack),
``original`` (current ``@original`` message after edits; for 6/7 the clicked message),
``followups: list[dict]``, ``choices`` (autocomplete), ``modal``, ``message`` (clicked message),
``await wait_response(timeout=5.0) -> CallbackRecord``, ``await wait_followups(count=1,
timeout=5.0) -> list[dict]``, ``await wait_original(predicate=None, timeout=5.0) -> dict`` (waits
until ``@original`` exists and is no longer "thinking"). After a thinking defer (type 5) the first
followup replaces the placeholder, as on Discord: it is both ``original`` and ``followups[0]``.

Observing the bot
-----------------
- Message dicts are Discord payloads (``id``, ``channel_id``, ``guild_id``, ``author``, ``content``,
  ``embeds``, ``components``, ``attachments``, ``flags`` (64 = ephemeral), ``message_reference``,
  ``interaction_metadata`` ...) plus, for bot messages, ``allowed_mentions`` exactly as the bot sent
  it (``AllowedMentions.none()`` is ``{"parse": []}``; ``None`` if the bot sent none). The
  ``mentions`` of bot messages honour ``allowed_mentions``. Attachment bytes:
  ``attachment_bytes(attachment_dict_or_id) -> bytes``.
- ``await wait_for_bot_message(channel_id=None, *, timeout=5.0, predicate=None) -> dict``: the
  oldest bot message not yet returned by this method (channel messages, interaction responses and
  followups, ephemeral included; "thinking" placeholders only once edited).
- ``messages(channel_id) -> list[dict]`` (non-ephemeral, oldest first), ``message(message_id)``,
  ``bot_messages(channel_id=None)`` (incl. ephemeral), ``typing`` (channel ids),
  ``registered_commands(guild_id=None) -> list[dict]`` (what the bot synced, with ids).
- ``requests: list[RecordedRequest]`` (``method``, ``path`` relative to the API base, ``query``,
  ``json``, ``files: list[UploadedFile]``, ``time``, ``status``, ``route``, ``response``) and
  ``await wait_for_request(method, path_prefix, *, timeout=5.0, since=0)``.
- ``unknown_routes: list[RecordedRequest]`` (answered 404 ``{"message": "404: Not Found", "code":
  0}``, never 5xx), ``internal_errors: list[str]``, ``problems() -> list[str]``, ``assert_clean()``.
- ``await wait_for(predicate, timeout=5.0, what="")``: re-checks ``predicate()`` after every
  request/event and returns its first truthy value (``TimeoutError`` otherwise).

Gateway control
---------------
``await wait_until_ready(timeout=5.0)``; ``identifies``, ``resumes`` counters;
``await send_reconnect(*, wait=True, timeout=5.0)`` sends op 7 and (by default) waits until the
client RESUMEd; ``await send_invalid_session(*, resumable=False, wait=True, timeout=5.0)`` (a
non-resumable one makes discord.py sleep 5 s in ``before_identify_hook`` before re-IDENTIFYing;
override that hook on the bot in tests). ``gateway.received`` holds the client's payloads (token
redacted); ``gateway.sessions`` the sessions (``shard_id``, ``intents``, ``seq``). Op 8 member
requests are answered with GUILD_MEMBERS_CHUNK echoing the nonce. Events honour the intents:
GUILD_MESSAGES / DIRECT_MESSAGES gate messages, MESSAGE_CONTENT blanks others' content, GUILDS
gates GUILD_CREATE. ``AutoShardedBot``: ``DiscordStandIn(shards=n)``; override its
``before_identify_hook`` in tests, or discord.py waits 5 s between shards.

Modules: ``server`` (DiscordStandIn, DiscordPatch), ``gateway``, ``rest`` (routes, RecordedRequest),
``actions`` (building interactions, applying callbacks), ``interactions`` (InteractionRecord,
command registry, options), ``messages`` (MessageStore, UploadedFile), ``payloads``, ``world``
(users/guilds/roles/channels, permission bits, default world), ``testing``.

Errors logged by discord.py
---------------------------
discord.py only *logs* exceptions raised in commands, views and event handlers (loggers under
``discord``), so tests must check the log: ``discord_standin.testing.capture_logs()`` returns a
``LogCapture`` (``records``, ``take()``, ``assert_clean()``); the ``discord_errors`` fixture
asserts clean at teardown unless the test called ``discord_errors.take()``. With pytest's
``caplog`` the equivalent is ``[r for r in caplog.records if r.name.startswith("discord") and
r.levelno >= logging.ERROR]``.
"""

from discord_standin.interactions import CallbackRecord, InteractionRecord, UnknownCommandError
from discord_standin.messages import UploadedFile
from discord_standin.rest import RecordedRequest
from discord_standin.server import DiscordPatch, DiscordStandIn

__all__ = [
    "CallbackRecord",
    "DiscordPatch",
    "DiscordStandIn",
    "InteractionRecord",
    "RecordedRequest",
    "UnknownCommandError",
    "UploadedFile",
]
