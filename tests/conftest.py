"""Fixtures every test folder may use: a real PostgreSQL server, started once per session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.store.localpg import reset_database, running_postgres


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A PostgreSQL 15 server the tests start themselves (as `nobody` under root), on 127.0.0.1 only."""
    with running_postgres() as url:
        yield url


@pytest.fixture
def postgres_url(postgres_server: str) -> str:
    """The server with an empty database: every table dropped before the test."""
    reset_database(postgres_server)
    return postgres_server
