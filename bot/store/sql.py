"""The store's SQL plumbing: the backend hooks and one thread-safe transaction helper.

Everything here is blocking and thread-safe (one connection behind a lock); the bot calls it
through `asyncio.to_thread`. The SQL is shared; each backend supplies its placeholders, its
DDL, its cross-process lock and how it notices changes made by other processes. The store's
repositories (bot.store.versions, .audit, .guilds, .feedback, .quarantine) are its parts: they
share this connection and run their statements through it.
"""

from __future__ import annotations

import contextlib
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from bot.store.records import ChangeToken

CHANGES_CHANNEL = "ledger_changes"


class Database(ABC):
    """One connection behind a lock, with the hooks each backend supplies."""

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
