"""The verifier's and the finder's readings of a statement's own words: a count of years, the end of a ranking it
says its figure stands at, what it denies, the whole a question asks a part of, the economy of a typed share, and
two figures of one clause."""

from __future__ import annotations

import pytest

from knowledge.ask.intent import split_parts
from knowledge.ask.parse import parse_question
from knowledge.ask.quantities import Extreme, stated_end
from knowledge.ask.statements import _negated_words, _says_not
from knowledge.ask.verify_numbers import counts_years, wholes_named
from knowledge.ask.verify_words import _economy_of_a_typed_share, _one_clause
from knowledge.models import Citation, Fact, Unit
from knowledge.question import parse


def fact(
    quote: str, own: str, value: float, unit: Unit = Unit.COUNT, column: str | None = None, subject: str = "World"
) -> Fact:
    return Fact(
        id=f"fact-{value}-{own}",
        subject=subject,
        measure="open:count" if unit is Unit.COUNT else "open:share_of_gdp",
        value=value,
        unit=unit,
        period="2024",
        measure_text=own,
        citation=Citation(document="doc.md", locator="paragraph 1", quote=quote, column_label=column),
    )


@pytest.mark.parametrize(
    ("quote", "own", "value", "counted"),
    [
        (
            "It was also the tenth consecutive year in which the total went up.",
            "the tenth consecutive year in",
            10,
            True,
        ),
        ("It was the 30th consecutive year of growth.", "It was the 30th consecutive year of growth", 30, True),
        ("The plan adds NOK 600 billion over 12 years to 2036.", "over 12 years to 2036", 12, True),
        ("In 2024, 23 allies met the guideline this year.", "23 allies met the guideline this year", 23, False),
    ],
)
def test_a_count_of_years_is_one_its_clause_counts_years_by(quote, own, value, counted):
    assert counts_years(fact(quote, own, value)) is counted


@pytest.mark.parametrize(
    ("quote", "own", "column", "end"),
    [
        (
            "Italy 1.49%, while Spain, at 1.28%, ranks last among all allies.",
            "while Spain, at 1.28%",
            None,
            Extreme.LESSER,
        ),
        ("- Poland: 4.12%", "Poland: 4.12%", "Highest shares of GDP in 2024", Extreme.GREATER),
        ("Italy is expected to spend 1.49%, Canada 1.37%.", "Italy is expected to spend 1.49%", None, None),
        ("Belgium at 1.30%, and Spain, the lowest in the alliance, at 1.28%.", "at 1.28%.", None, Extreme.LESSER),
    ],
)
def test_the_end_of_a_ranking_a_statement_says_its_figure_stands_at(quote, own, column, end):
    assert stated_end(fact(quote, own, 1.0, Unit.PERCENT_OF_GDP, column, subject="Spain")) is end


def test_the_words_a_sentence_denies_are_those_after_its_negation():
    denied = _negated_words(
        "PBO estimates reclassification accounts for $1.5 billion; it does not represent new money."
    )
    assert {"new", "money"} <= denied and "reclassif" not in {word[:9] for word in denied}
    assert _says_not(("how", "many", "allies", "did", "not", "meet", "2%"))
    assert not _says_not(("how", "much", "new", "money"))


@pytest.mark.parametrize(
    ("question", "wholes"),
    [("how much of the 5% has to be core defence", {5.0}), ("how much has to be core defence at 3.5%", set())],
)
def test_a_whole_asked_is_a_number_after_of_the(engine, question, wholes):
    assert wholes_named(parse_question(parse(question, engine.vocabulary, {}))) == wholes


def test_the_economy_of_a_typed_share_is_named_by_the_share_stated_bare():
    bare = fact("Five allies spent more than 3%: Poland (4.12%).", "Five allies spent more than 3%", 5)
    of_budget = fact("Five allies spent more than 3% of their budget on it.", "Five allies", 5)
    words = ("how", "many", "allies", "spent", "more", "than", "3%", "of", "gdp")
    assert _economy_of_a_typed_share(words, [bare]) == {"gdp"}
    assert _economy_of_a_typed_share(words, [of_budget]) == frozenset()


def test_figures_whose_own_words_run_into_each_other_are_one_statement():
    quote = "Core defence at 3.5% would equal roughly $154 billion in 2035-36."
    share = fact(quote, "Core defence at 3.5% would equal roughly", 3.5, Unit.PERCENT_OF_GDP)
    cost = fact(quote, "would equal roughly $154 billion in 2035", 154, Unit.MONEY)
    assert _one_clause(cost, share)
    split = "Allies agreed to 5% of GDP by 2035, of which at least 3.5% must go on core military needs."
    whole = fact(split, "Allies agreed to 5% of GDP by 2035", 5, Unit.PERCENT_OF_GDP)
    part = fact(split, "at least 3.5% must go on core military needs.", 3.5, Unit.PERCENT_OF_GDP)
    assert not _one_clause(whole, part)


def test_a_question_mark_ends_a_part():
    assert split_parts("Did Germany hit 2% in 2024? What was its share?") == [
        "Did Germany hit 2% in 2024",
        "What was its share?",
    ]


def test_a_place_asked_by_size_within_a_field_is_the_place_a_superlative_states(engine_of_text):
    """'the third-largest navy in NATO' answers where the navy ranks in size within NATO; how big it is stays asked."""
    engine = engine_of_text(
        "briefing.txt",
        "MINISTER: Good morning.\n\nQ (Radio North): Norway has the third-largest navy in NATO. Is that enough?\n",
    )
    assert engine.ask("Where does Norway's navy rank in size within NATO?").values == [3]
    assert not engine.ask("How big is Norway's navy?").answered
