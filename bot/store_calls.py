"""Blocking store and build calls on threads, which closing waits for.

`asyncio.to_thread` is not enough for calls that use the store: cancelling the awaiting task (a stop
during start-up, a shutdown during a refresh) does not stop its thread, and a store closed under that
thread fails it between two of its transactions (a knowledge-base lock never released, an import cut
short). Every such call goes through one `StoreCalls`, and closing drains it before the store closes.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")
# What a collaborator is handed to make its store calls: a `StoreCalls`.
StoreCaller = Callable[..., Awaitable[Any]]

# Enough for the watcher's reads, a change and a burst of votes at once; SQLite serialises writes anyway.
STORE_THREADS = 8


class ServiceClosed(RuntimeError):
    """A store call asked for after closing began."""

    def __init__(self) -> None:
        super().__init__("the knowledge service is closing: no new store calls")


class StoreCalls:
    def __init__(self, workers: int = STORE_THREADS) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ledger-store")
        self._running: set[Future[object]] = set()
        self._closing = False

    async def __call__(self, func: Callable[..., T], *args: object) -> T:
        """`func(*args)` on a store thread; raises `ServiceClosed` once closing began."""
        if self._closing:
            raise ServiceClosed
        context = contextvars.copy_context()
        future: Future[T] = self._pool.submit(context.run, func, *args)
        self._running.add(future)  # type: ignore[arg-type]
        future.add_done_callback(self._running.discard)  # type: ignore[arg-type]
        return await asyncio.wrap_future(future)

    async def drain(self, timeout: float) -> int:
        """Refuse new calls, drop queued ones, wait up to `timeout` s for running ones; how many still run."""
        self._closing = True
        self._pool.shutdown(wait=False, cancel_futures=True)
        running = [asyncio.wrap_future(future) for future in list(self._running) if not future.done()]
        if not running:
            return 0
        log.info("Closing: waiting for %d store calls to finish", len(running))
        finished, unfinished = await asyncio.wait(running, timeout=timeout)
        for future in finished:
            if not future.cancelled():
                future.exception()  # its awaiter reports it; retrieved here so asyncio does not log it again
        if unfinished:
            log.warning("Closing the store with %d calls still running after %.0f s", len(unfinished), timeout)
        return len(unfinished)
