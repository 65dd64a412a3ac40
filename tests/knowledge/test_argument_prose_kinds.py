"""What a figure of argument prose is (`knowledge.sentence_kinds`): a list's bracketed figures after the names a colon
lists are their levels, not the change the list's head compares them by; a percentage set beside an amount a share
word opens ('accounted for $968 billion, roughly 66%') is that amount's share of the whole."""

from __future__ import annotations

from knowledge.sentence import Context, SentenceReader


def kinds(text: str) -> dict[float, tuple[list[str], str]]:
    reader = SentenceReader(text, Context(gdp_shares=True, sentence_period="2024"), 2025)
    return {stated.figure.value: (stated.subjects, stated.kind) for stated in reader.statements()}


def test_a_lists_bracketed_figures_are_levels_not_the_change_its_head_names() -> None:
    read = kinds("Seven European allies were higher: Poland (4.12%), Estonia (3.43%) and Denmark (2.37%).")
    assert read[4.12] == (["Poland"], "share_of_gdp")
    assert read[3.43] == (["Estonia"], "share_of_gdp")


def test_a_bracketed_change_keeps_its_own_words() -> None:
    read = kinds("Spending rose: Poland (up 4.1%), Spain (+2%).")
    assert read[4.1] == (["Poland"], "change")
    assert read[2] == (["Spain"], "change")


def test_a_percentage_beside_an_amount_a_share_word_opens_is_its_share_of_the_whole() -> None:
    whole = "NATO estimated that the alliance spent $1.47 trillion in 2024"
    read = kinds(f"{whole}, of which the US accounted for $968 billion, roughly 66%.")
    assert read[968] == (["United States"], "money")
    assert read[66] == (["United States"], "share_of_total")


def test_a_percentage_beside_a_plain_amount_stays_a_share_of_gdp() -> None:
    assert kinds("Poland spent $38 billion, about 4.1%.")[4.1] == (["Poland"], "share_of_gdp")


def test_the_levels_a_share_of_a_whole_moves_between_are_that_share() -> None:
    read = kinds(
        "The share of Portugal's defence budget spent on major equipment will rise from 21% in 2024 to 26% in 2025."
    )
    assert read[21][1] == read[26][1] == "share_of_total"
    assert kinds("Poland's spending as a share of GDP rose from 2.2% to 4.1%.")[4.1][1] == "share_of_gdp"
    # 'its share' alone names no whole: as often as not, of GDP
    assert kinds("The US share has actually edged down this year, to around 3.2%.")[3.2][1] == "share_of_gdp"


def subjects(text: str, paragraph_subject: str) -> dict[float, list[str]]:
    context = Context(gdp_shares=True, subject=paragraph_subject, paragraph_subject=paragraph_subject)
    return {stated.figure.value: stated.subjects for stated in SentenceReader(text, context, 2025).statements()}


def test_a_few_words_quoted_in_the_sentences_own_clause_are_its_statement() -> None:
    read = subjects(
        'Ursula von der Leyen unveiled a plan that could mobilise "close to 800 billion euros": up to €150 billion in '
        "loans for joint procurement.",
        "European Union",
    )
    assert read == {800: ["European Union"], 150: ["European Union"]}


def test_a_quoted_utterance_naming_no_one_stays_its_speakers_words() -> None:
    assert subjects('"Two per cent is not enough," he told allies.', "European Union") == {}


def test_the_line_a_gap_is_measured_to_is_no_ones_level() -> None:
    read = kinds("But Spain's gap to 2% last year was about 0.7 points of GDP.")
    assert 2 not in read
    assert read[0.7] == (["Spain"], "change")


def test_a_year_naming_the_prices_is_no_time_anything_is_of() -> None:
    reader = SentenceReader("Real changes are computed in constant 2015 prices and exchange rates.", Context(), 2025)
    assert reader.sentence_period() is None
    assert SentenceReader("In 2015 prices rose.", Context(), 2025).sentence_period() == "2015"


def test_a_figure_level_with_another_ones_is_theirs_too() -> None:
    read = subjects(
        "NATO's common budgets came to about €4.6 billion in 2025, and the US share of them is fixed by a cost-sharing "
        "formula at roughly 16%, level with Germany.",
        "NATO Allies",
    )
    assert read[16] == ["United States", "Germany"]
    assert kinds("the US share of them is fixed at roughly 16%, level with Germany.")[16][1] == "share_of_total"
