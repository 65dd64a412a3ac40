"""Exclusions and negations asked in many voices: an ally left out is out of the set the question ranges over, a
negated test asks its complement, and what the documents cannot leave out is refused, never dropped."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "values", "named"),
    [
        # a filler between the negation and the test it negates ('did not even reach')
        ("Which Baltic state did not even reach 400 dollars of defence spending per person in 2022?", 359.1, "Latvia"),
        ("Which of the Baltic states didn't actually hit 400 dollars per head in 2022?", 359.1, "Latvia"),
        # 'not above' keeps the line in: at or below it
        ("Which Baltic states were not above 2.8% of GDP in 2023?", 2.8, "Lithuania"),
    ],
)
def test_a_negated_test_lists_the_allies_that_failed_it(engine, text: str, values: float, named: str) -> None:
    answer = engine.ask(text)
    assert answer.answered, answer.answer
    assert round(answer.values[1], 1) == round(values, 1) and named in answer.answer
    assert answer.values[0] == 1.0  # only that ally


def test_a_negated_inclusive_test_keeps_the_line_in(engine) -> None:
    answer = engine.ask("How many allies were not above 2% of GDP in 2022?")
    assert answer.answered and "at or below 2%" in answer.answer


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Leaving out the Americans, how much did the rest of NATO spend on defence in 2021 in current dollars?",
            358835.9,
        ),
        ("Without the US, what did NATO spend on defence in 2020?", 325952.6),
        ("How much did NATO minus the United States spend in 2019, current prices?", 301674.2),
        ("Excluding the US, what was the alliance's defence spending as a share of GDP in 2019?", 1.54),
        ("Not counting the Americans, how many military personnel did the other allies have in 2016?", 1788.3),
        ("NATO Europe and Canada's real change in defence spending in 2022, so leaving the US aside?", 3.73),
    ],
)
def test_the_alliance_less_the_us_is_the_tables_europe_and_canada_row(engine, text: str, value: float) -> None:
    answer = engine.ask(text)
    assert answer.answered, answer.answer
    assert round(answer.values[0], 1) == round(value, 1)
    assert {fact.subject for fact in answer.facts} == {"European Allies and Canada"}


@pytest.mark.parametrize(
    "text",
    [
        "Excluding the US and Canada, what did NATO spend on defence in 2021?",
        "Not counting Germany, what was NATO's total defence spending in 2022?",
    ],
)
def test_a_whole_holding_an_ally_left_out_is_no_answer(engine, text: str) -> None:
    answer = engine.ask(text)
    assert not any(fact.subject in ("NATO Allies", "European Allies and Canada") for fact in answer.facts)


@pytest.mark.parametrize(
    "text",
    [
        "Excluding pensions, what was Italy's defence spending in 2023?",
        "Not counting military pensions, how much did France spend on defence in 2022?",
        "What did Germany spend on defence in 2024, leaving out personnel?",
        "Without equipment, what was Poland's defence budget in 2024 in dollars?",
    ],
)
def test_a_part_of_the_budget_the_documents_do_not_split_out_is_refused_not_dropped(engine, text: str) -> None:
    answer = engine.ask(text)
    assert not answer.answered and not answer.values


def test_a_part_named_without_leaving_it_out_is_still_asked(engine) -> None:
    answer = engine.ask("What share of Italy's defence spending went on personnel and pensions in 2023?")
    assert answer.answered and round(answer.values[0], 2) == 62.35


@pytest.mark.parametrize(
    ("text", "value", "left_out"),
    [
        # 'both' between the word leaving allies out and the list it leaves out
        (
            "Leaving out both the US and Türkiye, how many military personnel did the remaining allies have in 2024?",
            1637.4,
            {"United States", "Türkiye"},
        ),
        # the allies of a year are those that had joined by then: no Finland or Sweden in 2021
        (
            "Excluding the US and Canada, what did NATO spend on defence in 2021?",
            333333.9,
            {"United States", "Canada", "Finland", "Sweden"},
        ),
        (
            "Not counting Germany, what was NATO's total defence spending in 2022?",
            1128953.9,
            {"Germany", "Finland", "Sweden"},
        ),
    ],
)
def test_a_sum_over_the_alliance_less_allies_left_out_counts_the_members_of_that_year(
    engine, text: str, value: float, left_out: set[str]
) -> None:
    answer = engine.ask(text)
    assert answer.answered, answer.answer
    assert round(answer.values[0], 1) == value
    assert not {fact.subject for fact in answer.facts} & left_out


@pytest.mark.parametrize(
    ("text", "verdict", "listed"),
    [
        ("Apart from the US, was Bulgaria the only ally above 3% of GDP in 2019?", "Yes", ["Bulgaria"]),
        ("Was Bulgaria the only ally above 3% of GDP in 2019?", "No", ["United States", "Bulgaria"]),
        ("Was Poland alone above 4% in 2024?", "Yes", ["Poland"]),
        ("Was anyone besides Poland over 4% of GDP in 2024?", "No", []),
        (
            "Apart from Poland, did any other ally spend more than 3% of GDP in 2023?",
            "Yes",
            ["United States", "Estonia"],
        ),
    ],
)
def test_the_only_one_or_anyone_else_past_a_line_is_judged_by_every_ally_past_it(
    engine, text: str, verdict: str, listed: list[str]
) -> None:
    answer = engine.ask(text)
    assert answer.answered and answer.answer.startswith(f"**{verdict}**"), answer.answer
    assert answer.values[0] == len(listed)
    for name in listed:
        assert name in answer.answer
    # the nearest ally short of the line stands beside them, cited
    assert len(answer.facts) == len(listed) + 1


def test_a_follow_up_over_the_group_asked_before_keeps_its_year(engine) -> None:
    """The previous question named the Baltic states in 2023 (and went unanswered): 'which of them' is of 2023."""
    first = engine.ask("What were the Baltic states' defence shares of GDP in 2023?")
    answer = engine.compute("Which of them was not above 2.8%?", previous=first)
    assert answer.answered and "2023" in answer.answer and "2024" not in answer.headline
    assert answer.values == [1.0, 2.7807]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Counting every country in NATO's tables, Finland and Sweden included, how many did NOT reach 2% of GDP "
            "in 2022?",
            24,
        ),
        ("With Finland included, how many allies were above 2% in 2023?", 10),
    ],
)
def test_allies_counted_in_the_field_are_no_subjects_of_their_own(engine, text: str, count: int) -> None:
    answer = engine.ask(text)
    assert answer.answered and answer.values[0] == count


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("not the % of gdp — how much did portugal actually spend on defence in 2019, in current us dollars?", 3299.09),
        ("Not in dollars but in euros: what was Slovenia's defence budget in 2023 at current prices?", 844.64),
        ("I don't need defence figures, just Finland's GDP per capita in 2023 (2015 prices) from the tables?", 45.95),
        (
            "Leaving the dollar conversion aside, how many million koruna did Czechia spend on defence in 2024?",
            159691.47,
        ),
    ],
)
def test_a_clause_refusing_a_basis_is_refused_and_the_basis_asked_is_answered(engine, text: str, value: float) -> None:
    answer = engine.ask(text)
    assert answer.answered, answer.answer
    assert round(answer.values[0], 2) == value


def test_a_clause_refusing_a_part_is_no_basis_and_stays_asked(engine) -> None:
    answer = engine.ask("Not counting pensions, what did Italy spend on defence in 2023?")
    assert not answer.answered


def test_anyone_else_past_a_fall_is_no_level_tested(engine) -> None:
    """'cut by more than 10%' is a fall past −10%, never a level above 10%."""
    answer = engine.ask("Apart from Türkiye and Norway, did any other ally cut real spending by more than 10% in 2022?")
    assert not (answer.answered and "above 10%" in answer.answer)


def test_a_part_named_beside_the_rest_of_a_list_asked_is_no_deduction() -> None:
    from knowledge.ask.exclusions import parts_left_out  # noqa: PLC0415 - the reader under test

    listed = "besides infrastructure networks what else can go in the up to 1.5% part"
    assert parts_left_out(listed.split(" ")) == []
    deducted = "other than pensions what did italy spend in 2023"
    assert parts_left_out(deducted.split(" ")) == [("pensions",)]


def test_a_question_quoting_a_claim_keeps_its_clauses_as_typed(engine) -> None:
    answer = engine.ask(
        "A student wrote 'only 22 allies hit 2% in 2024' — is that what the article says, out of how many members?"
    )
    assert answer.answered and 22.0 in answer.values and 32.0 in answer.values


def test_a_clause_leaving_an_ally_aside_is_no_basis_refused() -> None:
    from knowledge.ask.exclusions import left_out  # noqa: PLC0415 - the reader under test
    from knowledge.question import Vocabulary, parse  # noqa: PLC0415

    asked = parse("leaving the us aside, did germany spend more than france", Vocabulary(set()), {})
    assert left_out(asked) == {"United States"}
