"""A task as a worksheet sets it, read as the question it asks: 'Fill in the blank: Türkiye's defence expenditure in
2024 was ___ % of GDP.' asks 'Türkiye's defence expenditure in 2024 was what % of GDP?'; 'True or false (answer yes
or no): Germany spent at least 2% of GDP in 2024.' asks whether it did; 'Name the ally that spent the most' asks
which ally did, 'Add the 2024 spending of A, B and C' their sum; 'Fill in the table row: Germany, 2019, share of
GDP = ?' asks the row's cell. The instructions, the ways of asking for a truth and the requests are data in
questions.toml [worksheets].

A blank a sentence of the documents fills word for word is the blanks reader's (knowledge/ask/blanks.py); this
reading is for the rest, which the pipeline then answers and verifies as any question."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import domain, worksheets
from knowledge.ask.blanks import BLANK as MARKED_BLANK
from knowledge.ask.blanks import RUN_OF_BLANKS
from knowledge.letters import alternation
from knowledge.remarks import SENTENCE_BREAK

# A blank standing apart ('was ___ % of GDP', 'Mark ___.'), never underscores marking up words ('__what was …?__').
BLANK_OPENS = r"""(?:(?<=[\s(\["'])|^)"""
BLANK_CLOSES = r"""(?=[\s.,;:!?%)\]"']|$)"""
BLANK = re.compile(f"{BLANK_OPENS}(?:{MARKED_BLANK.pattern}){BLANK_CLOSES}", re.IGNORECASE)
# A bracketed instruction right after a lead ('True or false (answer yes or no):').
BRACKETED = r"(?:\s*\([^()]{1,40}\))?"


@lru_cache(maxsize=1)
def _instruction() -> re.Pattern[str]:
    leads = alternation(domain.question_words().worksheets.instructions)
    return re.compile(rf"^\s*(?:{leads}){BRACKETED}\s*:\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _truth_asked() -> re.Pattern[str]:
    leads = alternation(domain.question_words().worksheets.truth_asked)
    return re.compile(rf"^\s*(?:{leads}){BRACKETED}\s*[:?.]\s+", re.IGNORECASE)


NAME_ASKED = "Which"
SUM_ASKED = "What is the sum of"
LIST = re.compile(r",\s|\sand\s", re.IGNORECASE)  # 'Denmark, Finland and Norway', '2022, 2023 and 2024'


@lru_cache(maxsize=2)
def _request(kind: str) -> re.Pattern[str]:
    words = domain.question_words().worksheets
    requests = sorted(words.name_requests if kind == NAME_ASKED else words.sum_requests, key=len, reverse=True)
    return re.compile(rf"^\s*(?:{alternation(requests)})\s+(?:the\s+)?(?=[^\W\d_])", re.IGNORECASE)


def _as_requested(task: str) -> str:
    """'Name the ally that spent most.' asks 'Which ally that spent most?'; 'Add the 2024 spending of A, B and C.
    Answer in USD million.' asks 'What is the sum of the 2024 spending of A, B and C? Answer in USD million.'"""
    for opening in (NAME_ASKED, SUM_ASKED):
        found = _request(opening).match(task)
        if found is None:
            continue
        first, *rest = SENTENCE_BREAK.split(task[found.end() :].strip(), maxsplit=1)
        if opening == SUM_ASKED and not LIST.search(first):
            return task  # 'add france': on about what came before
        return " ".join([f"{opening} {first.rstrip(' .!?')}?", *rest])
    return task


def as_asked(text: str) -> str:
    """The question a worksheet's task asks, or `text` itself when it sets none."""
    unlabelled = worksheets.without_labels(text)
    asked = _instruction().sub("", unlabelled, count=1)
    truth = _truth_asked().match(asked)
    if truth is not None:
        asked = _as_checked(asked[truth.end() :])
    asked = _blank_asked(_as_requested(asked))
    return asked if asked != unlabelled else text


def _as_checked(statement: str) -> str:
    """'Germany spent at least 2% of GDP in 2024. Give the figure.': the statement asked as true or false, with the
    sentences after it as they were; a statement that asks already ('did the US have more …?') stays as it is."""
    first, *rest = SENTENCE_BREAK.split(statement.strip(), maxsplit=1)
    if first.rstrip().endswith("?"):
        return statement
    return " ".join([f"{first.rstrip(' .!')}, true or false?", *rest])


def _blank_asked(text: str) -> str:
    """Each blank (or run of blanks) asked with 'what', the sentence holding it ending in a question mark."""
    if not BLANK.search(text):
        return text
    sentences = SENTENCE_BREAK.split(text.strip())
    return " ".join(_what_asked(sentence) if BLANK.search(sentence) else sentence for sentence in sentences)


def _what_asked(sentence: str) -> str:
    return f"{BLANK.sub('what', RUN_OF_BLANKS.sub('what', sentence)).rstrip(' .!')}?"
