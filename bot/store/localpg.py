"""A throwaway PostgreSQL server in a temporary folder, for tests and benchmarks (never for production).

PostgreSQL refuses to run as root, so under root the server runs as the unprivileged `nobody`
(the data folder is handed to it). It listens on 127.0.0.1 only, on a free port, with trust
authentication for loopback: nothing outside this machine can reach it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

SUPERUSER = "ledger"


def server_binaries() -> Path:
    """The newest installed PostgreSQL server's bin folder (initdb, pg_ctl)."""
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name), reverse=True):
        if (Path(folder) / "initdb").exists():
            return Path(folder)
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "nobody", "--", *command]


@contextlib.contextmanager
def running_postgres(*, database: str = "ledger") -> Iterator[str]:
    """Start a fresh server, yield its URL (postgresql://ledger@127.0.0.1:PORT/ledger), stop and delete it."""
    binaries = server_binaries()
    root = Path(tempfile.mkdtemp(prefix="ledger-pg-"))
    data = root / "data"
    data.mkdir()
    if os.geteuid() == 0:
        nobody = pwd.getpwnam("nobody")
        for path in (root, data):
            os.chown(path, nobody.pw_uid, nobody.pw_gid)
        root.chmod(0o700)
    port = free_port()
    log_file = root / "server.log"
    environment = {**os.environ, "LC_ALL": "C", "TZ": "UTC"}
    try:
        subprocess.run(
            _as_server_user(
                [str(binaries / "initdb"), "-D", str(data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--no-sync"]
            ),
            check=True,
            capture_output=True,
            env=environment,
        )
        options = f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={root} -c fsync=off"
        subprocess.run(
            _as_server_user(
                [
                    str(binaries / "pg_ctl"),
                    "-D",
                    str(data),
                    "-l",
                    str(log_file),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    "60",
                    "start",
                ]
            ),
            check=True,
            capture_output=True,
            env=environment,
        )
        url = f"postgresql://{SUPERUSER}@127.0.0.1:{port}/postgres"
        _create_database(url, database)
        yield f"postgresql://{SUPERUSER}@127.0.0.1:{port}/{database}"
    finally:
        subprocess.run(
            _as_server_user([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]),
            capture_output=True,
            env=environment,
            check=False,
        )
        shutil.rmtree(root, ignore_errors=True)


def _create_database(url: str, database: str) -> None:
    import psycopg  # noqa: PLC0415

    deadline = time.monotonic() + 30
    while True:
        try:
            with psycopg.connect(url, autocommit=True) as connection:
                connection.execute(f'CREATE DATABASE "{database}"')
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def reset_database(url: str) -> None:
    """Drop every table (a clean store for the next test, without restarting the server)."""
    import psycopg  # noqa: PLC0415

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP SCHEMA public CASCADE")
        connection.execute("CREATE SCHEMA public")
