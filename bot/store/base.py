"""The store: one small interface over SQLite (one host) and PostgreSQL (several hosts).

`Store` is a facade: the SQL plumbing and backend hooks live in `bot.store.sql.Database`, and
each kind of record has a repository of its own, sharing the store's connection:

- `KnowledgeLock` (bot.store.locks): the one lock for every change to the knowledge base;
- `Versions` (bot.store.versions): documents, their bytes, published versions, the pointer;
- `AuditLog` (bot.store.audit): who changed what;
- `GuildSettings` (bot.store.guilds): per-server configuration;
- `Feedback` (bot.store.feedback): answer records, votes and unanswered questions;
- `QuarantineLog` (bot.store.quarantine): documents that did not build.

Everything here is blocking and thread-safe; the bot calls it through `asyncio.to_thread`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

from bot.store.audit import AuditLog
from bot.store.feedback import Feedback
from bot.store.guilds import GuildSettings
from bot.store.locks import KnowledgeLock, StoreBusy
from bot.store.quarantine import QuarantineLog
from bot.store.records import (
    AuditEntry,
    ChangeToken,
    Gap,
    GuildConfig,
    Pointer,
    Publication,
    Quarantined,
    StoredDocument,
)
from bot.store.sql import Database
from bot.store.versions import Versions

__all__ = ["Store", "StoreBusy"]


class Store(Database):
    """Documents, versions, the current pointer, the audit log, server settings, feedback and gaps."""

    def __init__(self) -> None:
        super().__init__()
        self.audit_log = AuditLog(self)
        self.locks = KnowledgeLock(self)
        self.versions = Versions(self, self.audit_log)
        self.guild_settings = GuildSettings(self, self.audit_log)
        self.feedback = Feedback(self)
        self.quarantine_log = QuarantineLog(self)

    # -- the lock -----------------------------------------------------------------------------

    def knowledge_lock(self, holder: str) -> contextlib.AbstractContextManager[None]:
        """The one lock for refreshes, uploads, removals and replacements across every process."""
        return self.locks.hold(holder)

    def lock_holder(self) -> str | None:
        """Who holds the knowledge lock now; a name left by a killed holder is cleared, not reported."""
        return self.locks.holder()

    # -- documents and versions ---------------------------------------------------------------

    def documents(self) -> list[StoredDocument]:
        return self.versions.documents()

    def find_document(self, name: str) -> StoredDocument | None:
        return self.versions.find_document(name)

    def document_bytes(self, sha256: str) -> bytes:
        return self.versions.document_bytes(sha256)

    def known_blob(self, sha256: str) -> bool:
        return self.versions.known_blob(sha256)

    def pointer(self) -> Pointer | None:
        return self.versions.pointer()

    def change_token(self) -> ChangeToken:
        return self.versions.change_token()

    def version_snapshot(self, version: str) -> tuple[bytes, str] | None:
        """The stored snapshot bytes of `version` and the content hash recorded when it was published."""
        return self.versions.version_snapshot(version)

    def version_manifest(self, version: str) -> dict[str, str]:
        return self.versions.version_manifest(version)

    def publish(self, publication: Publication, *, expected_seq: int | None) -> Pointer:
        """Store the version and its documents, move the pointer and audit it, all in one transaction."""
        return self.versions.publish(publication, expected_seq=expected_seq)

    # -- audit ----------------------------------------------------------------------------------

    def add_audit(self, entry: AuditEntry) -> None:
        self.audit_log.add(entry)

    def history(self, limit: int = 50, offset: int = 0, actions: Sequence[str] = ()) -> list[AuditEntry]:
        return self.audit_log.history(limit, offset, actions)

    def last_refresh(self) -> AuditEntry | None:
        return self.audit_log.last_refresh()

    # -- per-server configuration -----------------------------------------------------------------

    def guild_configs(self) -> dict[int, GuildConfig]:
        return self.guild_settings.all()

    def set_guild_config(self, config: GuildConfig, audit: AuditEntry) -> None:
        self.guild_settings.set(config, audit)

    # -- feedback and gaps --------------------------------------------------------------------------

    def record_answers(self, answers: Sequence[tuple[str, str, str, str, str]]) -> None:
        """Answers that carry vote buttons: (id, question, version, band, facts as JSON), in one transaction."""
        self.feedback.record_answers(answers)

    def vote(self, answer_id: str, user_id: int, up: bool) -> bool:
        """Record (or change) a member's vote on an answer; False when the answer is unknown."""
        return self.feedback.vote(answer_id, user_id, up)

    def votes(self, answer_id: str) -> tuple[int, int]:
        return self.feedback.votes(answer_id)

    def answer_record(self, answer_id: str) -> tuple[str, str, str, str] | None:
        return self.feedback.answer_record(answer_id)

    def record_gaps(self, questions: Sequence[str]) -> None:
        """Questions the bot could not answer; never who asked."""
        self.feedback.record_gaps(questions)

    def gaps(self, since: float, limit: int = 100) -> list[Gap]:
        return self.feedback.gaps(since, limit)

    def purge(self, older_than: float) -> int:
        """Forget unanswered questions and answer records (with their votes) older than the retention limit."""
        return self.feedback.purge(older_than)

    # -- quarantine -----------------------------------------------------------------------------------

    def quarantine(self, name: str, data: bytes, reason: str, source: str) -> None:
        self.quarantine_log.add(name, data, reason, source)

    def quarantined(self, limit: int = 50) -> list[Quarantined]:
        return self.quarantine_log.recent(limit)
