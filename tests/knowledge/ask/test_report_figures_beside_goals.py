"""A committee report states a country's own figures beside the guidelines and recommendations it measures them
against: the country's figure answers what it reached, never the guideline beside it nor a recommendation's deadline
in days; a department the report names by its initials is the country's."""

from __future__ import annotations

REPORT = """---
title: Meeting the commitment
published: 2024-12-10
---

# Meeting the commitment: a path to two per cent

## The record

3. NATO's most recent estimates place Canada's defence expenditure at 1.37% of GDP in 2024, up from 1.31% in 2023.

4. Canada also falls short of the companion guideline that at least 20% of defence expenditure be devoted to major \
equipment, including related research and development. DND officials told the Committee that the equipment share \
was an estimated 18.6% in 2024.

6. At the NATO Summit in Washington in July 2024, the Prime Minister stated that Canada would reach the 2% guideline \
by 2032.

9. DND lapsed approximately $1.1 billion in fiscal year 2023–24.

**Recommendation 1**

That the Government of Canada table in Parliament, within 90 days of the presentation of this report, a fiscal plan \
showing how defence expenditure will reach 2% of GDP no later than fiscal year 2030–31.
"""


def test_the_country_s_own_share_answers_before_the_guideline_stated_beside_it(engine_of_text):
    answer = engine_of_text("report.md", REPORT).ask(
        "What share of Canada's defence budget went to major equipment in 2024?"
    )
    assert answer.answered and answer.values == [18.6]


def test_a_recommendation_s_figures_are_of_its_deadline_not_the_year_the_paragraph_before_spoke_of(engine_of_text):
    answer = engine_of_text("report.md", REPORT).ask("What was Canada's defence spending ratio in 2023?")
    assert answer.answered and answer.values == [1.31]


def test_a_role_the_question_names_picks_the_statement_naming_it(engine_of_text):
    answer = engine_of_text("report.md", REPORT).ask("By what year did the Prime Minister say Canada would reach 2%?")
    assert answer.answered and 2032.0 in answer.values and 2030.0 not in answer.values


def test_a_department_named_by_its_initials_is_its_country_s_and_its_share_a_share_of_a_total():
    from knowledge.sentence import Context, SentenceReader  # noqa: PLC0415 - the reading of one sentence

    context = Context(subject="Canada", paragraph_subject="Canada", section_subject="Canada", gdp_shares=True)
    sentence = "DND officials told the Committee that the equipment share was an estimated 18.6% in 2024."
    stated = SentenceReader(sentence, context, 2024).statements()
    assert [(s.subjects, s.kind, s.period) for s in stated] == [(["Canada"], "share_of_total", "2024")]


def test_a_noun_pointed_back_at_takes_the_word_that_named_it_before():
    from knowledge.ask.verify_evidence import modifiers_pointed_back  # noqa: PLC0415 - a name only this change brings

    before = "at least 20% of defence expenditure be devoted to major equipment, including research. "
    assert modifiers_pointed_back(before, "Officials said the equipment share was 18.6%.") == {"major"}
    assert modifiers_pointed_back(before, "Officials said equipment was 18.6%.") == set()


def test_the_words_of_a_role_count_in_a_statement_s_score_but_no_entity_s_name():
    from knowledge.ask.statements import _role_words  # noqa: PLC0415 - a name only this change brings

    assert {"prime", "minister"} <= _role_words() and "nato" not in _role_words()
