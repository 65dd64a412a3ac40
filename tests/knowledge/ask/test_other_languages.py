"""Questions written by members whose first language is not English: allies named in their own or another
language, the domain's words and greetings in other languages, and decimal commas ('1,5%')."""

from __future__ import annotations

import pytest
from wordfreq import top_n_list

from knowledge.ask.parse import parse_question
from knowledge.entities import entity_file
from knowledge.question import Vocabulary, parse
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
