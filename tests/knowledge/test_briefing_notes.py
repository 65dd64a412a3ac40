"""Terse briefing notes and slide-like cards: a year written short ("'24"), codes labelling list items, a long Markdown
heading over its bullets, bounds and arrows written as signs, a source in brackets closing a label."""

from __future__ import annotations

from knowledge.figures import tokenize
from knowledge.models import Document, DocumentKind, Fact
from knowledge.open_facts import extract_open_facts
from knowledge.readers.prose import read_prose
from knowledge.sentence import Context, SentenceReader

CARD = (
    "# CABINET NOTE — ALLIED SPENDING\n\n"
    "Note date: 3 Mar 2025\n\n"
    "## Aggregates\n"
    "- Nordic allies: $61bn '23 / +9% real\n"
    "- Alliance burden: 2.7% GDP '23\n"
)


def card_facts(text: str = CARD) -> list[Fact]:
    document = Document(id="card.md", title="Cabinet note", kind=DocumentKind.PROSE, sha256="0" * 64)
    return extract_open_facts(document, read_prose(text))


def test_a_year_written_short_after_an_apostrophe_is_read_whole() -> None:
    words = [token.text for token in tokenize("3 allies '14 → 19 allies '23 (est. Jun '23)")]
    assert words == ["3", "allies", "2014", "→", "19", "allies", "2023", "(", "est.", "Jun", "2023", ")"]


def test_a_quotation_or_a_decade_is_no_short_year() -> None:
    words = [token.text for token in tokenize("the '80s ended; 'item 24' stays")]
    assert "1980" not in words and "2024" not in words


def test_a_bullets_short_year_dates_its_figures() -> None:
    periods = {fact.value: fact.period for fact in card_facts()}
    assert periods[61.0] == "2023"
    assert periods[2.7] == "2023"


CODED_CARD = (
    "# CABINET NOTE — ALLIED SPENDING\n\n"
    "Note date: 3 Mar 2025\n\n"
    "## 1. NATIONAL LINES\n"
    "- DK: 2.4% GDP '23\n"
    "- NL: 1.7% GDP '23\n"
    "## 2. WHO IS WHERE — SHARE OF GDP '23 (ALLIANCE ESTIMATES PUBLISHED IN JULY '23)\n"
    "- Leaders: LT 2.5% | HU 2.4% | SK 2.0%\n"
    "- Laggards: IT 1.4% | BE 1.1% (last)\n"
    "- NO > 1.6% / first time '23\n"
    "## 3. ELSEWHERE\n"
    "- Nordic allies (SIPRI): $61bn '23 / +9% real\n"
    "- HU (SIPRI): $4.4bn '23\n"
    "- RU: ~$109bn '23 / +24%\n"
)


def coded_facts() -> dict[float | None, Fact]:
    return {fact.value: fact for fact in card_facts(CODED_CARD)}


def test_a_markdown_heading_however_long_heads_its_bullets_and_bars_set_items_apart() -> None:
    facts = coded_facts()
    assert [(facts[v].subject, facts[v].period) for v in (2.5, 2.0)] == [("Lithuania", "2023"), ("Slovakia", "2023")]
    assert {fact.subject for fact in card_facts(CODED_CARD) if fact.value == 2.4} == {"Denmark", "Hungary"}


def test_a_code_that_is_a_word_labels_the_figure_after_it_where_codes_label_lines() -> None:
    facts = coded_facts()
    assert (facts[1.4].subject, facts[1.1].subject) == ("Italy", "Belgium")


def test_a_comparison_sign_before_a_figure_is_a_bound() -> None:
    fact = coded_facts()[1.6]
    assert (fact.subject, fact.period, fact.qualifiers) == ("Norway", "2023", ("minimum",))


def test_a_body_in_brackets_closing_a_label_is_the_source_not_the_subject() -> None:
    facts = coded_facts()
    assert facts[61.0].subject != "SIPRI" and facts[61.0].cited_source == "SIPRI"
    assert (facts[4.4].subject, facts[4.4].cited_source, facts[4.4].period) == ("Hungary", "SIPRI", "2023")


def test_a_non_members_code_labels_its_line() -> None:
    fact = coded_facts()[109.0]
    assert (fact.subject, fact.period, fact.measure_kind) == ("Russia", "2023", "money")


def read(sentence: str) -> list[tuple[float, str, str | None, list[str]]]:
    reader = SentenceReader(sentence, Context(gdp_shares=True, word_codes=True), 2025)
    return [(s.figure.value, s.kind, s.period, list(s.qualifiers)) for s in reader.statements()]


def test_a_year_written_after_the_level_an_arrow_leads_to_dates_only_that_level() -> None:
    assert read("- NO: aid trimmed 0.9% → 0.7% GNI (2026)") == [
        (0.9, "share_of_total", None, []),
        (0.7, "share_of_total", "2026", []),
    ]


def test_an_arrow_typed_as_two_signs_is_no_bound() -> None:
    assert read("- SE: 1.5% -> 2.1%") == [(1.5, "share_of_gdp", None, []), (2.1, "share_of_gdp", None, [])]


def test_europe_s_allies_plus_a_code_name_the_group_not_the_union() -> None:
    reader = SentenceReader("- EU allies + CA: $430bn '23", Context(word_codes=True), 2025)
    assert [mention.name for mention in reader.mentions] == ["European Allies and Canada"]


def test_a_place_in_brackets_after_a_figure_and_a_place_in_the_world_are_ranks() -> None:
    reader = SentenceReader("- Leaders: LT 2.5% (#1) | HU 2.4% (#2)", Context(gdp_shares=True, word_codes=True), 2025)
    assert [(s.figure.value, s.kind, s.subjects) for s in reader.statements() if s.kind == "rank"] == [
        (1.0, "rank", ["Lithuania"]),
        (2.0, "rank", ["Hungary"]),
    ]
    assert [
        (s.figure.value, s.kind) for s in SentenceReader("- RU: #5 world spender", Context(), 2025).statements()
    ] == [(5.0, "rank")]


def test_a_total_dated_by_the_year_right_after_it_is_a_count_of_that_year() -> None:
    assert (19.0, "count", "2023", []) in read("- Over the line: 11 allies '21 → 19 of 31 '23")


def test_a_sources_month_and_year_in_a_heading_do_not_date_its_section() -> None:
    text = (
        CODED_CARD + "## 4. RIVALS (SIPRI, May '24)\n- CN: #2 world spender\n- RU: $109bn '23\n- RU: #3 world spender\n"
    )
    ranks = [fact for fact in card_facts(text) if fact.measure_kind == "rank" and fact.subject == "Russia"]
    assert [fact.period for fact in ranks] == ["2023"]


def test_a_level_marked_as_todays_before_an_arrow_is_not_of_the_year_after_it() -> None:
    assert read("- NO: 1.6% now → 2.0% by 2028") == [
        (1.6, "share_of_gdp", None, []),
        (2.0, "share_of_gdp", "2028", ["deadline"]),
    ]
