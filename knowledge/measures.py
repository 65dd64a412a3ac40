"""What each measure means: how to phrase it, and which words in a question point at it.

Measures are domain knowledge shared by extraction (which measure a sentence states), matching (which
measure a question asks for) and answers (how to say it). Each measure is listed once, in
`domain/measures.toml`, read and validated here at start: a measure added or renamed touches that file alone.
Table measures (issue: spreadsheets) are `Measure`s too, with the sentence an answer states their figures in.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from string import Formatter
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

from knowledge.cues import cues
from knowledge.entities import DomainDataError
from knowledge.lexicon import ROLES, SYNONYMS

if TYPE_CHECKING:
    from knowledge.models import Fact

MEASURES_FILE = "measures.toml"
DEFAULT_QUESTION = "What is the {label} of {subject}{period}?"


class QuestionKind(StrEnum):
    """What a question asks for, from its wording."""

    COUNT = "count"  # how many
    SHARE = "share"  # what share / percentage
    CHANGE = "change"  # how much did it grow
    TARGET = "target"  # what is the target
    PERSON = "person"  # who
    PLACE = "place"  # where
    TEXT = "text"  # what did X call for
    AMOUNT = "amount"  # how much (money)
    TIME = "time"  # when, which year, what day
    ANY = "any"


class MeasureRole(StrEnum):
    """What the code needs one particular measure for, declared by that measure in measures.toml."""

    GOAL = "goal"  # the alliance's agreed spending goal, as a share of GDP
    MEMBERS_MEETING_GOAL = "members_meeting_goal"  # how many allies meet the goal
    MEMBERSHIP = "membership"  # how many allies there are
    ALLIANCE_SHARE = "alliance_share"  # an ally's share of the alliance's total spending


class PhrasingStyle(StrEnum):
    """How an answer states a prose measure's figure: each style is one wording in knowledge/phrasing.py."""

    ALLIANCE_SHARE = "alliance_share"
    INVESTMENT_RISE = "investment_rise"
    REAL_CHANGE = "real_change"
    MEMBERS_MEETING_GOAL = "members_meeting_goal"
    MEMBERSHIP = "membership"
    GOAL = "goal"
    GOAL_PART = "goal_part"
    OFFICE_OF_THE_ALLIANCE = "office_of_the_alliance"
    OFFICE_OF_A_COUNTRY = "office_of_a_country"
    VISIT = "visit"
    CALL = "call"
    QUOTE = "quote"
    RELEASE = "release"
    WAR = "war"


class FigureUnit(StrEnum):
    """What a table measure's figures count, as knowledge/tabular.py gives them."""

    MONEY = "money"
    PERCENT = "percent"
    PERCENT_OF_GDP = "percent_of_gdp"
    PEOPLE = "people"


class ChartStyle(BaseModel):
    """How a chart of the measure by year is titled and its axis labelled."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str
    axis: str
    guideline: bool = False  # drawn with the alliance's spending guideline as a line


QUESTION_FIELDS = frozenset({"label", "subject", "period", "target", "component"})
STATEMENT_FIELDS = frozenset({"subject", "value", "period", "estimate"})


def _template_fields(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name is not None}


class Measure(BaseModel):
    """One measure, as `domain/measures.toml` lists it (the fields are described there)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    label: str  # noun phrase: "share of total alliance defence expenditure"
    kinds: frozenset[QuestionKind]
    # Concepts (lexicon.SYNONYMS keys) of which a question must mention at least one group entirely.
    cue_sets: tuple[frozenset[str], ...] = ()
    # Words that, when a question has them, point strongly at this measure.
    keywords: frozenset[str] = frozenset()
    question: str = DEFAULT_QUESTION
    numeric: bool = True
    # When set, a question must use one of these words to be about this measure.
    required: frozenset[str] = frozenset()
    # Words that stand in for `required` when a count is asked ('how many people in poland's military').
    required_when_counted: frozenset[str] = frozenset()
    # Table measures only: how an answer states one of its figures.
    statement: str | None = None
    # The measure whose figure this one's figures are the parts of ('at least 3.5%' of the 5% target).
    parts_of: str | None = None
    # The items each of its figures adds up, each by the words naming it (pensions; pay, salaries, wages).
    items: tuple[frozenset[str], ...] = ()
    # The item people name for the whole (pay, for personnel costs that are pay and pensions): a question naming it
    # alone is answered by the whole, whose statement names every item.
    principal_item: int | None = None
    # What the code needs this measure for (at most one measure holds each role).
    role: MeasureRole | None = None
    # Prose measures only: the wording an answer states one of its figures in.
    phrasing: PhrasingStyle | None = None
    chart: ChartStyle | None = None
    # Its place among the headline figures of an ally's profile ('tell me about Poland'), first shown first.
    profile: int | None = None
    # The office whose holder the facts name, as roles.toml titles it ('Secretary General').
    office: str | None = None
    # The facts' subject is a person (who visited, who called for something, who said it).
    about_a_person: bool = False
    # Amounts in a national currency: the measure stating the same amounts in US dollars, which compare across allies.
    in_us_dollars: str | None = None
    # What the figures count, in which multiple and currency, as NATO's tables give them.
    unit: FigureUnit | None = None
    scale: float | None = None
    currency: str | None = None
    # A group's figure is its members' figures added up (amounts in one currency, people): not shares, per-head
    # figures, changes, or amounts in each ally's own currency.
    adds_up: bool = False
    # A figure that is one amount over another, in percent (a share of GDP: spending over GDP): a group's figure is
    # its members' first amounts added up over their second amounts added up, never their percentages added up.
    ratio_of: tuple[str, str] | None = None

    @field_validator("kinds")
    @classmethod
    def _some_kind(cls, kinds: frozenset[QuestionKind]) -> frozenset[QuestionKind]:
        if not kinds:
            raise ValueError("a measure answers at least one kind of question")
        return kinds

    @field_validator("office")
    @classmethod
    def _known_office(cls, office: str | None) -> str | None:
        if office is not None and office not in ROLES:
            raise ValueError(f"unknown office {office!r} (offices are the titles of roles.toml: {sorted(ROLES)})")
        return office

    @model_validator(mode="after")
    def _principal_item_listed(self) -> Measure:
        if self.principal_item is not None and not 0 <= self.principal_item < len(self.items):
            raise ValueError(f"principal_item {self.principal_item} is no place in items ({len(self.items)} listed)")
        return self

    @field_validator("question")
    @classmethod
    def _question_fields(cls, question: str) -> str:
        unknown = _template_fields(question) - QUESTION_FIELDS
        if unknown:
            raise ValueError(f"unknown placeholders {sorted(unknown)} (known: {sorted(QUESTION_FIELDS)})")
        return question

    @field_validator("statement")
    @classmethod
    def _statement_fields(cls, statement: str | None) -> str | None:
        unknown = _template_fields(statement or "") - STATEMENT_FIELDS
        if unknown:
            raise ValueError(f"unknown placeholders {sorted(unknown)} (known: {sorted(STATEMENT_FIELDS)})")
        return statement


WORD_LISTS = ("keywords", "required", "required_when_counted")


def _expand(words: object, shared: dict[str, list[str]], where: str) -> object:
    """A word list with each "@name" replaced by the words of the shared list of that name."""
    if not isinstance(words, list):
        return words  # the schema says what is wrong with it
    expanded: list[object] = []
    for word in words:
        if isinstance(word, str) and word.startswith("@"):
            if word[1:] not in shared:
                raise DomainDataError(f"{MEASURES_FILE}: {where}: no word list {word!r} in [words]")
            expanded.extend(shared[word[1:]])
        else:
            expanded.append(word)
    return expanded


def _currency_names() -> list[str]:
    """The currencies as people name them, one word each: cues.toml's currency names that are no
    code ('eur') and no US dollar (an amount in dollars is not in a national currency), and the words several
    currencies are named by ('crowns')."""
    table = cues().raw
    codes = {code.casefold() for code in table.currency_codes}
    named = {word for word, code in table.currency_words.items() if code != "USD"} | set(table.shared_currency_words)
    return sorted(word for word in named if word.isalpha() and word not in codes)


def _shared_words(data: dict[str, object]) -> dict[str, list[str]]:
    """The [words] lists, with cues.toml's currency names as "currency_names" and each "@name" in them spelled out."""
    shared = data.get("words", {})
    if isinstance(shared, dict):
        shared.setdefault("currency_names", _currency_names())
    if not isinstance(shared, dict) or not all(
        isinstance(words, list) and all(isinstance(word, str) for word in words) for words in shared.values()
    ):
        raise DomainDataError(f"{MEASURES_FILE}: [words] must name lists of words")
    return {name: _expand(words, shared, f"[words] {name}") for name, words in shared.items()}  # type: ignore[misc]


def _parse(data: dict[str, object]) -> tuple[tuple[Measure, ...], tuple[Measure, ...]]:
    """Prose measures and table measures from the file's data; DomainDataError naming the measure at fault."""
    unknown = set(data) - {"words", "measure", "table_measure"}
    if unknown:
        raise DomainDataError(
            f"{MEASURES_FILE}: unknown tables {sorted(unknown)} (known: words, measure, table_measure)"
        )
    shared = _shared_words(data)
    seen: set[str] = set()
    lists: list[tuple[Measure, ...]] = []
    for table in ("measure", "table_measure"):
        entries = data.get(table, [])
        if not isinstance(entries, list):
            raise DomainDataError(f"{MEASURES_FILE}: {table} must be an array of tables ([[{table}]])")
        measures = []
        for number, entry in enumerate(entries, start=1):
            key = entry.get("key") if isinstance(entry, dict) else None
            where = f"{table} {key!r}" if isinstance(key, str) else f"{table} #{number} (no key)"
            if not isinstance(entry, dict):
                raise DomainDataError(f"{MEASURES_FILE}: {where}: not a table")
            raw = {
                name: _expand(value, shared, where) if name in WORD_LISTS else value for name, value in entry.items()
            }
            try:
                measure = Measure.model_validate(raw)
            except ValidationError as error:
                raise DomainDataError(f"{MEASURES_FILE}: {where}: {error}") from error
            if measure.key in seen:
                raise DomainDataError(f"{MEASURES_FILE}: {where}: the key {measure.key!r} is listed twice")
            _check_wording(measure, table, where)
            seen.add(measure.key)
            measures.append(measure)
        lists.append(tuple(measures))
    prose, tables = lists
    _check_references((*prose, *tables))
    return prose, tables


STYLES = ", ".join(sorted(style.value for style in PhrasingStyle))


def _check_wording(measure: Measure, table: str, where: str) -> None:
    """A table measure is stated by its `statement`, a prose measure in the `phrasing` style it names."""
    if table == "table_measure" and measure.statement is None:
        raise DomainDataError(f"{MEASURES_FILE}: {where}: a table measure needs a statement")
    if table == "table_measure" and measure.phrasing is not None:
        raise DomainDataError(f"{MEASURES_FILE}: {where}: a table measure is phrased by its statement")
    if table == "measure" and measure.statement is not None:
        raise DomainDataError(f"{MEASURES_FILE}: {where}: a prose measure's statement is worded in phrasing.py")
    if table == "measure" and measure.phrasing is None:
        raise DomainDataError(f"{MEASURES_FILE}: {where}: a prose measure needs a phrasing (one of {STYLES})")


def _check_references(measures: tuple[Measure, ...]) -> None:
    """Measures named by other measures exist, and each role is held by one measure at most."""
    keys = {measure.key for measure in measures}
    holders: dict[MeasureRole, str] = {}
    for measure in measures:
        for field in ("parts_of", "in_us_dollars"):
            named = getattr(measure, field)
            if named is not None and named not in keys:
                raise DomainDataError(f"{MEASURES_FILE}: measure {measure.key!r}: {field} names no measure: {named!r}")
        for named in measure.ratio_of or ():
            if named not in keys:
                raise DomainDataError(f"{MEASURES_FILE}: measure {measure.key!r}: ratio_of names no measure: {named!r}")
        if measure.role is not None:
            holder = holders.setdefault(measure.role, measure.key)
            if holder != measure.key:
                raise DomainDataError(
                    f"{MEASURES_FILE}: measure {measure.key!r}: the role {measure.role.value!r} is {holder!r}'s already"
                )


def _measures_data(text: str | None) -> dict[str, object]:
    """`domain/measures.toml` (or `text` in its format), parsed; a syntax error names the file."""
    if text is None:
        text = (Path(__file__).parent / "domain" / MEASURES_FILE).read_text(encoding="utf-8")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DomainDataError(f"{MEASURES_FILE}: {error}") from error


def load_measures(text: str | None = None) -> tuple[tuple[Measure, ...], tuple[Measure, ...]]:
    """(prose measures, table measures) from `domain/measures.toml`, or from `text` in its format."""
    return _parse(_measures_data(text))


def load_shared_words(text: str | None = None) -> dict[str, frozenset[str]]:
    """The shared word lists of `domain/measures.toml` ([words]), references spelled out."""
    return _shared(_measures_data(text))


def _shared(data: dict[str, object]) -> dict[str, frozenset[str]]:
    return {name: frozenset(words) for name, words in _shared_words(data).items()}


_SHIPPED = _measures_data(None)  # read and parsed once for both
PROSE_MEASURES, TABLE_MEASURES = _parse(_SHIPPED)
SHARED_WORDS = _shared(_SHIPPED)
# Measures of NATO's statistical tables (entity x year), as read by knowledge.tabular.
TABLE_MEASURE_KEYS = frozenset(measure.key for measure in TABLE_MEASURES)
MEASURES: dict[str, Measure] = {measure.key: measure for measure in (*PROSE_MEASURES, *TABLE_MEASURES)}
# Every word a measure is cued by ('spending', 'personnel', 'equipment'): a phrase with none of them names no measure.
MEASURE_KEYWORDS = frozenset().union(*(measure.keywords for measure in MEASURES.values()))


def measure_in_role(role: MeasureRole) -> str:
    """The key of the measure measures.toml gives `role`."""
    holder = next((measure.key for measure in MEASURES.values() if measure.role is role), None)
    if holder is None:
        raise DomainDataError(f"{MEASURES_FILE}: no measure has the role {role.value!r}")
    return holder


def sets_a_goal(fact: Fact) -> bool:
    """A fact of a measure that is a goal ('spending_target'): what allies aim at, not what they spent."""
    measure = MEASURES.get(fact.measure)
    return measure is not None and QuestionKind.TARGET in measure.kinds


def office_measures() -> dict[str, str]:
    """The measure naming each office's holder, by the office's title ('Secretary General')."""
    return {measure.office: measure.key for measure in MEASURES.values() if measure.office is not None}


def measures_where(test: Callable[[Measure], bool]) -> frozenset[str]:
    """The keys of the measures passing `test` (a property declared in measures.toml)."""
    return frozenset(measure.key for measure in MEASURES.values() if test(measure))


SLOT_MEASURES_FILE = "legacy_measures.toml"


class FigureShape(StrEnum):
    """The shapes of figure the slot extractor (knowledge/extract.py) finds in a sentence."""

    PERCENT_OF_GDP = "percent_of_gdp"  # '2% of GDP'
    PERCENT = "percent"  # '64%'
    COUNT_OF_TOTAL = "count_of_total"  # '22 of 32 allies'
    COUNT = "count"  # '32 member states'


class StatementShape(StrEnum):
    """The worded statements the slot extractor reads, each by a pattern of its own in knowledge/extract.py."""

    OFFICE = "office"  # 'NATO Secretary-General Mark Rutte'
    VISIT = "visit"  # 'visiting Washington for talks'
    CALL = "call"  # 'called for a quantum leap'
    QUOTATION = "quotation"  # '"…," Rutte wrote'
    RELEASE = "release"  # 'the report was released on Monday'
    WAR = "war"  # "Russia's war in Ukraine"


class SlotMeasure(BaseModel):
    """How the slot extractor reads one measure, as `domain/legacy_measures.toml` lists it (fields described there)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    # Which figures or statements are this measure's.
    figure: FigureShape | None = None
    all_cues: frozenset[str] = frozenset()
    any_cue: frozenset[str] = frozenset()
    any_word: frozenset[str] = frozenset()
    names_a_part: bool = False
    figure_after: frozenset[str] = frozenset()
    statement: StatementShape | None = None
    # The period and subject of its figures.
    dated_by_context: bool = True
    dates_the_paragraph: bool = True
    current_when: frozenset[str] = frozenset()
    inherits_subject: bool = False
    gives_subject: bool = False
    needs_contributor: bool = False
    counts_the_total: bool = False
    # How the open fact model must read the same sentence for a figure of it to be kept.
    kinds: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()
    sentence_has: tuple[str, ...] = ()
    sentence_lacks: tuple[str, ...] = ()
    same_period: bool = True

    @field_validator("all_cues", "any_cue")
    @classmethod
    def _known_concepts(cls, concepts: frozenset[str]) -> frozenset[str]:
        unknown = concepts - set(SYNONYMS)
        if unknown:
            raise ValueError(f"unknown concepts {sorted(unknown)} (concepts are the keys of concepts.toml)")
        return concepts

    @model_validator(mode="after")
    def _figure_or_statement(self) -> SlotMeasure:
        if (self.figure is None) == (self.statement is None):
            raise ValueError("a slot measure is read either from a figure or from a statement")
        if self.figure is not None and not self.kinds:
            raise ValueError("a figure's measure needs the kinds the open fact model may read it as")
        return self

    def reads(self, cue_concepts: set[str], words: list[str], names_a_part: bool, before: str = "") -> bool:
        """A figure of this measure's shape is this measure's, given the concepts and words around it, whether
        its sentence says which part of a whole it goes to, and the word right before it."""
        return (
            (names_a_part or not self.names_a_part)
            and (not self.figure_after or before in self.figure_after)
            and self.all_cues <= cue_concepts
            and (not (self.any_cue or self.any_word) or bool(cue_concepts & self.any_cue or self.any_word & set(words)))
        )


def load_slot_measures(text: str | None = None) -> dict[str, SlotMeasure]:
    """The slot extractor's measures, in the file's order (the order figures are tried against them)."""
    if text is None:
        text = (Path(__file__).parent / "domain" / SLOT_MEASURES_FILE).read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DomainDataError(f"{SLOT_MEASURES_FILE}: {error}") from error
    slots: dict[str, SlotMeasure] = {}
    for key, entry in data.items():
        if key not in MEASURES:
            raise DomainDataError(f"{SLOT_MEASURES_FILE}: [{key}] names no measure of {MEASURES_FILE}")
        try:
            slots[key] = SlotMeasure.model_validate(entry)
        except ValidationError as error:
            raise DomainDataError(f"{SLOT_MEASURES_FILE}: [{key}]: {error}") from error
        if (slots[key].statement is StatementShape.OFFICE) != (MEASURES[key].office is not None):
            raise DomainDataError(
                f"{SLOT_MEASURES_FILE}: [{key}]: an office's holder is read by the measures that name an office in"
                f" {MEASURES_FILE}, and by no other"
            )
    return slots


SLOT_MEASURES = load_slot_measures()


def slot_measure_reading(statement: StatementShape) -> str:
    """The measure the slot extractor gives the statements of `statement`'s shape."""
    holder = next((key for key, slot in SLOT_MEASURES.items() if slot.statement is statement), None)
    if holder is None:
        raise DomainDataError(f"{SLOT_MEASURES_FILE}: no measure reads the statements of shape {statement.value!r}")
    return holder


TABLE_BLOCKS_FILE = "table_blocks.toml"


class TableBlock(BaseModel):
    """How NATO's tables label one kind of block of figures, and its measure (`domain/table_blocks.toml`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    measure: str | None = None  # None: the block repeats another table's figures
    since_start: bool = False
    label_has: tuple[str, ...] = ()
    label_lacks: tuple[str, ...] = ()
    label_starts: tuple[str, ...] = ()
    label_is: tuple[str, ...] = ()
    label_has_digits: bool | None = None
    unit_has: tuple[str, ...] = ()
    title_starts: tuple[str, ...] = ()
    title_is: tuple[str, ...] = ()
    title_has: tuple[str, ...] = ()

    @field_validator("measure")
    @classmethod
    def _a_measure_with_a_unit(cls, key: str | None) -> str | None:
        if key is not None and key not in MEASURES:
            raise ValueError(f"{key!r} is no measure of {MEASURES_FILE}")
        if key is not None and MEASURES[key].unit is None:
            raise ValueError(f"{key!r} has no unit in {MEASURES_FILE}: its table figures would have none")
        return key

    def labels(self, label: str, unit: str, title: str, *, since_start: bool) -> bool:
        """A block with this (casefolded) label, unit line and table title is this entry's."""
        return (
            since_start == self.since_start
            and _any_in(self.label_has, label)
            and not any(phrase in label for phrase in self.label_lacks)
            and (not self.label_starts or label.startswith(self.label_starts))
            and (not self.label_is or label in self.label_is)
            and (self.label_has_digits is None or self.label_has_digits == any(char.isdigit() for char in label))
            and _any_in(self.unit_has, unit)
            and (not self.title_starts or title.startswith(self.title_starts))
            and (not self.title_is or title in self.title_is)
            and _any_in(self.title_has, title)
        )


def _any_in(phrases: tuple[str, ...], text: str) -> bool:
    return not phrases or any(phrase in text for phrase in phrases)


def load_table_blocks(text: str | None = None) -> tuple[TableBlock, ...]:
    """The table blocks' labels, in the file's order (the order a block is tried against them)."""
    if text is None:
        text = (Path(__file__).parent / "domain" / TABLE_BLOCKS_FILE).read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DomainDataError(f"{TABLE_BLOCKS_FILE}: {error}") from error
    if set(data) - {"block"} or not isinstance(data.get("block"), list):
        raise DomainDataError(f"{TABLE_BLOCKS_FILE}: the file is an array of [[block]] tables and nothing else")
    blocks = []
    for number, entry in enumerate(data["block"], start=1):
        try:
            blocks.append(TableBlock.model_validate(entry))
        except ValidationError as error:
            raise DomainDataError(f"{TABLE_BLOCKS_FILE}: block #{number}: {error}") from error
    return tuple(blocks)


TABLE_BLOCKS = load_table_blocks()
