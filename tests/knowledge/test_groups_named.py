"""Groups of allies people name ('the eastern flank', 'the 2004 entrants', 'the 1949 founding members') and fields
of allies named one by one: a count over them says how many of those named are on each side of its line."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from knowledge.remarks import without_remarks

EASTERN = "Estonia, Latvia, Lithuania, Poland, Slovakia, Hungary, Romania and Bulgaria"


def test_a_count_over_allies_named_lists_those_short_of_the_line_too(engine):
    answer = engine.ask(f"How many of {EASTERN} spent at least 2% of GDP on defence in 2023?")
    assert answer.answered and answer.values[0] == 5
    assert {fact.subject for fact in answer.facts} == set(EASTERN.replace(" and ", ", ").split(", "))
    assert "Not at or above 2% of GDP: Romania" in answer.answer


def test_a_group_named_with_its_members_in_a_bracket_is_counted_over_them(engine):
    answer = engine.ask(
        "How many of the Visegrad four (Poland, Czechia, Slovakia, Hungary) spent at least 2% of GDP on defence in "
        "2024?"
    )
    assert answer.answered and answer.values[0] == 4


def test_the_year_of_a_cohort_names_the_group_not_the_year_asked(engine):
    question = parse("Which of the 2004 entrants spent the smallest share of GDP in 2024?", engine.vocabulary, {})
    assert question.years == [2024]
    assert without_remarks("Which of the 2004 entrants (Bulgaria, Estonia, Slovenia) spent least in 2024?") == (
        "Which of the Bulgaria, Estonia and Slovenia spent least in 2024?"
    )
    answer = engine.ask(
        "Which of the 2004 entrants (Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia, Slovenia) spent the "
        "smallest share of GDP on defence in 2024?"
    )
    assert answer.answered and answer.facts[0].subject == "Slovenia"


def test_a_group_named_before_its_member_asks_about_the_member(engine):
    answer = engine.ask("On the southern flank, what share of GDP did Greece spend on defence in 2022?")
    assert answer.answered and answer.values == [3.881]
    summed = engine.ask("What was the combined defence expenditure of the 1999 joiners in 2024?")
    assert summed.answered and {fact.subject for fact in summed.facts} >= {"Czechia", "Hungary", "Poland"}


def test_a_difference_between_two_groups_is_each_side_worked_out(engine):
    summed = engine.ask("In 2024, how much more did the Visegrad four spend on defence than the Nordic allies?")
    assert summed.answered and round(summed.values[0], 1) == 8257.2
    assert "No figures for Iceland" in summed.answer
    averaged = engine.ask(
        "In 2024, how many percentage points higher was the simple average defence share of GDP of the Baltic states "
        "than that of the Iberian allies (Spain and Portugal)?"
    )
    assert averaged.answered and round(averaged.values[0], 3) == 1.728


def test_an_ally_said_to_have_no_figures_is_left_out_of_the_list_before_it(engine):
    answer = engine.ask(
        "What was the combined defence expenditure of the Nordic allies with figures (Denmark, Finland, Norway and "
        "Sweden; Iceland reports none) in 2024, in million US dollars at current prices?"
    )
    assert answer.answered and {fact.subject for fact in answer.facts} == {"Denmark", "Finland", "Norway", "Sweden"}


def test_a_group_named_with_its_members_after_it_is_those_members(engine):
    answer = engine.ask("What did the Nordic allies Denmark and Norway spend combined in 2024?")
    assert answer.answered and {fact.subject for fact in answer.facts} == {"Denmark", "Norway"}


@pytest.mark.parametrize(
    ("question", "average"),
    [
        # an ally 'not included' after a group named by its flags is left out
        ("simple average defence % of gdp for the nordics 🇩🇰🇫🇮🇳🇴🇸🇪 in 2024 (unweighted, iceland not incl)?", 2.28),
        # a group 'taken as' the allies listed is those allies
        (
            "Taking the southern flank as Italy, Spain, Portugal and Greece, what was their average equipment share "
            "of defence spending in 2024?",
            27.58,
        ),
    ],
)
def test_the_allies_a_group_is_said_to_be_are_averaged(engine, question, average):
    answer = engine.ask(question)
    assert answer.answered and round(answer.values[0], 2) == average
