"""Parse: what a question asks, read from its words and the domain's word lists, without a bot."""

from __future__ import annotations

import pytest

from knowledge.ask.parse import Operation, _bodies_named, parse_question
from knowledge.lexicon import normalise
from knowledge.question import Vocabulary, parse, stem
from knowledge.remarks import without_remarks, without_trailing_remark


def parsed(text: str):
    return parse_question(parse(text, Vocabulary(set()), {}))


@pytest.mark.parametrize(
    ("text", "expanded"),
    [
        ("greece def spending % gdp 2021", "defence"),
        ("luxembourg infrastructure share of defence exp 2020", "expenditure"),
        ("avg mil spending of the baltics", "average"),
        ("how many ppl in portugal's armed forces", "people"),
        ("did greece meet the 2 pc guideline", "percent"),
        ("romania real growth yoy?", "year"),
        ("poland 2024 spending, mil ncu", "currency"),
        ("compare w/ 2023", "with"),
        ("Germany DefEx 2024, current USD mn?", "expenditure"),
        ("UK defence spend 2020 in constant-15 USD pls", "2015"),
        ("PL defence exp in LCU (PLN mn), 2024e", "national"),
        ("FR defence spend 2024 (current prices + FX)", "exchange"),
        ("NO defence spend per cap 2024e, USD (2015 px)?", "prices"),
        ("R&D share of the US defence budget, 2024?", "research"),
    ],
)
def test_short_forms_are_read_as_the_words_they_stand_for(text: str, expanded: str) -> None:
    assert expanded in parsed(text).words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("how many allies at or above 2pct in 2024", ["2", "percent"]),
        ("spain gap to the 3.5percent core target", ["3.5", "percent"]),
        ("latvia real change 2014to2024", ["2014", "to", "2024"]),
        ("germany change 2014vs2024 in points", ["2014", "vs", "2024"]),
        ("top3 countries by share of gdp", ["top", "3"]),
        ("uk def spend 2024 curr prices", ["current", "prices"]),
        ("germany 2024 in const 2015 dollars", ["constant", "2015"]),
    ],
)
def test_a_unit_or_link_typed_against_a_figure_is_read_apart(text: str, words: list[str]) -> None:
    read = " ".join(parsed(text).words)
    assert " ".join(words) in read


@pytest.mark.parametrize("text", ["spending in 2025e", "the 1st ally to reach 2%", "how many F35 jets"])
def test_a_figure_glued_to_other_letters_stays_as_typed(text: str) -> None:
    read = parsed(text).words
    assert not {"e", "st", "f"} & set(read)


@pytest.mark.parametrize(
    ("text", "name"),
    [("frances defence budget", "France"), ("polands spending in 2024", "Poland"), ("germanys army", "Germany")],
)
def test_a_possessive_typed_without_its_apostrophe_names_the_ally(text: str, name: str) -> None:
    assert parsed(text).entities == (name,)


def test_a_remark_after_the_question_mark_is_not_asked() -> None:
    assert "spiked" not in parsed("bulgaria % of gdp on defence in 2019? i heard it spiked").words
    assert (
        "spiked"
        in parsed("did bulgaria's spending spike in 2019? poland's too?").words
        + parsed("bulgaria % of gdp in 2019? why has it spiked").words
    )


def test_an_ampersand_or_plus_between_names_is_and() -> None:
    assert parsed("nato europe & canada real growth").entities == ("European Allies and Canada",)
    assert parsed("share of european allies + canada").entities == ("European Allies and Canada",)
    # 'R&D' is no list of names: the shorthand reads as what it stands for
    assert parsed("R&D spending").words[:3] == ("research", "and", "development") and parsed("what is 2 + 2").numbers


def test_plural_words_are_not_read_as_names() -> None:
    assert parsed("how big are their armed forces and bases").entities == ()


@pytest.mark.parametrize(
    "text",
    [
        "romania's defence spending growth in current dollars from 2022 to 2024, in percent?",
        "germany spending change 2014 to 2024 as a percentage",
        "what % of gdp does poland spend",
    ],
)
def test_a_percentage_asked_in_any_words(text: str) -> None:
    assert parsed(text).asks_percentage


def test_an_amount_asked_is_not_a_percentage() -> None:
    assert not parsed("how much did romania spend in 2024 in current dollars").asks_percentage


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("the rutte article is about nato's annual report for which year?", True),
        ("by what year must allies reach 5%", True),
        ("when was the annual report released", False),
    ],
)
def test_a_year_asked(text: str, asked: bool) -> None:
    assert parsed(text).asks_year is asked


@pytest.mark.parametrize(
    ("text", "yes_no"),
    [
        ("did spain outspend canada on defence in 2024?", True),
        ("was poland ahead of estonia in 2024?", True),
        ("did norway or denmark spend more in 2024?", False),
        ("what did spain spend in 2024?", False),
    ],
)
def test_comparisons_asked_as_yes_or_no(text: str, yes_no: bool) -> None:
    assert parsed(text).yes_no is yes_no


@pytest.mark.parametrize(
    ("text", "yes_no"),
    [
        ("could you kindly confirm tirana's defence expenditure in 2023 at current prices and exchange rates?", False),
        ("confirm belgium's spending in 2021 at 2015 prices", False),
        ("was poland at 4% in 2023?", True),
        ("was germany's spending at 2015 prices above 50000 million in 2020?", True),
    ],
)
def test_the_at_of_a_price_basis_tests_nothing(text: str, yes_no: bool) -> None:
    """'at current prices' names the basis a figure is in; 'at 4%' is a line to test."""
    assert parsed(text).yes_no is yes_no


def test_a_widened_threshold_is_no_choice() -> None:
    assert parsed("has the uk been at 2% or more every year since 2014?").yes_no
    assert not parsed("did norway or denmark spend more in 2024?").yes_no


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("how many troops has sweden got as of 2024 according to nato (thousands)", ("nato",)),
        ("china's spending according to sipri, in dollars", ("sipri",)),
        ("the us share according to the annual report", ("annual", "report")),
        ("according to nato's own tables, poland's share of gdp in 2024", ("nato", "tables")),
        ("according to the official figures, what did italy spend", ()),
    ],
)
def test_a_named_source_ends_where_its_phrase_ends(text: str, source: tuple[str, ...]) -> None:
    assert parsed(text).according_to == source


def test_the_alliance_named_as_the_source_is_not_asked_about_beside_an_ally() -> None:
    assert parsed("sweden's troops in 2024 according to nato").entities == ("Sweden",)
    assert parsed("defence spending in 2024 according to nato").entities == ("NATO Allies",)


@pytest.mark.parametrize(
    "text",
    [
        "poland had more military personnel than germany in 2024, right?",
        "france spent over 2% of gdp in 2023, correct?",
        "greece was above 2% in 2019 or not?",
    ],
)
def test_a_statement_with_a_tag_asks_yes_or_no(text: str) -> None:
    question = parsed(text)
    assert question.yes_no
    assert not {"right", "correct", "not"} & set(question.words)


def test_a_comma_before_an_ordinary_word_is_no_tag() -> None:
    assert not parsed("what share did the us pay, in percent?").yes_no


def test_how_many_more_of_one_subject_between_years_is_no_sum() -> None:
    question = parsed("how many more military personnel did nato have in total in 2024 than 2014?")
    assert Operation.SUM not in question.operations
    assert Operation.DIFFERENCE in question.operations


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("germany spending 2024 in us dollars (not inflation adjusted)", "current"),
        ("france spending 2020, not adjusted for inflation", "current"),
        ("poland spending 2019 not in current prices", "constant"),
    ],
)
def test_a_negated_price_basis_names_the_other_one(text: str, meant: str) -> None:
    words = parsed(text).words
    assert meant in words and "inflation" not in words


@pytest.mark.parametrize(
    "text",
    [
        "iceland gdp in 2024 at current prices - curious bc they have no army",
        "belgium share of gdp in 2024, thx in advance",
        "bulgaria % of gdp on defence in 2019? i heard it spiked",
    ],
)
def test_a_remark_after_a_dash_a_comma_or_a_question_mark_is_not_asked(text: str) -> None:
    assert not {"curious", "army", "advance", "spiked"} & set(parsed(text).words)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("southern flank (italy, spain, portugal, greece) combined spending 2024", {"southern", "flank"}),
        ("big four: germany, france, italy, uk - average share of gdp 2024", {"big", "four"}),
        ("how much did the two newest allies, finland and sweden, spend together in 2024", {"newest", "allies"}),
    ],
)
def test_a_name_given_to_the_allies_listed_after_it_asks_nothing_more(text: str, label: set[str]) -> None:
    assert label <= parsed(text).entity_words


@pytest.mark.parametrize(
    "text",
    [
        "per Kopf: how much more does Norwegen spend than Dänemark in 2024?",
        "headcount: did poland have more personnel than germany in 2024?",
    ],
)
def test_words_before_a_mark_that_opens_a_question_are_asked_not_a_label(text: str) -> None:
    question = parsed(text)
    assert not set(question.words[:1]) & question.entity_words


def test_a_defence_to_gdp_ratio_is_a_share_of_gdp_not_a_ratio_asked() -> None:
    question = parsed("lowest defence/gdp ratio in the alliance in 2014?")
    assert "ratio" not in question.words and Operation.RATIO not in question.operations


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("how much did the US spend in 2024? writing an article", "how much did the US spend in 2024?"),
        ("poland share of gdp 2024? just wondering", "poland share of gdp 2024?"),
    ],
)
def test_a_clause_after_the_question_mark_that_carries_nothing_on_is_a_remark(message: str, asked: str) -> None:
    assert without_trailing_remark(message) == asked


@pytest.mark.parametrize(
    "message",
    ["how much did the US spend in 2024? in euros", "germany 2024? poland", "spending in 2024? and for 2014"],
)
def test_a_clause_after_the_question_mark_that_names_or_continues_still_asks(message: str) -> None:
    assert without_trailing_remark(message) == message


def test_a_word_the_documents_use_is_never_corrected_into_another():
    """'Brennmark's quarterly sales': a company a document names is no typo of 'benchmark'; a word no document
    has is still corrected into the known words."""
    vocabulary = Vocabulary({"benchmark", "spending"}, documented=frozenset({"brennmark", "spendng"}))
    assert vocabulary.correct("brennmark") == "brennmark"
    assert Vocabulary({"benchmark"}).correct("brennmark") == "benchmark"
    assert vocabulary.correct("spendin") == "spending"


def test_of_equally_close_words_a_doubled_letter_typed_once_is_meant():
    vocabulary = Vocabulary({"summit", "submit"})
    assert vocabulary.correct("sumit") == "summit"
    assert vocabulary.correct("submt") == "submit"


def test_a_remark_telling_why_one_asks_is_not_the_question():
    message = "how many troops does turkiye have in 2024? asking bc someone said its the 2nd biggest army"
    assert without_trailing_remark(message) == "how many troops does turkiye have in 2024?"


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("germany share of gdp 2024?? need the figure for a piece, deadline in 20 min", "germany share of gdp 2024??"),
        ("lowest % of gdp in nato 2024, who? my bet is belgium", "lowest % of gdp in nato 2024, who?"),
        ("denmark spending 2024 in kroner. in millions i assume", "denmark spending 2024 in kroner"),
        ("uk spending 2023 in usd - my teacher wants the number from nato", "uk spending 2023 in usd"),
        ("writing a piece on the baltics - combined spending of estonia?", "combined spending of estonia?"),
        ("turkey troops 2024? model nato debate tmrw", "turkey troops 2024?"),
    ],
)
def test_remarks_before_and_after_the_question_are_not_asked(message: str, asked: str) -> None:
    assert without_remarks(message) == asked


@pytest.mark.parametrize(
    "message",
    [
        "poland 2024? share of gdp",
        "can someone eli5 the report, mainly i just want how much of the alliance's spending the US covers",
        "poland spending 2024? in constant prices",
        "us spending 2024? and france",
    ],
)
def test_a_clause_that_asks_or_names_a_figure_stays_in_the_question(message: str) -> None:
    assert without_remarks(message) == message


def test_a_long_message_of_many_clauses_keeps_all_but_its_last_two() -> None:
    chatter = "the bus was late. my coffee spilled. the printer jammed. sorry for the wall of text lol. my cat is fine"
    assert without_remarks(chatter) == "the bus was late. my coffee spilled. the printer jammed"


def test_an_acronym_typed_in_capitals_is_never_read_as_a_name_one_letter_away() -> None:
    assert parsed("how much do the BRICS countries spend on defence").entities == ()
    assert parsed("how much do the brits spend on defence").entities == ("United Kingdom",)


@pytest.mark.parametrize(
    "text",
    [
        "is it true poland spent a bigger share of its gdp on defence than the US in 2024?",
        "did poland spend more than the us as a share of gdp in 2024?",
        "average nato total defence share of gdp over 2014-2024",
        "what proportion of the economy does france spend on defence",
    ],
)
def test_a_share_of_gdp_is_a_measure_not_a_share_of_a_total(text: str) -> None:
    assert Operation.SHARE_OF_TOTAL not in parsed(text).operations


@pytest.mark.parametrize(
    "text",
    ["what share of nato spending did the us pay in 2024", "canada's share of the europe and canada total in 2024"],
)
def test_a_share_of_a_total_is_still_one(text: str) -> None:
    assert Operation.SHARE_OF_TOTAL in parsed(text).operations


@pytest.mark.parametrize(
    ("text", "yes_no"),
    [
        ("uk vs germany 2024, did the uk outspend germany in current dollars?", True),
        ("in 2024, was france over 2%?", True),
        ("france 2% in 2024 yes or no", True),
        ("did turkey's defence spending go up in real terms in 2022?", True),
        ("what did poland spend in 2024, and was it over 2%?", False),
        ("uk vs germany 2024, how much did each spend?", False),
        ("confirm luxembourg was at 2% in 2024", True),
    ],
)
def test_a_yes_or_no_after_a_lead_or_before_a_tag(text: str, yes_no: bool) -> None:
    assert parse(text, Vocabulary(set()), {}).opens_as_yes_or_no is yes_no
    if "2%" not in text or "over" in text:
        assert parsed(text).yes_no is yes_no


def test_a_short_form_of_difference_asks_one() -> None:
    assert "difference" in parsed("diff in defence spending per capita between the us and the uk in 2024").words


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("DE defence spending as GDP share 2024?", ("Germany",)),
        ("average GDP share across DK, FI, NO and SE in 2024", ("Denmark", "Finland", "Norway", "Sweden")),
        ("PL spent more than FR in dollar terms in 2024, yes or no?", ("Poland", "France")),
    ],
)
def test_two_letter_codes_typed_in_capitals_name_their_allies(text, names) -> None:
    assert parsed(text).entities == names


@pytest.mark.parametrize("text", ["NO way, that is wrong", "de facto spending in 2024", "it was fr cheap"])
def test_a_code_that_is_a_word_or_typed_in_lower_case_names_no_one(text) -> None:
    assert parsed(text).entities == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("whats ger %gdp for 2024 lol", ("Germany",)),
        ("lux defence per capita 2024??", ("Luxembourg",)),
        ("avg %gdp of den, fin, nor and swe in 2024?", ("Denmark", "Finland", "Norway", "Sweden")),
        ("can vs us spending 2024", ("Canada", "United States")),
        ("ger+fr+uk combined spending 2024", ("Germany", "France", "United Kingdom")),
    ],
)
def test_countries_typed_as_abbreviations_are_read_as_their_names(text, names) -> None:
    assert parsed(text).entities == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("fr de uk combined spending 2017 constant 2015 usd", ("France", "Germany", "United Kingdom")),
        (
            "g7 total defence 2023 (us uk fr de it ca)",
            ("United States", "United Kingdom", "France", "Germany", "Italy", "Canada"),
        ),
        ("sum of de, fr and it defence spending 2022", ("Germany", "France", "Italy")),
        ("pl hu combined personnel 2020", ("Poland", "Hungary")),
    ],
)
def test_codes_typed_in_lower_case_in_a_list_or_run_name_their_allies(text, names) -> None:
    assert parsed(text).entities == names


@pytest.mark.parametrize(
    "text",
    [
        "can it be that france spent 2% in 2024?",
        "is it no more than 2% in 2024?",
        "can uk reach 3%?",
        "?lv ?lv ?lv ?lv",
    ],
)
def test_little_words_that_are_codes_make_no_list(text) -> None:
    assert set(parsed(text).entities) <= {"France", "United Kingdom"}


@pytest.mark.parametrize("text", ["can germany reach 2% by 2030?", "spain, esp. in 2024", "neither spain nor italy"])
def test_an_abbreviation_that_is_a_word_names_a_country_only_in_a_list_of_countries(text) -> None:
    assert set(parsed(text).entities) <= {"Germany", "Spain", "Italy"}


@pytest.mark.parametrize("text", ["uk %gdp 2017", "2%gdp by 2035?"])
def test_a_percent_sign_typed_against_its_word_asks_a_share(text) -> None:
    assert "gdp" in parsed(text).words
    assert "%gdp" not in parsed(text).words


@pytest.mark.parametrize("text", ["Estonia GDP% defence 2022?", "lowest gdp% spender 2024"])
def test_a_percent_sign_typed_after_its_word_asks_a_share_of_it(text) -> None:
    words = parsed(text).words
    assert "gdp" in words and "%" in " ".join(words)
    assert "gdp%" not in words


@pytest.mark.parametrize(
    "text",
    ["did slovakia hit 2% in 2024 or miss it?", "did slovakia hit 2% or fall just short?", "is spain at 2% or above?"],
)
def test_a_test_offered_with_its_opposite_or_widened_is_still_yes_or_no(text) -> None:
    assert parsed(text).yes_no


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("how many allies spent >=20% on equipment?", "at least 20%"),
        ("allies ≤ 1.5% of gdp", "at most 1.5%"),
        ("who was > 3% in 2024", "more than 3%"),
        ("spain < $20bn?", "less than"),
    ],
)
def test_a_comparison_sign_before_a_figure_reads_as_its_words(text, words) -> None:
    assert words in " ".join(parsed(text).words)


@pytest.mark.parametrize("text", ["> spain is at 2%", "netherlands % growth 2014 -> 2024?", "2014 => 2024"])
def test_a_quote_mark_or_an_arrow_is_no_comparison(text) -> None:
    assert not {"more", "least"} & set(parsed(text).words)


def test_two_allies_offered_after_or_ask_which_not_yes_or_no() -> None:
    assert not parsed("did norway or denmark spend more in 2024?").yes_no


@pytest.mark.parametrize("text", ["did spain fall short of 2% in 2024?", "was spain short of 2% in 2024?"])
def test_a_yes_or_no_test_of_a_line_asks_no_gap(text) -> None:
    assert Operation.GAP not in parsed(text).operations


def test_how_far_short_asks_the_gap() -> None:
    assert Operation.GAP in parsed("how far short of 2% was spain in 2024?").operations


def test_a_currency_after_the_only_year_asked_is_the_currency_not_a_price_base() -> None:
    assert parsed("ger+fr+uk combined spending 2024 usd current?").years == (2024,)
    assert parsed("france spending in 2020 in 2015 usd").years == (2020,)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("czech real increase 2024 was it like 50%?? 😳", "czech real increase 2024?"),
        ("how many members nato has now, 31 or 32?", "how many members nato has now?"),
        ("france %gdp 2024, is it 2%?", "france %gdp 2024, is it 2%?"),
        ("did france spend about 2% in 2024?", "did france spend about 2% in 2024?"),
        # a quiz's options after a dash, listed: none of them a figure of the question
        ("the cap for security-related spending – 1%, 1.5% or 2%?", "the cap for security-related spending?"),
        ("by what year must allies reach 5% - 2030, 2035 or 2040?", "by what year must allies reach 5%?"),
        ("how many members does nato have – 30, 31 or 32?", "how many members does nato have?"),
        ("poland 2024 - 4%?", "poland 2024 - 4%?"),  # one figure after a dash is asked, no option offered
    ],
)
def test_a_figure_guessed_at_the_end_is_no_figure_of_the_question(text, asked) -> None:
    assert without_remarks(text) == asked


def test_typos_of_the_words_that_combine_figures_are_fixed() -> None:
    assert "together" in parsed("baltics togther how much in 2024").words


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("How much military aid did allies promise Ukraine at the Washington summit?", ("NATO Allies", "Ukraine")),
        ("what did the vilnius summit agree", ()),
        ("what did berlin spend in 2024", ("Germany",)),
    ],
)
def test_a_capital_before_an_event_names_where_it_was_held_not_the_government(text, names) -> None:
    assert parsed(text).entities == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("How much did Canada spend on NATO-eligible defence in 2024-25?", ("Canada",)),
        ("what is spain's spending by nato's definition", ("Spain",)),
        ("nato spending in 2024", ("NATO Allies",)),
    ],
)
def test_a_body_naming_the_rules_a_figure_follows_is_not_whom_it_is_about(text, names) -> None:
    assert parsed(text).entities == names


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "ngl poland going crazy w the arms buying.. how much they spent 2023 in $ (current)",
            "how much Poland spent 2023 in $ (current)",
        ),
        (
            "Greece: defence outlays as % of GDP in 2014. what was it?",
            "Greece: defence outlays as % of GDP in 2014. what was it?",
        ),
        (
            "poland is rearming fast. what did germany spend in 2024?",
            "what did germany spend in 2024?",  # the story before the asking sentence is why one asks
        ),
    ],
)
def test_a_remark_naming_an_ally_before_a_question_about_them_names_whom_it_asks_about(text, asked) -> None:
    assert without_remarks(text) == asked


def test_a_reaction_after_the_question_is_a_remark() -> None:
    assert without_remarks("bulgaria 2019 gdp share?? why so high") == "bulgaria 2019 gdp share??"


def test_a_newsroom_remark_before_the_question_is_taken_off() -> None:
    asked = without_remarks("quick one for a piece I'm filing: what did PL spend on defence in 2023?")
    assert asked == "what did PL spend on defence in 2023?"


@pytest.mark.parametrize(
    ("text", "names"),
    [("What's the NATO-wide defence spending as a share of GDP?", ("NATO Allies",)), ("hungry gdp 2023", ("Hungary",))],
)
def test_a_body_wide_and_a_name_typed_as_a_word_name_their_entity(text, names) -> None:
    assert parsed(text).entities == names
    assert "wide" not in parsed(text).words


@pytest.mark.parametrize(
    ("text", "concept"),
    [("how many freeloaders are still under 2%", "miss"), ("the euro/canada defence glow up", "increase")],
)
def test_slang_names_the_idea_it_means(text, concept) -> None:
    assert concept in parse(text, Vocabulary(set()), {}).concepts


def test_each_side_of_the_atlantic_is_the_us_and_europe() -> None:
    assert {"United States"} <= set(parsed("what share does each side of the atlantic pay?").entities)


def test_in_euros_names_a_currency_not_the_european_allies() -> None:
    assert parsed("How big is Estonia's defence budget in 2024 in euros?").entities == ("Estonia",)
    assert parsed("how much do the euros spend").entities == ("European Allies and Canada",)


def test_a_lead_saying_what_the_question_is_for_names_whom_its_pronoun_means():
    message = "For a lesson on Albania: what percentage of its defence spending went to equipment in 2016?"
    assert "Albania" in without_remarks(message)
    assert "lesson" not in without_remarks(message)


def test_a_lead_before_a_colon_that_is_the_topic_is_kept():
    message = "Germany's defence spend in current dollars: how much did it jump from 2023 to 2024?"
    assert "current dollars" in without_remarks(message)


def test_a_comma_labels_the_allies_after_it_only_after_a_word_for_allies() -> None:
    question = parsed("in 2024, france and germany combined spending")
    assert "2024" not in question.entity_words and 2024 in question.years


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("What was Poland's defence spending as a share of GDP in 2024 per NATO?", ("nato",)),
        ("How much did Russia spend on its military in 2024, per SIPRI?", ("sipri",)),
        ("germany defence spending per capita", ()),
        ("how much does poland spend per year", ()),
    ],
)
def test_a_body_named_after_per_at_the_end_is_the_source(text: str, source: tuple[str, ...]) -> None:
    assert parsed(text).according_to == source


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("countries", "country"), ("allies", "ally"), ("militaries", "military"), ("economies", "economy")],
)
def test_a_plural_in_ies_stems_as_its_singular(plural: str, singular: str) -> None:
    assert stem(plural) == stem(singular)


def test_short_words_in_ies_keep_their_stem() -> None:
    assert stem("lies") == "lie"


def test_a_signed_guess_after_the_question_is_not_asked() -> None:
    assert "50" not in without_remarks("czechia real change 2024?? saw something like +50% 👀")


@pytest.mark.parametrize(
    "message",
    [
        "germany share of gdp on defence in 2014, the wales summit year",
        "Canada's defence spending as a % of GDP back in 2014, the year of the Wales pledge?",
        "Canada's defence spending as a share of GDP back in 2014 - the Wales year. What was it?",
    ],
)
def test_what_a_year_is_known_for_after_it_is_not_asked(message: str) -> None:
    assert "wales" not in without_remarks(message).lower()


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("czechia and slovakia together, spending 2024? (the old czechoslovakia haha)", None),
        ("germany spending 2024 (current USD)?", "(current USD)"),
        ("poland spending (in zloty) 2024", "(in zloty)"),
        ("spain spending (2015 prices) 2020", "(2015 prices)"),
        # the allies it lists are asked, by name, in place of the group they narrow
        ("nordic countries total personnel 2024 (dk fi no se)", "Denmark, Finland, Norway and Sweden"),
    ],
)
def test_words_in_brackets_that_only_describe_are_a_remark(text: str, kept: str | None) -> None:
    read = without_remarks(text)
    assert "(" not in read if kept is None else kept in read


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("hello, how much did poland spend in 2024", "how much did poland spend in 2024"),
        ("hello! what share of GDP did Lithuania spend in 2024?", "what share of GDP did Lithuania spend in 2024?"),
        (
            "hi, for my essay i need to know what share of GDP Lithuania spent in 2024 please",
            "i need to know what share of GDP Lithuania spent in 2024 please",
        ),
        ("for my history class what did poland spend in 2024", "what did poland spend in 2024"),
    ],
)
def test_a_greeting_or_a_remark_with_no_mark_after_it_is_no_word_of_the_question(message: str, asked: str) -> None:
    assert without_remarks(message) == asked


@pytest.mark.parametrize(
    "message", ["hi", "hello there", "thanks, that's exactly what I needed", "hiring, what is it", "for my essay"]
)
def test_small_talk_alone_keeps_its_words(message: str) -> None:
    assert without_remarks(message) == message


@pytest.mark.parametrize(
    ("text", "value"),
    [("is the us military over a million people", 1.0), ("over half a million troops", 500000.0)],
)
def test_a_number_written_in_words_is_a_number(text, value):
    assert [number.value for number in parsed(text).numbers] == [value]


def test_shelling_out_is_spending(engine):
    assert engine.ask("how much does poland shell out as % of gdp in 2024?").values == [4.1202]


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "the article talks about a debate going on inside NATO, what is it about?",
            "what is a debate going on inside nato about?",
        ),
        ("the report mentions the hague pledge - when was it agreed?", "when was the hague pledge agreed?"),
        ("germany talks about it, what is it", "germany talks about it, what is it"),
    ],
)
def test_what_a_lead_says_a_document_speaks_of_is_what_its_it_means(message: str, asked: str) -> None:
    assert without_remarks(message) == asked


def test_a_code_that_is_a_word_names_its_ally_beside_other_codes():
    assert parsed("DE+FR+IT military personnel together 2024").entities == ("Germany", "France", "Italy")
    assert parsed("is IT above 2% in 2024").entities == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("IT share of GDP for 2019, pls", ("Italy",)),
        ("NO defence spend per capita 2024, USD?", ("Norway",)),
        ("BE personnel costs as share of def exp 2024 — %?", ("Belgium",)),
        ("and IT hitting the 2% guideline in 2024?", ("Italy",)),
        ("NO, I meant 2023", ()),
        ("NO way Poland spent 4% in 2024", ("Poland",)),
        ("IT is above 2% in 2024?", ()),
        ("NO defence spending figures please", ()),
    ],
)
def test_a_code_that_is_a_word_names_its_ally_opening_a_question_about_a_year(text, names) -> None:
    assert parsed(text).entities == names


def test_a_plus_after_a_percentage_means_or_more():
    assert "or more" in " ".join(parsed("how many allies spent 2%+ in 2014").words)


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("is it true the US pays ~2/3 of NATO spending?", 66.7),
        ("does the us pay two thirds of nato spending", 66.7),
        ("did canada pay a third of that", 33.3),
        ("was it more than half of the total", 50.0),
    ],
)
def test_a_fraction_of_a_whole_is_the_percentage_it_names(text: str, percent: float) -> None:
    assert [(number.value, number.percent) for number in parsed(text).numbers] == [(percent, True)]


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("the article I saw quoted a figure around two-thirds, can you confirm it?", 66.7),
        ("the US pays roughly a third?", 33.3),
        ("about half, right?", 50.0),
    ],
)
def test_a_fraction_offered_as_an_approximate_figure_is_its_percentage(text: str, percent: float) -> None:
    assert [(number.value, number.percent) for number in parsed(text).numbers] == [(percent, True)]


@pytest.mark.parametrize("text", ["spending in the first half of 2025", "a 24/7 operation in 2024"])
def test_a_half_year_or_a_clock_is_no_fraction(text: str) -> None:
    assert not any(number.percent for number in parsed(text).numbers)


def test_a_percentage_named_of_a_whole_asks_the_part_s_share_of_it(engine) -> None:
    asked = parse_question(parse("does the US pay over 60% of NATO spending?", engine.vocabulary, {}))
    assert Operation.SHARE_OF_TOTAL in asked.operations


@pytest.mark.parametrize("text", ["no. of allies meeting 2% in 2014", "nr of allies meeting 2% in 2014"])
def test_a_short_form_of_number_before_of_counts(text: str) -> None:
    assert parse(text, Vocabulary(set()), {}).has("number of")


def test_a_bare_no_is_no_count() -> None:
    assert not parse("no, of course not", Vocabulary(set()), {}).has("number of")


def test_euro_allies_are_the_european_allies_not_a_currency(engine) -> None:
    question = parse("real-terms increase for Euro allies + Canada in 2024?", engine.vocabulary, {})
    assert question.entities == ["European Allies and Canada"]


@pytest.mark.parametrize(
    ("text", "years", "numbers"),
    [
        ("uk % of gdp in twenty twenty four", [2024], []),
        ("how many allies hit 2% in twenty twenty three", [2023], [(2.0, True)]),
        ("was poland over three point five percent in 2024", [2024], [(3.5, True)]),
        ("top three spenders 2024", [2024], [(3.0, False)]),
    ],
)
def test_numbers_and_years_said_in_words_are_read_in_digits(text: str, years: list[int], numbers: list) -> None:
    question = parse(text, Vocabulary(set()), {})
    assert (question.years, question.numbers) == (years, numbers)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("canada % gdp defence 2024 no cap", "canada % gdp defence 2024"),
        ("bruh how many soldiers does poland have now (2024)", "how many soldiers does poland have now (2024)"),
        ("lol", "lol"),
    ],
)
def test_slang_is_taken_off_a_question_but_not_off_a_message_of_nothing_else(text: str, left: str) -> None:
    assert without_remarks(text) == left


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "Spent 22 yrs near Tapa (2017 rotation, freezing with the Brits) and the locals bragged. So, for the "
            "record, what share of GDP did Estonia actually put into defence in 2024?",
            "So, for the record, what share of GDP did Estonia actually put into defence in 2024?",
        ),
        (
            "Norwegians I trained with at Rena were finally getting new kit in 2023. What was Norway's annual real "
            "change in defence spending in 2023, in %?",
            "What was Norway's annual real change in defence spending in 2023, in %?",
        ),
    ],
)
def test_a_story_told_before_the_sentence_that_asks_is_why_one_asks(message, asked):
    from knowledge.remarks import _from_the_asking_sentence  # noqa: PLC0415 - the stage under test

    assert _from_the_asking_sentence(message) == asked


@pytest.mark.parametrize(
    "message",
    [
        "i heard latvia's defence spending went up massively over the decade. what is the real % increase?",
        "we're debating whether europe freeloads on the US. what's the split of spending between them?",
        "Spent a summer at Rota with the Spanish navy. Their defence spend as % of GDP in 2024 — what is it?",
        "Back in 2014, the Wales summit. How many allies met 2% then?",
        "Portugal defence expenditure 2024 in real terms, i.e. constant 2015 prices, in USD?",
    ],
)
def test_a_story_naming_whom_or_when_the_question_leaves_to_it_is_kept(message):
    from knowledge.remarks import _from_the_asking_sentence  # noqa: PLC0415 - the stage under test

    assert _from_the_asking_sentence(message) == message


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "how many percentage points did Canada's share of GDP go up between 2014 and 2024? Spoiler, not many.",
            "how many percentage points did Canada's share of GDP go up between 2014 and 2024?",
        ),
        (
            "how many times larger is the Polish figure in 2024? Madrid should be embarrassed, but let's see.",
            "how many times larger is the Polish figure in 2024?",
        ),
        ("What was Poland's share in 2024? And Germany", "What was Poland's share in 2024? And Germany"),
        ("Germany share 2024? Same for France.", "Germany share 2024? Same for France."),
        ("Germany share 2024? France 2023.", "Germany share 2024? France 2023."),
    ],
)
def test_a_sentence_of_its_own_after_the_question_asking_nothing_is_a_remark(message, asked):
    assert without_remarks(message) == asked


def test_a_group_named_beside_its_members_combined_is_where_they_are_from(engine):
    question = parse(
        "The 'big three' of Western Europe — France, Germany and the UK. Combined 2024 defence expenditure?",
        engine.vocabulary,
        engine.people,
    )
    assert question.entities == ["France", "Germany", "United Kingdom"]


def test_a_group_named_as_the_whole_of_its_members_share_stays(engine):
    question = parse(
        "france and germany together as a share of nato europe & canada spending 2024", engine.vocabulary, engine.people
    )
    assert "European Allies and Canada" in question.entities


@pytest.mark.parametrize(
    "text",
    ["sales in the third quarter of 2025", "spending in the 3rd quarter of 2024", "the first half of 2025 budget"],
)
def test_a_part_of_a_year_named_by_its_place_is_a_period_never_a_fraction(text: str) -> None:
    assert not parsed(text).numbers


def test_a_fraction_of_a_whole_is_still_its_percentage() -> None:
    assert [number.value for number in parsed("does the us pay a quarter of nato spending").numbers] == [25.0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("what is the MoD's budget for 2025-26", "United Kingdom"),
        ("how much does the Ministry of Defence spend", "United Kingdom"),
        ("what did the pentagon ask for in 2025", "United States"),
    ],
)
def test_a_government_body_alone_names_its_country(text: str, name: str) -> None:
    assert parsed(text).entities == (name,)


def test_a_government_body_beside_another_country_is_that_countrys() -> None:
    assert parsed("what is poland's ministry of defence budget").entities == ("Poland",)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("flip side — which ally spent the least in 2024?", "which ally spent the least in 2024?"),
        ("bit of irony: which ally grew least in real terms?", "which ally grew least in real terms?"),
        ("going back to the wales summit year — in 2014, how many allies met 2%?", "in 2014, how many allies met 2%?"),
    ],
)
def test_a_turn_of_phrase_before_the_question_is_no_part_of_it(text: str, asked: str) -> None:
    assert without_remarks(text) == asked


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("did germany clear 2% of gdp in 2024, or is that just berlin pr?", "did germany clear 2% of gdp in 2024?"),
        ("was poland above 4% in 2024, or was it just a projection?", "was poland above 4% in 2024?"),
    ],
)
def test_a_doubt_offered_as_the_other_answer_is_no_part_of_a_yes_or_no(text: str, asked: str) -> None:
    assert without_trailing_remark(text) == asked


def test_a_doubt_after_a_question_not_asked_yes_or_no_stays() -> None:
    text = "which ally spent most in 2024, or is it just the us?"
    assert without_trailing_remark(text) == text


@pytest.mark.parametrize("text", ["NATO-Eur+Canada combined GDP share 2024e", "nato eur and canada defex 2024"])
def test_the_analysts_nato_eur_and_canada_is_the_european_allies_and_canada(text: str) -> None:
    assert parsed(text).entities == ("European Allies and Canada",)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Using Table 4 (2015 prices and exchange rates), by what factor did Poland's spending grow 2014-2024?", 4),
        ("Czechia's 2024 defence expenditure in national currency, per NATO Table 1?", 1),
    ],
)
def test_the_number_of_a_table_is_no_figure_asked(text, number):
    """'per NATO Table 1': the number names a table, no figure the answer must account for."""
    assert number not in [found.value for found in parsed(text).numbers]


@pytest.mark.parametrize(
    "text",
    [
        "For a citation I require France's defence expenditure for 2019 in current prices, as given in Table 1.",
        "For my essay I need France's defence expenditure for 2019 in current prices.",
    ],
)
def test_a_request_said_after_a_remark_is_the_question(text):
    """'for a citation I require …': who asks and why, then the request, read as the question."""
    assert without_remarks(text).startswith("France's defence expenditure for 2019")


@pytest.mark.parametrize(
    "lead", ["Is it correct that", "Is it accurate that", "Is it the case that", "Is it correct to say that"]
)
def test_a_check_lead_is_no_content(engine, lead):
    """'Is it correct that …' asks yes or no as 'is it true that …' does: 'correct' is nothing to account for."""
    answer = engine.ask(f"{lead} Germany's defence expenditure was below 1.2% of GDP in 2014, per NATO?")
    assert answer.answered, answer.answer
    assert answer.answer.startswith("**Yes**")


def test_national_currency_units_name_the_national_currency(engine):
    """'in million national currency units (koruna)': the table's unit, read as national currency."""
    answer = engine.ask("Czechia's 2024 defence expenditure in current prices, million national currency units?")
    assert answer.answered, answer.answer
    assert {fact.measure for fact in answer.facts} == {"spending_national_current"}


def test_based_on_names_whose_figures_as_according_to_does(engine):
    """'Based on the tables, how much did Poland spend': whose figures, never a word of a measure ('bases')."""
    answer = engine.ask("Based on the tables, how much did Poland spend in 2024?")
    assert answer.answered, answer.answer
    assert {fact.measure for fact in answer.facts} == {"spending_usd_current"}, answer.answer


@pytest.mark.parametrize(
    "question",
    [
        "Which country devoted the largest percentage of its defence expenditure to equipment in 2024?",
        "Which ally spent the highest percentage of their defence budget on equipment in 2024?",
    ],
)
def test_a_percentage_of_its_own_spending_ranks_a_category_share(engine, question):
    """'the largest percentage of its defence expenditure to equipment' ranks the equipment share of each ally's own
    spending, as 'the largest share of its …' does: no figure worked out from others."""
    answer = engine.ask(question)
    assert answer.answered, answer.answer
    assert {fact.measure for fact in answer.facts} == {"equipment_share"}, answer.answer


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("What is Germany's defence expenditure relative to France's in 2024?", True),
        ("How large is Poland's spending in relation to Germany's?", True),
        ("What was Italy's defence spending relative to its economy in 2024?", False),
        ("Italy and Spain: spending relative to GDP in 2024", False),
    ],
)
def test_relative_to_an_ally_named_asks_a_share_of_that_allys_figure(text, share):
    assert (Operation.SHARE_OF_TOTAL in parsed(text).operations) is share


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("What figure does NATO report for Hungary's GDP in 2016 at constant 2015 prices?", ("Hungary",)),
        ("Hungary's GDP in 2016: what figure does NATO's dataset list?", ("Hungary",)),
        ("Per NATO, what was Hungary's GDP in 2016?", ("Hungary",)),
        ("Does NATO's dataset report Iceland's GDP?", ("Iceland",)),
        (
            "Was Canada's equipment share of total defence expenditure above 20% in 2024, per the NATO tables?",
            ("Canada",),
        ),
        ("Per the NATO tables, what % of the NATO total did Canada spend in 2024?", ("NATO Allies", "Canada")),
        ("How much does NATO spend?", ("NATO Allies",)),
        ("What does NATO report for defence spending in 2024?", ("NATO Allies",)),
        ("What did NATO and Germany spend in 2024?", ("NATO Allies", "Germany")),
        ("How much will the UK give Ukraine in 2025?", ("United Kingdom", "Ukraine")),
        ("What percentage of GDP did Norway put into defence in 2024?", ("Norway",)),
    ],
)
def test_the_alliance_named_as_whose_figure_is_no_subject_beside_another(text, entities):
    """'What figure does NATO report for Hungary's GDP', 'per NATO': the alliance gives the figure, Hungary is whom
    it is about; alone, or named beside an ally as one of those asked about, it stays a subject (and an ally that
    gives or puts something is asked about)."""
    assert parsed(text).entities == entities


def test_the_figure_nato_gives_for_an_ally_is_that_allys_alone(engine):
    answer = engine.ask("Per NATO, what was Hungary's GDP in 2016 at constant 2015 prices?")
    assert [(fact.subject, fact.period) for fact in answer.facts] == [("Hungary", "2016")]


def test_a_share_of_total_spending_per_the_nato_tables_is_the_allys_own_category_share(engine):
    """'Canada's equipment share of total defence expenditure … per the NATO tables': the tables are whose figures,
    the total is Canada's own spending, not the alliance's."""
    answer = engine.ask(
        "Was Canada's equipment share of total defence expenditure above 20% in 2024, per the NATO tables?"
    )
    assert answer.yes_no and answer.answer.startswith("**No**")
    assert [(fact.subject, fact.measure) for fact in answer.facts] == [("Canada", "equipment_share")]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("how many allies had real growth above twenty percent in 2024", 20.0),
        ("how many allies spent more than fifty billion dollars in 2024", 50.0),
    ],
)
def test_a_lone_number_word_before_a_unit_is_a_figure_of_the_question(text: str, number: float) -> None:
    assert number in [found.value for found in parsed(text).numbers]


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("spain share of gdp on the fence in 2022", "defence"),
        ("check republic defence spending in 2024", "czech"),
    ],
)
def test_words_a_transcript_mishears_are_read_as_said(text: str, meant: str) -> None:
    words = parsed(text).words
    assert meant in words and "fence" not in words and "check" not in words


def test_a_phones_autocorrect_of_per_capita_is_read_as_per_capita(engine) -> None:
    """'per capital' is per capita, not a figure of Estonia's whole spending (it had answered US$1.4 billion)."""
    assert "capita" in parsed("estonia defence spending per capital 2024").words
    answer = engine.ask("estonia defence spending per capital 2024")
    assert answer.answered and [fact.measure for fact in answer.facts] == ["spending_per_capita"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Greece spends more than 3 % of GDP in 2024, yes or no?", 3.0),
        ("Is Italia over 1,5 % of PIB in 2024?", 1.5),
        ("How many NATO countries are under 2,25 percent of GDP in 2024?", 2.25),
    ],
)
def test_a_percentage_typed_with_a_space_or_a_decimal_comma_is_a_percentage(text: str, value: float) -> None:
    assert (value, True) in [(number.value, number.percent) for number in parsed(text).numbers]


def test_a_thousands_comma_is_no_decimal_comma() -> None:
    assert 1500.0 in [number.value for number in parsed("did any ally spend 1,500 million in 2024").numbers]


def test_a_year_before_a_spaced_percent_sign_stays_a_year() -> None:
    asked = parsed("estonia real change in defence spending 2023 %")
    assert asked.years == (2023,) and 2023.0 not in [number.value for number in asked.numbers]


def test_a_year_named_twice_is_one_year_asked():
    """'in 2024 … of its 2024 GDP' asks one year, never a span from 2024 to 2024."""
    assert parsed("how much would Canada have needed in 2024 to reach 2% of its 2024 GDP").years == (2024,)


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        (
            "US defence spending in 2024 is how many times that of European allies and Canada combined, using NATO's "
            "current-dollar figures?",
            ("United States", "European Allies and Canada"),
        ),
        ("what's NATO's figure for Spanish defence spending as % of GDP in 2024?", ("Spain",)),
        ("Who's the lowest spender as a share of GDP in NATO's 2024 numbers, Spain or Belgium?", ("Spain", "Belgium")),
        ("What share of GDP does NATO say Poland spent in 2024?", ("Poland",)),
        ("Is the US share of GDP above NATO's total figure for 2024?", ("United States", "NATO Allies")),
    ],
)
def test_the_alliance_named_as_whose_figures_is_not_asked_about(text: str, entities: tuple[str, ...]) -> None:
    """'NATO's figure for Spain', 'using NATO's current-dollar figures', 'what does NATO say': the alliance gives
    the figures; 'NATO's total figure' is the alliance's own."""
    assert parsed(text).entities == entities


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Which ally put the biggest share of its defence budget into equipment, according to NATO's breakdown?",
            ("nato",),
        ),
        ("US defence spending as a percentage of GDP in 2014, according to NATO's series?", ("nato",)),
        ("Türkiye's share of its defence budget on equipment in 2024, per NATO's category breakdown?", ("nato",)),
        ("France's share of GDP in 2024 according to NATO's June 2024 table", ("nato", "table")),
    ],
)
def test_a_source_phrase_names_the_body_and_its_data(text: str, source: tuple[str, ...]) -> None:
    """A breakdown, a series, a table given by a body name where the figure comes from: the words between are the
    figure's ('June 2024'), and 'breakdown' or 'series' name no source of their own."""
    assert parsed(text).according_to == source


def test_the_words_of_a_source_phrase_ask_nothing() -> None:
    """'per NATO's category breakdown' names whose figures: no breakdown (the parts) is asked; asked outside a
    source phrase, it is."""
    sourced = parsed(
        "Does Türkiye spend more than 30% of its defence budget on equipment, per NATO's category breakdown?"
    )
    assert not sourced.has("breakdown") and sourced.has("equipment") and sourced.has("category")
    assert parsed("how is the 5% target split - what's the breakdown?").has("breakdown")


@pytest.mark.parametrize(
    "text",
    [
        "Spain keeps coming up as the laggard in every briefing I write - what's its share of GDP in 2024?",
        "For a Baltic security piece - what was Estonia's share of GDP in 2023?",
        "Drafting a briefing note: what share of GDP does Poland spend?",
        "for my newsletter, what did Poland spend in 2024?",
    ],
)
def test_the_askers_own_writing_names_no_source(text: str) -> None:
    assert parsed(text).source_kind is None


def test_a_kind_of_source_named_as_the_one_at_hand_is_still_the_source() -> None:
    assert parsed("what does the briefing say about Spain's share of GDP?").source_kind == "prose"
    assert parsed("in the article, what share did the US pay?").source_kind == "prose"


def test_something_coming_up_in_a_lead_is_no_rise() -> None:
    """'Spain keeps coming up as the laggard': named, not a change asked."""
    assert "up" not in parsed("Spain keeps coming up as the laggard - what's its share of GDP in 2024?").words
    assert "up" in parsed("did Spain's spending go up in 2024?").words


def test_a_ratio_by_the_alliances_figures_is_of_the_two_named(engine):
    """'US spending is how many times that of European allies and Canada, using NATO's figures': the US over
    Europe and Canada (about 1.91), not the NATO total over Europe and Canada."""
    answer = engine.ask(
        "Ballpark ratio for a slide: US defence spending in 2024 is how many times that of European allies and Canada "
        "combined, using NATO's current-dollar figures?"
    )
    assert answer.answered, answer.answer
    assert round(answer.values[0], 2) == 1.91, answer.answer


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "Which ally put the biggest share of its defence budget into equipment in 2024, according to NATO's "
            "breakdown by category?",
            51.1276,
        ),
        (
            "what was the United States' defence spending as a percentage of GDP in 2014, according to NATO's series?",
            3.7139,
        ),
        (
            "Spain keeps coming up as the laggard in every briefing I write - what's NATO's figure for Spanish defence "
            "spending as % of GDP in 2024?",
            1.2825,
        ),
    ],
)
def test_a_figure_asked_by_whose_breakdown_or_series_is_answered(engine, question: str, value: float) -> None:
    answer = engine.ask(question)
    assert answer.answered, answer.answer
    assert answer.values[0] == pytest.approx(value), answer.answer


def test_a_body_the_documents_do_not_have_named_as_the_source_withholds(engine) -> None:
    for question in (
        "What's SIPRI's figure for Poland's defence spending in 2024?",
        "What does SIPRI say Poland spent on defence in 2024?",
        "What did Poland spend on defence in 2024 according to SIPRI?",
    ):
        assert not engine.ask(question).answered, question


@pytest.mark.parametrize(
    "text",
    [
        "What's France's 2024 defence spending in millions of euros at current prices?",
        "Did France spend 59.6 billion euros on defence in 2024?",
    ],
)
def test_euros_counted_are_a_currency_not_the_european_allies(text: str) -> None:
    assert parsed(text).entities == ("France",)


def test_the_euros_as_a_subject_are_the_european_allies() -> None:
    assert "European Allies and Canada" in parsed("how much did the euros spend on defence in 2024").entities


def test_a_flag_in_a_message_that_asks_names_its_country_and_flags_alone_ask_nothing(engine) -> None:
    assert parse("🇪🇪 infra share of defence budget 2023", engine.vocabulary, engine.people).entities == ["Estonia"]
    assert parse("🇳🇱🇳🇱🇳🇱", engine.vocabulary, engine.people).entities == []
    beside = "Delegate of DE here 🇩🇪 per the NATO tables, what's Germany's defence spending as % of GDP for 2024?"
    assert engine.ask(beside).answered  # the flag beside its code adds nothing to the delegate's lead


@pytest.mark.parametrize(
    ("text", "years"),
    [("germany const usd growth 23->24 %", (2023, 2024)), ("poland 19→24 real change", (2019, 2024))],
)
def test_two_short_years_an_arrow_joins_are_years(text: str, years: tuple[int, ...]) -> None:
    assert parsed(text).years == years


def test_short_numbers_an_arrow_joins_backwards_are_no_years() -> None:
    assert parsed("troops 45->40 poland 2024").years == (2024,)


@pytest.mark.parametrize("text", ["pledge review yr", "wales summit year?"])
def test_a_message_ending_on_the_year_of_an_event_asks_that_year(text: str) -> None:
    assert parsed(text).asks_year


@pytest.mark.parametrize("text", ["poland spending last year", "which ally spent most last year"])
def test_a_year_of_no_event_asks_no_year(text: str) -> None:
    assert not parsed(text).asks_year


def test_the_year_of_an_event_is_answered_by_the_sentence_dating_it(engine) -> None:
    answer = engine.ask("pledge review yr")
    assert answer.answered and 2029.0 in answer.values


def test_a_tag_naming_both_answers_asks_yes_or_no_whatever_it_tests() -> None:
    """'does it cover resilience? yes or no?': 'cover' is no test of a figure, yet yes or no is asked outright (the
    1.5 % line's quote alone was answered)."""
    text = "the 1.5 % bucket - does it cover civil preparedness and resilience? yes or no?"
    assert parse_question(parse(text, Vocabulary(set()), {})).yes_no
    assert not parse_question(parse("does it cover civil preparedness?", Vocabulary(set()), {})).yes_no


@pytest.mark.parametrize(
    ("text", "counted"),
    [
        ("count allies 2pct 2018", True),
        ("allies missing 2% annual report count", True),
        ("tally of allies at 2%", False),
        ("does pension spending count?", False),
        ("do pensions count towards 2%", False),
        ("count towards the 2% guideline", False),
        ("How much did the US spend on its military in 2024 by SIPRI's count?", False),
        ("us spending 2024 sipri's count", False),
    ],
)
def test_a_keyword_string_opening_or_ending_with_a_count_word_asks_a_number(text, counted) -> None:
    assert (parsed(text).words[:2] == ("number", "of")) is counted


@pytest.mark.parametrize(
    ("text", "left", "ruled_out"),
    [
        ("romania def exp usd 2023 -constant", "current", "constant"),
        ("romania spending usd 2023 not constant", "current", "constant"),
        ("romania spending 2023 excluding inflation adjustment", "current", "adjustment"),
        ("poland spending usd 2020 non-real", "current", "real"),
        ("poland spending 2020 usd -current", "constant", "current"),
    ],
)
def test_a_price_basis_ruled_out_asks_the_other_basis(text, left, ruled_out) -> None:
    words = parsed(text).words
    assert left in words and ruled_out not in words


@pytest.mark.parametrize("text", ["did poland have no real growth in 2020", "spending growth without inflation"])
def test_a_basis_said_otherwise_is_no_basis_ruled_out(text) -> None:
    words = parsed(text).words
    assert "current" not in words


def test_the_current_price_figure_answers_a_constant_basis_ruled_out(engine) -> None:
    answer = engine.ask("romania def exp usd 2023 -constant")
    assert answer.answered and "current prices" in answer.answer and "constant" not in answer.answer.split("—")[0]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("fr defence exp constant 2015 usd 2018", ("France",)),
        ("pl spending 2023", ("Poland",)),
        ("de gdp share 2024 vs france", ("Germany", "France")),
        ("de facto spending in 2024", ()),
        ("it spending 2024", ()),
        ("fr something 2024", ()),
    ],
)
def test_a_code_in_lower_case_opening_a_keyword_string_before_a_domain_word_names_its_ally(text, names) -> None:
    assert parsed(text).entities == names


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("italy per capita defence change 2014 to 2024 usd", (2014, 2024)),
        ("poland spending 2014 and 2024 usd", (2014, 2024)),
        ("germany spending 2018 in 2015 usd", (2018,)),
    ],
)
def test_a_currency_after_a_span_s_end_is_asked_and_the_year_too(text, years) -> None:
    assert parsed(text).years == years


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("did germany and no other ally spend 3% in 2024", ("Germany", "NATO Allies")),
        ("france or no one", ("France",)),
        ("avg of dk, fi, no and se 2024", ("Denmark", "Finland", "Norway", "Sweden")),
        ("no and se combined 2024", ("Norway", "Sweden")),
    ],
)
def test_a_code_that_is_a_word_is_joined_only_to_another_abbreviation(text, names) -> None:
    assert parsed(text).entities == names


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("What did DEU spend in 2024?", ["Germany"]),
        ("what did deu spend in 2024?", []),  # a code is a name only as the entity list writes it
        ("Compare DEU, FRA and DEU in 2024", ["Germany", "France", "Germany"]),
        ("How did spending change in 2024?", []),
    ],
)
def test_a_name_documents_match_only_as_written_is_found_where_the_question_writes_it(
    text: str, named: list[str]
) -> None:
    words = tuple(normalise(text).split())
    assert [mention.target for mention in _bodies_named(text, words)] == named


@pytest.mark.parametrize(
    ("text", "year"), [("defense outlays as a share of GDP in FY2024?", 2024), ("O&M in FY2010", 2010)]
)
def test_a_fiscal_year_is_asked_by_its_year_and_keeps_its_word(text: str, year: int) -> None:
    question = parsed(text)
    assert year in question.years
    assert f"fy{year}" in question.words  # a fact naming that fiscal year accounts for it, a calendar year's does not


@pytest.mark.parametrize(
    "text",
    [
        "Which ally had the smallest equipment share of its defence expenditure in 2024 per NATO's breakdown?",
        "Which ally devoted the largest share of its 2024 defence expenditure to personnel in NATO's breakdown?",
    ],
)
def test_the_alliances_data_after_an_opener_names_the_source_whoever_else_is_named(text: str) -> None:
    question = parsed(text)
    assert "breakdown" not in question.joined.split()  # its 'breakdown' asks for no parts
    assert "nato" in question.according_to


@pytest.mark.parametrize(
    ("flag", "name"), [("🇬🇧", "United Kingdom"), ("🇺🇸", "United States"), ("🇮🇸", "Iceland"), ("🇦🇱", "Albania")]
)
def test_a_flag_names_its_country_though_its_letters_are_no_code_typed(flag: str, name: str) -> None:
    assert parsed(f"{flag} gdp 2021").entities == (name,)
