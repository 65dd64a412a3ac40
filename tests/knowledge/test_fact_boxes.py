"""Encyclopedia pages: an infobox of 'Key: value' lines, numbered references and a reference list."""

from __future__ import annotations

import pytest

from knowledge.figures import FigureKind, find_figures, tokenize
from knowledge.models import Fact
from knowledge.readers.prose import read_prose

INFOBOX = """# Military budget of Latvia

```
Military budget of Latvia
Country: Latvia
Fiscal year: 1 January – 31 December
Planned defence spending (2025): EUR 86.6 billion
  of which state budget: EUR 54.3 billion
Share of GDP (2024, NATO estimate): 2.12%
SIPRI estimate (2024): US$18.0 billion
World rank (SIPRI, 2024): 23rd
Personnel (January 2025): c. 105,000
```

The **military budget of Latvia** is the part of public expenditure allocated to the armed forces.
"""


@pytest.fixture(scope="module")
def build(build_note):
    return build_note


def one(facts: list[Fact], value: float) -> Fact:
    found = [fact for fact in facts if fact.value == value]
    assert len(found) == 1, found
    return found[0]


def test_a_box_of_labelled_figures_is_read_one_statement_a_line() -> None:
    prose = read_prose(INFOBOX, markdown=True)
    lines = [prose.quote(block.span) for block in prose.blocks if not block.noise]
    assert "Planned defence spending (2025): EUR 86.6 billion" in lines
    assert "of which state budget: EUR 54.3 billion" in lines
    assert "```" not in lines


def test_an_approximate_figure_after_a_label_ends_no_sentence() -> None:
    prose = read_prose("Personnel (January 2025): c. 105,000\n")
    assert [prose.quote(span) for span in prose.blocks[0].sentences] == ["Personnel (January 2025): c. 105,000"]


@pytest.mark.parametrize(
    ("line", "kind", "value"),
    [
        ("Personnel (January 2025): c. 105,000", FigureKind.COUNT, 105000),
        ("Active troops (2024): ca. 12,000", FigureKind.COUNT, 12000),
        ("World rank (SIPRI, 2024): 23rd", FigureKind.RANK, 23),
    ],
)
def test_a_labelled_count_or_place_may_be_dated_and_approximate(line: str, kind: FigureKind, value: float) -> None:
    values = [(f.kind, f.value) for f in find_figures(tokenize(line)) if f.kind is not FigureKind.YEAR]
    assert values == [(kind, value)]


def test_each_line_of_an_infobox_is_the_pages_subject_dated_by_its_key(build) -> None:
    facts = build(INFOBOX, name="ruritania.md", catalog='title = "Military budget of Latvia"\npublished = "2025-06-02"')
    planned = one(facts, 86.6)
    assert (planned.subject, planned.measure_kind, planned.period) == ("Latvia", "money", "2025")
    assert (one(facts, 54.3).subject, one(facts, 54.3).period) == ("Latvia", "2025")
    share = one(facts, 2.12)
    assert (share.subject, share.measure_kind, share.period) == ("Latvia", "share_of_gdp", "2024")
    rank = one(facts, 23)
    assert (rank.subject, rank.measure_kind, rank.period) == ("Latvia", "rank", "2024")
    personnel = one(facts, 105000)
    assert (personnel.measure_kind, personnel.period) == ("count", "2025")
    # the months and days of a key or of a fiscal year date a figure or say when a year runs: no events
    assert not [fact for fact in facts if fact.measure_kind == "date"]


def test_a_reference_list_states_nothing(build) -> None:
    text = (
        "Latvia spent 2.1% of GDP on defence in 2024.\n\n## References\n\n"
        '1. "Latvia signs deal for 96 attack helicopters". Reuters. 13 August 2024.\n'
        '2. Tian, Nan et al. "Trends in World Military Expenditure, 2024". SIPRI Fact Sheet. April 2025.\n'
    )
    facts = build(text, name="refs.md")
    assert [fact.value for fact in facts] == [2.1]


def test_a_numbered_reference_after_a_full_stop_ends_the_sentence() -> None:
    text = "The Act of 2001 fixed the floor at 1.95% of GDP.[3] An amendment in 2017 raised it to 2.0% for 2018.\n"
    prose = read_prose(text)
    assert [prose.quote(span) for span in prose.blocks[0].sentences] == [
        "The Act of 2001 fixed the floor at 1.95% of GDP.",
        "An amendment in 2017 raised it to 2.0% for 2018.",
    ]


def test_the_previous_years_gdp_is_the_base_of_a_share_not_its_period(build) -> None:
    text = (
        "The Act of 25 May 2001 on the financing of the armed forces fixed defence spending in Latvia at no less "
        "than 1.95% of the previous year's GDP.\n"
    )
    assert one(build(text), 1.95).period == "2001"


def test_a_body_cited_with_a_year_in_brackets_is_the_source() -> None:
    from knowledge.sentence import Context, SentenceReader  # noqa: PLC0415 - the reading under test

    reader = SentenceReader("World rank (SIPRI, 2024): 23rd", Context(document_subject="Latvia"), 2025)
    assert [mention.name for mention in reader.mentions if mention.source] == ["SIPRI"]


def test_a_scaled_number_of_units_is_a_count_not_money() -> None:
    values = [(f.kind, f.value) for f in find_figures(tokenize("registrations rose to 10.6 million units in 2024"))]
    assert values[0] == (FigureKind.COUNT, 10.6e6)


def test_a_share_of_the_market_is_a_share_of_a_total(build) -> None:
    text = (
        "New car registrations in the European Union rose 0.8% in 2024. Battery-electric cars took 13.6% of the market."
    )
    fact = one(build(text), 13.6)
    assert fact.measure_kind == "share_of_total"


def test_the_year_of_an_earlier_value_dates_no_later_figure(build) -> None:
    text = (
        "New car registrations in the European Union rose 0.8% in 2024. Battery-electric cars took 13.6% of the "
        "market, slightly down from 14.6% in 2023, while hybrid-electric models climbed to 30.9%."
    )
    facts = build(text)
    assert (one(facts, 14.6).period, one(facts, 30.9).period) == ("2023", "2024")


def test_who_runs_a_fund_is_answered_by_the_sentence_naming_its_manager(tmp_path) -> None:
    from knowledge.engine import Engine  # noqa: PLC0415 - the whole pipeline under test
    from knowledge.snapshot import build_knowledge_base  # noqa: PLC0415

    (tmp_path / "latvia.md").write_text(
        "# Military budget of Latvia\n\nArmed Forces Support Fund (2025): EUR 62.3 billion.\n\n"
        "The law of 2022 raised the minimum to 3% of GDP from 2023 and created the **Armed Forces Support Fund**, "
        "which is managed by the state development bank and financed mainly by bond issues.\n",
        encoding="utf-8",
    )
    (tmp_path / "catalog.toml").write_text(
        '["latvia.md"]\ntitle = "Military budget of Latvia"\npublished = "2025-06-02"\n', encoding="utf-8"
    )
    answer = Engine(build_knowledge_base(tmp_path)).compute("Who manages the Armed Forces Support Fund?")
    assert "managed by the state development bank" in answer.answer


@pytest.mark.parametrize(
    "line",
    [
        "3. SAFE: EUR 150 BILLION IN LOANS",  # a heading in capitals
        "At the Vilnius summit in July 2023 the language hardened: 2% became a floor",  # a sentence
        "- Special fund announced on 27 February 2022: €100 billion",  # a date in the label
    ],
)
def test_a_heading_or_a_dated_label_is_no_box_line(line: str) -> None:
    from knowledge.doc_context import is_heading_block  # noqa: PLC0415
    from knowledge.readers.prose import LABELLED_FIGURE  # noqa: PLC0415 - the pattern under test

    prose = read_prose(f"Opening paragraph.\n\n{line}\n")
    assert LABELLED_FIGURE.match(line) is None or is_heading_block(prose, prose.blocks[1])


def test_one_third_of_next_years_total_is_of_next_year(build) -> None:
    text = "Roughly one third of next year's total, about PLN 67.7bn, is financed off the state budget in Poland."
    assert one(build(text, published="2025-09-01"), 67.7).period == "2026"


def test_a_bare_number_after_a_label_naming_employees_is_a_count(build):
    # '- Civilian employees in the defence system: 2,780': the label names whom the number counts
    facts = build(
        "# Estonia: key figures 2024\n\n- Professional soldiers: 16,250\n- Civilian employees in the ministry: 2,780\n"
    )
    assert one(facts, 2780).unit.value in ("count", "people")


KEY_NUMBERS_BOX = """Ottawa's defence plan for the coming years.

+--------------------------------------------------------------+
| AT A GLANCE                                                  |
|  Core budget, FY23-24 ............... C$38.5bn  (1.31% GDP)  |
|  Added funding, FY24-25 ............. C$6.1bn                |
|  Personnel costs .................... 41% of the budget      |
+--------------------------------------------------------------+

The department will report again in the autumn.
"""


def test_a_box_drawn_around_lines_is_read_as_the_lines_inside_it() -> None:
    prose = read_prose(KEY_NUMBERS_BOX)
    lines = [prose.quote(span) for block in prose.blocks for span in block.sentences]
    assert "Core budget, FY23-24 ............... C$38.5bn  (1.31% GDP)" in lines
    assert "Added funding, FY24-25 ............. C$6.1bn" in lines
    assert not [line for line in lines if "|" in line or "+--" in line]


def test_a_dotted_leader_before_a_figure_ends_no_sentence() -> None:
    prose = read_prose("Estimates for the year.\n\nTotal outlays ........ US$12.4bn (up 3%)\nNew money ..... C$9.3bn\n")
    sentences = [prose.quote(span) for block in prose.blocks for span in block.sentences]
    assert sentences[1:] == ["Total outlays ........ US$12.4bn (up 3%)", "New money ..... C$9.3bn"]


def test_each_line_of_a_drawn_key_numbers_box_states_its_figures(build) -> None:
    facts = build(KEY_NUMBERS_BOX, catalog='title = "Canada: the defence plan"\npublished = "2024-06-02"')
    core = one(facts, 38.5)
    assert (core.subject, core.measure_kind, core.period, core.currency) == ("Canada", "money", "2023-24", "CAD")
    assert (one(facts, 1.31).measure_kind, one(facts, 1.31).period) == ("share_of_gdp", "2023-24")
    assert (one(facts, 6.1).subject, one(facts, 6.1).period) == ("Canada", "2024-25")


MIXED_INFOBOX = """# Danish Defence

```
Name: Danish Defence (Forsvaret)
Country: Denmark
Branches: Army, Navy, Air Force, Home Guard
Headquarters: Holmen, Copenhagen
Chief of Defence: General Michael Hyldgaard
Military age: 18
Active personnel: 17,300 (2024)
Military budget: US$ 9.9 billion (2024)
Spending per capita: US$ 1,479 (2024, at 2015 prices)
```

**Danish Defence** is the unified military of the Kingdom of Denmark.
"""


def test_an_infobox_of_names_and_a_few_figures_is_read_one_statement_a_line() -> None:
    prose = read_prose(MIXED_INFOBOX, markdown=True)
    lines = [prose.quote(block.span) for block in prose.blocks if not block.noise]
    assert "Military budget: US$ 9.9 billion (2024)" in lines
    assert "Headquarters: Holmen, Copenhagen" in lines
    assert "```" not in lines


def test_each_figure_of_an_infobox_of_names_quotes_its_own_line(build) -> None:
    facts = build(MIXED_INFOBOX, name="denmark.md", catalog='title = "Danish Defence"\npublished = "2025-03-10"')
    budget = one(facts, 9.9)
    assert (budget.subject, budget.measure_kind, budget.period) == ("Denmark", "money", "2024")
    assert budget.citation.quote == "Military budget: US$ 9.9 billion (2024)"
    assert one(facts, 17300).citation.quote == "Active personnel: 17,300 (2024)"


def test_a_slides_keyed_bullets_keep_their_wrapped_lines() -> None:
    slide = (
        "GERMANY: THE ZEITENWENDE IN NUMBERS\n"
        "• Special fund (Sondervermögen Bundeswehr): EUR 100 bn, created 2022\n"
        "• SIPRI: +28% real in 2024\n"
        "• World ranking: 7th (2023) → 4th (2024)\n"
        "• March 2025: Basic Law amended — defence spending above 1% of GDP\n"
        "  exempt from the debt brake\n"
    )
    prose = read_prose(slide)
    sentences = [prose.quote(span) for block in prose.blocks for span in block.sentences]
    assert "exempt from the debt brake" not in sentences
