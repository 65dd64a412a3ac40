"""A share of GDP restating an amount of another quantity ('aid … EUR 90 million, equal to 0.21% of GDP') is that
quantity's, not defence spending's."""

from __future__ import annotations

import pytest

from knowledge.ask.parse import parse_question
from knowledge.ask.verify_quantity import _names_another, share_of_another_whole
from knowledge.models import Citation, Fact, Unit
from knowledge.question import parse

KEY_FIGURES = """# Estonia: key figures 2023

Defence funding in 2023: EUR 1.3 billion.

Equipment assistance delivered to Ukraine in 2023: EUR 90 million, equal to 0.21% of GDP.
"""


def test_a_share_restating_an_amount_of_assistance_is_not_defence_spending(engine_of_text):
    engine = engine_of_text("estonia.md", KEY_FIGURES)
    answer = engine.ask("What share of GDP did Estonia spend on defence in 2023?")
    assert 0.21 not in answer.values


def test_the_assistance_asked_is_answered_by_its_share(engine_of_text):
    engine = engine_of_text("estonia.md", KEY_FIGURES)
    answer = engine.ask("What share of GDP was Estonia's assistance to Ukraine in 2023?")
    assert 0.21 in answer.values


def _share_read_as_of_gdp(quote: str, value: float) -> Fact:
    return Fact(
        id=f"share-{value:g}",
        subject="Czechia",
        measure="open:share_of_gdp",
        value=value,
        unit=Unit.PERCENT_OF_GDP,
        period="2025",
        citation=Citation(document="budget.md", locator="paragraph 5, sentence 2", quote=quote),
    )


@pytest.mark.parametrize(
    ("quote", "value", "refused"),
    [
        ("Personnel expenditure is budgeted at CZK 45.1 billion, or 29.1% of the chapter.", 29.1, True),
        ("Operation and maintenance remains the largest title, at 40.0% of the FY2025 request.", 40.0, True),
        ("Total defence expenditure corresponds to 2.00% of gross domestic product.", 2.0, False),
        ("Spending reached 2 per cent of GDP in 2025.", 2.0, False),
        ("Spending reached 2.1% of the economy.", 2.1, False),
        ("It now absorbs 7.1 % of Russian GDP.", 7.1, False),
        ("The government puts this at 4.81% of projected gross domestic product.", 4.81, False),
        ("Spending is set at 2.3% this year.", 2.3, False),
    ],
)
def test_a_share_of_gdp_asked_is_not_a_share_its_own_words_say_is_of_another_whole(engine, quote, value, refused):
    asked = parse_question(parse("What share of GDP does the 2025 defence budget represent?", engine.vocabulary, {}))
    unaccounted = share_of_another_whole(asked, [_share_read_as_of_gdp(quote, value)])
    assert bool(unaccounted) is refused


def test_a_share_of_another_whole_is_left_to_a_question_not_asking_gdp(engine):
    asked = parse_question(parse("What share of the chapter goes on personnel?", engine.vocabulary, {}))
    quote = "Personnel expenditure is budgeted at CZK 45.1 billion, or 29.1% of the chapter."
    assert share_of_another_whole(asked, [_share_read_as_of_gdp(quote, 29.1)]) == []


BUDGET_TABLE = """# The FY2025 defense budget request

**Table 1. DOD Discretionary Budget Authority by Title (billions of current dollars)**

| Title | FY2023 enacted | FY2024 enacted | FY2025 request |
|---|---|---|---|
| Military Personnel | 164.1 | 172.6 | 183.9 |
| Procurement | 169.1 | 170.6 | 167.5 |
"""


def test_a_share_of_a_total_asked_in_other_words_is_not_answered_by_the_amounts(engine_of_text):
    engine = engine_of_text("budget.md", BUDGET_TABLE)
    answer = engine.ask("How big a slice of the FY2025 request is military personnel?")
    assert 183.9 not in answer.values


def test_the_amount_of_a_budget_line_asked_is_answered(engine_of_text):
    engine = engine_of_text("budget.md", BUDGET_TABLE)
    answer = engine.ask("How much is requested for military personnel in FY2025?")
    assert answer.answered and 183.9 in answer.values


def test_a_name_asked_is_never_answered_with_a_figure(engine_of_text) -> None:
    """'What is the name of …?' asks a name: the cost of the programme named is no answer (the verifier's
    `asked_kinds.name`)."""
    text = (
        "# East Shield\n\nPublished 1 March 2025.\n\nPoland's East Shield (Tarcza Wschód) will cost PLN 10 billion.\n"
    )
    engine = engine_of_text("shield.md", text)
    assert 10 in engine.ask("How much will Poland's East Shield cost?").values
    assert not engine.ask("What is the Polish name of the East Shield programme?").values


def test_a_name_asked_is_answered_by_a_sentence_writing_a_name_the_question_does_not(engine) -> None:
    """'… from the Armed Forces Support Fund (Fundusz Wsparcia Sił Zbrojnych)' writes the name asked; 'the cost of
    the programme at about 10 mld zł' writes none."""
    asked = parse_question(parse("What is the Polish name of the Armed Forces Support Fund?", engine.vocabulary, {}))

    def fact(quote: str) -> Fact:
        citation = Citation(document="d.md", locator="paragraph 1", quote=quote)
        return Fact(id="x", subject="Poland", measure="open:money", value=62.3, unit=Unit.MONEY, citation=citation)

    assert _names_another(asked, fact("62,3 mld zł comes from the Armed Forces Support Fund (Fundusz Wsparcia)."))
    assert not _names_another(asked, fact("The government has put the cost at about 10 mld zł."))


@pytest.mark.parametrize("question", ["What was the GDP of Italy in 2024?", "Italy GDP 2024", "What is Italy's GDP?"])
def test_the_economy_asked_is_its_size_not_defence_s_share_of_it(engine, question: str):
    answer = engine.ask(question)
    assert answer.answered and answer.facts[0].unit is Unit.MONEY
    assert all(fact.unit is not Unit.PERCENT_OF_GDP for fact in answer.facts)


def test_an_amount_asked_is_not_answered_by_how_much_it_grew(engine):
    """'How much did European Allies invest?' asks what they invested: the article's 19.4% real-term increase in
    investment answers only a question asking a change."""
    assert 19.4 not in engine.ask("How much did European Allies invest in defence in 2024?").values
    assert 19.4 in engine.ask("By how much did European defence investment grow in 2024?").values


def test_a_change_asked_by_what_percentage_is_not_answered_by_a_share_of_the_total(engine):
    """'By what percentage did US military spending go up?' measures a change in percent: the US's 64% of the
    alliance's spending is no rise; 'what percentage of …' would name a share."""
    assert 64.0 not in engine.ask("By what percentage did US military spending go up?").values
    assert 64.0 in engine.ask("What percentage of NATO defence spending did the US make up in 2024?").values


@pytest.mark.parametrize(
    "question",
    [
        "trump gdp demand allies",  # a proposal of a share of GDP
        "Luxembourg GDP/capita 2022 (thousand USD, 2015 px)?",  # a figure per person
        "for europe+canada each pp of gdp is worth roughly how much",  # a point of GDP
    ],
)
def test_the_economy_named_beside_another_quantity_is_not_asked_alone(engine, question: str):
    answer = engine.ask(question)
    assert not any(fact.measure == "gdp_usd_current" for fact in answer.facts)


CASH_TABLE = """# UK defence expenditure

Table 1: UK defence expenditure, NATO definition

| Fiscal year | Spending, £bn (cash) | Spending, £bn (constant 2024-25 prices) |
|---|---|---|
| 2014-15 | 39.9 | 52.6 |
| 2024-25 | 64.6 | 64.6 |

In FY2024/25 the UK's defence budget was the third-largest in NATO in cash terms, at about US$82.1 billion.

With 2.3% of GDP the UK sits mid-table on that measure, and in cash terms it remains one of the ten largest spenders.
"""


def test_an_amount_asked_in_cash_terms_is_the_amount_before_inflation_in_whatever_currency(engine_of_text):
    """'In cash terms' asks current prices, not dollars: the pound column headed '(cash)' answers it, and a
    statement itself saying 'in cash terms' answers in dollars."""
    engine = engine_of_text("briefing.md", CASH_TABLE)
    assert engine.ask("What was UK defence spending in cash terms in 2014-15?").values[:1] == [39.9]
    assert 82.1 in engine.ask("How big was the UK defence budget in cash terms in 2024-25, in dollars?").values


def test_current_prices_asked_are_never_answered_by_a_constant_price_cell_or_a_share_of_gdp(engine_of_text):
    """The row's cell in constant prices is no figure in current prices even with the cash cell beside it, and a
    share of GDP in a sentence saying 'in cash terms' of another figure has no price basis at all."""
    engine = engine_of_text("briefing.md", CASH_TABLE)
    led = engine.ask("What was UK defence spending in current prices in 2014-15?").values[:1]
    assert led in ([], [39.9])
    assert 2.3 not in engine.ask("Is the UK among the biggest spenders in cash terms?").values
