"""Building a knowledge base from a documents directory, and saving / loading its snapshot.

A build either succeeds whole or raises `BuildError` naming the document and the
reason; the snapshot on disk is only ever replaced atomically (temp file, fsync,
`os.replace`), so an interrupted or failed build leaves the previous one intact.

A snapshot file is a one-line header carrying the SHA-256 of the JSON that follows it (compact: facts as
columns, repeated strings once, see `knowledge.compact`; the older pydantic dump still loads); a
snapshot whose content does not match its hash (edited, bit-rotted) is refused on load, and
`load_or_build` rebuilds it from the documents.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Protocol

from pydantic import ValidationError

from knowledge import compact, extract, number_style
from knowledge.catalog import (
    CATALOG_NAME,
    CatalogEntry,
    CatalogError,
    entry_from_front_matter,
    figures_period,
    read_catalog,
)
from knowledge.limits import DEFAULT_LIMITS, Counter, Limits, OverLimit
from knowledge.models import Document, DocumentKind, Fact, KnowledgeBase, Warning_
from knowledge.paragraph_guard import unread_warning
from knowledge.readers.prose import ProseDocument, ProseReadError, read_prose
from knowledge.tabular import TABLE_SUFFIXES, TableDocumentError, read_table_document

PROSE_SUFFIXES = {".txt": False, ".md": True, ".markdown": True}
SUPPORTED_SUFFIXES = (*PROSE_SUFFIXES, *TABLE_SUFFIXES)
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
MAX_REASON = 300

Progress = Callable[[int, int, str], None]
DocumentRead = tuple[Document, list[Fact], str | None, list[str]]  # metadata, facts, prose text, warnings


class BuildError(Exception):
    """A document (or the catalog) could not be read; nothing was built."""

    def __init__(self, document: str | None, reason: str) -> None:
        self.document = document
        # Some readers quote raw bytes in their errors (zipfile's header mismatch): keep reasons readable.
        self.reason = reason if len(reason) <= MAX_REASON else reason[: MAX_REASON - 1] + "…"
        super().__init__(f"{document}: {self.reason}" if document else self.reason)


class SnapshotError(Exception):
    """A snapshot file is missing, corrupt, or of another format."""


@dataclass(frozen=True)
class SourceFile:
    id: str
    path: Path
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def document_files(documents_dir: Path) -> list[Path]:
    if not documents_dir.is_dir():
        raise BuildError(None, f"documents directory {documents_dir} does not exist")
    return sorted(
        path
        for path in documents_dir.rglob("*")
        if path.is_file()
        and path.name != CATALOG_NAME
        and not any(part.startswith(".") for part in path.relative_to(documents_dir).parts)
    )


def read_sources(documents_dir: Path) -> list[SourceFile]:
    sources = []
    for path in document_files(documents_dir):
        document_id = path.relative_to(documents_dir).as_posix()
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            supported = ", ".join(SUPPORTED_SUFFIXES)
            raise BuildError(document_id, f"unsupported document type {path.suffix or '(none)'!r}; use {supported}")
        try:
            size = path.stat().st_size
            if size > MAX_DOCUMENT_BYTES:
                raise BuildError(document_id, f"too large ({size:,} bytes; the limit is {MAX_DOCUMENT_BYTES:,})")
            data = path.read_bytes()
        except OSError as error:
            raise BuildError(document_id, f"cannot be read ({error.strerror or error})") from error
        if not data.strip():
            raise BuildError(document_id, "is empty")
        sources.append(SourceFile(document_id, path, data))
    if not sources:
        raise BuildError(None, f"no documents in {documents_dir} (supported: {', '.join(SUPPORTED_SUFFIXES)})")
    return sources


EXTRACTION_MODULES = (
    *("catalog.py", "extract.py", "lexicon.py", "measures.py", "models.py", "snapshot.py", "tabular.py"),
    *("open_facts.py", "sentence.py", "mentions.py", "figures.py", "cues.py", "entities.py", "doc_context.py"),
    *("prose_tables.py", "speech.py", "words.py"),
    *("open_reading.py", "open_document.py", "open_sections.py", "open_periods.py", "open_records.py"),
    *("open_speech.py", "sentence_reading.py", "sentence_subjects.py", "sentence_voices.py", "sentence_kinds.py"),
    *("sentence_periods.py", "sentence_counts.py", "frames.py", "open_claims.py", "named_things.py"),
    "sentence_things.py",
    *("sentence_suppositions.py", "ally_groups.py", "sentence_labels.py", "sentence_earlier.py"),
    "sentence_bases.py",
    "number_style.py",
    "chart_lists.py",
    *("run_in_names.py", "table_amounts.py"),
    *("open_footnotes.py", "sentence_moves.py", "sentence_recurring.py", "header_levels.py"),
    *("sentence_qualifiers.py", "sentence_unnamed_subjects.py", "sentence_dates.py"),
)
# The extractors' data: entities, the lexicon's titles and concepts, cue words, how slot measures read, and the
# measures themselves (the units table figures are read in).
EXTRACTION_DATA = (
    *("domain/entities.toml", "domain/roles.toml", "domain/concepts.toml"),
    *("domain/cues.toml", "domain/legacy_measures.toml", "domain/measures.toml", "domain/table_blocks.toml"),
)


@cache
def extractor_fingerprint() -> bytes:
    """Extraction code is part of a snapshot's identity: changing it must invalidate old snapshots."""
    package = Path(__file__).parent
    digest = hashlib.sha256(extract.EXTRACTOR_VERSION.encode())
    modules = [package / name for name in (*EXTRACTION_MODULES, *EXTRACTION_DATA)]
    for path in sorted([*modules, *package.glob("readers/*.py")]):
        digest.update(path.read_bytes())
    return digest.digest()


def content_version(sources: list[SourceFile], catalog_bytes: bytes) -> str:
    digest = hashlib.sha256(extractor_fingerprint())
    digest.update(hashlib.sha256(catalog_bytes).digest())
    for source in sources:
        digest.update(f"{source.id}\0{source.sha256}\n".encode())
    return digest.hexdigest()[:16]


def decode_text(source: SourceFile) -> str:
    if b"\0" in source.data[:8192]:
        raise BuildError(source.id, "looks like a binary file, not text")
    try:
        return source.data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BuildError(source.id, f"is not UTF-8 text (invalid byte at offset {error.start})") from error


def _document(source: SourceFile, kind: DocumentKind, entry: dict[str, str | None]) -> Document:
    title = entry.get("title") or Path(source.id).stem.replace("_", " ").replace("-", " ")
    try:
        return Document(
            id=source.id,
            title=title,
            publisher=entry.get("publisher"),
            published=entry.get("published"),
            url=entry.get("url"),
            kind=kind,
            sha256=source.sha256,
            default_period=figures_period(entry.get("period")),
        )
    except ValidationError as error:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        raise BuildError(source.id, f"bad metadata ({problems})") from error


def _metadata(catalog_entry: CatalogEntry | None, front_matter: dict[str, str]) -> dict[str, str | None]:
    merged: dict[str, str | None] = dict(entry_from_front_matter(front_matter))
    if catalog_entry:
        merged.update(catalog_entry.model_dump(exclude_none=True))
    return merged


class DocumentReader(Protocol):
    """Reads one document: in this process (`read_document`), or isolated and cached (`knowledge.isolation`)."""

    def __call__(self, source: SourceFile, catalog_entry: CatalogEntry | None, /) -> DocumentRead: ...


def read_document(
    source: SourceFile, catalog_entry: CatalogEntry | None, limits: Limits = DEFAULT_LIMITS
) -> DocumentRead:
    """One document's metadata, facts, prose text (for quote checks) and warnings, within `limits`."""
    try:
        document, facts, text, notes = _read_document(source, catalog_entry, Counter(limits))
    except OverLimit as error:
        raise BuildError(source.id, f"refused: {error.reason}") from error
    if len(facts) > limits.facts:
        raise BuildError(source.id, f"refused: over the facts limit: {len(facts):,} facts, more than {limits.facts:,}")
    return document, facts, text, notes


def _read_document(source: SourceFile, catalog_entry: CatalogEntry | None, counter: Counter) -> DocumentRead:
    suffix = source.path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        try:
            table = read_table_document(source.path, source.data, counter)
        except TableDocumentError as error:
            raise BuildError(source.id, str(error)) from error
        document = _document(source, DocumentKind.TABLE, _metadata(catalog_entry, {}))
        return document, table.facts(document), None, table.warnings
    text = decode_text(source)
    # '10.000 posts', 'EUR 82,69 billion', '6 300 posts': read as '10,000', '82.69' and '6,300', quoted as written
    numbers = number_style.NumbersAsRead(text)
    try:
        prose = read_prose(numbers.text, markdown=PROSE_SUFFIXES[suffix], counter=counter)
    except ProseReadError as error:
        raise BuildError(source.id, str(error)) from error
    # front matter and a heading's title are shown as the document writes them
    metadata = _metadata(catalog_entry, {key: numbers.as_written(value) for key, value in prose.metadata.items()})
    if prose.title and not metadata.get("title"):
        metadata["title"] = numbers.as_written(prose.title)
    document = _document(source, DocumentKind.PROSE, metadata)
    warnings = [] if catalog_entry or prose.metadata else ["no catalog entry or front matter: titled from its name"]
    extraction = extract.extract_facts(document, prose)
    facts = [_quoted_as_written(fact, numbers, prose) for fact in extraction.facts]
    return document, facts, text, warnings + unread_warning(extraction.unread)


def _quoted_as_written(fact: Fact, numbers: number_style.NumbersAsRead, prose: ProseDocument) -> Fact:
    """A fact read from a text whose numbers or hyphenated words were read another way than written, its quote as
    the document writes it (without a page's furniture)."""
    span = fact.citation.span
    start = span.start if span else None
    quote = numbers.as_written(prose.as_quoted(fact.citation.quote, start), start)
    if quote == fact.citation.quote:
        return fact
    return fact.model_copy(update={"citation": fact.citation.model_copy(update={"quote": quote})})


def read_or_fail(reader: DocumentReader, source: SourceFile, catalog_entry: CatalogEntry | None) -> DocumentRead:
    """`reader`, with any reader failure (MemoryError, NotImplementedError…) a BuildError naming the document."""
    try:
        return reader(source, catalog_entry)
    except BuildError:
        raise
    except MemoryError as error:
        raise BuildError(source.id, "ran out of memory while reading it") from error
    except Exception as error:
        detail = str(error).strip() or type(error).__name__
        raise BuildError(source.id, f"could not be read ({type(error).__name__}: {detail[:200]})") from error


def build_knowledge_base(
    documents_dir: Path, *, progress: Progress | None = None, reader: DocumentReader = read_document
) -> KnowledgeBase:
    """Read every document of `documents_dir` into a knowledge base, or raise `BuildError`.

    `reader` reads one document; the bot passes one that reads in a child process with time and
    memory budgets and reuses the documents that did not change (`knowledge.isolation`).
    """
    documents_dir = Path(documents_dir)
    try:
        catalog = read_catalog(documents_dir)
    except CatalogError as error:
        raise BuildError(CATALOG_NAME, str(error)) from error
    catalog_path = documents_dir / CATALOG_NAME
    catalog_bytes = catalog_path.read_bytes() if catalog_path.exists() else b""
    sources = read_sources(documents_dir)
    documents: list[Document] = []
    facts: list[Fact] = []
    texts: dict[str, str] = {}
    warnings: list[Warning_] = []
    for number, source in enumerate(sources, start=1):
        if progress:
            progress(number, len(sources), source.id)
        document, document_facts, text, notes = read_or_fail(reader, source, catalog.get(source.id))
        documents.append(document)
        facts.extend(document_facts)
        if text is not None:
            texts[source.id] = text
        warnings.extend(Warning_(document=source.id, message=note) for note in notes)
        if not document_facts:
            warnings.append(Warning_(document=source.id, message="no facts found"))
    known = {source.id for source in sources}
    warnings.extend(
        Warning_(document=CATALOG_NAME, message=f"entry {name!r} names no document in the folder")
        for name in catalog
        if name not in known
    )
    kb = KnowledgeBase(
        version=content_version(sources, catalog_bytes),
        built_at=datetime.now(UTC),
        documents=documents,
        facts=facts,
        warnings=warnings,
        texts=texts,
    )
    return compact.share_fields_sets(kb)


def current_version(documents_dir: Path) -> str:
    catalog_path = Path(documents_dir) / CATALOG_NAME
    catalog_bytes = catalog_path.read_bytes() if catalog_path.exists() else b""
    return content_version(read_sources(Path(documents_dir)), catalog_bytes)


SNAPSHOT_HEADER = b"alliance-ledger-snapshot sha256="


def snapshot_bytes(kb: KnowledgeBase) -> bytes:
    """The header line with the content hash, then the knowledge base as compact JSON (`knowledge.compact`)."""
    body = compact.encode(kb)
    return SNAPSHOT_HEADER + hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def knowledge_base_from_bytes(raw: bytes, origin: str) -> KnowledgeBase:
    """Parse snapshot bytes, refusing them unless the header's hash matches the content."""
    header, newline, body = raw.partition(b"\n")
    if not newline or not header.startswith(SNAPSHOT_HEADER):
        raise SnapshotError(f"{origin} is not a knowledge-base snapshot (no content hash)")
    if hashlib.sha256(body).hexdigest().encode() != header[len(SNAPSHOT_HEADER) :].strip():
        raise SnapshotError(f"{origin} does not match its content hash (edited or damaged)")
    try:
        if body.startswith(compact.COMPACT_PREFIX):
            return compact.decode(body)
        return compact.share_fields_sets(KnowledgeBase.model_validate_json(body))  # format 1: a pydantic dump
    except compact.CompactError as error:
        raise SnapshotError(f"{origin} is not a valid knowledge-base snapshot ({error})") from error
    except ValidationError as error:
        problems = error.error_count()
        raise SnapshotError(f"{origin} is not a valid knowledge-base snapshot ({problems} problems)") from error


def save_snapshot(kb: KnowledgeBase, path: Path) -> None:
    """Write atomically: a reader sees the old snapshot or the new one, never half of one."""
    write_atomically(Path(path), snapshot_bytes(kb))


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete `.knowledge.json.*.tmp` files a killed write left next to the snapshot `path`."""
    path = Path(path)
    if not path.parent.is_dir():
        return []
    stale = list(path.parent.glob(f".{path.name}.*.tmp"))
    for leftover in stale:
        leftover.unlink(missing_ok=True)
    return stale


def load_snapshot(path: Path) -> KnowledgeBase:
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise SnapshotError(f"cannot read snapshot {path}: {error.strerror or error}") from error
    return knowledge_base_from_bytes(raw, str(path))


def load_or_build(
    documents_dir: Path,
    snapshot_path: Path,
    *,
    progress: Progress | None = None,
    reader: DocumentReader = read_document,
) -> KnowledgeBase:
    """The snapshot if it matches the documents; otherwise a fresh build, saved."""
    snapshot_path = Path(snapshot_path)
    remove_stale_temporaries(snapshot_path)
    if snapshot_path.exists():
        try:
            snapshot = load_snapshot(snapshot_path)
        except SnapshotError:
            snapshot = None
        if snapshot is not None and snapshot.version == current_version(documents_dir):
            return snapshot
    kb = build_knowledge_base(documents_dir, progress=progress, reader=reader)
    save_snapshot(kb, snapshot_path)
    return kb
