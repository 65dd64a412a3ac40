"""What a document gave: its facts by kind of measure, the statements that became "other" facts, and the
figure-bearing sentences that yielded no fact — what a moderator checks before members ask."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from knowledge.doc_context import is_heading_block
from knowledge.figures import FigureKind, find_figures, tokenize
from knowledge.models import Fact, KnowledgeBase
from knowledge.readers.prose import ProseReadError, read_prose

MARKDOWN_SUFFIXES = {".md", ".markdown"}


@dataclass
class Coverage:
    document: str
    by_kind: Counter[str] = field(default_factory=Counter)
    other: list[str] = field(default_factory=list)  # the sentences of "other" facts
    missed: list[str] = field(default_factory=list)  # figure-bearing sentences with no fact

    @property
    def facts(self) -> int:
        return sum(self.by_kind.values())


def fact_kind_label(fact: Fact) -> str:
    if fact.measure_kind:
        return fact.measure_kind
    return "statement" if fact.value is None else fact.measure


def document_coverage(kb: KnowledgeBase, document: str) -> Coverage:
    facts = [fact for fact in kb.facts if fact.citation.document == document]
    coverage = Coverage(document, Counter(fact_kind_label(fact) for fact in facts))
    coverage.other = list(dict.fromkeys(f.citation.quote for f in facts if f.measure_kind == "other"))
    text = kb.texts.get(document)
    if text is None:
        return coverage
    try:
        prose = read_prose(text, markdown=PurePosixPath(document).suffix.lower() in MARKDOWN_SUFFIXES)
    except ProseReadError:
        return coverage
    cited = [fact.citation.span for fact in facts if fact.citation.span is not None]
    for block in prose.blocks:
        if block.noise or (block.index > 1 and is_heading_block(prose, block)):
            continue  # page noise and section headings state nothing (the extractor reads them the same way)
        for span in block.sentences:
            sentence = prose.quote(span)
            figures = [f for f in find_figures(tokenize(sentence)) if f.kind is not FigureKind.YEAR]
            covered = any(c.start < span.end and span.start < c.end for c in cited)
            if figures and not covered:
                coverage.missed.append(sentence)
    return coverage


def coverage_lines(coverage: Coverage, *, limit: int = 5) -> list[str]:
    """Plain lines for a terminal or an embed field."""
    kinds = ", ".join(f"{kind} {count}" for kind, count in coverage.by_kind.most_common())
    lines = [f"{coverage.document}: {coverage.facts} facts ({kinds or 'none'})"]
    if coverage.other:
        lines.append(f"{len(coverage.other)} statements kept as 'other' facts (no known measure):")
        lines.extend(f"  • {sentence}" for sentence in coverage.other[:limit])
    if coverage.missed:
        lines.append(f"{len(coverage.missed)} sentences with a figure gave no fact:")
        lines.extend(f"  • {sentence}" for sentence in coverage.missed[:limit])
    return lines
