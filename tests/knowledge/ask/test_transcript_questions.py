"""A press conference's transcript: a journalist's question states nothing (its figures are what was asked, the
answer in the reply after it), and a goal quoted with its deadline ('5 percent of GDP by 2035') states the year."""

from __future__ import annotations

TRANSCRIPT = """TRANSCRIPT
Press conference on defence spending

SPOKESPERSON: Good morning. One question in English, please.

Q (Anna Lindqvist, Nordic Defence Review): Minister, at The Hague the Allies agreed to 5 percent of GDP by 2035 — \
3.5 percent for core defence and 1.5 percent for resilience and infrastructure. Will Poland reach 5 percent in 2026?

THE MINISTER: Not in 2026. But our core spending alone is already well above 3.5.

Q (Anna Lindqvist, Nordic Defence Review): So in 2027 —

THE MINISTER: I did not say 2027. You will not get a date from me today.
"""


def test_a_journalist_s_question_answers_nothing(engine_of_text):
    answer = engine_of_text("transcript.txt", TRANSCRIPT).ask(
        "In which year will Poland reach 5 percent of GDP on defence?"
    )
    assert not answer.answered


def test_a_goal_quoted_with_its_deadline_states_the_year(engine_of_text):
    answer = engine_of_text("transcript.txt", TRANSCRIPT).ask(
        "What did NATO allies agree at The Hague about defence spending?"
    )
    assert answer.answered and {5.0, 3.5, 1.5, 2035.0} <= set(answer.values)
    assert "**2035**" in answer.answer
