"""Questions typed in the order another language puts its words ('Denmark increased defence spending how much in
real terms'), a topic before what of it is asked ('Türkiye military personnel, the change from 2023 to 2024'),
'one' after a superlative ('and the lowest one?'), and a budget's part for personnel costs."""

from __future__ import annotations

import pytest

from knowledge.ask.intent import split_parts
from knowledge.ask.parse import parse_question
from knowledge.question import Vocabulary, parse


def parsed(text: str):
    return parse_question(parse(text, Vocabulary(set()), {}))


@pytest.mark.parametrize(
    "question",
    [
        "Denmark increased defence spending how much in real terms 2024?",
        "Denmark defence spending increased how much in real terms in 2024?",
        "how much Denmark increased defence spending in real terms in 2024?",
    ],
)
def test_a_change_asked_after_its_verb_is_the_real_change(engine, question: str) -> None:
    assert engine.ask(question).values == [20.6572]


@pytest.mark.parametrize(
    "question",
    [
        "In 2024 which country used the biggest part of defence budget for personnel costs?",
        "which country used the biggest part of defence budget for personnel in 2024?",
    ],
)
def test_the_biggest_part_of_the_budget_for_personnel_is_the_personnel_share(engine, question: str) -> None:
    answer = engine.ask(question)
    assert answer.values[:1] == [59.3585] and "Italy" in answer.answer


def test_personnel_counted_is_still_a_headcount(engine) -> None:
    assert engine.ask("how many personnel did Italy have in 2024?").values == [171.422]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("and the lowest one?", ("and", "the", "lowest")),
        ("which is the biggest one", ("which", "is", "the", "biggest")),
        ("did at least one ally spend 5% of GDP", ("did", "at", "least", "one", "ally", "spend", "5%", "of", "gdp")),
    ],
)
def test_one_after_a_superlative_stands_for_whom_it_picks(text: str, words: tuple[str, ...]) -> None:
    assert parsed(text).words == words


def test_the_lowest_one_after_a_ranking_ranks_the_other_end(engine) -> None:
    previous = engine.ask("Which ally had highest defence % of GDP in 2024?")
    answer = engine.ask("and the lowest one?", previous)
    assert answer.values[:1] == [1.2825] and "Spain" in answer.answer


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Türkiye military personnel, the change from 2023 to 2024?", 1),
        ("Poland share of GDP 2024, the increase since 2014?", 1),
        ("what did Poland spend in 2024, the share of GDP?", 2),
        ("Poland's spending in 2024, the UK's?", 2),
    ],
)
def test_a_topic_then_the_figure_of_it_is_one_question(text: str, parts: int) -> None:
    assert len(split_parts(text)) == parts


def test_a_change_named_after_a_topic_is_worked_out(engine) -> None:
    answer = engine.ask("Türkiye military personnel, the change from 2023 to 2024 in thousands?")
    assert "+about 17.3 thousand" in answer.answer and answer.values  # asked in thousands, stated so


@pytest.mark.parametrize(
    ("question", "count"),
    [
        ("Count the allies which put more than 20% of defence spending into equipment in 2024", 29.0),
        ("count the allies above 2% of GDP in 2024", 22.0),
    ],
)
def test_count_the_allies_asks_how_many(engine, question: str, count: float) -> None:
    assert engine.ask(question).values[:1] == [count]


def test_a_share_computed_from_the_tables_amounts_is_worked_out_from_them(engine) -> None:
    answer = engine.ask(
        "What percentage of NATO total defence spending 2024 came from European allies and Canada, computed from "
        "current USD figures?"
    )
    assert answer.values[:1] == [pytest.approx(34.37, abs=0.01)]


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("What each ally must submit every year?", ("what", "must", "each", "ally", "submit")),
        ("what the allies should spend by 2035", ("what", "should", "the", "allies", "spend")),
        ("what Poland will spend in 2026?", ("what", "will", "poland", "spend")),
        ("what share allies must spend by 2035?", ("what", "share", "allies", "must", "spend")),
        ("how much poland must spend", ("how", "much", "poland", "must", "spend")),
    ],
)
def test_a_modal_after_its_subject_is_read_in_english_order(text: str, opening: tuple[str, ...]) -> None:
    assert parsed(text).words[: len(opening)] == opening


def test_what_each_ally_must_submit_is_the_sentence_saying_it(engine) -> None:
    answer = engine.ask("What each ally must submit every year under the Hague commitment?")
    assert "annual plan" in answer.answer


@pytest.mark.parametrize(
    "question", ["What was the expression Rutte used, a 'quantum ...' what?", "What expression did Rutte use?"]
)
def test_an_expression_asked_is_the_words_said(engine, question: str) -> None:
    assert "quantum leap" in engine.ask(question).answer
