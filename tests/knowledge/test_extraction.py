"""Automatic fact extraction: the seed article's figures, a new document, and the Hague summit summary."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.lexicon import EUROPE_AND_CANADA, NATO_ALLIES, UNITED_STATES
from knowledge.models import Unit
from knowledge.phrasing import format_number
from knowledge.snapshot import build_knowledge_base

NATO_SOURCES = Path(os.environ.get("NATO_SOURCES") or Path(__file__).resolve().parents[3] / "shared" / "sources")
SHARED_HAGUE = NATO_SOURCES / "hague-summit-2025.md"


def only(facts):
    assert len(facts) == 1, facts
    return facts[0]


def test_us_share(article_kb, find_facts):
    fact = only(find_facts(article_kb, measure="share_of_alliance_spending", subject=UNITED_STATES))
    assert fact.value == 64
    assert fact.unit is Unit.PERCENT
    assert fact.period == "2024"
    assert fact.estimate is True
    assert "estimated 64%" in fact.citation.quote
    assert fact.citation.locator == "paragraph 4, sentence 1"


def test_europe_and_canada_share(article_kb, find_facts):
    fact = only(find_facts(article_kb, measure="share_of_alliance_spending", subject=EUROPE_AND_CANADA))
    assert fact.value == 36
    assert fact.unit is Unit.PERCENT
    assert fact.period == "2024"
    assert fact.estimate is False
    assert "36%" in fact.citation.quote


def test_real_terms_increase_in_defence_investment(article_kb, find_facts):
    fact = only(find_facts(article_kb, measure="real_change_defence_investment"))
    assert fact.subject == EUROPE_AND_CANADA
    assert fact.value == 19.4
    assert fact.unit is Unit.PERCENT
    assert fact.period == "2024"
    assert "19.4% real-term increase" in fact.citation.quote


def test_members_meeting_target(article_kb, find_facts):
    fact = only(find_facts(article_kb, measure="members_meeting_target"))
    assert fact.subject == NATO_ALLIES
    assert (fact.value, fact.total) == (22, 32)
    assert fact.unit is Unit.COUNT
    assert fact.period == "2024"
    assert "22 of NATO’s 32 member states" in fact.citation.quote


def test_membership(article_kb, find_facts):
    fact = only(find_facts(article_kb, measure="membership"))
    assert fact.subject == NATO_ALLIES
    assert fact.value == 32
    assert fact.unit is Unit.COUNT
    assert "32 member states" in fact.citation.quote


def test_current_two_percent_target(article_kb, find_facts):
    fact = only(find_facts(article_kb, measure="spending_target", value=2.0))
    assert fact.unit is Unit.PERCENT_OF_GDP
    assert fact.period == "current"
    assert "at least" in fact.qualifiers
    assert "current" in fact.qualifiers
    assert not any(q.startswith("proposed by") for q in fact.qualifiers)
    assert "at least 2% of GDP" in fact.citation.quote


def test_trump_five_percent_proposal(article_kb, find_facts):
    fact = only(find_facts(article_kb, measure="spending_target", value=5.0))
    assert fact.unit is Unit.PERCENT_OF_GDP
    proposers = [q for q in fact.qualifiers if q.startswith("proposed by")]
    assert len(proposers) == 1
    assert "Donald Trump" in proposers[0]
    assert "5% of their gross domestic product" in fact.citation.quote
    assert fact.period != "current"
    assert "current" not in fact.qualifiers


def test_secretary_general(article_kb, find_facts):
    fact = only(find_facts(article_kb, measure="role_secretary_general"))
    assert fact.subject == NATO_ALLIES
    assert fact.text == "Mark Rutte"
    assert fact.unit is Unit.TEXT
    assert "Secretary-General Mark Rutte" in fact.citation.quote


def test_visiting_washington(article_kb, find_facts):
    fact = only(find_facts(article_kb, measure="visiting"))
    assert fact.subject == "Mark Rutte"
    assert fact.text == "Washington"
    assert fact.citation.quote.startswith("Currently visiting Washington")


def test_quantum_leap_call(article_kb, find_facts):
    calls = [fact for fact in find_facts(article_kb, measure="called_for", subject="Mark Rutte")]
    quantum = [fact for fact in calls if "quantum leap" in (fact.text or "")]
    assert quantum, calls
    assert all('"quantum leap"' in fact.citation.quote for fact in quantum)


def test_every_fact_quote_is_verbatim_at_its_span(article_kb):
    assert len(article_kb.facts) >= 10
    for fact in article_kb.facts:
        text = article_kb.texts[fact.citation.document]
        span = fact.citation.span
        assert span is not None
        assert text[span.start : span.end] == fact.citation.quote, fact
        assert fact.citation.quote.strip() == fact.citation.quote


def test_every_numeric_fact_states_its_figure_in_its_quote(article_kb):
    for fact in article_kb.facts:
        if fact.value is not None:
            assert format_number(fact.value) in fact.citation.quote, fact
        if fact.total is not None:
            assert format_number(fact.total) in fact.citation.quote, fact


def test_no_figure_is_invented(article_kb):
    values = {fact.value for fact in article_kb.facts if fact.value is not None}
    assert values == {64, 36, 19.4, 22, 32, 2, 5}


NEW_ARTICLE = (
    "Alliance burden-sharing in 2019\n"
    "\n"
    "In 2019, the United States accounted for 69% of alliance spending. "
    "Only 9 of the 29 allies met the target of 2% of GDP that year.\n"
)


@pytest.fixture
def new_kb(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "report_2019.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    return build_knowledge_base(folder)


def test_new_document_is_extracted_automatically(new_kb, find_facts):
    share = only(find_facts(new_kb, measure="share_of_alliance_spending"))
    assert (share.subject, share.value, share.period, share.unit) == (UNITED_STATES, 69, "2019", Unit.PERCENT)
    meeting = only(find_facts(new_kb, measure="members_meeting_target"))
    assert (meeting.value, meeting.total, meeting.period) == (9, 29, "2019")
    assert only(find_facts(new_kb, measure="membership")).value == 29
    target = only(find_facts(new_kb, measure="spending_target"))
    assert (target.value, target.unit) == (2, Unit.PERCENT_OF_GDP)
    for fact in new_kb.facts:
        span = fact.citation.span
        assert new_kb.texts["report_2019.txt"][span.start : span.end] == fact.citation.quote
    # no catalog: titled from the file name, with a warning saying so
    assert new_kb.documents[0].title == "report 2019"
    assert any("no catalog entry" in warning.message for warning in new_kb.warnings)


def test_new_document_target_is_not_attributed_to_the_united_states(new_kb, find_facts):
    """'Only 9 of the 29 allies met the target of 2% of GDP': the target is the allies', not the US's.

    The previous sentence is about the United States' share; its subject must not leak onto the target.
    """
    target = only(find_facts(new_kb, measure="spending_target"))
    assert target.subject == NATO_ALLIES


def test_new_document_is_answerable_without_code_change(new_kb):
    engine = Engine(new_kb)
    answer = engine.ask("what share of alliance spending did the US pay in 2019?")
    assert answer.answered
    assert 69 in answer.values
    answer = engine.ask("how many allies met the 2% target in 2019?")
    assert answer.answered
    assert 9 in answer.values


@pytest.fixture
def hague_kb(tmp_path):
    if not SHARED_HAGUE.exists():
        pytest.skip("../shared/sources/hague-summit-2025.md is not present")
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SHARED_HAGUE, folder / SHARED_HAGUE.name)
    return build_knowledge_base(folder)


def test_hague_summit_metadata_from_front_matter(hague_kb):
    document = only(hague_kb.documents)
    assert document.title.startswith("The Hague Summit 2025")
    assert document.published == "2025-06-25"
    assert document.url and document.url.startswith("https://www.nato.int/")
    assert document.publisher and document.publisher.startswith("NATO")


def test_hague_five_percent_by_2035(hague_kb, find_facts):
    fact = only(find_facts(hague_kb, measure="spending_target", value=5.0))
    assert fact.unit is Unit.PERCENT_OF_GDP
    assert fact.period == "2035"
    assert "deadline" in fact.qualifiers
    assert "5% of GDP" in fact.citation.quote and "by 2035" in fact.citation.quote


def test_hague_core_and_related_components(hague_kb, find_facts):
    core = only(find_facts(hague_kb, measure="target_component", value=3.5))
    related = only(find_facts(hague_kb, measure="target_component", value=1.5))
    assert core.unit is related.unit is Unit.PERCENT_OF_GDP
    assert "at least" in core.qualifiers
    assert any(q.startswith("for core defence") for q in core.qualifiers)
    assert "up to" in related.qualifiers
    assert any("security-related" in q for q in related.qualifiers)


def test_hague_two_percent_guideline_of_2014(hague_kb, find_facts):
    fact = only(find_facts(hague_kb, measure="spending_target", value=2.0))
    assert fact.period == "2014"
    assert "replaced" in fact.qualifiers
    assert "Wales Summit in 2014" in fact.citation.quote


def test_hague_quotes_are_verbatim(hague_kb):
    for fact in hague_kb.facts:
        span = fact.citation.span
        assert hague_kb.texts[fact.citation.document][span.start : span.end] == fact.citation.quote


@pytest.mark.parametrize(
    ("sentence", "membership"),
    [
        ("NATO has 32 members.", [32.0]),
        ("The alliance now has 32 member countries.", [32.0]),
        ("In 2024, 23 member states met the 2% target.", []),
        ("By the end of April, **16** member states had asked for the clause to be activated.", []),
    ],
)
def test_only_a_count_of_all_members_is_the_membership(build_note, sentence: str, membership: list[float]) -> None:
    """'NATO has 32 members' states the membership; '16 member states had asked …' counts some of them."""
    facts = build_note(sentence)
    assert [fact.value for fact in facts if fact.measure == "membership"] == membership
