"""Questions wrapped in the asker's own words: a setting before the question ('For a note to the Treasury, could
you kindly give me …'), a premise before or after it ('It is my understanding that …; could you kindly state …'),
a league table's idiom ('the 2019 season', 'the podium') and banter after it ('? the minnows'). The clause that asks
is the question; what the asker tells of themselves or believes asks nothing, and a topic set off before the
question still asks."""

from __future__ import annotations

import pytest

from knowledge.evaluation import evaluate
from knowledge.questionset import QUESTION_SETS, load_question_set
from knowledge.remarks import without_remarks


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "For a note to the Treasury, could you kindly give me Copenhagen's defence expenditure for 2023?",
            "give me Copenhagen's defence expenditure for 2023?",
        ),
        (
            "For the record of our bilateral consultations, what share of GDP did the Hungarians spend in 2022?",
            "what share of GDP did the Hungarians spend in 2022?",
        ),
        (
            "Whilst reviewing Lisbon's procurement record, I wondered whether you might confirm the equipment share of"
            " Portuguese defence expenditure in 2018.",
            "confirm the equipment share of Portuguese defence expenditure in 2018.",
        ),
        (
            "Nordic question from an old Arctic warfare instructor: what did Norway spend per head in 2019?",
            "what did Norway spend per head in 2019?",
        ),
        ("While we are at it, what did France spend in 2019?", "what did France spend in 2019?"),
        (
            "Could you kindly confirm, for our Baltic desk, the share of GDP that Tallinn devoted to defence in 2016?",
            "the share of GDP that Tallinn devoted to defence in 2016?",
        ),
    ],
)
def test_a_setting_before_the_question_asks_nothing(text: str, asked: str) -> None:
    assert without_remarks(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "For the navy, what share of Italy's budget went to equipment in 2020?",  # a topic, not the asker
        "While Germany is rearming, what did it spend in 2024?",  # 'it' is the ally the lead names
        "Our share of GDP, what was it in 2024?",  # the lead names the measure asked
    ],
)
def test_a_topic_set_off_before_the_question_still_asks(text: str) -> None:
    assert without_remarks(text) == text


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "It is my understanding that Rome's defence spending rose sharply in real terms in 2020; could you kindly"
            " state the annual real change that NATO recorded for Italy in that year?",
            "state the annual real change that NATO recorded for Italy in 2020?",
        ),
        (
            "I recall that Berlin's budget shot up in 2024; could you confirm the annual real change in German defence"
            " spending that year?",
            "could you confirm the annual real change in German defence spending 2024?",
        ),
        (
            "I should be obliged if you would confirm Podgorica's defence expenditure as a share of GDP in 2020; the"
            " Montenegrin figure, I believe, jumped that year.",
            "confirm Podgorica's defence expenditure as a share of GDP in 2020",
        ),
        (
            "Could you kindly confirm the annual real change in Czech defence expenditure estimated for 2024, which I"
            " am told was exceptionally large?",
            "confirm the annual real change in Czech defence expenditure estimated for 2024?",
        ),
    ],
)
def test_a_premise_before_or_after_the_request_asks_nothing(text: str, asked: str) -> None:
    assert without_remarks(text) == asked


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # told after the request, with no hedge: its verb ('jumped') tests nothing
        (
            "Could you confirm Podgorica's defence expenditure as a share of GDP in 2020; the Montenegrin figure"
            " jumped that year.",
            "Could you confirm Podgorica's defence expenditure as a share of GDP in 2020",
        ),
        # the asker's belief set off by commas
        (
            "Is it correct, as I believe, that Paris met the 2% guideline in 2020?",
            "Is it correct that Paris met the 2% guideline in 2020?",
        ),
        ("What did Norway, I believe, spend per head in 2019?", "What did Norway spend per head in 2019?"),
    ],
)
def test_a_premise_told_without_a_question_or_set_off_as_a_belief_asks_nothing(text: str, asked: str) -> None:
    assert without_remarks(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        # the request after the premise asks its own question, with its own question word
        "I understand the Greek share of GDP fell appreciably between 2022 and 2023; by how many percentage points"
        " did it decline?",
        # a year only the relative clause names is what is asked
        "What share did Italy spend, which I heard was 2% in 2019?",
        # a clause after the semicolon that carries the question on
        "Confirm Spain's share of GDP in 2020; and Italy's.",
    ],
)
def test_a_premise_holding_what_is_asked_stays(text: str) -> None:
    assert without_remarks(text) == text


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Luxembourg's 2024 defence spend in current US dollars? the minnows",
            "Luxembourg's 2024 defence spend in current US dollars?",
        ),
        (
            "US defence spend per head in 2020, 2015 prices? the league giants",
            "US defence spend per head in 2020, 2015 prices?",
        ),
        ("Poland military personnel 2024? what a turnaround", "Poland military personnel 2024?"),
    ],
)
def test_banter_after_the_question_is_taken_off(text: str, asked: str) -> None:
    assert without_remarks(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "What did Germany spend in 2024? share of gdp",
        "what did france spend in 2020? in euros",
        "who spent most in 2024? the largest",
        "what did italy spend in 2023? the year before",
        "what did italy spend in 2023? and france",
        "germany share 2024? the nominal one",
        "what was spain's share in 2024? the laggards",  # names those missing a line: not banter
    ],
)
def test_what_names_something_after_the_question_carries_it_on(text: str) -> None:
    assert without_remarks(text) == text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Estonia 2022 season: defence as a % of GDP?", 2.1613),
        ("Romania in the 2020 season, defence as share of GDP?", 2.0089),
        ("Canada's squad size in 2024 - military personnel in thousands?", 77.056),
        ("Over 2014-2024, who grew real defence spending the most per the 10-year table?", 324.4545),
        ("Sweden's first season in the league, 2024 - how many military personnel did they have?", 23.05),
        ("Sweden's first year in the league, 2024 - how many military personnel did they have?", 23.05),
    ],
)
def test_league_idiom_and_spans_are_read_as_meant(engine, text: str, value: float) -> None:
    """A season is the table's year, a squad its personnel; 'the 10-year table' and '2015 US dollars' name a span
    and a price base, no figure or year asked; 'first season' beside its year asks no first year."""
    answer = engine.ask(text)
    assert answer.answered and value in answer.values


def test_a_price_base_in_us_dollars_is_no_year_asked(engine) -> None:
    """'in 2015 US dollars' names the price base as '2015 USD' does: the figure of the one year asked, no change."""
    answer = engine.ask("What was Norway's defence expenditure per capita in 2016, in 2015 US dollars?")
    assert answer.answered and answer.values == [1300.2036]


def test_the_podium_and_the_relegation_zone_are_a_ranking_s_ends(engine) -> None:
    top = engine.ask("Podium for the 2021 season on share of GDP - who were the top three?")
    bottom = engine.ask("Relegation zone on share of GDP in 2023 - who was in it?")
    assert top.answered and top.values[:3] == [3.6997, 3.5268, 2.289]
    assert bottom.answered and bottom.values[:3] == [1.1168, 1.1938, 1.2085]


def test_the_wrapped_words_set_written_for_it_stays_answered(engine) -> None:
    """Our own questions wrapped in the asker's words (league fans, officials, callers, students; tables and the
    seed article, answers from the tidy CSV): answered, and never wrongly."""
    report = evaluate(engine, load_question_set(QUESTION_SETS / "own_wrapped_words_2026-12-06.jsonl"))
    failures = "\n".join(f"[{o.verdict.value}] {o.question.question!r}" for o in report.failures())
    assert report.rate_correct >= 0.93, failures
    assert report.rate_wrong == 0, failures
