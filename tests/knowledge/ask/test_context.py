"""Follow-up context: what a follow-up borrows from the previous answer, and what a fresh question does not."""

from __future__ import annotations

import pytest

from knowledge.ask.context import an_end_as_superlative, carries_on, refers_to_previous_answer, restated, with_context
from knowledge.models import Answer, Band, Citation, Fact, Unit
from knowledge.question import parse


def parsed(engine, text):
    return parse(text, engine.vocabulary, engine.people)


def test_a_follow_up_naming_another_ally_keeps_the_measure(engine):
    previous = engine.ask("what share of gdp did poland spend in 2024")
    question = with_context(engine.index, parsed(engine, "and germany?"), previous)
    assert question.entities == ["Germany"]
    assert question.context_facts == previous.facts


def test_a_follow_up_naming_another_ally_keeps_the_year(engine):
    previous = engine.ask("canadas defence exp as share of gdp in 2017")
    question = with_context(engine.index, parsed(engine, "and france?"), previous)
    assert (question.entities, question.years) == (["France"], [2017])
    assert engine.ask("and france?", previous).facts[0].period == "2017"


def test_a_follow_up_without_a_subject_borrows_the_previous_one(engine):
    previous = engine.ask("what share of gdp did poland spend in 2024")
    question = with_context(engine.index, parsed(engine, "what about 2023?"), previous)
    assert question.entities == ["Poland"]
    assert question.years == [2023]


def test_a_question_with_its_own_subject_and_measure_borrows_nothing(engine):
    previous = engine.ask("what share of gdp did poland spend in 2024")
    question = with_context(engine.index, parsed(engine, "how many troops does france have"), previous)
    assert question.entities == ["France"]
    assert not question.context_facts


def test_without_a_previous_answer_the_question_is_unchanged(engine):
    question = with_context(engine.index, parsed(engine, "and germany?"), None)
    assert question.entities == ["Germany"] and not question.context_facts


def test_that_points_at_the_answer_but_that_country_at_an_entity():
    assert refers_to_previous_answer(["is", "that", "a", "lot"])
    assert not refers_to_previous_answer(["which", "of", "that", "country"])


@pytest.mark.parametrize(
    ("first", "then", "wanted"),
    [
        (
            "What was Germany's defence spending as a share of GDP in 2024?",
            "and in 2014?",
            ("Germany", "2014", "share_of_gdp"),
        ),
        (
            "what was italy's equipment share of defence spending in 2023",
            "and infrastructure?",
            ("Italy", "2023", None),
        ),
        ("estonia defence % of gdp 2024", "latvia?", ("Latvia", "2024", "share_of_gdp")),
    ],
)
def test_a_follow_up_keeps_what_it_does_not_change(engine, first, then, wanted):
    """A year alone keeps the measure and ally; a measure alone keeps the ally and the year."""
    answer = engine.ask(then, engine.ask(first))
    subject, period, measure = wanted
    assert answer.answered
    fact = answer.facts[0]
    assert (fact.subject, fact.period) == (subject, period)
    assert measure is None or fact.measure == measure


def test_a_follow_up_keeps_to_the_group_and_the_measure_of_the_question_before(engine):
    first = engine.ask("which baltic country spends the most as a % of gdp in 2024")
    answer = engine.ask("and which one spends the least?", first)
    assert answer.answered
    assert {fact.subject for fact in answer.facts} <= {"Estonia", "Latvia", "Lithuania"}
    assert all(fact.measure == "share_of_gdp" for fact in answer.facts)


def test_a_year_named_relative_to_the_previous_answer(engine):
    first = engine.ask("estonia real change in defence spending 2023 %")
    after = engine.ask("what about the year after?", first)
    assert [fact.period for fact in after.facts] == ["2024"]
    before = engine.ask("and the year before?", after)
    assert [fact.period for fact in before.facts] == ["2023"]


def test_a_follow_up_redoes_the_previous_calculation_for_another_year(engine):
    first = engine.ask("combined defence spending of the three baltic states in 2024, current usd?")
    again = engine.ask("ok and what was it in 2014?", first)
    assert again.operation == "sum"
    assert {fact.period for fact in again.facts} == {"2014"}
    assert {fact.subject for fact in again.facts} == {"Estonia", "Latvia", "Lithuania"}


def test_a_follow_up_asks_a_calculation_of_the_previous_answer(engine):
    first = engine.ask("did italy make 2% in 2024?")
    gap = engine.ask("how far short of 2% was it, in points?", first)
    assert gap.operation == "gap" and "Italy" in {fact.subject for fact in gap.facts}


def test_small_talk_that_asks_for_a_year_is_not_small_talk(engine):
    first = engine.ask("combined defence spending of the three baltic states in 2024, current usd?")
    assert engine.ask("ok and what was it in 2014?", first).band.value != "chitchat"
    assert engine.ask("ok thanks").band.value == "chitchat"


def test_a_follow_up_asking_something_new_is_not_answered_with_the_previous_answer(engine):
    first = engine.ask("who's the nato sec gen mentioned in the annual report story?")
    again = engine.ask("where was he visiting when it came out?", first)
    assert {fact.id for fact in again.facts} != {fact.id for fact in first.facts} or not again.answered


def test_a_follow_up_about_the_previous_answer_may_repeat_it(engine):
    first = engine.ask("what share does the US pay?")
    year = engine.ask("and in which year?", first)
    assert year.answered and 2024.0 in year.values


def test_a_follow_up_naming_only_a_year_restates_the_previous_question(engine):
    previous = engine.ask("top 3 allies by defence spending as % of gdp in 2024?")
    assert restated(engine.index, parsed(engine, "same for 2023?"), previous) == (
        "top 3 allies by defence spending as % of gdp in 2023?"
    )
    answer = engine.ask("same for 2023?", previous)
    assert answer.question == "same for 2023?"
    assert {fact.period for fact in answer.facts} == {"2023"} and len(answer.facts) == 3


def test_a_follow_up_with_words_of_its_own_is_not_a_restatement(engine):
    previous = engine.ask("top 3 allies by defence spending as % of gdp in 2024?")
    assert restated(engine.index, parsed(engine, "and troops in 2023?"), previous) is None
    assert restated(engine.index, parsed(engine, "and germany in 2023?"), previous) is None


def test_a_follow_up_pointing_back_is_answered_about_whom_it_points_to(engine):
    previous = engine.ask("did canada meet the 2% target in 2024?")
    answer = engine.ask("what was their real change in spending in 2024", previous)
    assert [fact.subject for fact in answer.facts] == ["Canada"]
    assert 19.4 not in engine.ask("what was their real change in spending that year then", previous).values


def test_a_year_counted_from_the_previous_question_restates_it(engine):
    previous = engine.ask("did germany hit the 2% target in 2024?")
    assert restated(engine.index, parsed(engine, "and the year before?"), previous) == (
        "did germany hit the 2% target in 2023?"
    )
    answer = engine.ask("and the year before?", previous)
    assert answer.yes_no and answer.facts[0].period == "2023"


def test_a_filler_between_the_opener_and_the_year_is_no_word_of_its_own(engine):
    previous = engine.ask("top 3 allies by defence % of gdp in 2024?")
    answer = engine.ask("same thing but for 2014?", previous)
    assert {fact.period for fact in answer.facts} == {"2014"} and len(answer.facts) == 3


def test_another_ally_after_a_calculation_asks_the_calculation_again(engine):
    previous = engine.ask("by how much did canada's defence spending grow after inflation in 2024 vs 2023, %?")
    assert restated(engine.index, parsed(engine, "same for the us pls"), previous) == (
        "by how much did United States's defence spending grow after inflation in 2024 vs 2023, %?"
    )
    answer = engine.ask("same for the us pls", previous)
    assert {fact.subject for fact in answer.facts} == {"United States"}
    assert answer.calculation is not None


@pytest.mark.parametrize("follow_up", ["and the rest of it goes where?", "and what's the remainder for?"])
def test_the_rest_after_a_part_is_the_whole_s_other_part(engine, follow_up):
    previous = engine.ask("how much of the 5% is for core defence requirements")
    assert previous.values == [3.5]
    answer = engine.ask(follow_up, previous)
    assert answer.answered and answer.values == [1.5]


def test_a_follow_up_word_two_measures_fit_asks_what_the_previous_answer_did(engine):
    previous = engine.ask("what % of uk defence spending went on equipment in 2024")
    answer = engine.ask("and personnel?", previous)
    assert [(fact.measure, fact.subject) for fact in answer.facts] == [("personnel_share", "United Kingdom")]


def _stated(value: float, measure: str, measure_text: str, quote: str) -> Fact:
    return Fact(
        id=f"{measure}-{value:g}",
        subject="NATO Allies",
        measure=measure,
        value=value,
        unit=Unit.COUNT,
        period="2014",
        measure_text=measure_text,
        measure_kind="count",
        citation=Citation(document="live.md", locator="paragraph 3", quote=quote),
    )


def _answer(*facts: Fact) -> Answer:
    return Answer(question="q", answered=True, band=Band.ANSWER, answer="a", confidence=0.9, facts=list(facts))


def test_a_follow_up_naming_no_figure_asks_the_previous_figure_again(engine):
    met = _stated(
        3, "open:count", "just three allies met the 2% guideline", "In 2014 just three allies met the 2% guideline."
    )
    members = _stated(32, "membership", "NATO's 32 allies", "the leaders of NATO's 32 allies gather.")
    met_later = _stated(23, "open:count", "23 allies met it", "By 2024, 23 allies met it.")
    follow_up = parsed(engine, "how many in 2024")
    assert not carries_on(follow_up, _answer(met), _answer(members))
    assert carries_on(follow_up, _answer(met), _answer(met_later))
    assert carries_on(parsed(engine, "how many members does nato have"), _answer(met), _answer(members))


def test_a_ranking_asked_again_for_another_year_keeps_its_end(engine):
    top = engine.ask("which ally spent the highest share of gdp on defence in 2024?")
    again = engine.ask("and who was top in 2014?", top)
    assert again.answered and "2014" in again.answer.partition("\n")[0]
    assert all(fact.period == "2014" for fact in again.facts)
    lowest = engine.ask("and the lowest?", top)
    assert lowest.answered and "Lowest" in lowest.answer


def test_a_span_of_years_is_written_once(engine):
    decade = next(key for key in engine.index.table_measures if engine.index.periods(key) == ["2014-2024"])
    parsed = parse("what was it in 2014", engine.vocabulary, engine.people)
    answer = engine.suggester.no_table_data("what was it in 2014", parsed, decade, "2014")
    assert "for 2014-2024, not 2014" in answer.answer


@pytest.mark.parametrize(
    ("first", "follow_up", "count"),
    [
        ("how many allies were at or above 2% of gdp in 2024 in the tables", "and how many were below?", 8),
        ("how many allies were below 2% of gdp in 2024 in the tables", "and how many above?", 22),  # strictly
    ],
)
def test_a_count_asked_again_on_the_other_side_of_its_line(engine, first, follow_up, count):
    """A count the tables worked out is asked again on the other side; a count an article states ('22 of 32')
    is answered from what it states (32 - 22)."""
    previous = engine.ask(first)
    answer = engine.ask(follow_up, previous)
    assert answer.answered and answer.values[0] == count


def test_a_place_asked_in_a_ranking_and_after_it(engine):
    second = engine.ask("which ally spent the second highest share of gdp on defence in 2024")
    assert second.values == [pytest.approx(3.4315)] and "2nd highest" in second.answer
    top = engine.ask("which ally spent the highest share of gdp on defence in 2024")
    follow_up = engine.ask("who came second", top)
    assert follow_up.values == second.values


@pytest.mark.parametrize(
    ("first", "then", "verdict"),
    [
        ("What was Canada's defence spending as a share of GDP in 2024?", "is that above the 2% guideline?", "No"),
        ("What was Poland's defence spending as a share of GDP in 2023?", "was that more than 3%?", "Yes"),
    ],
)
def test_a_yes_or_no_follow_up_tests_the_previous_figure_against_its_line(engine, first, then, verdict):
    previous = engine.compute(first)
    answer = engine.compute(then, previous)
    assert answer.answered
    assert answer.answer.startswith(f"**{verdict}**")
    assert previous.values[0] in answer.values


@pytest.mark.parametrize("then", ["and the lowest of them?", "and which one was lowest?"])
def test_after_a_ranking_them_and_which_one_point_at_its_field(engine, then):
    previous = engine.compute("which baltic state had the highest defence share of gdp in 2024?")
    answer = engine.compute(then, previous)
    assert answer.answered
    assert "Lithuania" in answer.answer and 2.8496 in answer.values


@pytest.mark.parametrize(
    ("then", "compared"),
    [("higher than 2023?", {3.076, 2.8038}), ("and more than spain?", {3.076})],
)
def test_a_follow_up_opening_with_a_comparison_compares_the_previous_figure(engine, then, compared):
    previous = engine.compute("greece % of GDP on defence in 2024?")
    answer = engine.compute(then, previous)
    assert answer.answered and answer.answer.startswith("**Yes**")
    assert compared <= set(answer.values)


def test_a_trailing_tho_keeps_a_follow_up_a_follow_up(engine):
    previous = engine.ask("nato total defence spending as % of gdp in 2024?")
    answer = engine.compute("what was it in 2014 tho", previous)
    assert answer.answered and 2.5786 in answer.values


@pytest.mark.parametrize(
    ("first", "then", "value"),
    [
        ("what did Poland spend on defence in 2024", "what share of GDP was that", 4.1202),
        ("what did Poland spend on defence in 2024", "what was that as share of gdp", 4.1202),
        ("hungary equipmnet share of defence budget 2022", "and the personnel share that year?", None),
    ],
)
def test_that_points_at_whom_and_when_once_the_previous_figure_is_turned_down(engine, first, then, value):
    previous = engine.ask(first)
    answer = engine.ask(then, previous)
    assert answer.answered
    assert not {fact.id for fact in answer.facts} & {fact.id for fact in previous.facts}
    assert {fact.subject for fact in answer.facts} == {fact.subject for fact in previous.facts}
    assert {fact.period for fact in answer.facts} == {fact.period for fact in previous.facts}
    if value is not None:
        assert answer.values == [value]


def test_that_still_points_at_the_figure_when_nothing_else_is_named(engine):
    previous = engine.ask("what did Poland spend on defence in 2024")
    assert not engine.ask("is that high?", previous).answered


def test_two_measures_of_one_ally_in_one_question_are_both_answered(engine):
    answer = engine.ask("what did Poland spend on defence in 2024 and what share of GDP was that?")
    assert answer.values == [34974.528, 4.1202]


@pytest.mark.parametrize("then", ["how does that compare to 2014?", "and compared with 2014?", "vs 2014?"])
def test_a_follow_up_comparing_with_a_year_gives_both_figures_and_the_change(engine, then):
    previous = engine.ask("how much did Greece spend on defence per person in 2024?")
    answer = engine.ask(then, previous)
    assert {648.4903, 400.0566, 248.4337} <= set(answer.values)
    assert "→" in answer.answer


@pytest.mark.parametrize("then", ["and last year?", "what about the previous year"])
def test_last_year_in_a_follow_up_is_the_year_before_the_one_just_given(engine, then):
    previous = engine.ask("how much does latvia spend as % of gdp in 2024?")
    answer = engine.ask(then, previous)
    assert [fact.period for fact in answer.facts] == ["2023"]
    assert answer.facts[0].subject == "Latvia"


def test_a_follow_up_naming_only_a_word_of_the_previous_measure_asks_it_again(engine):
    """'what was its share?' after Italy's share of GDP is that share again, not a share of the alliance's total."""
    previous = engine.ask("Was Italy at 2% in 2024?")
    question = with_context(engine.index, parsed(engine, "What was its share?"), previous)
    assert question.measure_from_context
    answer = engine.ask("What was its share?", previous)
    assert [(fact.subject, fact.measure, fact.period) for fact in answer.facts] == [("Italy", "share_of_gdp", "2024")]


def test_a_follow_up_naming_another_measure_does_not_borrow_the_previous_one(engine):
    previous = engine.ask("Was Italy at 2% in 2024?")
    question = with_context(engine.index, parsed(engine, "and its personnel?"), previous)
    assert not question.measure_from_context


def test_which_source_says_that_names_the_previous_answer_s_documents(engine):
    previous = engine.ask("per the annual report what share of alliance spending came from the US in 2024?")
    answer = engine.ask("which source says that", previous)
    document = engine.documents[previous.facts[0].citation.document]
    assert answer.answer.startswith(f"**Source:** {document.label}")
    assert answer.facts == previous.facts and answer.values == previous.values


def test_a_source_asked_of_something_new_is_no_follow_up_on_sources(engine):
    previous = engine.ask("per the annual report what share of alliance spending came from the US in 2024?")
    assert not engine.ask("source for germany?", previous).answer.startswith("**Source")


def test_before_that_is_the_year_before_the_one_just_given(engine):
    previous = engine.ask("uk share of gdp on defence 2024")
    answer = engine.ask("and before that?", previous)
    assert [(fact.subject, fact.period) for fact in answer.facts] == [("United Kingdom", "2023")]


@pytest.mark.parametrize(
    "follow_up",
    [
        "Which ally recorded the largest real increase over that period, and what was its percentage?",
        "which ally grew the most in real terms over the same period?",
    ],
)
def test_over_that_period_ranks_over_the_span_asked_before(engine, follow_up):
    """'over that period' after a real change from 2014 to 2024 asks the ranking over 2014–2024, not one year."""
    previous = engine.ask(
        "According to NATO's real-change table, by what percentage did Poland's defence expenditure grow in real "
        "terms between 2014 and 2024?"
    )
    answer = engine.ask(follow_up, previous)
    assert answer.answered, answer.answer
    assert {fact.period for fact in answer.facts} == {"2014-2024"}, answer.answer


@pytest.mark.parametrize(
    ("first", "then", "subject", "measure", "period"),
    [
        (
            "According to NATO's tables, what was Albania's defence expenditure as a share of GDP in 2024 (estimate)?",
            "And the corresponding figure for 2014, please?",
            "Albania",
            "share_of_gdp",
            "2014",
        ),
        (
            "Per the NATO tables, what did Germany spend on defence in 2024 in current prices (million US dollars)?",
            "What is the equivalent figure for France, same year and same measure?",
            "France",
            "spending_usd_current",
            "2024",
        ),
    ],
)
def test_the_corresponding_figure_points_at_the_previous_answers_measure(engine, first, then, subject, measure, period):
    """'The corresponding figure', 'the equivalent figure, same measure' name no measure of their own: the previous
    answer's, for the year or ally the follow-up names."""
    answer = engine.ask(then, engine.ask(first))
    assert answer.answered
    assert [(fact.subject, fact.measure, fact.period) for fact in answer.facts] == [(subject, measure, period)]


TOP_THREE = "Which three allies spent the highest share of GDP on defence in 2024?"


@pytest.mark.parametrize(
    ("follow_up", "ally"),
    [
        ("and who's dead last?", "Spain"),
        ("and who is last?", "Spain"),
        ("who is in last place?", "Spain"),
        ("who's on top?", "Poland"),
        ("who is first?", "Poland"),
        ("who came last in 2014?", "Luxembourg"),
    ],
)
def test_an_end_named_without_a_superlative_after_a_ranking_asks_that_end(engine, follow_up, ally):
    answer = engine.ask(follow_up, engine.ask(TOP_THREE))
    assert answer.answered
    assert answer.question == follow_up
    assert f"1. {ally} " in answer.answer and "2. " not in answer.answer


def test_last_year_after_a_ranking_names_a_year_not_an_end(engine):
    assert an_end_as_superlative(parsed(engine, "and last year?"), engine.ask(TOP_THREE)) is None


def test_a_year_names_no_measure_so_the_other_end_in_another_year_ranks_the_same_figure(engine):
    answer = engine.ask("and the lowest in 2014?", engine.ask(TOP_THREE))
    assert "Luxembourg" in answer.answer and "share of GDP" in answer.answer


def test_no_follow_up_after_a_ranking_is_answered_by_an_office_holder_it_does_not_ask(engine):
    previous = engine.ask(TOP_THREE)
    answer = engine.ask("who's the leader?", previous)
    assert not any(fact.measure == "role_secretary_general" for fact in answer.facts)
    assert "Rutte" in engine.ask("who is the sec gen?", previous).answer


@pytest.mark.parametrize(
    ("then", "members"),
    [
        ("and the Baltic states?", {"Estonia", "Latvia", "Lithuania"}),
        ("and the other Baltic states?", {"Estonia", "Latvia"}),
        ("and the other two Baltic states, same measure and year?", {"Estonia", "Latvia"}),
    ],
)
def test_a_follow_up_naming_a_group_asks_the_question_again_of_its_members(engine, then, members):
    """'the other Baltic states' after Lithuania are the members the previous answer was not about; 'other' is no
    measure ('other' spending) and 'same measure and year' asks nothing new."""
    previous = engine.ask("What was Lithuania's defence spending as a percentage of GDP in 2024 per NATO?")
    answer = engine.ask(then, previous)
    assert answer.answered
    assert {fact.subject for fact in answer.facts} == members
    assert {(fact.measure, fact.period) for fact in answer.facts} == {("share_of_gdp", "2024")}


def test_same_year_and_same_table_keep_the_previous_question(engine):
    previous = engine.ask("What share of Finland's defence spending went on equipment in 2024?")
    answer = engine.ask("and what about personnel costs, same year and same table?", previous)
    assert answer.answered
    assert [(fact.subject, fact.period) for fact in answer.facts] == [("Finland", "2024")]


@pytest.mark.parametrize("then", ["now do the US one", "lol. now do the US one"])
def test_now_do_after_slang_asks_the_previous_question_of_another_ally(engine, then):
    previous = engine.ask("what was Canada's defence spending per capita in 2024?")
    answer = engine.ask(then, previous)
    assert answer.answered
    assert [(fact.subject, fact.period) for fact in answer.facts] == [("United States", "2024")]


def test_an_interjection_opening_a_follow_up_asks_nothing_and_falling_short_misses_the_line(engine):
    previous = engine.ask("According to the article about the annual report, how many member states met the 2% target?")
    answer = engine.ask("Ah, so how many fell short then?", previous)
    assert answer.answered and 10 in answer.values


def test_a_year_restated_as_counted_from_the_previous_ones_names_no_measure(engine):
    previous = engine.ask("What was Poland's defence spending as a share of GDP in 2024?")
    answer = engine.ask("And what about 2014, ten years earlier?", previous)
    assert answer.answered and answer.values == [1.8753]


def test_that_pointing_at_a_previous_answer_in_prose_carries_its_year(beside):
    """'what share of GDP was that?' after 2023's spending stated in a table of years: that year's share, never the
    infobox's share planned for 2025."""
    engine = beside("evaluation_holdout37", "wiki_military_budget_of_poland.md")
    previous = engine.ask("How much did Poland spend on defence in 2023 in zloty?")
    answer = engine.ask("what share of GDP was that?", previous)
    assert 4.7 not in answer.values


@pytest.mark.parametrize("follow_up", ["and for 2022?", "same count for 2022"])
def test_a_year_written_as_an_estimate_is_the_year_restated(engine, follow_up):
    previous = engine.ask("Count of allies at or above 2% GDP in 2024e per the NATO table?")
    assert restated(engine.index, parsed(engine, follow_up), previous) == (
        "Count of allies at or above 2% GDP in 2022 per the NATO table?"
    )
    answer = engine.ask(follow_up, previous)
    assert answer.answered and {fact.period for fact in answer.facts} == {"2022"}


def test_a_follow_up_naming_nothing_of_its_own_is_answered_in_the_previous_answers_documents(engine) -> None:
    previous = engine.ask("How is the 5% split?")
    answer = engine.ask("where does the rest go?", previous)
    cited = {citation.document for citation in answer.citations}
    assert cited <= {citation.document for citation in previous.citations}


@pytest.mark.parametrize("follow_up", ["and the lowest?", "and who's dead last?", "and the bottom three?"])
def test_the_other_end_of_a_ranking_is_ranked_in_the_year_it_ranked(engine, follow_up):
    ranking = engine.ask("which ally had the highest share of gdp in 2019")
    answer = engine.ask(follow_up, ranking)
    assert answer.answered and answer.facts
    assert {fact.period for fact in answer.facts} == {"2019"}


@pytest.mark.parametrize("follow_up", ["rest?", "and the rest?", "what about the remainder"])
def test_the_rest_after_the_largest_member_s_share_is_the_rest_of_the_alliance(engine, follow_up) -> None:
    previous = engine.ask("us share nato spending 2024 annual report")
    answer = engine.ask(follow_up, previous)
    assert answer.answered and answer.values[0] == 36
    assert {fact.subject for fact in answer.facts} == {"European Allies and Canada"}


def test_the_rest_after_the_rest_of_the_alliance_is_the_largest_member(engine) -> None:
    previous = engine.ask("what share of nato spending did europe and canada pay in 2024 per the annual report")
    answer = engine.ask("and the rest?", previous)
    assert answer.answered and answer.values[0] == 64


@pytest.mark.parametrize("follow_up", ["And if you leave them out?", "and not counting them?", "and without it?"])
def test_leaving_the_ranked_allies_out_asks_the_ranking_again_without_them(engine, follow_up):
    lead = engine.ask("Which ally had the most military personnel in 2024?")
    top = {fact.subject for fact in lead.facts}
    answer = engine.ask(follow_up, lead)
    assert answer.answered and answer.facts
    assert not {fact.subject for fact in answer.facts} & top
