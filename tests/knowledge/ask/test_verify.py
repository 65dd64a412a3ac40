"""The verifier, stage by stage: what an answer's facts must account for before a figure is given."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.ask.context import add_role_holders
from knowledge.ask.handlers.calculated import arithmetic_answer
from knowledge.ask.parse import parse_question
from knowledge.ask.verify_entities import _named_in
from knowledge.ask.verify_evidence import names_carried
from knowledge.ask.verify_numbers import numbers_stated
from knowledge.ask.verify_vocabulary import Scaffolding, accounted
from knowledge.ask.verify_years import _years_of_dates, is_fiscal_year, period_years
from knowledge.engine import Engine
from knowledge.extraction_eval import staged_folder
from knowledge.models import Citation, Fact, Unit
from knowledge.question import Vocabulary, parse
from knowledge.snapshot import build_knowledge_base


@pytest.fixture(scope="module")
def verifier(engine):
    return engine.verifier


def verdict_for(engine, question: str, answer=None):
    parsed = parse(question, engine.vocabulary, engine.people)
    add_role_holders(engine.index, parsed)
    drafted = answer or engine.drafter.draft(question, None)
    return engine.verifier.check(parse_question(parsed), drafted)


@pytest.mark.parametrize(
    "question",
    [
        "how much does the US pay?",
        "Poland share of GDP 2024",
        "how many allies met the 2% target?",
        "what did rutte say europe must make?",
        "64%",
        "22 of 32?",
        "denmark real change in 2023 i heard it was massive",
        "montenegro army size 2024, its gotta be tiny",
        "eli5 how many soldiers does turkey have in 2024",
    ],
)
def test_answers_that_account_for_the_question_pass(engine, question):
    assert verdict_for(engine, question).accepted


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("what is 2+2", "substance"),
        ("which bus is 75", "word bus"),
        ("how big is nato's civil budget", "word civil"),
        ("what did macron say about the 5% pledge", "word macron"),
        ("who is the US secretary of defense", "word secretary"),
        ("share us 1 for a", "operand 1"),
    ],
)
def test_answers_for_something_else_are_withheld(engine, question, missing):
    verdict = verdict_for(engine, question)
    if not verdict.accepted:
        assert any(item.startswith(missing) for item in verdict.unaccounted), verdict
    assert not engine.ask(question).answered


def test_a_group_answer_must_stay_within_the_group(engine):
    """'which benelux country…' answered with a ranking of every ally does not account for Benelux."""
    ranking = engine.drafter.draft("which ally spends the most per head on defence in 2024", None)
    parsed = parse("which benelux country spends the most per head on defence in 2024", engine.vocabulary, {})
    verdict = engine.verifier.check(parse_question(parsed), ranking)
    assert "entity the Benelux countries" in verdict.unaccounted


def test_a_year_the_facts_do_not_cover_is_unaccounted(engine):
    answer = engine.drafter.draft("poland share of gdp 2024", None)
    parsed = parse("poland share of gdp 2019", engine.vocabulary, {})
    assert "year 2019" in engine.verifier.check(parse_question(parsed), answer).unaccounted


def test_a_named_kind_of_source_must_be_the_source(engine):
    answer = engine.drafter.draft("poland share of gdp 2024", None)
    parsed = parse("what does the article say poland spent as a share of gdp in 2024", engine.vocabulary, {})
    assert "source: an article" in engine.verifier.check(parse_question(parsed), answer).unaccounted


def test_a_story_around_the_question_is_not_held_against_it(engine):
    question = (
        "so i was arguing with my uncle at dinner and he kept saying america pays for everything, "
        "what share of total alliance spending does the US actually cover?"
    )
    answer = engine.ask(question)
    assert answer.answered and 64.0 in answer.values


@pytest.mark.parametrize("noise", ["asdkjh qwe ???", "/sources", "lol ok"])
def test_noise_after_an_answer_never_repeats_the_previous_figure(engine, noise):
    previous = engine.ask("how much does the US pay?")
    assert previous.answered
    follow_up = engine.ask(noise, previous)
    assert not follow_up.answered and not follow_up.values


def test_a_yes_no_question_is_not_answered_with_a_bare_figure(engine):
    """'did Greece's spending drop in real terms in 2023' once got Greece's dollar spending."""
    answer = engine.ask("did greece's defence spending drop in real terms in 2023")
    assert not answer.answered or answer.yes_no


def test_rankings_stay_within_a_named_group(engine):
    answer = engine.ask("which benelux country spends the most per head on defence (2024)")
    assert answer.answered and {fact.subject for fact in answer.facts} <= {"Belgium", "Luxembourg", "Netherlands"}
    answer = engine.ask("among the g7 members of nato who spent the smallest share of gdp on defence in 2024")
    assert [fact.subject for fact in answer.facts] == ["Canada"]


def test_a_number_that_names_a_group_is_not_a_figure(engine):
    answer = engine.ask("which of the visegrad 4 spent the least in current dollars in 2024")
    assert answer.answered and answer.facts[0].subject == "Slovakia"


def test_a_year_asked_is_not_answered_by_a_day(engine):
    """'for which year?' was once answered 'Thursday' (the day the report was released); it is answered by the
    sentence stating the year the report covers, the year in bold."""
    answer = engine.ask("the rutte article is about nato's annual report for which year?")
    assert "**Thursday**" not in answer.answer
    assert answer.answered and "**2024**" in answer.answer and 2024.0 in answer.values
    assert engine.ask("when was the annual report released").answered


@pytest.mark.parametrize(
    "question",
    ["italy health spending share of gdp 2022?", "what was italy's education budget in 2022", "pension spending 2024"],
)
def test_another_kind_of_spending_is_not_answered_with_defence_spending(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not answer.values


def test_a_comparison_asked_as_yes_or_no_says_yes_or_no(engine):
    answer = engine.ask("did spain outspend canada on defence in 2024 in current dollars?")
    assert answer.answered and answer.yes_no
    assert answer.answer.startswith("**No**") or answer.answer.startswith("No")


@pytest.mark.parametrize(
    "question", ["how big an increase in air defence did rutte call for", "missile defence budget"]
)
def test_another_kind_of_defence_is_not_answered_with_defence_spending(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not answer.values


@pytest.fixture(scope="module")
def engine_of(tmp_path_factory):
    from pathlib import Path  # noqa: PLC0415

    from knowledge.engine import Engine  # noqa: PLC0415
    from knowledge.snapshot import build_knowledge_base  # noqa: PLC0415

    def build(text: str) -> Engine:
        folder = Path(tmp_path_factory.mktemp("docs"))
        (folder / "note.txt").write_text(text, encoding="utf-8")
        (folder / "catalog.toml").write_text('["note.txt"]\ntitle = "A note"\npublished = "2025-05-02"\n', "utf-8")
        return Engine(build_knowledge_base(folder))

    return build


def test_a_figure_of_several_together_is_not_one_of_them(engine_of):
    engine = engine_of(
        "The United States, China, Russia, Germany and India together spent $1635 billion in 2024, "
        "60% of the world total."
    )
    assert not engine.ask("china military spending 2024").values
    assert 1635 in engine.ask("what did the us, china, russia, germany and india spend together in 2024").values


def test_the_continent_answers_europe_but_not_the_european_allies(engine_of):
    """A member's 'europe' may be the continent a document names; 'European NATO members' are the allies alone,
    which 'Europe, including Russia' is not."""
    engine = engine_of("Military spending in Europe, including Russia, jumped 17% to $693 billion in 2024.")
    assert 693 in engine.ask("how much did europe spend on the military in 2024?").values
    assert not engine.ask("What did European NATO members spend in total in 2024?").values


def test_a_statement_of_another_bodys_figures_is_not_the_documents_source(engine_of):
    """A note citing SIPRI for its charts, and one sentence pointing back to NATO's own estimates: that count is
    NATO's, and does not answer 'by SIPRI's count'."""
    engine = engine_of(
        "Source for every chart: SIPRI Military Expenditure Database, April 2025 release.\n\n"
        "Note: NATO's own estimates use a different definition of defence spending. Its June 2024 figures counted "
        "23 allies at or above 2% in 2024."
    )
    assert 23 not in engine.ask("How many NATO members spent at least 2% of GDP in 2024 by SIPRI's count?").values


def test_the_year_asked_of_a_figure_is_the_one_beside_it(engine_of):
    """'3.5 percent in 2029 — well ahead of the 2035 deadline': the year Germany reaches 3.5% is 2029, never the
    sentence's other year."""
    engine = engine_of(
        "This takes Germany to 2.4 percent of GDP this year and 3.5 percent in 2029 — well ahead of the 2035 "
        "deadline that allies are expected to agree in The Hague."
    )
    assert 2035 not in engine.ask("In which year does Germany expect to reach 3.5% of GDP?").values


def test_a_percentage_line_is_never_tested_against_an_amount(engine):
    """'is it more than 2%?' after Canada's spending in dollars: never 'Yes — above US$2'."""
    previous = engine.ask("canada defence spending 2024 in usd")
    answer = engine.ask("is it more than 2%?", previous)
    assert "US$2" not in answer.answer
    assert not answer.answered or 30495.2345 not in answer.values


def test_a_share_of_gdp_asked_as_it_stands_is_not_answered_by_a_goal(engine_of):
    """'uk defence % gdp right now?' against a promise of 2.5% by 2027 and today's 2.3%: the level, never the
    goal; a question asking the goal still gets it."""
    engine = engine_of(
        "On 25 February Keir Starmer promised that UK defence spending would rise to 2.5% of GDP by 2027.\n\n"
        "Today the United Kingdom spends 2.3% of GDP on defence."
    )
    assert 2.5 not in engine.ask("uk defence % gdp right now?").values
    assert engine.ask("What share of GDP does the UK spend on defence today?").values == [2.3]
    assert 2.5 in engine.ask("what is the uk's defence spending target as a share of gdp?").values


def test_a_goal_for_a_year_past_when_published_is_no_level_of_that_year(tmp_path):
    """'undertaken to allocate 2.5% of GDP … every year, starting with 2023' in a paper of December 2024 does not
    say what Romania spent in 2023; asked the goal, the paper still gives it."""
    (tmp_path / "white_paper.txt").write_text(
        "Romania has undertaken to allocate 2.5% of gross domestic product to defence every year, starting with "
        "2023.\n\nRomania's defence expenditure reached an estimated 2.25% of GDP in 2024.\n",
        encoding="utf-8",
    )
    catalog = '["white_paper.txt"]\ntitle = "White Paper on Defence 2024"\npublished = "2024-12-10"\n'
    (tmp_path / "catalog.toml").write_text(catalog, encoding="utf-8")
    engine = Engine(build_knowledge_base(tmp_path))
    assert 2.5 not in engine.ask("What was Romania's defence spending as a percentage of GDP in 2023?").values
    assert 2.5 in engine.ask("What share of GDP has Romania pledged to spend on defence each year?").values


def test_a_share_of_gdp_due_by_a_later_year_is_no_current_level(engine_of):
    """'projects spending of 1.76% of GDP by 2029-30' does not say what Canada spends now."""
    engine = engine_of("A policy update published in April projects Canadian spending of 1.76% of GDP by 2029-30.")
    assert 1.76 not in engine.ask("Canada's current defence spending as a share of GDP?").values


def test_a_cap_within_a_goal_is_the_figure_said_up_to(engine):
    """'the ceiling … within the 5%': a cap is what 'up to 1.5%' states, and 'within' frames the goal the 5% names."""
    answer = engine.ask("what's the ceiling on infrastructure and resilience spending within the 5%?")
    assert answer.values[:1] == [1.5]


def test_who_is_answered_by_a_sentence_naming_someone(tmp_path):
    """'Who wrote the letter?' of a page of letters: a sentence naming no one ('Nobody in government has yet said
    …') is no answer, though the title accounts for 'letter' and 'said' for 'wrote'."""
    (tmp_path / "letter.txt").write_text(
        "The government says spending will rise to 2.5% of GDP by 2027. Nobody in government has yet said whether "
        "that comes from higher taxes, more borrowing or deeper cuts elsewhere.\n",
        encoding="utf-8",
    )
    catalog = '["letter.txt"]\ntitle = "Letters: The defence arithmetic does not add up"\npublished = "2025-07-01"\n'
    (tmp_path / "catalog.toml").write_text(catalog, encoding="utf-8")
    engine = Engine(build_knowledge_base(tmp_path))
    assert not engine.ask("Who wrote the letter?").answered


def test_a_section_heading_names_the_piece_a_question_cites(tmp_path):
    """'according to the letter': a page's section headed 'Letter to the editor: …' is that letter."""
    (tmp_path / "page.md").write_text(
        "# Two and a half per cent is a number\n\nThe uplift is worth barely £6 billion a year by 2027.\n\n"
        "## Letter to the editor: the uplift is bigger than claimed\n\n"
        "The government's own figure is an extra £13.4 billion a year from 2027.\n",
        encoding="utf-8",
    )
    (tmp_path / "catalog.toml").write_text('["page.md"]\ntitle = "Op-ed"\npublished = "2025-03-11"\n', "utf-8")
    engine = Engine(build_knowledge_base(tmp_path))
    answer = engine.ask(
        "According to the letter, how much extra a year does the government say defence gets from 2027?"
    )
    assert 13.4 in answer.values and 6 not in answer.values


def test_no_calculation_mixes_currencies_nor_averages_amounts_for_a_share(engine):
    """'ratio US vs NATO-Eur+Canada, constant-15 USD' is never US dollars over Canadian dollars; 'unweighted avg GDP
    share of all 31 allies' is never an average of their GDPs in dollars."""
    ratio = engine.ask("ratio US vs Canada in constant national currency 2024")
    assert not ratio.answered or "÷" not in (ratio.calculation or "")
    share = engine.ask("unweighted avg GDP share of all allies 2024e")
    assert not share.answered or all(value < 100 for value in share.values[:1])


def test_the_source_a_document_cites_accounts_for_its_name(engine_of):
    engine = engine_of(
        "Figures are SIPRI's for 2024.\n\n"
        "Country | Spending (US$ bn) | Share of GDP\nChina | 314 | 1.7%\nJapan | 55.3 | 1.4%\n"
    )
    assert 314 in engine.ask("chinas military spending sipri").values
    assert not engine.ask("chinas military spending according to the iiss").values


def test_a_guessed_period_does_not_answer_a_year(engine_of):
    engine = engine_of(
        "On 25 February Keir Starmer promised 2.5% of GDP by 2027, cutting aid from 0.5% to 0.3% of GNI."
    )
    assert not engine.ask("uk defence share of gdp in 2024").values


@pytest.mark.parametrize(
    ("question", "ratio"),
    [
        ("ratio of UK military personnel to French military personnel in 2024?", "less"),
        ("for every dollar european allies and canada spend, how many does the US spend?", "more"),
        ("how many times more than europe and canada combined did the US contribute to total nato spending", "more"),
        ("how many times more per person does norway spend on defence than italy in 2024", "more"),
    ],
)
def test_a_ratio_is_taken_against_the_one_named_after_than_or_to(engine, question, ratio):
    answer = engine.ask(question)
    assert answer.answered
    assert (answer.values[0] < 1) == (ratio == "less")


def test_a_share_asked_is_not_answered_by_a_change(engine):
    answer = engine.ask("annual report says europe + canada made up what % of nato's total defence spend in 2024?")
    assert 19.4 not in answer.values


def test_a_level_asked_is_not_answered_by_a_table_s_change(engine):
    """A cell of the year's real change answers only a question naming a change; a check of a share at a line
    does not ('was it at 2%?' with the word 'share' beside)."""
    real_change = engine.ask("How much did Italy's defence spending change in real terms in 2024?")
    assert real_change.answered and real_change.facts[0].measure == "real_change_defence_spending"
    withheld = verdict_for(engine, "Was Italy at 2% in 2024, what was its share?", real_change)
    assert "quantity: a level, not a change" in withheld.unaccounted
    assert (
        "quantity: a level, not a change" not in verdict_for(engine, "did Italy grow in 2024?", real_change).unaccounted
    )


def test_a_date_asked_is_not_answered_by_a_statement_s_period(engine):
    values = engine.ask("On what date did NATO leaders sign up to the 5% pledge in The Hague?").values
    assert not values or any(value >= 1900 for value in values)


def test_a_calculation_in_another_unit_than_the_currency_asked_is_withheld(engine):
    question = "Combined 2024 spending of the Nordics with armed forces (Denmark, Finland, Norway, Sweden), in US$?"
    answer = engine.ask(question)
    assert not answer.answered or all(fact.unit.value == "money" for fact in answer.facts)


def test_each_part_of_a_two_part_question_is_answered_and_verified(engine_of):
    engine = engine_of(
        "Country | Spending (US$ bn) | Change (%)\nRussia | 149 | 38\nChina | 314 | 7\n\n"
        "Russia's spending grew by 38% in 2024, SIPRI says."
    )
    answer = engine.ask("how much did russia spend in 2024 and how much did it grow")
    assert {149, 38} <= set(answer.values)


def test_a_follow_up_naming_no_one_looks_for_statements_about_the_previous_subject(engine_of):
    engine = engine_of("Japan's spending rose 21% in 2024 to $55.3 billion, SIPRI estimates.\n\nChina spent $314bn.")
    first = engine.ask("how much did japan spend in 2024")
    assert 55.3 in first.values
    assert 21 in engine.ask("and how much did it grow?", first).values


def test_a_figure_written_in_words_is_shown_as_written(engine_of):
    engine = engine_of("SIPRI estimates that Russia's spending in 2024 was roughly double its 2015 level.")
    answer = engine.ask("how much has russia's spending grown since 2015")
    assert not answer.answered or "**double**" in answer.answer


def test_one_sentence_stating_every_subject_asked_answers_for_all(engine_of):
    engine = engine_of(
        "Last year NATO's estimates put Spain at 1.28% of GDP, Belgium at 1.30% and Canada at 1.37%.\n\n"
        "Canada's spending rose to 1.37% of GDP in 2024, Ottawa said."
    )
    answer = engine.ask("belgium and canada share of gdp last year")
    assert {1.30, 1.37} <= set(answer.values)
    assert len({fact.citation.quote for fact in answer.facts}) == 1


def test_a_sentence_ranking_no_one_does_not_answer_who_spends_least(engine_of):
    engine = engine_of("NATO expects 23 of its 32 allies to spend at least 2% of GDP on defence in 2024.")
    assert not engine.ask("which ally spends the least on defence").values


def test_the_estimates_named_as_a_source_are_the_tables_estimated_cells(engine):
    answer = engine.ask("Did Germany reach 2% of GDP on defence in 2024 according to the estimates?")
    assert answer.answered and answer.yes_no


def test_a_claim_the_member_heard_is_what_is_asked(engine):
    answer = engine.ask("my uncle says the US spent over 4% of GDP on defence in 2014. true?")
    assert answer.answered and answer.answer.startswith("**No**")
    assert engine.ask("what did rutte say about spending").answered  # a speaker the documents quote


def test_a_figure_per_person_is_not_answered_with_a_total(engine):
    answer = engine.ask("How much did Estonia spend on defence per person in 2024 (2015 prices)?")
    assert not answer.answered or all("capita" in fact.citation.quote for fact in answer.facts)


def test_what_a_ratio_is_of_is_its_denominator(engine):
    answer = engine.ask("norway's defence spending per capita as a ratio of the US figure in 2024?")
    assert answer.answered and answer.values[0] < 1


def test_a_follow_up_naming_no_measure_ranks_by_the_previous_answer_s(engine):
    first = engine.ask("which ally spent the most as a share of gdp in 2024")
    answer = engine.ask("and the least?", first)
    assert answer.answered and all(fact.measure == "share_of_gdp" for fact in answer.facts)


def test_a_title_s_names_account_for_its_sentences_unless_one_names_another(engine):
    answer = engine.ask("How much of GDP is supposed to go to core defence requirements under the Hague pledge?")
    assert 3.5 in answer.values  # the note's title names the Hague; its sentence does not
    wales = engine.ask("what did allies agree at the hague summit")
    assert 2014 not in wales.values  # 'the Wales Summit in 2014' is another summit


def test_a_count_of_members_does_not_answer_how_many_met_a_line(engine_of):
    engine = engine_of(
        "In 2014, when the allies first promised to move towards 2% within ten years, only a handful of the "
        "then 28 members met the guideline."
    )
    answer = engine.ask("how many allies met 2% in 2014")
    assert 28.0 not in answer.values


def test_a_word_only_another_figure_of_the_sentence_speaks_of_is_not_accounted(engine_of):
    engine = engine_of(
        "NATO leaders agreed to lift spending on defence and security to 5% of GDP by 2035, of which at least "
        "3.5% must go on core military needs."
    )
    answer = engine.ask("how much of the pledge has to go on core military needs")
    assert 5.0 not in answer.values or 3.5 in answer.values


def test_a_length_in_a_sentence_about_spending_is_not_a_figure_to_give(engine_of):
    engine = engine_of(
        "Finland, which shares a 1,340 km border with Russia, plans to lift defence spending to 3% of GDP by 2029."
    )
    answer = engine.ask("how long is finland's border with russia")
    assert 3.0 not in answer.values


def test_when_a_line_is_reached_answers_with_the_date_and_its_figure(engine_of):
    engine = engine_of("Sweden, which joined NATO in March 2024, has said it will reach 3.5% of GDP by 2030.")
    answer = engine.ask("when does sweden want to get to 3.5%")
    assert answer.answered and 2030.0 in answer.values and 2024.0 not in answer.values


def test_a_figure_of_another_year_in_the_sentence_does_not_answer(engine_of):
    engine = engine_of(
        "Taiwan's cabinet has proposed NT$949.5 billion for 2026, equal to 3.32% of GDP, and South Korea set aside "
        "61.2 trillion won for defence in 2025."
    )
    answer = engine.ask("what is taiwans defence budget for 2025")
    assert not answer.answered


def test_a_sentence_naming_no_one_is_read_under_its_heading(engine_of):
    engine = engine_of(
        "# The new defence investment pledge\n\nNATO allies committed to 5% of GDP by 2035. NATO allies will submit "
        "annual plans.\n\n"
        "The path and the balance of spending are to be reviewed in 2029."
    )
    answer = engine.ask("when will the spending path be reviewed under the new pledge?")
    assert answer.answered and 2029.0 in answer.values


def test_the_end_of_a_ranking_is_not_the_alliances_own_figure():
    from pathlib import Path  # noqa: PLC0415

    from knowledge.engine import Engine  # noqa: PLC0415
    from knowledge.snapshot import build_knowledge_base  # noqa: PLC0415

    engine = Engine(build_knowledge_base(Path(__file__).resolve().parents[3] / "seeds"))
    answer = engine.ask("lowest defence/gdp ratio in the alliance in 2014?")
    assert not any(fact.subject == "NATO Allies" for fact in answer.facts)


def test_a_typo_of_a_word_that_asks_nothing_is_one_slip_of_the_keys(engine):
    scaffolding = engine.verifier.scaffolding
    assert scaffolding.misspelt("wich")  # which
    assert scaffolding.misspelt("bellow")  # below
    assert not scaffolding.misspelt("troop")  # not 'top': two letters apart


def test_a_quantity_people_ask_about_is_no_typo(engine):
    """'What dividend will Brennmark pay?': a dividend no document states is asked, not 'divided' mistyped."""
    assert not engine.verifier.scaffolding.misspelt("dividend")


def test_a_change_in_troop_numbers_is_not_answered_by_the_share_of_gdp(engine):
    answer = engine.ask("lithuania troop numbers % change 2014 to 2024?")
    assert {fact.measure for fact in answer.facts} <= {"military_personnel"}
    assert answer.facts, answer.answer


def test_the_plural_of_a_word_that_asks_nothing_asks_nothing_either(engine):
    answer = engine.ask("largest militaries in nato by personnel 2024, top 3")
    assert answer.answered and answer.facts[0].measure == "military_personnel"


def test_an_average_of_changes_is_not_answered_by_one_change(engine):
    answer = engine.ask("average annual real change in defence spending for europe and canada 2022 to 2024")
    assert answer.operation == "average"
    assert any(abs(value - (3.7318 + 9.2634 + 17.9467) / 3) < 0.001 for value in answer.values)


def test_nato_named_as_the_source_is_no_whole_to_take_a_share_of(engine_of):
    engine = engine_of("According to NATO's estimates, Poland spent 4.12% of GDP on defence in 2024.")
    answer = engine.ask("According to NATO's estimates, what share of GDP did Poland spend on defence in 2024?")
    assert 4.12 in answer.values


def test_the_source_a_statement_cites_is_evidence_for_its_name(engine):
    quote = "The Stockholm International Peace Research Institute reckons Poland spent $38 billion in 2024."
    fact = Fact(
        id="x",
        subject="Poland",
        measure="open:money",
        value=38,
        unit=Unit.MONEY,
        period="2024",
        citation=Citation(document="note.txt", locator="paragraph 1", quote=quote),
        cited_source="SIPRI",
    )
    assert "sipri" in engine.verifier._fact_words(fact)


def test_a_goal_named_by_its_number_is_its_name_when_a_date_is_asked(engine):
    answer = engine.ask("when will the path & balance of spending under the 5% pledge be reviewed?")
    assert 2029 in answer.values


def test_a_goal_named_by_its_number_still_decides_which_statement_answers(engine):
    answer = engine.ask("in which city did allies agree the 5% commitment")
    assert "The Hague" in answer.answer or not answer.answered


def test_a_plain_text_heading_line_says_what_its_section_is_about(tmp_path):
    """'2. THE NATIONAL ESCAPE CLAUSE' heads the section whose statement answers 'under the clause'."""
    documents = Path(__file__).resolve().parents[3] / "knowledge/evaluation_holdout4/documents"
    engine = Engine(build_knowledge_base(staged_folder(tmp_path / "d", documents / "eu_defence_brief.txt", None)))
    assert 1.5 in engine.ask("max % of gdp countries can go over for defence under the clause").values


def test_this_year_is_the_year_its_document_was_published(engine_of):
    engine = engine_of(
        "The draft budget approved by the government foresees more than PLN 200 billion for defence in 2026. "
        "Poland spends PLN 186.6 billion on defence in 2025."
    )
    assert 200 not in engine.ask("polands defence budget this year in zloty").values  # the note is of 2025
    assert 186.6 not in engine.ask("polands defence budget next year in zloty").values


def test_the_parts_asked_are_the_parts_not_the_whole_again(engine):
    for question in (
        "How is the 5% broken down in the Hague commitment?",
        "so how is the 5 percent split up",
        "whats the 5% pledge split",  # 'what's the 5%' alone would look the figure up: the split asks its parts
        "what are the two parts of the 5% pledge?",
    ):
        answer = engine.ask(question)
        assert answer.answered and {3.5, 1.5} <= set(answer.values) and 5.0 not in answer.values


def test_a_split_between_those_named_is_not_a_goals_parts(engine):
    answer = engine.ask("how is spending split between the US and Europe?")
    assert {64.0, 36.0} <= set(answer.values)
    assert not {3.5, 1.5} & set(engine.ask("how is nato spending split?").values)


def test_the_parts_of_the_goal_the_previous_answer_stated(engine):
    answer = engine.ask("total headline target agreed at the hague, and how is it split")
    assert {5.0, 3.5, 1.5} <= set(answer.values)


def test_a_title_the_document_names_accounts_for_the_source(engine):
    question = (
        "According to the SG's annual report, what share of total alliance defence spending came from the US in 2024?"
    )
    assert 64 in engine.ask(question).values
    assert not engine.ask("According to the EU commissioner's report, what share did the US pay in 2024?").values


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("what counts toward the 3.5% core bit", 3.5),
        ("what counts towards the 1.5% part? examples?", 1.5),
    ],
)
def test_what_counts_toward_a_part_is_the_sentence_saying_what_goes_to_it(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in answer.values


def test_a_thing_asked_by_name_is_answered_in_words_whatever_figure_it_names(engine):
    answer = engine.ask("in what city did allies agree the 5% pledge")
    assert answer.answered and "The Hague" in answer.answer


def test_a_yes_or_no_about_what_the_article_says_is_answered_by_its_sentence(engine):
    answer = engine.ask("does the US itself meet trump's 5% target according to the news piece?")
    assert answer.answered and "not even the U.S. meets" in answer.answer
    assert not answer.yes_no  # the article's words, not a yes or no of ours


@pytest.mark.parametrize(
    "question", ["is nato spending too much on defence, honestly?", "do you think 5% of gdp is realistic for spain?"]
)
def test_a_view_asked_is_not_answered_with_a_figure(engine, question):
    assert "quantity: a judgement" in verdict_for(engine, question).unaccounted
    assert not engine.ask(question).answered


def test_a_figure_asked_beside_a_view_in_passing_is_still_answered(engine):
    # 'not enough' is said in passing; the question asks a figure
    answer = engine.ask(
        "rutte said it's not enough, but what increase in real terms did he acknowledge "
        "for european allies and canada in 2024?"
    )
    assert answer.answered and 19.4 in answer.values


def test_a_sentence_must_speak_of_the_person_asked_about(engine):
    parsed = parse_question(parse("what did trump say at the hague summit", engine.vocabulary, engine.people))
    sentence = "At their summit in The Hague on 25 June 2025, NATO Allies committed to invest 5% of GDP."
    assert "person Donald Trump" in engine.verifier.check_sentence(parsed, sentence).unaccounted
    assert not engine.ask("what did trump say at the hague summit").answered


def test_when_is_not_answered_by_who_holds_an_office(engine):
    assert not engine.ask("when did mark rutte take over as secretary general").answered


def test_when_an_event_happened_is_answered_by_the_sentence_dating_it(engine):
    answer = engine.ask("when did the hague summit take place?")
    assert answer.answered and "**25 June 2025**" in answer.answer
    assert 2025.0 in answer.values


def test_a_date_is_that_of_the_very_event_asked(engine):
    # the article's sentences name Canada, the 2% line and years, but none dates Canada reaching it
    assert not engine.ask("when is canada expected to reach 2%?").answered
    assert not engine.ask("when did mark rutte take over as secretary general").answered


def test_a_sentence_dating_an_event_states_the_date_as_its_figures(engine):
    answer = engine.ask("when does nato review the path towards 5%?")
    assert answer.answered and "**2029**" in answer.answer and 2029.0 in answer.values


def test_a_word_is_no_misspelling_of_a_little_word():
    assert not accounted("hand", {"and", "allies", "submit"}, set())
    assert accounted("equipmnet", {"and", "equipment"}, set())


def test_a_group_named_by_the_question_s_word_in_another_form(engine):
    # 'europe' in the question, 'European capitals' in the sentence
    answer = engine.ask("what war does the article mention as background to the pressure on europe")
    assert answer.answered and "war in Ukraine" in answer.answer


def test_a_reason_asked_is_a_cause_the_sentence_states(engine):
    answer = engine.ask("which war is mentioned in the rutte article as a reason for pressure on europe?")
    assert answer.answered and "in the wake of" in answer.answer


def test_the_year_a_report_covers_is_answered_by_the_sentence_stating_it(engine):
    answer = engine.ask("which year's spending does rutte's annual report cover")
    assert answer.answered and "**2024**" in answer.answer


def test_a_slice_of_a_whole_is_a_share_of_it(engine):
    answer = engine.ask("poland's slice of NATO Europe and Canada defence spending in 2024, as a %, current dollars?")
    assert answer.answered and answer.operation == "share_of_total"


def test_a_ratio_is_never_answered_by_one_table_cell(engine):
    parsed = parse_question(parse("ratio of us to uk spending in 2024", engine.vocabulary, engine.people))
    one_cell = engine.ask("how much did the uk spend on defence in 2024 in current us dollars")
    assert "calculation: ratio" in engine.verifier.check(parsed, one_cell).unaccounted
    answer = engine.ask("ratio of us to uk spending in 2024")
    assert answer.answered and answer.calculation is not None and "÷" in answer.calculation
    assert {fact.subject for fact in answer.facts} == {"United States", "United Kingdom"}


def test_whether_an_article_says_someone_meets_a_level_is_answered_by_its_sentence(engine):
    answer = engine.ask("Does the article say the United States itself already meets a 5% of GDP level?")
    assert answer.answered and "not even the U.S. meets" in answer.answer


def test_a_phrase_naming_an_idea_is_asked_though_its_words_are_common(engine):
    question = "Under the Hague pledge, what does each ally have to hand in every year?"
    parsed = parse_question(parse(question, engine.vocabulary, engine.people))
    drafted = engine.drafter.draft(question, None)  # the 5% target, found by 'hague' and 'pledge'
    assert drafted.facts and "word hand in" in engine.verifier.check(parsed, drafted).unaccounted
    # never the 5% figure: the sentence that says what is handed in ('under the hague pledge' frames the question)
    answer = engine.ask(question)
    assert not answer.values and answer.answer.startswith("“Each Ally submits an annual plan")


def test_the_document_at_hand_named_by_its_kind_accounts_for_its_words(engine_of):
    engine = engine_of(
        "In the interview, she noted that Spain spent 1.28% of GDP on defence in 2024.\n\n"
        "The Secretary General's Annual Report for 2024 counts 22 of 32 Allies at or above 2%.\n\n"
        "In 2024, 23 of 32 Allies met the target of spending at least 2% of GDP on defence."
    )
    assert (
        1.28
        in engine.ask("What was Spain's defence spending as a share of GDP in 2024 according to the interview?").values
    )
    assert 1.28 in engine.ask("spain share of gdp 2024, as cited in the interview").values
    # another body's report named by its kind is not the document at hand: its own count answers, or nothing
    answer = engine.ask("How many allies does the Secretary General's Annual Report for 2024 count at or above 2%?")
    assert 23 not in answer.values


def test_a_table_in_an_article_is_a_table(engine_of):
    engine = engine_of(
        "Who is climbing fastest.\n\n"
        "| Ally | 2024 (% of GDP) | 2025e (% of GDP) |\n|---|---|---|\n"
        "| Poland | 4.12 | 4.48 |\n| Latvia | 3.15 | 3.73 |\n| Netherlands | 2.05 | 2.20 |\n"
    )
    assert 2.05 in engine.ask("netherlands share of gdp in 2024 in that table").values
    assert 2.05 in engine.ask("netherlands share of gdp in 2024 according to the table").values


def test_an_item_a_figure_includes_is_not_what_it_measures(engine_of):
    engine = engine_of(
        "Measured under NATO's definition, which also includes items such as military pensions and support to "
        "Ukraine, Dutch defence spending will reach EUR 27.9 billion in 2026."
    )
    assert 27.9 in engine.ask("dutch defence spending under the nato definition for 2026, in euros?").values
    assert not engine.ask("how much does the netherlands spend on military pensions").answered
    assert not engine.ask("how much does nl spend on military pensions").answered


def test_an_item_asked_as_included_is_accounted_for(engine_of):
    engine = engine_of("The UK will spend 2.5% of GDP on defence by 2027, or 2.6% including intelligence.")
    assert 2.6 in engine.ask("uk defence spending incl intelligence").values


def test_items_asked_as_examples_ask_for_the_whole_that_includes_them(engine_of):
    engine = engine_of(
        "Measured under NATO's definition, which also includes items such as military pensions and support to "
        "Ukraine, Dutch defence spending will reach EUR 27.9 billion in 2026."
    )
    assert 27.9 in engine.ask("dutch defence spending in 2026 with stuff like military pensions").values


def test_a_range_is_stated_with_both_ends(engine_of):
    engine = engine_of(
        "Vilnius has said it wants to spend between 5% and 6% of GDP from 2026, which would put it ahead of Warsaw."
    )
    answer = engine.ask("what does lithuania want to spend from 2026")
    assert {5.0, 6.0} <= set(answer.values) and "between **5%** and **6%**" in answer.answer


def test_a_source_named_is_accounted_for_by_its_full_name_in_the_document(engine_of):
    engine = engine_of(
        "The Stockholm International Peace Research Institute reckons global military expenditure hit "
        "$2,718 billion in 2024, a rise of 9.4% in real terms."
    )
    assert 2718 in engine.ask("According to SIPRI, how much did the world spend on the military in 2024?").values
    assert not engine.ask("how much did the world spend on the military in 2024 according to the iiss").answered


def test_a_kind_of_source_another_document_names_in_its_title_is_that_document(engine):
    # 'the annual report article' is the Rutte coverage (its title says 'annual report'), not the Hague note
    answer = engine.ask("The annual report article — which year's spending does it describe?")
    assert answer.answered and {citation.document for citation in answer.citations} == {
        document.id for document in engine.documents.values() if "annual report" in document.title
    }


@pytest.mark.parametrize(
    "question",
    [
        "what job did mark rutte have before becoming secretary general?",
        "what exact date did trump first demand the 5% figure?",
    ],
)
def test_an_answer_saying_only_what_the_question_names_or_no_time_is_withheld(engine, question):
    assert not engine.ask(question).answered


def test_when_inside_a_question_is_no_time_asked(engine):
    assert engine.ask("where was rutte visiting when the annual report came out?").answered


def test_names_carry_from_the_sentences_before_unless_another_name_takes_their_place():
    lead = "The EU's SAFE instrument lends EUR 150 billion to member states. "
    assert "safe" in names_carried(lead, "Poland requested EUR 43.7 billion.")
    assert "requested" not in names_carried(lead + "It was requested widely.", "Poland requested EUR 43.7 billion.")
    peace = "The European Peace Facility has reimbursed EUR 11.1 billion of military aid. "
    assert names_carried(peace, "Separately, the Ukraine Facility offers EUR 50 billion in grants.") == frozenset()
    summit = "The Hague Summit 2025"
    assert names_carried(summit, "The 5% pledge replaces the 2% guideline agreed at the Wales Summit in 2014.") == set()
    assert "hague" in names_carried(summit, "Allies committed to invest 5% of GDP by 2035.")


@pytest.mark.parametrize(
    ("question", "asking"),
    [("what % of gdp did germany spend back in 2014", False), ("what did germany pay back", True)],
)
def test_a_word_placing_a_year_in_time_asks_nothing_beside_a_year(question: str, asking: bool):
    asked = parse_question(parse(question, Vocabulary(set()), {}))
    assert ("back" in Scaffolding().open_words(asked.words, asked)) is asking


def test_a_year_dating_the_source_named_is_the_documents_date(engine):
    answer = engine.ask(
        "Per Rutte's annual report (April 2025 coverage), how many allies were meeting the 2% of GDP guideline?"
    )
    assert answer.answered and 22 in answer.values


def test_a_sum_over_a_group_is_not_answered_by_one_of_its_members(engine):
    canada = engine.compute("canada defence spending 2024 in current usd")
    verdict = verdict_for(engine, "how much do canada and the europeans spend together in 2024", canada)
    assert any("one member for the whole group" in reason for reason in verdict.unaccounted)
    nordics = engine.compute("nordic allies combined defence spending 2024 in current usd")
    assert nordics.answered and len({fact.subject for fact in nordics.facts}) >= 4


def test_a_deadline_asked_is_not_answered_by_the_date_of_an_event(engine):
    reviewed = engine.compute("when will the path and balance of spending be reviewed")
    assert 2029 in reviewed.values
    verdict = verdict_for(engine, "what is the new spending target and by when", reviewed)
    assert "quantity: a deadline" in verdict.unaccounted


@pytest.mark.parametrize("question", ["What is Italy's defence spending target?", "poland target size of armed forces"])
def test_a_goal_asked_is_not_answered_by_what_the_tables_say_was_spent(engine, question):
    answer = engine.ask(question)
    assert not answer.answered and not answer.values


def test_a_change_asked_is_not_answered_by_a_tables_level(engine):
    level = engine.compute("european allies and canada defence spending 2024 in current usd")
    verdict = verdict_for(engine, "by how much did european spending grow in 2024?", level)
    assert "quantity: a change, not the level" in verdict.unaccounted


def test_a_documents_title_says_what_its_statements_are_about(engine):
    """'the new … pledge agreed at The Hague': the note's title, 'the new defence investment pledge', says it."""
    answer = engine.ask("By which year are allies to reach the new 5% of GDP defence pledge agreed at The Hague?")
    assert answer.answered and 2035 in answer.values


def test_a_quotes_lower_case_us_is_the_speakers_country_not_the_united_states():
    assert "United States" not in _named_in("Last year NATO put us at 3.43% of GDP, second after Poland.")
    assert "United States" in _named_in("The US spent 3.38% of GDP.")


@pytest.mark.parametrize(("word", "said"), [("rising", "rise"), ("submit", "submits"), ("investing", "invest")])
def test_a_word_is_accounted_for_by_another_form_of_it(word, said):
    assert accounted(word, {said, "the"}, set())


def test_how_many_figures_a_sum_adds_up_is_stated_by_it(engine):
    """'the five year sum' names how many cells are added: the sum of five cited cells accounts for it, a sum
    of four does not."""
    asked = "add up total nato defence expenditure for {} in current dollars - the five year sum?"
    five, four = asked.format("2020, 2021, 2022, 2023 and 2024"), asked.format("2021, 2022, 2023 and 2024")
    for question, accepted in ((five, True), (four, False)):
        parsed = parse(question, engine.vocabulary, engine.people)
        drafted = arithmetic_answer(engine.index, engine.render, question, parsed)
        assert drafted is not None
        verdict = engine.verifier.check(parse_question(parsed), engine.render.answer(drafted))
        assert verdict.accepted is accepted
        assert accepted or "number 5" in verdict.unaccounted


def test_a_share_asked_is_not_answered_by_a_count_of_allies(engine):
    counted = engine.compute("how many member states does nato have?")  # the article's stated 32
    assert counted.answered and not counted.calculation
    verdict = verdict_for(engine, "what share of combined GDP do all allies devote to defence?", counted)
    assert "quantity: a share, not a count" in verdict.unaccounted


def test_a_speaker_s_words_do_not_take_the_words_of_the_figures_he_reports(engine_of):
    engine = engine_of(
        "On 7 March Prime Minister Donald Tusk told parliament that Poland aims to build an army of 500,000 "
        "soldiers, including reservists, compared with roughly 200,000 now."
    )
    assert 500_000 in engine.ask("How large an army including reservists does Tusk want?").values


def test_a_clause_setting_the_scene_speaks_of_the_figures_after_it(engine_of):
    engine = engine_of("When allied leaders met in Wales in 2014, only three allies reached 2% of GDP.")
    assert 3.0 in engine.ask("how many allies were at 2% when leaders met in wales in 2014?").values


def test_a_date_told_after_a_figure_is_said_of_that_figure_alone(engine_of):
    engine = engine_of("The new goal of 5% of GDP replaces the 2% guideline adopted in Wales in 2014.")
    assert 5.0 not in engine.ask("what share of gdp was agreed in wales?").values


def test_an_earlier_value_after_a_figure_is_that_figure_s_measure_at_another_time(engine_of):
    engine = engine_of(
        "NATO records some 138,100 UK military personnel in 2024-25, down from about 168,700 in 2014-15.\n\n"
        "Spending per head is about US$ 2,240 in the United States, compared with roughly US$ 670 in Europe."
    )
    assert 168_700 in engine.ask("How many UK military personnel were there in 2014-15?").values
    # a figure compared at the same time is another thing's, whose words it does not take
    assert 670 not in engine.ask("How much does the United States spend on defence per person?").values[:1]


def test_a_compound_states_the_number_it_opens_with():
    assert {10.0, 155.0} <= numbers_stated("It comes on top of a ten-year package of 155 billion crowns.")
    assert 2.0 not in numbers_stated("Two-thirds of the money goes abroad.")  # a fraction, not two


def test_a_number_named_in_words_of_a_compound_is_accounted(engine_of):
    engine = engine_of("Denmark's acceleration fund comes on top of a ten-year package of 155 billion crowns.")
    assert 155.0 in engine.ask("how large is denmark's ten-year defence package?").values


def test_a_fiscal_year_is_named_by_the_year_it_starts_in():
    assert period_years("2025-26") == {2025}
    assert period_years("2024-2026") == {2024, 2025, 2026}
    assert period_years("2024-28") == set()  # no fiscal year: its end is not the next year


def test_a_fiscal_year_asked_is_answered_by_a_statement_of_that_fiscal_year(engine_of):
    engine = engine_of(
        "Canada's defence spending rises by 52.9% in nominal terms in 2025-26.\n\n"
        "In 2024, Canada spent 1.37% of GDP on defence."
    )
    assert 52.9 in engine.ask("what is the nominal jump in canada's defence spending in 2025-26?").values
    # a calendar year's figure does not answer for a fiscal year its sentence never names
    assert not engine.ask("canada's defence spending as a share of gdp in 2023-24?").values


def test_new_is_said_of_a_statement_of_the_document_s_own_year(engine_of):
    engine = engine_of(
        "In March 2025 the Bundestag created a EUR 500 billion infrastructure fund.\n\n"
        "In 2022 Germany set up a EUR 100 billion special fund for the Bundeswehr."
    )
    assert 500.0 in engine.ask("how big is germany's new infrastructure fund?").values
    assert 100.0 not in engine.ask("how big is germany's new special fund?").values


def test_a_range_asked_is_answered_by_both_ends_of_a_range(engine_of):
    engine = engine_of("Lithuania has committed to spend between 5% and 6% of GDP from 2026.")
    assert {5.0, 6.0} <= set(engine.ask("what range has lithuania committed to from 2026?").values)


def test_a_price_asked_is_not_answered_with_a_share(engine_of):
    engine = engine_of("Canada pledged 5% of GDP by 2035, of which at least 3.5% is for core defence.")
    assert not engine.ask("what would 5% of gdp cost canada in 2035?").values


@pytest.mark.parametrize(
    "question", ["what is polands legal minimum for defence spending", "how big does poland want its army"]
)
def test_a_goal_asked_is_not_answered_with_what_the_tables_say_was_spent_or_counted(engine, question):
    assert not engine.ask(question).answered


def test_the_asker_s_own_wish_is_no_goal_asked(engine):
    assert engine.ask("i want compare with today, us spending 2014 current dollars how much?").answered


def test_a_table_cell_saying_extra_is_an_increment_not_the_budget(engine_of):
    engine = engine_of(
        "Five allies after The Hague.\n\n"
        "| Ally | Headline national figure |\n|---|---|\n| Spain | EUR 10.471 billion extra (2025) |\n"
        "| Italy | EUR 32 billion (2025) |\n"
    )
    assert not engine.ask("whats spain's total defence budget in euros for 2025").values
    assert 10.471 in engine.ask("how much extra did spain add in 2025 in euros").values


@pytest.mark.parametrize(
    ("question", "word", "asking"),
    [
        ("when does mark rutte take over as secretary general", "take", True),
        ("take the us out, who spends the most", "take", False),
        ("how much does the special fund add in 2025", "add", True),
        ("add up the spending of the baltic states in 2024", "add", False),
    ],
)
def test_a_word_of_an_operation_phrase_asks_nothing_only_where_the_phrase_is_said(question, word, asking):
    asked = parse_question(parse(question, Vocabulary(set()), {}))
    assert (word in Scaffolding().open_words(asked.words, asked)) is asking


@pytest.mark.parametrize(
    "question",
    ["Which ally is going to be the first to reach 5% of GDP?", "will italy hit 2%?", "is spain gonna meet 2%"],
)
def test_a_question_asking_ahead_with_no_year_is_not_answered_by_the_tables(engine, question):
    answer = engine.ask(question)
    assert not answer.answered


def test_a_question_asking_ahead_of_a_named_year_is_answered_by_its_cells(engine):
    assert 5 in engine.ask("How many allies will reach 3% of GDP in 2024?").values


@pytest.mark.parametrize(
    ("question", "value"),
    [
        (
            "For my model NATO paper: Italy's personnel as a percentage of its total defence expenditure in 2023",
            62.3466,
        ),
        (
            "what percentage of Finland's total defence expenditure went on equipment in 2024, per NATO's table?",
            45.7513,
        ),
        ("What proportion of US defence expenditure went to equipment in 2024, as estimated by NATO?", 29.8818),
    ],
)
def test_a_share_of_the_allys_own_total_is_no_share_of_the_alliance(engine, question, value):
    answer = engine.ask(question)
    assert answer.answered and value in answer.values


@pytest.mark.parametrize(
    "question",
    [
        "defence expenditure per capita for Norway in 2024, in 2015 prices and exchange rates?",
        "How many times higher was Poland's spending in 2024 than in 2014, measured in constant 2015 prices?",
    ],
)
def test_the_tables_own_wording_of_a_price_basis_asks_nothing_more(engine, question):
    assert engine.ask(question).answered


def test_by_what_factor_asks_a_multiple(engine):
    answer = engine.ask("by what factor did türkiye's defence spending in lira grow from 2023 to 2024, current prices")
    assert answer.answered and "times" in answer.answer


def test_a_claim_quoted_from_a_post_is_what_is_asked(engine):
    answer = engine.ask("claim in a tweet: 'Canada spends less than 1.5% of GDP on defence' (2024) — accurate?")
    assert answer.answered and answer.answer.startswith("**Yes**")


def test_date_of_an_event_asks_its_day(engine):
    answer = engine.ask("date of The Hague summit?")
    assert answer.answered and "**25 June 2025**" in answer.answer


@pytest.mark.parametrize(
    "question",
    ["is Rutte right that Europe needs a quantum leap? your opinion", "is rutte right to ask for more spending"],
)
def test_whether_someone_is_right_asks_a_judgement_no_figure_gives(engine, question):
    assert not engine.ask(question).answered


def test_a_split_year_is_a_fiscal_year():
    assert is_fiscal_year("2025-26") and is_fiscal_year("1999-00")
    assert not is_fiscal_year("2025-27") and not is_fiscal_year("2025") and not is_fiscal_year("2024-2028")


def test_europe_and_canada_as_a_share_of_nato_is_worked_out_not_listed(engine):
    answer = engine.ask("European allies + Canada as a share of NATO total spending in 2019, current USD?")
    assert answer.answered and answer.calculation is not None
    assert round(answer.values[0], 2) == 28.66


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("can you explain what share of GDP NATO Europe and Canada together spent on defence in 2024?", 2.0155),
        ("can you explain how much of Italy's defence spending in 2024 was for personnel?", 59.3585),
        ("could you describe what share of gdp poland spent in 2024", 4.1202),
    ],
)
def test_asking_to_explain_or_describe_is_how_one_asks_not_what(engine, question, value):
    assert engine.ask(question).values[:1] == [value]


@pytest.mark.parametrize(
    ("question", "value", "verdict"),
    [
        ("is Estonia already at the new 3.5% core defence level from the Hague summit, going by 2024?", 3.4315, "No"),
        ("did italy meet the 2% wales pledge in 2024", 1.4911, "No"),
        ("is estonia above the 3.5% target agreed at the hague summit in 2024", 3.4315, "No"),
    ],
)
def test_a_line_named_by_what_the_documents_say_of_it_is_tested(engine, question, value, verdict):
    answer = engine.ask(question)
    assert answer.values[:1] == [value]
    assert answer.answer.startswith(f"**{verdict}**")


def test_a_line_named_by_words_no_statement_of_it_has_is_not_tested(engine):
    assert not engine.ask("did italy meet the 2% bicycle pledge in 2024").answered


@pytest.mark.parametrize(
    "question",
    [
        "is the us military over a million people in 2024",
        "is the us military over 1 million people in 2024",
        "is the us military over 1,000,000 people in 2024",
    ],
)
def test_a_number_of_people_is_answered_by_a_figure_of_people_never_money_or_a_share(engine, question):
    answer = engine.ask(question)
    assert answer.answer.startswith("**Yes**")
    assert [fact.unit for fact in answer.facts] == [Unit.PEOPLE]
    assert answer.values == [1300.21]


def test_a_year_before_a_word_for_people_counts_no_one(engine):
    answer = engine.ask("portugal 2014 personnel costs as % of defence spending")
    assert answer.answered and answer.facts[0].unit is Unit.PERCENT


def test_a_goal_named_by_its_number_is_not_answered_by_another_goal(engine):
    answer = engine.ask("when was the 5% pledge agreed")
    assert 2014.0 not in answer.values
    assert not any(fact.value == 2.0 for fact in answer.facts)


def test_another_goal_asked_beside_the_one_named_is_answered(engine):
    assert 2.0 in engine.ask("what did the hague 5% pledge replace").values


def test_a_goal_named_by_its_place_is_not_answered_by_another_goal_listed_beside_it(engine):
    answer = engine.ask("when was the hague pledge agreed?")
    assert 2014.0 not in answer.values[:2]


def test_the_targets_listed_beside_an_answer_speak_to_a_question_relating_two_goals(engine):
    answer = engine.ask("which summit agreed the old 2% of GDP guideline that the Hague pledge replaces?")
    assert answer.answered and "Wales" in answer.answer


def test_a_figure_per_person_does_not_answer_a_total_asked(documents):
    engine = documents("evaluation_holdout20", "world-military-spending-faq.md")
    total = engine.ask("How much did the world spend on the military in 2024 according to SIPRI?")
    assert 334.0 not in total.values
    assert engine.ask("how much did the world spend per person on the military in 2024").values == [334.0]


def test_an_amount_asked_with_what_is_not_answered_by_a_percentage(documents):
    engine = documents("evaluation_holdout20", "world-military-spending-faq.md")
    answer = engine.ask("What did India allocate to its defence ministry for 2025-26?")
    # since '₹' is read as a currency the amount is found: it leads, the sentence's '9.5% more' is no answer alone
    assert answer.values and answer.values[0] == 6.81


def test_a_goal_asked_with_what_may_be_a_share(documents):
    engine = documents("evaluation_holdout13", "wire-nordic-baltic-defence-spending.txt")
    assert engine.ask("What does Estonia want to spend in 2026?").answered


def test_a_share_of_another_whole_is_never_worded_as_the_alliance_s(engine_of):
    engine = engine_of(
        "In absolute terms, France (€47.9 billion) and Germany (€45.3 billion) were the largest spenders; together "
        "they accounted for 41.5% of the EU total."
    )
    assert "share_of_alliance_spending" not in {fact.measure for fact in engine.index.kb.facts}
    answer = engine.ask("what share of the EU total did Germany account for?")
    assert "total alliance defence expenditure" not in answer.answer


def test_a_figure_a_sentence_opens_as_per_person_does_not_answer_a_total(engine_of):
    engine = engine_of(
        "Expressed per inhabitant, EU governments spent around €500 on defence in 2023, against €432 a year earlier."
    )
    assert 500 not in engine.ask("How much did EU governments spend on defence in 2023 in total?").values


def test_a_share_of_gdp_of_another_quantity_does_not_answer_defence(engine_of, documents):
    engine = engine_of("We closed 2024 with a budget surplus of 0.7% of GDP, and public debt fell to 94.9% of GDP.")
    assert not {0.7, 94.9} & set(engine.ask("What share of GDP did Portugal spend on defence in 2024?").values)
    # 'cut its aid budget … to help pay for a rise in defence spending to 2.5% of GDP': defence's again
    oped = documents("evaluation_holdout5", "oped-five-percent.md")
    assert 2.5 in oped.ask("What defence spending share of GDP has Britain promised for 2027?").values


def test_a_share_of_gdp_of_another_quantity_named_before_an_aside_does_not_answer_defence(engine_of):
    engine = engine_of(
        "Officials noted that Greece's public debt, although still the highest in the euro zone, fell to around 154% "
        "of GDP at the end of 2024. Greece, which spends heavily, devoted 3.08% of GDP to defence in 2024."
    )
    asked = engine.ask("What share of GDP did Greece spend on defence in 2024?").values
    assert 154 not in asked
    assert 3.08 in asked  # an aside after the subject opens no other quantity
    assert 154 in engine.ask("What was Greece's public debt as a share of GDP in 2024?").values


def test_an_amount_its_own_words_name_another_quantity_does_not_answer_spending(engine_of):
    engine = engine_of(
        "Denmark created an acceleration fund of DKK 50 billion in February 2025, to be spent over 2025 and 2026. "
        "Allies provided more than 50 billion euros in security assistance to Kyiv in 2024."
    )
    assert 50 not in engine.ask("How much did Denmark spend on defence in 2025 in kroner?").values
    assert 50 not in engine.ask("What was total NATO defence spending in 2024?").values
    # the quantity asked by its own name
    assert 50 in engine.ask("How big is the acceleration fund Denmark created in 2025?").values
    # a fund stated beside the budget asked is context; 'to fund' is no fund; a size asked of a named loan is its own
    engine = engine_of(
        "Germany's 2025 draft sets a core defence budget of EUR 62.4 billion, plus EUR 24.1 billion from the special "
        "fund. Sweden will borrow to fund an extra SEK 300 billion for defence over ten years. SAFE is a EUR 150 "
        "billion loan instrument."
    )
    assert 62.4 in engine.ask("What core defence budget does Germany's 2025 draft set?").values
    assert 300 in engine.ask("How much extra will Sweden borrow for defence?").values
    assert 150 in engine.ask("How big is SAFE?").values


def test_a_part_of_a_goal_does_not_answer_a_question_naming_the_whole(engine_of):
    engine = engine_of(
        "At the NATO summit in The Hague on 25 June 2025, allies agreed to raise defence and security-related spending "
        'to 5% of GDP by 2035, of which at least 3.5% of GDP is to go to "core" defence as defined by NATO and up to '
        "1.5% to resilience, infrastructure and the defence industrial base."
    )
    overall = engine.ask("What did allies agree at The Hague summit on overall defence spending?")
    assert overall.values[:1] == [5.0] or not overall.answered
    # the part named by a word of its own
    assert 3.5 in engine.ask("What did allies agree at The Hague on core defence spending?").values


def test_a_figure_the_document_corrects_answers_nothing(engine_of):
    engine = engine_of(
        "Paying for them is the next step, ministers said.\n\n"
        "CORRECTION: An earlier version of this story said in paragraph 4 that European allies and Canada increased "
        "defence spending by 19.7% in 2024. The correct figure is 17.9%."
    )
    answer = engine.ask("By how much did European allies and Canada increase defence spending in 2024?")
    assert 19.7 not in answer.values
    # '…; the correct NATO estimate is 1.37%': the figure after the semicolon is the corrected one
    engine = engine_of(
        "Correction: An earlier version of this article said Canada spent 1.73% of GDP on defence in 2024; the "
        "correct NATO estimate is 1.37%."
    )
    corrected = engine.ask("What share of GDP did Canada spend on defence in 2024?")
    assert 1.37 in corrected.values and 1.73 not in corrected.values


def test_two_allies_asked_beside_the_alliance_they_join_each_need_their_own_figure(engine_of):
    engine = engine_of("Finland joined the alliance on 4 April 2023 and Sweden on 7 March 2024.")
    answer = engine.ask("When did Finland and Sweden join NATO?")
    assert not answer.answered or {2023, 2024} <= set(answer.values)


def test_a_range_written_with_to_is_stated_whole(engine_of):
    engine = engine_of(
        "German Defence Minister Boris Pistorius said on Thursday that Berlin would need roughly 50,000 to 60,000 "
        "more active soldiers to fulfil its share of the new targets."
    )
    answer = engine.ask("How many more soldiers does Germany say it needs?")
    assert not answer.answered or {50000, 60000} <= set(answer.values)


@pytest.mark.parametrize(
    ("quote", "ends"),
    [
        ("roughly 50,000 to 60,000 more active soldiers", [("50,000", "60,000")]),
        ("plans to spend 5 to 6% of GDP", [("5", "6")]),
        ("spending rose from 2% to 3.5% of GDP", []),  # a change, not a range
        ("spending rose 10% to $100bn", []),  # a change and the level it reached
        ("from 2.0% in 2025-26 to 3.5% in 2035-36", []),  # years are no ends
        ("raised by 20% to 30%", []),
    ],
)
def test_the_ends_of_a_range_written_with_to(quote, ends) -> None:
    from knowledge.ask.verify_numbers import range_ends  # noqa: PLC0415

    assert range_ends(quote) == ends


def test_a_sentence_setting_someone_among_the_highest_names_no_end(engine_of):
    engine = engine_of(
        "Since Russia's annexation of Crimea in 2014, and especially since its full-scale invasion of Ukraine in 2022, "
        "the region has moved from among the alliance's lower spenders to among its highest."
    )
    assert not engine.ask("Which country spent the most in absolute terms?").answered


def test_a_figure_of_several_together_named_the_sentence_before_is_not_one_of_them(engine_of):
    engine = engine_of(
        "Top 5 spenders in 2024: US, China, Russia, Germany, India. Together they spent $1,635bn, i.e. 60% of the "
        "world total."
    )
    assert 1635 not in engine.ask("What was US military spending in 2024?").values
    # a figure of one ally set beside several others' together is its own
    engine = engine_of(
        "The United States remains far ahead. It spent $997 billion in 2024, which is 37% of the world total and "
        "more than the next nine countries combined."
    )
    assert 37 in engine.ask("US share of world military spending").values


def test_a_change_over_the_decade_speaks_of_the_span_up_to_its_year(engine_of):
    engine = engine_of(
        "Canada's NATO-reported defence expenditure was $20.1 billion in 2014, equal to 1.01% of GDP. By 2024 it had "
        "reached an estimated $41.0 billion, or 1.37% of GDP, placing Canada 28th of 32 allies by that measure. Over "
        "the decade spending roughly doubled in nominal terms, but the share of GDP rose by only 0.36 percentage "
        "points because the economy also grew."
    )
    answer = engine.ask("By how many points did Canada's defence share of GDP go up between 2014 and 2024?")
    assert 0.36 in answer.values
    assert "**0.36** percentage points" in answer.answer  # the figure as written, in bold


def test_an_average_its_sentence_states_answers_an_average_asked(engine_of):
    engine = engine_of("In 2024 world military expenditure averaged $334 per capita, a post-Cold War high.")
    assert 334 in engine.ask("What's the average military spending per person worldwide?").values


def test_a_count_beside_a_share_is_no_amount_spent(engine_of):
    engine = engine_of(
        "11:15 — Some context: by NATO's estimates, 23 of the 32 allies met the old 2% guideline in 2024."
    )
    assert not engine.ask("How much did NATO allies spend on defence in total in 2024?").answered


def test_a_question_word_before_spending_is_not_answered_by_a_goal(engine_of):
    engine = engine_of(
        "U.S. President Donald Trump recently pushed for allies to allocate 5% of their gross domestic product (GDP) "
        "to defense—a figure that not even the U.S. meets at present."
    )
    assert not engine.ask("what was total nato defence spending in 2025, actual numbers?").answered


def test_a_figure_naming_no_one_is_of_whom_its_paragraph_is_headed_by(engine_of):
    engine = engine_of(
        "**7/14**\nUkraine: $64.7bn in 2024, +2.9%. Equal to 43% of Russia's spending, from a far smaller economy. "
        "Military burden of 34% of GDP, the highest in the world."
    )
    assert 34 not in engine.ask("What share of GDP does Russia spend on the military?").values
    # a list's items head only themselves
    engine = engine_of(
        "## Chart 7 — Asia and Oceania\n\n- Japan: $55.3 billion in 2024, up 21%\n- Taiwan: $16.5 billion, up 1.8%\n"
        "- Regional total: $629 billion, up 6.3%"
    )
    assert 629 in engine.ask("What was the total for Asia and Oceania?").values


def test_a_change_beside_a_count_answers_by_how_much_it_rose(engine_of):
    engine = engine_of(
        "World military expenditure reached $2,718 billion in 2024. That is 9.4% more than in 2023 in real terms, the "
        "steepest year-on-year rise since at least the end of the Cold War, and the tenth consecutive year of growth."
    )
    assert 9.4 in engine.ask("by how much did global military spending rise in 2024").values


def test_a_figure_in_words_is_given_with_its_loose_bound(engine_of):
    engine = engine_of(
        "By the 1980s the US share had settled at roughly six per cent of GDP. The European allies, by contrast, "
        "averaged a little over three per cent in the 1980s."
    )
    answer = engine.ask("What was the average defence burden of European allies in the 1980s?")
    assert "**a little over three per cent**" in answer.answer


def test_a_year_written_in_a_date_is_when_something_was_said_not_a_year_of_a_figure() -> None:
    words = _words("what share will the uk spend from april 2027 under the february 2025 announcement")
    assert _years_of_dates(words) == {2027, 2025}
    assert _years_of_dates(_words("how many met 2 in 2014 and in 2024")) == set()


def test_a_figure_announced_on_the_date_asked_accounts_for_its_year(documents) -> None:
    engine = documents("evaluation_holdout23", "uk-written-answer-defence-expenditure.md")
    # 'On 25 February 2025 the Prime Minister announced that defence spending will rise to 2.5% of GDP from April
    # 2027': two years asked, one of them the announcement's
    question = "What share of GDP will the UK spend on defence from April 2027 under the February 2025 announcement?"
    answer = engine.ask(question)
    assert answer.answered and 2.5 in answer.values


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split(" "))


def test_a_sentence_pointing_back_speaks_from_the_source_the_sentence_before_names(documents) -> None:
    engine = documents("evaluation_holdout23", "forum-thread-reading-nato-spending-numbers.md")
    # 'NATO published its last full set of estimates in June 2024. For 2024 they put total Alliance spending at
    # roughly $1,474 billion.'
    answer = engine.ask(
        "According to NATO's June 2024 estimates, what did the whole Alliance spend on defence in 2024?"
    )
    assert answer.answered and 1474 in answer.values


@pytest.mark.parametrize("lead", ["According to NATO's tables", "Based on NATO's tables"])
def test_the_alliance_named_as_source_and_as_the_whole_is_the_whole(engine, lead):
    """'According to NATO's tables, what % of the NATO Total … did the US account for': NATO is whose figures and
    the whole too, so the share is worked out from the tables' cells, not an article's rounded 64%."""
    answer = engine.ask(
        f"{lead} (current prices and exchange rates), what percentage of the NATO Total defence expenditure did the "
        "United States account for in 2024?"
    )
    assert answer.answered, answer.answer
    assert answer.calculation, answer.answer
    assert round(answer.values[0], 2) == 65.63


@pytest.mark.parametrize(
    ("question", "figure"),
    [
        ("how many billions of dollars did the UK spend on defence in 2024", 82107.1313),
        (
            "How many milliards of dollars spends the whole NATO together for defence in 2024, in actual prices?",
            1474399.4766,
        ),
        ("What is the defence spending per habitant of Netherlands in 2024?", 1030.1608),
        ("how much percent of GSYH was Latvia spending on defence in 2023?", 2.8739),
    ],
)
def test_an_amount_asked_by_its_scale_or_in_false_friends_is_answered(engine, question, figure):
    answer = engine.ask(question)
    assert answer.answered and figure in answer.values


def test_i_mean_clarifies_and_asks_no_average(engine):
    answer = engine.ask(
        "Which is the actual percent of GDP that Canada spends for the defence? I mean the newest year you have, 2024."
    )
    assert answer.answered and 1.3652 in answer.values and answer.operation is None


def test_a_question_word_inside_a_clause_opens_no_question(engine):
    """'… to reach 2% of GDP - i.e. 2% of its GDP minus what it actually spent, …?': the long message asks from
    'how many extra US dollars', not from the relative 'what', so its GDP alone is no answer."""
    from knowledge.ask.verify_vocabulary import _last_question_clause  # noqa: PLC0415 - the stage under test

    text = (
        "Roughly how many extra US dollars would Canada have needed in 2024 to reach 2% of GDP - i.e. 2% of its 2024"
        " GDP minus what it actually spent, both at current prices in NATO's tables (million)?"
    )
    asked = parse_question(parse(text, engine.vocabulary, engine.people))
    assert _last_question_clause(asked)[:3] == ("how", "many", "extra")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ballpark, what share of GDP did Italy spend on defence in 2024?", 1.49),
        ("what's the precise share of GDP NATO gives for the Slovak Republic in 2024", 2.0),
    ],
)
def test_how_exact_the_answer_need_be_asks_nothing_of_the_facts(engine, text: str, value: float) -> None:
    answer = engine.ask(text)
    assert answer.answered and value in [round(given, 2) for given in answer.values]


@pytest.mark.parametrize(
    "question",
    [
        # an approximate figure offered is a hint at the figure asked, near the one stated
        "NATO says the US accounts for what share of total alliance defence spending in 2024 - the article I saw "
        "quoted a figure around two-thirds, can you confirm the exact number it uses?",
        "what share of alliance defence spending did the US contribute in 2024, roughly 60%?",
        # 'what does it claim' asks what the document says
        "The article on the annual report says European allies and Canada raised defence investment by some "
        "real-terms percentage in 2024 - roughly 20%? What exactly does it claim?",
        # 'European members plus Canada' is the group, as 'and' joins it
        "And per that same annual-report article, what percentage of alliance spending came from European members "
        "plus Canada?",
    ],
)
def test_a_fact_checker_s_question_about_the_article_is_answered(engine, question):
    assert verdict_for(engine, question).accepted


def test_an_approximate_figure_far_from_the_one_stated_is_not_accounted_for(engine):
    question = "what share of alliance defence spending did the US contribute in 2024, roughly 40%?"
    assert "number 40" in verdict_for(engine, question).unaccounted


@pytest.mark.parametrize(
    ("sentence", "accepted"),
    [
        ("At their summit in The Hague on 25 June 2025, NATO Allies committed to invest 5% of GDP.", True),
        ("At their summit in The Hague in June 2025, NATO Allies committed to invest 5% of GDP.", False),
    ],
)
def test_a_day_asked_is_said_by_a_sentence_dating_it_to_the_day(engine, sentence, accepted):
    question = "When did the allies meet at The Hague in June 2025 - which day exactly, what date?"
    asked = parse_question(add_role_holders(engine.index, parse(question, engine.vocabulary, engine.people)))
    assert engine.verifier.check_sentence(asked, sentence).accepted is accepted


def _money_of(subject: str, quote: str) -> Fact:
    citation = Citation(document="deck.txt", locator="paragraph 1", quote=quote)
    return Fact(id=subject, subject=subject, measure="open:money", value=693, unit=Unit.MONEY, citation=citation)


def test_a_group_asked_is_not_accounted_for_by_another_region_s_figure(engine):
    """'NATO's European members' are not 'Europe (including Russia)', though the quote names Europe."""
    asked = parse_question(parse("how much did nato's european members spend", engine.vocabulary, {}))
    region = _money_of("Europe", "• Europe (including Russia): USD 693 bn, up 17%")
    assert "entity European Allies and Canada" in engine.verifier.names.entities(asked, [region], [])
    own = _money_of("European Allies and Canada", "European Allies and Canada spent USD 693 bn")
    assert "entity European Allies and Canada" not in engine.verifier.names.entities(asked, [own], [])
    # 'European military spending' names no alliance: the region's figure is what it asks
    regional = parse_question(parse("how much did european military spending rise", engine.vocabulary, {}))
    assert "entity European Allies and Canada" not in engine.verifier.names.entities(regional, [region], [])


def test_a_share_of_the_alliance_asked_is_not_answered_by_a_share_of_the_world(engine):
    """'what share of NATO's total came from the US' is not '37% of all military spending worldwide'."""
    drafted = engine.drafter.draft("what share of nato spending did the us pay in 2024", None)
    stated = drafted.facts[0]
    quote = "• 37% of all military spending worldwide"
    citation = stated.citation.model_copy(update={"quote": quote, "cell": None, "span": None})
    fact = stated.model_copy(update={"value": 37.0, "unit": Unit.PERCENT, "citation": citation})
    answer = drafted.model_copy(update={"facts": [fact], "calculation": None})
    verdict = verdict_for(engine, "what share of nato's total spending came from the united states in 2024", answer)
    assert "quantity: a share of the world's total" in verdict.unaccounted


def test_two_cells_side_by_side_do_not_answer_the_difference_asked(engine) -> None:
    listed = engine.drafter.draft("norway and denmark defence spending per capita 2024", None)
    assert listed.answered and listed.calculation is None and len(listed.facts) == 2
    verdict = verdict_for(engine, "difference in per capita spending between norway and denmark 2024", listed)
    assert "calculation: difference" in verdict.unaccounted


def test_it_in_a_last_clause_points_at_what_the_clause_before_its_comma_named(engine):
    """'What was the old guideline, and at which summit and in which year was it agreed?': 'it' is the old
    guideline, named before the comma, not the 'at which summit' just before 'in which year'."""
    from knowledge.ask.verify_vocabulary import _last_question_clause  # noqa: PLC0415 - the stage under test

    text = (
        "The new 5% goal replaced an older guideline. What was the old guideline, and at which summit and in which"
        " year was it agreed?"
    )
    asked = parse_question(parse(text, engine.vocabulary, engine.people))
    assert "old" in _last_question_clause(asked)
    assert 2025.0 not in engine.ask(text).values  # never the Hague summit's date for the guideline it replaced


def test_a_rise_asked_is_not_answered_by_a_share_of_the_total(engine):
    answer = engine.ask("what rise did europe record according to the article?")
    assert 36.0 not in answer.values


@pytest.mark.parametrize("question", ["uk combined spending 2017, pl too", "uk and also pl summed spending 2017"])
def test_a_sum_is_not_answered_by_one_ally_when_another_code_is_left_unread(engine, question):
    britain = engine.compute("uk defence spending 2017 in current usd")
    verdict = verdict_for(engine, question, britain)
    assert "entity Poland: an operand left unread" in verdict.unaccounted


def test_a_code_that_is_a_word_too_is_no_operand_left_unread(engine):
    """'fr' is 'for real' as often as France: a share of the alliance's total is the US's alone."""
    question = "yo how much of nato's bag is the US footing fr"
    share = engine.compute("us share of nato spending 2024 annual report")
    assert not [reason for reason in verdict_for(engine, question, share).unaccounted if "operand" in reason]


def test_a_total_of_one_ally_with_no_other_operand_is_still_its_figure(engine):
    britain = engine.compute("uk defence spending 2017 in current usd")
    assert verdict_for(engine, "what did the uk spend in total in 2017 in usd", britain).accepted


def test_a_keyword_string_s_common_words_are_accounted_for_by_the_statement_answering_it(engine):
    pledge = engine.compute("what did allies commit to spend by 2035 at the hague summit")
    assert "word review" in verdict_for(engine, "hague pledge review year", pledge).unaccounted
    answer = engine.ask("hague pledge review year")
    assert answer.answered and answer.values[0] == 2029


def test_a_keyword_string_answered_by_a_table_cell_is_named_by_its_row_and_column(engine):
    answer = engine.ask("germany defence gdp 2019")
    assert answer.answered and answer.values[0] == pytest.approx(1.3486)


def test_a_keyword_string_s_word_for_about_asks_nothing(engine):
    answer = engine.ask("rutte quote re investment")
    assert answer.answered and "quantum leap" in answer.answer
