"""Follow-ups leaning on the several allies the question before named: 'which of those was highest?' keeps to
them; 'and with the UK added?' works the same sum or average out again with one more."""

from __future__ import annotations

from knowledge.ask.context import allies_pointed_back, restated
from knowledge.lexicon import normalise
from knowledge.question import parse

AVERAGE = (
    "What was the simple (unweighted) average share of GDP spent on defence by Estonia, Latvia and Lithuania in 2024?"
)
BIG_FOUR = "Of France, Germany, Italy and the United Kingdom, which spent the highest share of GDP on defence in 2023?"
SUM = "What was the combined defence spending of France and Germany in 2024, in current US dollars?"


def parsed(engine, text):
    return parse(text, engine.vocabulary, engine.people)


def test_those_point_at_the_allies_the_question_before_named(engine):
    pointed = allies_pointed_back(parsed(engine, "which of those was highest?"), normalise(BIG_FOUR).split())
    assert pointed == {"France", "Germany", "Italy", "United Kingdom"}
    assert allies_pointed_back(parsed(engine, "which was highest?"), normalise(BIG_FOUR).split()) == frozenset()
    one = normalise("What share of GDP did Poland spend in 2024?").split()
    assert allies_pointed_back(parsed(engine, "which of those was highest?"), one) == frozenset()


def test_a_ranking_after_several_allies_keeps_to_them(engine):
    highest = engine.ask("which of those was highest?", engine.ask(AVERAGE))
    assert highest.answered and [fact.subject for fact in highest.facts] == ["Estonia"]
    lowest = engine.ask("and the lowest of those four?", engine.ask(BIG_FOUR))
    assert lowest.answered and lowest.facts[0].subject == "Italy"
    assert {fact.subject for fact in lowest.facts} <= {"France", "Germany", "Italy", "United Kingdom"}


def test_an_ally_added_to_a_sum_works_it_out_again(engine):
    previous = engine.ask(SUM)
    assert restated(engine.index, parsed(engine, "and with the UK added?"), previous) == (
        "What was the combined defence spending of France and Germany and United Kingdom in 2024, in current US "
        "dollars?"
    )
    answer = engine.ask("plus italy?", previous)
    assert answer.calculation is not None and {fact.subject for fact in answer.facts} == {"France", "Germany", "Italy"}


def test_an_ally_already_summed_or_no_adding_word_is_no_sum_again(engine):
    previous = engine.ask(SUM)
    assert restated(engine.index, parsed(engine, "and with Germany added?"), previous) is None
    assert restated(engine.index, parsed(engine, "what about the UK's share of GDP?"), previous) is None


def test_a_follow_up_naming_the_previous_measure_by_a_word_of_it_ranks_it_again(engine):
    previous = engine.ask("Which Baltic state spent the highest share of its GDP on defence in 2024?")
    lowest = engine.ask("And which Baltic state had the lowest share that year?", previous)
    assert lowest.answered and lowest.facts[0].subject == "Lithuania" and lowest.facts[0].measure == "share_of_gdp"


def test_that_pointing_at_a_goal_tests_the_ally_against_it(engine):
    previous = engine.ask("Which US president pushed allies to spend 5% of GDP on defence?")
    answer = engine.ask("does the US meet that?", previous)
    assert answer.answered and answer.answer.startswith("**No**") and answer.values == [3.379]


def test_there_after_a_gathering_asks_in_the_sentence_the_answer_cited(engine):
    previous = engine.ask("When was The Hague Summit held?")
    answer = engine.ask("what did allies commit to there?", previous)
    assert answer.answered and {5.0, 2035.0} <= set(answer.values) and "Trump" not in answer.answer
