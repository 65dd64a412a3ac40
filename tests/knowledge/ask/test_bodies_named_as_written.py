"""Bodies and programmes documents name only as written ('EU', 'SAFE', 'EDA'), asked so in a question; a section
heading naming the programme its sentences speak of; a sentence opening with a pronoun for whom its paragraph named
just before; a count of another thing than the one asked; one sentence stating a figure of both subjects asked; a
figure of a split year ('2025-26') as a fiscal year's; a quote opening with a pronoun shown with the sentence before
it, which names whom it means.

The documents are the evaluation folders' own (moderators' articles the bot was not built around)."""

from __future__ import annotations

import pytest

from knowledge.ask.parse import parse_question
from knowledge.ask.statements import _listed
from knowledge.entities import written_as_listed
from knowledge.question import parse

EU_NOTE = ("evaluation_holdout16", "eu-defence-programmes-vs-nato.md")


def _parsed(engine, question: str):
    return parse_question(parse(question, engine.vocabulary, engine.people))


def test_a_body_written_as_documents_write_it_is_whom_the_question_asks_about(documents):
    engine = documents(*EU_NOTE)
    assert "European Union" in _parsed(engine, "How much did EU defence spending grow in 2024?").entities
    assert "Security Action for Europe" in _parsed(engine, "How large is the SAFE loan facility?").entities


def test_a_name_the_question_lexicon_reads_stays_the_word_parsers(documents):
    engine = documents(*EU_NOTE)  # 'in US dollars' is a currency, not the United States
    assert "United States" not in _parsed(engine, "How much did Canada spend in 2024 in US dollars?").entities


@pytest.mark.parametrize(
    ("folder", "name", "question", "values"),
    [
        (  # 'That was a 19% increase in real terms', the EU's, not the world's '9.4% in real terms'
            *EU_NOTE,
            "By how much did EU defence spending grow in real terms in 2024?",
            {19},
        ),
        (  # 'The agency projects €381 billion for 2025'
            *EU_NOTE,
            "What does the EDA expect EU defence spending to be in 2025?",
            {381},
        ),
        (  # 'Of the 27 EU states, 23 are NATO allies.': one sentence of both, not a count of years beside another
            *EU_NOTE,
            "How many EU members are also in NATO?",
            {23},
        ),
        (  # '… in 2025-26 alone, lifting the total to roughly $62.7 billion': a split year is a fiscal year
            "evaluation_holdout16",
            "canada-defence-spending-prairies.md",
            "What will Canada's overall defence spending be this fiscal year?",
            {62.7},
        ),
        (  # under '## The EU's SAFE instrument': '… followed by Romania at about 16.6 billion euros'
            "evaluation_holdout8",
            "global_spending_briefing.md",
            "what did romania request under SAFE",
            {16.6},
        ),
        (  # '… for the Lithuanian defence ministry. He said the extra money would go … brigade of around five thousand'
            "evaluation_holdout13",
            "wire-nordic-baltic-defence-spending.txt",
            "How many soldiers will the German brigade in Lithuania have?",
            {5000},
        ),
    ],
)
def test_the_statement_of_the_body_asked_answers(documents, folder, name, question, values):
    answer = documents(folder, name).ask(question)
    assert answer.answered and values <= set(answer.values)


def test_a_count_of_another_thing_does_not_answer_how_many(documents):
    answer = documents(*EU_NOTE).ask("How many EU members are also in NATO?")
    assert 7 not in answer.values  # 'spread over seven years' counts years


def test_allies_listed_are_each_asked_and_allies_named_apart_are_not():
    assert _listed(("italy", "turkey", "romania", "spending", "share"), {"Italy", "Türkiye", "Romania"})
    assert _listed(("estonia", "and", "latvia", "share"), {"Estonia", "Latvia"})
    assert not _listed(("the", "german", "brigade", "in", "lithuania"), {"Germany", "Lithuania"})


def test_a_quote_opening_with_a_pronoun_comes_with_the_sentence_naming_whom_it_means(documents):
    engine = documents("evaluation_holdout7", "chart-of-the-week-nato-climbers.md")
    answer = engine.ask("who had the biggest jump in the sample")  # 'Its jump of 1.15 percentage points …'
    assert answer.answered and 1.15 in answer.values
    assert "“Lithuania is the standout. Its jump" in answer.answer and "sentences 1–2" in answer.answer


def test_a_name_written_as_listed_ends_at_a_sentence_s_full_stop():
    assert written_as_listed("SAFE", "Vilnius has requested €6.38 billion from SAFE.")
    assert written_as_listed("EU", "The money comes from the EU, not Berlin.")
    assert not written_as_listed("US", "U.S. spending rose.")  # 'U.S.' is written otherwise
    assert not written_as_listed("EU", "spent EU.something")  # a full stop inside a token is no sentence's end


BALTIC_BUDGETS = ("evaluation_holdout20", "baltics-poland-defence-budgets.md")


def test_one_ally_asked_is_answered_by_its_own_statement_alone(documents):
    engine = documents(*BALTIC_BUDGETS)
    answer = engine.ask(
        "How much SAFE money has Vilnius requested?"
    )  # 'Vilnius has requested €6.38 billion from SAFE.'
    assert answer.answered and answer.values == [6.38]  # Riga's €5.68 billion of SAFE loans is Latvia's


def test_figures_of_other_allies_never_make_up_for_the_one_asked(documents):
    # Warsaw's own fund (PLN 62.3 billion, by borrowing) beside Tallinn's request from SAFE: neither is Poland's
    # request from SAFE, though together they name Poland, SAFE and borrowing
    answer = documents(*BALTIC_BUDGETS).ask("How much has Poland asked to borrow through SAFE?")
    assert 62.3 not in answer.values and 2.66 not in answer.values
