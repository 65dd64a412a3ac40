"""Reporting on the knowledge base: what a change did, the last change, and the figures behind answers."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from bot.store import AuditEntry, Store
from bot.store.records import as_datetime
from bot.store_calls import StoreCaller
from bot.uploads import Staged
from knowledge.coverage import Coverage
from knowledge.diff import KnowledgeDiff
from knowledge.models import Answer, Fact

log = logging.getLogger(__name__)
CHANGE_ACTIONS = ("refresh", "upload", "remove", "replace")
PAST = {
    "refresh": "refreshed",
    "upload": "updated with an upload",
    "remove": "updated by a removal",
    "replace": "updated by a replacement",
    "import": "imported from the documents folder",
}


@dataclass(frozen=True)
class RefreshRecord:
    """Who changed the knowledge base, when, and what came of it."""

    actor: str
    actor_id: int
    started_at: datetime
    finished_at: datetime
    ok: bool
    old_version: str
    new_version: str | None = None
    error: str | None = None
    document: str | None = None  # the document uploaded, removed or replaced, if any
    action: str = "refresh"

    @classmethod
    def from_audit(cls, entry: AuditEntry) -> RefreshRecord:
        return cls(
            actor=entry.actor,
            actor_id=entry.actor_id,
            started_at=as_datetime(entry.at),
            finished_at=as_datetime(entry.at),
            ok=entry.ok,
            old_version=entry.old_version or "",
            new_version=entry.new_version,
            error=entry.detail if not entry.ok else None,
            document=entry.document,
            action=entry.action,
        )


@dataclass(frozen=True)
class Actor:
    """Who asks for a change, and in which server (None: a direct message, or the bot itself)."""

    name: str
    id: int
    guild_id: int | None = None


@dataclass(frozen=True)
class RefreshResult:
    diff: KnowledgeDiff
    old_version: str
    new_version: str
    record: RefreshRecord
    staged: Staged | None = None  # for an upload or replacement: the document's name, fact count and warnings
    # What each new or changed document gave: facts by measure, "other" statements, sentences with no fact.
    coverage: tuple[Coverage, ...] = ()


class RefreshLog:
    """The last change to the knowledge base, by this process or another, and the audit of failed ones."""

    def __init__(self, store: Store, off_loop: StoreCaller) -> None:
        self.store = store
        self._off_loop = off_loop
        self.last: RefreshRecord | None = None

    async def read(self) -> None:
        """The last change as the store's audit log has it (another process may have made it)."""
        entries = await self._off_loop(self.store.history, 1, 0, CHANGE_ACTIONS)
        self.last = RefreshRecord.from_audit(entries[0]) if entries else None

    def failed(self, action: str, document: str | None, actor: Actor, version: str, reason: str) -> None:
        """Audit a change that did not build (blocking: a store write)."""
        self.store.add_audit(
            AuditEntry(
                action=action,
                actor=actor.name,
                actor_id=actor.id,
                ok=False,
                guild_id=actor.guild_id,
                old_version=version or None,
                document=document,
                detail=reason,
            )
        )
        self.last = RefreshRecord(
            actor=actor.name,
            actor_id=actor.id,
            started_at=datetime.now(UTC),
            finished_at=datetime.now(UTC),
            ok=False,
            old_version=version,
            error=reason,
            document=document,
            action=action,
        )
        log.warning("Knowledge base %s by %s (%d) failed: %s", action, actor.name, actor.id, reason)


def changed_documents(diff: KnowledgeDiff) -> list[str]:
    """Documents added, or with facts added or changed, in the order the diff names them."""
    names = [*diff.documents_added, *(fact.citation.document for fact in diff.added)]
    names += [new.citation.document for _, new in diff.changed]
    return list(dict.fromkeys(names))


def facts_by_document(facts: list[Fact]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for fact in facts:
        counts[fact.citation.document] = counts.get(fact.citation.document, 0) + 1
    return counts


def facts_json(answer: Answer) -> str:
    """The facts behind an answer, as stored with its votes."""
    return json.dumps(
        [
            fact.model_dump(mode="json", include={"subject", "measure", "value", "unit", "period", "citation"})
            for fact in answer.facts
        ]
    )
