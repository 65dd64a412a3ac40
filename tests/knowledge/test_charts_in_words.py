"""Charts described in words (a caption stating the unit, then labels and figures) and lists of key figures (the
figure first, then a dash and what it is): every item a fact measured by its caption or by its own words."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.chart_lists import chart_lists, key_figure_lists
from knowledge.models import Fact, Unit

BuildNote = Callable[..., list[Fact]]

CHARTS = """# Five charts, in words

## Chart 1

Chart 1 shows spending over a decade.

*Alt text: Line chart of world military spending, US$ billion. 2015: 1,676. 2020: 1,981. 2024: 2,718.*

## Chart 2

*Alt text: Bar chart, military spending 2024, US$ billion. United States 997; China 314; Germany 88.5.*

## Chart 3

Column chart, EU member states' defence expenditure, EUR billion
2022: 240
2024 (estimate): 326
"""

NUMBERS = """# The year in numbers

Spending kept rising everywhere in 2024.

### Numbers to know

- **$2,718 billion** — world military spending in 2024
- **37%** — the US share of the world total
- **34%** — Ukraine's spending as a share of GDP
- **9.4%** — the real-terms rise over 2023
"""


def _one(facts: list[Fact], quote: str) -> Fact:
    found = [fact for fact in facts if fact.citation.quote == quote]
    assert len(found) == 1, [(fact.citation.quote, fact.value) for fact in facts]
    return found[0]


@pytest.fixture(scope="module")
def chart_facts(build_note: BuildNote) -> list[Fact]:
    return build_note(CHARTS, name="charts.md", catalog='title = "Five charts, in words"\npublished = "2025-05-02"')


@pytest.mark.parametrize(
    ("quote", "subject", "value", "period"),
    [
        ("2015: 1,676", "World", 1676.0, "2015"),
        ("2024: 2,718", "World", 2718.0, "2024"),
        ("United States 997", "United States", 997.0, "2024"),
        ("Germany 88.5", "Germany", 88.5, "2024"),
    ],
)
def test_a_caption_stating_the_unit_measures_each_label_and_value(
    chart_facts: list[Fact], quote: str, subject: str, value: float, period: str
) -> None:
    fact = _one(chart_facts, quote)
    assert (fact.subject, fact.value, fact.period) == (subject, value, period)
    assert (fact.unit, fact.currency, fact.scale) == (Unit.MONEY, "USD", 1e9)


def test_a_caption_on_its_own_line_measures_the_lines_under_it(chart_facts: list[Fact]) -> None:
    fact = _one(chart_facts, "2024 (estimate): 326")
    assert (fact.subject, fact.value, fact.period, fact.currency) == ("European Union", 326.0, "2024", "EUR")
    assert fact.estimate


def test_items_need_a_caption_stating_their_unit() -> None:
    assert chart_lists("The rankings moved. United States 997; China 314; Germany 88.5.\n") == []
    assert chart_lists("Poland spent more this year, up 12% on 2023. Germany 88; France 64.\n") == []


def test_a_percentage_under_a_caption_of_amounts_is_left_unread() -> None:
    charts = chart_lists("Bar chart, spending 2024, US$ billion. United States 997; China 12%.\n")
    assert [item.label for item in charts[0].items] == ["United States", "China"]


@pytest.fixture(scope="module")
def number_facts(build_note: BuildNote) -> list[Fact]:
    return build_note(NUMBERS, name="numbers.md", catalog='title = "The year in numbers"\npublished = "2025-05-02"')


@pytest.mark.parametrize(
    ("quote", "subject", "kind", "value"),
    [
        ("- **$2,718 billion** — world military spending in 2024", "World", "money", 2718.0),
        ("- **37%** — the US share of the world total", "United States", "share_of_total", 37.0),
        ("- **34%** — Ukraine's spending as a share of GDP", "Ukraine", "share_of_gdp", 34.0),
    ],
)
def test_a_key_figure_is_what_the_words_after_its_dash_say(
    number_facts: list[Fact], quote: str, subject: str, kind: str, value: float
) -> None:
    fact = _one(number_facts, quote)
    assert (fact.subject, fact.measure_kind, fact.value, fact.period) == (subject, kind, value, "2024")


def test_a_key_figure_naming_no_one_is_pinned_on_no_one(number_facts: list[Fact]) -> None:
    assert not [fact for fact in number_facts if fact.value == 9.4]  # 'the real-terms rise over 2023': whose?


def test_bullets_telling_a_story_before_their_figure_are_no_key_figures() -> None:
    text = "- Markets — Nvidia shares rise 3.5% to record\n- Budget — Poland adds PLN 10 billion\n"
    assert key_figure_lists(text) == []


def test_a_heading_stating_the_unit_captions_the_lines_of_labels_and_values_under_it(build_note: BuildNote) -> None:
    text = (
        "# Spenders\n\nThe biggest spenders again.\n\n"
        "## Military spending 2024, US$ billion\n\nUnited States: 997\nChina: 314\n"
    )
    facts = build_note(text, name="spenders.md", catalog='title = "Spenders"\npublished = "2025-05-02"')
    fact = _one(facts, "China: 314")
    assert (fact.subject, fact.value, fact.period, fact.currency, fact.scale) == ("China", 314.0, "2024", "USD", 1e9)


def test_a_sentence_stating_an_amount_is_no_caption() -> None:
    assert chart_lists("In 2024, NATO spent USD 1,474 billion. Germany 88; France 64.\n") == []


SLIDE = """Slide 4 – Biggest spenders in Asia, 2024
Chart data labels (US$ bn):
- Japan: 55.3
- South Korea (est.): 47.6
- India: 86.1

Speaker notes:
Japan's budget grew fastest.
"""


def test_a_slide_s_data_labels_listed_as_bullets_under_their_caption_are_a_chart() -> None:
    """'Chart data labels (US$ bn):', then '- Japan: 55.3': a caption closing its line with a colon introduces the
    bullets under it, each a label (maybe with a note: 'South Korea (est.)') and its figure in the caption's unit."""
    (chart,) = chart_lists(SLIDE)
    assert [(item.label, item.value) for item in chart.items] == [
        ("Japan", 55.3),
        ("South Korea (est.)", 47.6),
        ("India", 86.1),
    ]


def test_bullets_under_a_caption_that_does_not_introduce_them_are_no_chart() -> None:
    assert chart_lists(SLIDE.replace("(US$ bn):", "(US$ bn)")) == []
