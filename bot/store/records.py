"""What the store holds, as plain frozen records (no SQL, no Discord)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime


def now() -> float:
    return datetime.now(UTC).timestamp()


def as_datetime(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


@dataclass(frozen=True)
class StoredDocument:
    """A document of the current knowledge base; its bytes are kept by hash (`Store.document_bytes`)."""

    name: str
    sha256: str
    size: int
    uploader: str
    uploader_id: int
    added_at: float


@dataclass(frozen=True)
class Pointer:
    """The current version: every process answers from it, `seq` grows with each move."""

    version: str
    seq: int
    changed_at: float


@dataclass(frozen=True)
class AuditEntry:
    """One thing a moderator (or the bot itself) did: refresh, upload, remove, replace, import, config."""

    action: str
    actor: str
    actor_id: int
    ok: bool = True
    at: float = field(default_factory=now)
    guild_id: int | None = None
    old_version: str | None = None
    new_version: str | None = None
    added: int = 0
    removed: int = 0
    changed: int = 0
    document: str | None = None
    detail: str | None = None
    id: int | None = None


@dataclass(frozen=True)
class Publication:
    """A new version to make current in one transaction: its snapshot, its documents and why."""

    version: str
    snapshot: bytes
    content_sha256: str
    documents: tuple[StoredDocument, ...]
    blobs: dict[str, bytes]
    audit: AuditEntry


@dataclass(frozen=True)
class GuildConfig:
    """A server's own settings; `None` means "use the environment's default"."""

    guild_id: int
    answer_channels: tuple[int, ...] | None = None
    moderator_roles: tuple[int, ...] | None = None
    log_channel: int | None = None


@dataclass(frozen=True)
class Gap:
    """A question the bot could not answer, counted over the retention window (no user ids)."""

    question: str
    count: int
    last_asked: float


@dataclass(frozen=True)
class Quarantined:
    name: str
    reason: str
    source: str
    at: float
    sha256: str


@dataclass(frozen=True)
class ChangeToken:
    """What the watchers compare: the pointer's and the configuration's sequence numbers."""

    pointer_seq: int
    config_seq: int
