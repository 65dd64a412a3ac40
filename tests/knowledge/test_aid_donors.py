"""Whose a figure of aid is: the donor's, never the recipient's a document on aid to one country is headed by; a
programme named after its recipient is a thing of its own; 'member states' an agency of a body is cited for are that
body's; countries paying a joint package are one subject."""

from __future__ import annotations

import pytest

from knowledge.models import Fact
from knowledge.sentence import Context, SentenceReader

THREAD = "\n\n".join(
    [
        "1/3\nThree years on, who is actually paying for Ukraine's defence? A thread.",
        "2/3\nStart with Washington. Congress passed five Ukraine-related supplementals in 2022–24, adding up to "
        "roughly $175bn. Caveat: not all of it was military.",
        "3/3\nThe last of those bills, signed on 24 April 2024, carried $60.8bn for Ukraine out of a $95.3bn package. "
        "When the previous administration left office, about $3.85bn of drawdown authority was still unused.",
    ]
)
THREAD_CATALOG = 'title = "Who is paying for Ukraine\'s defence? (thread)"\npublished = "2025-08-10"'


@pytest.fixture(scope="module")
def thread(build_note) -> list[Fact]:
    return build_note(THREAD, name="thread.md", catalog=THREAD_CATALOG)


def subject_of(facts: list[Fact], value: float) -> str:
    (fact,) = [fact for fact in facts if fact.value == value and fact.measure_kind != "date"]
    return fact.subject


@pytest.mark.parametrize("value", [60.8, 95.3, 3.85])
def test_money_for_the_recipient_is_the_donors_the_sentences_before_spoke_of(thread, value: float) -> None:
    assert subject_of(thread, value) == "United States"


def test_a_span_of_years_written_short_is_the_whole_span(thread) -> None:
    (fact,) = [fact for fact in thread if fact.value == 175]
    assert fact.period == "2022-2024"


def test_the_year_a_bill_for_the_recipient_was_signed_is_the_donors(thread) -> None:
    (fact,) = [fact for fact in thread if fact.measure_kind == "date" and fact.value == 2024]
    assert fact.subject == "United States"


def test_a_programme_named_after_a_country_is_its_own(build_note) -> None:
    facts = build_note("The Ukraine Facility, agreed by EU leaders on 1 Feb 2024, is worth €50bn for 2024–27.")
    (fact,) = [fact for fact in facts if fact.value == 50]
    assert (fact.subject, fact.period) == ("Ukraine Facility", "2024-2027")


def test_an_amount_right_before_a_programme_is_its_size_and_leads_nowhere(build_note) -> None:
    facts = build_note(
        "On the military side the European Peace Facility has mobilised around €11.1bn for Ukraine, topped up in "
        "March 2024 by a dedicated €5bn Ukraine Assistance Fund. Roughly €6.6bn of reimbursements remain blocked."
    )
    assert subject_of(facts, 5) == "Ukraine Assistance Fund"
    assert subject_of(facts, 6.6) == "European Peace Facility"


def test_member_states_an_agency_of_a_body_counts_are_that_bodys() -> None:
    sentence = "According to the European Defence Agency, the 27 member states spent a combined €279 billion in 2023."
    statements = SentenceReader(sentence, Context(), 2025).statements()
    assert {stated.figure.value: stated.subjects for stated in statements} == {
        27: ["European Union"],
        279: ["European Union"],
    }


def test_countries_paying_a_joint_package_are_one_subject() -> None:
    sentence = "Denmark, Norway and Sweden followed a day later with a joint package of about $500m."
    (stated,) = SentenceReader(sentence, Context(), 2025).statements()
    assert stated.subjects == ["Denmark, Norway and Sweden"]


def test_a_contact_group_named_by_where_it_first_met_is_the_group(build_note) -> None:
    facts = build_note("The Ramstein contact group, which first met on 26 April 2022 with around 40 countries, grew.")
    assert {fact.subject for fact in facts} == {"Ukraine Defense Contact Group"}
