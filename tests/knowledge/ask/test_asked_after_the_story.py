"""Question classes of the fourteenth session: the measure named after a dash ('Italy 2024 — share of … pls'), a
claimed figure then 'what's the figure?', whom a request is for ('count for me …'), a connective before a yes or no
('so is that …?'), and a follow-up asking the change since a year ('has it gone up or down since 2014?')."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from knowledge.remarks import without_remarks


def parsed(engine, text):
    return parse(text, engine.vocabulary, engine.people)


@pytest.mark.parametrize(
    "text",
    [
        "Italy 2024 — share of defence expenditure going to personnel costs pls",
        "Italy 2024 - share of defence expenditure going to personnel costs please",
    ],
)
def test_the_measure_named_after_a_dash_is_asked_not_a_remark(engine, text: str) -> None:
    assert "personnel" in without_remarks(text)
    answer = engine.ask(text)
    assert answer.answered and [round(value, 2) for value in answer.values] == [59.36]


def test_a_remark_after_a_dash_that_speaks_of_the_asker_stays_a_remark() -> None:
    assert without_remarks("germany 2024 — i heard it spiked a lot lately") == "germany 2024"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A student claims Sweden spent 40% of its defence budget on equipment in 2014. what's the figure?", 40.47),
        ("My uncle says Germany spent 3% of GDP in 2024. what was it really?", 2.12),
    ],
)
def test_a_claimed_figure_then_what_is_the_figure_asks_the_figure(engine, text: str, value: float) -> None:
    assert "what %" in without_remarks(text)
    answer = engine.ask(text)
    assert answer.answered and round(answer.values[0], 2) == value


def test_a_claim_then_a_question_naming_its_own_measure_is_not_rewritten() -> None:
    text = "A student claims Sweden spent 40% on equipment in 2014. what was its share of GDP?"
    assert "what %" not in without_remarks(text)


def test_whom_a_request_is_for_is_no_word_of_the_question(engine) -> None:
    text = "Count for me the allies below 1.5% of GDP in 2024, pls"
    assert parsed(engine, text).words[:3] == ["count", "the", "allies"]
    answer = engine.ask(text)
    assert answer.answered and answer.values[0] == 6.0


@pytest.mark.parametrize("text", ["so is that above the 2% guideline?", "and did it rise?", "but was it over 2%?"])
def test_a_connective_before_a_yes_or_no_start_still_asks_yes_or_no(engine, text: str) -> None:
    assert parsed(engine, text).opens_as_yes_or_no


def test_a_connective_before_a_question_word_asks_no_yes_or_no(engine) -> None:
    assert not parsed(engine, "so what was it in 2014?").opens_as_yes_or_no


def test_so_is_that_above_a_line_checks_the_previous_figure(engine) -> None:
    previous = engine.ask("Romania defence as % of GDP in 2024?")
    answer = engine.ask("so is that above the 2% guideline?", previous)
    assert answer.answered and answer.values == [pytest.approx(2.2516)]


@pytest.mark.parametrize(
    ("before", "text", "values"),
    [
        ("US defence spending as % of GDP in 2024?", "has it gone up or down since 2014?", (3.7139, 3.379)),
        ("US defence spending as % of GDP in 2024?", "how has it changed since 2014?", (3.7139, 3.379)),
        (
            "How much did Canada spend on defence in 2024 in current US dollars?",
            "how much more is that than in 2014?",
            (12322.8121,),
        ),
    ],
)
def test_a_follow_up_asking_the_change_since_a_year_compares_the_two_figures(engine, before, text, values) -> None:
    answer = engine.ask(text, engine.ask(before))
    assert answer.answered
    assert all(any(round(value, 2) == round(given, 2) for given in answer.values) for value in values)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Settle a bet for me: was Spain above 2% of GDP on defence in 2024?", "was Spain above 2% of GDP"),
        ("constant prices: how much did poland spend in 2024?", "constant prices:"),
        ("usd: how much did poland spend in 2024?", "usd:"),
        ("the baltics: which spends most?", "the baltics:"),
    ],
)
def test_a_lead_naming_nothing_of_the_domain_is_taken_off(text: str, asked: str) -> None:
    assert without_remarks(text).startswith(asked)


def test_a_sentence_telling_something_after_the_question_is_a_remark(engine) -> None:
    text = "Did France hit 2% of GDP in 2023? The Élysée talks like they did."
    assert without_remarks(text) == "Did France hit 2% of GDP in 2023?"
    assert without_remarks("what did poland spend in 2024? The same for 2023").endswith("The same for 2023")
    answer = engine.ask(text)
    assert answer.answered and answer.values == [pytest.approx(1.9562)]


def test_a_clause_refusing_another_reading_is_not_asked(engine) -> None:
    text = "Top three European spenders in 2024 in raw dollars (current prices), no per-GDP games?"
    assert without_remarks(text) == "Top three European spenders in 2024 in raw dollars (current prices)?"
    answer = engine.ask(text)
    assert answer.answered and [round(value) for value in answer.values] == [97686, 82107, 64271]


@pytest.mark.parametrize("text", ["top 3 per head, not counting the US", "biggest army in 2024, no canada, no us"])
def test_a_clause_leaving_allies_out_stays(text: str) -> None:
    assert without_remarks(text) == text


def test_plain_dollars_are_dollars(engine) -> None:
    answer = engine.ask("in plain dollars, what was Poland's 2024 defence expenditure at current prices?")
    assert answer.answered and answer.values == [pytest.approx(34974.528)]


def test_is_that_more_than_another_ally_compares_the_two(engine) -> None:
    answer = engine.ask("is that more than italy?", engine.ask("canada defence spending 2024 in usd"))
    assert answer.answered and answer.values[:2] == [pytest.approx(30495.2345), pytest.approx(34461.72)]


def test_a_story_opening_with_when_i_tells_it_asks_nothing() -> None:
    text = "When I left the British Army the cuts were biting. How many fewer personnel did the UK have in 2024?"
    assert without_remarks(text) == "How many fewer personnel did the UK have in 2024?"
    kept = "When did the UK cut its army? How many personnel did it have in 2024?"
    assert without_remarks(kept) == kept


def test_a_clause_describing_the_year_asked_is_not_asked(engine) -> None:
    assert without_remarks("what was it back in 2014, before the big build-up?") == "what was it back in 2014?"
    assert without_remarks("what was it, before the big build-up?") == "what was it, before the big build-up?"
    previous = engine.ask("How many troops does Poland have under arms, 2024 figure?")
    answer = engine.ask("what was it back in 2014, before the big build-up?", previous)
    assert answer.answered and answer.values == [pytest.approx(99.01)]


def test_a_request_to_whoever_reads_asks_the_question_it_holds(engine) -> None:
    words = parsed(engine, "Can someone remind me when the Hague summit was held?").words
    assert words[:3] == ["remind", "me", "when"]
    answer = engine.ask("Can someone remind me when the Hague summit was held?")
    assert answer.answered and 25.0 in answer.values
