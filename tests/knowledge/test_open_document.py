"""A company's own release is about the company (`knowledge.open_document`): the figures no sentence pins on
another are its own, whatever currency they are in and whichever customer or country a sentence names beside them;
a figure a sentence states of a country stays the country's."""

from __future__ import annotations

import pytest

from knowledge.models import Fact

RELEASE = "\n\n".join(
    [
        "# Kestrel year-end report 2024: record backlog",
        "Umeå, 14 February 2025 — Kestrel today published its results for the full year 2024.",
        "## Full year 2024",
        "- Order bookings totalled SEK 34.7 billion, up 11% on the previous year.\n"
        "- Sales grew to SEK 23,751 million. Organic sales growth was 23%.\n"
        "- The Board proposes a dividend of SEK 2.80 per share for 2024.",
        "## Customers",
        "Roughly 40% of order bookings in 2024 came from customers in Sweden, with the remainder from export markets.",
        "The group handed over its first production aircraft to the Swedish Air Force in the autumn. Sensors, which"
        " include the radar products, reported sales of SEK 7.8 billion, an increase of 24%.",
        "Sweden's defence budget rises to SEK 171 billion in 2025.",
        "Among the largest contracts was an order from the Swedish Defence Materiel Administration worth SEK 7.4"
        " billion for two aircraft.",
        "## Second quarter 2024",
        "- Order intake rose to SEK 14,820m (9,640), of which 61% came from customers outside Sweden.\n"
        "- Operating income amounted to SEK 1,052m (781), an operating margin of 11.3 per cent (10.1).",
        "The largest single order was a SEK 4.2bn contract from the Swedish Defence Materiel Administration.",
    ]
)


@pytest.fixture(scope="module")
def release(build_note) -> list[Fact]:
    catalog = (
        'title = "Kestrel year-end report 2024: record backlog"\npublisher = "Kestrel AB"\npublished = "2025-02-14"'
    )
    return build_note(RELEASE, name="kestrel.md", catalog=catalog)


def subjects_of(facts: list[Fact], value: float) -> list[str]:
    return sorted({fact.subject for fact in facts if fact.value == value and fact.measure != "open:date"})


@pytest.mark.parametrize("value", [34.7, 11, 23751, 23, 2.8, 7.8, 24])
def test_a_companys_release_states_the_companys_figures_not_its_currencys_country(
    release: list[Fact], value: float
) -> None:
    """Named by its publisher 'Kestrel AB' as the text writes it ('Kestrel'): a list item naming no one, a business
    area's sales after a sentence naming the customer, are the company's, never Sweden's by the krona."""
    assert subjects_of(release, value) == ["Kestrel"]


def test_a_share_of_the_companys_total_is_the_companys_whoever_the_customers_are(release: list[Fact]) -> None:
    shares = [fact for fact in release if fact.value == 40]
    assert [(fact.subject, fact.measure) for fact in shares] == [("Kestrel", "open:share_of_total")]


def test_a_figure_a_sentence_states_of_a_country_stays_the_countrys(release: list[Fact]) -> None:
    assert subjects_of(release, 171) == ["Sweden"]


def test_an_amount_in_a_countrys_currency_is_its_when_the_sentence_names_it(release: list[Fact]) -> None:
    """'an order from the Swedish Defence Materiel Administration worth SEK 7.4 billion': the customer's order."""
    assert subjects_of(release, 7.4) == ["Sweden"]


@pytest.mark.parametrize("value", [14820, 4.2])
def test_a_country_named_after_the_amount_in_a_release_is_where_the_companys_order_came_from(
    release: list[Fact], value: float
) -> None:
    """'of which 61% came from customers outside Sweden', 'a SEK 4.2bn contract from the Swedish Defence Materiel
    Administration': the company's order intake, never Sweden's by the krona."""
    assert subjects_of(release, value) == ["Kestrel"]


@pytest.mark.parametrize(("value", "period"), [(14820, "2024"), (9640, "2023"), (11.3, "2024"), (10.1, "2023")])
def test_a_bracketed_figure_is_the_same_measure_a_year_before(release: list[Fact], value: float, period: str) -> None:
    """'SEK 14,820m (9,640)', '11.3 per cent (10.1)': the bracket is of the year before the figure's."""
    (fact,) = [fact for fact in release if fact.value == value]
    assert (fact.subject, fact.period) == ("Kestrel", period)


BACKLOG = "\n\n".join(
    [
        "# Kestrel year-end report 2024",
        "Umeå, 14 February 2025 — Kestrel today published its results for the full year 2024.",
        "Order bookings totalled SEK 34.7 billion. Large orders, meaning single orders above SEK 100 million, made up"
        " the majority of the total, and the order backlog reached a new high of SEK 52.4 billion at year-end"
        " (47.1 billion).",
    ]
)


@pytest.mark.parametrize(("value", "period"), [(52.4, "2024"), (47.1, "2023")])
def test_words_naming_a_total_at_a_clause_s_end_make_no_part_of_the_amounts_after_it(
    build_note, value: float, period: str
) -> None:
    """'… made up the majority of the total, and the order backlog reached SEK 52.4 billion at year-end (47.1
    billion)': 'of the total' closes its clause, so the backlog after it is the company's own figure (and the
    bracket after 'at year-end' the year before's), not a part of the bookings."""
    catalog = 'title = "Kestrel year-end report 2024"\npublisher = "Kestrel AB"\npublished = "2025-02-14"'
    facts = build_note(BACKLOG, name="kestrel.md", catalog=catalog)
    (fact,) = [fact for fact in facts if fact.value == value]
    assert (fact.subject, fact.period, fact.currency, fact.scale) == ("Kestrel", period, "SEK", 1e9)
