"""Figures of things the entity list does not know — a company, a unit, a place — are theirs, never the country
named nearest (`knowledge.named_things`)."""

from __future__ import annotations

import pytest

from knowledge.figures import tokenize
from knowledge.models import Fact
from knowledge.named_things import (
    NamedThings,
    ThingReader,
    emphasised_names,
    heading_topic,
    own_name_words,
    proper_words,
    published_by_company,
)
from knowledge.sentence import Context, SentenceReader


@pytest.fixture(scope="module")
def yards(build_note, yards_text: str) -> list[Fact]:
    return build_note(
        yards_text, name="yards.md", catalog='title = "Nordic yards ride the budget wave"\npublished = "2025-08-12"'
    )


def subjects_of(facts: list[Fact], value: float) -> list[str]:
    return sorted({fact.subject for fact in facts if fact.value == value and fact.measure != "open:date"})


@pytest.mark.parametrize(
    ("value", "subject"),
    [
        (12.4, "Halvorsen Marine"),  # 'The Bergen group', under the heading naming the company
        (18, "Halvorsen Marine"),
        (8.1, "Fjordstål Systems"),  # a name opening its clause before a verb of its activity
        (1.2, "Fjordstål Systems"),  # 'The company' points back at it
        (30, "Halvorsen Marine"),  # "Halvorsen's shares": a company named before
        (15, "Fjordstål Systems"),  # 'for Fjordstål': the short form of a name given before
        (3500, "12th Mechanised Brigade"),  # 'The brigade' points back at the unit named before
        (900, "Orzysz training town"),
        (300, "Bemowo garrison"),  # 'the old garrison at Bemowo', then 'expanding Bemowo'
        (40, "district"),  # a district named by no name: its own, never the country's
        (2.2, "Norway"),  # a country's own figure stays its
    ],
)
def test_a_named_things_figure_is_its_own(yards: list[Fact], value: float, subject: str) -> None:
    assert subjects_of(yards, value) == [subject]


def test_an_amount_in_a_countrys_currency_is_not_that_countrys_when_a_company_states_it(yards: list[Fact]) -> None:
    assert not [fact for fact in yards if fact.subject == "Norway" and fact.value in (12.4, 8.1, 1.2)]


def reader_of(sentence: str, proper: set[str], actor: str | None = None) -> ThingReader:
    reading = SentenceReader(sentence, Context(), 2025)
    things = NamedThings(proper=frozenset(proper), actor=actor)
    return ThingReader(reading.tokens, reading.mentions, things)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wednesday's announcement follows a package of 14.6 billion crowns.",  # a day owns nothing
        "The central bank cut its growth forecast to 0.8% and lowered its base rate to 2.5%.",  # 'base rate'
        "It excludes the special fund, whose business plan adds a further €24.06 billion.",
        "Eurostat reported that Germany spent 2.1% of GDP.",  # a name reporting another's figure
    ],
)
def test_no_thing_is_read_where_no_clause_is_about_one(sentence: str) -> None:
    reader = reader_of(sentence, {"wednesday", "eurostat"})
    assert reader.mentions(SentenceReader(sentence, Context(), 2025).values) == []


def test_a_name_opening_a_sentence_is_a_name_only_as_the_document_writes_it() -> None:
    sentence = "Exports posted a record of €4 billion."
    assert reader_of(sentence, set()).mentions([]) == []
    assert [m.name for m in reader_of(sentence, {"exports"}).mentions([])] == ["Exports"]


def test_a_sentence_opening_possessive_is_a_name() -> None:
    assert proper_words([tokenize("Halvorsen's shares rose."), tokenize("Shares of Saab fell.")]) == {
        "halvorsen",
        "saab",
    }


def test_a_thing_is_asked_by_its_proper_words_and_its_noun() -> None:
    assert own_name_words("Rūdninkai military town") == {"rudninkai", "town"}
    assert own_name_words("German 45th Armoured Brigade") == {"german", "armoured", "brigade"}


RESULTS = "\n\n".join(
    [
        "**Hamburg, 6 November 2025** – Nordwerk Maritime AG (ticker: NWM), a maker of naval radars, today published"
        " its results for the third quarter of 2025.",
        "Germany's 2026 federal budget provides about €108 billion for defence, 2.4% of GDP.",
        "Nordwerk employed 8,200 people at the end of September. The company booked orders worth €4.1 billion.",
        "Nordwerk reported an operating margin of around 13%.",
    ]
)


@pytest.fixture(scope="module")
def results(build_note) -> list[Fact]:
    return build_note(RESULTS, catalog='title = "Nordwerk Maritime AG reports its quarter"\npublished = "2025-11-06"')


def test_a_company_named_with_its_legal_form_is_named_wherever_its_name_stands(results: list[Fact]) -> None:
    """'– Nordwerk Maritime AG (ticker: …)': the words before a legal form are a company's name, even after a dash,
    so 'Nordwerk employed 8,200 people' and 'The company plans …' are the company's, never Germany's."""
    assert subjects_of(results, 8200) == ["Nordwerk Maritime AG"]
    assert subjects_of(results, 4.1) == ["Nordwerk Maritime AG"]


def test_a_companys_bare_percentage_is_no_share_of_gdp(results: list[Fact]) -> None:
    """Its own release's margin is the company's, a percentage of no known measure: never a share of GDP."""
    assert [(fact.subject, fact.measure) for fact in results if fact.value == 13] == [
        ("Nordwerk Maritime AG", "open:other")
    ]


def test_the_words_before_a_legal_form_are_proper() -> None:
    tokens = SentenceReader("Investor contact: Nordwerk Defence AG, Hamburg.", Context(), 2025).tokens
    assert {"nordwerk", "maritime"} & proper_words([tokens]) == {"nordwerk"}
    assert "nordwerk" in proper_words([SentenceReader("– Nordwerk Maritime plc said so.", Context(), 2025).tokens])


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        ("Nordwerk Maritime AG reports record third quarter; raises outlook", "Nordwerk Maritime AG"),
        ("Umeå, 14 February 2025 — Kestrel today published its results for 2024.", "Kestrel"),
        (
            "**Hamburg, 6 November 2025** – Nordwerk Maritime AG (ticker: NWM), a maker of radars, …",
            "Nordwerk Maritime AG",
        ),
        ("Eurostat says Germany spent 2.1% of GDP.", None),  # no verb of issuing a release
    ],
)
def test_a_title_or_first_sentence_names_the_company_issuing_the_document(sentence: str, issuer: str | None) -> None:
    assert reader_of(sentence, {"nordwerk", "maritime", "kestrel", "eurostat"}).issuer() == issuer


@pytest.mark.parametrize(
    ("publisher", "issuer"),
    [
        ("Kestrel AB", "Kestrel"),  # the text writes it without its legal form
        ("Nordwerk Maritime AG (press release)", "Nordwerk Maritime AG"),
        ("Defence Weekly", None),  # no legal form: no company
        ("Falcon AB", None),  # a company the text never writes
    ],
)
def test_a_publisher_with_a_legal_form_is_the_company_as_the_text_writes_it(publisher: str, issuer: str | None) -> None:
    text = "Kestrel today published its results. Contact: Nordwerk Maritime AG, Hamburg."
    assert published_by_company(publisher, text, frozenset({"kestrel", "nordwerk", "maritime"})) == issuer


DIGEST = "\n\n".join(
    [
        "# The Harbour Letter",
        "Good morning. Norway raised its defence budget to 2.2% of GDP this week, and Vestmark, Tindra and Kollberg"
        " Systems reported.",
        "### 1. Vestmark books a record year",
        "Bergen-based Vestmark reported 2024 sales of NOK 21.4 billion, up 18% on the year. The group's order"
        " backlog reached NOK 64.2 billion.",
        "### 2. Tindra's backlog tops SEK 90 billion",
        "Sweden's Tindra closed 2024 with sales of SEK 31.7 billion. Order bookings were SEK 44.9 billion.",
        "### 3. Kollberg Systems: busier",
        "Underlying EBIT rose to NOK 3.35 billion. The full-year dividend rises 12%.",
    ]
)


@pytest.fixture(scope="module")
def digest(build_note) -> list[Fact]:
    return build_note(DIGEST, name="digest.md", catalog='title = "The Harbour Letter"\npublished = "2025-03-21"')


@pytest.mark.parametrize(
    ("value", "subject"),
    [
        (21.4, "Vestmark"),  # 'Bergen-based Vestmark reported': the city a company sits in is no one's subject
        (18, "Vestmark"),
        (64.2, "Vestmark"),  # 'The group' points back at it
        (31.7, "Tindra"),  # "Sweden's Tindra closed 2024 with": the country owning the name says where it is from
        (44.9, "Tindra"),  # a paragraph about the company goes on about it, whatever its amounts' currency
        (3.35, "Kollberg Systems"),  # '3. Kollberg Systems: busier': the numbered headline names whom it is about
        (12, "Kollberg Systems"),
        (2.2, "Norway"),
    ],
)
def test_a_digests_items_figures_are_their_companys(digest: list[Fact], value: float, subject: str) -> None:
    assert subjects_of(digest, value) == [subject]


@pytest.mark.parametrize(
    ("heading", "topic"),
    [
        ("2. Vestmark books a record year", "Vestmark"),
        ("5. Tindra's backlog tops SEK 90 billion", "Tindra"),
        ("6. Kollberg Systems: busier", "Kollberg Systems"),
        ("Vestmark: a record year", "Vestmark"),
        ("Vestmark and the year ahead", None),  # a name that neither acts nor owns anything in the headline
    ],
)
def test_a_headline_names_the_company_its_item_is_about(heading: str, topic: str | None) -> None:
    reading = SentenceReader(heading, Context(), 2025)
    things = NamedThings(proper=frozenset({"vestmark", "tindra", "kollberg", "systems"}))
    assert heading_topic(reading.tokens, reading.mentions, things) == topic


MEMBER_RESULTS = """# Nordic industry letter

## Budgets

- **Sweden steps up.** Stockholm plans to lift defence spending to 3% of GDP by 2028.

## Member results

- **Vantor** reported 2024 sales of SEK 12.5 billion, up 18%, and an order backlog of SEK 40 billion.
- **Kestrel** (associate member) reported sales of €3.4 billion, up 20%.

Arvena, a single Polish company, reported sales of €2.1 billion for 2024 on Tuesday.
"""


@pytest.fixture(scope="module")
def member_results(build_note) -> list[Fact]:
    return build_note(MEMBER_RESULTS, name="letter.md")


@pytest.mark.parametrize(
    ("value", "subject"),
    [
        (12.5, "Vantor"),  # a name set in bold, opening its list item before a verb of its activity
        (18, "Vantor"),
        (40, "Vantor"),
        (20, "Kestrel"),  # past an aside in brackets between the name and its verb
        (3.4, "Kestrel"),
        (2.1, "Arvena"),  # a word opening the sentence that an aside calls a company, not the country in that aside
    ],
)
def test_a_name_opening_a_list_item_or_described_as_a_company_is_the_figures_subject(
    member_results: list[Fact], value: float, subject: str
) -> None:
    assert subjects_of(member_results, value) == [subject]


def test_a_name_set_in_emphasis_inside_its_sentence_is_written_as_a_name() -> None:
    text = "**BULLETIN**\n\n- **Vantor Group** reported …\n- **Sweden to 3%.** Stockholm …\n\n**First**, tie the loans."
    assert emphasised_names(text) == frozenset({"vantor", "group"})


DESCRIBED_COMPANIES = (
    "# Poland's arms makers ride the budget wave\n\n"
    "Poland will spend PLN 186.6 billion on defence in 2025, the government said.\n\n"
    "Warship maker Wisłoujście was again the country's largest naval exporter, with foreign sales of about $0.9 billion"
    " in 2024. Exports made up 70 per cent of its revenue.\n\n"
    "Radar group PIT-RADWAR, the country's biggest electronics firm by revenue, said it had signed new contracts"
    " worth $2.4 billion in 2024.\n\n"
    "Engine maker Germany said nothing; Polish exports rose 12 per cent in 2024.\n"
)


@pytest.fixture(scope="module")
def described(build_note) -> list[Fact]:
    return build_note(DESCRIBED_COMPANIES, name="makers.md", published="2025-01-10")


@pytest.mark.parametrize(
    ("value", "subject"),
    [
        (0.9, "Wisłoujście"),  # 'Warship maker Wisłoujście was …': the kind of company, then its name
        (2.4, "PIT-RADWAR"),  # past the aside saying what it is, a verb of saying
        (186.6, "Poland"),
        (12, "Poland"),  # an entity after a company's noun is no company's name
    ],
)
def test_a_name_after_the_words_saying_what_company_it_is_owns_its_clause(
    described: list[Fact], value: float, subject: str
) -> None:
    assert subjects_of(described, value) == [subject]


PLACES_MEASURED = (
    "# Belgium — regional defence procurement, 2024\n\n"
    "Belgium's defence procurement reached EUR 2.4 billion in 2024. Procurement in Wallonia was EUR 0.8 billion."
    " Defence spending in Flanders reached EUR 1.1 billion. Spending in March was EUR 0.3 billion. Spending in"
    " Belgium was EUR 2.4 billion in total.\n"
)


@pytest.mark.parametrize(
    ("value", "subject"),
    [
        (0.8, "Wallonia"),  # 'Procurement in Wallonia was …': the place measured in, a name the entity list lacks
        (1.1, "Flanders"),
        (0.3, "Belgium"),  # a month is no place
        (2.4, "Belgium"),  # an entity stays itself
    ],
)
def test_a_place_a_clause_s_measure_is_taken_in_owns_its_figure(build_note, value: float, subject: str) -> None:
    facts = build_note(PLACES_MEASURED, name="regions.md", published="2025-02-01")
    assert subjects_of(facts, value) == [subject]
