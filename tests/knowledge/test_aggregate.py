"""Whole-table questions read from a question alone: which place of a ranking is asked."""

from __future__ import annotations

import pytest

from knowledge.aggregate import Intent, table_question
from knowledge.question import parse


def spec(engine, text):
    return table_question(parse(text, engine.vocabulary, engine.people))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("who ranked third among allies for defence spending in current us dollars in 2024", 3),
        ("which ally came second in defence spending as a share of gdp in 2024", 2),
        ("which country was in fourth place for military personnel in 2023", 4),
        ("the second highest share of gdp in 2024", 2),
        ("who finished 2nd for equipment share in 2022", 2),
    ],
)
def test_an_ordinal_after_a_placing_verb_or_before_a_place_noun_asks_that_place(engine, text, place):
    asked = spec(engine, text)
    assert asked is not None
    assert asked.intent is Intent.RANKING
    assert asked.place == place


def test_an_ordinal_that_places_nothing_asks_no_place(engine):
    asked = spec(engine, "which allies spent the most in the second year of the war, 2023")
    assert asked is None or asked.place == 0


def test_a_group_named_by_its_history_is_summed_over_its_members_less_those_left_out(engine):
    answer = engine.ask("Could you add up the 2024 military personnel of the founding members? Leave Iceland out.")
    assert answer.answered
    assert "Belgium" in answer.answer and "United States" in answer.answer
    assert round(answer.values[0], 1) == 2025.6


@pytest.mark.parametrize("text", ["", "third", "<@123> @everyone @here"])
def test_a_message_of_no_words_or_one_asks_no_place(engine, text):
    asked = spec(engine, text)
    assert asked is None or asked.place == 0


@pytest.mark.parametrize(
    "text", ["how many allies were not meeting 2% in 2024", "how many allies weren't reaching 2% in 2024"]
)
def test_a_negated_reach_counts_those_strictly_below_the_line(engine, text):
    asked = spec(engine, text)
    assert asked is not None and asked.below and asked.strict and asked.threshold == 2.0


def test_those_not_meeting_the_line_are_counted_not_those_meeting_it(engine):
    answer = engine.ask("how many allies were not meeting 2% in 2024?")
    assert answer.answered and answer.values[0] == 8.0 and "below 2%" in answer.answer


@pytest.mark.parametrize(
    ("text", "below"),
    [
        ("did slovakia hit 2% in 2024 or miss it?", False),
        ("did slovakia hit 2% in 2024 or fall just short?", False),
        ("did spain miss 2% in 2024 or hit it?", True),
        ("is spain at 2% or below?", True),
        ("Is Slovak Republic at the 2 % target in 2024 or just below?", False),  # the opposite qualified: 'just'
        ("is italy at 2% or still below in 2024?", False),
    ],
)
def test_a_test_offered_with_its_opposite_is_the_one_asked_first(engine, text, below):
    asked = spec(engine, text)
    assert asked is not None and asked.intent is Intent.CHECK
    assert asked.below is below


def test_a_line_met_exactly_is_met_when_its_opposite_is_offered_too(engine):
    answer = engine.ask("did slovakia hit 2% in 2024 or miss it?")
    assert answer.answered and answer.answer.startswith("**Yes**")


@pytest.mark.parametrize("text", ["is it true germany crossed 2% in 2024?", "did germany cross 2% in 2024?"])
def test_crossing_a_line_is_reaching_it(engine, text):
    answer = engine.ask(text)
    assert answer.answered and answer.answer.startswith("**Yes**") and 2.119 in answer.values


def test_a_fifth_after_a_bound_is_a_line_of_20_percent(engine):
    asked = spec(engine, "was more than a fifth of greece's defence spending on equipment in 2024?")
    assert asked is not None and asked.intent is Intent.CHECK and asked.threshold == 20.0
    answer = engine.ask("was more than a fifth of greece's defence spending on equipment in 2024?")
    assert answer.answered and answer.answer.startswith("**Yes**") and 36.0671 in answer.values


@pytest.mark.parametrize(
    ("text", "intent", "below", "years"),
    [
        ("how many allies had a lower defence share of GDP in 2024 than in 2023?", Intent.COUNT, True, [2023, 2024]),
        ("which allies increased their share of gdp between 2023 and 2024", Intent.LIST, False, [2023, 2024]),
        ("which member states spent less in 2022 than in 2023", Intent.LIST, True, [2023, 2022]),
    ],
)
def test_each_ally_in_one_year_against_another(engine, text, intent, below, years):
    asked = spec(engine, text)
    assert asked.between_years
    assert (asked.intent, asked.below, asked.years) == (intent, below, years)


@pytest.mark.parametrize(
    "text",
    [
        "which country increased defence spending the most in real terms between 2014 and 2024",
        "how many allies more than doubled their real defence spending between 2014 and 2024?",
        "how many allies were above 2% in both 2023 and 2024",
        "did poland spend more in 2024 than in 2023",
    ],
)
def test_a_ranking_a_multiple_a_line_or_one_ally_is_no_comparison_of_every_ally(engine, text):
    asked = spec(engine, text)
    assert asked is None or not asked.between_years


def test_the_allies_lower_in_one_year_than_another_are_counted_and_each_pair_cited(engine):
    answer = engine.ask("how many allies had a lower defence share of GDP in 2024 than in 2023?")
    lower = [
        (before, after)
        for before, after in zip(answer.facts[::2], answer.facts[1::2], strict=True)
        if (after.value or 0) < (before.value or 0)
    ]
    assert answer.values[0] == len(lower) == len(answer.facts) / 2
    assert {(before.period, after.period) for before, after in lower} == {("2023", "2024")}


def test_the_southern_european_allies_are_a_group(engine):
    answer = engine.ask("which of the southern allies spends the most as % gdp in 2024")
    assert "among Greece, Italy, Portugal and Spain" in answer.answer
    assert answer.facts[0].subject == "Greece"


@pytest.mark.parametrize(
    "text", ["how many points short of 2% is that", "how many percentage points below the 2% guideline is that"]
)
def test_the_points_between_a_figure_and_a_line_are_no_count_of_allies(engine, text):
    assert spec(engine, text) is None


def test_points_short_of_a_line_after_an_allys_figure_keep_its_ally_and_year(engine):
    previous = engine.ask("What's Canada's defence spending as % of GDP in 2024?")
    answer = engine.ask("how many points short of 2% is that", previous)
    assert answer.answered
    assert "0.63" in answer.answer and "Canada" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "Does the United States itself spend 5% of GDP on defence according to NATO's 2024 estimate?",
        "Did Poland spend 5% of GDP on defence in 2024?",
    ],
)
def test_spending_a_share_of_gdp_asked_yes_or_no_checks_the_line(engine, text: str) -> None:
    asked = spec(engine, text)
    assert asked is not None and asked.intent is Intent.CHECK and asked.threshold == 5.0 and not asked.below


def test_falling_short_misses_a_line_and_is_no_fall_of_spending(engine) -> None:
    asked = spec(engine, "so how many fell short then?")
    assert asked is None or not asked.direction


def test_spending_a_share_of_gdp_asked_as_yes_or_no_tests_the_line(engine):
    asked = spec(engine, "does the US spend 5% of GDP on defence in 2024?")
    assert asked is not None and asked.intent is Intent.CHECK and asked.threshold == 5
    answer = engine.ask("does the US spend 5% of GDP on defence in 2024?")
    assert answer.answered and answer.answer.startswith("**No**")


@pytest.mark.parametrize(
    "text",
    [
        "which ally had the highest defence expenditure as a percentage of GDP in 2024?",
        "Which of the Nordic Allies had the highest defence expenditure as a percentage of GDP in 2024?",
    ],
)
def test_a_percentage_of_gdp_names_the_column_ranked_not_a_fraction_of_a_count(engine, text):
    asked = spec(engine, text)
    assert asked is not None and asked.intent is Intent.RANKING


def test_the_allies_of_a_group_named_are_the_groups_not_the_alliance(engine):
    question = parse(
        "Which of the Nordic Allies had the highest share of GDP in 2024?", engine.vocabulary, engine.people
    )
    assert "NATO Allies" not in question.entities


def test_the_highest_share_of_gdp_among_a_group_named_allies_is_its_members(engine):
    answer = engine.ask(
        "Which of the Nordic Allies had the highest defence expenditure as a percentage of GDP in 2024?"
    )
    assert answer.answered and [fact.subject for fact in answer.facts] == ["Finland"]


@pytest.mark.parametrize(
    ("text", "strict"),
    [
        ("did sweden break the 2% barrier in 2023", True),
        ("did sweden pass 2% in 2023", False),
        ("so did norway clear the 2% bar in 2022", False),
        ("did italy surpass 2% in 2015", True),
    ],
)
def test_a_line_broken_passed_or_cleared_is_checked(engine, text, strict):
    asked = spec(engine, text)
    assert asked is not None and asked.intent is Intent.CHECK and asked.threshold == 2.0 and not asked.below
    assert asked.strict is strict


def test_a_check_on_a_line_broken_is_answered(engine):
    answer = engine.ask("Did Sweden break the 2% barrier in 2023?")
    assert answer.answered and answer.yes_no and answer.answer.startswith("**No**")


@pytest.mark.parametrize(
    ("text", "lowest"),
    [
        ("who was bottom of the pile on defence share of gdp in 2016", True),
        ("which ally sat at the bottom of the heap for spending per head in 2019", True),
        ("who was top of the league for military personnel in 2021", False),
    ],
)
def test_the_ends_of_a_ranking_in_everyday_words_rank(engine, text, lowest):
    asked = spec(engine, text)
    assert asked is not None and asked.intent is Intent.RANKING and asked.ascending is lowest


@pytest.mark.parametrize(
    ("text", "below"),
    [
        ("count allies 2pct 2018", False),
        ("number of allies 2% 2018", False),
        ("allies 1.5% 2020 count", False),
        ("number of allies missing 2% in 2019", True),
    ],
)
def test_a_line_typed_bare_beside_a_count_is_the_line_met_or_missed(engine, text, below):
    answer = engine.ask(text)
    assert answer.answered and answer.values[0] == len(answer.facts)
    assert ("below" in answer.answer.split("\n")[0]) is below


@pytest.mark.parametrize(
    "text",
    [
        "Other than Luxembourg, which ally had the lowest defence share of GDP in 2024?",
        "Which ally had the lowest defence share of GDP in 2024 if you ignore Luxembourg?",
    ],
)
def test_an_ally_left_out_of_a_ranking_by_other_than_or_ignore_is_no_comparison(engine, text):
    asked = spec(engine, text)
    assert asked is not None
    assert asked.intent is Intent.RANKING
    assert asked.excluded == {"Luxembourg"}


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 Bulgaria's defence spending jumped to 3.13% of GDP, correct?",
        "In 2019 Bulgaria's defence spending climbed to 3.13% of GDP, correct?",
        "In 2019 Bulgaria's defence spending rose to 3.13% of GDP, correct?",
    ],
)
def test_a_level_claimed_after_a_verb_of_change_is_checked_as_typed(engine, text):
    """'jumped to 3.13%' names where the figure got to, as 'rose to' does: the level claimed, checked as typed."""
    asked = spec(engine, text)
    assert asked is not None and asked.intent is Intent.CHECK and asked.threshold == 3.13 and asked.tolerance > 0


def test_a_level_claimed_after_a_verb_of_change_is_confirmed_by_the_cell(engine):
    claim = "In 2019 Bulgaria's defence spending jumped to 3.13% of GDP."
    answer = engine.ask(f'Pub quiz card: "{claim}" Is the 3.13% right?')
    assert answer.answered and answer.answer.startswith("**Yes**")
    assert 3.1334 in answer.values


@pytest.mark.parametrize(
    "text",
    [
        "How many of the eight countries are expected to reach 2% of GDP in 2024?",
        "How many of the 6 countries met the 2% guideline in 2024?",
        "Which of the ten allies spent most per head on defence in 2024?",
        "What's the average defence spending of the eight countries in 2025?",
    ],
)
def test_a_field_named_only_by_its_size_is_no_whole_table_question(engine, text):
    """A document's own field ('the eight countries' of its extract): the tables cannot tell which they are, so no
    count or ranking over every ally answers for it."""
    assert spec(engine, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "how many of the 32 allies met 2% in 2024?",
        "How many of the three Baltic states met 2% in 2024?",
        "how many allies met 2% in 2024?",
        "Which of the three, Estonia, Latvia or Lithuania, spent the highest share of GDP in 2024?",
        "which of those four allies spent the most in 2024?",
    ],
)
def test_the_whole_alliance_a_named_group_or_named_allies_still_make_a_whole_table_question(engine, text):
    assert spec(engine, text) is not None
