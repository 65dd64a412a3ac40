"""One part of a split asked ('the other part of the split'), a quoted passage's speaker asked by 'who wrote',
and two figures asked 'respectively': read as asked, on the seeds."""

from __future__ import annotations

from knowledge.engine import Engine


def test_one_part_of_a_split_is_no_breakdown_asked(engine: Engine) -> None:
    first = engine.ask("how much of the 5% is set aside for core defence?")
    assert first.answered, first.answer
    other = engine.compute("what about the second part of the split?", first)
    assert other.answered, other.answer
    assert 1.5 in other.values


def test_who_wrote_a_quoted_passage_asks_its_speaker(engine: Engine) -> None:
    answer = engine.ask("who wrote that 'European Allies and Canada must make a quantum leap'?")
    assert answer.answered, answer.answer
    assert "Rutte" in answer.answer


def test_who_wrote_a_document_still_asks_its_author(engine: Engine) -> None:
    answer = engine.ask("who wrote the news article?")
    assert not answer.answered
    assert "author" in answer.answer


def test_respectively_asks_nothing_of_its_own(engine: Engine) -> None:
    answer = engine.ask("what shares of 2024 alliance spending did the US and Europe plus Canada pay, respectively?")
    assert answer.answered, answer.answer
    assert {64.0, 36.0} <= set(answer.values)


def test_a_part_named_after_a_general_word_is_the_part_asked(engine: Engine) -> None:
    assert not engine.ask("How much did Sweden spend on defence research and development in 2022?").answered
    assert engine.ask("How much did Sweden spend on defence in 2022?").answered


def test_a_division_sign_between_two_allies_asks_their_ratio(engine: Engine) -> None:
    answer = engine.ask("Spain ÷ Italy defence spend 2021, current USD")
    assert answer.answered, answer.answer
    assert answer.calculation and "÷" in answer.calculation
