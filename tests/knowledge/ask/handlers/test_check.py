"""Yes-or-no checks against a line: each ally named, or the one whole named, on its own row."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("were nato europe and canada together over 2% of gdp in 2023?", "**No**"),
        ("did european allies and canada together reach 2% of gdp in 2024", "**Yes**"),
    ],
)
def test_a_whole_named_alone_is_checked_on_its_own_row(engine, question, verdict):
    answer = engine.ask(question)
    assert answer.yes_no and answer.answer.startswith(verdict)
    assert [fact.subject for fact in answer.facts] == ["European Allies and Canada"]


def test_a_bare_line_asked_yes_or_no_is_met_or_not(engine):
    answer = engine.ask("france 2% in 2024 yes or no")
    assert answer.yes_no and answer.answer.startswith("**Yes**" if answer.values[0] >= 2 else "**No**")
    assert [fact.subject for fact in answer.facts] == ["France"]


@pytest.mark.parametrize(
    ("question", "ally", "verdict"),
    [
        ("france 2% in 2024", "France", "**Yes**"),
        ("luxembourg 2% 2024", "Luxembourg", "**No**"),
        ("greece 2% 2015 y/n", "Greece", "**Yes**"),
        ("germany 2pct 2019?", "Germany", "**No**"),
        ("italy 2 percent 2024 yes/no", "Italy", "**No**"),
    ],
)
def test_a_bare_line_typed_with_no_verb_is_checked_by_the_deciding_figure(engine, question, ally, verdict):
    """A keyword string of an ally, a line and a year asks whether the ally was at the line (it abstained)."""
    answer = engine.ask(question)
    assert answer.yes_no and answer.answer.startswith(verdict)
    assert [fact.subject for fact in answer.facts] == [ally]


def test_a_bare_line_beside_a_question_word_is_no_check(engine):
    assert not engine.ask("which year was france 2%").yes_no


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("did all three baltic states meet the 2% guideline in 2023?", "**Yes** — 3 of 3"),
        ("did any baltic state spend less than 2% in 2017?", "**Yes** — 2 of 3"),
        ("did the baltic states spend less than 2% in 2017?", "**No** — 2 of 3"),
    ],
)
def test_a_group_asked_yes_or_no_is_each_member_s_row(engine, question, verdict):
    answer = engine.ask(question)
    assert answer.yes_no and answer.answer.startswith(verdict)
    assert [fact.subject for fact in answer.facts] == ["Estonia", "Latvia", "Lithuania"]


def test_a_group_with_a_member_without_figures_is_not_answered_for_all(engine):
    assert not engine.ask("did the nordics meet 2% in 2024?").yes_no


@pytest.mark.parametrize(
    ("question", "verdict", "subjects"),
    [
        ("confirm Luxembourg is the lowest spender as % GDP in 2024", "**No**", ["Spain", "Luxembourg"]),
        ("was poland the top spender by share of gdp in 2024?", "**Yes**", ["Poland"]),
        ("is the US the biggest spender in dollars?", "**Yes**", ["United States"]),
    ],
)
def test_an_ally_s_place_at_a_ranking_s_end_is_checked_against_the_ranking(engine, question, verdict, subjects):
    """Yes or no by the ranking's end, never by the named ally's own figure alone: the end and, when it is
    another ally, the named ally's row beside it, each cited."""
    answer = engine.ask(question)
    assert answer.yes_no and answer.answer.startswith(verdict)
    assert [fact.subject for fact in answer.facts] == subjects
    assert all(fact.citation.cell for fact in answer.facts)
