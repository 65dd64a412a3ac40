"""The documents folder on this host: reading it, mirroring the store into it, and quarantine.

Blocking file work only (run in a thread). The store is the truth; the documents folder is this
host's working copy. A file whose bytes the store has seen is a copy (the store's current state
wins); a file the store has never seen is a local edit, kept until `/kb refresh` imports it.
"""

from __future__ import annotations

import hashlib
import logging
import re
import tempfile
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path

from knowledge.catalog import CATALOG_NAME
from knowledge.snapshot import document_files, write_atomically

log = logging.getLogger(__name__)
UPLOAD_TEMPORARIES = ".upload-*.tmp"
MIRROR_TEMPORARIES = ".*.tmp"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def folder_documents(folder: Path) -> dict[str, bytes]:
    """Every document of `folder` (and its catalog) by its name relative to the folder."""
    if not folder.is_dir():
        return {}
    found = {path.relative_to(folder).as_posix(): path.read_bytes() for path in document_files(folder)}
    catalog = folder / CATALOG_NAME
    if catalog.is_file():
        found[CATALOG_NAME] = catalog.read_bytes()
    return found


def write_folder(folder: Path, documents: Mapping[str, bytes]) -> None:
    """A fresh folder holding exactly `documents` (for a build from the store's documents)."""
    for name, data in documents.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Hidden temporary files that a killed upload or mirror left in the documents folder."""
    if not folder.is_dir():
        return []
    stale = [path for path in folder.rglob(MIRROR_TEMPORARIES) if path.is_file()]
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


def mirror(
    folder: Path,
    wanted: Mapping[str, str],
    fetch: Callable[[str], bytes],
    known: Callable[[str], bool],
) -> tuple[list[str], list[str]]:
    """Make the copies in `folder` match the store's documents `wanted` (name → sha256).

    Writes missing or stale copies and deletes documents the store has dropped; a file whose
    bytes the store has never seen is a local edit and is left alone. Returns (written, deleted).
    """
    folder.mkdir(parents=True, exist_ok=True)
    present = folder_documents(folder)
    written: list[str] = []
    deleted: list[str] = []
    for name, wanted_sha in wanted.items():
        data = present.get(name)
        if data is not None and sha256(data) == wanted_sha:
            continue
        if data is not None and not known(sha256(data)):
            log.warning("Keeping local edit of %s: run /kb refresh to import it", name)
            continue
        write_atomically(folder / name, fetch(wanted_sha))
        (folder / name).chmod(0o644)
        written.append(name)
    for name, data in present.items():
        if name not in wanted and known(sha256(data)):
            (folder / name).unlink(missing_ok=True)
            deleted.append(name)
    return written, deleted


def local_changes(folder: Path, wanted: Mapping[str, str], known: Callable[[str], bool]) -> dict[str, bytes]:
    """Documents added or edited in `folder` that the store has never seen (to import at start)."""
    changes: dict[str, bytes] = {}
    for name, data in folder_documents(folder).items():
        digest = sha256(data)
        if wanted.get(name) != digest and not known(digest):
            changes[name] = data
    return changes


QUARANTINE_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def quarantine_file(quarantine_dir: Path, name: str, data: bytes, reason: str) -> Path:
    """Keep a rejected document (and why) out of the documents folder, where no build reads it."""
    quarantine_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    safe = QUARANTINE_UNSAFE.sub("-", name).strip("-.") or "document"
    target = quarantine_dir / f"{stamp}-{safe}"
    write_atomically(target, data)
    write_atomically(target.with_name(target.name + ".reason.txt"), f"{name}\n{reason}\n".encode())
    return target


def make_temporary_folder(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=prefix))
