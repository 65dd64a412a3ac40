"""'Can you give that in billions instead?' after an amount: the same fact restated at the scale asked, its figure
at that scale among those the answer states; 'in millions instead?' likewise."""

from __future__ import annotations

from knowledge import phrasing

ITALY_2023 = "What did Italy spend on defence in 2023 in current US dollars?"


def test_an_amount_asked_again_in_billions_is_the_same_fact_at_that_scale(engine) -> None:
    previous = engine.ask(ITALY_2023)
    answer = engine.ask("could you give that in billions instead?", previous)
    assert answer.answered
    assert [fact.id for fact in answer.facts] == [fact.id for fact in previous.facts]
    (fact,) = answer.facts
    in_billions = fact.value * (fact.scale or 1.0) / 1e9
    assert any(abs(value - in_billions) < 0.0001 for value in answer.values)
    assert f"US${in_billions:,.2f} billion" in answer.answer


def test_an_amount_asked_again_in_millions_instead_is_the_same_fact(engine) -> None:
    previous = engine.ask(ITALY_2023)
    answer = engine.ask("in millions instead?", previous)
    assert answer.answered and " million" in answer.answer
    assert [fact.id for fact in answer.facts] == [fact.id for fact in previous.facts]


def test_amounts_in_billions_are_written_to_two_places_only_when_asked() -> None:
    with phrasing.scales_asked(millions=False, thousands=False, billions=True):
        assert phrasing.format_money(21_269_292_200, "US$") == "US$21.27 billion"
    assert phrasing.format_money(21_269_292_200, "US$") == "US$21.3 billion"


def test_a_headcount_asked_again_in_thousands_instead_is_the_same_fact(engine) -> None:
    previous = engine.ask("How many military personnel did Greece have in 2023?")
    answer = engine.ask("can you give that in thousands instead", previous)
    assert answer.answered and " thousand" in answer.answer
    assert [fact.id for fact in answer.facts] == [fact.id for fact in previous.facts]
