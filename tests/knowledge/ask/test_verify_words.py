"""The words a statement's figure owns: a phrase set off after another figure's clause (a participle, a
superlative) speaks of that clause, so neither claims the other's words."""

from __future__ import annotations

import pytest

from knowledge.models import Citation, Fact, Unit

NOTES = """# Defence industry notes

Published 3 April 2025.

## Contracts

- on 4 February 2025 the ministry signed a £2.4 billion contract with Korvane for 300 armoured vehicles, supporting \
1,200 jobs in Swansea; and
- the air tanker fleet will be extended to 2035.

## Audit

The Public Accounts Committee reported in January 2025 that forecast costs exceeded the budget by £7.3 billion, the \
largest shortfall since the programme began in 2016.
"""


def fact(quote: str, own: str, value: float) -> Fact:
    return Fact(
        id=f"fact-{value}",
        subject="United Kingdom",
        measure="open:count",
        value=value,
        unit=Unit.COUNT,
        period="2025",
        measure_text=own,
        citation=Citation(document="doc.md", locator="paragraph 1", quote=quote),
    )


@pytest.mark.parametrize(
    ("quote", "phrase", "clause", "said_of"),
    [
        (
            "We signed a £2.4 billion contract with Korvane for 300 vehicles, supporting 1,200 jobs in Swansea.",
            "supporting 1,200 jobs in Swansea.",
            "contract with Korvane for 300 vehicles",
            True,
        ),
        (
            "Costs exceeded the budget by £7.3 billion, the largest shortfall since the programme began in 2016.",
            "the largest shortfall since the programme began in 2016.",
            "Costs exceeded the budget by £7.3 billion",
            True,
        ),
        # a list's next item is a clause of its own, not a phrase said of the one before
        ("Italy spent 1.5%, the Netherlands 2.0%.", "the Netherlands 2.0%.", "Italy spent 1.5%", False),
        # a semicolon starts another statement
        (
            "Costs rose by £2 billion; the largest rise came in 2016.",
            "the largest rise came in 2016.",
            "Costs rose by £2 billion",
            False,
        ),
    ],
)
def test_a_phrase_set_off_after_a_clause_is_said_of_it(quote, phrase, clause, said_of):
    from knowledge.ask.verify_words import _said_of  # noqa: PLC0415 - a name only this change brings

    assert _said_of(fact(quote, phrase, 1.0), fact(quote, clause, 2.0)) is said_of


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("How many jobs in Swansea does the Korvane contract support?", 1200),
        ("How large a shortfall did the Public Accounts Committee find?", 7.3),
    ],
)
def test_a_figure_answers_by_the_words_of_the_clause_its_phrase_is_said_of(engine_of_text, question, value):
    answer = engine_of_text("notes.md", NOTES).ask(question)
    assert answer.answered and value in answer.values


def test_the_phrase_lends_nothing_to_another_sentence(engine_of_text):
    assert not engine_of_text("notes.md", NOTES).ask("How many jobs does the air tanker fleet support?").answered


RELEASE = """# Government expenditure on defence

*News release — 27 February 2025*

| Country | % of GDP 2023 | % of total general government expenditure 2023 |
|---|---|---|
| France | 1.7 | 3.0 |
| Germany | 1.1 | 2.2 |
"""


def test_public_spending_is_said_by_general_government_expenditure(engine_of_text):
    """'total public spending' is a release's 'total general government expenditure': the same idea in other words."""
    engine = engine_of_text("release.md", RELEASE)
    asked = engine.ask("What share of total public spending did France allocate to defence in 2023?")
    assert 3.0 in asked.values
    assert not engine.ask("What was France's public debt in 2023?").answered  # the debt is still not stated
