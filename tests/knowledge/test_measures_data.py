"""The measures are data (knowledge/domain/measures.toml): read and validated at start, each listed once."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from knowledge import measures, phrasing, tabular
from knowledge.entities import DomainDataError
from knowledge.extraction_eval import staged_folder
from knowledge.measures import (
    MEASURES,
    SHARED_WORDS,
    SLOT_MEASURES,
    TABLE_BLOCKS,
    TABLE_MEASURE_KEYS,
    TABLE_MEASURES,
    FigureShape,
    MeasureRole,
    PhrasingStyle,
    QuestionKind,
    StatementShape,
    load_measures,
    load_shared_words,
    load_slot_measures,
    load_table_blocks,
    measure_in_role,
    measures_where,
    office_measures,
)
from knowledge.models import Unit
from knowledge.readers.tables import TableFigure
from knowledge.snapshot import build_knowledge_base

MEASURES_TOML = Path(measures.__file__).parent / "domain" / "measures.toml"

MINIMAL = """
[words]
spend = ["spend", "spending"]

[[measure]]
key = "membership"
label = "number of member states"
kinds = ["count"]
cue_sets = [["count", "members"]]
keywords = ["members", "allies"]
question = "How many member states does NATO have?"
phrasing = "membership"
role = "membership"

[[table_measure]]
key = "share_of_gdp"
label = "defence expenditure as a share of GDP"
kinds = ["share"]
keywords = ["@spend", "gdp"]
statement = "{subject} spent {value} on defence{period}{estimate}."
"""


def with_table_line(line: str) -> str:
    """MINIMAL with one more line in its table measure ('share_of_gdp')."""
    return MINIMAL.replace('keywords = ["@spend", "gdp"]', f'keywords = ["@spend", "gdp"]\n{line}')


def test_a_minimal_file_reads_with_its_shared_words_spelled_out() -> None:
    prose, tables = load_measures(MINIMAL)
    assert [measure.key for measure in prose] == ["membership"]
    assert prose[0].kinds == {QuestionKind.COUNT} and prose[0].cue_sets == (frozenset({"count", "members"}),)
    assert tables[0].keywords == {"spend", "spending", "gdp"}
    assert tables[0].question == "What is the {label} of {subject}{period}?"  # the default


def test_an_unknown_field_is_rejected_naming_the_measure() -> None:
    text = MINIMAL.replace('kinds = ["count"]', 'kinds = ["count"]\ncolour = "blue"')
    with pytest.raises(DomainDataError, match=r"(?s)measure 'membership'.*colour"):
        load_measures(text)


def test_a_duplicate_key_is_rejected_naming_the_measure() -> None:
    text = MINIMAL.replace('key = "share_of_gdp"', 'key = "membership"')
    with pytest.raises(DomainDataError, match=r"(?s)table_measure 'membership'.*listed twice"):
        load_measures(text)


def test_an_unknown_kind_is_rejected_naming_the_measure() -> None:
    with pytest.raises(DomainDataError, match=r"(?s)measure 'membership'.*kinds"):
        load_measures(MINIMAL.replace('kinds = ["count"]', 'kinds = ["tally"]'))


def test_an_unknown_word_list_or_placeholder_is_rejected() -> None:
    with pytest.raises(DomainDataError, match=r"(?s)share_of_gdp.*'@spent'"):
        load_measures(MINIMAL.replace('"@spend"', '"@spent"'))
    with pytest.raises(DomainDataError, match=r"(?s)share_of_gdp.*placeholders.*'country'"):
        load_measures(MINIMAL.replace("{subject} spent", "{country} spent"))


def test_table_measures_state_their_figures_and_prose_measures_do_not() -> None:
    with pytest.raises(DomainDataError, match=r"(?s)share_of_gdp.*needs a statement"):
        load_measures(MINIMAL.replace('statement = "{subject} spent {value} on defence{period}{estimate}."', ""))
    with pytest.raises(DomainDataError, match=r"(?s)membership.*phrasing.py"):
        load_measures(MINIMAL.replace('question = "How many', 'statement = "x"\nquestion = "How many'))


def test_the_shipped_file_lists_each_measure_once_prose_then_tables() -> None:
    data = tomllib.loads(MEASURES_TOML.read_text(encoding="utf-8"))
    keys = [entry["key"] for table in ("measure", "table_measure") for entry in data[table]]
    assert keys == list(MEASURES)
    assert {measure.key for measure in TABLE_MEASURES} == TABLE_MEASURE_KEYS
    assert set(phrasing.TABLE_PHRASES) == TABLE_MEASURE_KEYS
    assert not TABLE_MEASURE_KEYS & set(phrasing.PROSE_STATEMENTS)
    assert set(phrasing.PROSE_STATEMENTS) == set(MEASURES) - TABLE_MEASURE_KEYS


def test_every_phrasing_style_has_its_wording() -> None:
    assert set(phrasing.PROSE_PHRASINGS) == set(PhrasingStyle)


def test_a_prose_measure_without_a_phrasing_or_with_an_unknown_one_is_rejected() -> None:
    with pytest.raises(DomainDataError, match=r"(?s)measure 'membership'.*needs a phrasing.*membership"):
        load_measures(MINIMAL.replace('phrasing = "membership"\n', ""))
    with pytest.raises(DomainDataError, match=r"(?s)measure 'membership'.*phrasing.*'goal'"):
        load_measures(MINIMAL.replace('phrasing = "membership"', 'phrasing = "headcount"'))


def test_a_table_measure_is_phrased_by_its_statement_only() -> None:
    text = with_table_line('phrasing = "goal"')
    with pytest.raises(DomainDataError, match=r"(?s)table_measure 'share_of_gdp'.*phrased by its statement"):
        load_measures(text)


def test_a_role_is_held_by_one_measure_and_must_be_known() -> None:
    text = with_table_line('role = "membership"')
    with pytest.raises(DomainDataError, match=r"(?s)'share_of_gdp'.*role 'membership' is 'membership'.s already"):
        load_measures(text)
    with pytest.raises(DomainDataError, match=r"(?s)measure 'membership'.*role.*'goal'"):
        load_measures(MINIMAL.replace('role = "membership"', 'role = "size"'))


def test_a_measure_named_by_another_must_exist() -> None:
    text = with_table_line('in_us_dollars = "dollars"')
    with pytest.raises(DomainDataError, match=r"(?s)'share_of_gdp': in_us_dollars names no measure: 'dollars'"):
        load_measures(text)
    text = MINIMAL.replace('role = "membership"', 'parts_of = "target"')
    with pytest.raises(DomainDataError, match=r"(?s)'membership': parts_of names no measure: 'target'"):
        load_measures(text)


def test_units_and_chart_styles_are_checked() -> None:
    text = with_table_line('unit = "furlongs"')
    with pytest.raises(DomainDataError, match=r"(?s)table_measure 'share_of_gdp'.*unit.*'money'"):
        load_measures(text)
    text = with_table_line('chart = { title = "x" }')
    with pytest.raises(DomainDataError, match=r"(?s)table_measure 'share_of_gdp'.*chart.axis.*missing"):
        load_measures(text)


def test_roles_and_properties_name_the_shipped_measures() -> None:
    assert MEASURES[measure_in_role(MeasureRole.GOAL)].kinds >= {QuestionKind.TARGET}
    assert {MEASURES[key].in_us_dollars for key in measures_where(lambda m: m.in_us_dollars is not None)} <= set(
        MEASURES
    )
    profiled = sorted(measures_where(lambda m: m.profile is not None), key=lambda key: MEASURES[key].profile or 0)
    assert profiled and all(MEASURES[key].key in TABLE_MEASURE_KEYS for key in profiled)


def test_every_measure_the_table_reader_gives_is_a_measure_with_a_unit() -> None:
    keys = {block.measure for block in TABLE_BLOCKS if block.measure is not None}
    assert {"share_of_gdp", "military_personnel", "other_share", "spending_national_constant"} <= keys
    assert keys <= set(MEASURES) and all(MEASURES[key].unit is not None for key in keys)
    assert keys - {"real_change_defence_spending"} == TABLE_MEASURE_KEYS


def _figure(label: str, unit: str, title: str, start_year: int | None = None) -> TableFigure:
    return TableFigure(
        table="3",
        table_title=title,
        measure=label,
        unit=unit,
        entity="Poland",
        year=2024,
        start_year=start_year,
        estimate=False,
        value=1.0,
        sheet="TABLE3",
        cell="B2",
        row_label="Poland",
        column_label="2024",
    )


def test_a_table_block_is_the_first_entrys_whose_tests_it_passes() -> None:
    share = tabular.table_measure(_figure("Share of real GDP (%)", "Percent", "Defence expenditure as a share of GDP"))
    assert share == tabular.TableMeasure("share_of_gdp", Unit.PERCENT_OF_GDP)
    assert tabular.table_measure(_figure("Share of real GDP 2024 (%)", "Percent", "Defence expenditure")) is None
    money = tabular.table_measure(_figure("Current prices", "Million US dollars", "Defence expenditure"))
    assert money == tabular.TableMeasure("spending_usd_current", Unit.MONEY, 1e6, "US$")
    national = tabular.table_measure(_figure("Constant 2015 prices", "Million national currency units", "Defence"))
    assert national == tabular.TableMeasure("spending_national_constant", Unit.MONEY, 1e6, None)
    span = tabular.table_measure(_figure("Real change (%)", "Percent", "Defence expenditure", start_year=2014))
    assert span is not None and span.key == "real_change_since_start"


def test_a_table_block_naming_an_unknown_measure_or_test_is_rejected() -> None:
    with pytest.raises(DomainDataError, match=r"(?s)block #2.*'gdp_share' is no measure of measures.toml"):
        load_table_blocks('[[block]]\nsince_start = true\n[[block]]\nlabel_has = ["gdp"]\nmeasure = "gdp_share"')
    with pytest.raises(DomainDataError, match=r"(?s)block #1.*'said' has no unit"):
        load_table_blocks('[[block]]\nlabel_has = ["quote"]\nmeasure = "said"')
    with pytest.raises(DomainDataError, match=r"(?s)block #1.*label_contains"):
        load_table_blocks('[[block]]\nlabel_contains = ["gdp"]')
    with pytest.raises(DomainDataError, match=r"array of \[\[block\]\] tables"):
        load_table_blocks('[blocks]\nlabel_has = ["gdp"]')


SLOT = """
[membership]
figure = "count"
counts_the_total = true
kinds = ["count"]

[said]
statement = "quotation"
"""


def test_the_slot_measures_read_in_their_files_order() -> None:
    slots = load_slot_measures(SLOT)
    assert list(slots) == ["membership", "said"]
    assert slots["membership"].figure is FigureShape.COUNT and slots["said"].statement is StatementShape.QUOTATION
    assert list(SLOT_MEASURES)[:2] == ["target_component", "spending_target"]  # the part is tried before the whole


def test_a_slot_measure_must_be_a_measure() -> None:
    with pytest.raises(DomainDataError, match=r"legacy_measures.toml: \[members\] names no measure of measures.toml"):
        load_slot_measures(SLOT.replace("[membership]", "[members]"))


def test_a_slot_measures_cues_must_be_known_concepts() -> None:
    with pytest.raises(DomainDataError, match=r"(?s)\[membership\].*unknown concepts \['tally'\].*concepts.toml"):
        load_slot_measures(SLOT.replace('kinds = ["count"]', 'kinds = ["count"]\nany_cue = ["meet", "tally"]'))


def test_a_slot_measure_is_read_from_a_figure_or_a_statement_never_both() -> None:
    with pytest.raises(DomainDataError, match=r"(?s)\[said\].*either from a figure or from a statement"):
        load_slot_measures(SLOT.replace('statement = "quotation"', 'statement = "quotation"\nfigure = "count"'))
    with pytest.raises(DomainDataError, match=r"(?s)\[membership\].*needs the kinds"):
        load_slot_measures(SLOT.replace('kinds = ["count"]', ""))
    with pytest.raises(DomainDataError, match=r"(?s)\[said\].*statement.*'quotation'"):
        load_slot_measures(SLOT.replace('statement = "quotation"', 'statement = "gossip"'))


def test_a_figure_is_its_measures_when_the_cues_around_it_say_so() -> None:
    share = SLOT_MEASURES[measure_in_role(MeasureRole.ALLIANCE_SHARE)]
    assert share.reads({"share"}, ["the", "us"], names_a_part=False)
    assert share.reads(set(), ["of", "the", "total"], names_a_part=False)
    assert not share.reads(set(), ["of", "the", "economy"], names_a_part=False)
    part = next(slot for slot in SLOT_MEASURES.values() if slot.names_a_part)
    assert not part.reads(set(), [], names_a_part=False) and part.reads(set(), [], names_a_part=True)


def test_a_shared_list_may_name_another_and_an_unknown_one_is_rejected() -> None:
    words = load_shared_words('[words]\nspend = ["spend"]\nmoney = ["@spend", "@currency_names", "cash"]')
    assert {"spend", "cash", "zloty", "kroner"} <= words["money"]
    with pytest.raises(DomainDataError, match=r"\[words\] money: no word list '@coins'"):
        load_shared_words('[words]\nmoney = ["@coins", "cash"]')


def test_money_words_name_every_currency_as_people_name_and_type_it() -> None:
    assert {"zloty", "kroner", "euros", "nok", "pln", "dollars", "billion"} <= SHARED_WORDS["money"]


def test_an_office_must_be_a_title_of_roles_toml() -> None:
    text = MINIMAL.replace('role = "membership"', 'office = "Grand Vizier"')
    with pytest.raises(DomainDataError, match=r"(?s)measure 'membership'.*unknown office 'Grand Vizier'.*roles.toml"):
        load_measures(text)
    assert office_measures()["Secretary General"] in SLOT_MEASURES


def test_only_the_measures_naming_an_office_are_read_as_an_offices_holder() -> None:
    with pytest.raises(DomainDataError, match=r"(?s)\[said\].*an office's holder is read by the measures that name"):
        load_slot_measures(SLOT.replace('statement = "quotation"', 'statement = "office"'))


def test_the_part_a_goal_s_level_is_to_go_to_is_named_in_its_statement(tmp_path: Path) -> None:
    """'at least 3.5% of GDP is to go to core defence requirements': the part is 'core defence requirements', so the
    statement says what the level goes to once ('goes to go to …' before)."""
    report = Path(__file__).parents[2] / "knowledge" / "evaluation_holdout52" / "documents"
    folder = staged_folder(tmp_path / "report", report / "nato_pa_burden_sharing_report.md", None)
    parts = [fact for fact in build_knowledge_base(folder).facts if fact.value == 3.5]
    assert parts
    assert all("for core defence requirements" in fact.qualifiers for fact in parts)
