"""Owns the current engine, the refresh lock and the refresh audit trail.

Questions are matched in a small thread pool: `Engine.ask` is pure and usually takes a few
milliseconds, but a hostile or unusual question, or a refresh building in another thread, can
make it slower, and the event loop must keep heartbeating and acknowledging interactions within
Discord's 3-second deadline. A hop to a thread costs tens of microseconds, far below a network
round trip, so every call goes through the pool rather than guessing which ones are slow.
"""

from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from bot import collector
from bot.errors import RefreshFailed, RefreshInProgress
from bot.uploads import Staged, install, stage
from knowledge.catalog import read_catalog
from knowledge.coverage import Coverage, document_coverage
from knowledge.diff import KnowledgeDiff, diff_knowledge_bases
from knowledge.engine import Engine
from knowledge.isolation import IsolatedReader
from knowledge.models import Answer, Fact, KnowledgeBase
from knowledge.snapshot import BuildError, build_knowledge_base, load_or_build, save_snapshot

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class RefreshRecord:
    """Who refreshed the knowledge base, when, and what came of it."""

    actor: str
    actor_id: int
    started_at: datetime
    finished_at: datetime
    ok: bool
    old_version: str
    new_version: str | None = None
    error: str | None = None
    document: str | None = None  # the document uploaded with this refresh, if any


@dataclass(frozen=True)
class RefreshResult:
    diff: KnowledgeDiff
    old_version: str
    new_version: str
    record: RefreshRecord
    staged: Staged | None = None  # for an upload: the new document's name, fact count and warnings
    # What each new or changed document gave: facts by measure, "other" statements, sentences with no fact.
    coverage: tuple[Coverage, ...] = ()


class KnowledgeService:
    def __init__(self, documents_dir: Path, snapshot_path: Path, *, workers: int = 4) -> None:
        self.documents_dir = documents_dir
        self.snapshot_path = snapshot_path
        self._engine: Engine | None = None
        self._lock = asyncio.Lock()
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ledger-engine")
        self._refreshing_by: str | None = None
        # Documents are read in budgeted child processes, and only when they changed.
        self.reader = IsolatedReader()
        self.last_refresh: RefreshRecord | None = None
        self.loaded_at: datetime | None = None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("the knowledge base is not loaded yet")
        return self._engine

    @property
    def kb(self) -> KnowledgeBase:
        return self.engine.kb

    @property
    def refreshing(self) -> bool:
        return self._lock.locked()

    @property
    def refreshing_by(self) -> str | None:
        return self._refreshing_by

    async def _run(self, func: Callable[..., T], *args: object) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, func, *args)

    async def load(self) -> None:
        """Load the snapshot, or build it when the documents changed since it was written."""
        kb = await asyncio.to_thread(load_or_build, self.documents_dir, self.snapshot_path, reader=self.reader)
        self.reader.remember(kb, await asyncio.to_thread(read_catalog, self.documents_dir))
        self._engine = await asyncio.to_thread(Engine, kb)
        self.loaded_at = datetime.now(UTC)
        log.info(
            "Knowledge base %s loaded: %d documents, %d facts",
            kb.version[:12],
            len(kb.documents),
            len(kb.facts),
        )

    async def ask(self, question: str, previous: Answer | None = None) -> Answer:
        # Bind the engine now: a refresh swapping it mid-question must not mix two versions.
        engine = self.engine
        return await self._run(engine.ask, question, previous)

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
            return [engine.describe(fact) for fact in engine.browse(topic)]

        return await self._run(describe_all)

    def fact_counts(self) -> dict[str, int]:
        return facts_by_document(self.kb.facts)

    async def refresh(self, actor: str, actor_id: int) -> RefreshResult:
        """Rebuild from the documents directory and swap the engine in one assignment.

        Raises `RefreshInProgress` when another refresh holds the lock and `RefreshFailed` when
        the documents do not build; in both cases the current knowledge base keeps answering.
        """
        if self._lock.locked():
            raise RefreshInProgress(self._refreshing_by)
        async with self._lock:
            self._refreshing_by = actor
            try:
                return await self._refresh_locked(actor, actor_id)
            finally:
                self._refreshing_by = None

    async def add_document(self, name: str, data: bytes, actor: str, actor_id: int, limit: int) -> RefreshResult:
        """Add an uploaded document when the knowledge base builds with it, then refresh.

        Under the refresh lock: stage (a build from a temporary copy of the documents plus the new
        file), move the file in atomically, and refresh as `/kb refresh` does. Raises
        `UploadRejected` (nothing changed), `RefreshInProgress`, or `RefreshFailed` (the file is
        taken out again and the current knowledge base keeps answering).
        """
        if self._lock.locked():
            raise RefreshInProgress(self._refreshing_by)
        async with self._lock:
            self._refreshing_by = actor
            try:
                staged = await asyncio.to_thread(stage, self.documents_dir, name, data, limit, self.reader)
                path = await asyncio.to_thread(install, self.documents_dir, name, data)
                try:
                    result = await self._refresh_locked(actor, actor_id, document=name)
                except RefreshFailed:
                    path.unlink(missing_ok=True)
                    raise
                return dataclasses.replace(result, staged=staged)
            finally:
                self._refreshing_by = None

    async def _refresh_locked(self, actor: str, actor_id: int, *, document: str | None = None) -> RefreshResult:
        started = datetime.now(UTC)
        old = self.engine
        log.info("Knowledge base refresh started by %s (%d)", actor, actor_id)
        try:
            kb = await asyncio.to_thread(build_knowledge_base, self.documents_dir, reader=self.reader)
            self.reader.forget_others({document.id for document in kb.documents})
            new_engine = await asyncio.to_thread(Engine, kb)
            await asyncio.to_thread(save_snapshot, kb, self.snapshot_path)
            diff = await asyncio.to_thread(diff_knowledge_bases, old.kb, kb)
        except BuildError as error:
            self._record_failure(actor, actor_id, started, old.kb.version, str(error))
            raise RefreshFailed(error.reason, error.document) from error
        except OSError as error:
            reason = f"could not save the snapshot ({error.strerror or error})"
            self._record_failure(actor, actor_id, started, old.kb.version, reason)
            raise RefreshFailed(reason) from error
        self._engine = new_engine  # the swap: questions already running keep their old engine
        await asyncio.to_thread(collector.settle)
        record = RefreshRecord(
            actor=actor,
            actor_id=actor_id,
            started_at=started,
            finished_at=datetime.now(UTC),
            ok=True,
            old_version=old.kb.version,
            new_version=kb.version,
            document=document,
        )
        self.last_refresh = record
        log.info(
            "Knowledge base refreshed by %s (%d): %s -> %s, +%d -%d ~%d facts",
            actor,
            actor_id,
            old.kb.version[:12],
            kb.version[:12],
            len(diff.added),
            len(diff.removed),
            len(diff.changed),
        )
        touched = [document, *changed_documents(diff)] if document else changed_documents(diff)
        coverage = tuple(document_coverage(kb, name) for name in dict.fromkeys(touched) if name in kb.texts)
        return RefreshResult(
            diff=diff, old_version=old.kb.version, new_version=kb.version, record=record, coverage=coverage
        )

    def _record_failure(self, actor: str, actor_id: int, started: datetime, version: str, reason: str) -> None:
        self.last_refresh = RefreshRecord(
            actor=actor,
            actor_id=actor_id,
            started_at=started,
            finished_at=datetime.now(UTC),
            ok=False,
            old_version=version,
            error=reason,
        )
        log.warning("Knowledge base refresh by %s (%d) failed: %s", actor, actor_id, reason)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


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
