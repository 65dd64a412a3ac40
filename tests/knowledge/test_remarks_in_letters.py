"""What a letter's frame holds besides its salutation and closing: the asker's story of another year, an aside
naming an ally, a vague yes-or-no before the figure asked, two questions asking one margin. None of it gives the
question a year or an ally it does not ask; what the question leaves to it stays."""

from __future__ import annotations

import pytest

from knowledge.remarks import without_remarks


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # the asker's story of another year gives a question naming its own none
        (
            "I wonder whether you might tell me the Czech Republic's defence spending in 2024 in constant 2015 US"
            " dollars? I visited Prague in 1968, of all years. Yours sincerely, Cyril",
            # the request's courtesy ('I wonder whether you might') is no word of the question either
            "tell me the Czech Republic's defence spending in 2024 in constant 2015 US dollars?",
        ),
        (
            "What share of GDP did Poland spend in two thousand and twenty-four? I visited Warsaw in nineteen"
            " sixty-eight.",
            "What share of GDP did Poland spend in two thousand and twenty-four?",
        ),
        # an ally named in an aside after the question is no ally the question names: the lead naming it stays
        (
            "Good afternoon. If Italy is to reach the new three and a half per cent for core defence, how many"
            " percentage points short was it in two thousand and twenty-four? My late husband served in Italy during"
            " the war. Kind regards, Beryl",
            "If Italy is to reach the new three and a half per cent for core defence, how many percentage points short"
            " was it in two thousand and twenty-four?",
        ),
        # a yes-or-no naming no line, then the figure asked of 'its': the figure is the question
        (
            "Good morning. Did little Albania spend much on defence? What share of its GDP was it in 2024? I once had"
            " an Albanian pen friend. Warmly, Phyllis",
            "What share of Albania's GDP was it in 2024?",
        ),
    ],
)
def test_an_aside_in_the_frame_gives_the_question_nothing(text: str, asked: str) -> None:
    assert without_remarks(text) == asked


@pytest.mark.parametrize(
    "text",
    [
        "what did Poland spend on defence in 2023? I need 2024 too",  # asks on for another year
        "what share of GDP did Poland spend on defence? I need it for 2019",  # the only year named
        "Did Albania meet 2%? What share of its GDP was it in 2024?",  # the first names the line it tests
        "Did Poland's spending rise in 2024? How much did it rise?",  # the first names the year
    ],
)
def test_what_the_frame_holds_for_the_question_stays(text: str) -> None:
    assert without_remarks(text) == text


def test_two_questions_asking_a_margin_and_which_side_get_the_difference(engine) -> None:
    answer = engine.ask(
        "Good afternoon. My neighbour insists we outspend the Germans. By how many dollars did Germany's defence"
        " spending exceed Great Britain's in 2024, at current prices? And which was larger? Kind regards, Harold"
    )
    assert answer.answered and round(answer.values[0], 2) == 15578.46
    assert "Germany above United Kingdom" in answer.answer


def test_the_allies_a_clarification_lists_are_the_group_asked() -> None:
    text = (
        "Dear Sir or Madam, what is the average share of GDP spent on defence by the Scandinavian and Nordic countries"
        " in 2024? I mean Denmark, Norway, Sweden and Finland; I understand Iceland has no forces of its own. With"
        " thanks, Ingrid"
    )
    assert without_remarks(text) == (
        "what is the average share of GDP spent on defence by the Denmark, Norway, Sweden and Finland in 2024?"
    )


def test_a_clarification_naming_allies_of_no_group_asked_changes_nothing() -> None:
    text = "What did the Baltic states spend in 2024? I mean Denmark and Norway."
    assert "Baltic" in without_remarks(text)
