"""A message written as a letter: its salutation, closing, signature and honorifics are its frame, never words of
the question; what the frame holds besides (a postscript, a story) is read as any remark is."""

from __future__ import annotations

import pytest

from knowledge import domain
from knowledge.letters import (
    _clause_taken_off,
    _courtesy_clause,
    _courtesy_request,
    _may_hold_a_courtesy,
    closing,
    salutation_end,
    spelled_out,
    without_closing,
    without_courtesies,
    without_honorifics,
)
from knowledge.remarks import without_remarks


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Dear Sir or Madam, what did Croatia spend in 2021?", "what did Croatia spend in 2021?"),
        ("Dear bot, which ally spent the least in 2024?", "which ally spent the least in 2024?"),
        ("Good afternoon. Which ally spent the most in 2024?", "Which ally spent the most in 2024?"),
        (
            "Hello, could you tell me Lithuania's real change in 2022?",
            "could you tell me Lithuania's real change in 2022?",
        ),
    ],
)
def test_a_salutation_is_no_word_of_the_question(text: str, asked: str) -> None:
    start = salutation_end(text)
    assert start is not None and text[start:] == asked


@pytest.mark.parametrize("text", ["Hello.", "Dear me", "Deary me, what a day", "Hellenic spending in 2024?"])
def test_no_salutation_is_found_where_none_opens_the_message(text: str) -> None:
    assert salutation_end(text) is None


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("What did Croatia spend in 2021? Yours sincerely, Desmond", "What did Croatia spend in 2021?"),
        ("What did Portugal spend in 2023? With many thanks, Alfred Dunn", "What did Portugal spend in 2023?"),
        ("Which ally spent the most? Kind regards.", "Which ally spent the most?"),
        ("Did Albania spend much? Warmly, Phyllis", "Did Albania spend much?"),
        # a signature is whom the message is from, whatever else the name may be
        ("What did Canada spend in 2024? Kind regards, Jordan", "What did Canada spend in 2024?"),
        # a postscript after the signature stays for the remarks to read
        (
            "Iceland's GDP in 2024? Thank you, Sigrid (my mother was from Reykjavik)",
            "Iceland's GDP in 2024? (my mother was from Reykjavik)",
        ),
    ],
)
def test_a_closing_and_its_signature_end_the_message(text: str, left: str) -> None:
    assert without_closing(text) == left


@pytest.mark.parametrize(
    "text",
    [
        "What did Poland spend in 2024? Thanks, and for France?",  # asks on after the thanks
        "Which ally spent the most? Best guess Poland.",  # a guess, not a signature
        "Thanks, Gerald",  # no sentence before it: small talk, not a letter's end
    ],
)
def test_no_closing_is_found_where_the_message_goes_on(text: str) -> None:
    assert closing(text) is None


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("According to Mr Rutte's annual report, what share …", "According to Rutte's annual report, what share …"),
        ("Do the Yanks meet Mr. Trump's five per cent?", "Do the Yanks meet Trump's five per cent?"),
        ("What did Sir Keir Starmer say?", "What did Keir Starmer say?"),
        ("sir, what did Poland spend?", "sir, what did Poland spend?"),  # no name after it
        ("Dr data says hi", "Dr data says hi"),
        ("What did DR Congo spend?", "What did DR Congo spend?"),  # a code in capitals, not an honorific
    ],
)
def test_an_honorific_before_a_name_is_no_word_of_the_question(text: str, left: str) -> None:
    assert without_honorifics(text) == left


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Dear Sir, how many times larger was Poland's defence spending in 2024 than in 2014, in current US dollars?"
            " One hears they have been spending like billy-o. Yours sincerely, Norman",
            "how many times larger was Poland's defence spending in 2024 than in 2014, in current US dollars?",
        ),
        (
            "Hello. Whom exactly was Mr Rutte urging to make this 'quantum leap'? Was it all of the allies or only"
            " some? Many thanks, Vera",
            "Whom exactly was Rutte urging to make this 'quantum leap'? Was it all of the allies or only some?",
        ),
    ],
)
def test_a_letter_is_read_without_its_frame(text: str, asked: str) -> None:
    assert without_remarks(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "Hello. Thanks for your help yesterday.",
        "Good afternoon, Margaret",
        "hi all, bot are you awake?",  # asks, but nothing of the domain: small talk
        "bonjour, ça va ?",
        "Who are you, and are you a person or a bot?",
    ],
)
def test_a_salutation_before_nothing_asked_stays_small_talk(text: str) -> None:
    assert without_remarks(text).startswith(text.split(maxsplit=1)[0].rstrip(".,"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Good morning. What percentage of GDP did Croatia spend on defence in 2021? Yours sincerely, Desmond", 1.95),
        ("Dear Sir, which ally spent the smallest share of its GDP on defence in 2024? Yours faithfully, Gerald", 1.28),
        (
            "Dear bot, which ally put the biggest share of its defence budget into equipment in 2024? Yours, Cyril",
            51.13,
        ),
    ],
)
def test_a_letter_is_answered_as_its_question_is(engine, text: str, value: float) -> None:
    answer = engine.ask(text)
    assert answer.answered and round(answer.values[0], 2) == value


def _courtesies_run_over(text: str) -> str:
    """What `without_courtesies` gives with the courtesies' expressions always run, whatever the text holds."""
    rest = _courtesy_clause().sub(_clause_taken_off, text)
    rest = _courtesy_request().sub(lambda found: " " if found.start() else "", rest).strip()
    return rest if any(character.isalnum() for character in rest) else text


@pytest.mark.parametrize(
    "text",
    [
        "What did Germany spend in 2024?",
        "  how much did Poland spend in 2023?  ",  # no courtesy: still given back without the spaces around it
        "COULD YOU KINDLY CONFIRM,   IF I AM NOT MISTAKEN, whether Norway exceeded 2% in 2019?",
        "Might  I\ttrouble you for Danish spending in 2023?",
        "Pray tell, what was Croatia's share in 2019?",
        "What did Italy spend in 2019, if you have it?",
        "Would you kindly tell me, if it’s not too much trouble, Hungary's share in 2024?",  # not ASCII
        "Please.",
        "...",
    ],
)
def test_a_message_is_read_the_same_whether_or_not_its_courtesies_are_looked_for_first(text: str) -> None:
    assert without_courtesies(text) == _courtesies_run_over(text)


def test_every_courtesy_is_looked_for_in_any_case_and_spacing() -> None:
    letters = domain.question_words().letters
    for phrase in (*letters.courtesy_clauses, *letters.courtesy_requests):
        for written in spelled_out(phrase):
            shouted = "  ".join(written.upper().split())
            assert _may_hold_a_courtesy(f"So, {shouted}, what did Spain spend?"), written


def test_a_message_holding_no_courtesy_is_not_run_over_by_their_expressions() -> None:
    assert not _may_hold_a_courtesy("What was Spain's share of GDP in 2024?")
