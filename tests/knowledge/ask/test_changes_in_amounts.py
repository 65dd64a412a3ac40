"""A change in an amount ('procurement falls by $3.6 billion') beside a table's changes in per cent: a percentage asked
is the table's, never the amount's; a sum asked is never the parts a sentence lists."""

from __future__ import annotations

import pytest

BRIEF = """# Canada's defence budget request for FY2026: an overview

Published by a test desk, April 2025.

Table 1. Canada's request by title (C$ billions)

| Title | FY2025 enacted | FY2026 request | $ change | % change |
|---|---|---|---|---|
| Operations | 40.0 | 42.0 | +2.0 | +5.0% |
| Procurement | 18.0 | 17.1 | -0.9 | -5.0% |
| Research | 6.0 | 5.7 | -0.3 | -5.0% |

The two investment titles both decline. Procurement falls by C$0.9 billion to C$17.1 billion, and research by
C$0.3 billion to C$5.7 billion.
"""

ONLY_THE_AMOUNT = """# Canada's procurement in the FY2026 request

Published by a test desk, April 2025.

Canada's procurement falls by C$0.9 billion to C$17.1 billion in the FY2026 request.
"""


@pytest.fixture(scope="module")
def brief(engine_of_text):
    return engine_of_text("brief.md", BRIEF)


def test_a_percentage_asked_is_the_table_s_not_the_change_in_dollars(brief) -> None:
    answer = brief.ask("By what percentage does Canada's procurement fall in the FY2026 request?")
    assert answer.facts
    assert (answer.facts[0].value, answer.facts[0].citation.column_label) == (-5.0, "% change")


def test_a_sum_asked_is_not_the_parts_a_sentence_lists(brief) -> None:
    answer = brief.ask("What do Canada's procurement and research add up to in the FY2026 request?")
    assert not (answer.answered and {17.1, 5.7} <= set(answer.values) and 22.8 not in answer.values)


def test_a_change_in_an_amount_is_no_percentage(engine_of_text) -> None:
    answer = engine_of_text("note.md", ONLY_THE_AMOUNT).ask("By what percentage does Canada's procurement fall?")
    assert not answer.answered


TABLE_OF_LINES = """# Portugal: defence in the 2025 budget

Portugal's Ministry of Defence spending by category, in the budget and the plan.

**Table 2 — Ministry of Defence: spending by category (EUR mn)**

| Category | 2024 outturn | 2025 budget | 2026 plan | Change 2025/2024 (%) |
|---|---|---|---|---|
| Personnel pay | 1,400 | 1,442 | 1,480 | +3.0 |
| Procurement programmes | 600 | 690 | 760 | +15.0 |
"""


def test_a_change_asked_in_euros_is_not_a_change_in_per_cent(engine_of_text) -> None:
    """'By how many million euros …?' asks how many euros a line rose by: '+15.0' of the change column, with the
    line's level beside it, is a change in per cent."""
    engine = engine_of_text("budget.md", TABLE_OF_LINES)
    answer = engine.ask("By how many million euros do Portugal's procurement programmes rise in 2025?")
    assert 15.0 not in answer.values


STATED_IN_EUROS = """# Portugal: defence resources 2024

Portugal's defence spending was €5.4bn in 2024. Expressed in 2024 prices, spending in 2023 would have been €5.2bn, so
Portugal's real-terms increase was €0.2bn, or 3.8 per cent.
"""


def test_a_change_asked_in_euros_is_answered_by_one_stated_in_euros(engine_of_text) -> None:
    """'the real-terms increase was €0.2bn': a change in euros answers how big it was in euros."""
    answer = engine_of_text("resources.md", STATED_IN_EUROS).ask(
        "How big was Portugal's real-terms increase in spending in euros?"
    )
    assert 0.2 in answer.values
