"""The store: one small interface over SQLite (one host) and PostgreSQL (several hosts).

Everything here is blocking and thread-safe (one connection behind a lock); the bot calls it
through `asyncio.to_thread`. The SQL is shared; each backend supplies its placeholders, its
DDL, its cross-process lock and how it notices changes made by other processes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from bot.store.records import (
    AuditEntry,
    ChangeToken,
    Gap,
    GuildConfig,
    Pointer,
    Publication,
    Quarantined,
    StoredDocument,
    now,
)

AUDIT_COLUMNS = (
    "action, actor, actor_id, ok, at, guild_id, old_version, new_version, added, removed, changed, document, detail"
)
REFRESH_ACTIONS = ("refresh", "upload", "remove", "replace", "import")
REFRESH_LOCK = "refresh"


class StoreBusy(Exception):
    """Another process (or task) holds the knowledge-base lock."""

    def __init__(self, holder: str | None) -> None:
        self.holder = holder
        super().__init__(f"held by {holder or 'another process'}")


def voter_key(answer_id: str, user_id: int) -> str:
    # One vote per member and answer without keeping who voted.
    return hashlib.sha256(f"{answer_id}:{user_id}".encode()).hexdigest()[:32]


def gap_key(question: str) -> str:
    return " ".join(question.casefold().split())


class Store(ABC):
    """Documents, versions, the current pointer, the audit log, server settings, feedback and gaps."""

    kind: str
    placeholder = "?"

    def __init__(self) -> None:
        self._guard = threading.RLock()

    # -- backend hooks ------------------------------------------------------------------------

    @abstractmethod
    def _connection(self) -> Any: ...

    @abstractmethod
    def _schema(self) -> Sequence[str]: ...

    @abstractmethod
    @contextlib.contextmanager
    def _exclusive(self, name: str) -> Iterator[bool]:
        """Try to take the cross-process lock `name`; yield whether it was taken."""

    @abstractmethod
    def _notify(self, cursor: Any, channel: str, payload: str) -> None: ...

    @abstractmethod
    def watch(self, on_change: Callable[[ChangeToken], None], stop: threading.Event, interval: float) -> None:
        """Call `on_change` with the token now and after every change by any process, until `stop`."""

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def describe(self) -> str:
        """Where the store lives, without secrets."""

    # -- SQL plumbing -------------------------------------------------------------------------

    def _sql(self, statement: str) -> str:
        return statement if self.placeholder == "?" else statement.replace("?", self.placeholder)

    def _begin(self, connection: Any, write: bool) -> None:  # noqa: B027  # an optional hook
        """Start a transaction explicitly where the driver does not (SQLite: IMMEDIATE for writers)."""

    @contextlib.contextmanager
    def _transaction(self, write: bool = True) -> Iterator[Any]:
        with self._guard:
            connection = self._connection()
            self._begin(connection, write)
            cursor = connection.cursor()
            try:
                yield cursor
                connection.commit()
            except BaseException:
                connection.rollback()
                raise
            finally:
                cursor.close()

    def _rows(self, statement: str, *params: object) -> list[tuple[Any, ...]]:
        with self._transaction(write=False) as cursor:
            cursor.execute(self._sql(statement), params)
            return list(cursor.fetchall())

    def _execute(self, cursor: Any, statement: str, *params: object) -> None:
        cursor.execute(self._sql(statement), params)

    def create_schema(self) -> None:
        with self._transaction() as cursor:
            for statement in self._schema():
                cursor.execute(statement)
            self._execute(
                cursor,
                "INSERT INTO state (name, value) VALUES ('config_seq', 0) ON CONFLICT (name) DO NOTHING",
            )

    # -- the lock -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def knowledge_lock(self, holder: str) -> Iterator[None]:
        """The one lock for refreshes, uploads, removals and replacements across every process."""
        with self._exclusive(REFRESH_LOCK) as taken:
            if not taken:
                raise StoreBusy(self.lock_holder())
            with self._transaction() as cursor:
                self._execute(cursor, "DELETE FROM locks WHERE name = ?", REFRESH_LOCK)
                self._execute(
                    cursor, "INSERT INTO locks (name, holder, since) VALUES (?, ?, ?)", REFRESH_LOCK, holder, now()
                )
            try:
                yield
            finally:
                with self._transaction() as cursor:
                    self._execute(cursor, "DELETE FROM locks WHERE name = ?", REFRESH_LOCK)

    def lock_holder(self) -> str | None:
        """Who holds the knowledge lock now; a name left by a killed holder is cleared, not reported."""
        rows = self._rows("SELECT holder FROM locks WHERE name = ?", REFRESH_LOCK)
        if not rows:
            return None
        with self._exclusive(REFRESH_LOCK) as free:
            if free:
                with self._transaction() as cursor:
                    self._execute(cursor, "DELETE FROM locks WHERE name = ?", REFRESH_LOCK)
                return None
        return rows[0][0]

    # -- documents and versions ---------------------------------------------------------------

    def documents(self) -> list[StoredDocument]:
        rows = self._rows(
            "SELECT d.name, d.sha256, b.size, d.uploader, d.uploader_id, d.added_at "
            "FROM documents d JOIN blobs b ON b.sha256 = d.sha256 ORDER BY d.name"
        )
        return [
            StoredDocument(name, sha, size, uploader, int(uid), float(at))
            for name, sha, size, uploader, uid, at in rows
        ]

    def find_document(self, name: str) -> StoredDocument | None:
        key = name.casefold()
        return next((document for document in self.documents() if document.name.casefold() == key), None)

    def document_bytes(self, sha256: str) -> bytes:
        rows = self._rows("SELECT data FROM blobs WHERE sha256 = ?", sha256)
        if not rows:
            raise KeyError(sha256)
        return bytes(rows[0][0])

    def known_blob(self, sha256: str) -> bool:
        return bool(self._rows("SELECT 1 FROM blobs WHERE sha256 = ?", sha256))

    def pointer(self) -> Pointer | None:
        rows = self._rows("SELECT version, seq, changed_at FROM pointer WHERE id = 1")
        return Pointer(rows[0][0], int(rows[0][1]), float(rows[0][2])) if rows else None

    def change_token(self) -> ChangeToken:
        rows = self._rows(
            "SELECT (SELECT seq FROM pointer WHERE id = 1), (SELECT value FROM state WHERE name = 'config_seq')"
        )
        pointer_seq, config_seq = rows[0]
        return ChangeToken(int(pointer_seq or 0), int(config_seq or 0))

    def version_snapshot(self, version: str) -> tuple[bytes, str] | None:
        """The stored snapshot bytes of `version` and the content hash recorded when it was published."""
        rows = self._rows("SELECT snapshot, content_sha256 FROM versions WHERE version = ?", version)
        return (bytes(rows[0][0]), rows[0][1]) if rows else None

    def version_manifest(self, version: str) -> dict[str, str]:
        rows = self._rows("SELECT manifest FROM versions WHERE version = ?", version)
        return json.loads(rows[0][0]) if rows else {}

    def publish(self, publication: Publication, *, expected_seq: int | None) -> Pointer:
        """Store the version and its documents, move the pointer and audit it, all in one transaction.

        `expected_seq` is the pointer the caller built on; under the knowledge lock it cannot have
        moved, and a mismatch means the lock was not held (a bug), so nothing is written.
        """
        manifest = json.dumps({document.name: document.sha256 for document in publication.documents}, sort_keys=True)
        with self._transaction() as cursor:
            self._execute(cursor, "SELECT seq FROM pointer WHERE id = 1")
            row = cursor.fetchone()
            current = int(row[0]) if row else 0
            if expected_seq is not None and current != expected_seq:
                raise RuntimeError(f"the pointer moved from {expected_seq} to {current} without the lock")
            for sha, data in publication.blobs.items():
                self._execute(
                    cursor,
                    "INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                    sha,
                    len(data),
                    data,
                )
            self._execute(cursor, "DELETE FROM documents")
            for document in publication.documents:
                self._execute(
                    cursor,
                    "INSERT INTO documents (name, name_key, sha256, uploader, uploader_id, added_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    document.name,
                    document.name.casefold(),
                    document.sha256,
                    document.uploader,
                    document.uploader_id,
                    document.added_at,
                )
            self._execute(
                cursor,
                "INSERT INTO versions (version, content_sha256, snapshot, manifest, created_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (version) DO UPDATE SET content_sha256 = excluded.content_sha256, "
                "snapshot = excluded.snapshot, manifest = excluded.manifest",
                publication.version,
                publication.content_sha256,
                publication.snapshot,
                manifest,
                now(),
            )
            seq = current + 1
            changed_at = now()
            self._execute(cursor, "DELETE FROM pointer WHERE id = 1")
            self._execute(
                cursor,
                "INSERT INTO pointer (id, version, seq, changed_at) VALUES (1, ?, ?, ?)",
                publication.version,
                seq,
                changed_at,
            )
            self._insert_audit(cursor, publication.audit)
            self._notify(cursor, "ledger_changes", f"pointer:{seq}")
        return Pointer(publication.version, seq, changed_at)

    # -- audit ----------------------------------------------------------------------------------

    def _insert_audit(self, cursor: Any, entry: AuditEntry) -> None:
        self._execute(
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

    def add_audit(self, entry: AuditEntry) -> None:
        with self._transaction() as cursor:
            self._insert_audit(cursor, entry)
            self._notify(cursor, "ledger_changes", "audit")

    def history(self, limit: int = 50, offset: int = 0, actions: Sequence[str] = ()) -> list[AuditEntry]:
        where = f"WHERE action IN ({', '.join('?' for _ in actions)})" if actions else ""
        rows = self._rows(
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

    # -- per-server configuration -----------------------------------------------------------------

    def guild_configs(self) -> dict[int, GuildConfig]:
        rows = self._rows("SELECT guild_id, answer_channels, moderator_roles, log_channel FROM guild_config")
        return {
            int(guild): GuildConfig(
                int(guild),
                None if channels is None else tuple(json.loads(channels)),
                None if roles is None else tuple(json.loads(roles)),
                None if log_channel is None else int(log_channel),
            )
            for guild, channels, roles, log_channel in rows
        }

    def set_guild_config(self, config: GuildConfig, audit: AuditEntry) -> None:
        with self._transaction() as cursor:
            self._execute(cursor, "DELETE FROM guild_config WHERE guild_id = ?", config.guild_id)
            self._execute(
                cursor,
                "INSERT INTO guild_config (guild_id, answer_channels, moderator_roles, log_channel) "
                "VALUES (?, ?, ?, ?)",
                config.guild_id,
                None if config.answer_channels is None else json.dumps(list(config.answer_channels)),
                None if config.moderator_roles is None else json.dumps(list(config.moderator_roles)),
                config.log_channel,
            )
            self._execute(cursor, "UPDATE state SET value = value + 1 WHERE name = 'config_seq'")
            self._insert_audit(cursor, audit)
            self._notify(cursor, "ledger_changes", "config")

    # -- feedback and gaps --------------------------------------------------------------------------

    def record_answers(self, answers: Sequence[tuple[str, str, str, str, str]]) -> None:
        """Answers that carry vote buttons: (id, question, version, band, facts as JSON), in one transaction."""
        with self._transaction() as cursor:
            for answer_id, question, version, band, facts in answers:
                self._execute(
                    cursor,
                    "INSERT INTO answers (id, question, version, band, facts, at) VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (id) DO NOTHING",
                    answer_id,
                    question,
                    version,
                    band,
                    facts,
                    now(),
                )

    def vote(self, answer_id: str, user_id: int, up: bool) -> bool:
        """Record (or change) a member's vote on an answer; False when the answer is unknown."""
        with self._transaction() as cursor:
            self._execute(cursor, "SELECT 1 FROM answers WHERE id = ?", answer_id)
            if cursor.fetchone() is None:
                return False
            key = voter_key(answer_id, user_id)
            self._execute(cursor, "DELETE FROM votes WHERE answer_id = ? AND voter = ?", answer_id, key)
            self._execute(
                cursor,
                "INSERT INTO votes (answer_id, voter, up, at) VALUES (?, ?, ?, ?)",
                answer_id,
                key,
                1 if up else 0,
                now(),
            )
        return True

    def votes(self, answer_id: str) -> tuple[int, int]:
        rows = self._rows(
            "SELECT COALESCE(SUM(up), 0), COUNT(*) - COALESCE(SUM(up), 0) FROM votes WHERE answer_id = ?", answer_id
        )
        return int(rows[0][0]), int(rows[0][1])

    def answer_record(self, answer_id: str) -> tuple[str, str, str, str] | None:
        rows = self._rows("SELECT question, version, band, facts FROM answers WHERE id = ?", answer_id)
        return tuple(rows[0]) if rows else None  # type: ignore[return-value]

    def record_gaps(self, questions: Sequence[str]) -> None:
        """Questions the bot could not answer; never who asked."""
        with self._transaction() as cursor:
            for question in questions:
                self._execute(
                    cursor,
                    "INSERT INTO gaps (question, question_key, at) VALUES (?, ?, ?)",
                    question,
                    gap_key(question),
                    now(),
                )

    def gaps(self, since: float, limit: int = 100) -> list[Gap]:
        rows = self._rows(
            "SELECT MIN(question), COUNT(*), MAX(at) FROM gaps WHERE at >= ? GROUP BY question_key "
            "ORDER BY COUNT(*) DESC, MAX(at) DESC LIMIT ?",
            since,
            limit,
        )
        return [Gap(question, int(count), float(last)) for question, count, last in rows]

    def purge(self, older_than: float) -> int:
        """Forget unanswered questions and answer records (with their votes) older than the retention limit."""
        with self._transaction() as cursor:
            self._execute(cursor, "DELETE FROM gaps WHERE at < ?", older_than)
            removed = max(cursor.rowcount, 0)
            self._execute(
                cursor, "DELETE FROM votes WHERE answer_id IN (SELECT id FROM answers WHERE at < ?)", older_than
            )
            self._execute(cursor, "DELETE FROM answers WHERE at < ?", older_than)
        return removed

    # -- quarantine -----------------------------------------------------------------------------------

    def quarantine(self, name: str, data: bytes, reason: str, source: str) -> None:
        sha = hashlib.sha256(data).hexdigest()
        with self._transaction() as cursor:
            self._execute(
                cursor,
                "INSERT INTO quarantine (name, sha256, data, reason, source, at) VALUES (?, ?, ?, ?, ?, ?)",
                name,
                sha,
                data,
                reason,
                source,
                now(),
            )

    def quarantined(self, limit: int = 50) -> list[Quarantined]:
        rows = self._rows("SELECT name, reason, source, at, sha256 FROM quarantine ORDER BY id DESC LIMIT ?", limit)
        return [Quarantined(name, reason, source, float(at), sha) for name, reason, source, at, sha in rows]
