"""Reading documents in a child process with time and memory budgets, and reusing those that did not change.

`IsolatedReader` is the `DocumentReader` the bot builds with. Each changed document is read by a
child of a fork server (started once, single-threaded, with the readers already imported, so a
child starts in milliseconds): the child caps its own address space and CPU time, reads the
document within the counted limits, and sends the result back as JSON. The parent waits at most
`Limits.seconds` and kills the child by its PID when it overruns. Whatever a document does to
its reader — inflate to gigabytes, loop, crash the interpreter — happens in the child; the
bot's memory grows only by the facts a document is allowed to have.

Unchanged documents are not read again: a document's result is kept under its id, keyed by
its content hash and catalog entry, for as long as it is in the folder.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import multiprocessing.context
import multiprocessing.process
import os
import resource
import signal
import threading
from multiprocessing import forkserver, popen_forkserver, reduction, spawn, util
from multiprocessing.connection import Connection
from multiprocessing.context import set_spawning_popen

from pydantic import BaseModel

from knowledge.catalog import CatalogEntry
from knowledge.limits import DEFAULT_LIMITS, Limits
from knowledge.models import Document, Fact, KnowledgeBase
from knowledge.snapshot import BuildError, DocumentRead, SourceFile, read_document

MAX_RESULT_BYTES = 256 * 1024 * 1024  # far above what the counted limits allow; a child cannot flood the bot
PAGE_BYTES = resource.getpagesize()
_context_lock = threading.Lock()
_context: multiprocessing.context.ForkServerContext | None = None


class ReadResult(BaseModel):
    """What a child sends back: one document's read."""

    document: Document
    facts: list[Fact]
    text: str | None
    warnings: list[str]


def fork_server() -> multiprocessing.context.ForkServerContext:
    """The fork-server context, with the readers imported in the server once rather than in every child."""
    global _context  # noqa: PLW0603  # one fork server per process, made on first use
    with _context_lock:
        if _context is None:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["knowledge.snapshot", "knowledge.isolation"])
            _context = context
        return _context


class _ReaderPopen(popen_forkserver.Popen):
    """The fork server's launcher, minus one step: the child is not told to import the parent's `__main__`.

    A reader needs nothing of the program that started it, and importing it again in every child
    would cost the bot's (or a test runner's) whole start-up per document, or fail outright when
    the parent runs from stdin. The rest is `popen_forkserver.Popen._launch` as in CPython 3.11.
    """

    def _launch(self, process_obj: multiprocessing.process.BaseProcess) -> None:
        prep_data = spawn.get_preparation_data(process_obj._name)
        prep_data.pop("init_main_from_name", None)
        prep_data.pop("init_main_from_path", None)
        buffer = io.BytesIO()
        set_spawning_popen(self)
        try:
            reduction.dump(prep_data, buffer)
            reduction.dump(process_obj, buffer)
        finally:
            set_spawning_popen(None)
        self.sentinel, write = forkserver.connect_to_new_process(self._fds)
        parent_write = os.dup(write)  # the child's sentinel of its parent, as in CPython
        self.finalizer = util.Finalize(self, util.close_fds, (parent_write, self.sentinel))
        with open(write, "wb", closefd=True) as handle:
            handle.write(buffer.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _ReaderProcess(multiprocessing.context.ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: multiprocessing.process.BaseProcess) -> _ReaderPopen:
        return _ReaderPopen(process_obj)


def _address_space() -> int:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[0]) * PAGE_BYTES


def _limit_self(limits: Limits) -> None:
    """In the child: at most `memory_mb` more address space, and CPU time in case the parent is gone."""
    extra = limits.memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (_address_space() + extra, resource.RLIM_INFINITY))
    seconds = int(limits.seconds) + 2
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))


def _child(connection: Connection, source: SourceFile, entry: CatalogEntry | None, limits: Limits) -> None:
    reason: str | None = None
    payload = b""
    try:
        _limit_self(limits)
        document, facts, text, warnings = read_document(source, entry, limits)
        result = ReadResult(document=document, facts=facts, text=text, warnings=warnings)
        payload = b"ok" + result.model_dump_json().encode()
    except BuildError as error:
        reason = error.reason
    except MemoryError:
        reason = f"refused: over the memory limit ({limits.memory_mb} MB)"
    except BaseException as error:  # any failure of any reader is the document's refusal
        reason = f"its reader failed ({type(error).__name__}: {str(error)[:200]})"
    # Outside the handlers: a MemoryError's traceback, and the memory its frames hold, is gone by now.
    try:
        connection.send_bytes(payload if reason is None else b"no" + json.dumps(reason).encode())
    finally:
        connection.close()


def exit_reason(exitcode: int | None, limits: Limits) -> str:
    if exitcode == -signal.SIGXCPU:
        return f"refused: over the time limit ({limits.seconds:g} s of CPU)"
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        return f"refused: its reader was killed by {name} (over the memory limit of {limits.memory_mb} MB?)"
    return f"refused: over the memory limit ({limits.memory_mb} MB) or its reader crashed (exit code {exitcode})"


def read_isolated(source: SourceFile, entry: CatalogEntry | None, limits: Limits = DEFAULT_LIMITS) -> DocumentRead:
    """`read_document` in a child process; `BuildError` naming the limit when the document overruns it."""
    context = fork_server()
    receiver, sender = context.Pipe(duplex=False)
    process = _ReaderProcess(target=_child, args=(sender, source, entry, limits), daemon=True)
    try:
        process.start()
        sender.close()
        if not receiver.poll(limits.seconds):
            process.kill()
            raise BuildError(source.id, f"refused: over the time limit (not read within {limits.seconds:g} s)")
        try:
            message = receiver.recv_bytes(MAX_RESULT_BYTES)
        except EOFError:
            process.join(5)
            raise BuildError(source.id, exit_reason(process.exitcode, limits)) from None
        except OSError as error:
            process.kill()
            raise BuildError(source.id, "refused: its reader's result is too large") from error
    finally:
        receiver.close()
        process.join(5)
        if process.is_alive():
            process.kill()
            process.join()
        process.close()
    if message.startswith(b"no"):
        raise BuildError(source.id, json.loads(message[2:]))
    result = ReadResult.model_validate_json(message[2:])
    return result.document, result.facts, result.text, result.warnings


class IsolatedReader:
    """Reads changed documents in budgeted child processes and remembers each one's result by content.

    One entry per document id: a changed document replaces its entry, and `forget_others` drops
    documents no longer in the folder, so the cache never holds more than the current documents.
    """

    def __init__(self, limits: Limits = DEFAULT_LIMITS, *, isolate: bool = True) -> None:
        self.limits = limits
        self.isolate = isolate
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[tuple[str, str], DocumentRead]] = {}
        self.reads = 0  # documents actually read (not from the cache), for tests and logs

    def __len__(self) -> int:
        return len(self._cache)

    @staticmethod
    def key(source: SourceFile, entry: CatalogEntry | None) -> tuple[str, str]:
        return source.sha256, entry.model_dump_json() if entry else ""

    def __call__(self, source: SourceFile, entry: CatalogEntry | None, /) -> DocumentRead:
        key = self.key(source, entry)
        with self._lock:
            cached = self._cache.get(source.id)
        if cached is not None and cached[0] == key:
            document, facts, text, warnings = cached[1]
            return document, facts, text, list(warnings)
        read = read_isolated(source, entry, self.limits) if self.isolate else read_document(source, entry, self.limits)
        with self._lock:
            self.reads += 1
            self._cache[source.id] = (key, read)
        return read

    def forget_others(self, document_ids: set[str]) -> None:
        with self._lock:
            for document_id in set(self._cache) - document_ids:
                del self._cache[document_id]

    def remember(self, kb: KnowledgeBase, catalog: dict[str, CatalogEntry]) -> None:
        """Take a loaded snapshot's documents as read, so the first refresh re-reads only what changed."""
        facts: dict[str, list[Fact]] = {}
        for fact in kb.facts:
            facts.setdefault(fact.citation.document, []).append(fact)
        with self._lock:
            for document in kb.documents:
                entry = catalog.get(document.id)
                key = (document.sha256, entry.model_dump_json() if entry else "")
                warnings = [
                    warning.message
                    for warning in kb.warnings
                    if warning.document == document.id and warning.message != "no facts found"
                ]
                read = (document, facts.get(document.id, []), kb.texts.get(document.id), warnings)
                self._cache[document.id] = (key, read)
