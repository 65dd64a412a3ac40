"""Prose classes a thread of posts and a wire story's correction notice write: a group listed the sentence before
('Together they spent …': all of them, no one's alone), an aside in brackets ('(incl. Russia)'), post numbers
('**2/14**'), places in a world ranking ('5th globally'), a share of another country's spending ('Equal to 43% of
Russia's spending'), a bare count restating another ('up from just three') and a correction notice ('An earlier
version … said 19.7%. The correct figure is 17.9%.')."""

from __future__ import annotations

import functools

import pytest

from knowledge.figures import FigureKind, find_figures, tokenize
from knowledge.models import Fact
from knowledge.readers.prose import read_prose
from knowledge.sentence import Context, SentenceReader


@pytest.fixture(scope="module")
def build(build_note):
    return functools.partial(build_note, name="thread.md", published="2025-04-28")


def by_value(facts: list[Fact]) -> dict[float, set[tuple[str, str | None]]]:
    found: dict[float, set[tuple[str, str | None]]] = {}
    for fact in facts:
        assert fact.value is not None
        found.setdefault(fact.value, set()).add((fact.subject, fact.measure_kind))
    return found


def test_they_after_a_listed_group_are_all_of_them_never_its_first_member(build) -> None:
    text = (
        "# Thread: the top five\n\n"
        "Top 5 spenders: US, China, Russia, Germany, India. Together they spent $1,635bn, i.e. 60% of the world "
        "total.\n"
    )
    facts = by_value(build(text))
    assert 1635.0 not in facts
    assert 60.0 not in facts


@pytest.mark.parametrize(
    "sentence",
    ["The group spent $1,635bn in 2024.", "These five spent $1,635bn in 2024.", "Combined, they spent $1,635bn."],
)
def test_words_pointing_at_a_listed_group_are_all_of_them(build, sentence: str) -> None:
    text = f"# Notes\n\nTop 5 spenders: US, China, Russia, Germany, India. {sentence}\n"
    assert 1635.0 not in by_value(build(text))


def test_combined_after_a_listed_group_is_none_of_them_alone(build) -> None:
    text = "# Notes\n\nGermany and France raised spending again. Combined, spending reached $200bn in 2024.\n"
    assert 200.0 not in by_value(build(text))


def test_a_single_subject_still_carries_to_a_pronoun(build) -> None:
    text = "# Notes\n\nPoland raised spending again. It spent 4.1% of GDP in 2024.\n"
    assert by_value(build(text))[4.1] == {("Poland", "share_of_gdp")}


def test_an_abbreviated_inclusion_in_brackets_neither_ends_the_sentence_nor_names_the_subject(build) -> None:
    text = "# Thread\n\nEurope as a whole (incl. Russia): $693bn, +17%. Europe (excl. Russia) spent $544bn.\n"
    prose = read_prose(text, markdown=True)
    assert [prose.quote(span) for span in prose.blocks[0].sentences] == [
        "Europe as a whole (incl. Russia): $693bn, +17%.",
        "Europe (excl. Russia) spent $544bn.",
    ]
    facts = by_value(build(text))
    assert facts[693.0] == {("Europe", "money")}
    assert facts[17.0] == {("Europe", "change")}
    assert facts[544.0] == {("Europe", "money")}


def test_a_post_number_on_its_own_line_is_no_count(build) -> None:
    text = (
        "# Thread\n\n**10/14**\nNATO members combined: $1,506bn = 55% of world milex.\n\nPart 3 of 5\nMore to come.\n"
    )
    facts = by_value(build(text))
    assert 14.0 not in facts
    assert 3.0 not in facts
    assert 1506.0 in facts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("2/14 This is the 10th straight year of growth.", [(FigureKind.COUNT, 10.0)]),
        ("10/14 NATO members combined: $1,506bn", [(FigureKind.MONEY, 1506.0)]),
        ("1/ SIPRI says 23 allies met it.", [(FigureKind.COUNT, 23.0)]),
    ],
)
def test_a_post_number_opening_a_sentence_is_no_figure(sentence: str, expected: list[tuple[FigureKind, float]]) -> None:
    assert [(figure.kind, figure.value) for figure in find_figures(tokenize(sentence))] == expected


@pytest.mark.parametrize(
    ("sentence", "rank"),
    [
        ("India $86.1bn, +1.6%, 5th globally.", 5.0),
        ("Germany is the biggest spender in Central Europe, and 4th in the world.", 4.0),
        ("Saudi Arabia is the region's biggest spender and 7th worldwide.", 7.0),
    ],
)
def test_an_ordinal_before_the_ranking_it_places_in_is_a_rank(sentence: str, rank: float) -> None:
    assert (FigureKind.RANK, rank) in [(figure.kind, figure.value) for figure in find_figures(tokenize(sentence))]


def test_the_first_in_the_world_to_do_a_thing_is_no_rank() -> None:
    figures = find_figures(tokenize("Estonia was the first in the world to do so."))
    assert FigureKind.RANK not in [figure.kind for figure in figures]


def test_a_percentage_equal_to_a_share_of_another_countrys_spending_is_the_subjects_ratio(build) -> None:
    text = (
        "# Thread\n\n"
        "Ukraine: $64.7bn, +2.9%. Equal to 43% of Russia's spending, from a far smaller economy. Military burden of "
        "34% of GDP, the highest in the world.\n\n"
        "Equipment took 30% of Poland's spending in 2024.\n"
    )
    facts = by_value(build(text))
    assert facts[43.0] == {("Ukraine", "share_of_total")}
    assert ("Ukraine", "share_of_gdp") in facts[34.0]
    assert facts[30.0] == {("Poland", "share_of_total")}


def test_a_body_named_with_its_data_is_the_source_and_a_thread_goes_on_from_the_post_before(build) -> None:
    text = (
        "# Thread: SIPRI's 2024 military spending numbers, unpacked\n\n"
        "**1/14**\nSIPRI's new milex data just dropped. World military spending hit $2,718bn in 2024.\n\n"
        "**2/14**\nThis is the 10th straight year of growth.\n"
    )
    facts = by_value(build(text))
    assert facts[10.0] == {("World", "count")}


CORRECTED = (
    "BRUSSELS, June 5 (Wire) - NATO's estimates showed that European allies and Canada increased defence spending by "
    "17.9% in real terms in 2024.\n\n"
    "(Reporting by Wire staff; Editing by Wire desk)\n\n"
    "CORRECTION: An earlier version of this story said in paragraph 4 that European allies and Canada increased "
    "defence spending by 19.7% in 2024. The correct figure is 17.9%.\n"
)


def test_a_corrected_figure_is_only_what_was_said_and_its_correction_is_of_what_it_was_of(build) -> None:
    facts = build(CORRECTED, name="story.txt")
    correction = [fact for fact in facts if fact.citation.quote == "The correct figure is 17.9%."]
    assert [(f.subject, f.measure_kind, f.value, f.period, f.is_claim) for f in correction] == [
        ("European Allies and Canada", "change", 17.9, "2024", False)
    ]
    withdrawn = [fact for fact in facts if fact.value == 19.7]
    assert withdrawn
    assert all(fact.is_claim and not fact.recognised for fact in withdrawn)


@pytest.mark.parametrize(
    "sentence", ["The story said in paragraph 4 that allies spent more.", "See page 12 for the 23 allies."]
)
def test_a_number_saying_where_in_a_text_is_no_figure(sentence: str) -> None:
    values = [figure.value for figure in find_figures(tokenize(sentence))]
    assert 4.0 not in values
    assert 12.0 not in values


def test_a_bare_number_restating_a_count_is_of_whom_that_count_is() -> None:
    sentence = (
        "NATO's estimates showed that European allies and Canada increased defence spending by 17.9% in 2024, and "
        "that 23 of the 32 allies were expected to meet the 2% target that year, up from just three in 2014."
    )
    statements = SentenceReader(sentence, Context(gdp_shares=True), 2025).statements()
    counts = {(stated.figure.value, stated.period): stated.subjects for stated in statements if stated.kind == "count"}
    assert counts[(3.0, "2014")] == ["NATO Allies"]


def test_a_correction_in_one_sentence_withdraws_the_figures_before_its_correcting_words(build) -> None:
    text = (
        "# Canada to hit NATO's 2% target\n\n"
        "> **Correction, 11 June 2025:** An earlier version of this article said Canada spent 1.73% of GDP on "
        "defence in 2024; the correct NATO estimate is 1.37%. It also gave the 2025-26 total as C$67.2bn; the correct "
        "figure is C$62.7bn. An earlier version also said Italy's 2024 spending was 1.94% of GDP; the correct figure "
        "is 1.49%.\n\n"
        "Canada will spend C$62.7bn on defence in 2025-26.\n"
    )
    facts = [fact for fact in build(text, name="news.md", published="2025-06-11") if fact.unit.value != "date"]
    read = {(f.subject, f.value, f.period, f.is_claim) for f in facts if "Correction" in f.citation.quote}
    read |= {
        (f.subject, f.value, f.period, f.is_claim) for f in facts if f.citation.quote.startswith(("It also", "An"))
    }
    assert {
        ("Canada", 1.73, "2024", True),
        ("Canada", 1.37, "2024", False),
        ("Canada", 67.2, "2025-26", True),
        ("Canada", 62.7, "2025-26", False),
        ("Italy", 1.94, "2024", True),
        ("Italy", 1.49, "2024", False),
    } <= read
    assert not [f for f in facts if f.value in (1.37, 1.49) and f.is_claim]
