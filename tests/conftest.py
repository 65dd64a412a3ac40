"""Fixtures and rules for the whole suite: the Discord stand-in, loopback only, a private data folder per
test, no skips in CI, and a real PostgreSQL server started once per session. The stand-in's fixtures are
defined here once, for every test folder."""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot.store.localpg import reset_database, running_postgres
from discord_standin import DiscordStandIn
from discord_standin.testing import LogCapture, capture_logs

TOKEN = "standin-token-Zq8Kp2mW-must-never-be-logged"

REPO = Path(__file__).resolve().parents[1]
# The tests that run the bot over the wire, PostgreSQL and subprocesses: their time limits (a bot ready within 20 s,
# three processes answering within 5 s) assume the machine is not busy with more than one other test, so on
# pytest-xdist's workers they all run on one worker, one after another, as they did before there were workers.
WIRE_TESTS = frozenset({"bot", "store", "discord_standin", "test_install.py"})


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


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.relative_to(REPO / "tests").parts[0] in WIRE_TESTS:
            item.add_marker(pytest.mark.xdist_group("wire"))


@pytest.fixture(autouse=True)
def discord_errors() -> Iterator[LogCapture]:
    """Fail any test during which discord.py logged an ERROR (call `.take()` when one is expected)."""
    with capture_logs("discord", logging.ERROR) as capture:
        yield capture
    capture.assert_clean()


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests may open sockets to 127.0.0.1 only."""
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if self.family in (socket.AF_INET, socket.AF_INET6) and host not in ("127.0.0.1", "::1", "localhost"):
            raise ConnectionRefusedError(f"tests may only connect to 127.0.0.1, not {host}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


@pytest_asyncio.fixture
async def standin() -> AsyncIterator[DiscordStandIn]:
    """A running stand-in; at teardown no unknown route was hit and no stand-in handler failed."""
    async with DiscordStandIn(token=TOKEN, ack_deadline=3.0) as running:
        yield running
        running.assert_clean()


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
