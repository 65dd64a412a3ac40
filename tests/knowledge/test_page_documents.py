"""A document exported from laid-out pages, built end to end: its hard-wrapped paragraphs state their figures,
a figure's quote is the sentence as the page writes it (hyphens kept, running header and footer left out)."""

from __future__ import annotations

from knowledge.models import Unit

HEADER = "MINISTRY OF NATIONAL DEFENCE · ROMANIA"
WHITE_PAPER = "\f".join(
    [
        f"{HEADER}\n\n3.1 The financial framework\n\n"
        "Romania has undertaken to allocate 2.5% of\ngross domestic product to defence every\n"
        "year, starting with 2023. The commitment was\nset out by the President after the Russian\n"
        "invasion of Ukraine.\n\n"
        "In national currency, defence expenditure\nfor 2024 is estimated at RON 40.1 billion,\n"
        "against RON 25.6 billion in 2023.\n\nWHITE PAPER ON DEFENCE 2024 · 17\n",
        f"{HEADER}\n\n3.2 Structure of expenditure\n\n"
        "The composition of the defence budget\nchanged markedly in 2024. Equipment expen-\n"
        "diture rose to about 31% of the total, well\nabove the NATO guideline of 20% and up from\n"
        "about 22% in 2023. Personnel costs, which\nhad absorbed almost 60% of the budget in\n"
        "2023, fell to about 43%. The Ministry\nconsiders that a high share must be kept for the\n"
        "\nWHITE PAPER ON DEFENCE 2024 · 18\n",
        f"{HEADER}\n\nrest of the decade.\n\n3.5 Personnel\n\n"
        "In 2024 the Romanian Armed Forces numbered\nabout 66,600 military personnel.\n\n"
        "WHITE PAPER ON DEFENCE 2024 · 19\n",
    ]
)
CATALOG = (
    'title = "White Paper on Defence 2024"\npublisher = "Ministry of National Defence, Romania"\n'
    'published = "2024-12-10"'
)


def test_the_figures_of_hard_wrapped_paragraphs_are_found(build_note):
    facts = build_note(WHITE_PAPER, name="white_paper.txt", catalog=CATALOG)
    found = {(fact.value, fact.period) for fact in facts}
    assert {(40.1, "2024"), (25.6, "2023"), (31.0, "2024"), (66600.0, "2024")} <= found


def test_a_quote_keeps_the_page_s_hyphens_and_leaves_out_its_furniture(build_note):
    facts = build_note(WHITE_PAPER, name="white_paper.txt", catalog=CATALOG)
    equipment = next(fact for fact in facts if fact.value == 31)
    assert equipment.citation.quote.startswith("Equipment expen-\nditure rose to about 31%")
    assert all("WHITE PAPER" not in fact.citation.quote and HEADER not in fact.citation.quote for fact in facts)


def test_a_commitment_undertaken_is_a_goal_not_spending(build_note):
    facts = build_note(WHITE_PAPER, name="white_paper.txt", catalog=CATALOG)
    pledge = next(fact for fact in facts if fact.value == 2.5 and fact.unit is Unit.PERCENT_OF_GDP)
    assert pledge.measure == "spending_target"
