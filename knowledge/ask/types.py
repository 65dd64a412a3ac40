"""The values the question stages hand each other: scored candidates, resolutions, derived figures, drafts.

Kept apart from the stages so that any of them (and `knowledge.derive`) can name these types without
importing another stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.models import Answer, Fact

RANKING = "ranking"  # the operation of an answer ranking allies (its rows may be one: 'which ally spent most?')


@dataclass(frozen=True)
class Derived:
    value: float
    headline: str
    calculation: str
    facts: list[Fact]


@dataclass(frozen=True)
class Candidate:
    fact: Fact
    score: float
    reasons: list[str] = field(default_factory=list)


ANSWER_SCORE = 3.0  # a resolution scoring this much answers
SUGGEST_SCORE = 1.5  # …this much offers "did you mean"


@dataclass(frozen=True)
class Resolution:
    facts: list[Fact]
    score: float
    derived: Derived | None = None
    note: str | None = None
    other_source: Derived | None = None  # the same calculation from a source that disagrees


@dataclass(frozen=True)
class Draft:
    """An answer that states figures, before rendering: its Markdown lines and every fact it uses (all cited)."""

    question: str
    lines: list[str]
    headline: str
    facts: list[Fact]
    values: list[float]
    confidence: float
    cited: tuple[Fact, ...] | None = None  # the facts to cite when not all of `facts`
    calculation: str | None = None
    operation: str | None = None  # the arithmetic the calculation does: 'sum', 'average', 'gap' …
    percent_result: bool = False  # the calculation's result is a percentage, not in its operands' unit
    uncovered: list[str] = field(default_factory=list)
    yes_no: bool = False
    conditions: list[float] = field(default_factory=list)
    # facts shown after the answer for context (every target the documents give, oldest first): cited, but not
    # what answers the question, so they account for none of its words and a follow-up does not carry them on
    beside: list[Fact] = field(default_factory=list)


# A draft's operation when it summarises documents: the verifier holds it to whom and when the question names.
SUMMARY_OPERATION = "summary"


# What a handler hands the renderer: a draft to render, or a finished refusal ("I don't have that…").
Reply = Draft | Answer
