"""Published versions on this host: loading one, and keeping the documents folder and snapshot in step.

A version is read from the local snapshot when it is that version, else from the store's copy,
else rebuilt from its documents. The documents folder mirrors the current version's documents.
"""

from __future__ import annotations

import logging
import shutil
import zlib
from collections.abc import Callable
from pathlib import Path

from bot import kb_files
from bot.store import Pointer, Store
from knowledge.isolation import IsolatedReader
from knowledge.models import KnowledgeBase
from knowledge.snapshot import (
    SnapshotError,
    knowledge_base_from_bytes,
    load_snapshot,
    remove_stale_temporaries,
    save_snapshot,
)

log = logging.getLogger(__name__)

# build_knowledge_base(folder, reader=...): the caller's, so that the one a test slows down is the one used.
Build = Callable[..., KnowledgeBase]


class VersionLoader:
    def __init__(
        self, documents_dir: Path, snapshot_path: Path, store: Store, reader: IsolatedReader, build: Build
    ) -> None:
        self.documents_dir = documents_dir
        self.snapshot_path = snapshot_path
        self.store = store
        self.reader = reader
        self._build = build

    def remove_leftovers(self) -> None:
        for leftover in [
            *remove_stale_temporaries(self.snapshot_path),
            *kb_files.remove_stale_temporaries(self.documents_dir),
        ]:
            log.info("Removed %s, left by an interrupted write", leftover)

    def manifest(self, pointer: Pointer | None) -> dict[str, str]:
        return self.store.version_manifest(pointer.version) if pointer else {}

    def local_changes(self, pointer: Pointer | None) -> dict[str, bytes]:
        """The documents folder's new and edited documents, compared with `pointer`'s version."""
        return kb_files.local_changes(self.documents_dir, self.manifest(pointer), self.store.known_blob)

    def load(self, version: str) -> KnowledgeBase:
        """The snapshot of `version`: the local file, else the store's copy, else rebuilt from its documents."""
        try:
            kb = load_snapshot(self.snapshot_path)
            if kb.version == version:
                return kb
        except SnapshotError as error:
            if self.snapshot_path.exists():
                log.warning("Ignoring the local snapshot: %s", error)
        stored = self.store.version_snapshot(version)
        if stored is not None:
            try:
                kb = knowledge_base_from_bytes(zlib.decompress(stored[0]), f"stored version {version}")
            except (SnapshotError, zlib.error) as error:
                log.error("Rebuilding version %s from its documents: %s", version, error)
            else:
                save_snapshot(kb, self.snapshot_path)
                return kb
        return self._rebuild(version)

    def _rebuild(self, version: str) -> KnowledgeBase:
        manifest = self.store.version_manifest(version)
        folder = kb_files.make_temporary_folder("ledger-version-")
        try:
            kb_files.write_folder(folder, {name: self.store.document_bytes(sha) for name, sha in manifest.items()})
            kb = self._build(folder, reader=self.reader)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        save_snapshot(kb, self.snapshot_path)
        return kb

    def save(self, kb: KnowledgeBase) -> None:
        """The local snapshot of a version just published (the store has it; this only saves a fetch)."""
        try:
            save_snapshot(kb, self.snapshot_path)
        except OSError as error:
            log.warning("Could not write the local snapshot: %s", error)

    def mirror(self, version: str) -> None:
        """Bring the documents folder up to `version`'s documents (local edits are kept)."""
        try:
            written, deleted = kb_files.mirror(
                self.documents_dir,
                self.store.version_manifest(version),
                self.store.document_bytes,
                self.store.known_blob,
            )
        except OSError as error:
            log.warning("Could not update the documents folder %s: %s", self.documents_dir, error)
            return
        if written or deleted:
            log.info("Documents folder updated from the store: wrote %s, removed %s", written, deleted)
