"""Cue words of the open fact model, loaded from `knowledge/domain/cues.toml` and validated on load.

Words are folded the same way on both sides (`fold`), and phrases are matched as tuples of folded words.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from knowledge.words import unmarked

DATA = Path(__file__).parent / "domain"
SHORT_FORM_LETTERS = re.compile(r"[^\W\d_]+")  # the letters of 'RDT&E' as tokens: 'RDT', 'E'


@lru_cache(maxsize=1 << 16)  # a word folds the same every time; questions and documents fold the same words again
def fold(word: str) -> str:
    """Lower case, accents removed, possessive 's and outer dots dropped: "Russia's" -> "russia"."""
    text = unmarked(word)
    text = text.replace("’", "'").casefold()
    dotted = text.count(".") > 1 or text.endswith(".")
    text = text.replace(".", "") if dotted else text
    if text.endswith(("'s", "'")):
        text = text[: -2 if text.endswith("'s") else -1]
    return text


def phrase_words(phrase: str) -> tuple[str, ...]:
    return tuple(fold(word) for word in phrase.split())


class Phrases:
    """A set of phrases, matched on folded words."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = {phrase_words(phrase) for phrase in phrases if phrase.strip()}
        self.longest = max((len(p) for p in self.phrases), default=0)

    def ending_at(self, words: Sequence[str], end: int) -> int:
        """Length of the longest phrase ending just before `end`, or 0."""
        for length in range(min(self.longest, end), 0, -1):
            if tuple(words[end - length : end]) in self.phrases:
                return length
        return 0

    def starting_at(self, words: Sequence[str], start: int) -> int:
        """Length of the longest phrase starting at `start`, or 0."""
        for length in range(min(self.longest, len(words) - start), 0, -1):
            if tuple(words[start : start + length]) in self.phrases:
                return length
        return 0

    def within(self, words: Sequence[str], start: int, end: int) -> bool:
        """Whether a phrase lies wholly inside words[start:end] (no copy of the words per position)."""
        end = min(end, len(words))
        return any(
            tuple(words[index : index + length]) in self.phrases
            for index in range(max(0, start), end)
            for length in range(min(self.longest, end - index), 0, -1)
        )


class SpelledNumbers(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    units: dict[str, int]
    tens: dict[str, int]
    hundred: str
    thousand: str = "thousand"
    joiner: str
    decimal_point: str
    fractions: dict[str, float]
    figure_units: tuple[str, ...] = ()
    one_words: tuple[str, ...] = ()
    large_scales: dict[str, float] = {}


class ClaimCues(BaseModel):
    """Words that mark a figure as someone's claim, or as one the text denies, rather than the subject's figure."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    labels: list[str]  # a paragraph opening 'Claim:' states what someone claimed
    verdict_labels: list[str]  # a paragraph opening 'Verdict:' rates the claim of its section
    verdict_words: list[str]  # a sentence opening 'That is false' rates what the one before it says was said
    verbs: list[str]  # 'X claimed that …': the figures after the verb are claimed
    negators: list[str]  # '2.3%, not 3%': the figure right after one is denied
    question_words: list[str]  # a question with one asks what someone claimed
    said_question_words: list[str]  # 'what did the minister say?': a claim's own sentence, in words, answers it
    reported_question_words: list[str]  # 'what did Lithuania report?': the figure asked is what it reported
    superseded: list[str]  # 'An earlier version of this story said … 19.7%': the figures the text withdraws
    correcting: list[str]  # 'The correct figure is 17.9%': the figure replacing the one withdrawn
    restated_after_cut_off: list[str]  # 'about 1.4 percent—' … 'It is 1.37 percent.': the figure corrected
    correction_labels: list[str]  # 'CORRECTION: …': a paragraph withdrawing figures before its correcting words


class SuppositionCues(BaseModel):
    """Words that make a figure a supposed change a relation starts from ('a 1% rise in real GDP is associated with
    …'), no one's figure."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    openers: list[str]  # right before the figure: 'a', 'each additional'
    effects: list[str]  # after it in the sentence: 'is associated with', 'lowers'


class AllyGroupCues(BaseModel):
    """Words that make a weak name of the alliance ('allies') a group of allies ('the nine frontline allies')."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    nouns: list[str]  # the weak names a group is named with
    not_qualifiers: list[str]  # words before them that do not qualify a group ('the', 'all', 'other')
    defining_openers: list[str]  # '(those bordering Russia …)': brackets saying who is in the group
    max_qualifiers: int = Field(ge=1)


class BaseCues(BaseModel):
    """Words naming, before a sentence's figures, the total its percentages are shares of."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    openers: list[str]  # 'relative to', 'as a share of'
    leading_openers: list[str]  # 'of the': only where the sentence opens ('Of the money governments committed, …')
    pointing_back: list[str]  # '64% of them': what a percentage is of, named before it
    reach: int = Field(ge=1)  # words after the opener the total is named in


class CueFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    spelled: SpelledNumbers
    claims: ClaimCues
    suppositions: SuppositionCues
    ally_groups: AllyGroupCues
    bases: BaseCues

    numbers: dict[str, float]
    ordinals: dict[str, int]
    rank_after: list[str]
    rank_places: list[str]
    reckoning_nouns: list[str]
    locator_words: list[str]
    reference_marks: list[str]
    ordinal_rank_nouns: list[str]
    rank_before: list[str]
    rank_top: list[str]
    rank_columns: list[str]
    ranking_introductions: list[str] = []
    earlier_place_before: list[str] = []
    earlier_place_after: list[str] = []
    line_columns: list[str]
    rank_superlatives: list[str]
    rank_scopes: list[str]
    record_spans: list[str]
    scales: dict[str, float]
    currency_symbols: dict[str, str]
    shared_currency_symbols: dict[str, list[str]]
    currency_codes: list[str]
    currency_words: dict[str, str]
    shared_currency_words: dict[str, list[str]]
    currency_statement_nouns: list[str]
    scope_caveats: list[str]
    stated_currency_symbols: dict[str, list[str]]
    gdp_phrases: list[str]
    other_base_phrases: list[str]
    gdp_target_words: list[str]
    goal_part_words: list[str]
    change_words: list[str]
    change_before: list[str]
    hypothetical_moves: list[str]
    question_openers: list[str]
    asking_phrases: list[str]
    level_words: list[str]
    reach_words: list[str]
    same_time_words: list[str]
    past_tense_words: list[str]
    present_auxiliaries: list[str]
    not_past_ed_words: list[str]
    present_markers: list[str]
    guideline_events: list[str]
    loose_bounds: list[str]
    bound_particle_verbs: list[str]
    line_states: list[str]
    line_state_adverbs: list[str]
    level_time_marks: list[str]
    economy_words: list[str]
    restated_from: list[str]
    guideline_subject: str
    change_after: list[str]
    comparatives_apart: list[str]
    money_change_before: list[str]
    money_step_apposed: list[str]
    total_words: list[str]
    other_gdp_quantities: list[str]
    other_amount_quantities: list[str]
    several_together: list[str]
    defence_spending_words: list[str]
    agent_participles: list[str] = []
    collective_roles: list[str] = []
    gap_lines: list[str] = []
    price_base_after: list[str] = []
    price_base_before: list[str] = []
    price_bases: list[str] = []
    decade_parts: list[str] = []
    relative_comparison_words: list[str] = []
    level_with: list[str] = []
    share_words: list[str]
    share_owner_links: list[str]
    budget_part_phrases: list[str]
    budget_part_nouns: list[str]
    parts_of_the_amount: list[str]
    period_columns: list[str]
    budget_parts_named_after: list[str]
    count_nouns: list[str]
    time_span_openers: list[str]
    rank_bands: list[str]
    model_words: list[str]
    time_span_nouns: list[str]
    ally_nouns: list[str]
    group_nouns: list[str]
    multiplier_words: dict[str, float]
    multiple_after: list[str]
    ratio_before: list[str]
    fraction_words: dict[str, float]
    fraction_openers: list[str]
    ratio_links: list[str]
    point_words: list[str]
    percent_signs: list[str]
    multiple_pointers: list[str]
    ordinal_count_after: list[str]
    ordinal_count_after_noun: list[str]
    count_of_pointers: list[str]
    apposition: list[str]
    restated_hedges: list[str]
    point_moves: list[str]
    change_columns: list[str]
    sharpening_breaks: list[str]
    sharpening_sources: list[str]
    sharpening_reckonings: list[str]
    sharpening_hedges: list[str]
    whole_links: list[str]
    elided_count_verbs: list[str]
    elided_count_increments: list[str]
    elided_count_openers: list[str]
    counted_number_openers: list[str]
    counted_number_links: list[str]
    headcount_nouns: list[str]
    headcount_links: list[str]
    headcount_after: list[str]
    headcount_of: list[str]
    restating: list[str]
    list_links: list[str]
    respective_words: list[str]
    anaphoric_periods: list[str]
    months: list[str]
    period_prepositions: list[str]
    level_date_prepositions: list[str]
    comparison_before: list[str]
    comparison_reach: list[str]
    outdoing_verbs: list[str]
    compared_share_tails: list[str]
    equating_words: list[str]
    group_pointers: list[str]
    relative_periods: dict[str, int | str]
    carry_openers: list[str]
    restated_in: list[str]
    story_relative_periods: dict[str, int]
    counted_from_stated_year: list[str]
    spans_back: dict[str, int]
    counted_span_openers: list[str]
    counted_span_units: list[str]
    counted_span_links: list[str]
    deadline_before: list[str]
    compared_with_before: list[str]
    recurring_until: list[str]
    recurring_since: list[str]
    effective_from_before: list[str]
    event_words: list[str]
    event_date_before: list[str]
    dateline_words: list[str]
    reference_locators: list[str]
    figure_nouns: list[str]
    procedure_words: list[str]
    follow_on_labels: list[str]
    year_range_links: dict[str, list[str]]
    fiscal_year_prefixes: list[str]
    year_column_words: list[str]
    plain_year_columns: list[str]
    fraction_value_links: list[str]
    qualifiers: dict[str, list[str]]
    year_suffixes: dict[str, str]
    budget_stages: list[str]
    source_before: list[str]
    method_before: list[str]
    source_after: list[str]
    pronouns: list[str]
    generic_pronouns: list[str]
    addressed_speech: list[str]
    gathering_words: list[str]
    venue_events: list[str]
    event_clause_openers: list[str]
    count_goal_before: list[str]
    dating_events: list[str]
    plural_pronouns: list[str]
    name_joiners: list[str]
    goal_split_words: list[str]
    aside_before: list[str]
    aside_before_article: list[str]
    events_held: list[str]
    aside_after: list[str]
    adjective_names: list[str]
    owned_measure_words: list[str]
    adjective_heads: list[str]
    role_words: list[str]
    role_modifiers: list[str]
    title_words: list[str]
    honorifics: list[str]
    presiding_offices: list[str]
    members_of_parliament: list[str]
    relative_openers: list[str]
    concessive_openers: list[str]
    subordinate_openers: list[str]
    time_appositions: list[str]
    listing_openers: list[str]
    listing_closers: list[str]
    speech_verbs: list[str]
    not_names: list[str]
    budget_line_short_forms: list[str]
    law_nouns: list[str]
    compared_level_nouns: list[str]
    beneficiary_before: list[str]
    place_before: list[str]
    pointing_back: list[str]
    actor_verbs: list[str]
    actor_links: list[str]
    issuing_verbs: list[str]
    issuing_links: list[str]
    subject_verbs: list[str]
    company_nouns: list[str]
    company_suffixes: list[str]
    seat_suffixes: list[str]
    part_words: list[str]
    body_nouns: list[str]
    paid_for_before: list[str]
    placed_verbs: list[str]
    day_names: list[str]

    def capitals_naming_no_one(self) -> list[str]:
        """The capitalised words that are no one's name: not_names, and the letters of budget lines' short forms as a
        sentence's tokens split them ('RDT&E': 'RDT', 'E')."""
        letters = [part for form in self.budget_line_short_forms for part in SHORT_FORM_LETTERS.findall(form)]
        return [*self.not_names, *letters]

    @model_validator(mode="after")
    def _shared_symbols_known(self) -> CueFile:
        """A shared symbol's currencies are known codes, its plain reading (currency_symbols) one of them."""
        for symbol, codes in self.shared_currency_symbols.items():
            unknown = [code for code in codes if code not in self.currency_codes]
            if unknown or self.currency_symbols.get(symbol) not in codes:
                raise ValueError(
                    f"shared_currency_symbols[{symbol!r}]: {codes} must be currency_codes and hold its plain reading"
                )
        for word, codes in self.shared_currency_words.items():
            if any(code not in self.currency_codes for code in codes):
                raise ValueError(f"shared_currency_words[{word!r}]: {codes} must be currency_codes")
        return self


@dataclass(frozen=True)
class Cues:
    raw: CueFile
    numbers: dict[str, float]
    ordinals: dict[str, int]
    rank_after: frozenset[str]
    rank_places: Phrases
    ordinal_rank_nouns: Phrases
    rank_before: frozenset[str]
    rank_top: Phrases
    rank_superlatives: frozenset[str]
    rank_scopes: Phrases
    scales: dict[str, float]
    currency_words: Phrases
    gdp: Phrases
    other_bases: Phrases
    gdp_targets: frozenset[str]
    goal_parts: Phrases
    change: Phrases
    change_after: Phrases
    gap_lines: Phrases
    level_with: Phrases
    money_change_before: Phrases
    money_step_apposed: Phrases
    carry_openers: frozenset[str]
    restated_in: Phrases
    totals: frozenset[str]
    other_gdp_quantities: frozenset[str]
    other_amount_quantities: frozenset[str]
    defence_spending_words: frozenset[str]
    shares: Phrases
    parts: Phrases
    budget_parts: Phrases
    budget_part_nouns: Phrases
    parts_of_the_amount: Phrases
    budget_parts_after: Phrases  # the nouns and the words only a share's follower names a part by
    count_nouns: frozenset[str]
    ally_nouns: frozenset[str]
    group_nouns: frozenset[str]
    multipliers: dict[str, float]
    multiple_after: frozenset[str]
    ratio_before: Phrases
    fraction_words: Phrases
    fraction_openers: frozenset[str]
    ratio_links: Phrases
    whole_links: Phrases
    point_words: Phrases
    percent_signs: Phrases
    multiple_pointers: frozenset[str]
    ordinal_count_after: frozenset[str]
    ordinal_count_after_noun: Phrases
    count_of_pointers: frozenset[str]
    apposition: frozenset[str]
    restating: Phrases
    list_links: frozenset[str]
    respective: frozenset[str]
    anaphoric: Phrases
    months: frozenset[str]
    comparison: Phrases
    comparison_reach: Phrases
    outdoing_verbs: frozenset[str]
    compared_share_tails: Phrases
    equating: Phrases
    group_pointers: Phrases
    change_before: Phrases
    hypothetical_moves: Phrases
    question_openers: Phrases
    asking_phrases: Phrases
    levels: Phrases
    reach: frozenset[str]
    same_time: Phrases
    past_tense: frozenset[str]
    present_auxiliaries: frozenset[str]
    not_past_ed: frozenset[str]
    present_markers: frozenset[str]
    guideline_events: Phrases
    loose_bounds: Phrases
    bound_particle_verbs: frozenset[str]
    line_states: Phrases
    line_state_adverbs: frozenset[str]
    level_time_marks: Phrases
    economy: Phrases
    restated_from: Phrases
    relative: Phrases
    deadline: Phrases
    compared_with: Phrases
    recurring_until: Phrases
    recurring_since: Phrases
    effective_from: Phrases
    events: Phrases
    dateline_words: Phrases
    procedure_words: Phrases
    share_owner_links: Phrases
    counted_span_openers: Phrases
    counted_span_links: Phrases
    follow_on_labels: Phrases
    qualifiers: dict[str, Phrases]
    source_before: Phrases
    method_before: Phrases
    source_after: frozenset[str]
    pronouns: Phrases
    generic_pronouns: frozenset[str]
    addressed_speech: frozenset[str]
    gathering_words: frozenset[str]
    venue_events: frozenset[str]
    event_clause_openers: Phrases
    goal_of: Phrases
    dating_events: frozenset[str]
    plural_pronouns: frozenset[str]
    goal_splits: Phrases
    aside_before: Phrases
    aside_before_article: Phrases
    aside_after: frozenset[str]
    role_words: frozenset[str]
    role_modifiers: frozenset[str]
    title_words: frozenset[str]
    honorifics: frozenset[str]
    presiding_offices: frozenset[str]
    relative_openers: frozenset[str]
    concessive_openers: frozenset[str]
    subordinate_openers: frozenset[str]
    time_appositions: Phrases
    listing_openers: frozenset[str]
    listing_closers: frozenset[str]
    beneficiary: Phrases
    places: Phrases
    pointing_back: Phrases
    sharpening_hedges: Phrases
    sharpening_sources: Phrases
    sharpening_reckonings: Phrases

    def currency_of_words(self, words: Sequence[str]) -> str | None:
        return _folded_map(self.raw.currency_words).get(tuple(words))

    def currencies_of_word(self, word: str) -> tuple[str, ...]:
        """The currencies a word several are named by ('crowns'), else none."""
        return tuple(self.raw.shared_currency_words.get(word, ()))

    def fraction_of(self, words: Sequence[str]) -> float | None:
        """The value of a fraction said in words ('two thirds' -> 0.667)."""
        return _folded_map(self.raw.fraction_words).get(tuple(words))

    def relative_offset(self, words: Sequence[str]) -> tuple[int | str, bool] | None:
        """The offset of a relative period, and whether it counts from the story's year (else the document's)."""
        key = tuple(words)
        story = _folded_map(self.raw.story_relative_periods)
        if key in story:
            return story[key], True
        own = _folded_map(self.raw.relative_periods)
        return (own[key], False) if key in own else None


V = TypeVar("V")
_MAPS: dict[int, dict[tuple[str, ...], object]] = {}


def _folded_map(table: dict[str, V]) -> dict[tuple[str, ...], V]:
    """`table` keyed by folded phrase words, built once per table."""
    cached = _MAPS.get(id(table))
    if cached is None:
        cached = _MAPS[id(table)] = {phrase_words(key): value for key, value in table.items()}
    return cached  # type: ignore[return-value]


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(word) for word in words)


@cache
def cues(path: Path = DATA / "cues.toml") -> Cues:
    raw = CueFile.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    return Cues(
        raw=raw,
        numbers={fold(k): v for k, v in raw.numbers.items()},
        ordinals={fold(k): v for k, v in raw.ordinals.items()},
        rank_after=_folded(raw.rank_after),
        rank_places=Phrases(raw.rank_places),
        ordinal_rank_nouns=Phrases(raw.ordinal_rank_nouns),
        rank_before=_folded(raw.rank_before),
        rank_top=Phrases(raw.rank_top),
        rank_superlatives=_folded(raw.rank_superlatives),
        rank_scopes=Phrases(raw.rank_scopes),
        scales={fold(k): v for k, v in raw.scales.items()},
        currency_words=Phrases(raw.currency_words),
        gdp=Phrases(raw.gdp_phrases),
        other_bases=Phrases(raw.other_base_phrases),
        gdp_targets=_folded(raw.gdp_target_words),
        goal_parts=Phrases(raw.goal_part_words),
        change=Phrases(raw.change_words),
        change_after=Phrases(raw.change_after),
        gap_lines=Phrases(raw.gap_lines),
        level_with=Phrases(raw.level_with),
        carry_openers=_folded(raw.carry_openers),
        restated_in=Phrases(raw.restated_in),
        money_change_before=Phrases(raw.money_change_before),
        money_step_apposed=Phrases(raw.money_step_apposed),
        totals=_folded(raw.total_words),
        other_gdp_quantities=_folded(raw.other_gdp_quantities),
        other_amount_quantities=_folded(raw.other_amount_quantities),
        defence_spending_words=_folded(raw.defence_spending_words),
        shares=Phrases(raw.share_words),
        parts=Phrases(raw.part_words),
        budget_parts=Phrases(raw.budget_part_phrases),
        budget_part_nouns=Phrases(raw.budget_part_nouns),
        parts_of_the_amount=Phrases(raw.parts_of_the_amount),
        budget_parts_after=Phrases([*raw.budget_part_nouns, *raw.budget_parts_named_after]),
        count_nouns=_folded(raw.count_nouns),
        ally_nouns=_folded(raw.ally_nouns),
        group_nouns=_folded(raw.group_nouns),
        multipliers={fold(k): v for k, v in raw.multiplier_words.items()},
        multiple_after=_folded(raw.multiple_after),
        ratio_before=Phrases(raw.ratio_before),
        fraction_words=Phrases(raw.fraction_words),
        fraction_openers=_folded(raw.fraction_openers),
        ratio_links=Phrases(raw.ratio_links),
        whole_links=Phrases(raw.whole_links),
        point_words=Phrases(raw.point_words),
        percent_signs=Phrases(raw.percent_signs),
        multiple_pointers=_folded(raw.multiple_pointers),
        ordinal_count_after=_folded(raw.ordinal_count_after),
        ordinal_count_after_noun=Phrases(raw.ordinal_count_after_noun),
        count_of_pointers=_folded(raw.count_of_pointers),
        apposition=_folded(raw.apposition),
        restating=Phrases(raw.restating),
        list_links=_folded(raw.list_links),
        respective=_folded(raw.respective_words),
        anaphoric=Phrases(raw.anaphoric_periods),
        months=_folded(raw.months),
        comparison=Phrases(raw.comparison_before),
        comparison_reach=Phrases(raw.comparison_reach),
        outdoing_verbs=_folded(raw.outdoing_verbs),
        compared_share_tails=Phrases(raw.compared_share_tails),
        equating=Phrases(raw.equating_words),
        group_pointers=Phrases(raw.group_pointers),
        change_before=Phrases(raw.change_before),
        hypothetical_moves=Phrases(raw.hypothetical_moves),
        question_openers=Phrases(raw.question_openers),
        asking_phrases=Phrases(raw.asking_phrases),
        levels=Phrases(raw.level_words),
        reach=_folded(raw.reach_words),
        same_time=Phrases(raw.same_time_words),
        past_tense=_folded(raw.past_tense_words),
        present_auxiliaries=_folded(raw.present_auxiliaries),
        not_past_ed=_folded(raw.not_past_ed_words),
        present_markers=_folded(raw.present_markers),
        guideline_events=Phrases(raw.guideline_events),
        loose_bounds=Phrases(raw.loose_bounds),
        bound_particle_verbs=_folded(raw.bound_particle_verbs),
        line_states=Phrases(raw.line_states),
        line_state_adverbs=_folded(raw.line_state_adverbs),
        level_time_marks=Phrases(raw.level_time_marks),
        economy=Phrases(raw.economy_words),
        restated_from=Phrases(raw.restated_from),
        relative=Phrases([*raw.relative_periods, *raw.story_relative_periods]),
        deadline=Phrases(raw.deadline_before),
        compared_with=Phrases(raw.compared_with_before),
        recurring_until=Phrases(raw.recurring_until),
        recurring_since=Phrases(raw.recurring_since),
        effective_from=Phrases(raw.effective_from_before),
        events=Phrases(raw.event_words),
        dateline_words=Phrases(raw.dateline_words),
        procedure_words=Phrases(raw.procedure_words),
        share_owner_links=Phrases(raw.share_owner_links),
        counted_span_openers=Phrases(raw.counted_span_openers),
        counted_span_links=Phrases(raw.counted_span_links),
        follow_on_labels=Phrases(raw.follow_on_labels),
        qualifiers={name: Phrases(words) for name, words in raw.qualifiers.items()},
        source_before=Phrases(raw.source_before),
        method_before=Phrases(raw.method_before),
        source_after=_folded(raw.source_after),
        pronouns=Phrases(raw.pronouns),
        generic_pronouns=_folded(raw.generic_pronouns),
        addressed_speech=_folded(raw.addressed_speech),
        gathering_words=_folded(raw.gathering_words),
        venue_events=_folded(raw.venue_events),
        event_clause_openers=Phrases(raw.event_clause_openers),
        goal_of=Phrases(raw.count_goal_before),
        dating_events=_folded(raw.dating_events),
        plural_pronouns=_folded(raw.plural_pronouns),
        goal_splits=Phrases(raw.goal_split_words),
        aside_before=Phrases(raw.aside_before),
        aside_before_article=Phrases(raw.aside_before_article),
        aside_after=_folded(raw.aside_after),
        role_words=_folded(raw.role_words),
        role_modifiers=_folded(raw.role_modifiers),
        title_words=_folded([*raw.title_words, *raw.honorifics]),
        honorifics=_folded(raw.honorifics),
        presiding_offices=_folded(raw.presiding_offices),
        relative_openers=_folded(raw.relative_openers),
        concessive_openers=_folded(raw.concessive_openers),
        subordinate_openers=_folded(raw.subordinate_openers),
        time_appositions=Phrases(raw.time_appositions),
        listing_openers=_folded(raw.listing_openers),
        listing_closers=_folded(raw.listing_closers),
        beneficiary=Phrases(raw.beneficiary_before),
        places=Phrases(raw.place_before),
        pointing_back=Phrases(raw.pointing_back),
        sharpening_hedges=Phrases(raw.sharpening_hedges),
        sharpening_sources=Phrases(raw.sharpening_sources),
        sharpening_reckonings=Phrases(raw.sharpening_reckonings),
    )
