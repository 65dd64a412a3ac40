"""A reference article on one country's military budget (hold-out 76): its table of years is the country's, though
the text introducing it names the body whose definition the figures follow; an event a time clause dates a sentence
by names no one the sentence speaks of; an office-holder speaking for the country leaves it for the sentences after;
a person who did a dated event is whose date it is; a goal and an infobox's target are counts of their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.models import Fact
from knowledge.sentence import Context, SentenceReader
from knowledge.snapshot import build_knowledge_base


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory):
    def run(text: str, title: str) -> list[Fact]:
        folder = tmp_path_factory.mktemp("docs")
        (folder / "article.md").write_text(text, encoding="utf-8")
        entry = f'title = "{title}"\npublished = "2025-07-01"'
        (folder / "catalog.toml").write_text(f'["article.md"]\n{entry}\n', encoding="utf-8")
        return [fact for fact in build_knowledge_base(Path(folder)).facts if fact.value is not None]

    return run


TABLE_ARTICLE = """# Military budget of Poland

The **military budget of Poland** is the part of the state budget allocated to the Ministry of National Defence.

## Spending by year

Defence budget in billions of euros, and spending as a share of GDP. The NATO shares for 2022 are estimates.

| Year | Budget (€ bn) | Share of GDP (%, NATO) |
|------|---------------|------------------------|
| 2021 | 12.1 | 2.23 |
| 2022 | 14.6 | 2.42 |
"""

SPEECH_ARTICLE = """# Military budget of Poland

The **military budget of Poland** is the part of the state budget allocated to the Ministry of National Defence.

## History

On 1 March 2022, 5 days after the start of Russia's full-scale invasion of Ukraine, Prime Minister Anna Nowak told \
the Sejm that Europe faced a new era and proposed a defence fund. The €9 billion support fund was created by a law \
that the Sejm passed on 11 March 2022. Payments from the fund came to roughly €14 billion in 2024.
"""


def test_a_table_of_years_in_an_article_on_one_country_is_the_countrys(build) -> None:
    built = build(TABLE_ARTICLE, "Military budget of Poland")
    facts = [fact for fact in built if fact.citation.locator.startswith("table")]
    assert {(fact.period, fact.value) for fact in facts} >= {("2021", 12.1), ("2021", 2.23), ("2022", 14.6)}
    assert {fact.subject for fact in facts} == {"Poland"}


def test_the_names_of_an_event_dating_a_clause_are_not_the_sentences_subject() -> None:
    opening = "Two weeks after Russia's invasion of Ukraine, the government announced a new fund."
    reader = SentenceReader(opening, Context(), 2025)
    assert reader.sentence_subject() is None
    since = "Since Russia's invasion of Ukraine, Poland has raised spending to 4% of GDP."
    named = SentenceReader(since, Context(), 2025)
    assert [stated.subjects for stated in named.statements()] == [["Poland"]]
    # a possessive opening no clause of time still names the sentence's subject
    plain = SentenceReader("Russia's war budget rose to 6% of GDP.", Context(), 2025)
    assert [stated.subjects for stated in plain.statements()] == [["Russia"]]


def test_an_office_holder_speaking_for_the_country_leaves_it_for_the_next_sentences(build) -> None:
    facts = build(SPEECH_ARTICLE, "Military budget of Poland")
    amounts = {fact.value: fact.subject for fact in facts if fact.measure_kind == "money"}
    assert amounts == {9.0: "Poland", 14.0: "Poland"}
    others = {"Russia", "Ukraine", "Europe"}
    assert not [fact for fact in facts if fact.subject in others and fact.measure_kind != "war"]


def _dates(facts: list[Fact]) -> set[tuple[str, float | None]]:
    return {(fact.subject, fact.value) for fact in facts if fact.measure_kind == "date"}


def test_a_person_opening_the_clause_of_a_dated_event_is_whose_date_it_is(build) -> None:
    text = """# Military budget of Poland

- Minister: Anna Nowak (since 2 May 2023)

Anna Nowak took over the ministry on 2 May 2023 and has said the army must be ready by 2030. On 4 June 2024, \
Prime Minister Piotr Kowalski told the Sejm that the fund would grow.
"""
    dates = _dates(build(text, "Military budget of Poland"))
    assert ("Anna Nowak", 2023) in dates
    assert ("Piotr Kowalski", 2024) in dates
    assert ("Anna Nowak", 2030) not in dates  # a deadline she argued for is no doing of hers
    assert ("Poland", 2023) not in dates


def test_a_person_inside_a_thing_s_clause_does_not_own_its_date(build) -> None:
    text = (
        "# Military budget of Poland\n\nThe special fund Piotr Kowalski announced in March 2022 was worth €9 billion.\n"
    )
    dates = _dates(build(text, "Military budget of Poland"))
    assert ("Piotr Kowalski", 2022) not in dates


def test_a_date_right_after_the_event_a_clause_is_dated_by_is_the_event_s() -> None:
    sentence = "Most of the money pays for contracts signed since Russia's invasion of Ukraine in February 2022."
    reader = SentenceReader(sentence, Context(subject="Poland", document_subject="Poland"), 2025)
    assert [stated.subjects for stated in reader.dates({})] == [["Russia"]]


def test_a_goal_after_a_count_and_a_dated_target_line_are_counts(build) -> None:
    text = """# Military budget of Poland

- Personnel target: 250,000 by 2035

The army counted about 190,000 active soldiers at the end of 2024, short of the goal of 250,000 set for 2035.
"""
    facts = [fact for fact in build(text, "Military budget of Poland") if fact.measure_kind == "count"]
    assert {(fact.value, fact.period) for fact in facts} == {(250000, "2035"), (190000, "2024")}
    prose_goal = [fact for fact in facts if fact.value == 250000 and "goal of" in fact.citation.quote]
    assert prose_goal and all("maximum" not in fact.qualifiers for fact in prose_goal)  # short of it is the count


def test_a_clause_opener_and_a_pronoun_are_no_persons_name() -> None:
    sentence = "When I took this job in 2022 the budget was about €750 million."
    reader = SentenceReader(sentence, Context(subject="Estonia", document_subject="Estonia"), 2025)
    assert all(stated.subjects != ["When I"] for stated in reader.dates({}))


def test_a_date_after_an_event_dating_the_clause_stays_that_events_owners() -> None:
    sentence = (
        "Since Russia's annexation of Crimea in 2014, and even more since the invasion of Ukraine in February 2022, "
        "the Allies have raised their budgets."
    )
    reader = SentenceReader(sentence, Context(), 2025)
    assert [(stated.subjects, stated.figure.value) for stated in reader.dates({})] == [
        (["Russia"], 2014.0),
        (["Russia"], 2022.0),
    ]
