"""Property-based tests: no input crashes the engine, and every stated figure is backed by a verbatim quote."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from knowledge.models import Answer, Band
from knowledge.phrasing import format_number

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

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
]

question_like = st.lists(st.sampled_from(DOMAIN_WORDS + HOSTILE_PIECES), min_size=1, max_size=14).map(" ".join)
any_text = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Z", "C")), max_size=300)
questions = st.one_of(any_text, question_like, st.builds(lambda a, b: a + b, question_like, any_text))

NUMBER_IN_TEXT = re.compile(r"(\d+(?:\.\d+)?)\s?%")


def check_backed(answer: Answer, kb) -> None:
    """Every figure of an answer is stated by one of its facts, or is the derived result of its calculation."""
    assert answer.band is Band.ANSWER
    assert len(answer.citations) >= 1
    assert answer.facts
    for fact in answer.facts:
        assert fact in kb.facts
        span = fact.citation.span
        assert span is not None
        assert kb.texts[fact.citation.document][span.start : span.end] == fact.citation.quote
    stated: set[float] = set()
    for fact in answer.facts:
        stated |= {v for v in (fact.value, fact.total) if v is not None}
        stated |= {float(n) for n in NUMBER_IN_TEXT.findall(fact.text or "")}
        if fact.year:
            stated.add(float(fact.year))
    for value in answer.values:
        if value in stated:
            continue
        assert answer.calculation, (answer.question, value)
        assert format_number(round(value, 2)) in answer.calculation, (answer.calculation, value)
        # the calculation's operands are themselves stated by the facts
        operands = {float(n) for n in re.findall(r"\d+(?:\.\d+)?", re.split("[=≈]", answer.calculation)[0])}
        assert operands - {100.0} <= stated, (answer.calculation, stated)


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


@SETTINGS
@given(question=question_like)
def test_answered_answers_are_cited_and_backed(engine, seed_kb, question):
    answer = engine.ask(question)
    event(answer.band.value)
    if answer.answered:
        check_backed(answer, seed_kb)
    assert answer.answered == (answer.band is Band.ANSWER)


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
