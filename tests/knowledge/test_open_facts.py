"""The open fact model on sentences of the kinds issue 9 names: lists, pronouns, asides, sources, tables."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from knowledge.cues import CueFile, cues
from knowledge.engine import Engine
from knowledge.figures import FigureKind, find_figures, tokenize
from knowledge.models import Fact, Unit
from knowledge.open_facts import is_dateline, is_reference
from knowledge.sentence import Context, SentenceReader
from knowledge.sentence_labels import SPEAKER_TURN
from knowledge.snapshot import build_knowledge_base


def figures_of(sentence: str) -> list[tuple[FigureKind, float]]:
    return [(figure.kind, figure.value) for figure in find_figures(tokenize(sentence))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Poland spent 4.12% of GDP.", [(FigureKind.PERCENT, 4.12)]),
        ("It rose 9.4 per cent.", [(FigureKind.PERCENT, 9.4)]),
        ("They invested $485 billion.", [(FigureKind.MONEY, 485.0)]),
        ("a 100 billion euro special fund", [(FigureKind.MONEY, 100.0)]),
        ("PLN 186.6 billion", [(FigureKind.MONEY, 186.6)]),
        ("Twenty-three of NATO's 32 allies", [(FigureKind.COUNT, 23.0), (FigureKind.COUNT, 32.0)]),
        ("up to 1,000 K2 tanks", [(FigureKind.COUNT, 1000.0)]),
        ("the fourth-largest spender", [(FigureKind.RANK, 4.0)]),
        ("every year from 2026 to 2030", [(FigureKind.YEAR, 2026.0)]),
        ("almost three times the 2024 level", [(FigureKind.MULTIPLE, 3.0), (FigureKind.YEAR, 2024.0)]),
        ("Ten years ago it was different.", []),
    ],
)
def test_figures_by_shape(sentence: str, expected: list[tuple[FigureKind, float]]) -> None:
    assert figures_of(sentence) == expected


def test_money_keeps_currency_and_scale() -> None:
    (figure,) = find_figures(tokenize("about 10.8 trillion roubles"))
    assert (figure.currency, figure.scale) == ("RUB", 1e12)


@pytest.fixture(scope="module")
def build(build_note):
    return build_note


def find(facts: list[Fact], value: float) -> list[Fact]:
    return [fact for fact in facts if fact.value == value]


def one(facts: list[Fact], value: float) -> Fact:
    found = find(facts, value)
    assert len(found) == 1, found
    return found[0]


def test_each_item_of_a_list_is_its_own_fact(build) -> None:
    facts = build("Five allies spent more than 3% of GDP in 2024: Estonia (3.38%), Norway (3.35%) and Denmark (3.22%).")
    assert {(one(facts, v).subject, one(facts, v).measure_kind) for v in (3.38, 3.35, 3.22)} == {
        ("Estonia", "share_of_gdp"),
        ("Norway", "share_of_gdp"),
        ("Denmark", "share_of_gdp"),
    }
    assert all(one(facts, v).period == "2024" for v in (3.38, 3.35, 3.22))


def test_entities_joined_before_each_share_the_figure(build) -> None:
    facts = build("Spain comes last at 1.28% of GDP, just behind Luxembourg and Slovenia at 1.29% each.")
    assert sorted(fact.subject for fact in find(facts, 1.29)) == ["Luxembourg", "Slovenia"]
    assert one(facts, 1.28).subject == "Spain"


def test_an_aside_is_not_the_subject(build) -> None:
    fact = one(build("Military expenditure in Europe, including Russia, rose by 17% in 2024."), 17)
    assert (fact.subject, fact.measure_kind) == ("Europe", "change")


def test_a_capital_names_its_country_only_when_nothing_else_does(build) -> None:
    facts = build("Germany, long criticised in Washington for spending too little, is estimated at 2.12% of GDP.")
    assert one(facts, 2.12).subject == "Germany"
    assert one(facts, 2.12).estimate


def test_a_pronoun_takes_the_previous_sentence_subject(build) -> None:
    facts = build("Poland again tops the ranking. NATO estimates that it will devote 4.12% of GDP in 2024.")
    fact = one(facts, 4.12)
    assert (fact.subject, fact.cited_source) == ("Poland", "NATO Allies")


def test_a_share_of_world_spending_is_not_a_share_of_the_alliance(build) -> None:
    facts = build("American spending accounted for 37% of all military spending worldwide in 2024.")
    fact = one(facts, 37)
    assert (fact.subject, fact.measure_kind) == ("United States", "share_of_total")
    assert "worldwide" in (fact.measure_text or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "American spending accounted for 37% of all military spending worldwide and 66% of NATO's in 2024.",
        "Germany spent 45% of its defence budget on personnel in 2024.",
    ],
)
def test_a_share_of_another_whole_is_never_stated_as_a_share_of_alliance_spending(build, sentence: str) -> None:
    facts = build(sentence)
    assert facts
    assert all(fact.measure != "share_of_alliance_spending" for fact in facts if fact.value in (37, 45))
    assert all(fact.open_only for fact in facts if fact.value in (37, 45))


def test_a_change_not_said_to_be_real_is_never_stated_in_real_terms(build) -> None:
    from knowledge.phrasing import statement  # noqa: PLC0415 - the wording under test

    nominal = one(build("China announced that its official defence budget would rise by 7.2% in 2025."), 7.2)
    assert nominal.measure_kind == "change"
    assert "real terms" not in statement(nominal)
    real = one(build("Canada's defence spending rose by 6.1% in real terms in 2024."), 6.1)
    assert "real terms" in statement(real)


def test_non_members_and_the_world_are_subjects(build) -> None:
    facts = build(
        "World military expenditure reached $2718 billion in 2024, according to SIPRI. China spent $314 billion."
    )
    world = one(facts, 2718)
    assert (world.subject, world.measure_kind, world.currency, world.cited_source) == ("World", "money", "USD", "SIPRI")
    assert one(facts, 314).subject == "China"


def test_relative_periods_count_from_the_document_date(build) -> None:
    facts = build("Poland spent 4.12% of GDP last year. This year it plans 4.7% of GDP.")
    assert one(facts, 4.12).period == "2024"
    assert one(facts, 4.7).period == "2025"


def test_a_comparison_year_is_not_the_period(build) -> None:
    facts = build("World spending in 2024 was 9.4% more than in 2023.")
    assert one(facts, 9.4).period == "2024"


def test_deadlines_and_events_are_date_facts(build) -> None:
    facts = build("Canada has promised to reach 2% of GDP by 2032. The fund was set up in 2022.")
    dates = {fact.value: fact for fact in facts if fact.measure_kind == "date"}
    assert set(dates) == {2032.0, 2022.0}
    assert dates[2032.0].subject == "Canada"
    assert "deadline" in dates[2032.0].qualifiers
    assert dates[2032.0].unit is Unit.DATE


def test_a_statement_of_no_known_measure_is_kept_as_other(build) -> None:
    fact = one(build("Germany printed 3% of the posters in 2025."), 3)
    assert (fact.subject, fact.measure_kind, fact.period) == ("Germany", "other", "2025")
    assert "posters" in (fact.measure_text or "")
    assert fact.open_only


def test_section_heading_gives_the_subject(build) -> None:
    text = "# Budgets\n\n## Poland\n\nThe budget for this year is planned at PLN 186.6 billion, or 4.7% of GDP.\n"
    facts = build(text, name="note.md")
    assert one(facts, 186.6).subject == "Poland"
    assert one(facts, 4.7).subject == "Poland"
    assert one(facts, 186.6).currency == "PLN"


def test_markdown_table_cells_are_facts_cited_by_row_and_column(build) -> None:
    text = (
        "# Who spends what\n\nFigures for 2024.\n\n"
        "| Country | Spending (US$ bn) | Share of GDP (%) | Change (%) |\n"
        "|---|---|---|---|\n"
        "| United States | 997 | 3.4 | 5.7 |\n"
        "| China | 314 | 1.7 | 7.0 |\n"
    )
    facts = build(text, name="table.md")
    share = one(facts, 1.7)
    assert (share.subject, share.measure_kind, share.period) == ("China", "share_of_gdp", "2024")
    assert share.citation.row_label == "China"
    assert share.citation.column_label == "Share of GDP (%)"
    assert share.citation.quote == "| China | 314 | 1.7 | 7.0 |"
    assert share.citation.locator == "table 1, row 2 (China), column 'Share of GDP (%)'"
    money = one(facts, 997)
    assert (money.measure_kind, money.currency, money.scale) == ("money", "USD", 1e9)
    assert one(facts, 5.7).measure_kind == "change"


def test_open_only_facts_are_not_candidates_of_the_current_engine(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("China spent $314 billion in 2024.", encoding="utf-8")
    kb = build_knowledge_base(tmp_path)
    assert kb.facts
    assert all(fact.open_only for fact in kb.facts)
    assert Engine(kb).facts == []


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ('"This is a quantum leap," Secretary-General Mark Rutte said.', "Mark Rutte", "This is a quantum leap"),
        ('"It is not enough," said Pete Hegseth.', "Pete Hegseth", "It is not enough"),
        ("Mark Rutte said last month that allies invested about $485 billion.", "Mark Rutte", "allies invested"),
        ("Pete Hegseth told allies in Brussels in February that 2% was not enough.", "Pete Hegseth", "2% was not"),
        ("According to SIPRI, world spending rose for the tenth year.", "SIPRI", "world spending rose"),
        (
            '"We are in an era of rearmament," Commission President Ursula von der Leyen said in March, '
            '"and Europe is ready to boost its defence spending."',
            "Ursula von der Leyen",
            "era of rearmament … and Europe is ready",
        ),
    ],
)
def test_who_said_what(build_all, text: str, speaker: str, words: str) -> None:
    said = [fact for fact in build_all(text) if fact.measure_kind == "said"]
    assert [(fact.subject, words in (fact.text or "")) for fact in said] == [(speaker, True)]


def test_a_quotation_alone_keeps_the_previous_speaker(build_all) -> None:
    text = 'Mark Rutte said that allies must spend more. "We will get there," he added. "It will take years."'
    said = [fact for fact in build_all(text) if fact.measure_kind == "said"]
    assert [fact.subject for fact in said] == ["Mark Rutte", "Mark Rutte"]
    assert said[-1].text == "It will take years"


@pytest.fixture(scope="module")
def build_all(build_note):
    return functools.partial(build_note, every_fact=True)


def test_tab_separated_table_in_plain_text(build) -> None:
    text = "Spending in 2024.\n\nCountry\tShare of GDP (%)\nPoland\t4.12\nEstonia\t3.43\n"
    facts = build(text, name="tabs.txt")
    estonia = one(facts, 3.43)
    assert (estonia.subject, estonia.measure_kind, estonia.period) == ("Estonia", "share_of_gdp", "2024")
    assert estonia.citation.quote == "Estonia\t3.43"
    assert estonia.citation.column_label == "Share of GDP (%)"


def test_an_open_fact_reads_in_the_documents_own_words(build) -> None:
    from knowledge.phrasing import statement  # noqa: PLC0415 - the wording under test

    facts = build("Poland (4.12%), Estonia (3.43%) and Latvia (3.15%) spent the most as a share of GDP in 2024.")
    assert statement(one(facts, 3.43)) == "Estonia, 2024: **3.43% of GDP** — “Estonia (3.43%)”"
    date = one(build("Canada has promised to reach 2% of GDP by 2032."), 2032)
    assert statement(date) == "Canada, 2032: **2032** — “Canada has promised to reach 2% of GDP by 2032.”"


def test_a_fall_is_marked_and_new_countries_are_their_own_subjects(build) -> None:
    facts = build("Lebanon's spending rose by 58% in 2024, while Iran's fell by 10% and Egypt's was 4 pc lower.")
    assert (one(facts, 58).subject, one(facts, 58).qualifiers) == ("Lebanon", ())
    assert (one(facts, 10).subject, one(facts, 10).measure_kind, one(facts, 10).qualifiers) == (
        "Iran",
        "change",
        ("decrease",),
    )
    assert (one(facts, 4).subject, one(facts, 4).qualifiers) == ("Egypt", ("decrease",))


def test_an_aside_after_the_name_is_not_the_subject(build) -> None:
    fact = one(build("Europe, Russia included, climbed 17% in 2024."), 17)
    assert (fact.subject, fact.measure_kind) == ("Europe", "change")


def test_what_a_whole_includes_is_not_the_subject(build) -> None:
    """'…, and SIPRI includes Russia in that, rose …': Russia is part of the whole whose figures follow."""
    facts = build("European spending, and SIPRI includes Russia in that, rose 17% to $693 billion in 2024.")
    assert "Russia" not in {one(facts, 17).subject, one(facts, 693).subject}
    fact = one(build("The total includes Russia at 7.1% of GDP in 2024."), 7.1)
    assert fact.subject == "Russia"  # a name owning its figure ('at 7.1%') stays its subject


def test_a_dateline_dates_a_document_without_a_catalog_date(build) -> None:
    text = "Spending update\n10 February 2025\n\nBRUSSELS - Poland spent 4.12% of GDP on defence last year."
    facts = build(text, catalog='title = "Spending update"')
    assert one(facts, 4.12).period == "2024"


def test_a_guessed_period_is_not_recognised(build) -> None:
    facts = build("Italy is put at 1.49% of GDP. Spain spent 1.28% of GDP in 2024.", catalog='title = "Shares"')
    assert one(facts, 1.28).recognised
    assert not one(facts, 1.49).recognised


def test_a_subject_no_word_of_the_sentence_names_is_not_recognised(build) -> None:
    facts = build("Poland spent 4.12% of GDP in 2024. The budget grew by 9% in 2024.")
    assert one(facts, 4.12).recognised
    assert (one(facts, 9).subject, one(facts, 9).recognised) == ("Poland", False)


def test_a_pipe_table_without_outer_pipes_and_signed_cells(build) -> None:
    text = (
        "Figures are for 2024.\n\n"
        "Country | Spending (US$ bn) | Change vs 2023 | Share of GDP\n"
        "United States | 997 | +5.7% | 3.4%\n"
        "Japan | 55.3 | +21% | 1.4%\n"
    )
    facts = build(text, name="faq.txt")
    change = one(facts, 21)
    assert (change.subject, change.measure_kind, change.period) == ("Japan", "change", "2024")
    assert change.citation.column_label == "Change vs 2023"
    assert (one(facts, 55.3).measure_kind, one(facts, 1.4).measure_kind) == ("money", "share_of_gdp")


def test_countries_pointed_back_at_are_no_one_entity(build) -> None:
    facts = build(
        "Germany, at $88.5 billion, and India, at $86.1 billion, complete the top five. "
        "Together those five countries spent $1,635 billion, or 60% of the global total."
    )
    assert not find(facts, 1635) and not find(facts, 60)
    assert one(facts, 86.1).subject == "India"


def test_a_surge_is_a_change(build) -> None:
    facts = build("Israel's outlays soared 65% to $46.5 billion, equal to 8.8% of GDP.")
    assert (one(facts, 65).measure_kind, one(facts, 8.8).measure_kind) == ("change", "share_of_gdp")


@pytest.mark.parametrize(
    ("text", "ranked"),
    [
        ("Britain is the alliance's third-largest spender in cash terms.", "United Kingdom"),
        ("Germany spent more. SIPRI ranks it the world's fourth-largest military spender.", "Germany"),
    ],
)
def test_the_scope_of_a_rank_is_not_the_one_ranked(build, text: str, ranked: str) -> None:
    rank = next(fact for fact in build(text) if fact.measure_kind == "rank")
    assert rank.subject == ranked


def test_a_count_of_allies_is_not_the_alliance_s_membership(build) -> None:
    facts = build(
        "In 2023 the count was eleven, and as late as February 2024 the alliance expected just 18 allies to reach it."
    )
    assert all(fact.measure != "membership" for fact in facts)
    assert [fact.measure for fact in build("NATO has 32 member states.")] == ["membership"]


def test_a_date_is_stated_with_its_day_and_month(build) -> None:
    facts = build("## Britain\n\nThe Strategic Defence Review published on 2 June 2025 sets out the plan.", name="n.md")
    date = next(fact for fact in facts if fact.measure_kind == "date")
    assert (date.text, date.value, date.subject) == ("2 June 2025", 2025, "United Kingdom")


def test_an_aside_s_relative_period_is_not_the_sentence_s(build) -> None:
    facts = build("Türkiye, which hosts next year's summit, was put at 2.09%, and Romania at 2.25%.")
    assert {one(facts, 2.09).period, one(facts, 2.25).period} == {"2025"}  # the note is dated 2025-03-06


def test_a_possessive_before_a_superlative_is_its_scope(build) -> None:
    facts = build("Spain trails. It was the alliance's lowest spender last year, at 1.28% of GDP.")
    assert one(facts, 1.28).subject == "Spain"


def test_a_title_naming_the_alliance_s_leaders_is_about_the_alliance(build) -> None:
    text = (
        "Leaders gathered.\n\nHow the target breaks down: 3.5% for core defence and 1.5% for wider security spending."
    )
    facts = build(text, catalog='title = "LIVE: NATO leaders agree 5% spending pledge"\npublished = "2025-06-25"')
    assert one(facts, 3.5).subject == "NATO Allies"


def test_a_later_part_of_a_sentence_keeps_its_own_year(build) -> None:
    """'In 2014, when …, only three … met it; …; and only in 2024 … did 23 of the 32 allies clear the bar':
    the 23 of 32 are 2024's, never '23 of 32 met the target in 2014'."""
    facts = build(
        "In 2014, when the allies first promised to move towards 2%, only three of the then 28 members met the "
        "guideline; by 2023 the count had crept up to 11 of 31; and only in 2024, on NATO's own estimates, "
        "did 23 of the 32 allies clear the bar."
    )
    assert {fact.period for fact in find(facts, 23)} == {"2024"}
    assert all(fact.period == "2014" for fact in find(facts, 3) if fact.total == 28)


def test_a_slot_restated_in_its_own_words_keeps_the_open_model_s_period(build) -> None:
    facts = build(
        "In 2014, when the allies first promised to move towards 2%, only three of the then 28 members met the "
        "guideline; and only in 2024, on NATO's own estimates, did 23 of the 32 allies meet the target."
    )
    assert all(fact.period == "2024" for fact in facts if fact.measure == "members_meeting_target")


def test_a_spoken_figure_quotes_the_sentence_as_said(build) -> None:
    facts = build("NATO estimates Polish defence spending at about four point five percent of GDP in 2025.")
    fact = one(facts, 4.5)
    assert (fact.subject, fact.measure_kind, fact.period) == ("Poland", "share_of_gdp", "2025")
    assert "four point five percent" in fact.citation.quote


def test_a_goal_year_ahead_of_the_document_is_a_date(build) -> None:
    facts = build("Czechia: the government plans to add 0.2 percentage points a year to reach 3% in 2030.")
    assert any(fact.unit is Unit.DATE and fact.value == 2030 and fact.subject == "Czechia" for fact in facts)


def test_a_sentence_naming_no_one_dates_what_the_document_is_about(build) -> None:
    facts = build(
        "NATO allies agreed a new pledge. NATO allies will spend 5% of GDP by 2035.\n\n"
        "The path and the balance of spending are to be reviewed in 2029."
    )
    review = one(facts, 2029)
    assert (review.subject, review.unit) == ("NATO Allies", Unit.DATE)


def test_a_table_column_of_allies_counts_them(build) -> None:
    facts = build(
        "## How many allies meet the guideline?\n\n| Year | Allies | At or above 2% |\n|---|---|---|\n"
        "| 2014 | 28 | 3 |\n| 2024 | 32 | 23 |\n",
        name="note.md",
    )
    met = one(facts, 23)
    assert (met.measure_kind, met.unit, met.period, met.citation.column_label) == (
        "count",
        Unit.COUNT,
        "2024",
        "At or above 2%",
    )


def test_a_share_of_a_named_economy_is_of_whom_it_names(build) -> None:
    facts = build(
        "World military spending rose 9.4% in 2024. Military spending equalled 7.1% of Russian GDP and 19% of all "
        "Russian government spending. Ukraine spent $64.7 billion. That was equivalent to 43% of Russia's spending."
    )
    assert (one(facts, 7.1).subject, one(facts, 7.1).measure_kind) == ("Russia", "share_of_gdp")
    assert (one(facts, 19).subject, one(facts, 19).measure_kind) == ("Russia", "share_of_total")
    assert one(facts, 43).subject == "Ukraine"  # 'That …' points back: Russia's spending is the whole


@pytest.mark.parametrize(
    "sentence",
    [
        "That makes Russia the third-largest spender in the world, with about 5.5% of the global total.",
        "Russia is the biggest spender among all European countries, with 5.5% of world spending.",
    ],
)
def test_the_whole_of_a_share_is_not_its_subject(build, sentence: str) -> None:
    facts = build(f"World military spending rose 9.4% in 2024. {sentence}")
    assert (one(facts, 5.5).subject, one(facts, 5.5).measure_kind) == ("Russia", "share_of_total")


def test_a_multiple_is_a_ratio_of_its_subject_never_a_percentage_of_the_compared(build) -> None:
    facts = build(
        "NATO's combined outlay was about ten times Russia's estimated spending, and more than three times China's. "
        "The United States alone spent $997 billion, more than three times China's estimated $314 billion. "
        "Russia's spending grew by 38% and is now roughly double what it spent in 2015."
    )
    ten, three = one(facts, 10), find(facts, 3)
    assert (ten.subject, ten.measure_kind, ten.unit) == ("NATO Allies", "other", Unit.TIMES)
    assert [(f.subject, f.measure_kind, f.unit) for f in three] == [
        ("NATO Allies", "other", Unit.TIMES),
        ("United States", "other", Unit.TIMES),
    ]
    assert one(facts, 314).subject == "China"  # the compared entity's own figure stays its
    double = one(facts, 2)  # a multiple of its own past is a change, still a ratio
    assert (double.subject, double.measure_kind, double.unit) == ("Russia", "change", Unit.TIMES)


@pytest.mark.parametrize(
    "text",
    [
        "At The Hague, allies pledged to spend 5% of GDP by 2035, with 3.5% for core defence and 1.5% for "
        "wider security.",
        "At The Hague, allies pledged to spend 5% of GDP by 2035. Three point five percent is for core defence. "
        "The remaining 1.5% can cover resilience and infrastructure.",
        "## The pledge\n\nLeaders of all 32 NATO allies are here. The headline: a new target of 5% of GDP by "
        "2035.\n\nHow the target breaks down: 3.5% core and 1.5% related spending.",
    ],
)
def test_a_part_of_a_goal_is_of_the_goal_s_deadline(build, text: str) -> None:
    facts = build(text, name="n.md", catalog='title = "NATO leaders agree 5% pledge"\npublished = "2025-06-25"')
    for value in (3.5, 1.5):
        part = one(facts, value)
        assert (part.subject, part.measure_kind, part.period) == ("NATO Allies", "share_of_gdp", "2035")


def test_a_figure_of_its_own_year_or_of_another_subject_is_no_part_of_a_goal(build) -> None:
    facts = build(
        "At The Hague, allies pledged to spend 5% of GDP by 2035. Poland already spends 4.1% on core defence. "
        "Allies spent at least 2.2% on core defence in 2024."
    )
    assert one(facts, 4.1).period != "2035"
    assert one(facts, 2.2).period == "2024"


def test_a_list_goes_on_from_its_introduction(build) -> None:
    facts = build(
        "## The commitment\n\nLeaders agreed a new spending goal. Its main elements are:\n\n"
        "1. Allies will spend 5% of GDP a year on defence and security by 2035.\n"
        "2. At least 3.5% of GDP is reserved for core defence requirements.\n",
        name="n.md",
    )
    core = one(facts, 3.5)
    assert (core.subject, core.period) == ("NATO Allies", "2035")


def test_every_ally_is_the_alliance_in_documents(build) -> None:
    facts = build("In June, NATO leaders meeting in The Hague agreed that every ally should spend 5% of GDP by 2035.")
    assert one(facts, 5).subject == "NATO Allies"


def test_a_country_s_government_is_the_country_not_a_title(build) -> None:
    facts = build(
        "Russia keeps spending. Norway's government proposed on Monday to raise defence spending to about "
        "NOK 130 billion next year."
    )
    assert one(facts, 130).subject == "Norway"


def test_the_words_of_an_aside_say_nothing_of_the_figure_after_it(build) -> None:
    facts = build(
        "Poland spends 4.1% of GDP. Estonia, which was among the first to call for a higher target, sits at about 3.4%."
    )
    estonia = one(facts, 3.4)
    assert (estonia.subject, estonia.measure_kind) == ("Estonia", "share_of_gdp")


def test_a_central_bank_s_rates_and_an_area_s_inflation_are_theirs(build) -> None:
    facts = build(
        "Sweden spent 2.14% of GDP on defence in 2024. Sweden's central bank lowered its policy rate to 2.25% last "
        "week. Annual inflation in the euro area fell to 1.9% in May from 2.2% in April, the first reading below "
        "the European Central Bank's 2% target since September. Services inflation cooled to 3.2%. The ECB cut "
        "its deposit rate to 1.75%. Britain's consumer price inflation eased to 3.4%."
    )
    assert (one(facts, 2.25).subject, one(facts, 2.25).measure_kind) == ("Riksbank", "other")
    for value in (1.9, 2.2, 3.2):
        assert (one(facts, value).subject, one(facts, value).measure_kind) == ("Euro area", "change")
    assert one(facts, 2).subject == "European Central Bank"
    assert one(facts, 1.75).subject == "European Central Bank"
    assert (one(facts, 3.4).subject, one(facts, 3.4).measure_kind) == ("United Kingdom", "change")


def test_a_central_bank_s_growth_forecast_is_its_economy_s(build) -> None:
    facts = build("The Bank of Korea cut its 2025 growth forecast to 0.8% from 1.5% and lowered its base rate to 2.5%.")
    assert [(one(facts, v).subject, one(facts, v).measure_kind) for v in (0.8, 1.5)] == [("South Korea", "change")] * 2
    assert (one(facts, 2.5).subject, one(facts, 2.5).measure_kind) == ("Bank of Korea", "other")


def test_a_capital_names_its_country_in_a_hyphenated_or_later_mention(build) -> None:
    facts = build("## Riksbank cuts as Sweden rearms\n\nStockholm plans to borrow up to SEK 300bn.", name="n.md")
    assert one(facts, 300).subject == "Sweden"
    assert one(build("Euro-area inflation slipped to 1.9% in May."), 1.9).subject == "Euro area"


@pytest.mark.parametrize(
    ("text", "value", "subject"),
    [
        ("Poland spends a lot. At 4.1% of GDP, Lithuania is close behind.", 4.1, "Lithuania"),
        ("Russia spends a lot. With $997 billion, the United States is far ahead.", 997, "United States"),
    ],
)
def test_a_figure_in_an_opening_phrase_is_of_the_subject_after_it(build, text: str, value: float, subject: str) -> None:
    assert one(build(text), value).subject == subject


def test_just_over_a_percentage_is_a_level_of_its_year_not_a_floor(build) -> None:
    facts = build("Poland spends 4.1% of GDP. France is only just over two percent. Allies must spend at least 3.5%.")
    france = one(facts, 2)
    assert (france.subject, france.measure_kind, france.period) == ("France", "share_of_gdp", "2025")
    assert "approximate" in france.qualifiers and "minimum" not in france.qualifiers
    assert one(facts, 3.5).period is None  # a floor with no deadline is of no year


def test_a_question_a_speaker_asks_states_no_figure_but_the_goal_it_names(build) -> None:
    facts = build(
        "HOST: Is five percent realistic for everyone?\n\nGUEST: Poland already spends 4.5% of GDP.\n\n"
        "Q: How many allies met the 2% guideline?\n\nA: Twenty-three allies did."
    )
    assert find(facts, 5) == []
    assert one(facts, 4.5).subject == "Poland"
    assert one(facts, 2).subject == "NATO Allies"


@pytest.mark.parametrize(
    "sentence",
    [
        "And there's a review of the whole plan built in for 2029.",
        "The review in 2029 will be the moment of truth.",
        "All three will submit plans to NATO, and the balance will be reviewed in 2029.",
    ],
)
def test_a_review_of_the_pledge_is_the_alliance_s_date(build, sentence: str) -> None:
    pledge = "NATO allies agreed to spend 5% of GDP by 2035."
    facts = build(f"{pledge} Spain says it can meet its goals with about 2.1% of GDP. {sentence}")
    assert one(facts, 2029).subject == "NATO Allies"
    # a review is the pledge's only where the text names the alliance (never a subject the text does not name)
    alone = one(build(f"Spain says it can meet its goals with about 2.1% of GDP. {sentence}"), 2029)
    assert alone.subject == ("NATO Allies" if "NATO" in sentence else "Spain")


def test_a_named_review_is_no_review_of_the_pledge(build) -> None:
    facts = build("Britain spends 2.3% of GDP. The Strategic Defence Review published on 2 June 2025 sets priorities.")
    assert one(facts, 2025).subject == "United Kingdom"


def test_a_year_set_aside_or_pointed_back_at_dates_the_figure_rightly(build) -> None:
    facts = build(
        "Spain announced a €10.471 billion plan to reach 2% this year instead of in 2029. "
        "Norway's total comes to NOK 1,624 billion through 2036. "
        "By then, annual spending should be about 83% higher in real terms."
    )
    assert (one(facts, 2).period, one(facts, 10.471).period) == ("2025", "2025")
    assert one(facts, 83).period == "2036"


def test_a_relative_clause_ends_at_a_semicolon_and_meanwhile_keeps_the_year(build) -> None:
    facts = build(
        "World military spending reached $2,718 billion in 2024. Russia, meanwhile, put 7.1% of its GDP into its "
        "armed forces, which works out at a fifth of all government spending; Israel's outlay jumped by 65% to "
        "$46.5 billion."
    )
    assert [(one(facts, v).subject, one(facts, v).period) for v in (7.1, 65, 46.5)] == [
        ("Russia", "2024"),
        ("Israel", "2024"),
        ("Israel", "2024"),
    ]


def test_a_title_naming_several_subjects_does_not_take_over_a_paragraph(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(
        "Norway's government proposed to raise defence spending to about NOK 130 billion next year.\n\n"
        "The draft compares with roughly NOK 110 billion set aside for defence this year.\n\n"
        "The three Baltic states are already close to 5% of GDP.\n",
        encoding="utf-8",
    )
    catalog = 'title = "Nordic and Baltic states open the purse as Russia threat reshapes budgets"'
    (tmp_path / "catalog.toml").write_text(f'["note.txt"]\n{catalog}\npublished = "2025-10-07"\n', "utf-8")
    facts = build_knowledge_base(tmp_path).facts
    assert one(facts, 110).subject == "Norway"
    assert one(facts, 3).subject == "Baltic states"


def test_a_guideline_the_subject_is_to_reach_is_its_own_level(build) -> None:
    facts = build(
        "Canada to meet NATO's 2 per cent target this fiscal year with more than $9 billion in new spending. "
        "Twenty-three allies met the 3% guideline. Poland spends 4.1% of GDP and backs the 5% target."
    )
    two = one(facts, 2)
    assert (two.subject, two.period) == ("Canada", "2025")
    assert one(facts, 9).subject == "Canada"
    assert one(facts, 3).subject == "NATO Allies"
    assert one(facts, 5).subject == "NATO Allies"  # backing a target is not reaching it


def test_the_current_fiscal_year_is_this_year(build) -> None:
    facts = build("Canada spends 1.4% of GDP. Ottawa said it would reach two percent in the current fiscal year.")
    assert one(facts, 2).period == "2025"


def test_a_time_of_day_is_no_figure() -> None:
    assert figures_of("09:40 CEST The Baltic states want credit for moving first.") == []
    assert figures_of("At 14:30 leaders signed; 32 allies agreed.") == [(FigureKind.COUNT, 32.0)]


def test_a_live_blog_timestamp_heads_its_entry(build) -> None:
    facts = build(
        "LIVE from the summit\n\n"
        "09:40 CEST\nThe Baltic states want credit for moving first. Latvia is aiming for 5% of GDP next year.\n\n"
        "10:38 CEST\nBritain says it will hit 2.5% of GDP by 2027.\n"
    )
    assert 40 not in {fact.value for fact in facts}
    assert one(facts, 5).citation.quote == "Latvia is aiming for 5% of GDP next year."
    assert one(facts, 2.5).citation.quote == "Britain says it will hit 2.5% of GDP by 2027."


def test_a_country_named_in_a_title_is_the_subject_when_no_one_else_is(build) -> None:
    facts = build(
        "Poland's President Andrzej Duda told journalists that his country will spend 4.7% of GDP on defence this "
        "year. France's President Emmanuel Macron said the military programming law, worth EUR 413 billion, would "
        "be revised. SIPRI researcher Xiao Liang noted that more than 100 countries raised their spending."
    )
    assert (one(facts, 4.7).subject, one(facts, 4.7).period) == ("Poland", "2025")
    assert one(facts, 413).subject == "France"
    assert all(fact.subject != "SIPRI" for fact in find(facts, 100))  # a body's staff speak of its work


def test_an_increase_stated_as_an_amount_is_a_change(build) -> None:
    facts = build(
        "Poland plans PLN 200.1 billion for 2026. Compared with the PLN 186.6 billion planned for this year, "
        "the increase is PLN 13.5 billion, or 7.2% in nominal terms."
    )
    assert one(facts, 13.5).measure_kind == "change"
    assert one(facts, 7.2).measure_kind == "change"


def test_a_national_brief_is_about_the_country_most_of_it_names(tmp_path: Path) -> None:
    (tmp_path / "brief.txt").write_text(
        "The draft Budget Act for 2026, which the Council of Ministers submitted to the Sejm, plans defence "
        "spending of PLN 200.1 billion.\n\n"
        "| Year | Defence spending (PLN billion) |\n|------|------|\n| 2024 | 158.7 |\n| 2025 | 186.6 |\n\n"
        "NATO's estimates put Poland at 4.12% of GDP in 2024. A decade earlier, NATO recorded Poland at 1.85%. "
        "Poland has requested EUR 43.7 billion of loans. On the 2026 plan, Poland would exceed 3.5% of GDP. "
        "Russia spent more.\n",
        encoding="utf-8",
    )
    catalog = 'title = "Budget Brief: National defence in the 2026 draft budget"\npublished = "2025-10-06"'
    (tmp_path / "catalog.toml").write_text(f'["brief.txt"]\n{catalog}\n', encoding="utf-8")
    facts = [fact for fact in build_knowledge_base(tmp_path).facts if fact.value is not None]
    # the Sejm names Poland in an aside of the sentence itself: the figure no one else is named for is Poland's
    assert (one(facts, 200.1).subject, one(facts, 200.1).period) == ("Poland", "2026")
    assert (one(facts, 186.6).subject, one(facts, 186.6).period) == ("Poland", "2025")  # a table of years, just after


def test_a_goal_named_again_by_its_level_is_of_its_deadline(build) -> None:
    facts = build(
        "NATO Allies committed to invest 5% of GDP each year on defence by 2035. The 5% is split in two parts. "
        "Poland spends 4.1% of GDP."
    )
    restated = [fact for fact in find(facts, 5) if fact.citation.quote == "The 5% is split in two parts."]
    assert [(fact.subject, fact.period, "target" in fact.qualifiers) for fact in restated] == [
        ("NATO Allies", "2035", True)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Bundeswehr employs 1.5 million people.", [(FigureKind.COUNT, 1_500_000.0)]),
        ("Spain has 2 million active reservists.", [(FigureKind.COUNT, 2_000_000.0)]),
        ("Ukraine has one million troops.", [(FigureKind.COUNT, 1_000_000.0)]),
        ("France has 1,500,000 people in its reserves.", [(FigureKind.COUNT, 1_500_000.0)]),
        ("Poland wants 300,000 soldiers.", [(FigureKind.COUNT, 300_000.0)]),
        ("Italy will spend 20 billion for allies.", [(FigureKind.MONEY, 20.0)]),  # a preposition: no count
    ],
)
def test_a_scaled_number_of_people_is_a_count_not_money(sentence: str, expected) -> None:
    assert figures_of(sentence) == expected


def test_a_million_people_is_a_count_fact(build) -> None:
    facts = build("Germany spends EUR 86 billion in 2025. The Bundeswehr employs 1.5 million people in 2025.")
    assert one(facts, 1_500_000).measure_kind == "count"
    assert not find(facts, 1.5)


def test_the_one_money_goes_to_is_not_whose_figure_it_is(build) -> None:
    facts = build(
        "Germany's defence budget rises to EUR 86 billion in 2026. Military support for Ukraine is budgeted "
        "separately at EUR 11.5 billion for 2026. Is EUR 11.5 billion for Ukraine the ceiling? "
        "Ukraine spent 34% of GDP in 2024."
    )
    assert {fact.subject for fact in find(facts, 11.5)} == {"Germany"}
    assert one(facts, 34).subject == "Ukraine"  # named as the one spending, it is the subject


def test_this_pointing_back_mid_sentence_carries_the_previous_year(build) -> None:
    facts = build(
        "Poland spent PLN 186.6 billion in 2025, or 4.1% of GDP in 2025, up from 3.9% in 2024.\n\n"
        "Poland's defence budget grows. The draft Budget Act for 2026, which the Council of Ministers submitted to "
        "the Sejm on 30 September 2025, plans defence spending of PLN 200.1 billion. The government puts this at "
        "4.81% of projected gross domestic product, which on its own reckoning would be the highest ratio in NATO."
    )
    assert (one(facts, 4.81).subject, one(facts, 4.81).period) == ("Poland", "2026")


def test_a_programme_named_alone_has_its_figures_and_after_its_body_is_the_bodys(build) -> None:
    facts = build(
        "The European Defence Industry Programme (EDIP) has a budget of EUR 1.5 billion for 2026 and 2027. "
        "The European Peace Facility has provided EUR 11.1 billion for Ukraine's armed forces since 2022. "
        "Poland has requested the largest share of the European Union's SAFE instrument: a provisional "
        "EUR 43.7 billion of the EUR 150 billion in 2025."
    )
    assert one(facts, 1.5).subject == "EDIP"
    assert one(facts, 11.1).subject == "European Peace Facility"  # Ukraine is whom the money goes to
    assert one(facts, 150).subject == "European Union"


def test_a_goal_named_in_passing_by_no_one_is_no_fact(tmp_path) -> None:
    """'Capitals are starting to put money behind the 5% pledge': the pledge named, nobody's figure stated."""
    (tmp_path / "brief.txt").write_text(
        "Three weeks after The Hague, capitals are starting to put money behind the 5% pledge.\n\n"
        "The 5% pledge replaces the 2% of GDP guideline that Allies agreed at the Wales Summit in 2014.\n",
        encoding="utf-8",
    )
    facts = build_knowledge_base(tmp_path).facts
    assert not [fact for fact in facts if fact.citation.quote.startswith("Three weeks")]
    assert any(fact.value == 2 and fact.citation.quote.startswith("The 5% pledge") for fact in facts)


def test_a_year_ahead_that_most_figures_do_not_share_is_not_the_document_s_period(build) -> None:
    text = (
        "- France: an extra EUR 3 billion in 2027, taking the budget to EUR 64 billion in 2027.\n"
        "- United Kingdom: defence at 2.5% of GDP for 2027.\n"
        "- Poland: PLN 186.6 billion this year, or 4.7% of GDP.\n"
        "- Italy: 1.49% of GDP in 2024, after 1.14% in 2014.\n"
        "- EUR 150 billion: the EU's SAFE loan instrument for joint procurement.\n"
    )
    facts = build(text, catalog='title = "The Budget Brief"\npublished = "2025-07-18"')
    assert one(facts, 150).period == "2025"
    assert one(facts, 64).period == "2027"


def test_a_goal_named_by_its_level_takes_the_deadline_the_document_gives_it(build) -> None:
    text = (
        "NATO leaders back 5% goal.\n\n"
        "Allies agreed to spend 5% of GDP on defence by 2035. Canada has promised to reach 2% of GDP by 2032.\n\n"
        "Under the new goal, 2% of GDP is now the floor for every ally."
    )
    facts = build(text, catalog='title = "Summit"\npublished = "2025-06-26"')
    assert {fact.period for fact in find(facts, 5) if fact.measure_kind == "share_of_gdp"} == {"2035"}
    floor = [fact for fact in find(facts, 2) if fact.subject != "Canada" and fact.measure_kind == "share_of_gdp"]
    assert [fact.period for fact in floor] == [None]  # Canada's deadline is not the alliance's floor's


def test_a_goal_whose_level_the_document_gives_no_deadline_is_of_no_year(build) -> None:
    catalog = 'title = "Brief"\npublished = "2025-07-18"'
    facts = build("Spain has been explicit that it wants to stop at 2.1% of GDP.", catalog=catalog)
    assert one(facts, 2.1).period is None


def test_a_figure_whose_sentence_dates_only_an_event_is_of_the_document_s_year(build) -> None:
    text = "- Norway: The long-term defence plan adopted last year adds NOK 600 billion in extra funding.\n"
    facts = build(text, catalog='title = "The Budget Brief"\npublished = "2025-07-18"')
    assert one(facts, 600).period == "2025"


def test_counts_of_history_do_not_decide_which_year_a_document_is_about(build) -> None:
    facts = build(
        "Poland spent 4.1% of GDP in 2024. Estonia spent 3.4% of GDP in 2024. Latvia spent 3.2% of GDP in 2024.\n\n"
        "In 2014 only three allies met the guideline. In 2014 five allies were close. In 2014 ten allies were far "
        "off. In 2014 twelve allies had no plan.\n\nLithuania is fourth."
    )
    assert one(facts, 4.0).period == "2024"  # Lithuania's rank, told in the present, is of the year the figures are


def test_a_founding_and_how_far_back_records_go_are_dates(build) -> None:
    facts = build(
        "SIPRI, which was founded in 1966, bases its estimates on open sources. Its database goes back to 1949."
    )
    assert {(fact.subject, fact.value) for fact in facts if fact.unit is Unit.DATE} == {
        ("SIPRI", 1966.0),
        ("SIPRI", 1949.0),
    }


def test_a_speaker_turn_in_bold_is_a_speaker_turn(build) -> None:
    text = (
        "**Q: What did the summit decide?**\n\n"
        "NATO allies agreed a new goal in The Hague.\n\n"
        "**Q: The new target is 5% by 2035. How should people read that number?**\n\n"
        "As a floor for planning.\n\n"
        "**Q: Is four percent realistic for everyone?**\n"
    )
    facts = build(text, name="interview.md")
    assert [(f.subject, f.period) for f in find(facts, 5)] == [("NATO Allies", "2035")]  # the turn before's subject
    assert find(facts, 4) == []  # a question a speaker asks, in bold too, states no figure


INTERVIEW = """A week after the summit, Estonian Defence Minister Hanno Pevkur spoke to us about the new target.

**Q:** Where does your country stand today, and will we see more?

**PEVKUR:** Last year NATO put us at 3.43% of GDP, second in the alliance. This year we will be close to 3.7%.

**Q:** And aid?

**PEVKUR:** We give 0.25% of our GDP every year.
"""


def test_an_interviewee_speaks_for_the_country_their_title_names(build) -> None:
    """'PEVKUR: … NATO put us at 3.43%': in a turn of a speaker whose title names a country, 'we', 'us' and 'our'
    are that country — not the alliance named before them, in a document no one country dominates."""
    catalog = 'title = "Estonia\'s defence minister on the new target"\npublished = "2025-07-03"'
    facts = build(INTERVIEW, catalog=catalog)
    assert [(one(facts, v).subject, one(facts, v).period) for v in (3.43, 3.7)] == [
        ("Estonia", "2024"),
        ("Estonia", "2025"),
    ]
    assert one(facts, 0.25).subject == "Estonia"


RADIO = """CITY RADIO — SECURITY HOUR
Transcript

Guest: Jan Vos, Minister of Defence
Host: Eva Smit

[00:00:04] SMIT: The Netherlands debates its budget next week. The Dutch army wants more. How much is defence getting?

[00:00:24] VOS: This year the regular defence budget is about twenty-two billion euros. On top of that we spend
around two billion from the fund. So all in all we're at roughly twenty-four billion euros this year.

[00:00:45] SMIT: And next year?

[00:00:47] VOS: For 2026 the cabinet has proposed twenty-four point five billion in the regular budget.

[00:01:02] SMIT: We asked listeners for questions and got 40 of them.
"""


def test_an_interviewee_introduced_by_a_national_office_speaks_for_the_documents_country(build) -> None:
    """'Guest: Jan Vos, Minister of Defence', in a transcript about the Netherlands: an office naming no country is
    held in the country the document is about, so the minister's turns are its figures even where no turn nearby
    names it ('For 2026 the cabinet has proposed …', after 'And next year?'); the host, introduced by no office,
    speaks for no one."""
    catalog = 'title = "Security Hour: interview with the defence minister (transcript)"\npublished = "2025-09-12"'
    facts = build(RADIO, catalog=catalog)
    assert (one(facts, 24.5).subject, one(facts, 24.5).period) == ("Netherlands", "2026")
    assert not [fact for fact in facts if fact.value == 40 and fact.subject == "Netherlands"]


def test_an_interviewees_we_is_their_country_however_far_back_it_was_named(build) -> None:
    """'VOS: Last year we were at about one point nine percent of GDP', turns after the country was last named: the
    minister's 'we' is the country their office is held in, named by the introduction, not by the turns near."""
    catalog = 'title = "Security Hour: interview with the defence minister (transcript)"\npublished = "2025-09-12"'
    later = (
        "[00:01:09] SMIT: That's a big jump. Is it enough? Many listeners doubt it. They wrote in.\n\n"
        "[00:01:13] VOS: Last year we were at about one point nine percent of GDP. It was a start.\n"
    )
    facts = build(f"{RADIO}\n{later}", catalog=catalog)
    assert (one(facts, 1.9).subject, one(facts, 1.9).period) == ("Netherlands", "2024")


HEARING = """# Budget Committee — Oral evidence: Reaching the 2030 target

Wednesday 4 June 2025. Witness: Minister for Procurement, on Norway's defence budget.

CHAIR (Anna Berg): Welcome. The Government has promised more money for defence.

MINISTER (Lars Holm): Last year we spent 1.9% of GDP on defence. Our budget for ships is NOK 12 billion.

HOST: We asked listeners to send questions; we got 40 of them.

MINISTER: We will spend NOK 9 billion on air defence this year.

LINDQVIST: Norway counts coast guard costs too.
"""


def test_a_committee_witness_speaks_for_the_country_the_hearing_is_about(build) -> None:
    """'MINISTER (Lars Holm): Last year we spent 1.9%' in a hearing whose amounts are in one country's currency, a
    label naming its person in brackets: 'we' is that country, named near; a title's year still ahead beside a
    goal's word ('Reaching the 2030 target') is not the year the hearing speaks of."""
    catalog = 'title = "Budget Committee — Oral evidence: Reaching the 2030 target"\npublished = "2025-06-04"'
    facts = build(HEARING, name="hearing.md", catalog=catalog)
    assert (one(facts, 1.9).subject, one(facts, 1.9).period) == ("Norway", "2024")
    assert (one(facts, 12).subject, one(facts, 12).period) == ("Norway", "2025")  # told now, not the goal year
    assert not [fact for fact in facts if fact.subject in {"CHAIR", "MINISTER", "Chair", "Minister"}]


@pytest.mark.parametrize(
    ("line", "turn"),
    [
        ("CHAIR (Eleanor Pryce): Good morning.", True),
        ("DAME HELEN MARSH: The review earmarked £1.5 billion.", True),
        ("**Q:** And aid?", True),
        ("Tuesday 15 July 2025. Witnesses: two.", False),
        ("NATO (the alliance) agreed: 5%.", False),
        ("**[00:04:49] ELENA:** Germany is the story.", True),  # a transcript's turn, timed
        ("**[01:02] TOM OKAFOR:** And Poland?", True),
    ],
)
def test_a_speaker_label_may_name_the_person_in_brackets(line: str, turn: bool) -> None:
    assert bool(SPEAKER_TURN.match(line)) is turn


TRANSCRIPT = """**[00:01:09] MAYA:** Let's start at the top. The United States.

**[00:01:12] ELENA:** Nine hundred and ninety-seven billion dollars. That's thirty-seven percent of the world total.

**[00:05:26] TOM:** Poland?

**[00:05:27] ELENA:** Up thirty-one percent to thirty-eight billion dollars.
"""


def test_a_timed_turn_answers_the_turn_before_it(build) -> None:
    """'**[00:05:26] TOM:** Poland?' then '**[00:05:27] ELENA:** Up thirty-one percent to …': a transcript's timed
    turn goes on from the one before it, and the speaker's name in capitals is who speaks, no name the entity list
    lacks (read as one, no subject was carried and the answer's figures were dropped)."""
    facts = build(TRANSCRIPT, name="episode.md", catalog='title = "Hard Talk, episode 3"\npublished = "2025-05-06"')
    assert [one(facts, value).subject for value in (997, 37, 31, 38)] == ["United States"] * 2 + ["Poland"] * 2


def test_a_body_counting_or_estimating_a_figure_is_its_source(build) -> None:
    """'SIPRI counted $693 billion for Europe', 'Russia, by SIPRI's estimate, $109 billion': the body is the
    source, never the subject."""
    facts = build(
        "Europe as a whole is spending more. SIPRI counted $693 billion for Europe last year, up 17%. "
        "The United States spent $916 billion in 2023; Russia, by SIPRI's estimate, $109 billion."
    )
    assert one(facts, 693).subject == "Europe"
    assert one(facts, 109).subject == "Russia"


def test_a_scaled_number_of_a_people_is_a_count_of_that_people_never_money() -> None:
    sentence = '"500 million Europeans are begging 300 million Americans to protect them from 140 million Russians."'
    reader = SentenceReader(sentence, Context(currency="GBP"), 2025)
    assert [(s.kind, s.figure.value, s.subjects) for s in reader.statements()] == [
        ("count", 5e8, ["Europe"]),
        ("count", 3e8, ["United States"]),
        ("count", 1.4e8, ["Russia"]),
    ]
    assert figures_of("a 2 billion Netherlands order") == [(FigureKind.MONEY, 2.0)]


def test_a_symbol_several_currencies_share_is_the_own_currency_of_whose_figure_it_is(build) -> None:
    facts = build("Japan has set a record defence budget of ¥8.7 trillion. China spends ¥1.78 trillion on defence.")
    assert one(facts, 8.7).currency == "JPY"
    assert one(facts, 1.78).currency == "CNY"
    # whose it is unsaid: the symbol names no country, so the yuan's China is never made up as its subject
    assert not [fact for fact in build("The fund holds ¥2 trillion.", name="fund.txt") if fact.subject == "China"]


def test_a_shared_symbol_takes_the_documents_country_not_the_symbols_plain_reading(build) -> None:
    facts = build(
        "Japan's annual defence white paper was approved in July 2025. The defence budget for FY2025 (April 2025 to"
        " March 2026) is about ¥8.7 trillion, an increase of 9.4% on the ¥7.95 trillion of FY2024.",
        name="japan.txt",
    )
    budget = one(facts, 8.7)
    assert (budget.subject, budget.currency, budget.period) == ("Japan", "JPY", "2025")  # the bracket glosses FY2025
    assert one(facts, 7.95).subject == "Japan"


def test_a_shared_symbol_must_list_its_plain_reading() -> None:
    raw = cues().raw.model_dump()
    with pytest.raises(ValueError, match="shared_currency_symbols"):
        CueFile.model_validate({**raw, "shared_currency_symbols": {"¥": ["JPY"]}})


def test_a_summit_s_date_is_the_alliance_s(build) -> None:
    facts = build(
        "Canada has raised its defence budget.\n\n"
        "At the NATO summit on 24-25 June 2025, Canada joined the other allies in pledging 5% of GDP by 2035."
    )
    summit = [fact for fact in facts if fact.unit is Unit.DATE and fact.value == 2025]
    assert [fact.subject for fact in summit] == ["NATO Allies"]


def test_a_title_spanning_years_gives_the_document_no_one_year(build) -> None:
    """'A timeline of NATO's pledges, 2006-2025': a figure told in the present is of the year the document was
    written in, not of the span's first year."""
    facts = build(
        "The alliance has argued about money for a generation.\n\nPoland leads at 4.48 percent of GDP.",
        name="timeline.md",
        catalog='title = "A timeline of NATO\'s spending pledges, 2006-2025"\npublished = "2025-09-03"',
    )
    assert one(facts, 4.48).period == "2025"


def test_a_section_headed_by_a_span_of_years_speaks_of_it(build) -> None:
    facts = build(
        "# A working paper\n\n## Convergence towards the guideline, 2014-2024\n\n"
        "Latvia more than tripled its defence burden, to 3.15% of GDP.",
        name="paper.md",
        catalog='title = "A working paper"\npublished = "2025-09-15"',
    )
    assert one(facts, 3.15).period == "2014-2024"


def test_a_date_stated_as_a_range_of_days_is_quoted_whole(tmp_path: Path) -> None:
    text = "# Brief\n\nAt the Hague Summit of 24-25 June 2025, NATO's 32 allies agreed to spend 5% of GDP by 2035.\n"
    (tmp_path / "brief.md").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["brief.md"]\ntitle = "Brief"\npublished = "2025-07-16"\n')
    dates = [f.text for f in build_knowledge_base(tmp_path).facts if f.measure_kind == "date" and f.value == 2025]
    assert dates == ["24-25 June 2025"]


def test_a_heading_s_record_year_is_no_period_of_its_section(tmp_path: Path) -> None:
    text = "# Feature\n\n## Japan: the largest jump since 1952\n\nJapan's spending climbed 21% to $55.3 billion.\n"
    (tmp_path / "feature.md").write_text(text, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["feature.md"]\ntitle = "Feature"\npublished = "2025-05-06"\n')
    periods = {f.value: f.period for f in build_knowledge_base(tmp_path).facts if f.value in (21, 55.3)}
    assert periods[21] != "1952" and periods[55.3] != "1952"


def test_a_bare_number_counts_what_the_sentence_before_counted(build) -> None:
    facts = build("Last year 23 of 32 allies reached 2%. In 2014 it was three. Ten years ago, only seven did.")
    three, seven = one(facts, 3), one(facts, 7)
    assert (three.subject, three.measure_kind, three.period) == ("NATO Allies", "count", "2014")
    assert (seven.subject, seven.measure_kind, seven.period) == ("NATO Allies", "count", "2015")


def test_a_bare_number_counts_nothing_after_a_sentence_counting_nothing(build) -> None:
    facts = build("Germany spent 2.1% of GDP last year. In 2014 it was three.")
    assert find(facts, 3) == []


def test_a_year_after_a_count_pointing_back_is_the_next_clause_s(build) -> None:
    facts = build(
        "Last year 23 of 32 allies reached 2%. In 2023 the count was eleven, and as late as February 2024 the "
        "alliance expected just 18 allies to get there."
    )
    assert one(facts, 11).period == "2023"


def test_a_reply_quoting_earlier_text_states_nothing_of_its_own(build) -> None:
    """A forum reply's '> …' copy of the post it answers, then its correction: the quoted figure is the post's
    statement once, not a second one the reply makes."""
    facts = build(
        "NATO says European Allies and Canada increased spending by 17.9% in real terms in 2024.\n\n"
        "**u/baltic_breakwater** · 412 points\n\n"
        "> European Allies and Canada increased spending by 17.9% in real terms in 2024\n\n"
        "Small correction: the final data gave Germany 2.1% of GDP in 2024.\n\n"
        "> **u/ledger** · 64 points\n>\n> In dollars Poland spent about $38 billion in 2024."
    )
    assert [fact.citation.quote.startswith(">") for fact in find(facts, 17.9)] == [False]
    assert one(facts, 38.0).subject == "Poland"  # a nested reply of its own words is read


def test_a_name_after_a_possessive_and_a_year_only_describes(build) -> None:
    fact = one(build("Canada is the classic example: its 2024 NATO figure was about C$41.0 billion."), 41.0)
    assert (fact.subject, fact.period) == ("Canada", "2024")


def test_europe_plus_canada_is_the_european_allies_and_canada(build) -> None:
    facts = build("In 2024 NATO had the US at 3.38% of GDP and Europe-plus-Canada at 2.02%.")
    assert one(facts, 2.02).subject == "European Allies and Canada"


def test_a_written_parliamentary_question_states_no_figure(build) -> None:
    facts = build(
        "To ask the Secretary of State for Defence, what the UK's defence expenditure was in 2024-25; and when he "
        "expects core defence spending to reach 3.5 per cent of GDP.\n\n"
        "The UK spent 2.33% of GDP on defence in 2024-25."
    )
    assert find(facts, 3.5) == []
    assert one(facts, 2.33).subject == "United Kingdom"


CHART_LIST = """---
title: Where the world's military money went in 2024
published: 2025-04-28
---

# Where the world's military money went in 2024

## Chart 5

- United States: 66% of the NATO total
- European members: $454 billion, 30% of the NATO total
- Canada and Türkiye: the remaining 4%
- Members spending at least 2% of GDP on SIPRI's measure: 18 of 32, up from 11 in 2023

*Note: NATO's own estimates use a different definition of defence spending. Its June 2024 figures counted 23 allies at
or above 2%, so the two counts should not be compared directly.*
"""
CHART_CATALOG = 'title = "Where the world\'s military money went in 2024"\npublished = "2025-04-28"'


def test_a_labelled_list_item_s_label_says_what_its_figure_measures(build) -> None:
    facts = build(CHART_LIST, name="chart.md", catalog=CHART_CATALOG)
    count = one(facts, 18)
    assert count.period == "2024" and count.cited_source == "SIPRI"
    assert count.measure_text and count.measure_text.startswith("- Members spending at least 2% of GDP")


def test_its_figures_after_a_source_s_own_estimates_are_that_source_s(build) -> None:
    facts = build(CHART_LIST, name="chart.md", catalog=CHART_CATALOG)
    assert one(facts, 23).cited_source == "NATO Allies"


def test_a_bare_percentage_in_a_list_item_is_the_share_the_item_before_states(build) -> None:
    facts = build(CHART_LIST, name="chart.md", catalog=CHART_CATALOG)
    assert one(facts, 4).measure_kind == "share_of_total"  # of the NATO total, never Türkiye's share of GDP


def test_the_final_years_of_a_chart_are_a_stretch_of_time_not_a_count() -> None:
    assert figures_of("The line rises every year and turns sharply upward in the final two years.") == []


def test_a_footnote_reference_dates_its_source_not_an_event(build) -> None:
    text = (
        "NATO estimated that 23 allies would reach 2% in 2024.4\n\n______\n"
        "4 NATO, Wales Summit Declaration, 5 September 2014.\n"
        "5 NATO figures for 2024 are estimates.\n"
    )
    dates = [fact.value for fact in build(text, every_fact=True) if fact.measure_kind == "date"]
    assert 2014 not in dates


@pytest.mark.parametrize(
    "note",
    [
        "[1] NATO, Wales Summit Declaration, September 2014, paragraph 14.",
        "[2] NATO, Defence Expenditure of NATO Countries (2014-2024), press release, 17 June 2024.",
        "[5] Office of the Prime Minister of Canada, statement of June 2025.",
    ],
)
def test_a_numbered_note_naming_its_kind_of_document_or_a_place_in_it_is_a_reference(note: str) -> None:
    assert is_reference(note)


@pytest.mark.parametrize(
    "note",
    ["[7] Poland, spending rose to 4.12% in 2024.", "[8] Germany, spent about 90 billion, in 2024.", "[3] See [2]."],
)
def test_a_numbered_note_stating_a_figure_is_no_reference(note: str) -> None:
    assert not is_reference(note)


def test_a_written_questions_years_are_no_dates(build) -> None:
    catalog = 'title = "Written questions: UK defence spending"\npublished = "2025-07-01"'
    text = (
        "Question 2 — Equipment Plan: finance\n\n"
        "To ask the Secretary of State for Defence, whether the Equipment Plan 2023 to 2033 is affordable; and if he "
        "will make a statement.\n\nThe United Kingdom spent 2.3% of GDP in 2024."
    )
    dates = [fact.value for fact in build(text, catalog=catalog, every_fact=True) if fact.measure_kind == "date"]
    assert 2023 not in dates and 2033 not in dates


LIST_OF_PARTS = """Total national defence funding for 2026 is planned at €4.79 billion.

By category, the draft provides:

- personnel: €0.86 billion (18% of the total);
- procurement of weapons and equipment: €2.49 billion (52%);
- operations and training: €0.67 billion (14%).

Lithuania spends 5.38% of GDP on defence.
"""


def test_list_items_naming_no_one_take_the_share_the_first_states_in_words(build) -> None:
    catalog = 'title = "Lithuania: defence appropriations 2026"\npublished = "2025-11-12"'
    facts = build(LIST_OF_PARTS, catalog=catalog)
    shares = {fact.value: fact.measure_kind for fact in facts if fact.value in (18.0, 52.0, 14.0)}
    assert shares == {18.0: "share_of_total", 52.0: "share_of_total", 14.0: "share_of_total"}


def test_a_page_s_furniture_states_no_dates(build) -> None:
    text = (
        "# Polish Armed Forces\n\n**Released:** 6 May 2025 · **Runtime:** 38:52 · **Hosts:** Maya and Tom\n\n"
        "Poland joined NATO on 12 March 1999.\n\n## References\n\n"
        "1. NATO, *Defence Expenditure of NATO Countries (2014–2024)*, June 2024.\n"
        "2. *Ustawa o obronie Ojczyzny* (Homeland Defence Act), 11 March 2022.\n\n"
        "*This page was last edited on 14 July 2025. Text is available under a Creative Commons licence.*\n"
    )
    dates = [fact.value for fact in build(text, every_fact=True) if fact.measure_kind == "date"]
    assert dates == [1999]


PRESS_CONFERENCE = """THE MINISTER: Our budget is PLN 120 billion this year.

Q (Anna Lindqvist, Nordic Defence Review): Minister, at The Hague the Allies agreed to 5 percent of GDP by 2035. \
Will Poland reach 5 percent in 2026?

THE MINISTER: Not in 2026.

Q (Marek Zielinski, Radio Centrum): After the drones on the night of 9 to 10 September, how much more are you \
putting into air defence?
"""


def test_a_journalist_s_yes_or_no_question_states_nothing_but_the_scene_before_a_question_word_is_dated(
    build_all,
) -> None:
    """A label naming the journalist and the outlet in brackets opens a speaker's turn: the turn's question 'Will
    Poland reach 5 percent in 2026?' states no goal of Poland's, nor a year; the clause before a question's 'how'
    tells what happened, its date stated."""
    facts = build_all(PRESS_CONFERENCE, published="2025-09-24")
    asked = [fact for fact in facts if fact.citation.quote.startswith("Will Poland")]
    assert asked == []
    assert [fact.period for fact in facts if "drones" in fact.citation.quote] == ["2025"]


def test_a_share_of_what_the_sentence_named_before_keeps_those_words(build) -> None:
    """'… doubled their arms imports, with Canada supplying 55% of them': the 55% is of those imports, and its words
    say so."""
    share = one(build("European members doubled their arms imports, with Canada supplying 55% of them."), 55)
    assert share.measure_kind == "share_of_total"
    assert "arms imports" in (share.measure_text or "")


@pytest.mark.parametrize(
    ("sentence", "value", "currency"),
    [
        ("Australia's 2025-26 defence budget is about A$58.0 billion.", 58.0, "AUD"),
        ("South Korea's 2025 defence budget is ₩61.2 trillion.", 61.2, "KRW"),
        ("Taiwan's 2025 defence spending was set at NT$647bn.", 647.0, "TWD"),
        ("Türkiye's gendarmerie receives ₺ 95 billion in 2025.", 95.0, "TRY"),
        ("Ukraine's 2025 defence budget is ₴2.2 trillion.", 2.2, "UAH"),
    ],
)
def test_a_dollar_or_won_symbol_of_another_country_is_its_currency(
    build, sentence: str, value: float, currency
) -> None:
    assert one(build(sentence), value).currency == currency


def test_a_fraction_sharpened_by_a_percentage_is_one_share_of_its_whole(build) -> None:
    facts = build(
        "The global burden is 2.5% of GDP. Well over half of the total, something like 60 per cent, is spent by the"
        " United States and China. Inside NATO the United States is about two-thirds of everything the Alliance"
        " spends - I'd say around 66 per cent."
    )
    assert not find(facts, 50) and not find(facts, 66.7)  # the hedge's fraction is no figure of its own
    assert {(one(facts, v).measure_kind, one(facts, v).unit) for v in (60, 66)} == {("share_of_total", Unit.PERCENT)}


def test_a_percentage_far_from_the_fraction_before_it_is_a_figure_of_its_own(build) -> None:
    facts = build("Poland spends 4% of GDP. Half of Poland's budget goes to personnel, about 20 per cent to equipment.")
    assert {fact.value for fact in facts} >= {50, 20}
    facts = build("Poland spends 4% of GDP. Half of Poland's budget goes to personnel, 45 per cent to equipment.")
    assert {fact.value for fact in facts} >= {50, 45}  # no hedge: the next share, not the fraction told precisely


def test_a_budget_category_s_bare_percentage_is_a_share_of_the_budget(build) -> None:
    facts = build(
        "European Allies spent 2.02% of their GDP on defence in 2024. Personnel remains the largest slice at 33%,"
        " but equipment now follows closely at 32%. Operations, maintenance and other expenditure take 30%, and"
        " infrastructure the remaining 5%. Estonia, whose equipment spending is high, sits at 3.4%."
    )
    assert {one(facts, v).measure_kind for v in (33, 32, 30, 5)} == {"share_of_total"}
    assert one(facts, 3.4).measure_kind == "share_of_gdp"  # an entity's own bare percentage stays its share of GDP


def test_an_ordinal_past_ten_counts_consecutive_years() -> None:
    assert figures_of("the thirtieth consecutive annual rise") == [(FigureKind.COUNT, 30.0)]
    assert figures_of("it ranked fifteenth in the world") == [(FigureKind.RANK, 15.0)]


def test_points_after_a_move_are_a_change_in_points_and_a_table_dates_them(build) -> None:
    assert figures_of("Latvia follows with a gain of 2.79 points.") == [(FigureKind.PERCENT, 2.79)]
    assert figures_of("He made 5 points in the debate.") == []  # no move, no percentage: no figure
    facts = build(
        "# Defence spending\n\n## Table 1: Defence expenditure as a share of GDP (%)\n\n"
        "| Country | 2014 | 2025 | Change 2014-2025 (pp) |\n|---|---|---|---|\n"
        "| Latvia | 0.94 | 3.73 | +2.79 |\n| Lithuania | 0.88 | 4.00 | +3.12 |\n\n"
        "Lithuania shows the largest gain by 2025. Latvia follows with a gain of 2.79 points.",
        name="note.md",
    )
    said = [fact for fact in find(facts, 2.79) if not fact.citation.row_label]
    assert [(fact.subject, fact.measure_kind, fact.period) for fact in said] == [("Latvia", "change", "2014-2025")]


def test_a_count_of_time_before_an_event_is_no_figure_and_an_annexation_dates_its_doer(build) -> None:
    assert figures_of("Ten years after Allies agreed the pledge") == []
    assert figures_of("Ten tanks after the first order") == [(FigureKind.COUNT, 10.0)]
    facts = build("Since Russia's annexation of Crimea in 2014, Poland has raised its budget to 4.1% of GDP.")
    assert [(fact.subject, fact.value) for fact in facts if fact.measure_kind == "date"] == [("Russia", 2014.0)]


def test_a_generic_you_in_an_aside_closed_before_a_figure_leaves_it_its_subject(build) -> None:
    facts = build(
        "SIPRI puts world military expenditure at about $2.7 trillion in 2024 - $2,718 billion if you want the precise"
        " figure - and that's a rise of 9.4 per cent in real terms."
    )
    assert (one(facts, 9.4).subject, one(facts, 9.4).measure_kind) == ("World", "change")
    assert not find(build("If your budget rises 30% and your unit costs rise 25%, Poland gains nothing."), 30)


def test_an_earlier_value_of_a_measured_count_is_that_measure_then(build) -> None:
    facts = build(
        "23 of 32 Allies are estimated to meet the guideline of spending 2% of GDP on defence in 2024, up from 11"
        " Allies in 2023 and just 3 in 2014."
    )
    measured = {(fact.value, fact.period) for fact in facts if fact.measure == "members_meeting_target"}
    assert measured == {(23, "2024"), (11, "2023"), (3, "2014")}
    other = build("In 2024, 23 of 32 Allies met the guideline, while 5 allies in 2023 raised their budgets.")
    assert one(other, 5).measure == "open:count"  # no earlier value of the count: a count of its own


def test_an_ordinal_after_a_dated_place_is_the_place_another_year(build) -> None:
    assert figures_of("It ranked first among the seven in 2024 but third in 2025.") == [
        (FigureKind.RANK, 1.0),
        (FigureKind.YEAR, 2024.0),
        (FigureKind.RANK, 3.0),
        (FigureKind.YEAR, 2025.0),
    ]
    assert figures_of("It was the first in 2024 to sign, and third to ratify.") == [(FigureKind.YEAR, 2024.0)]
    fact = one(build("Finland slips from fourth place in 2024 to seventh and last in 2025."), 7)
    assert (fact.subject, fact.measure_kind, fact.period) == ("Finland", "rank", "2025")


def test_an_ordinal_with_no_year_of_its_own_after_a_dated_place_is_no_place() -> None:
    assert figures_of("Germany climbed from seventh place in 2023 to fourth.") == [
        (FigureKind.RANK, 7.0),
        (FigureKind.YEAR, 2023.0),
    ]


def test_a_move_in_points_to_a_level_is_no_range(build) -> None:
    facts = build("The United States fell by 0.16 points to 3.22%, though its spending rose. Poland spent 4% of GDP.")
    assert (one(facts, 0.16).measure_kind, one(facts, 3.22).measure_kind) == ("change", "share_of_gdp")


def test_an_earlier_value_of_a_reckoned_year_stays_an_open_count(build) -> None:
    facts = build(
        "NATO estimates that 23 of 32 allies met the 2% guideline in 2024, compared with only three a decade earlier."
    )
    assert one(facts, 3).measure == "open:count"


@pytest.mark.parametrize(
    ("sentence", "dateline"),
    [
        ("Wednesday 21 May 2025, 14:00.*", True),  # '*House of Representatives … transcript. Wednesday 21 May …*'
        ("Bucharest, 14 February 2025.*", True),
        ("On Wednesday 21 May 2025 the committee met.", False),
        ("The committee met on 21 May 2025.*", False),  # an event, though the italics close after it
    ],
)
def test_the_last_sentence_of_an_italic_line_giving_a_date_alone_is_a_dateline(sentence: str, dateline: bool) -> None:
    """An italic line the emphasis opened sentences before ('*House of Representatives of the Netherlands. Unofficial
    English translation of the uncorrected transcript. Wednesday 21 May 2025, 14:00.*'): its last sentence, a date
    after a place or a day of the week, dates the document, no event it states."""
    assert is_dateline(sentence) is dateline


CHRONOLOGY = "\n\n".join(
    [
        "# Pledges: a chronology",
        "9 July 2016 — Warsaw: Allies agree to deploy four multinational battlegroups to Estonia, Latvia, Lithuania "
        "and Poland, about 4,500 troops in all; the number of Allies at or above 2% has risen to 5.",
        "4 December 2019 — London (Watford): the Secretary General reports that European Allies and Canada have added "
        "a cumulative USD 130 billion to defence since 2016, a sum expected to reach USD 400 billion by the end of "
        "2024.",
        "29 June 2022 — Madrid: the new NATO Force Model foresees more than 300,000 troops at high readiness; "
        "Finland and Sweden are invited to join.",
    ]
)


def test_a_dated_line_s_figures_are_its_subject_s_of_its_year(build) -> None:
    """One line per event: its date dates the event of whoever did it (not the capital it was held in), its counts
    (in words too) are of the line's subject, not of the countries a list after 'to' names, and a figure its own part
    of the line dates not is of the line's year, not of a later year another figure's part states."""
    facts = build(CHRONOLOGY, every_fact=True)
    assert {(fact.subject, fact.period) for fact in find(facts, 4500)} == {("NATO Allies", "2016")}
    assert {(fact.subject, fact.period) for fact in find(facts, 4)} == {("NATO Allies", "2016")}
    assert {(fact.subject, fact.period) for fact in find(facts, 5)} == {("NATO Allies", "2016")}
    assert {fact.period for fact in find(facts, 130)} == {"2019"}
    assert {fact.period for fact in find(facts, 400)} == {"2024"}
    years = (2016, 2019, 2022)
    dated = {(fact.subject, fact.value) for fact in facts if fact.unit is Unit.DATE and fact.value in years}
    assert ("Poland", 2016) not in dated and ("United Kingdom", 2019) not in dated
    assert ("NATO Allies", 2016) in dated
    assert not {subject for subject, year in dated if year == 2022} & {"Spain", "Finland"}


def test_a_share_told_unhedged_right_after_a_fraction_of_its_size_is_that_fraction_to_the_point(build) -> None:
    facts = build(
        "Germany accounts for about two-thirds of the group's spending, 66% by the ministry's estimate. About a third"
        " of Poland's budget goes to personnel, 33% to equipment."
    )
    assert not find(facts, 66.7)  # the fraction told to the point is no figure of its own
    assert one(facts, 66).measure_kind == "share_of_total"
    assert {fact.value for fact in facts} >= {33.3, 33}  # a share of another part: a figure of its own
