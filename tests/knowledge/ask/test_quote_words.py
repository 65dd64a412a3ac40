"""A quote's words worked out a token at a time are those `normalise` gives the whole quote."""

from __future__ import annotations

import pytest

from knowledge.ask.quote_words import QuoteStems, Stems
from knowledge.lexicon import normalise
from knowledge.question import stem

TRICKY = [
    "Poland's defence spending rose to 4.12% of GDP in 2024.",
    "the Allies' pledge: 2%... of GDP (by 2024). See p.12.",
    "U.S. $967.7bn; €1,234.5m and £3.2 bn — 'quoted' words' ends",
    ".5 and 5. and 1.2.3 and .x. and x.y",
    "tabs\tand\nnewlines\x1cand\x1fseparators  and   spaces ",
    "its it's its' 's 'S X'S",
    "",
    "   ",
    "snake_case and under_ scores _",
    "Türkiye’s spending and the Alliance’s 2% — naïve café",
    "zero\u200bwidth and ﬁ ligature",
]


@pytest.mark.parametrize("text", TRICKY)
def test_a_quotes_stems_are_those_of_its_normalised_words(text: str) -> None:
    stems = QuoteStems(Stems())
    assert list(stems.all_of(text)) == [stem(word) for word in normalise(text).split()]
    assert stems.words >= set(normalise(text).split())


def test_every_seed_quote_reads_the_same_a_token_at_a_time(seed_kb) -> None:
    stems = QuoteStems(Stems())
    quotes = {fact.citation.quote for fact in seed_kb.facts}
    for quote in quotes:
        expected = [stem(word) for word in normalise(quote).split()]
        assert list(stems.all_of(quote)) == expected, quote
        assert stems.of(quote) == tuple(dict.fromkeys(expected))
    assert stems.words == {word for quote in quotes for word in normalise(quote).split()}


def test_a_stem_counts_each_quote_having_it_once() -> None:
    quotes = ["spending spends spend", "Spending rose", "rose", "Türkiye’s spending rose", "Türkiye’s"]
    counts = QuoteStems(Stems()).quotes_having(quotes)
    assert counts["spend"] == 3 and counts["rose"] == 3 and counts["spending"] == 0 and counts["turkiy"] == 2
