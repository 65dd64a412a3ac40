"""Documents, their bytes, the published versions and the pointer to the current one."""

from __future__ import annotations

import json

from bot.store.audit import AuditLog
from bot.store.records import ChangeToken, Pointer, Publication, StoredDocument, now
from bot.store.sql import CHANGES_CHANNEL, Database


class Versions:
    def __init__(self, db: Database, audit: AuditLog) -> None:
        self._db = db
        self._audit = audit

    # -- reading --------------------------------------------------------------------------------

    def documents(self) -> list[StoredDocument]:
        rows = self._db._rows(
            "SELECT d.name, d.sha256, b.size, d.uploader, d.uploader_id, d.added_at "
            "FROM documents d JOIN blobs b ON b.sha256 = d.sha256 ORDER BY d.name"
        )
        return [
            StoredDocument(name, sha, size, uploader, int(uid), float(at))
            for name, sha, size, uploader, uid, at in rows
        ]

    def find_document(self, name: str) -> StoredDocument | None:
        key = name.casefold()
        return next((document for document in self.documents() if document.name.casefold() == key), None)

    def document_bytes(self, sha256: str) -> bytes:
        rows = self._db._rows("SELECT data FROM blobs WHERE sha256 = ?", sha256)
        if not rows:
            raise KeyError(sha256)
        return bytes(rows[0][0])

    def known_blob(self, sha256: str) -> bool:
        return bool(self._db._rows("SELECT 1 FROM blobs WHERE sha256 = ?", sha256))

    def pointer(self) -> Pointer | None:
        rows = self._db._rows("SELECT version, seq, changed_at FROM pointer WHERE id = 1")
        return Pointer(rows[0][0], int(rows[0][1]), float(rows[0][2])) if rows else None

    def change_token(self) -> ChangeToken:
        rows = self._db._rows(
            "SELECT (SELECT seq FROM pointer WHERE id = 1), (SELECT value FROM state WHERE name = 'config_seq')"
        )
        pointer_seq, config_seq = rows[0]
        return ChangeToken(int(pointer_seq or 0), int(config_seq or 0))

    def version_snapshot(self, version: str) -> tuple[bytes, str] | None:
        rows = self._db._rows("SELECT snapshot, content_sha256 FROM versions WHERE version = ?", version)
        return (bytes(rows[0][0]), rows[0][1]) if rows else None

    def version_manifest(self, version: str) -> dict[str, str]:
        rows = self._db._rows("SELECT manifest FROM versions WHERE version = ?", version)
        return json.loads(rows[0][0]) if rows else {}

    # -- publishing -----------------------------------------------------------------------------

    def publish(self, publication: Publication, *, expected_seq: int | None) -> Pointer:
        """Store the version and its documents, move the pointer and audit it, all in one transaction.

        `expected_seq` is the pointer the caller built on; under the knowledge lock it cannot have
        moved, and a mismatch means the lock was not held (a bug), so nothing is written.
        """
        db = self._db
        manifest = json.dumps({document.name: document.sha256 for document in publication.documents}, sort_keys=True)
        with db._transaction() as cursor:
            db._execute(cursor, "SELECT seq FROM pointer WHERE id = 1")
            row = cursor.fetchone()
            current = int(row[0]) if row else 0
            if expected_seq is not None and current != expected_seq:
                raise RuntimeError(f"the pointer moved from {expected_seq} to {current} without the lock")
            for sha, data in publication.blobs.items():
                db._execute(
                    cursor,
                    "INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                    sha,
                    len(data),
                    data,
                )
            db._execute(cursor, "DELETE FROM documents")
            for document in publication.documents:
                db._execute(
                    cursor,
                    "INSERT INTO documents (name, name_key, sha256, uploader, uploader_id, added_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    document.name,
                    document.name.casefold(),
                    document.sha256,
                    document.uploader,
                    document.uploader_id,
                    document.added_at,
                )
            db._execute(
                cursor,
                "INSERT INTO versions (version, content_sha256, snapshot, manifest, created_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (version) DO UPDATE SET content_sha256 = excluded.content_sha256, "
                "snapshot = excluded.snapshot, manifest = excluded.manifest",
                publication.version,
                publication.content_sha256,
                publication.snapshot,
                manifest,
                now(),
            )
            seq = current + 1
            changed_at = now()
            db._execute(cursor, "DELETE FROM pointer WHERE id = 1")
            db._execute(
                cursor,
                "INSERT INTO pointer (id, version, seq, changed_at) VALUES (1, ?, ?, ?)",
                publication.version,
                seq,
                changed_at,
            )
            self._audit.insert(cursor, publication.audit)
            db._notify(cursor, CHANGES_CHANNEL, f"pointer:{seq}")
        return Pointer(publication.version, seq, changed_at)
