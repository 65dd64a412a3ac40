"""A report's pledges and recommendations (a goal split into parts, a lettered list of recommendations under the
line introducing it), places in a ranking moved from ('up from seventh in 2023'), and a whole a kind of entity
names but the sentence does not ('half of the region's total of $629 billion')."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from knowledge.figures import FigureKind, find_figures, tokenize
from knowledge.models import Fact
from knowledge.readers.prose import LIST_ITEM
from knowledge.sentence import Context, Goal, SentenceReader

BuildNote = Callable[..., list[Fact]]


def ranks(sentence: str) -> list[float]:
    return [figure.value for figure in find_figures(tokenize(sentence)) if figure.kind is FigureKind.RANK]


def test_the_place_a_ranking_moved_from_is_a_rank() -> None:
    sentence = "Germany climbed to fourth place in the world ranking, up from seventh in 2023."
    assert ranks(sentence) == [4.0, 7.0]


def test_an_ordinal_after_up_from_with_no_place_before_it_is_no_rank() -> None:
    assert ranks("Spending rose, up from seventh in line for funding in 2023.") == []


def test_the_place_moved_from_is_of_its_own_year_and_the_place_reached_of_the_sentences(
    build_note: BuildNote,
) -> None:
    text = (
        "Germany spent 2.1% of GDP in 2024. It climbed to fourth place in the world ranking, up from seventh in 2023."
    )
    facts = [fact for fact in build_note(text) if fact.measure_kind == "rank"]
    assert sorted((fact.value, fact.period) for fact in facts) == [(4.0, "2024"), (7.0, "2023")]


def test_the_parts_of_a_goal_named_by_its_level_are_of_the_goals_owner() -> None:
    sentence = (
        "Of the new 5% target, at least 3.5% of GDP is to go to core defence requirements, with up to 1.5% for "
        "protecting critical infrastructure."
    )
    context = Context(paragraph_subject="Ukraine", goal=Goal("NATO Allies", 5.0, "2035"))
    statements = SentenceReader(sentence, context, 2025).statements()
    assert [(s.figure.value, s.subjects, s.period) for s in statements] == [
        (3.5, ["NATO Allies"], "2035"),
        (1.5, ["NATO Allies"], "2035"),
    ]


def test_a_lettered_item_is_a_list_item() -> None:
    assert LIST_ITEM.match("b) keep the 20% guideline for major equipment;")
    assert not LIST_ITEM.match("bar) none")


REPORT = """# Sharing the burden

### I. INTRODUCTION

1. In 2024, 23 of 32 Allies met the 2% guideline.

### VI. RECOMMENDATIONS

16. The Rapporteur recommends that member parliaments:

a) adopt multi-year defence investment laws;
b) keep the 20% guideline for major equipment and raise spending on research in line with the EDA benchmarks;
c) direct at least 35% of equipment procurement to collaborative European projects;
d) publish an annual national progress report;
e) sustain military support to Ukraine at no less than the EUR 40 billion annual baseline.
"""


@pytest.fixture(scope="module")
def report_facts(build_note: BuildNote) -> list[Fact]:
    return build_note(REPORT, name="report.md", catalog='title = "Sharing the burden"\npublished = "2025-06-30"')


@pytest.mark.parametrize(("value", "kind"), [(20.0, "share_of_total"), (35.0, "share_of_total"), (40.0, "money")])
def test_each_recommendation_is_of_whom_the_line_introducing_the_list_names(
    report_facts: list[Fact], value: float, kind: str
) -> None:
    found = [fact for fact in report_facts if fact.value == value]
    assert [(fact.subject, fact.measure_kind) for fact in found] == [("NATO Allies", kind)]


def subjects_of(sentence: str) -> list[tuple[float, str, list[str]]]:
    context = Context(subject="World", paragraph_subject="World", section_subject="World")
    return [(s.figure.value, s.kind, s.subjects) for s in SentenceReader(sentence, context, 2025).statements()]


def test_a_whole_inside_a_shares_of_naming_no_one_is_not_the_shares_subjects() -> None:
    sentence = "The biggest dot is China's, accounting for half of the region's total of $629 billion."
    assert subjects_of(sentence) == [(50.0, "share_of_total", ["China"])]


def test_a_total_the_subjects_own_is_still_its_whole() -> None:
    sentence = "Germany's plan accounts for about 12.4% of total federal spending of EUR 502.5 billion."
    assert [subjects for value, _, subjects in subjects_of(sentence) if value == 502.5] == [["Germany"]]


def test_the_regions_total_is_the_region_its_heading_names(build_note: BuildNote) -> None:
    text = (
        "# Five charts\n\n### Chart 5 — Asia's rising line\n\n"
        "The biggest dot is China's, accounting for half of the region's total of $629 billion in 2024.\n"
    )
    facts = build_note(text, name="five.md", catalog='title = "Five charts"\npublished = "2025-05-02"')
    assert sorted((fact.subject, fact.value) for fact in facts) == [("Asia and Oceania", 629.0), ("China", 50.0)]
