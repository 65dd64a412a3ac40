"""A whole asked ('total', 'overall'): the statement saying its figure is the whole, never a part added on top of
another, nor one year's tranche of an amount stated over several years."""

from __future__ import annotations

SPENDING = """# The Netherlands' defence money in 2025

The Netherlands' regular defence budget for 2025 is about EUR 22 billion. On top of that the Netherlands spends around
EUR 2 billion from the fund this year. So all in all the Netherlands is at roughly EUR 24 billion in 2025.
"""

PROGRAMME = """# Denmark's support for Ukraine

Denmark's defence budget for 2025 is DKK 40 billion. The Army gets DKK 9 billion for new equipment, and the Navy DKK 3
billion for two new ships. Total defence spending over the plan period is estimated at DKK 300 billion.

Denmark proposes DKK 5 billion for Ukraine in 2025 through the Saga support programme. The Saga programme was expanded
in 2024 to DKK 20 billion for the period 2023–2028, and is backed by a broad majority in parliament.
"""


def test_a_total_asked_is_the_amount_said_to_be_the_whole(engine_of_text) -> None:
    """'So all in all … EUR 24 billion', not the regular budget nor the 2 billion spent 'on top of that'."""
    engine = engine_of_text("spending.md", SPENDING)
    total = engine.ask("What is the Netherlands' total defence spending in 2025?")
    assert total.answered and total.values[:1] == [24]


def test_an_amount_added_on_top_still_answers_what_it_is_of(engine_of_text) -> None:
    engine = engine_of_text("spending.md", SPENDING)
    fund = engine.ask("How much comes from the fund in 2025?")
    assert fund.answered and fund.values[:1] == [2]


def test_a_programmes_total_is_its_amount_over_several_years(engine_of_text) -> None:
    """'DKK 20 billion for the period 2023–2028', not the year's 'DKK 5 billion … in 2025 through the Saga support
    programme'."""
    engine = engine_of_text("programme.md", PROGRAMME)
    total = engine.ask("What is the total size of the Saga support programme?")
    assert total.answered and total.values[:1] == [20]
    year = engine.ask("How much will Denmark give Ukraine in 2025 through the Saga programme?")
    assert year.answered and year.values[:1] == [5]


def test_a_whole_over_a_plans_period_is_not_one_years_figure(engine_of_text) -> None:
    """'Total defence spending over the plan period is estimated at DKK 300 billion': over the plan's whole period,
    however its year was read, beside a programme's amount over its own years."""
    engine = engine_of_text("programme.md", PROGRAMME)
    total = engine.ask("What is the estimated total defence spending over the whole plan period?")
    assert total.answered and total.values[:1] == [300]


RELEASE = """# Germany's cabinet approves the 2026 draft budget: funds for the Bundeswehr rise to EUR 108.2 billion

For the defence budget (Individual Plan 14), the draft provides expenditure of EUR 82.69 billion in 2026.

In addition, EUR 25.51 billion will be drawn from the Special Fund in 2026.
Together, the funds available to the Bundeswehr thus amount to EUR 108.2 billion in 2026, after EUR 86.5 billion
in 2025.

| EUR million | 2025 | Draft 2026 |
|---|---|---|
| Individual Plan 14, total | 62,430.9 | 82,687.4 |
"""


def test_a_sentence_opening_together_states_the_whole_before_a_table_rows_total(engine_of_text) -> None:
    """'Together, the funds … amount to EUR 108.2 billion': the sentence's opener says its amount adds up what came
    before, so a total asked is it, not one budget line's 'total' row."""
    engine = engine_of_text("release.md", RELEASE)
    total = engine.ask("How much money will the Bundeswehr have in total in 2026?")
    assert total.answered and total.values[:1] == [108.2]


def test_the_alliance_a_share_comes_from_is_the_part_not_the_whole(engine_of_text):
    """'what share of military aid to Ukraine comes from NATO allies': the allies give the share, of the aid."""
    engine = engine_of_text(
        "briefing.txt",
        "MINISTER: Good morning.\n\nAllies provide about 95 per cent of all military aid to Ukraine, and more is "
        "coming.\n",
    )
    assert engine.ask("What share of military aid to Ukraine comes from NATO allies?").values == [95]
