"""A line the question names to be reached ('to reach 3.5% of GDP') is its condition: an answer stating nothing but
that line answers nothing it asks; the statement of what reaching it takes does."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("folder", "name", "question", "value"),
    [
        (
            "evaluation_holdout34",
            "indo_pacific_budgets_brief.md",
            "How much more would Australia need to spend each year to reach 3.5% of GDP?",
            40.0,  # 'Reaching 3.5% of GDP today would require roughly AUD 40 billion more a year.'
        ),
        (
            "evaluation_holdout9",
            "nato_hague_estimates_brief.md",
            "How much more per year would European allies and Canada need to find to reach 3.5%?",
            400.0,  # '… would need to find around $400 billion a year more than they spent in 2024'
        ),
    ],
)
def test_what_reaching_a_line_takes_is_answered_not_the_line(documents, folder, name, question, value) -> None:
    answer = documents(folder, name).ask(question)
    assert answer.answered and answer.values[:1] == [value]


def test_an_answer_of_only_the_line_is_turned_down(engine) -> None:
    from knowledge.ask.parse import parse_question  # noqa: PLC0415 - the stage under test
    from knowledge.ask.verify_numbers import only_the_line_to_reach  # noqa: PLC0415
    from knowledge.models import Answer, Band  # noqa: PLC0415
    from knowledge.question import parse  # noqa: PLC0415

    def read(text: str):
        return parse_question(parse(text, engine.index.vocabulary, engine.index.people))

    echo = Answer(question="", answered=True, band=Band.ANSWER, answer="3.5% of GDP", confidence=0.9, values=[3.5])
    assert only_the_line_to_reach(
        read("how much more would australia need to spend each year to reach 3.5% of gdp"), echo
    )
    yes_no = read("is australia going to reach 3.5% of gdp")
    assert yes_no.yes_no and not only_the_line_to_reach(yes_no, echo)


@pytest.mark.parametrize(
    "question",
    [
        "how far short of the 5% Hague target was Poland in 2024?",
        "how many percentage points Poland was below the 5% Hague target in 2024?",
    ],
)
def test_a_line_named_by_its_summit_is_the_one_its_note_states(engine, question: str):
    """Two statements of 5% (a president's push, the summit's pledge): 'the Hague target' names the note's."""
    answer = engine.ask(question)
    assert answer.answered and round(answer.values[0], 2) == 0.88
    assert any("Hague" in fact.citation.quote for fact in answer.facts)
