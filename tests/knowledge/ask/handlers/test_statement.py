"""A table's cell quoted for a figure asked: a bare number written out in its table's currency and scale."""

from __future__ import annotations

BRIEF = """---
title: "Defence Budget 2025 in brief"
published: 2024-09-17
---

The Netherlands raises its defence budget again.

2. EXPENDITURE BY BUDGET LINE (EUR million)

Budget line\t2023 (actual)\t2024 (estimate)\t2025 (draft)
Art. 2 Royal Netherlands Navy\t1,284\t1,407\t1,496
Contribution to the Defence Equipment Fund\t5,852\t9,700\t10,499
Total expenditure\t16,438\t21,394\t22,857
"""


def test_a_bare_cell_s_amount_is_written_out_under_its_column_s_header(engine_of_text):
    answer = engine_of_text("brief.md", BRIEF).ask("How much goes to the Defence Equipment Fund in 2025?")
    assert answer.answered and 10499 in answer.values
    assert "2025 (draft): 10,499 million EUR (10.5 billion EUR)" in answer.answer
    assert 10.5 in answer.values  # the amount in billions is a figure the answer states


ANNEX = """Table A.3  Armed forces, selected countries
--------------------------------------------------------------
Name            Unit     Budget 2023        Personnel
                         (NC million)       2023 ('000)
--------------------------------------------------------------
Sweden          SEK       119 420              24.9
Hungary         HUF     1 245 003           1 021.4
--------------------------------------------------------------
"""


def test_a_bare_headcount_in_thousands_is_written_out_under_its_column_s_header(engine_of_text):
    answer = engine_of_text("annex.txt", ANNEX).ask("How many military personnel did Sweden have in 2023?")
    assert answer.answered and 24.9 in answer.values
    assert "Personnel 2023 ('000): 24.9 thousand" in answer.answer


def test_a_cell_grouping_its_thousands_by_a_space_is_quoted_in_bold_as_written(engine_of_text):
    answer = engine_of_text("annex.txt", ANNEX).ask("How much did Hungary spend on defence in 2023?")
    assert answer.answered and 1245003 in answer.values
    assert "**1 245 003**" in answer.answer
