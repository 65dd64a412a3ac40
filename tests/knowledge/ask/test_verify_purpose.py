"""An amount its sentence sets aside for a purpose answers only a question naming that purpose
(`knowledge.ask.verify_purpose`)."""

from __future__ import annotations

STORY = """# Slovakia signs deal for new armoured vehicles

Published 1 March 2025.

Slovakia will spend EUR 1.2 billion on 150 new armoured vehicles, the defence ministry said.

The country's defence budget for 2025 is EUR 2.6 billion.

For 2025 the cabinet has reserved EUR 0.4 billion for military support to Ukraine.

Poland will spend PLN 186.6 bn on defence this year.
"""


def test_an_amount_for_a_purpose_answers_a_question_naming_it(engine_of_text) -> None:
    engine = engine_of_text("story.md", STORY)
    assert 1.2 in engine.ask("How much will Slovakia spend on new armoured vehicles?").values


def test_an_amount_for_a_purpose_does_not_answer_the_whole(engine_of_text) -> None:
    engine = engine_of_text("story.md", STORY)
    assert 1.2 not in engine.ask("How much is Slovakia spending?").values
    assert 0.4 not in engine.ask("How large is Slovakia's defence budget?").values


def test_spending_on_defence_itself_names_no_purpose_of_its_own(engine_of_text) -> None:
    engine = engine_of_text("story.md", STORY)
    assert 186.6 in engine.ask("How much will Poland spend this year?").values
    assert 2.6 in engine.ask("What is Slovakia's defence budget for 2025?").values


def test_a_whole_given_with_its_parts_for_purposes_still_answers_the_whole(engine_of_text) -> None:
    """'Of the C$9.3bn in new money, C$2.1bn is for personnel …': the answer's whole has no purpose of its own."""
    text = (
        "# Memo\n\nPublished 1 May 2025.\n\n"
        "Of the C$9.3bn in new money, C$2.1bn is for personnel and C$2.0bn for repairs.\n"
    )
    engine = engine_of_text("memo.md", text)
    assert 9.3 in engine.ask("How much new money is going into defence this year?").values


def test_words_of_when_and_of_whom_name_no_purpose(engine_of_text) -> None:
    """'$149 billion into its military last year', '$693 billion for Europe last year', '¥43 trillion for the fiscal
    years 2023 to 2027': when and whose, never what for."""
    text = (
        "# Notes\n\nPublished 3 July 2025.\n\nRussia put an estimated $149 billion into its military last year.\n\n"
        "Tokyo set a five-year spending plan of 43 trillion yen for the fiscal years 2023 to 2027.\n"
    )
    engine = engine_of_text("notes.md", text)
    assert 149 in engine.ask("How much did Russia spend on its military last year?").values
    assert 43 in engine.ask("What is Japan's five-year defence plan worth in yen?").values


def test_a_country_an_amount_is_for_is_its_purpose_unless_the_amount_is_that_countrys(engine_of_text) -> None:
    """'reserved EUR 0.5 billion for Ukraine' (the Netherlands' money) does not answer the Dutch budget; the budget's
    own sentence does."""
    text = (
        "# Budget\n\nPublished 21 May 2025.\n\nThe Netherlands has reserved EUR 0.5 billion for Ukraine in 2025.\n\n"
        "The Dutch defence budget for 2025 is EUR 22 billion.\n"
    )
    engine = engine_of_text("budget.md", text)
    answer = engine.ask("How large is the Dutch defence budget for 2025?")
    assert 0.5 not in answer.values and 22 in answer.values
