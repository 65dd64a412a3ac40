"""A member named by its official name in the formal voice ('the Grand Duchy of Luxembourg', 'the Kingdom of the
Netherlands', 'the Hellenic Republic'): the member itself, for any member and measure."""

from __future__ import annotations

import pytest

from knowledge import lexicon


@pytest.mark.parametrize(
    ("words", "member"),
    [
        ("the grand duchy of luxembourg", "Luxembourg"),
        ("the kingdom of the netherlands", "Netherlands"),
        ("kingdom of netherlands", "Netherlands"),
        ("the republic of poland", "Poland"),
        ("the federal republic of germany", "Germany"),
        ("the republic of turkey", "Türkiye"),
        ("the hellenic republic", "Greece"),
        ("the portuguese republic", "Portugal"),
    ],
)
def test_an_official_name_names_the_member(words: str, member: str) -> None:
    mentions = lexicon.find_mentions(words.split(), lexicon.entity_aliases())
    assert [mention.target for mention in mentions] == [member]


def test_an_official_form_before_another_states_name_names_no_other_state() -> None:
    """'The Republic of China' is not China: the forms are read before members' names only."""
    assert ("republic", "of", "china") not in lexicon.entity_aliases()


@pytest.mark.parametrize(
    ("question", "member", "period"),
    [
        (
            "How many military personnel did the Grand Duchy of Luxembourg have in 2018, as NATO records it?",
            "Luxembourg",
            "2018",
        ),
        ("What share of GDP did the Kingdom of the Netherlands devote to defence in 2019?", "Netherlands", "2019"),
        (
            "Could you kindly confirm the Hellenic Republic's defence expenditure as a share of GDP in 2021?",
            "Greece",
            "2021",
        ),
        (
            "What was the defence expenditure of the Republic of Poland in 2016, in current US dollars?",
            "Poland",
            "2016",
        ),
    ],
)
def test_a_question_naming_a_member_officially_is_answered_for_it(
    engine, question: str, member: str, period: str
) -> None:
    answer = engine.ask(question)
    assert answer.answered, question
    assert {fact.subject for fact in answer.facts} == {member}
    assert {fact.period for fact in answer.facts} == {period}
