"""Lists and breakdowns read whole: a budget category named right after a bare share (a share of the budget, not of
GDP), a share listed after a place in a ranking, a bare number closing a list of percentages ('Latvia at 3.73'), and
counts said again for an earlier year ('a year ago', '23 out of 32 did')."""

from __future__ import annotations

import pytest

from knowledge.figures import FigureKind, find_figures, tokenize
from knowledge.models import Unit
from knowledge.sentence import Context, SentenceReader, Stated


def statements(sentence: str) -> list[Stated]:
    return SentenceReader(sentence, Context(gdp_shares=True), 2025).statements()


def kinds(sentence: str) -> list[tuple[float, str]]:
    return [(s.figure.value, s.kind) for s in statements(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Italy regards a ratio of 50% personnel, 25% operating and 25% investment as the balanced reference.",
            [(50.0, "share_of_total"), (25.0, "share_of_total"), (25.0, "share_of_total")],
        ),
        (
            "Norway's budget splits 60% personnel, 20% operations and 20% equipment.",
            [(60.0, "share_of_total"), (20.0, "share_of_total"), (20.0, "share_of_total")],
        ),
        ("Germany's investment reached 0.6% in 2025.", [(0.6, "share_of_gdp")]),  # named before: maybe of GDP
    ],
)
def test_a_budget_category_named_right_after_a_bare_share_makes_it_a_share_of_the_budget(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert kinds(sentence) == expected


def test_a_share_listed_after_a_place_in_a_ranking_is_of_the_lists_whole() -> None:
    read = kinds(
        "The United States made up about 37% of the world total in 2024, and China, in second place, about 12%."
    )
    assert [kind for value, kind in read if value in (37.0, 12.0)] == ["share_of_total", "share_of_total"]
    assert kinds("Germany reached 2.1% of GDP in 2025, and France, in second place, about 2.0%.")[-1] == (
        2.0,
        "share_of_gdp",
    )


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Poland leads at 4.48% of GDP, followed by Lithuania at 4% and Latvia at 3.73.", [4.48, 4.0, 3.73]),
        (
            "Poland again leads, at four point four eight percent of GDP, followed by Lithuania at four percent and "
            "Latvia at three point seven three.",
            [4.48, 4.0, 3.73],
        ),
    ],
)
def test_a_bare_number_closing_a_list_of_percentages_is_one(sentence: str, values: list[float]) -> None:
    percentages = [f for f in find_figures(tokenize(sentence)) if f.kind is FigureKind.PERCENT]
    assert [f.value for f in percentages] == values
    ranks = [f for f in find_figures(tokenize(sentence)) if f.kind is FigureKind.RANK]
    assert [f.value for f in ranks] == [1.0]  # 'leads at', a pause or none between


def test_a_number_that_closes_no_list_of_percentages_stays_bare() -> None:
    assert [f.kind for f in find_figures(tokenize("Spain was at 1.3% in 2024 and the meeting started at 10."))] == [
        FigureKind.PERCENT,
        FigureKind.YEAR,
    ]
    assert not [f for f in find_figures(tokenize("Finland leads, at least for now.")) if f.kind is FigureKind.RANK]


def test_a_year_ago_is_the_year_before_the_one_the_document_speaks_in(build_note) -> None:
    text = "This year all 32 allies meet the 2% guideline. A year ago, 23 allies met it."
    counts = [(f.value, f.period) for f in build_note(text, published="2025-08-28") if f.unit is Unit.COUNT]
    assert counts == [(32.0, "2025"), (23.0, "2024")]


def test_so_many_out_of_so_many_who_did_what_was_counted_is_a_count(build_note) -> None:
    text = "In 2014, only three allies met the 2% guideline. By 2024, 23 out of 32 did."
    facts = build_note(text, published="2025-08-01")
    assert (23.0, 32.0) in [(f.value, f.total) for f in facts if f.unit is Unit.COUNT]
    assert not [f for f in facts if f.measure_kind == "share_of_total"]
