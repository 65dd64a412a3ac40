"""The period of each figure of a sentence, and the years a sentence states as dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.sentence import Context, SentenceReader
from knowledge.snapshot import build_knowledge_base


def periods(sentence: str, year: int = 2025) -> dict[float, str | None]:
    reader = SentenceReader(sentence, Context(), year)
    return {stated.figure.value: stated.period for stated in reader.statements()}


def dates(sentence: str, year: int = 2025) -> list[float]:
    reader = SentenceReader(sentence, Context(), year)
    subjects = {stated.figure.start: stated.subjects[-1] for stated in reader.statements()}
    return [stated.figure.value for stated in reader.dates(subjects)]


def test_a_year_an_event_word_follows_with_a_date_of_its_own_is_every_figure_s_period() -> None:
    sentence = (
        "Germany: The cabinet's draft for 2025, approved on 24 June, sets core defence spending at EUR 62.4 billion, "
        "with a further EUR 24.1 billion drawn from the special fund, for about EUR 86.5 billion in total."
    )
    assert periods(sentence) == {62.4: "2025", 24.1: "2025", 86.5: "2025"}
    assert dates(sentence) == [2025]  # 'approved on 24 June' dates the draft; 'for 2025' is no date of its own


def test_a_year_of_data_an_event_word_follows_with_a_year_of_its_own_is_no_date() -> None:
    assert dates("Germany's data for the year 2024 will be published in early 2026.") == [2026]
    assert dates("Germany's figures for 2023 were published in 2025.") == [2025]


def test_a_year_next_to_an_event_word_with_no_date_of_its_own_is_the_event_s_date() -> None:
    assert dates("The EUR 100 billion special fund created in 2022 allowed Berlin to report 2% of GDP.") == [2022]
    assert dates("Germany's draft for 2025, approved by parliament, sets EUR 62.4 billion for defence.") == [2025]


def test_a_relative_period_in_a_figure_s_own_clause_beats_a_year_of_the_figure_before() -> None:
    sentence = "Belgium was around 1.3% in 2024 and is now aiming for 2% this year, which is already a big stretch."
    assert periods(sentence) == {1.3: "2024", 2.0: "2025"}


def test_a_relative_period_in_a_figure_s_clause_before_it_beats_years_past_the_clause_break() -> None:
    sentence = (
        "Greece's programme covers the years 2025 to 2036 and sits on top of the regular defence budget, which for "
        "this year comes to roughly EUR 6.1 billion."
    )
    assert periods(sentence) == {6.1: "2025"}
    later = "The plan runs from 2025 to 2036, and this year Greece's budget is EUR 6.1 billion."
    assert periods(later) == {6.1: "2025"}


def test_a_share_kept_for_the_rest_of_the_decade_is_of_the_years_after_the_document_s() -> None:
    """'at least 30% must be maintained for the rest of the decade' in a paper of 2024 is a floor for 2025-2029,
    not the share of 2024 (the paper's 31% is)."""
    sentence = (
        "Romania considers that a share of equipment expenditure of at least 30% must be maintained for the rest of "
        "the decade."
    )
    assert periods(sentence, 2024) == {30.0: "2025-2029"}
    remainder = "Romania should keep spending near 2% of GDP for the remainder of the decade."
    assert periods(remainder, 2024) == {2.0: "2025-2029"}


def test_a_relative_period_after_a_comma_stays_with_the_figure_after_it() -> None:
    sentence = "In 2024 Poland spent 4.1% of GDP, and this year it plans 4.7% of GDP."
    assert periods(sentence) == {4.1: "2024", 4.7: "2025"}


def test_a_relative_period_a_change_is_measured_against_is_not_its_period() -> None:
    sentence = "India's budget for 2025 allocates Rs 6.81 lakh crore to defence, up 9.5% on the previous year's figure."
    assert periods(sentence)[9.5] == "2025"


def test_a_change_between_two_years_is_of_their_span_written_either_way() -> None:
    assert periods("Poland's spending rose 150% between 2014 and 2024.") == {150.0: "2014-2024"}
    assert periods("Poland's spending rose 150% from 2014 to 2024.") == {150.0: "2014-2024"}
    assert periods("Poland's spending rose 150% over 2014-2024.") == {150.0: "2014-2024"}


def test_a_span_of_fiscal_years_is_of_the_years_they_start_in() -> None:
    """'between 2014-15 and 2024-25' is the decade of fiscal years starting 2014 to 2024, never its first fiscal
    year alone; a fiscal year named by itself stays that fiscal year."""
    assert periods("UK defence spending rose by around 62% between 2014-15 and 2024-25.") == {62.0: "2014-2024"}
    assert periods("The UK's Equipment Plan from FY2023/24 to FY2032/33 costs £288.6 billion.") == {288.6: "2023-2032"}
    assert periods("The UK spent £64.6 billion in 2024-25, up from £61.9 billion in 2023-24.") == {
        64.6: "2024-25",
        61.9: "2023-24",
    }


def test_a_year_dating_an_event_is_a_figure_s_period_only_when_no_other_year_is() -> None:
    report = "NATO's Annual Report for 2024, published in April 2025, counts 22 of 32 allies at or above 2% of GDP."
    assert periods(report)[22] == "2024"
    assert periods("When the guideline was agreed in Wales in 2014, three allies met it.") == {3: "2014"}


def test_a_year_with_a_fiscal_year_prefix_is_that_year_and_its_span_is_a_span() -> None:
    sentence = "Japan: The FY2025 defence budget is JPY 8.7 trillion, part of JPY 43 trillion from FY2023 to FY2027."
    assert periods(sentence) == {8.7: "2025", 43.0: "2023-2027"}
    assert periods("Japan: ¥43 trillion is allocated over FY2023–FY2027.") == {43.0: "2023-2027"}


def test_a_fiscal_year_written_short_after_its_prefix_is_the_fiscal_year_it_names() -> None:
    assert periods("Ottawa plans C$62.7bn for defence in FY25-26, after C$41.0bn in FY24-25.") == {
        62.7: "2025-26",
        41.0: "2024-25",
    }
    assert periods("The ministry's FY2026-27 budget sets aside AUD 59 billion.") == {59.0: "2026-27"}
    assert periods("Japan will spend $12bn on shipbuilding over FY26-FY30.") == {12.0: "2026-2030"}
    assert periods("In FY98 the United States spent $260 billion on defence.") == {260.0: "1998"}


def test_a_relative_period_right_after_an_event_word_dates_the_event_not_the_figures() -> None:
    sentence = "Norway: The long-term defence plan adopted last year adds NOK 600 billion in extra funding."
    assert periods(sentence) == {600.0: None}
    assert periods("Norway spent NOK 100 billion last year.") == {100.0: "2024"}


def test_a_year_after_its_month_dates_an_event_and_stays_the_period_of_the_figures() -> None:
    assert dates("In March 2025 Germany amended its constitution to exempt defence above 1% of GDP.") == [2025]
    assert dates("Sweden joined in March 2024.") == [2024]
    sentence = "In 2023 the count was eleven, and as late as February 2024 the alliance expected just 18 allies."
    assert periods(sentence)[18] == "2024"  # the month's year is still the figure's period
    assert dates("Germany's 2025 budget sets 2.4% of GDP.") == []  # a year alone, no month and no event word


def test_a_day_and_month_with_no_year_dates_the_figures_of_its_part_of_the_sentence_in_the_document_s_year() -> None:
    assert periods("Estonia's VAT went up from 22% to 24% on 1 July.") == {22: "2025", 24: "2025"}
    sentence = (
        "Keir Starmer said on 25 February that Britain would lift defence spending to 2.5% of GDP by April 2027, "
        "paid for by cutting overseas aid from 0.5% to 0.3% of gross national income."
    )
    assert periods(sentence, 2025) == {2.5: "2027", 0.5: "2025", 0.3: "2025"}
    assert periods("Spain spent 1.3% of GDP, Sánchez said on 4 March.", 2024) == {1.3: "2024"}


def test_a_day_and_month_does_not_date_figures_past_a_semicolon() -> None:
    sentence = "Macron, speaking on 5 March, said so; France would find 3% of GDP."
    assert periods(sentence) == {3: None}


def test_a_day_and_month_is_a_date_fact_of_the_document_s_year_of_whose_event_it_is() -> None:
    assert dates("At the summit on 24 and 25 June, allies agreed to spend 5% of GDP.") == [2025]
    reader = SentenceReader("NATO's annual report, published on 28 August, is out.", Context(), 2024)
    assert [(stated.period, stated.subjects) for stated in reader.dates({})] == [("2024", ["NATO Allies"])]
    assert dates("Estonia's VAT went up from 22% to 24% on 1 July.") == [2025]


def test_a_day_and_month_beside_a_dated_point_or_dating_a_remark_is_no_date_fact() -> None:
    assert dates("Germany voted on 18 March to spend 3% of GDP by 2029.") == [2029]
    assert dates("Germany voted on 18 March to spend 3% of GDP.") == [2025]
    assert dates('"Europe must rearm," Donald Tusk said on 2 March.') == []


def test_a_day_and_month_is_read_only_with_a_capitalised_month_and_no_year_of_its_own() -> None:
    reader = SentenceReader("Allies 27 may spend more; on 25 June 2025 they met.", Context(), 2025)
    assert [(year.value, year.day_month) for year in reader.years] == [(2025.0, False)]


def test_the_figure_closing_a_range_is_a_goal_when_its_opening_is() -> None:
    reader = SentenceReader("France has since floated a target of 3% to 3.5% of GDP.", Context(), 2025)
    assert [("target" in stated.qualifiers) for stated in reader.statements()] == [True, True]


def test_a_figure_restating_the_one_before_it_is_of_its_time() -> None:
    """'…, equal to 4.8% of GDP', '…, or about EUR 4.79 billion', '… PLN 159bn (4.2% of GDP)': the same figure told
    another way, of the first one's year — not the year a date elsewhere in the sentence or the document gives."""
    budget = (
        "The draft 2026 budget adopted by the Council of Ministers on 28 August 2025 plans total defence spending of "
        "PLN 200.1bn, equal to 4.8% of projected GDP."
    )
    assert periods(budget) == {200.1: "2026", 4.8: "2026"}
    share = "Vilnius approved a draft 2026 budget that sets aside 5.38% of GDP for defence, or about EUR 4.79 billion."
    assert periods(share) == {5.38: "2026", 4.79: "2026"}
    level = periods("Spending this year is 17.4% above last year's level of about PLN 159bn (4.2% of GDP).")
    assert (level[159.0], level[4.2]) == ("2024", "2024")
    # a figure after a clause of its own is no restatement: 'and' joins a new one
    assert periods("Poland spent 4.1% of GDP in 2024, and Estonia plans 3.4% this year.") == {4.1: "2024", 3.4: "2025"}


def test_a_relative_period_after_the_figure_beats_a_year_a_since_clause_named_before_it() -> None:
    sentence = (
        "For the first time since Allies agreed the 2% guideline at the Wales Summit in 2014, all 32 Allies are "
        "expected to meet or exceed that level this year."
    )
    assert periods(sentence)[32.0] == "2025"


def test_a_relative_period_past_a_semicolon_is_the_next_figure_s() -> None:
    sentence = "Germany's total this year corresponds to about 2.4% of GDP; next year's to roughly 2.8%."
    assert periods(sentence) == {2.4: "2025", 2.8: "2026"}


def test_a_year_dating_an_earlier_bare_number_is_not_the_figures_period() -> None:
    assert periods("Members spending at least 2% of GDP: 18 of 32, up from 11 in 2023")[18.0] is None
    # the earlier value read as a figure keeps its own year, the figures before it none
    found = periods("18 of 32 allies spent at least 2% of GDP, up from 11 in 2023.")
    assert (found[18.0], found[11.0]) == (None, "2023")


def test_a_part_of_a_year_compared_with_is_no_period_of_the_figure() -> None:
    periods_of = periods("Poland's defence budget came to PLN 40 billion, up 24% on the third quarter of 2024.")
    assert periods_of[40.0] != "2024"
    assert periods("Poland's spending rose 12% compared with the same period of 2023.")[12.0] != "2023"


def dated_subjects(sentence: str) -> list[tuple[float, list[str]]]:
    return [(stated.figure.value, stated.subjects) for stated in SentenceReader(sentence, Context(), 2025).dates({})]


def test_a_date_is_of_who_did_the_event_not_of_what_it_was_done_to() -> None:
    assert dated_subjects("Poland joined NATO on 12 March 1999, together with Czechia and Hungary.") == [
        (1999, ["Poland"])
    ]
    assert dated_subjects("Finland joined NATO in April 2023.") == [(2023, ["Finland"])]


def test_a_year_labelling_a_bracket_dates_the_bracket_s_figures_only() -> None:
    assert periods("Poland spent PLN 2.46 billion in 2025 (2024: PLN 1.98 billion).") == {2.46: "2025", 1.98: "2024"}
    assert periods("Poland spent 4.1% of GDP in 2024 (2023: 3.9%).") == {4.1: "2024", 3.9: "2023"}
    assert periods("Poland spent PLN 2.46 billion (Q3 2024: PLN 1.98 billion).")[2.46] != "2024"


def dates_in_a_paragraph_about(subject: str, sentence: str) -> list[float]:
    reader = SentenceReader(sentence, Context(subject=subject, paragraph_subject=subject), 2025)
    return [stated.figure.value for stated in reader.dates({})]


def test_a_procedure_word_opening_a_line_or_field_dates_the_page_not_an_event() -> None:
    lines = [
        "**Question for Ministry of Defence**\nUIN 38412, tabled on 5 March 2025",
        "**Answered on 12 March 2025 by Gareth Pryce, Minister for Defence Procurement and Industry**",
        "**House of Commons** · Department: Ministry of Defence · Answered between 10 March 2025 and 14 March 2025",
        "Last updated: 15 October 2025.",
    ]
    assert [dates_in_a_paragraph_about("United Kingdom", line) for line in lines] == [[], [], [], []]


def test_a_procedure_word_inside_a_sentence_or_before_an_event_still_dates_the_event() -> None:
    sentences = [
        "The federal budget tabled in November 2025 added CAD 81.8 billion.",
        "The budget, tabled on 5 March 2025, adds CAD 3 billion.",
        "*Updated after the leaders met at The Hague on 25 June 2025.*",
    ]
    assert [dates_in_a_paragraph_about("Canada", sentence) for sentence in sentences] == [[2025], [2025], [2025]]


def test_a_year_after_no_later_than_is_the_goal_s_deadline_not_a_comparison() -> None:
    sentence = "That the Government of Canada plan how defence expenditure will reach 2% of GDP no later than 2030–31."
    assert periods(sentence) == {2.0: "2030-31"}


def test_a_fiscal_year_after_a_deadline_word_is_the_deadline() -> None:
    reader = SentenceReader(
        "Canada will reach 2% of GDP no later than fiscal year 2030–31.", Context(subject="Canada"), 2024
    )
    stated = reader.statements()
    assert [(s.figure.value, s.period) for s in stated] == [(2.0, "2030-31")]
    assert "deadline" in stated[0].qualifiers


def test_a_bracket_labelled_by_a_day_and_month_dates_only_its_own_earlier_figure() -> None:
    sentence = "As of 30 September 2025, the backlog stood at EUR 31.4 billion (31 December 2024: EUR 25.6 billion)."
    assert periods_of_a_company(sentence) == {31.4: "2025", 25.6: "2024"}


def test_a_bracket_labelled_by_a_year_and_its_measure_dates_only_its_own_figure() -> None:
    sentence = "For 2025, the company guides revenue growth of 20% to 24% (2024 revenue: EUR 6.35 billion)."
    assert periods_of_a_company(sentence) == {20.0: "2025", 24.0: "2025", 6.35: "2024"}


def periods_of_a_company(sentence: str) -> dict[float, str | None]:
    context = Context(subject="Germany", paragraph_subject="Germany", section_subject="Germany")
    return {stated.figure.value: stated.period for stated in SentenceReader(sentence, context, 2025).statements()}


def test_a_year_a_figure_is_above_the_end_of_is_its_base_not_its_period() -> None:
    sentence = "As of September 2025 the backlog was at a record EUR 31.4 billion, 22.7% above the end of 2024."
    assert periods_of_a_company(sentence) == {31.4: "2025", 22.7: "2025"}


def test_an_american_date_dates_its_event_and_leaves_the_figures_their_budget_year() -> None:
    sentence = (
        "Canada's defence spending in 2025–26 is expected to reach $62.7 billion, including $9 billion first "
        "announced on June 9, 2025."
    )
    british = sentence.replace("June 9, 2025", "9 June 2025")
    assert periods(sentence) == periods(british) == {62.7: "2025-26", 9.0: "2025-26"}
    assert dates(sentence) == dates(british) == [2025]


RELEASE = (
    "# Denmark meets its 2% goal in 2025 and sets out its path to 5%\n"
    "\n"
    "With these investments, Denmark will meet the guideline of spending 2% of GDP in 2025. Total defence"
    " spending in 2025 will have to reach DKK 62.7 billion, including DKK 9 billion in additional "
    "spending first announced on March 4, 2025. "
    "\n"
    "At the NATO Summit in The Hague in June 2025, Denmark joined all allies in committing to invest 5% "
    "of GDP in defence and security by 2035: 3.5% for core defence and 1.5% for resilience. "
    "\n"
    "## Quick facts\n"
    "\n"
    "- The defence agreement signed in January 2024 committed DKK 155 billion over ten years.\n"
    "- Denmark is acquiring 27 F-35 aircraft under a contract valued at DKK 20 billion.\n"
    "- Denmark is buying 4 new frigates for a project valued at up to DKK 30 billion.\n"
    "- Arctic surveillance is funded at DKK 14.6 billion over 15 years.\n"
    "- The armed forces have about 20,000 members, against an authorized strength of 24,000.\n"
    "- Conscription was extended to women in 2025, adding 1,000 places.\n"
    "- Pay for junior ranks rose by up to 15% in 2025.\n"
    "- The navy has 3 frigates in service and 2 in refit.\n"
    "- Recruitment rose to 4,500 new members in 2024.\n"
    "- Reserve units received DKK 1.2 billion in 2024.\n"
    "- Host-nation support costs DKK 0.8 billion a year.\n"
    "- Ammunition stocks grew by 40% in 2024.\n"
    "- The army fields 2 brigades with 8,000 soldiers.\n"
    "- Cyber command received DKK 0.5 billion in 2025.\n"
    "- Air defence received DKK 2.1 billion in 2025.\n"
    "- Training areas cost DKK 0.3 billion in 2024.\n"
    "- Two new patrol vessels entered service in 2024.\n"
    "- Veterans' care received DKK 0.4 billion in 2025.\n"
)


def test_by_when_is_answered_by_the_deadline_not_by_a_day_sharing_the_question_s_words(tmp_path: Path) -> None:
    from knowledge.engine import Engine  # noqa: PLC0415 - the whole pipeline under test
    from knowledge.snapshot import build_knowledge_base  # noqa: PLC0415

    (tmp_path / "release.md").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text(
        '["release.md"]\ntitle = "Denmark meets its 2% goal in 2025"\npublished = "2025-09-02"\n', encoding="utf-8"
    )
    answer = Engine(build_knowledge_base(tmp_path)).compute("By when does Denmark have to reach 5%?")
    assert answer.answered
    assert "**2035**" in answer.answer


def test_a_year_naming_the_base_of_a_change_dates_its_own_amount_only(build_note) -> None:
    facts = build_note(
        "# Budget 2025\n\nThe German Bundestag today adopted the Federal Budget 2025. The defence budget of Germany"
        " amounts to EUR 62.43 bn, an increase of EUR 10.48 bn or 20.2% on the 2024 appropriation of EUR 51.95 bn.",
        name="note.md",
        published="2025-09-18",
    )
    periods = {fact.value: fact.period for fact in facts if fact.measure_kind != "date"}
    assert periods == {62.43: "2025", 10.48: "2025", 20.2: "2025", 51.95: "2024"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Hungary's defence ministry receives HUF 1,200 billion, an increase of 30 per cent in forint terms on its 2024"
        " budget.",
        "Hungary's defence ministry receives HUF 1,200 billion, up 12% in real terms on the 2024 budget.",
    ],
)
def test_a_base_year_past_the_basis_a_change_is_stated_in_is_no_period_of_it(sentence: str) -> None:
    """'30 per cent in forint terms on its 2024 budget': the basis between the change and 'on' keeps the year the
    base compared with, never the change's period (the sentence states none of its own)."""
    assert set(periods(sentence).values()) == {None}


@pytest.mark.parametrize(
    ("sentence", "base_year"),
    [
        ("Norway's share of home-made equipment rose to 60 per cent, from 35 per cent in 2012.", "2012"),
        (
            "Norway's share of home-made equipment has risen to about 60 per cent, from roughly 35 per cent in the"
            " early 2000s.",
            "2000",
        ),
    ],
)
def test_the_year_of_a_base_after_from_dates_the_base_only(sentence: str, base_year: str) -> None:
    """'risen to 60 per cent, from 35 per cent in 2012': the year dates the earlier value (past a hedge, 'roughly', and
    as a part of a decade, 'in the early 2000s'), never the figure it rose to."""
    assert periods(sentence) == {60: None, 35: base_year}


def test_a_relative_period_of_the_level_a_figure_is_compared_with_is_no_period_of_it() -> None:
    """'slightly below their share a year earlier': the year before is the compared level's; '2 per cent above target
    last year' still dates the figure."""
    context = Context(subject="Poland")
    told = "Poland's equipment costs were 31.5 per cent of the total, slightly below their share a year earlier."
    assert {s.figure.value: s.period for s in SentenceReader(told, context, 2024).statements()} == {31.5: None}
    dated = "Poland spent 2 per cent above target last year."
    assert {s.figure.value: s.period for s in SentenceReader(dated, context, 2024).statements()} == {2: "2023"}


def test_a_change_between_two_fiscal_years_that_follow_each_other_is_over_the_later_one() -> None:
    """'between 2022/23 and 2023/24': the later fiscal year ('2022-2023' would read as the earlier one itself); a span
    of fiscal years further apart is still the span of the years they start in."""
    context = Context(subject="Poland")
    near = "Poland's spending rose by PLN 4.2bn in cash terms between 2022/23 and 2023/24."
    far = "Poland's spending rose by 12% between 2014-15 and 2024-25."
    assert {s.figure.value: s.period for s in SentenceReader(near, context, 2024).statements()} == {4.2: "2023-24"}
    assert {s.figure.value: s.period for s in SentenceReader(far, context, 2024).statements()} == {12: "2014-2024"}


def test_a_year_naming_a_deadline_is_dated_for_who_set_it(build_note) -> None:
    facts = build_note(
        "Germany's NATO quota is expected to reach 3.5% of GDP in 2029, well ahead of the 2035 deadline agreed at the"
        " NATO summit in The Hague. Poland in 2022 signed with South Korea for 180 tanks."
    )
    dates = {fact.value: fact.subject for fact in facts if fact.measure_kind == "date"}
    assert dates[2035] == "NATO Allies"
    assert dates.get(2022) in (None, "Poland")  # a year opening no noun phrase: the doer is named before it


def test_a_deadline_of_the_guideline_naming_no_one_is_the_alliance_s(build_note) -> None:
    facts = build_note(
        "# Chapter 3\n\nTotal defence expenditure across the Alliance is estimated at USD 1,474 billion in 2024.\n\n"
        "## Looking ahead\n\n- The Defence Investment Pledge gave Allies until 2024 to move towards 2%; with that"
        " decade now over, the Summit is expected to set a new target date of 2035.",
        name="note.md",
    )
    dates = {(fact.value, fact.subject, "deadline" in fact.qualifiers) for fact in facts if fact.measure_kind == "date"}
    assert dates == {(2024.0, "NATO Allies", True), (2035.0, "NATO Allies", True)}


def test_a_bare_number_joined_to_an_earlier_value_is_another_earlier_value(build_note) -> None:
    facts = build_note(
        "- 23 of 32 Allies met the guideline of 2% of GDP in 2024, up from 11 Allies in 2023 and just 3 in 2014.\n"
        "- 28 Allies devoted at least 20% of their defence expenditure to major equipment in this report, compared"
        " with only 7 Allies in 2014.",
        name="note.md",
        published="2025-03-01",
    )
    periods = {fact.value: fact.period for fact in facts if fact.measure_kind in ("count", "share_of_total")}
    assert (periods[11], periods[3], periods[7]) == ("2023", "2014", "2014")


def test_parts_of_a_goal_joined_by_plus_share_its_deadline(build_note) -> None:
    facts = build_note(
        "NATO allies spent 2.71% of GDP in 2024. The new target is really 3.5% of GDP for core defence plus another"
        " 1.5% of GDP or so for infrastructure and resilience, to be reached by 2035."
    )
    assert {(fact.value, fact.period) for fact in facts if fact.value in (3.5, 1.5)} == {(3.5, "2035"), (1.5, "2035")}


def test_on_a_year_s_estimates_says_by_what_not_what_is_compared(build_note) -> None:
    facts = build_note(
        "NATO's June 2024 estimates put UK defence spending at 2.33% of GDP in 2024. Nor is Poland the only ally"
        " ahead: on the 2024 estimates Poland stood at 4.12%.",
        published="2025-07-08",
    )
    fact = next(fact for fact in facts if fact.value == 4.12)
    assert (fact.subject, fact.period) == ("Poland", "2024")


def test_a_one_year_change_a_table_dates_is_of_the_year_it_ends_in(build_note) -> None:
    facts = build_note(
        "# Climbers\n\n## Table: Defence expenditure as a share of GDP (%)\n\n"
        "| Country | 2024 | 2025 | Change 2024-2025 (pp) |\n|---|---|---|---|\n| Spain | 1.24 | 2.00 | +0.76 |\n"
        "| Estonia | 3.43 | 3.38 | -0.05 |\n\nSpain's rise of 0.76 points is the biggest among the three. Estonia's"
        " share dipped by 0.05 points.",
        name="note.md",
    )
    said = {fact.value: fact for fact in facts if not fact.citation.row_label and fact.measure_kind == "change"}
    assert (said[0.76].period, said[0.05].period) == ("2025", "2025")
    assert "decrease" in said[0.05].qualifiers


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Between 2014 and 2024 Belgium's defence budget more than doubled, from €4.1 billion to €9.6 billion.",
            {4.1: "2014", 9.6: "2024"},
        ),
        (
            "Defence spending by Spain rose from 0.9 to 1.3 per cent of GDP between 2015 and 2024.",
            {0.9: "2015", 1.3: "2024"},
        ),
        ("Italy's spending fell from 1.6% to 1.5% of GDP over 2019-2023.", {1.6: "2019", 1.5: "2023"}),
    ],
)
def test_each_end_of_a_move_over_a_span_of_years_is_of_its_own_year(sentence: str, expected: dict[float, str]) -> None:
    """A move from one level to another over a span of years started at its first year and ended at its last."""
    found = periods(sentence)
    assert {value: found[value] for value in expected} == expected


def test_a_move_to_a_deadline_keeps_its_deadline() -> None:
    assert periods("Norway's intake will rise from 4,700 to 6,500 conscripts by 2033.").get(6500.0) == "2033"


def test_bases_listed_after_up_from_date_only_themselves() -> None:
    """'up from 1.64% in 2023 and 1.15% in 2014': both are bases compared with; neither year is the first figure's."""
    found = periods("Spain spent 2.05% of GDP, up from 1.64% in 2023 and 1.15% in 2014.")
    assert found == {2.05: None, 1.64: "2023", 1.15: "2014"}
    assert periods("Spain spent 2.05% of GDP in 2024 and 1.9% in 2023.") == {2.05: "2024", 1.9: "2023"}


def test_a_year_dating_an_earlier_value_told_two_ways_dates_both_and_not_the_change_after_it() -> None:
    context = Context(subject="Greece", paragraph_subject="Greece", sentence_period="2024")
    sentence = "That was up from EUR 6.22 bn, or 2.80% of GDP, in 2023 — a real-terms increase of roughly 12%."
    read = {s.figure.value: s.period for s in SentenceReader(sentence, context, 2025).statements()}
    assert read == {6.22: "2023", 2.8: "2023", 12.0: "2024"}


def test_a_change_past_a_semicolon_is_not_of_the_year_its_base_is_dated() -> None:
    context = Context(subject="Türkiye", paragraph_subject="Türkiye", sentence_period="2024")
    sentence = (
        "Spending in lira more than doubled from 393.8 billion lira in 2023, partly reflecting high inflation; in real "
        "terms NATO estimates the increase at about 44%."
    )
    read = {s.figure.value: s.period for s in SentenceReader(sentence, context, 2024).statements()}
    assert read[393.8] == "2023" and read[44.0] != "2023"


def test_a_change_told_before_the_value_it_is_measured_from_keeps_that_value_s_year() -> None:
    context = Context(subject="Poland", paragraph_subject="Poland", sentence_period="2025")
    sentence = (
        "Over four years, planned spending has risen almost three and a half times, from PLN 57.7 billion in 2022."
    )
    read = {s.figure.value: s.period for s in SentenceReader(sentence, context, 2025).statements()}
    assert read[57.7] == "2022" and read[3.5] == "2022"


def test_a_time_counted_back_from_the_year_the_sentence_stated_is_that_year_s() -> None:
    sentence = (
        "NATO estimated the number of Polish military personnel at about 216,000 in 2024, compared with fewer than "
        "100,000 a decade earlier."
    )
    assert periods(sentence) == {216000.0: "2024", 100000.0: "2014"}


def test_an_earlier_value_s_own_time_beats_a_year_past_its_clause() -> None:
    sentence = (
        "Spending by European allies and Canada came to about USD 507 billion in 2024, up from USD 289 billion ten "
        "years earlier, and NATO put their real-terms growth in 2024 alone at 17.9%."
    )
    assert periods(sentence) == {507.0: "2024", 289.0: "2014", 17.9: "2024"}


def test_a_year_in_the_figure_s_own_clause_beats_one_past_a_clause_break_after_it() -> None:
    sentence = (
        "Poland contracted 32 F-35A fighter jets in 2020 for about USD 4.6 bn, with the first aircraft handed over "
        "in the United States in 2024."
    )
    assert periods(sentence)[4.6] == "2020"


def test_a_figure_told_another_way_keeps_its_time_not_one_past_its_clause() -> None:
    sentence = (
        "Last year the plan for defence in Poland was roughly 159 mld zł, or about 4.2% of GDP, which means the 2025 "
        "envelope is larger by some PLN 27.7 bn."
    )
    assert periods(sentence) == {159.0: "2024", 4.2: "2024", 27.7: "2025"}


def test_a_time_counted_back_that_closes_the_clause_before_is_not_the_next_figure_s() -> None:
    sentence = (
        "Romania's equipment purchases accounted for about 31% of the total in 2024, up from 22% a year earlier, "
        "while the share going to salaries and pensions of personnel fell to 43% from 60%."
    )
    assert periods(sentence)[22.0] == "2023"
    assert periods(sentence)[43.0] == "2024"


def test_a_list_of_levels_each_with_its_own_relative_time_keeps_each_time() -> None:
    """'2.4 percent this year, 2.8 percent next year': the second is next year's, never restating the first's."""
    found = periods("It takes Germany to 2.4 percent of GDP this year, 2.8 percent next year and 3.5 percent in 2029")
    assert (found[2.4], found[2.8], found[3.5]) == ("2025", "2026", "2029")


def test_a_year_a_figure_takes_effect_from_is_its_time_past_a_clause_break() -> None:
    """'raised to 2%, applying from 2016': the level of 2016 on, not of the year it was raised."""
    assert periods("In 2015 the Polish threshold was raised to 2% of GDP, applying from 2016.")[2] == "2016"


@pytest.mark.parametrize(
    ("sentence", "past"),
    [
        ("We have about 160,000 soldiers and we need more.", False),
        ("Spending will indeed exceed 3% of GDP.", False),
        ("We have 160,000 men and women in the armed forces.", False),
        ("We have raised the fleet to 115 aircraft.", False),
        ("Allies agreed on 2% of GDP.", True),
        ("Poland spent 4.1% and raised its target.", True),
    ],
)
def test_a_word_ending_in_ed_that_is_no_past_tense_tells_no_past(sentence: str, past: bool) -> None:
    assert SentenceReader(sentence, Context(), 2025).told_in_past() is past


def test_a_transcript_s_sentence_in_the_present_after_one_dating_an_event_is_of_the_time_of_speaking(
    tmp_path: Path,
) -> None:
    (tmp_path / "interview.txt").write_text(
        "INTERVIEW\nRecorded in Rome, 8 July 2025.\n\nA: Then ammunition, where Europe discovered in 2022 that the "
        "stocks were too thin. Then people: we have about one hundred and sixty thousand men and women in the armed "
        "forces and we need more.\n",
        encoding="utf-8",
    )
    counts = {fact.value: fact.period for fact in build_knowledge_base(tmp_path).facts if fact.value == 160_000}
    assert counts == {160_000: "2025"}


@pytest.mark.parametrize(
    "restating", ["In money that is around thirty-two billion euros.", "In cash terms, that is EUR 32 billion."]
)
def test_a_figure_told_again_in_another_unit_is_of_the_previous_sentence_s_period(
    tmp_path: Path, restating: str
) -> None:
    (tmp_path / "interview.txt").write_text(
        "INTERVIEW\nRecorded in Rome, 8 July 2025.\n\nA: By NATO's way of counting, last year we were at about one and "
        f"a half percent of GDP. {restating}\n",
        encoding="utf-8",
    )
    periods = {fact.value: fact.period for fact in build_knowledge_base(tmp_path).facts}
    assert periods == {1.5: "2024", 32: "2024"}


def test_a_sentence_opening_in_another_unit_on_its_own_keeps_its_own_time(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(
        "NOTE\nRome, 8 July 2025.\n\nItaly was at 1.5% of GDP in 2024. In real terms spending is rising by 4%.\n",
        encoding="utf-8",
    )
    periods = {fact.value: fact.period for fact in build_knowledge_base(tmp_path).facts}
    assert periods[4] == "2025"


def test_an_amount_across_two_years_is_of_their_span() -> None:
    sentence = "The Government will create a fund worth DKK 50 billion across 2025 and 2026."
    assert periods(sentence) == {50.0: "2025-2026"}


def date_subjects(sentence: str, year: int = 2025) -> list[tuple[float, list[str]]]:
    reader = SentenceReader(sentence, Context(), year)
    subjects = {stated.figure.start: stated.subjects[-1] for stated in reader.statements()}
    return [(stated.figure.value, stated.subjects) for stated in reader.dates(subjects)]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # a capital between the date and the colon is where the event was held, not who did it
        ("9 July 2016 — Warsaw: Allies agree to deploy four multinational battlegroups.", "NATO Allies"),
        # the data a source released, not those whose figures they are
        (
            "22 June 2015 — Brussels: NATO figures show that spending by European Allies and Canada is drifting down.",
            "NATO Allies",
        ),
        (
            "22 June 2015 — Brussels: spending by European Allies and Canada is drifting down, NATO figures show.",
            "European Allies and Canada",
        ),
    ],
)
def test_the_date_opening_a_dated_line_is_of_who_did_its_event(sentence: str, subject: str) -> None:
    assert date_subjects(sentence, 2016) == [(float(sentence.split()[2]), [subject])]


def test_a_date_names_no_one_past_a_semicolon_as_its_doer() -> None:
    sentence = "29 June 2022 — Madrid: a new force model is agreed; Finland and Sweden are invited to join."
    dated = date_subjects(sentence)
    assert [value for value, _ in dated] == [2022.0]
    assert all("Finland" not in names for _, names in dated)


def test_a_year_dating_a_thing_s_event_does_not_date_the_next_sentence(build_note) -> None:
    """'… the EUR 100 billion special fund agreed in 2022. Poland increased its spending by 31% to USD 38.0 billion':
    2022 is the fund's date, not the time the paragraph speaks of (2024)."""
    facts = build_note(
        "Europe spent 17 per cent more on its militaries in 2024 than in 2023. Much of the growth came from the EUR"
        " 100 billion special fund for the Bundeswehr agreed in 2022. Poland increased its spending by 31% to USD"
        " 38.0 billion, or 4.2% of GDP."
    )
    assert {fact.period for fact in facts if fact.value in {31, 38.0, 4.2}} == {"2024"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By 2028 Norway's equipment line is planned to be 35.5% higher than in 2025.", {35.5: "2025-2028"}),
        ("Norway's spending in 2024 was 62% higher than in 2014.", {62.0: "2014-2024"}),
        # over one year the change stays the year it ends in
        ("Norway's spending was 17% higher in 2024 than in 2023.", {17.0: "2024"}),
    ],
)
def test_a_change_several_years_after_the_year_it_is_compared_with_is_over_the_span(
    sentence: str, expected: dict[float, str]
) -> None:
    assert periods(sentence) == expected


def test_a_span_counted_back_from_its_last_year_is_the_period_of_its_clause_s_figures() -> None:
    """'over 8 years to 2033': the eight years ending in 2033, not the year a plan was adopted in, nor its last year
    alone; a figure 'over the period' in the same sentence is of that span too."""
    sentence = (
        "The equipment plan agreed in 2025 adds DKK 90 billion over 8 years to 2033, "
        "for total spending of about DKK 600 billion over the period."
    )
    assert periods(sentence) == {90: "2026-2033", 8: "2026-2033", 600: "2026-2033"}
    assert periods("Spain will borrow EUR 20 billion over ten years until 2035.") == {20: "2026-2035", 10: "2026-2035"}


def test_a_span_set_against_a_deadline_dates_the_same_thing_at_each_end() -> None:
    """'ready by 2029, not in 2034–2037 as planned': the span says when it would have been, its first and last year."""
    sentence = "Estonia said the new brigade should be ready by 2029, not in 2034–2037 as planned."
    assert dates(sentence) == [2029, 2034, 2037]
    assert dates("Estonia will spend 3% of GDP from 2026 to 2029.") == []  # a span a figure is of dates nothing
    # after a date, a span of the figures after it is still theirs, no date of its own
    assert dates("In January 2025 Latvia decided that from 2026 to 2029 spending will be 4% of GDP.") == [2025]


def test_the_years_of_a_base_compared_with_are_the_base_s_only() -> None:
    sentence = "Portugal spends €15 billion on equipment, 40% more than the €10.7 billion of the 2019 law."
    read = periods(sentence)
    assert read[10.7] == "2019"
    assert read[15.0] != "2019" and read[40.0] != "2019"  # of the time the document speaks of, not the base's


def test_a_span_of_a_base_compared_with_dates_neither_the_sentence_nor_the_one_after(tmp_path: Path) -> None:
    text = (
        "The military programming law programmes €30 billion of needs over seven years.\n\n"
        "Of the €30 billion, €15 billion goes to equipment, 40% more than the €10.7 billion of the 2017–2023 law. "
        "Of this, €2 billion goes to munitions. Inflation is expected to absorb roughly €3 billion of it.\n"
    )
    (tmp_path / "law.md").write_text(text, encoding="utf-8")
    title = "Portugal: the military programming law 2024–2030"
    (tmp_path / "catalog.toml").write_text(f'["law.md"]\ntitle = "{title}"\npublished = "2025-07-15"\n')
    facts = {fact.value: fact.period for fact in build_knowledge_base(tmp_path).facts if fact.value is not None}
    # 'over seven years' in a document on the 2024–2030 law is that span; the old law's span is its figure's only
    assert facts[30.0] == facts[15.0] == facts[40.0] == facts[2.0] == "2024-2030"
    assert facts[3.0] == "2024-2030"  # 'of it': a part of what the sentence before spoke of
    assert facts[10.7] == "2017-2023"


def test_the_years_counted_after_over_the_are_no_base_compared_with() -> None:
    assert periods("Portugal's law commits €30 billion over the seven years from 2024 to 2030.")[30.0] == "2024-2030"


def test_a_year_closing_the_words_a_colon_spells_out_dates_the_figure_after_it() -> None:
    assert periods("And 2.9 is Lisbon's plan for 2026: 9.1 billion euros.")[9.1] == "2026"
    assert periods("Portugal's spending in 2024: 4.1% of GDP, up from 3.9% in 2023.") == {4.1: "2024", 3.9: "2023"}


def test_a_day_s_date_before_a_colon_dates_no_figure_after_it() -> None:
    read = periods("The Vilnius Summit Declaration, 12 July 2023: 2 per cent of GDP by 2030 for every ally.")
    assert read[2.0] != "2023"


def test_a_deadline_in_a_clause_with_a_subject_of_its_own_is_no_figure_s_before_it() -> None:
    sentence = (
        "Last year it raised its planned order of corvettes from 4 to 6 ships, and it is building a new tanker with "
        "Norway under a joint programme, which aims to deliver the ship by 2031."
    )
    reader = SentenceReader(sentence, Context(subject="Denmark"), 2025)
    assert {stated.figure.value: stated.period for stated in reader.statements()} == {4.0: "2024", 6.0: "2024"}


def test_two_years_after_for_are_one_span_unless_each_has_its_figure() -> None:
    def periods_of(sentence: str) -> dict[float, str | None]:
        reader = SentenceReader(sentence, Context(subject="Denmark", paragraph_subject="Denmark"), 2025)
        return {stated.figure.value: stated.period for stated in reader.statements()}

    assert periods_of("The government set up a fund of EUR 4 billion for 2026 and 2027.") == {4.0: "2026-2027"}
    respective = periods_of("Spending came to 1.9% and 2.2% of GDP for 2023 and 2024 respectively.")
    assert respective and "2023-2024" not in respective.values()


def test_a_span_named_after_the_years_it_counts_is_the_amount_s() -> None:
    sentence = "Under the plan presented in May 2024, Austria will add EUR 18 billion over 10 years, covering {}."
    assert periods(sentence.format("2025-2034"))[18.0] == "2025-2034"
    assert periods(sentence.format("2025-2030"))[18.0] != "2025-2030"  # six years are not the ten it counts


def subjects_of_dates(sentence: str, subject: str = "Greece") -> list[tuple[float, list[str]]]:
    reader = SentenceReader(sentence, Context(subject=subject, paragraph_subject=subject), 2025)
    figure_subjects = {stated.figure.start: stated.subjects[-1] for stated in reader.statements()}
    return [(stated.figure.value, stated.subjects) for stated in reader.dates(figure_subjects)]


def test_a_wire_story_s_dateline_dates_the_story_not_its_country() -> None:
    assert subjects_of_dates("ATHENS, 14 April 2025 (Harbour Wire) – Greece will buy two more frigates.") == []
    assert subjects_of_dates("NEW YORK, 3 June 2025 (Harbour Wire) – Greece signed a frigate deal.") == []
    release = "ATHENS, 3 June 2025 — The government has approved a frigate deal, the ministry announced."
    assert subjects_of_dates(release) == [(2025.0, ["Greece"])]  # a release's own dateline: its publisher's day
    assert subjects_of_dates("Greece signed a frigate deal on 3 June 2025.") == [(2025.0, ["Greece"])]


def test_a_body_s_leaders_acting_together_did_what_the_date_tells() -> None:
    backed = "EU leaders backed the loan scheme at a summit on 20 March."
    assert subjects_of_dates(backed) == [(2025.0, ["European Union"])]
    sentence = "The minister said Greece would be ready when NATO leaders meet in Vilnius on 8-9 July."
    assert subjects_of_dates(sentence) == [(2025.0, ["NATO Allies"])]
    assert subjects_of_dates("Greece briefed EU leaders on its plan on 20 March.") == [(2025.0, ["Greece"])]


def test_a_date_of_a_person_or_a_thing_the_entity_list_does_not_know_is_no_entity_s() -> None:
    person = "Anna Berg, the former finance minister, became defence minister on 2 May 2024, succeeding Olaf Lund."
    assert subjects_of_dates(person) == []
    thing = "It is building a tanker with Norway under the Nordic Tanker Programme, which aims to deliver it by 2031."
    assert subjects_of_dates(thing) == []
