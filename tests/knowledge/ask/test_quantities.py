"""Quantities asked beyond the content words: a currency, the direction of a superlative."""

from __future__ import annotations

import pytest

from knowledge.ask.parse import parse_question
from knowledge.ask.quantities import (
    Extreme,
    amount_unaccounted,
    asked_currency,
    asked_extreme,
    asks_a_gap_in_points,
    asks_a_margin,
    asks_the_economy_alone,
    count_for_amount,
    extreme_unaccounted,
    increment_unaccounted,
    share_for_amount,
)
from knowledge.measures import MEASURES
from knowledge.models import Answer, Band, Citation, Fact, Unit
from knowledge.question import parse


@pytest.mark.parametrize(
    ("question", "currency"),
    [
        ("what is canada's defence budget in canadian dollars", "CAD"),
        ("poland spending 2024 in zloty", "PLN"),
        ("how much did poland spend in 2024 in us dollars", "USD"),
        ("canada defence spending 2024 in dollars", "dollar"),
        ("how many euros did germany spend", "EUR"),
        ("what are the euros chipping in", None),
        ("what's the canucks + euro share of the tab", None),
    ],
)
def test_a_currency_is_asked_only_as_a_currency(question: str, currency: str | None) -> None:
    assert asked_currency(question.split()) == currency


def test_the_direction_of_a_superlative() -> None:
    assert asked_extreme(["who", "are", "the", "lowest", "spenders", "in", "nato"]) is Extreme.LESSER
    assert asked_extreme(["top", "spender", "2024"]) is Extreme.GREATER
    assert asked_extreme(["highest", "and", "lowest", "spenders"]) is None
    assert extreme_unaccounted(Extreme.LESSER, ["britain", "third-largest", "spender"])
    assert not extreme_unaccounted(Extreme.LESSER, ["spain", "spent", "1.28"])


@pytest.mark.parametrize(
    "question",
    ["what is canada's defence budget in canadian dollars?", "poland defence spending 2024 in euros"],
)
def test_an_amount_asked_in_a_currency_is_never_given_in_another(engine, question: str) -> None:
    answer = engine.ask(question)
    assert not answer.answered or all("US$" not in citation.quote for citation in answer.citations)


def test_an_amount_in_the_currency_asked_is_given(engine) -> None:
    answer = engine.ask("how much did poland spend on defence in 2024 in zloty")
    assert answer.answered and "Zloty" in answer.answer


@pytest.mark.parametrize(
    ("words", "code"),
    [
        (["how", "many", "forint", "did", "hungary", "spend"], "HUF"),
        (["romania", "spending", "in", "lei", "2019"], "RON"),
    ],
)
def test_a_currency_asked_by_its_name(words: list[str], code: str) -> None:
    assert asked_currency(words) == code


def test_the_national_currency_measure_knows_every_currency_name_the_cues_know() -> None:
    assert {"forint", "lei", "zloty", "kronor"} <= MEASURES["spending_national_current"].keywords
    assert "dollars" not in MEASURES["spending_national_current"].keywords


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("Denmark defence in Danish kroner 2024 (current prices) how many million?", 68670.4404),
        ("how much did Denmark spend on defence in 2024 in kroner", 68670.4404),
        ("how much did Norway spend on defence in 2024 in kroner", 112211.3296),
        ("how many crowns did Denmark spend on defence in 2024", 68670.4404),
        ("how much did Czechia spend on defence in 2024 in crowns", 159691.469),
    ],
)
def test_a_currency_named_by_a_word_several_share_is_the_allys_own(engine, question: str, figure: float) -> None:
    """The tables' 'Kroner' are Denmark's crowns in Denmark's row and Norway's in Norway's, and 'in kroner' or 'in
    crowns' asks any currency so named: the one of the ally asked."""
    answer = engine.ask(question)
    assert answer.answered and answer.values == [figure]


def test_a_currency_after_a_scale_is_asked() -> None:
    assert asked_currency(["how", "many", "million", "kronor", "did", "sweden", "spend"]) == "SEK"


def test_a_currency_after_a_scale_read_as_how_much_is_asked() -> None:
    """'how many billion dollars' is read 'how much dollars' (its scale kept apart): dollars are still asked, so
    a share of GDP never answers it."""
    words = ["roughly", "how", "much", "dollars", "did", "nato", "estimate", "the", "us", "spent", "in", "2024"]
    assert asked_currency(words) == "dollar"
    assert asked_currency(["how", "much", "euros", "did", "germany", "spend"]) == "EUR"


def test_a_currency_after_a_scale_of_is_asked() -> None:
    """'in millions of US dollars': the scale and 'of' stand between the lead and the currency."""
    assert (
        asked_currency(
            ["expenditure", "in", "2023", "in", "millions", "of", "us", "dollars", "at", "current", "prices"]
        )
        == "USD"
    )
    assert asked_currency(["the", "millions", "of", "euros"]) is None


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        ("was italy's real change in defence spending positive in 2024?", "Yes"),
        ("was slovenia's real change negative in 2024", "Yes"),
        ("did spain's spending increase in real terms in 2023?", "Yes"),
    ],
)
def test_a_sign_asked_as_yes_or_no_is_answered_yes_or_no(engine, question: str, verdict: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.headline == verdict


def _answer_of(*units: Unit) -> Answer:
    facts = [
        Fact(
            id=f"fact-{unit.value}",
            subject="World",
            measure="open:share_of_gdp",
            value=2.5,
            unit=unit,
            period="2024",
            citation=Citation(document="doc.md", locator="paragraph 1", quote="Spending was equal to 2.5% of GDP."),
        )
        for unit in units
    ]
    return Answer(question="q", answered=True, band=Band.ANSWER, answer="a", confidence=0.9, facts=facts)


def test_an_amount_asked_is_never_answered_by_a_percentage_alone(engine) -> None:
    asked = parse_question(parse("how much did the world spend on the military in 2024", engine.vocabulary, {}))
    assert amount_unaccounted(asked, _answer_of(Unit.PERCENT_OF_GDP)) == ["quantity: an amount"]
    assert amount_unaccounted(asked, _answer_of(Unit.MONEY)) == []


@pytest.mark.parametrize(
    "question", ["what were brennmark's sales in the third quarter of 2025", "what was the group's revenue in 2024"]
)
def test_sales_or_revenue_asked_is_an_amount_however_the_question_opens(engine, question: str) -> None:
    asked = parse_question(parse(question, engine.vocabulary, {}))
    assert amount_unaccounted(asked, _answer_of(Unit.PERCENT)) == ["quantity: an amount"]


@pytest.mark.parametrize(
    "question", ["what share of group sales came from ammunition", "by how much did quarterly sales grow"]
)
def test_a_share_or_a_change_of_sales_asks_that_not_the_amount(engine, question: str) -> None:
    asked = parse_question(parse(question, engine.vocabulary, {}))
    assert amount_unaccounted(asked, _answer_of(Unit.PERCENT)) == []


@pytest.mark.parametrize(
    "question",
    [
        "how much did germany spend as a share of gdp in 2024",
        "how much are european allies raising spending in real terms",
        "how much of the 5% has to go to core defence",
        "how much did spending grow in 2024",
    ],
)
def test_a_share_a_change_or_a_part_of_a_percentage_is_no_amount_asked(engine, question: str) -> None:
    asked = parse_question(parse(question, engine.vocabulary, {}))
    assert amount_unaccounted(asked, _answer_of(Unit.PERCENT_OF_GDP)) == []


def test_a_part_of_a_whole_asked_is_never_answered_by_a_change(engine) -> None:
    answer = engine.ask("how much of nato spending came from europe and canada in 2024 per the report coverage")
    assert 19.4 not in answer.values  # their real-terms rise, not their part of the total


def test_from_spans_years_only_before_a_year(engine) -> None:
    spanned = parse_question(parse("how did spending change from 2014 to 2024", engine.vocabulary, {}))
    came = parse_question(parse("how much of nato spending came from europe", engine.vocabulary, {}))
    assert "change" in spanned.operations and "change" not in came.operations


def _money(value: float, measure_text: str) -> Fact:
    return Fact(
        id=f"money-{value:g}",
        subject="Netherlands",
        measure="open:money",
        value=value,
        unit=Unit.MONEY,
        currency="EUR",
        period="2025",
        measure_text=measure_text,
        citation=Citation(document="brief.md", locator="paragraph 8", quote="… an extra €16 billion to €19 billion."),
    )


def test_an_amount_called_extra_is_an_increment_not_the_level(engine) -> None:
    extra = [_money(16, "will require an extra €16 billion to"), _money(19, "to €19 billion a year.")]
    answer = Answer(question="q", answered=True, band=Band.ANSWER, answer="a", confidence=0.9, facts=extra)
    level = parse_question(parse("how much does the netherlands spend on defence in euros", engine.vocabulary, {}))
    more = parse_question(parse("how much more a year would the dutch need", engine.vocabulary, {}))
    assert increment_unaccounted(level, answer) == ["quantity: an increment, not the level"]
    assert increment_unaccounted(more, answer) == []


@pytest.mark.parametrize(
    "question",
    [
        "lithuania 2024: how many percent of the defense budget is for infrastructure (bases etc)?",
        "How much is the defence spend of Hungary in year 2021 in forint? nominal value please, not adjusted",
    ],
)
def test_a_percentage_counted_in_words_and_a_negated_price_basis_are_answered(engine, question: str) -> None:
    assert engine.ask(question).answered


def test_spending_asked_is_never_answered_by_a_count_of_allies(engine) -> None:
    counted = Fact(
        id="count-18",
        subject="NATO Allies",
        measure="open:count",
        value=18,
        total=32,
        unit=Unit.COUNT,
        period="2024",
        citation=Citation(document="sipri.md", locator="paragraph 16", quote="18 of the 32 members spent at least 2%."),
    )
    answer = Answer(question="q", answered=True, band=Band.ANSWER, answer="a", confidence=0.9, facts=[counted])
    spending = parse_question(parse("nato total military spending 2024 according to sipri", engine.vocabulary, {}))
    counting = parse_question(parse("how many nato members spent at least 2% in 2024", engine.vocabulary, {}))
    assert count_for_amount(spending, answer) == ["quantity: an amount, not a count"]
    assert count_for_amount(counting, answer) == []


@pytest.mark.parametrize(
    ("question", "verdict"),
    [
        # a fraction named as a line is its percentage
        ("is poland spending more than half of its defence budget on equipment in 2024?", "Yes"),
        ("did italy spend less than a quarter of its budget on equipment in 2024", "Yes"),
        # an amount line typed with its scale word
        ("is it true germany spent over 90 billion dollars on defence in 2024 (current prices)?", "Yes"),
        ("did germany spend more than 100 billion dollars in 2024", "No"),
    ],
)
def test_a_line_named_in_words_is_tested_as_yes_or_no(engine, question: str, verdict: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.yes_no and (answer.headline or "").startswith(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "how much did estonia spend on defence per inhabitant in 2017",
        "france had how many thousand people in uniform in 2020?",
    ],
)
def test_words_of_the_domain_in_other_forms_find_their_table(engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and all(fact.citation.cell for fact in answer.facts)


def test_a_total_named_before_a_word_of_spending_asks_an_amount(engine) -> None:
    """'NATO total defence expenditure 2025 estimate?' is not answered by a percentage of GDP a sentence of 2025
    states; the tables' total is an amount, and they stop at 2024."""
    answer = engine.ask("NATO total defence expenditure 2025 estimate?")
    assert not answer.answered
    total = engine.ask("NATO total defence expenditure 2024?")
    assert total.answered and total.facts[0].unit is Unit.MONEY


def test_money_asked_is_an_amount_never_a_share_again(engine) -> None:
    """'how much is that in money' after Estonia's share of GDP is Estonia's spending in dollars, never the share."""
    previous = engine.ask("estonia % of gdp 2024")
    answer = engine.ask("how much is that in money", previous)
    assert answer.answered and [(fact.subject, fact.unit) for fact in answer.facts] == [("Estonia", Unit.MONEY)]


@pytest.mark.parametrize("question", ["what dividend did germany pay in 2024", "how much did the us pay in dividends"])
def test_a_dividend_is_no_share_paid_and_goes_unanswered(engine, question: str) -> None:
    assert not engine.ask(question).answered


def _share_of_a_total() -> Answer:
    fact = Fact(
        id="share",
        subject="China",
        measure="open:share_of_total",
        measure_kind="share_of_total",
        value=50,
        unit=Unit.PERCENT,
        period="2024",
        citation=Citation(document="deck.txt", locator="paragraph 1", quote="• China: 50% of the region's spending"),
    )
    return Answer(question="q", answered=True, band=Band.ANSWER, answer="a", confidence=0.9, facts=[fact])


@pytest.mark.parametrize(
    ("question", "unaccounted"),
    [
        ("what was china's estimated military spending", ["quantity: an amount, not a share of a total"]),
        ("what was china's military spending in 2024", ["quantity: an amount, not a share of a total"]),
        ("what share of the region's spending was china's", []),
        ("what percentage of asian military spending came from china", []),
        ("by how much did china's spending rise", []),
        ("how did china's military spending compare with japan's", []),
        ("how much of the region's spending does china account for", []),
    ],
)
def test_spending_asked_is_never_answered_by_a_share_of_a_total(engine, question: str, unaccounted) -> None:
    asked = parse_question(parse(question, engine.vocabulary, {}))
    assert share_for_amount(asked, _share_of_a_total()) == unaccounted


def test_a_count_of_those_that_did_never_answers_how_many_did_not(engine) -> None:
    answer = engine.ask("If 22 allies reached the 2% target as the article says, how many didn't?")
    assert not answer.answered or (10 in answer.values and "10" in answer.answer)


THRESHOLD_NOTE = """# Spending check

When the pledge was made in 2014, only three allies spent 2% of GDP or more on defence. Estimates published in June
2023 showed 11 of the then 31 allies reaching the threshold in 2023.
"""


def test_the_size_of_the_alliance_is_no_count_of_those_meeting_or_missing_a_line(engine_of_text):
    engine = engine_of_text("threshold.md", THRESHOLD_NOTE)
    for question in ("How many allies reached the 2% threshold in 2023?", "How many allies were below 2% in 2023?"):
        assert engine.ask(question).values != [31.0]  # '11 of the then 31': never the 31 alone


@pytest.mark.parametrize("question", ["US personnel cost share 2024", "lowest personnel-cost share 2024e?"])
def test_a_share_named_by_a_cost_is_a_share_not_a_price(engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and all(fact.unit is Unit.PERCENT for fact in answer.facts)


@pytest.mark.parametrize(
    ("words", "margin"),
    [
        ("by how many dollars did germany defence spending exceed great britain in 2024", True),
        ("by how much was germany spending higher than france in 2024", True),
        ("which spends more the uk or france and by how much", True),
        ("by how much did poland spending grow in 2024", False),  # a change, no comparison
    ],
)
def test_a_margin_opening_a_comparison_asks_the_difference(words: str, margin: bool) -> None:
    assert asks_a_margin(words.split()) is margin


@pytest.mark.parametrize(
    ("sentence", "question", "value"),
    [
        (
            "Arvena, a Polish company, reported sales of €2.1 billion for 2024 on Tuesday.",
            "What were Arvena's sales?",
            2.1,
        ),
        ("Oslo approved NOK 90 billion for March on Friday.", "How much did Norway approve?", 90.0),
    ],
)
def test_an_amount_for_a_year_month_or_day_is_for_no_item(engine_of_text, sentence, question, value) -> None:
    """'€2.1 billion for 2024 on Tuesday': when the amount was, not what it pays for."""
    answer = engine_of_text("results.md", f"# Results\n\n{sentence}\n")
    assert value in answer.ask(question).values


def test_an_amount_added_by_a_thing_the_question_names_is_that_things_size(engine_of_text) -> None:
    """'How big is the readiness fund?': 'the new readiness fund adds NOK 20 billion' says how big it is."""
    engine = engine_of_text(
        "fund.md", "# Budgets\n\nOslo's new readiness fund adds NOK 20 billion for 2025 and 2026.\n"
    )
    assert 20.0 in engine.ask("How big is Norway's readiness fund?").values


@pytest.mark.parametrize(
    ("words", "gap"),
    [
        ("how many percentage points was poland below the 5% target in 2024", True),
        ("by how many pp did spain miss 2% in 2024", True),
        ("how many points above 2% was poland", True),
        ("how many percentage points did poland's share rise from 2014 to 2024", False),  # a change
        ("how many allies were below 2% in 2024", False),  # a count
    ],
)
def test_an_amount_in_points_with_a_relation_to_a_line_asks_the_gap(words: str, gap: bool) -> None:
    assert asks_a_gap_in_points(words.split()) is gap


@pytest.mark.parametrize(
    ("words", "alone"),
    [
        ("what was the gdp of italy in 2024", True),
        ("italy gdp 2024", True),
        ("poland defence gdp 2024", False),  # the headline share, typed tersely
        ("what share of gdp did italy spend", False),
        ("what is the debt to gdp ratio of italy", False),
        ("italy gdp 2024 %", False),
    ],
)
def test_the_economy_named_with_nothing_else_asks_its_size(words: str, alone: bool) -> None:
    assert asks_the_economy_alone(words.split(), percent_typed=False) is alone
