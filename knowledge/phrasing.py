"""How facts and citations read in an answer (Discord Markdown)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from knowledge.lexicon import NATO_ALLIES, UNITED_STATES
from knowledge.measures import MEASURES, PROSE_MEASURES, TABLE_MEASURES, PhrasingStyle
from knowledge.models import AnswerCitation, Document, Fact, Unit

QUOTE_WINDOW = 220
MARKDOWN_SPECIAL = re.compile(r"([\\*_~`|>\[\]#])")
BOLD = re.compile(r"\*\*(.+?)\*\*")  # what an answer puts in bold: its figures, read back by the checks on them


def escape(text: str) -> str:
    """Document text shown in Discord must not turn into formatting."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", text)


# a Markdown document's own emphasis around words ('**€500 billion**', '_estimate_'), never a '*' or '_' inside a word
EMPHASIS = re.compile(r"(?<![\w*_])(\*{1,3}|_{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*_])")


CELL_TABS = re.compile(r"\s*\t+\s*")


def shown_quote(quote: str, document: Document) -> str:
    """A quote as a member reads it: a Markdown document's emphasis is its formatting, not its words, and would
    show as stray asterisks around the answer's own bold figures; a tab-separated table's row shows its cells apart
    ('Art. 2 Royal Netherlands Navy | 1,284 | 1,407 | 1,496'), as a member's screen collapses the tabs to spaces."""
    quote = CELL_TABS.sub(" | ", quote.strip("\t")) if "\t" in quote else quote
    if not document.id.endswith(".md"):
        return quote
    plain = EMPHASIS.sub(r"\2", quote)
    while plain != quote:
        quote, plain = plain, EMPHASIS.sub(r"\2", plain)
    return plain


def format_number(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def format_value(fact: Fact) -> str:
    if fact.unit is Unit.TEXT:
        return fact.text or ""
    number = format_number(fact.value or 0.0)
    match fact.unit:
        case Unit.PERCENT:
            return f"{number}%"
        case Unit.PERCENT_OF_GDP:
            return f"{number}% of GDP"
        case Unit.COUNT if fact.total is not None:
            return f"{number} of {format_number(fact.total)}"
        case Unit.MONEY | Unit.PEOPLE:
            return _format_scaled(fact)
        case _:
            return f"{number} times" if fact.unit is Unit.TIMES else number


def _format_scaled(fact: Fact) -> str:
    """An amount of money or of people, at its scale (a table's "million US$")."""
    amount = (fact.value or 0.0) * (fact.scale or 1.0)
    return format_money(amount, fact.currency) if fact.unit is Unit.MONEY else format_people(amount)


def format_change(amount: float, like: Fact) -> str:
    """A difference between two figures of `like`'s measure, in the units people read it in."""
    match like.unit:
        case Unit.PERCENT | Unit.PERCENT_OF_GDP:
            return f"{format_number(round(amount, 2))} percentage points"
        case Unit.MONEY:
            return format_money(amount * (like.scale or 1.0), like.currency)
        case Unit.PEOPLE:
            return f"{format_people(amount * (like.scale or 1.0))} personnel"
        case _:
            return format_number(round(amount, 2))


# 'in current US dollars (million)?', 'millions is fine': the question asks its amounts in millions, so an answer
# states them so ('US$5,158.8 million'), not only rounded to billions; 'how many thousand soldiers more…', 'in
# thousands': its headcounts in thousands.
_IN_MILLIONS: ContextVar[bool] = ContextVar("amounts_in_millions", default=False)
_PEOPLE_IN_THOUSANDS: ContextVar[bool] = ContextVar("people_in_thousands", default=False)
# 'can you give that in billions instead': amounts in billions to two places ('US$21.27 billion'), a figure stated
_IN_BILLIONS: ContextVar[bool] = ContextVar("amounts_in_billions", default=False)
THOUSAND = 1_000
BILLION = 1e9


@contextmanager
def scales_asked(*, millions: bool, thousands: bool, billions: bool = False) -> Iterator[None]:
    """Amounts of money written in millions (or billions), headcounts in thousands, while answering a question
    asking so."""
    tokens = (_IN_MILLIONS.set(millions), _PEOPLE_IN_THOUSANDS.set(thousands), _IN_BILLIONS.set(billions))
    try:
        yield
    finally:
        _IN_MILLIONS.reset(tokens[0])
        _PEOPLE_IN_THOUSANDS.reset(tokens[1])
        _IN_BILLIONS.reset(tokens[2])


def format_money(amount: float, currency: str | None) -> str:
    """US$967.7 billion, US$34,975 million → US$35.0 billion, US$1,234; an amount whose sentence names no currency
    its reader can be sure of ('50 billion crowns' of no known country) says so, never dollars."""
    prefix = "US$" if currency == "US$" else ""
    suffix = f" {currency}" if currency and not prefix else ("" if prefix else " (currency not stated)")
    if abs(amount) >= 1e6 and _IN_MILLIONS.get():
        return f"{prefix}{amount / 1e6:,.1f} million{suffix}"
    if abs(amount) >= BILLION and _IN_BILLIONS.get():
        return f"{prefix}{amount / BILLION:,.2f} billion{suffix}"
    if abs(amount) >= BILLION:
        return f"{prefix}{amount / BILLION:,.1f} billion{suffix}"
    if abs(amount) >= 1e6:
        return f"{prefix}{amount / 1e6:,.1f} million{suffix}"
    return f"{prefix}{amount:,.0f}{suffix}"


def format_people(count: float) -> str:
    if abs(count) >= THOUSAND and _PEOPLE_IN_THOUSANDS.get():
        return f"about {count / THOUSAND:,.1f} thousand"
    rounded = round(count, -2) if count >= 10_000 else round(count)
    return f"about {rounded:,.0f}"


def subject_phrase(subject: str) -> str:
    return {UNITED_STATES: "the United States", NATO_ALLIES: "NATO Allies"}.get(subject, subject)


def possessive(name: str) -> str:
    """ "Poland's", but "NATO Allies'" (a plural name takes the apostrophe alone)."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def period_phrase(fact: Fact) -> str:
    if not fact.period or fact.period == "current":
        return ""
    return f" by {fact.period}" if "deadline" in fact.qualifiers else f" in {fact.period}"


def open_statement(fact: Fact) -> str:
    """A fact only the open model states, in the document's own words: never reworded into a known measure."""
    if fact.value is None:
        value = f"“{fact.text}”"
    elif fact.unit is Unit.DATE:
        value = f"**{fact.text or int(fact.value)}**"
    elif fact.unit in (Unit.RANK, Unit.COUNT):
        value = f"**{format_number(fact.value)}**"
    else:
        value = f"**{format_value(fact)}**"
    words = fact.measure_text or fact.citation.quote
    period = f", {fact.period}" if fact.period else ""
    return f"{fact.subject}{period}: {value} — “{words}”"  # its kind is the model's, no word of the document


@dataclass(frozen=True)
class _Parts:
    """The pieces of a statement: the figure in bold, whose it is, when, and the qualifiers worth saying."""

    value: str
    subject: str
    estimated: str  # "an estimated " or ""
    period: str
    qualifiers: list[str]


def statement(fact: Fact) -> str:
    """One sentence stating the fact, its figure in bold; in the document's own words unless its subject, measure
    and period were recognised with confidence ('31 of 32 allies are fully on board with the core target' is
    never restated as '31 member states met the 2% target')."""
    if fact.open_only or (not fact.recognised and fact.citation.cell is None):
        return open_statement(fact)
    parts = _Parts(
        value=f"**{format_value(fact)}**",
        subject=subject_phrase(fact.subject),
        estimated="an estimated " if fact.estimate else "",
        period=period_phrase(fact),
        qualifiers=[q for q in fact.qualifiers if q not in {"at least", "up to", "deadline", "current", "agreed"}],
    )
    phrase = PROSE_STATEMENTS.get(fact.measure)
    if phrase is not None:
        return phrase(fact, parts)
    return _table_statement(fact, parts.value, _capital(parts.subject), parts.period)


def _alliance_share(fact: Fact, p: _Parts) -> str:
    return f"{_capital(p.subject)} contributed {p.estimated}{p.value} of total alliance defence expenditure{p.period}."


def _real_change_spending(fact: Fact, p: _Parts) -> str:
    estimate = " (estimate)" if fact.estimate and fact.citation.cell else ""
    return f"Defence expenditure of {p.subject} changed by {p.value} in real terms{p.period}{estimate}."


def _members_meeting_target(fact: Fact, p: _Parts) -> str:
    return (
        f"{p.value} NATO member states met the target of spending at least 2% of GDP on defence{p.period}."
        if fact.total is not None
        else f"{p.value} NATO member states met the 2% of GDP target{p.period}."
    )


def _target_component(fact: Fact, p: _Parts) -> str:
    floor = "At least " if "at least" in fact.qualifiers else "Up to " if "up to" in fact.qualifiers else ""
    component = next((q.removeprefix("for ") for q in p.qualifiers if q.startswith("for ")), "one part")
    return f"{floor}{p.value} of the spending target goes to {component}."


def _visiting(fact: Fact, p: _Parts) -> str:
    purpose = f" {p.qualifiers[0]}" if p.qualifiers else ""
    return f"{fact.subject} was visiting {p.value}{purpose}."


def _released(fact: Fact, p: _Parts) -> str:
    what = fact.qualifiers[0] if fact.qualifiers else "report"
    author = next((q for q in fact.qualifiers if q.startswith("by ")), "")
    return f"The {what}{' ' + author if author else ''} was released on {p.value}."


# The wordings of the measures stated in prose, by style; measures.toml says which style each measure uses.
# The tables' measures are in TABLE_PHRASES.
PROSE_PHRASINGS: dict[PhrasingStyle, Callable[[Fact, _Parts], str]] = {
    PhrasingStyle.ALLIANCE_SHARE: _alliance_share,
    PhrasingStyle.INVESTMENT_RISE: lambda fact, p: (
        f"Defence investment by {p.subject} rose by {p.estimated}{p.value} in real terms{p.period}."
    ),
    PhrasingStyle.REAL_CHANGE: _real_change_spending,
    PhrasingStyle.MEMBERS_MEETING_GOAL: _members_meeting_target,
    PhrasingStyle.MEMBERSHIP: lambda fact, p: f"NATO has {p.value} member states.",
    PhrasingStyle.GOAL: lambda fact, p: _target_statement(fact, p.value, p.period, p.qualifiers),
    PhrasingStyle.GOAL_PART: _target_component,
    PhrasingStyle.OFFICE_OF_THE_ALLIANCE: lambda fact, p: f"NATO's Secretary General is {p.value}.",
    PhrasingStyle.OFFICE_OF_A_COUNTRY: lambda fact, p: f"The President of {subject_phrase(fact.subject)} is {p.value}.",
    PhrasingStyle.VISIT: _visiting,
    PhrasingStyle.CALL: lambda fact, p: f"{fact.subject} called for {p.value}.",
    PhrasingStyle.QUOTE: lambda fact, p: f"{fact.subject} said: “{escape(fact.text or '')}”",
    PhrasingStyle.RELEASE: _released,
    PhrasingStyle.WAR: lambda fact, p: f"The documents mention {p.value}.",
}
# Each prose measure's wording, from its `phrasing` in domain/measures.toml.
PROSE_STATEMENTS: dict[str, Callable[[Fact, _Parts], str]] = {
    measure.key: PROSE_PHRASINGS[measure.phrasing] for measure in PROSE_MEASURES if measure.phrasing is not None
}


# How an answer states a table measure's figure, from its `statement` in domain/measures.toml.
TABLE_PHRASES = {measure.key: measure.statement for measure in TABLE_MEASURES if measure.statement is not None}


def _table_statement(fact: Fact, value: str, subject: str, period: str) -> str:
    estimate = " (estimate)" if fact.estimate else ""
    if fact.period and "-" in fact.period:
        period = f" from {fact.period.replace('-', ' to ')}"
    if fact.measure in TABLE_PHRASES:
        return TABLE_PHRASES[fact.measure].format(subject=subject, value=value, period=period, estimate=estimate)
    label = MEASURES[fact.measure].label if fact.measure in MEASURES else fact.measure.replace("_", " ")
    return f"The {label} of {subject} was {value}{period}{estimate}."


def _target_statement(fact: Fact, value: str, period: str, qualifiers: list[str]) -> str:
    floor = "at least " if "at least" in fact.qualifiers else ""
    proposer = next((q.removeprefix("proposed by ") for q in qualifiers if q.startswith("proposed by ")), None)
    if proposer:
        return f"{proposer} pushed for allies to spend {value} on defence."
    if "replaced" in fact.qualifiers:
        return f"The earlier guideline was {floor}{value} on defence (agreed{period}), since replaced."
    # an ally's own target is said to be its own: 'Riga has committed to reaching 5% of GDP in 2026' is Latvia's
    own = fact.subject != NATO_ALLIES
    whose = _capital(subject_phrase(fact.subject)) if own else "Allies"
    if "agreed" in fact.qualifiers or "deadline" in fact.qualifiers:
        return f"{whose} committed to spend {floor}{value} on defence{period}."
    current = "current " if "current" in fact.qualifiers else ""
    target = f"{possessive(whose)} {current}target" if own else _capital(f"the {current}target")
    return f"{target} is to spend {floor}{value} on defence{period}."


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def quote_excerpt(fact: Fact) -> str:
    """The quote, cut around the figure when long, with ellipses where cut."""
    quote = fact.citation.quote
    if len(quote) <= QUOTE_WINDOW:
        return quote
    anchor = _anchor(fact, quote)
    start = max(0, anchor - QUOTE_WINDOW // 2)
    end = min(len(quote), start + QUOTE_WINDOW)
    start = max(0, end - QUOTE_WINDOW)
    if start > 0:
        start = quote.find(" ", start) + 1
    if end < len(quote):
        end = quote.rfind(" ", start, end)
    return f"{'…' if start > 0 else ''}{quote[start:end].strip()}{'…' if end < len(quote) else ''}"


def _anchor(fact: Fact, quote: str) -> int:
    needles = [fact.text] if fact.text else []
    if fact.value is not None:
        needles.append(format_number(fact.value))
    for needle in needles:
        position = quote.find(needle) if needle else -1
        if position >= 0:
            return position
    return 0


def citation_of(fact: Fact, document: Document) -> AnswerCitation:
    return AnswerCitation(
        document=document.id, title=document.title, locator=fact.citation.locator, quote=quote_excerpt(fact)
    )


def cite(fact: Fact, document: Document) -> str:
    """' — *Title*, paragraph 4: "…quote…"' as it follows a figure."""
    excerpt = shown_quote(quote_excerpt(fact), document)
    return f" — *{escape(document.title)}*, {fact.citation.locator}: “{escape(excerpt)}”"


def ordinal(place: int) -> str:
    """2 -> '2nd', 3 -> '3rd', 11 -> '11th'."""
    suffix = "th" if 10 <= place % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(place % 10, "th")
    return f"{place}{suffix}"
