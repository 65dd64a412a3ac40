"""Numbers spelt out in words are figures: transcripts and spoken quotes write them this way."""

from __future__ import annotations

import pytest

from knowledge.figures import FigureKind, find_figures, spelled_reader, tokenize
from knowledge.spelled import words_in_digits


def figures_of(sentence: str) -> list[tuple[FigureKind, float]]:
    return [(figure.kind, figure.value) for figure in find_figures(tokenize(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Poland is at about four point five percent of GDP.", [(FigureKind.PERCENT, 4.5)]),
        ("the other one point five percent", [(FigureKind.PERCENT, 1.5)]),
        ("at three point three eight percent", [(FigureKind.PERCENT, 3.38)]),
        ("It spent nine hundred and ninety-seven billion dollars.", [(FigureKind.MONEY, 997.0)]),
        ("roughly thirty-seven percent of the total", [(FigureKind.PERCENT, 37.0)]),
        ("Back in twenty fourteen it was different.", [(FigureKind.YEAR, 2014.0)]),
        ("by twenty twenty-nine", [(FigureKind.YEAR, 2029.0)]),
        ("all thirty-two allies", [(FigureKind.COUNT, 32.0)]),
        ("Is three and a half percent by 2029 realistic?", [(FigureKind.PERCENT, 3.5), (FigureKind.YEAR, 2029.0)]),
        ("we will draw twenty-five and a half billion euros", [(FigureKind.MONEY, 25.5)]),
        ("A year and a half later, five allies met it.", [(FigureKind.COUNT, 5.0)]),
        ("That takes us to around a hundred and eight billion.", [(FigureKind.MONEY, 108.0)]),
        ("more than a thousand additional soldiers", [(FigureKind.COUNT, 1000.0)]),
        ("around nine billion euros in military support", [(FigureKind.MONEY, 9.0)]),
        ("around two thousand six hundred euros a month gross", [(FigureKind.MONEY, 2600.0)]),
        ("contracts below four hundred and forty-three thousand euros", [(FigureKind.MONEY, 443000.0)]),
    ],
)
def test_spelt_numbers_are_figures(sentence: str, expected: list[tuple[FigureKind, float]]) -> None:
    assert figures_of(sentence) == expected


def test_a_spelt_number_keeps_the_words_it_covers() -> None:
    sentence = "about four point five percent"
    (token,) = [token for token in tokenize(sentence) if token.text == "4.5"]
    assert sentence[token.start : token.end] == "four point five"


def test_a_lone_number_word_is_left_to_the_figure_reader() -> None:
    assert [token.text for token in tokenize("one of the three allies")] == ["one", "of", "the", "three", "allies"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("world military spending hit two thousand seven hundred and eighteen billion dollars", 2718.0),
        ("All thirty-two members together spent one thousand five hundred and six billion dollars.", 1506.0),
        ("about five thousand and ten troops", 5010.0),
        ("some twenty thousand soldiers", 20000.0),
    ],
)
def test_a_spelt_number_of_thousands_is_one_figure(sentence: str, value: float) -> None:
    assert value in [value for _, value in figures_of(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Volunteers earn around 2,600 euros a month.", [(FigureKind.MONEY, 2600.0)]),
        ("in 2024 dollars", [(FigureKind.YEAR, 2024.0)]),  # a price base, no amount
        ("he said a thing about a stake", []),
        ("At 3.65 PLN per US dollar, the envelope is larger.", []),  # an exchange rate, no amount
        ("at an exchange rate of about 4.27 zloty to the euro", []),
        ("at the rate of 4.26 zł for 1 euro", []),
        ("to supply one million rounds of artillery ammunition", []),  # a lone word before a scale, no currency
    ],
)
def test_an_amount_its_currency_follows_with_no_scale_is_money(sentence: str, expected) -> None:
    assert figures_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("more than one in three dollars went through the Pentagon", [(FigureKind.PERCENT, 33.3)]),
        ("roughly one in eight dollars of all European spending", [(FigureKind.PERCENT, 12.5)]),
        ("nearly four euros in every five spent on new kit", [(FigureKind.PERCENT, 80.0)]),
        ("three out of ten allies", [(FigureKind.PERCENT, 30.0)]),
        ("Five countries, three-fifths of the money", [(FigureKind.COUNT, 5.0), (FigureKind.PERCENT, 60.0)]),
        ("Spain ranks fifth of the 32 allies.", [(FigureKind.RANK, 5.0), (FigureKind.COUNT, 32.0)]),
        ("It came 3 in 2024.", [(FigureKind.YEAR, 2024.0)]),
    ],
)
def test_ratios_and_fractions_in_words_are_shares(sentence: str, expected: list[tuple[FigureKind, float]]) -> None:
    """So many of every so many ('one in eight'), a fraction written as one word ('three-fifths'): percentages; a
    place ('fifth of the 32 allies') and a number before a year are none."""
    assert figures_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Every tenth of a point is roughly two billion two hundred million.", 2.2),
        ("The programme costs one billion five hundred million euros.", 1.5),
    ],
)
def test_a_smaller_scale_after_a_larger_carries_on_the_same_amount(sentence: str, value: float) -> None:
    tokens = tokenize(sentence)
    [money] = [figure for figure in find_figures(tokens) if figure.kind is FigureKind.MONEY]
    assert (money.value, money.scale) == (value, 1e9)
    assert sentence[tokens[money.start].start :].startswith(("two billion two hundred million", "one billion five"))


def test_two_amounts_of_the_same_or_a_larger_scale_stay_apart() -> None:
    assert words_in_digits(["one", "billion", "and", "two", "trillion"], spelled_reader()) == [
        "1",
        "billion",
        "and",
        "2",
        "trillion",
    ]
    assert words_in_digits(["two", "million", "three", "billion"], spelled_reader()) == ["2", "million", "3", "billion"]
    assert words_in_digits(["two", "billion", "two", "hundred", "million", "euros"], spelled_reader()) == [
        "2.2",
        "billion",
        "euros",
    ]
