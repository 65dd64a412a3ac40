"""Whose each figure is (`knowledge.sentence_subjects`): groups named with their members, counts of counts."""

from __future__ import annotations

import pytest

from knowledge.sentence import Context, Goal, SentenceReader


def subjects_of(sentence: str) -> list[tuple[float, str, str]]:
    statements = SentenceReader(sentence, Context(subject="World", section_subject="World"), 2025).statements()
    return [(stated.figure.value, stated.kind, ", ".join(stated.subjects)) for stated in statements]


@pytest.mark.parametrize(
    "sentence",
    [
        "The five biggest spenders - the United States, China, Russia, Germany and India - accounted for 60% of the "
        "total, spending $1,635 billion.",
        "The five largest spenders, namely the United States, China, Russia, Germany and India, together accounted "
        "for 60% of the total and spent $1,635 billion.",
        "The top five in the table (the United States, China, Russia, Germany and India) together accounted for 60% "
        "of the total and spent $1,635 billion.",
    ],
)
def test_a_group_named_with_its_members_is_the_subject(sentence: str) -> None:
    subjects = {subject for _, kind, subject in subjects_of(sentence) if kind != "count"}
    assert subjects == {"Top five spenders"}


def test_entities_listed_without_closing_are_subjects_of_their_own() -> None:
    subjects = {subject for _, _, subject in subjects_of("Allies, Poland and Estonia spent 4% of GDP.")}
    assert subjects == {"Estonia"}


def test_a_count_naming_nothing_it_counts_is_of_what_the_count_before_it_counted() -> None:
    sentence = "In 2014 only three of the 28 members met the guideline; by 2023 the count had crept up to 11 of 31."
    counts = {value: subject for value, kind, subject in subjects_of(sentence) if kind == "count"}
    assert counts == {3.0: "NATO Allies", 28.0: "NATO Allies", 11.0: "NATO Allies", 31.0: "NATO Allies"}


@pytest.mark.parametrize(
    ("line", "subject", "kind"),
    [
        ("- EUR 150 billion: the EU's SAFE loan instrument for joint procurement.", "European Union", "money"),
        ("- 5%: the new NATO target, to be reached by 2035.", "NATO Allies", "share_of_gdp"),
    ],
)
def test_a_key_figure_line_is_of_whom_its_description_names(line: str, subject: str, kind: str) -> None:
    context = Context(subject="Germany", section_subject="Germany", gdp_shares=True)
    (stated,) = SentenceReader(line, context, 2025).statements()
    assert (stated.subjects, stated.kind) == ([subject], kind)


def test_a_key_figure_takes_the_deadline_its_description_states() -> None:
    (stated,) = SentenceReader("- 5%: the new NATO target, to be reached by 2035.", Context(), 2025).statements()
    assert stated.period == "2035"


def test_a_name_before_a_colon_is_no_key_figure() -> None:
    context = Context(subject="Germany", section_subject="Germany")
    (stated,) = SentenceReader("- Poland: Warsaw plans PLN 186.6 billion.", context, 2025).statements()
    assert stated.subjects == ["Poland"]


def test_a_figure_of_you_is_an_illustration_of_no_ones() -> None:
    context = Context(subject="Germany", section_subject="Germany", paragraph_subject="Germany")
    sentence = "If your budget rises 30% and your unit costs rise 25%, you have not bought much."
    assert SentenceReader(sentence, context, 2025).statements() == []


def test_an_entity_named_after_you_owns_its_figure() -> None:
    (stated,) = SentenceReader("You can see Poland at 4.1% of GDP.", Context(), 2025).statements()
    assert stated.subjects == ["Poland"]


def test_a_short_form_naming_the_figure_s_source_does_not_take_the_subject_away() -> None:
    """'PBO estimates spending of $41.0 billion': the office reckons the figure, the subject carried before owns it;
    a short form doing anything else ('The ECB cut its rate') still speaks of someone else."""
    context = Context(subject="Canada", paragraph_subject="Canada", section_subject="Canada")
    estimated = SentenceReader("PBO estimates spending of $41.0 billion in 2024-25.", context, 2025).statements()
    assert [(s.figure.value, s.subjects, s.period) for s in estimated] == [(41.0, ["Canada"], "2024-25")]
    cut = SentenceReader("The XYZ cut its spending to $2.0 billion.", context, 2025).statements()
    assert all("Canada" not in s.subjects for s in cut)


def test_where_a_rank_holds_is_not_whose_figure_it_is() -> None:
    # the place itself is India's rank in the world ('fifth in the world'), and Poland's in Europe
    assert subjects_of("India was fifth in the world at $86.1 billion.") == [
        (5.0, "rank", "India"),
        (86.1, "money", "India"),
    ]
    assert subjects_of("Poland was first in Europe at 4.1% of GDP.") == [
        (1.0, "rank", "Poland"),
        (4.1, "share_of_gdp", "Poland"),
    ]


def test_a_body_whose_criteria_count_the_figure_is_its_source_not_its_subject() -> None:
    context = Context(subject="France", section_subject="France", paragraph_subject="France")
    sentence = (
        "Spending counted under NATO criteria climbs from EUR 60.1 billion this year to EUR 64.3 billion in 2026."
    )
    subjects = {
        value: stated.subjects
        for stated in SentenceReader(sentence, context, 2025).statements()
        for value in [stated.figure.value]
    }
    assert subjects == {60.1: ["France"], 64.3: ["France"]}


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Rutte said NATO's command in Wiesbaden, Germany, runs with about 700 personnel.", "NATO Allies"),
        ("In Berlin, Germany said it would need 60,000 more soldiers.", "Germany"),
    ],
)
def test_a_country_set_off_after_the_town_it_locates_is_where_not_whose(sentence: str, subject: str) -> None:
    assert [s for _, kind, s in subjects_of(sentence) if kind == "count"] == [subject]


def subjects_alone(sentence: str, subject: str | None = None) -> list[tuple[float, str | None, str]]:
    context = Context(subject=subject, paragraph_subject=subject, gdp_shares=True)
    statements = SentenceReader(sentence, context, 2025).statements()
    return [(stated.figure.value, stated.period, ", ".join(stated.subjects)) for stated in statements]


def test_they_after_a_summit_naming_no_one_are_the_alliance() -> None:
    sentence = "At The Hague summit on 25 June 2025 they agreed on 5% of GDP by 2035."
    assert subjects_alone(sentence) == [(5.0, "2035", "NATO Allies")]
    # a summit of a body named in the sentence is that body's
    assert subjects_alone("At the EU summit they agreed on EUR 150 billion in loans.")[0][2] == "European Union"


def test_a_word_in_capitals_for_emphasis_is_no_unknown_name() -> None:
    sentence = "BUT it's split: at least 3.5% for core defence and up to 1.5% for broader stuff."
    assert [subject for _, _, subject in subjects_alone(sentence, "NATO Allies")] == ["NATO Allies", "NATO Allies"]


def test_a_figure_after_a_summit_in_a_sentence_naming_no_one_before_is_the_alliance_s() -> None:
    sentence = (
        "The Hague Summit on 25 June 2025 replaced the old 2% of GDP guideline with a pledge to devote 5% of GDP to "
        "defence and security by 2035, of which at least 3.5% must be core defence as NATO defines it."
    )
    assert {subject for _, _, subject in subjects_alone(sentence, "Europe")} == {"NATO Allies"}
    # a country named before the figure, at a summit held in a capital (an aside), owns it
    assert subjects_alone("At the Vilnius summit Poland pledged 4% of GDP for 2024.", "Europe")[0][2] == "Poland"


def test_it_in_a_sentence_splitting_the_goal_before_is_the_goal_s_subject() -> None:
    context = Context(gdp_shares=True, age=5, goal=Goal("NATO Allies", 5.0, "2035"))
    sentence = "BUT it's split: at least 3.5% for core defence and up to 1.5% for broader stuff."
    statements = SentenceReader(sentence, context, 2025).statements()
    assert [(s.figure.value, s.subjects, s.period) for s in statements] == [
        (3.5, ["NATO Allies"], "2035"),
        (1.5, ["NATO Allies"], "2035"),
    ]
    # a sentence that splits nothing leaves an expired subject unknown
    assert SentenceReader("It spends 3% on defence.", context, 2025).statements() == []


def test_a_part_of_the_goal_before_in_a_country_s_voice_is_the_goal_s_subject() -> None:
    """'Of that, at least 3.5% will go on core defence as NATO defines it', said by a country's minister right after
    the alliance's 5% by 2035: a part of that goal, the alliance's, not the speaker's country's."""
    context = Context(
        gdp_shares=True,
        document_subject="United Kingdom",
        voice="United Kingdom",
        paragraph_subject="NATO Allies",
        goal=Goal("NATO Allies", 5.0, "2035"),
    )
    sentence = "Of that, at least 3.5% will go on core defence as NATO defines it, and up to 1.5% on resilience."
    statements = SentenceReader(sentence, context, 2025).statements()
    assert [(s.figure.value, s.subjects) for s in statements] == [(3.5, ["NATO Allies"]), (1.5, ["NATO Allies"])]


@pytest.mark.parametrize(
    "sentence", ["- Riga to Wales: 8 years from guideline to a dated pledge.", "From Riga to Wales it took 8 years."]
)
def test_a_stretch_of_years_between_two_places_is_no_one_s(sentence: str) -> None:
    assert not [value for value, kind, subject in subjects_of(sentence) if kind == "count" and subject == "Latvia"]


def test_a_count_of_years_of_a_country_stays_its_own() -> None:
    assert (10.0, "count", "Poland") in subjects_of("Poland took 10 years to reach 2%.")


def national(sentence: str, named: frozenset[str]) -> list[tuple[float, str]]:
    context = Context(document_subject="Germany", named_recently=named)
    return [(s.figure.value, ", ".join(s.subjects)) for s in SentenceReader(sentence, context, 2025).statements()]


def test_a_count_the_alliance_s_targets_ask_of_a_national_document_s_country_is_that_country_s() -> None:
    sentence = (
        "The new NATO capability targets imply roughly 60,000 additional active soldiers on top of today's strength."
    )
    assert national(sentence, frozenset({"Germany"})) == [(60000.0, "Germany")]
    assert not [subject for _, subject in national(sentence, frozenset()) if subject]


def test_a_count_the_alliance_itself_states_stays_the_alliance_s() -> None:
    sentence = "NATO agreed to put 300,000 troops at high readiness."
    assert national(sentence, frozenset({"Germany"})) == [(300000.0, "NATO Allies")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company expects to benefit from the European Union's €150 billion SAFE loan instrument for joint "
        "procurement, for which 18 member states have submitted requests.",
        "Under the EU's SAFE loans, 18 member states have asked for loans.",
    ],
)
def test_member_states_in_a_sentence_naming_another_body_with_members_are_its_members(sentence: str) -> None:
    assert (18.0, "count", "European Union") in subjects_of(sentence)


@pytest.mark.parametrize(
    "sentence", ["NATO says 23 member states met 2% while the EU lags.", "In 2024, 23 member states met the guideline."]
)
def test_member_states_stay_the_allies_where_the_alliance_or_no_other_body_is_named(sentence: str) -> None:
    assert (23.0, "count", "NATO Allies") in subjects_of(sentence)


def test_a_clause_after_a_semicolon_and_things_bought_for_a_country_are_not_of_the_names_before_them() -> None:
    loan = (
        "- Ukraine is borrowing £2.26 billion under the G7 Extraordinary Revenue Acceleration scheme, to be "
        "repaid from the profits of immobilised Russian sovereign assets; the first tranche of £752 million was paid "
        "on 1 March 2025;"
    )
    assert [(value, subject) for value, _, subject in subjects_of(loan)] == [(2.26, "Ukraine"), (752.0, "Ukraine")]
    reader = SentenceReader(loan, Context(subject="World", section_subject="World"), 2025)
    figure_subjects = {stated.figure.start: stated.subjects[-1] for stated in reader.statements()}
    assert [stated.subjects for stated in reader.dates(figure_subjects)] == [["Ukraine"]]
    contract = (
        "The UK announced a £1.6 billion contract with Thales for more than 5,000 lightweight multirole missiles for "
        "Ukraine, supporting 700 jobs in Belfast."
    )
    assert {subject for _, _, subject in subjects_of(contract)} == {"United Kingdom"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Norway and Denmark stay behind: 0.34 and 0.18 percentage points short respectively in 2025.",
            [(0.34, "Norway"), (0.18, "Denmark")],
        ),
        (
            "Finland, Latvia and Estonia spent 2.4%, 3.2% and 3.4% of GDP respectively in 2025.",
            [(2.4, "Finland"), (3.2, "Latvia"), (3.4, "Estonia")],
        ),
    ],
)
def test_figures_said_respectively_are_each_of_the_name_in_the_same_place(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert [(value, subject) for value, _, subject in subjects_of(sentence)] == expected


def test_a_list_said_respectively_takes_the_unit_written_once_after_its_last_figure() -> None:
    kinds = {
        value: kind for value, kind, _ in subjects_of("Finland and Latvia spent 2.4 and 3.2% of GDP respectively.")
    }
    assert kinds == {2.4: "share_of_gdp", 3.2: "share_of_gdp"}


@pytest.mark.parametrize(
    "sentence",
    [
        "NATO estimated US defence expenditure at about $968 billion in 2024, around two-thirds of the alliance total "
        "of roughly $1.47 trillion.",
        "The United States alone accounted for roughly two-thirds of the alliance's spending in 2024, about $968bn out "
        "of a little under $1.5 trillion.",
        "NATO put US spending at about $968 billion in 2024, around two thirds of the alliance total of $1.47 "
        "trillion.",
    ],
)
def test_the_whole_a_share_is_of_is_of_the_one_its_of_names(sentence: str) -> None:
    """The amount inside a share's 'of …' or after 'out of' is the whole: the alliance's, not the subject's."""
    read = {value: subject for value, _, subject in subjects_of(sentence)}
    whole = read.get(1.47, read.get(1.5))
    assert (read[968.0], read[66.7], whole) == ("United States", "United States", "NATO Allies")


@pytest.mark.parametrize(
    ("sentence", "owner", "value"),
    [
        ("The lowest ratio was observed in Ireland (0.2%).", "Ireland", 0.2),
        ("The highest share was recorded in Greece (2.4%) last year.", "Greece", 2.4),
        ("Poland is the biggest spender in the alliance (4.1%).", "Poland", 4.1),
    ],
)
def test_a_share_in_brackets_right_after_a_country_is_the_countrys_even_after_a_superlative(
    sentence: str, owner: str, value: float
) -> None:
    """'The lowest ratio was observed in Ireland (0.2%)': the country a superlative's 'in' names is the one ranked when
    its share stands beside it in brackets, not the ranking's scope ('in the alliance (4.1%)' still is one)."""
    assert {subject for figure, _, subject in subjects_of(sentence) if figure == value} == {owner}


def test_a_list_said_respectively_is_the_figures_right_before_the_word() -> None:
    """'… each up by more than half, 57% and 58% respectively': the figure before the list says the same of both."""
    said = subjects_of("Belgium and Canada are each up by more than half, 57% and 58% respectively.")
    assert [(value, subject) for value, _, subject in said if value in (57.0, 58.0)] == [
        (57.0, "Belgium"),
        (58.0, "Canada"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "At the other end of the scale, defence accounted for 0.2% of GDP in Ireland and 0.4% in Malta.",
            [(0.2, "Ireland"), (0.4, "Malta")],
        ),
        ("Spending reached 2.4% in Latvia and 2.3% in Estonia.", [(2.4, "Latvia"), (2.3, "Estonia")]),
        # whose figures they are named before them: the places after are where, not whose
        ("Poland spent 1.9% of GDP in Warsaw and 0.4% in Malta.", [(1.9, "Poland"), (0.4, "Poland")]),
    ],
)
def test_figures_side_by_side_each_followed_by_its_own_country_are_each_that_country_s(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert [(value, subject) for value, _, subject in subjects_of(sentence)] == expected


def test_a_name_joined_by_a_hyphen_before_another_name_says_which_of_them() -> None:
    """'euro-area NATO Allies': the allies in the euro area are whom the title speaks of, not the euro area."""
    title = "Defence expenditure of euro-area NATO Allies on the eastern, northern and southern flanks, 2022-2024"
    assert SentenceReader(title, Context(), 2024).sentence_subject() == "NATO Allies"
    assert SentenceReader("The euro area spent 2% of GDP on defence.", Context(), 2024).sentence_subject() == (
        "Euro area"
    )


def carried(sentence: str, subject: str) -> list[tuple[float, str, str]]:
    context = Context(gdp_shares=True, subject=subject, section_subject=subject, paragraph_subject=subject)
    return [
        (stated.figure.value, stated.kind, ", ".join(stated.subjects))
        for stated in SentenceReader(sentence, context, 2024).statements()
    ]


def test_a_currency_named_by_its_country_is_no_unknown_name_stopping_a_carried_subject() -> None:
    # 'US' in 'US dollars' names a currency: the 'their' after it is still the group the sentences before named
    sentence = (
        "Between them, they will spend about 300 billion US dollars in 2024, and for the first time their joint "
        "spending reaches 2 per cent of their joint GDP."
    )
    assert carried(sentence, "European Allies and Canada") == [
        (300.0, "money", "European Allies and Canada"),
        (2.0, "share_of_gdp", "European Allies and Canada"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It is the seventh consecutive year of growing spending by Germany.", "Germany"),
        (
            "That makes it the fourth straight year of higher spending by European allies and Canada.",
            "European Allies and Canada",
        ),
        # the spender named before the figure stays whose it is
        ("Norway marks the seventh consecutive year of growing spending by its neighbours.", "Norway"),
    ],
)
def test_a_figure_of_someones_spending_named_after_it_is_theirs(sentence: str, expected: str) -> None:
    assert [subject for _, _, subject in carried(sentence, "NATO Allies")] == [expected]


def test_the_one_spoken_to_whose_words_a_question_tells_again_is_no_illustration() -> None:
    # 'you say': what the minister said, told again by the journalist; 'your budget' stays an illustration
    assert carried("Q (Radio North): Minister, you say 14 allies meet 2 per cent, so who is left?", "NATO Allies") == [
        (14.0, "count", "NATO Allies")
    ]
    assert carried("If your budget rises 30% and your unit costs rise 25%, you have not bought much.", "Poland") == []


def test_a_share_of_the_spending_by_a_whole_is_not_the_wholes() -> None:
    sentence = "Germany spent $88 billion, equal to 6% of global spending and 11% of spending by NATO members."
    assert [subject for _, _, subject in carried(sentence, "World")] == ["Germany"] * 3


def test_words_told_again_that_name_no_one_stay_no_ones() -> None:
    sentence = "Q (Radio North): You said about a third of the rise came from two countries. Which one led?"
    assert carried(sentence, "European Allies and Canada") == []


@pytest.mark.parametrize("opener", ["compared with", "against", "versus"])
def test_figures_set_against_one_named_first_are_each_of_the_country_after_it(opener: str) -> None:
    sentence = f"Norway spent 2.2% of GDP on defence in 2024, {opener} 2.4% in Sweden and 1.3% in Denmark."
    assert [(value, subject) for value, _, subject in subjects_of(sentence)] == [
        (2.2, "Norway"),
        (2.4, "Sweden"),
        (1.3, "Denmark"),
    ]


def test_a_share_named_right_after_its_owner_is_the_owner_s_not_the_whole_s() -> None:
    """'the French share of EU defence procurement rose to 24%': France's share, not the EU's."""
    sentence = "Officials in Paris note that the France share of EU defence procurement rose to 24% in 2023."
    assert [(value, subject) for value, _, subject in subjects_of(sentence)] == [(24.0, "France")]


def test_a_digest_headline_s_figures_are_its_label_s() -> None:
    """'2) FINLAND: Estonia border fund grows to EUR 3 billion': Finland's fund, not Estonia's."""
    sentence = "2) FINLAND: Estonia border fund grows to EUR 3 billion"
    assert [(value, subject) for value, _, subject in subjects_of(sentence)] == [(3.0, "Finland")]


def test_a_figure_of_a_relative_clause_about_someone_unknown_is_no_entity_s() -> None:
    sentence = "Anna Berg took over the ministry, succeeding Olaf Lund, who had held the post for 6 years."
    reader = SentenceReader(sentence, Context(subject="Greece", paragraph_subject="Greece"), 2025)
    assert reader.statements() == []
    known = "Anna Berg praised Greece, which had raised spending by 6% in 2024."
    assert subjects_of(known) == [(6.0, "change", "Greece")]


def test_a_figure_of_a_relative_clause_naming_whose_it_is_stays_that_one_s() -> None:
    sentence = "That rise followed the 2021 Budget Review, which gave Norway an additional NOK 16 billion over 4 years."
    assert (16.0, "money", "Norway") in subjects_of(sentence)


def test_a_programme_named_after_a_body_s_possessive_is_what_the_sentence_is_about() -> None:
    owned = SentenceReader(
        'The Commission\'s "ReArm Europe" plan, unveiled on 4 March, eases the rules.', Context(), 2025
    )
    assert owned.sentence_subject() == "ReArm Europe"  # what 'It includes up to €150 billion …' after it refers to
    plain = SentenceReader("The Commission's plan, unveiled on 4 March, eases the rules.", Context(), 2025)
    assert plain.sentence_subject() == "European Commission"
