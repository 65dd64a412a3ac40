"""A list or paragraph whose entries open on their own date ('- **27 February 2022 – Germany:** …', 'July 2023 –
Vilnius summit: …') dates every figure of the entry that names no year of its own, not the document's year nor
another entry's (hold-out 52)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from knowledge.doc_context import dated_lead
from knowledge.engine import Engine
from knowledge.models import Fact
from knowledge.snapshot import build_knowledge_base

TIMELINE = (
    "# A spending timeline\n"
    "\n"
    "## The pledge and the shock\n"
    "\n"
    "- **September 2014 – Wales summit:** Meeting on 4–5 September, Allies adopt the Defence "
    "Investment Pledge: move towards spending 2% of GDP on defence by 2024. Only 3 of the 28 "
    "Allies were at 2% that year.\n"
    "\n"
    "- **27 February 2022 – Germany:** Chancellor Olaf Scholz tells the Bundestag that Germany "
    "will create a EUR 100 billion special fund for the Bundeswehr.\n"
    "\n"
    "- **4 April 2023 – Finland:** Finland becomes NATO's 31st member.\n"
    "\n"
    "- **July 2024 – Washington summit:** Meeting in Washington, Allies pledge a minimum "
    "baseline of EUR 40 billion a year in military support for Ukraine.\n"
    "\n"
    "- **5 March 2025 – China:** The defence budget is raised by 7.2% to CNY 1.78 trillion, "
    "matching the previous year's rise.\n"
    "\n"
)


@pytest.fixture(scope="module")
def timeline(build_note: Callable[..., list[Fact]]) -> list[Fact]:
    entry = 'title = "A spending timeline"\npublished = "2025-10-06"\nperiod = "2014-2025"'
    return build_note(TIMELINE, name="timeline.md", catalog=entry)


def _figure(facts: list[Fact], subject: str, value: float) -> Fact:
    found = [f for f in facts if f.subject == subject and f.value == value and f.measure_kind != "date"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "year", "label"),
    [
        ("- **September 2014 – Wales summit:** Meeting on …", 2014, "Wales summit"),
        ("- **27 February 2022 – Germany:** After …", 2022, "Germany"),
        ("July 2023 – Vilnius summit: Allies agree …", 2023, "Vilnius summit"),
        ("**24–25 June 2025 – The Hague summit:** Allies commit …", 2025, "The Hague summit"),
        ("- **5 September 2014 — Wales Summit, Newport.** Allies adopt …", 2014, "Wales Summit, Newport"),
        ('- **27 February 2022 – "Zeitenwende".** German Chancellor …', 2022, '"Zeitenwende"'),
        ("- **4 April 2023** – Finland becomes NATO's 31st member.", 2023, ""),
    ],
)
def test_a_dated_lead_is_read(text: str, year: int, label: str) -> None:
    lead = dated_lead(text)
    assert lead is not None and (lead.year, lead.label) == (year, label)


@pytest.mark.parametrize(
    "text",
    [
        "2024 – 2025: both years",
        "- **2023:** PLN 137.4 billion",
        "Cost 2023 – x: y",
        "July 2023 – Vilnius summit. Allies agree …",  # a full stop ends a label only in bold
        "- 4 April 2023 – Finland becomes …",
    ],
)
def test_no_dated_lead(text: str) -> None:
    assert dated_lead(text) is None


def test_a_figure_naming_no_year_is_of_its_entry_s_date(timeline: list[Fact]) -> None:
    assert _figure(timeline, "Germany", 100).period == "2022"
    assert _figure(timeline, "Finland", 31).period == "2023"


def test_that_year_after_a_deadline_is_the_entry_s_year(timeline: list[Fact]) -> None:
    assert _figure(timeline, "NATO Allies", 3).period == "2014"


def test_the_previous_year_counts_from_the_entry_and_is_only_compared_with(timeline: list[Fact]) -> None:
    assert _figure(timeline, "China", 7.2).period == "2025"
    assert _figure(timeline, "China", 1.78).period == "2025"


CHRONOLOGY = (
    "# Milestones of the alliance's spending\n"
    "\n"
    "## Years of war in Europe (2008–2012)\n"
    "\n"
    "- **3–4 Apr 2009** — Strasbourg Summit; leaders mark the alliance's 60th anniversary.\n"
    "- **19–20 Nov 2010** — Lisbon Summit adopts a new Strategic Concept.\n"
    "- **2–3 Jun 2011** — Berlin Leaders' Meeting; only 4 Allies meet 2% this year.\n"
    "- **5 May 2012** — A new fund of EUR 2 billion for joint projects is launched.\n"
    "- **6–7 Jul 2013** — Rome Summit; a new readiness plan; Norway and Denmark are invited to lead it.\n"
)


@pytest.fixture(scope="module")
def chronology(build_note: Callable[..., list[Fact]]) -> list[Fact]:
    entry = 'title = "Milestones of NATO spending"\npublished = "2025-07-01"\nperiod = "2008-2012"'
    return build_note(CHRONOLOGY, name="milestones.md", catalog=entry)


def test_a_capital_naming_a_summit_is_where_it_met_not_who_acted(chronology: list[Fact]) -> None:
    """'Lisbon Summit adopts …', "Berlin Leaders' Meeting; …": the entry's date is the alliance's, not Portugal's or
    Germany's."""
    dated = {fact.value: fact.subject for fact in chronology if fact.measure_kind == "date"}
    assert dated[2010] == "NATO Allies"
    assert dated[2011] == "NATO Allies"
    assert dated[2013] == "NATO Allies"  # nor of those a later part of the entry names


def test_a_heading_naming_a_place_as_where_events_happened_names_no_subject(chronology: list[Fact]) -> None:
    """'## Years of war in Europe (2008–2012)': the entries under it are not Europe's."""
    assert all(fact.subject != "Europe" for fact in chronology)


ABBREVIATED = (
    "# Air defence timeline\n"
    "\n"
    "- **14 Mar 2023** — Holm says Denmark will invest DKK 5 billion in air defence this year.\n"
    "- **2 Oct 2023** — Norway announces NOK 4 billion for air defence.\n"
)


def test_an_entry_s_abbreviated_month_is_the_month_a_question_names(tmp_path: Path) -> None:
    """'In March 2023, how much did Holm say …?' is answered by the entry dated '14 Mar 2023'."""
    (tmp_path / "pledges.md").write_text(ABBREVIATED, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["pledges.md"]\ntitle = "Air defence timeline"\npublished = "2024-01-10"\n')
    engine = Engine(build_knowledge_base(tmp_path))
    answer = engine.ask("In March 2023, how much did Holm say Denmark would invest in air defence?")
    assert answer.answered and answer.values[:1] == [5.0]
