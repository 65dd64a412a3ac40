"""The structured knowledge base: documents, cited facts, snapshots and answers.

Prose facts and table facts share one `Fact` model: a table figure is an
entity x measure x year value cited by sheet and cell, a prose figure is the
same triple cited by paragraph and quote.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SNAPSHOT_FORMAT = 1


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class DocumentKind(StrEnum):
    PROSE = "prose"
    TABLE = "table"


class Document(Frozen):
    """One source document and its catalog metadata."""

    id: str = Field(description="Path relative to the documents directory, e.g. 'article.txt'.")
    title: str
    publisher: str | None = None
    published: str | None = Field(
        default=None, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="ISO date, or year-month, or year."
    )
    url: str | None = None
    kind: DocumentKind = DocumentKind.PROSE
    sha256: str
    default_period: str | None = Field(
        default=None, description="The period figures refer to when a sentence names none."
    )

    @property
    def label(self) -> str:
        """How answers name the document: '*Title*, Publisher, 2025-04-27'."""
        parts = [f"*{self.title}*"]
        if self.publisher:
            parts.append(self.publisher)
        if self.published:
            parts.append(self.published)
        return ", ".join(parts)


class Span(Frozen):
    start: int
    end: int


class Block(Frozen):
    """A paragraph of a prose document, split into sentences with offsets."""

    index: int = Field(description="1-based paragraph number.")
    span: Span
    sentences: tuple[Span, ...]
    noise: bool = Field(default=False, description="Not prose about the subject (headline lists, menus).")
    heading: bool = Field(
        default=False,
        description="A title the layout sets apart: a line between two rules (a slide's), a sub-heading in capitals "
        "right above its bullets.",
    )


class Citation(Frozen):
    document: str = Field(description="Document id.")
    locator: str = Field(description="'paragraph 4, sentence 1' or 'Table 3, sheet TABLE3, cell D12'.")
    quote: str = Field(description="Verbatim text of the document (prose) or the cell's text (tables).")
    span: Span | None = None
    sheet: str | None = None
    cell: str | None = None
    row_label: str | None = None
    column_label: str | None = None


class Unit(StrEnum):
    PERCENT = "percent"  # a share of something named by the measure
    PERCENT_OF_GDP = "percent_of_gdp"
    COUNT = "count"
    MONEY = "money"  # amount in `currency`, scaled by `scale`
    PEOPLE = "people"
    TEXT = "text"  # non-numeric fact: `text` holds the value
    DATE = "date"  # a date or deadline: `value` holds the year, `text` the words ("by April 2027")
    RANK = "rank"  # a place in a ranking: 1 = first
    TIMES = "times"  # a multiple of another figure: "ten times Russia's spending", "double" (a ratio, no unit)


CLAIM = "claim"  # the qualifier of a figure someone claimed, not the subject's own


class Fact(Frozen):
    """One figure-bearing (or entity-bearing) statement of a document."""

    id: str
    subject: str = Field(description="Canonical entity: 'United States', 'European Allies and Canada'.")
    measure: str = Field(description="Canonical measure key from the lexicon, e.g. 'share_of_alliance_spending'.")
    value: float | None = None
    total: float | None = Field(default=None, description="For 'N of M' counts: M.")
    unit: Unit
    currency: str | None = None
    scale: float | None = Field(default=None, description="Multiplier of `value` for money, e.g. 1e6.")
    text: str | None = Field(default=None, description="The value of a non-numeric fact.")
    period: str | None = Field(default=None, description="'2024', '2035', or 'current'.")
    estimate: bool = False
    qualifiers: tuple[str, ...] = ()
    citation: Citation
    low_trust: bool = False
    # The open fact model (issue 9): what a statement says in its own words, and how sure extraction is.
    measure_text: str | None = Field(default=None, description="The statement's own words for what is measured.")
    measure_kind: str | None = Field(
        default=None,
        description="Recognised kind: share_of_gdp, share_of_total, change, money, count, date, rank or other.",
    )
    recognised: bool = Field(
        default=True, description="Subject, measure and period recognised with confidence (else quote it verbatim)."
    )
    cited_source: str | None = Field(default=None, description="Whom the statement cites: 'SIPRI', 'NATO'.")
    open_only: bool = Field(
        default=False,
        description="Stated only by the open fact model: no measure of `measures.py` describes it, so the "
        "current engine leaves it aside.",
    )

    @property
    def year(self) -> int | None:
        return int(self.period) if self.period and self.period.isdigit() else None

    @property
    def is_claim(self) -> bool:
        """A figure someone claimed (`knowledge.open_claims`): it answers only what was claimed, never what is."""
        return CLAIM in self.qualifiers


class Warning_(Frozen):
    document: str
    message: str


class KnowledgeBase(BaseModel):
    """A built, versioned snapshot of every fact extracted from a documents directory."""

    model_config = ConfigDict(extra="forbid")

    format: Literal[1] = SNAPSHOT_FORMAT
    version: str = Field(description="Content hash of the documents and the extractor version.")
    built_at: datetime
    documents: list[Document]
    facts: list[Fact]
    warnings: list[Warning_] = []
    texts: dict[str, str] = Field(
        default_factory=dict, description="Prose text of each prose document, to check quotes against."
    )

    def document(self, document_id: str) -> Document:
        for document in self.documents:
            if document.id == document_id:
                return document
        raise KeyError(document_id)

    @property
    def counts(self) -> dict[str, int]:
        return {"documents": len(self.documents), "facts": len(self.facts), "warnings": len(self.warnings)}


class Band(StrEnum):
    ANSWER = "answer"
    # a message of several asks, some answered (each cited) and some not (each said so, with the closest questions):
    # `answered` is true (its figures are cited and carried into a follow-up), but it is never the whole answer
    PARTIAL = "partial"
    SUGGEST = "suggest"  # "did you mean..."
    UNKNOWN = "unknown"  # "I don't know that"
    CHITCHAT = "chitchat"  # greeting or small talk: a pointer, never a figure
    EMPTY = "empty"  # nothing to answer


class AnswerCitation(Frozen):
    document: str
    title: str
    locator: str
    quote: str


class Answer(BaseModel):
    # Frozen: the engine hands the same answer to everyone who asks the same fresh question.
    model_config = ConfigDict(frozen=True)

    question: str
    answered: bool
    band: Band
    answer: str = Field(description="Markdown as it appears in Discord; every figure followed by its citation.")
    headline: str | None = Field(default=None, description="The figure(s) alone, for embed titles.")
    confidence: float = Field(ge=0.0, le=1.0)
    facts: list[Fact] = []
    citations: list[AnswerCitation] = []
    values: list[float] = Field(default=[], description="Every figure the answer states, derived ones included.")
    suggestions: list[str] = []
    calculation: str | None = None
    operation: str | None = Field(default=None, description="The arithmetic of `calculation`: 'sum', 'ratio' …")
    percent_result: bool = Field(
        default=False, description="The calculation's result is a percentage (a share or a change), not an amount."
    )
    yes_no: bool = Field(default=False, description="The answer says yes or no for each ally named.")
    conditions: list[float] = Field(
        default=[], description="Thresholds the answer tests its facts against (2 for '2%')."
    )
    uncovered: list[str] = Field(
        default=[], description="Entities asked about that the answer says it has no figures for."
    )
    kb_version: str | None = Field(
        default=None, description="The version of the knowledge base whose engine produced this answer."
    )
    unanswered_parts: list[str] = Field(
        default=[], description="The asks of a partly answered message (band `partial`) that it does not answer."
    )
    beside: list[Fact] = Field(
        default=[],
        description="The facts of a second reading shown after the answer (the same share worked out from the tables' "
        "cells where a document states it differently): cited in `citations`, never carried into a follow-up.",
    )
