"""Checking and staging an uploaded document (no Discord here; blocking file work, run in a thread).

A document is added only when the whole knowledge base builds with it: the store's documents are
copied to a temporary folder with the new file and built there; only then does the knowledge
service publish it to the store (and every host's documents folder gets it). A refused upload
leaves the store, the folders and the snapshot exactly as they were.

Replacing is refused on purpose: an upload never overwrites a document with a different one of the
same name (a moderator removes or renames the old one first), so a typo in a file name cannot
silently swap the figures behind existing answers.
"""

from __future__ import annotations

import io
import re
import shutil
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

from knowledge.limits import DEFAULT_LIMITS
from knowledge.models import KnowledgeBase
from knowledge.snapshot import BuildError, DocumentReader, build_knowledge_base, read_document

ALLOWED_SUFFIXES = (".txt", ".md", ".csv", ".xlsx")
TEXT_SUFFIXES = (".txt", ".md", ".csv")
XLSX_PARTS = ("[Content_Types].xml", "xl/workbook.xml")
MAX_UNZIPPED_BYTES = DEFAULT_LIMITS.unzipped_mb * 1024 * 1024  # the build's own limit, checked before staging
MAX_NAME = 80
UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# Names Windows reserves for devices, with any extension: a folder holding one cannot be copied there.
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", *(f"{port}{number}" for port in ("com", "lpt") for number in "0123456789")}
)
DOCUMENT_MODE = 0o644  # readable by whoever reads the other documents (backups, a second bot process)


class UploadRejected(Exception):
    """The file is refused; `reason` says why in words a moderator can act on."""

    def __init__(self, reason: str, *, build_failure: bool = False) -> None:
        self.reason = reason
        self.build_failure = build_failure  # the bytes passed the checks but the document does not build
        super().__init__(reason)


@dataclass(frozen=True)
class Staged:
    """A document that builds: its name, its facts in the staged build, and the build's warnings about it."""

    name: str
    facts: int
    warnings: tuple[str, ...]


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size} bytes"


def safe_name(filename: str) -> str:
    """The name the document is stored under: no folders, not hidden, letters, digits, '.', '-', '_' only."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFKC", filename).strip())[-1].strip()
    if not base or base.startswith("."):
        raise UploadRejected("the file name is empty or hidden (starts with a dot); rename the file")
    stem, dot, suffix = base.rpartition(".")
    suffix = f".{suffix.lower()}" if dot else ""
    if suffix not in ALLOWED_SUFFIXES:
        raise UploadRejected(
            f"wrong type: {suffix or 'no extension'} files are not accepted; upload {', '.join(ALLOWED_SUFFIXES)}"
        )
    stem = UNSAFE.sub("-", stem).strip("-._")[:MAX_NAME].strip("-._")
    if not stem:
        raise UploadRejected("the file name has no letters or digits; rename the file")
    if stem.split(".")[0].casefold() in WINDOWS_RESERVED:
        raise UploadRejected(f"`{stem.split('.')[0]}` is a name Windows reserves for a device; rename the file")
    return stem + suffix


def check_size(size: int, limit: int) -> None:
    if size > limit:
        raise UploadRejected(f"too large: {human_size(size)}; the limit is {human_size(limit)}")
    if size == 0:
        raise UploadRejected("the file is empty")


def check_content(name: str, data: bytes, limit: int) -> None:
    """The bytes are what the extension says: UTF-8 text without NUL bytes, or an Excel workbook."""
    check_size(len(data), limit)
    if name.endswith(TEXT_SUFFIXES):
        check_text(data)
    else:
        check_workbook(data)


def check_text(data: bytes) -> None:
    if b"\0" in data:
        raise UploadRejected("does not read as text: it contains NUL bytes (a binary file with a text extension?)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise UploadRejected(
            f"does not read as text: not UTF-8 (invalid byte at offset {error.start}); save it as UTF-8"
        ) from error
    if not text.strip():
        raise UploadRejected("the file is empty (only white space)")


def check_workbook(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unzipped = sum(entry.file_size for entry in archive.infolist())
    except (zipfile.BadZipFile, ValueError) as error:
        raise UploadRejected("not an Excel workbook: an .xlsx file is a zip archive, and this is not one") from error
    missing = [part for part in XLSX_PARTS if part not in names]
    if missing:
        raise UploadRejected(f"not an Excel workbook: the archive has no {', '.join(missing)}")
    if unzipped > MAX_UNZIPPED_BYTES:
        raise UploadRejected(
            f"the workbook unpacks to {human_size(unzipped)}; the limit is {human_size(MAX_UNZIPPED_BYTES)}"
        )


def existing_document(documents_dir: Path, name: str) -> Path | None:
    """A document already stored under `name`, compared without case (as a case-insensitive disk would)."""
    wanted = name.casefold()
    for path in documents_dir.iterdir():
        if path.is_file() and path.name.casefold() == wanted:
            return path
    return None


def refuse_existing(documents_dir: Path, name: str, data: bytes) -> None:
    existing = existing_document(documents_dir, name)
    if existing is None:
        return
    if existing.read_bytes() == data:
        raise UploadRejected(f"`{existing.name}` is already in the knowledge base with exactly this content")
    raise UploadRejected(
        f"a different document named `{existing.name}` already exists; uploads never replace a document. "
        "Rename the file, or remove the old document and run /kb refresh first"
    )


def hidden(directory: str, names: list[str]) -> set[str]:
    return {name for name in names if name.startswith(".")}


def stage(documents_dir: Path, name: str, data: bytes, limit: int, reader: DocumentReader = read_document) -> Staged:
    """Build the knowledge base from a temporary copy of the documents plus the new file, or refuse.

    With the service's `reader`, the documents already in the folder come from its cache and only
    the new one is read, in a budgeted child process.
    """
    check_content(name, data, limit)
    refuse_existing(documents_dir, name, data)
    with tempfile.TemporaryDirectory(prefix="ledger-upload-") as temporary:
        staged = Path(temporary) / "documents"
        shutil.copytree(documents_dir, staged, ignore=hidden)
        (staged / name).write_bytes(data)
        try:
            kb = build_knowledge_base(staged, reader=reader)
        except BuildError as error:
            where = f"`{error.document}`" if error.document else "the documents"
            raise UploadRejected(
                f"the knowledge base does not build with it: {where}: {error.reason}", build_failure=True
            ) from error
    return staged_result(kb, name)


def staged_result(kb: KnowledgeBase, name: str) -> Staged:
    facts = sum(1 for fact in kb.facts if fact.citation.document == name)
    if not facts:
        raise UploadRejected("it reads, but I found no figures in it to cite")
    notes = tuple(warning.message for warning in kb.warnings if warning.document == name)
    return Staged(name=name, facts=facts, warnings=notes)
