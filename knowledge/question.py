"""Reading a member's question: cleaning hostile text, correcting typos, finding entities, periods and intent."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from rapidfuzz import fuzz, process
from wordfreq import top_n_list, zipf_frequency

from knowledge import domain, lexicon
from knowledge.ask.exclusions import entities_less_those_left_out, left_out
from knowledge.askers import names_the_asker, setting_askers_aside, us_of_the_asker
from knowledge.cues import cues
from knowledge.figures import one_fiscal_year_of_word, spelled_reader
from knowledge.languages import read_in_english
from knowledge.lexicon import Mention, normalise
from knowledge.models import Fact
from knowledge.remarks import CHITCHAT, CODE, without_remarks
from knowledge.spelled import words_in_digits, years_in_digits

MAX_QUESTION_CHARS = 1000
RESTATED_WORDS = 2  # the words a reversed tag may say the claim again with ("wasn't it negative")

DISCORD_MARKUP = re.compile(r"<(?:@[!&]?|#|a?:\w+:)\d+>|@everyone|@here|<\/?[a-zA-Z][^>]{0,80}>")
MARKDOWN = re.compile(r"```\w*|[*_~`|>]+|^#+\s", re.MULTILINE)
SHORT_YEAR = re.compile(r"['’‘](\d\d)\b")
# Years as typed on a phone: '2k24' (two thousand and twenty-four), '20 23' (a space slipped into the year)
K_YEAR = re.compile(r"\b2k(\d\d)\b", re.IGNORECASE)
SPLIT_YEAR = re.compile(r"(?<![\d.,])\b(20) ([0-4]\d)\b(?![.,]?\d|\s*(?:%|percent\b|per cent\b|pct\b))", re.IGNORECASE)
# 'germany const usd growth 23->24 %': two short years an arrow joins are a change from the one to the other
SHORT_YEARS_ARROWED = re.compile(r"(?<![\d.,])(\d\d)\s*(?:->|→|=>)\s*(\d\d)(?![\d.,])")
ESTIMATED_YEAR = re.compile(r"\b((?:19|20)\d\d)e\b", re.IGNORECASE)  # '2025e': the tables' estimate for 2025
HYPHENATED = re.compile(r"(?<=[a-z])[-/+](?=[a-z])", re.IGNORECASE)
THOUSANDS_SEPARATOR = re.compile(r"(?<=\d),(?=\d{3}\b)")
GLUED_PERCENT = re.compile(r"%(?=[a-z])", re.IGNORECASE)  # '%gdp', as typed for 'share of GDP'
PERCENT_AFTER_WORD = re.compile(r"\b([a-z]{2,})%", re.IGNORECASE)  # 'GDP%', as typed for '% of GDP'
# '3 %', '1,5 %': a percentage set as French and German type it, a space before the sign and a comma for the point
# (a year before a spaced sign is no percentage: 'estonia real change 2023 %' asks in percent)
SPACED_PERCENT = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d+)?)\s+%")
DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d{1,2}),(\d{1,2})(?=\s*(?:%|percent\b|per cent\b|pct\b))", re.IGNORECASE)
PERCENT_OR_MORE = re.compile(r"(\d(?:\.\d+)?)\s?%\s?\+(?!\s?\d)")  # '2%+', as typed for '2% or more'
YEAR = re.compile(r"(19|20)\d\d")
SHORT_YEAR_DIGITS = 2  # 'FY25': a year written by its last two digits
CODE_NUMBER = re.compile(r"0\d+")  # '050', '051': a budget function's code, written with its leading zero, no figure
PARSED_KEPT = 256  # messages whose reading is kept: one answer reads its message several times
# 'europe & canada', 'current prices + FX' are 'europe and canada', 'current prices and FX'; 'R&D' stays a word,
# '2 + 2' a sum
SPACED_AND = re.compile(r"(?<=[^\W\d_])\s+(?:[&+]|n|'n'?)\s+(?=[^\W\d_])")  # 'europe n canada', as typed fast
# '3.5% core plus 1.5% other': two figures typed as parts, joined as 'and' joins them (no sum asked of figures typed)
PLUS_BETWEEN_FIGURES = re.compile(r"(?<=%)(?P<between>(?:\s+[^\W\d_]+){0,2})\s+plus\s+(?=\d)", re.IGNORECASE)
PLUS_BETWEEN_NAMES = re.compile(r"([^\W\d_][\w'’]*)\s+\+\s+(?=([^\W\d_][\w'’]*))")

FIGURE_WORDS_BEFORE_DATA = 3  # 'nato's june 2024 table': words of the figure between a body and its data noun
MIN_RUN_OF_NAMES = 3  # 'den fin nor': abbreviations in a run this long are a list of countries
SPAN_ENDS = frozenset({"to", "through", "until", "till", "and"})  # '2014 to 2024': the word before a span's end
MIN_COUNTED_WORDS = 3  # 'count allies 2%': a word counting and what it counts, at least
MIN_LISTED_PAIR = 2  # 'fr uk': a run this long is a list when none of it is a little word
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "for",
        "and",
        "or",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "do",
        "does",
        "did",
        "doing",
        "have",
        "has",
        "had",
        "having",
        "what",
        "whats",
        "what's",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "when",
        "why",
        "how",
        "it",
        "its",
        "it's",
        "this",
        "that",
        "these",
        "those",
        "there",
        "their",
        "they",
        "them",
        "he",
        "him",
        "his",
        "she",
        "her",
        "i",
        "me",
        "my",
        "we",
        "our",
        "you",
        "your",
        "yours",
        "please",
        "pls",
        "plz",
        "can",
        "could",
        "would",
        "should",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "about",
        "according",
        "per",
        "from",
        "by",
        "with",
        "as",
        "at",
        "into",
        "than",
        "then",
        "so",
        "just",
        "like",
        "really",
        "actually",
        "tell",
        "show",
        "give",
        "know",
        "say",
        "said",
        "me",
        "us",
        "any",
        "some",
        "all",
        "much",
        "many",
        "more",
        "most",
        "very",
        "also",
        "even",
        "only",
        "still",
        "yet",
        "again",
        "ok",
        "okay",
        "hey",
        "hi",
        "so",
        "im",
        "i'm",
        "ive",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "arent",
        "wasnt",
        "nato's",
        "number",
    ]
)
QUOTE_CUES = frozenset(
    {
        "refer",
        "refers",
        "referring",
        "behind",
        "mean",
        "means",
        "meaning",
        "source",
        "come",
        "comes",
        "where",
        "number",
        "figure",
        "stat",
        "statistic",
        "what",
        "whats",
        "about",
        "posted",
        "says",
        "said",
        "saw",
        "which",
        "who",
    }
)
NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "ten": "10"}
# When 'us' is the United States and when the asker (questions.toml [pronoun_us]).
PRONOUN_US = domain.question_words().pronoun_us


MIN_IES_STEM = 5  # 'lies' and 'dies' keep their 'ies'


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """A light stemmer, enough to match 'hitting'/'hit' and 'investments'/'invest' (cached: every stage stems the
    same few words of a question again)."""
    if len(word) >= MIN_IES_STEM and word.endswith(("ies", "ied")):
        return word[:-3] + "y"  # 'countries', 'allies', 'militaries', 'supplied' as 'country', 'ally', 'supply'
    for suffix in ("ments", "ment", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) >= 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]
            return word
    if word.endswith("e") and len(word) > 4:
        return word[:-1]
    return word


@dataclass
class Question:
    original: str
    text: str  # cleaned, human-readable
    words: list[str]  # normalised, typo-corrected
    entities: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    numbers: list[tuple[float, bool]] = field(default_factory=list)  # value, was a percentage
    concepts: set[str] = field(default_factory=set)
    corrections: dict[str, str] = field(default_factory=dict)
    context_facts: list[Fact] = field(default_factory=list)  # the previous answer's, for follow-ups
    aliases: dict[str, list[str]] = field(default_factory=dict)  # entity -> the words that named it
    role_holders: list[str] = field(default_factory=list)  # people meant by a title ('the sec gen')
    pronoun: bool = False  # refers back with 'that', 'they', 'he'…
    measure_from_context: bool = False  # a follow-up naming no measure ('and in 2014?') asks the previous one
    within: frozenset[str] = frozenset()  # the members of a group a follow-up keeps to ('and which one…?')
    tagged_yes_no: bool = False  # 'poland had more troops than germany, right?': a statement asked to be confirmed
    yes_or_no_outright: bool = False  # '… does it cover resilience? yes or no?': whatever it tests, yes or no asked
    yes_no_after_lead: bool = False  # 'uk vs germany 2024, did the uk outspend germany?': a topic, then yes or no
    yes_assumed: bool = False  # 'does NATO list it in forints? if so, what was the figure?': the figure is asked
    askers: dict[str, str] = field(default_factory=dict)  # ally -> its name typed as the asker's ('we Danes')
    pronoun_us_at: frozenset[int] = frozenset()  # where 'us' is the asker, never the United States ('than us Danes')

    @property
    def word_set(self) -> set[str]:
        return set(self.words)

    def has(self, *phrases: str) -> bool:
        joined = f" {' '.join(self.words)} "
        # a loop, not any() over a generator: asked thousands of times per question set, and about twice as fast
        for phrase in phrases:  # noqa: SIM110
            if f" {phrase} " in joined:
                return True
        return False

    @property
    def opens_as_yes_or_no(self) -> bool:
        """'did Greece…?', 'is it…?', or a statement with a tag ('…, right?'): shaped to be answered yes or no."""
        words = domain.question_words()
        opening = next((at for at, word in enumerate(self.words) if word not in words.leading_connectives), None)
        said = self.words[opening : opening + 2] if opening is not None else []
        opens = bool(said) and said[0] in words.verifier.yes_no_starts and not self.yes_assumed
        if opens and said[0] in words.verifier.confirming_starts and said[1:2]:
            opens = said[1] not in words.verifier.figure_confirmed  # 'confirm how many …', 'confirm what share …'
        return opens or self.tagged_yes_no or self.yes_no_after_lead

    @property
    def content_words(self) -> list[str]:
        return [word for word in self.words if word not in STOPWORDS]


def _parts_joined(text: str) -> str:
    """'3.5% core plus 1.5% other' → '3.5% core and 1.5% other'."""
    return PLUS_BETWEEN_FIGURES.sub(lambda found: f"{found['between']} and ", text)


def _plus_between_names(text: str) -> str:
    """'Italy + Spain + Portugal' adds the allies up, as 'plus' does ('european allies + canada' still names the
    group 'plus' joins); a plus sign between other words joins them ('current prices + FX')."""

    def read(sign: re.Match[str]) -> str:
        before, after = normalise(sign.group(1)), normalise(sign.group(2))
        named = _names_a_whole(before) and _names_a_whole(after)
        return f"{sign.group(1)} {'plus' if named else '+'} "

    return PLUS_BETWEEN_NAMES.sub(read, text)


@functools.cache
def _whole_words() -> frozenset[str]:
    """The words of every ally's, group's and whole's names and aliases."""
    tables = (lexicon.entity_aliases(), domain.group_aliases())
    return frozenset(word for table in tables for alias in table for word in alias)


def _names_a_whole(word: str) -> bool:
    return bool(word) and word in _whole_words()


@functools.cache
def _comparison_sign() -> re.Pattern[str]:
    signs = sorted(domain.question_words().comparison_signs, key=len, reverse=True)
    return re.compile(rf"(?<![-=<>])({'|'.join(re.escape(sign) for sign in signs)})\s*(?=[$€£]?\d)")


def _comparison_signs_read(text: str) -> str:
    """'>=20%' is 'at least 20%': a sign before a figure compares; a '>' opening a line quotes (Markdown)."""
    signs = domain.question_words().comparison_signs
    return _comparison_sign().sub(lambda sign: f" {signs[sign.group(1)]} ", text)


# A minus sign between two words ('LT − LV per head'), or a dash between two codes typed in capitals ('DE-FR'),
# takes the second from the first; a dash between two names otherwise ('Franco-German', 'US-led') joins them.
MINUS_SIGN = re.compile(r"(?<=[^\W\d_])\s*\u2212\s*(?=[^\W\d_])")
CODES_DASHED = re.compile(r"(?<![\w.-])([A-Z]{2})\s*[-–]\s*([A-Z]{2})(?![\w.-])")


DIVISION_SIGN = re.compile(r"\s*÷\s*")  # 'Norway ÷ Denmark': the one divided by the other, a ratio asked


def _minus_signs_read(text: str) -> str:
    """'LT − LV', 'DE-FR': the difference of two allies, said as 'minus'."""
    codes = lexicon.country_codes()

    def read(found: re.Match[str]) -> str:
        first, second = found.groups()
        return f"{first} minus {second}" if first in codes and second in codes else found.group(0)

    return CODES_DASHED.sub(read, MINUS_SIGN.sub(" minus ", text))


@cache
def _glued_to_a_figure() -> re.Pattern[str]:
    """A unit or a link typed against a figure with no space ('2pct', '3.5percent', '2bn', '2014to2024',
    '2014vs2024'): only words that say what a figure counts or join two of them, so '2025e', '1st' and 'F35'
    stay as typed."""
    spelled = cues().raw.spelled
    links = {link for linked in cues().raw.year_range_links.values() for link in linked}
    short_units = {
        short for short, meant in domain.question_words().abbreviations.items() if meant in spelled.figure_units
    }
    words = {*spelled.figure_units, *short_units, *links, *domain.question_words().list_connectors} - {"%", "&", "+"}
    named = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<=\d)({named})(?=\d|\b)", re.IGNORECASE)


@cache
def _glued_before_a_figure() -> re.Pattern[str]:
    """'top3', 'bottom5': a ranking's end typed against how many it asks for."""
    verifier = domain.question_words().verifier
    ends = sorted(verifier.superlatives_greater | verifier.superlatives_lesser, key=len, reverse=True)
    named = "|".join(re.escape(word) for word in ends)
    return re.compile(rf"\b({named})(?=\d)", re.IGNORECASE)


NAMES_SLASHED = re.compile(r"(?<![\w/])([^\W\d_]{2,})\s*/\s*([^\W\d_]{2,})(?![\w/])")


def _short_fiscal_span(words: list[str], index: int) -> bool:
    """'FY29-30', read as 'fy29' '30': a fiscal year of two calendar years written short, left to be read as the
    words say (only a single fiscal year written short, 'FY25', is asked by its year here)."""
    year = words[index][-SHORT_YEAR_DIGITS:]
    following = words[index + 1 : index + 2]
    return not YEAR.search(words[index]) and following == [f"{(int(year) + 1) % 100:02d}"]


def _odd_years_read(text: str) -> str:
    """'2k24', '20 23': a year typed oddly, read as the year."""
    return SPLIT_YEAR.sub(r"\1\2", K_YEAR.sub(r"20\1", text))


def _short_years_arrowed(text: str) -> str:
    """'23->24' is 2023 to 2024 when the second year follows the first; '40->45' thousand troops is no year."""

    def read(found: re.Match[str]) -> str:
        first, second = int(found.group(1)), int(found.group(2))
        return f"20{found.group(1)} to 20{found.group(2)}" if first < second else found.group(0)

    return SHORT_YEARS_ARROWED.sub(read, text)


def _slash_read_as_to(text: str) -> str:
    """'PL/DE ratio': in a question asking a ratio, a slash between two names is 'to', the one after it the
    denominator, as 'the ratio of PL to DE' says; elsewhere ('US/Canada') it stays as typed."""
    words = f" {' '.join(normalise(text).split())} "
    if "/" not in text or not any(f" {cue} " in words for cue in domain.question_words().operations.ratio):
        return text
    return NAMES_SLASHED.sub(r"\1 to \2", text)


def _figures_apart(text: str) -> str:
    return _glued_before_a_figure().sub(r"\1 ", _glued_to_a_figure().sub(r" \1 ", text))


@cache
def _decimal_comma() -> re.Pattern[str]:
    """A comma with one or two digits after it and then a percent sign, a percent word or a scale ('1,5%', '3,5
    percent', '2,4 billion'): the decimal comma most of Europe writes. A thousands separator has three digits after
    it ('1,500'), and a list's comma a space ('2,3 or 4%' is no such figure either: one or two digits, a mark)."""
    units = {*cues().scales, *domain.question_words().operations.points_of_change, "percent", "per cent"}
    named = "|".join(re.escape(unit) for unit in sorted(units, key=len, reverse=True))
    return re.compile(rf"(?<![\d.,])(\d{{1,3}}),(\d{{1,2}})(?=\s?(?:%|(?:{named})\b))", re.IGNORECASE)


def _decimal_commas_read(text: str) -> str:
    """'under 1,5% of GDP', 'the 3,5% core level': written with a decimal point ('1.5%'), as everything after reads
    figures; never '15%' nor '1' and '5%'."""
    return _decimal_comma().sub(r"\1.\2", text) if "," in text else text


FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")  # two regional indicator letters: a country's flag


def _flags_named(text: str) -> str:
    """'🇪🇪 infra share of defence budget 2023': a flag in a message that asks something names its country (the
    entity list's code); a message of flags alone asks nothing, and an unknown flag is dropped."""
    if not FLAG.search(text) or not FLAG.sub("", text).strip():
        return text
    codes = lexicon.flag_codes()

    def named(flag: re.Match[str]) -> str:
        code = "".join(chr(ord(letter) - 0x1F1E6 + ord("A")) for letter in flag.group())
        if code not in codes:
            return " "
        # 'Delegate of DE here 🇩🇪', 'UK spending … 🇬🇧': a flag beside its country's name, code or alias adds nothing
        said = re.search(rf"\b{code}\b", text) or codes[code].casefold() in text.casefold()
        return " " if said or _named_otherwise(text, codes[code]) else f" {codes[code]} "

    return FLAG.sub(named, text)


def _named_otherwise(text: str, name: str) -> bool:
    """The country a flag stands for named in the message by another of its names ('UK', 'Britain')."""
    return any(
        mention.target == name for mention in lexicon.find_mentions(normalise(text).split(), lexicon.entity_aliases())
    )


@lru_cache(maxsize=4096)  # a message is cleaned before it is split into parts, and again as it is parsed
def clean(text: str) -> str:
    """Remove what must never steer an answer: mentions, Markdown, HTML, zero-width characters; and write a
    decimal comma as the point it means, a flag as its country's name, a word of another language as its English
    meaning."""
    text = _flags_named(lexicon.ZERO_WIDTH.sub("", text)[:MAX_QUESTION_CHARS])
    text = years_in_digits(text, spelled_reader())  # 'Croatia, twenty twenty-one.' leads as 'Croatia, 2021.' does
    text = read_in_english(DISCORD_MARKUP.sub(" ", text))  # first: '97,7 Mrd' is a decimal before 'billion'
    text = DIVISION_SIGN.sub(" divided by ", _minus_signs_read(text))
    text = _decimal_commas_read(_comparison_signs_read(_short_years_arrowed(text)))
    text = MARKDOWN.sub(" ", _count_short_form().sub("number of", _rank_numbers_read(text)))  # '# of allies …'
    # is no heading
    return " ".join(text.split())


# A place written as a number ('#2 spender', 'No. 3 by share of GDP'): never a figure, a '#' before a count ('# of
# allies') nor a number with a decimal or percent after it.
RANK_NUMBER = re.compile(r"(?<![\w#])(?:#\s?|(?i:no)\.\s?)(\d{1,2})(?![\d.,%]|\s*of\b)")


def _rank_numbers_read(text: str) -> str:
    """'#2 spender after the US' → 'second largest spender after the US': the place said as the ordinal word ranks
    read, in the order a ranking takes unless an end follows ('#2 lowest')."""
    if RANK_NUMBER.search(text) is None:  # most messages write no place as a number: no ordinals to look up
        return text
    words = {place: word for word, place in cues().raw.ordinals.items() if word.isalpha() and place}
    verifier = domain.question_words().verifier
    ends = verifier.superlatives_greater | verifier.superlatives_lesser

    def read(found: re.Match[str]) -> str:
        ordinal = words.get(int(found.group(1)))
        if ordinal is None:
            return found.group(0)
        following = normalise(text[found.end() :]).split()[:2]
        return ordinal if set(following) & ends else f"{ordinal} {domain.question_words().numbered_place_order}"

    return RANK_NUMBER.sub(read, text)


def is_chitchat(question: Question) -> bool:
    text = " ".join(question.words)
    if not text:
        return True
    if _asks_help_with_the_subject(question):
        return True
    # 'ok and what was it in 2014?' opens like small talk and asks for a figure: a year or a number is substance
    substance = question.entities or question.years or question.numbers
    if not CHITCHAT.match(text) or substance:
        return False
    # 'thanks, that's exactly what I needed for the piece': thanks and a remark, asking nothing
    rest = CHITCHAT.sub("", text, count=1).split()
    words = domain.question_words()
    asks = bool(rest) and (rest[0] in words.interrogatives or rest[0] in words.verifier.yes_no_starts)
    remark = "?" not in question.original and not asks and not any(c.isdigit() for c in question.original)
    # 'ok and by when?', 'ok and in dollars?': a follow-up after an acknowledgement asks on, however few its words
    follow_up = any(text.startswith(opener) and _asks_on(text[len(opener) :]) for opener in words.follow_ups.openers)
    return not follow_up and (len(question.content_words) <= 3 or remark)


def _asks_help_with_the_subject(question: Question) -> bool:
    """'Hi! I follow the Baltic debate — can you help me with NATO spending figures?': help asked with the subject
    the bot covers, or a question about the bot ('what kinds of questions can I ask you?'), naming no year, number or
    ally, is a request for what may be asked."""
    intent = domain.question_words().intent
    joined = f" {' '.join(question.words)} "
    if question.years or question.numbers or question.people or set(question.entities) - {lexicon.NATO_ALLIES}:
        return False
    if any(f" {phrase} " in joined for phrase in intent.about_the_bot):
        return True  # 'what kinds of questions can I ask you?'
    asked = next((phrase for phrase in intent.help_requests if f" {phrase} " in joined), None)
    if asked is None:
        return False
    topic = joined[joined.index(f" {asked} ") + len(asked) + 2 :].split()
    return set(question.entities) <= {lexicon.NATO_ALLIES} and set(topic) <= intent.help_topic


def _asks_on(rest: str) -> bool:
    """After 'ok and': a question word ('by when?'), or the figure before asked again in a currency or on a basis
    of prices ('in dollars', 'real terms')."""
    words = domain.question_words()
    padded = f" {rest} "
    bases = (*cues().raw.currency_words, *words.verifier.current_terms, *words.verifier.real_terms)
    return bool(set(rest.split()) & set(words.interrogatives)) or any(f" {basis} " in padded for basis in bases)


@cache
def english_words() -> frozenset[str]:
    """Common English words: never 'corrected' into domain words ('each' is not a typo of 'reach')."""
    return frozenset(top_n_list("en", 40_000))


@cache
def _operation_words() -> frozenset[str]:
    """The words of the ways a question combines figures ('together', 'combined', 'average'): typos of them are
    fixed as typos of names are ('togther')."""
    phrases = domain.question_words().operations.model_dump().values()
    listed = [phrase for group in phrases if isinstance(group, list | tuple) for phrase in group]
    return frozenset(word for phrase in listed if isinstance(phrase, str) for word in phrase.split() if word.isalpha())


class Vocabulary:
    """Known words for typo correction: the lexicon's and those of the knowledge base."""

    def __init__(self, words: set[str], documented: frozenset[str] = frozenset()) -> None:
        self.words = frozenset(words | lexicon.vocabulary() | _operation_words() | STOPWORDS)
        # every word the documents use is one a member may type as it is ('Brennmark's sales' is no typo of
        # 'benchmark'); typos are corrected only into the words above, so the fuzzy search stays small
        self.documented = documented
        self._choices = sorted(word for word in self.words if len(word) >= 4 and word.isalpha())
        self.correct = lru_cache(maxsize=20_000)(self._correct)
        self.parsed: dict[tuple[str, int, bool], Question] = {}  # the messages read last, oldest first

    def _correct(self, word: str) -> str:
        if word in self.words or word in self.documented or len(word) < 4 or not word.isalpha():
            return word
        if word in english_words():
            return word
        matches = process.extract(word, self._choices, scorer=fuzz.ratio, score_cutoff=74, limit=5)
        if not matches:
            return word
        best = max(score for _, score, _ in matches)
        # of equally close words, the one whose doubled letter was typed once ('sumit' is 'summit', not 'submit'),
        # else the commoner English word ('europ' is 'europe', not the other languages' name 'europa')
        tied = [candidate for candidate, score, _ in matches if score == best]
        commonest = max(tied, key=lambda candidate: zipf_frequency(candidate, "en"))
        candidate = next((c for c in tied if _doubled_letter_typed_once(c, word)), commonest)
        return candidate if abs(len(candidate) - len(word)) <= 1 or best >= 90 else word


def _with_codes_named(text: str) -> str:
    """'DE and FR share of gdp 2024', 'avg across DK, FI, NO and SE': two-letter codes typed in capitals name
    their allies; a code that is also a word in capitals ('NO') only beside another code, or as the subject
    opening a question about a year ('IT share of GDP for 2019', 'NO defence spend per cap 2024e')."""
    codes = lexicon.country_codes()
    found = [code for code in CODE.findall(text) if code in codes]
    several = len(set(found)) >= 2
    weak = domain.question_words().codes_beside_codes

    def name(match: re.Match[str]) -> str:
        code = match.group(0)
        read = several or code not in weak or _code_opens_the_question(text, match)
        return codes[code] if code in codes and read else code

    return CODE.sub(name, text) if found else text


def _code_opens_the_question(text: str, match: re.Match[str]) -> bool:
    """'IT share of GDP for 2019', 'and BE equipment share 2024?': the code opens the question (after a bare
    'and'), the word after it is an ordinary lower-case word, not 'NO, …', 'NO way' or 'IT is', and the question
    names a year and no other entity, as a question about an ally's figures does ('NO way Poland spent 4% in
    2024' is about Poland)."""
    opening = text[: match.start()].strip().casefold()
    rest = text[match.end() :]
    if opening not in ("", "and") or not rest[:1].isspace() or not YEAR.search(rest):
        return False
    following = rest.split()[0]
    ordinary = following[:1].islower() and following.isalpha() and following not in STOPWORDS
    return ordinary and not lexicon.find_mentions(normalise(rest).split(), lexicon.entity_aliases())


def _short_names_read(words: list[str]) -> list[str]:
    """'ger %gdp 2024', 'avg of den, fin, nor and swe': countries typed as abbreviations, read as their names; an
    abbreviation that is also an English word ('den', 'can') only in a list of countries, never in 'can ger …'."""
    shorts, listed = lexicon.short_names(), lexicon.listed_short_names()
    if not any(word in shorts or word in listed for word in words):
        return words
    read: list[str] = []
    for index, word in enumerate(words):
        as_a_name = _in_a_list_of_countries(words, index) or _code_opening_keywords(words, index)
        name = shorts.get(word) or (listed.get(word) if as_a_name else None)
        read.extend(normalise(name).split() if name else [word])
    return read


def _code_opening_keywords(words: list[str], index: int) -> bool:
    """'fr defence exp constant 2015 usd 2018', 'pl spending 2023': a code typed in lower case opening a keyword
    string about a year names its ally when a word of the domain follows it ('defence', 'spending', 'gdp'); 'de
    facto spending in 2024' and 'it spending 2024' (a little word) name no one."""
    word = words[index]
    if index != 0 or len(words) < MIN_COUNTED_WORDS or word in STOPWORDS or word.upper() not in lexicon.country_codes():
        return False
    return bool(lexicon.concepts([words[1]])) and any(YEAR.fullmatch(other) for other in words)


@functools.cache
def _codes_that_are_words() -> frozenset[str]:
    """'no', 'be': the codes read in capitals only beside another code (questions.toml), typed in lower case ('it'
    is an abbreviation of the entity list's own, joined to any country: 'germany and it')."""
    listed = lexicon.short_names_that_are_words()
    return frozenset(code.casefold() for code in domain.question_words().codes_beside_codes) - set(listed)


def _in_a_list_of_countries(words: list[str], index: int) -> bool:
    """The word is joined to a country by 'and', 'or', 'vs' ('nor and swe', 'can vs us'), alone or in a run of
    abbreviations ('de, fr and it'), or stands in a run of three or more abbreviations ('den fin nor', 'fr de uk')
    most of which are no common words; 'neither spain nor italy' is no list of abbreviations."""
    connectors = domain.question_words().list_connectors
    shorts, listed = lexicon.short_names(), lexicon.listed_short_names()

    def abbreviation(position: int) -> bool:  # 'uk' and 'usa' are names as short as any abbreviation
        if not 0 <= position < len(words):
            return False
        word = words[position]
        return word in shorts or word in listed or (len(word) <= 3 and (word,) in lexicon.entity_aliases())

    def country(position: int) -> bool:
        return abbreviation(position) or (0 <= position < len(words) and (words[position],) in lexicon.entity_aliases())

    start, end = index, index
    while abbreviation(start - 1):
        start -= 1
    while abbreviation(end + 1):
        end += 1
    run = words[start : end + 1]
    # 'de, fr and it': a run of abbreviations ends in the connector that makes it a list; codes that are words
    # ('no', 'be') only beside another abbreviation ('dk, fi, no and se'), never 'germany and no other ally'
    joined = abbreviation if set(run) <= _codes_that_are_words() else country
    for at, step in ((start, -1), (end, 1)):
        if 0 <= at + step < len(words) and words[at + step] in connectors and joined(at + 2 * step):
            return True
    # 'can it be …' is three little words, not Canada, Italy and Belgium: most of a run are no little words, and a
    # pair none ('fr uk', 'de pl'; never 'can uk')
    # a list names different allies: 'lv lv lv …' repeats one word
    named = set(run)
    little = sum(word in STOPWORDS for word in named)
    if len(named) >= MIN_RUN_OF_NAMES:
        return little * 2 < len(named)
    return len(named) >= MIN_LISTED_PAIR and not little


CLAUSE_SPLIT = re.compile(r"[;:,()]+\s+|\s[-–—]+\s+")


def _corrected(word: str, vocabulary: Vocabulary, acronyms: set[str]) -> str:
    """A typo fixed; an acronym typed in capitals ('BRICS') is never read as a name it is one letter from
    ('brits', the United Kingdom)."""
    fixed = vocabulary.correct(word)
    return word if word in acronyms and (fixed,) in lexicon.entity_aliases() else fixed


def _doubled_letter_typed_once(word: str, typed: str) -> bool:
    return any(word[i] == word[i + 1] and word[:i] + word[i + 1 :] == typed for i in range(len(word) - 1))


@functools.cache
def _count_short_form() -> re.Pattern[str]:
    """'no. of allies meeting 2%', 'nr of allies': 'number of' (a bare 'no' stays a no)."""
    forms = "|".join(map(re.escape, domain.question_words().quantities.count_short_forms))
    return re.compile(rf"(?<![\w.#])(?:{forms})\s*of\b", re.IGNORECASE)


@functools.cache
def _basis_ruled_out() -> re.Pattern[str]:
    """A price basis after a word ruling it out ('not constant', 'excluding inflation adjustment', 'non-real') or a
    minus typed against it ('-constant', never '2015-constant')."""
    quantities = domain.question_words().quantities
    negations = "|".join(map(re.escape, quantities.basis_ruled_out))
    bases = "|".join(re.escape(basis) for basis in sorted(quantities.basis_left, key=len, reverse=True))
    return re.compile(rf"(?:(?<![\w-])-|\b(?:{negations})(?:\s+|-))({bases})\b", re.IGNORECASE)


def _without_a_basis_refused(text: str) -> str:
    """'not the % of gdp — how much did Portugal spend, in US dollars?', 'Not in dollars but in euros: …', "I don't
    need defence figures, just …", 'Leaving the dollar conversion aside, …': a clause refusing a basis or a unit, and
    naming nothing else, is no part of what is asked ('but in euros' is); never the clause asking. Every other
    clause and break is kept as typed."""
    breaks = list(CLAUSE_SPLIT.finditer(text))
    if not breaks:
        return text
    kept: list[str] = []
    start = 0
    for found in breaks:
        clause = text[start : found.start()]
        refused = _refused_basis(clause)
        kept.append(clause + found.group() if refused is None else (f"{refused} " if refused else ""))
        start = found.end()
    return "".join(kept) + text[start:]


def _refused_basis(clause: str) -> str | None:
    """What a clause refusing only a basis or unit asks instead ('in euros' of 'not in dollars but in euros'; ''
    when nothing); None for any other clause."""
    operations = domain.question_words().operations
    exclusions = domain.question_words().exclusions
    negations = domain.question_words().verifier.negations
    words = normalise(clause).split()
    opening = words[1:] if words[:1] and words[0] in exclusions.refused_openers else words
    if not opening or (opening[0] not in negations and opening[-1] not in operations.excluded_after):
        return None
    refused, _, instead = " ".join(words).partition(" but ")
    if lexicon.find_mentions(refused.split(), lexicon.entity_aliases()):
        return None  # 'leaving the US aside,': an ally left out, no basis refused
    named = [word for word in refused.split() if word not in STOPWORDS | exclusions.refused_openers]
    if all(word in exclusions.refused_basis_words or word in negations for word in named):
        return instead
    return None


def _basis_left(text: str) -> str:
    """'romania def exp usd 2023 -constant': the basis ruled out is the other one asked ('current prices')."""
    left = domain.question_words().quantities.basis_left
    return _basis_ruled_out().sub(lambda found: f" {left[found.group(1).casefold()]}", text)


def _count_at_an_end(text: str) -> str:
    """'count allies 2pct 2018', 'allies missing 2% annual report count': a keyword string opening or ending with
    a word of counting asks the number of what it names ('number of allies missing 2% …'); 'does it count?',
    'count towards 2%' and 'count as defence' use it as a verb."""
    quantities = domain.question_words().quantities
    words = text.rstrip("?!. ").split()
    if len(words) < MIN_COUNTED_WORDS:
        return text
    first, last = words[0].casefold(), words[-1].casefold()
    if first in quantities.count_at_an_end and words[1].casefold() not in quantities.count_verb_after:
        return " ".join(["number of", *words[1:]])
    # only a keyword string ends so: 'how much did the US spend by SIPRI's count?' asks an amount
    keywords = not any(word.casefold() in STOPWORDS or "'" in word or "’" in word for word in words)
    return " ".join(["number of", *words[:-1]]) if last in quantities.count_at_an_end and keywords else text


SLASH_FRACTION = re.compile(r"(?<![\w/.,])([1-9])\s?/\s?([2-9]|10)(?![\w/])")  # '~2/3', never '24/7' or a date
MOST_PARTS = 3  # 'three quarters': the most parts a fraction of the cues is said in


@functools.cache
def _fraction_multiples() -> dict[str, int]:
    """'a', 'one', 'two', '3' before a fraction word: how many parts, from the cues' own number words."""
    spelled = {word: int(value) for word, value in cues().raw.numbers.items() if value <= MOST_PARTS}
    digits = {str(value): value for value in range(1, MOST_PARTS + 1)}
    return {**dict.fromkeys(cues().raw.fraction_openers, 1), **spelled, **digits}


@functools.cache
def _worded_fraction() -> re.Pattern[str]:
    """'two thirds of', 'half of', 'a quarter of': a fraction of something named (an ordinal before it is a period
    of the year, read by _fraction_as_percent)."""
    singular = [word for word in cues().raw.fraction_words if " " not in word]
    multiples = "|".join(map(re.escape, sorted(_fraction_multiples(), key=len, reverse=True)))
    fractions = "|".join(rf"{re.escape(word)}s?" for word in singular) + "|halves"
    return re.compile(rf"\b(?:({multiples})[\s-]+)?({fractions})\s+of\b", re.IGNORECASE)


def _fractions_in_percent(text: str) -> str:
    """'does the US pay ~2/3 of NATO spending', 'two thirds of', 'half of': a fraction of a whole is the
    percentage it names (66.7%), read as any percentage typed is."""
    text = SLASH_FRACTION.sub(lambda found: f"{int(found[1]) / int(found[2]) * 100:.1f}%", text)
    text = _approximate_fraction().sub(_approximate_fraction_as_percent, text)
    return _worded_fraction().sub(_fraction_as_percent, text)


@functools.cache
def _approximate_fraction() -> re.Pattern[str]:
    """'a figure around two-thirds', 'roughly a third?': a fraction said as an approximate figure is a share,
    whatever follows it (the approximate word says it is a figure, not a part of a year)."""
    approximate = "|".join(map(re.escape, sorted(cues().raw.qualifiers["approximate"], key=len, reverse=True)))
    fraction = _worded_fraction().pattern.removeprefix(r"\b").removesuffix(r"\s+of\b")
    return re.compile(rf"\b({approximate})\s+{fraction}\b(?!\s+of\b)", re.IGNORECASE)


def _fraction_as_percent(found: re.Match[str]) -> str:
    """'two thirds of' is the data's 'two thirds' (0.667), 'a third of' its 'third' (0.333) once."""
    share = 0.0 if _after_an_ordinal(found) else _share_named(found[1], found[2])
    return f"{share * 100:.1f}% of" if share else found[0]


def _approximate_fraction_as_percent(found: re.Match[str]) -> str:
    """'around two-thirds' is 'around 66.7%'."""
    share = _share_named(found[2], found[3])
    return f"{found[1]} {share * 100:.1f}%" if share else found[0]


def _share_named(parts: str | None, fraction: str) -> float:
    """The share a fraction in words names: 'two thirds' the data's 'two thirds', 'a third' its 'third' once."""
    multiple = _fraction_multiples().get((parts or "a").casefold(), 1)
    fractions = cues().raw.fraction_words
    names = {value: word for word, value in _fraction_multiples().items() if word.isalpha() and value > 1}
    named = f"{names.get(multiple, '')} {fraction.casefold()}"
    singular = fraction.casefold().removesuffix("s").replace("halve", "half")
    return fractions.get(named, multiple * fractions.get(singular, 0.0))


def _after_an_ordinal(found: re.Match[str]) -> bool:
    """'the third quarter of 2025', 'the first half of the year', 'the last quarter of': a part of a year named by
    its place is a period, never a fraction."""
    before = found.string[: found.start()].split()
    return bool(before) and before[-1].casefold() in cues().ordinals


def _fraction_compared(words: list[str], index: int) -> float | None:
    """'more than half', 'over a third', 'less than a quarter', 'more than a fifth': a fraction named as a line to
    compare with; an ordinal after 'a' or 'one' there is a fraction too ('a fifth' is 1/5, 'fifth place' is not)."""
    word = words[index]
    fraction = cues().raw.fraction_words.get(word)
    openers = cues().raw.fraction_openers
    if fraction is None and cues().ordinals.get(word) and index > 0 and words[index - 1] in openers:
        fraction = 1 / cues().ordinals[word]
    if fraction is None:
        return None
    before = " ".join(words[max(0, index - 3) : index])
    bounds = cues().raw.qualifiers
    compared = any(f" {phrase} " in f" {before} " for phrase in (*bounds["minimum"], *bounds["maximum"]))
    return fraction if compared else None


def _pronoun_us(words: list[str], mention: Mention, original: str, mentions: list[Mention]) -> bool:
    """'tell us the share' is a pronoun; 'US share', 'the U.S.', 'us share' and 'the ratio of us to uk' (paired
    with another name) are the United States."""
    if mention.alias != PRONOUN_US.alias:
        return False
    if us_of_the_asker(words, mention, original, mentions):
        return True
    if PRONOUN_US.written_as_country.search(original):
        return False
    following = words[mention.end] if mention.end < len(words) else ""
    paired = following in PRONOUN_US.pairings and any(other.start == mention.end + 1 for other in mentions)
    before = words[mention.start - 1] if mention.start > 0 else ""
    measured = following in PRONOUN_US.measures_after and before not in PRONOUN_US.addressing
    return (
        before in PRONOUN_US.pronoun_context
        and following not in PRONOUN_US.country_followers
        and not paired
        and not measured
    )


def _only_the_source(words: list[str], mention: Mention, mentions: list[Mention]) -> bool:
    """'Sweden's troops according to NATO': the alliance named as whose figures, when the question asks about
    someone else; alone ('spending according to NATO') it stays the subject."""
    named_as_source = words[max(0, mention.start - 2) : mention.start] == ["according", "to"] or gives_the_figures(
        words, mention
    )
    # 'canada's NATO-eligible spending', 'by nato's definition': the rules the figure follows
    named_as_basis = mention.end < len(words) and words[mention.end] in domain.question_words().basis_words
    return (named_as_source or named_as_basis) and any(other.target != mention.target for other in mentions)


def gives_the_figures(words: list[str] | tuple[str, ...], mention: Mention) -> bool:
    """'per NATO', 'does NATO report Iceland's GDP', 'what does NATO say', 'NATO's figure for Spain': the alliance
    named as the body whose tables give the figures (after an opener, as the subject of a verb of giving figures,
    right before it or one word before, or as whose figures, tables or breakdown)."""
    if mention.target != lexicon.NATO_ALLIES:
        return False
    asked = domain.question_words()
    before = words[mention.start - 1] if mention.start > 0 else ""
    after = words[mention.end : mention.end + 2]
    verb = bool(set(after) & asked.source_verbs)
    return before in asked.source_openers or verb or data_named_after(words, mention.end) is not None


def data_named_after(words: list[str] | tuple[str, ...], end: int) -> int | None:
    """'NATO's figure', 'NATO's current-dollar figures', 'NATO's June 2024 table': where the noun of the data a body
    named before `end` gives ends (a few words of the figure may stand between), or None when none follows. Not so
    past a stopword or a word of a whole ('NATO's total figure' is the alliance's own)."""
    sources = domain.question_words().sources
    nouns = sources.data_nouns | {phrase.split()[-1] for phrase in sources.table}
    wholes = domain.question_words().intent.whole_words
    if end > 0 and words[end - 1] in wholes:  # 'the NATO total figure': the alliance's own, named by its total
        return None
    for at in range(end, min(len(words), end + FIGURE_WORDS_BEFORE_DATA + 1)):
        if words[at] in nouns:
            return at + 1
        if words[at] in STOPWORDS or words[at] in wholes:
            return None
    return None


def _a_body_of_another(mention: Mention, mentions: list[Mention]) -> bool:
    """'Poland's ministry of defence': a government's body is the country the question names beside it; only
    alone ('the MoD's budget') does it name its own."""
    return mention.alias in lexicon.body_names() and any(other.target != mention.target for other in mentions)


def _an_event_held_there(words: list[str], mention: Mention) -> bool:
    """'at the Washington summit', 'the vilnius summit': a capital naming an event held there, not its government."""
    following = words[mention.end] if mention.end < len(words) else ""
    return mention.alias in lexicon.weak_names() and following in domain.question_words().events_held


def _names_a_part(words: list[str], index: int) -> bool:
    """'per NATO Table 1', 'using Table 4': a plain number right after a numbered part of a document names it."""
    numbered = domain.question_words().sources.numbered_parts
    return index > 0 and words[index - 1] in numbered and words[index].isdigit()


def _counts_periods(words: list[str], index: int) -> bool:
    """'compare two periods', 'over three phases': a number right before a noun of spans of years counts
    the spans the question names, no figure of theirs."""
    following = words[index + 1 : index + 2]
    return bool(following) and following[0] in domain.question_words().series.period_nouns


def _names_no_figure(words: list[str], index: int) -> bool:
    """'Table 4' names a table, 'ten years ago' a year, 'two periods' the spans asked, 'the 10-year table' how long a
    span is, 'the national defense function (050)' a budget's code: the number is no figure."""
    return (
        CODE_NUMBER.fullmatch(words[index]) is not None
        or _names_a_part(words, index)
        or _counts_time_back(words, index)
        or _counts_periods(words, index)
        or _counts_the_span_named(words, index)
    )


def _counts_the_span_named(words: list[str], index: int) -> bool:
    """'per the 10-year table' over 2014-2024: a span's length before its unit, as long as the span the question
    names, says the years again; one of another length ('the five year sum' of four years) is a figure to check."""
    if not says_a_span_long(words, index):
        return False
    years = sorted({int(word) for word in words if YEAR.fullmatch(word)})
    counted = float(words[index].strip("$€£%"))
    return len(years) >= 2 and counted in {years[-1] - years[0], years[-1] - years[0] + 1}


def says_a_span_long(words: list[str], index: int) -> bool:
    """'per the 10-year table', 'a five-year plan': a number before a unit of time said in the singular (a hyphen's
    two words) says how long a span is; it is no figure asked ('over 10 years', '10 years ago' are read apart)."""
    following = words[index + 1 : index + 2]
    units = domain.question_words().time_ago.units
    return bool(following) and following[0] in units and not following[0].endswith("s")


def _unit_counted_back(words: Sequence[str], index: int) -> str | None:
    """'10 years ago', 'two decades ago': the unit ('years', 'decades') the word at `index` counts back by, if it is
    followed by one and 'ago'."""
    ago = domain.question_words().time_ago
    following = words[index + 1 : index + 3]
    if len(following) == 2 and following[0] in ago.units and following[1] == ago.word:
        return following[0]
    return None


def _counts_time_back(words: list[str], index: int) -> bool:
    """'10 years ago', '2014, ten years earlier': the number counts time to the year asked; it is no figure."""
    ago = domain.question_words().time_ago
    following = words[index + 1 : index + 3]
    counted = len(following) == 2 and following[0] in ago.units and following[1] in ago.from_another_year
    return counted or _unit_counted_back(words, index) is not None


def time_counted_words(words: Sequence[str]) -> set[str]:
    """The words counting time after a number ('ten years earlier', 'a decade ago'): they name when, no measure."""
    said = list(words)
    return {
        word for index in range(len(said)) if _counts_time_back(said, index) for word in said[index + 1 : index + 3]
    }


@functools.lru_cache(maxsize=4096)  # asked of every fact a question's pool scores
def years_counted_back(words: tuple[str, ...]) -> int | None:
    """'ten years ago', '10 years ago', 'a decade ago', 'two decades ago': the years counted back."""
    words_of = domain.question_words()
    for index, count in enumerate(words):
        unit = _unit_counted_back(words, index)
        many = _how_many(count) if unit is not None else None
        if unit is not None and many is not None:
            return -round(many * words_of.time_ago.units[unit])
    return None


def years_counted_from_another(words: Sequence[str]) -> int | None:
    """'ten years earlier', '10 yrs before', 'a decade later': the years counted from another year (the one the
    message or the answer before it gave), back or on."""
    ago = domain.question_words().time_ago
    for index, count in enumerate(words):
        following = words[index + 1 : index + 3]
        if len(following) != 2 or following[0] not in ago.units or following[1] not in ago.from_another_year:
            continue
        many = 1.0 if count in ago.one else _how_many(count)
        if many is not None and count not in domain.question_words().articles - ago.one:
            return round(many * ago.units[following[0]]) * ago.from_another_year[following[1]]
    return None


def _how_many(count: str) -> float | None:
    """'a' 1, 'ten' 10, '10' 10: the number of units a word counts."""
    if count in domain.question_words().articles:
        return 1.0
    many = cues().numbers.get(count)
    return float(count) if many is None and count.isdigit() else many


def years_naming_an_event(words: Sequence[str]) -> set[int]:
    """The years right before a word for a gathering or what it agreed ('the 2025 pledge', 'the 2014 Wales
    summit', one name between at most): they say which one, not the year a figure is for."""
    events = domain.question_words().verifier.agreed_at
    return {
        int(word)
        for index, word in enumerate(words)
        if YEAR.fullmatch(word) and any(after in events for after in words[index + 1 : index + 3])
    }


def _inside_group_names(words: list[str]) -> frozenset[int]:
    """The positions of the words naming a group of allies ('the 2004 entrants', 'founding members of 1949')."""
    return frozenset(
        position
        for mention in lexicon.find_mentions(words, domain.group_aliases())
        for position in range(mention.start, mention.end)
    )


def price_base(words: list[str], index: int) -> bool:
    """'constant 2015 prices' or '2015 US$' names the price base of a figure, not the year asked about; a currency
    after the only year of a question ('spending 2024 usd current') or after a span's end ('2014 to 2024 usd') is
    the currency asked, not a price base."""
    before = words[index - 1] if index > 0 else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    # another year asked, not one naming prices itself ('in 2014 (US dollars, 2015 prices …)': 2015 is the base)
    other_year = any(
        YEAR.fullmatch(word) and words[position + 1 : position + 2] not in (["prices"], ["price"])
        for position, word in enumerate(words)
        if position != index
    )
    # 'change 2014 to 2024 usd': the year ending a span is asked, the currency after it too
    ends_a_span = before in SPAN_ENDS and index >= 2 and YEAR.fullmatch(words[index - 2]) is not None
    dollars = after in us_dollar_names() or " ".join(words[index + 1 : index + 3]) in us_dollar_names()
    priced_in_dollars = dollars and other_year and not ends_a_span  # 'in 2015 US dollars' as '2015 USD'
    return before == "constant" or after in {"prices", "price"} or priced_in_dollars


@cache
def us_dollar_names() -> frozenset[str]:
    """The US dollar's names in cues.toml, normalised ('us dollars', 'u s dollar')."""
    return frozenset(normalise(word) for word, code in cues().raw.currency_words.items() if code == "USD")


def _currency_us(words: list[str], mention: Mention) -> bool:
    """'in US dollars' names a currency, not the United States; 'in euros', 'millions of euros', 'billion euros',
    'how many euros' a currency, not the European allies."""
    following = words[mention.end] if mention.end < len(words) else ""
    before = words[mention.start - 1] if mention.start > 0 else ""
    counted = before in ("in", "of", "many") or before in cues().raw.spelled.figure_units
    in_a_currency = counted and mention.alias in cues().raw.currency_words
    return in_a_currency or f"{mention.alias} {following}" in us_dollar_names()


@cache
def _longest_first(kind: str) -> tuple[tuple[str, str], ...]:
    """A list of meanings of the question words ('phrase_meanings'), its longest phrases first, each phrase and its
    meaning set off by spaces as they are looked for."""
    meanings: dict[str, str] = getattr(domain.question_words(), kind)
    ordered = sorted(meanings.items(), key=lambda item: len(item[0]), reverse=True)
    return tuple((f" {phrase} ", f" {meant} ") for phrase, meant in ordered)


def _replaced(text: str, kind: str) -> str:
    spaced = f" {text} "
    for phrase, meant in _longest_first(kind):
        if phrase in spaced:  # most phrases are in no message: looked for, not copied
            spaced = spaced.replace(phrase, meant)
    return spaced.strip()


def _homophones_read(words: list[str]) -> list[str]:
    """'did germany meet too percent', 'for billion euros': a dictated number written as a word that sounds like it
    is that number right before a unit; elsewhere the word is itself ('too much', 'for 2024')."""
    homophones = domain.question_words().number_homophones
    joined = [" ".join(words[at + 1 : at + 3]) for at in range(len(words))]
    return [
        homophones.words[word]
        if word in homophones.words and any(f"{after} ".startswith(f"{unit} ") for unit in homophones.units)
        else word
        for word, after in zip(words, joined, strict=True)
    ]


def _read_as_meant(text: str) -> str:
    """Phrases that mean another as it ('not inflation adjusted' → 'current prices'), longest first. Words of other
    languages were read as their English word already (`clean`), so a phrase they form is read too ('how many
    Milliarden zloty' is 'how many billions zloty', an amount asked)."""
    return _replaced(text, "phrase_meanings")


def closing_tag(text: str) -> tuple[str, str, str]:
    """'…, wasn't it?': the statement before the message's last comma (with a question mark), the words after it as
    typed and as read (normalised, without marks); ('', '', '') when no comma closes a statement."""
    statement, comma, typed = text.rpartition(",")
    if not comma or not statement.strip():
        return "", "", ""
    return statement + "?", typed, " ".join(normalise(typed.replace("?", " ")).split())


def without_yes_no_tag(text: str) -> tuple[str, str]:
    """'poland had more troops than germany in 2024, right?': the statement, and the tag that asked to confirm it
    ('' if none)."""
    statement, _, closing = closing_tag(text)
    if statement and closing in domain.question_words().verifier.yes_no_tags:
        return statement, closing
    for tag in domain.question_words().verifier.yes_no_tags:
        ending = f" {tag}"
        if " " in tag and normalise(text.replace("?", " ")).rstrip().endswith(ending):  # '… or not?'
            return text[: text.casefold().rstrip(" ?").rindex(tag.split()[0])].rstrip() + "?", tag
    if statement and _a_tag_restating(closing):
        return statement, closing  # '… a real-terms cut in 2024, wasn't it negative?'
    return text, ""


def _a_tag_restating(tag: str) -> bool:
    """'wasn't it negative', "isn't that a cut": a tag turning the statement back on itself with a word or two
    saying the claim again, no figure of its own."""
    words = tag.split()
    for reversed_tag in domain.question_words().verifier.date_tags:
        length = len(reversed_tag.split())
        rest = words[length:]
        if words[:length] == reversed_tag.split() and 0 < len(rest) <= RESTATED_WORDS:
            return not any(character.isdigit() for word in rest for character in word)
    return False


# Where a message's last clause may open: a dash, a comma, a sentence's end, a closing quote.
CLAUSE_MARK = re.compile(r"(?:\s[-–—]|[,.;:!?]|(?<=['\"”’]))\s+")


def _tag_before_its_basis(text: str) -> tuple[str, bool]:
    """'Poland now outspends the UK - is that right for 2024 in NATO's current-price figures?': a tag opening the
    last clause, followed by the year or source the figure is taken from, asks for yes or no on the statement
    before it as a closing tag does; the words after the tag still say which figure."""
    verifier = domain.question_words().verifier
    for mark in reversed(list(CLAUSE_MARK.finditer(text))):
        statement, typed = text[: mark.start()].rstrip(), text[mark.end() :].split()
        clause = normalise(" ".join(typed).replace("?", " ")).split()
        for tag in verifier.claim_tags:
            length = len(tag.split())
            basis = f" {' '.join(clause[length:])} "
            if (
                statement
                and clause[:length] == tag.split()
                and any(f" {o} " in basis[: len(o) + 2] for o in verifier.basis_openers)
            ):
                return f"{statement} {' '.join(typed[length:])}", True
    return text, False


QUOTED_CLAIM = re.compile(
    r"^(?P<lead>(?:[^:?'\"“‘]|(?<=\w)'(?=\w)){1,80}):\s*['\"“‘](?P<claim>.+?)['\"”’](?=\s|$|[?,.!])(?P<rest>.*)$"
)


def _quoted_claim(text: str) -> str:
    """ "Headline I'm checking: 'Italy cut defence spending in real terms in 2024.' per NATO?": a lead naming no ally
    and no year, a colon, then a claim in quotes: the claim is what is asked, the lead only says whose it is."""
    quoted = QUOTED_CLAIM.match(text)
    if quoted is None:
        return text
    lead = normalise(quoted.group("lead")).split()
    if YEAR.search(quoted.group("lead")) or lexicon.find_mentions(lead, lexicon.entity_aliases()):
        return text
    return f"{quoted.group('claim').rstrip(' .!')} {quoted.group('rest').strip()}".rstrip()


@cache
def _other_side() -> re.Pattern[str]:
    verifier = domain.question_words().verifier
    starts = "|".join(map(re.escape, sorted(verifier.yes_no_starts)))
    pointers = "|".join(map(re.escape, sorted(verifier.other_side_pointers)))
    return re.compile(rf",?\s*\bor\s+(?:{starts})\s+(?:{pointers})\b[^,;:?]*", re.IGNORECASE)


def _without_the_other_side(text: str) -> str:
    """'Does the US have more than 1.3 million troops in 2024, or is that an overstatement?', 'Did Slovakia meet 2%
    in 2024, or did it fall just short?': the clause after 'or' asking the same thing back is the yes or no's other
    side, nothing more asked; the question is what is left."""
    opening = normalise(text).split()[:1]
    if not opening or opening[0] not in domain.question_words().verifier.yes_no_starts:
        return text
    return _other_side().sub("", text)


@cache
def _assuming_yes() -> re.Pattern[str]:
    words = domain.question_words()
    openers = "|".join(map(re.escape, sorted(words.verifier.yes_assumed, key=len, reverse=True)))
    asking = "|".join(map(re.escape, words.interrogatives))
    return re.compile(rf"[?.]\s+(?:{openers})\b[\s,:-]*(?:{asking})\b", re.IGNORECASE)


def _asks_on_assuming_yes(statement: str) -> bool:
    """'Does NATO list Hungary's spending in forints? If so, what was the 2024 figure?': a question asked on as if
    the yes or no before it were yes."""
    return bool(_assuming_yes().search(statement.replace("’", "'")))


ACRONYM = re.compile(r"\b[A-Z]{2,}\b")


# What ends a lead naming the topic before the question itself ('uk vs germany 2024, did the uk outspend germany?')
LEAD_MARKS = re.compile(r"[,:;]")


def _yes_or_no_after_a_lead(statement: str) -> bool:
    """'uk vs germany 2024, did the uk outspend germany?', 'in 2024, was france over 2%?': the allies, year or
    figure named first, then a clause opening as a yes or no question does; a lead that asks something itself
    ('what did poland spend, and was it over 2%?') makes the message a question of another shape."""
    words = domain.question_words()
    clauses = LEAD_MARKS.split(statement)
    for index, clause in enumerate(clauses[1:], start=1):
        opening = normalise(clause).split()
        if not opening:
            continue
        lead = normalise(" ".join(clauses[:index])).split()
        if any(word in words.interrogatives or word in words.verifier.yes_no_starts for word in lead):
            return False
        if opening[0] in words.verifier.yes_no_starts:
            return True
    return False


def _compared_as_asked(statement: str) -> bool:
    """'greece spend more % gdp than turkey in 2024?': a comparison opening with whom it compares, asked with a
    question mark and no question word, is a yes or no question with its 'did' left out ('first year germany
    spent more than france?' opens with what it asks); its codes are read as names already ('DE real YoY
    negative in 2021?'). The verb may stand in its statement's place ('greece share 2024 was higher than us?')."""
    words = domain.question_words()
    said = normalise(statement).split()
    if "?" not in statement or set(words.interrogatives) & set(said):
        return False
    if (said[:1] and said[0] in words.verifier.yes_no_starts) or not set(words.verifier.bare_comparisons) & set(said):
        return False
    named_first = said[0] in lexicon.short_names()
    return named_first or any(mention.start == 0 for mention in lexicon.find_mentions(said, lexicon.entity_aliases()))


SHORTEST_GLUED_HALF = 2  # 'in' of 'inthe'
COMMON_WORD_ZIPF = 4.0  # a word this common in English is never two words glued ('soon', 'into')


def _unglued(word: str, vocabulary: Vocabulary) -> list[str]:
    """'inthe 2023', 'ofgdp': two words typed without the space between them, one a function word, the other a
    word known (typos are fixed first: 'spendin' is 'spending', not 'spend in')."""
    if len(word) < 2 * SHORTEST_GLUED_HALF or not word.isalpha() or word in vocabulary.documented:
        return [word]
    if word in vocabulary.words or vocabulary.correct(word) != word:
        return [word]
    halves = [(word[:at], word[at:]) for at in range(SHORTEST_GLUED_HALF, len(word) - SHORTEST_GLUED_HALF + 1)]
    rare = zipf_frequency(word, "en") < COMMON_WORD_ZIPF  # 'soon' is a word, 'ofthe' a web list's slip
    for first, second in halves:  # 'ofthe', 'tothe': two function words
        if rare and first in STOPWORDS and second in STOPWORDS:
            return [first, second]
    if word in english_words():
        return [word]
    for first, second in halves:
        if (first in STOPWORDS or second in STOPWORDS) and _known(first, vocabulary) and _known(second, vocabulary):
            return [first, second]
    return [word]


def _known(word: str, vocabulary: Vocabulary) -> bool:
    """A word of the domain or the documents ('gdp' of 'ofgdp'); any English word would split another language's
    ('totales' is no 'to tales')."""
    return word in vocabulary.words or word in vocabulary.documented


SHORTEST_POSSESSIVE = 3  # 'uks': a two-letter name and its s
SHORT_NAME_POSSESSIVE = 5  # below this, the possessive of a short name may be an English word ('mods')


def _without_bare_possessive(word: str, vocabulary: Vocabulary) -> str:
    """'frances budget', 'polands spending': a name's possessive typed without its apostrophe is the name, as
    `normalise` already makes of "france's" (only for names; 'states', 'forces' stay what they are). A short name's
    too ('uks spending', 'usas budget'), unless the word is an English one of its own ('mods', 'uss')."""
    if len(word) < SHORTEST_POSSESSIVE or not word.endswith("s") or word in vocabulary.words:
        return word
    if len(word) < SHORT_NAME_POSSESSIVE and word in english_words():
        return word
    name = word[:-1]
    return name if (name,) in lexicon.entity_aliases() else word


def _without_asker_dative(words: list[str]) -> list[str]:
    """'count for me the allies below 1.5% of GDP': whom the request is for names nothing asked."""
    for phrase in domain.question_words().asker_datives:
        said = phrase.split()
        found = next((i for i in range(len(words)) if words[i : i + len(said)] == said), None)
        if found is not None:
            words = words[:found] + words[found + len(said) :]
    return words


PRONOUN_ONE = frozenset({"one", "ones"})


def _without_pronoun_one(words: list[str]) -> list[str]:
    """'and the lowest one?', 'which is the biggest one': 'one' after a superlative stands for whom the superlative
    picks, no figure of one ('at least one ally' keeps its one)."""
    verifier = domain.question_words().verifier
    superlatives = verifier.superlatives_greater | verifier.superlatives_lesser
    return [
        word
        for index, word in enumerate(words)
        if word not in PRONOUN_ONE
        or not index
        or words[index - 1] not in superlatives
        or words[index - 2 : index - 1] == ["at"]
    ]


SUBJECT_REACH = 3  # 'what each ally must', 'what the allies must': a subject of a few words before the modal


def _negated_opener_read(words: list[str]) -> list[str]:
    """ "Didn't Germany's spending fall in 2021?": a question opened negatively asks the claim to be confirmed, as
    'did Germany's spending fall?' does; its opener is read plainly so the test is not turned round."""
    asking = domain.question_words()
    negated = asking.verifier.negated_starts
    opening = next((at for at, word in enumerate(words) if word not in asking.leading_connectives), None)
    if opening is None or words[opening] not in negated:
        return words
    after = words[opening + 1 :]
    if not after or not (after[0] in asking.verifier.negated_start_subjects or _opens_a_subject(after)):
        return words  # "didn't meet 2% in 2024: who?": no subject asked about, the negation is the test's own
    return [*words[:opening], negated[words[opening]], *words[opening + 1 :]]


def _modal_before_its_subject(words: list[str]) -> list[str]:
    """'what each ally must submit every year?': a question word, a subject of a few words and then a modal, as
    another language orders them, read in English order ('what must each ally submit every year?')."""
    asking = domain.question_words()
    words = _modal_said_passively(words)
    if len(words) < 3 or words[0] not in asking.interrogatives or not _opens_a_subject(words[1:]):
        return words
    for index in range(2, min(len(words), SUBJECT_REACH + 2)):
        subject = words[1:index]
        if set(subject) & {*asking.interrogatives, *asking.verifier.yes_no_starts} or any(
            any(character.isdigit() for character in word) for word in subject
        ):
            return words
        if words[index] in asking.modals_after_subject:
            return [words[0], words[index], *subject, *words[index + 1 :]]
    return words


PASSIVE_BE = frozenset({"is", "are"})  # 'what is each ally required to submit', 'what are allies obliged to do'


def _modal_said_passively(words: list[str]) -> list[str]:
    """'what is each Ally required to submit?': a question word, 'is', a subject of a few words and a modal said
    passively, read as the modal after the subject ('what each Ally must submit?'), which is then put before it."""
    passive = domain.question_words().modals_said_passively
    if len(words) < 5 or words[0] not in domain.question_words().interrogatives or words[1] not in PASSIVE_BE:
        return words
    for index in range(3, min(len(words) - 1, SUBJECT_REACH + 3)):
        modal = passive.get(f"{words[index]} {words[index + 1]}")
        if modal is not None:
            return [words[0], *words[2:index], modal, *words[index + 2 :]]
    return words


def _opens_a_subject(words: list[str]) -> bool:
    if words[0] in domain.question_words().subject_openers:
        return True
    return any(mention.start == 0 for mention in lexicon.find_mentions(words, lexicon.entity_aliases()))


def parse(original: str, vocabulary: Vocabulary, people: dict[tuple[str, ...], str]) -> Question:
    """The question read once per message (every stage of an answer asks again): each caller gets its own copy
    to add context to."""
    key = (original, id(people), setting_askers_aside())
    read = vocabulary.parsed.get(key)
    if read is None:
        read = _parsed(original, vocabulary, people)
        if len(vocabulary.parsed) >= PARSED_KEPT:
            vocabulary.parsed.pop(next(iter(vocabulary.parsed)))
        vocabulary.parsed[key] = read
    return _copy(read)


def _copy(question: Question) -> Question:
    return replace(
        question,
        words=list(question.words),
        entities=list(question.entities),
        people=list(question.people),
        years=list(question.years),
        numbers=list(question.numbers),
        concepts=set(question.concepts),
        corrections=dict(question.corrections),
        context_facts=list(question.context_facts),
        aliases={name: list(said) for name, said in question.aliases.items()},
        role_holders=list(question.role_holders),
        askers=dict(question.askers),
    )


def _a_word_of_the_group(mention: lexicon.Mention, group: lexicon.Mention) -> bool:
    """A name inside a longer name of a group ('allies' of 'the Nordic Allies'); a group named as the entity is
    ('euro area') is the entity."""
    inside = group.start <= mention.start and mention.end <= group.end
    return inside and group.end - group.start > mention.end - mention.start


def _members_without_their_field(entities: list[str], words: list[str], excluded: frozenset[str]) -> list[str]:
    """ "The 'big three' of Western Europe — France, Germany and the UK. Combined 2024 spending?": a group named
    beside several of its own members, their figures combined, is where they are from, not one more to add; members
    it leaves out ('the European allies combined, excluding Germany and France') are no members added."""
    operations = domain.question_words().operations
    combining = {*operations.sum, *operations.average}
    joined = f" {' '.join(words)} "
    if lexicon.EUROPE_AND_CANADA not in entities or not any(f" {phrase} " in joined for phrase in combining):
        return entities
    if any(f" {phrase} " in joined for phrase in operations.share_of_total):
        return entities  # 'france and germany together as a share of nato europe & canada': the group is the whole
    members = [
        name for name in entities if lexicon.is_ally(name) and name != lexicon.UNITED_STATES and name not in excluded
    ]
    return [name for name in entities if name != lexicon.EUROPE_AND_CANADA] if len(members) >= 2 else entities


def _read_the_entities(question: Question, original: str) -> None:
    """The entities a question names, and whom it names as the asker's own ally ('we Danes')."""
    words = question.words
    mentions = lexicon.find_mentions(words, lexicon.entity_aliases())
    groups = lexicon.find_mentions(words, domain.group_aliases())
    for mention in mentions:
        if _pronoun_us(words, mention, original, mentions):
            question.pronoun_us_at |= {mention.start}
            continue
        if _currency_us(words, mention):
            continue
        if any(_a_word_of_the_group(mention, group) for group in groups):
            continue  # 'which of the Nordic Allies': the allies of the group named, not the alliance
        if _only_the_source(words, mention, mentions) or _an_event_held_there(words, mention):
            continue
        if _a_body_of_another(mention, mentions):
            continue
        if names_the_asker(words, mention):
            question.askers[mention.target] = mention.alias
            if setting_askers_aside():
                continue
        question.aliases.setdefault(mention.target, []).append(mention.alias)
        if mention.target not in question.entities:
            question.entities.append(mention.target)
    excluded = left_out(question)
    fields_kept = _members_without_their_field(question.entities, words, excluded)
    question.entities = entities_less_those_left_out(fields_kept, question, excluded)


def _parsed(original: str, vocabulary: Vocabulary, people: dict[tuple[str, ...], str]) -> Question:
    original = original[:MAX_QUESTION_CHARS]  # every later stage reads at most this much of a message
    text = clean(original)
    statement, tag = without_yes_no_tag(_without_the_other_side(without_remarks(text)))
    tagged = bool(tag)
    statement, tagged_before_basis = _tag_before_its_basis(statement)
    tagged = tagged or tagged_before_basis
    statement = _quoted_claim(statement) if tagged else statement  # 'finish rutte's quote: …' asks for the quote
    statement = SPACED_PERCENT.sub(r"\1%", DECIMAL_COMMA.sub(r"\1.\2", _figures_apart(statement)))
    statement = _without_a_basis_refused(statement)
    prepared = _fractions_in_percent(
        SPACED_AND.sub(" and ", _plus_between_names(_with_codes_named(_slash_read_as_to(_parts_joined(statement)))))
    )
    prepared = _count_at_an_end(_count_short_form().sub("number of", _basis_left(prepared)))
    prepared = ESTIMATED_YEAR.sub(
        r"\1 estimate", _odd_years_read(SHORT_YEAR.sub(r"20\1", PERCENT_OR_MORE.sub(r"\1% or more", prepared)))
    )
    prepared = THOUSANDS_SEPARATOR.sub(
        "", HYPHENATED.sub(" ", GLUED_PERCENT.sub("% of ", PERCENT_AFTER_WORD.sub(r"% of \1", prepared)))
    )
    short_forms = domain.question_words().abbreviations
    raw_words = [
        part
        for word in words_in_digits(_homophones_read(_read_as_meant(normalise(prepared)).split()), spelled_reader())
        for part in short_forms.get(word, NUMBER_WORDS.get(word, word)).split()
    ]
    raw_words = [_without_bare_possessive(word, vocabulary) for word in _short_names_read(raw_words)]
    raw_words = [part for word in raw_words for part in _unglued(word, vocabulary)]
    raw_words = _modal_before_its_subject(_without_pronoun_one(_without_asker_dative(raw_words)))
    raw_words = _negated_opener_read(raw_words)
    acronyms = {word.casefold() for word in ACRONYM.findall(original)}
    words = [_corrected(word, vocabulary, acronyms) for word in raw_words]
    question = Question(original=original, text=text, words=words, tagged_yes_no=tagged)
    question.yes_or_no_outright = tag in domain.question_words().verifier.yes_no_outright
    question.yes_no_after_lead = _yes_or_no_after_a_lead(statement) or _compared_as_asked(_with_codes_named(statement))
    question.yes_assumed = _asks_on_assuming_yes(statement)
    question.corrections = {raw: fixed for raw, fixed in zip(raw_words, words, strict=True) if raw != fixed}
    _read_the_entities(question, original)
    question.people = list(dict.fromkeys(m.target for m in lexicon.find_mentions(words, people)))
    in_group_names = _inside_group_names(words)
    for index, word in enumerate(words):
        if YEAR.fullmatch(word):
            # a year named twice ('in 2024 … of its 2024 GDP') is one year asked, never a span from it to itself
            if index in in_group_names:
                continue  # 'the allies that joined in 2004': the year names the group, it is no year asked
            if not price_base(words, index) and int(word) not in question.years:
                question.years.append(int(word))
        # 'in FY2024', 'FY25': a fiscal year, asked by its year; the word itself stays, for a fact naming that fiscal
        # year to state
        elif (fiscal := one_fiscal_year_of_word(word)) is not None and not _short_fiscal_span(words, index):
            if fiscal not in question.years:
                question.years.append(fiscal)
        elif re.fullmatch(r"[$€£]?\d{1,15}(?:\.\d{1,6})?%?", word):  # longer digit runs are noise, not figures
            if _names_no_figure(words, index):
                continue
            percent = word.endswith("%") or words[index + 1 : index + 2] in (["percent"], ["per"])
            question.numbers.append((float(word.strip("$€£%")), percent))
        elif (fraction := _fraction_compared(words, index)) is not None:  # 'more than half': a line of 50%
            question.numbers.append((round(fraction * 100, 1), True))
    question.concepts = lexicon.concepts(words)
    return question
