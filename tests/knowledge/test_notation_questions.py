"""Questions in a data person's notation: a place as '#2', a difference as 'LT − LV' or 'DE-FR', a change as 'Δ',
'chg' or 'y/y', growth a year as '% p.a.', a scale as 'in bn' or 'in k', and a follow-up putting one of these to
the figure just given ('Δ to 2024e in k?', 'as % of NATO total?'). Each is read as the operation it names: two
levels are no difference, and the US is no '#2 spender'."""

from __future__ import annotations

import pytest

from knowledge.question import clean
from knowledge.questionset import value_matches


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("#2 spender in 2024", "second largest spender in 2024"),
        ("ranked No. 3 by share of GDP", "ranked third largest by share of GDP"),
        ("#2 lowest share of GDP", "second lowest share of GDP"),  # an end said after it is the order
        ("# of allies at 2%", "number of allies at 2%"),  # a count, no place
        ("LT − LV per head", "LT minus LV per head"),
        ("DE-FR share of GDP", "DE minus FR share of GDP"),
        ("Franco-German spending", "Franco-German spending"),  # a dash joining names, no codes
    ],
)
def test_notation_is_read_as_the_words_it_stands_for(typed: str, read: str) -> None:
    assert clean(typed) == read


def _states(answer, expected: float) -> bool:
    return answer.answered and any(value_matches(expected, value) for value in answer.values)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("#2 spender 2024e in current USD m, after the US?", 97685.5901),  # Germany, never the US
        ("LT − LV def exp per head 2023e, USD (2015 px)?", 30.915),  # the difference, not both levels
        ("DE-FR share of GDP 2024, pp?", 0.0593),
        ("Germany real def exp 2014→2024e Δ in bn USD (2015 prices)?", 37.6686),  # the change in the scale asked
        ("Poland CAGR real def exp 2014-2024?", 12.1104),  # 'real': the levels at constant prices
        ("Poland real def exp % p.a. 2014-2024?", 12.1104),
        ("France def exp y/y % 2023?", 5.0247),
    ],
)
def test_a_question_in_notation_is_answered_with_the_operation_it_names(engine, question: str, expected: float) -> None:
    answer = engine.compute(question)
    assert _states(answer, expected), answer.answer


def test_the_place_typed_as_a_number_is_the_ally_at_that_place(engine) -> None:
    answer = engine.compute("#2 spender 2024e in current USD m, after the US?")
    assert "Germany" in answer.answer and "United States" not in (answer.headline or "")


@pytest.mark.parametrize(
    ("before", "follow_up", "expected"),
    [
        ("Belgium military personnel 2014, thousands?", "Δ to 2024e in k?", -9.163),
        ("US def exp 2024e in current USD m?", "as a % of the alliance total?", 65.634),
        ("Poland def exp 2023 in current USD m?", "chg to 2024?", 8498.6885),
    ],
)
def test_a_follow_up_in_notation_puts_its_operation_to_the_figure_given(
    engine, before: str, follow_up: str, expected: float
) -> None:
    previous = engine.ask(before)
    answer = engine.compute(follow_up, previous)
    assert _states(answer, expected), answer.answer
