"""Changing the knowledge base: refreshes, uploads, removals, replacements and the start-up import.

Each change is checked, built and published while its caller holds the store's knowledge lock:
preconditions (an upload never replaces a document, a removal names one that exists) are checked
under the lock so that no two processes race, a document that does not build is quarantined,
and the new version, its documents and the audit entry are published in one transaction.
"""

from __future__ import annotations

import logging
import shutil
import threading
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bot import kb_files
from bot.errors import RefreshFailed
from bot.kb_reports import PAST, Actor, RefreshLog, RefreshRecord, RefreshResult, changed_documents
from bot.kb_versions import Build, VersionLoader
from bot.store import AuditEntry, Pointer, Publication, Store, StoreBusy, StoredDocument
from bot.store.records import now
from bot.uploads import Staged, UploadRejected, refuse_existing, stage
from knowledge.catalog import CATALOG_NAME
from knowledge.coverage import document_coverage
from knowledge.diff import KnowledgeDiff, diff_knowledge_bases
from knowledge.models import KnowledgeBase
from knowledge.snapshot import BuildError, snapshot_bytes

log = logging.getLogger(__name__)
START_ATTEMPTS = 50  # documents a start may quarantine before it gives up (each one is logged)
SYSTEM_ACTOR = "start-up"


@dataclass(frozen=True)
class Change:
    """What a write does to the store's documents: names to (new bytes | None to remove)."""

    action: str
    documents: Mapping[str, bytes | None]
    document: str | None = None
    replace_all: bool = False  # a refresh: the documents folder becomes the whole set


@dataclass(frozen=True)
class Applied:
    """A published change: the report, the new knowledge base and the pointer that now names it."""

    result: RefreshResult
    kb: KnowledgeBase
    pointer: Pointer


def snapshot_record(kb: KnowledgeBase) -> tuple[bytes, str]:
    """The stored form of a snapshot (zlib of the hashed snapshot file) and its content hash."""
    raw = snapshot_bytes(kb)
    header = raw.partition(b"\n")[0]
    return zlib.compress(raw, 6), header.rsplit(b"=", 1)[-1].decode()


class ChangePublisher:
    def __init__(
        self,
        store: Store,
        versions: VersionLoader,
        reports: RefreshLog,
        quarantine_dir: Path,
        build: Build,
    ) -> None:
        self.store = store
        self.versions = versions
        self.reports = reports
        self.quarantine_dir = quarantine_dir
        self._build = build

    @property
    def documents_dir(self) -> Path:
        return self.versions.documents_dir

    # -- preconditions --------------------------------------------------------------------------

    def check(self, change: Change, limit: int) -> Staged | None:
        """Upload / replace / remove preconditions, checked under the lock so no two processes race."""
        if change.action == "refresh" or change.document is None:
            return None
        name = change.document
        stored = self.store.find_document(name)
        if change.action == "upload":
            data = change.documents[name]
            assert data is not None
            if stored is not None:
                if self.store.document_bytes(stored.sha256) == data:
                    raise UploadRejected(f"`{stored.name}` is already in the knowledge base with exactly this content")
                raise UploadRejected(
                    f"a different document named `{stored.name}` already exists; uploads never replace a document. "
                    "Rename the file, or use /kb replace"
                )
            refuse_existing(self.documents_dir, name, data)
            return self._stage(name, data, limit)
        if stored is None or stored.name != name:
            raise UploadRejected(f"there is no document named `{name}`")
        if change.action == "replace":
            data = change.documents[name]
            assert data is not None
            if self.store.document_bytes(stored.sha256) == data:
                raise UploadRejected(f"`{name}` already has exactly this content")
            return self._stage(name, data, limit, replacing=True)
        return None

    def _stage(self, name: str, data: bytes, limit: int, *, replacing: bool = False) -> Staged:
        folder = self._store_folder({name: None} if replacing else {})
        try:
            return stage(folder, name, data, limit, self.versions.reader)
        except UploadRejected as rejected:
            if rejected.build_failure:
                self.quarantine(name, data, rejected.reason, "upload")
            raise
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def _store_folder(self, changes: Mapping[str, bytes | None]) -> Path:
        """A temporary folder with the store's current documents, `changes` applied."""
        documents = {document.name: self.store.document_bytes(document.sha256) for document in self.store.documents()}
        for name, data in changes.items():
            if data is None:
                documents.pop(name, None)
            else:
                documents[name] = data
        folder = kb_files.make_temporary_folder("ledger-build-")
        kb_files.write_folder(folder, documents)
        return folder

    # -- building and publishing ----------------------------------------------------------------

    def apply(
        self,
        change: Change,
        actor: Actor,
        pointer: Pointer | None,
        old_kb: KnowledgeBase | None,
        *,
        staged: Staged | None = None,
    ) -> Applied:
        """Build the changed document set and publish it (holding the lock). Raises RefreshFailed."""
        started = datetime.now(UTC)
        old_version = pointer.version if pointer else ""
        folder = self.documents_dir if change.replace_all else self._store_folder(change.documents)
        documents = kb_files.folder_documents(folder)
        try:
            kb = self._build_or_quarantine(change, actor, folder, documents, old_version)
        finally:
            if not change.replace_all:
                shutil.rmtree(folder, ignore_errors=True)
        diff = diff_knowledge_bases(old_kb, kb) if old_kb is not None else diff_knowledge_bases(kb, kb)
        new_pointer = self._publish(change, actor, pointer, old_version, kb, documents, diff)
        self.versions.save(kb)
        self.versions.mirror(kb.version)
        record = RefreshRecord(
            actor=actor.name,
            actor_id=actor.id,
            started_at=started,
            finished_at=datetime.now(UTC),
            ok=True,
            old_version=old_version,
            new_version=kb.version,
            document=change.document,
            action=change.action,
        )
        log.info(
            "Knowledge base %s by %s (%d): %s -> %s, +%d -%d ~%d facts",
            PAST[change.action],
            actor.name,
            actor.id,
            old_version[:12] or "(empty)",
            kb.version[:12],
            len(diff.added),
            len(diff.removed),
            len(diff.changed),
        )
        touched = [change.document, *changed_documents(diff)] if change.document else changed_documents(diff)
        coverage = tuple(document_coverage(kb, name) for name in dict.fromkeys(touched) if name in kb.texts)
        result = RefreshResult(
            diff=diff, old_version=old_version, new_version=kb.version, record=record, staged=staged, coverage=coverage
        )
        return Applied(result, kb, new_pointer)

    def _build_or_quarantine(
        self, change: Change, actor: Actor, folder: Path, documents: Mapping[str, bytes], old_version: str
    ) -> KnowledgeBase:
        try:
            return self._build(folder, reader=self.versions.reader)
        except BuildError as error:
            reason = str(error.reason)
            if error.document and error.document != CATALOG_NAME and error.document in documents:
                self.quarantine(error.document, documents[error.document], reason, change.action)
                if change.replace_all or change.action == "import":  # never left to break the next start
                    (self.documents_dir / error.document).unlink(missing_ok=True)
            self.reports.failed(change.action, change.document, actor, old_version, str(error))
            raise RefreshFailed(error.reason, error.document) from error

    def _publish(
        self,
        change: Change,
        actor: Actor,
        pointer: Pointer | None,
        old_version: str,
        kb: KnowledgeBase,
        documents: Mapping[str, bytes],
        diff: KnowledgeDiff,
    ) -> Pointer:
        previous = {document.name: document for document in self.store.documents()}
        stored = tuple(
            previous[name]
            if name in previous and previous[name].sha256 == kb_files.sha256(data)
            else StoredDocument(name, kb_files.sha256(data), len(data), actor.name, actor.id, now())
            for name, data in sorted(documents.items())
        )
        snapshot, content_sha = snapshot_record(kb)
        entry = AuditEntry(
            action=change.action,
            actor=actor.name,
            actor_id=actor.id,
            guild_id=actor.guild_id,
            old_version=old_version or None,
            new_version=kb.version,
            added=len(diff.added),
            removed=len(diff.removed),
            changed=len(diff.changed),
            document=change.document,
            detail=None if change.action != "refresh" else folder_summary(previous, documents),
        )
        blobs = {kb_files.sha256(data): data for data in documents.values()}
        return self.store.publish(
            Publication(kb.version, snapshot, content_sha, stored, blobs, entry),
            expected_seq=pointer.seq if pointer else 0,
        )

    def quarantine(self, name: str, data: bytes, reason: str, source: str) -> None:
        try:
            kb_files.quarantine_file(self.quarantine_dir, name, data, reason)
            self.store.quarantine(name, data, reason, source)
        except Exception:
            log.exception("Could not quarantine %s", name)
        log.warning("Quarantined %s (%s): %s", name, source, reason)

    # -- the start-up import --------------------------------------------------------------------

    def import_at_start(
        self, current_kb: Callable[[], KnowledgeBase | None]
    ) -> tuple[KnowledgeBase | None, str | None]:
        """Import the folder's new and edited documents; a rejected one is quarantined, never fatal.

        Returns the knowledge base imported (None when nothing was) and what was left out, if anything.
        """
        problem: str | None = None
        try:
            with self.store.knowledge_lock(f"{SYSTEM_ACTOR} ({self.store.describe()})"):
                pointer = self.store.pointer()
                changes = self.versions.local_changes(pointer)
                if not changes and pointer is not None:
                    return None, problem
                documents: dict[str, bytes | None] = dict(changes)
                for _attempt in range(START_ATTEMPTS):
                    try:
                        applied = self.apply(Change("import", documents), Actor(SYSTEM_ACTOR, 0), pointer, current_kb())
                        return applied.kb, problem
                    except RefreshFailed as failed:
                        problem = f"{failed.document or 'the documents'}: {failed.reason}"
                        log.error("Start-up import left out %s", problem)
                        if failed.document is None or failed.document not in documents:
                            return None, problem
                        documents.pop(failed.document)
                        if not documents and pointer is not None:
                            return None, problem
        except StoreBusy as busy:
            log.info("Another process (%s) is changing the knowledge base; starting from the store", busy.holder)
            self._wait_for_pointer()
        return None, problem

    def _wait_for_pointer(self, timeout: float = 600) -> None:
        stop = threading.Event()
        deadline = now() + timeout
        while self.store.pointer() is None and now() < deadline:
            stop.wait(0.2)


def folder_summary(previous: Mapping[str, StoredDocument], documents: Mapping[str, bytes]) -> str | None:
    """What a refresh did to the documents: the names added, removed and edited."""
    added = sorted(set(documents) - set(previous))
    removed = sorted(set(previous) - set(documents))
    edited = sorted(n for n in documents if n in previous and previous[n].sha256 != kb_files.sha256(documents[n]))
    parts = [
        f"{label}: {', '.join(names)}"
        for label, names in (("added", added), ("removed", removed), ("edited", edited))
        if names
    ]
    return "; ".join(parts) or None
