"""A year asked to be confirmed ('is the Hague 5% deadline 2030?', 'confirm the deadline is 2030'): the question
asked without the year, and Yes or No by the years its verified answer states. The year typed is what is checked,
so it is never a word the answer must account for."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from knowledge import domain, lexicon
from knowledge.ask.quantities import asked_currency
from knowledge.cues import cues
from knowledge.models import Answer
from knowledge.phrasing import BOLD
from knowledge.question import YEAR, Question, closing_tag, without_yes_no_tag
from knowledge.words import normalise

EARLIEST, LATEST = 1900, 2100  # what a stated value must lie within to be a year
NAMED_FIGURE = re.compile(r"\bthe\s+\d+(?:\.\d+)?\s*%", re.IGNORECASE)  # 'the 19.4% increase', 'the 2% guideline'
BOLD_DATE = re.compile(r"(?:\d{1,2}\s+[A-Za-z]+\s+|[A-Za-z]+\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d")


# a premise's figure taken out of a message ('22 of 32 allies met the 2% target in 2024, right?' asked as 'allies met
# the 2% target in 2024, right?'): its year is the premise's figure's, no date told to check
_A_PREMISE_READ: ContextVar[bool] = ContextVar("a_premise_read", default=False)


@contextmanager
def reading_a_premise() -> Iterator[None]:
    token = _A_PREMISE_READ.set(True)
    try:
        yield
    finally:
        _A_PREMISE_READ.reset(token)


def year_checked(question: str, parsed: Question, answer_of: Callable[[str], Answer]) -> Answer | None:
    """`answer_of` answers the question without its year, verified as any question is: a deadline asked yes or no
    ('is the Hague 5% deadline 2030?'), or a statement dating something asked to be confirmed ('the 2% guideline
    was agreed at the Wales summit in 2016, correct?'), asked as when it was ('when the 2% guideline was agreed at
    the Wales summit?')."""
    deadline = parsed.has(*domain.question_words().verifier.deadline_asked)
    tagged = parsed.tagged_yes_no or _without_a_date_tag(question) != question
    if not (deadline or tagged) or not (parsed.opens_as_yes_or_no or tagged) or len(set(parsed.years)) != 1:
        return None
    (year,) = set(parsed.years)
    if deadline:
        without = re.sub(rf"\b{year}\b", " ", question)
        return None if YEAR.search(without) else year_verdict(question, year, answer_of(without))
    if _a_figure_of_an_ally(parsed) or _A_PREMISE_READ.get():
        return None  # 'France had military personnel in 2024, right?': the year of an ally's figure, no event's
    return _a_date_told(question, year, answer_of)


def _a_date_told(question: str, year: int, answer_of: Callable[[str], Answer]) -> Answer | None:
    """'The Hague summit was on 24 June 2025, wasn't it?': asked as 'when The Hague summit was?', Yes or No by the
    date its verified answer states."""
    statement, _ = without_yes_no_tag(_without_a_date_tag(question))
    dated = _date_typed(statement, year)
    if dated is None or _figures_besides(statement[: dated.start()] + statement[dated.end() :]):
        return None  # 'France spent 2% in 2023, right?' is a figure's premise, checked as such
    undated = " ".join(f"{statement[: dated.start()]} {statement[dated.end() :]}".split())
    if not _dates_an_event(statement[: dated.start()], undated):
        return None  # '… raised defence investment by in real terms in 2024, correct?': a figure's year, no event's
    answer = answer_of(f"when {undated.rstrip(' ?')}?")
    if any(fact.citation.cell is not None for fact in answer.facts):
        return None  # a table's cell is a figure of its year, no date of what the statement tells
    return year_verdict(question, year, answer, day=dated.group("day"), dated_in_bold=True)


def _without_a_date_tag(question: str) -> str:
    """'The Hague summit was on 25 June 2025, wasn't it?' → 'The Hague summit was on 25 June 2025?'."""
    statement, _, closing = closing_tag(question)
    return statement if statement and closing in domain.question_words().verifier.date_tags else question


def _a_figure_of_an_ally(parsed: Question) -> bool:
    """A currency or an ally named: the year typed is the period of a figure, not the date of an event (a summit,
    an agreement, a review)."""
    return asked_currency(parsed.words) is not None or any(lexicon.is_country(name) for name in parsed.entities)


def _dates_an_event(before: str, undated: str) -> bool:
    """The statement tells an event ('was agreed at the Wales summit', 'gets reviewed') or a deadline right before
    the year ('until 2035', 'by 2035')."""
    raw = cues().raw
    words = f" {' '.join(normalise(undated).split())} "
    ending = normalise(before).split()[-1:]
    if NAMED_FIGURE.search(undated):
        return True  # 'the 19.4% real-term increase … was in 2023': the year of a figure the message names as known
    deadline = bool(ending) and ending[0] in raw.deadline_before
    return deadline or any(f" {event} " in words for event in raw.event_words)


def _date_typed(statement: str, year: int) -> re.Match[str] | None:
    """The year typed, with the day and month before it and the little word dating it ('on 25 June 2025', 'in
    2016'); 'until 2035' keeps its 'until', which says what the time asked is."""
    return re.search(rf"(?:\b(?:in|on|at|during)\s+)?(?P<day>\d{{1,2}}\s+[A-Za-z]+\s+)?\b{year}\b", statement)


def _figures_besides(text: str) -> bool:
    """A figure typed besides the goals named by their level ('the 5%', 'the old 2% guideline'): a premise's own."""
    words = [word.strip("?!.,;:") for word in text.split()]
    goal_nouns = domain.question_words().verifier.goal_nouns
    for at, word in enumerate(words):
        if not re.search(r"\d", word):
            continue
        before = [normalise(w) for w in words[max(0, at - 2) : at]]
        after = normalise(words[at + 1]) if at + 1 < len(words) else ""
        if not (word.endswith("%") and ("the" in before or after in goal_nouns)):
            return True
    return False


def year_verdict(
    question: str, year: int, answer: Answer, *, day: str | None = None, dated_in_bold: bool = False
) -> Answer | None:
    """Yes or No on a year by the years a verified answer states (and on the day and month typed with it, which
    the answer must state too); None when it states none. `dated_in_bold`: only the years the answer puts in bold
    as a date ('**2014**', '**25 June 2025**'), never a figure that happens to lie among years (US$2,065 a head)."""
    stated = {int(value) for value in answer.values if value.is_integer() and EARLIEST <= value <= LATEST}
    if dated_in_bold:
        stated = {int(found[-4:]) for found in BOLD.findall(answer.answer) if BOLD_DATE.fullmatch(found.strip())}
    if not answer.answered or not stated:
        return None
    on_the_day = day is None or f"{' '.join(day.split())} {year}".casefold() in answer.answer.casefold()
    verdict = "Yes" if year in stated and on_the_day else "No"
    dates = [said for said in BOLD.findall(answer.answer) if YEAR.search(said)] if day is not None else []
    told = " and ".join(dates[:1] or map(str, sorted(stated)))
    text = f"**{verdict}** — the documents state {told}:\n{answer.answer}"
    return answer.model_copy(update={"question": question, "answer": text, "yes_no": True})
