"""Classes of figure statements read right: shares of another base than GDP, a document's stated currency, places in an
order of accession, the base year of a change, places that are no one's figure, and counts restated past a hedge."""

from __future__ import annotations

import functools

import pytest

from knowledge.extraction_eval import Annotation
from knowledge.figures import FigureKind, find_figures, tokenize
from knowledge.models import Unit
from knowledge.sentence import Context, SentenceReader, Stated


def statements(sentence: str, *, subject: str | None = None) -> list[Stated]:
    context = Context(gdp_shares=True, subject=subject, section_subject=subject, paragraph_subject=subject)
    return SentenceReader(sentence, context, 2025).statements()


def kinds(sentence: str) -> list[tuple[float, str]]:
    return [(stated.figure.value, stated.kind) for stated in statements(sentence)]


@pytest.fixture(scope="module")
def build(build_note):
    return functools.partial(build_note, published="2025-07-22")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The United Kingdom trimmed overseas aid to 0.3% of national income.", [(0.3, "share_of_total")]),
        (
            "The United Kingdom cut aid from 0.5% to 0.3% of gross national income and spends 2.3% of GDP.",
            [(0.5, "share_of_total"), (0.3, "share_of_total"), (2.3, "share_of_gdp")],
        ),
        ("Poland raised spending from 3.9% to 4.2% of GDP.", [(3.9, "share_of_gdp"), (4.2, "share_of_gdp")]),
    ],
)
def test_a_share_of_national_income_is_never_a_share_of_gdp(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert kinds(sentence) == expected


def test_an_annotated_share_of_gni_is_compared_as_a_share_of_its_named_base() -> None:
    fields = {"subject": "United Kingdom", "value": 0.3, "period": "2027", "quote": "0.3% of GNI"}
    gni = Annotation(measure="overseas aid as share of GNI", kind="share_of_gdp", unit="% of GNI", **fields)
    gdp = Annotation(measure="defence spending", kind="share_of_gdp", unit="% of GDP", **fields)
    assert (gni.kind, gdp.kind) == ("share_of_total", "share_of_gdp")


def test_a_documents_stated_currency_decides_its_dollar_signs(build) -> None:
    text = (
        "Canada will spend $62.7 billion on defence in 2025-26.\n\n"
        "All amounts in this note are in Canadian dollars.\n\n"
        "| Year | Spending ($ billions) |\n| --- | --- |\n| 2024-25 | 41.0 |\n"
    )
    facts = build(text)
    money = [fact for fact in facts if fact.unit is Unit.MONEY]
    assert {fact.value: fact.currency for fact in money} == {62.7: "CAD", 41.0: "CAD"}


def test_a_dollar_sign_is_the_us_dollar_when_the_document_says_nothing(build) -> None:
    facts = build("Canada will spend $62.7 billion on defence in 2025-26.\n")
    assert [fact.currency for fact in facts if fact.unit is Unit.MONEY] == ["USD"]


@pytest.mark.parametrize(
    ("sentence", "subject", "place", "period"),
    [
        ("Sweden, which became NATO's 32nd member last year, spent 2.14% of GDP in 2024.", "Sweden", 32, "2024"),
        ("Finland, which joined NATO in April 2023 as its 31st member, borders Norway.", "Finland", 31, "2023"),
        ("Sweden joins as the 32nd ally.", "Sweden", 32, None),
    ],
)
def test_an_ordinal_before_an_ally_is_a_place_in_the_order_of_accession(
    sentence: str, subject: str, place: int, period: str | None
) -> None:
    ranks = [stated for stated in statements(sentence) if stated.kind == "rank"]
    assert [(stated.subjects, stated.figure.value, stated.period) for stated in ranks] == [([subject], place, period)]


def test_the_year_a_change_is_measured_from_is_not_its_period() -> None:
    found = statements("Russia's military spending reached $149 billion in 2024, a jump of 38% from 2023.")
    assert [(stated.kind, stated.period) for stated in found] == [("money", "2024"), ("change", "2024")]


def test_a_level_from_a_year_starts_then() -> None:
    (stated,) = statements("Latvia aims for at least 5% of GDP from 2027.")
    assert stated.period == "2027"


def test_a_figure_only_a_place_names_is_no_ones() -> None:
    sentence = (
        "Lines of note include the East Shield, a fortification programme along the borders with Belarus and Russia "
        "costed at about PLN 10bn over 2024-2028."
    )
    assert statements(sentence, subject="Poland") == []


def test_a_place_beside_the_one_named_leaves_the_figure_theirs() -> None:
    sentence = "Finland, which shares a border with Russia, plans to lift defence spending to 3% of GDP by 2029."
    assert [stated.subjects for stated in statements(sentence)] == [["Finland"]]


def test_a_count_restated_past_a_hedge_is_of_the_same_noun() -> None:
    sentence = "Last year 23 of NATO's 32 members hit 2%, against only three a decade earlier."
    counts = [(stated.figure.value, stated.kind, stated.figure.noun) for stated in statements(sentence)]
    assert (3.0, "count", "members") in counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "- **Portugal:** 1.55%, a modest climb but still short of the 2% line.",
            [(1.55, "share_of_gdp"), (2.0, "share_of_gdp")],
        ),
        ("Spain's spending rose by 1.5%, a modest climb.", [(1.5, "change")]),
        ("Portugal spends 1.55% of GDP, a modest climb.", [(1.55, "share_of_gdp")]),
        ("Italy posted a 4% climb.", [(4.0, "change")]),
    ],
)
def test_a_change_word_describing_a_level_or_set_against_the_figure_makes_no_change(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert kinds(sentence) == expected


def test_a_dateline_in_italics_is_no_date_fact(build) -> None:
    text = (
        "# The southern flank\n\n*Posted on Mediterranean Security Notes, 5 September 2025*\n\n"
        "*Updated after NATO leaders met at The Hague on 25 June 2025.*\n\nSpain spent 1.28% of GDP in 2024.\n"
    )
    dates = [fact.citation.quote for fact in build(text, name="note.md") if fact.unit is Unit.DATE]
    assert dates == ["*Updated after NATO leaders met at The Hague on 25 June 2025.*"]


def test_a_publishers_line_over_its_place_and_date_is_no_date_fact(build) -> None:
    text = (
        "# Allies meet the guideline\n\n**PRESS RELEASE — Ministry of Defence of the Republic of Estonia**\n"
        "Tallinn, 18 June 2024\n\nEstonia is estimated to spend 3.43% of GDP on defence this year.\n"
    )
    assert [fact.value for fact in build(text, name="note.md") if fact.unit is Unit.DATE] == []


@pytest.mark.parametrize(
    ("sentence", "carried", "expected"),
    [
        (
            "In 2014, the year allies first agreed on the 2% goal at their summit in Wales, the figure was just 1.01%.",
            "Canada",
            ["NATO Allies", "Canada"],
        ),
        (
            "Sweden: spending passed 2% of GDP in 2024, the year Sweden joined NATO, and the government aims for 3.5% "
            "by 2030.",
            None,
            ["Sweden", "Sweden"],
        ),
    ],
)
def test_names_in_a_clause_saying_what_a_year_was_are_asides(
    sentence: str, carried: str | None, expected: list[str]
) -> None:
    found = statements(sentence, subject=carried)
    assert [stated.subjects[-1] for stated in found] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ottawa agreed in January 2023 to buy 88 F-35 jets in a deal worth about $19 billion.", ["2023", "2023"]),
    ],
)
def test_a_figure_with_no_year_of_its_own_takes_its_clauses(sentence: str, expected: list[str | None]) -> None:
    context = Context(gdp_shares=True, subject="Canada", section_subject="Canada", paragraph_subject="Canada")
    found = SentenceReader(sentence, context, None).statements()
    assert [stated.period for stated in found] == expected


def test_the_eus_defence_programmes_are_whose_budgets_they_are() -> None:
    sentence = "EDIRPA, for joint procurement, had €300 million, while ASAP provided €500 million for shells."
    assert [stated.subjects[-1] for stated in statements(sentence)] == [
        "EDIRPA",
        "Act in Support of Ammunition Production",
    ]
    (fund,) = statements("The European Defence Fund has €7.953 billion for 2021-2027.")
    assert fund.subjects == ["European Defence Fund"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("For the EU23, moving from about 2% to 3.5% would mean several hundred billion euros more per year.", []),
        ("So the gap between 2% and 3.5% of GDP is worth roughly $30 billion a year.", [30.0]),
        ("Going from 2.5% to 3.5% of GDP by 2035 would require a further GBP 30 billion a year.", [3.5, 30.0]),
        ("Spain went from 1.28% in 2024 to 2% in 2025.", [1.28, 2.0]),
    ],
)
def test_the_levels_of_a_supposed_move_with_no_year_are_no_ones(sentence: str, expected: list[float]) -> None:
    assert [stated.figure.value for stated in statements(sentence, subject="Canada")] == expected


def money(facts, value: float):
    return [fact for fact in facts if fact.unit is Unit.MONEY and fact.value == value]


def test_a_currency_word_several_currencies_share_is_the_own_currency_of_whose_figure_it_is(build) -> None:
    facts = build(
        "Denmark adds 50 billion crowns to defence.\n\n"
        "The fund works out at roughly 6.7 billion euros. Sweden will spend 12 billion crowns more, and "
        "officials put Danish outlays at 95 billion Danish crowns.\n"
    )
    assert [fact.currency for fact in money(facts, 50)] == ["DKK"]
    assert [fact.currency for fact in money(facts, 12)] == ["SEK"]
    assert [fact.currency for fact in money(facts, 95)] == ["DKK"]


def test_an_amount_in_crowns_whose_country_is_unsaid_carries_no_currency(build) -> None:
    facts = build("Fund note\n\nGermany's fund holds 6.7 billion euros. Germany's outlays are 95 billion crowns.\n")
    assert [fact.currency for fact in money(facts, 95)] == [None]  # never the euro of the sentence before


def test_an_exchange_rate_line_states_no_amount(build) -> None:
    facts = build("Denmark adds 50 billion crowns to defence.\n\n($1 = 7.1500 Danish crowns)\n($1 = 0.9584 euros)\n")
    assert money(facts, 1) == [] and money(facts, 7.15) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Denmark will put 50 billion crowns into defence over the next two years.", [(FigureKind.MONEY, 50.0)]),
        ("Denmark spent 9 billion crowns in the past three years.", [(FigureKind.MONEY, 9.0)]),
        ("The Navy has 8 Type 26 and 5 Type 31 frigates on order.", [(FigureKind.COUNT, 8.0), (FigureKind.COUNT, 5.0)]),
        ("We have so far taken delivery of 48 F-35Bs.", [(FigureKind.COUNT, 48.0)]),
        ("Poland ordered 32 F-16s in 2003.", [(FigureKind.COUNT, 32.0), (FigureKind.YEAR, 2003.0)]),
    ],
)
def test_spans_of_time_and_model_names_are_no_counts(sentence: str, expected: list[tuple[FigureKind, float]]) -> None:
    assert [(figure.kind, figure.value) for figure in find_figures(tokenize(sentence))] == expected


def test_a_pay_award_is_a_change_not_a_share_of_gdp() -> None:
    assert kinds("The United Kingdom gives troops the 4.5% pay award from April.") == [(4.5, "change")]


def test_two_counts_joined_by_and_count_the_noun_they_share_each_of_its_own_model() -> None:
    figures = find_figures(tokenize("The Navy has 8 Type 26 and 5 Type 31 frigates on order."))
    assert [figure.noun for figure in figures] == ["Type 26 frigates", "Type 31 frigates"]


def test_the_year_a_goal_is_to_be_reached_is_its_deadline(build) -> None:
    facts = build("The United Kingdom spent 2.3% of GDP last year. We reach 2.5% in April 2027, the minister said.\n")
    assert [fact.qualifiers for fact in facts if fact.measure_kind == "date"] == [("deadline",)]


def test_a_weak_name_names_its_entity_only_in_a_document_naming_it(build) -> None:
    loans = "EU loans\n\nThe European Union's loans have been requested by 18 member states, the Commission said.\n"
    assert "NATO Allies" not in {fact.subject for fact in build(loans)}
    alliance = "NATO note\n\nNATO says 23 member states met the guideline in 2024.\n"
    assert {fact.subject for fact in build(alliance) if fact.value == 23} == {"NATO Allies"}


def test_a_line_of_fields_with_a_date_alone_and_a_reference_list_state_no_dates(build) -> None:
    text = (
        "# The Friday Five\n\n**Issue 186 · Friday 27 June 2025 · 5-minute read**\n\n"
        "*By Katarzyna Lindqvist · 10 July 2025 · 6 min read*\n\n"
        "Poland adopted the Homeland Defence Act on 11 March 2022.\n\n## References\n\n"
        '1. "Defence Expenditure of NATO Countries (2014–2024)". NATO Public Diplomacy Division. 17 June 2024.\n'
        '2. Tian, Nan et al. "Trends in World Military Expenditure, 2024". SIPRI Fact Sheet. April 2025.\n'
        "\n"
        "*This page was last edited on 2 June 2025, at 14:07.*\n"
    )
    dates = [fact.value for fact in build(text, name="note.md", every_fact=True) if fact.unit is Unit.DATE]
    assert dates == [2022]


def test_a_line_of_fields_dating_the_page_s_publication_and_update_states_no_date(build) -> None:
    text = (
        "# Does the US pay 70% of NATO?\n\n*By Ines Carvalho · Published 20 June 2025 · Updated 21 June 2025*\n\n"
        "Poland adopted the Homeland Defence Act on 11 March 2022.\n"
    )
    dates = [fact.value for fact in build(text, name="note.md", every_fact=True) if fact.unit is Unit.DATE]
    assert dates == [2022]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Portugal's budget rose to €4.7 billion in 2024, an increase of €0.3 billion, and reaches €5.1 billion in "
            "2025, a further €0.4 billion.",
            [(4.7, "money"), (0.3, "change"), (5.1, "money"), (0.4, "change")],
        ),
        (
            "Portugal's president announced an additional €0.5 billion in 2026 and a further €0.3 billion in 2027.",
            [(0.5, "money"), (0.3, "money")],
        ),
        ("Portugal spent €4.7 billion in 2024, a further €0.3 billion went to aid.", [(4.7, "money"), (0.3, "money")]),
    ],
)
def test_a_further_amount_set_beside_a_level_reached_is_the_step_to_it(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert kinds(sentence) == expected


def test_a_share_a_source_puts_a_fraction_at_past_a_break_is_that_fraction_told_precisely() -> None:
    sentence = "That's 30 per cent of the world total, and about two-thirds of NATO's: SIPRI puts it at 66 per cent."
    read = [(stated.figure.value, stated.kind) for stated in statements(sentence, subject="United States")]
    assert read == [(30.0, "share_of_total"), (66.0, "share_of_total")]
    # a share far from the fraction is one of its own
    sentence = "Italy spends about a third of that: the Treasury puts it at 1.5 per cent."
    read = [(stated.figure.value, stated.kind) for stated in statements(sentence, subject="Italy")]
    assert read == [(33.3, "share_of_total"), (1.5, "share_of_gdp")]
