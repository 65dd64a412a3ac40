"""The embedded store: one SQLite file in the data folder (WAL), shared by the processes of one host.

The cross-process lock is an `flock` on a file beside the database: the kernel releases it when
its process dies, so a killed refresh never leaves the knowledge base locked. Other processes
notice changes by polling `PRAGMA data_version`, which moves whenever another connection commits.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from bot.store.base import Store
from bot.store.records import ChangeToken

log = logging.getLogger(__name__)

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS blobs (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, data BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, name_key TEXT NOT NULL UNIQUE, "
    "sha256 TEXT NOT NULL REFERENCES blobs (sha256), uploader TEXT NOT NULL, uploader_id INTEGER NOT NULL, "
    "added_at REAL NOT NULL)",
    "CREATE TABLE IF NOT EXISTS versions (version TEXT PRIMARY KEY, content_sha256 TEXT NOT NULL, "
    "snapshot BLOB NOT NULL, manifest TEXT NOT NULL, created_at REAL NOT NULL)",
    "CREATE TABLE IF NOT EXISTS pointer (id INTEGER PRIMARY KEY CHECK (id = 1), "
    "version TEXT NOT NULL REFERENCES versions (version), seq INTEGER NOT NULL, changed_at REAL NOT NULL)",
    "CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT NOT NULL, "
    "actor TEXT NOT NULL, actor_id INTEGER NOT NULL, ok INTEGER NOT NULL, at REAL NOT NULL, guild_id INTEGER, "
    "old_version TEXT, new_version TEXT, added INTEGER NOT NULL, removed INTEGER NOT NULL, "
    "changed INTEGER NOT NULL, document TEXT, detail TEXT)",
    "CREATE TABLE IF NOT EXISTS guild_config (guild_id INTEGER PRIMARY KEY, answer_channels TEXT, "
    "moderator_roles TEXT, log_channel INTEGER)",
    "CREATE TABLE IF NOT EXISTS state (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS locks (name TEXT PRIMARY KEY, holder TEXT NOT NULL, since REAL NOT NULL)",
    "CREATE TABLE IF NOT EXISTS answers (id TEXT PRIMARY KEY, question TEXT NOT NULL, version TEXT NOT NULL, "
    "band TEXT NOT NULL, facts TEXT NOT NULL, at REAL NOT NULL)",
    "CREATE TABLE IF NOT EXISTS votes (answer_id TEXT NOT NULL, voter TEXT NOT NULL, up INTEGER NOT NULL, "
    "at REAL NOT NULL, PRIMARY KEY (answer_id, voter))",
    "CREATE TABLE IF NOT EXISTS gaps (id INTEGER PRIMARY KEY AUTOINCREMENT, question TEXT NOT NULL, "
    "question_key TEXT NOT NULL, at REAL NOT NULL)",
    "CREATE INDEX IF NOT EXISTS gaps_at ON gaps (at)",
    "CREATE INDEX IF NOT EXISTS answers_at ON answers (at)",
    "CREATE TABLE IF NOT EXISTS quarantine (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, "
    "sha256 TEXT NOT NULL, data BLOB NOT NULL, reason TEXT NOT NULL, source TEXT NOT NULL, at REAL NOT NULL)",
)


def connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, timeout=30.0, check_same_thread=False, isolation_level=None)
    connection.execute("PRAGMA busy_timeout = 30000")
    connection.execute("PRAGMA journal_mode = WAL")
    # NORMAL in WAL mode never corrupts the file; a power cut may lose the last commits (votes, gaps).
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA foreign_keys = ON")
    return connection


class _Connection:
    """sqlite3 in autocommit mode with explicit BEGIN IMMEDIATE, so writers queue instead of deadlocking."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.raw = connection
        self.open = False

    def begin(self, write: bool) -> None:
        self.raw.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        self.open = True

    def cursor(self) -> sqlite3.Cursor:
        return self.raw.cursor()

    def commit(self) -> None:
        if self.open:
            self.raw.execute("COMMIT")
            self.open = False

    def rollback(self) -> None:
        if self.open:
            self.raw.execute("ROLLBACK")
            self.open = False


class SQLiteStore(Store):
    kind = "sqlite"

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._raw = connect(self.path)
        self._wrapped = _Connection(self._raw)
        self._lock_path = self.path.with_name(self.path.name + ".lock")
        self._local_locks: set[str] = set()
        self._local_guard = threading.Lock()
        self.create_schema()

    def _connection(self) -> _Connection:
        return self._wrapped

    def _begin(self, connection: _Connection, write: bool) -> None:
        connection.begin(write)

    def _schema(self) -> Sequence[str]:
        return SCHEMA

    def _notify(self, cursor: object, channel: str, payload: str) -> None:
        return  # other processes see the commit through PRAGMA data_version

    @contextlib.contextmanager
    def _exclusive(self, name: str) -> Iterator[bool]:
        with self._local_guard:
            if name in self._local_locks:  # flock is per open file: two tasks of one process need this too
                taken_here = False
            else:
                self._local_locks.add(name)
                taken_here = True
        if not taken_here:
            yield False
            return
        try:
            with open(self._lock_path.with_suffix(f".{name}.lock"), "a+b") as handle:
                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    yield False
                    return
                try:
                    yield True
                finally:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        finally:
            with self._local_guard:
                self._local_locks.discard(name)

    def watch(self, on_change: Callable[[ChangeToken], None], stop: threading.Event, interval: float) -> None:
        watcher = connect(self.path)
        try:
            last_data_version = None
            while not stop.is_set():
                try:
                    data_version = watcher.execute("PRAGMA data_version").fetchone()[0]
                    if data_version != last_data_version:
                        last_data_version = data_version
                        on_change(self.change_token())
                except sqlite3.Error as error:
                    log.warning("Could not poll the store for changes: %s", error)
                stop.wait(interval)
        finally:
            watcher.close()

    def close(self) -> None:
        with self._guard:
            self._raw.close()

    def describe(self) -> str:
        return f"SQLite {self.path}"
