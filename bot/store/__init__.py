"""The knowledge base's store: SQLite in the data folder by default, PostgreSQL when DATABASE_URL is set."""

from __future__ import annotations

from pathlib import Path

from bot.store.base import Store, StoreBusy
from bot.store.records import AuditEntry, ChangeToken, Gap, GuildConfig, Pointer, Publication, StoredDocument

__all__ = [
    "AuditEntry",
    "ChangeToken",
    "Gap",
    "GuildConfig",
    "Pointer",
    "Publication",
    "Store",
    "StoreBusy",
    "StoredDocument",
    "open_store",
]


def open_store(database_url: str | None, sqlite_path: Path) -> Store:
    """PostgreSQL at `database_url` when given, else the SQLite file `sqlite_path` (created on first use)."""
    if database_url:
        from bot.store.postgres import PostgresStore  # noqa: PLC0415  # psycopg is needed only here

        return PostgresStore(database_url)
    from bot.store.sqlite import SQLiteStore  # noqa: PLC0415

    return SQLiteStore(sqlite_path)
