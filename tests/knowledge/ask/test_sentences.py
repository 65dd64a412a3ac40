"""Questions a sentence answers in words: found by their rare words, every word accounted for, quoted verbatim."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge import domain, lexicon
from knowledge.ask.parse import parse_question
from knowledge.ask.sentences import _what_is_about
from knowledge.engine import Engine
from knowledge.question import parse
from knowledge.snapshot import build_knowledge_base

NOTE = """---
title: The Hague Summit 2025 — the new defence investment pledge
published: 2025-06-25
---

# The new defence investment pledge

At their summit in The Hague on 25 June 2025, NATO Allies committed to invest 5% of GDP each year on defence by 2035.

Each Ally submits an annual plan showing a credible, incremental path towards the target.

The 5% pledge replaces the 2% of GDP guideline that Allies agreed at the Wales Summit in 2014.
"""


@pytest.fixture(scope="module")
def engine(engine_of_text) -> Engine:
    return engine_of_text("hague.md", NOTE)


@pytest.fixture(scope="module")
def engine_of(tmp_path_factory: pytest.TempPathFactory):
    def build(documents: dict[str, str]) -> Engine:
        folder = Path(tmp_path_factory.mktemp("documents"))
        for name, text in documents.items():
            (folder / name).write_text(text, encoding="utf-8")
        return Engine(build_knowledge_base(folder))

    return build


def test_a_question_in_words_is_answered_by_the_sentence_verbatim(engine: Engine) -> None:
    answer = engine.ask("which city hosted the 2025 nato summit")
    assert answer.answered and answer.answer.startswith("“At their summit in The Hague")
    assert answer.facts and all(fact.citation.quote == answer.citations[0].quote for fact in answer.facts)


def test_a_sentence_stating_no_figure_is_quoted_with_its_place_and_states_none(engine: Engine) -> None:
    """No fact was extracted from it (it states no figure, speaker or date), so the answer is the sentence
    itself, verbatim with its document and place, and states no figure."""
    answer = engine.ask("what does each ally have to submit every year?")
    assert answer.answered and answer.answer.startswith("“Each Ally submits an annual plan")
    assert answer.citations[0].locator.startswith("paragraph") and not answer.values and not answer.facts


def test_a_sentence_with_a_figure_but_no_fact_is_not_an_answer(engine_of) -> None:
    """A figure in a sentence nothing was extracted from is uncited: quoting it would state it."""
    engine = engine_of({"note.md": "# Plans\n\nEach Ally hands in an annual plan with about four milestones.\n"})
    answer = engine.ask("what does each ally hand in every year?")
    assert not answer.answered or answer.facts


def test_two_sentences_answer_together_when_the_second_says_what_the_first_is_about(engine_of) -> None:
    text = (
        '"European Allies and Canada must make a quantum leap in what they bring to bear," Rutte wrote. '
        '"To do so, it will be essential to invest substantially more."\n'
    )
    engine = engine_of({"report.txt": text})
    answer = engine.ask("according to rutte, what will be essential for europe and canada to make that quantum leap?")
    assert answer.answered and "essential to invest substantially more" in answer.answer
    assert "sentences 1–2" in answer.citations[0].locator


def test_a_sentence_ranking_no_one_does_not_answer_who_is_lowest(engine: Engine) -> None:
    assert not engine.ask("which ally is the lowest spender at the hague summit?").answered


def test_which_city_is_answered_by_the_sentence_naming_it(engine: Engine) -> None:
    answer = engine.ask("which city hosted the 2025 nato summit")
    assert answer.answered and "The Hague" in answer.answer


def test_every_word_must_be_accounted_for(engine: Engine) -> None:
    assert not engine.ask("who was nato secretary general before rutte?").answered
    assert not engine.ask("what does each ally have to pay for tanks?").answered


def test_a_question_asking_a_figure_is_left_to_the_figures(engine: Engine) -> None:
    answer = engine.ask("what did allies agree to spend at the hague summit")
    assert 5.0 in answer.values


def test_a_title_names_what_a_sentence_naming_no_country_is_about(engine_of) -> None:
    note = (
        "---\ntitle: LIVE | NATO summit in The Hague\npublished: 2025-06-25\n---\n\n"
        "Each Ally submits an annual plan showing a path towards the target.\n\n"
        "The next NATO summit will be held in Ankara, Türkiye, in July.\n"
    )
    engine = engine_of({"live.md": note})
    assert engine.ask("what does each ally have to submit every year under the hague commitment?").answered
    assert not engine.ask("What did Türkiye commit to at the Hague summit?").answered


def test_why_is_answered_by_a_sentence_giving_a_reason_never_by_a_figure(engine_of) -> None:
    text = (
        "European allies and Canada accounted for just 36% of alliance spending in 2024. "
        "The remarks underscore growing pressure on European capitals to close the gap in the wake of the war "
        "in Ukraine.\n"
    )
    engine = engine_of({"report.txt": text})
    answer = engine.ask("why is there pressure on european capitals to spend more, according to that piece")
    assert answer.answered and "in the wake of the war" in answer.answer and 36 not in answer.values
    reason = engine.ask("why do european allies account for 36%?")
    assert not reason.answered or reason.answer.startswith("“")  # the document's words, never a statement of ours


def test_the_reason_concept_is_a_concept() -> None:
    assert domain.question_words().verifier.reason_concept in lexicon.SYNONYMS


WAR_NOTE = """Leaders met in Brussels. Rutte's remarks underscore growing pressure on European capitals to spend more,
particularly in the wake of Russia's ongoing war in Ukraine.
"""


@pytest.mark.parametrize(
    "question",
    [
        "what's driving the pressure on European capitals?",
        "which ongoing conflict does the note cite as a driver of pressure on European capitals?",
    ],
)
def test_a_thing_asked_by_what_is_doing_or_which_and_its_noun_is_answered_in_words(engine_of, question) -> None:
    answer = engine_of({"pressure.txt": WAR_NOTE}).ask(question)
    assert answer.answered and "Russia's ongoing war in Ukraine" in answer.answer and not answer.values


@pytest.mark.parametrize(
    "question",
    [
        "does each ally have to submit something under the hague declaration?",
        "under the hague declaration, what does each ally have to submit every year?",
    ],
)
def test_an_indefinite_thing_and_a_declaration_are_accounted_for(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and "Each Ally submits an annual plan" in answer.answer


@pytest.mark.parametrize("word", ["broader", "wider"])
def test_broader_security_spending_is_the_security_related_part(word: str) -> None:
    assert lexicon.concepts([word]) == lexicon.concepts(["related"])


@pytest.fixture(scope="module")
def seeds_engine(seed_kb) -> Engine:
    return Engine(seed_kb)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("does the US even meet the 5% trump wants?", "**No**, for the United States — “U.S. President Donald Trump"),
        (
            "is it true the US doesn't even meet Trump's 5% ask right now?",
            "**Yes**, for the United States — “U.S. President Donald Trump",
        ),
        (
            "does the US itself meet trump's 5% of gdp demand, per the article?",
            "**No**, for the United States — “U.S. President Donald Trump",
        ),
    ],
)
def test_a_claim_is_answered_yes_or_no_by_the_negation_before_its_verb(seeds_engine, question, lead) -> None:
    answer = seeds_engine.ask(question)
    assert answer.answered and answer.answer.startswith(lead)


def test_a_claim_whose_verb_the_sentence_does_not_use_gets_no_yes_or_no(engine: Engine) -> None:
    answer = engine.ask("does the hague declaration say anything about civil preparedness?")
    assert not answer.answer.startswith(("**Yes**", "**No**"))


def test_which_allies_is_not_answered_by_a_sentence_naming_none(engine: Engine) -> None:
    answer = engine.ask("which allies have already submitted their annual plans under the hague declaration?")
    assert "Each Ally submits" not in answer.answer


DEBATE_NOTE = """Rutte's appeal comes amid renewed debate over fair burden-sharing within NATO.
The report was released on Thursday.
"""


@pytest.mark.parametrize(
    "question", ["what is the debate inside NATO about?", "what's the debate going on inside NATO about?"]
)
def test_what_something_is_about_is_answered_in_words(engine_of, question: str) -> None:
    answer = engine_of({"debate.txt": DEBATE_NOTE}).ask(question)
    assert answer.answered and "burden-sharing within NATO" in answer.answer and not answer.values


def test_what_about_an_ally_is_no_question_of_what_something_is_about() -> None:
    """'what about germany?' names no subject before 'about': a follow-up, never a thing asked in words."""
    assert _what_is_about(("what", "is", "the", "debate", "about"))
    assert not _what_is_about(("what", "about", "germany"))


@pytest.mark.parametrize("question", ["which war does the note mention as adding pressure on europe"])
def test_pressure_added_is_the_growing_pressure_a_sentence_speaks_of(engine_of, question: str) -> None:
    answer = engine_of({"pressure.txt": WAR_NOTE}).ask(question)
    assert answer.answered and "Russia's ongoing war in Ukraine" in answer.answer


REVIEW_NOTE = NOTE + "\nThe path and the balance of spending are to be reviewed in 2029.\n"


def test_a_course_named_by_its_goals_figure_is_the_documents_course(engine_of) -> None:
    """'the 5% path' is the path toward the 5% the note states; 'the 3% path' names no goal of it."""
    engine = engine_of({"hague.md": REVIEW_NOTE})
    for question in ("when does the 5% path get reviewed", "when is the review of the 5% path happening"):
        answer = engine.ask(question)
        assert answer.answered and "2029" in answer.answer, question
    assert not engine.ask("when does the 3% path get reviewed").answered


def test_a_goal_named_by_where_it_was_pledged_is_the_one_pledged_there(engine: Engine) -> None:
    """'the hague 5% pledge': the note says the 5% was pledged in The Hague (the 2% beside 'Wales' is another)."""
    answer = engine.ask("what did the hague 5% pledge replace")
    assert answer.answered and "agreed at the Wales Summit in 2014" in answer.answer
    plan = "Each Ally submits an annual plan showing a credible, incremental path towards the target."
    document = next(iter(engine.documents))
    for place, accepted in (("hague", True), ("wales", False)):
        asked = parse_question(
            parse(f"what does each ally submit under the {place} 5% pledge", engine.vocabulary, engine.people)
        )
        assert engine.verifier.check_sentence(asked, plan, "", document).accepted is accepted


@pytest.mark.parametrize("question", ["hague annual plan allies", "allies annual plan hague"])
def test_a_keyword_string_naming_a_thing_is_answered_by_the_sentence_saying_it(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and "incremental path" in answer.answer


def test_a_keyword_string_naming_a_figure_is_not_asked_in_words(engine: Engine) -> None:
    asked = parse_question(parse("germany defence spending 2024", engine.vocabulary, engine.people))
    assert not engine.sentences.asks_in_words(asked)
