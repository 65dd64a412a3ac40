"""The judge of question sets: an expected name matches any name of the same entity."""

from __future__ import annotations

from knowledge.questionset import Expected, Question, Verdict, judge


def test_an_expected_entity_matches_its_other_names() -> None:
    question = Question(
        question="rank the visegrad four", kind="ranking", expect=Expected(values=(), text=("Slovak Republic",))
    )
    assert judge(question, answered=True, values=[], text="4. Slovakia US$2.8 billion") is Verdict.CORRECT


def test_expected_text_that_names_no_entity_must_appear_as_written() -> None:
    question = Question(
        question="what must allies submit", kind="article", expect=Expected(values=(), text=("annual plan",))
    )
    assert judge(question, answered=True, values=[], text="a credible path") is Verdict.WRONG


def test_a_date_stated_in_bold_states_its_day_and_year() -> None:
    question = Question(
        question="when was the hague summit", kind="article", expect=Expected(values=(25, 2025), text=("June",))
    )
    stated = "“At their summit in The Hague on **25 June 2025**, NATO Allies committed …”"
    assert judge(question, answered=True, values=[2025.0], text=stated) is Verdict.CORRECT
    assert judge(question, answered=True, values=[2025.0], text="On 25 June 2025 …") is Verdict.WRONG
    assert judge(question, answered=True, values=[2025.0], text="**June 25, 2025**") is Verdict.CORRECT


def test_an_expected_date_is_its_year_and_day() -> None:
    assert Expected.model_validate({"values": ["2025-06-25", 5]}).values == (2025.0, 25.0, 5.0)


def test_an_expected_name_matches_it_written_with_accents() -> None:
    question = Question(
        question="visegrad personnel together", kind="aggregate", expect=Expected(values=(), text=("Visegrad",))
    )
    assert judge(question, answered=True, values=[], text="combined: the Visegrád group, 2024") is Verdict.CORRECT


def test_a_partly_answered_message_is_never_correct_unless_it_states_all_expected() -> None:
    question = Question(
        question="what did Spain spend and how far below 2% was Italy?",
        kind="aggregate",
        expect=Expected(values=(0.7175, 0.5089), text=()),
    )
    # the part answered agrees with the set, the other is said to be unanswered: abstained, not correct
    assert judge(question, answered=True, values=[0.7175], text="0.72 … Not answered", partial=True) is (
        Verdict.ABSTAINED
    )
    # the part answered states a figure the set does not expect: wrong
    assert judge(question, answered=True, values=[1.9], text="1.9 … Not answered", partial=True) is Verdict.WRONG
    # every figure expected stated: correct
    assert judge(question, answered=True, values=[0.7175, 0.5089], text="", partial=True) is Verdict.CORRECT
    # a whole answer missing a figure stays wrong
    assert judge(question, answered=True, values=[0.7175], text="0.72") is Verdict.WRONG


def test_a_figure_stated_in_bold_with_its_scale_in_words_states_that_number() -> None:
    question = Question(
        question="how many personnel do the allies have", kind="article", expect=Expected(values=(3.42,), text=())
    )
    stated = "NATO Allies had **about 3.42 million** military personnel in 2024."
    assert judge(question, answered=True, values=[3_420_000.0], text=stated) is Verdict.CORRECT
    assert judge(question, answered=True, values=[3_420_000.0], text="about 3.42 million") is Verdict.WRONG
