"""A message's frame as an assignment sheet or a quiz is written: the label numbering a task ('Q3a)', 'Task 2b:',
'Question 4.', 'Part (c) -', 'Round 3, Q1:', '1.', '(b)') before the question, or in brackets after it ('(Task 3,
Nordic countries)'). It says where the task stands on the sheet: its number is never a figure, a year or a rank
asked. The label words are data in questions.toml [worksheets]."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import domain
from knowledge.letters import alternation

# A task's number: '3', '3a', '2.1', '6(b)', '(c)', 'b', a Roman numeral ('iv').
TASK_NUMBER = r"(?:\d{1,2}(?:\.\d{1,2})?[a-z]?(?:\([a-z]\))?|\(?[a-z]\)|[ivx]{1,4})"
# What ends a label before its task: a colon, a closing bracket, a full stop or a dash, and a space.
LABEL_END = r"\s*(?:[:.)]|\s[-–—])\s+"
# A label with no word: '1.', '2)', '(3)', '3a)', '(b)', 'b)'; never '3.5%' (no space after) nor '2024.' (a year).
BARE_LABEL = r"(?:\(?\d{1,2}[a-z]?\)|\d{1,2}[a-z]?\.|\(?[a-h]\))\s+"


def _labels() -> str:
    return alternation(domain.question_words().worksheets.labels)


@lru_cache(maxsize=1)
def _leading_label() -> re.Pattern[str]:
    label = rf"(?:{_labels()})\.?\s*{TASK_NUMBER}\)?"
    worded = rf"(?:{label}\s*,\s*)*{label}{LABEL_END}"  # 'Round 3, Q1: …': labels nested, the last one ended
    return re.compile(rf"^\s*(?:{worded}|{BARE_LABEL})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _bracketed_label() -> re.Pattern[str]:
    return re.compile(rf"\(\s*(?:{_labels()})\.?\s*{TASK_NUMBER}\s*[,;:]\s*(?=[^\s)])", re.IGNORECASE)


def without_labels(text: str) -> str:
    """'Q3a) Using NATO data, state …' → 'Using NATO data, state …'; '… in 2024? (Task 3, Nordic countries)' →
    '… in 2024? (Nordic countries)'. A bracket holding a label alone may be something asked ('the Ministry of
    National Defence (part 29)'), and stays; so does a message that is a label and nothing else."""
    rest = _leading_label().sub("", text, count=1)
    rest = _bracketed_label().sub("(", rest)
    rest = " ".join(rest.split())
    return rest if any(character.isalnum() for character in rest) else text
