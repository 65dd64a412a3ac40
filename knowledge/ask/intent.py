"""What kind of question this is: its route (summary, several parts, one question), the kinds of answer it
wants (a count, a person, a place, a time, a share) and the tests the other stages ask of its words."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from knowledge import domain, lexicon
from knowledge.ask.quantities import asked_currency, asks_a_margin, asks_a_percentage, counts_people, opens_a_margin
from knowledge.lexicon import NATO_ALLIES, normalise
from knowledge.measures import QuestionKind
from knowledge.question import STOPWORDS, Question, is_chitchat, stem
from knowledge.remarks import CHITCHAT as SMALL_TALK
from knowledge.remarks import opens_a_request, without_remarks

INTENT_WORDS = domain.question_words().intent
SHARE_WORDS = INTENT_WORDS.share_words
SHARE_PHRASES = INTENT_WORDS.share_phrases
PROFILE_WORDS = INTENT_WORDS.profile_words
MULTI_PART = re.compile(
    r"\s*(?:,|;|:|\?|\band\b|\bplus\b|\bversus\b|\bvs\b\.?)\s+"
    r"(?=(?:(?:on|in|at|for|by|from)\s+)?(?:how|what|whats|who|where|which|when|the|number)\b)",
    re.I,
)
SUMMARY = INTENT_WORDS.summary
SUMMARY_NOUNS = INTENT_WORDS.summary_nouns
FOLLOW_UP_START = domain.question_words().follow_ups.openers
PERSON_PRONOUNS = frozenset({"he", "his", "him", "she", "her", "hers"})
THING_PRONOUNS = frozenset({"that", "they", "them", "their", "it", "those", "this"})
FOLLOW_UP_PRONOUNS = PERSON_PRONOUNS | THING_PRONOUNS
SPLIT_WORDS = INTENT_WORDS.split_words
MEMBER_WORDS = INTENT_WORDS.member_words
AUXILIARIES = frozenset({"is", "are", "was", "were", "did", "does", "do", "has", "have", "will", "would", "can"})
WH_WORDS = frozenset({"what", "whats", "which", "who", "whos", "where", "when", "how"})
WHOLE_WORDS = INTENT_WORDS.whole_words
WHOLE_ALLIANCE_ALIASES = INTENT_WORDS.whole_alliance_names
YEAR = re.compile(r"(?:19|20)\d\d")
ALLIANCE_WORDS = domain.alliance_words()  # 'what percentage of nato members': the members asked about


class Route(Enum):
    """Which way a message is answered."""

    EMPTY = "empty"  # no words at all
    CHITCHAT = "chitchat"  # "hi", "thanks"
    SUMMARY = "summary"  # "summarise the key numbers"
    MULTI = "multi"  # "what's the US share and how many met 2%?"
    SINGLE = "single"  # one question


@dataclass(frozen=True)
class Intent:
    route: Route
    parts: tuple[str, ...] = ()  # the questions of a several-part message


def classify(parsed: Question) -> Intent:
    if not parsed.words:
        return Intent(Route.EMPTY)
    if is_chitchat(parsed):
        return Intent(Route.CHITCHAT)
    if parsed.has(*SUMMARY) or (parsed.has(*SUMMARY_NOUNS) and not set(parsed.words) & WH_WORDS):
        return Intent(Route.SUMMARY)
    parts = split_parts(without_remarks(parsed.text))  # the sentences around what is asked are no parts of it
    if len(parts) > 1:
        return Intent(Route.MULTI, tuple(parts))
    return Intent(Route.SINGLE)


def question_kinds(question: Question) -> set[QuestionKind]:
    """The kinds of answer a question wants, from its words alone (every stage asks it of the same words again:
    worked out once per message, `forget_kinds` drops what is kept)."""
    return set(_kinds_of_words(tuple(question.words)))


@functools.lru_cache(maxsize=4096)
def _kinds_of_words(words: tuple[str, ...]) -> frozenset[QuestionKind]:
    joined = f" {' '.join(words)} "

    def has(*phrases: str) -> bool:
        return any(f" {phrase} " in joined for phrase in phrases)

    word_set = set(words)
    kinds: set[QuestionKind] = set()
    comparative = has(
        "how many times",
        "how many points",
        "how many percentage points",
        "for every dollar",
        "for every euro",
    )
    in_money = asked_currency(words) is not None  # 'how many dollars went on the military' asks an amount
    asked = domain.question_words().asked_kinds
    # 'how many percent of GDP for military?' asks a percentage: its 'how many' counts nothing
    in_percent = has(*(phrase for phrase in asked.percentage if phrase.startswith("how many")))
    counted = (has("how many", "number of", "count", "headcount") and not in_percent) or counts_people(words)
    if counted and not comparative and not in_money:
        kinds.add(QuestionKind.COUNT)
    if in_money:
        kinds.add(QuestionKind.AMOUNT)
    if word_set & {"who", "whos", "name", "whom"} or has("which country", "what country", "which ally", "which nation"):
        kinds.add(QuestionKind.PERSON)
    first = next((word for word in words if word in WH_WORDS), None)
    if first == "where" or "city" in word_set:
        kinds.add(QuestionKind.PLACE)
    if first == "when" or has("what year", "which year", "what day", "which day", "what date"):
        kinds.add(QuestionKind.TIME)
    if (word_set | {stem(word) for word in words}) & SHARE_WORDS or has(*SHARE_PHRASES):
        kinds.add(QuestionKind.SHARE)
    if asks_a_percentage(words):
        # 'what % of spain's money went on personnel' asks a share; 'by what % did it grow' a change
        kinds.add(QuestionKind.CHANGE if has(*asked.change) else QuestionKind.SHARE)
    if has(*domain.question_words().quantities.real_change) or a_change_in_real_terms(has):
        kinds.add(QuestionKind.CHANGE)
    other_kinds = kinds & {QuestionKind.COUNT, QuestionKind.SHARE, QuestionKind.CHANGE}
    if not other_kinds and _asks_what_was_spent(has, word_set):
        kinds.add(QuestionKind.AMOUNT)
    return frozenset(kinds)


def a_change_in_real_terms(has: Callable[..., bool]) -> bool:
    """'Czechia's inflation-adjusted growth', 'Romania's real-terms jump': words of real terms and of a change, apart
    as people put them."""
    return has(*domain.question_words().quantities.real_terms_of_a_change) and has(*_moving_words())


@functools.cache
def _moving_words() -> tuple[str, ...]:
    """The words of a figure rising, falling or changing ('jump', 'cut', 'change')."""
    words = domain.question_words()
    return (*words.table_questions.increase, *words.table_questions.decrease, *words.operations.change)


def _asks_what_was_spent(has: Callable[..., bool], word_set: set[str]) -> bool:
    """'how much did NATO spend in 2024?', 'what did all allies spend?': an amount of money asked in no currency, as
    the verifier reads it (quantities.count_for_amount), never 'how much of', 'how much more', 'by how much' nor
    'how much did spending grow' (a part, a difference, a change)."""
    words = domain.question_words()
    quantities, operations = words.quantities, words.operations
    if not has(*quantities.amount, *quantities.amount_by_what) or not word_set & quantities.spending_verbs:
        return False
    return not has(*words.verifier.part_asked, *operations.difference_around, *operations.margin, *_moving_words())


def forget_kinds() -> None:
    """Drop the kinds kept (benchmarks time every message as new)."""
    _kinds_of_words.cache_clear()


def asks_for_profile(question: Question) -> bool:
    """'France vs Italy', 'tell me about Poland': only allies' names and words asking for an overview."""
    named = {word for name in question.entities for alias in question.aliases.get(name, []) for word in alias.split()}
    leftover = {word for word in question.content_words if word not in named and not word.isdigit()}
    return leftover <= PROFILE_WORDS


def names_the_whole(question: Question) -> bool:
    """'NATO' or 'the alliance' can mean the whole; 'allies' and 'members' mean the member states."""
    aliases = set(question.aliases.get(NATO_ALLIES, []))
    return bool(aliases & WHOLE_ALLIANCE_ALIASES) or bool(aliases and question.word_set & WHOLE_WORDS)


def fraction_taken_of(question: Question) -> str | None:
    """'what percentage of nato members met…' → 'members'; 'how many percent of NATO total is this?' → 'total':
    the first word after a share's 'of' past the alliance's own name, or `None` when no share names its whole."""
    words = question.words
    for index, word in enumerate(words[:-1]):
        if word in {"percentage", "fraction", "proportion", "share", "percent"} and words[index + 1] == "of":
            following = [w for w in words[index + 2 : index + 5] if w not in STOPWORDS and w not in ALLIANCE_WORDS]
            return following[0] if following else None
    return None


def asks_fraction_of_members(question: Question) -> bool:
    """'what percentage of nato members met…' asks a fraction of a count, not a share of GDP."""
    return fraction_taken_of(question) in MEMBER_WORDS


def split_parts(text: str) -> list[str]:
    """'what's the US share and how many met 2%?' asks two things; 'the gap between A and B' asks one."""
    parts: list[str] = []
    start = 0
    for match in MULTI_PART.finditer(text):
        before = text[start : match.start()].lower()
        joins_operands = match.group(0).strip().lower() == "and" and not before.rstrip().endswith(",")
        if joins_operands and re.search(r"\bbetween\b(?!.*\band\b)", before):
            continue
        if normalise(text[start : match.start()]).split() in ([word] for word in WH_WORDS):
            continue  # 'when and where was the 2% guideline agreed?': both asked of one clause
        if match.group(0).strip() == ":" and not set(normalise(before).split()) & WH_WORDS:
            continue  # "US spending in constant dollars: how did it change?" — a topic, then its question
        if _compares_the_figures_before(text[match.end() :]) and not _works_out_a_figure(before):
            continue  # 'greece vs turkey 2024 % of gdp, whats the gap': one question
        if _asks_the_margin_of(before, text[match.end() :]):
            continue  # 'which spends more, the UK or France, and by how much?': a comparison and its margin
        if _names_the_measure_of_the_one_asked(before, text[match.end() :]):
            continue  # 'who tops the 2024 ranking and at what share of GDP?': ranked by that measure
        if _names_what_of_the_topic(match.group(0), before, text[match.end() :]):
            continue  # 'Türkiye military personnel, the change from 2023 to 2024?': a topic, then what of it
        parts.append(text[start : match.start()])
        start = match.end()
    parts.append(text[start:])
    # 'hey, what did poland spend?', 'thanks! and how many met 2%?': a greeting is no part of its own
    parts = [part for part in parts if part.strip() and not SMALL_TALK.fullmatch(" ".join(normalise(part).split()))]
    # 'In the article on NATO's annual report, how many … met the 2 per cent guideline?': a lead naming the source
    # of the one question after it is that question's (before several, each part is asked under it)
    return [text] if len(parts) == 2 and _names_a_source_only(parts[0]) else parts


def _names_a_source_only(part: str) -> bool:
    words = normalise(part).split()
    # a lead with a date ('Per Rutte's annual report (April 2025 coverage), …') stays a part: the tables would read
    # its year as the year asked
    if not words or set(words) & WH_WORDS or any(character.isdigit() for character in part):
        return False
    if _names_a_source(words):
        return True
    # 'According to NATO's current-dollar figures, what did Spain spend?': the alliance's data, naming no one else
    named = {mention.target for mention in lexicon.find_mentions(words, lexicon.entity_aliases())}
    return _names_a_source(words, data_nouns=True) and named <= {lexicon.NATO_ALLIES}


def qualifying_lead(part: str) -> bool:
    """'As a share of GDP, which ally spent the most?': a lead opening with a qualifying word and asking nothing
    says how the part after it is asked; it is never a part to answer alone. One stating a figure or naming a source
    ('from the 5%', 'in the annual report released thursday') has something of its own to answer."""
    words = normalise(part).split()
    if not words or words[0] not in INTENT_WORDS.qualifying_leads or set(words) & WH_WORDS:
        return False
    named = _names_a_source(words, data_nouns=True)
    return not named and not any(character.isdigit() for character in part)


def time_lead(part: str) -> str | None:
    """'Back in 2014, right after the Wales pledge, what share did Lithuania spend?': a lead that only places one year
    ('back in 2014') beside an event ('right after the Wales pledge') says when the part after it is asked; the year
    named says it, the event only marks that time ('In 2014'). None for any other part (a source with its date, an
    ally and its year)."""
    words = normalise(part).split()
    verifier = domain.question_words().verifier
    marker = next(
        (at for at, word in enumerate(words) if word in {*verifier.before_event, *verifier.after_event}), None
    )
    if marker is None:
        return None
    placing, event = words[:marker], words[marker + 1 :]
    years = [word for word in placing if YEAR.fullmatch(word)]
    timing = STOPWORDS | verifier.beside_a_year | verifier.event_adverbs
    if len(years) != 1 or not set(placing) - set(years) <= timing:
        return None
    return None if any(character.isdigit() for word in event for character in word) else f"In {years[0]}"


def with_the_time_said(text: str) -> str:
    """The message with a lead only marking its time said as its year ('Back in 2014, right after the Wales pledge, what
    share …?' is 'In 2014, what share …?'), and without a closing clause recalling an earlier time of the figure asked
    ('Was Romania still at 2% in 2023, after first reaching it in 2020?'): neither asks anything of its own."""
    text = _year_after_its_yes_or_no(text)
    parts = split_parts(text)
    when = time_lead(parts[0]) if len(parts) >= 2 else None
    timed = f"{when}, {text[text.index(parts[1]) :]}" if when is not None else text
    head, comma, tail = timed.rpartition(",")
    return f"{head.rstrip()}?" if comma and head.strip() and _recalls_an_earlier_time(tail) else timed


YEAR_LEAD = re.compile(
    r"^(?P<when>(?:back\s+)?in\s+(?:19|20)\d\d)\s+(?P<rest>[^\s,].*?)(?P<marks>\?*)\s*$", re.IGNORECASE
)


def _year_after_its_yes_or_no(text: str) -> str:
    """'and back in 2014 was it higher?' → 'and was it higher in 2014?': a year leading a yes or no question with no
    comma after it is its time, said where the question's own words end."""
    words = domain.question_words()
    opening = re.match(r"^[\W\s]*", text)
    at = opening.end() if opening else 0
    while True:  # 'hm, and …': the leading connectives stay where they are
        word = re.match(r"(\w+)[\s,]+", text[at:])
        if word is None or word.group(1).casefold() not in words.leading_connectives:
            break
        at += word.end()
    found = YEAR_LEAD.match(text[at:])
    opening_words = normalise(found["rest"]).split()[:1] if found is not None else []
    if not opening_words or opening_words[0] not in words.verifier.yes_no_starts:
        return text
    when = re.sub(r"^back\s+", "", found["when"], flags=re.IGNORECASE)
    return f"{text[:at]}{found['rest'].rstrip()} {when}{found['marks'] or '?'}"


def _recalls_an_earlier_time(clause: str) -> bool:
    """', after first reaching it in 2020', ', since hitting it in 2018': a clause opened by 'after' or 'since' that
    points back at the figure asked ('it') in a year it names, naming no ally and asking nothing."""
    words = normalise(clause).split()
    verifier = domain.question_words().verifier
    opens = bool(words) and words[0] in verifier.after_event
    years = [word for word in words if YEAR.fullmatch(word)]
    points_back = bool(set(words) & THING_PRONOUNS)
    named = lexicon.find_mentions(words, lexicon.entity_aliases())
    # a figure of its own ('after it reached 3% in 2023') is a claim to check, never a time recalled
    figures = [word for word in words if any(character.isdigit() for character in word) and word not in years]
    return opens and points_back and len(years) == 1 and not set(words) & WH_WORDS and not named and not figures


def _names_a_source(words: list[str], *, data_nouns: bool = False) -> bool:
    """A kind of document or table named ('the article', 'the tables'); `data_nouns`: or its data ('the figures')."""
    sources = domain.question_words().sources
    joined = f" {' '.join(words)} "
    phrases = (*sources.prose, *sources.table, *(sources.data_nouns if data_nouns else ()))
    return any(f" {phrase} " in joined for phrase in phrases)


def _asks_the_margin_of(before: str, part: str) -> bool:
    """'by how much?' after a part naming a comparison ('which spends more'): the margin of that comparison."""
    after = normalise(part).split()
    return opens_a_margin(after) and asks_a_margin([*normalise(before).split(), *after])


def _names_the_measure_of_the_one_asked(before: str, part: str) -> bool:
    """'at what share of GDP?' after a part asking who or which ally ('who tops the 2024 ranking'): a tail naming
    only a quantity (no ally, year, figure or verb of its own) says by which measure that one was picked, and asks
    its figure in it; answered alone, the part before would be ranked by another measure."""
    said = [word for word in normalise(before).split() if word in WH_WORDS]
    after = normalise(part).split()
    if said[:1] not in (["who"], ["whos"], ["which"]) or len(after) < 3:
        return False
    lead, asked, rest = after[0], after[1], after[2:]
    if lead not in INTENT_WORDS.qualifying_leads or asked not in ("what", "which"):
        return False
    if set(rest) & (WH_WORDS | AUXILIARIES) or any(character.isdigit() for character in part):
        return False
    if _kinds_of_words(tuple(after)) & {QuestionKind.TIME, QuestionKind.PLACE, QuestionKind.COUNT}:
        return False  # 'and in what year?', 'and in which city?' ask something of their own
    return not lexicon.find_mentions(rest, lexicon.entity_aliases())


def _names_what_of_the_topic(mark: str, before: str, part: str) -> bool:
    """'Türkiye military personnel, the change from 2023 to 2024?': after a topic that asks nothing (no question
    word, no yes or no start), a comma and 'the …' naming no ally of its own says what of the topic is asked."""
    said = normalise(before).split()
    if (
        mark.strip() != ","
        or not said
        or set(said) & WH_WORDS
        or said[0] in domain.question_words().verifier.yes_no_starts
    ):
        return False
    after = normalise(part).split()
    return after[:1] == ["the"] and not lexicon.find_mentions(after, lexicon.entity_aliases())


def _works_out_a_figure(before: str) -> bool:
    """'how many times larger was US spending than Europe's, and what was the gap?': a part before that asks a
    ratio of the pair, so the gap after it is a second figure of the same pair; a topic ('greece vs turkey 2024 % of
    gdp') or two figures set side by side ('… did Poland have compared with Germany') ask none, and the gap is
    theirs."""
    joined = f" {' '.join(normalise(before).split())} "
    return any(f" {phrase} " in joined for phrase in domain.question_words().operations.ratio)


def _compares_the_figures_before(part: str) -> bool:
    """'whats the gap', 'and the ratio?': a part asking only for a figure between the figures before it, naming no
    ally, year or figure of its own."""
    words = domain.question_words()
    asked = [
        word
        for word in normalise(part).split()
        if word not in STOPWORDS and word not in WH_WORDS and word not in words.verifier.neutral
    ]
    return bool(asked) and set(asked) <= words.follow_ups.between_figures


def parallels(part: str, before: str) -> bool:
    """'… what share of NATO's personnel belonged to the US, and what share to Canada?': a part opening with the
    question word and head of the part before asks the same of another thing, in that part's frame."""
    return _head_asked(part) is not None and _head_asked(part) == _head_asked(before)


def in_the_frame_of(part: str, before: str) -> str | None:
    """'How far below the 2% guideline was Spain in 2024, …, and how far below was Italy?': a part parallel to the
    one before that names another ally and nothing else of its own asks the part before of that ally — the part
    before, its ally in the same place ('was Spain' / 'was Italy') replaced. None for any other part."""
    if not parallels(part, before):
        return None
    said, asked = normalise(before).split(), normalise(part).split()
    # a lead both parts are asked under ('Using the NATO figures for 2024, what …') is no part of either's own
    shared = next((at for at, (one, other) in enumerate(zip(said, asked, strict=False)) if one != other), 0)
    lead, said, asked = said[:shared], said[shared:], asked[shared:]
    table = lexicon.entity_aliases()
    named, replaced = lexicon.find_mentions(asked, table), lexicon.find_mentions(said, table)
    if len(named) != 1 or not replaced:
        return None
    new = named[0]
    own = set(asked[: new.start] + asked[new.end :]) - STOPWORDS - set(said)
    placed = [old for old in replaced if _word_before(said, old.start) == _word_before(asked, new.start)]
    old = placed[0] if len(placed) == 1 else replaced[0] if len(replaced) == 1 else None
    if own or old is None or old.target == new.target:
        return None
    return " ".join([*lead, *said[: old.start], *asked[new.start : new.end], *said[old.end :]])


def _word_before(words: list[str], start: int) -> str:
    """The word before a mention, past 'the' ('belonged to the United States' / 'to NATO Europe and Canada')."""
    earlier = [word for word in words[:start] if word != "the"]
    return earlier[-1] if earlier else ""


def _head_asked(part: str) -> tuple[str, str] | None:
    """The first question word and the word after it ('what share', 'how far')."""
    words = normalise(part).split()
    start = next((at for at, word in enumerate(words) if word in WH_WORDS), None)
    if start is None or start + 1 >= len(words):
        return None
    return words[start], words[start + 1]


def request_parts(text: str) -> list[str]:
    """'Poland had the biggest increase, correct? Give me the top 3.': a question, then a sentence asking for more
    of what it asks, answered after it, in its context."""
    asked, mark, request = text.rpartition("?")
    if not mark or not asked.strip() or not request.strip() or not opens_a_request(normalise(request).split()):
        return []
    return [asked + mark, request.strip()]


def figure_parts(text: str) -> list[str]:
    """'Ukraine military spending 2024 and share of GDP', 'Sweden target share of GDP and year': a question, then
    after 'and' another figure of the same subject named by its kind alone, asked in the first part's context."""
    heads = domain.question_words().follow_ups.part_heads
    # '… per capita and its GDP share': the second figure may be named as the subject's own
    pronouns = "|".join(map(re.escape, domain.question_words().third_person))
    headed = rf"\s+and\s+(?=(?:(?:{pronouns})\s+)?(?:{'|'.join(map(re.escape, heads))})\b)"
    # ', and its annual real change that year': after a comma, the subject's own figure of any kind
    whose = "|".join(map(re.escape, domain.question_words().possessive_third_person))
    pattern = rf"{headed}|,\s*and\s+(?=(?:{whose})\s)"
    parts = re.split(pattern, text, maxsplit=1, flags=re.IGNORECASE)
    if len(parts) != 2 or _asks_the_margin_of(*parts):  # 'which spends more … and by how much?' asks one thing
        return []
    return [part for part in parts if part.strip()]


def question_head(question: Question) -> set[str]:
    """The words right after the question word: 'what *percentage of gdp* is…' names what is asked."""
    words = question.words
    start = next((index for index, word in enumerate(words) if word in WH_WORDS), None)
    if start is None:
        return set()
    head: set[str] = set()
    for word in words[start + 1 : start + 6]:
        if word in AUXILIARIES:
            break
        head.add(word)
    return head
