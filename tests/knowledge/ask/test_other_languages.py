"""Questions written by members whose first language is not English: allies named in their own or another
language, the domain's words and greetings in other languages, and decimal commas ('1,5%')."""

from __future__ import annotations

import pytest
from wordfreq import top_n_list

from knowledge.ask.parse import parse_question
from knowledge.entities import entity_file
from knowledge.question import Vocabulary, parse
from knowledge.remarks import without_remarks
from knowledge.words import normalise


def parsed(text: str):
    return parse_question(parse(text, Vocabulary(set()), {}))


@pytest.mark.parametrize(
    ("text", "ally"),
    [
        ("Deutschland share of gdp 2024", "Germany"),
        ("Alemania share of gdp 2024", "Germany"),
        ("Estados Unidos, defence spending percent of GDP 2024?", "United States"),
        ("Is España over 1% of GDP for defence in 2024?", "Spain"),
        ("Szwecja / Sweden: share of GDP for defence in 2024", "Sweden"),
        ("Belgique defence expenditure per head 2024", "Belgium"),
        ("Türkiye military personnel 2024", "Türkiye"),
        ("Türkei military personnel 2024", "Türkiye"),
        ("Wielka Brytania defence spending 2024", "United Kingdom"),
        ("Royaume-Uni defence spending 2024", "United Kingdom"),
        ("Macedonia Północna share of gdp 2024", "North Macedonia"),
        ("Łotwa share of gdp 2024", "Latvia"),
        ("Países Bajos defence spending 2024", "Netherlands"),
    ],
)
def test_an_ally_named_in_another_language_is_that_ally(text: str, ally: str) -> None:
    assert parsed(text).entities == (ally,)


def test_every_ally_has_names_in_other_languages() -> None:
    members = [entry for entry in entity_file().entity if entry.member]
    assert members and all(entry.other_languages for entry in members)


def test_no_name_in_another_language_is_an_ordinary_english_word() -> None:
    english = set(top_n_list("en", 10_000))
    names = [name for entry in entity_file().entity for name in entry.other_languages]
    assert [name for name in names if normalise(name) in english] == []


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("how much Deutschland spend for Verteidigung in 2024", "defence"),
        ("gastos de defensa de España 2024", "spending"),
        ("spese per la difesa Italia 2024", "defence"),
        ("dépenses de défense France 2024", "spending"),
        ("und 2023?", "and"),
        ("Poland share of PIB 2024", "gdp"),
    ],
)
def test_a_word_of_another_language_is_read_as_its_english_word(text: str, meant: str) -> None:
    assert meant in parsed(text).words


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("Bonjour, how many military personnel has France in 2024?", "how many military personnel has France in 2024?"),
        ("Dzień dobry, what did Poland spend in 2024?", "what did Poland spend in 2024?"),
        ("Hola, what did Spain spend in 2024?", "what did Spain spend in 2024?"),
    ],
)
def test_a_greeting_in_another_language_is_no_word_of_the_question(message: str, asked: str) -> None:
    assert without_remarks(message) == asked


@pytest.mark.parametrize("message", ["Teşekkürler, good work", "merci beaucoup", "Gracias amigo", "Hallo zusammen!"])
def test_thanks_or_a_greeting_in_another_language_alone_is_small_talk(engine, message: str) -> None:
    assert not engine.ask(message).values
