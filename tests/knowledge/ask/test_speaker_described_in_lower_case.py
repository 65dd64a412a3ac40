"""A transcript's speaker labelled with what they are in lower case ('MARTA ILVES (analyst): …', 'DR ANNA
KOWALSKI (think tank): …') takes a turn like any other: the turn answers the one before it, whose subject it
carries, and the speaker is the name before the brackets."""

from __future__ import annotations

PANEL = """# Evening panel: the Baltic question

*Transcript of a radio panel discussion. Broadcast 3 October 2025.*

HOST: Welcome. With me are Marta Ilves, an analyst, and Latvia's deputy defence minister.

MINISTER: This year Latvia spends three point seven three percent of GDP on defence.

HOST: And Lithuania?

MINISTER: Lithuania puts about a fifth of its budget—

MARTA ILVES (analyst): Four point zero percent of GDP, on NATO's numbers.

MINISTER: —yes, four percent of GDP.
"""


def test_a_turn_labelled_in_lower_case_carries_the_subject_of_the_turn_it_answers(engine_of_text):
    engine = engine_of_text("panel.md", PANEL)
    answer = engine.ask("What share of GDP does Lithuania spend on defence according to NATO?")
    assert answer.values == [4.0]
    assert "on NATO's numbers" in answer.answer
    assert engine.ask("What share of GDP does Latvia spend on defence?").values == [3.73]


def test_the_speaker_labelled_with_a_description_is_the_name_before_it() -> None:
    from knowledge.sentence_labels import SPEAKER_TURN  # noqa: PLC0415 - the pattern under test

    assert SPEAKER_TURN.match("DR ANNA KOWALSKI (think tank): It's big.")
    assert SPEAKER_TURN.match("CHAIR (Eleanor Pryce): Order.")
