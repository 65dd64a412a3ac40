"""A page exported from a notes app: a ranked list whose items open with a numbered place and a name in a bold label
('**#2 Germany:** $88bn'), and items giving a place after a dash ('**Norway** — 6th; …'); each place is the named one's
rank, never a count of it, nor a figure of whom the list's heading is about."""

from __future__ import annotations

import pytest

from knowledge.figures import FigureKind, find_figures, tokenize
from knowledge.models import Fact

NOTES = "\n".join(
    [
        "# Europe's biggest defence spenders 2024 — notes",
        "",
        "## Ranking",
        "",
        "- **#1 Germany:** $86bn",
        "  - up 24% in real terms",
        "- **#2 United Kingdom:** $79bn",
        "- **#3 France:** $63bn",
        "",
        "## Others to watch",
        "",
        "- **Poland** — 4th; the fastest riser in the region",
        "- **Italy** — 5th",
    ]
)


@pytest.fixture(scope="module")
def ranks(build_note) -> list[Fact]:
    catalog = 'title = "Europe\'s biggest defence spenders 2024 — notes"\npublished = "2025-05-02"\nperiod = "2024"'
    facts = build_note(NOTES, name="notes.md", catalog=catalog)
    return facts


def test_a_numbered_place_opening_a_label_is_the_rank_of_the_one_named_after_it(ranks: list[Fact]) -> None:
    ranked = {(fact.subject, fact.value) for fact in ranks if fact.measure_kind == "rank"}
    assert {("Germany", 1.0), ("United Kingdom", 2.0), ("France", 3.0)} <= ranked
    assert not [fact for fact in ranks if fact.measure_kind == "count"]


def test_an_ordinal_after_a_named_label_and_a_dash_is_that_one_s_rank(ranks: list[Fact]) -> None:
    ranked = {(fact.subject, fact.value) for fact in ranks if fact.measure_kind == "rank"}
    assert {("Poland", 4.0), ("Italy", 5.0)} <= ranked


def kinds(sentence: str) -> list[tuple[FigureKind, float]]:
    return [(figure.kind, figure.value) for figure in find_figures(tokenize(sentence))]


@pytest.mark.parametrize(
    "sentence",
    ["Spending in Europe — 2nd, after the Americas.", "Issue #2 Germany: late.", "See #2 Germany: late."],
)
def test_an_ordinal_or_a_number_sign_inside_a_clause_is_no_label_s_rank(sentence: str) -> None:
    assert [kind for kind, _ in kinds(sentence) if kind is FigureKind.RANK] == []


def test_a_number_sign_and_a_name_opening_a_label_give_a_rank_and_no_count() -> None:
    assert kinds("- **#7 Spain:** $19bn")[0] == (FigureKind.RANK, 7.0)


def test_a_sub_bullet_equating_its_figure_with_another_s_is_of_the_bullet_above(build_note) -> None:
    """'- **#2 Germany:** $86bn' then '  - equal to 60% of France's spending': the sub-bullet opens on what Germany's
    figure equals, as a sentence opening 'Equal to …' does; France is the one compared with."""
    notes = "\n".join(["## Ranking", "", "- **#2 Germany:** $86bn", "  - equal to 60% of France's spending"])
    facts = build_note(notes, name="notes.md")
    (share,) = [fact for fact in facts if fact.value == 60.0]
    assert share.subject == "Germany"
