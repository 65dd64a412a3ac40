"""What each measure means: how to phrase it, and which words in a question point at it.

Measures are domain knowledge shared by extraction (which measure a sentence
states), matching (which measure a question asks for) and answers (how to say it).
Table measures (issue: spreadsheets) join this catalog as more `Measure`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class QuestionKind(StrEnum):
    """What a question asks for, from its wording."""

    COUNT = "count"  # how many
    SHARE = "share"  # what share / percentage
    CHANGE = "change"  # how much did it grow
    TARGET = "target"  # what is the target
    PERSON = "person"  # who
    PLACE = "place"  # where
    TEXT = "text"  # what did X call for
    AMOUNT = "amount"  # how much (money)
    ANY = "any"


@dataclass(frozen=True)
class Measure:
    key: str
    label: str  # noun phrase: "share of total alliance defence expenditure"
    kinds: frozenset[QuestionKind]
    # Concepts (lexicon.SYNONYMS keys) of which a question must mention at least one group entirely.
    cue_sets: tuple[frozenset[str], ...]
    # Words that, when a question has them, point strongly at this measure.
    keywords: frozenset[str] = field(default_factory=frozenset)
    question: str = "What is the {label} of {subject}{period}?"
    numeric: bool = True


def _measure(
    key: str,
    label: str,
    kinds: set[QuestionKind],
    cue_sets: list[set[str]],
    keywords: set[str] | None = None,
    question: str = "What is the {label} of {subject}{period}?",
    *,
    numeric: bool = True,
) -> Measure:
    return Measure(
        key,
        label,
        frozenset(kinds),
        tuple(frozenset(cues) for cues in cue_sets),
        frozenset(keywords or ()),
        question,
        numeric,
    )


Q = QuestionKind
MEASURES: dict[str, Measure] = {
    measure.key: measure
    for measure in (
        _measure(
            "share_of_alliance_spending",
            "share of total alliance defence expenditure",
            {Q.SHARE, Q.AMOUNT},
            [{"share"}, {"spending"}],
            {"share", "contribute", "contributes", "contribution", "pay", "pays", "paying", "portion", "proportion",
             "percentage", "split", "divided", "breakdown", "burden", "foot", "accounts", "account", "chunk", "cut",
             "slice", "bankroll", "bankrolls", "carry", "carries", "imbalance", "total", "cover", "covers", "bill",
             "tab", "borne", "shoulder", "chip", "chipping", "cost", "costs", "outlay", "side", "sides"},
            "What share of total alliance defence expenditure did {subject} contribute{period}?",
        ),
        _measure(
            "real_change_defence_investment",
            "real-terms increase in defence investment",
            {Q.CHANGE, Q.SHARE},
            [{"increase"}, {"investment"}],
            {"increase", "increased", "rise", "rose", "growth", "grow", "grew", "jump", "jumped", "boost", "real",
             "investment", "investments", "invest", "invested", "hike", "up", "climb", "surge", "change"},
            "How much did defence investment by {subject} grow in real terms{period}?",
        ),
        _measure(
            "real_change_defence_spending",
            "real-terms change in defence expenditure",
            {Q.CHANGE, Q.SHARE},
            [{"increase"}],
            {"increase", "rise", "growth", "grow", "grew", "real", "change"},
            "How much did defence spending by {subject} change in real terms{period}?",
        ),
        _measure(
            "members_meeting_target",
            "number of member states meeting the 2% of GDP target",
            {Q.COUNT},
            [{"meet"}, {"target", "members"}, {"miss"}, {"count", "target"}, {"count", "meet"}],
            {"met", "meet", "meets", "meeting", "hit", "reach", "reached", "achieve", "achieved", "missed", "miss",
             "below", "above", "comply", "compliant", "fail", "failed", "short", "under", "pony", "pulling",
             "weight", "spend", "spending", "cleared", "clear", "make", "made"},
            "How many member states met the {target} target{period}?",
        ),
        _measure(
            "membership",
            "number of member states",
            {Q.COUNT},
            [{"count", "members"}],
            {"members", "member", "states", "countries", "nations", "allies", "membership", "size", "big"},
            "How many member states does NATO have?",
        ),
        _measure(
            "spending_target",
            "defence spending target as a share of GDP",
            {Q.TARGET, Q.SHARE},
            [{"target"}, {"gdp"}, {"proposal"}],
            {"target", "guideline", "goal", "benchmark", "threshold", "minimum", "requirement", "pledge",
             "commitment", "gdp", "bar", "standard", "quota", "allocate", "aim", "rule", "supposed", "should",
             "expected", "agreed", "required", "need", "current", "floor"},
            "What is the defence spending target as a share of GDP{period}?",
        ),
        _measure(
            "target_component",
            "part of the spending target",
            {Q.TARGET, Q.SHARE},
            [{"target"}, {"gdp"}],
            {"core", "part", "parts", "split", "component", "components", "infrastructure", "resilience",
             "related", "security", "requirements", "portion", "broken", "breakdown"},
            "What part of the spending target goes to {component}?",
        ),
        _measure(
            "role_secretary_general",
            "Secretary General",
            {Q.PERSON},
            [{"who"}],
            {"secretary", "general", "sg", "sec", "gen", "chief", "boss", "leader", "leads", "runs", "charge"},
            "Who is NATO's Secretary General?",
            numeric=False,
        ),
        _measure(
            "role_president",
            "President",
            {Q.PERSON},
            [{"who"}],
            {"president", "potus"},
            "Who is the President of {subject}?",
            numeric=False,
        ),
        _measure(
            "visiting",
            "place visited",
            {Q.PLACE},
            [{"visit"}],
            {"where", "visiting", "visit", "visited", "trip", "travel", "travelling", "traveling", "city"},
            "Where was {subject} visiting?",
            numeric=False,
        ),
        _measure(
            "called_for",
            "what was called for",
            {Q.TEXT},
            [{"call"}],
            {"call", "called", "calling", "urge", "urged", "urging", "want", "wants", "push", "pushed", "pushing",
             "demand", "demanded", "ask", "asked", "asking", "appeal", "message", "say", "said", "proposed",
             "quantum", "leap"},
            "What did {subject} call for?",
            numeric=False,
        ),
        _measure(
            "said",
            "what was said",
            {Q.PERSON, Q.TEXT},
            [{"call"}],
            {"said", "say", "says", "wrote", "write", "writes", "written", "quote", "quoted", "told", "stated",
             "words", "statement"},
            "What did {subject} say?",
            numeric=False,
        ),
        _measure(
            "released",
            "release",
            {Q.TEXT},
            [],
            {"released", "release", "published", "publish", "day", "date", "when", "came", "document", "kind",
             "report", "issued", "out"},
            "When was the {component} released?",
            numeric=False,
        ),
        _measure(
            "war",
            "war mentioned",
            {Q.TEXT},
            [],
            {"war", "wars", "waging", "wage", "waged", "conflict", "invasion", "invaded", "fighting", "tensions",
             "geopolitical", "aggression"},
            "Which war do the documents mention?",
            numeric=False,
        ),
    )
}
