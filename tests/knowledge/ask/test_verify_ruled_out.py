"""A thing the question rules out in a clause of its own is never what the answer gives."""

from __future__ import annotations

from knowledge.ask.verify_ruled_out import ruled_out


def test_a_short_clause_opening_with_not_names_what_is_ruled_out() -> None:
    assert ruled_out("what share of Italy's budget goes to defence? not GDP, the BUDGET") == [("gdp",)]
    assert ruled_out("Germany's spending in 2024 - the real-terms figure, not current prices") == [
        ("current", "prices")
    ]


def test_a_long_clause_or_one_naming_only_a_year_rules_nothing_out() -> None:
    assert ruled_out("I mean the 2024 estimate, not 2023") == []
    assert ruled_out("who spent most? not that it matters much to anyone here at all") == []


def test_a_share_of_gdp_is_no_answer_when_gdp_is_ruled_out(engine) -> None:
    answer = engine.ask("what share of Italy's total government budget goes to defence? not GDP, the BUDGET")
    assert not answer.answered


def test_what_is_ruled_out_does_not_hold_back_another_figure(engine) -> None:
    answer = engine.ask("Italy's defence spending in 2024 in constant prices, not current prices")
    assert answer.answered


def test_a_figure_that_rules_out_the_same_is_given(engine) -> None:
    answer = engine.ask(
        "Belgium's 'other' share of defence spending in 2024 (i.e. not equipment, personnel or infrastructure)?"
    )
    assert answer.answered


def test_a_relative_clause_denying_a_part_rules_it_out() -> None:
    assert ruled_out("Regarding the five per cent, the part that isn't core defence: what is that for?") == [
        ("core", "defence")
    ]
    assert ruled_out("allies that did not meet 2% numbered 10") == []  # a count of those that did not, no denial
