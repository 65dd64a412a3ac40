"""Verify that one line of a document's table of measures answers only a question naming that line: in a budget
broken down by chapter ('| Central services | 402,6 | 428,9 | 6,5 |', '| Army | 741,8 | 779,6 | 5,1 |', …,
'| Total | 2 581,3 | 2 764,7 | 7,1 |'), 'how much did Portugal's defence programme grow?' is the total's change,
never the first chapter's; 'what did the Army receive?' is the Army's line.

A line is a row naming its own measure (`a_line_of_measures`) beside other lines of the same kind of figure for the
same subject and year in the same table; a row named by a whole word ('Total', 'Overall': questions.toml
`intent.whole_words`) is the whole, not a line of it.

Part of `knowledge.ask.verify`, which runs these checks beside the others.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from knowledge import domain, lexicon
from knowledge.ask.parse import ParsedQuestion
from knowledge.lexicon import normalise
from knowledge.models import Fact
from knowledge.question import STOPWORDS, stem

SEVERAL = 2  # a table's one line of a kind is its subject's figure, whatever the row calls it


def a_line_of_measures(fact: Fact) -> bool:
    """A figure of a row naming its own measure in a document's table of measures by year ('Core defence budget',
    'Special fund outflows'): that line's figure, not a differing statement of the subject's whole spending."""
    row = fact.citation.row_label
    return bool(row) and fact.citation.cell is None and (fact.measure_text or "").startswith(row or "")


def _line_key(fact: Fact) -> tuple[str, str, str, str | None, str]:
    """The table (the locator's 'table 1' before its row), subject, year and kind of figure a table's line states."""
    table = fact.citation.locator.split(",", 1)[0]
    return (fact.citation.document, table, fact.subject, fact.period, fact.measure_kind or "")


class LineCheck:
    """Knows how many lines of each kind every table of measures has, once."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        self.lines = Counter(_line_key(fact) for fact in facts if a_line_of_measures(fact))

    def unasked(self, question: ParsedQuestion, facts: list[Fact]) -> list[str]:
        """A line among several whose label the question names no word of (nor a concept of) gives that line's
        figure, not the one asked."""
        asked = _forms(question.words) | lexicon.concepts(list(question.words))
        whole = set(domain.question_words().intent.whole_words)
        unasked: list[str] = []
        for fact in facts:
            if not a_line_of_measures(fact) or self.lines[_line_key(fact)] < SEVERAL:
                continue
            label = _label_words(fact.citation.row_label or "")
            if not label or whole & set(label) or (_forms(label) | lexicon.concepts(label)) & asked:
                return []  # the line asked is among the answer's (beside the tiles or lines around it)
            unasked.append(f"quantity: the line {fact.citation.row_label!r} alone, not asked")
        return unasked[:1]


def _label_words(label: str) -> list[str]:
    """A row label's own words: no stopwords, no numbers ('Lei de Programação Militar (LPM)': lei, programacao,
    militar, lpm)."""
    return [word for word in normalise(label).split() if word not in STOPWORDS and not word[:1].isdigit()]


def _forms(words: Iterable[str]) -> frozenset[str]:
    """Each word as written and as stemmed: 'services' names the line 'Central service' names."""
    words = list(words)
    return frozenset(words) | {stem(word) for word in words}
