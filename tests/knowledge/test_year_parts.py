"""A company report's parts of the year (quarter, half-year, nine months) and its parts of the company (a segment,
a cost line): a figure of one answers only a question naming it."""

from __future__ import annotations

import pytest

from knowledge.models import Citation, Fact, Unit
from knowledge.year_parts import FULL_YEAR, answers_part, asked_part, company_part, first_part, last_part


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("### Second quarter 2025", "second quarter"),
        ("### January–June 2025", "first half"),
        ("## Highlights, third quarter 2025", "third quarter"),
        ("## Fourth quarter in brief", "fourth quarter"),
        ("Order bookings for October–December came to", "fourth quarter"),
        ("For the first nine months of 2025, sales reached", "first nine months"),
        ("The largest single order in the quarter was", "quarter"),
        ("## Full year 2024", FULL_YEAR),
        ("## Outlook 2025", None),
        ("a quarter of NATO spending", None),
    ],
)
def test_the_part_of_a_year_a_text_names(text: str, part: str | None) -> None:
    assert first_part(text) == part
    assert last_part(text) == part


def test_a_question_names_its_part_of_the_year_in_any_words() -> None:
    assert asked_part(("what", "was", "the", "margin", "in", "q2")) == "second quarter"
    assert asked_part(("net", "sales", "for", "january–june", "2025")) == "first half"
    assert asked_part(("how", "much", "of", "quarterly", "sales")) == "quarter"
    assert asked_part(("sales", "for", "2024")) is None


def test_a_part_asked_is_answered_by_that_part_only() -> None:
    assert answers_part("second quarter", "second quarter", parted=True)
    assert not answers_part("second quarter", "first half", parted=True)
    assert not answers_part("first half", "second quarter", parted=True)
    assert not answers_part("second quarter", None, parted=True)  # the year's figure of a report giving parts
    assert answers_part("second quarter", None, parted=False)  # a document giving no parts says nothing of them
    assert answers_part("quarter", "third quarter", parted=True)
    assert not answers_part("quarter", "first half", parted=True)
    assert not answers_part(FULL_YEAR, "fourth quarter", parted=True)
    assert answers_part(None, "fourth quarter", parted=True)


def _fact(quote: str, text: str, subject: str = "Brennmark Defence AG") -> Fact:
    citation = Citation(document="r.md", locator="paragraph 1, sentence 1", quote=quote)
    return Fact(id="f", subject=subject, measure="open:money", value=1.0, unit=Unit.MONEY, text=text, citation=citation)


def test_a_segment_or_cost_line_before_a_figure_is_the_part_it_is_of() -> None:
    segment = _fact("The **Ammunition** segment was the largest, with third-quarter sales of €935 million", "€935")
    assert company_part(segment) >= {"ammunition", "segment"}
    costs = _fact("Corporate costs and eliminations affected operating income by SEK -41m in the quarter", "SEK -41m")
    assert company_part(costs) is not None
    assert company_part(_fact("- Sales of €2.46 billion, up 24%", "€2.46")) is None
