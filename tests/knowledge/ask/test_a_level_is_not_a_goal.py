"""What a country spends is not what it has pledged: a share of GDP asked with no goal, plan, future or the goal's
year named is not answered by a pledge ('pledged to lift spending to 2% of GDP by 2027'), which still answers a
question asking the pledge, what is needed, or the share of the goal's year."""

from __future__ import annotations

import pytest

BRIEF = """---
title: Pacific budgets brief
published: 2025-03-12
---

# Pacific budgets brief

Tokyo has pledged to lift defence and related spending to 2% of GDP by fiscal 2027. On SIPRI's measure Japan spent
$55.3bn in 2024, a 21% increase, yet that still left its military burden at only 1.4% of GDP.

Canberra has promised to raise defence spending to 2.4% of GDP by 2033.
"""


@pytest.mark.parametrize(
    "question",
    [
        "What is Japan's military burden as a share of GDP?",
        "What share of GDP does Japan spend on defence?",
        "what % of gdp does australia put into defence?",
        "What share of GDP did Japan spend in 2024?",
    ],
)
def test_a_level_asked_is_never_answered_by_a_pledge(engine_of_text, question):
    answer = engine_of_text("brief.md", BRIEF).ask(question)
    assert 2.0 not in answer.values and 2.4 not in answer.values, answer.answer


def test_the_level_stated_answers_it(engine_of_text):
    assert engine_of_text("brief.md", BRIEF).ask("What is Japan's military burden as a share of GDP?").values[:1] == [
        1.4
    ]


@pytest.mark.parametrize(
    ("question", "goal"),
    [
        ("What share of GDP has Japan pledged to spend?", 2.0),
        ("What share of GDP does Japan need to spend by 2027?", 2.0),
        ("What share of GDP will Japan spend in 2027?", 2.0),
        ("What is Australia's defence spending target?", 2.4),
    ],
)
def test_a_pledge_still_answers_the_pledge_asked(engine_of_text, question, goal):
    assert engine_of_text("brief.md", BRIEF).ask(question).values[:1] == [goal]


PLEDGE_MADE = """---
title: Ten years after Wales
published: 2024-10-22
---

# Ten years after Wales

At the Wales summit in 2014, Canada promised its allies it would move toward 2% of GDP on defence.
"""


def test_a_pledge_is_no_level_of_the_year_it_was_made(engine_of_text):
    """'Canada promised … 2% of GDP' in 2014: what Canada spent in 2014 is another figure; the pledge of that year
    answers what it promised."""
    engine = engine_of_text("wales.md", PLEDGE_MADE)
    assert 2.0 not in engine.ask("What share of GDP did Canada spend on defence in 2014?").values
    assert engine.ask("What share of GDP did Canada promise in 2014?").values[:1] == [2.0]
