"""Bullets of a slide read as statements of their own: a run-in year label dating the figures after it, a change
fragment ('+€10.4bn vs 2024') of the year the bullet before spoke of, the slide's title naming what its bullets
measure, a count under a label hedged by 'approx.' or opening a clause, and a name opening a bullet after its '•'."""

from __future__ import annotations

from knowledge.cues import cues
from knowledge.figures import tokenize
from knowledge.mentions import entity_mentions
from knowledge.models import Document, DocumentKind, Fact
from knowledge.open_facts import extract_open_facts
from knowledge.readers.prose import read_prose
from knowledge.sentence import Context, SentenceReader

DECK = (
    "GERMANY'S DEFENCE FINANCING 2024–2029\n"
    "Briefing deck, exported to text — budget committee staff seminar, September 2025\n\n"
    "Slide 3\n"
    "Core budget (Einzelplan 14)\n"
    "• 2024: €52.0bn\n"
    "• 2025: €62.4bn\n"
    "• +€10.4bn vs 2024\n"
    "• 2026 draft: €82.7bn\n"
    "• +€20.3bn vs 2025\n\n"
    "Slide 4\n"
    "Special fund (Sondervermögen Bundeswehr)\n"
    "• 2025 outflow: approx. €24bn\n"
    "• Biggest items: F-35A (35 aircraft, approx. €10bn), frigates F126\n"
)


def deck_facts() -> list[Fact]:
    document = Document(id="deck.txt", title="Germany's defence financing", kind=DocumentKind.PROSE, sha256="0" * 64)
    return extract_open_facts(document, read_prose(DECK))


def by_value(facts: list[Fact]) -> dict[float | None, Fact]:
    return {fact.value: fact for fact in facts}


def stated(sentence: str, context: Context | None = None) -> list[tuple[float, str, str | None]]:
    reader = SentenceReader(sentence, context or Context(subject="Germany", paragraph_subject="Germany"), 2025)
    return [(s.figure.value, s.kind, s.period) for s in reader.statements()]


def test_each_bullet_is_dated_by_its_own_run_in_year() -> None:
    facts = by_value(deck_facts())
    assert [(facts[value].period, facts[value].measure_kind) for value in (52.0, 62.4, 82.7, 24.0)] == [
        ("2024", "money"),
        ("2025", "money"),
        ("2026", "money"),
        ("2025", "money"),
    ]


def test_a_change_fragment_is_of_the_year_the_bullet_before_spoke_of() -> None:
    facts = by_value(deck_facts())
    assert (facts[10.4].measure_kind, facts[10.4].period) == ("change", "2025")
    assert (facts[20.3].measure_kind, facts[20.3].period) == ("change", "2026")


def test_an_amount_with_its_plus_sign_is_a_change_and_a_year_after_vs_is_its_base() -> None:
    assert stated("• +€10.4bn vs 2024") == [(10.4, "change", None)]
    assert stated("• +€10.4bn versus 2024") == [(10.4, "change", None)]
    assert stated("• €10.4bn in 2024") == [(10.4, "money", "2024")]


def test_a_change_measured_from_a_year_not_before_the_one_spoken_of_carries_nothing() -> None:
    context = Context(subject="Germany", paragraph_subject="Germany", sentence_period="2024")
    assert stated("• +€10.4bn vs 2024", context) == [(10.4, "change", None)]


def test_only_a_list_item_s_change_takes_the_year_the_item_before_spoke_of() -> None:
    context = Context(subject="Japan", paragraph_subject="Japan", sentence_period="2025")
    assert stated("• +€10.4bn vs 2024", context) == [(10.4, "change", "2025")]
    assert stated("Japan's 21% jump was its largest annual increase since 1952.", context)[0][2] != "2025"


def test_an_amount_set_against_another_thing_than_a_year_stays_an_amount() -> None:
    assert stated("• Option B: +C$58.8bn vs. Option A") == [(58.8, "money", None)]


def test_the_slide_s_title_names_what_its_bullets_measure_not_a_figure_in_brackets() -> None:
    facts = by_value(deck_facts())
    assert facts[52.0].measure_text == "Core budget (Einzelplan 14): • 2024: €52.0bn"
    assert facts[24.0].measure_text == "Special fund (Sondervermögen Bundeswehr): • 2025 outflow: approx. €24bn"
    assert not facts[10.0].measure_text.startswith("Special fund")  # the F-35A's, not the fund's


def test_a_count_after_a_label_and_a_hedge_is_the_label_s_count() -> None:
    assert stated("• Active soldiers: approx. 182,000") == [(182000.0, "count", None)]
    assert stated("• Active soldiers: about 182,000") == [(182000.0, "count", None)]


def test_a_label_opens_its_clause_after_a_semicolon_and_a_headcount_noun_names_a_count() -> None:
    assert stated("• New voluntary military service from 2026; first intake target: 15,000") == [
        (15000.0, "count", "2026")
    ]
    assert stated("• Active soldiers: 182,000; reservists: 34,000") == [
        (182000.0, "count", None),
        (34000.0, "count", None),
    ]
    assert stated("• Target under existing plans: 203,000") == []  # no noun says what it counts


def test_a_name_right_after_a_bullet_s_opening_capital_is_named() -> None:
    mentions = entity_mentions(tokenize("• New NATO capability targets imply 60,000 more soldiers"), cues())
    assert [mention.name for mention in mentions] == ["NATO Allies"]


def test_a_title_naming_a_country_says_whose_the_bullets_are_not_what_they_measure() -> None:
    text = "Factbox\n\n**POLAND**\n- 2024 defence spending: 151.2 billion zlotys.\n- Share of GDP: 4.12%.\n"
    document = Document(id="box.md", title="Factbox", kind=DocumentKind.PROSE, sha256="0" * 64)
    facts = by_value(extract_open_facts(document, read_prose(text, markdown=True)))
    assert facts[4.12].subject == "Poland"
    assert facts[4.12].measure_text == "- Share of GDP: 4.12%."
