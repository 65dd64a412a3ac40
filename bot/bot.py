"""The bot class and the `create_bot` factory."""

from __future__ import annotations

import asyncio
import logging
import pkgutil
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any, cast

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot import collector, exts
from bot.arrivals import ACKNOWLEDGEMENTS_IN_FLIGHT, Arrivals
from bot.feedback import PickButton, Recorder, VoteButton
from bot.knowledge_service import KnowledgeService
from bot.memory import FollowUpMemory
from bot.metrics import BotMetrics
from bot.settings import Settings
from bot.store import GuildConfig, open_store
from bot.store.records import now
from bot.tree import LedgerTree
from knowledge.models import KnowledgeBase
from knowledge.paths import prepare_documents

log = logging.getLogger(__name__)
HTTP_CONNECTIONS = ACKNOWLEDGEMENTS_IN_FLIGHT
OWN_ECHOES = ("MESSAGE_CREATE", "MESSAGE_UPDATE")
PURGE_SECONDS = 6 * 3600


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
        self.knowledge = KnowledgeService(
            settings.documents_dir,
            settings.knowledge_base_path,
            open_store(settings.database_dsn, settings.store_path),
            quarantine_dir=settings.quarantine_dir,
            watch_interval=settings.store_watch_seconds,
        )
        self.memory = FollowUpMemory()
        self.guild_configs: dict[int, GuildConfig] = {}
        self.knowledge.on_config_change = self.reload_guild_configs
        self.recorder = Recorder(self.knowledge.store, self.knowledge.db)
        self._purging: asyncio.Task[None] | None = None
        self.metrics = BotMetrics(self.loaded_kb, lambda: self.arrivals.counts)
        self.knowledge.on_answer = self.metrics.answered
        self.knowledge.on_refresh = self.metrics.refreshed

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
        if await asyncio.to_thread(prepare_documents, self.settings.documents_dir, self.settings.data_dir):
            log.info("First start: copied the shipped documents to %s", self.settings.documents_dir)
        await self.knowledge.load()
        await self.reload_guild_configs()
        self.add_dynamic_items(VoteButton, PickButton)
        await self.forget_old_questions()
        self._purging = asyncio.create_task(self.forget_old_questions_daily())
        for name in extension_names():
            await self.load_extension(name)
        await self.sync_commands()
        collector.settle()  # everything loaded so far lives as long as the bot

    async def forget_old_questions(self) -> None:
        """Delete unanswered questions and voted answers older than GAP_RETENTION_DAYS."""
        retention = timedelta(days=self.settings.gap_retention_days).total_seconds()
        purged = await self.knowledge.db(self.knowledge.store.purge, now() - retention)
        if purged:
            log.info("Forgot %d unanswered questions older than %d days", purged, self.settings.gap_retention_days)

    async def forget_old_questions_daily(self) -> None:
        while True:
            await asyncio.sleep(PURGE_SECONDS)
            try:
                await self.forget_old_questions()
            except Exception:
                log.exception("Could not forget old questions")

    async def reload_guild_configs(self) -> None:
        """Per-server settings from the store (changed by /config in any process)."""
        self.guild_configs = await self.knowledge.db(self.knowledge.store.guild_configs)

    def guild_config(self, guild_id: int | None) -> GuildConfig:
        return self.guild_configs.get(guild_id or 0) or GuildConfig(guild_id or 0)

    def answer_channels(self, guild_id: int | None) -> frozenset[int]:
        """The server's own answer channels, or ANSWER_CHANNEL_IDS until it sets some."""
        configured = self.guild_config(guild_id).answer_channels
        return frozenset(self.settings.answer_channel_ids if configured is None else configured)

    def moderator_roles(self, guild_id: int | None) -> frozenset[int]:
        configured = self.guild_config(guild_id).moderator_roles
        return frozenset(self.settings.moderator_role_ids if configured is None else configured)

    def log_channels(self, guild_id: int | None) -> list[int]:
        """Where a change is posted: the log channels of the home servers (all servers when there are none),
        and of the server it was made in."""
        home = set(self.settings.kb_home_guild_ids)
        return sorted(
            {
                config.log_channel
                for config in self.guild_configs.values()
                if config.log_channel is not None
                and (not home or config.guild_id in home or config.guild_id == guild_id)
            }
        )

    async def post_change(self, embed: discord.Embed, guild_id: int | None, *, only_guild: bool = False) -> None:
        """Post a change to the log channels; a channel the bot cannot post in is skipped and logged."""
        channels = self.log_channels(guild_id)
        if only_guild:
            own = self.guild_config(guild_id).log_channel
            channels = [own] if own is not None else []
        for channel_id in channels:
            try:
                await self.get_partial_messageable(channel_id).send(
                    embed=embed, allowed_mentions=discord.AllowedMentions.none()
                )
            except discord.HTTPException as error:
                log.warning("Could not post to log channel %d: %s", channel_id, error)

    def knowledge_base_group(self, name: str = "kb") -> app_commands.Group | None:
        """The `/kb` group the admin extension registered: the same object in every home server (or global)."""
        home = self.knowledge_base_guilds()
        group = self.tree.get_command(name, guild=home[0] if home else None)
        return group if isinstance(group, app_commands.Group) else None

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

    def loaded_kb(self) -> KnowledgeBase | None:
        try:
            return self.knowledge.kb
        except RuntimeError:  # not loaded yet
            return None

    @property
    def tree(self) -> LedgerTree:
        return cast(LedgerTree, super().tree)

    @property
    def draining(self) -> bool:
        return self.tree.draining

    def gateway_connected(self) -> bool:
        """The gateway session is open, so events (interactions) arrive, even before discord.py's `ready`."""
        return self.ws is not None

    def readiness(self) -> dict[str, bool]:
        """What /readyz checks: the knowledge base is loaded, the gateway connected, and no shutdown under way."""
        return {
            "knowledge_base": self.loaded_kb() is not None,
            "gateway": self.is_ready() and not self.is_closed() and self.ws is not None and self.ws.open,
            "accepting": not self.draining,
        }

    def dispatch(self, event_name: str, /, *args: Any, **kwargs: Any) -> None:
        # While shutting down, new questions in messages are not started (commands are told; see LedgerTree).
        if event_name == "message" and self.draining:
            return
        super().dispatch(event_name, *args, **kwargs)

    async def on_error(self, event_method: str, /, *args: Any, **kwargs: Any) -> None:
        self.metrics.errors.inc()
        await super().on_error(event_method, *args, **kwargs)

    async def shutdown(self, timeout: float) -> None:
        """Graceful stop: take no new interactions, let those in flight finish within `timeout`, then close."""
        started = time.perf_counter()
        cut_off = await self.tree.drain(timeout)
        for _ in range(cut_off):
            self.metrics.unanswered("shutdown")
        log.info(
            "Shutting down: in-flight commands finished in %.2f s, %d cut off and told the bot is restarting",
            time.perf_counter() - started,
            cut_off,
        )
        await self.close()

    async def close(self) -> None:
        if self._purging is not None:
            self._purging.cancel()
        await super().close()
        await self.recorder.flush()
        await self.knowledge.close()


class ShardedLedgerBot(LedgerBot, commands.AutoShardedBot):
    """The same bot on discord.py's AutoShardedClient, for large deployments."""

    def gateway_connected(self) -> bool:
        return bool(self.shards)  # a shard is listed once its gateway session is open


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
