"""Questions of someone watching the tables' trends: rankings of falls and of a field named with an ally joined to
it, operations over one ally's series of years, several years of one derived figure, and follow-ups on a trend."""

from __future__ import annotations

import pytest

from knowledge.ask.parse import Operation, parse_question
from knowledge.ask.series import line_asked
from knowledge.engine import Engine
from knowledge.question import parse


def _table(engine: Engine, measure: str, subject: str, year: int) -> float:
    fact = engine.index.table_row(measure, subject, year)
    assert fact is not None and fact.value is not None
    return fact.value


def _lowest(engine: Engine, measure: str, year: int, field: set[str] | None = None) -> tuple[str, float]:
    rows = [
        fact
        for fact in engine.index.by_measure_period.get((measure, str(year)), [])
        if fact.value is not None and fact.citation.cell is not None and (field is None or fact.subject in field)
    ]
    lowest = min(rows, key=lambda fact: fact.value or 0.0)
    return lowest.subject, lowest.value or 0.0


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("Which ally had the steepest real-terms drop in defence spending in 2020?", 2020),
        ("Which ally cut defence spending the most in real terms in 2022?", 2022),
        ("Biggest real decline in defence spending in 2018 - which ally?", 2018),
    ],
)
def test_the_biggest_fall_is_the_lowest_change(engine: Engine, question: str, year: int) -> None:
    subject, value = _lowest(engine, "real_change_defence_spending", year)
    assert value < 0
    answer = engine.ask(question)
    assert answer.answered
    assert answer.values[0] == pytest.approx(value)
    assert subject in answer.answer


def test_the_biggest_rise_is_still_the_highest_change(engine: Engine) -> None:
    answer = engine.ask("Which ally had the biggest real increase in defence spending in 2019?")
    assert answer.answered and answer.values[0] > 0


def test_an_ally_joined_to_a_field_by_or_is_ranked_within_it(engine: Engine) -> None:
    """'Which European ally or Canada': the European allies and Canada ranked, the US alone left out."""
    european_and_canada = {
        fact.subject
        for fact in engine.index.by_measure_period.get(("share_of_gdp", "2014"), [])
        if fact.subject not in {"United States", "NATO Allies", "European Allies and Canada"}
    }
    highest = max(
        (engine.index.table_row("share_of_gdp", name, 2014) for name in european_and_canada),
        key=lambda fact: (fact.value or 0.0) if fact is not None else 0.0,
    )
    assert highest is not None
    answer = engine.ask("Which European ally or Canada had the highest defence share of GDP in 2014?")
    assert answer.answered
    assert answer.values[0] == pytest.approx(highest.value or 0.0)
    assert highest.subject in answer.answer
    baltic_or_poland = engine.ask("Which Baltic state or Poland had the lowest share of GDP in 2016?")
    subject, value = _lowest(engine, "share_of_gdp", 2016, {"Estonia", "Latvia", "Lithuania", "Poland"})
    assert baltic_or_poland.answered and baltic_or_poland.values[0] == pytest.approx(value)
    assert subject in baltic_or_poland.answer


def _series(engine: Engine, measure: str, subject: str, first: int, last: int) -> dict[int, float]:
    return {year: _table(engine, measure, subject, year) for year in range(first, last + 1)}


@pytest.mark.parametrize(
    ("question", "subject", "line", "inclusive"),
    [
        ("In how many years from 2014 to 2024 was the UK at or above the 2% line?", "United Kingdom", 2.0, True),
        ("How many years between 2014 and 2024 did France spend at least 2% of GDP?", "France", 2.0, True),
        ("In how many years from 2014 to 2024 was Poland above 2%?", "Poland", 2.0, False),
    ],
)
def test_years_a_line_was_met_are_counted_over_the_share_of_gdp(
    engine: Engine, question: str, subject: str, line: float, inclusive: bool
) -> None:
    series = _series(engine, "share_of_gdp", subject, 2014, 2024)
    met = [year for year, value in series.items() if (value >= line if inclusive else value > line)]
    answer = engine.ask(question)
    assert answer.answered
    assert answer.values[0] == len(met)
    assert all(value in answer.values for value in series.values())  # every year's cell is an operand, cited


def test_years_below_a_line_are_counted_from_below(engine: Engine) -> None:
    series = _series(engine, "share_of_gdp", "Spain", 2014, 2024)
    answer = engine.ask("In how many years from 2014 to 2024 did Spain fall short of 1%?")
    assert answer.answered and answer.values[0] == len([value for value in series.values() if value < 1.0])


@pytest.mark.parametrize(
    ("question", "subject", "last"),
    [
        (
            "How many consecutive years has Estonia stayed at or above 2% of GDP through 2024, and since when?",
            "Estonia",
            2024,
        ),
        ("Since when has Poland been at or above 2% of GDP without a break?", "Poland", 2024),
        ("For how many years in a row had Latvia spent at least 2% of GDP by 2022?", "Latvia", 2022),
    ],
)
def test_a_run_of_years_at_a_line_is_counted_back_from_the_last(
    engine: Engine, question: str, subject: str, last: int
) -> None:
    series = _series(engine, "share_of_gdp", subject, 2014, last)
    run = 0
    for year in range(last, 2013, -1):
        if series[year] < 2.0:
            break
        run += 1
    assert run > 0
    answer = engine.ask(question)
    assert answer.answered
    assert answer.values[0] == run
    assert float(last - run + 1) in answer.values  # since when
    assert f"since {last - run + 1}" in answer.answer


@pytest.mark.parametrize(
    ("question", "subject", "measure", "lowest"),
    [
        (
            "In which year did the US defence share of GDP hit its lowest point of the 2014–2024 series, and what "
            "was it?",
            "United States",
            "share_of_gdp",
            True,
        ),
        ("When did Germany's defence share of GDP peak?", "Germany", "share_of_gdp", False),
        (
            "In which year did Italy's military personnel reach their highest level?",
            "Italy",
            "military_personnel",
            False,
        ),
    ],
)
def test_the_year_of_a_series_end_is_found_over_every_year(
    engine: Engine, question: str, subject: str, measure: str, lowest: bool
) -> None:
    series = _series(engine, measure, subject, 2014, 2024)
    year = (min if lowest else max)(series, key=lambda key: series[key])
    answer = engine.ask(question)
    assert answer.answered
    assert answer.values[0] == year
    assert series[year] in answer.values
    assert all(value in answer.values for value in series.values())


@pytest.mark.parametrize(
    ("question", "subject", "measure", "periods"),
    [
        (
            "Compare two periods for Germany: average defence share of GDP in 2014–2018 versus 2019–2024?",
            "Germany",
            "share_of_gdp",
            ((2014, 2018), (2019, 2024)),
        ),
        (
            "Lithuania's average annual real growth in defence spending: 2014–2018 versus 2019–2024?",
            "Lithuania",
            "real_change_defence_spending",
            ((2014, 2018), (2019, 2024)),
        ),
        (
            "Poland's average share of GDP, 2014-2017 compared with 2021-2024?",
            "Poland",
            "share_of_gdp",
            ((2014, 2017), (2021, 2024)),
        ),
    ],
)
def test_two_periods_are_compared_by_their_averages(
    engine: Engine, question: str, subject: str, measure: str, periods: tuple[tuple[int, int], ...]
) -> None:
    answer = engine.ask(question)
    assert answer.answered
    for first, last in periods:
        values = list(_series(engine, measure, subject, first, last).values())
        mean = sum(values) / len(values)
        assert any(value == pytest.approx(mean) for value in answer.values)
        assert all(value in answer.values for value in values)


@pytest.mark.parametrize(
    ("question", "years"),
    [
        (
            "What share of total NATO defence spending (current dollars) did the United States account for in 2014, "
            "and in 2024?",
            (2014, 2024),
        ),
        ("What share of NATO's combined defence spending did the US account for in 2016 and 2023?", (2016, 2023)),
    ],
)
def test_a_share_of_the_total_is_worked_out_for_each_year_asked(
    engine: Engine, question: str, years: tuple[int, ...]
) -> None:
    answer = engine.ask(question)
    assert answer.answered
    for year in years:
        part = _table(engine, "spending_usd_current", "United States", year)
        whole = _table(engine, "spending_usd_current", "NATO Allies", year)
        assert any(value == pytest.approx(part / whole * 100) for value in answer.values)
        assert part in answer.values and whole in answer.values


def test_a_count_is_made_for_each_year_under_the_source_named(engine: Engine) -> None:
    answer = engine.ask(
        "According to NATO's tables, how many allies were at 2% of GDP or more in 2014, and how many in 2023?"
    )
    assert answer.answered
    for year in (2014, 2023):
        rows = engine.index.by_measure_period.get(("share_of_gdp", str(year)), [])
        allies = {f.subject for f in rows if f.value is not None and f.value >= 2.0} - {"NATO Allies"}
        assert float(len(allies)) in answer.values


def test_a_follow_up_asks_the_change_to_the_year_it_names(engine: Engine) -> None:
    previous = engine.ask("What was the UK's defence expenditure per capita in 2014?")
    later = _table(engine, "spending_per_capita", "United Kingdom", 2024)
    earlier = _table(engine, "spending_per_capita", "United Kingdom", 2014)
    answer = engine.ask("How much higher was it by 2024?", previous)
    assert answer.answered
    assert any(value == pytest.approx(later - earlier) for value in answer.values)
    assert later in answer.values and earlier in answer.values


def test_a_follow_up_offering_both_ways_is_told_the_way_it_went(engine: Engine) -> None:
    previous = engine.ask("What was Slovenia's defence spending as a share of GDP in 2023?")
    answer = engine.ask("Did it go up or down in 2024?", previous)
    later = _table(engine, "share_of_gdp", "Slovenia", 2024)
    earlier = _table(engine, "share_of_gdp", "Slovenia", 2023)
    assert answer.answered and later in answer.values
    assert ("**Down**" if later < earlier else "**Up**") in answer.answer


@pytest.mark.parametrize(
    ("question", "subject", "year"),
    [
        (
            "Back in 2014, right after the Wales pledge, what share of GDP did Lithuania spend on defence?",
            "Lithuania",
            2014,
        ),
        ("Way back in 2016, shortly after the Warsaw summit, what share of GDP did Latvia spend?", "Latvia", 2016),
    ],
)
def test_an_event_beside_the_year_only_marks_the_time(engine: Engine, question: str, subject: str, year: int) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert answer.values[0] == _table(engine, "share_of_gdp", subject, year)


def test_words_describing_a_year_or_a_bloc_ask_nothing_of_their_own(engine: Engine) -> None:
    pandemic = engine.ask("Hungary's defence-to-GDP ratio in the pandemic year 2020?")
    assert pandemic.answered and pandemic.values[0] == _table(engine, "share_of_gdp", "Hungary", 2020)
    bloc = engine.ask("For NATO Europe and Canada as a bloc, what was defence spending as a share of GDP in 2020?")
    assert bloc.answered and bloc.values[0] == _table(engine, "share_of_gdp", "European Allies and Canada", 2020)
    assert not engine.ask("What was Germany's defence spending in the fiscal year 2023?").answered


def test_one_allys_years_joined_by_and_are_still_added_up(engine: Engine) -> None:
    answer = engine.ask("Türkiye's defence spending in 2022 and 2023 combined, in current dollars?")
    both = [_table(engine, "spending_usd_current", "Türkiye", year) for year in (2022, 2023)]
    assert answer.answered and answer.values[0] == pytest.approx(sum(both))


@pytest.mark.parametrize(
    ("question", "subject", "year", "verdict"),
    [
        ("Was Romania still at 2% of GDP in 2023, after first reaching it in 2020?", "Romania", 2023, "No"),
        ("Was Latvia still above 2% in 2021, after reaching it in 2018?", "Latvia", 2021, "Yes"),
    ],
)
def test_a_closing_clause_recalling_an_earlier_year_asks_nothing(
    engine: Engine, question: str, subject: str, year: int, verdict: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered
    assert answer.values[0] == _table(engine, "share_of_gdp", subject, year)
    assert f"**{verdict}**" in answer.answer


def test_a_run_back_to_the_tables_first_year_is_no_count(engine: Engine) -> None:
    """Greece was above 2% in every year the tables give: how long before 2014 it was is not known."""
    assert all(value > 2.0 for value in _series(engine, "share_of_gdp", "Greece", 2014, 2024).values())
    answer = engine.ask("How many straight years has Greece been above 2% of GDP?")
    assert not answer.answered or 11.0 not in answer.values


def test_a_series_end_is_asked_only_with_its_time(engine: Engine) -> None:
    """'at peak times' names no year of a series' end; 'when did it peak' does."""
    peak_times = parse_question(engine.drafter.parse("How many American soldiers were at the base at peak times?"))
    assert Operation.SERIES_EXTREME not in peak_times.operations
    asked = parse_question(engine.drafter.parse("When did Germany's defence share of GDP peak?"))
    assert Operation.SERIES_EXTREME in asked.operations


def test_the_words_of_series_questions_correct_no_names(engine: Engine) -> None:
    assert "thales" in engine.drafter.parse("What is Thales's order backlog?").words


def test_a_fall_asked_either_way_is_told_by_its_size(engine: Engine) -> None:
    previous = engine.ask("What was Slovenia's defence spending as a share of GDP in 2023?")
    answer = engine.ask("Did it go up or down in 2024?", previous)
    fall = _table(engine, "share_of_gdp", "Slovenia", 2023) - _table(engine, "share_of_gdp", "Slovenia", 2024)
    assert fall > 0 and any(value == pytest.approx(fall) for value in answer.values)


def test_the_smallest_fall_is_the_highest_change_below_zero(engine: Engine) -> None:
    rows = [
        fact
        for fact in engine.index.by_measure_period.get(("real_change_defence_spending", "2020"), [])
        if fact.value is not None
        and fact.value < 0
        and fact.subject not in {"NATO Allies", "European Allies and Canada"}
    ]
    smallest = max(rows, key=lambda fact: fact.value or 0.0)
    answer = engine.ask("Which ally had the smallest real decline in defence spending in 2020?")
    assert answer.answered and answer.values[0] == pytest.approx(smallest.value or 0.0)
    assert smallest.subject in answer.answer


def test_an_ally_joined_with_its_article_widens_the_field(engine: Engine) -> None:
    field = {"Denmark", "Finland", "Iceland", "Norway", "Sweden", "United Kingdom"}
    rows = [
        fact
        for fact in engine.index.by_measure_period.get(("spending_per_capita", "2023"), [])
        if fact.subject in field and fact.value is not None
    ]
    top = max(rows, key=lambda fact: fact.value or 0.0)
    answer = engine.ask("Which Nordic ally or the UK spent the most per capita in 2023?")
    assert answer.answered and answer.values[0] == pytest.approx(top.value or 0.0)


def test_years_of_a_fall_are_counted_over_a_change_never_a_level(engine: Engine) -> None:
    """'did its real spending fall' tests a change against zero: a level in dollars is never below zero."""
    answer = engine.ask("In how many years from 2015 to 2024 did Italy's real defence spending fall?")
    changes = _series(engine, "real_change_defence_spending", "Italy", 2015, 2024)
    assert answer.answered and answer.values[0] == len([value for value in changes.values() if value < 0])
    levels = _series(engine, "spending_usd_constant", "Italy", 2015, 2024)
    assert not set(levels.values()) & set(answer.values)
    # no table states a yearly change of personnel: their falls are not counted over the spending's change
    assert not engine.ask("In how many years from 2015 to 2024 did Germany's military personnel fall?").answered


def test_a_share_asked_of_one_year_versus_another_is_worked_out_for_each(engine: Engine) -> None:
    answer = engine.ask("What was France's share of NATO total spending in 2014 versus 2024?")
    assert answer.answered
    for year in (2014, 2024):
        part = _table(engine, "spending_usd_current", "France", year)
        whole = _table(engine, "spending_usd_current", "NATO Allies", year)
        assert any(value == pytest.approx(part / whole * 100) for value in answer.values)


def test_a_run_is_never_one_allys_when_a_whole_of_it_is_named_too(engine: Engine) -> None:
    """'European and Canadian spending' names Europe-and-Canada (and Canada by its adjective): Canada's run alone
    would answer another question."""
    answer = engine.ask("How many years in a row has European and Canadian spending grown?")
    assert not answer.answered or "Canada, 20" not in answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Since when has Germany not reached 2% of GDP?",
        "How many years in a row has Germany not met 2% of GDP?",
        "How many years in a row have the Germans not reached 2% of GDP?",
    ],
)
def test_a_line_not_reached_is_tested_from_below(engine: Engine, question: str) -> None:
    """'has not reached 2%': the years below the line, never the run at or above it (Germany's one year, 2024)."""
    assert line_asked(parse_question(parse(question, engine.vocabulary, engine.people))).below
    answer = engine.ask(question)
    assert "at or above" not in answer.answer
