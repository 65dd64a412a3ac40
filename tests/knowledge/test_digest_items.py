"""An e-mail digest's numbered items ('1) FINLAND: border fund grows to EUR 3 billion' over its story, a blank line
between) and the 'Read more: …' line under each: the headline heads the item's sentences and states its figures, of
the one its label names; the line pointing on to the full story is a headline of the item above, its figures the
item's own as the item states them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from knowledge.doc_context import follow_on_line, headline_label
from knowledge.engine import Engine
from knowledge.models import Fact
from knowledge.snapshot import build_knowledge_base

DIGEST = (
    "NORTHERN BUDGET LETTER — Issue 40\n"
    "Friday, 14 February 2025\n"
    "\n"
    "Good morning. Two capitals this week.\n"
    "\n"
    "----------------------------------------\n"
    "\n"
    "1) FINLAND: Estonia support fund grows to EUR 3 billion\n"
    "\n"
    "Ministers agreed on 3 February 2025 to raise the fund by EUR 1 billion. The money goes to "
    "joint air defence.\n"
    "\n"
    "Read more: Why Finland's EUR 3 billion fund matters\n"
    "\n"
    "----------------------------------------\n"
    "\n"
    "2) BELGIUM: 2.5% of GDP from 2026, financed with EUR 4 billion of bonds\n"
    "\n"
    "The government said on 10 February 2025 that spending will rise from 1.3% of GDP now. "
    "Around EUR 4 billion will be raised over five years.\n"
    "\n"
    "Read more: Belgium's path to 7% and other teasers\n"
)


@pytest.fixture(scope="module")
def digest(build_note: Callable[..., list[Fact]]) -> list[Fact]:
    return build_note(DIGEST, name="letter.txt", published="2025-02-14")


def _quoted(facts: list[Fact], opening: str) -> list[Fact]:
    return [fact for fact in facts if fact.citation.quote.startswith(opening)]


def test_a_numbered_headline_standing_apart_states_its_figures_of_its_label(digest: list[Fact]) -> None:
    headline = _quoted(digest, "1) FINLAND")
    money = [fact for fact in headline if fact.measure_kind == "money"]
    assert [(fact.subject, fact.value) for fact in money] == [("Finland", 3.0)]


def test_a_headline_s_year_is_its_figure_s_not_the_item_s(digest: list[Fact]) -> None:
    """'2.5% of GDP from 2026' in the headline: the sentences under it speak of their own year, not 2026."""
    (now,) = [fact for fact in digest if fact.value == 1.3]
    assert (now.subject, now.period) == ("Belgium", "2025")


def test_a_read_more_line_restates_the_item_s_figure(digest: list[Fact]) -> None:
    restated = _quoted(digest, "Read more: Why Finland")
    assert [(fact.subject, fact.value) for fact in restated] == [("Finland", 3.0)]


def test_a_read_more_line_s_figure_the_item_does_not_state_is_left_out(digest: list[Fact]) -> None:
    assert _quoted(digest, "Read more: Belgium") == []


@pytest.mark.parametrize(
    ("text", "pointing_on"),
    [
        ("Read more: Inside the new loan", True),
        ("➜ **Read more:** What the deal means", True),
        ("See also: the 2024 figures", True),
        ("Spending: EUR 4 billion", False),
        ("Read more about the plan", False),
    ],
)
def test_a_line_pointing_on_to_the_full_story(text: str, pointing_on: bool) -> None:
    assert follow_on_line(text) is pointing_on


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("1) NORWAY: Ukraine aid more than doubles", "NORWAY"),
        ("3. SAFE: EUR 150 BILLION IN LOANS", "SAFE"),
        ("2) Denmark: a new fund", None),
        ("- NORWAY: aid doubles", None),
    ],
)
def test_a_digest_headline_s_label(text: str, label: str | None) -> None:
    assert headline_label(text) == label


def test_what_an_ally_aims_to_spend_is_its_goal(tmp_path: Path) -> None:
    """'What share of GDP does Estonia aim to spend by 2029?' asks the goal the item states ('the new goal is …')."""
    text = (
        "BALTIC LETTER\n\n3) ESTONIA: a bigger budget\n\nSpending is now 3.4% of GDP; the new goal is 3.8% by 2029.\n"
    )
    (tmp_path / "letter.txt").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["letter.txt"]\ntitle = "Budget letter"\npublished = "2025-02-14"\n')
    answer = Engine(build_knowledge_base(tmp_path)).ask("What share of GDP does Estonia aim to spend by 2029?")
    assert answer.answered and answer.values[:1] == [3.8]


def test_a_projection_never_answers_what_is_spent_today(tmp_path: Path) -> None:
    """'How much does Finland spend on defence today?' is not answered by what a plan would bring in 2031."""
    text = (
        "NORDIC LETTER\n\n5) FINLAND: a longer plan\n\n"
        "The plan would take the defence budget to about EUR 9 billion in 2031, some EUR 2 billion more than "
        "the current plan foresees for that year.\n"
    )
    (tmp_path / "letter.txt").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["letter.txt"]\ntitle = "Nordic letter"\npublished = "2025-02-14"\n')
    engine = Engine(build_knowledge_base(tmp_path))
    assert not engine.ask("How much does Finland spend on defence today?").answered
    assert engine.ask("How large would Finland's defence budget be in 2031?").values[:1] == [9.0]


def test_a_part_of_a_goal_dated_by_its_deadline_still_answers_now(tmp_path: Path) -> None:
    """'Up to 1.5% of GDP goes to resilience spending', under '5% of GDP by 2035': a part of a goal set now, its year
    the goal's deadline, answers what may go on it now."""
    text = (
        "# The pledge\n\nAllies agreed to invest 5% of GDP in defence by 2035. Up to 1.5% of GDP goes to "
        "resilience spending, such as protecting critical infrastructure.\n"
    )
    (tmp_path / "pledge.md").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["pledge.md"]\ntitle = "The pledge"\npublished = "2025-06-26"\n')
    engine = Engine(build_knowledge_base(tmp_path))
    assert engine.ask("How much of GDP can go on resilience spending now under the pledge?").values[:1] == [1.5]


def test_a_sentence_telling_the_present_beside_a_later_year_answers_now(tmp_path: Path) -> None:
    """'… will rise to 2.6% of GDP from 2028, up from 2.2% now': the sentence tells the present too."""
    text = "# Budget note\n\nThe Netherlands said spending will rise to 2.6% of GDP from 2028, up from 2.2% now.\n"
    (tmp_path / "note.md").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["note.md"]\ntitle = "Budget note"\npublished = "2025-03-01"\n')
    engine = Engine(build_knowledge_base(tmp_path))
    answer = engine.ask("What is the Netherlands spending on defence now as a share of GDP?")
    assert answer.answered and 2.2 in answer.values
