"""Statements quoted for what they do not say: one end of a range as if it were the figure, a programme's cost over
its whole life as one year's payment, and another named thing's figure ('The Nansen programme') for the thing asked
('the frigate programme'), let through by the words of the document's title."""

from __future__ import annotations

from knowledge.ask.handlers.statement import other_ends_of_a_range
from knowledge.ask.verify_words import another_named_thing
from knowledge.models import Citation, Fact, Unit

WIRE = ("evaluation_holdout17", "ministers-capability-targets-wire.md")
TROMS = ("evaluation_holdout17", "troms-procurement-budget.md")


def _fact(quote: str, value: float, measure_text: str = "") -> Fact:
    return Fact(
        id="f1",
        subject="Germany",
        measure="open:count",
        value=value,
        unit=Unit.COUNT,
        period="2025",
        measure_text=measure_text or quote,
        citation=Citation(document="wire.md", locator="paragraph 6, sentence 1", quote=quote),
    )


def test_a_range_end_comes_with_the_other_end() -> None:
    fact = _fact("Germany would require between 50,000 and 60,000 additional active soldiers.", 60000)
    assert other_ends_of_a_range(fact) == [("50,000", 50000.0)]


def test_a_figure_outside_a_range_has_no_other_end() -> None:
    fact = _fact("Germany would require between 50,000 and 60,000 soldiers on top of its 182,000.", 182000)
    assert other_ends_of_a_range(fact) == []


def test_another_named_thing_is_turned_down() -> None:
    fact = _fact("The Nansen programme for Ukraine is proposed at NOK 85 billion for 2026.", 85)
    words = ("how", "much", "of", "the", "frigate", "programme", "is", "paid", "in", "2026")
    assert another_named_thing(words, [fact])


def test_the_named_thing_asked_is_not_turned_down() -> None:
    fact = _fact("The Nansen programme for Ukraine is proposed at NOK 85 billion for 2026.", 85)
    words = ("how", "much", "is", "proposed", "for", "the", "nansen", "programme", "in", "2026")
    assert not another_named_thing(words, [fact])


def test_both_ends_of_a_range_are_stated(documents) -> None:
    answer = documents(*WIRE).ask("How many extra active soldiers does Pistorius say Germany needs?")
    assert answer.answered
    assert {50000, 60000} <= set(answer.values)
    assert "**50,000**" in answer.answer


def test_a_lifetime_cost_is_no_years_payment(documents) -> None:
    engine = documents(*TROMS)
    paid = engine.ask("How much of the frigate programme is paid in 2026?")
    assert 90 not in paid.values and 85 not in paid.values
    lifetime = engine.ask("How much is the new frigate programme expected to cost over its lifetime?")
    assert 90 in lifetime.values


def test_by_what_year_is_the_deadline_not_the_day_it_was_set(documents) -> None:
    # 'pledged at the Washington summit in July 2024 that Canada would hit 2% by 2032': 'by what year' asks 2032
    engine = documents("evaluation_holdout16", "canada-defence-spending-prairies.md")
    answer = engine.ask("By what year had Trudeau promised to reach 2%?")
    assert 2032 in answer.values and 2024 not in answer.values


def test_an_amount_borrowed_is_not_answered_by_a_share_of_gdp(documents) -> None:
    engine = documents("evaluation_holdout17", "nato-counting-faq.md")
    answer = engine.ask("How much has Poland borrowed through the Armed Forces Support Fund?")
    assert 4.12 not in answer.values
