"""A numbered paragraph's own number ('1.1 The Harbour Institute … founded in 1998') is its place in the document,
no figure: a sentence stating only a date besides it answers when that was, quoted as it stands."""

from __future__ import annotations

EVIDENCE = """---
title: Written evidence submitted by the Harbour Institute
published: 2025-03-10
---

# Written evidence submitted by the Harbour Institute

## 1. About the Institute

1.1 The Harbour Institute (THI) is an independent research charity, founded in 1998, that studies naval budgets.

## 2. The budget

2.1 We estimate that the naval budget will need a further £2.5 billion a year to be found elsewhere by 2028.
"""


def test_a_date_in_a_numbered_paragraph_answers_when(engine_of_text):
    answer = engine_of_text("evidence.md", EVIDENCE).ask("When was the Harbour Institute founded?")
    assert answer.answered and 1998.0 in answer.values
    assert 2028.0 not in answer.values
