"""Questions over a whole table: rankings, lists with a condition, counts, and trends.

"Top 3 spenders", "which allies were below 2% in 2024", "how many met 2% in 2014",
"how has Germany changed since 2014". Every listed figure is a cited cell; counts
and changes show their arithmetic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from knowledge import lexicon
from knowledge.lexicon import EntityKind
from knowledge.models import Fact, Unit
from knowledge.phrasing import format_number
from knowledge.question import Question

RANK_WORDS = {
    "top": False,
    "highest": False,
    "most": False,
    "biggest": False,
    "largest": False,
    "leading": False,
    "lowest": True,
    "least": True,
    "smallest": True,
    "bottom": True,
    "fewest": True,
    "worst": True,
}
BELOW = (
    "below",
    "under",
    "less than",
    "short of",
    "not meet",
    "didnt meet",
    "missed",
    "miss",
    "fell short",
    "failed",
    "fail",
    "not reach",
    "didnt reach",
    "not hit",
    "didnt hit",
)
ABOVE = (
    "above",
    "over",
    "more than",
    "at least",
    "met",
    "meet",
    "meeting",
    "reach",
    "reached",
    "hit",
    "exceed",
    "exceeded",
    "at or above",
    "achieved",
    "comply",
)
LIST_CUES = ("which", "list", "name", "who", "what countries", "what allies", "whats the list")
TREND_CUES = (
    " since ",
    " trend",
    " over time",
    " changed ",
    " evolution ",
    " over the years",
    " history ",
    " how has ",
    " evolved ",
)
DERIVED_CUES = (
    " than ",
    " ratio ",
    " times ",
    " fraction ",
    " percentage of ",
    " proportion ",
    " would have to ",
    " still need",
    " as a percentage",
)
COUNT_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
TOP_N = re.compile(r"\b(?:top|bottom|first|last)\s+(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b")


class Intent(StrEnum):
    RANKING = "ranking"
    LIST = "list"
    COUNT = "count"
    TREND = "trend"


@dataclass
class TableQuestion:
    intent: Intent
    ascending: bool = False
    limit: int = 1
    threshold: float | None = None
    below: bool = False
    years: list[int] = field(default_factory=list)


def _limit(question: Question) -> int:
    match = TOP_N.search(" ".join(question.words))
    if not match:
        return 1
    text = match.group(1)
    return int(text) if text.isdigit() else COUNT_WORDS[text]


def _threshold(question: Question) -> float | None:
    percents = [value for value, percent in question.numbers if percent]
    if percents:
        return percents[0]
    if question.has("target", "guideline", "benchmark", "2 percent"):
        return 2.0
    return None


def table_question(question: Question) -> TableQuestion | None:
    """What kind of whole-table question this is, if any."""
    text = f" {' '.join(question.words)} "
    countries = [name for name in question.entities if lexicon.entities_by_name()[name].kind is EntityKind.COUNTRY]
    if countries and any(cue in text for cue in TREND_CUES):
        return TableQuestion(Intent.TREND, years=sorted(question.years))
    if countries and len(question.years) >= 2:
        return TableQuestion(Intent.TREND, years=sorted(question.years))
    if countries:
        return None
    if any(cue in text for cue in DERIVED_CUES):
        return None  # "how many more met than missed": arithmetic on a stated count, not a table count
    below = any(f" {cue} " in text for cue in BELOW)
    above = any(f" {cue} " in text for cue in ABOVE)
    threshold = _threshold(question) if (below or above) else None
    counting = question.has("how many", "number of", "count")
    if threshold is not None and counting:
        return TableQuestion(Intent.COUNT, threshold=threshold, below=below, years=question.years)
    if threshold is not None and any(f" {cue} " in text for cue in LIST_CUES):
        return TableQuestion(Intent.LIST, threshold=threshold, below=below, years=question.years)
    ranking = [word for word in question.words if word in RANK_WORDS]
    if ranking or TOP_N.search(text) or question.has("rank", "ranking", "ranked", "spends the most", "spend the most"):
        ascending = any(RANK_WORDS.get(word, False) for word in ranking) or " bottom " in text
        return TableQuestion(Intent.RANKING, ascending=ascending, limit=_limit(question), years=question.years)
    return None


def is_ally_row(fact: Fact) -> bool:
    entity = lexicon.entities_by_name().get(fact.subject)
    return entity is not None and entity.kind is EntityKind.COUNTRY and entity.nato_member


def _value(fact: Fact) -> float:
    return fact.value if fact.value is not None else 0.0


def ranking(facts: list[Fact], spec: TableQuestion) -> list[Fact]:
    rows = sorted((fact for fact in facts if is_ally_row(fact)), key=_value, reverse=not spec.ascending)
    return rows[: max(1, min(spec.limit, 31))]


def matching(facts: list[Fact], spec: TableQuestion) -> list[Fact]:
    threshold = spec.threshold if spec.threshold is not None else 2.0
    rows = [fact for fact in facts if is_ally_row(fact)]
    if spec.below:
        chosen = [fact for fact in rows if _value(fact) < threshold]
    else:
        chosen = [fact for fact in rows if _value(fact) >= threshold]
    return sorted(chosen, key=_value, reverse=not spec.below)


def describe_condition(spec: TableQuestion, unit: Unit) -> str:
    threshold = format_number(spec.threshold if spec.threshold is not None else 2.0)
    suffix = "% of GDP" if unit is Unit.PERCENT_OF_GDP else "%" if unit is Unit.PERCENT else ""
    return f"below {threshold}{suffix}" if spec.below else f"at or above {threshold}{suffix}"
