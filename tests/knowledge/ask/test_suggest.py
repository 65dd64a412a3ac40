"""The suggestions a question narrows down to: about whom it names, then about its likeliest measures."""

from __future__ import annotations

from knowledge.ask.retrieve import measure_scores
from knowledge.question import parse
from knowledge.questionset import QUESTION_SETS, load_question_set


def _focused_over_every_suggestion(engine, question) -> list[str]:
    """What Suggester._focused gave when it went over every suggestion's facts."""
    suggestions = engine.suggester.suggestions
    named = {*question.entities, *question.people}
    pool = [q for q, facts in suggestions.items() if any(f.subject in named for f in facts)] if named else []
    scores = measure_scores(engine.index, question)
    if scores:
        best = max(scores.values())
        wanted = {key for key, score in scores.items() if score >= best - 1.5}
        pool = [q for q in pool or suggestions if any(f.measure in wanted for f in suggestions[q])]
    return pool


def test_the_suggestions_found_by_subject_and_measure_are_those_of_a_scan_of_every_suggestion(engine):
    texts = [
        q.question for name in ("article.jsonl", "countries.jsonl") for q in load_question_set(QUESTION_SETS / name)
    ]
    narrowed = 0
    for text in [*texts, "poland", "rutte", "share of gdp", "hello"]:
        question = parse(text, engine.vocabulary, engine.people)
        focused = engine.suggester._focused(question)
        if not any(q.startswith("Which allies had the highest") for q in focused):
            assert focused == _focused_over_every_suggestion(engine, question), text
        narrowed += 0 < len(focused) < len(engine.suggester.suggestions)
    assert narrowed > 100
