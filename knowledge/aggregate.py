"""Questions over a whole table: rankings, lists with a condition, counts, and trends.

"Top 3 spenders", "which allies were below 2% in 2024", "how many met 2% in 2014",
"how has Germany changed since 2014". Every listed figure is a cited cell; counts
and changes show their arithmetic.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache

from knowledge import domain, lexicon
from knowledge.ask.exclusions import groups_left_out, included_in_the_field, left_out, mentions_left_out
from knowledge.ask.quantities import asks_a_difference_around, judged_lesser
from knowledge.cues import cues
from knowledge.lexicon import EntityKind
from knowledge.models import Fact, Unit
from knowledge.phrasing import format_money, format_number
from knowledge.question import Question, says_a_span_long, stem

WH_WORDS = frozenset({"what", "whats", "which", "who", "whos", "where", "when", "how", "why"})
MAGNITUDES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
FIGURE = re.compile(r"[\d.,]+%?")  # a figure as a question types it: "2", "2%", "3.5"
# A figure with its digits after the point and its magnitude: '42.3%', '441.8' (before 'thousand'), '$1.2bn'
FIGURE_TYPED = re.compile(r"(?:us)?[$€£]?(\d+)(?:\.(\d+))?(%|k|m|bn)?")
PRECISE_DIGITS = 3  # '225%' is someone's figure; '20%' and '100' are round lines
YEAR_TYPED = re.compile(r"(?:19|20)\d\d")
THRESHOLD_PHRASES = re.compile(r" (?:more|less|fewer|greater|higher|lower) than (?=(?:us)?[$€£]?\d)")
COUNT_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
FIELD_PREPOSITIONS = frozenset({"of", "among", "amongst"})  # English: 'how many of the eight countries'
FIELD_DETERMINERS = frozenset({"the"})  # 'of those four' points back at allies named before: a field known
NUMBER_WORD = r"(\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
RANKED = r"(?:top|bottom|first|last|highest|lowest|biggest|largest|smallest|most|least|leading)"
TOP_N = re.compile(
    rf"\b(?:(?:top|bottom|first|last)\s+{NUMBER_WORD}|{NUMBER_WORD}\s+{RANKED}|{RANKED}\s+{NUMBER_WORD}(?!\s*%))\b"
)


def _words() -> domain.TableQuestionWords:
    return domain.question_words().table_questions


def _greater() -> frozenset[str]:
    return domain.question_words().verifier.superlatives_greater


def _lesser() -> frozenset[str]:
    return domain.question_words().verifier.superlatives_lesser


MIN_ALLIES_RANKED = 3  # two allies named with a superlative are compared ('who spends most, spain or italy')
OPPOSITE_QUALIFIER_WORDS = 2  # 'or just below', 'or slightly above': words qualifying an opposite offered after 'or'


class Intent(StrEnum):
    RANKING = "ranking"
    LIST = "list"
    COUNT = "count"
    TREND = "trend"
    CHECK = "check"  # "did Germany hit 2% in 2024?": one ally against a threshold
    OWNER = "owner"  # "which ally spent 4.12% of GDP in 2024?": the rows holding a figure given


@dataclass
class TableQuestion:
    intent: Intent
    ascending: bool = False
    limit: int = 1
    # In the question's own units: 3 for "3%", 200,000 for "200 thousand personnel".
    threshold: float | None = None
    below: bool = False
    strict: bool = False
    # The threshold is a direction (grew or cut), not a figure the question names.
    direction: bool = False
    years: list[int] = field(default_factory=list)
    excluded: frozenset[str] = frozenset()
    within: frozenset[str] = frozenset()  # a named group's members ('the Baltic states'); empty: every ally
    place: int = 0  # 'the second highest': that place alone; 0 for the top `limit` rows
    # Each ally's row in `years[1]` against its row in `years[0]` ('a lower share in 2024 than in 2023').
    between_years: bool = False
    # 'is Luxembourg the lowest spender …?': the ally whose place at the ranking's end is asked, yes or no
    place_checked: str | None = None
    # LIST asked as yes or no: whether the ally named is the only one past the line ('was Bulgaria the only ally
    # above 3%?'), or, named as '', whether anyone is ('was anyone besides Poland over 4%?')
    only_checked: str | None = None
    # LIST: yes only if every ally in scope passes the line ('did all allies meet 2% in 2024?')
    every_checked: bool = False
    # OWNER, and CHECK of a figure claimed as typed: how far a row may lie from the figure given, half its last typed
    # digit (42.3 is any of 42.25–42.35); 0 for a CHECK of a line
    tolerance: float = 0.0
    # RANKING by how near each row is to the line `threshold` ('which ally is closest to 2%?'); with `below`, only
    # the rows short of it ('came closest without reaching it')
    closest: bool = False


def _limit(question: Question) -> int:
    """'top 5', '3 lowest', 'biggest 3', 'which 3 allies have the most': how many rows a ranking shows."""
    match = TOP_N.search(" ".join(question.words))
    if match:
        text = next(group for group in match.groups() if group)
        return int(text) if text.isdigit() else COUNT_WORDS[text]
    counts = [value for value, percent in question.numbers if not percent and value.is_integer() and 2 <= value <= 31]
    return int(counts[0]) if counts else 1


def place_asked(question: Question) -> int:
    """'second highest', '3rd lowest', 'fourth-largest': the place asked before a superlative, after a placing
    verb ('ranked third', 'came second') or before a place noun ('in third place'); 0: none."""
    ordinals = cues().raw.ordinals
    words = _words()
    words_asked = list(question.words)
    befores, afters = ["", *words_asked][: len(words_asked)], [*words_asked[1:], ""][: len(words_asked)]
    for before, word, after in zip(befores, words_asked, afters, strict=True):
        placed = after in _greater() | _lesser() or before in words.placing_verbs or after in words.place_nouns
        if ordinals.get(word, 0) >= 2 and placed:
            return ordinals[word]
    return 0


def _threshold(question: Question) -> float | None:
    percents = [value for value, percent in question.numbers if percent]
    if percents:
        return percents[0]
    amounts = _amounts(question.words)
    if amounts:
        return amounts[0]
    if question.has("target", "guideline", "benchmark", "2 percent"):
        return 2.0
    return _multiple_as_change(question)


def asks_a_multiple(question: Question) -> bool:
    """'doubled', 'tripled', 'halved': a change asked as a multiple of where it started."""
    return _multiple_as_change(question) is not None


def _without_multiple_comparison(text: str) -> str:
    """'more than doubled' compares with a multiple, not with another figure asked for."""
    return _multiple_comparison().sub(" ", text)


@cache
def _multiple_comparison() -> re.Pattern[str]:
    multiples = "|".join(re.escape(word) for word in cues().multipliers)
    return re.compile(rf" (?:more|less|fewer) than (?=(?:{multiples}) )")


def multiple_said(question: Question) -> float | None:
    """'doubled' 2, 'tripled' 3, 'halved' 0.5: the first multiple a question says, if any."""
    multipliers = cues().multipliers
    return next((multipliers[word] for word in question.words if word in multipliers), None)


def _multiple_as_change(question: Question) -> float | None:
    """'allies that doubled their real spending since 2014': a multiple is a change of (multiple − 1) × 100%."""
    multiple = multiple_said(question)
    return None if multiple is None else round((multiple - 1) * 100, 6)


def _check(question: Question, text: str) -> TableQuestion | None:
    """'Is Spain meeting 2%?', 'did Germany spend more than 3% in 2022?' — not 'how many allies met 2%'."""
    if question.has("how many", "number of", "count") or not _asks_yes_or_no(question):
        return None
    test = _test_asked(text)
    below = any(f" {cue} " in test for cue in _words().below)
    if not below and not any(f" {cue} " in test for cue in _words().above) and not _only_a_line(question):
        return None
    threshold = _threshold(question)
    if threshold is None:
        return None
    tolerance = 0.0 if below or any(f" {cue} " in test for cue in _words().above) else _precision_claimed(question)
    return TableQuestion(
        Intent.CHECK,
        threshold=threshold,
        below=below,
        strict=_strict(test),
        years=question.years,
        tolerance=tolerance,
    )


def _precision_claimed(question: Question) -> float:
    """'Canada spent 1.37% of GDP in 2024, correct?': a figure typed precisely with no line's verb or bound is also
    the figure claimed, as well as a line: it holds of a row rounding to it (1.3652 is a 1.37) as of one above it.
    How far its last digit leaves it open; 0 for a round line ('France 2% in 2024?')."""
    figures = _figures_typed(question.words)
    if len(figures) != 1:
        return 0.0
    (_, tolerance, precise) = figures[0]
    return tolerance if precise else 0.0


def _test_asked(text: str) -> str:
    """'did Slovakia hit 2% or fall short?', 'or miss it', 'at the 2% target or just below?': a test and its
    opposite offered after 'or' (a word or two may qualify it) — the words before it ask the test; '2% or below'
    only widens the line."""
    sides = (*_words().below, *_words().above)
    for joint in re.finditer(r" or (?=(\w+))", text):
        if joint.group(1) in _words().widening_words:
            continue
        after = text[joint.end() - 1 :].split()
        for skipped in range(OPPOSITE_QUALIFIER_WORDS + 1):
            rest = f" {' '.join(after[skipped:])} "
            if any(rest.startswith(f" {cue} ") for cue in sides):
                return text[: joint.start() + 1]
    return text


def _only_a_line(question: Question) -> bool:
    """'france 2% in 2024, yes or no?', 'luxembourg 2% 2024': an ally, a year and a percentage line and nothing
    else asked of them — whether the ally was at the line or above it."""
    if not _asks_yes_or_no(question) or not any(percent for _, percent in question.numbers):
        return False
    named = {word for aliases in question.aliases.values() for alias in aliases for word in alias.split()}
    # 'does the US spend 5% of GDP?': the line named as a share of GDP is still only the line
    scaffold = domain.question_words().verifier.scaffold | _share_of_gdp_words()
    return all(word in named or word in scaffold or re.fullmatch(r"[\d.]+%?", word) for word in question.content_words)


@cache
def _share_of_gdp_words() -> frozenset[str]:
    """The one-word names of a share of GDP ('gdp', 'economy')."""
    return frozenset(phrase for phrase in domain.question_words().asked_kinds.share_of_gdp if " " not in phrase)


def _asks_yes_or_no(question: Question) -> bool:
    """'Is Italy at 2%?', 'Spain meeting 2%?': yes/no; 'what year was it at 64%?' asks something else."""
    return question.opens_as_yes_or_no or (bool(question.words) and not question.word_set & WH_WORDS)


def _strict(text: str) -> bool:
    """Whether the threshold itself is left out ('more than 3%', 'below 2%') or kept in ('3% or more')."""
    if any(f" {cue} " in text for cue in _words().inclusive):
        return False
    negated = _negated_above_pattern().search(text)
    if negated is not None:
        # 'not above 2.8%' keeps 2.8% in (at or below it); 'did not reach 2%' leaves 2% out (below it)
        return negated.group("test") not in _words().strict
    return any(f" {cue} " in text for cue in (*_words().strict, *_words().below))


def _amounts(words: list[str]) -> list[float]:
    """Plain numbers with their magnitude: '200 thousand' is 200,000; '100000' is 100,000; years are not amounts."""
    amounts: list[float] = []
    for index, word in enumerate(words):
        match = re.fullmatch(r"(?:us)?[$€£]?(\d+(?:\.\d+)?)(k|m|bn)?", word)
        if not match or re.fullmatch(r"(19|20)\d\d", word):
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if following in _words().counted_words or says_a_span_long(words, index):
            continue  # "22 countries", "22 of 32": a count of allies; "the 10-year table": a span; no threshold
        magnitude = match.group(2) or following
        amounts.append(float(match.group(1)) * MAGNITUDES.get(magnitude, 1.0))
    return amounts


def _excluded(question: Question, *, ranking: bool = False) -> frozenset[str]:
    """'the biggest European spender' leaves out the North American allies (or only the US, with Canada named);
    'not counting the US' leaves out the US, and so does 'the largest army after the US' in a `ranking`; 'outside
    the Baltic states' leaves out the group's members and 'outside Europe' every European ally."""
    left = mentions_left_out(question, ranking=ranking)
    members = domain.group_members()
    named = frozenset(mention.target for mention in left) | {
        member for group in groups_left_out(question, ranking=ranking) for member in members[group]
    }
    outside = frozenset(members[_words().outside_europe])
    if any(set(mention.alias.split()) & set(_words().european) for mention in left):
        return named | (lexicon.ally_names() - outside)
    if not any(word in _words().european for word in question.words):
        return named
    return named | (outside - set(question.entities))  # 'European allies and Canada' keeps Canada


def _groups_named(question: Question) -> list[str]:
    """The groups a question asks within: 'outside the Baltic states' names a group it leaves out."""
    left = groups_left_out(question)
    mentions = lexicon.find_mentions(question.words, domain.group_aliases())
    return [mention.target for mention in mentions if mention.target not in left]


def _within(question: Question) -> frozenset[str]:
    """'the top Baltic state': rankings, lists and counts stay within the named groups' members."""
    named = _groups_named(question)
    return question.within | frozenset(member for group in named for member in domain.group_members()[group])


def group_members_named(question: Question) -> list[str]:
    """The members of the groups a question names, in the groups' order ('the Baltic states': Estonia, …)."""
    members = domain.group_members()
    return list(dict.fromkeys(member for group in _groups_named(question) for member in members[group]))


def table_question(question: Question) -> TableQuestion | None:
    """What kind of whole-table question this is, if any."""
    if _a_field_of_its_own_size(question):
        return None
    spec = _table_question(question)
    if spec is not None and spec.intent is not Intent.TREND:
        spec.within = _within(question) | spec.within
        ordered = bool(question.word_set & _words().order_words)
        if spec.intent is Intent.RANKING and spec.within and spec.limit == 1 and ordered:
            spec.limit = len(spec.within)  # 'rank the Baltic states': all of them, in order
    return spec


def _a_field_of_its_own_size(question: Question) -> bool:
    """'How many of the eight countries are expected to reach 2%?', 'which of the ten allies spent most per head?':
    a field the question names only by how many are in it, fewer than the allies the tables give figures for, is a
    document's own (its extract's eight countries); the tables cannot tell which those are, so no count, list or
    ranking over all allies answers it. A field named ('the three Baltic states') or its members named is another
    matter, and so is the whole alliance ('of the 32 allies'); 'the ten allies' names no one by 'allies'."""
    if question.within or any(lexicon.is_country(name) for name in question.entities) or _groups_named(question):
        return False
    words = question.words
    numbers = cues().raw.spelled.units  # 'eight', 'ten': a small field's size in words
    fewest_whole = len(lexicon.ally_names()) - 1  # the allies with figures: every ally but one without forces
    for at in range(2, len(words) - 1):
        said = words[at]
        size = int(said) if said.isdigit() else numbers.get(said)
        field_named = words[at - 1] in FIELD_DETERMINERS and words[at - 2] in FIELD_PREPOSITIONS
        if size is not None and field_named and words[at + 1] in cues().ally_nouns and 1 < size < fewest_whole:
            return True
    return False


def _table_question(question: Question) -> TableQuestion | None:
    text = _without_parts_named(f" {' '.join(question.words)} ")
    excepted = left_out(question, ranking=bool(question.word_set & (_greater() | _lesser())))
    counted_in = included_in_the_field(question)  # 'Finland and Sweden included': of the field, no subjects
    countries = [name for name in question.entities if lexicon.is_country(name) and name not in excepted | counted_in]
    if countries:
        joined = _joined_to_the_field(question, countries)
        return (
            (_ranking_with(question, text, joined) if joined else None)
            or _ranking_among(question, text, countries)
            or _counted_among(question, text, countries)
            or _place_checked(question, text, countries)
            or _only_checked(question, text, countries)
            or _country_question(question, text, countries)
        )
    # a figure given to name its owner first: 'a 225% real rise from 2014 to 2024 – which ally?' is no trend
    owned_or_over_years = (
        _anyone_else_checked(question, text, excepted)
        or _owner_asked(question, text)
        or _over_two_years(question, text)
    )
    if owned_or_over_years is not None:
        return owned_or_over_years
    checked = _a_whole_checked(question, text)
    if checked is not None:
        return checked
    compared = THRESHOLD_PHRASES.sub(" ", _without_multiple_comparison(text))
    # 'defence expenditure as a percentage of GDP' names the share-of-GDP column, no fraction of a stated count
    compared = _share_of_the_economy().sub(" ", compared)
    compared = _without_exclusion_words(compared)  # 'other than Luxembourg' leaves an ally out, it compares nothing
    if any(cue in compared for cue in _words().derived_cues) or _a_percentage_worked_out(question, compared):
        return None  # "how many more met than missed": arithmetic on a stated count, not a table count
    return _whole_table_question(question, text)


def _a_percentage_worked_out(question: Question, text: str) -> bool:
    """'how many allies met 2%, as a percentage?' asks a count over the whole; beside a superlative the words say
    how to give the figure of the column ranked."""
    if question.word_set & (_greater() | _lesser()):
        return False
    return any(form in text for form in _words().percentage_forms)


def _without_exclusion_words(text: str) -> str:
    """The text without the words leaving allies out ('other than', 'except'), which ask no arithmetic."""
    for phrase in sorted(domain.question_words().operations.excluding, key=len, reverse=True):
        text = text.replace(f" {phrase} ", " ")
    return text


def _without_parts_named(text: str) -> str:
    """'which country made up 64% of NATO spending?': a part of a whole named, no line made ('made 2%')."""
    for phrase in cues().raw.part_words:
        text = text.replace(f" {phrase} ", " ")
    return text


@cache
def _share_of_the_economy() -> re.Pattern[str]:
    """'as a percentage of GDP', 'proportion of its economy': a share of the economy named, however typed."""
    economies = sorted((phrase for phrase in cues().raw.gdp_phrases if phrase.startswith("of ")), key=len, reverse=True)
    shares = "percentage|proportion|share|fraction"
    return re.compile(rf" (?:as )?(?:a )?(?:{shares}) (?:{'|'.join(re.escape(e) for e in economies)}) ")


def _owner_asked(question: Question, text: str) -> TableQuestion | None:
    """'which ally spent 4.12% of GDP in 2024?', 'a 42.3% jump in 2016 – which Baltic state was that?', 'who had
    441.8 thousand troops?': one figure given to name whose it is. A line to pass ('above 3%', 'met 2%', 'the
    target'), a count or a ranking asks something else."""
    words = _words()
    if not _asks_one_owner(question.words) or question.has("how many", "number of", "count"):
        return None
    lines = (*words.below, *(cue for cue in words.above if cue not in words.level_words))
    verifier = domain.question_words().verifier
    if any(f" {cue} " in text for cue in lines) or question.has(*verifier.goal_nouns):
        return None
    figures = _figures_typed(question.words)
    if len(figures) != 1 or len(question.numbers) != 1 or question.word_set & (_greater() | _lesser()):
        return None
    value, tolerance, precise = figures[0]
    if not precise:
        return None  # '2%', '20%', '100,000': a round line to reach, no one's figure
    if any(f" {cue} " in text for cue in words.decrease) and not any(f" {cue} " in text for cue in words.increase):
        value = -abs(value)  # 'fell by 26.3%', 'a 51.2% cut': the change was a fall
    excluded = _excluded(question)
    return TableQuestion(Intent.OWNER, threshold=value, tolerance=tolerance, years=question.years, excluded=excluded)


def _asks_one_owner(words: list[str]) -> bool:
    """'who', or 'which'/'what' and, at most two words on (a group's name: 'which Baltic state'), one owner noun;
    '… by 42.3% — which one?' ends on its 'which' (the parser drops a pronoun 'one'), 'which of the Nordic allies'
    asks one of them."""
    owners = _words()
    if set(words) & owners.owner_askers or words[-1:] == ["which"] or _phrase_in(words, ("which", "of")):
        return True
    return any(
        word in {"which", "what"} and set(words[at + 1 : at + 4]) & owners.owner_nouns for at, word in enumerate(words)
    )


def _phrase_in(words: list[str], phrase: tuple[str, ...]) -> bool:
    return any(tuple(words[at : at + len(phrase)]) == phrase for at in range(len(words)))


def _figures_typed(words: list[str]) -> list[tuple[float, float, bool]]:
    """The figures a question types that are no year and count no allies, each in the units people name with how
    far its last digit leaves it open and whether it is typed precisely (digits after the point, or three digits
    that are no round zeros): '42.3%' is (42.3, 0.05, True), '441.8 thousand' (441,800, 50, True), '225%' (225,
    0.5, True), '2%' (2, 0.5, False)."""
    figures: list[tuple[float, float, bool]] = []
    for index, word in enumerate(words):
        match = FIGURE_TYPED.fullmatch(word)
        if not match or YEAR_TYPED.fullmatch(word):
            continue
        following = words[index + 1] if index + 1 < len(words) else ""
        if match.group(3) != "%" and following in _words().counted_words:
            continue  # '22 of 32' counts allies; '4.12% of GDP' is a share
        magnitude = MAGNITUDES.get(match.group(3) or following, 1.0)
        decimals = match.group(2) or ""
        value = float(f"{match.group(1)}.{decimals or 0}") * magnitude
        precise = bool(decimals) or len(match.group(1).strip("0")) >= PRECISE_DIGITS
        figures.append((value, 0.5 * 10 ** -len(decimals) * magnitude, precise))
    return figures


def _over_two_years(question: Question, text: str) -> TableQuestion | None:
    """Each ally's row in one year against another, or the alliance's own row over the years."""
    compared = _between_years(question, text) if _only_members_named(question) else None
    if compared is None and _whole_over_time(question, text):
        return TableQuestion(Intent.TREND, years=sorted(question.years))
    return compared


def _between_years(question: Question, text: str) -> TableQuestion | None:
    """'how many allies had a lower share of GDP in 2024 than in 2023?', 'which allies increased their spending
    between 2022 and 2023': each ally's row in one year against its row in the other. The year after 'than' is
    the one compared with; without one, the earlier."""
    years = list(dict.fromkeys(question.years))
    ranked = question.word_set & (_greater() | _lesser())  # 'which ally increased the most between …'
    if len(years) != 2 or question.numbers or ranked or _multiple_as_change(question) is not None:
        return None  # a line named ('above 2% in both 2023 and 2024', 'doubled') is a threshold question
    operations = domain.question_words().operations
    lower = question.has(*operations.lesser) or any(f" {cue} " in text for cue in _words().decrease)
    higher = question.has(*operations.greater) or any(f" {cue} " in text for cue in _words().increase)
    counting = question.has("how many", "number of", "count")
    if lower == higher or not (counting or any(f" {cue} " in text for cue in _words().list_cues)):
        return None
    than = re.search(r" than (?:in )?((?:19|20)\d\d) ", text)
    base = int(than.group(1)) if than else min(years)
    other = next(year for year in years if year != base)
    return TableQuestion(
        Intent.COUNT if counting else Intent.LIST,
        below=lower,
        strict=True,
        years=[base, other],
        excluded=_excluded(question),
        between_years=True,
    )


def _only_members_named(question: Question) -> bool:
    """No entity named but the allies as a field ('how many allies', 'which member states')."""
    members = domain.members_concept_words()
    said = [alias for aliases in question.aliases.values() for alias in aliases]
    return all(not lexicon.is_country(name) for name in question.entities) and all(
        set(alias.split()) <= members for alias in said
    )


def _wholes(question: Question) -> list[str]:
    """The alliance, Europe and Canada, a region: the entities named that are no single country."""
    return [name for name in question.entities if not lexicon.is_country(name)]


def _whole_over_time(question: Question, text: str) -> bool:
    """'how much did total NATO personnel change between 2014 and 2024': the change of a whole's own row."""
    wholes = _wholes(question)
    operations = domain.question_words().operations
    asks_change = question.has(*operations.change)
    # 'how many more personnel did nato have in 2024 than 2014' asks how much; 'was it higher in 2024?' yes or no
    asks_how_much = question.has(
        *(phrase for phrase in operations.difference if phrase.startswith("how "))
    ) or asks_a_difference_around(question.words)
    counted_members = _multiple_as_change(question) is not None and question.has("which", "how many", "number of")
    return (
        not counted_members  # 'how many allies doubled their real spending from 2014 to 2024' asks about each ally
        and len(wholes) == 1
        and len(question.years) == 2
        and (asks_change or asks_how_much or any(cue in text for cue in _words().trend_cues))
        and (asks_how_much or not question.word_set & (_greater() | _lesser()))
    )


def _ranking_among(question: Question, text: str, countries: list[str]) -> TableQuestion | None:
    """'among us uk fr ger it ca, who lowest %gdp 2024': a ranking whose field is the allies named."""
    if len(countries) < MIN_ALLIES_RANKED or not question.word_set & (_greater() | _lesser()):
        return None
    return _over_the_named(question, text, countries, Intent.RANKING)


def _counted_among(question: Question, text: str, countries: list[str]) -> TableQuestion | None:
    """'how many of Poland, Czechia, Slovakia and Hungary spent at least 2%?', 'how many of the Visegrad four
    (Poland, …) …': a count whose field is the allies named."""
    if len(countries) < 2 or question.opens_as_yes_or_no:
        return None
    return _over_the_named(question, text, countries, Intent.COUNT)


def _over_the_named(question: Question, text: str, countries: list[str], intent: Intent) -> TableQuestion | None:
    """The whole-table question of that intent, its field the allies named."""
    spec = _whole_table_question(question, text)
    if spec is None or spec.intent is not intent:
        return None
    spec.within = frozenset(countries)
    return spec


def _joined_to_the_field(question: Question, countries: list[str]) -> frozenset[str]:
    """'which European ally or Canada ranked highest?', 'which Baltic state or Poland …': every ally named right after
    a word for the allies and 'or' (or 'and') joins the field ranked, no subject of its own."""
    if not countries or not question.word_set & (_greater() | _lesser()):
        return frozenset()
    joined = joined_to_the_field(question.words)
    return joined if joined >= set(countries) else frozenset()


def joined_to_the_field(words: Sequence[str]) -> frozenset[str]:
    """The allies named right after a word for the allies and 'or' or 'and' ('European ally or Canada')."""
    members = {stem(word) for word in domain.members_concept_words()}
    return frozenset(
        mention.target
        for mention in lexicon.find_mentions(list(words), lexicon.entity_aliases())
        if _after_the_field(words[: mention.start], members)
    )


def _after_the_field(before: Sequence[str], members: set[str]) -> bool:
    """'… European ally or (the) …': a word for the allies, then 'or' or 'and' (and an article) right before."""
    said = list(before)
    if said[-1:] == ["the"]:
        said.pop()
    return len(said) >= 2 and said[-1] in {"or", "and"} and stem(said[-2]) in members


def _ranking_with(question: Question, text: str, joined: frozenset[str]) -> TableQuestion | None:
    """A ranking of a field named with the allies `joined` to it: a group's members and those ('which Baltic state or
    Poland'), or the allies a region's word keeps and those ('European ally or Canada': the US alone left out)."""
    ranked = _whole_table_question(question, text)
    if ranked is None or ranked.intent is not Intent.RANKING:
        return None
    ranked.excluded -= joined
    grouped = _within(question)
    ranked.within = grouped | joined if grouped else frozenset()
    return ranked


def _place_checked(question: Question, text: str, countries: list[str]) -> TableQuestion | None:
    """'confirm Luxembourg is the lowest spender as % GDP in 2024', 'was poland the top spender in 2024?': yes or
    no, by the ranking's end beside the ally named, never by the ally's own figure alone."""
    if len(countries) != 1 or not question.opens_as_yes_or_no or not lexicon.is_ally(countries[0]):
        return None
    if question.numbers or not question.word_set & (_greater() | _lesser()):
        return None
    ranked = _whole_table_question(question, text)
    if ranked is None or ranked.intent is not Intent.RANKING or ranked.limit != 1:
        return None
    ranked.place_checked = countries[0]
    ranked.excluded = ranked.excluded - {countries[0]}
    return ranked


def _anyone_else_checked(question: Question, text: str, excepted: frozenset[str]) -> TableQuestion | None:
    """'Was anyone besides Poland over 4%?': yes or no by the allies past the line, those left out aside."""
    if not question.opens_as_yes_or_no or not excepted or not question.has(*_words().anyone):
        return None
    return _only_checked(question, text, [""])


def _a_whole_checked(question: Question, text: str) -> TableQuestion | None:
    """A yes or no of every ally ('did all allies meet 2%?'), of a whole's own row ('were nato europe and canada
    together over 2% in 2023?') or of each member of a group ('did all three baltic states meet 2% in 2023?')."""
    every = _every_ally_checked(question, text)
    if every is not None:
        return every
    a_group = len(_wholes(question)) == 1 or (not question.entities and bool(_groups_named(question)))
    return _check(question, text) if a_group and question.opens_as_yes_or_no else None


def _every_ally_checked(question: Question, text: str) -> TableQuestion | None:
    """'Did all allies meet 2% in 2024?', 'was every NATO member above 1.5%?': yes only if each ally's row passes
    the line, the allies short of it listed; never the alliance's own row ('together', 'on average' take it)."""
    if not question.opens_as_yes_or_no or not _names_every_member(question.words):
        return None
    if any(f" {phrase} " in text for phrase in _words().taken_as_one):
        return None
    if [name for name in question.entities if name != lexicon.NATO_ALLIES] or _groups_named(question):
        return None
    checked = _check(question, text)
    if checked is None or checked.threshold is None:
        return None
    checked.intent = Intent.LIST
    checked.every_checked = True
    checked.excluded = _excluded(question)
    return checked


def _names_every_member(words: Sequence[str]) -> bool:
    """A word of every_member before an ally noun, only little words between ('all the allies', 'every NATO
    member', 'all 32 members')."""
    table_words = _words()
    joined = " ".join(words)
    for quantifier in table_words.every_member:
        for match in re.finditer(rf"\b{re.escape(quantifier)}\b", joined):
            rest = joined[match.end() :].split()
            rest = list(itertools.dropwhile(lambda word: word in table_words.before_every_member, rest))
            if rest and rest[0] in cues().ally_nouns:
                return True
    return False


def _only_checked(question: Question, text: str, countries: list[str]) -> TableQuestion | None:
    """'Apart from the US, was Bulgaria the only ally above 3% in 2019?': yes or no by every ally past the line,
    those left out aside, never by the named ally's own row alone; `countries` [''] asks whether anyone is."""
    if len(countries) != 1 or not question.opens_as_yes_or_no:
        return None
    if countries[0] and (not lexicon.is_ally(countries[0]) or not question.has(*_words().only_one)):
        return None
    if _names_a_direction(text):
        return None  # 'did any other ally cut by more than 10%?': a fall past a line, no level tested here
    listed = _check(question, text)
    if listed is None or listed.threshold is None:
        return None
    listed.intent = Intent.LIST
    listed.only_checked = countries[0]
    listed.excluded = _excluded(question) - {countries[0]}
    return listed


def _country_question(question: Question, text: str, countries: list[str]) -> TableQuestion | None:
    """A question naming countries: a trend over years, else a check against a threshold."""
    if any(not lexicon.is_ally(name) for name in countries):
        return None  # "US aid to Ukraine since 2022": the tables know nothing of the other country
    if any(cue in text for cue in _words().trend_cues) or len(question.years) >= 2:
        return TableQuestion(Intent.TREND, years=sorted(question.years))
    return _check(question, text)


def _negated_above(text: str) -> bool:
    """'how many allies were not meeting 2%', 'which ones aren't at 2%': a line asked of those who did not reach it."""
    return _negated_above_pattern().search(text) is not None


@cache
def _negated_above_pattern() -> re.Pattern[str]:
    negations = "|".join(map(re.escape, domain.question_words().verifier.negations))
    above = "|".join(map(re.escape, sorted(_words().above, key=len, reverse=True)))
    fillers = "|".join(map(re.escape, _words().negation_fillers))
    return re.compile(rf" (?:{negations}) (?:(?:{fillers}) )*(?P<test>{above}) ")


def _names_a_direction(text: str) -> bool:
    return any(f" {cue} " in text for cue in (*_words().decrease, *_words().increase))


def _without_missed_lines(text: str) -> str:
    """'how many fell short?' misses a line; its 'fell' is no fall of spending."""
    for phrase in _words().below:
        if " " in phrase:
            text = text.replace(f" {phrase} ", " ")
    return text


def _whole_table_question(question: Question, text: str) -> TableQuestion | None:
    """A question about every ally's row: a count or list of those past a threshold, or a ranking."""
    below = any(f" {cue} " in text for cue in _words().below) or _negated_above(text)
    counting = question.has("how many", "number of", "count")
    above = any(f" {cue} " in text for cue in _words().above) or _holds_a_line(question)
    # 'count allies 2pct 2018', 'number of allies 2% 2018': a line typed bare beside a count is the line met
    above = above or (counting and not below and _a_bare_line(question))
    multiple = _multiple_as_change(question)  # 'doubled' is a change past +100%, 'halved' one below −50%
    if multiple is not None and not question.numbers:
        above, below = multiple > 0, multiple < 0
    closest = _closest_to_a_line(question, text, below)
    if closest is not None:
        return closest
    threshold = _threshold(question) if (below or above) else None
    ranking = [word for word in question.words if word in _greater() | _lesser()]
    direction = (
        threshold is None and not ranking and not question.numbers and _names_a_direction(_without_missed_lines(text))
    )
    if direction:
        threshold, below = 0.0, any(f" {cue} " in text for cue in _words().decrease)
    strict = direction or _strict(text)
    spec = TableQuestion(
        Intent.COUNT,
        threshold=threshold,
        below=below,
        strict=strict,
        direction=direction,
        years=question.years,
        excluded=_excluded(question),
    )
    if threshold is not None and counting:
        return spec
    if threshold is not None and any(f" {cue} " in text for cue in _words().list_cues):
        spec.intent = Intent.LIST
        return spec
    place = place_asked(question)
    ranked = question.has("rank", "ranking", "ranked", "spends the most", "spend the most")
    if ranking or place or ranked or TOP_N.search(text):
        ascending = any(word in _lesser() for word in ranking) or " bottom " in text
        ascending = ascending or (bool(ranking) and judged_lesser(question.words))  # 'the biggest freeloader'
        return TableQuestion(
            Intent.RANKING,
            ascending=ascending,
            limit=_limit(question),
            place=place,
            years=question.years,
            # 'the 2nd biggest, after the us' counts the US among the places: only 'the biggest after the us' skips it
            excluded=_excluded(question, ranking=not place),
        )
    if _every_ally_asked(question, text):
        return TableQuestion(Intent.RANKING, limit=len(lexicon.ally_names()), years=question.years)
    return None


def _closest_to_a_line(question: Question, text: str, below: bool) -> TableQuestion | None:
    """'which ally is closest to 2% of GDP?', 'who came nearest to 3% in 2024 without reaching it?': the allies
    ranked by how near their figure is to the line named, those short of it alone when the question says so."""
    words = _words()
    if not any(f" {cue} " in text for cue in words.closest) or question.has("how many", "number of"):
        return None
    line = _threshold(question)
    if line is None:
        return None
    short = below or any(f" {cue} " in text for cue in words.short_of_the_line)
    return TableQuestion(
        Intent.RANKING,
        limit=_limit(question),
        threshold=line,
        below=short,
        strict=short,
        years=question.years,
        excluded=_excluded(question),
        closest=True,
    )


def _every_ally_asked(question: Question, text: str) -> bool:
    """'list every ally's share of GDP in 2024', 'defence spending by country', 'show all allies' spending': each
    ally's figure of one year, with no line, place or sum asked ('what did all allies spend together' is the
    alliance's total, 'all allies' alone its row)."""
    words = _words()
    operations = domain.question_words().operations
    if len(question.years) > 1 or any(question.has(phrase) for phrase in (*operations.sum, *operations.average)):
        return False
    if any(f" {phrase} " in text for phrase in words.each_ally):
        return True
    listed = bool(question.word_set & words.listing_requests)
    return listed and any(f" all {noun} " in text or f" all nato {noun} " in text for noun in cues().ally_nouns)


def _a_bare_line(question: Question) -> bool:
    """A percentage named with no word of comparing, growing or falling anywhere ('allies 2% 2018')."""
    comparing = _greater() | _lesser() | set(_words().increase) | set(_words().decrease)
    return any(percent for _, percent in question.numbers) and not question.word_set & comparing


def _holds_a_line(question: Question) -> bool:
    """'how many countries had already the 2 percent': a verb of having right before a figure that is no year (a
    few little words aside) asks who reached it; 'how many members does NATO have' names none."""
    years = {str(year) for year in question.years}
    words = question.words
    for at, word in enumerate(words):
        if word not in _words().holding:
            continue
        rest = list(itertools.dropwhile(lambda w: w in _words().before_a_held_line, words[at + 1 :]))
        if rest and FIGURE.fullmatch(rest[0]) and rest[0] not in years:
            return True
    return False


def is_ally_row(fact: Fact) -> bool:
    entity = lexicon.entities_by_name().get(fact.subject)
    return entity is not None and entity.kind is EntityKind.COUNTRY and entity.nato_member


def rows_in_scope(facts: list[Fact], spec: TableQuestion) -> list[Fact]:
    """The allies' rows the question is about (all, or the European ones), one per ally: where two tables
    repeat a figure, the first table's row stands."""
    rows: dict[str, Fact] = {}
    for fact in facts:
        if is_ally_row(fact) and fact.subject not in spec.excluded and (not spec.within or fact.subject in spec.within):
            rows.setdefault(fact.subject, fact)
    return list(rows.values())


def _value(fact: Fact) -> float:
    return fact.value if fact.value is not None else 0.0


def _amount(fact: Fact) -> float:
    """A figure in the units people name: 204.673 thousand personnel is 204,673."""
    return _value(fact) * (fact.scale or 1.0) if fact.unit in (Unit.PEOPLE, Unit.MONEY) else _value(fact)


def ranking(facts: list[Fact], spec: TableQuestion) -> list[Fact]:
    """The rows ranked; with a condition ('the smallest fall': those below zero), only those meeting it; by how near
    each is to the line when closeness is asked (every row, or those short of it)."""
    every_row = spec.threshold is None or (spec.closest and not spec.below)
    rows = [fact for fact in rows_in_scope(facts, spec) if every_row or meets(fact, spec)]
    if spec.closest:
        line = spec.threshold or 0.0
        rows = sorted(rows, key=lambda fact: abs(_amount(fact) - line))
    else:
        rows = sorted(rows, key=_value, reverse=not spec.ascending)
    if spec.place:
        return rows[spec.place - 1 : spec.place]
    return rows[: max(1, min(spec.limit, 31))]


def meets(fact: Fact, spec: TableQuestion) -> bool:
    """Whether one row meets the question's condition ('below 2%', 'more than 100,000', 'at least 20%')."""
    threshold = spec.threshold if spec.threshold is not None else 2.0
    if spec.tolerance and holds(fact, spec):  # 'spent 1.37%' holds of 1.3652: the figure claimed, as typed
        return True
    if spec.below:
        return _amount(fact) < threshold if spec.strict else _amount(fact) <= threshold
    return _amount(fact) > threshold if spec.strict else _amount(fact) >= threshold


def holding(facts: list[Fact], spec: TableQuestion) -> list[Fact]:
    """The rows whose figure is the one given as typed: 42.29 is a 42.3 (rounded to the digits typed)."""
    return [fact for fact in rows_in_scope(facts, spec) if holds(fact, spec)]


def holds(fact: Fact, spec: TableQuestion) -> bool:
    """Whether a fact's figure is the one given, as typed."""
    figure = spec.threshold or 0.0
    slack = spec.tolerance + 1e-9 * max(1.0, abs(figure))  # a half-digit off by float rounding still matches
    return fact.value is not None and abs(_amount(fact) - figure) <= slack


def nearest(facts: list[Fact], spec: TableQuestion) -> Fact | None:
    """The row whose figure is closest to the one given."""
    figure = spec.threshold or 0.0
    return min(rows_in_scope(facts, spec), key=lambda fact: abs(_amount(fact) - figure), default=None)


def matching(facts: list[Fact], spec: TableQuestion) -> list[Fact]:
    chosen = [fact for fact in rows_in_scope(facts, spec) if meets(fact, spec)]
    return sorted(chosen, key=_value, reverse=not spec.below)


def describe_condition(spec: TableQuestion, sample: Fact) -> str:
    if spec.closest:
        figure = figure_named(spec.threshold or 0.0, sample)
        return f"closest to {figure}{' without reaching it' if spec.below else ''}"
    if spec.direction:
        return "with a fall" if spec.below else "with a rise"
    figure = figure_named(spec.threshold if spec.threshold is not None else 2.0, sample)
    if spec.tolerance:
        return f"at or above {figure}, to the digits typed"
    if spec.below:
        return f"below {figure}" if spec.strict else f"at or below {figure}"
    return f"above {figure}" if spec.strict else f"at or above {figure}"


def figure_named(figure: float, sample: Fact) -> str:
    """A figure the question named, in the units of the column it is looked for in ('3% of GDP', '100,000
    personnel')."""
    match sample.unit:
        case Unit.PERCENT_OF_GDP:
            return f"{format_number(figure)}% of GDP"
        case Unit.PERCENT:
            return f"{format_number(figure)}%"
        case Unit.PEOPLE:
            return f"{figure:,.0f} personnel"
        case Unit.MONEY:
            return format_money(figure, sample.currency)
        case _:
            return format_number(figure)
