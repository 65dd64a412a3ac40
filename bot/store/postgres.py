"""The shared store: PostgreSQL (psycopg 3) for processes on several hosts, chosen by DATABASE_URL.

The cross-process lock is a session advisory lock on a connection of its own (PostgreSQL releases
it when that connection dies, so a killed refresh never leaves it held); changes are announced with
`NOTIFY ledger_changes` inside the publishing transaction (delivered only on commit), and every
listener re-reads the pointer whenever it (re)connects, so a notification missed while
disconnected is never a missed version.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator, Sequence

import psycopg
from psycopg.conninfo import conninfo_to_dict

from bot.store.base import Store
from bot.store.records import ChangeToken

log = logging.getLogger(__name__)

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS blobs (sha256 TEXT PRIMARY KEY, size BIGINT NOT NULL, data BYTEA NOT NULL)",
    "CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, name_key TEXT NOT NULL UNIQUE, "
    "sha256 TEXT NOT NULL REFERENCES blobs (sha256), uploader TEXT NOT NULL, uploader_id BIGINT NOT NULL, "
    "added_at DOUBLE PRECISION NOT NULL)",
    "CREATE TABLE IF NOT EXISTS versions (version TEXT PRIMARY KEY, content_sha256 TEXT NOT NULL, "
    "snapshot BYTEA NOT NULL, manifest TEXT NOT NULL, created_at DOUBLE PRECISION NOT NULL)",
    "CREATE TABLE IF NOT EXISTS pointer (id INTEGER PRIMARY KEY CHECK (id = 1), "
    "version TEXT NOT NULL REFERENCES versions (version), seq BIGINT NOT NULL, changed_at DOUBLE PRECISION NOT NULL)",
    "CREATE TABLE IF NOT EXISTS audit (id BIGSERIAL PRIMARY KEY, action TEXT NOT NULL, actor TEXT NOT NULL, "
    "actor_id BIGINT NOT NULL, ok INTEGER NOT NULL, at DOUBLE PRECISION NOT NULL, guild_id BIGINT, "
    "old_version TEXT, new_version TEXT, added INTEGER NOT NULL, removed INTEGER NOT NULL, "
    "changed INTEGER NOT NULL, document TEXT, detail TEXT)",
    "CREATE TABLE IF NOT EXISTS guild_config (guild_id BIGINT PRIMARY KEY, answer_channels TEXT, "
    "moderator_roles TEXT, log_channel BIGINT)",
    "CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS locks (name TEXT PRIMARY KEY, holder TEXT NOT NULL, since DOUBLE PRECISION NOT NULL)",
    "CREATE TABLE IF NOT EXISTS answers (id TEXT PRIMARY KEY, question TEXT NOT NULL, version TEXT NOT NULL, "
    "band TEXT NOT NULL, facts TEXT NOT NULL, at DOUBLE PRECISION NOT NULL)",
    "CREATE TABLE IF NOT EXISTS votes (answer_id TEXT NOT NULL, voter TEXT NOT NULL, up INTEGER NOT NULL, "
    "at DOUBLE PRECISION NOT NULL, PRIMARY KEY (answer_id, voter))",
    "CREATE TABLE IF NOT EXISTS gaps (id BIGSERIAL PRIMARY KEY, question TEXT NOT NULL, question_key TEXT NOT NULL, "
    "at DOUBLE PRECISION NOT NULL)",
    "CREATE INDEX IF NOT EXISTS gaps_at ON gaps (at)",
    "CREATE INDEX IF NOT EXISTS answers_at ON answers (at)",
    "CREATE TABLE IF NOT EXISTS quarantine (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, sha256 TEXT NOT NULL, "
    "data BYTEA NOT NULL, reason TEXT NOT NULL, source TEXT NOT NULL, at DOUBLE PRECISION NOT NULL)",
)
SCHEMA_LOCK = 7_301_001  # serialises CREATE TABLE IF NOT EXISTS when several processes start at once
LOCK_KEYS = {"refresh": 7_301_002}


class PostgresStore(Store):
    kind = "postgresql"
    placeholder = "%s"

    def __init__(self, url: str, *, connect_timeout: float = 10.0) -> None:
        super().__init__()
        self._url = url
        self._timeout = connect_timeout
        self._conn = self._connect()
        with self._guard:
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
            for statement in SCHEMA:
                self._conn.execute(statement)
            self._conn.execute("INSERT INTO state (name, value) VALUES ('config_seq', 0) ON CONFLICT (name) DO NOTHING")
            self._conn.commit()

    def _connect(self, *, autocommit: bool = False) -> psycopg.Connection:
        return psycopg.connect(self._url, autocommit=autocommit, connect_timeout=max(1, int(self._timeout)))

    def _connection(self) -> psycopg.Connection:
        if self._conn.closed or self._conn.broken:
            log.warning("Reconnecting to the PostgreSQL store")
            self._conn = self._connect()
        return self._conn

    def _schema(self) -> Sequence[str]:
        return SCHEMA

    def create_schema(self) -> None:
        return  # done in __init__ under an advisory lock

    def _notify(self, cursor: psycopg.Cursor, channel: str, payload: str) -> None:
        cursor.execute("SELECT pg_notify(%s, %s)", (channel, payload))

    @contextlib.contextmanager
    def _exclusive(self, name: str) -> Iterator[bool]:
        holder = self._connect(autocommit=True)
        try:
            taken = bool(holder.execute("SELECT pg_try_advisory_lock(%s)", (LOCK_KEYS[name],)).fetchone()[0])  # type: ignore[index]
            try:
                yield taken
            finally:
                if taken:
                    holder.execute("SELECT pg_advisory_unlock(%s)", (LOCK_KEYS[name],))
        finally:
            holder.close()

    def watch(self, on_change: Callable[[ChangeToken], None], stop: threading.Event, interval: float) -> None:
        while not stop.is_set():
            try:
                with self._connect(autocommit=True) as listener:
                    listener.execute("LISTEN ledger_changes")
                    on_change(self.change_token())  # (re)connected: whatever was missed is read now
                    while not stop.is_set():
                        if any(True for _ in listener.notifies(timeout=interval, stop_after=1)):
                            on_change(self.change_token())
            except psycopg.Error as error:
                log.warning("Lost the PostgreSQL change listener (%s); reconnecting", type(error).__name__)
                stop.wait(min(interval, 1.0))

    def close(self) -> None:
        with self._guard:
            self._conn.close()

    def describe(self) -> str:
        params = conninfo_to_dict(self._url)
        return f"PostgreSQL {params.get('host', 'localhost')}:{params.get('port', 5432)}/{params.get('dbname', '')}"
