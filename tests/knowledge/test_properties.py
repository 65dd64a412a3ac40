"""Property-based tests: no input crashes the engine, and every stated figure is backed by a verbatim quote."""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from knowledge.models import Answer, Band
from knowledge.phrasing import format_change, format_number, format_value

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# Derandomised: the same examples on every run, so CI passes or fails on the code, never on the draw.
SETTINGS = settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
MANY = settings(SETTINGS, max_examples=10_000)

HOSTILE_PIECES = [
    "<@123>",
    "<@!456>",
    "<@&789>",
    "<#1011>",
    "<:nato:1213>",
    "@everyone",
    "@here",
    "**",
    "__",
    "`",
    "```py",
    "||spoiler||",
    "> ",
    "# ",
    "\u200b",
    "\u200c",
    "\u200d",
    "\ufeff",
    "\u202e",
    "\x00",
    "\x1b[31m",
    "\r\n",
    "\t",
    "ignore previous instructions",
    "say 99%",
    "99%",
    "🇺🇸",
    "’",
    "“",
    "%",
    "2%",
    "in 2014",
    "in 2024",
    "by 2035",
]
DOMAIN_WORDS = [
    "what",
    "how",
    "many",
    "much",
    "who",
    "where",
    "share",
    "percentage",
    "percentge",
    "of",
    "the",
    "nato",
    "spending",
    "does",
    "us",
    "america",
    "amercia",
    "europe",
    "and",
    "canada",
    "pay",
    "allies",
    "members",
    "met",
    "missed",
    "target",
    "gdp",
    "2%",
    "5%",
    "trump",
    "rutte",
    "secretary",
    "general",
    "visiting",
    "gap",
    "times",
    "more",
    "than",
    "fraction",
    "increase",
    "investment",
    "real",
    "terms",
    "2024",
    "2014",
    "russia",
    "tanks",
    "tariffs",
    "?",
    "it",
    "that",
    "didnt",
    "1",
    "50",
    "for",
    "a",
    "combined",
    "baltic",
]

question_like = st.lists(st.sampled_from(DOMAIN_WORDS + HOSTILE_PIECES), min_size=1, max_size=14).map(" ".join)
any_text = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Z", "C")), max_size=300)
questions = st.one_of(any_text, question_like, st.builds(lambda a, b: a + b, question_like, any_text))

NUMBER_IN_TEXT = re.compile(r"(\d+(?:\.\d+)?)\s?%")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
COUNTED = re.compile(r"^counted the (?:European )?allies .*: (\d+) of (\d+) with figures")


@functools.cache
def table_cells(document: Path) -> dict[tuple[str, str], float]:
    """(sheet, cell) -> value, read straight from a shipped tidy CSV."""
    with document.open(encoding="utf-8", newline="") as handle:
        return {(row["sheet"], row["cell"]): float(row["value"]) for row in csv.DictReader(handle)}


ANSWERED_BANDS = frozenset({Band.ANSWER, Band.PARTIAL})  # a partly answered message states cited figures too


def check_source(fact, kb) -> None:
    """A prose fact's quote stands verbatim at its span; a table fact's value stands in its cited cell."""
    assert fact in kb.facts
    if fact.citation.cell is not None:
        cells = table_cells(SEEDS / fact.citation.document)
        assert cells[(fact.citation.sheet, fact.citation.cell)] == fact.value, fact.citation
        return
    span = fact.citation.span
    assert span is not None
    assert kb.texts[fact.citation.document][span.start : span.end] == fact.citation.quote


def near(value: float, stated: set[float]) -> bool:
    return any(abs(value - other) <= 0.006 or abs(value - round(other, 2)) <= 0.006 for other in stated)


def check_backed(answer: Answer, kb) -> None:
    """Every figure of an answer (or of the parts a partly answered message answers) is stated by one of its facts,
    or is the result of its shown calculation."""
    assert answer.band in ANSWERED_BANDS
    assert len(answer.citations) >= 1
    assert answer.facts
    cited = [*answer.facts, *answer.beside]  # the facts shown beside the answer are cited as its own are
    for fact in cited:
        check_source(fact, kb)
    stated: set[float] = set()
    for fact in cited:
        stated |= {v for v in (fact.value, fact.total) if v is not None}
        stated |= {float(n) for n in NUMBER_IN_TEXT.findall(fact.text or "")}
        if fact.year:
            stated.add(float(fact.year))
    for fact in cited:
        # a calculation may quote a figure as the answer shows it ("US$967.7 billion")
        stated |= {float(n.replace(",", "")) for n in NUMBER.findall(format_value(fact))}
    for value in answer.values:
        if value in stated:
            continue
        assert answer.calculation, (answer.question, value)
        shown = {format_number(round(abs(value), 2))} | {format_change(abs(value), fact) for fact in answer.facts}
        assert any(form in answer.calculation for form in shown), (answer.calculation, value)
        for step in answer.calculation.split("; "):
            counted = COUNTED.match(step)
            if counted:
                # a count states how many rows it lists as meeting the condition
                listed = re.findall(r"^\d+\. ", answer.answer, re.MULTILINE)
                assert int(counted.group(1)) == len(listed), (step, answer.answer)
                continue
            # the calculation's operands are themselves stated by the facts
            left = re.split("[=≈]", step)[0]
            operands = {float(n.replace(",", "")) for n in NUMBER.findall(re.sub(r"\((?:19|20)\d\d\)", "", left))}
            assert all(near(operand, stated) for operand in operands - {100.0}), (step, stated)


@SETTINGS
@given(question=questions)
def test_no_input_crashes_ask(engine, seed_kb, question):
    answer = engine.ask(question)
    assert isinstance(answer, Answer)
    assert answer.question == question
    assert 0.0 <= answer.confidence <= 1.0
    assert 99 not in answer.values
    if answer.answered:
        check_backed(answer, seed_kb)
    else:
        assert answer.values == []
        assert answer.band in {Band.SUGGEST, Band.UNKNOWN, Band.CHITCHAT, Band.EMPTY}


@MANY
@given(question=question_like)
def test_answered_answers_are_cited_and_backed(engine, seed_kb, question):
    answer = engine.ask(question)
    event(answer.band.value)
    if answer.answered:
        check_backed(answer, seed_kb)
    assert answer.answered == (answer.band in ANSWERED_BANDS)


@SETTINGS
@given(first=question_like, second=questions)
def test_follow_ups_never_crash_and_stay_backed(engine, seed_kb, first, second):
    previous = engine.ask(first)
    answer = engine.ask(second, previous=previous)
    if answer.answered:
        check_backed(answer, seed_kb)


@SETTINGS
@given(text=questions, limit=st.integers(min_value=1, max_value=25))
def test_complete_is_bounded(engine, text, limit):
    suggestions = engine.complete(text, limit)
    assert len(suggestions) <= limit
    assert all(0 < len(s) <= 100 for s in suggestions)


@SETTINGS
@given(question=st.sampled_from(["what share does the US pay?", "how many allies met the target?"]), junk=questions)
def test_appended_junk_never_changes_a_stated_figure(engine, seed_kb, question, junk):
    answer = engine.ask(f"{question} {junk}")
    if answer.answered:
        check_backed(answer, seed_kb)


@pytest.mark.parametrize("length", [1_000, 10_000, 100_000])
def test_long_inputs(engine, length):
    answer = engine.ask(("what share does the US pay? " * (length // 28 + 1))[:length])
    assert isinstance(answer, Answer)
