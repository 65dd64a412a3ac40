"""A time named by an event ('… before the Hague summit'): accounted for by a statement whose document is dated
on the side of the day the documents give that gathering; never otherwise."""

from __future__ import annotations

from knowledge.ask.event_times import _ordered, event_time, written_day
from knowledge.lexicon import normalise


def words(text: str) -> tuple[str, ...]:
    return tuple(normalise(text).split())


def test_the_gathering_named_after_before_or_after():
    timed = event_time(words("who pushed for 5% before the hague summit according to the article"))
    assert timed is not None and timed.before and timed.named == frozenset({"hague", "summit"})
    assert not event_time(words("since the wales summit what changed")).before
    assert event_time(words("what did allies spend before 2014")) is None


def test_days_are_compared_as_precisely_as_both_are_written():
    assert written_day("25 June 2025") == (2025, 6, 25)
    assert written_day("June 2025") == (2025, 6)
    assert written_day("2025") is None
    assert _ordered((2025, 4), (2025, 6, 25)) is True
    assert _ordered((2025, 6), (2025, 6, 25)) is None


def test_a_statement_dated_before_the_summit_answers_what_was_pushed_before_it(engine):
    answer = engine.ask("who pushed for allies to spend 5% of GDP before the Hague summit, according to the article?")
    assert answer.answered and "Donald Trump" in answer.answer
    assert not engine.ask("who pushed for allies to spend 5% of GDP after the Hague summit?").answered
