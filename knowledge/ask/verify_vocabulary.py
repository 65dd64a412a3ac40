"""The words of a question that ask, for the checks of `knowledge.ask.verify`.

Scaffolding (domain data: 'tell me', 'how much', the operations' words) asks nothing; a long or hostile
message asks only in its last question; a word is accounted for by evidence stating it, its stem, its
concept, or a misspelling of it; a rare word one typo from scaffolding is scaffolding.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from knowledge import domain, lexicon
from knowledge.ask.parse import Operation, ParsedQuestion
from knowledge.cues import cues
from knowledge.lexicon import normalise
from knowledge.question import STOPWORDS, stem

FUZZY_SAME_WORD = 85
MIN_TYPO_LENGTH = 4
TYPO_ZIPF = 4.0
QUESTION_STARTS = frozenset(
    {"what", "whats", "which", "how", "who", "whos", "when", "where", "why", "is", "does", "did"}
)
ECHO_WORDS = frozenset({"what", "which", "who", "whom", "where", "when"})  # asking where the answer stands
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
CLAUSE_BREAK = re.compile(r"[.?!;:,()]+\s+|\s[-–—]+\s+")
EITHER_OR = "or"  # 'or is it …' opens the other side of the question before it
LONG_MESSAGE = 20  # words: a message this long is a story with a question in it
YEAR_NOUN = "year"  # "the pandemic year 2020": the noun a word describing a year stands before
NUMBER_WORD = re.compile(r"[$€£]?\d+(?:\.\d+)?(?:%|k|m|bn|b|mn)?")
THING_POINTERS = frozenset({"it", "its"})  # words pointing at a thing the clause before named
SET_OFF_BY_A_COLON = re.compile(r":\s")
# words pointing at a thing, or at a topic set off before a colon ('… defence: what is that for?')
TOPIC_POINTERS = THING_POINTERS | {"that", "this"}


@functools.lru_cache(maxsize=65_536)  # asked of every word of a question by several checks, ~25 times an answer
def is_number(word: str) -> bool:
    return NUMBER_WORD.fullmatch(word) is not None


def is_neutral(word: str, neutral: frozenset[str]) -> bool:
    """A neutral word or its plural ('militaries' as 'military'): scaffolding either way."""
    if word in neutral:
        return True
    singular = f"{word[:-3]}y" if word.endswith("ies") else word.removesuffix("s")
    return singular != word and singular in neutral


def accounted(word: str, evidence: set[str], concepts: set[str]) -> bool:
    """The evidence states the word, its stem or its concept, or a word it is a misspelling of."""
    root = stem(word)
    if word in evidence or root in evidence or lexicon.concepts([word]) & concepts:
        return True
    if any(stem(said) == root or said == f"{root}e" for said in evidence):
        return True  # 'rising' by 'rise', 'submit' by 'submits'
    # a misspelling of a word the facts state, never of a little word ('hand' is no 'and')
    spelt = (said for said in evidence if said not in STOPWORDS)
    return process.extractOne(word, spelt, scorer=fuzz.ratio, score_cutoff=FUZZY_SAME_WORD) is not None


PHRASE_GAP = 3  # words that may stand between a verb and its particle ("take the united states out")


class Scaffolding:
    """The words that ask nothing (domain data), and what that leaves of a question."""

    def __init__(self) -> None:
        words = domain.question_words()
        phrases = [phrase for listed in words.operations.model_dump().values() for phrase in listed]
        operation_words = {word for phrase in phrases for word in phrase.split()}
        self.neutral = words.verifier.scaffold | operation_words
        # a word that asks nothing only inside an operation's phrase ('add' of 'add up', 'take' of 'take out')
        # asks something where the phrase is not said ('how much does the fund add', 'take over')
        self._split_phrases = frozenset(words.operations.excluded_around)
        alone = words.verifier.scaffold | {phrase for phrase in phrases if " " not in phrase}
        self._phrase_bound: dict[str, tuple[str, ...]] = {
            word: tuple(phrase for phrase in phrases if word in phrase.split()) for word in operation_words - alone
        }
        # 'plus' asks a sum only between several allies: beside one ('Germany's spending plus 10%') it asks more
        other_phrases = [phrase for phrase in phrases if phrase not in words.operations.sum_of_several]
        self._of_several = frozenset(
            word
            for phrase in words.operations.sum_of_several
            for word in phrase.split()
            if word not in words.verifier.scaffold and not any(word in other.split() for other in other_phrases)
        )
        self.beside_a_year = words.verifier.beside_a_year
        self._series_ends = frozenset(
            word for phrase in (*words.series.highest, *words.series.lowest) for word in phrase.split()
        )
        self.epithets = words.verifier.epithets
        self._judged_ends = frozenset(word for phrase in words.verifier.judged_lesser for word in phrase.split())
        self.articles = words.articles
        self.fractions = frozenset(cues().raw.fraction_words)
        self.scaffolding = sorted(self.neutral | STOPWORDS)
        self.instruction_cues = words.verifier.instruction_cues

    def focus(self, question: ParsedQuestion) -> tuple[str, ...]:
        """The words that ask. A long message tells a story around its question ('arguing with my uncle at
        dinner… so what share does the US pay?'), and a hostile one wraps it in instructions: the question is
        then the message's last clause that asks something."""
        if len(question.words) >= LONG_MESSAGE or self.instruction_cues & set(question.words):
            return _last_question_clause(question)
        if _asked_after_a_remark(question.text):  # 'the lira figures must be enormous. What did Türkiye spend …?'
            return _last_question_clause(question)
        return _past_hearsay(question)

    def open_words(
        self, words: Iterable[str], question: ParsedQuestion, keep: frozenset[str] = frozenset()
    ) -> list[str]:
        """The words that no entity, person, number or scaffolding explains (`keep`: scaffolding that still asks)."""
        neutral = self.neutral - keep - self._unsaid_phrase_words(question)
        if Operation.SUM not in question.operations:
            neutral -= self._of_several
        if question.years:
            neutral |= self.beside_a_year
        if any(number.percent for number in question.numbers):  # 'less than a quarter': the 25% it reads as
            neutral |= self.fractions | self._ordinals_read_as(question)
        neutral |= self._epithets_of_names(question) | _span_counted(question) | _epithets_of_years(question)
        neutral |= _kept_the_same(question.words)
        if question.extreme is not None:  # 'who's slacking most': the judgement is the end the ranking answers
            neutral |= self._judged_ends
        if Operation.SERIES_EXTREME in question.operations:  # 'when did it peak?': the end asked of the series
            neutral |= self._series_ends
        return [
            word
            for word in words
            if word not in STOPWORDS or word in keep
            if not is_neutral(word, neutral) and word not in question.entity_words
            if not is_number(word) and len(word) > 1
        ]

    def _epithets_of_names(self, question: ParsedQuestion) -> frozenset[str]:
        """'their neighbours the Belgians': an epithet just before a name (past an article) says who is named."""
        words = question.words
        said = set()
        for index, word in enumerate(words[:-1]):
            following = [later for later in words[index + 1 : index + 3] if later not in self.articles]
            if word in self.epithets and following and following[0] in question.entity_words:
                said.add(word)
        return frozenset(said)

    @staticmethod
    def _ordinals_read_as(question: ParsedQuestion) -> frozenset[str]:
        """'more than a fifth': the ordinal the parser read as the 20% line the question holds."""
        lines = {number.value for number in question.numbers if number.percent}
        ordinals = cues().ordinals
        return frozenset(word for word, n in ordinals.items() if n and round(100 / n, 1) in lines)

    def _said(self, phrase: str, question: ParsedQuestion) -> bool:
        """A phrase said as it is, or a verb and its particle around the allies ('take the us out')."""
        if phrase in self._split_phrases:
            return _said_apart(phrase.split(), question.words)
        return question.has(phrase)

    def _unsaid_phrase_words(self, question: ParsedQuestion) -> frozenset[str]:
        said = set(question.words)
        return frozenset(
            word
            for word, phrases in self._phrase_bound.items()
            if word in said and not any(self._said(phrase, question) for phrase in phrases)
        )

    def misspelt(self, word: str) -> bool:
        """'wich' for 'which', 'bellow' for 'below', 'dosent' for 'doesnt': a rare word one typo away from a word
        that asks nothing. A common word ('football') is what it says, never a typo; nor is a quantity people ask
        about that the documents may not measure ('dividend' is no 'divided')."""
        if zipf_frequency(word, "en") >= TYPO_ZIPF or len(word) < MIN_TYPO_LENGTH:
            return False
        if word in domain.question_words().quantities.unknown_nouns:
            return False
        # one slip of the keys (a letter left out, added, changed or two swapped), never two: 'troop' is not 'top'
        return process.extractOne(word, self.scaffolding, scorer=OSA.distance, score_cutoff=1) is not None


SAME_REACH = 3  # words from 'same' to what it keeps ('on the same current-dollar basis')
POINTING_BACK = frozenset({"that", "this", "those", "these"})


def _kept_the_same(words: Sequence[str]) -> frozenset[str]:
    """'on the same basis', 'at the same prices', 'that same share': what a question keeps from the one before asks
    nothing new."""
    kept = domain.question_words().follow_ups.kept_the_same
    found = {
        word for index, word in enumerate(words) if word in kept and "same" in words[max(0, index - SAME_REACH) : index]
    }
    # 'that same share', 'this same figure': pointing back, never 'did they spend the same?'
    if any(before in POINTING_BACK and word == "same" for before, word in itertools.pairwise(words)):
        found.add("same")
    return frozenset(found)


def _span_counted(question: ParsedQuestion) -> frozenset[str]:
    """'over the eleven years from 2014 to 2024', 'the ten years since 2014': the span's length in words, counted
    in the unit after it, says no more than the years named."""
    years = sorted(set(question.years))
    if len(years) < 2:  # a span has two ends
        return frozenset()
    lengths = {years[-1] - years[0], years[-1] - years[0] + 1}
    units = domain.question_words().time_ago.units
    words = question.words
    return frozenset(
        word
        for word, unit in itertools.pairwise(words)
        if unit in units and cues().numbers.get(word, 0) * units[unit] in lengths
    )


@functools.cache
def _hearsay_verbs() -> frozenset[str]:
    return frozenset({*cues().raw.speech_verbs, *domain.question_words().verifier.hearsay})


def _past_hearsay(question: ParsedQuestion) -> tuple[str, ...]:
    """'my uncle says the US spent over 4% in 2014, true?': the claim, not who made it, is what is asked —
    unless the speaker is someone the documents may quote ('what did Rutte say')."""
    verbs = _hearsay_verbs()
    claim = question.words
    for index, word in enumerate(question.words):
        if word not in verbs:
            continue
        before = set(question.words[:index])
        if before & question.entity_words or QUESTION_STARTS & before:
            break
        claim = question.words[index + 1 :]  # the last such word of the lead: 'claim in a tweet: …'
    return claim


def _names_its_own(clause: Sequence[str], names: frozenset[str] | set[str]) -> bool:
    """A name before the clause's first pointer ('Türkiye … its'): the pointer is that name's."""
    first = next(at for at, word in enumerate(clause) if word in THING_POINTERS)
    return any(word in names for word in clause[:first])


@functools.lru_cache(maxsize=4096)  # asked of the same message by every check that reads its focus
def _asked_after_a_remark(text: str) -> bool:
    """A message whose last sentence asks, after a sentence that does not ('…, the lira figures must be enormous.
    What did …?'): the remark before it is context, as in a long message."""
    sentences = [part for part in SENTENCE_BREAK.split(text.strip()) if part.strip()]
    if len(sentences) < 2 or not sentences[-1].rstrip().endswith("?"):
        return False
    if set(normalise(sentences[-1]).split()) & TOPIC_POINTERS:
        return False  # '… what do you make of it?': it is what the sentences before said
    return not any(part.rstrip().endswith("?") for part in sentences[:-1])


def _last_question_clause(question: ParsedQuestion) -> tuple[str, ...]:
    """From the last word that opens a question, or from the topic it points back at ('the part that isn't core
    defence: what is that for?')."""
    clause = _last_question_clause_alone(question)
    start = len(question.words) - len(clause)
    topic = _topic_set_off(question, start)
    return question.words[topic:] if topic is not None else clause


def _topic_set_off(question: ParsedQuestion, start: int) -> int | None:
    """'Regarding the 5% from The Hague, the part that isn't core defence: what is that for?': a question pointing
    back ('that', 'it') at a topic named just before a colon asks of that topic; where the topic starts."""
    words, text = question.words, question.text
    colon = max((found.start() for found in SET_OFF_BY_A_COLON.finditer(text)), default=-1)  # never '7:42'
    asked = SENTENCE_BREAK.split(text[colon + 1 :])[0]  # the question after the colon, to its own end
    if colon < 0 or not set(normalise(asked).split()) & TOPIC_POINTERS:
        return None
    lead = [part for part in CLAUSE_BREAK.split(SENTENCE_BREAK.split(text[:colon])[-1]) if part.strip()]
    topic = tuple(normalise(lead[-1]).split()) if lead else ()
    if not topic:
        return None
    return next((at for at in range(start, -1, -1) if words[at : at + len(topic)] == topic), None)


def _last_question_clause_alone(question: ParsedQuestion) -> tuple[str, ...]:
    """From the last word that opens a question; an echo question, whose asking word ends it ('…, the core spending
    is also meant for meeting what?'), asks by the whole of its last sentence as typed."""
    words = question.words
    starts = [index for index, word in enumerate(words) if word in QUESTION_STARTS]
    # 'minus what it actually spent': a question word inside a clause, before a pronoun, relates; it asks nothing
    starts = [index for index in starts if not _relative(question, index)]
    # '… do allies have to show anything, or is it just a promise?': the other side of an either-or, not a question
    starts = [index for index in starts if index == 0 or words[index - 1] != EITHER_OR]
    if not starts:  # 'someone on linkedin says …, is that right for 2024?': a claim to check, past who made it
        return _past_hearsay(question)
    if starts[-1] == len(words) - 1 and words[-1] in ECHO_WORDS:  # '… the ones who did': no echo
        sentences = [part for part in SENTENCE_BREAK.split(question.text.strip()) if part.strip()]
        typed = len(normalise(sentences[-1]).split()) if sentences else len(words)
        return words[max(0, len(words) - typed) :]
    # '… how big was NATO's common budget, and who pays the most into it?': 'it' is what the clause before named
    # ('they' is most often an ally the answer names itself)
    pointing = set(words[starts[-1] :]) & THING_POINTERS
    if pointing and _names_its_own(words[starts[-1] :], question.entity_words):
        pointing = set()  # 'what did Türkiye spend … in its own currency': 'its' is the clause's own ally
    if not pointing or len(starts) < 2:
        return words[starts[-1] :]
    # 'what was the old guideline, and at which summit and in which year was it agreed?': the clause before is the
    # one before the comma, not the question word just before ('at which summit')
    clauses = _clause_starts(question.text, len(words))
    own = max((start for start in clauses if start <= starts[-1]), default=0)
    before = [index for index in starts if index < own]
    return words[before[-1] if before else starts[-2] :]


def _relative(question: ParsedQuestion, index: int) -> bool:
    """'… minus what it actually spent': inside a clause, followed by whom the clause is about, the word relates;
    'and at which summit', 'in what year was it agreed' ask."""
    words = question.words
    following = words[index + 1] if index + 1 < len(words) else ""
    pronouns = {*domain.question_words().third_person, "he", "she", "we", "you"}
    if following not in pronouns:
        return False
    starts = _clause_starts(question.text, len(words))
    # one word may lead a clause's question in ('and what …', 'so which …')
    return bool(starts) and index not in starts and index - 1 not in starts


@functools.lru_cache(maxsize=1024)
def _clause_starts(text: str, word_count: int) -> frozenset[int]:
    """The word positions where a clause of the typed text starts, if its clauses hold exactly the question's
    words."""
    starts, count = {0}, 0
    for clause in CLAUSE_BREAK.split(text):
        count += len(normalise(clause).split())
        starts.add(count)
    return frozenset(starts) if count == word_count else frozenset()


def _said_apart(phrase: list[str], words: tuple[str, ...]) -> bool:
    """The phrase's words in its order, a few words apart at most ('take the us out' says 'take out')."""
    start = -1
    for wanted in phrase:
        window = words[start + 1 : start + 2 + PHRASE_GAP] if start >= 0 else words
        if wanted not in window:
            return False
        start += window.index(wanted) + 1
    return True


def _epithets_of_years(question: ParsedQuestion) -> frozenset[str]:
    """'in the pandemic year 2020', 'the summit year 2023': a word right before 'year' and the year named says which
    year is meant and asks nothing of its own; one naming a kind of year ('the fiscal year 2024') does."""
    words, years = question.words, {str(year) for year in question.years}
    said: set[str] = set()
    for at in range(2, len(words)):
        named = words[at - 2 : at]
        if words[at] in years and named[1] == YEAR_NOUN and not lexicon.concepts(list(named)):
            said |= set(named)
    return frozenset(said)
