"""Questions as members writing English as a second language put them: 'how many percent', 'actual dollars' for
current ones, a share of an amount asked of 'this' after an amount."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "question",
    [
        "Poland, how many percent of GDP for military in 2024?",
        "how many percent of GDP for the military has Poland 2024",
    ],
)
def test_how_many_percent_asks_a_percentage_not_a_count(engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.values == [4.1202]


def test_actual_dollars_are_current_ones_in_a_follow_up(engine) -> None:
    previous = engine.ask("Lithuania spending % GDP 2024?")
    answer = engine.compute("how much is this in actual dollars?", previous)
    assert answer.answered and answer.values == [2300.0722]


def test_a_percent_of_the_alliances_total_after_an_amount_is_that_amounts_share(engine) -> None:
    previous = engine.ask("how much US spend 2024 in current dollars?")
    answer = engine.compute("how many percent of NATO total is this?", previous)
    assert answer.answered and round(answer.values[0], 2) == 65.63


def test_a_percent_of_a_total_is_never_the_fraction_of_the_members_counted(engine) -> None:
    """'22 of 32 met 2%' counts members: 'how many percent of NATO total' asks a share of an amount, not 22 ÷ 32."""
    answer = engine.ask("how many percent of NATO total is this?")
    assert 68.75 not in answer.values
    fraction = engine.ask("what percentage of nato members met 2% in 2024?")
    assert fraction.answered and fraction.values[0] == 68.75


@pytest.mark.parametrize(
    "question",
    [
        "How many thousand soldiers more has NATO in total in 2024 compared to 2014?",
        "How many soldiers more has NATO in 2024 than in 2014?",
    ],
)
def test_a_difference_with_the_thing_counted_inside_it_is_the_change_between_the_years(engine, question: str) -> None:
    """'how many thousand soldiers more has NATO …': German word order; 'in total' names NATO's total row, never a
    sum over every year of the span."""
    answer = engine.ask(question)
    assert answer.answered and any(round(value, 2) == 189.67 for value in answer.values)
    assert not any(value > 10_000 for value in answer.values)


def test_headcounts_asked_in_thousands_are_stated_in_thousands(engine) -> None:
    answer = engine.ask("How much military personnel France lost between 2014 and 2024, in thousands?")
    assert "2.3 thousand" in answer.answer
    plain = engine.ask("how many soldiers did poland have in 2024?")
    assert "about 216,100" in plain.answer


def test_a_scale_word_of_another_language_is_read_as_its_english_one(engine):
    """'Mrd.' and 'Milliarden' are billions, 'mln' a million: the scale a member asks in, never a word the
    documents would have to cover; an either-or remark on the scale ('…or million, whatever') asks nothing more."""
    for question in (
        "Poland spends how many zloty for defence 2024? in Mrd. or million, whatever",
        "how many Milliarden zloty spends Poland for the defence in 2024?",
    ):
        answer = engine.ask(question)
        assert answer.answered and 151240.714 in answer.values, question


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("per head of population, how many dollar Netherlands spends for defence 2024", 1030.1608),
        ("how many euro did Germany spend on defence in 2024", 90585.8471),
    ],
)
def test_how_many_of_a_currency_in_the_singular_asks_an_amount(engine, question: str, figure: float) -> None:
    """'how many dollar': the currency counted is an amount asked, never a quantity the documents lack."""
    answer = engine.ask(question)
    assert answer.answered and answer.values == [figure]


@pytest.mark.parametrize(
    ("question", "total"),
    [
        ("Turkey plus Greece military personnel 2024 total?", 591.847),
        ("total military personnel of france plus germany in twenty twenty four", 390.314),
        ("Turkey plus Greece defence spending 2024", 30460.467),
    ],
)
def test_plus_between_allies_asks_their_sum(engine, question: str, total: float) -> None:
    answer = engine.ask(question)
    assert answer.answered and round(answer.values[0], 3) == total


def test_plus_beside_one_ally_asks_no_sum_and_is_not_ignored(engine) -> None:
    """'Germany's spending plus 10%' asks something no figure of Germany's answers by itself."""
    assert not engine.ask("Germany's defence spending plus 10% in 2024?").answered


def test_european_nato_plus_canada_is_the_group(engine) -> None:
    """'European NATO plus Canada' is the European allies and Canada, not the alliance and Canada beside it."""
    answer = engine.ask(
        "What share of all military personnel in European NATO plus Canada does Türkiye account for in 2024?"
    )
    assert answer.answered and round(answer.values[0], 2) == 22.71


@pytest.mark.parametrize(
    "question",
    [
        "simple average of share of GDP of all 31 allies with defence numbers, 2024",
        "average share of GDP of all allies in 2024",
    ],
)
def test_of_all_allies_after_a_share_of_gdp_names_whose_economies(engine, question: str) -> None:
    """'share of GDP of all allies': the allies whose shares of their own GDP are averaged, no share of a total."""
    answer = engine.ask(question)
    assert answer.answered and round(answer.values[0], 2) == 2.2


@pytest.mark.parametrize(
    "question", ["in 2014 how many countries had already the 2 percent", "how many countries had 2% in 2014"]
)
def test_had_a_line_counts_the_allies_at_or_above_it(engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and answer.values[0] == 3.0


@pytest.mark.parametrize("question", ["was Turkey over 2 percent already in 2014?", "was Turkey over 2% in 2014?"])
def test_over_a_figure_is_a_line_not_a_span_of_years(engine, question: str) -> None:
    """'over 2 percent in 2014' tests 2014's share against the line; only 'over the decade' names a span."""
    answer = engine.ask(question)
    assert answer.answered and answer.yes_no and answer.values == [1.4466] and "**No**" in answer.answer


def test_the_question_word_where_the_thing_asked_stands_asks_it_in_words(engine) -> None:
    """'each ally must submit what every year …?': 'what' after the verb asks the thing, as 'what must … submit'."""
    answer = engine.ask("each ally must submit what every year for the 5% target?")
    assert answer.answered and "annual plan" in answer.answer


def test_is_asking_someone_to_is_urging_them(engine) -> None:
    answer = engine.ask("to who Rutte is asking to accelerate the spending? which allies")
    assert answer.answered and "Canada" in answer.answer


@pytest.mark.parametrize(
    "question", ["what things count in the 1.5 percent? give examples", "what things count toward the 1.5 percent?"]
)
def test_what_counts_in_a_part_of_the_goal_is_its_sentence(engine, question: str) -> None:
    """'count in' is 'count toward'; 'what things' asks things; a sentence stating another share (the 3.5%) is
    never what counts toward the 1.5%."""
    answer = engine.ask(question)
    assert answer.answered and 1.5 in answer.values and 3.5 not in answer.values
    assert "infrastructure" in answer.answer


def test_having_no_figure_after_it_is_no_line(engine) -> None:
    """'how many member states does NATO have … - 31 or 32?': 'have' before no figure asks no allies past a line."""
    answer = engine.ask("How many member states does NATO have according to the annual report article - 31 or 32?")
    assert answer.answered and answer.values == [32.0]


def test_a_false_start_in_another_language_asks_as_the_english_one(engine) -> None:
    """'Quanto... sorry, in English: how much …': the Italian 'how much' is no 'quantum' the documents lack."""
    answer = engine.ask("Ciao! Quanto... sorry, in English: how much percent of GDP spends Italia for defence in 2024?")
    assert answer.answered and answer.values == [1.4911]


@pytest.mark.parametrize(
    "question",
    [
        "how many allies had a positive real growth of defence spending in 2024?",
        "hoeveel bondgenoten hadden in 2024 een positieve reële groei van defensie-uitgaven?",
    ],
)
def test_hoeveel_before_allies_counts_them(engine, question):
    answer = engine.ask(question)
    assert answer.answered and answer.values[0] == 30.0
