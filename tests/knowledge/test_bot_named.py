"""The bot called by its name at the start of a message (`knowledge.bot_named`), without a bot."""

from __future__ import annotations

import pytest

from knowledge.bot_named import without_the_bot_named


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("hey ledger what did poland spend in 2024", "hey what did poland spend in 2024"),
        ("Ledger, which ally spent most?", "which ally spent most?"),
        ("ok bot how many allies met 2%", "ok how many allies met 2%"),
        ("Hey Alliance Ledger: Spain's share in 2023?", "Hey Spain's share in 2023?"),
    ],
)
def test_the_name_opening_a_message_is_no_word_of_the_question(said: str, asked: str) -> None:
    assert without_the_bot_named(said) == asked


@pytest.mark.parametrize(
    "said",
    [
        "hey ledger",  # the name alone: small talk, kept
        "which ledger line holds Poland's pensions?",  # the word inside a question
        "botswana is not an ally, is it?",  # a word that begins like the name
    ],
)
def test_other_messages_are_kept_as_typed(said: str) -> None:
    assert without_the_bot_named(said) == said
