"""Questions written partly in another language: the domain's words in each language read as their English
meaning (knowledge/domain/languages.toml), the words a language shares with English only in a message written
(partly) in it, and an English message never changed."""

from __future__ import annotations

import pytest
from wordfreq import zipf_frequency

from knowledge import domain
from knowledge.ask.parse import parse_question
from knowledge.languages import read_in_english, readings
from knowledge.question import Vocabulary, clean, parse

# wordfreq's codes for the languages of languages.toml
WORDFREQ_CODES = ("de", "fr", "es", "it", "pt", "nl", "pl", "tr", "sv", "nb", "da")


def parsed(text: str):
    return parse_question(parse(text, Vocabulary(set()), {}))


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("the 19,4 % increase - für welches Jahr galt das?", "the 19.4 % increase - for which year was that?"),
        ("welches Land hatte 2024 den niedrigsten Anteil am BIP?", "which country had 2024 the lowest share of gdp?"),
        ("la Belgique dépense combien en % du PIB en 2024 ?", "the Belgique spends how much in % of the gdp in 2024 ?"),
        ("y en 2014?", "and in 2014?"),
        ("und für Personal?", "and for personnel?"),
        ("en de reële groei t.o.v. 2023?", "and the real growth compared to 2023?"),
        ("qui est le secrétaire général de l'OTAN?", "who is the secretary general of the OTAN?"),
        ("Italia sopra l'1,5 % del PIL nel 2024?", "Italia above the 1.5 % of the gdp in 2024?"),
        ("Łotwa - ilu żołnierzy w 2024?", "Łotwa - how many soldiers in 2024?"),
        ("Slowakei 2024 - at least 2 % of GDP, ja oder nein?", "Slowakei 2024 - at least 2 % of GDP, yes or no?"),
        ("per Kopf: how much more does Norwegen spend?", "per capita: how much more does Norwegen spend?"),
    ],
)
def test_a_message_partly_in_another_language_is_read_in_english(message: str, read: str) -> None:
    assert clean(message) == read


@pytest.mark.parametrize(
    "message",
    [
        "What did the US spend in 2024? Is that the die hard figure, hat tip to the war room",
        "how much was spent per soldier in 2024, also in real terms?",
        "top 3 spenders en route to 2%: la crème de la crème?",
        "is the media quota of Van Rompuy's time over?",
        "what did von der Leyen say about the summit?",
        "Did Spain spend more than Italy in 2024? y or n",
        "a decade of real growth: Poland 2014 to 2024",
    ],
)
def test_an_english_message_is_never_changed(message: str) -> None:
    assert read_in_english(message) == message


def test_a_word_shared_with_english_is_read_only_in_a_message_of_its_language() -> None:
    """'die' is read as 'the' beside German words only; 'wie' is German 'how' but Dutch 'who'."""
    assert read_in_english("how much did the die makers get?") == "how much did the die makers get?"
    assert read_in_english("wie viel hat Polen 2023 ausgegeben?") == "how much has Polen 2023 spent?"
    assert read_in_english("wer war das?") == "who was that?"
    assert read_in_english("wie is de secretaris, welke bondgenoten?") == "who is the secretaris, which allies?"


def test_a_greeting_is_read_as_typed() -> None:
    assert read_in_english("hallo zusammen") == "hallo zusammen"


def test_a_clause_in_another_language_after_the_question_is_asked_not_a_remark() -> None:
    """'the 19,4 % increase - für welches Jahr galt das?' asks for the year (answered 19.4 % before)."""
    assert parsed("the 19,4 % increase - für welches Jahr galt das?").asks_year


@pytest.mark.parametrize(
    ("text", "ally"),
    [
        ("um wie viel sind Deutschlands Ausgaben von 2023 auf 2024 gestiegen?", "Germany"),
        ("o ile procent wzrosły wydatki Polski w złotych 2023->2024?", "Poland"),
        ("ile wydała Polska na obronę w 2024?", "Poland"),
    ],
)
def test_an_ally_named_in_an_inflected_form_is_that_ally(text: str, ally: str) -> None:
    assert parsed(text).entities == (ally,)


def test_no_word_a_language_alone_has_is_an_ordinary_english_word() -> None:
    """A word read wherever it is typed, and telling the language, is far commoner in another language than in
    English, or rare in English ('mayor' and 'pays' are English: they may only be shared words)."""
    ordinary = []
    for phrase, said in readings().items():
        elided = phrase[-1].endswith("'")  # "l'" is read only before the word it is elided onto
        if len(phrase) != 1 or elided or not any(reading.kind == "words" for reading in said):
            continue
        english = zipf_frequency(phrase[0], "en")
        other = max(zipf_frequency(phrase[0], code) for code in WORDFREQ_CODES)
        if english >= 3.5 and other - english < 2:
            ordinary.append(phrase[0])
    assert ordinary == []


def test_each_language_has_words_of_its_own() -> None:
    assert all(language.words for language in domain.other_languages().values())


@pytest.mark.parametrize(
    ("message", "read"),
    [
        ("Deutschland 2024: 97,7 Mrd US-Dollar?", "Deutschland 2024: 97.7 billion US-Dollar?"),
        ("Polska: 4,1 procent PKB?", "Polska: 4.1 percent gdp?"),
    ],
)
def test_a_decimal_comma_before_a_scale_or_percent_word_of_another_language_is_a_decimal(message, read) -> None:
    assert clean(message) == read
