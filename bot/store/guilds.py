"""Per-server settings: answer channels, moderator roles, the log channel."""

from __future__ import annotations

import json

from bot.store.audit import AuditLog
from bot.store.records import AuditEntry, GuildConfig
from bot.store.sql import CHANGES_CHANNEL, Database


class GuildSettings:
    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    def all(self) -> dict[int, GuildConfig]:
        rows = self._db._rows("SELECT guild_id, answer_channels, moderator_roles, log_channel FROM guild_config")
        return {
            int(guild): GuildConfig(
                int(guild),
                None if channels is None else tuple(json.loads(channels)),
                None if roles is None else tuple(json.loads(roles)),
                None if log_channel is None else int(log_channel),
            )
            for guild, channels, roles, log_channel in rows
        }

    def set(self, config: GuildConfig, audit: AuditEntry) -> None:
        """Replace a server's settings, move the settings sequence and audit it, in one transaction."""
        db = self._db
        with db._transaction() as cursor:
            db._execute(cursor, "DELETE FROM guild_config WHERE guild_id = ?", config.guild_id)
            db._execute(
                cursor,
                "INSERT INTO guild_config (guild_id, answer_channels, moderator_roles, log_channel) "
                "VALUES (?, ?, ?, ?)",
                config.guild_id,
                None if config.answer_channels is None else json.dumps(list(config.answer_channels)),
                None if config.moderator_roles is None else json.dumps(list(config.moderator_roles)),
                config.log_channel,
            )
            db._execute(cursor, "UPDATE state SET value = value + 1 WHERE name = 'config_seq'")
            self._audit.insert(cursor, audit)
            db._notify(cursor, CHANGES_CHANNEL, "config")
