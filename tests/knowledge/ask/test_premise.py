"""The premise stage (knowledge/ask/premise.py): a figure claimed beside a price basis's year, and a figure whose
teller is told in a clause of its own."""

from __future__ import annotations

import pytest

from knowledge.ask.premise import _asked_without, _qualifier, _words_before, the_premise


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("Someone says US defence spending in 2017 was $626bn in constant 2015 dollars. Check?", "**Yes**"),
        ("US defence spending in 2017 was $700bn in constant 2015 dollars, correct?", "**No** — not $700bn"),
    ],
)
def test_the_year_of_a_price_basis_is_no_year_the_answer_must_be_of(engine, question, verdict):
    """'in constant 2015 dollars' names the prices, which the cell's qualifiers name: 2017's cell settles it."""
    answer = engine.ask(question)
    assert answer.answered and answer.answer.startswith(verdict)
    assert 626409.1874 in answer.values


def test_a_clause_telling_who_said_the_figure_is_left_out_of_what_is_asked():
    question = "UK military personnel in 2015 — a forum post says 141,000. What's the table figure?"
    claim = the_premise(question)
    assert claim is not None and claim.digits == "141,000"
    asked = _asked_without(question, claim, _qualifier(_words_before(question, claim)))
    assert "UK military personnel in 2015. What's the table figure?" in asked


def test_a_clause_naming_whom_the_figure_is_of_is_kept():
    """'my uncle says Poland had 200,000': the clause with the teller says whose the figure is; never dropped."""
    question = "In 2020 — my uncle says Poland had 200,000. What's the table figure?"
    claim = the_premise(question)
    assert claim is not None
    asked = _asked_without(question, claim, _qualifier(_words_before(question, claim)))
    assert asked and all("Poland" in reading for reading in asked)


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("UK military personnel in 2015 — a forum post says 141,000. What's the table figure?", "**Yes**"),
        ("UK military personnel in 2015 — a forum post says 150,000. What's the table figure?", "**No** — not 150,000"),
    ],
)
def test_a_figure_told_by_someone_is_checked_by_the_cell(engine, question, verdict):
    answer = engine.ask(question)
    assert answer.answered and answer.answer.startswith(verdict)
    assert 141.39 in answer.values


def test_a_headline_verb_of_increase_names_the_change_claimed(engine):
    """'Romania boosts defence spending 45% in real terms': 'boosts' names an increase as 'boosted' does."""
    claim = "Romania boosts defence spending 45% in real terms in 2024."
    answer = engine.ask(f'Headline: "{claim}" Accurate? What\'s the annual real change?')
    assert answer.answered and answer.yes_no
    assert 45.6314 in answer.values


def test_a_figure_the_message_also_names_as_a_known_one_is_its_topic_not_a_premise(engine):
    """'They say 5% but … How much of the 5% has to go to core defence?': the 5% is what is asked about; the
    answer, 3.5%, is no 'No — not 5%'."""
    answer = engine.ask(
        "I've been reading the Hague summit note and honestly it's confusing. They say 5% but part of it is not "
        "really defence? How much of the 5% has to go to core defence requirements? cheers"
    )
    assert answer.answered and 3.5 in answer.values
    assert not answer.answer.startswith("**No**")


def test_an_honorifics_full_stop_ends_no_clause():
    """'What fraction … did Ms. Gagnon say was below 2 percent?' asks with the figure: 'Ms.' ends no sentence, so the
    question word stays in the figure's clause and the 2 percent is no premise to answer Yes or No."""
    assert the_premise("What fraction of the alliance did Ms. Gagnon say was below 2 percent?") is None
    assert the_premise("Dr. Ruiz says Poland spent 4% of GDP in 2024, right?") is not None
