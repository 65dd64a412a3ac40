"""Verify that a share of a budget answers only a question naming the part it is a share of: 'Personnel costs still
absorb about 40 % of budgets' is the personnel share, no answer to 'What share of spending will investment make up in
2024?', though its sentence goes on to name investment ('… as investment rises') and its section heading does too.

Part of `knowledge.ask.verify`, which runs these checks beside the others.
"""

from __future__ import annotations

from knowledge import lexicon
from knowledge.ask.parse import ParsedQuestion
from knowledge.cues import cues
from knowledge.lexicon import normalise
from knowledge.models import Fact
from knowledge.question import stem

SHARE_KIND = "share_of_total"


def another_part_of_the_budget(question: ParsedQuestion, facts: list[Fact]) -> list[str]:
    """A share whose own words open on the budget part it measures ('Personnel costs … 40 %', 'Personnel expenditure:
    RON 17.1 billion, representing 44.5%') answers a question naming that part (its words or their idea) only; an
    answer giving several parts' shares of one sentence ('Operations … take 30%, and infrastructure 5%') needs one, and
    an answer with a figure naming no part of its own ('O&M remains the largest title, at 40.0%') stands on that one."""
    asked_words = {stem(word) for word in question.words}
    asked_ideas = lexicon.concepts(question.words)
    own = [_own_part(fact) for fact in facts]
    parts = [part.split() for part in own if part is not None]
    if (
        not parts
        or None in own
        or any({stem(word) for word in part} & asked_words or lexicon.concepts(part) & asked_ideas for part in parts)
    ):
        return []
    return [f"quantity: the {' '.join(parts[0])} share, a part not asked"]


def _own_part(fact: Fact) -> str | None:
    """The budget part a share's own words name before its figure, else None."""
    if fact.measure_kind != SHARE_KIND or not fact.measure_text or not fact.text:
        return None
    before = fact.measure_text.split(fact.text, 1)[0] if fact.text in fact.measure_text else ""
    words = normalise(before).split()
    parts = cues().budget_part_nouns
    named = [(start, parts.starting_at(words, start)) for start in range(len(words))]
    # the part nearest the figure: 'personnel 40%, equipment 30% and infrastructure 5%' gives the 5% infrastructure
    nearest = [(start, length) for start, length in named if length][-1:]
    return " ".join(words[nearest[0][0] : sum(nearest[0])]) if nearest else None
