"""Statements found when the question says them otherwise: a percentage of any kind, an amount priced at a share
of GDP typed, a sentence naming no year, a programme named in a figure's own clause, and ideas in other words.

The documents are the evaluation folders' own (moderators' articles the bot was not built around)."""

from __future__ import annotations

import pytest

from knowledge.ask.statements import _gdp_only_of_a_typed_figure


def test_a_percentage_asked_is_any_kind_of_percentage(documents):
    engine = documents("evaluation_holdout11", "column_europe_rearmament_2025.md")
    assert 5 in engine.ask("what percentage did hegseth say trump called for").values


def test_an_amount_asked_of_a_typed_share_of_gdp_is_that_shares_price(documents):
    engine = documents("evaluation_holdout13", "pbo-canada-defence-budget-2025-26.md")
    answer = engine.ask("What would 5% of GDP cost Canada in 2035-36?")
    assert answer.answered and 220 in answer.values and 154 not in answer.values  # the 3.5%'s price is not it


def test_a_sentence_naming_no_year_is_of_its_documents_year(documents):
    engine = documents("evaluation_holdout12", "wire-nato-estimates-2024.txt")
    assert 2.12 in engine.ask("Germany % of GDP on defence 2024?").values


def test_a_bound_named_with_no_year_is_no_level_of_the_documents_year(documents):
    engine = documents("evaluation_holdout9", "nordic_baltic_wire_roundup.txt")
    assert not engine.ask("What share of GDP does Sweden spend on defence in 2025?").answered  # 'remain below 3%'


def test_a_programme_named_in_a_figures_own_clause_is_what_it_is_of(documents):
    engine = documents("evaluation_holdout13", "nato-official-interview-five-percent.md")
    answer = engine.ask("How large are the SAFE loans?")
    assert answer.answered and answer.values == [150]  # never the 800 billion of the plan around it


@pytest.mark.parametrize(
    ("folder", "name", "question", "value"),
    [
        (  # 'when allied leaders met in Wales' is the Wales summit
            "evaluation_holdout13",
            "estonia-mod-allied-spending-2024.md",
            "How many allies were at 2% when the Wales summit took place in 2014?",
            3,
        ),
        (  # 'under the timeline the previous Liberal government presented'
            "evaluation_holdout10",
            "ottawa_cp_two_percent.txt",
            "What year had Canada previously planned to reach two per cent?",
            2032,
        ),
        (  # 'Poland is heading for about 4.7% this year'
            "evaluation_holdout13",
            "nato-official-interview-five-percent.md",
            "What share of GDP is Poland expected to spend in 2025?",
            4.7,
        ),
        (  # 'leaders of all 32 allies agreed to spend 5% of GDP'
            "evaluation_holdout13",
            "nato-official-interview-five-percent.md",
            "What overall GDP share did NATO leaders sign up to in The Hague?",
            5,
        ),
    ],
)
def test_an_idea_the_document_says_in_other_words_is_said(documents, folder, name, question, value):
    answer = documents(folder, name).ask(question)
    assert answer.answered and value in answer.values


def test_a_compound_is_not_said_by_the_idea_of_one_of_its_words(documents):
    """'armed forces' names the forces, not the defence spending a budget states."""
    engine = documents("evaluation_holdout11", "pbo_poland_defence_2026.txt")
    answer = engine.ask("poland target size of armed forces")
    assert 200.1 not in answer.values and 4.8 not in answer.values


@pytest.mark.parametrize(
    ("words", "typed"),
    [
        ("what would 5% of gdp cost canada", True),
        ("what would 3.5 per cent of gdp be worth", True),
        ("how much is one percentage point of gdp worth", True),
        ("what % of gdp is it worth", False),
        ("how much is 5% of gdp worth as a share of gdp", False),
    ],
)
def test_gdp_named_only_by_a_typed_figure(words, typed):
    assert _gdp_only_of_a_typed_figure(tuple(words.split())) is typed


def test_a_stated_share_of_the_total_is_shown_beside_the_tables_working_when_they_differ(engine):
    answer = engine.ask("europe + canada share of total nato spending in 2024 in %")
    assert answer.values[0] == 36.0  # the article's statement leads
    assert any(abs(value - 34.366) < 0.01 for value in answer.values)  # the tables' cells, divided
    assert "Sources differ" in answer.answer
    assert {fact.subject for fact in answer.beside} == {"European Allies and Canada", "NATO Allies"}
    assert all(fact.citation.cell is None for fact in answer.facts)


def test_a_follow_up_carries_on_from_the_statement_not_the_cells_beside_it(engine):
    previous = engine.ask("what share of NATO spending did the US cover in 2024?")
    assert previous.beside
    assert engine.ask("and europe + canada?", previous).values[:1] == [36.0]


def test_a_share_asked_of_the_article_alone_is_not_worked_out(engine):
    answer = engine.ask("what share of alliance spending came from europe and canada in 2024 according to the article")
    assert not answer.beside
