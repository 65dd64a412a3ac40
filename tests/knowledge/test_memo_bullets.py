"""A "key takeaways" memo: a scope statement naming whose figures it gives ('Figures are for the 27 EU Member States
unless stated otherwise', `knowledge.open_document`), sub-bullets going on from the bullet above them (its subject
and year, `knowledge.open_sections`), spans and changes written with arrows ('2014 → 2024: +62 %', `knowledge.figures`),
points abbreviated ('+2.26 pp') and the level a change started from ('from € 34.7 bn', `knowledge.sentence`)."""

from __future__ import annotations

import pytest

from knowledge.models import Fact
from knowledge.sentence import Context, SentenceReader

MEMO = "\n".join(
    [
        "# Key takeaways: European defence spending after a decade of growth",
        "",
        "*Purpose: a quick read. Figures are for the 27 EU Member States unless stated otherwise and come from the"
        ' European Defence Agency (EDA). "pp" = percentage points.*',
        "",
        "## 1. Investment is growing faster than the total",
        "",
        "- Defence investment reached **€ 71.8 bn** in 2023.",
        "  - Of this, equipment procurement accounted for **€ 61.3 bn**.",
        "  - Investment made up **26 %** of total spending.",
        "- Long view: **2014 → 2024: +62 %** in nominal terms.",
        "",
        "## 2. Countries: the picture is uneven",
        "",
        "- **Poland** is the clear front-runner.",
        "  - NATO estimates its 2024 spending at **4.12 %** of GDP.",
        "  - **2014 → 2024: +2.26 pp**, up from 1.86 % of GDP.",
        "- **Germany** has the largest budget in absolute terms.",
        "  - **2014 → 2024: +161 %**, from **€ 34.7 bn**.",
        "- Personnel costs absorb about **40 %** of budgets.",
    ]
)


@pytest.fixture(scope="module")
def memo(build_note) -> dict[float, Fact]:
    catalog = 'title = "Key takeaways: European defence spending after a decade of growth"\npublished = "2025-04-15"'
    return {fact.value: fact for fact in build_note(MEMO, name="memo.md", catalog=catalog) if fact.value is not None}


def test_a_scope_statement_names_whose_figures_the_memo_gives(memo: dict[float, Fact]) -> None:
    assert [(memo[value].subject, memo[value].period) for value in (71.8, 61.3, 40.0)] == [
        ("European Union", "2023"),
        ("European Union", "2023"),
        ("European Union", "2024"),
    ]


def test_a_sub_bullet_goes_on_from_the_bullet_above_it(memo: dict[float, Fact]) -> None:
    assert (memo[26.0].subject, memo[26.0].period) == ("European Union", "2023")  # the 2023 of the bullet above
    assert (memo[2.26].subject, memo[2.26].measure_kind) == ("Poland", "change")
    assert (memo[161.0].subject, memo[34.7].subject) == ("Germany", "Germany")


def test_a_span_written_with_an_arrow_is_the_span_of_its_change(memo: dict[float, Fact]) -> None:
    assert [memo[value].period for value in (62.0, 2.26, 161.0)] == ["2014-2024"] * 3


def test_the_level_a_change_over_a_span_started_from_is_of_its_first_year(memo: dict[float, Fact]) -> None:
    assert (memo[34.7].period, memo[1.86].period) == ("2014", "2014")


def stated(sentence: str) -> list[tuple[float, str, str | None]]:
    reader = SentenceReader(sentence, Context(subject="Poland", paragraph_subject="Poland"), 2025)
    return [(s.figure.value, s.kind, s.period) for s in reader.statements()]


def test_points_abbreviated_after_a_signed_number_are_a_change() -> None:
    assert stated("Poland's share rose by 2.26 pp between 2014 and 2024.") == [(2.26, "change", "2014-2024")]
    assert stated("- **2014 → 2024: +2.26 pp**.") == [(2.26, "change", "2014-2024")]


def test_an_unsigned_number_of_points_alone_on_a_bullet_is_not_read_as_a_move() -> None:
    assert stated("- 12 pp") == []


def test_an_arrow_between_years_alone_is_a_span_not_two_years() -> None:
    assert stated("Spending: 2014 → 2024: +62 %.") == [(62.0, "change", "2014-2024")]
