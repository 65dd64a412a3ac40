from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store import Store, open_store


@pytest.fixture(params=["sqlite", "postgresql"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str | None, Path]:
    """Where a store lives: (DATABASE_URL or None, the SQLite path) for both backends."""
    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    return url, tmp_path / "data" / "ledger.sqlite3"


@pytest.fixture
def store(store_target: tuple[str | None, Path]) -> Iterator[Store]:
    opened = open_store(*store_target)
    yield opened
    opened.close()
