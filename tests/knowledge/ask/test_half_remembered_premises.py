"""Premises half remembered: a figure told in a currency is checked in that currency, a share told is settled by no
change, a line no table column comes near tests none, a guess after a question is no part of it, and a date told
is checked as the date it is."""

from __future__ import annotations

import pytest

from knowledge.lexicon import NATO_ALLIES
from knowledge.models import Unit


def test_an_amount_told_in_a_currency_is_checked_in_that_currency(engine):
    answer = engine.ask("Italy spent €32bn on defence in 2024, correct?")
    assert answer.answered and answer.answer.startswith("**Yes**")
    assert answer.facts[0].subject == "Italy" and answer.facts[0].unit is Unit.MONEY
    assert "Euros" in answer.answer and "US$" not in answer.answer.partition("\n")[0]


def test_an_amount_told_wrong_in_a_currency_is_corrected_in_it(engine):
    answer = engine.ask("Spain's 2024 defence budget in euros was €25bn, right?")
    assert answer.answered and answer.answer.startswith("**No**")
    assert "19.7 billion Euros" in answer.answer


def test_a_share_told_is_settled_by_no_change(engine):
    answer = engine.ask("Europe and Canada made up about 36% of allied defence spending in 2024 per the report, yes?")
    assert answer.answered
    assert answer.facts[0].measure_kind != "change" and "real" not in answer.facts[0].measure


def test_a_bare_line_far_past_every_share_of_gdp_tests_no_share_of_gdp(engine):
    answer = engine.ask("the US covers 64% of the bill, right?")
    assert not any(fact.measure == "share_of_gdp" for fact in answer.facts)


def test_one_subjects_line_settles_no_other_subjects_figure(engine):
    answer = engine.ask("so the US covers 64 percent and europe 36? thats the split in the article?")
    assert not answer.answer.startswith("**No**")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("which ally had the highest share of gdp in 2023 — Estonia with 3%?", "Poland"),
        ("which ally had the lowest share of gdp in 2024? Belgium at 1.3%?", "Spain"),
    ],
)
def test_an_ally_guessed_after_asking_which_is_no_ally_asked(engine, text, subject):
    answer = engine.ask(text)
    assert answer.answered and answer.facts[0].subject == subject


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("what was the alliance's defence share of GDP in 2024 — 3%?", 2.7127),
        ("what is the total Hague commitment as a share of GDP — about 4%?", 5.0),
    ],
)
def test_one_figure_guessed_after_a_dash_is_no_figure_of_the_question(engine, text, value):
    answer = engine.ask(text)
    assert answer.answered and value in answer.values


def test_a_figure_guessed_after_a_yes_or_no_question_is_kept(engine):
    answer = engine.ask("did italy reach 2% in 2024 — 1.5%?")
    assert answer.answered and answer.facts[0].subject == "Italy"


@pytest.mark.parametrize(
    ("text", "verdict", "stated"),
    [
        ("The Hague summit was held on 24 June 2025, wasn't it?", "No", "25 June 2025"),
        ("the 2% guideline was agreed at the Wales summit in 2014, right?", "Yes", "2014"),
        ("the 2% guideline was agreed at the Wales summit in 2016, correct?", "No", "2014"),
        ("allies have until 2035 to reach the 5%, yes?", "Yes", "2035"),
    ],
)
def test_a_date_told_is_checked_against_the_date_the_documents_state(engine, text, verdict, stated):
    answer = engine.ask(text)
    assert answer.answered and answer.answer.startswith(f"**{verdict}** — the documents state {stated}")


def test_the_year_of_an_allys_figure_is_no_date_to_check(engine):
    answer = engine.ask("France had about 210,000 military personnel in 2024, didn't it?")
    assert answer.answered and "the documents state 2024" not in answer.answer
    assert answer.facts[0].subject == "France" and answer.facts[0].period == "2024"


def test_the_allies_summed_with_no_line_are_the_alliance_total(engine):
    answer = engine.ask("what did the allies spend on defence in 2022?")
    assert answer.answered and answer.facts[0].subject == NATO_ALLIES and answer.facts[0].unit is Unit.MONEY


def test_figures_that_do_not_add_up_ask_no_rise(engine):
    answer = engine.ask("the UK was 60% and France 50% — that doesn't add up, which one is right?")
    assert not any("real" in fact.measure or fact.measure_kind == "change" for fact in answer.facts)


def test_a_count_told_with_a_word_before_its_noun_is_a_premise(engine):
    answer = engine.ask("Iceland aside, Luxembourg had only about 900 military personnel in 2023? that's tiny")
    assert answer.answered and answer.facts[0].subject == "Luxembourg"
    assert answer.answer.startswith(("**Yes**", "**No**"))


@pytest.mark.parametrize(
    ("text", "verdict", "subject"),
    [
        ("the UK has about 140,000 military personnel — so it's under 150,000 in 2024, yes?", "Yes", "United Kingdom"),
        ("Poland spends about 4% of GDP, so it's above the 3.5% line in 2024, right?", "Yes", "Poland"),
        ("Spain spends around 1.3% of GDP, so that's above 2% in 2024, right?", "No", "Spain"),
    ],
)
def test_a_yes_or_no_drawn_from_a_premise_is_asked_of_what_the_premise_speaks_of(engine, text, verdict, subject):
    answer = engine.ask(text)
    assert answer.answered and answer.answer.startswith(f"**{verdict}**")
    assert answer.facts[0].subject == subject and answer.facts[0].period == "2024"


@pytest.mark.parametrize(
    "text",
    [
        "is the hague 5% split into 3.5% core and 1.5% other?",
        "Is the Hague split 3.5% core plus 1.5% other? my mate says it's 4% plus 1%",
    ],
)
def test_a_split_checked_by_its_parts_is_answered_by_the_parts(engine, text):
    answer = engine.ask(text)
    assert answer.answered and {3.5, 1.5} <= set(answer.values)


def test_a_lower_case_sentence_telling_what_someone_said_is_a_remark(engine):
    answer = engine.ask("how many military personnel did Greece have in 2024? my cousin says 150k")
    assert answer.answered and answer.facts[0].subject == "Greece" and answer.facts[0].period == "2024"


@pytest.mark.parametrize(
    ("text", "verdict", "subject"),
    [
        ("did Germany's defence spending in current US dollars double between 2014 and 2024?", "Yes", "Germany"),
        ("did Poland's defence spending in zloty triple between 2014 and 2024?", "Yes", "Poland"),
        ("did Italy's defence spending in euros double between 2014 and 2024?", "No", "Italy"),
    ],
)
def test_a_multiple_of_an_amount_in_a_basis_named_is_checked_by_the_ratio_of_its_levels(engine, text, verdict, subject):
    answer = engine.ask(text)
    assert answer.answered and answer.answer.startswith(f"**{verdict}**")
    assert {fact.subject for fact in answer.facts} == {subject} and {fact.period for fact in answer.facts} == {
        "2014",
        "2024",
    }


def test_a_reversed_tag_restating_the_claim_asks_yes_or_no(engine):
    answer = engine.ask("Germany had a real-terms cut in defence spending in 2024, wasn't it negative?")
    assert answer.answered and answer.answer.startswith("**No**")
    assert answer.facts[0].subject == "Germany"


def test_the_year_of_a_figure_named_as_known_is_checked(engine):
    answer = engine.ask("the annual report said the 19.4% real-term increase for Europe and Canada was in 2022, right?")
    assert answer.answered and answer.answer.startswith("**No** — the documents state 2024")


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("22 of 32 allies met the 2% target in 2024, right?", "Yes"),
        ("22 out of 30 allies met the 2% guideline, that's what the article says?", "No"),
    ],
)
def test_a_count_told_with_its_whole_is_checked_with_it(engine, text, verdict):
    answer = engine.ask(text)
    assert answer.answered and answer.answer.startswith(f"**{verdict}**")
    assert {22.0, 32.0} <= set(answer.values)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("France's defence spending in 2023 was twice Italy's in dollar terms, right? what's the actual ratio?", None),
        ("Canada spent 2% of GDP in 2024, wasn't it? what was the real number?", 1.3652),
    ],
)
def test_a_question_naming_nothing_after_a_claim_asks_of_the_claim(engine, text, value):
    answer = engine.ask(text)
    assert answer.answered
    if value is None:  # the ratio of the two allies' amounts, worked out from their cells
        assert {fact.subject for fact in answer.facts} == {"France", "Italy"}
        france, italy = sorted(answer.facts, key=lambda fact: fact.subject)
        assert any(abs(number - france.value / italy.value) < 1e-6 for number in answer.values)
    else:
        assert value in answer.values


def test_a_premise_before_a_question_asking_the_rest_settles_nothing(engine):
    answer = engine.ask("If 22 allies reached the 2% target as the article says, how many didn't?")
    assert not answer.answer.startswith("**Yes**")
