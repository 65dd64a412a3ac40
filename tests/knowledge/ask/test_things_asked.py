"""Questions that name a figure or a goal of their own and ask a thing about it, the parts of a whole told one
after another, a price basis asked, and a gap to a line: over every shipped document (the `engine` fixture)."""

from __future__ import annotations

import pytest

from knowledge.ask.parse import parse_question
from knowledge.question import parse


def _parsed(engine, question: str):
    return parse_question(parse(question, engine.vocabulary, engine.people))


@pytest.mark.parametrize(
    ("question", "opening"),
    [
        # a goal framed by 'under', a figure's own name ('the 5% pledge'): what the question stands in, not asked
        ("what does each ally have to submit every year under the hague summit pledge", "“Each Ally submits"),
        ("what does the 5% pledge replace", "“The 5% pledge replaces"),
        # kinds or examples asked are things named, whatever spending noun names what they are kinds of
        ("what kinds of spending count toward the 1.5% part of the hague commitment? examples pls", "“Up to 1.5%"),
        # the thing asked stands where 'what' does
        ("at least 3.5% of gdp goes to core defence and to meeting what?", "“At least 3.5%"),
    ],
)
def test_a_thing_asked_about_a_figure_the_question_names_is_answered_by_its_sentence(engine, question, opening):
    answer = engine.ask(question)
    assert answer.answered and answer.answer.startswith(opening)


def test_a_sentence_answered_in_words_cites_every_figure_it_states(engine):
    """'what does the 5% pledge replace': the 2% guideline of 2014, both cited, not the 2% alone in bold."""
    answer = engine.ask("what does the 5% pledge replace")
    assert 2.0 in answer.values and 2014.0 in answer.values and "Wales" in answer.answer


def test_a_question_asking_a_figure_is_not_sent_to_the_sentences(engine):
    finder = engine.sentences
    assert not finder.asks_in_words(_parsed(engine, "what did european allies and canada spend on defence in 2024"))
    assert not finder.asks_in_words(_parsed(engine, "what is the hague pledge?"))


def test_a_sentence_answering_in_words_states_the_numbers_the_question_names(engine):
    """'the 1.5% part' is not answered by the 3.5% sentence, though every word of it is accounted for."""
    parsed = _parsed(engine, "what kinds of spending count toward the 1.5% part? examples pls")
    three_and_a_half = next(s for s in engine.sentences.sentences if s.text.startswith("At least 3.5%"))
    verdict = engine.verifier.check_sentence(parsed, three_and_a_half.text, "", three_and_a_half.document)
    assert "number 1.5" in verdict.unaccounted


def test_a_goal_named_by_its_number_after_a_framing_word_needs_no_stating(engine):
    """'the path toward 5%' names the goal: the sentence giving the review's date need not state 5."""
    answer = engine.ask("when does nato review the path toward 5%?")
    assert answer.answered and 2029.0 in answer.values


def test_a_sibling_part_told_before_a_figure_is_not_that_figure(engine):
    """'Up to 1.5% of GDP goes to …' follows 'At least 3.5% of GDP goes to …' in its line: a question naming 3.5%
    is about the 3.5% part, never answered by the 1.5% one."""
    answer = engine.ask("at least 3.5% of gdp goes to core defence and to meeting what?")
    assert 1.5 not in answer.values and "capability targets" in answer.answer


def test_a_share_asked_in_current_prices_is_worked_out_from_the_tables(engine):
    """The article's rounded 36% names no price basis; the tables' current-price amounts give 34.37%."""
    answer = engine.ask("what percent of the nato total did european allies and canada spend in 2024, current prices")
    assert answer.answered and answer.calculation is not None and "34.37" in answer.calculation
    assert 36.0 not in answer.values
    # without a price basis asked, the article's own share still answers
    assert 64.0 in engine.ask("what share of nato spending did the us pay in 2024").values


def test_a_gap_to_a_line_is_never_one_table_cell(engine):
    parsed = _parsed(engine, "how far above 2% was germany in 2024?")
    cell = engine.ask("germany defence share of gdp 2024")
    assert "calculation: gap" in engine.verifier.check(parsed, cell).unaccounted


def test_a_gap_above_the_line_is_a_distance_with_its_side_in_words(engine):
    answer = engine.ask("how far over 2% was germany in 2024?")
    assert answer.calculation is not None and "2.12 − 2 = 0.12" in answer.calculation
    assert any(abs(value - 0.119) < 0.001 for value in answer.values) and "above 2" in answer.answer


def test_a_gap_follow_up_measures_from_the_line_the_question_before_tested(engine):
    previous = engine.ask("did germany actually hit 2% in 2024?")
    answer = engine.ask("by how much over the line?", previous)
    assert answer.calculation is not None and any(abs(value - 0.119) < 0.001 for value in answer.values)


@pytest.mark.parametrize(
    "question",
    ["At which summit did allies agree the 2% guideline?", "at which summit allies agreed the old 2% guideline?"],
)
def test_an_event_asked_by_which_is_answered_by_the_sentence_naming_it(engine, question: str):
    """'which summit', 'which meeting', 'which treaty': a named event asked, answered in words by its sentence."""
    answer = engine.ask(question)
    assert answer.answered and "Wales Summit" in answer.answer
