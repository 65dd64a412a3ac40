"""Things named by description instead of by name ('the alliance's biggest spender', 'the host of the 2025 summit'):
the description found with the question naming what it describes, then the answer about the ally it names."""

from __future__ import annotations

import pytest

from knowledge.ask.described import described_in
from knowledge.engine import Engine
from knowledge.questionset import Question, Verdict, judge


@pytest.mark.parametrize(
    ("question", "description", "asks"),
    [
        (
            "What was GDP per capita of the alliance's biggest spender in 2024?",
            "the alliance's biggest spender",
            "Which ally had the biggest defence expenditure in 2024?",
        ),
        (
            "What was the defence expenditure of Europe's largest economy in 2023?",
            "Europe's largest economy",
            "Which Europe ally had the largest GDP in 2023?",
        ),
        # a price base is no year asked; 'that year' is the question's
        (
            "What was the 2024 defence expenditure, in constant 2015 prices, of the ally with the lowest defence "
            "spending per capita that year?",
            "the ally with the lowest defence spending per capita",
            "Which ally had the lowest defence spending per capita in 2024?",
        ),
        (
            "How many more troops did the ally with the second-largest armed forces have than Poland in 2024?",
            "the ally with the second-largest armed forces",
            "Which ally had the second largest armed forces in 2024?",
        ),
        (
            "Did the Baltic state that spent the most on defence meet 2% in 2018?",
            "the Baltic state that spent the most on defence",
            "Which Baltic ally spent the most on defence in 2018?",
        ),
        (
            "What share of GDP did the larger of the two Iberian allies, by GDP, spend on defence in 2024?",
            "the larger of the two Iberian allies, by GDP",
            "Which of the Iberian allies had the highest GDP in 2024?",
        ),
        (
            "How much of its GDP did the country hosting the 2025 summit spend on defence in 2024?",
            "the country hosting the 2025 summit",
            "Where was the 2025 summit held?",
        ),
        ("By how much did the 2025 summit host's share rise in 2024?", "the 2025 summit host", None),
        (
            "How many military personnel did the country where the 2% guideline was agreed have in 2024?",
            "the country where the 2% guideline was agreed",
            "Where was the 2% guideline agreed?",
        ),
    ],
)
def test_a_description_and_the_question_naming_it(question: str, description: str, asks: str | None) -> None:
    found = described_in(question)
    assert found is not None
    assert found.text == description
    if asks is not None:
        assert found.asks == asks


def test_the_rest_of_a_group_is_named_without_asking() -> None:
    question = "What share of GDP did the alliance's other North American member, besides the US, spend in 2024?"
    found = described_in(question)
    assert found is not None
    assert found.named == "Canada"
    assert found.replaced(question, "Canada") == "What share of GDP did Canada, spend in 2024?"


@pytest.mark.parametrize(
    "question",
    [
        # what the question asks, or claims of an ally it names: a ranking question, not a description
        "Who was the biggest spender in 2024?",
        "Which ally had the smallest armed forces by military personnel in 2024?",
        "Which country is the largest economy?",
        "Is the US the biggest spender?",
        "The biggest spender is the US, right?",
        # one country's own: 'Germany's largest army' describes no other ally
        "How big was Germany's largest army unit?",
        # a role's noun modifying a measure's: no ally named by its role
        "which european NATO country had the most military personnel in 2024?",
        "Which of the listed countries had the highest military burden?",
        # a ranking of every country, no ally
        "who's the 2nd biggest spender in the world and how much did they spend",
        # several years and none of its own: whose ranking it is cannot be told
        "How did the biggest spender's share change between 2014 and 2024?",
    ],
)
def test_no_description_where_none_names_one_ally(question: str) -> None:
    assert described_in(question) is None


@pytest.mark.parametrize(
    ("question", "values", "names"),
    [
        (
            "How much of its GDP did the country hosting the 2025 summit spend on defence in 2024?",
            [2.0495],
            ["Netherlands"],
        ),
        (
            "What was the annual real change in defence expenditure of the alliance's biggest spender in 2024?",
            [7.2144],
            ["United States"],
        ),
        (
            "What was the 2024 defence expenditure, in million US dollars at constant 2015 prices and exchange rates, "
            "of the ally with the lowest defence spending per capita that year?",
            [309.4643],
            ["Albania"],
        ),
        (
            "How many military personnel did the country where the 2% guideline was agreed have in 2024?",
            [138.097],
            ["United Kingdom", "Wales"],
        ),
        (
            "What share of GDP did the alliance's other North American member spend on defence in 2024?",
            [1.3652],
            ["Canada"],
        ),
    ],
)
def test_answered_for_the_ally_described_with_how_it_is_named(
    engine: Engine, question: str, values: list[float], names: list[str]
) -> None:
    answer = engine.ask(question)
    expected = Question.model_validate({"question": question, "kind": "lookup", "expect": {"values": values}})
    assert judge(expected, answered=answer.answered, values=answer.values, text=answer.answer) is Verdict.CORRECT
    assert all(name in answer.answer for name in names)
    described = described_in(question)
    assert described is not None
    assert described.text[1:] in answer.answer  # how the description names its ally is shown
    if described.named is None:
        assert answer.beside  # beside the answer's facts, those of the answer naming the ally, cited


def test_a_description_naming_no_one_is_not_answered(engine: Engine) -> None:
    answer = engine.ask("What share of GDP did the northernmost of the three Baltic states spend on defence in 2024?")
    assert not answer.answered


def test_a_worksheet_naming_request_asks_for_the_ally(engine: Engine) -> None:
    answer = engine.ask("Q88) Name the ally with the largest real increase in defence expenditure over 2014–2024e.")
    assert answer.answered
    assert "Lithuania" in answer.answer.splitlines()[1]
