"""Domain words as data: named groups of allies, arithmetic cue phrases, verifier word lists.

Each concept is listed once in a TOML file beside this module and validated with a schema at load
time, so a new group or a new way of asking touches one data file, never the pipeline's code.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from knowledge.entities import DomainDataError, entity_tables
from knowledge.lexicon import NATO_ALLIES, SYNONYMS, entities_by_name, entity_aliases, normalise
from knowledge.measures import MEASURES


class Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Group(Strict):
    """A named group of allies ("the Baltic states") usable in sums, averages, rankings and lists.

    A group that is also in the entity list (North America, a region of documents) is named there once: its
    names there are the group's names too, besides its `aliases` here.
    """

    name: str
    aliases: tuple[str, ...] = Field(min_length=1)
    members: tuple[str, ...] = Field(min_length=2)

    @field_validator("members")
    @classmethod
    def _known_members(cls, members: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [member for member in members if member not in entities_by_name()]
        if unknown:
            raise ValueError(f"members unknown to the lexicon: {unknown}")
        return members

    @field_validator("aliases")
    @classmethod
    def _normalised(cls, aliases: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(normalise(alias) for alias in aliases)


class Groups(Strict):
    group: tuple[Group, ...]

    @model_validator(mode="after")
    def _each_once(self) -> Groups:
        owners: dict[tuple[str, ...], str] = {}
        for group in self.group:
            for alias in (*group.aliases, *_entity_names(group.name)):
                words = tuple(alias.split())
                owner = owners.setdefault(words, group.name)
                if owner != group.name:
                    raise ValueError(f"{alias!r} names both {owner!r} and {group.name!r}")
                if words in entity_aliases():
                    raise ValueError(f"{alias!r} of {group.name!r} already names {entity_aliases()[words]!r}")
        return self


def _entity_names(name: str) -> tuple[str, ...]:
    """The names the entity list gives a group that is also an entity, normalised."""
    entry = entity_tables().entries.get(name)
    return tuple(normalise(alias) for alias in (entry.name, *entry.aliases)) if entry else ()


class Operations(Strict):
    part_of_the_economy: tuple[str, ...]
    sum: tuple[str, ...]
    sum_of_several: tuple[str, ...]
    greater: tuple[str, ...]
    lesser: tuple[str, ...]
    average: tuple[str, ...]
    share_of_total: tuple[str, ...]
    share_of_another: tuple[str, ...]
    ratio: tuple[str, ...]
    difference: tuple[str, ...]
    difference_around: tuple[str, ...]
    margin: tuple[str, ...]
    change: tuple[str, ...]
    change_in_points: tuple[str, ...]
    basis_points: tuple[str, ...]
    change_span: tuple[str, ...]
    first: tuple[str, ...]
    gap: tuple[str, ...]
    in_any_year: tuple[str, ...]
    years_counted: tuple[str, ...]
    rank: tuple[str, ...]
    where_placed: frozenset[str]
    where_placed_by: frozenset[str]
    in_every_year: tuple[str, ...]
    excluding: tuple[str, ...]
    excluded_after: tuple[str, ...]
    excluded_one_after: tuple[str, ...]
    excluded_around: tuple[str, ...]
    reaching: tuple[str, ...]
    rises: tuple[str, ...]
    falls: tuple[str, ...]
    annual_growth: tuple[str, ...]
    streak: tuple[str, ...]

    @property
    def points_of_change(self) -> tuple[str, ...]:
        """Every word a change of a share is asked in points by: percentage points or their hundredths."""
        return (*self.change_in_points, *self.basis_points)

    @field_validator("excluded_around")
    @classmethod
    def _verb_and_particle(cls, phrases: tuple[str, ...]) -> tuple[str, ...]:
        odd = [phrase for phrase in phrases if len(phrase.split()) != 2]  # a verb and its particle
        if odd:
            raise ValueError(f"excluded_around: each entry is a verb and its particle ('leave out'), not {odd}")
        return phrases


class VerifierWords(Strict):
    neutral: frozenset[str]
    bounds_asked: dict[str, tuple[str, ...]]
    spent_on: tuple[str, ...]
    parts_after_a_general_word: tuple[str, ...]
    agreed_at: frozenset[str]
    verb_before: frozenset[str]
    verb_after: frozenset[str]
    economy_alone: frozenset[str]
    economy_not_with: frozenset[str]
    economy_not_with_words: frozenset[str]
    economy_nouns: frozenset[str]
    amount_linking_words: frozenset[str]
    spending_asked: frozenset[str]
    purchase_words: frozenset[str]
    change_concepts: frozenset[str]
    amount_asked_verbs: frozenset[str]
    goal_relations: frozenset[str]
    earlier_goal: frozenset[str]
    people_counted: frozenset[str]
    part_asked: tuple[str, ...]
    beside_a_year: frozenset[str]
    event_adverbs: frozenset[str]
    epithets: frozenset[str]
    shape: frozenset[str]
    instruction_cues: frozenset[str]
    yes_no_starts: frozenset[str]
    negated_starts: dict[str, str]
    negated_start_subjects: frozenset[str]
    confirming_starts: frozenset[str]
    figure_confirmed: frozenset[str]
    yes_no_tags: tuple[str, ...]
    alternative_openers: tuple[str, ...]
    date_tags: tuple[str, ...]
    yes_no_outright: frozenset[str]
    claim_tags: tuple[str, ...]
    basis_openers: tuple[str, ...]
    other_side_pointers: frozenset[str]
    subject_before_openers: frozenset[str]
    yes_assumed: tuple[str, ...]
    millions_asked: frozenset[str]
    thousands_asked: frozenset[str]
    billions_asked: frozenset[str]
    bare_comparisons: tuple[str, ...]
    yes_no_tests: tuple[str, ...]
    bases_after_a_test: tuple[str, ...]
    claim_verbs: frozenset[str]
    change_named: tuple[str, ...]
    real_terms: tuple[str, ...]
    current_terms: tuple[str, ...]
    measure_nouns: frozenset[str]
    business_measures: frozenset[str]
    table_words: frozenset[str]
    purpose_neutral: frozenset[str]
    part_nouns: frozenset[str]
    superlatives_greater: frozenset[str]
    superlatives_lesser: frozenset[str]
    judged_lesser: frozenset[str]
    negations: tuple[str, ...]
    change_base: tuple[str, ...]
    several_asked: tuple[str, ...]
    ranked_first: tuple[str, ...]
    ranked_last: tuple[str, ...]
    dollar_currencies: frozenset[str]
    hearsay: frozenset[str]
    per_person: tuple[str, ...]
    per_time: dict[str, tuple[str, ...]]
    duration_asked: tuple[str, ...]
    duration_units: frozenset[str]
    per_person_evidence: frozenset[str]
    amount_words: frozenset[str]
    part_given_by: tuple[str, ...]
    items_included: tuple[str, ...]
    items_asked: tuple[str, ...]
    goal_asked: frozenset[str]
    deadline_asked: tuple[str, ...]
    agreement_asked: tuple[str, ...]
    meeting_asked: tuple[str, ...]
    before_event: tuple[str, ...]
    after_event: tuple[str, ...]
    former: tuple[str, ...]
    replaced_before: tuple[str, ...]
    threshold_before: tuple[str, ...]
    day_asked: tuple[str, ...]
    text_asked: tuple[str, ...]
    thing_asked: tuple[str, ...]
    answer_types: frozenset[str]
    ordering: frozenset[str]
    share_asked: tuple[str, ...]
    share_nouns: tuple[str, ...]
    goal_nouns: frozenset[str]
    line_met: tuple[str, ...]
    goal_frames: frozenset[str]
    kind_asked: frozenset[str]
    whole_before: tuple[str, ...]
    reason_concept: str
    goal_number_words: frozenset[str]
    recency: frozenset[str]
    range_asked: frozenset[str]
    level_asked: tuple[str, ...]
    deal_nouns: frozenset[str]
    including: tuple[str, ...]
    events_of_a_year: frozenset[str]
    one_part_of: tuple[str, ...]
    present_asked: tuple[str, ...]
    present_told: tuple[str, ...]
    future_asked: tuple[str, ...]

    @property
    def scaffold(self) -> frozenset[str]:
        """Words that ask nothing of their own: the neutral ones, the shape words and the superlatives."""
        return self.neutral | self.shape | self.superlatives_greater | self.superlatives_lesser


class SourceWords(Strict):
    fillers: frozenset[str]
    data_nouns: frozenset[str]
    own_work_before: tuple[str, ...]
    own_work_after: tuple[str, ...]
    prose: tuple[str, ...]
    topic_named: tuple[str, ...]
    table: tuple[str, ...]
    publication: tuple[str, ...]
    publisher_asked: tuple[str, ...]
    author_asked: tuple[str, ...]
    reference_asked: tuple[str, ...]
    period_described: tuple[str, ...]
    numbered_parts: frozenset[str]


class AskedKinds(Strict):
    exact_date: tuple[str, ...]
    year: tuple[str, ...]
    percentage: tuple[str, ...]
    date: tuple[str, ...]
    rank: tuple[str, ...]
    share_of_gdp: tuple[str, ...]
    share_of_total: tuple[str, ...]
    count: tuple[str, ...]
    change: tuple[str, ...]
    money: tuple[str, ...]
    reason: tuple[str, ...]
    name: tuple[str, ...]
    breakdown: tuple[str, ...]


class TableQuestionWords(Strict):
    """The words of questions over a whole table (knowledge/aggregate.py): conditions, directions, cues."""

    below: tuple[str, ...]
    above: tuple[str, ...]
    holding: frozenset[str]
    before_a_held_line: frozenset[str]
    negation_fillers: tuple[str, ...]
    strict: tuple[str, ...]
    widening_words: frozenset[str]
    inclusive: tuple[str, ...]
    decrease: tuple[str, ...]
    increase: tuple[str, ...]
    list_cues: tuple[str, ...]
    closest: tuple[str, ...]
    short_of_the_line: tuple[str, ...]
    trend_cues: tuple[str, ...]
    span_words: frozenset[str]
    derived_cues: tuple[str, ...]
    percentage_forms: tuple[str, ...]
    any_member: tuple[str, ...]
    only_one: tuple[str, ...]
    anyone: tuple[str, ...]
    order_words: frozenset[str]
    each_ally: tuple[str, ...]
    listing_requests: frozenset[str]
    every_member: tuple[str, ...]
    before_every_member: frozenset[str]
    taken_as_one: tuple[str, ...]
    placing_verbs: frozenset[str]
    place_nouns: frozenset[str]
    counted_words: frozenset[str]
    european: frozenset[str]
    outside_europe: str
    owner_nouns: frozenset[str]
    owner_askers: frozenset[str]
    level_words: frozenset[str]


class ViewWords(Strict):
    judgement: tuple[str, ...]
    opinion: tuple[str, ...]


class PremiseWords(Strict):
    """A figure told as a premise ('France had about 300,000 troops in 2018, right?'): how its rounding and its
    bound read, and the words around a figure that make it a line tested against, not a claim."""

    hedges: tuple[str, ...]
    at_least: tuple[str, ...]
    reaching: tuple[str, ...]
    at_most: tuple[str, ...]
    fractions: dict[str, float]
    scales: dict[str, float]
    presupposing: frozenset[str]
    conclusions: tuple[str, ...]
    pointers: frozenset[str]
    negations: frozenset[str]
    for_every_time: frozenset[str]
    for_some_time: frozenset[str]
    labels: frozenset[str]
    counted: frozenset[str]
    prose_sources: frozenset[str]
    requests: tuple[str, ...]
    units: tuple[str, ...]
    asked_in_place: dict[str, str]


class QuotedClaimWords(Strict):
    """A claim quoted inside a message: the words of an ask checking it, and how it is read again."""

    checks: frozenset[str]
    fillers: frozenset[str]
    checked_things: frozenset[str]
    tag: str
    which_ally: str
    years_checked: frozenset[str]
    year_prepositions: tuple[str, ...]
    figures_asked: frozenset[str]
    share_asked: str
    figure_openers: frozenset[str]
    negations: dict[str, str]
    denials: tuple[str, ...]
    relatives: frozenset[str]


class TimeAgo(Strict):
    """'ten years ago', 'a decade ago': the word counting back, and the years each unit before it spans."""

    word: str
    from_another_year: dict[str, int]
    units: dict[str, int]
    one: frozenset[str]


class FollowUpWords(Strict):
    source_asked: tuple[str, ...]
    remainder: tuple[str, ...]
    between_figures: frozenset[str]
    part_heads: tuple[str, ...]
    openers: tuple[str, ...]
    fillers: frozenset[str]
    several_pointed_at: frozenset[str]
    there_or_then: frozenset[str]
    adding_one: tuple[str, ...]
    rest_of_group: frozenset[str]
    kept_the_same: frozenset[str]
    comparing: tuple[str, ...]
    difference_asked: str
    since: frozenset[str]
    same_span: tuple[str, ...]
    ranking_ends: dict[str, str]


class QuantityWords(Strict):
    gap_in_points: tuple[str, ...]
    gap_relations: frozenset[str]
    missed: frozenset[str]
    shortfall: frozenset[str]
    unknown_nouns: frozenset[str]
    price_measures: frozenset[str]
    measure_heads: frozenset[str]
    countable: frozenset[str]
    amount: tuple[str, ...]
    amount_in_words: tuple[str, ...]
    amount_totals: frozenset[str]
    count_short_forms: tuple[str, ...]
    basis_ruled_out: tuple[str, ...]
    basis_left: dict[str, str]
    count_at_an_end: frozenset[str]
    count_verb_after: frozenset[str]
    amount_verbs: tuple[str, ...]
    amount_by_what: tuple[str, ...]
    spending_verbs: frozenset[str]
    current_basis: frozenset[str]
    increment_words: tuple[str, ...]
    increment_asked: tuple[str, ...]
    addition_openers: tuple[str, ...]
    wholes_stated: tuple[str, ...]
    whole_openers: tuple[str, ...]
    priced: tuple[str, ...]
    extra_asked: tuple[str, ...]
    amount_nouns: tuple[str, ...]
    time_units: frozenset[str]
    real_change: tuple[str, ...]
    real_terms_of_a_change: tuple[str, ...]
    real_change_basis: frozenset[str]
    price_nouns: frozenset[str]


class PronounUs(Strict):
    """When 'us' is the United States and when the asker."""

    alias: str
    written_as_country: re.Pattern[str]
    country_followers: frozenset[str]
    pairings: frozenset[str]
    measures_after: frozenset[str]
    addressing: frozenset[str]
    storytelling: frozenset[str]
    prepositions: frozenset[str]

    @property
    def pronoun_context(self) -> frozenset[str]:
        """The words a pronoun 'us' follows: the verbs addressing the asker or telling of them, the prepositions."""
        return self.addressing | self.storytelling | self.prepositions


class AskerWords(Strict):
    """The asker's own ally named in the first person, and what answers for it (questions.toml [askers])."""

    before: tuple[str, ...]
    after: frozenset[str]
    telling_after: tuple[str, ...]
    group_of_askers: tuple[str, ...]
    counts: dict[str, int]
    us_followers: frozenset[str]
    before_of_us: frozenset[str]
    whole_kinds: frozenset[str]
    asked_only_kinds: frozenset[str]
    measured_kinds: frozenset[str]
    whole_open_kinds: frozenset[str]


class IntentWords(Strict):
    """The words telling what kind of question a message is (knowledge/ask/intent.py)."""

    help_requests: tuple[str, ...]
    about_the_bot: tuple[str, ...]
    help_topic: frozenset[str]
    share_words: frozenset[str]
    share_phrases: tuple[str, ...]
    qualifying_leads: frozenset[str]
    profile_words: frozenset[str]
    summary: tuple[str, ...]
    summary_nouns: tuple[str, ...]
    split_words: frozenset[str]
    member_singulars: frozenset[str]
    whole_words: frozenset[str]
    whole_alliance_names: frozenset[str]

    @field_validator("whole_alliance_names")
    @classmethod
    def _names_of_the_alliance(cls, names: frozenset[str]) -> frozenset[str]:
        others = sorted(name for name in names if entity_aliases().get(tuple(name.split())) != NATO_ALLIES)
        if others:
            raise ValueError(f"not names of {NATO_ALLIES!r} in entities.toml: {others}")
        return names

    @property
    def member_words(self) -> frozenset[str]:
        """One word for the allies as members: the concept 'members' (concepts.toml) and the singulars."""
        return members_concept_words() | self.member_singulars


@cache
def alliance_words() -> frozenset[str]:
    """The alliance's one-word names in entities.toml ('nato', 'alliance'), normalised."""
    return frozenset(name for name in _entity_names(NATO_ALLIES) if " " not in name)


def members_concept_words() -> frozenset[str]:
    """The one-word names of the concept 'members' ('allies', 'member states' being two words)."""
    return frozenset(word for word in SYNONYMS["members"] if " " not in word)


class LetterWords(Strict):
    """A message's frame as a letter is written (knowledge/letters.py): salutation, closing and signature (the
    honorifics before its names are cues.toml's, listed once for documents and questions)."""

    salutations: tuple[str, ...]
    addressed: tuple[str, ...]
    longest_addressee: int = Field(ge=1)
    closings: tuple[str, ...]
    longest_signature: int = Field(ge=1)
    clarifying_leads: tuple[str, ...]
    courtesy_requests: tuple[str, ...]
    courtesy_clauses: tuple[str, ...]


class NumberHomophones(Strict):
    """Words a dictated question's transcript writes for a number word, read as it before a unit ('too percent')."""

    words: dict[str, str]
    units: tuple[str, ...]


class ProceedingsWords(Strict):
    """The formal voice of a debate (knowledge/proceedings.py): the asker and the bot in the third person."""

    addressees: tuple[str, ...]
    askers: tuple[str, ...]
    audiences: tuple[str, ...]
    telling_verbs: tuple[str, ...]
    verbs: dict[str, str]
    longest_aside: int = Field(ge=1)
    labels: tuple[str, ...]


class WorksheetWords(Strict):
    """A message's frame as an assignment sheet is written (knowledge/worksheets.py): the labels numbering its
    tasks ('Q3a)', 'Task 2b:', 'Part (c).'), and the tasks it sets (knowledge/ask/tasks.py): 'Fill in the blank:',
    'True or false:', 'Name the ally that …'."""

    labels: tuple[str, ...]
    instructions: tuple[str, ...]
    truth_asked: tuple[str, ...]
    name_requests: tuple[str, ...]
    sum_requests: tuple[str, ...]


class SuppositionWords(Strict):
    """A supposition before the question, a line an ally had reached ('Had Spain hit 2% of GDP in 2024, how many
    more dollars would it have spent?'): questions.toml [suppositions], read by knowledge/ask/suppositions.py."""

    inverted: tuple[str, ...] = Field(min_length=1)
    openers: tuple[str, ...] = Field(min_length=1)
    reaching: tuple[str, ...] = Field(min_length=1)
    asks_more: tuple[str, ...] = Field(min_length=1)


class SeriesWords(Strict):
    """The words of questions over one subject's series of years (knowledge/ask/series.py): kept apart from the
    operations, whose words the verifier reads as asking nothing of their own ('peak' asks something in 'peak
    times')."""

    highest: tuple[str, ...]
    lowest: tuple[str, ...]
    below: tuple[str, ...]  # a line tested from below ('fell short of 2%'); the others test it at or above
    period_nouns: tuple[str, ...]
    either_way: tuple[str, ...]


class ExclusionWords(Strict):
    """What a question leaves out or refuses (knowledge/ask/exclusions.py, the question reader): kept apart from
    the operations, whose words the verifier reads as scaffolding that asks nothing."""

    excluded_skipped: frozenset[str]
    included_after: frozenset[str]
    refused_openers: frozenset[str]
    refused_basis_words: frozenset[str]
    excluded_part_fillers: frozenset[str]
    part_left_out_in_facts: frozenset[str]
    left_out_of_a_figure: tuple[str, ...]
    rest_asked: frozenset[str]
    others_of_the_field: frozenset[str]
    left_out_conditions: frozenset[str]


class QuestionWords(Strict):
    headline_measure: str
    numbered_place_order: str
    amount_measure: str
    economy_measure: str
    amount_measure_constant: str
    economy_measure_constant: str
    operations: Operations
    exclusions: ExclusionWords
    series: SeriesWords
    verifier: VerifierWords
    sources: SourceWords
    asked_kinds: AskedKinds
    abbreviations: dict[str, str]
    comparison_signs: dict[str, str]
    phrase_meanings: dict[str, str]
    number_homophones: NumberHomophones
    remark_openers: tuple[str, ...]
    figure_requests: frozenset[str]
    request_openers: tuple[str, ...]
    exclamations: tuple[str, ...]
    relative_openers: frozenset[str]
    setting_openers: tuple[str, ...]
    setting_phrases: tuple[str, ...]
    setting_subjects: frozenset[str]
    years_pointed_at: tuple[str, ...]
    source_requests: frozenset[str]
    topic_verbs: tuple[str, ...]
    guess_openers: tuple[str, ...]
    name_asking: frozenset[str]
    option_openers: tuple[str, ...]
    asker_datives: tuple[str, ...]
    leading_connectives: frozenset[str]
    asking_hedges: frozenset[str]
    asking_prepositions: frozenset[str]
    articles: frozenset[str]
    refusing_openers: frozenset[str]
    refusing_phrases: tuple[str, ...]
    time_described: tuple[str, ...]
    doubts_offered: tuple[str, ...]
    choice_words: frozenset[str]
    third_person: frozenset[str]
    claim_pointers: frozenset[str]
    possessive_third_person: frozenset[str]
    referring_openers: frozenset[str]
    remark_pronouns: tuple[str, ...]
    heard_from: frozenset[str]
    others_spoken_of: frozenset[str]
    remark_words: tuple[str, ...]
    purpose_determiners: tuple[str, ...]
    purpose_nouns: tuple[str, ...]
    speaking_as: dict[str, str]
    request_leads: tuple[str, ...]
    basis_instructions: tuple[str, ...]
    self_corrections: tuple[str, ...]
    requests_after: tuple[str, ...]
    sides_parted_by: frozenset[str]
    ratio_to_the_economy: tuple[str, ...]
    codes_beside_codes: frozenset[str]
    list_connectors: frozenset[str]
    basis_words: frozenset[str]
    source_openers: frozenset[str]
    data_openers: frozenset[str]
    source_verbs: frozenset[str]
    events_held: frozenset[str]
    excluding_in_rankings: tuple[str, ...]
    interrogatives: tuple[str, ...]
    whom_asked: frozenset[str]
    person_asked: frozenset[str]
    reported_asking: tuple[str, ...]
    modals_after_subject: frozenset[str]
    modals_said_passively: dict[str, str]
    subject_openers: frozenset[str]
    small_talk: tuple[str, ...]
    bot_names: tuple[str, ...]
    slang: tuple[str, ...]
    answer_forms: tuple[str, ...]
    answer_form_grains: tuple[str, ...]
    letters: LetterWords
    proceedings: ProceedingsWords
    worksheets: WorksheetWords
    suppositions: SuppositionWords
    year_asked: frozenset[str]
    time_asked: frozenset[str]
    pronoun_us: PronounUs
    askers: AskerWords
    intent: IntentWords
    question_continuations: tuple[str, ...]
    list_joiners: tuple[str, ...]
    follow_ups: FollowUpWords
    relative_years: dict[str, int]
    dated_years: dict[str, int]
    time_ago: TimeAgo
    table_questions: TableQuestionWords
    shares_of_amounts: dict[str, str]
    table_measure_kinds: dict[str, tuple[str, ...]]
    quantities: QuantityWords
    views: ViewWords
    premises: PremiseWords
    quoted_claims: QuotedClaimWords

    @model_validator(mode="after")
    def _known_measures(self) -> QuestionWords:
        named = {
            "headline_measure": [self.headline_measure],
            "amount_measure": [self.amount_measure],
            "economy_measure": [self.economy_measure],
            "measures_constant": [self.amount_measure_constant, self.economy_measure_constant],
            "shares_of_amounts": [*self.shares_of_amounts, *self.shares_of_amounts.values()],
            "table_measure_kinds": [key for keys in self.table_measure_kinds.values() for key in keys],
        }
        for field, keys in named.items():
            unknown = sorted(key for key in keys if key not in MEASURES)
            if unknown:
                raise ValueError(f"{field} names no measure of measures.toml: {unknown}")
        return self

    def kind_of_measure(self, measure: str) -> str | None:
        return next((kind for kind, keys in self.table_measure_kinds.items() if measure in keys), None)


class OtherLanguage(Strict):
    """One language members write in (languages.toml): English meaning -> the language's words for it."""

    words: dict[str, tuple[str, ...]] = Field(min_length=1)  # no English word: read anywhere, and tell the language
    shared: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # also English words: read only in its messages
    names: dict[str, tuple[str, ...]] = Field(default_factory=dict)  # places: read anywhere, telling no language


class OtherLanguages(Strict):
    language: dict[str, OtherLanguage] = Field(min_length=1)

    @model_validator(mode="after")
    def _each_word_once(self) -> OtherLanguages:
        for name, language in self.language.items():
            for kind in ("words", "shared", "names"):
                typed = [word for said in getattr(language, kind).values() for word in said]
                twice = sorted({word for word in typed if typed.count(word) > 1})
                if twice:
                    raise ValueError(f"{name}.{kind}: words meaning two things: {twice}")
        return self


class RankedRole(Strict):
    """An ally named by what it is ranked on ('the biggest spender'): its nouns, and the measure asked for it."""

    nouns: tuple[str, ...] = Field(min_length=1)
    ranks: str = Field(min_length=1)


class DescriptionWords(Strict):
    """The words of a description standing for one ally's name (descriptions.toml; knowledge/ask/described.py)."""

    heads: tuple[str, ...] = Field(min_length=1)
    links: dict[str, str] = Field(min_length=1)
    highest: tuple[str, ...] = Field(min_length=1)
    lowest: tuple[str, ...] = Field(min_length=1)
    ordinals: dict[str, str]
    alliance: tuple[str, ...]
    alliance_after: tuple[str, ...]
    roles: tuple[RankedRole, ...] = Field(min_length=1)
    measure_ends: frozenset[str]
    same_year: tuple[str, ...]
    wider_scopes: tuple[str, ...]
    longest_measure: int = Field(ge=1)
    host_nouns: tuple[str, ...]
    hosting: tuple[str, ...]
    where: str
    place_verbs: frozenset[str]
    other: frozenset[str]
    besides: tuple[str, ...]

    @model_validator(mode="after")
    def _each_end_once(self) -> DescriptionWords:
        twice = set(self.highest) & set(self.lowest)
        if twice:
            raise ValueError(f"words naming both ends of a ranking: {sorted(twice)}")
        return self


@cache
def descriptions() -> DescriptionWords:
    try:
        return DescriptionWords.model_validate(_read("descriptions.toml"))
    except ValidationError as error:
        raise DomainDataError(f"descriptions.toml: {error}") from error


def _read(name: str) -> dict[str, object]:
    return tomllib.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


@cache
def groups() -> tuple[Group, ...]:
    try:
        return Groups.model_validate(_read("groups.toml")).group
    except ValidationError as error:
        raise DomainDataError(f"groups.toml: {error}") from error


@cache
def group_aliases() -> dict[tuple[str, ...], str]:
    return {
        tuple(alias.split()): group.name for group in groups() for alias in (*group.aliases, *_entity_names(group.name))
    }


@cache
def group_members() -> dict[str, tuple[str, ...]]:
    return {group.name: group.members for group in groups()}


@cache
def other_languages() -> dict[str, OtherLanguage]:
    try:
        return OtherLanguages.model_validate(_read("languages.toml")).language
    except ValidationError as error:
        raise DomainDataError(f"languages.toml: {error}") from error


@cache
def question_words() -> QuestionWords:
    return QuestionWords.model_validate(_read("questions.toml"))


def names_a_goal(words: Sequence[str], end: int) -> bool:
    """The figure ending at word `end` is a goal's name ('the 5% pledge', 'the 2 percent guideline'): a goal noun
    follows it, past the words that may stand between."""
    verifier = question_words().verifier
    following = [word for word in words[end : end + 4] if word not in verifier.goal_number_words]
    return bool(following) and following[0] in verifier.goal_nouns


class SeriesTimeWords(Strict):
    """The words naming the data's own range: its ends, its last years counted, all of it."""

    nouns: tuple[str, ...] = Field(min_length=1)
    first: tuple[str, ...] = Field(min_length=1)
    last: tuple[str, ...] = Field(min_length=1)
    bare_first: tuple[str, ...]
    bare_last: tuple[str, ...]
    last_years: tuple[str, ...]
    spanning: tuple[str, ...]
    whole: tuple[str, ...]
    joining: tuple[str, ...]
    placing: tuple[str, ...]
    placed_by: frozenset[str]
    unread_spans: tuple[str, ...]


class EventTimeWords(Strict):
    """The nouns ending an event's name, whose year the documents date."""

    nouns: tuple[str, ...] = Field(min_length=1)
    name_words: int = Field(ge=1)


class StatedTimeWords(Strict):
    """The words beside a year naming a price base: no year to count from."""

    base_before: frozenset[str]
    part_before: frozenset[str]
    base_after: frozenset[str]
    against: frozenset[str]


class PointedTimeWords(Strict):
    year: tuple[str, ...]


class TimeWords(Strict):
    """Periods said in words (knowledge/ask/time_words.py)."""

    series: SeriesTimeWords
    events: EventTimeWords
    stated: StatedTimeWords
    pointed: PointedTimeWords


@cache
def time_words() -> TimeWords:
    try:
        return TimeWords.model_validate(_read("time_words.toml"))
    except ValidationError as error:
        raise DomainDataError(f"time_words.toml: {error}") from error
