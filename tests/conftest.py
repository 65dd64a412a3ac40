"""Fixtures and rules for the whole suite: a private data folder per test, no skips in CI, and a real
PostgreSQL server started once per session."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.store.localpg import reset_database, running_postgres

REPO = Path(__file__).resolve().parents[1]


def _nato_sources() -> Path:
    """NATO's reference files live in ../shared/sources beside the checkout (or beside the main one of a worktree)."""
    git = REPO / ".git"
    main_checkout = Path(git.read_text().split("gitdir:", 1)[1].strip()).parents[2] if git.is_file() else REPO
    for checkout in (REPO, main_checkout):
        folder = checkout.parent / "shared" / "sources"
        if folder.is_dir():
            return folder
    return REPO.parent / "shared" / "sources"


os.environ.setdefault("NATO_SOURCES", str(_nato_sources()))


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test runs (in process or as a subprocess) touches the real per-user data folder."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("DATA_DIR", str(folder))
    for name in ("DOCUMENTS_DIR", "KNOWLEDGE_BASE_PATH"):
        monkeypatch.delenv(name, raising=False)
    return folder


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):
    """In CI (CI set), a skipped test fails: every test must run there."""
    outcome = yield
    report = outcome.get_result()
    if report.skipped and os.environ.get("CI", "").lower() in {"1", "true", "yes"} and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where every test must run: {report.longrepr}"


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
