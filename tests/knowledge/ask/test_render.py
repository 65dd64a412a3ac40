"""Rendering: a draft becomes an answer citing every fact it uses; a refusal passes through unchanged."""

from __future__ import annotations

import pytest

from knowledge import phrasing
from knowledge.ask.dates import only_dates
from knowledge.ask.render import bold_once
from knowledge.ask.types import Draft
from knowledge.engine import Engine
from knowledge.models import Answer, Band, Citation, Fact, Unit
from knowledge.snapshot import build_knowledge_base


def test_a_draft_cites_every_fact(engine):
    row = engine.index.latest_row("share_of_gdp", "Poland", [])
    answer = engine.render.finish(Draft("q", ["line"], "4.12%", [row], values=[row.value], confidence=0.8))
    assert answer.answered and answer.band is Band.ANSWER
    assert answer.answer == "line" and answer.facts == [row]
    assert [citation.locator for citation in answer.citations] == [row.citation.locator]


def test_a_refusal_is_already_an_answer(engine):
    refusal = Answer(question="q", answered=False, band=Band.UNKNOWN, answer="I don't know that.", confidence=0.0)
    assert engine.render.finish(refusal) is refusal


@pytest.mark.parametrize(
    ("sentence", "figure", "shown"),
    [
        (
            "Russia's spending was roughly double its 2015 level.",
            "2",
            "Russia's spending was roughly double its 2015 level.",
        ),
        ("Spending grew by 12% and then 2%.", "2%", "Spending grew by 12% and then **2%**."),
        (
            "Aid fell from 0.5% to 0.3% of GNI, and 5% is the target.",
            "5%",
            "Aid fell from 0.5% to 0.3% of GNI, and **5%** is the target.",
        ),
    ],
)
def test_a_figure_is_bolded_only_where_it_stands_whole(sentence: str, figure: str, shown: str) -> None:
    assert bold_once(sentence, figure) == shown


def test_a_sentence_stating_only_dates_is_its_own_citation():
    assert only_dates("The next NATO summit will be held in Ankara, Türkiye, on 7-8 July 2026.")
    assert not only_dates("Allies agreed to spend 5% of GDP by 2035.")


def test_the_year_asked_is_the_answers_figure_in_bold(engine):
    answer = engine.ask("the old 2% guideline, what year was that agreed?")
    assert answer.answered and 2014 in answer.values
    assert "**2014**" in answer.answer.partition("\n")[0]


def test_a_fact_not_recognised_with_confidence_is_stated_in_its_own_words():
    quote = "So the count this morning: 31 of 32 allies are fully on board with the core target."
    fact = Fact(
        id="on-board",
        subject="NATO Allies",
        measure="members_meeting_target",
        value=31,
        total=32,
        unit=Unit.COUNT,
        period="2025",
        measure_text="31 of 32 allies are fully on board with the core target.",
        measure_kind="count",
        recognised=False,
        citation=Citation(document="live.md", locator="paragraph 11", quote=quote),
    )
    stated = phrasing.statement(fact)
    assert "met the target" not in stated and "fully on board with the core target" in stated
    assert "met the target" in phrasing.statement(fact.model_copy(update={"recognised": True}))


def test_where_an_event_took_place_is_answered_with_its_year_in_bold(engine):
    answer = engine.ask("which earlier guideline does the 5% replace, and where was it agreed?")
    assert answer.answered and 2014 in answer.values and "Wales" in answer.answer


@pytest.mark.parametrize(
    ("amount", "currency", "written"),
    [
        (5e10, "US$", "US$50.0 billion"),
        (5e10, "DKK", "50.0 billion DKK"),
        (5e10, None, "50.0 billion (currency not stated)"),
    ],
)
def test_an_amount_without_a_currency_is_never_written_in_dollars(amount, currency, written):
    assert phrasing.format_money(amount, currency) == written


def test_each_date_of_a_sentence_is_bolded_once(tmp_path):
    """'on 6 November 2025 … the third quarter of 2025': the date whole in bold once, never its year bolded again
    inside it ('**6 November **2025****')."""
    (tmp_path / "release.txt").write_text(
        "On 6 November 2025 the company published its results for the third quarter of 2025, with sales of "
        "EUR 2.46 billion.\n",
        encoding="utf-8",
    )
    (tmp_path / "catalog.toml").write_text('["release.txt"]\ntitle = "Results"\npublished = "2025-11-06"\n', "utf-8")
    engine = Engine(build_knowledge_base(tmp_path))
    sentence = next(found for found in engine.sentences.sentences if "6 November" in found.text)
    answer = engine.render.sentence("when were the results published?", sentence, [], dates=True)
    assert "**6 November 2025**" in answer.answer and "****" not in answer.answer
