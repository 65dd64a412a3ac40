"""A slide deck exported as text read as decks write: a slide's number and title on one line heading its bullets, a
country's two-letter code labelling a bullet, two levels an arrow joins dated by the span a heading's arrow names (and
carried to later slides naming no other year, for the same kind of level), by the years an arrow joins after them, or
left undated; counts an arrow chains each of its year; an institute labelling its year as the source, a year before a
plan a label names dating its figures, a date stamp in brackets, an amount in brackets after a year, '4th-largest' as a
place, '≈' as approximate and 'Europe + Canada' as the group; and two levels never answering a change asked in
points."""

from __future__ import annotations

import pytest

from knowledge.cues import cues
from knowledge.engine import Engine
from knowledge.figures import tokenize
from knowledge.mentions import entity_mentions, lines_labelled_by_codes
from knowledge.models import Fact
from knowledge.readers.prose import read_prose
from knowledge.sentence import Context, SentenceReader
from knowledge.snapshot import build_knowledge_base

DECK = (
    "# Readiness deck (text export): southern flank spending, 2015–2025\n\n"
    "Slide 1 — Overview\n"
    "- Internal note for the working group\n\n"
    "Slide 2 — Southern Allies and the Balkans (share of GDP, 2015 → 2024e)\n"
    "- PT: 1.31% → 1.55%\n"
    "- GR: 2.31% → 3.08%\n"
    "- IT: 1.01% → 1.46% (still short)\n\n"
    "Speaker notes: Greece has been above the guideline throughout.\n\n"
    "Slide 3 — Funding choices\n"
    "- RO: 1.45% → 2.25%\n"
    "- BG aid cut: 0.7% → 0.4% of GNI\n\n"
    "Slide 4 — Plans\n"
    "- SK 2025 plan: 2.2% of GDP, EUR 3.1bn\n"
    "- Europe + Canada: +9% real in 2024\n\n"
    "Slide 5 — Greece: the steady spender\n"
    "- SIPRI 2024: $8.1bn, +11%\n"
    "- HR: 1.62% → 1.81%\n"
)


@pytest.fixture(scope="module")
def deck(build_note) -> list[Fact]:
    return build_note(DECK, name="deck.md", published="2025-03-03")


def of(facts: list[Fact], subject: str) -> list[tuple[float | None, str | None, str]]:
    return sorted((fact.value, fact.period, fact.measure_kind) for fact in facts if fact.subject == subject)


def names(sentence: str, *, word_codes: bool = True) -> list[str]:
    return [mention.name for mention in entity_mentions(tokenize(sentence), cues(), word_codes=word_codes)]


def test_a_slide_s_number_and_title_on_one_line_head_its_bullets() -> None:
    prose = read_prose(DECK, markdown=True)
    headings = [prose.quote(block.span) for block in prose.blocks if block.heading]
    assert "Slide 2 — Southern Allies and the Balkans (share of GDP, 2015 → 2024e)" in headings
    bullets = [prose.quote(block.span) for block in prose.blocks if not block.heading]
    assert "- PT: 1.31% → 1.55%" in bullets


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("- PT: 1.31% → 1.55%", ["Portugal"]),
        ("- IT: 1.01% → 1.46%", ["Italy"]),  # a code that is also a word: right before its label's colon
        ("- SK 2025 plan: 2.2% of GDP", ["Slovakia"]),
        ("- RO armed-forces budget 2025: €8bn", ["Romania"]),
        ("- SIPRI: GR $8.1bn in 2024", ["SIPRI", "Greece"]),
        ("IT systems: €2bn a year", []),  # a word in capitals, no country
        ("- IT budget 2025: €2bn", []),
        ("Spending rose in PT and GR last year.", []),  # codes only label a deck's or a table's lines
    ],
)
def test_a_two_letter_code_names_its_country_only_as_a_label(sentence: str, expected: list[str]) -> None:
    assert names(sentence) == expected


def test_a_code_that_is_a_word_names_its_country_only_where_codes_label_the_document_s_lines() -> None:
    assert names("- IT: €2bn for cloud services", word_codes=False) == []
    assert names("- PT: 1.31% → 1.55%", word_codes=False) == ["Portugal"]
    assert lines_labelled_by_codes(DECK)
    assert not lines_labelled_by_codes("Budget lines\n- Personnel: €20bn\n- IT: €2bn\n- NO: none\n")


def test_levels_an_arrow_joins_are_of_the_ends_of_the_span_the_heading_s_arrow_names(deck: list[Fact]) -> None:
    assert of(deck, "Portugal") == [(1.31, "2015", "share_of_gdp"), (1.55, "2024", "share_of_gdp")]
    assert of(deck, "Italy")[:2] == [(1.01, "2015", "share_of_gdp"), (1.46, "2024", "share_of_gdp")]


def test_a_deck_s_arrowed_span_carries_to_a_later_slide_for_the_same_kind_of_level(deck: list[Fact]) -> None:
    assert of(deck, "Romania") == [(1.45, "2015", "share_of_gdp"), (2.25, "2024", "share_of_gdp")]
    assert of(deck, "Croatia") == [(1.62, "2015", "share_of_gdp"), (1.81, "2024", "share_of_gdp")]


def test_an_arrowed_level_of_another_kind_and_no_span_is_of_no_time(deck: list[Fact]) -> None:
    assert [(fact.value, fact.measure_kind) for fact in deck if fact.subject == "Bulgaria" and fact.period is None] == [
        (0.7, "share_of_total")
    ]


def test_arrowed_levels_with_no_span_told_never_share_one_year() -> None:
    context = Context(gdp_shares=True, sentence_period="2024")
    reader = SentenceReader("- PT: 1.31% → 1.55%", context, 2025)
    assert [(stated.figure.value, stated.timeless) for stated in reader.statements()] == [(1.31, True), (1.55, False)]


def test_a_share_an_arrow_leads_to_names_the_base_of_both_levels() -> None:
    context = Context(gdp_shares=True, subject="Portugal", paragraph_subject="Portugal", move_span="2015-2024")
    reader = SentenceReader("- Grant cut: 0.7% → 0.4% of GNI", context, 2025)
    assert {stated.kind for stated in reader.statements()} == {"share_of_total"}


def test_a_year_before_the_plan_a_label_names_dates_its_figures(deck: list[Fact]) -> None:
    assert of(deck, "Slovakia") == [(2.2, "2025", "share_of_gdp"), (3.1, "2025", "money")]


def test_an_institute_labelling_its_year_is_the_source_the_slide_s_country_the_subject(deck: list[Fact]) -> None:
    greek = {fact.value: fact for fact in deck if fact.subject == "Greece"}
    assert (greek[8.1].period, greek[8.1].cited_source) == ("2024", "SIPRI")
    assert greek[11.0].measure_kind == "change"
    assert not [fact for fact in deck if fact.subject == "SIPRI"]


def test_europe_plus_canada_is_the_group_and_a_signed_percentage_its_change(deck: list[Fact]) -> None:
    assert of(deck, "European Allies and Canada") == [(9.0, "2024", "change")]


@pytest.mark.parametrize("sign", ["≈", "~"])
def test_an_approximately_sign_makes_the_figure_approximate(sign: str) -> None:
    context = Context(gdp_shares=True, subject="Greece", paragraph_subject="Greece")
    reader = SentenceReader(f"- Spending 2024: {sign} €7.9bn", context, 2025)
    assert [(stated.figure.value, stated.qualifiers) for stated in reader.statements()] == [(7.9, ["approximate"])]


@pytest.mark.parametrize("years", ["(2023 → 2024)", "(2023e → 2024 budget)"])
def test_levels_an_arrow_joins_before_years_an_arrow_joins_are_each_of_its_year(years: str) -> None:
    context = Context(gdp_shares=True)
    reader = SentenceReader(f"• Portugal: 1.4% → 1.6% of GDP {years}", context, 2025)
    assert [(stated.figure.value, stated.period) for stated in reader.statements()] == [(1.4, "2023"), (1.6, "2024")]


def test_a_date_stamp_in_brackets_after_a_figure_is_not_its_time() -> None:
    context = Context(gdp_shares=True)
    reader = SentenceReader("- SK 2026–2029: 3–4% of GDP a year (agreed 14 Mar 2025)", context, 2025)
    assert {stated.period for stated in reader.statements()} == {"2026-2029"}


def test_an_arrowed_move_in_a_document_on_one_year_is_from_the_year_before(build_note) -> None:
    text = "# Thread: this year's arms data\n\nThe world's military burden went 1.8% → 2.1%. Another record.\n"
    catalog = 'title = "Thread"\npublished = "2025-05-02"\nperiod = "2024"'
    facts = build_note(text, name="thread.md", catalog=catalog)
    assert sorted((fact.value, fact.period) for fact in facts) == [(1.8, "2023"), (2.1, "2024")]


def test_two_levels_of_a_share_never_answer_a_change_asked_in_points(tmp_path) -> None:
    (tmp_path / "deck.md").write_text(DECK, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["deck.md"]\ntitle = "Deck"\npublished = "2025-03-03"\n', encoding="utf-8")
    engine = Engine(build_knowledge_base(tmp_path))
    change = engine.compute("By how many percentage points did Portugal raise its share of GDP between 2015 and 2024?")
    assert 1.31 not in change.values and 1.55 not in change.values
    level = engine.compute("What share of GDP did Portugal spend on defence in 2015?")
    assert level.values == [1.31]


def test_counts_an_arrow_chains_under_a_label_with_a_threshold_are_each_of_their_own_year() -> None:
    line = "- Allies at or above 3% of GDP: 2 (2015) → 4 (2019) → 9 of 32 (2024e)"
    reader = SentenceReader(line, Context(gdp_shares=True), 2025)
    counts = [(stated.figure.value, stated.period) for stated in reader.statements() if stated.kind == "count"]
    assert counts == [(2.0, "2015"), (4.0, "2019"), (9.0, "2024"), (32.0, "2024")]


def test_a_bare_number_after_an_arrow_from_no_count_is_no_count() -> None:
    reader = SentenceReader("- Budget: €5bn (2019) → 7 (2024)", Context(subject="Greece"), 2025)
    assert 7.0 not in [stated.figure.value for stated in reader.statements() if stated.kind == "count"]


def test_an_amount_in_brackets_right_after_a_year_is_that_year_s() -> None:
    context = Context(subject="Greece", paragraph_subject="Greece")
    reader = SentenceReader("- GR: €9bn by 2028 = 2× 2019 (€4.5bn)", context, 2025)
    assert [(stated.figure.value, stated.period) for stated in reader.statements()] == [(9.0, "2028"), (4.5, "2019")]


def test_a_place_an_equals_sign_joins_to_the_level_an_arrow_reached_is_of_the_year_reached() -> None:
    context = Context(gdp_shares=True, move_span="2015-2024")
    reader = SentenceReader("- GR: 2.31% → 3.08% = #2 in NATO", context, 2025)
    assert [(stated.figure.value, stated.period) for stated in reader.statements()] == [
        (2.31, "2015"),
        (3.08, "2024"),
        (2.0, "2024"),
    ]


def test_a_date_stamp_dates_a_figure_nothing_else_dates() -> None:
    context = Context(subject="Greece", paragraph_subject="Greece")
    reader = SentenceReader("- Readiness fund: €20bn (Mitsotakis, 3 Apr 2023)", context, 2025)
    assert [(stated.figure.value, stated.period) for stated in reader.statements()] == [(20.0, "2023")]


def test_an_ordinal_in_digits_joined_to_its_superlative_is_a_place_as_in_words() -> None:
    context = Context(subject="Greece", paragraph_subject="Greece", section_subject="Greece")
    reader = SentenceReader("- SIPRI 2024: $8.1bn → 12th-largest spender in Europe", context, 2025)
    assert [(stated.figure.value, stated.kind) for stated in reader.statements()] == [(8.1, "money"), (12.0, "rank")]
