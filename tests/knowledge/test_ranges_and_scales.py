"""Ranges read whole (both bounds in the closing bound's unit, scale and period, said with the same hedges), an amount
and its share of GDP dated by the year written once after both, a sentence set at the date it opens on, and money in
the continental scale words translations keep ('miliardi', 'Milliarden', 'miljarder')."""

from __future__ import annotations

import pytest

from knowledge.figures import FigureKind, find_figures, tokenize
from knowledge.models import Unit
from knowledge.sentence import Context, SentenceReader, Stated


def figures_of(sentence: str) -> list[tuple[FigureKind, float, str | None, float | None]]:
    return [(f.kind, f.value, f.currency, f.scale) for f in find_figures(tokenize(sentence))]


def statements(sentence: str) -> list[Stated]:
    return SentenceReader(sentence, Context(gdp_shares=True), 2025).statements()


@pytest.mark.parametrize(
    ("sentence", "opening"),
    [
        ("Russia's spending lies somewhere between $400 and $460 billion.", (FigureKind.MONEY, 400.0, "USD", 1e9)),
        ("Closing the gap takes an estimated €300–350 billion a year.", (FigureKind.MONEY, 300.0, "EUR", 1e9)),
        ("The fleet costs from £40 to £55 bn over ten years.", (FigureKind.MONEY, 40.0, "GBP", 1e9)),
        ("Madrid could defend 2.1–2.3% of GDP.", (FigureKind.PERCENT, 2.1, None, None)),
        ("Rome plans 1.2-1.4 per cent of GDP.", (FigureKind.PERCENT, 1.2, None, None)),
    ],
)
def test_a_range_opening_bound_is_in_the_closing_bounds_unit_and_scale(
    sentence: str, opening: tuple[FigureKind, float, str | None, float | None]
) -> None:
    assert figures_of(sentence)[0] == opening
    assert len([f for f in figures_of(sentence) if f[0] is opening[0]]) == 2


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("Table 1 – 2.5% of GDP.", [2.5]),  # a dash between spaces parts a label from its figure
        ("In 2024-2025 it was 2.0% of GDP.", [2.0]),  # a span of years opens no range
        ("The score was 3-2% short.", [2.0]),  # a range runs from low to high
    ],
)
def test_a_dash_that_joins_no_range_opens_none(sentence: str, values: list[float]) -> None:
    assert [value for kind, value, _, _ in figures_of(sentence) if kind is FigureKind.PERCENT] == values


def test_an_amount_of_its_own_scale_keeps_it_in_a_range() -> None:
    found = figures_of("Costs run between €500 million and €3 billion.")
    assert [(value, scale) for _, value, _, scale in found] == [(500.0, 1e6), (3.0, 1e9)]
    # an amount larger than the next one opens no range of it: '€600 and €5 billion' is no range
    assert figures_of("It paid €600 to €5 billion holders.")[0] == (FigureKind.MONEY, 600.0, "EUR", None)


def test_the_bounds_of_a_range_share_the_year_written_after_the_closing_one() -> None:
    read = statements(
        "German core spending reaches between 2.6 and 2.9 per cent in 2030 and between 3.2 and 3.5 per cent in 2035."
    )
    assert [(s.figure.value, s.period) for s in read] == [(2.6, "2030"), (2.9, "2030"), (3.2, "2035"), (3.5, "2035")]
    dashed = statements(
        "For Germany, closing the gap implies an estimated €300–350 billion a year in additional spending by 2035."
    )
    assert [(s.figure.value, s.period) for s in dashed if s.kind == "money"] == [(300.0, "2035"), (350.0, "2035")]


def test_the_bounds_of_a_range_are_said_with_the_same_hedges() -> None:
    read = statements("France expects between €300 and €350 billion a year in 2030.")
    assert [("estimate" in s.qualifiers, s.period) for s in read if s.kind == "money"] == [(True, "2030")] * 2


def test_a_move_from_one_level_to_another_keeps_its_two_years() -> None:
    read = statements("Poland rose from 3.9 to 4.2 per cent of GDP between 2023 and 2024.")
    assert [(s.figure.value, s.period) for s in read] == [(3.9, "2023"), (4.2, "2024")]


@pytest.mark.parametrize(
    ("sentence", "value", "currency"),
    [
        ("For 2025 the Italian defence budget amounts to € 31,3 miliardi, against € 29,2 bn in 2024.", 31.3, "EUR"),
        ("Germany plans 86,4 Milliarden Euro for defence in 2026, against 72,0 Mrd. Euro in 2025.", 86.4, "EUR"),
        ("Sweden spends 12,5 miljarder kronor on defence in 2025, up from 10,2 mld. kronor.", 12.5, "SEK"),
    ],
)
def test_a_continental_scale_word_scales_the_amount(build_note, sentence: str, value: float, currency: str) -> None:
    money = [fact for fact in build_note(sentence, published="2025-10-15") if fact.unit is Unit.MONEY]
    first = next(fact for fact in money if fact.value == value)
    assert (first.currency, first.scale) == (currency, 1e9)


def test_an_amount_and_its_share_of_gdp_share_the_year_written_after_both() -> None:
    sentence = (
        "Italy's spending in 2025 is estimated at € 45.3 bn, or 2.01% of GDP, "
        "against € 32.7 bn and 1.49% of GDP in 2024."
    )
    assert [(s.figure.value, s.period) for s in statements(sentence)] == [
        (45.3, "2025"),
        (2.01, "2025"),
        (32.7, "2024"),
        (1.49, "2024"),
    ]
    own = statements("Spain spent €20 billion in 2023 and 1.3% of GDP in 2024.")
    assert [(s.figure.value, s.period) for s in own] == [(20.0, "2023"), (1.3, "2024")]


def test_a_sentence_opening_on_a_date_is_set_then_not_in_the_years_it_plans_for(build_note) -> None:
    text = (
        "Lithuania. In January 2025 its State Defence Council decided to spend between 5% and 6% of GDP on defence "
        "from 2026 to 2030. Marta: \"For an economy of Lithuania's size, every percentage point is roughly €800 "
        'million."'
    )
    facts = build_note(text, name="notes.md", published="2025-03-01")
    assert [(f.value, f.period) for f in facts if f.measure_kind in ("share_of_gdp", "money")] == [
        (5.0, "2026-2030"),
        (6.0, "2026-2030"),
        (800.0, "2025"),
    ]
