"""What carries between the sentences and items of a paragraph (issue 9, hold-out docs 5): 'that year' after a
year the sentence named, a past-tense sentence naming no time after one that did, a deadline that is not the next
sentence's period, a sentence told in the present; a list item's measure and owner."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.doc_context import headings
from knowledge.models import Fact
from knowledge.prose_tables import label_year
from knowledge.readers.prose import read_prose
from knowledge.snapshot import build_knowledge_base


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory):
    def run(text: str, *, published: str = "2025-07-15") -> list[Fact]:
        folder = tmp_path_factory.mktemp("docs")
        (folder / "note.txt").write_text(text, encoding="utf-8")
        entry = f'title = "A note on allied budgets"\npublished = "{published}"'
        (folder / "catalog.toml").write_text(f'["note.txt"]\n{entry}\n', encoding="utf-8")
        return [fact for fact in build_knowledge_base(Path(folder)).facts if fact.value is not None]

    return run


def one(facts: list[Fact], value: float) -> Fact:
    found = [fact for fact in facts if fact.value == value and fact.measure_kind != "date"]
    assert len(found) == 1, found
    return found[0]


def test_that_year_is_the_year_the_sentence_named_before_it(build) -> None:
    facts = build("Estimates published in June 2024 showed 23 of 32 allies at or above 2% that year.")
    assert one(facts, 32).period == "2024"


def test_a_past_tense_sentence_naming_no_time_speaks_of_the_year_before_it(build) -> None:
    facts = build(
        "Estimates published in June 2024 showed 23 of 32 allies at or above 2% that year. "
        "Poland led at 4.12%, followed by Estonia at 3.43%. Spain was lowest at 1.28%."
    )
    assert [one(facts, value).period for value in (4.12, 3.43, 1.28)] == ["2024", "2024", "2024"]


def test_the_year_carried_stays_within_its_paragraph(build) -> None:
    facts = build(
        "In 2022 Italy spent 1.51% of GDP. In 2022 Spain spent 1.33% of GDP."
        "\n\nIn 2023 Poland spent 3.9% of GDP.\n\nBelgium was lowest at 1.30% of GDP."
    )
    assert one(facts, 1.30).period == "2022"


def test_a_present_tense_sentence_does_not_take_the_past_year_before_it(build) -> None:
    facts = build(
        "In 2022 Italy spent 1.51% of GDP. In 2022 Spain spent 1.33% of GDP."
        "\n\nIn 2023 Poland spent 3.9% of GDP. The United Kingdom pays around 11% of the common budget."
    )
    assert one(facts, 11).period == "2022"  # the year most of the document's figures are of, not the one before


def test_a_year_still_going_on_is_not_carried_as_the_past(build) -> None:
    facts = build(
        "In 2024 Italy spent 1.49% of GDP. In 2024 Spain spent 1.28% of GDP."
        "\n\nItaly says it will report 2% of GDP in 2025. Romania was put at 2.25% of GDP."
    )
    assert one(facts, 2.25).period == "2024"  # the year most of the document's figures are of


def test_a_deadline_is_not_the_period_of_the_next_statement(build) -> None:
    facts = build("Britain says it will hit the full 5% of GDP by 2035. It is also buying 12 F-35A jets.")
    assert one(facts, 12).period == "2025"


def test_a_part_of_a_goal_after_it_still_takes_its_deadline(build) -> None:
    facts = build("Allies will spend 5% of GDP by 2035. Of that, 3.5% of GDP is meant for core defence.")
    assert one(facts, 3.5).period == "2035"


def test_a_present_tense_figure_is_of_the_year_the_document_was_written(build) -> None:
    facts = build(
        "In 2024 Poland spent 4.1% of GDP. In 2024 Estonia spent 3.4% of GDP."
        "\n\nLeaders of all 32 allies are here for the summit. Spain was lowest at 1.28% of GDP."
    )
    assert one(facts, 32).period == "2025"
    assert one(facts, 1.28).period == "2024"  # told in the past: the year most of the document's figures are of


def test_a_list_item_is_the_same_measure_as_the_item_before_it(build) -> None:
    facts = build("Allies pay into the common budget. The United Kingdom pays around 11% and France around 10%.")
    assert one(facts, 10).measure_kind == one(facts, 11).measure_kind == "share_of_total"
    assert one(facts, 10).subject == "France"


def test_a_list_item_after_a_figure_of_another_form_keeps_its_own_measure(build) -> None:
    facts = build("Germany raised its spending by 28%, to $88.5 billion, and Poland by 31%, to $38.0 billion in 2024.")
    assert (one(facts, 31).subject, one(facts, 31).measure_kind) == ("Poland", "change")
    assert one(facts, 38.0).measure_kind == "money"


def test_a_name_right_before_at_and_a_figure_owns_it_after_an_aside_word(build) -> None:
    facts = build(
        "In 2024 Spain was lowest at 1.28% of GDP, with Belgium at 1.30% and Canada at 1.37%. "
        "Others, including Italy at 1.49%, have further to go. NATO's budget grew, with Germany paying more."
    )
    assert [one(facts, value).subject for value in (1.28, 1.30, 1.37, 1.49)] == ["Spain", "Belgium", "Canada", "Italy"]


def test_a_table_row_of_a_marked_year_is_that_year_s(build) -> None:
    facts = build(
        "Germany's defence budget reached about EUR 86 billion in 2025.\n\n"
        "| Year | Share of GDP |\n|---|---|\n| 2024 | 2.12% |\n| 2025e | 2.40% |\n| 2026 plan | 2.80% |\n"
        "| 2027 (est.) | 2.90% |\n"
    )
    rows = {fact.value: (fact.subject, fact.period, fact.qualifiers) for fact in facts if fact.citation.row_label}
    assert rows[2.12] == ("Germany", "2024", ())
    assert rows[2.4] == ("Germany", "2025", ("estimate",))
    assert rows[2.8] == ("Germany", "2026", ("proposal",))
    assert rows[2.9] == ("Germany", "2027", ("estimate",))


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("2024", ("2024", ())),
        ("2025e", ("2025", ("estimate",))),
        ("2026 plan", ("2026", ("proposal",))),
        ("2024 (est.)", ("2024", ("estimate",))),
        ("2024 Germany", (None, ())),
        ("2025a", (None, ())),
        ("2025 (budget)", ("2025", ())),
        ("2024 (outturn, est.)", ("2024", ("estimate",))),
        ("2026 (draft)", ("2026", ("proposal",))),
        ("2024 (Germany)", (None, ())),
    ],
)
def test_row_labels_that_are_years(label: str, expected: tuple[str | None, tuple[str, ...]]) -> None:
    assert label_year(label) == expected


def test_a_table_row_of_a_year_with_a_note_in_brackets_is_that_year_s(build) -> None:
    facts = build(
        "Poland's defence spending keeps rising, in PLN billion.\n\n"
        "| Year | PLN bn | % of GDP |\n|---|---|---|\n"
        "| 2024 (outturn, est.) | 159.0 | 4.2 |\n| 2025 (budget) | 186.6 | 4.7 |\n"
    )
    rows = {fact.value: (fact.subject, fact.period) for fact in facts if fact.citation.row_label}
    assert rows[159.0] == rows[4.2] == ("Poland", "2024")
    assert rows[186.6] == rows[4.7] == ("Poland", "2025")


def test_today_is_the_year_the_document_was_written(build) -> None:
    facts = build(
        "In 2026 Germany plans EUR 108.2 billion. In 2026 it adds EUR 25.5 billion. In 2026 it adds EUR 11.5 billion."
        "\n\nGermany has about 183,000 active soldiers today."
    )
    assert one(facts, 183000).period == "2025"


def test_a_goal_does_not_take_the_year_the_sentence_before_spoke_of(build) -> None:
    facts = build(
        "Warsaw has around 216,000 soldiers today. Of the six, only Poland already exceeds the 3.5% core target."
    )
    assert one(facts, 3.5).period != "2025"


def test_a_line_set_wholly_in_bold_is_a_heading_not_a_statement(build) -> None:
    facts = build(
        "Allies pay for their own forces.\n\n**What was the 2% guideline?**\n\n"
        "In 2014 only three allies met the 2% mark of GDP.\n\n**Does the 5% replace the equipment rule?**\n\nNo."
    )
    assert not [fact for fact in facts if fact.citation.quote.startswith("**")]
    assert [fact.period for fact in facts if fact.value == 3] == ["2014"]


def test_a_bold_heading_is_read_without_its_marks() -> None:
    prose = read_prose("Intro line here.\n\n**Who pays the most?**\n\nThe United States pays 16%.\n")
    assert [heading.text for heading in headings(prose)] == ["Who pays the most?"]


def test_it_before_a_goal_s_split_is_the_goal_however_far_back_it_was_named(build) -> None:
    facts = build(
        "Where the 2% comes from\n\n"
        "- By 2024, NATO estimated 23 of the 32 members were at 2% or more. So, big improvement.\n\n"
        "And now it's 5%\n\n"
        "- Yep. At The Hague summit on 25 June 2025 they agreed on 5% of GDP by 2035.\n"
        "- BUT it's split: at least 3.5% for core defence and up to 1.5% for broader stuff.\n"
    )
    parts = [(one(facts, v).subject, one(facts, v).period) for v in (3.5, 1.5)]
    assert parts == [("NATO Allies", "2035"), ("NATO Allies", "2035")]


def test_of_this_after_a_goal_opens_its_parts_in_a_country_s_document(build) -> None:
    """'… all Allies agreed to spend 5% of GDP … by 2035. Of this, at least 3.5% is for core defence, as defined by
    NATO, and up to 1.5% …' in a page of Germany's ministry: the parts are the alliance's goal's, not Germany's."""
    facts = build(
        "# What did Germany commit to?\n\n"
        "Germany's defence budget rises in 2025. On 25 June 2025 all Allies agreed to spend 5% of GDP per year on "
        "defence and security by 2035. Of this, at least 3.5% is for core defence, as defined by NATO, and up to "
        "1.5% for defence- and security-related investments.\n"
    )
    parts = [(one(facts, v).subject, one(facts, v).period) for v in (3.5, 1.5)]
    assert parts == [("NATO Allies", "2035"), ("NATO Allies", "2035")]


def test_a_document_comparing_a_year_long_past_speaks_in_its_present_of_the_recent_one(build) -> None:
    facts = build(
        "Where it comes from\n\n"
        "- The UK was at 2.14% in 2014. Overall, European allies went from about 1.43% in 2014 to roughly 2.02% in "
        "2024.\n- Italy was at 1.14% in 2014 and at 1.49% in 2024.\n\n"
        "Stuff to notice\n\n- Poland was at 4.12% in 2024.\n"
        "- Germany's jump came from a €100 billion special fund set up in 2022.\n"
        "- Poland more than doubled its share. It's now the top spender, ahead of the US at about 3.38%.\n",
        published="2025-06-30",
    )
    # 2014 and 2024 stated as often: the document's present is 2024, not the year a decade back
    assert one(facts, 3.38).period == "2024"


def test_at_the_time_is_the_time_the_sentence_before_spoke_of(build) -> None:
    facts = build(
        "- Back in 2014 at the Wales summit, NATO countries promised to move towards spending 2% of GDP.\n"
        "- At the time only 3 allies actually did it.\n- By 2024, 23 of the 32 members were at 2% or more.\n"
        "- Poland was at 4.12% in 2024.\n"
    )
    assert one(facts, 3).period == "2014"  # the list item's 'at the time' is the year the item before spoke of


INTERVIEW = (
    "**How big was the jump?**\n\nSIPRI put world military expenditure at $2,718 billion in 2024, a real increase"
    " of 9.4% on 2023.\n\n**Who were the biggest movers?**\n\nRussia spent an estimated $149 billion, up 38%."
    "\n\n**And this year?**\n\nIn 2025 Poland is to spend 4.7% of GDP, Estonia 3.4% and Latvia 3.5%. In 2025"
    " Lithuania plans 4%, and Denmark 3.2% in 2025."
)


def test_an_answer_to_a_question_naming_no_year_goes_on_from_the_answer_before(build) -> None:
    """'**Who were the biggest movers?**', after an answer about 2024: 'Russia spent …' speaks of 2024 too; a
    paragraph naming its own year is of that year."""
    facts = build(INTERVIEW)
    assert one(facts, 149).period == "2024"
    assert one(facts, 3.2).period == "2025"
