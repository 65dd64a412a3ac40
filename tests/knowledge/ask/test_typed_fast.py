"""Questions typed fast on a phone: odd years, glued words, short names' possessives, 'n' for 'and', judging
words at a ranking's end. Parsed without a bot; answered by the seeds' engine where the reading shows."""

from __future__ import annotations

import pytest

from knowledge.ask.parse import parse_question
from knowledge.ask.quantities import Extreme
from knowledge.engine import Engine
from knowledge.question import Vocabulary, parse


def parsed(text: str):
    return parse_question(parse(text, Vocabulary(set()), {}))


@pytest.mark.parametrize(
    ("text", "year"),
    [("italy defence budget 2k19", 2019), ("belgium share of gdp in 20 21", 2021), ("spain 2K22 spending", 2022)],
)
def test_a_year_typed_oddly_is_the_year(text: str, year: int) -> None:
    assert parsed(text).years == (year,)


@pytest.mark.parametrize("text", ["top 20 25 percent spenders", "20 30% of gdp", "allies above 20 2.5"])
def test_two_numbers_that_are_no_year_stay_numbers(text: str) -> None:
    assert not parsed(text).years


@pytest.mark.parametrize(
    ("text", "name"), [("uks army budget 2020", "United Kingdom"), ("usas gdp 2019", "United States")]
)
def test_a_short_names_possessive_without_its_apostrophe_names_the_ally(text: str, name: str) -> None:
    assert parsed(text).entities == (name,)


def test_a_short_english_word_ending_in_s_is_no_possessive() -> None:
    assert "mods" in parsed("ask the mods about france 2020").words


@pytest.mark.parametrize(
    ("text", "words"),
    [("norway spending inthe 2019", ("in", "the")), ("share ofthe total for greece", ("of", "the"))],
)
def test_two_words_typed_without_a_space_are_read_apart(text: str, words: tuple[str, ...]) -> None:
    read = parsed(text).words
    at = read.index(words[0])
    assert read[at : at + len(words)] == words


@pytest.mark.parametrize("word", ["soon", "into", "spending"])
def test_a_common_word_is_never_split(word: str) -> None:
    assert word in parsed(f"will poland raise {word} 2024").words


def test_n_between_words_is_and() -> None:
    assert "and" in parsed("denmark n finland spending 2024").words


@pytest.mark.parametrize(
    "text",
    ["who's slacking most on gdp share 2023", "biggest freeloader by share of gdp 2023", "top laggard gdp share 2023"],
)
def test_a_word_judging_the_low_end_asks_the_lesser_end(text: str) -> None:
    assert parsed(text).extreme is Extreme.LESSER


def test_a_judging_word_without_a_superlative_asks_no_ranking() -> None:
    assert parsed("how many laggards were below 2% in 2023").extreme is None


def test_the_low_end_judged_is_answered_by_the_lowest(engine: Engine) -> None:
    answer = engine.ask("who's the biggest freeloader by defence share of gdp in 2023")
    assert answer.answered
    assert "Lowest" in answer.answer


def test_a_czech_republic_typed_short_is_czechia() -> None:
    assert parsed("czech rep personnel 2022").entities == ("Czechia",)


def test_a_change_in_national_currency_is_at_current_prices_unless_asked(engine: Engine) -> None:
    current = engine.ask("by what percent did hungary's defence spend in forint rise from 2022 to 2023")
    assert current.answered, current.answer
    assert all(fact.measure == "spending_national_current" for fact in current.facts)
    constant = engine.ask("by what percent did hungary's defence spend in constant forint rise from 2022 to 2023")
    assert constant.answered, constant.answer
    assert all(fact.measure == "spending_national_constant" for fact in constant.facts)
