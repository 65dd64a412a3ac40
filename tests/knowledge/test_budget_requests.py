"""A budget request summary (hold-out 74's class): fiscal years written 'FY2027', a table of appropriation titles
by an enacted and a requested year, their moves told again in prose, titles written short ('RDT&E', 'O&M')."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.models import Fact
from knowledge.question import Vocabulary, parse
from knowledge.snapshot import build_knowledge_base

REQUEST = (
    "# The Defense Department's FY2027 Request in Brief\n\n"
    "The Department of Defense asks Congress for $910.4 billion in FY2027.\n\n"
    "## Titles\n\n"
    "| Title ($ billions) | FY2026 enacted | FY2027 request | Change |\n"
    "|---|---|---|---|\n"
    "| Military Personnel | 190.1 | 196.0 | +5.9 |\n"
    "| O&M | 301.5 | 312.7 | +11.2 |\n"
    "| RDT&E | 150.2 | 146.9 | -3.3 |\n\n"
    "Modernization slips: RDT&E and Procurement together drop from $330.6 billion to $321.8 billion.\n"
)


@pytest.fixture(scope="module")
def request_facts(build_note: Callable[..., list[Fact]]) -> list[Fact]:
    entry = 'title = "The Defense Department\'s FY2027 Request in Brief"\npublished = "2026-03-02"\nperiod = "FY2027"'
    return build_note(REQUEST, name="request.md", catalog=entry)


def _one(facts: list[Fact], value: float) -> Fact:
    found = [fact for fact in facts if fact.value == value and fact.measure_kind != "date"]
    assert len(found) == 1, found
    return found[0]


def test_a_budget_line_written_short_names_no_one_else(request_facts: list[Fact]) -> None:
    """'RDT&E and Procurement together drop …': a title's short form is what the money is spent on, so the sentence
    still speaks of the country the request is about."""
    assert _one(request_facts, 321.8).subject == "United States"


def test_an_undated_move_below_a_table_of_two_years_is_between_those_years(request_facts: list[Fact]) -> None:
    """The table compares FY2026 enacted with the FY2027 request: the move told after it starts in the one and ends
    in the other, never both of the document's year."""
    assert (_one(request_facts, 330.6).period, _one(request_facts, 321.8).period) == ("2026", "2027")


def test_a_fiscal_year_written_short_in_a_question_is_the_year_it_names() -> None:
    vocabulary = Vocabulary(set())
    assert parse("What was enacted for personnel in FY26?", vocabulary, {}).years == [2026]
    assert parse("And the FY2027 request?", vocabulary, {}).years == [2027]
    assert parse("FY26 and FY27 requests", vocabulary, {}).years == [2026, 2027]
    # a fiscal year of two calendar years written short ('FY25-26') is left to its words, never its first year alone
    assert parse("Planned for FY25-26?", vocabulary, {}).years == []


def test_a_question_naming_the_fiscal_year_short_is_answered_by_the_column_naming_it_whole(tmp_path: Path) -> None:
    (tmp_path / "request.md").write_text(REQUEST, encoding="utf-8")
    entry = 'title = "The Defense Department\'s FY2027 Request in Brief"\npublished = "2026-03-02"\nperiod = "FY2027"'
    (tmp_path / "catalog.toml").write_text(f'["request.md"]\n{entry}\n', encoding="utf-8")
    answer = Engine(build_knowledge_base(tmp_path)).ask("What is the FY27 request for Military Personnel?")
    assert answer.answered and 196.0 in answer.values, answer.answer


PROSE = (
    "# The Defense Department's FY2027 Request in Brief\n\n"
    "The request for the national defense function totals $931.0 billion, the FY2027 limit set by the Budget "
    "Control Act of 2026.\n\n"
    "Operation and maintenance remains the largest title, at 41.2% of the FY2027 request. The request assumes a 3.8% "
    "basic pay raise for service members and a 2.5% raise for civilians.\n\n"
    "Personnel rises by $4.1 billion and maintenance, the largest title, by $7.3 billion. Procurement falls by $2.2 "
    "billion from the FY2026 enacted level, and research by $0.9 billion.\n\n"
    "- **Space Force:** $31.2 billion, slightly above its FY26 level.\n"
)


@pytest.fixture(scope="module")
def prose_facts(build_note: Callable[..., list[Fact]]) -> list[Fact]:
    entry = 'title = "The Defense Department\'s FY2027 Request in Brief"\npublished = "2026-03-02"\nperiod = "FY2027"'
    return build_note(PROSE, name="prose.md", catalog=entry)


def test_a_pay_raise_is_a_change_and_a_share_of_the_request_a_share_of_a_total(prose_facts: list[Fact]) -> None:
    assert [_one(prose_facts, value).measure_kind for value in (3.8, 2.5)] == ["change", "change"]
    assert _one(prose_facts, 41.2).measure_kind == "share_of_total"  # never a share of GDP


def test_an_amount_whose_change_verb_is_left_out_is_a_change_the_same_way(prose_facts: list[Fact]) -> None:
    """'… by $4.1 billion and maintenance, the largest title, by $7.3 billion': both rises; 'falls by $2.2 billion …,
    and research by $0.9 billion': both falls, of the request's year (the enacted year named after 'from' is the
    base the fall is measured from)."""
    rises = [_one(prose_facts, value) for value in (4.1, 7.3)]
    assert [(fact.measure_kind, "decrease" in fact.qualifiers) for fact in rises] == [("change", False)] * 2
    falls = [_one(prose_facts, value) for value in (2.2, 0.9)]
    assert [(f.measure_kind, "decrease" in f.qualifiers, f.period) for f in falls] == [("change", True, "2027")] * 2


def test_a_year_naming_a_law_or_the_level_compared_with_dates_no_amount(prose_facts: list[Fact]) -> None:
    """'… the FY2027 limit set by the Budget Control Act of 2026': the year closes the law's name; 'slightly above
    its FY26 level': the year names the level the amount is set against."""
    assert _one(prose_facts, 931.0).period == "2027"
    assert _one(prose_facts, 31.2).period == "2027"


def test_a_budget_function_s_code_in_a_question_is_no_figure() -> None:
    """'function (050)', 'subfunction 051': a code written with its leading zero names the line, asking no number."""
    vocabulary = Vocabulary(set())
    assert parse("What is the FY2027 request for the national defense function (050)?", vocabulary, {}).numbers == []
    assert parse("Is subfunction 051 above $900 billion?", vocabulary, {}).numbers == [(900.0, False)]


NOTE = (
    "# The Defense Department's FY2027 Request in Brief\n\n"
    "The titles above are on an appropriations basis; they exclude the Veterans Housing Fund and two smaller "
    "accounts, so they do not add to the $910.4 billion requested.\n\n"
    "Shipbuilding gets $35.2 billion, excluding the submarine industrial base.\n"
)


@pytest.fixture(scope="module")
def note_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder = tmp_path_factory.mktemp("note")
    (folder / "note.md").write_text(NOTE, encoding="utf-8")
    entry = 'title = "The Defense Department\'s FY2027 Request in Brief"\npublished = "2026-03-02"\nperiod = "FY2027"'
    (folder / "catalog.toml").write_text(f'["note.md"]\n{entry}\n', encoding="utf-8")
    return Engine(build_knowledge_base(folder))


def test_a_thing_a_sentence_names_only_as_left_out_of_its_figure_is_not_answered_by_it(note_engine: Engine) -> None:
    assert not note_engine.ask("What is the FY2027 request for the Veterans Housing Fund?").answered
    assert not note_engine.ask("How much goes to the submarine industrial base in FY2027?").answered


def test_the_figure_that_leaves_a_thing_out_still_answers_for_itself(note_engine: Engine) -> None:
    for question in (
        "How much does shipbuilding get?",
        "How much does shipbuilding get, excluding the submarine base?",
    ):
        answer = note_engine.ask(question)
        assert answer.answered and 35.2 in answer.values, answer.answer


def _engine_of(folder: Path, name: str, text: str) -> Engine:
    (folder / name).write_text(text, encoding="utf-8")
    entry = 'title = "The Defense Department\'s FY2027 Request in Brief"\npublished = "2026-03-02"\nperiod = "FY2027"'
    (folder / "catalog.toml").write_text(f'["{name}"]\n{entry}\n', encoding="utf-8")
    return Engine(build_knowledge_base(folder))


def test_what_a_request_contains_or_proposes_is_what_it_requests(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A budget request is what its government proposes: 'what pay raise does the request propose?' is answered by
    the raise a section on the request states, and 'how much … does the request contain?' asks no more than 'how
    much … is requested?'."""
    table = _engine_of(tmp_path_factory.mktemp("table"), "request.md", REQUEST)
    answer = table.ask("How much Military Personnel funding does the FY2027 request contain?")
    assert answer.answered and 196.0 in answer.values, answer.answer
    prose = _engine_of(tmp_path_factory.mktemp("prose"), "prose.md", PROSE)
    answer = prose.ask("What pay raise does the FY2027 request propose?")
    assert answer.answered and 3.8 in answer.values, answer.answer


LINES = (
    "# The Defense Department's FY2027 Request in Brief\n\n"
    "Procurement falls by $3.1 billion to $170.2 billion, and RDT&E by $2.4 billion to $140.1 billion. The $9.5 "
    "billion increase over FY2026 enacted funds flying hours. The force shrinks to 1.27 million personnel, slightly "
    "below FY2026 levels.\n"
)


@pytest.fixture(scope="module")
def lines_facts(build_note: Callable[..., list[Fact]]) -> list[Fact]:
    entry = 'title = "The Defense Department\'s FY2027 Request in Brief"\npublished = "2026-03-02"\nperiod = "FY2027"'
    return build_note(LINES, name="lines.md", catalog=entry)


def test_a_change_left_without_its_verb_past_the_level_it_reached_is_a_change(lines_facts: list[Fact]) -> None:
    """'falls by $3.1 billion to $170.2 billion, and RDT&E by $2.4 billion to …': the second fall, past the first
    one's level; the levels stay amounts."""
    fall = _one(lines_facts, 2.4)
    assert (fall.measure_kind, "decrease" in fall.qualifiers) == ("change", True)
    assert [_one(lines_facts, value).measure_kind for value in (170.2, 140.1)] == ["money", "money"]


def test_an_amount_named_as_an_increase_is_a_change_and_a_level_set_below_a_year_s_is_not_of_it(
    lines_facts: list[Fact],
) -> None:
    increase = _one(lines_facts, 9.5)
    assert (increase.measure_kind, increase.period) == ("change", "2027")  # 'over FY2026 enacted': its base
    assert _one(lines_facts, 1_270_000).period == "2027"  # 'slightly below FY2026 levels': the level compared with


def test_those_money_is_named_for_are_not_whom_the_next_figure_is_of(build_note: Callable[..., list[Fact]]) -> None:
    """'There is no money for Ukraine or Israel in the base budget. … the Senate passed a $61.0 billion version': the
    ones the money would go to, listed, are not whose figure the next sentence states (the document's country is)."""
    text = (
        "# The Defense Department's FY2027 Request in Brief\n\n"
        "The Department of Defense asks for $910.4 billion.\n\n"
        "There is no money for Ukraine or Israel in the base budget. Those needs went to a supplemental; the Senate "
        "passed a $61.0 billion version.\n"
    )
    entry = 'title = "The Defense Department\'s FY2027 Request in Brief"\npublished = "2026-03-02"\nperiod = "FY2027"'
    assert _one(build_note(text, name="aid.md", catalog=entry), 61.0).subject == "United States"


PRIORITIES = (
    "# The Defense Department's FY2027 Request in Brief\n\n"
    "## Selected priorities\n\n"
    "- **Space launch:** $4.6 billion for the heavy rockets and their ranges.\n"
    "- **Hypersonics:** $6.9 billion.\n"
)


def test_a_list_item_s_label_names_the_item_its_amount_is_for(tmp_path_factory: pytest.TempPathFactory) -> None:
    """'- Space launch: $4.6 billion for the heavy rockets …': the label says what the amount is; the words after
    'for' say what that holds, so a question naming the label is answered; one naming another item is not."""
    engine = _engine_of(tmp_path_factory.mktemp("priorities"), "priorities.md", PRIORITIES)
    answer = engine.ask("What is requested for space launch in FY2027?")
    assert answer.answered and 4.6 in answer.values, answer.answer
    assert 4.6 not in engine.ask("What is requested for satellites in FY2027?").values


def test_an_amount_said_to_be_cut_is_a_fall(build_note: Callable[..., list[Fact]]) -> None:
    """'some $12 billion had to be trimmed from what the department had planned': a change, and a fall."""
    text = (
        "# The Defense Department's FY2027 Request in Brief\n\n"
        "Officials said some $12 billion had to be trimmed from what the department had planned for FY2027.\n"
    )
    entry = 'title = "The Defense Department\'s FY2027 Request in Brief"\npublished = "2026-03-02"\nperiod = "FY2027"'
    cut = _one(build_note(text, name="cut.md", catalog=entry), 12.0)
    assert (cut.measure_kind, "decrease" in cut.qualifiers, cut.period) == ("change", True, "2027")


def test_a_comma_closing_a_clause_of_support_lists_no_one_the_money_goes_to(
    build_note: Callable[..., list[Fact]],
) -> None:
    """'measured the NATO way and including support to Ukraine, Denmark will spend about 3.2% of GDP': the comma
    closes the clause; Denmark, after it, is whose figure it is, never one more the support goes to."""
    text = (
        "# Copenhagen adds to its defence budget\n\n"
        "Officials say that, measured the NATO way and including support to Ukraine, Denmark will spend about 3.2% "
        "of GDP on defence in 2026.\n"
    )
    entry = 'title = "Copenhagen adds to its defence budget"\npublished = "2025-10-02"'
    assert _one(build_note(text, name="dk.md", catalog=entry), 3.2).subject == "Denmark"
