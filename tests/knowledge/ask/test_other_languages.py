"""Questions written by members whose first language is not English: allies named in their own or another
language, the domain's words and greetings in other languages, and decimal commas ('1,5%')."""

from __future__ import annotations

import pytest
from wordfreq import top_n_list

from knowledge.ask.parse import parse_question
from knowledge.entities import entity_file
from knowledge.question import Vocabulary, clean, parse
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


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("how many allies stayed under 1,5% of GDP", "how many allies stayed under 1.5% of GDP"),
        ("the 3,5% core level", "the 3.5% core level"),
        ("2,5 percent", "2.5 percent"),
        ("€1,5 billion", "€1.5 billion"),
        ("a change of 0,4 pp", "a change of 0.4 pp"),
        ("1,500 troops", "1,500 troops"),
        ("spent 12,345 million", "spent 12,345 million"),
        ("2,3 or 4%", "2,3 or 4%"),
    ],
)
def test_a_decimal_comma_is_a_decimal_point(text: str, read: str) -> None:
    assert clean(text) == read


def test_a_line_written_with_a_decimal_comma_is_one_figure() -> None:
    numbers = parsed("In 2024, how many NATO countries stayed under 1,5% of GDP for defence?").numbers
    assert [(number.value, number.percent) for number in numbers] == [(1.5, True)]


def test_a_count_below_a_line_with_a_decimal_comma_counts_below_that_line(engine) -> None:
    answer = engine.ask("In 2024, how many NATO countries stayed under 1,5% of GDP for defence?")
    assert 6.0 in answer.values and "1.5%" in answer.answer
