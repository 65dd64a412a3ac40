"""Documents that did not build, kept with why and where they came from."""

from __future__ import annotations

import hashlib

from bot.store.records import Quarantined, now
from bot.store.sql import Database


class QuarantineLog:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, name: str, data: bytes, reason: str, source: str) -> None:
        sha = hashlib.sha256(data).hexdigest()
        db = self._db
        with db._transaction() as cursor:
            db._execute(
                cursor,
                "INSERT INTO quarantine (name, sha256, data, reason, source, at) VALUES (?, ?, ?, ?, ?, ?)",
                name,
                sha,
                data,
                reason,
                source,
                now(),
            )

    def recent(self, limit: int = 50) -> list[Quarantined]:
        rows = self._db._rows("SELECT name, reason, source, at, sha256 FROM quarantine ORDER BY id DESC LIMIT ?", limit)
        return [Quarantined(name, reason, source, float(at), sha) for name, reason, source, at, sha in rows]
