"""How members frame a question: who they speak for ('as the delegate of Spain, … our …'), a story sentence before
the question, a clause describing the year asked, a bracketed aside about the allies named, a group of their own
defined by a bracket of codes, and group nicknames ('the Balts')."""

from __future__ import annotations

import pytest

from knowledge.remarks import without_remarks


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "as the delegate of Spain, what is our defence expenditure as a share of GDP in 2024? need it for the"
            " opening speech",
            "what is Spain's defence expenditure as a share of GDP in 2024?",
        ),
        ("SE delegate here: what did we spend on defence in 2023?", "what did Sweden spend on defence in 2023?"),
        ("We're SE in committee. What was our share of GDP in 2023?", "What was Sweden's share of GDP in 2023?"),
    ],
)
def test_the_country_spoken_for_is_whom_our_and_we_mean(text: str, asked: str) -> None:
    assert without_remarks(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "France and Germany, what is our combined spending in 2024?",  # two countries: whose is 'our'?
        "Germany spent 2% in 2024, what did we spend?",  # the lead states a figure
        "tell us the share for spain in 2024",  # 'us' is never the country spoken for
    ],
)
def test_our_is_left_alone_without_one_country_spoken_for(text: str) -> None:
    assert without_remarks(text) == text


def test_the_delegate_of_a_country_asking_our_share_is_answered(engine) -> None:
    answer = engine.ask(
        "as the delegate of Spain, what is our defence expenditure as a share of GDP in 2024? need it for the opening"
        " speech"
    )
    assert answer.answered and [round(value, 2) for value in answer.values] == [1.28]


def test_a_story_reporting_what_someone_else_asked_is_not_the_question(engine) -> None:
    text = "We're SE in committee and someone asked what Sweden was at before 2024. Sweden's defence % of GDP in 2023?"
    assert without_remarks(text) == "Sweden's defence % of GDP in 2023?"
    answer = engine.ask(text)
    assert answer.answered and [round(value, 2) for value in answer.values] == [1.66]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "How many allies actually met the 2% guideline back in 2014 when it was agreed?",
            "How many allies actually met the 2% guideline back in 2014?",
        ),
        (
            "Finland's annual real change in defence expenditure in 2022, the year they applied to join?",
            "Finland's annual real change in defence expenditure in 2022?",
        ),
        ("Finland share of gdp in 2023 the year it joined", "Finland share of gdp in 2023"),
        ("Is Sweden above 2% in 2024, its first year as an ally?", "Is Sweden above 2% in 2024?"),
    ],
)
def test_a_clause_describing_the_year_is_no_part_of_the_question(text: str, asked: str) -> None:
    assert without_remarks(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "Germany spending in 2024 when it comes to equipment?",  # names a measure the question did not
        "Finland spending in 2023, the year before?",  # another year asked
        "Spain in 2014 when the US spent 3%?",  # a figure and another ally
    ],
)
def test_a_clause_after_the_year_that_asks_more_stays(text: str) -> None:
    assert without_remarks(text) == text


def test_the_year_described_then_answers(engine) -> None:
    answer = engine.ask("Finland's annual real change in defence expenditure in 2022, the year they applied to join?")
    assert answer.answered and [round(value, 2) for value in answer.values] == [21.5]


def test_a_bracket_saying_whose_the_allies_are_is_an_aside(engine) -> None:
    text = "UK + FR (Europe's two nuclear powers) combined 2024 defence spending in current USD?"
    assert without_remarks(text) == "UK + FR combined 2024 defence spending in current USD?"
    answer = engine.ask(text)
    assert answer.answered and round(answer.values[0]) == 146378


def test_a_bracket_naming_whose_figures_stays() -> None:
    assert without_remarks("France (NATO's figures) spending 2024") == "France (NATO's figures) spending 2024"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Southern flank (IT, ES, PT, GR): combined 2024 defence spending in current USD?",
            "Italy, Spain, Portugal and Greece: combined 2024 defence spending in current USD?",
        ),
        (
            "what did the eastern flank (PL, EE, LV, LT) spend combined in 2024?",
            "what did the Poland, Estonia, Latvia and Lithuania spend combined in 2024?",
        ),
    ],
)
def test_a_group_of_ones_own_is_the_allies_its_bracket_lists(text: str, asked: str) -> None:
    assert without_remarks(text) == asked


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "nordic countries total military personnel 2024 (dk fi no se)",
            "Denmark, Finland, Norway and Sweden total military personnel 2024",
        ),
        ("the baltics (EE, LV, LT) combined 2024?", "Estonia, Latvia and Lithuania combined 2024?"),
    ],
)
def test_a_known_group_with_a_bracket_of_its_members_is_those_members(text: str, asked: str) -> None:
    assert without_remarks(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "which allies (DK, FI, NO) spent most in 2024?",  # the whole the listed are part of
        "the baltics vs (DE, FR) in 2024",  # allies of no group named
        "european allies only (no canada, no us) total defence spending 2024 current usd",  # 'no' joins, not Norway
    ],
)
def test_a_bracket_of_allies_beside_no_group_of_theirs_stays(text: str) -> None:
    assert without_remarks(text) == text


def test_a_group_narrowed_by_its_bracket_is_summed(engine) -> None:
    answer = engine.ask("nordic countries total military personnel 2024 (dk fi no se)")
    assert answer.answered and round(answer.values[0], 2) == 95.41


def test_a_bracket_describing_the_ally_named_is_an_aside(engine) -> None:
    text = "sweden (newest ally) share of GDP on defence 2024, per NATO est?"
    assert without_remarks(text) == "sweden share of GDP on defence 2024, per NATO est?"
    answer = engine.ask(text)
    assert answer.answered and [round(value, 2) for value in answer.values] == [2.14]


def test_a_group_defined_by_its_bracket_is_summed(engine) -> None:
    answer = engine.ask("Southern flank (IT, ES, PT, GR): combined 2024 defence spending in current USD?")
    assert answer.answered and round(answer.values[0]) == 68042


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Total military personnel of the Balts in 2024?", 34.41),
        ("Of the Balts, which one spent the highest share of GDP on defence in 2024?", 3.43),
    ],
)
def test_the_balts_are_the_baltic_states(engine, text: str, value: float) -> None:
    answer = engine.ask(text)
    assert answer.answered and round(answer.values[0], 2) == value
