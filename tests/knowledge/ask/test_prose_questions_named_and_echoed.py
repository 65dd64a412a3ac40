"""Questions answered from the prose documents (set 30's first contact): a document named by its kind and its topic
('the summit note'), an echo question ('… meant for meeting what?'), the earlier goal's event asked, a year naming
a goal, a yes or no said of whom it asks, and a lead naming the source before two questions."""

from __future__ import annotations

from knowledge.ask.parse import SourceKind, parse_question
from knowledge.ask.source_kinds import names_a_kind
from knowledge.ask.statements import years_naming_goals
from knowledge.ask.verify_sentence import event_unaccounted
from knowledge.question import Vocabulary, parse

HAGUE = "At their summit in The Hague on 25 June 2025, NATO Allies committed to invest 5% of GDP each year by 2035."
WALES = "The 5% pledge replaces the 2% of GDP guideline that Allies agreed at the Wales Summit in 2014."
KINDS = ("article", "the note", "the report")


def parsed(text: str):
    return parse_question(parse(text, Vocabulary(set()), {}))


def test_a_kind_of_source_is_named_with_the_words_of_its_topic():
    assert names_a_kind(["according", "to", "the", "summit", "note"], KINDS)
    assert names_a_kind(["per", "the", "hague", "summit", "note"], KINDS)
    assert names_a_kind(["per", "the", "article", "on", "the", "annual", "report"], KINDS)
    assert not names_a_kind(["the", "share", "of", "note"], ("the note",))  # topic words, never a stopword between
    assert not names_a_kind(["note", "that", "the", "us", "pays", "most"], KINDS)
    assert parsed("On what date did the summit take place, according to the summit note?").source_kind is (
        SourceKind.PROSE
    )


def test_a_document_named_by_its_kind_and_topic_answers(engine):
    answer = engine.ask("On what date did the NATO summit in The Hague take place, according to the summit note?")
    assert answer.answered and "25 June 2025" in answer.answer
    answer = engine.ask(
        "What must each ally submit every year under the Hague Summit Declaration, as summarised in the note?"
    )
    assert answer.answered and "annual plan" in answer.answer


def test_an_echo_question_asks_by_its_whole_sentence(engine):
    """The 5% sentence was given for '… meant for meeting what?': only 'what' was read as asking."""
    answer = engine.ask(
        "According to the summit note, besides the 3.5% for core defence, the core spending is also meant for "
        "meeting what?"
    )
    assert answer.answered and "capability targets" in answer.answer and "5% of GDP each year" not in answer.answer


def test_the_event_of_the_earlier_goal_asked():
    question = parsed("which earlier guideline does the 5% pledge replace, and in what year was that guideline agreed?")
    assert event_unaccounted(question, WALES) == []
    assert event_unaccounted(question, HAGUE) == ["quantity: the event of the 5%, not of the earlier goal asked"]
    assert event_unaccounted(parsed("when was the previous guideline agreed, the one before the 5%?"), WALES) == []
    assert event_unaccounted(parsed("when was the 5% pledge agreed?"), WALES) != []


def test_the_earlier_guideline_and_its_summit_and_year(engine):
    answer = engine.ask(
        "According to the summit note, which earlier guideline does the 5% pledge replace, and at which summit and in "
        "what year was that guideline agreed?"
    )
    assert answer.answered and "Wales" in answer.answer and 2014.0 in answer.values and 2.0 in answer.values
    assert "25 June 2025" not in answer.answer


def test_a_year_naming_a_goal_dates_the_goal_not_the_figure(engine):
    assert years_naming_goals(tuple(["spending", "under", "the", "2025", "hague", "commitment"])) == {2025}
    assert years_naming_goals(tuple(["what", "did", "germany", "spend", "in", "2025"])) == frozenset()
    answer = engine.ask(
        "What is the maximum share of GDP that may go to defence- and security-related spending under the 2025 Hague "
        "commitment, per the summit note?"
    )
    assert answer.answered and answer.values[:1] == [1.5]


def test_a_yes_or_no_from_a_sentence_names_whom_it_is_of(engine):
    answer = engine.ask(
        "Per the article, does even the United States currently meet the 5% of GDP level Trump called for?"
    )
    assert answer.answered and answer.answer.startswith("**No**, for the United States")


def test_a_lead_naming_the_source_is_said_of_each_question_after_it(engine):
    answer = engine.ask(
        "According to the article, what real-terms increase did European NATO members and Canada record in 2024, and "
        "what share of alliance spending did the US contribute?"
    )
    assert answer.answered and {19.4, 64.0} <= set(answer.values)
    assert len(answer.answer.split("\n")) == len(set(answer.answer.split("\n")))  # each line once


def test_only_a_kind_that_only_prose_is_takes_topic_words():
    """The tables are NATO's report too: 'in the nato report' names no article."""
    assert not names_a_kind(["iceland", "gdp", "per", "capita", "in", "the", "nato", "report"], ("the report",))
    assert parsed("iceland gdp per capita 2024 in the nato report?").source_kind is None


def test_a_story_ending_on_an_auxiliary_is_no_echo_question(engine):
    answer = engine.ask(
        "ok long shot but for a podcast script I need the number of nato members that did NOT meet 2% of gdp, the "
        "article only gives the ones who did"
    )
    assert answer.answered


def test_a_document_named_by_its_titles_words_answers_in_words(engine):
    answer = engine.ask("which year's figures does the annual report coverage describe?")
    assert answer.answered and 2024.0 in answer.values


def test_whom_an_appeal_was_aimed_at_and_a_quote_to_finish(engine):
    answer = engine.ask("who exactly was Rutte's 'quantum leap' appeal aimed at?")
    assert answer.answered and "Canada" in answer.answer
    answer = engine.ask("finish the Rutte quote: 'it will be essential to invest ...'")
    assert answer.answered and "substantially more" in answer.answer
