"""Owns the current engine and keeps it in step with the store every process shares.

Questions are matched in a small thread pool: `Engine.ask` is pure and usually takes a few
milliseconds, but a hostile or unusual question, or a refresh building in another thread, can
make it slower, and the event loop must keep heartbeating and acknowledging interactions within
Discord's 3-second deadline. A hop to a thread costs tens of microseconds, far below a network
round trip, so every call goes through the pool rather than guessing which ones are slow.

Changes (refresh, upload, remove, replace) take the store's one lock for every process, build,
publish the version and move the pointer in one transaction. Every process (this one included)
watches the store and swaps to the pointer's version when it moves; a version that does not load
leaves the current engine answering and is logged.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import shutil
import threading
import time
import zlib
from collections.abc import Awaitable, Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from bot import collector, kb_files
from bot.errors import RefreshFailed, RefreshInProgress
from bot.store import AuditEntry, ChangeToken, Pointer, Publication, Store, StoreBusy, StoredDocument
from bot.store.records import as_datetime, now
from bot.uploads import Staged, UploadRejected, refuse_existing, stage
from knowledge.catalog import CATALOG_NAME, read_catalog
from knowledge.coverage import Coverage, document_coverage
from knowledge.diff import KnowledgeDiff, diff_knowledge_bases
from knowledge.engine import Engine
from knowledge.fact_search import find_facts
from knowledge.isolation import IsolatedReader
from knowledge.models import Answer, Fact, KnowledgeBase
from knowledge.snapshot import (
    BuildError,
    SnapshotError,
    build_knowledge_base,
    knowledge_base_from_bytes,
    load_snapshot,
    remove_stale_temporaries,
    save_snapshot,
    snapshot_bytes,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
START_ATTEMPTS = 50  # documents a start may quarantine before it gives up (each one is logged)
CHANGE_ACTIONS = ("refresh", "upload", "remove", "replace")
SYSTEM_ACTOR = "start-up"
PAST = {
    "refresh": "refreshed",
    "upload": "updated with an upload",
    "remove": "updated by a removal",
    "replace": "updated by a replacement",
    "import": "imported from the documents folder",
}


@dataclass(frozen=True)
class RefreshRecord:
    """Who changed the knowledge base, when, and what came of it."""

    actor: str
    actor_id: int
    started_at: datetime
    finished_at: datetime
    ok: bool
    old_version: str
    new_version: str | None = None
    error: str | None = None
    document: str | None = None  # the document uploaded, removed or replaced, if any
    action: str = "refresh"

    @classmethod
    def from_audit(cls, entry: AuditEntry) -> RefreshRecord:
        return cls(
            actor=entry.actor,
            actor_id=entry.actor_id,
            started_at=as_datetime(entry.at),
            finished_at=as_datetime(entry.at),
            ok=entry.ok,
            old_version=entry.old_version or "",
            new_version=entry.new_version,
            error=entry.detail if not entry.ok else None,
            document=entry.document,
            action=entry.action,
        )


@dataclass(frozen=True)
class RefreshResult:
    diff: KnowledgeDiff
    old_version: str
    new_version: str
    record: RefreshRecord
    staged: Staged | None = None  # for an upload or replacement: the document's name, fact count and warnings
    # What each new or changed document gave: facts by measure, "other" statements, sentences with no fact.
    coverage: tuple[Coverage, ...] = ()


@dataclass(frozen=True)
class Change:
    """What a write does to the store's documents: names to (new bytes | None to remove)."""

    action: str
    documents: Mapping[str, bytes | None]
    document: str | None = None
    replace_all: bool = False  # a refresh: the documents folder becomes the whole set


def snapshot_record(kb: KnowledgeBase) -> tuple[bytes, str]:
    """The stored form of a snapshot (zlib of the hashed snapshot file) and its content hash."""
    raw = snapshot_bytes(kb)
    header = raw.partition(b"\n")[0]
    return zlib.compress(raw, 6), header.rsplit(b"=", 1)[-1].decode()


class KnowledgeService:
    def __init__(
        self,
        documents_dir: Path,
        snapshot_path: Path,
        store: Store,
        *,
        quarantine_dir: Path | None = None,
        workers: int = 4,
        watch_interval: float = 0.5,
    ) -> None:
        self.documents_dir = Path(documents_dir)
        self.snapshot_path = Path(snapshot_path)
        self.quarantine_dir = quarantine_dir or self.snapshot_path.parent / "quarantine"
        self.store = store
        self.watch_interval = watch_interval
        self._engine: Engine | None = None
        # Documents are read in budgeted child processes, and only when they changed.
        self.reader = IsolatedReader()
        self._lock = asyncio.Lock()
        self._adopting = asyncio.Lock()
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ledger-engine")
        self._refreshing_by: str | None = None
        self._pointer: Pointer | None = None
        self._config_seq = 0
        self._stop = threading.Event()
        self._tasks: set[asyncio.Future[object]] = set()
        self._imported: KnowledgeBase | None = None  # built by the start-up import: no need to read it back
        self._watcher: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.on_config_change: Callable[[], Awaitable[None]] | None = None
        self.last_refresh: RefreshRecord | None = None
        self.loaded_at: datetime | None = None
        self.problem: str | None = None  # why the documents or a newer version could not be loaded
        # Observers for metrics: every answer with the seconds it took, every refresh's outcome.
        self.on_answer: Callable[[Answer, float], None] | None = None
        self.on_refresh: Callable[[bool], None] | None = None

    # -- reading ----------------------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("the knowledge base is not loaded yet")
        return self._engine

    @property
    def kb(self) -> KnowledgeBase:
        return self.engine.kb

    @property
    def pointer(self) -> Pointer | None:
        return self._pointer

    @property
    def refreshing(self) -> bool:
        return self._lock.locked()

    @property
    def refreshing_by(self) -> str | None:
        return self._refreshing_by

    async def _run(self, func: Callable[..., T], *args: object) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, func, *args)

    async def ask(self, question: str, previous: Answer | None = None) -> Answer:
        # Bind the engine now: a swap mid-question must not mix two versions, and the answer
        # carries the version of the engine that produced it (never the service's current one).
        engine = self.engine
        started = time.perf_counter()
        answer = await self._run(engine.ask, question, previous)
        if self.on_answer is not None:
            self.on_answer(answer, time.perf_counter() - started)
        return answer.model_copy(update={"kb_version": engine.kb.version})

    async def complete(self, text: str, limit: int = 25) -> list[str]:
        engine = self.engine
        return await self._run(engine.complete, text, limit)

    async def with_kb(self, func: Callable[..., T], *args: object, **kwargs: object) -> T:
        """`func(kb, *args, **kwargs)` in the pool, on the knowledge base current when called (charts)."""
        kb = self.kb
        return await self._run(functools.partial(func, kb, *args, **kwargs))

    async def run(self, func: Callable[..., T], *args: object) -> T:
        """Any CPU-bound work (drawing a chart, staging an upload) in the pool, off the event loop."""
        return await self._run(func, *args)

    async def db(self, func: Callable[..., T], *args: object) -> T:
        """A store call, off the event loop."""
        return await asyncio.to_thread(func, *args)

    def topics(self) -> list[str]:
        return self.engine.topics()

    async def browse(self, topic: str | None) -> list[str]:
        engine = self.engine

        def describe_all() -> list[str]:
            return [engine.describe(fact) for fact in find_facts(engine.facts, topic)]

        return await self._run(describe_all)

    def fact_counts(self) -> dict[str, int]:
        return facts_by_document(self.kb.facts)

    # -- start-up ---------------------------------------------------------------------------------

    async def load(self) -> None:
        """Start from the store's current version (importing the documents folder into an empty store)."""
        self._loop = asyncio.get_running_loop()
        kb, pointer = await asyncio.to_thread(self._start)
        self.reader.remember(kb, await asyncio.to_thread(read_catalog, self.documents_dir))
        self._engine = await asyncio.to_thread(Engine, kb)
        await asyncio.to_thread(collector.settle)
        self._pointer = pointer
        self.loaded_at = datetime.now(UTC)
        await self._read_last_refresh()
        self._config_seq = (await self.db(self.store.change_token)).config_seq
        log.info(
            "Knowledge base %s loaded from %s: %d documents, %d facts",
            kb.version[:12],
            self.store.describe(),
            len(kb.documents),
            len(kb.facts),
        )
        self._watcher = threading.Thread(target=self._watch, name="ledger-store-watch", daemon=True)
        self._watcher.start()

    def _start(self) -> tuple[KnowledgeBase, Pointer]:
        for leftover in [
            *remove_stale_temporaries(self.snapshot_path),
            *kb_files.remove_stale_temporaries(self.documents_dir),
        ]:
            log.info("Removed %s, left by an interrupted write", leftover)
        pointer = self.store.pointer()
        if pointer is None or kb_files.local_changes(
            self.documents_dir, self._manifest(pointer), self.store.known_blob
        ):
            self._import_at_start()
            pointer = self.store.pointer()
        if pointer is None:
            raise BuildError(None, "no knowledge base: the store is empty and the documents folder does not build")
        imported, self._imported = self._imported, None
        kb = (
            imported
            if imported is not None and imported.version == pointer.version
            else self._load_version(pointer.version)
        )
        self._mirror(pointer.version)
        return kb, pointer

    def _manifest(self, pointer: Pointer | None) -> dict[str, str]:
        return self.store.version_manifest(pointer.version) if pointer else {}

    def _import_at_start(self) -> None:
        """Import the folder's new and edited documents; a rejected one is quarantined, never fatal."""
        try:
            with self.store.knowledge_lock(f"{SYSTEM_ACTOR} ({self.store.describe()})"):
                pointer = self.store.pointer()
                changes = kb_files.local_changes(self.documents_dir, self._manifest(pointer), self.store.known_blob)
                if not changes and pointer is not None:
                    return
                documents: dict[str, bytes | None] = dict(changes)
                for _attempt in range(START_ATTEMPTS):
                    try:
                        _result, self._imported = self._apply(
                            Change("import", documents), SYSTEM_ACTOR, 0, None, pointer
                        )
                        return
                    except RefreshFailed as failed:
                        self.problem = f"{failed.document or 'the documents'}: {failed.reason}"
                        log.error("Start-up import left out %s", self.problem)
                        if failed.document is None or failed.document not in documents:
                            return
                        documents.pop(failed.document)
                        if not documents and pointer is not None:
                            return
        except StoreBusy as busy:
            log.info("Another process (%s) is changing the knowledge base; starting from the store", busy.holder)
            self._wait_for_pointer()

    def _wait_for_pointer(self, timeout: float = 600) -> None:
        stop = threading.Event()
        deadline = now() + timeout
        while self.store.pointer() is None and now() < deadline:
            stop.wait(0.2)

    def _load_version(self, version: str) -> KnowledgeBase:
        """The snapshot of `version`: the local file, else the store's copy, else rebuilt from its documents."""
        try:
            kb = load_snapshot(self.snapshot_path)
            if kb.version == version:
                return kb
        except SnapshotError as error:
            if self.snapshot_path.exists():
                log.warning("Ignoring the local snapshot: %s", error)
        stored = self.store.version_snapshot(version)
        if stored is not None:
            try:
                kb = knowledge_base_from_bytes(zlib.decompress(stored[0]), f"stored version {version}")
            except (SnapshotError, zlib.error) as error:
                log.error("Rebuilding version %s from its documents: %s", version, error)
            else:
                save_snapshot(kb, self.snapshot_path)
                return kb
        return self._rebuild_version(version)

    def _rebuild_version(self, version: str) -> KnowledgeBase:
        manifest = self.store.version_manifest(version)
        folder = kb_files.make_temporary_folder("ledger-version-")
        try:
            kb_files.write_folder(folder, {name: self.store.document_bytes(sha) for name, sha in manifest.items()})
            kb = build_knowledge_base(folder, reader=self.reader)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        save_snapshot(kb, self.snapshot_path)
        return kb

    def _mirror(self, version: str) -> None:
        try:
            written, deleted = kb_files.mirror(
                self.documents_dir,
                self.store.version_manifest(version),
                self.store.document_bytes,
                self.store.known_blob,
            )
        except OSError as error:
            log.warning("Could not update the documents folder %s: %s", self.documents_dir, error)
            return
        if written or deleted:
            log.info("Documents folder updated from the store: wrote %s, removed %s", written, deleted)

    # -- watching the store -------------------------------------------------------------------------

    def _watch(self) -> None:
        def changed(token: ChangeToken) -> None:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._schedule, token)

        try:
            self.store.watch(changed, self._stop, self.watch_interval)
        except Exception:
            log.exception("The store watcher stopped")

    def _schedule(self, token: ChangeToken) -> None:
        if self._pointer is not None and token.pointer_seq != self._pointer.seq:
            self._spawn(self.follow())
        else:
            self._spawn(self._read_last_refresh())
        if token.config_seq != self._config_seq:
            self._config_seq = token.config_seq
            if self.on_config_change is not None:
                self._spawn(self.on_config_change())

    def _spawn(self, work: Awaitable[object]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)  # keep a reference until done, or the task may be collected mid-way
        task.add_done_callback(self._tasks.discard)

    async def follow(self) -> bool:
        """Swap to the store's current version if it moved; False when it did not load (logged)."""
        if self._lock.locked():
            return False  # this process is changing it and swaps itself when done
        async with self._adopting:
            pointer = await self.db(self.store.pointer)
            if pointer is None or (self._pointer is not None and pointer.seq <= self._pointer.seq):
                return False
            try:
                kb = await asyncio.to_thread(self._load_version, pointer.version)
                engine = await asyncio.to_thread(Engine, kb)
            except (BuildError, SnapshotError, OSError, KeyError) as error:
                self.problem = f"version {pointer.version[:12]} did not load: {error}"
                log.error("Keeping version %s: %s", self.kb.version[:12], self.problem)
                return False
            self._engine = engine
            self._pointer = pointer
            self.problem = None
            await asyncio.to_thread(collector.settle)
            await asyncio.to_thread(self._mirror, pointer.version)
            await self._read_last_refresh()
            log.info("Now answering from version %s (changed in another process)", kb.version[:12])
            return True

    async def _read_last_refresh(self) -> None:
        entries = await self.db(self.store.history, 1, 0, CHANGE_ACTIONS)
        self.last_refresh = RefreshRecord.from_audit(entries[0]) if entries else None

    # -- changing it ------------------------------------------------------------------------------

    async def refresh(self, actor: str, actor_id: int, guild_id: int | None = None) -> RefreshResult:
        """Rebuild from this host's documents folder (its files become the knowledge base's documents).

        Raises `RefreshInProgress` when a change holds the lock in any process and `RefreshFailed`
        when the documents do not build (the failing document is quarantined); in both cases the
        current knowledge base keeps answering.
        """
        try:
            result = await self._change(Change("refresh", {}, replace_all=True), actor, actor_id, guild_id)
        except RefreshFailed:
            if self.on_refresh is not None:
                self.on_refresh(False)
            raise
        if self.on_refresh is not None:
            self.on_refresh(True)
        return result

    async def add_document(
        self, name: str, data: bytes, actor: str, actor_id: int, limit: int, guild_id: int | None = None
    ) -> RefreshResult:
        """Add an uploaded document when the knowledge base builds with it; never replaces one.

        Raises `UploadRejected` (nothing changed), `RefreshInProgress`, or `RefreshFailed`.
        """
        return await self._change(Change("upload", {name: data}, document=name), actor, actor_id, guild_id, limit=limit)

    async def remove_document(self, name: str, actor: str, actor_id: int, guild_id: int | None = None) -> RefreshResult:
        return await self._change(Change("remove", {name: None}, document=name), actor, actor_id, guild_id)

    async def replace_document(
        self, name: str, data: bytes, actor: str, actor_id: int, limit: int, guild_id: int | None = None
    ) -> RefreshResult:
        return await self._change(
            Change("replace", {name: data}, document=name), actor, actor_id, guild_id, limit=limit
        )

    async def _change(
        self, change: Change, actor: str, actor_id: int, guild_id: int | None, *, limit: int = 0
    ) -> RefreshResult:
        if self._lock.locked():
            raise RefreshInProgress(self._refreshing_by)
        async with self._lock:
            self._refreshing_by = actor
            try:
                return await asyncio.to_thread(self._change_locked, change, actor, actor_id, guild_id, limit)
            except StoreBusy as busy:
                raise RefreshInProgress(busy.holder) from busy
            finally:
                self._refreshing_by = None

    def _change_locked(
        self, change: Change, actor: str, actor_id: int, guild_id: int | None, limit: int
    ) -> RefreshResult:
        with self.store.knowledge_lock(actor):
            pointer = self.store.pointer()
            if (
                change.replace_all
                and pointer is not None
                and (self._pointer is None or pointer.seq != self._pointer.seq)
            ):
                # Another process moved the pointer and this folder is not updated yet: a refresh from it
                # would undo that change, so bring the folder up to date first (local edits are kept).
                self._mirror(pointer.version)
            staged = self._check(change, limit)
            result, kb = self._apply(change, actor, actor_id, guild_id, pointer, staged=staged)
        return self._swapped(result, kb)

    def _check(self, change: Change, limit: int) -> Staged | None:
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
            return stage(folder, name, data, limit, self.reader)
        except UploadRejected as rejected:
            if rejected.build_failure:
                self._quarantine(name, data, rejected.reason, "upload")
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

    def _apply(
        self,
        change: Change,
        actor: str,
        actor_id: int,
        guild_id: int | None,
        pointer: Pointer | None,
        *,
        staged: Staged | None = None,
    ) -> tuple[RefreshResult, KnowledgeBase]:
        """Build the changed document set and publish it (holding the lock). Raises RefreshFailed."""
        started = datetime.now(UTC)
        old_kb = self._engine.kb if self._engine is not None else None
        old_version = pointer.version if pointer else ""
        if change.replace_all:
            folder = self.documents_dir
            documents = kb_files.folder_documents(folder)
        else:
            folder = self._store_folder(change.documents)
            documents = kb_files.folder_documents(folder)
        try:
            try:
                kb = build_knowledge_base(folder, reader=self.reader)
            except BuildError as error:
                reason = str(error.reason)
                if error.document and error.document != CATALOG_NAME and error.document in documents:
                    self._quarantine(error.document, documents[error.document], reason, change.action)
                    if change.replace_all or change.action == "import":  # never left to break the next start
                        (self.documents_dir / error.document).unlink(missing_ok=True)
                self._audit_failure(change, actor, actor_id, guild_id, old_version, str(error))
                raise RefreshFailed(error.reason, error.document) from error
        finally:
            if not change.replace_all:
                shutil.rmtree(folder, ignore_errors=True)
        previous = {document.name: document for document in self.store.documents()}
        stored = tuple(
            previous[name]
            if name in previous and previous[name].sha256 == kb_files.sha256(data)
            else StoredDocument(name, kb_files.sha256(data), len(data), actor, actor_id, now())
            for name, data in sorted(documents.items())
        )
        diff = diff_knowledge_bases(old_kb, kb) if old_kb is not None else diff_knowledge_bases(kb, kb)
        snapshot, content_sha = snapshot_record(kb)
        entry = AuditEntry(
            action=change.action,
            actor=actor,
            actor_id=actor_id,
            guild_id=guild_id,
            old_version=old_version or None,
            new_version=kb.version,
            added=len(diff.added),
            removed=len(diff.removed),
            changed=len(diff.changed),
            document=change.document,
            detail=None if change.action != "refresh" else self._folder_summary(previous, documents),
        )
        blobs = {kb_files.sha256(data): data for data in documents.values()}
        new_pointer = self.store.publish(
            Publication(kb.version, snapshot, content_sha, stored, blobs, entry),
            expected_seq=pointer.seq if pointer else 0,
        )
        try:
            save_snapshot(kb, self.snapshot_path)
        except OSError as error:  # the store has it; the local copy only saves a fetch at the next start
            log.warning("Could not write the local snapshot: %s", error)
        self._mirror(kb.version)
        record = RefreshRecord(
            actor=actor,
            actor_id=actor_id,
            started_at=started,
            finished_at=datetime.now(UTC),
            ok=True,
            old_version=old_version,
            new_version=kb.version,
            document=change.document,
            action=change.action,
        )
        self._pointer_after = new_pointer
        log.info(
            "Knowledge base %s by %s (%d): %s -> %s, +%d -%d ~%d facts",
            PAST[change.action],
            actor,
            actor_id,
            old_version[:12] or "(empty)",
            kb.version[:12],
            len(diff.added),
            len(diff.removed),
            len(diff.changed),
        )
        touched = [change.document, *changed_documents(diff)] if change.document else changed_documents(diff)
        coverage = tuple(document_coverage(kb, name) for name in dict.fromkeys(touched) if name in kb.texts)
        return RefreshResult(
            diff=diff, old_version=old_version, new_version=kb.version, record=record, staged=staged, coverage=coverage
        ), kb

    @staticmethod
    def _folder_summary(previous: Mapping[str, StoredDocument], documents: Mapping[str, bytes]) -> str | None:
        added = sorted(set(documents) - set(previous))
        removed = sorted(set(previous) - set(documents))
        edited = sorted(n for n in documents if n in previous and previous[n].sha256 != kb_files.sha256(documents[n]))
        parts = [
            f"{label}: {', '.join(names)}"
            for label, names in (("added", added), ("removed", removed), ("edited", edited))
            if names
        ]
        return "; ".join(parts) or None

    def _swapped(self, result: RefreshResult, kb: KnowledgeBase) -> RefreshResult:
        engine = Engine(kb)
        engine.verifier.warm()
        self._engine = engine  # the swap: questions already running keep their old engine
        self.reader.forget_others({document.id for document in kb.documents})
        collector.settle()
        self._pointer = self._pointer_after
        self.last_refresh = result.record
        self.problem = None
        return result

    def _quarantine(self, name: str, data: bytes, reason: str, source: str) -> None:
        try:
            kb_files.quarantine_file(self.quarantine_dir, name, data, reason)
            self.store.quarantine(name, data, reason, source)
        except Exception:
            log.exception("Could not quarantine %s", name)
        log.warning("Quarantined %s (%s): %s", name, source, reason)

    def _audit_failure(
        self, change: Change, actor: str, actor_id: int, guild_id: int | None, version: str, reason: str
    ) -> None:
        self.store.add_audit(
            AuditEntry(
                action=change.action,
                actor=actor,
                actor_id=actor_id,
                ok=False,
                guild_id=guild_id,
                old_version=version or None,
                document=change.document,
                detail=reason,
            )
        )
        self.last_refresh = RefreshRecord(
            actor=actor,
            actor_id=actor_id,
            started_at=datetime.now(UTC),
            finished_at=datetime.now(UTC),
            ok=False,
            old_version=version,
            error=reason,
            document=change.document,
            action=change.action,
        )
        log.warning("Knowledge base %s by %s (%d) failed: %s", change.action, actor, actor_id, reason)

    def close(self) -> None:
        self._stop.set()
        if self._watcher is not None:
            self._watcher.join(timeout=5)
        self._executor.shutdown(wait=False, cancel_futures=True)
        self.store.close()


def changed_documents(diff: KnowledgeDiff) -> list[str]:
    """Documents added, or with facts added or changed, in the order the diff names them."""
    names = [*diff.documents_added, *(fact.citation.document for fact in diff.added)]
    names += [new.citation.document for _, new in diff.changed]
    return list(dict.fromkeys(names))


def facts_by_document(facts: list[Fact]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for fact in facts:
        counts[fact.citation.document] = counts.get(fact.citation.document, 0) + 1
    return counts


def facts_json(answer: Answer) -> str:
    """The facts behind an answer, as stored with its votes."""
    return json.dumps(
        [
            fact.model_dump(mode="json", include={"subject", "measure", "value", "unit", "period", "citation"})
            for fact in answer.facts
        ]
    )
