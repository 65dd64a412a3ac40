"""A budget release in another currency (hold-out 52's Polish release): 'mld zł' with a decimal comma is an amount
in billions, a currency named after its country ('per US dollar') names no country, an exchange rate is no amount
spent, and a change in money ('higher by PLN 27.6 billion') is a change, in its currency."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.figures import find_figures, tokenize
from knowledge.models import Fact, Unit
from knowledge.sentence import Context, SentenceReader

RELEASE = (
    "# Defence spending in 2025\n"
    "\n"
    "Poland will spend PLN 186.6 billion on defence in 2025. In 2024 Poland spent PLN 159.0 "
    "billion, of which 118,1 mld zł came from the budget.\n"
    "\n"
    "Compared with 2024, the 2025 plan is higher by PLN 27.6 billion.\n"
    "\n"
    "At the average exchange rates used in budget planning, PLN 4.02 per US dollar and PLN 4.27 "
    "per euro, total defence spending of PLN 186.6 billion corresponds to about USD 46.4 "
    "billion.\n"
    "\n"
)


@pytest.fixture(scope="module")
def release(build_note: Callable[..., list[Fact]]) -> list[Fact]:
    entry = 'title = "Defence spending in 2025"\npublished = "2025-02-05"\nperiod = "2025"'
    return build_note(RELEASE, name="release.md", catalog=entry)


def _one(facts: list[Fact], value: float) -> Fact:
    found = [fact for fact in facts if fact.value == value and fact.measure_kind != "date"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "value"), [("118,1 mld zł from the budget", 118.1), ("costs 15 mld zł", 15)])
def test_a_polish_billion_is_a_scale(text: str, value: float) -> None:
    money = [(figure.value, figure.currency, figure.scale) for figure in find_figures(tokenize(text))]
    assert money == [(value, "PLN", 1e9)]


def test_an_amount_in_mld_zl_is_read(release: list[Fact]) -> None:
    fact = _one(release, 118.1)
    assert (fact.subject, fact.measure_kind, fact.period, fact.scale) == ("Poland", "money", "2024", 1e9)


def test_a_currency_named_for_its_country_names_no_country(release: list[Fact]) -> None:
    assert {fact.subject for fact in release} == {"Poland"}
    assert _one(release, 46.4).measure_kind == "money"


def test_an_exchange_rate_is_no_amount_spent(release: list[Fact]) -> None:
    for rate in (4.02, 4.27):
        fact = _one(release, rate)
        assert (fact.measure_kind, fact.unit) == ("other", Unit.MONEY)


def test_a_change_in_money_is_a_change_of_money(release: list[Fact]) -> None:
    fact = _one(release, 27.6)
    assert (fact.measure_kind, fact.currency, fact.scale) == ("change", "PLN", 1e9)


PARTS = (
    "# Defence spending in 2025\n"
    "\n"
    "Poland will spend 4.7% of GDP on defence in 2025, more than double the NATO guideline of 2% of GDP. "
    "Equipment will take 43% of total defence spending, more than twice the NATO benchmark of 20% for major "
    "equipment. The long-term goal remains an army of 300,000 by 2035.\n"
    "\n"
    "## The ministry's budget by branch\n"
    "\n"
    "Indicative allocation of Poland's defence ministry budget in 2025:\n"
    "\n"
    "| Branch | PLN billion | Share of MoD budget |\n"
    "|---|---|---|\n"
    "| Land Forces | 38.6 | 31.1% |\n"
    "| Navy | 7.5 | 6.0% |\n"
    "| **Total** | **124.3** | **100.0%** |\n"
)


@pytest.fixture(scope="module")
def parts(build_note: Callable[..., list[Fact]]) -> list[Fact]:
    entry = (
        'title = "Defence spending in 2025: PLN 186.6 billion"\npublished = "2025-02-05"\nperiod = "2025"\n'
        'publisher = "Ministry of National Defence of the Republic of Poland"'
    )
    return build_note(PARTS, name="parts.md", catalog=entry)


def test_a_level_named_as_a_body_s_goal_is_the_body_s(parts: list[Fact]) -> None:
    guideline = [fact for fact in parts if fact.value == 2 and fact.measure_kind == "share_of_gdp"]
    assert [fact.subject for fact in guideline] == ["NATO Allies"]
    benchmark = _one(parts, 20)
    assert (benchmark.subject, benchmark.measure_kind) == ("NATO Allies", "share_of_total")


def test_an_army_of_a_size_by_a_year_is_a_count(parts: list[Fact]) -> None:
    army = _one(parts, 300_000)
    assert (army.subject, army.measure_kind, army.period) == ("Poland", "count", "2035")


def test_the_total_row_of_a_table_of_parts_is_the_whole_s(parts: list[Fact]) -> None:
    assert {fact.subject for fact in parts if fact.value in (124.3, 100)} == {"Poland"}
    assert _one(parts, 38.6).subject == "Land Forces"


def test_a_goal_named_in_passing_is_of_no_year_the_sentence_speaks_of() -> None:
    reader = SentenceReader(
        "Poland will spend 4.7% of GDP on defence in 2025, more than double the NATO guideline of 2% of GDP.",
        Context(),
        2025,
    )
    shares = [(s.subjects, s.period) for s in reader.statements() if s.kind == "share_of_gdp"]
    assert shares == [(["Poland"], "2025"), (["NATO Allies"], None)]


def test_an_amount_written_again_in_brackets_is_no_figure_of_the_year_before() -> None:
    restated = find_figures(tokenize("PLN 124.3 billion (124,3 mld zł) comes from the state budget"))
    assert [(figure.value, figure.prior) for figure in restated] == [(124.3, False)]
    prior = find_figures(tokenize("Net sales increased to SEK 9,315m (7,702)"))
    assert [(figure.value, figure.prior) for figure in prior] == [(9315, False), (7702, True)]
