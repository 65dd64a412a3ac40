"""The bot class and the `create_bot` factory."""

from __future__ import annotations

import logging
import pkgutil
from collections.abc import Callable
from typing import Any

import aiohttp
import discord
from discord.ext import commands

from bot import collector, exts
from bot.arrivals import ACKNOWLEDGEMENTS_IN_FLIGHT, Arrivals
from bot.knowledge_service import KnowledgeService
from bot.memory import FollowUpMemory
from bot.settings import Settings
from bot.tree import LedgerTree

log = logging.getLogger(__name__)
HTTP_CONNECTIONS = ACKNOWLEDGEMENTS_IN_FLIGHT
OWN_ECHOES = ("MESSAGE_CREATE", "MESSAGE_UPDATE")


def extension_names() -> list[str]:
    """Every module in `bot.exts` except private ones (leading underscore), like python-discord/bot."""
    return sorted(
        f"{exts.__name__}.{module.name}"
        for module in pkgutil.iter_modules(exts.__path__)
        if not module.name.startswith("_")
    )


def intents() -> discord.Intents:
    # Message content is privileged; it is what lets the bot read questions in answer channels
    # that do not mention it. No members or presences intent: nothing here needs them.
    chosen = discord.Intents.none()
    chosen.guilds = True
    chosen.guild_messages = True
    chosen.message_content = True
    return chosen


class LedgerBot(commands.Bot):
    def __init__(self, settings: Settings, **options: Any) -> None:
        # The bot never joins voice: don't warn at every start that voice libraries are missing.
        discord.VoiceClient.warn_nacl = False
        discord.VoiceClient.warn_dave = False
        options.setdefault("allowed_mentions", discord.AllowedMentions.none())
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=options.pop("intents", intents()),
            tree_cls=LedgerTree,
            help_command=None,
            **options,
        )
        self.settings = settings
        self.arrivals = Arrivals()
        self._ignore_own_messages()
        self.knowledge = KnowledgeService(settings.documents_dir, settings.knowledge_base_path)
        self.memory = FollowUpMemory()

    def _ignore_own_messages(self) -> None:
        """Drop the gateway's echo of the bot's own messages before discord.py builds objects for them.

        Every answer comes back as MESSAGE_CREATE (the "thinking…" placeholder) and MESSAGE_UPDATE (the
        answer edited in), and building a `Message` costs about 0.3 ms: most of the bot's own CPU per
        `/ask`, spent in a burst just when acknowledgements are due. Nothing here reads those echoes:
        the bot keeps what it needs from the responses to its own requests.
        """
        parsers = self._connection.parsers
        for event in OWN_ECHOES:
            parsers[event] = self._unless_own(parsers[event])

    def _unless_own(self, parse: Callable[[Any], None]) -> Callable[[Any], None]:
        def parser(data: Any) -> None:
            me = self.user
            author = data.get("author") if isinstance(data, dict) else None
            if me is not None and isinstance(author, dict) and author.get("id") == str(me.id):
                return
            parse(data)

        return parser

    async def login(self, token: str) -> None:
        # discord.py's default connector opens a connection per concurrent request; in a burst that is
        # thousands of TLS handshakes. A bounded pool queues requests on warm keep-alive connections.
        if self.http.connector is discord.utils.MISSING:
            self.http.connector = aiohttp.TCPConnector(limit=HTTP_CONNECTIONS)
        await super().login(token)

    async def setup_hook(self) -> None:
        collector.tune()
        await self.knowledge.load()
        for name in extension_names():
            await self.load_extension(name)
        await self.sync_commands()
        collector.settle()  # everything loaded so far lives as long as the bot

    def knowledge_base_guilds(self) -> list[discord.Object]:
        """The home servers where the commands that change the knowledge base are registered (none: global)."""
        return [discord.Object(guild_id) for guild_id in self.settings.kb_home_guild_ids]

    async def sync_commands(self) -> None:
        guild_ids = self.settings.discord_guild_ids
        if not guild_ids:
            log.warning("DISCORD_GUILD_IDS is empty: syncing commands globally")
            await self.tree.sync()
        if not self.settings.kb_home_guild_ids:
            log.warning("No KB_ADMIN_GUILD_IDS or DISCORD_GUILD_IDS: only the application's owner can change the KB")
        for guild_id in guild_ids:
            self.tree.copy_global_to(guild=discord.Object(guild_id))
        for guild_id in dict.fromkeys((*guild_ids, *self.settings.kb_home_guild_ids)):
            synced = await self.tree.sync(guild=discord.Object(guild_id))
            log.info("Synced %d commands to guild %d", len(synced), guild_id)

    async def on_message(self, message: discord.Message, /) -> None:
        # Questions are handled by the answers extension; there are no prefix commands to process.
        return

    async def close(self) -> None:
        await super().close()
        self.knowledge.close()


class ShardedLedgerBot(LedgerBot, commands.AutoShardedBot):
    """The same bot on discord.py's AutoShardedClient, for large deployments."""


def create_bot(settings: Settings | None = None, **client_options: Any) -> LedgerBot:
    """Return an unstarted bot; `client_options` go to the discord.py client."""
    if settings is None:
        settings = Settings()  # type: ignore[call-arg]  # read from the environment
    if settings.sharded:
        client_options.setdefault("shard_count", settings.shard_count)
        if settings.shard_ids:
            client_options.setdefault("shard_ids", list(settings.shard_ids))
        return ShardedLedgerBot(settings, **client_options)
    return LedgerBot(settings, **client_options)
