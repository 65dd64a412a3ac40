"""The formal voice of a debate said in the first and second person (`knowledge.proceedings`), without a bot."""

from __future__ import annotations

import pytest

from knowledge.proceedings import in_plain_voice, without_address


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        ("Could the chair confirm Germany's spending in 2024?", "Could you confirm Germany's spending in 2024?"),
        ("Can Madam Chair state the NATO total?", "Can you state the NATO total?"),
        ("The delegation would like the chair to confirm US spending.", "I would like you to confirm US spending."),
        ("My delegation asks what share Italy spent.", "I ask what share Italy spent."),
        ("Point of information: what did Spain spend in 2023?", "what did Spain spend in 2023?"),
        ("Point of order - which ally spent most?", "which ally spent most?"),
        ("Could the chair remind delegates who wrote it?", "Could you remind me who wrote it?"),
        ("My delegation thanks the chair; what was France's figure?", "what was France's figure?"),
        ("Thank you, Madam Chair. Please state Poland's share.", "Please state Poland's share."),
    ],
)
def test_the_asker_and_the_bot_in_the_third_person(said: str, plain: str) -> None:
    assert in_plain_voice(said) == plain


def test_an_aside_between_the_delegation_and_its_verb_is_its_own() -> None:
    said = "The delegation of Hungary, for its national briefing, would like to know Hungary's 2024 spending."
    assert in_plain_voice(said) == "I would like to know Hungary's 2024 spending."


def test_a_delegation_asking_as_we_speaks_for_its_country() -> None:
    said = "The delegation of Canada would like to know our spending per capita in 2024."
    assert in_plain_voice(said) == "As the delegate of Canada, I would like to know our spending per capita in 2024."


@pytest.mark.parametrize(
    "asked",
    [
        "Who chairs the NATO Military Committee?",
        "What did the delegation of Poland propose?",
        "Who is the chair of the committee?",
        "Thank you, chair!",
        "Thank you, chair, for the answer.",
        "What is the US president's target?",
    ],
)
def test_a_question_about_a_chair_or_a_delegation_stays(asked: str) -> None:
    assert in_plain_voice(asked) == asked


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        (
            "**Ms Hoekstra-Ruiter (GroenLinks-PvdA):** Chair, my group supports a strong defence.",
            "**Ms Hoekstra-Ruiter (GroenLinks-PvdA):** my group supports a strong defence.",
        ),
        ("**Mr Vermeulen (PVV):** Thank you, Chair. The 2% is met.", "**Mr Vermeulen (PVV):** The 2% is met."),
        ("Madam President, we spent 2%.", "we spent 2%."),
        ("The chair, Mr Dijkhuis, opened the debate.", "The chair, Mr Dijkhuis, opened the debate."),
        (
            "**The Chair (Mr Dijkhuis, BBB):** I open this debate.",
            "**The Chair (Mr Dijkhuis, BBB):** I open this debate.",
        ),
    ],
)
def test_the_chair_spoken_to_is_no_statement_of_who_chairs(said: str, plain: str) -> None:
    assert without_address(said) == plain
