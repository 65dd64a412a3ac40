"""Periods said in words ('the first year of the series', 'the year of the Wales pledge', 'a decade before 2024')
read as the years the knowledge base gives them; one left unread is never answered with another year's figure."""

from __future__ import annotations

import pytest

from knowledge.ask.time_words import Timeline, in_years, unresolved_time
from knowledge.lexicon import normalise

DATED = {frozenset({"wales", "pledge"}): 2014, frozenset({"hague", "summit"}): 2025}
TIMELINE = Timeline(first=2014, last=2024, event_year=DATED.get)


def words(text: str) -> tuple[str, ...]:
    return tuple(normalise(text).split())


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("Poland's share in the latest year in NATO's figures?", "Poland's share in 2024?"),
        ("and what about in the first year of the series?", "and what about in 2014?"),
        ("Luxembourg's spending four years before the end of the series?", "Luxembourg's spending in 2020?"),
        ("growth between the start and the end of the series", "growth between 2014 and 2024"),
        ("rise between the first and the latest year of the series", "rise between 2014 and 2024"),
        ("grow from the first year of the series to the latest?", "grow from 2014 to 2024?"),
        ("the average over the past five years of the data", "the average over 2020 to 2024"),
        ("in total over the last three years of the series", "in total over 2022 to 2024"),
        ("grow over the whole series?", "grow over 2014 to 2024?"),
        ("and ten years on, at the end of the series?", "and ten years on, in 2024?"),
    ],
)
def test_the_datas_own_range_is_read_as_the_tables_years(said, read):
    assert in_years(said, TIMELINE) == read


def test_an_event_is_read_as_the_year_the_documents_date_it():
    assert in_years("France's change in the year of the Wales pledge?", TIMELINE) == "France's change in 2014?"
    assert in_years("the UK's share two years before the Hague summit?", TIMELINE) == "the UK's share in 2023?"
    assert in_years("than Latvia's the year before the Hague summit", TIMELINE) == "than Latvia's in 2024"
    # an event no document dates stays as said
    assert in_years("in the year of the Madrid summit", TIMELINE) == "in the year of the Madrid summit"


def test_a_year_counted_from_one_stated():
    assert in_years("spend a decade before 2024, at constant 2015 prices", TIMELINE).startswith("spend in 2014,")
    assert in_years("in twenty twenty-four than a year earlier", TIMELINE) == "in twenty twenty-four than 2023"
    assert in_years("between the year of the Wales pledge and a decade later", TIMELINE) == "between 2014 and 2024"
    # a price base is no year to count from; nothing stated, the previous answer's year is the context's
    assert in_years("In 2015 US dollars, what about a year later?", TIMELINE).endswith("a year later?")


def test_words_naming_no_period_are_left_alone():
    for said in ("What does the first of the tables show?", "Did Canada reach 2% in any year of the series?"):
        assert in_years(said, TIMELINE) == said


def test_a_period_left_unread_is_found_for_the_verifier():
    assert unresolved_time(words("germany's share in the year of the madrid summit")) is not None
    assert unresolved_time(words("poland's share in the first year of the series")) is not None
    assert unresolved_time(words("norway's share at the start of the decade")) is not None
    assert unresolved_time(words("poland's share in 2014")) is None
    assert unresolved_time(words("which allies plan to reach 2% by the end of the decade")) is None


def test_the_engine_answers_with_the_years_read(engine):
    first = engine.ask("How many military personnel did Türkiye have in the first year of the series, in thousands?")
    assert first.answered and {fact.year for fact in first.facts} == {2014}
    wales = engine.ask("What was France's annual real change in defence spending in the year of the Wales pledge?")
    assert wales.answered and {fact.year for fact in wales.facts} == {2014}


def test_an_event_no_document_dates_is_never_answered_with_another_years_figure(engine):
    assert not engine.ask("What was Germany's defence share of GDP in the year of the Madrid summit?").answered
    assert not engine.ask("What was Germany's defence share of GDP two years after the Vilnius summit?").answered


def test_the_series_named_with_no_tables_is_not_answered(article_engine):
    answer = article_engine.ask(
        "What share of total alliance spending did the US account for in the latest year of the data?"
    )
    assert not answer.answered


def test_the_documents_date_an_event_by_its_day_or_the_one_year_they_write(engine):
    assert engine.event_days.year_of(frozenset({"hague", "summit"})) == 2025  # 'on 25 June 2025'
    assert engine.event_days.year_of(frozenset({"wales", "pledge"})) == 2014  # 'at the Wales Summit in 2014'
    assert engine.event_days.year_of(frozenset({"madrid", "summit"})) is None


def test_a_year_restated_as_counted_from_the_previous_answers_is_left_to_the_context():
    assert in_years("And what about 2014, ten years earlier?", TIMELINE) == "And what about 2014, ten years earlier?"


def test_a_year_said_again_by_its_event_is_said_once():
    said = "In 2014, the year of the Wales pledge, which three allies spent most?"
    assert in_years(said, TIMELINE) == "In 2014, which three allies spent most?"
    assert in_years("the UK at the start of the series in 2014?", TIMELINE) == "the UK in 2014?"


def test_a_time_counted_from_a_part_of_a_year_is_no_year():
    said = "What was the operating margin in the second quarter of 2025, and a year earlier?"
    assert in_years(said, TIMELINE) == said
