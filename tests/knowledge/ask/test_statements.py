"""Statements found by their own words: figures of documents no known measure describes."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.ask.parse import parse_question
from knowledge.ask.statements import asked_kinds, figure_as_written
from knowledge.engine import Engine
from knowledge.models import Band
from knowledge.question import Vocabulary, parse
from knowledge.snapshot import build_knowledge_base

ARTICLE = """---
title: World military spending 2024
publisher: Test desk
published: 2025-04-28
---

World military expenditure reached $2718 billion in 2024, according to SIPRI.

That was 9.4% more than in 2023 in real terms.

China, the second-largest spender, is estimated to have spent $314 billion.

Italy is put at 1.49% of GDP and Portugal at 1.55%.

Russia has budgeted about 13.5 trillion roubles for defence this year, around 6.3% of its GDP.

Norway's defence budget rises again. The rise reflects a long-term plan adopted last year that adds NOK 600
billion over 12 years to 2036, as well as the Nansen support programme for Ukraine, worth NOK 85 billion this
year, which counts toward the total.

Global military spending was equal to 2.5% of world GDP.

Military spending in Europe, including Russia, rose by 17% to $693 billion.

The leaders of NATO's 32 allies gathered in The Hague.

A decade earlier, in 2014, just three allies met the 2% guideline; by 2024 the number was 23.

From Wales to The Hague, the headline target rises from 2 percent to 5 percent, or 2.5 times.
"""


@pytest.fixture(scope="module")
def engine(engine_of_text):
    return engine_of_text("world.md", ARTICLE)


def test_a_statement_is_quoted_with_its_figure_in_bold(engine):
    answer = engine.ask("world military spending 2024")
    assert answer.answered and 2718 in answer.values
    assert "**$2718 billion**" in answer.answer and "World military spending 2024" in answer.answer


def test_the_kind_of_figure_asked_decides(engine):
    assert 2 in engine.ask("where does china rank in military spending").values
    assert 314 in engine.ask("china military spending 2024").values
    assert 9.4 in engine.ask("how much did world military spending rise in 2024").values


def test_each_subject_named_gets_its_statement(engine):
    answer = engine.ask("italy and portugal share of gdp")
    assert {1.49, 1.55} <= set(answer.values)


def test_figures_of_the_same_sentence_come_together(engine):
    answer = engine.ask("russias defence budget this year")
    assert {13.5, 6.3} <= set(answer.values)


@pytest.mark.parametrize(
    "question",
    ["what did saudi arabia spend in 2024", "how many years in a row has india raised spending", "france share of gdp"],
)
def test_nothing_stated_is_nothing_answered(engine, question):
    assert not engine.ask(question).answered


TABLE_LINE = "Top of last year's table: Poland (4.12%), Estonia (3.43%), Latvia (3.15%) and Greece (3.08%)."


@pytest.fixture(scope="module")
def listing(tmp_path_factory):
    folder = tmp_path_factory.mktemp("listing")
    (folder / "live.md").write_text(f"---\ntitle: Live\npublished: 2025-06-25\n---\n\n{TABLE_LINE}\n", "utf-8")
    return Engine(build_knowledge_base(folder))


def test_keywords_naming_countries_and_spending_find_their_statements(listing):
    answer = listing.ask("greece and latvia defence spending")
    assert {3.15, 3.08} <= set(answer.values)


def test_a_bare_follow_up_is_no_keyword_query(listing):
    assert not listing.ask("and latvia?").answered


TABLE = (
    "Who is climbing fastest.\n\n"
    "| Ally | 2024 (% of GDP) | 2025e (% of GDP) |\n|---|---|---|\n"
    "| Poland | 4.12 | 4.48 |\n| Latvia | 3.15 | 3.73 |\n"
)


def _engine_of_one_document(tmp_path_factory, name: str, title: str, published: str, body: str) -> Engine:
    """An engine over one Markdown document with its title and date in front matter."""
    folder = tmp_path_factory.mktemp(name)
    (folder / f"{name}.md").write_text(f"---\ntitle: {title}\npublished: {published}\n---\n\n{body}", "utf-8")
    return Engine(build_knowledge_base(folder))


@pytest.fixture(scope="module")
def chart(tmp_path_factory):
    return _engine_of_one_document(tmp_path_factory, "chart", "Chart", "2025-09-04", TABLE)


@pytest.mark.parametrize(
    ("question", "value"), [("poland 2024 share?", 4.12), ("latvia 2025?", 3.73), ("latvia 2025e figure", 3.73)]
)
def test_a_subject_and_a_year_alone_find_their_figure(chart, question, value):
    assert value in chart.ask(question).values


@pytest.mark.parametrize("question", ["estonia 2024?", "poland 2023 share?", "poland 2024 population?"])
def test_a_subject_and_a_year_not_stated_find_nothing(chart, question):
    assert not chart.ask(question).answered


def test_of_a_sentences_figures_the_one_beside_the_questions_words_answers(engine):
    answer = engine.ask("nansen programme value 2025")
    assert answer.answered and 85 in answer.values
    assert "**NOK 85 billion**" in answer.answer  # the amount with its currency


def test_a_rise_and_a_multiple_are_no_parts_of_a_split_asked(engine):
    """The target is answered; the split is said to be not answered — no rise or multiple stands in for it."""
    answer = engine.ask("what's the hague target and how is it split?")
    assert answer.band is Band.PARTIAL and answer.unanswered_parts == ["how is it split?"]


def test_an_amount_counted_in_a_currency_is_an_amount(engine):
    answer = engine.ask("how many roubles is russia budgeting for defence this year")
    assert answer.answered and 13.5 in answer.values


def test_a_documents_subject_named_by_a_name_of_the_whole_asked(engine):
    """'Europe' names the European allies and Canada in questions; a document's 'Europe' is found by it too."""
    answer = engine.ask("how much did europe spend on the military in 2024")
    assert answer.answered and 693 in answer.values


def test_a_count_of_allies_meeting_a_goal_named_by_its_number(engine):
    answer = engine.ask("how many allies met 2% in 2014")
    assert answer.answered and 3 in answer.values


def test_two_years_asked_are_each_answered_or_not_at_all(engine):
    answer = engine.ask("how many allies met the 2 percent guideline in 2014 and how many in 2024")
    assert not answer.answered or 23 in answer.values
    assert 32 not in answer.values


def test_spending_asked_is_the_amount_before_any_share_of_it(engine):
    answer = engine.ask("how much did the world spend on the military in 2024")
    assert answer.answered and 2718 in answer.values and 2.5 not in answer.values


def test_a_total_asked_of_whom_alone_is_answered_by_their_statement(engine):
    answer = engine.ask("total for europe")
    assert answer.answered and 693 in answer.values


@pytest.fixture(scope="module")
def beside_the_tables(tmp_path_factory, seeds_dir):
    folder = tmp_path_factory.mktemp("beside")
    for path in seeds_dir.iterdir():
        (folder / path.name).write_bytes(path.read_bytes())
    text = (
        "---\ntitle: Estimates for 2025\npublisher: Test desk\npublished: 2025-09-03\n---\n\n"
        "Norway, at 3.35% of GDP, ranks fifth this year. Norway aims to spend 3.8% of GDP by 2030.\n"
    )
    (folder / "estimates.md").write_text(text, encoding="utf-8")
    return Engine(build_knowledge_base(folder))


def test_a_figure_asked_with_no_year_leads_with_a_documents_later_statement(beside_the_tables):
    answer = beside_the_tables.ask("What is Norway's defence spending as a share of GDP?")
    assert answer.values[0] == 3.35 and 3.8 not in answer.values
    assert any(fact.citation.cell for fact in answer.facts)  # the tables' latest year beside it
    asked_for_2024 = beside_the_tables.ask("What was Norway's defence spending as a share of GDP in 2024?")
    assert 3.35 not in asked_for_2024.values


@pytest.fixture(scope="module")
def budget_note(tmp_path_factory):
    folder = tmp_path_factory.mktemp("budget")
    text = (
        "---\ntitle: Budget note\npublisher: Test desk\npublished: 2025-09-29\n---\n\n"
        "Finland will raise defence spending to at least 3% of GDP by 2029, from an estimated 2.45% this year.\n\n"
        "Britain plans on investing £15 billion in the sovereign nuclear warhead programme.\n\n"
        "Estonia plans to spend about €1.6 billion on ammunition between 2026 and 2029.\n\n"
        "The plan adds $9 billion in new defence spending in 2025-26 for Canada.\n"
    )
    (folder / "note.md").write_text(text, encoding="utf-8")
    return Engine(build_knowledge_base(folder))


def test_this_year_asked_is_the_year_the_document_is_dated(budget_note):
    answer = budget_note.ask("what is finland's defence spending this year as % of gdp")
    assert answer.answered and answer.values[0] == 2.45 and 3.0 not in answer.values


@pytest.mark.parametrize(
    "question",
    ["what is the uk defence budget in pounds", "estonia defence budget 2026 in euros", "canada total defence budget"],
)
def test_an_amount_for_an_item_or_an_increment_is_not_the_whole_budget(budget_note, question):
    assert not budget_note.ask(question).answered


def test_an_item_or_an_increment_asked_by_its_name_is_answered(budget_note):
    assert 1.6 in budget_note.ask("how much will estonia spend on ammunition").values
    assert 9.0 in budget_note.ask("how much new defence money for canada in 2025-26").values


COMMITMENT = """---
title: Defence Committee oral evidence
published: 2025-07-10
---

The Government has committed to spend 2.5% of GDP on defence from April 2027, which is an additional £13.4 billion a
year compared with today.
"""


def test_an_amount_added_beside_the_level_asked_is_no_figure_of_the_answer(tmp_path):
    """'2.5% of GDP …, which is an additional £13.4 billion a year': the share asked is answered; the increment is
    no sibling figure of it (the verifier turns an increment down as the level asked)."""
    (tmp_path / "committee.md").write_text(COMMITMENT, encoding="utf-8")
    engine = Engine(build_knowledge_base(tmp_path))
    answer = engine.ask("What share of GDP will the UK spend on defence from April 2027?")
    assert answer.answered and 2.5 in answer.values and 13.4 not in answer.values


def test_a_fiscal_year_is_named_by_the_year_it_starts_in() -> None:
    from knowledge.ask.statements import _years_of_period  # noqa: PLC0415 - the helper under test

    assert _years_of_period("2023-24") == {"2023"}  # a table's 2023-24 row is not the 2024-25 asked
    assert _years_of_period("2024") == {"2024"}
    assert _years_of_period("2023-2025") == {"2023", "2024", "2025"}


def test_a_written_answer_s_table_of_financial_years_answers_the_year_asked(documents) -> None:
    engine = documents("evaluation_holdout23", "uk-written-answer-defence-expenditure.md")
    answer = engine.ask("What percentage of GDP did the UK spend on defence in 2023-24?")
    assert answer.answered and 2.3 in answer.values and 2.33 not in answer.values


def test_an_amount_for_the_item_asked_comes_without_the_amounts_for_other_items(documents) -> None:
    engine = documents("evaluation_holdout23", "uk-written-answer-defence-expenditure.md")
    # '£15 billion for the sovereign warhead programme …; £1.5 billion for at least 6 new munitions … factories'
    answer = engine.ask("How much is going to the sovereign warhead programme this Parliament?")
    assert answer.answered and 15 in answer.values and 1.5 not in answer.values


def test_amounts_for_other_items_alone_are_left_to_the_verifier(documents) -> None:
    engine = documents("evaluation_docs", "parliament_budget.md")
    # 'Personnel: €23.89 billion for soldiers and civilian staff, up €1.42 billion on 2024' is personnel's rise
    answer = engine.ask("how much did the german defence budget go up from 2024 to 2025")
    assert 1.42 not in answer.values


def test_a_share_of_gdp_asks_no_share_of_another_whole() -> None:
    """'as a share of GDP' asks a share of GDP only, so a table's equipment share (a share of spending) never wins
    over the share of GDP on one rare word; 'what share of NATO spending' still asks a share of a total."""

    def kinds(text: str) -> set[str]:
        return asked_kinds(parse_question(parse(text, Vocabulary(set()), {})))

    assert "share_of_total" not in kinds("What was Germany's defence spending as a share of GDP in 2024?")
    assert "share_of_gdp" in kinds("What was Germany's defence spending as a share of GDP in 2024?")
    assert "share_of_total" in kinds("what share of nato spending comes from the us, and what % of gdp is it?")


def test_a_statement_citing_the_body_asked_comes_first(documents):
    """'According to NATO, what percentage …?': the sentence citing NATO's estimate (2.2%) before the Cold War's
    'close to 3% of GDP', whose words share more with the question."""
    engine = documents("evaluation_holdout24", "defence-spending-in-norway.md")
    answer = engine.ask("According to NATO, what percentage of GDP did Norway put into defence in 2024?")
    assert answer.values[:1] == [2.2]


SLIDES = (
    "==========\n"
    "SLIDE 3 of 10 — Top spenders, 2024 (USD bn)\n"
    "==========\n"
    "[CHART: horizontal bars]\n"
    "United States ........ 997\n"
    "China ................ 314 (est.)\n"
    "\n"
    "==========\n"
    "SLIDE 4 of 10 — United States\n"
    "==========\n"
    "• Military spending up 5.7%\n"
    "• 37% of all military spending worldwide\n"
)


def test_spending_asked_is_found_as_an_amount_never_as_a_share_of_a_total(tmp_path: Path) -> None:
    (tmp_path / "deck.txt").write_text(SLIDES, encoding="utf-8")
    (tmp_path / "catalog.toml").write_text('["deck.txt"]\ntitle = "Deck"\npublished = "2025-05-14"\n', encoding="utf-8")
    engine = Engine(build_knowledge_base(tmp_path))
    answer = engine.ask("How much did the United States spend on its military in 2024?")
    assert answer.answered and answer.values == [997.0]


@pytest.mark.parametrize("question", ["world military spending 2024", "nansen programme value", "russia share of gdp"])
def test_a_statement_found_again_is_written_as_its_sentence_writes_it(engine, question):
    asked = parse_question(parse(question, Vocabulary(set()), {}))
    first = engine.statements.find(asked)
    again = engine.statements.find(asked)  # its figure as written is kept from the first search
    assert first is not None and again == first
    assert first.figure == figure_as_written(first.fact)


DECK_BULLETS = (
    "Slide 2\nThe headline\n"
    "• World total: USD 2,718 bn\n"
    "• World military burden: 2.5% of global GDP\n"
    "• Up 9.4% on 2023\n"
)


@pytest.fixture(scope="module")
def deck(tmp_path_factory):
    return _engine_of_one_document(tmp_path_factory, "deck", "World military spending 2024", "2025-05-14", DECK_BULLETS)


def test_an_amount_asked_is_never_offered_a_share_whose_words_fit_better(deck):
    """'How much did the world spend on the military?' asks an amount (as the verifier reads it): the burden's
    bullet shares more of its words, but a share of GDP is no amount; the total is the answer."""
    answer = deck.ask("How much did the world spend on the military in 2024?")
    assert answer.answered and answer.values[0] == 2718.0
