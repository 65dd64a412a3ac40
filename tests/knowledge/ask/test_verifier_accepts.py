"""`Verifier.accepts` tells what `check(…).accepted` tells, and stops at the first rule turning the answer down: a
draft only tried is not gone over by every other rule."""

from __future__ import annotations

from knowledge.ask.parse import parse_question
from knowledge.question import parse
from knowledge.questionset import QUESTION_SETS, load_question_set


def _asked(engine, text):
    return parse_question(parse(text, engine.vocabulary, engine.people))


def test_accepts_tells_what_the_whole_check_tells(engine):
    questions = [item.question for item in load_question_set(QUESTION_SETS / "article.jsonl")][::3]
    told = {True: 0, False: 0}
    for text in questions:
        asked = _asked(engine, text)
        answer = engine.drafter.draft(text, None)
        for follow_up, strict in ((False, False), (True, False), (False, True)):
            accepted = engine.verifier.check(asked, answer, follow_up=follow_up, strict=strict).accepted
            assert engine.verifier.accepts(asked, answer, follow_up=follow_up, strict=strict) is accepted, text
            told[accepted] += 1
    assert told[True] and told[False]  # both ways told


def test_an_answer_turned_down_by_a_rule_is_not_gone_over_by_the_rules_after_it(engine, monkeypatch):
    asked = _asked(engine, "what share of gdp did poland spend on defence in 2024?")
    france = engine.drafter.draft("what share of gdp did france spend on defence in 2024?", None)
    worded: list[str] = []
    words = engine.verifier.words.words

    def counted(*args, **kwargs):
        worded.append("words")
        return words(*args, **kwargs)

    monkeypatch.setattr(engine.verifier.words, "words", counted)
    assert not engine.verifier.check(asked, france).accepted
    assert worded == ["words"]  # the whole check goes over every rule, the words' too
    assert not engine.verifier.accepts(asked, france)
    assert worded == ["words"]  # the entity named turned it down first: the words were not gone over
