"""What changed between two knowledge bases, for moderators after a refresh."""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.models import Fact, KnowledgeBase
from knowledge.phrasing import format_value, statement


def identity(fact: Fact) -> tuple[str, ...]:
    """What a fact is about, independent of its value: the same identity with another value is a change."""
    return (
        fact.citation.document,
        fact.subject,
        fact.measure,
        fact.period or "",
        fact.citation.cell or "",
        *sorted(q for q in fact.qualifiers if not q.startswith("for ")),
    )


def _same_value(old: Fact, new: Fact) -> bool:
    return (old.value, old.total, old.text, old.unit, old.estimate) == (
        new.value,
        new.total,
        new.text,
        new.unit,
        new.estimate,
    )


@dataclass
class KnowledgeDiff:
    added: list[Fact] = field(default_factory=list)
    removed: list[Fact] = field(default_factory=list)
    changed: list[tuple[Fact, Fact]] = field(default_factory=list)
    documents_added: list[str] = field(default_factory=list)
    documents_removed: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.documents_added or self.documents_removed)

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "removed": len(self.removed), "changed": len(self.changed)}

    def summary_lines(self, limit: int = 10) -> list[str]:
        """Markdown bullets, most informative first, at most `limit` per kind."""
        lines = [f"• document added: `{name}`" for name in self.documents_added]
        lines += [f"• document removed: `{name}`" for name in self.documents_removed]
        lines += [f"• changed: {format_value(old)} → {statement(new)}" for old, new in self.changed[:limit]]
        lines += [f"• added: {statement(fact)}" for fact in self.added[:limit]]
        lines += [f"• removed: {statement(fact)}" for fact in self.removed[:limit]]
        hidden = sum(max(0, len(items) - limit) for items in (self.changed, self.added, self.removed))
        if hidden:
            lines.append(f"• … and {hidden} more")
        return lines or ["• no changes"]

    def summary(self) -> str:
        counts = self.counts()
        return f"{counts['added']} added, {counts['removed']} removed, {counts['changed']} changed"


def diff_knowledge_bases(old: KnowledgeBase, new: KnowledgeBase) -> KnowledgeDiff:
    old_facts = {identity(fact): fact for fact in old.facts}
    new_facts = {identity(fact): fact for fact in new.facts}
    result = KnowledgeDiff()
    for key, fact in new_facts.items():
        before = old_facts.get(key)
        if before is None:
            result.added.append(fact)
        elif not _same_value(before, fact):
            result.changed.append((before, fact))
    result.removed = [fact for key, fact in old_facts.items() if key not in new_facts]
    old_documents = {document.id for document in old.documents}
    new_documents = {document.id for document in new.documents}
    result.documents_added = sorted(new_documents - old_documents)
    result.documents_removed = sorted(old_documents - new_documents)
    return result
