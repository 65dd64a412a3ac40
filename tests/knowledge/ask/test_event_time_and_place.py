"""The time or place of an event asked ('when and where was the summit with the 5% pledge?'): answered by the
sentence dating or placing that very event, never by the figure the question names the event by."""

from __future__ import annotations

from knowledge.ask.parse import parse_question
from knowledge.ask.sentences import asks_an_events_time_or_place, event_positions
from knowledge.ask.verify_sentence import event_unaccounted
from knowledge.engine import Engine
from knowledge.question import Vocabulary, parse
from knowledge.snapshot import build_knowledge_base

HAGUE = "At their summit in The Hague on 25 June 2025, NATO Allies committed to invest 5% of GDP each year by 2035."
WALES = "The 5% pledge replaces the 2% of GDP guideline that Allies agreed at the Wales Summit in 2014."


def parsed(text: str):
    return parse_question(parse(text, Vocabulary(set()), {}))


def test_an_events_time_or_place_is_asked_by_when_or_where_and_an_event_word():
    assert asks_an_events_time_or_place(parsed("when and where was the summit with the 5% pledge?"))
    assert asks_an_events_time_or_place(parsed("in what city did allies agree the 5% pledge"))
    assert not asks_an_events_time_or_place(parsed("In what year is the Hague target up for review?"))
    assert not asks_an_events_time_or_place(parsed("where does Italy rank in spending?"))


def test_an_event_is_named_by_its_whole_words_only():
    assert event_positions(HAGUE) == [9, HAGUE.index("committed")]
    assert event_positions("Spending went up sharply") == []  # the 'up' of 'sign up' names nothing alone


def test_the_event_dated_is_that_of_the_figure_nearest_its_word():
    question = parsed("when and where was the summit with the 5% pledge?")
    assert event_unaccounted(question, HAGUE) == []
    assert event_unaccounted(question, WALES) == ["quantity: the event of the 2%, not of the figure asked"]
    assert event_unaccounted(parsed("where and when was the 2% guideline agreed"), WALES) == []
    assert event_unaccounted(question, "The path is to be reviewed in 2029.") == ["quantity: the event asked"]


def test_the_summit_with_a_figure_is_answered_by_its_date_and_place(engine):
    for question in (
        "when and where was the summit with the 5% pledge?",
        "Where was the 2025 NATO summit held that agreed the 5% target?",
        "in what city did allies agree the 5% pledge",
    ):
        answer = engine.ask(question)
        assert answer.answered and "The Hague on" in answer.answer and "Trump" not in answer.answer, question
    dated = engine.ask("when exactly was the Hague summit where the 5% pledge was agreed?")
    assert "**25 June 2025**" in dated.answer and "Wales" not in dated.answer


def test_a_date_asked_of_an_event_is_never_answered_by_the_goals_beside_its_figure(engine):
    """The goals list (the 5% and its deadline, the 2% current) names the event's figure but dates no event."""
    for question in (
        "When exactly was that summit in The Hague where they agreed the new five per cent? The date, please.",
        "When was the summit where they agreed the 5% pledge? The date, please.",
    ):
        answer = engine.ask(question)
        assert answer.answered and "**25 June 2025**" in answer.answer and "All the targets" not in answer.answer


def test_the_old_guideline_is_still_dated_by_the_year_it_was_agreed(engine):
    answer = engine.ask("the old 2% guideline, what year was that agreed?")
    assert answer.answered and 2014.0 in answer.values


def test_a_trajectory_and_a_mix_are_the_path_and_the_balance_the_note_reviews(engine):
    answer = engine.ask("When will the trajectory and the spending mix under the Hague pledge be reviewed?")
    assert answer.answered and "**2029**" in answer.answer


def test_a_date_of_a_former_commitment_does_not_say_when_it_will_be_met(documents):
    engine = documents("evaluation_holdout", "ministry_statement.txt")
    answer = engine.ask("when will canada hit 2%")
    assert not answer.answered or 2032.0 not in answer.values


def test_a_goal_named_as_the_documents_title_names_it_is_dated_by_the_sentence_committing_to_it(engine):
    # 'the new pledge', 'the hague defence investment pledge': the note's title ('… — the new defence investment
    # pledge') names the goal its sentence commits to ('Allies committed to invest 5% …'), named by no figure here
    for question in (
        "Date question: on what day did allies agree the Hague defence investment pledge?",
        "What date was the Hague summit where they agreed the new pledge?",
        "When did allies agree the new pledge?",
    ):
        answer = engine.ask(question)
        assert answer.answered and "**25 June 2025**" in answer.answer and "Wales" not in answer.answer, question


DEBATE = """HOUSE OF COMMONS DEBATES
Tuesday, October 22, 2024

MS. ANNE-MARIE CÔTÉ (Rivière-des-Saules): Madam Speaker, at the Washington summit in July, the Prime Minister told \
our allies that Canada will reach 2 percent by 2032, and that is the first time a Canadian government has put a date \
on that target.
"""


def test_a_deadline_said_in_a_debate_is_not_when_the_debate_took_place(tmp_path):
    """'On what date did this debate take place?' is no deadline's question: 'will reach 2 percent by 2032' gives
    the year the target is due, not the day the House sat; asked by what year, it answers."""
    (tmp_path / "debate.txt").write_text(DEBATE, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text(
        '["debate.txt"]\ntitle = "House of Commons Debates: Defence Spending and the NATO Commitment"\n'
        'publisher = "House of Commons of Canada (debate transcript)"\npublished = "2024-10-22"\n',
        encoding="utf-8",
    )
    engine = Engine(build_knowledge_base(tmp_path))
    asked_by_when = "By what year did the Prime Minister promise Canada would reach 2% of GDP?"
    answer = engine.ask(asked_by_when)
    assert answer.answered and answer.values[0] == 2032
    when_held = parse_question(
        parse("On what date did this defence spending debate take place?", engine.vocabulary, {})
    )
    unaccounted = engine.verifier.check(when_held, answer).unaccounted
    assert "quantity: when it was agreed or held, not its deadline" in unaccounted
