"""Every ally asked at once: each ally's figure listed, a yes or no that holds only if each ally passes a line, and
money 'all allies' spent as the alliance's total."""

from __future__ import annotations

import pytest

from knowledge.aggregate import Intent, table_question
from knowledge.ask.intent import question_kinds
from knowledge.lexicon import NATO_ALLIES
from knowledge.measures import QuestionKind
from knowledge.question import parse


def spec(engine, text):
    return table_question(parse(text, engine.vocabulary, engine.people))


@pytest.mark.parametrize(
    "text",
    [
        "list every ally's share of gdp in 2024",
        "show all allies' defence spending for 2023",
        "defence spending by country 2022",
        "what was each member's share of gdp in 2021?",
    ],
)
def test_each_allys_figure_asked_is_every_row_in_order(engine, text):
    asked = spec(engine, text)
    assert asked is not None and asked.intent is Intent.RANKING
    assert asked.limit >= 31 and asked.threshold is None


@pytest.mark.parametrize(
    "text",
    [
        "what did all allies spend together in 2024",
        "average share of gdp of every ally in 2024",
        "how much did nato spend",
    ],
)
def test_a_sum_an_average_or_the_whole_is_no_list_of_every_ally(engine, text):
    asked = spec(engine, text)
    assert asked is None or asked.intent is not Intent.RANKING or asked.limit == 1


def test_every_allys_share_is_listed_from_the_tables(engine):
    answer = engine.ask("list every ally's share of gdp in 2024")
    assert answer.answered
    subjects = [fact.subject for fact in answer.facts]
    assert len(subjects) == 31 and NATO_ALLIES not in subjects
    values = [fact.value for fact in answer.facts]
    assert values == sorted(values, reverse=True)
    assert all(fact.period == "2024" and fact.citation.cell for fact in answer.facts)


@pytest.mark.parametrize(
    "text",
    ["did all allies meet 2% in 2024?", "did every ally meet 2% in 2024", "were all 32 allies at or above 2% in 2024?"],
)
def test_all_allies_past_a_line_is_no_when_any_ally_falls_short(engine, text):
    asked = spec(engine, text)
    assert asked is not None and asked.every_checked and asked.threshold == 2.0
    answer = engine.ask(text)
    assert answer.answered and answer.answer.startswith("**No**")
    shown = [fact for fact in answer.facts if fact.citation.cell]
    assert shown and all((fact.value or 0) < 2.0 for fact in shown)
    assert NATO_ALLIES not in {fact.subject for fact in shown}  # never the alliance's own 2.71%
    assert answer.values[0] == 23  # the tables count 23 at or above the line


def test_all_allies_past_a_line_they_all_pass_is_yes_with_the_nearest(engine):
    answer = engine.ask("were all nato members above 1% in 2024")
    assert answer.answered and answer.answer.startswith("**Yes**")
    assert answer.values[0] == 31
    assert [fact.subject for fact in answer.facts] == ["Spain"]  # the lowest, 1.28%


def test_all_allies_taken_together_is_the_alliance_row(engine):
    asked = spec(engine, "did all allies together spend over 2% in 2024")
    assert asked is None or not asked.every_checked


@pytest.mark.parametrize(
    "text",
    [
        "how much did nato spend in 2024",
        "how much did all allies spend in 2024",
        "what did all allies spend in 2024",
        "how much did the allies spend on defence in 2023",
    ],
)
def test_money_the_allies_spent_is_the_alliance_total_not_a_count(engine, text):
    assert QuestionKind.AMOUNT in question_kinds(parse(text, engine.vocabulary, engine.people))
    answer = engine.ask(text)
    assert answer.answered
    (fact,) = answer.facts
    assert fact.subject == NATO_ALLIES and fact.unit.value == "money" and fact.citation.cell


@pytest.mark.parametrize(
    "text",
    [
        "how much of nato spending came from europe and canada",
        "by how much did nato spending rise in 2024",
        "how much more did the us spend than germany in 2024",
        "how much did germany spend as a share of gdp in 2024",
    ],
)
def test_a_part_a_change_a_difference_or_a_share_is_no_amount_asked(engine, text):
    assert QuestionKind.AMOUNT not in question_kinds(parse(text, engine.vocabulary, engine.people))


def test_money_of_allies_past_a_line_is_no_alliance_total(engine):
    answer = engine.ask("how much did allies that met 2% spend in 2024")
    assert not any(fact.subject == NATO_ALLIES and fact.unit.value == "money" for fact in answer.facts)
