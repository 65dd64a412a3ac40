"""A goal's parts added up ('core defence plus defence-related spending in total'): the whole they make up, with
the parts — never one part alone, which is no sum of them."""

from __future__ import annotations

import pytest

from knowledge.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "What's core defence plus defence-related spending in total under the Hague pledge?",
        "core defence and security-related spending combined under the new pledge?",
    ],
)
def test_the_parts_added_up_are_their_whole(engine: Engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.answered and {5.0, 3.5, 1.5} <= set(answer.values), question


def test_one_part_named_is_that_part(engine: Engine) -> None:
    answer = engine.ask("what's the total for core defence requirements?")
    assert 5.0 not in answer.values


def test_the_whole_and_how_it_is_divided_say_each_part_once(engine: Engine) -> None:
    answer = engine.ask(
        "Under the Hague split, what's core defence plus defence-related spending in total – and how's it divided?"
    )
    assert answer.answered and sorted(answer.values) == [1.5, 3.5, 5.0, 2035.0]
