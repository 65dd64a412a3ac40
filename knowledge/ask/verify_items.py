"""Verify that the items a question asks are the whole a figure adds up: 'how much of Poland's defence spending goes
to military pensions?' is not answered by Poland's personnel share, which is pay and pensions together; 'pay and
pensions' or 'personnel' is, and so is 'payroll' or 'salaries' alone, the item people name the whole by (the items each
measure adds up, and that one, are domain data: `items` and `principal_item` in measures.toml).

Part of `knowledge.ask.verify`, which runs these checks beside the others.
"""

from __future__ import annotations

from knowledge import domain
from knowledge.ask.parse import ParsedQuestion
from knowledge.lexicon import normalise
from knowledge.measures import MEASURES, Measure
from knowledge.models import Fact
from knowledge.question import stem


def items_for_the_whole(question: ParsedQuestion, facts: list[Fact]) -> list[str]:
    """A figure of a whole answers a question naming some of its items only when its own words name them too (a
    document's 'pensions took 18% of the budget' read as a share of personnel)."""
    asked = _forms(_nouns_and_names(question))
    for key in dict.fromkeys(fact.measure for fact in facts):
        measure = MEASURES.get(key)
        named = _items_named(measure, asked) if measure is not None else []
        if measure is None or not named:
            continue
        words = _forms(sorted(word for item in named for word in item))
        if any(not words & _forms(normalise(fact.citation.quote).split()) for fact in facts if fact.measure == key):
            said = [word for word in question.words if _forms([word]) & words]
            return [f"quantity: {' '.join(said)} alone, a part of the {measure.label}"]
    return []


def _nouns_and_names(question: ParsedQuestion) -> list[str]:
    """The question's words but those said as verbs ('how much do they pay in pensions?', 'how much does Italy pay
    for pensions?': after an auxiliary or a pronoun, or before 'for')."""
    verifier = domain.question_words().verifier
    words = question.words
    return [
        word
        for at, word in enumerate(words)
        if not (
            (at and words[at - 1] in verifier.verb_before)
            or (words[at + 1 : at + 2] and words[at + 1] in verifier.verb_after)
        )
    ]


def _items_named(measure: Measure, asked: frozenset[str]) -> list[frozenset[str]]:
    """The measure's items a question names when it names some but not all of them, nor the measure itself ('pay and
    pensions' and 'personnel' ask the whole); [] otherwise."""
    if not measure.items:
        return []
    item_words = {word for item in measure.items for word in item}
    if _forms(sorted(measure.required - item_words)) & asked:
        return []
    named = [item for item in measure.items if _forms(sorted(item)) & asked]
    if measure.principal_item is not None and named == [measure.items[measure.principal_item]]:
        return []  # 'how much went on payroll?': people name the whole by its main item, and the statement says both
    return named if len(named) < len(measure.items) else []


def _forms(words: list[str] | tuple[str, ...]) -> frozenset[str]:
    """Each word as written and as stemmed: 'pension' names the item 'pensions' names."""
    return frozenset(words) | {stem(word) for word in words}
