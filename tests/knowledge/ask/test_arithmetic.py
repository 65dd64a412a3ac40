"""Arithmetic over table cells: sums, averages, shares of a total, ratios and changes, every operand cited.

Expected figures are read from the shipped tidy CSV, never written down here."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from knowledge import domain
from knowledge.ask.arithmetic import members_of_whole
from knowledge.ask.parse import Operation, parse_question
from knowledge.question import parse

CSV = Path(__file__).resolve().parents[3] / "seeds" / "nato-defence-expenditure-2014-2024.tidy.csv"
NAMES = {
    "Slovakia": "Slovak Republic",
    "European Allies and Canada": "NATO Europe and Canada",
    "NATO Allies": "NATO Total",
}


def cell(table: str, measure: str, entity: str, year: int) -> float:
    wanted = NAMES.get(entity, entity)
    with CSV.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if (row["table"], row["measure"], row["year"], row["entity"]) == (table, measure, str(year), wanted):
                return float(row["value"])
    raise KeyError((table, measure, entity, year))


def usd(entity: str, year: int) -> float:
    return cell("2", "Current prices and exchange rates", entity, year)


def gdp_share(entity: str, year: int) -> float:
    return cell("3", "Share of real GDP (%)", entity, year)


def test_groups_load_with_members_known_to_the_lexicon():
    names = {group.name for group in domain.groups()}
    assert {"the Baltic states", "the Nordic allies", "the Benelux countries", "the Visegrád group"} <= names


def test_parse_finds_groups_and_operations(engine):
    asked = parse_question(parse("baltics combined spending 2024", engine.vocabulary, {}))
    assert asked.groups == ("the Baltic states",) and Operation.SUM in asked.operations


def test_sum_of_a_group_cites_every_member(engine):
    answer = engine.ask("baltic states combined defence spending 2024 in current dollars")
    expected = sum(usd(country, 2024) for country in ("Estonia", "Latvia", "Lithuania"))
    assert answer.answered and answer.values[0] == pytest.approx(expected, rel=1e-6)
    assert {fact.subject for fact in answer.facts} == {"Estonia", "Latvia", "Lithuania"}
    assert len(answer.citations) == 3


def test_allies_joined_by_plus_signs_are_added_up(engine):
    answer = engine.ask("Belgium + Denmark + Norway defence spending in 2021, current USD?")
    expected = sum(usd(country, 2021) for country in ("Belgium", "Denmark", "Norway"))
    assert answer.answered and answer.values[0] == pytest.approx(expected, rel=1e-6)


def test_a_group_joined_to_an_ally_by_a_plus_sign_is_still_named(engine):
    asked = parse_question(parse("european allies + canada spending 2024", engine.vocabulary, {}))
    assert asked.entities == ("European Allies and Canada",)


def test_average_is_unweighted_and_says_so(engine):
    answer = engine.ask("average share of gdp spent on defence by the visegrad countries in 2024")
    members = ("Czechia", "Hungary", "Poland", "Slovakia")
    assert answer.values[0] == pytest.approx(sum(gdp_share(c, 2024) for c in members) / 4, rel=1e-6)
    assert "unweighted" in answer.answer


def test_a_group_member_without_figures_is_named(engine):
    answer = engine.ask("nordic allies combined defence spend 2024 in current usd")
    assert "Iceland" in answer.answer and "Iceland" in answer.uncovered


def test_share_of_the_alliance_total_is_computed_when_no_document_states_it(engine):
    answer = engine.ask("what % of total nato defence spending was the us in 2014 (current dollars)")
    assert answer.values[0] == pytest.approx(usd("United States", 2014) / usd("NATO Allies", 2014) * 100, rel=1e-6)


def test_a_stated_share_comes_before_a_computed_one(engine):
    answer = engine.ask("What share of total NATO defence expenditure did the United States contribute in 2024?")
    # the article's statement leads; the same share worked out from the tables' cells is shown beside it
    assert answer.values[0] == 64.0 and answer.facts[0].citation.cell is None
    assert answer.beside and all(fact.citation.cell is not None for fact in answer.beside)


def test_ratio_and_change(engine):
    ratio = engine.ask("how many times more does america spend than the uk on defence, 2024 current $")
    assert ratio.values[0] == pytest.approx(usd("United States", 2024) / usd("United Kingdom", 2024), rel=1e-6)
    change = engine.ask("by what % did polands defence spending in current dollars go up from 2014 to 2024")
    expected = (usd("Poland", 2024) - usd("Poland", 2014)) / usd("Poland", 2014) * 100
    assert f"{expected:+.1f}%" in change.answer


def test_a_comparison_asked_as_yes_or_no_says_which(engine):
    answer = engine.ask("Did Poland have more military personnel than Germany in 2024?")
    poland = cell("7", "Military personnel", "Poland", 2024)
    germany = cell("7", "Military personnel", "Germany", 2024)
    assert answer.yes_no and answer.headline == ("Yes" if poland > germany else "No")
    assert {poland, germany} <= set(answer.values)


def test_a_groups_share_of_the_alliance_total(engine):
    answer = engine.ask("what share of nato total defence spending in 2024 did the baltic states account for (us$)")
    baltics = sum(usd(country, 2024) for country in ("Estonia", "Latvia", "Lithuania"))
    assert answer.values[0] == pytest.approx(baltics / usd("NATO Allies", 2024) * 100, rel=1e-6)


def test_rank_a_group_lists_all_its_members(engine):
    answer = engine.ask("Rank the Baltic states by defence share of GDP, 2024.")
    assert [fact.subject for fact in answer.facts] == sorted(
        ("Estonia", "Latvia", "Lithuania"), key=lambda country: -gdp_share(country, 2024)
    )


def test_a_percentage_change_of_the_alliance_s_own_row(engine):
    answer = engine.ask("% change in nato total military personnel 2014 -> 2024")
    first, last = (cell("7", "Military personnel", "NATO Allies", year) for year in (2014, 2024))
    assert answer.values and answer.values[0] == pytest.approx((last - first) / first * 100, abs=0.05)


def test_a_percentage_change_is_worked_out_from_levels_not_from_stated_changes(engine):
    answer = engine.ask("by what % did poland's spending go up from 2014 to 2024")
    assert answer.values[0] == pytest.approx(
        (usd("Poland", 2024) - usd("Poland", 2014)) / usd("Poland", 2014) * 100, abs=0.05
    )


def test_an_average_over_a_span_of_years(engine):
    answer = engine.ask("what was germany's average defence/gdp share over 2014-2024 (all 11 years)?")
    expected = sum(gdp_share("Germany", year) for year in range(2014, 2025)) / 11
    assert answer.values[0] == pytest.approx(expected, abs=0.005)
    assert len(answer.facts) == 11


@pytest.mark.parametrize(
    "question",
    [
        "what was Greece's average defence % of GDP from 2014 to 2024?",
        "what was Greece's average defence % of GDP between 2014 and 2024?",
    ],
)
def test_an_average_from_one_year_to_another_is_no_change_between_them(engine, question):
    answer = engine.ask(question)
    expected = sum(gdp_share("Greece", year) for year in range(2014, 2025)) / 11
    assert answer.values[0] == pytest.approx(expected, abs=0.005)
    assert len(answer.facts) == 11


def test_two_years_of_one_ally_compared_as_yes_or_no(engine):
    answer = engine.ask("is it true the US defence share of gdp was lower in 2024 than in 2014?")
    assert answer.yes_no and answer.answer.startswith("**Yes**")
    assert gdp_share("United States", 2024) < gdp_share("United States", 2014)


@pytest.mark.parametrize(
    ("question", "says"),
    [
        ("did turkey's defence spending fall in real terms in 2022?", "**Yes**"),
        ("did poland's defence spending fall in real terms in 2023?", "**No**"),
    ],
)
def test_the_direction_of_a_stated_change_asked_as_yes_or_no(engine, question, says):
    answer = engine.ask(question)
    assert answer.yes_no and answer.answer.startswith(says)


def test_divided_by_asks_a_ratio(engine):
    answer = engine.ask("germany vs france 2024 in constant 2015 prices: germany's spending divided by france's?")
    assert answer.calculation and "÷" in answer.calculation


def test_the_first_year_a_line_was_passed(engine):
    answer = engine.ask("what was the first year poland went above 3% of gdp")
    first = next(year for year in range(2014, 2025) if gdp_share("Poland", year) > 3)
    assert answer.answer.startswith(f"**{first}**")
    assert any(fact.period == str(first - 1) for fact in answer.facts)  # the year before is cited too


def test_the_first_year_one_ally_passed_another(engine):
    answer = engine.ask("first year germany spent more than france on defence in current dollars?")
    first = next(year for year in range(2014, 2025) if usd("Germany", year) > usd("France", year))
    assert answer.answer.startswith(f"**{first}**")


def test_a_first_year_question_is_never_answered_with_the_latest_figure(engine):
    answer = engine.ask("in which year did italy first spend 2% of gdp on defence")
    assert not answer.answered or "first year" in (answer.calculation or "")


def test_a_category_share_asked_as_an_amount_is_share_times_spending(engine):
    answer = engine.ask("how much did poland spend on equipment in 2024 in us dollars")
    share = cell("8a", "Equipment (a)", "Poland", 2024)
    assert answer.values[0] == pytest.approx(share / 100 * usd("Poland", 2024), rel=1e-4)
    assert answer.answer.startswith("**US$")


def test_a_ranking_leaves_out_the_allies_the_question_leaves_out(engine):
    answer = engine.ask("highest defence spending per capita in 2024, top 3, not counting the US")
    assert [fact.subject for fact in answer.facts[:3]] == ["Norway", "Denmark", "Sweden"]
    assert "United States" not in {fact.subject for fact in answer.facts}
    assert "United States" not in {fact.subject for fact in engine.ask("top 3 spenders excluding the us in 2024").facts}


@pytest.mark.parametrize(
    ("question", "entity", "test"),
    [
        ("Did the UK's defence share of GDP ever dip below 2% between 2014 and 2024?", "United Kingdom", "any below"),
        ("has the uk been at 2% or more every year since 2014?", "United Kingdom", "every at"),
        ("has germany been at 2% every year since 2014?", "Germany", "every at"),
    ],
)
def test_a_line_tested_across_years_asked_as_yes_or_no(engine, question, entity, test):
    shares = [gdp_share(entity, year) for year in range(2014, 2025)]
    expected = any(s < 2 for s in shares) if test == "any below" else all(s >= 2 for s in shares)
    answer = engine.ask(question)
    assert answer.yes_no and answer.answer.startswith("**Yes**" if expected else "**No**")


@pytest.mark.parametrize(
    "question",
    [
        "has france been at or above 1.5% every single year from 2014 to 2024?",
        "did canada ever reach 2% between 2014 and 2024?",
        "was greece above 2% year after year from 2015 to 2020?",
    ],
)
def test_a_claim_on_every_year_cites_every_years_cell(engine, question):
    """'Yes, every year' and 'no, in no year' rest on each year's cell: each is cited, and the calculation states no
    figure that is not cited."""
    answer = engine.ask(question)
    assert answer.yes_no and answer.calculation
    steps = answer.calculation.split(" — ")[0].split("; ")
    cited = {fact.period: fact.value for fact in answer.facts}
    assert len(steps) == len(cited) >= 6
    for step in steps:
        year, value = step.split(": ")
        assert round(cited[year], 2) == pytest.approx(float(value), abs=0.01)


def test_a_line_passed_above_every_year_is_strict(engine):
    answer = engine.ask("was slovakia above 2% in every year from 2023 to 2024?")
    assert gdp_share("Slovakia", 2024) == 2.0
    assert answer.yes_no and answer.answer.startswith("**No**")


def test_equally_likely_measures_fall_to_the_headline_one(engine):
    """'defence/gdp ratio' scores the share of GDP and GDP alike: the headline measure decides."""
    answer = engine.ask("was greece's defence/gdp ratio higher in 2022 than in 2024?")
    expected = gdp_share("Greece", 2022) > gdp_share("Greece", 2024)
    assert answer.yes_no and answer.answer.startswith("**Yes**" if expected else "**No**")
    assert all(fact.measure == "share_of_gdp" for fact in answer.facts)


def test_how_far_short_of_a_line_cites_the_line_a_document_states(engine):
    answer = engine.ask("how far short of 2% was italy in 2024?")
    line = [fact for fact in answer.facts if fact.citation.cell is None]
    assert line and line[0].value == 2.0  # the guideline as a document states it, not the number typed
    assert any(abs(value - (2.0 - gdp_share("Italy", 2024))) < 0.001 for value in answer.values)
    assert "percentage points" in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "how many percentage points would Spain need to add to its 2024 level to reach the 3.5% core defence target?",
        "how much would spain need to add to reach 3.5% in 2024",
    ],
)
def test_what_an_ally_needs_to_add_to_reach_a_line_is_the_gap_to_it(engine, question):
    answer = engine.ask(question)
    assert answer.values[0] == pytest.approx(3.5 - gdp_share("Spain", 2024), abs=0.001)
    assert "percentage points" in answer.answer


def test_a_line_no_document_states_is_no_operand(engine):
    answer = engine.ask("how far short of 3.7% was italy in 2024?")
    assert not any(abs(value - (3.7 - gdp_share("Italy", 2024))) < 0.001 for value in answer.values)


def test_a_sum_over_years_adds_every_years_cell(engine):
    answer = engine.ask("sum of türkiye's defence spending 2022 through 2024 in current usd")
    expected = sum(usd("Türkiye", year) for year in (2022, 2023, 2024))
    assert answer.operation == "sum"
    assert any(abs(value - expected) < 0.5 for value in answer.values)


def test_a_change_does_not_answer_a_sum(engine):
    answer = engine.ask("sum of türkiye's defence spending 2022 through 2024 in current usd")
    assert answer.operation != "change"


def test_yes_or_no_with_everyday_verbs(engine):
    answer = engine.ask("did italy make 2% in 2024?")
    assert answer.yes_no and answer.answer.startswith("**No**")


def test_one_ally_as_a_percentage_of_another_is_worked_out_from_amounts(engine):
    answer = engine.ask("what is poland's defence spending as a percentage of germany's in 2024")
    expected = usd("Poland", 2024) / usd("Germany", 2024) * 100
    assert any(abs(value - expected) < 0.01 for value in answer.values)


@pytest.mark.parametrize("year", [2020, 2024])
def test_one_ally_relative_to_another_is_its_spending_as_a_share_in_the_order_named(engine, year):
    """'Relative to France's' takes Germany's spending (current US$) as a share of France's, never the two allies'
    real changes divided, smaller over larger."""
    answer = engine.ask(f"What is Germany's defence expenditure relative to France's in {year}?")
    expected = usd("Germany", year) / usd("France", year) * 100
    assert answer.values and answer.values[0] == pytest.approx(expected, abs=0.01)
    assert all(fact.measure == "spending_usd_current" for fact in answer.facts)


def test_shares_of_gdp_relative_to_each_other_divide_in_the_order_named(engine):
    answer = engine.ask("What is Germany's defence expenditure as a share of GDP relative to France's in 2024?")
    expected = gdp_share("Germany", 2024) / gdp_share("France", 2024) * 100
    assert answer.values and answer.values[0] == pytest.approx(expected, abs=0.01)


def test_real_changes_are_not_divided_when_a_level_is_asked(engine):
    answer = engine.ask("What is Germany's defence expenditure relative to France's in 2024?")
    assert not any(fact.measure.startswith("real_change") for fact in answer.facts)


def test_a_share_of_the_total_from_the_tables_is_not_an_articles_share(engine):
    answer = engine.ask("what share of total NATO defence spending was the US in 2024, using current dollars?")
    expected = usd("United States", 2024) / usd("NATO Allies", 2024) * 100
    assert any(abs(value - expected) < 0.01 for value in answer.values)
    assert all(fact.citation.cell is not None for fact in answer.facts)


def test_a_share_asked_is_worked_out_not_answered_by_the_two_amounts(engine):
    answer = engine.ask("what share of all nato defence spending was the US in 2023? use current usd")
    expected = usd("United States", 2023) / usd("NATO Allies", 2023) * 100
    assert answer.operation == "share_of_total"
    assert any(abs(value - expected) < 0.01 for value in answer.values)
    assert "NATO Allies' total" in answer.answer


def test_europe_and_canadas_share_of_the_alliance_total_is_worked_out(engine):
    answer = engine.ask("in 2014 what percent of total nato defence spending came from europe and canada, current usd")
    expected = usd("European Allies and Canada", 2014) / usd("NATO Allies", 2014) * 100
    assert any(abs(value - expected) < 0.01 for value in answer.values)


def test_one_allys_share_of_a_group_is_not_the_groups_share(engine):
    answer = engine.ask("canada's share of the europe+canada defence total in 2024?")
    expected = usd("Canada", 2024) / usd("European Allies and Canada", 2024) * 100
    assert any(abs(value - expected) < 0.01 for value in answer.values)
    assert 36.0 not in answer.values


def test_a_share_asked_in_other_words_is_not_answered_by_a_change(engine):
    answer = engine.ask("what share did european allies and canada make up in that annual report")
    assert 19.4 not in answer.values


def test_the_years_a_figure_crossed_a_line_are_counted(engine):
    question = "in how many years from 2014 to 2024 was the US annual real change in defence spending negative?"
    answer = engine.ask(question)
    assert answer.operation == "years_counted"
    assert answer.values[0] == 4.0 and len(answer.facts) == 11
    assert answer.headline == "4 of 11 years"


def test_counting_years_is_not_answered_by_the_change_between_them(engine):
    answer = engine.ask("how many years between 2014 and 2024 was poland above 2% of gdp")
    assert answer.operation == "years_counted" or not answer.answered


def test_a_follow_up_asks_the_share_of_the_total_of_the_sum_before_it(engine):
    total = engine.ask("what did the baltic states spend on defence combined in 2024 (current usd, $m)?")
    answer = engine.ask("and what share of the nato total is that", total)
    baltic = sum(usd(name, 2024) for name in ("Estonia", "Latvia", "Lithuania"))
    assert any(abs(value - baltic / usd("NATO Allies", 2024) * 100) < 0.001 for value in answer.values)
    assert answer.headline == "0.35%"


def member_shares(year: int) -> list[float]:
    """Every ally's own share of GDP in a year (the aggregate rows left out)."""
    with CSV.open(encoding="utf-8") as handle:
        return [
            float(row["value"])
            for row in csv.DictReader(handle)
            if (row["table"], row["measure"], row["year"]) == ("3", "Share of real GDP (%)", str(year))
            and row["entity"] not in {"NATO Europe and Canada", "NATO Total"}
        ]


def test_an_average_across_the_individual_allies_is_of_every_member_s_row(engine):
    answer = engine.ask(
        "simple average of defence % of gdp across the individual allies in 2024 (not the nato aggregate row)"
    )
    shares = member_shares(2024)
    assert answer.answered and answer.values[0] == pytest.approx(sum(shares) / len(shares), rel=1e-4)


def test_two_parts_of_one_ally_s_budget_added_up(engine):
    answer = engine.ask("germany 2024: personnel and equipment shares of the budget added up?")
    personnel = cell("8a", "Personnel (b)", "Germany", 2024)
    equipment = cell("8a", "Equipment (a)", "Germany", 2024)
    assert answer.answered and answer.values[0] == pytest.approx(personnel + equipment, rel=1e-6)
    assert [fact.measure for fact in answer.facts] == ["personnel_share", "equipment_share"]


def test_a_whole_s_members_but_those_left_out_added_up(engine):
    answer = engine.ask("european allies only (no canada, no us) total defence spending 2024 current usd")
    expected = usd("European Allies and Canada", 2024) - usd("Canada", 2024)
    assert answer.answered and answer.values[0] == pytest.approx(expected, rel=1e-6)
    assert "Canada" not in {fact.subject for fact in answer.facts}


def test_a_share_measure_named_by_its_own_word_is_averaged_not_worked_out_from_amounts(engine):
    answer = engine.ask("simple average of the equipment share of defence spending across all 31 allies in 2024?")
    assert answer.answered and {fact.measure for fact in answer.facts} == {"equipment_share"}
    assert answer.operation == "average"


def _place(table: str, measure: str, entity: str, year: int, field: list[str]) -> tuple[int, int]:
    values = {name: cell(table, measure, name, year) for name in field if _has_cell(table, measure, name, year)}
    return 1 + sum(value > values[entity] for value in values.values()), len(values)


def _has_cell(table: str, measure: str, entity: str, year: int) -> bool:
    try:
        cell(table, measure, entity, year)
    except KeyError:
        return False
    return True


def test_one_allys_place_is_worked_out_from_every_row_and_cites_those_above(engine):
    answer = engine.ask("where does italy rank among allies by defence spending in current usd 2024?")
    place, field = _place("2", "Current prices and exchange rates", "Italy", 2024, members_of_whole("NATO Allies"))
    assert answer.answered and answer.operation == Operation.RANK.value
    assert answer.values[0] == place and f"of {field}" in (answer.calculation or "")
    assert [fact.subject for fact in answer.facts][-1] == "Italy"
    assert len(answer.facts) == place  # Italy's row and every row ranked above it


def test_a_place_among_a_named_group(engine):
    answer = engine.ask("where does lithuania rank among the baltic states in share of gdp 2024")
    place, field = _place(
        "3", "Share of real GDP (%)", "Lithuania", 2024, list(domain.group_members()["the Baltic states"])
    )
    assert answer.values[0] == place and field == 3


def test_a_place_asked_is_never_answered_by_the_figure_alone(engine):
    answer = engine.ask("what position is poland in for share of gdp in 2024")
    assert answer.operation == Operation.RANK.value
    assert answer.values[0] == 1.0


def test_a_percentage_of_one_ally_beside_the_alliance_named_as_the_whole_is_its_share(engine):
    answer = engine.ask("of everyone in uniform across nato in 2024, what % were americans?")
    us = cell("7", "Military personnel", "United States", 2024)
    total = cell("7", "Military personnel", "NATO Allies", 2024)
    assert answer.operation == Operation.SHARE_OF_TOTAL.value
    assert round(answer.values[0], 1) == round(us / total * 100, 1)


@pytest.mark.parametrize(
    "question",
    [
        "is it true poland spent a bigger share of its gdp on defence than the US in 2024?",
        "did poland spend more than the us as a share of gdp in 2024?",
    ],
)
def test_a_share_of_gdp_compared_as_yes_or_no_compares_the_shares_not_the_gdps(engine, question):
    answer = engine.ask(question)
    poland, us = gdp_share("Poland", 2024), gdp_share("United States", 2024)
    assert answer.yes_no and answer.headline == ("Yes" if poland > us else "No")
    assert {poland, us} <= set(answer.values)


def test_the_alliance_s_average_share_of_gdp_over_a_span_is_of_its_shares(engine):
    answer = engine.ask("average NATO total defence share of GDP over 2014-2024 (all 11 years)")
    expected = sum(gdp_share("NATO Allies", year) for year in range(2014, 2025)) / 11
    assert answer.values[0] == pytest.approx(expected, abs=0.005)


def test_a_yes_or_no_after_a_topic_compares_the_two_allies(engine):
    answer = engine.ask("uk vs germany 2024, did the uk outspend germany in current dollars?")
    uk, germany = usd("United Kingdom", 2024), usd("Germany", 2024)
    assert answer.yes_no and answer.headline == ("Yes" if uk > germany else "No")


def test_one_ally_compared_with_others_combined_as_yes_or_no(engine):
    answer = engine.ask("does turkey have more troops than germany and france combined (2024)?")
    turkey = cell("7", "Military personnel", "Türkiye", 2024)
    others = sum(cell("7", "Military personnel", country, 2024) for country in ("Germany", "France"))
    assert answer.yes_no and answer.headline == ("Yes" if turkey > others else "No")
    assert {fact.subject for fact in answer.facts} == {"Türkiye", "Germany", "France"}


@pytest.mark.parametrize(
    ("question", "entity", "year"),
    [
        ("did US defence spending fall in real terms in 2014", "United States", 2014),
        ("did turkey's defence spending go up in real terms in 2022?", "Türkiye", 2022),
    ],
)
def test_a_change_in_one_year_is_that_year_s_cell_not_a_span_s(engine, question, entity, year):
    answer = engine.ask(question)
    change = cell("3", "Annual real change (%)", entity, year)
    falls = "fall" in question
    assert answer.yes_no and answer.answer.startswith("**Yes**" if (change < 0) == falls else "**No**")
    assert change in answer.values


def test_one_ally_s_year_as_a_multiple_of_another_year(engine):
    answer = engine.ask("poland 2024 spending is how many times its 2014 level in current usd")
    assert answer.values[0] == pytest.approx(usd("Poland", 2024) / usd("Poland", 2014), rel=1e-3)


def test_a_sum_over_years_counted_by_the_question_is_accounted(engine):
    years = "2020, 2021, 2022, 2023 and 2024"
    answer = engine.ask(f"add up total nato defence expenditure for {years} in current dollars - the five year sum?")
    assert answer.values[0] == pytest.approx(sum(usd("NATO Allies", year) for year in range(2020, 2025)), rel=1e-6)


def test_the_gap_asked_after_two_allies_figures_is_their_difference(engine):
    answer = engine.ask("greece vs turkey 2024 defence % of gdp, whats the gap")
    assert answer.values[0] == pytest.approx(gdp_share("Greece", 2024) - gdp_share("Türkiye", 2024), abs=0.01)


def test_a_short_form_of_difference_asks_for_it(engine):
    answer = engine.ask("diff in defence spending per capita between the us and the uk in 2024")
    us, uk = (
        cell("6", "Defence expenditure per capita (US dollars)", c, 2024) for c in ("United States", "United Kingdom")
    )
    assert answer.values[0] == pytest.approx(us - uk, abs=0.5)


def test_more_than_double_between_two_years_tests_the_multiple(engine):
    answer = engine.ask(
        "In constant 2015 prices, did Sweden's defence expenditure more than double between 2014 and 2024?"
    )
    earlier = cell("2", "Constant 2015 prices and exchange rates", "Sweden", 2014)
    later = cell("2", "Constant 2015 prices and exchange rates", "Sweden", 2024)
    assert answer.yes_no and answer.headline == ("Yes" if later > 2 * earlier else "No")
    assert {earlier, later} <= set(answer.values)


def test_a_comparison_with_a_sum_gives_the_sum(engine):
    answer = engine.ask("Did Türkiye have more military personnel in 2024 than France, Germany and the UK combined?")
    others = [cell("7", "Military personnel", name, 2024) for name in ("France", "Germany", "United Kingdom")]
    assert answer.yes_no
    assert any(abs(value - sum(others)) < 1e-6 for value in answer.values)


@pytest.mark.parametrize(
    "question",
    [
        "Europe and Canada % of GDP, how much up from 2023 to 2024 (pp)?",
        "Europe and Canada % of GDP, how much up from 2023 to 2024 in percentage points?",
    ],
)
def test_a_share_s_change_asked_in_points_is_the_difference_in_points(engine, question):
    answer = engine.ask(question)
    expected = gdp_share("European Allies and Canada", 2024) - gdp_share("European Allies and Canada", 2023)
    assert answer.values[0] == pytest.approx(expected, abs=0.001)
    assert "percentage points" in answer.answer


def test_a_change_in_percent_with_points_ruled_out_is_no_change_in_points(engine):
    answer = engine.ask("denmark 2023: real change in defence spending in %, not pts")
    assert "percentage points" not in answer.answer


def test_a_real_change_in_percent_does_not_answer_a_change_asked_in_points(engine):
    assert not engine.ask("belgium change in pp?").answered


@pytest.mark.parametrize(
    ("question", "year", "line", "verdict"),
    [
        ("is it true the US pays over 60% of NATO spending in 2024?", 2024, 60.0, "Yes"),
        ("did the us pay more than 70% of nato spending in 2014?", 2014, 70.0, "No"),
    ],
)
def test_a_share_of_the_total_against_a_line_is_worked_out_yes_or_no(engine, question, year, line, verdict):
    """Never the ally's share of GDP against the line: its share of the total, worked out from both cells."""
    share = usd("United States", year) / usd("NATO Allies", year) * 100
    answer = engine.ask(question)
    assert answer.yes_no and answer.answer.startswith(f"**{verdict}, {share:.1f}%**")
    assert (share > line) == (verdict == "Yes")
    assert answer.values[0] == pytest.approx(share)


def test_how_far_one_ally_is_behind_another_is_the_gap_between_their_cells(engine):
    gap = cell("6", "Defence expenditure per capita (US dollars)", "United States", 2024) - cell(
        "6", "Defence expenditure per capita (US dollars)", "Norway", 2024
    )
    answer = engine.ask("how far is Norway behind the US in defence spending per capita in 2024")
    assert answer.answered and answer.values[0] == pytest.approx(gap)
    assert {fact.subject for fact in answer.facts} == {"Norway", "United States"}


@pytest.mark.parametrize("then", ["And what was their combined total in 2014?", "what about 2014, combined?"])
def test_a_follow_up_naming_the_sum_again_keeps_the_previous_measure(engine, then):
    """'Combined', 'total' after a sum name the calculation again, not a measure: the sum of the same cells for the
    year named."""
    first = "What was the combined 2024 defence expenditure of Estonia, Latvia and Lithuania in current US dollars?"
    answer = engine.ask(then, engine.ask(first))
    expected = sum(usd(country, 2014) for country in ("Estonia", "Latvia", "Lithuania"))
    assert answer.values and answer.values[0] == pytest.approx(expected, rel=1e-6)


@pytest.mark.parametrize(
    "question",
    [
        "what did the European allies spend on defence in 2024, excluding Canada?",
        "Stripping Canada out, what did the European allies spend on defence in 2024 in current US dollars?",
        "combined defence spending of europe and canada in 2024 without canada",
    ],
)
def test_a_whole_less_the_allies_left_out_is_its_members_but_those_added_up(engine, question):
    """No 'total' asked: an amount of a whole with an ally left out is still its other members' rows added up."""
    answer = engine.ask(question)
    whole, canada = usd("European Allies and Canada", 2024), usd("Canada", 2024)
    assert answer.answered and answer.values[0] == pytest.approx(whole - canada, rel=1e-6)
    assert "Canada" not in {fact.subject for fact in answer.facts}


def test_shares_of_gdp_do_not_add_up_so_a_whole_less_an_ally_is_not_worked_out(engine):
    answer = engine.ask("european allies share of gdp 2024 excluding canada")
    assert not answer.answered


@pytest.mark.parametrize(
    "question",
    [
        "how many dollars short of 2% of GDP was Canada in 2024",
        "how much more would Canada have needed to spend in 2024 to reach 2% of GDP, in US dollars?",
        "Roughly how many extra US dollars would Canada have needed in 2024 to reach 2% of GDP - i.e. 2% of its 2024"
        " GDP minus what it actually spent, both at current prices in NATO's tables (million)?",
    ],
)
def test_a_line_of_gdp_in_money_is_that_share_of_gdp_less_the_spending(engine, question):
    """The 2% line in dollars: 2% of the cited GDP cell less the cited spending cell, never the GDP alone."""
    answer = engine.ask(question)
    gdp = cell("5", "Current prices and exchange rates", "Canada", 2024)
    assert answer.answered and answer.values[0] == pytest.approx(0.02 * gdp - usd("Canada", 2024))
    assert [fact.measure for fact in answer.facts[:2]] == ["spending_usd_current", "gdp_usd_current"]


def test_which_is_more_and_by_how_much_is_a_difference(engine):
    answer = engine.ask("UK vs France: which spends more on defence in 2024 and by how much in dollars?")
    expected = usd("United Kingdom", 2024) - usd("France", 2024)
    assert answer.answered and answer.values[0] == pytest.approx(expected, rel=1e-6)


def test_a_year_compared_as_yes_or_no_states_the_change(engine):
    answer = engine.ask("Did Slovenia spend less on defence in 2024 than in 2023 in constant prices?")
    earlier = cell("2", "Constant 2015 prices and exchange rates", "Slovenia", 2023)
    later = cell("2", "Constant 2015 prices and exchange rates", "Slovenia", 2024)
    assert answer.answered and answer.answer.startswith("**Yes**")
    assert any(value == pytest.approx((later - earlier) / earlier * 100, rel=1e-6) for value in answer.values)


def test_two_allies_compared_as_yes_or_no_states_the_difference(engine):
    answer = engine.ask("Did Poland spend more than Germany in 2024, and by how much?")
    assert answer.answered and answer.answer.startswith("**No**")
    assert any(value == pytest.approx(usd("Poland", 2024) - usd("Germany", 2024), rel=1e-6) for value in answer.values)


def test_a_ratio_typed_with_a_slash_divides_by_the_name_after_it(engine) -> None:
    """'PL/DE ratio' is Poland's figure over Germany's, as 'the ratio of PL to DE' is; never the larger over the
    smaller."""
    answer = engine.ask("PL/DE ratio, constant $ 2024")
    assert answer.answered and round(answer.values[0], 2) == 0.35


def test_a_combined_share_of_gdp_is_spending_over_gdp_never_shares_added_up(engine):
    answer = engine.ask("what was the combined share of gdp of the nordic allies in 2023")
    nordics = ("Denmark", "Finland", "Iceland", "Norway", "Sweden")
    with_gdp = [country for country in nordics if _has_spending(country, 2023)]
    spent = sum(usd(country, 2023) for country in with_gdp)
    gdp = sum(cell("5", "Current prices and exchange rates", country, 2023) for country in with_gdp)
    assert answer.answered and answer.values[0] == pytest.approx(spent / gdp * 100, rel=1e-6)
    assert answer.values[0] < max(gdp_share(country, 2023) for country in with_gdp)


def _has_spending(country: str, year: int) -> bool:
    try:
        usd(country, year)
        cell("5", "Current prices and exchange rates", country, year)
    except KeyError:
        return False
    return True


def constant_usd(entity: str, year: int) -> float:
    return cell("2", "Constant 2015 prices and exchange rates", entity, year)


def compound_rate(first: float, last: float, years: int) -> float:
    return ((last / first) ** (1 / years) - 1) * 100


@pytest.mark.parametrize(
    ("question", "entity", "start", "end", "level"),
    [
        ("PL defence spend CAGR 2014–2024 in current USD?", "Poland", 2014, 2024, usd),
        (
            "what was the compound annual growth rate of Norway's defence spending between 2016 and 2023?",
            "Norway",
            2016,
            2023,
            usd,
        ),
        (
            "annualised growth of Italy's defence spending from 2015 to 2022 in constant 2015 prices",
            "Italy",
            2015,
            2022,
            constant_usd,
        ),
        (
            "average annual growth of canadian defence spending 2014-2024, constant prices?",
            "Canada",
            2014,
            2024,
            constant_usd,
        ),
    ],
)
def test_a_compound_annual_growth_rate_over_a_span(engine, question, entity, start, end, level):
    answer = engine.ask(question)
    expected = compound_rate(level(entity, start), level(entity, end), end - start)
    assert answer.answered and answer.values[0] == pytest.approx(expected, abs=0.005)
    assert answer.operation == Operation.ANNUAL_GROWTH.value and "a year" in answer.headline
    assert len(answer.facts) == 2  # the first year's and the last year's cells, both cited


def test_a_rate_a_year_is_never_one_span_s_change_nor_a_share_s(engine):
    # a share of GDP has no compound rate (its change is in points): no figure rather than the wrong kind of one
    share = engine.ask("What was Germany's CAGR of defence spending as a share of GDP 2014-2024?")
    assert not share.answered
    change = engine.ask("PL defence spend CAGR 2014–2024 in current USD?")
    total = (usd("Poland", 2024) - usd("Poland", 2014)) / usd("Poland", 2014) * 100
    assert all(value != pytest.approx(total, abs=0.05) for value in change.values[:1])


@pytest.mark.parametrize(
    "question",
    ["DE defence topline in current USD for 2019, mn please", "what was germany's top line on defence in 2019?"],
)
def test_the_markets_word_for_spending(engine, question):
    answer = engine.ask(question)
    assert answer.answered and answer.values[0] == pytest.approx(usd("Germany", 2019), rel=1e-6)


def test_year_on_year_growth_between_two_years(engine):
    answer = engine.ask("DE YoY topline growth 2023→2024 in current USD, %?")
    expected = (usd("Germany", 2024) - usd("Germany", 2023)) / usd("Germany", 2023) * 100
    assert answer.answered and answer.values[0] == pytest.approx(expected, abs=0.05)


@pytest.mark.parametrize(
    ("question", "entity", "start", "end"),
    [
        ("How many bps did FR's defence/GDP move between 2014 and 2024?", "France", 2014, 2024),
        ("how many basis points did Poland's share of GDP rise from 2023 to 2024?", "Poland", 2023, 2024),
    ],
)
def test_a_change_of_shares_asked_in_basis_points(engine, question, entity, start, end):
    answer = engine.ask(question)
    points = gdp_share(entity, end) - gdp_share(entity, start)
    assert answer.answered and answer.values[0] == pytest.approx(points * 100, abs=0.01)
    assert "basis points" in answer.headline and f"{points:+.2f} percentage points" in answer.answer


def test_a_gap_to_the_line_asked_in_basis_points(engine):
    answer = engine.ask("how far below 2% was Spain in 2024, in bps?")
    gap = 2 - gdp_share("Spain", 2024)
    assert answer.answered and gap * 100 == pytest.approx(next(v for v in answer.values if v > 10), abs=0.01)
    assert "basis points" in answer.headline


def test_basis_points_asked_are_never_answered_by_another_figure(engine):
    lead = engine.ask("What share of GDP did Poland spend on defence in 2024?")
    answer = engine.ask("how many bps above the 2% line is that?", previous=lead)
    assert not answer.answered or "basis points" in answer.answer, answer.answer


@pytest.mark.parametrize(
    ("text", "year", "members"),
    [
        (
            "Excluding the US, what was the combined 2023 defence spending of the G7 allies, in current dollars?",
            2023,
            ("Canada", "France", "Germany", "Italy", "United Kingdom"),
        ),
        (
            "Benelux countries without the Netherlands, combined spending in 2024, current USD",
            2024,
            ("Belgium", "Luxembourg"),
        ),
        (
            "the baltic states other than estonia, combined defence spending 2024 in current dollars",
            2024,
            ("Latvia", "Lithuania"),
        ),
    ],
)
def test_a_group_less_a_member_adds_up_the_other_members(engine, text, year, members):
    answer = engine.ask(text)
    assert answer.answered and answer.values[0] == pytest.approx(sum(usd(c, year) for c in members), rel=1e-6)
    assert {fact.subject for fact in answer.facts} == set(members)


def test_the_other_members_averaged_leave_the_member_left_out(engine):
    answer = engine.ask(
        "Leaving Poland out, what was the average equipment share of defence spending among the other Visegrad "
        "countries in 2024?"
    )
    members = ("Czechia", "Hungary", "Slovakia")
    expected = sum(cell("8a", "Equipment (a)", c, 2024) for c in members) / 3
    assert answer.answered and answer.values[0] == pytest.approx(expected, rel=1e-6)


def test_the_european_allies_less_some_members_leave_canada_out_too(engine):
    answer = engine.ask(
        "Excluding Germany and France, what did the European allies spend combined in 2024, current USD?"
    )
    subjects = {fact.subject for fact in answer.facts}
    assert answer.answered and "Canada" not in subjects and not subjects & {"Germany", "France"}
    everyone = usd("European Allies and Canada", 2024)
    expected = everyone - sum(usd(c, 2024) for c in ("Canada", "Germany", "France"))
    assert answer.values[0] == pytest.approx(expected, rel=1e-3)


def test_europe_named_with_canada_keeps_canada_when_a_member_is_left_out(engine):
    answer = engine.ask("What did Europe plus Canada spend in 2024 in current dollars, excluding Germany?")
    assert answer.answered and "Canada" in {fact.subject for fact in answer.facts}


def test_a_sum_of_named_countries_some_without_figures_is_not_given(engine):
    """'the US, China, Russia, Germany and India together': the tables hold two of the five; a sum of those two is
    not the sum asked (a group's member without figures is named and left out; a country named is asked)."""
    answer = engine.ask("How much did the United States, China, Russia, Germany and India spend together in 2024?")
    assert not answer.answered and not answer.values


def test_a_group_member_named_in_an_aside_may_still_be_left_out(engine):
    """'the Nordic allies … (Iceland has no army, I know)': Iceland is named as the group's member, not asked alone."""
    answer = engine.ask(
        "total defence expenditure of Nordic allies in 2024 in current US dollars (Iceland has no army)"
    )
    assert answer.answered and "Iceland" in answer.uncovered
