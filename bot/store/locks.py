"""The one knowledge-base lock across every process (refreshes, uploads, removals, replacements)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from bot.store.records import now
from bot.store.sql import Database

REFRESH_LOCK = "refresh"


class StoreBusy(Exception):
    """Another process (or task) holds the knowledge-base lock."""

    def __init__(self, holder: str | None) -> None:
        self.holder = holder
        super().__init__(f"held by {holder or 'another process'}")


class KnowledgeLock:
    """The backend's cross-process lock, with the holder's name recorded for whoever finds it taken."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @contextlib.contextmanager
    def hold(self, holder: str) -> Iterator[None]:
        db = self._db
        with db._exclusive(REFRESH_LOCK) as taken:
            if not taken:
                raise StoreBusy(self.holder())
            with db._transaction() as cursor:
                db._execute(cursor, "DELETE FROM locks WHERE name = ?", REFRESH_LOCK)
                db._execute(
                    cursor, "INSERT INTO locks (name, holder, since) VALUES (?, ?, ?)", REFRESH_LOCK, holder, now()
                )
            try:
                yield
            finally:
                with db._transaction() as cursor:
                    db._execute(cursor, "DELETE FROM locks WHERE name = ?", REFRESH_LOCK)

    def holder(self) -> str | None:
        """Who holds the lock now; a name left by a killed holder is cleared, not reported."""
        db = self._db
        rows = db._rows("SELECT holder FROM locks WHERE name = ?", REFRESH_LOCK)
        if not rows:
            return None
        with db._exclusive(REFRESH_LOCK) as free:
            if free:
                with db._transaction() as cursor:
                    db._execute(cursor, "DELETE FROM locks WHERE name = ?", REFRESH_LOCK)
                return None
        return rows[0][0]
