"""Figures found by their shape (`knowledge.figures`): multiples and counts of things, in digits or words."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.figures import (
    Figure,
    FigureKind,
    counted_numbers,
    elided_counts,
    find_figures,
    fiscal_years_named,
    tokenize,
)


def figures_of(sentence: str) -> list[Figure]:
    return find_figures(tokenize(sentence))


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Getting to 3.5% means more than doubling the burden.", 2.0),
        ("The price of a shell roughly quadrupled between 2022 and 2024.", 4.0),
        ("Spending is tripling.", 3.0),
        ("That is about 2.5 times Russia's budget.", 2.5),
    ],
)
def test_a_multiple_in_any_form_is_a_multiple(sentence: str, value: float) -> None:
    multiples = [figure.value for figure in figures_of(sentence) if figure.kind is FigureKind.MULTIPLE]
    assert multiples == [value]


def test_a_multiple_named_again_is_no_figure() -> None:
    assert not [
        f for f in figures_of("It will reach that doubling three years earlier.") if f.kind is FigureKind.MULTIPLE
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "noun"),
    [
        ("It was also the tenth year in a row that spending went up.", 10.0, "year"),
        ("It was the tenth consecutive year of growth.", 10.0, "consecutive year"),
        ("Spending rose in all five regions.", 5.0, "regions."),
        ("Sixteen member states asked for it.", 16.0, "member states"),
        ("The declaration runs to just five paragraphs.", 5.0, "paragraphs."),
        ("Only three of them reported spending at 2%.", 3.0, "them"),
    ],
)
def test_counts_of_things_other_than_allies(sentence: str, value: float, noun: str) -> None:
    counts = [(f.value, f.noun) for f in figures_of(sentence) if f.kind is FigureKind.COUNT]
    assert counts == [(value, noun)]


def test_a_count_of_a_total_said_before_needs_no_noun() -> None:
    counts = [
        (f.value, f.total)
        for f in figures_of("In NATO's June 2024 count it was 23 of 32.")
        if f.kind is FigureKind.COUNT
    ]
    assert counts == [(23.0, 32.0), (32.0, None)]


def test_a_number_of_a_year_is_no_count() -> None:
    assert not [f for f in figures_of("It was 3 of 2024.") if f.kind is FigureKind.COUNT]


@pytest.mark.parametrize(
    "sentence",
    [
        "It became the biggest spender in Central and Western Europe.",
        "Ukraine carried the heaviest military burden of any country.",
        "Poland spent 4.48%, the highest share of any ally.",
    ],
)
def test_a_superlative_in_its_scope_ranks_first(sentence: str) -> None:
    assert [(f.kind, f.value) for f in figures_of(sentence) if f.kind is FigureKind.RANK] == [(FigureKind.RANK, 1.0)]


@pytest.mark.parametrize(
    "sentence", ["Poland led the alliance at 4.12% of GDP.", "Poland topped the table at 4.12%, ahead of Estonia."]
)
def test_topping_a_named_ranking_at_a_figure_ranks_first(sentence: str) -> None:
    assert [f.value for f in figures_of(sentence) if f.kind is FigureKind.RANK] == [1.0]


def test_an_ordinal_after_a_placing_verb_is_a_rank() -> None:
    ranks = [f.value for f in figures_of("Saudi Arabia spent $80.3 billion, placing it seventh globally.")]
    assert ranks[-1:] == [7.0] and figures_of("placing it seventh")[0].kind is FigureKind.RANK


@pytest.mark.parametrize(
    "sentence",
    [
        "Its share was the highest since 1990.",
        "It made one of the largest increases in the alliance.",
        "The biggest structural shifts in military spending are happening in Asia.",
        "Spending rises to 2.9% of GDP, the highest level in more than four decades.",
        "It is the largest budget in a generation.",
    ],
)
def test_a_superlative_of_no_scope_or_one_of_many_is_no_rank(sentence: str) -> None:
    assert not [f for f in figures_of(sentence) if f.kind is FigureKind.RANK]


@pytest.mark.parametrize(
    ("sentence", "value", "points"),
    [
        ("China alone accounted for half of it.", 50.0, False),
        ("Procurement and research account for roughly one third of the total.", 33.3, False),
        ("Two thirds of the money goes on salaries.", 66.7, False),
        ("The bank lowered its policy rate by a quarter point to 2.0%.", 0.25, True),
        ("It raised the rate by half a percentage point.", 0.5, True),
    ],
)
def test_a_fraction_in_words_is_a_percentage_or_points(sentence: str, value: float, points: bool) -> None:
    (first, *_) = [f for f in figures_of(sentence) if f.kind is FigureKind.PERCENT]
    assert (first.value, first.points) == (value, points)


@pytest.mark.parametrize("sentence", ["In the first half of 2025 it spent more.", "Half of 2024 was lost.", "half the"])
def test_a_fraction_of_a_year_or_of_nothing_is_no_figure(sentence: str) -> None:
    assert not [f for f in figures_of(sentence) if f.kind is FigureKind.PERCENT]


def test_a_bare_number_from_which_a_count_rose_is_a_count_of_the_same_noun() -> None:
    figures = figures_of("Warsaw wants an army of 300,000 soldiers, up from around 216,000 today.")
    assert [(f.kind, f.value, f.noun) for f in figures] == [
        (FigureKind.COUNT, 300000.0, "soldiers"),
        (FigureKind.COUNT, 216000.0, "soldiers"),
    ]


def test_an_earlier_value_of_a_count_may_be_bounded() -> None:
    figures = figures_of("Personnel stood at 216,000 soldiers in 2024, compared with fewer than 100,000 in 2014.")
    assert [(f.value, f.noun) for f in figures if f.kind is FigureKind.COUNT] == [
        (216000.0, "soldiers"),
        (100000.0, "soldiers"),
    ]


def test_a_bare_number_from_a_year_is_no_count() -> None:
    assert [f.value for f in figures_of("It has 12 tanks from 2024.") if f.kind is FigureKind.COUNT] == [12.0]


def test_second_only_to_is_a_rank() -> None:
    sentence = "Germany is second only to the United States."
    assert [(f.kind, f.value) for f in figures_of(sentence)] == [(FigureKind.RANK, 2.0)]


def test_a_bare_number_opening_a_range_is_in_the_unit_of_the_figure_closing_it() -> None:
    opening, closing = figures_of("The budget rises from 62.4 to 82.7 billion euros in 2026.")[:2]
    assert (opening.kind, opening.value, opening.currency, opening.scale) == (FigureKind.MONEY, 62.4, "EUR", 1e9)
    assert closing.value == 82.7
    shares = figures_of("Lithuania will spend between 5 and 6 percent of GDP.")
    assert [(figure.kind, figure.value) for figure in shares] == [(FigureKind.PERCENT, 5.0), (FigureKind.PERCENT, 6.0)]
    assert [f.value for f in figures_of("Spending rose from 2 to 3 times the level.")] == [3.0]  # a multiple: no
    percentages = [
        f.value for f in figures_of("Talks ran from 2023 to 2024 at 2% of GDP.") if f.kind is FigureKind.PERCENT
    ]
    assert percentages == [2.0]  # a year opens no range of percentages


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Last year the budget committee approved 97 large procurement projects.", 97.0),
        ("The ministry runs 12 joint programmes with France.", 12.0),
    ],
)
def test_projects_and_programmes_are_counted_things(sentence: str, value: float) -> None:
    counts = [figure.value for figure in figures_of(sentence) if figure.kind is FigureKind.COUNT]
    assert counts == [value]


def test_a_bare_number_before_a_standing_in_verb_or_after_a_pointer_to_a_count_is_an_elided_count() -> None:
    def counts(sentence: str) -> list[float]:
        tokens = tokenize(sentence)
        return [figure.value for figure in elided_counts(tokens, find_figures(tokens), "allies")]

    assert counts("In 2014 only three did.") == [3]
    assert counts("By 2023 the count was 11, according to NATO.") == [11]
    assert counts("In 2014 it was three.") == [3]
    assert counts("In 2014 it was three allies and a partner.") == []  # counted with a noun of its own
    assert counts("Spending rose 9% in 2024.") == []  # no year, no percentage


def test_a_bare_number_a_goal_is_said_to_be_counts_what_the_sentence_before_counted() -> None:
    """'Our armed forces have passed 200,000 soldiers. The goal is 300,000.': the goal's number counts soldiers."""

    def counts(sentence: str) -> list[float]:
        tokens = tokenize(sentence)
        return [figure.value for figure in elided_counts(tokens, find_figures(tokens), "soldiers")]

    assert counts("The goal is 300,000.") == [300000]
    assert counts("The target is three hundred thousand.") == [300000]
    assert counts("The aim was 45, by the ministry's count.") == [45]
    assert counts("The goal is 300,000 reservists by 2030.") == []  # counted with a noun of its own


def test_a_bare_number_closed_by_more_counts_as_many_again_of_what_was_counted() -> None:
    """'The Netherlands originally ordered 52 F-35s. In 2024 the decision was taken to buy six more, which will bring
    our fleet to 58 aircraft.': six more F-35s; 'two more years' counts years, no F-35s."""

    def counts(sentence: str) -> list[float]:
        tokens = tokenize(sentence)
        return [figure.value for figure in elided_counts(tokens, find_figures(tokens), "F-35s")]

    assert counts("In 2024 the decision was taken to buy six more, which will bring our fleet to 58 aircraft.") == [6]
    assert counts("The ministry then ordered two more.") == [2]
    assert counts("Deliveries will take two more years.") == []


@pytest.mark.parametrize(
    "sentence", ["The first Leopard 2A8 tanks arrive soon.", "Payments for the Type 212CD submarines continue."]
)
def test_a_number_glued_to_a_model_name_is_no_figure(sentence: str) -> None:
    assert figures_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("It costs PLN 13.5bn a year.", 13.5), ("It buys 155mm shells.", 155.0), ("Back in the 1990s, it was.", 1990.0)],
)
def test_a_number_glued_to_a_scale_a_measure_or_a_decade_stays_a_figure(sentence: str, value: float) -> None:
    assert value in [figure.value for figure in figures_of(sentence)]


def test_a_bare_number_opening_a_range_of_a_count_counts_the_same() -> None:
    counts = [(f.value, f.noun) for f in figures_of("It needs between 50,000 and 60,000 additional active soldiers.")]
    assert [value for value, _ in counts] == [50000.0, 60000.0]
    assert counts[0][1] == counts[1][1]


def test_a_model_name_between_a_number_and_its_noun_is_part_of_the_noun() -> None:
    ((count),) = figures_of("Norway has 54 Leopard 2A8 tanks.")
    assert (count.kind, count.value, count.noun) == (FigureKind.COUNT, 54.0, "Leopard 2A8 tanks.")


@pytest.mark.parametrize(
    ("sentence", "value", "points"),
    [
        ("It is less than half of one percent of what member states spent.", 0.5, False),
        ("It is half a percent of GDP.", 0.5, False),
        ("It rose by a quarter of a percentage point.", 0.25, True),
        ("Half of the allies met it.", 50.0, False),
    ],
)
def test_a_fraction_of_a_percent_is_that_fraction_of_one_percent(sentence: str, value: float, points: bool) -> None:
    ((figure),) = figures_of(sentence)
    assert (figure.kind, figure.value, figure.points) == (FigureKind.PERCENT, value, points)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The regular Army's trained strength was 70,860, against a requirement of 73,000.", 70860.0),
        ("Intake over the twelve months to the end of March was 12,950, which is up by around 19%.", 12950.0),
        ("But outflow was 15,030, so we are still shrinking.", 15030.0),
        ("NATO estimated the number of Polish military personnel at about 216,000 in 2024.", 216000.0),
        ("The ministry has repeated its long-term goal of a 300,000-strong force.", 300000.0),
        ("Berlin wants an army 203,000 strong.", 203000.0),
        ("The ministry's workforce is to reach 205,000 by 2030.", 205000.0),
        ("Its active strength grew to 31,500 in 2024.", 31500.0),
    ],
)
def test_a_bare_number_a_body_of_people_s_size_is_linked_to_is_a_count_of_personnel(
    sentence: str, value: float
) -> None:
    counts = [figure for figure in find_figures(tokenize(sentence)) if figure.kind is FigureKind.COUNT]
    assert [(figure.value, figure.noun) for figure in counts] == [(value, "personnel")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The intake was 20 percent higher.",
        "Its strength was 2,000 tonnes.",
        "The budget was 4,500.",
        "The budget is to reach 4,500 by 2030.",
    ],
)
def test_a_bare_number_with_a_unit_or_no_body_of_people_is_no_headcount(sentence: str) -> None:
    assert not [figure for figure in find_figures(tokenize(sentence)) if figure.noun == "personnel"]


def test_markdown_emphasis_is_no_word() -> None:
    """'up **9.4%**': the bold marks are layout, so the word before the figure is 'up'; offsets stay the sentence's."""
    sentence = "Spending was up **9.4%** on *Readiness 2030*."
    tokens = tokenize(sentence)
    assert "*" not in [token.text for token in tokens]
    up = [token.word for token in tokens].index("up")
    assert tokens[up + 1].text == "9.4"
    assert sentence[tokens[up + 1].start : tokens[up + 2].end] == "9.4%"


@pytest.mark.parametrize("sentence", ["**[12:30]** Lithuania.", "[00:00] Cold open.", "[1:02:15] Wrap-up."])
def test_a_show_notes_timestamp_is_no_figure(sentence: str) -> None:
    assert figures_of(sentence) == []


def test_a_number_sign_before_the_scope_it_ranks_in_is_a_rank() -> None:
    (rank,) = [f for f in figures_of("Poland at 4.12%, #1 in the Alliance.") if f.kind is FigureKind.RANK]
    assert rank.value == 1.0


@pytest.mark.parametrize("sentence", ["Issue #147 in June covers it.", "See #2 of the list."])
def test_a_number_sign_after_a_word_or_before_no_scope_is_no_rank(sentence: str) -> None:
    assert [f for f in figures_of(sentence) if f.kind is FigureKind.RANK] == []


@pytest.mark.parametrize(
    ("sentence", "value", "noun"),
    [
        ("- Years of consecutive increase: 10", 10.0, "years"),
        ("- European countries that did not increase spending: 1 (Malta)", 1.0, "countries"),
        ("Allies meeting the guideline: 23", 23.0, "allies"),
    ],
)
def test_a_bare_number_after_a_label_opening_with_a_noun_counts_that_noun(
    sentence: str, value: float, noun: str
) -> None:
    assert [(f.kind, f.value, f.noun) for f in find_figures(tokenize(sentence))] == [(FigureKind.COUNT, value, noun)]


@pytest.mark.parametrize(
    "sentence",
    ["- Rank in Europe: 3", "- Years of increase: 10 of the last 12", "- Countries: 2024", "- Note: 12 countries: 5"],
)
def test_a_bare_number_after_a_label_naming_nothing_counted_is_no_count(sentence: str) -> None:
    counts = [f for f in find_figures(tokenize(sentence)) if f.kind is FigureKind.COUNT]
    assert not [f for f in counts if f.noun in {"years", "countries"} and f.value in {5.0, 10.0, 2024.0}]


def test_one_before_a_plural_noun_is_a_pronoun_no_count() -> None:
    sentence = "That is the figure behind the 2.3 per cent she quotes, and the one other allies will compare us with."
    assert not [f for f in find_figures(tokenize(sentence)) if f.kind is FigureKind.COUNT]
    assert [(f.value, f.noun) for f in find_figures(tokenize("Only one ally missed it."))] == [(1.0, "ally")]


@pytest.mark.parametrize(
    ("sentence", "lead", "prior"),
    [
        ("Net sales increased to SEK 9,315m (7,702).", 9315, 7702),
        ("an operating margin of 11.3 per cent (10.1)", 11.3, 10.1),
        ("an operating margin of 8.4% (7.8%).", 8.4, 7.8),
        ("Operating cash flow was SEK -412m (305).", -412, 305),
        ("Operating income was SEK 120m (-35).", 120, -35),
        # a few plain words dating the figure may stand before its bracket, the bracket writing the scale alone
        ("the order backlog reached SEK 152.4 billion at year-end (127.4 billion).", 152.4, 127.4),
        ("an operating margin of 8.4% in the quarter (7.8%).", 8.4, 7.8),
    ],
)
def test_a_bare_number_in_brackets_after_a_figure_is_the_same_measure_a_year_before(
    sentence: str, lead: float, prior: float
) -> None:
    figures = find_figures(tokenize(sentence))
    assert [(f.value, f.prior) for f in figures] == [(lead, False), (prior, True)]
    assert figures[1].kind is figures[0].kind and figures[1].currency == figures[0].currency


@pytest.mark.parametrize(
    "sentence",
    [
        "spent $997 billion (3) on defence",
        "EUR 4.2 billion (2024) for the army",
        "EUR 4.2 billion in 2024 (3.9 in the plan)",
        "EUR 4.2 billion, the army said (3.9)",
    ],
)
def test_a_footnote_or_a_year_in_brackets_is_no_earlier_value(sentence: str) -> None:
    assert not any(figure.prior for figure in find_figures(tokenize(sentence)))


def test_a_minus_sign_after_the_currency_makes_the_amount_negative() -> None:
    (figure,) = find_figures(tokenize("Corporate costs affected operating income by SEK -41m in the quarter."))
    assert (figure.value, figure.currency, figure.scale) == (-41, "SEK", 1e6)


def test_an_amount_equated_to_its_share_is_two_figures_and_a_rate_none():
    shared = [(f.kind, f.value) for f in figures_of("All members together: USD 1,506 bn = 55% of world spending")]
    assert shared == [(FigureKind.MONEY, 1506), (FigureKind.PERCENT, 55)]
    assert [f.kind for f in figures_of("($1 = 7.1500 Danish crowns)") if f.kind is FigureKind.MONEY] == []


def test_a_quoted_notation_read_out_after_an_equals_sign_is_no_figure():
    """A readme's '(e.g. "1 040,1" = one thousand and forty point one million euro)' shows how the file writes its
    numbers; an amount equated to a share ('USD 1,506 bn = 55%') is still two figures."""
    example = 'Thousands are separated by a space (e.g. "1 040,1" = one thousand and forty point one million euro).'
    assert figures_of(example) == []
    assert [f.value for f in figures_of("Spending = 2.1% of GDP in 2024.") if f.kind is FigureKind.PERCENT] == [2.1]


@pytest.mark.parametrize(
    "line", ["Global ranking: 9th (2022) → 6th (2023)", "Rank among spenders: 5th (2019) -> 3rd (2024)"]
)
def test_an_ordinal_an_arrow_leads_to_from_a_rank_is_the_rank_moved_to(line: str) -> None:
    ranks = [f.value for f in figures_of(line) if f.kind is FigureKind.RANK]
    assert len(ranks) == 2 and ranks[1] < ranks[0]


def test_an_ordinal_after_an_arrow_from_no_rank_is_no_rank() -> None:
    assert not [f for f in figures_of("Budget: EUR 4 bn → 5th tranche") if f.kind is FigureKind.RANK]


def test_a_count_of_a_total_may_be_dated_by_a_bracket_after_it() -> None:
    counts = [(f.value, f.total) for f in figures_of("Allies above the line: 19 of 31 (2023e)") if f.total]
    assert counts == [(19.0, 31.0)]
    assert [(f.value, f.total) for f in figures_of("(2016: 5 of 28)") if f.total] == [(5.0, 28.0)]


def test_a_bare_number_after_a_body_of_people_s_name_is_its_headcount() -> None:
    """'our goal remains an army of 300,000': the size of the army, a count of people."""
    counts = [f for f in figures_of("Our goal remains an army of 300,000.") if f.kind is FigureKind.COUNT]
    assert [f.value for f in counts] == [300000]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Denmark spent 2.4% of GDP, seventh of the 32 Allies.", 7.0),
        ("Portugal came 25th out of 31 members.", 25.0),
    ],
)
def test_an_ordinal_among_the_allies_counted_is_a_rank(sentence: str, place: float) -> None:
    ranks = [figure.value for figure in figures_of(sentence) if figure.kind is FigureKind.RANK]
    assert ranks == [place]


def test_a_bare_number_of_a_list_said_respectively_takes_the_unit_after_the_list() -> None:
    percentages = [
        figure.value for figure in figures_of("They fell short by 0.3 and 0.4 percentage points respectively.")
    ]
    assert 0.3 in percentages and 0.4 in percentages


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year its ratio placed it in the bottom five of 32 allies.",
        "In cash terms Norway remains one of the ten largest spenders in the Alliance.",
        "Only the top three spenders grew faster.",
    ],
)
def test_the_size_of_a_ranking_s_band_is_no_count(sentence: str) -> None:
    counts = [figure.value for figure in figures_of(sentence) if figure.kind is FigureKind.COUNT]
    assert counts == ([32.0] if "32" in sentence else [])


def test_time_an_amount_is_spread_over_is_no_floor(tmp_path: Path) -> None:
    from knowledge.snapshot import build_knowledge_base  # noqa: PLC0415

    (tmp_path / "plan.md").write_text(
        "# Denmark's defence plan\n\nThe agreement committed DKK 155 billion over ten years for Denmark's forces.\n",
        encoding="utf-8",
    )
    (tmp_path / "catalog.toml").write_text('["plan.md"]\ntitle = "Denmark\'s defence plan"\npublished = "2025-03-01"\n')
    (span,) = [fact for fact in build_knowledge_base(tmp_path).facts if fact.measure == "open:count"]
    assert (span.value, span.qualifiers) == (10.0, ())


@pytest.mark.parametrize(
    ("sentence", "kind", "value", "scale", "currency"),
    [
        ("Spain spent 1,28% of GDP on defence in 2024.", FigureKind.PERCENT, 1.28, None, None),
        ("Salaries will rise by 6,5 % over two years.", FigureKind.PERCENT, 6.5, None, None),
        ("The fund holds EUR 1,5 billion.", FigureKind.MONEY, 1.5, 1e9, "EUR"),
    ],
)
def test_a_comma_before_one_or_two_digits_and_a_percentage_or_scale_is_a_decimal_comma(
    sentence: str, kind: FigureKind, value: float, scale: float | None, currency: str | None
) -> None:
    (figure,) = [figure for figure in figures_of(sentence) if figure.kind is kind]
    assert (figure.value, figure.scale, figure.currency) == (value, scale, currency)


def test_a_comma_between_figures_is_no_decimal_comma() -> None:
    figures = figures_of("In 2023, 28% of the allies met the target and 1,250% is no decimal.")
    assert [figure.value for figure in figures if figure.kind is FigureKind.PERCENT] == [28.0, 1250.0]


@pytest.mark.parametrize(
    ("sentence", "value", "scale"),
    [
        ("EU members spent an estimated 326 bln € in 2024.", 326.0, 1e9),
        ("Total spending will reach 33.1 mln € this year.", 33.1, 1e6),
        ("The plan adds 10.5 mln EUR.", 10.5, 1e6),
    ],
)
def test_mln_and_bln_scale_money_whose_currency_follows(sentence: str, value: float, scale: float) -> None:
    (figure,) = [figure for figure in figures_of(sentence) if figure.kind is FigureKind.MONEY]
    assert (figure.value, figure.scale, figure.currency) == (value, scale, "EUR")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Between 1990 and 1999 European defence spending fell by roughly a fifth in real terms.", 20.0),
        ("The ministry cut the programme by half.", 50.0),
        ("The United States devoted more than a tenth of its national output to defence.", 10.0),
    ],
)
def test_a_fraction_a_change_is_by_or_a_tenth_of_a_whole_is_a_percentage(sentence: str, value: float) -> None:
    assert [figure.value for figure in figures_of(sentence) if figure.kind is FigureKind.PERCENT] == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "The contract went to a third party.",
        "It was the tenth consecutive year of growth.",
        "Spending was cut by a third party's lawsuit.",
    ],
)
def test_a_fraction_with_no_of_and_no_change_it_sizes_is_no_percentage(sentence: str) -> None:
    assert [figure for figure in figures_of(sentence) if figure.kind is FigureKind.PERCENT] == []


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("**Question No. 0042** put by a member of the Committee on National Defence", []),
        ("Decree Nr. 12 of the ministry cut spending by 5%", [5.0]),
        ("There is no 2% floor in the plan.", [2.0]),  # a plain 'no' denies, it numbers nothing
    ],
)
def test_a_reference_number_after_its_abbreviation_is_no_figure(sentence: str, values: list[float]) -> None:
    assert [figure.value for figure in figures_of(sentence)] == values


def test_years_written_with_a_fiscal_year_prefix_are_read_by_their_first_year() -> None:
    """'FY2024' has no word boundary before its digits: a plain year's pattern misses it."""
    said = "The budget for FY2025 (April 2025 to March 2026) is up 9.4% on the ¥7.95 trillion of FY2024, FY34–35."
    assert fiscal_years_named(said) == {2024, 2025, 2034}
    assert fiscal_years_named("FIFA2024 and X2024 are no fiscal years") == set()


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Order intake came to €25.3bn, a book-to-bill ratio of 1.23, and the backlog grew.", 1.23),
        ("With a book-to-bill ratio of 2.6 in the quarter, orders outran sales.", 2.6),
        ("The ratio stood at 0.9 last year.", 0.9),
    ],
)
def test_a_bare_number_after_the_words_naming_a_ratio_is_a_multiple(sentence: str, value: float) -> None:
    multiples = [figure.value for figure in figures_of(sentence) if figure.kind is FigureKind.MULTIPLE]
    assert multiples == [value]


@pytest.mark.parametrize(
    "sentence", ["That is a ratio of 2.01% of GDP.", "In 2014 the ratio was 1.19 per cent.", "The ratio of 2024 rose."]
)
def test_a_percentage_or_a_year_after_a_ratio_s_words_is_no_multiple(sentence: str) -> None:
    assert not [figure for figure in figures_of(sentence) if figure.kind is FigureKind.MULTIPLE]


def test_a_percentage_written_procent_or_prozent_is_a_percentage() -> None:
    """'"de 2 procent" was out of reach', quoted from a Dutch debate; '2 Prozent', from a German one."""
    for sentence in ('For years this House was told that "de 2 procent" was out of reach.', "Es sind 2 Prozent."):
        figures = find_figures(tokenize(sentence))
        assert [(figure.kind, figure.value) for figure in figures] == [(FigureKind.PERCENT, 2.0)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Of our former F-16s, 24 have been pledged to Ukraine, and 18 went to the European F-16 Training Center.",
            [(24.0, "F-16s"), (18.0, "F-16s")],
        ),
        ("Of 74,800 funded positions, 8,900 were vacant.", [(74800.0, "funded positions"), (8900.0, "positions")]),
        ("Of that, 3.5% goes to core defence.", []),  # a share, no count
        ("Of the total, 12 went abroad.", []),  # no plural a count counts closes the opening
    ],
)
def test_a_bare_number_after_an_opening_of_a_counted_plural_counts_that_plural(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    """'Of our former F-16s, 24 have been pledged to Ukraine, and 18 went to …': both numbers count F-16s."""
    figures = find_figures(tokenize(sentence))
    assert [(figure.value, figure.noun) for figure in figures if figure.kind is FigureKind.COUNT] == expected


@pytest.mark.parametrize(
    ("sentence", "value", "scale"),
    [("About kr. 4,5 milliarder goes to ammunition.", 4.5, 1e9), ("The fund costs 50 mia. kr. in all.", 50, 1e9)],
)
def test_the_nordic_crown_abbreviated_before_or_after_an_amount_is_money(
    sentence: str, value: float, scale: float
) -> None:
    money = [figure for figure in find_figures(tokenize(sentence)) if figure.kind is FigureKind.MONEY]
    assert [(figure.value, figure.scale, figure.currencies) for figure in money] == [
        (value, scale, ("DKK", "NOK", "SEK", "ISK"))
    ]


@pytest.mark.parametrize(
    ("sentence", "value", "scale"),
    [
        ('The same line reads "6,1 δισ. ευρώ" in the budget papers.', 6.1, 1e9),
        ("Το ποσό είναι 850 εκατ. ευρώ.", 850, 1e6),
        ("Ο προϋπολογισμός φτάνει τα 6,1 δισεκατομμύρια ευρώ.", 6.1, 1e9),
    ],
)
def test_greek_scale_words_and_the_euro_in_greek_read_as_written(sentence: str, value: float, scale: float) -> None:
    """Greek budget papers write a billion 'δισ.' (δισεκατομμύρια), a million 'εκατ.', the euro 'ευρώ': a billion
    read as a billion, never a thousand-fold other."""
    money = [figure for figure in find_figures(tokenize(sentence)) if figure.kind is FigureKind.MONEY]
    assert [(figure.value, figure.scale, figure.currency) for figure in money] == [(value, scale, "EUR")]


def test_the_crown_abbreviated_before_a_year_is_no_amount() -> None:
    assert not [
        figure for figure in find_figures(tokenize("Paid in kr. 2024 and after.")) if figure.kind is FigureKind.MONEY
    ]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("We raised the planned fleet from ninety to one hundred and fifteen aircraft.", [90, 115]),
        ("We have about one hundred and sixty thousand men and women in uniform.", [160_000]),
    ],
)
def test_spoken_counts_of_tens_and_of_men_and_women_are_counts(sentence: str, values: list[float]) -> None:
    counts = [figure.value for figure in find_figures(tokenize(sentence)) if figure.kind is FigureKind.COUNT]
    assert counts == values


def named_counts(sentence: str) -> list[tuple[float, str | None]]:
    tokens = tokenize(sentence)
    return [(figure.value, figure.noun) for figure in counted_numbers(tokens, find_figures(tokens))]


def test_bare_numbers_dated_after_a_count_named_by_its_noun_count_that_noun() -> None:
    sentence = "The distance is clearest in the number of Allies at or above 2%: 3 in 2014, 5 in 2016, 23 in 2024."
    assert named_counts(sentence) == [(3, "allies"), (5, "allies"), (23, "allies")]


def test_a_bare_number_closing_a_clause_a_count_named_by_its_noun_opens_counts_that_noun() -> None:
    sentence = "Allies agree to deploy troops; the number of Allies at or above 2% has risen to 5."
    assert named_counts(sentence) == [(5, "allies")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of allies spending 2% rose from 3 to 23, while others fell.",  # a move's two ends: two times
        "The number of allies is large; Poland rose to 5.",  # the count's clause has ended
        "Spending rose to 5, in 2024.",  # no count named
    ],
)
def test_a_bare_number_outside_a_named_count_s_clause_is_no_count(sentence: str) -> None:
    assert named_counts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The reserve is to grow to 80,000 reservists by 2030, and the long-term ambition is 105,000 by 2035.",
            [(80000, "reservists"), (105000, "reservists")],
        ),
        (
            "The law provides for 6,300 additional posts, including 700 in 2024 alone.",
            [(6300, "additional posts"), (700, "additional posts")],
        ),
        (
            "They are to operate 137 Rafale combat aircraft in 2030, on the way to 185 in 2035.",
            [(137, "Rafale combat aircraft"), (185, "Rafale combat aircraft")],
        ),
    ],
)
def test_a_bare_number_dated_after_a_count_counts_its_noun_again(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    counts = [figure for figure in find_figures(tokenize(sentence)) if figure.kind is FigureKind.COUNT]
    assert [(figure.value, figure.noun) for figure in counts] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Spending reached 2.1% of GDP in 2024 and 12 in 2025.",  # after a percentage: no count
        "The army grew from 3 brigades to 5 from 2024.",  # a move's end, no level dated
    ],
)
def test_a_bare_number_dated_after_anything_but_a_count_counts_nothing(sentence: str) -> None:
    counts = [figure.value for figure in find_figures(tokenize(sentence)) if figure.kind is FigureKind.COUNT]
    assert 12 not in counts and 5 not in counts


@pytest.mark.parametrize(
    ("sentence", "kind", "exact"),
    [
        ("Nearly $90 billion in 2024 on SIPRI's numbers, 88.5, up 28%.", FigureKind.MONEY, 88.5),
        (
            "Nearly ninety billion dollars in 2024 on SIPRI's numbers, eighty-eight point five, up 28%.",
            FigureKind.MONEY,
            88.5,
        ),
        ("Spain was lowest, about 1.3%, or 1.28 if you want NATO's decimals.", FigureKind.PERCENT, 1.28),
    ],
)
def test_a_bare_number_close_to_an_approximate_figure_before_it_says_it_exactly(
    sentence: str, kind: FigureKind, exact: float
) -> None:
    said = [figure for figure in figures_of(sentence) if figure.kind is kind]
    assert said[1].value == exact
    assert (said[1].currency, said[1].scale) == (said[0].currency, said[0].scale)


@pytest.mark.parametrize(
    "sentence",
    [
        "Spending was $90 billion in 2024, 88.5 of it on personnel.",  # the figure before is not approximate
        "Spending was about 2% in 2024, and 23 allies met it.",  # no comma or 'or' right before, nor close
        "It was about 2% in 2024, 12 more than before.",  # far from the figure before
    ],
)
def test_a_bare_number_says_no_figure_exactly_unless_close_to_an_approximate_one(sentence: str) -> None:
    said = [figure for figure in figures_of(sentence) if figure.kind in (FigureKind.MONEY, FigureKind.PERCENT)]
    assert len(said) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The government's plan: 2.5 per cent by 2027, from about 2.3 today.", [2.5, 2.3]),
        ("It rose to 2.5 per cent, from 2.3 in 2023.", [2.5, 2.3]),
    ],
)
def test_a_bare_decimal_a_move_started_from_past_a_percentage_is_one(sentence: str, expected: list[float]) -> None:
    percents = [figure.value for figure in find_figures(tokenize(sentence)) if figure.kind is FigureKind.PERCENT]
    assert percents == expected


def test_a_bare_number_a_move_started_from_with_a_noun_of_its_own_is_no_percentage() -> None:
    figures = find_figures(tokenize("It is 2.5 per cent, from 2.3 people."))
    assert [figure.value for figure in figures if figure.kind is FigureKind.PERCENT] == [2.5]
