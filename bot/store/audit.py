"""The audit log: every change to the knowledge base and to a server's settings, and who made it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.store.records import AuditEntry
from bot.store.sql import CHANGES_CHANNEL, Database

AUDIT_COLUMNS = (
    "action, actor, actor_id, ok, at, guild_id, old_version, new_version, added, removed, changed, document, detail"
)
REFRESH_ACTIONS = ("refresh", "upload", "remove", "replace", "import")


class AuditLog:
    def __init__(self, db: Database) -> None:
        self._db = db

    def insert(self, cursor: Any, entry: AuditEntry) -> None:
        """Add `entry` inside the caller's transaction (a publication, a settings change)."""
        self._db._execute(
            cursor,
            f"INSERT INTO audit ({AUDIT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            entry.action,
            entry.actor,
            entry.actor_id,
            1 if entry.ok else 0,
            entry.at,
            entry.guild_id,
            entry.old_version,
            entry.new_version,
            entry.added,
            entry.removed,
            entry.changed,
            entry.document,
            entry.detail,
        )

    def add(self, entry: AuditEntry) -> None:
        with self._db._transaction() as cursor:
            self.insert(cursor, entry)
            self._db._notify(cursor, CHANGES_CHANNEL, "audit")

    def history(self, limit: int = 50, offset: int = 0, actions: Sequence[str] = ()) -> list[AuditEntry]:
        where = f"WHERE action IN ({', '.join('?' for _ in actions)})" if actions else ""
        rows = self._db._rows(
            f"SELECT id, {AUDIT_COLUMNS} FROM audit {where} ORDER BY id DESC LIMIT ? OFFSET ?",
            *actions,
            limit,
            offset,
        )
        return [
            AuditEntry(
                id=int(row[0]),
                action=row[1],
                actor=row[2],
                actor_id=int(row[3]),
                ok=bool(row[4]),
                at=float(row[5]),
                guild_id=None if row[6] is None else int(row[6]),
                old_version=row[7],
                new_version=row[8],
                added=int(row[9]),
                removed=int(row[10]),
                changed=int(row[11]),
                document=row[12],
                detail=row[13],
            )
            for row in rows
        ]

    def last_refresh(self) -> AuditEntry | None:
        entries = self.history(1, actions=REFRESH_ACTIONS)
        return entries[0] if entries else None
