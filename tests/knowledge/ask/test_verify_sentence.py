"""A sentence answering in words (`knowledge.ask.verify_sentence`): what it names of the question."""

from __future__ import annotations


def test_a_speaker_addressing_the_chair_does_not_answer_who_chaired(engine_of_text) -> None:
    text = (
        "# Committee debate on defence spending\n\nPublished 21 May 2025.\n\n"
        "**The Chair (Mr Dijkhuis, BBB):** I open this committee debate.\n\n"
        "**Ms Hoekstra-Ruiter (GroenLinks-PvdA):** Chair, my group supports a strong defence.\n"
    )
    answer = engine_of_text("debate.md", text).ask("Who chaired the committee debate?")
    assert "Hoekstra" not in answer.answer
