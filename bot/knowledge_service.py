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
import logging
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from bot import collector
from bot.errors import RefreshFailed, RefreshInProgress
from bot.kb_changes import START_ATTEMPTS, SYSTEM_ACTOR, Applied, Change, ChangePublisher, snapshot_record
from bot.kb_reports import (
    CHANGE_ACTIONS,
    PAST,
    Actor,
    RefreshLog,
    RefreshRecord,
    RefreshResult,
    changed_documents,
    facts_by_document,
    facts_json,
)
from bot.kb_versions import VersionLoader
from bot.kb_watch import StoreWatcher
from bot.store import ChangeToken, Pointer, Store, StoreBusy
from bot.store_calls import StoreCalls
from knowledge.catalog import read_catalog
from knowledge.engine import Engine
from knowledge.fact_search import find_facts
from knowledge.isolation import IsolatedReader
from knowledge.models import Answer, KnowledgeBase
from knowledge.snapshot import BuildError, SnapshotError, build_knowledge_base

# The collaborators live in bot.kb_versions (loading versions, mirroring the documents folder),
# bot.kb_changes (checking, building and publishing changes), bot.kb_reports (what changed, and
# when) and bot.kb_watch (following the store); their names stay importable from here.
__all__ = [
    "CHANGE_ACTIONS",
    "PAST",
    "START_ATTEMPTS",
    "SYSTEM_ACTOR",
    "Change",
    "KnowledgeService",
    "RefreshRecord",
    "RefreshResult",
    "build_knowledge_base",
    "changed_documents",
    "facts_by_document",
    "facts_json",
    "snapshot_record",
]

log = logging.getLogger(__name__)
T = TypeVar("T")

# A start-up import or a change can take this long on a slow host; closing the store under it breaks it.
CLOSE_WAIT_SECONDS = 60.0


def _build(folder: Path, **options: Any) -> KnowledgeBase:
    """`build_knowledge_base`, looked up in this module when called (a test slows it down by patching it here)."""
    return build_knowledge_base(folder, **options)


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
        self.versions = VersionLoader(self.documents_dir, self.snapshot_path, store, self.reader, _build)
        self.db = StoreCalls()  # store and build calls off the event loop; closing waits for them
        self.reports = RefreshLog(store, self.db)
        self.changes = ChangePublisher(store, self.versions, self.reports, self.quarantine_dir, _build)
        self.watcher = StoreWatcher(store, watch_interval, self._schedule)
        self._lock = asyncio.Lock()
        self._adopting = asyncio.Lock()
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ledger-engine")
        self._refreshing_by: str | None = None
        self._pointer: Pointer | None = None
        self._config_seq = 0
        self.on_config_change: Callable[[], Awaitable[None]] | None = None
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

    @property
    def last_refresh(self) -> RefreshRecord | None:
        """Who changed the knowledge base last, in this process or another, and what came of it."""
        return self.reports.last

    @last_refresh.setter
    def last_refresh(self, record: RefreshRecord | None) -> None:
        self.reports.last = record

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

    def topics(self) -> list[str]:
        return self.engine.topics()

    async def browse(self, topic: str | None) -> list[str]:
        engine = self.engine

        def describe_all() -> list[str]:
            return [engine.describe(fact) for fact in find_facts(engine.facts, topic)]

        return await self._run(describe_all)

    def fact_counts(self) -> dict[str, int]:
        return facts_by_document(self.kb.facts)

    def _current_kb(self) -> KnowledgeBase | None:
        return self._engine.kb if self._engine is not None else None

    # -- start-up ---------------------------------------------------------------------------------

    async def load(self) -> None:
        """Start from the store's current version (importing the documents folder into an empty store)."""
        loop = asyncio.get_running_loop()
        kb, pointer = await self.db(self._start)
        self.reader.remember(kb, await self.db(read_catalog, self.documents_dir))
        self._engine = await self.db(Engine, kb)
        await self.db(collector.settle)
        self._pointer = pointer
        self.loaded_at = datetime.now(UTC)
        await self.reports.read()
        self._config_seq = (await self.db(self.store.change_token)).config_seq
        log.info(
            "Knowledge base %s loaded from %s: %d documents, %d facts",
            kb.version[:12],
            self.store.describe(),
            len(kb.documents),
            len(kb.facts),
        )
        self.watcher.start(loop)

    def _start(self) -> tuple[KnowledgeBase, Pointer]:
        self.versions.remove_leftovers()
        pointer = self.store.pointer()
        imported: KnowledgeBase | None = None
        if pointer is None or self.versions.local_changes(pointer):
            # Built by the start-up import: no need to read it back.
            imported, problem = self.changes.import_at_start(self._current_kb)
            if problem is not None:
                self.problem = problem
            pointer = self.store.pointer()
        if pointer is None:
            raise BuildError(None, "no knowledge base: the store is empty and the documents folder does not build")
        kb = (
            imported
            if imported is not None and imported.version == pointer.version
            else self.versions.load(pointer.version)
        )
        self.versions.mirror(pointer.version)
        return kb, pointer

    # -- following the store ----------------------------------------------------------------------

    def _schedule(self, token: ChangeToken) -> None:
        if self._pointer is not None and token.pointer_seq != self._pointer.seq:
            self.watcher.spawn(self.follow())
        else:
            self.watcher.spawn(self.reports.read())
        if token.config_seq != self._config_seq:
            self._config_seq = token.config_seq
            if self.on_config_change is not None:
                self.watcher.spawn(self.on_config_change())

    async def follow(self) -> bool:
        """Swap to the store's current version if it moved; False when it did not load (logged)."""
        if self._lock.locked():
            return False  # this process is changing it and swaps itself when done
        async with self._adopting:
            pointer = await self.db(self.store.pointer)
            if pointer is None or (self._pointer is not None and pointer.seq <= self._pointer.seq):
                return False
            try:
                kb = await self.db(self.versions.load, pointer.version)
                engine = await self.db(Engine, kb)
            except (BuildError, SnapshotError, OSError, KeyError) as error:
                self.problem = f"version {pointer.version[:12]} did not load: {error}"
                log.error("Keeping version %s: %s", self.kb.version[:12], self.problem)
                return False
            self._engine = engine
            self._pointer = pointer
            self.problem = None
            await self.db(collector.settle)
            await self.db(self.versions.mirror, pointer.version)
            await self.reports.read()
            log.info("Now answering from version %s (changed in another process)", kb.version[:12])
            return True

    # -- changing it ------------------------------------------------------------------------------

    async def refresh(self, actor: str, actor_id: int, guild_id: int | None = None) -> RefreshResult:
        """Rebuild from this host's documents folder (its files become the knowledge base's documents).

        Raises `RefreshInProgress` when a change holds the lock in any process and `RefreshFailed`
        when the documents do not build (the failing document is quarantined); in both cases the
        current knowledge base keeps answering.
        """
        try:
            result = await self._change(Change("refresh", {}, replace_all=True), Actor(actor, actor_id, guild_id))
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
        change = Change("upload", {name: data}, document=name)
        return await self._change(change, Actor(actor, actor_id, guild_id), limit=limit)

    async def remove_document(self, name: str, actor: str, actor_id: int, guild_id: int | None = None) -> RefreshResult:
        return await self._change(Change("remove", {name: None}, document=name), Actor(actor, actor_id, guild_id))

    async def replace_document(
        self, name: str, data: bytes, actor: str, actor_id: int, limit: int, guild_id: int | None = None
    ) -> RefreshResult:
        change = Change("replace", {name: data}, document=name)
        return await self._change(change, Actor(actor, actor_id, guild_id), limit=limit)

    async def _change(self, change: Change, actor: Actor, *, limit: int = 0) -> RefreshResult:
        if self._lock.locked():
            raise RefreshInProgress(self._refreshing_by)
        async with self._lock:
            self._refreshing_by = actor.name
            try:
                return await self.db(self._change_locked, change, actor, limit)
            except StoreBusy as busy:
                raise RefreshInProgress(busy.holder) from busy
            finally:
                self._refreshing_by = None

    def _change_locked(self, change: Change, actor: Actor, limit: int) -> RefreshResult:
        with self.store.knowledge_lock(actor.name):
            pointer = self.store.pointer()
            if (
                change.replace_all
                and pointer is not None
                and (self._pointer is None or pointer.seq != self._pointer.seq)
            ):
                # Another process moved the pointer and this folder is not updated yet: a refresh from it
                # would undo that change, so bring the folder up to date first (local edits are kept).
                self.versions.mirror(pointer.version)
            staged = self.changes.check(change, limit)
            applied = self.changes.apply(change, actor, pointer, self._current_kb(), staged=staged)
        return self._swapped(applied)

    def _swapped(self, applied: Applied) -> RefreshResult:
        engine = Engine(applied.kb)
        engine.warm()
        self._engine = engine  # the swap: questions already running keep their old engine
        self.reader.forget_others({document.id for document in applied.kb.documents})
        collector.settle()
        self._pointer = applied.pointer
        self.reports.last = applied.result.record
        self.problem = None
        return applied.result

    async def close(self, timeout: float = CLOSE_WAIT_SECONDS) -> None:
        """Stop following the store, let the store calls still running finish, then close the store."""
        await asyncio.to_thread(self.watcher.stop)
        await self.db.drain(timeout)
        self._executor.shutdown(wait=False, cancel_futures=True)
        self.store.close()
