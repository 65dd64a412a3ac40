"""Follow-ups that set the previous figure beside another year ('how does that compare with the figure for 2014?')
and sums asked again naming no one ('and the combined figure back in 2014?')."""

from __future__ import annotations

PERSONNEL_2024 = "How many military personnel (in thousands) did Poland have in 2024, according to NATO?"
SUM_2024 = "poland and germany together how much did they spend in 2024 in current us dollars"


def test_compared_with_another_year_asks_the_same_measure_for_it(engine):
    previous = engine.ask(PERSONNEL_2024)
    answer = engine.ask("How does that compare with the figure for 2014, i.e. what was it then?", previous)
    assert answer.answered and [fact.period for fact in answer.facts] == ["2014"]
    assert {fact.measure for fact in answer.facts} == {fact.measure for fact in previous.facts}


def test_a_sum_asked_again_naming_no_one_is_never_one_allys_figure(engine):
    previous = engine.ask(SUM_2024)
    answer = engine.ask("and what was the combined figure back in 2014?", previous)
    assert answer.answered and answer.operation == previous.operation
    assert {fact.subject for fact in answer.facts} == {"Poland", "Germany"}
    assert {fact.period for fact in answer.facts} == {"2014"}


def test_the_sum_asked_again_for_a_year_the_previous_question_spelled_out(engine):
    """'… in twenty twenty four …' then 'and what was the combined figure back in twenty fourteen': the previous
    question for 2014, its own year in words replaced, its sum word no word of the follow-up's own."""
    from knowledge.ask.context import restated  # noqa: PLC0415 - the stage under test
    from knowledge.question import parse  # noqa: PLC0415

    previous = engine.ask("poland and germany together how much did they spend in twenty twenty four in us dollars")
    follow_up = parse("and what was the combined figure back in twenty fourteen", engine.vocabulary, engine.people)
    again = restated(engine.index, follow_up, previous)
    assert again is not None and "2014" in again and "2024" not in again and "twenty" not in again


def test_set_against_another_ally_gives_both_figures_and_the_difference(engine):
    previous = engine.ask("how many military personnel did poland have in 2024?")
    for follow_up in ("how does it stack up against germany?", "and how does that measure up against germany?"):
        answer = engine.ask(follow_up, previous)
        assert answer.answered and answer.calculation is not None, follow_up
        assert {fact.subject for fact in answer.facts} == {"Poland", "Germany"}
        assert {fact.period for fact in answer.facts} == {"2024"}
        poland, germany = (next(f.value for f in answer.facts if f.subject == name) for name in ("Poland", "Germany"))
        assert any(abs(value - abs(poland - germany)) < 0.01 for value in answer.values)
