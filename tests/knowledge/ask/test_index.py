"""The fact index: look-ups by measure, subject and period, and the canonical question of a fact."""

from __future__ import annotations

from knowledge.ask.index import FactIndex


def test_the_index_holds_only_answerable_facts(seed_kb):
    index = FactIndex(seed_kb)
    assert index.facts == [fact for fact in seed_kb.facts if not fact.low_trust and not fact.open_only]
    assert sum(len(facts) for facts in index.by_measure.values()) == len(index.facts)


def test_a_countrys_latest_row_and_a_year_outside_the_tables(engine):
    row = engine.index.latest_row("share_of_gdp", "Poland", [])
    assert (row.period, row.citation.cell) == ("2024", "N32")
    assert engine.index.latest_row("share_of_gdp", "Poland", [2013]) is None


def test_the_column_asked_for(engine):
    periods = engine.index.periods("share_of_gdp")
    assert periods[0] == "2014" and periods[-1] == "2024"
    assert engine.index.table_period("share_of_gdp", []) == "2024"
    assert engine.index.table_period("share_of_gdp", [2019]) == "2019"


def test_latest_by_measure_gives_one_row_per_subject(engine):
    latest = engine.index.latest_by_measure("share_of_gdp")
    assert len({fact.subject for fact in latest}) == len(latest)
    assert latest is engine.index.latest_by_measure("share_of_gdp")  # computed once


def test_canonical_question(engine):
    row = engine.index.latest_row("share_of_gdp", "Poland", [])
    assert engine.index.canonical_question(row) == "What share of GDP did Poland spend on defence in 2024?"
