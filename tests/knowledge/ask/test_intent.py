"""Intent: how a message is routed, and the kinds of answer a question asks for."""

from __future__ import annotations

import pytest

from knowledge.ask.intent import (
    Route,
    classify,
    figure_parts,
    forget_kinds,
    in_the_frame_of,
    qualifying_lead,
    question_kinds,
    split_parts,
)
from knowledge.measures import QuestionKind
from knowledge.models import Unit
from knowledge.question import parse
from knowledge.questionset import QUESTION_SETS, load_question_set


def parsed(engine, text):
    return parse(text, engine.vocabulary, engine.people)


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("", Route.EMPTY),
        ("hi there", Route.CHITCHAT),
        ("summarise the key numbers", Route.SUMMARY),
        ("what's the US share and how many met 2%?", Route.MULTI),
        ("what is the gap between the US and europe", Route.SINGLE),
        ("what does poland spend", Route.SINGLE),
        ("ok and by when?", Route.SINGLE),
        ("ok and thanks?", Route.CHITCHAT),
        ("ok cool", Route.CHITCHAT),
    ],
)
def test_routes(engine, text, route):
    assert classify(parsed(engine, text)).route is route


def test_a_several_part_message_carries_its_parts(engine):
    intent = classify(parsed(engine, "what's the US share and how many met 2%?"))
    assert intent.parts == ("what's the US share", "how many met 2%?")


def test_the_gap_between_two_things_is_one_question():
    assert split_parts("what is the gap between the US and what europe spends") == [
        "what is the gap between the US and what europe spends"
    ]


def test_a_topic_before_a_colon_is_not_a_part():
    assert len(split_parts("US spending in constant dollars: how did it change?")) == 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("how many allies met 2%", QuestionKind.COUNT),
        ("who is the secretary general", QuestionKind.PERSON),
        ("when did he take office", QuestionKind.TIME),
        ("what share of nato spending does the us pay", QuestionKind.SHARE),
    ],
)
def test_question_kinds(engine, text, kind):
    assert kind in question_kinds(parsed(engine, text))


def test_how_many_times_is_a_comparison_not_a_count(engine):
    assert QuestionKind.COUNT not in question_kinds(parsed(engine, "how many times more does the us spend"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("what % of spain's defence money went on personnel in 2018", QuestionKind.SHARE),
        ("by how much did canada's spending grow after inflation in 2024 vs 2023, %?", QuestionKind.CHANGE),
        ("lithuania military personnel percentage increase 2014 to 2024", QuestionKind.CHANGE),
    ],
)
def test_a_percentage_asked_is_a_share_or_a_change(engine, text, kind):
    assert kind in question_kinds(parsed(engine, text))


def test_how_many_of_a_currency_asks_an_amount_not_a_count(engine):
    question = parse("Germany 2023 — how many dollars went on the military?", engine.vocabulary, engine.people)
    kinds = question_kinds(question)
    assert QuestionKind.AMOUNT in kinds and QuestionKind.COUNT not in kinds
    answer = engine.ask("Germany 2023 — how many dollars went on the military? nominal, at that year's exchange rates")
    assert answer.answered and all(fact.unit is Unit.MONEY for fact in answer.facts)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("ukraine military spending 2024 and share of gdp", ["ukraine military spending 2024", "share of gdp"]),
        ("russia military spending and increase", ["russia military spending", "increase"]),
        ("sweden target share of gdp and year", ["sweden target share of gdp", "year"]),
        (
            "norway's spending per capita in 2020 and its gdp share?",
            ["norway's spending per capita in 2020", "its gdp share?"],
        ),
        ("europe and canada share of gdp", []),
        ("belgium and canada share of gdp last year", []),
    ],
)
def test_a_second_figure_named_by_its_kind_alone_is_a_part_of_its_own(text: str, parts: list[str]):
    assert figure_parts(text) == parts


@pytest.mark.parametrize(
    "text",
    [
        "greece vs turkey 2024 defence % of gdp, whats the gap",
        "poland and germany spending 2024, what's the difference?",
        "us and uk personnel 2024, and the ratio?",
    ],
)
def test_a_last_part_asking_only_for_a_figure_between_those_named_is_no_part_of_its_own(text: str) -> None:
    assert split_parts(text) == [text]


def test_a_last_part_naming_its_own_figure_is_still_a_part() -> None:
    assert len(split_parts("how much did poland spend in 2024, and what was the gap to 2014?")) == 2


def test_a_greeting_is_no_part_of_its_own():
    assert split_parts("hey, what did poland spend in 2024?") == ["what did poland spend in 2024?"]


def test_the_kinds_kept_for_a_questions_words_are_those_worked_out_afresh(engine):
    questions = [question.question for question in load_question_set(QUESTION_SETS / "article.jsonl")]
    kept = [question_kinds(parsed(engine, text)) for text in questions]
    forget_kinds()
    assert [question_kinds(parsed(engine, text)) for text in questions] == kept
    first = question_kinds(parsed(engine, "how many allies met the target"))
    first.add(QuestionKind.PLACE)  # a caller's set of its own: what is kept does not change
    assert QuestionKind.PLACE not in question_kinds(parsed(engine, "how many allies met the target"))


@pytest.mark.parametrize(
    ("text", "background"),
    [
        (
            "I'm reading up on France. In current US dollars, by what percentage did French defence spending rise "
            "between 2014 and 2024? I know this includes inflation and exchange-rate effects, that's fine.",
            "reading up on France",
        ),
        ("Hello there, hope I'm asking this in the right place. What share of GDP did Poland spend in 2024?", "hope"),
    ],
)
def test_the_sentences_around_what_is_asked_are_no_parts_of_it(engine, text: str, background: str) -> None:
    intent = classify(parsed(engine, text))
    assert not any(background in part for part in intent.parts)


@pytest.mark.parametrize(
    ("lead", "qualifying"),
    [
        ("As a share of GDP", True),
        ("In current US dollars", True),
        ("from the 5%", False),  # states a figure of its own
        ("in the annual report released thursday", False),  # names a source
        ("what did Poland spend", False),
    ],
)
def test_a_lead_qualifying_the_part_after_it_asks_nothing_of_its_own(lead: str, qualifying: bool) -> None:
    assert qualifying_lead(lead) is qualifying


def test_a_qualifying_lead_is_said_of_the_part_after_it_never_answered_alone(engine) -> None:
    answer = engine.ask(
        "As a share of GDP, which NATO country spent the most on defence in 2024? And how much was it, roughly?"
    )
    assert answer.answered and answer.values == [4.1202] and "Poland" in answer.answer


@pytest.mark.parametrize(
    "text",
    [
        "UK vs France: which spends more on defence in 2024 and by how much in dollars?",
        "Which had more personnel in 2024, Italy or Spain, and by how many?",
    ],
)
def test_the_margin_of_a_comparison_is_no_part_of_its_own(text: str) -> None:
    assert split_parts(text) == [text] and figure_parts(text) == []


def test_by_how_much_after_no_comparison_is_still_a_part() -> None:
    assert figure_parts("poland's spending in 2024 and by how much did it grow") != []


@pytest.mark.parametrize(
    "text",
    [
        "In the article on NATO's annual report, how many of the thirty-two allies met the 2 per cent guideline?",
        "In the tables, what did poland spend in 2024?",
    ],
)
def test_a_lead_naming_the_source_of_one_question_is_no_part_of_its_own(text: str) -> None:
    assert split_parts(text) == [text]


def test_a_lead_naming_the_source_of_several_questions_still_leads_each_part() -> None:
    parts = split_parts("According to the article, what rise did Europe record, and what share did the US pay?")
    assert len(parts) == 3


@pytest.mark.parametrize(
    "text",
    [
        "Who tops NATO's 2024 defence spending ranking and at what share of GDP?",
        "which ally spent the most in 2024, and at what share of GDP?",
    ],
)
def test_a_tail_naming_the_measure_of_the_one_asked_is_no_part_of_its_own(text):
    assert split_parts(text) == [text]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("which ally spent the most, and in what year?", 2),  # a time asked of its own
        ("What did Poland spend in 2024 and at what share of GDP?", 2),  # an amount, then its share: two figures
        ("which ally spent the most in 2024 and at what share did Poland stand?", 2),  # a verb of its own
    ],
)
def test_a_tail_asking_more_than_a_measure_stays_a_part(text, parts):
    assert len(split_parts(text)) == parts


def test_a_ranking_and_the_measure_it_is_asked_at_are_ranked_by_that_measure(engine):
    answer = engine.ask("Who tops NATO's 2024 defence spending ranking and at what share of GDP?")
    assert answer.answered
    assert all(fact.unit is Unit.PERCENT_OF_GDP for fact in answer.facts)


def test_a_parallel_part_naming_another_ally_is_the_part_before_asked_of_it() -> None:
    before = "How far below the 2% guideline was Spain in 2024, in percentage points,"
    assert in_the_frame_of("how far below was Italy?", before) == (
        "how far below the 2% guideline was italy in 2024 in percentage points"
    )
    # a part with words of its own ('spend', a year) is a question of its own
    assert in_the_frame_of("how much did Germany spend in 2023?", "how much did Poland spend in 2024") is None
    # the same ally again is no other ally's frame
    assert in_the_frame_of("how far below was Spain?", before) is None


def test_a_possessive_after_a_comma_starts_another_figure_of_the_subject() -> None:
    assert figure_parts("What was Romania's share of GDP in 2024, and its annual real change that year?") == [
        "What was Romania's share of GDP in 2024",
        "its annual real change that year?",
    ]


def test_a_gap_after_a_part_asking_its_own_figure_is_a_part_of_its_own() -> None:
    assert len(split_parts("how many times larger was US spending than Canada's, and what was the gap?")) == 2
    assert len(split_parts("greece vs turkey 2024 % of gdp, whats the gap")) == 1


def test_a_lone_question_word_before_and_is_no_part_of_its_own() -> None:
    assert split_parts("when and where was the old 2% guideline agreed") == [
        "when and where was the old 2% guideline agreed"
    ]
