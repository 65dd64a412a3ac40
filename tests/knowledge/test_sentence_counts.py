"""What a count of allies counts: its own words run through the clause that says what is counted, so a question
naming the condition ('how many allies hit 2 percent') finds the count, not the membership it is counted of."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.models import Fact
from knowledge.sentence import Context, SentenceReader
from knowledge.snapshot import build_knowledge_base

RELEASE = (
    "BRUSSELS - Twenty-three of NATO's 32 allies are estimated to have spent at least 2% of their gross domestic "
    "product on defence in 2024, according to a tally of the alliance's published country estimates."
)


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory):
    def run(text: str) -> KnowledgeBaseFolder:
        folder = tmp_path_factory.mktemp("counts")
        (folder / "note.txt").write_text(text, encoding="utf-8")
        (folder / "catalog.toml").write_text('["note.txt"]\ntitle = "A note"\npublished = "2025-02-10"\n', "utf-8")
        return KnowledgeBaseFolder(folder)

    return run


class KnowledgeBaseFolder:
    def __init__(self, folder: Path) -> None:
        self.kb = build_knowledge_base(folder)

    def count(self, value: float) -> Fact:
        (fact,) = [f for f in self.kb.facts if f.value == value and f.measure == "open:count"]
        return fact


def counted_words(sentence: str, value: float) -> str:
    reader = SentenceReader(sentence, Context(), 2025)
    figure = next(figure for figure in reader.values if figure.value == value)
    end = reader.counted_end(figure)
    return reader.text[reader.tokens[figure.start].start : reader.tokens[end - 1].end]


@pytest.mark.parametrize(
    ("sentence", "value", "words"),
    [
        (
            RELEASE,
            23,
            "Twenty-three of NATO's 32 allies are estimated to have spent at least 2% of their gross "
            "domestic product on defence in 2024",
        ),
        ("Five allies spent more than 3%: Poland (4.12%), Estonia (3.43%).", 5, "Five allies spent more than 3%"),
        ("That year only three allies met it.", 3, "three allies met it"),
        ("Eight allies remain short of 2% (Iceland is not assessed).", 8, "Eight allies remain short of 2%"),
        ("It had 23 of 32 allies at or above 2% that year.", 23, "23 of 32 allies at or above 2% that year"),
        ("Thirteen further allies sit between 2% and 2.25%.", 13, "Thirteen further allies sit between 2% and 2.25%"),
        # the next clause's figure is never the count's
        ("23 allies met 2% and eight allies spent less than 1.5%.", 23, "23 allies met 2%"),
        ("23 allies met 2%, up from 11 allies in 2023.", 23, "23 allies met 2%"),
    ],
)
def test_a_count_of_allies_runs_through_what_it_counts(sentence: str, value: float, words: str) -> None:
    assert counted_words(sentence, value).rstrip(".") == words


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (RELEASE, 32),  # the total of '23 of 32' is the membership, not what is counted
        ("Poland will buy 1,000 tanks to reach 4.7% of GDP.", 1000),  # not a count of allies
    ],
)
def test_other_counts_keep_their_own_words(sentence: str, value: float) -> None:
    assert counted_words(sentence, value).split()[-1] in {"allies", "tanks"}


def test_the_count_fact_states_what_it_counts(build) -> None:
    folder = build(RELEASE)
    fact = folder.count(23)
    assert fact.total == 32
    assert fact.measure_text is not None
    assert fact.measure_text.endswith("at least 2% of their gross domestic product on defence in 2024")


def test_a_question_naming_the_condition_is_answered_by_the_count(build) -> None:
    folder = build(RELEASE)
    answer = Engine(folder.kb).ask("how many allies hit 2 percent in 2024")
    assert answer.values[:1] == [23.0]
    assert "**Twenty-three**" in (answer.answer or "")


def test_the_membership_still_answers_how_many_members(build) -> None:
    folder = build(RELEASE)
    answer = Engine(folder.kb).ask("how many members does NATO have")
    assert answer.values[:1] == [32.0]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("This year we expect to send the committee around 160 — let me be precise — 154 such proposals.", 154),
        ("The Department agreed to buy back 36,347 service family homes from Annington Homes.", 36347),
    ],
)
def test_a_count_of_proposals_or_homes_is_a_count_and_a_figure_corrected_before_it_none(sentence, count) -> None:
    """'around 160 — let me be precise — 154 such proposals': the corrected number counts the noun; the slip before
    it, with no noun of its own, is no figure."""
    reader = SentenceReader(sentence, Context(), 2025)
    assert [(figure.value, figure.kind.value) for figure in reader.values] == [(count, "count")]


def statements_of(sentence: str) -> list[tuple[float, str, str | None]]:
    reader = SentenceReader(sentence, Context(gdp_shares=True), 2025)
    return [(stated.figure.value, stated.kind, stated.period) for stated in reader.statements()]


def test_a_move_between_two_bare_numbers_of_a_named_count_is_two_counts_of_its_years() -> None:
    sentence = "Since then the number of allies at or above 3% grew from two to 11 between 2015 and 2025."
    assert statements_of(sentence) == [(2.0, "count", "2015"), (11.0, "count", "2025")]  # 3% bounds them: no figure


def test_a_move_between_bare_numbers_with_no_years_to_date_its_ends_is_no_count() -> None:
    assert [kind for _, kind, _ in statements_of("The number of allies at or above 3% grew from 2 to 11.")] != [
        "count",
        "count",
    ]


def test_a_label_opening_on_a_counted_noun_dates_each_bare_number_of_its_arrow_series() -> None:
    """'Allies above 3% of GDP: 2 (2015) → 4 (2020) → 11 (2025, planned)': each bare number counts the label's noun
    in the year its brackets give; the label's percentage is the line counted up to, no figure of its own."""
    sentence = "- Allies above 3% of GDP: 2 (2015) → 4 (2020) → 11 (2025, planned)."
    assert statements_of(sentence) == [(2.0, "count", "2015"), (4.0, "count", "2020"), (11.0, "count", "2025")]
    assert [kind for _, kind, _ in statements_of("Budgets of the allies: 3 (2015) → 5 (2020).")] != ["count", "count"]
