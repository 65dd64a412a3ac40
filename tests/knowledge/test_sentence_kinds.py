"""Kinds of measure read from the words around a figure (`knowledge.sentence_kinds`)."""

from __future__ import annotations

import pytest

from knowledge.sentence import Context, SentenceReader


def kinds_of(sentence: str, *, gdp_shares: bool = True) -> list[tuple[float, str]]:
    context = Context(gdp_shares=gdp_shares, subject="Japan", section_subject="Japan", paragraph_subject="Japan")
    return [(stated.figure.value, stated.kind) for stated in SentenceReader(sentence, context, 2025).statements()]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Japan spent $55.3 billion, 21 percent more than a year earlier.", [(55.3, "money"), (21.0, "change")]),
        ("Japan's budget is 4% higher than planned.", [(4.0, "change")]),
        ("Japan spent 1.4% of GDP, more than ever.", [(1.4, "share_of_gdp")]),
        # the comparative right after the percentage, its 'than' later in the clause
        ("Japan spent 17 per cent more on its military in 2024 than in 2023.", [(17.0, "change")]),
        ("Japan spent 6% less on defence than a year earlier.", [(6.0, "change")]),
        ("Japan spent 1.4% of GDP on defence, more than in 2023.", [(1.4, "share_of_gdp")]),
    ],
)
def test_a_percentage_more_than_something_is_a_change(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert kinds_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Japan's request is $9.1 billion, or 4.5%, above last year's budget.", [(9.1, "change"), (4.5, "change")]),
        (
            "The ministry asks for ¥310 billion, or 2.2%, less than the enacted level.",
            [(310.0, "change"), (2.2, "change")],
        ),
        ("Japan spent $55.3 billion, or 1.4% of GDP, in 2024.", [(55.3, "money"), (1.4, "share_of_gdp")]),
    ],
)
def test_an_amount_and_its_percentage_above_a_level_are_both_the_difference(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    """'$25.5 billion, or 3.1%, above the FY2024 enacted level': the percentage between commas restates the amount,
    and the words after it say both are a difference from that level, neither a level nor a share of GDP."""
    assert kinds_of(sentence) == expected


def test_a_share_of_gross_domestic_product_with_a_word_between_is_of_gdp() -> None:
    sentence = "Military spending in Japan was equal to 2.5 percent of global gross domestic product last year."
    assert kinds_of(sentence, gdp_shares=False) == [(2.5, "share_of_gdp")]


@pytest.mark.parametrize(
    "sentence",
    ["Japan means more than doubling the burden.", "In some contracts Japan's price roughly quadrupled."],
)
def test_a_multiple_of_the_subjects_own_figure_is_a_change(sentence: str) -> None:
    ((_, kind),) = kinds_of(sentence)
    assert kind == "change"


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan's sales were JPY 2.1 trillion, up 11.7% reported and 8.0% on an organic basis.",
        "Japan's spending rose 5% in 2023 and 7% in 2024.",
    ],
)
def test_a_second_percentage_joined_to_a_change_is_that_change_measured_another_way(sentence: str) -> None:
    assert [kind for _, kind in kinds_of(sentence) if kind != "money"] == ["change", "change"]


def test_a_percentage_after_another_s_name_is_not_joined_to_the_change_before_it() -> None:
    kinds = kinds_of("Spending by Japan rose 17.9%, against 7.2% for Canada and 10.9% for NATO as a whole.")
    assert (10.9, "change") not in kinds


def test_a_ratio_of_two_amounts_is_no_change() -> None:
    kinds = kinds_of("Japan's order intake came to JPY 2.5 trillion, a book-to-bill ratio of 1.23.")
    assert (1.23, "other") in kinds


def test_a_percentage_of_an_entity_named_after_a_count_of_allies_is_its_own_figure() -> None:
    sentence = "NATO put Poland at 4.12% in 2024, first among the 32 allies, ahead of Estonia (3.43%)."
    statements = SentenceReader(sentence, Context(gdp_shares=True), 2025).statements()
    assert (3.43, ["Estonia"]) in [(stated.figure.value, stated.subjects) for stated in statements]


def test_a_percentage_bounding_a_count_of_allies_is_part_of_the_count() -> None:
    statements = SentenceReader("Five allies spent more than 3%.", Context(gdp_shares=True), 2025).statements()
    assert [stated.figure.value for stated in statements] == [5.0]


def test_a_figure_opening_a_range_is_of_the_kind_of_the_one_closing_it() -> None:
    assert kinds_of("Japan's spending rose from 1.4 to 1.8% of GDP.", gdp_shares=False) == [
        (1.4, "share_of_gdp"),
        (1.8, "share_of_gdp"),
    ]
    assert kinds_of("Japan will spend between 5 and 6 percent of GDP.", gdp_shares=False) == [
        (5.0, "share_of_gdp"),
        (6.0, "share_of_gdp"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The military burden, spending as a share of world GDP, rose to 2.5%.", [(2.5, "share_of_gdp")]),
        ("Japan's share of GDP going to defence climbed to 1.4%.", [(1.4, "share_of_gdp")]),
        ("Japan's spending rose 21% to $55.3 billion.", [(21.0, "change"), (55.3, "money")]),
        ("Japan's inflation eased to 3.4% in May from 3.5% in April.", [(3.4, "change"), (3.5, "change")]),
        ("Services inflation, closely watched by policymakers, cooled to 3.2%.", [(3.2, "change")]),
    ],
)
def test_a_share_of_gdp_a_change_reached_is_a_level(sentence: str, expected: list[tuple[float, str]]) -> None:
    """'… rose to 2.5%': the level the change reached; an economy's rate ('inflation eased to 3.4%') stays a change."""
    assert kinds_of(sentence, gdp_shares=False) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Japan reports roughly 51% on equipment.", [(51.0, "share_of_total")]),
        ("Japan spends 2% of GDP on equipment.", [(2.0, "share_of_gdp")]),
    ],
)
def test_a_percentage_spent_on_a_part_of_the_budget_is_a_share_of_it(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert kinds_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan borrows EUR 43.7 billion, nearly 30% of the whole envelope.",
        "Components from abroad may not exceed 35% of the estimated cost.",
    ],
)
def test_a_percentage_of_an_envelope_or_a_cost_is_a_share_of_that_total(sentence: str) -> None:
    assert kinds_of(sentence)[-1][1] == "share_of_total"


@pytest.mark.parametrize(
    "sentence",
    [
        "The UK was already above 2% in 2014 and has only crept up a bit.",
        "Italy and Canada were both still under 2% in 2024.",
        "Finland and Sweden remain below 3%.",
        "France added little, and the United Kingdom, already above 2% in 2014, added even less.",
        "In 2024 it was well short of 2%.",
    ],
)
def test_a_bound_a_name_is_said_to_stand_beyond_is_a_line_not_its_figure(sentence: str) -> None:
    assert kinds_of(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Poland spent more than 4% of GDP last year.", 4.0),  # a figure spent, bounded
        ("Germany is now just over 2%.", 2.0),  # a level, said loosely
        ("Estonia will keep spending above 3% of GDP at least until 2027.", 3.0),  # a floor set as a goal
    ],
)
def test_a_bound_on_a_figure_spent_or_a_goal_stays_a_figure(sentence: str, value: float) -> None:
    assert [v for v, _ in kinds_of(sentence)] == [value]


def test_the_level_a_change_started_from_is_of_the_level_it_reached() -> None:
    assert kinds_of("Germany's share rose from 1.64% to 2.12%, helped by its special fund.") == [
        (1.64, "share_of_gdp"),
        (2.12, "share_of_gdp"),
    ]


def test_a_percentage_closing_a_range_is_of_the_kind_of_the_one_opening_it() -> None:
    assert kinds_of("Management has guided for sales growth of 25% to 30% in 2025.") == [(25, "change"), (30, "change")]
    assert kinds_of("Saab raised its sales growth forecast to between 25% and 30%.") == [(25, "change"), (30, "change")]
    # a move from one level to another is no range: the level reached is not the change's kind
    assert kinds_of("Japan's share rose from 1.64% to 2.12% of GDP.")[-1] == (2.12, "share_of_gdp")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Japan spent **$55.3 billion** in 2024, up **9.4%** in real terms.", [(55.3, "money"), (9.4, "change")]),
        ("Japan is up *4%* on the year.", [(4.0, "change")]),
    ],
)
def test_a_change_word_before_a_bold_figure_makes_it_a_change(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert kinds_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Japan: **$55bn** (estimate, +7%)", [(55.0, "money"), (7.0, "change")]),
        ("Japan: $55bn (+38%, about 1.4% of GDP)", [(55.0, "money"), (38.0, "change"), (1.4, "share_of_gdp")]),
    ],
)
def test_a_percentage_with_its_plus_sign_is_a_change(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert kinds_of(sentence) == expected


def test_a_plus_standing_apart_from_a_percentage_makes_no_change() -> None:
    assert kinds_of("Japan spent 1.4% of GDP + 2% on pensions.", gdp_shares=False)[0] == (1.4, "share_of_gdp")


@pytest.mark.parametrize("sentence", ["**[12:30]** Japan spends 1.4% of GDP.", "[22:50] Japan spends 1.4% of GDP."])
def test_a_timestamp_opening_a_show_note_is_no_figure(sentence: str) -> None:
    assert kinds_of(sentence) == [(1.4, "share_of_gdp")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trimming aid saves £6 billion, which covers less than half of the new money.", (50, "share_of_total")),
        ("It looks as if half of it is borrowed.", (50, "share_of_total")),
        ("Spain spent half of one percent of GDP more.", (0.5, "share_of_gdp")),
    ],
)
def test_a_fraction_in_words_is_a_part_of_its_whole_not_of_gdp(sentence: str, expected: tuple[float, str]) -> None:
    assert kinds_of(sentence)[-1] == expected


def test_made_up_before_a_percentage_is_a_part_not_a_rise() -> None:
    """'made up about 9% of group sales': its 'up' is no rise; 'a pledge made up of 3.5% for core defence' lists a
    goal's parts and stays a share of GDP."""
    assert kinds_of("Deliveries to Ukraine made up about 9% of group sales.") == [(9, "share_of_total")]
    assert kinds_of("Sales were up 24% on a year earlier.") == [(24, "change")]
    assert kinds_of("Allies pledged 5% of GDP by 2035, made up of 3.5% for core defence.")[-1] == (3.5, "share_of_gdp")


def test_a_bound_another_number_follows_does_not_bound_the_figure_after_it() -> None:
    reader = SentenceReader(
        "Russia spent an estimated US$149 billion, some 38 per cent more than in 2023 and roughly 7.1 per cent of "
        "its GDP.",
        Context(),
        2025,
    )
    (level,) = [stated for stated in reader.statements() if stated.figure.value == 7.1]
    assert "minimum" not in level.qualifiers


@pytest.mark.parametrize(
    "sentence",
    [
        "Between 2023 and 2026 Japan's budget almost doubles, rising by ¥4.2 trillion, or 85 per cent.",
        "Japan's budget has increased by ¥4.2 trillion, or 85 per cent, since 2023.",
        "Japan's budget climbed by ¥4.2 trillion, or 85 per cent, over three years.",
    ],
)
def test_an_amount_a_budget_rises_by_is_a_change_and_so_is_its_percentage(sentence: str) -> None:
    assert {(4.2, "change"), (85.0, "change")} <= set(kinds_of(sentence))


def test_a_figure_a_company_gives_as_guidance_is_an_estimate() -> None:
    context = Context(subject="Germany", section_subject="Germany", paragraph_subject="Germany")
    stated = SentenceReader("Germany confirms its guidance of revenue of EUR 7.9 billion.", context, 2025).statements()
    assert [s.qualifiers for s in stated] == [["estimate"]]


def test_the_level_a_move_starts_from_in_its_own_year_is_a_level_not_a_change() -> None:
    sentence = "The average of the group rose from 1.62% in 2015 to 2.31% in 2025."
    assert kinds_of(sentence) == [(1.62, "share_of_gdp"), (2.31, "share_of_gdp")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Imports doubled, with Japan supplying 64% of them.",
        "At least 65% of the value of components must come from Japan.",
        "Of the money Japan committed to new equipment in 2023, 78% went to suppliers abroad.",
    ],
)
def test_a_percentage_of_what_was_named_or_counted_before_is_a_share_of_that_total(sentence: str) -> None:
    assert kinds_of(sentence)[-1][1] == "share_of_total"


def test_a_percentage_after_a_count_of_allies_stays_a_share_of_gdp() -> None:
    assert kinds_of("In 2024, 23 allies met the guideline and Japan spent 1.4%.")[-1][1] == "share_of_gdp"


def test_a_percentage_spent_beside_a_count_of_things_stays_a_share_of_gdp() -> None:
    assert kinds_of("Japan will buy 96 helicopters and spend 1.4% on defence.")[-1] == (1.4, "share_of_gdp")


def test_a_ratio_in_words_is_a_share_of_the_whole_and_a_fraction_of_an_economy_a_share_of_gdp() -> None:
    """'one in eight dollars of all European military spending' is 12.5% of that whole, never of GDP by default; 'a
    third of its entire economy' a share of GDP."""
    ratio = "That is roughly one in eight dollars of all European military spending."
    assert kinds_of(ratio) == kinds_of(ratio, gdp_shares=False) == [(12.5, "share_of_total")]
    assert kinds_of("Japan is spending a third of its entire economy on the war.") == [(33.3, "share_of_gdp")]


def test_a_percentage_of_that_is_a_share_of_what_the_sentence_named_before() -> None:
    """'… spent roughly $1.47 trillion in 2024, with Japan responsible for around 66% of that': a share of that
    amount, never of GDP by default."""
    sentence = "Allies spent roughly $1.47 trillion in 2024, with Japan responsible for around 66% of that."
    assert kinds_of(sentence) == [(1.47, "money"), (66.0, "share_of_total")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Of the €6.8 billion planned, €5.5 billion (81%) was actually spent.", (81.0, "share_of_total")),
        ("Of 74,800 funded positions, 8,900 (11.9%) were vacant at the end of 2024.", (11.9, "share_of_total")),
        ("Japan spent 18 billion dollars (62%) on personnel last year.", (62.0, "share_of_total")),
        ("Spending 81 per cent of the investment plan is not good enough.", (81.0, "share_of_total")),
        ("Japan carried out 64 percent of its investment plans in 2024.", (64.0, "share_of_total")),
    ],
)
def test_a_share_of_a_figure_or_of_a_plan_is_no_share_of_gdp(sentence: str, expected: tuple[float, str]) -> None:
    """A bare percentage in brackets right after an amount or a count tells it as a share of its whole; a share of a
    plan is a share of a total. Neither is of GDP, however much of GDP the document speaks of."""
    assert expected in kinds_of(sentence)
    assert (expected[0], "share_of_gdp") not in kinds_of(sentence)


def test_a_bracketed_share_of_gdp_after_an_amount_stays_of_gdp() -> None:
    assert (2.05, "share_of_gdp") in kinds_of("Japan spent €21.9 billion (2.05% of GDP) in 2024.")


@pytest.mark.parametrize(
    "sentence",
    [
        "- Share of GDP: 3.38%.",
        "- Share of GDP: 2.12%, the first time Berlin has met the NATO guideline since the early 1990s.",
        "Defence spending as a share of gross domestic product: 1.9%.",
    ],
)
def test_a_share_word_naming_gdp_before_the_figure_makes_it_a_share_of_gdp(sentence: str) -> None:
    assert [kind for _, kind in kinds_of(sentence, gdp_shares=False)] == ["share_of_gdp"]


def test_a_share_word_naming_another_whole_before_the_figure_is_still_a_share_of_that_total() -> None:
    assert [kind for _, kind in kinds_of("- Share of the alliance total: 12%.", gdp_shares=False)] == ["share_of_total"]


def test_a_hedge_between_a_change_s_words_and_its_amount_leaves_it_a_change() -> None:
    assert kinds_of("Japan's 2025 envelope is larger by some USD 27.7 billion.") == [(27.7, "change")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Under the previous plan the yearly step was only USD 1.7 billion.", [(1.7, "change")]),
        ("The budget grows each year, by a step of USD 3.3 billion.", [(3.3, "change")]),
        ("The next step is a review; the budget is USD 47.2 billion.", [(47.2, "money")]),
    ],
)
def test_a_budget_s_step_is_its_rise_from_one_year_to_the_next(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert kinds_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Our share of spending on major equipment is well above the NATO guideline of 20 percent; in 2024 it was "
            "around 36 percent.",
            [(20.0, "share_of_total"), (36.0, "share_of_total")],
        ),
        ("The share of the defence budget going to equipment reached 31% in 2024.", [(31.0, "share_of_total")]),
        # a share of defence spending in GDP names GDP: a share of GDP still
        ("The share of defence spending in GDP reached 1.4% in 2024.", [(1.4, "share_of_gdp")]),
    ],
)
def test_a_percentage_after_a_share_of_a_total_named_is_a_share_of_that_total(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    """'Our share of spending on major equipment … the NATO guideline of 20 percent; … it was around 36 percent':
    both are shares of the budget, not of GDP, though the document states shares of GDP elsewhere."""
    assert kinds_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "qualifiers"),
    [
        ("Within weeks Japan will be asked to sign up to 3.5% of GDP.", ["target"]),
        ("Japan signed up to 3.5% of GDP by 2035.", ["target"]),
        ("Japan's programmes add up to $16 billion.", []),
        ("Japan will spend up to 1.5% of GDP on resilience.", ["maximum"]),  # a ceiling still
        ("Japan will build up to 12 frigates.", ["maximum"]),
    ],
)
def test_up_after_a_verb_it_is_the_particle_of_is_no_ceiling(sentence: str, qualifiers: list[str]) -> None:
    """'we will be asked to sign up to 3.5%': the level signed up to, a goal, not a ceiling ('up to 3.5%')."""
    context = Context(gdp_shares=True, subject="Japan", section_subject="Japan", paragraph_subject="Japan")
    stated = SentenceReader(sentence, context, 2025).statements()
    assert [sorted(set(s.qualifiers) - {"deadline"}) for s in stated] == [qualifiers]


@pytest.mark.parametrize(
    "sentence",
    [
        "Japan's spending is up by more than 50% since 2014.",
        "Japan's spending is up by more than half since 2014.",
        "Japan's spending fell by less than 2% in 2023.",
    ],
)
def test_a_bound_between_a_change_word_and_its_figure_leaves_it_the_change(sentence: str) -> None:
    assert [kind for _, kind in kinds_of(sentence) if kind != "date"][:1] == ["change"]


def test_a_bound_after_to_is_the_level_reached() -> None:
    assert kinds_of("Japan's defence spending rose to more than 2% of GDP in 2025.")[:1] == [(2.0, "share_of_gdp")]


def test_a_bare_percentage_restating_an_earlier_one_is_of_its_kind() -> None:
    """A pledge's level named again ('aim to reach 20%') is a share of what it was named a share of, not of GDP."""
    sentence = "Japan spends 20% of its defence budget on equipment and aims to reach 20%."
    assert kinds_of(sentence) == [(20.0, "share_of_total"), (20.0, "share_of_total")]


def test_a_bare_percentage_of_another_value_keeps_the_default_kind() -> None:
    sentence = "Japan spends 20% of its defence budget on equipment and aims to reach 2%."
    assert kinds_of(sentence) == [(20.0, "share_of_total"), (2.0, "share_of_gdp")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Major equipment: about RON 12.0 billion, or 31.2% of the Ministry's budget, above the NATO"
            " guideline of 20%.",
            [(12.0, "money"), (31.2, "share_of_total"), (20.0, "share_of_total")],
        ),
        (
            "Investment made up 26 % of total spending, above the collective benchmark of 20 %.",
            [(26.0, "share_of_total"), (20.0, "share_of_total")],
        ),
        # a line a share of GDP is measured against stays a share of GDP
        ("Germany spent 2.1% of GDP, above the NATO guideline of 2%.", [(2.1, "share_of_gdp"), (2.0, "share_of_gdp")]),
    ],
)
def test_a_line_a_share_is_measured_against_is_a_share_of_its_whole(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert kinds_of(sentence) == expected


def test_a_line_in_a_list_item_is_a_share_of_the_whole_of_the_item_before() -> None:
    context = Context(subject="European Union", paragraph_subject="European Union", gdp_shares=True)
    context.list_share = "share_of_total"
    reader = SentenceReader("- well short of the benchmark of **2 %**.", context, 2025)
    assert [(s.figure.value, s.kind) for s in reader.statements()] == [(2.0, "share_of_total")]


def test_a_fiscal_year_between_a_change_word_and_its_figure_is_one_word_of_the_reach() -> None:
    """'the pay award for 2024/25 was 4.5 per cent': the fiscal year is written in three tokens, yet the change word
    stays within reach, so the figure is a change, never a share of GDP in a document of shares."""
    assert kinds_of("Canada's armed forces pay award for 2024/25 was 4.5 per cent for most ranks.") == [(4.5, "change")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Of the Nordic allies, only Norway, at 2.21%, posted a higher ratio in 2024 than Sweden.",
            [(2.21, "share_of_gdp")],
        ),
        ("Norway's spending rose 9.4%, higher than in 2023.", [(9.4, "change")]),
    ],
)
def test_a_level_set_off_by_commas_after_its_owner_is_no_change_the_main_clause_words(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert kinds_of(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Japan's procurement lines rise by ¥320 billion in 2025.", [(320.0, "change")]),
        (
            "Japan's defence budget is set to grow by ¥1,160 billion, or 19.6%, by 2027.",
            [(1160.0, "change"), (19.6, "change")],
        ),
        ("Japan's pension line will fall by ¥50 billion next year.", [(50.0, "change")]),
        ("Japan's training budget was cut by ¥12 billion in 2024.", [(12.0, "change")]),
    ],
)
def test_an_amount_a_change_verb_moves_by_in_any_tense_is_a_change(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    """'rise by', 'grow by', 'will fall by', 'was cut by' an amount: the size of a change, never a level of spending
    (as 'rose by', 'grew by' already were)."""
    assert kinds_of(sentence) == expected
