"""Watching the store from a thread and handing every change to the event loop."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable

from bot.store import ChangeToken, Store

log = logging.getLogger(__name__)


class StoreWatcher:
    """Calls `on_change(token)` on the event loop whenever any process changes the store."""

    def __init__(self, store: Store, interval: float, on_change: Callable[[ChangeToken], None]) -> None:
        self.store = store
        self.interval = interval
        self._on_change = on_change
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: set[asyncio.Future[object]] = set()

    def start(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._thread = threading.Thread(target=self._watch, name="ledger-store-watch", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        def changed(token: ChangeToken) -> None:
            if self._loop is not None and not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._on_change, token)

        try:
            self.store.watch(changed, self._stop, self.interval)
        except Exception:
            log.exception("The store watcher stopped")

    def spawn(self, work: Awaitable[object]) -> None:
        """Run `work` as a task of its own, kept referenced until done (or it may be collected mid-way)."""
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
