"""One year's level is not answered by a figure stated over several years, whichever of its years is named."""

from __future__ import annotations

TEXT = (
    "# Germany: defence by funding line\n\n"
    "Germany's defence budget stood at EUR 50.1 billion in 2023, or 1.2% of GDP.\n\n"
    "Between 2023 and 2026 the armed forces subtotal almost doubles, rising by EUR 49.7 billion, or 85 per cent.\n"
)


def test_a_figure_over_several_years_does_not_answer_one_years_level(engine_of_text):
    engine = engine_of_text("budget.md", TEXT)
    answer = engine.ask("What share of GDP did Germany report for 2026?")
    assert not answer.answered
    assert 85.0 not in answer.values


def test_a_change_asked_over_the_span_is_still_answered(engine_of_text):
    engine = engine_of_text("budget.md", TEXT)
    answer = engine.ask("By how much does the armed forces subtotal rise between 2023 and 2026?")
    assert answer.answered
    assert 49.7 in answer.values


def test_a_level_of_one_year_stated_for_it_is_answered(engine_of_text):
    engine = engine_of_text("budget.md", TEXT)
    answer = engine.ask("What was Germany's defence budget in 2023?")
    assert answer.answered
    assert 50.1 in answer.values
