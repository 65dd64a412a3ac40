"""Verify a sentence answering in words: it names every entity, year and person asked, states the time or the
reason asked, and accounts for every other content word of the question.

Part of `knowledge.ask.verify`, which checks answers stating figures beside it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from knowledge import domain, lexicon
from knowledge.ask.dates import DATED, DAY_OF_A_MONTH
from knowledge.ask.parse import Extreme, ParsedQuestion, SourceKind
from knowledge.ask.quantities import asked_extreme
from knowledge.ask.sentences import asks_a_place, event_phrases, event_positions, host_placed, names_anyone
from knowledge.ask.source_kinds import words_naming_the_source
from knowledge.ask.verify_evidence import SENTENCE_END, names_a_country, names_in, title_names_of
from knowledge.ask.verify_numbers import close, goal_name_words, goals_named, numbers_stated
from knowledge.ask.verify_vocabulary import Scaffolding, accounted
from knowledge.ask.verify_words import kind_asked, named_new_and_replacing
from knowledge.cues import cues
from knowledge.entities import EntityKind, entity_tables
from knowledge.lexicon import normalise
from knowledge.models import Document
from knowledge.proceedings import without_address
from knowledge.question import STOPWORDS, stem
from knowledge.words import numbers_in

PERCENT_FIGURE = re.compile(r"\d\s?(?:%|per ?cent\b)")
PERCENT_VALUE = re.compile(r"(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)")
SHARE_CONCEPT = "share"
# an amount as a document writes one: '100 billion euros', 'EUR 100 billion', '$9.3 billion', '64 F-35A fighters' is no
# amount of money, but a size too ('how big an order?') is a count said in words of its own, so only money is read
AMOUNT_IN_TEXT = re.compile(r"[$€£]\s?\d|\b[A-Z]{3}\s?\d|\d\s?(?:bn|billion|million|trillion)\b")
PROPER_NAME = re.compile(r"\b[A-Z][a-z]+")
WRITTEN_NAME = re.compile(r"\b[A-Z][A-Za-z]+")  # a name as written, an acronym too ('Keir', 'SAFE', 'McKinsey')
PERSONAL_NAME = re.compile(r"\b[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)+")  # a person's names together ('Keir Starmer')
WHO_WORDS = frozenset({"who", "whom", "whose"})
GOAL_REACH = 4  # words between the goal noun and the event word asked of it ('was that guideline agreed')
EXAMPLES_CONCEPT = "examples"  # the concept (concepts.toml) of examples given ('such as', 'for instance')
GOAL_CONCEPT = "target"  # the concept (concepts.toml) of a goal and of committing to one ('pledge', 'committed')
POINTING_BACK = frozenset({"that", "this", "the", "said"})  # 'that guideline': the one named before
NEAR_AN_END_REACH = 3  # words before a superlative that may set it near an end: 'among the alliance's highest'


class SentenceCheck:
    """A question against a sentence of a document that would answer it in words."""

    def __init__(self, documents: dict[str, Document], scaffolding: Scaffolding, texts: dict[str, str]) -> None:
        self.documents = documents
        self.texts = texts
        self.scaffolding = scaffolding
        words = domain.question_words()
        self.answer_types = words.verifier.answer_types
        self.ordering = words.verifier.ordering
        self.shape = words.verifier.shape
        self.reason_concept = words.verifier.reason_concept
        self.prose_sources = words.sources.prose
        self.reason_asked = words.asked_kinds.reason
        self.date_cues = words.asked_kinds.date
        self.time_words = words.time_asked
        self.amount_words = words.verifier.amount_words
        self.kind_asked = words.verifier.kind_asked
        self.goal_nouns = words.verifier.goal_nouns
        self.recency = words.verifier.recency
        self.gathering_words = frozenset(word for phrase in words.verifier.meeting_asked for word in phrase.split())
        self._sentences: dict[str, list[str]] = {}  # a document's sentences, split on first use
        self.agreement_words = frozenset(word for phrase in words.verifier.agreement_asked for word in phrase.split())
        agreements = sorted(words.verifier.agreement_asked, key=len, reverse=True)
        self.agreement = re.compile(rf"\b(?:{'|'.join(re.escape(phrase) for phrase in agreements)})\b", re.IGNORECASE)

    def unaccounted(self, question: ParsedQuestion, text: str, heading: str = "", document: str = "") -> list[str]:
        """What the sentence leaves unaccounted of the question: its words, their concepts, its section heading,
        and its document when the question names its kind or its source account for the question's words."""
        text = without_address(text)  # 'Chair, my group …' speaks to the chair, it names no one as chair
        if names_anyone(text):
            heading = ""  # a sentence naming its own subject stands on its own words (as a statement does)
        said = f"{text} {heading}"
        words = normalise(said).split()
        evidence = {*words, *(stem(word) for word in words), *self._document_words(question, text, document)}
        concepts = lexicon.concepts(words) | lexicon.concepts(sorted(evidence))  # phrases in order, stems in a bag
        if PERCENT_FIGURE.search(text):
            concepts.add(SHARE_CONCEPT)  # '1.5% of GDP goes to …' states a share ('the 1.5% bucket')
        missing = _names_unaccounted(question, text, said) + _answer_kind_unaccounted(question, text)
        missing += [f"year {year}" for year in question.years if str(year) not in text]
        missing += self._numbers(question, text, document)
        missing += [f"person {person}" for person in question.people if not _speaks_of(person, words, question)]
        dated = question.has(*self.date_cues)
        if dated or asks_a_place(question):
            missing += event_unaccounted(question, text)
        if dated and not DATED.search(text):
            missing.append("quantity: a time")  # 'when …?' is answered by a sentence stating a year or a date
        names = PROPER_NAME.findall(text[1:])  # a name in the sentence: what 'which city', 'who' asks for
        phrased = _phrased_concepts(question.words, concepts)
        if question.has(*self.reason_asked) and self.reason_concept not in concepts:
            missing.append("quantity: a reason")  # a sentence saying no 'because', 'due to', 'in the wake of'
        # a date asked is that of the event the question names ('when will canada hit 2%'): its verb is asked too
        keep = self.ordering | self.shape if dated else self.ordering
        goal_stated = _goal_stated(question, text)
        goal_names = goal_name_words(question)
        # 'the new 5% replaces which older guideline?': 'new' names the 5% a sentence has replace another
        new_one = named_new_and_replacing(question.words, text)
        focus = self.scaffolding.focus(question)
        # 'which officials did Rutte meet?': the kind asked is said by the sentence, however common its word
        open_words = self.scaffolding.open_words(focus, question, keep=keep)
        kind_words = kind_asked(focus, frozenset())
        kinds_of_time = domain.question_words().asked_kinds
        said_of_time = (*self.time_words, *kinds_of_time.year, *kinds_of_time.date)
        times = {stem(word) for phrase in said_of_time for word in phrase.split()}
        # 'which year's figures …?', 'which day exactly?': a time asked, which the time checks see to
        kind = (
            []
            if any(stem(word) in times for word in kind_words)
            else [word for word in kind_words if word not in open_words and word not in self.answer_types]
        )
        for word in [*open_words, *kind]:
            if (word in self.answer_types and names) or word in phrased:
                continue
            if (dated or asks_a_place(question)) and self._event_word_stated(word, text):
                continue
            if dated and word in self.time_words and DAY_OF_A_MONTH.search(text):
                continue  # 'on what date', 'which day exactly': a sentence dating it to the day says when
            if (new_one and word in self.recency) or self._names_the_goal(
                word, goal_stated=goal_stated, goal_names=goal_names, document=document
            ):
                continue
            if self._said_in_kind(word, text, concepts):
                continue
            # a date is that of the very event asked: its own words, no kindred one ('expected' is no 'estimated')
            said_so = word in evidence or stem(word) in evidence if dated else accounted(word, evidence, concepts)
            if not said_so and not self.scaffolding.misspelt(word):
                missing.append(f"word {word}")
        return missing

    def _said_in_kind(self, word: str, text: str, concepts: set[str]) -> bool:
        """'how large was the special fund?': a sentence stating an amount says how large; 'what sort of things count
        under the 1.5%?': a sentence giving examples says what kind."""
        if word in self.amount_words and AMOUNT_IN_TEXT.search(text):
            return True
        return word in self.kind_asked and EXAMPLES_CONCEPT in concepts

    def _names_the_goal(
        self, word: str, *, goal_stated: bool, goal_names: dict[str, set[float]], document: str
    ) -> bool:
        """A word naming the goal the question names by its figure: its goal noun when the sentence states the figure
        ('the 5% goal' against 'committed to spend 5% of GDP'), or a name the document gives that figure ('what did
        the hague 5% pledge replace?': the note says the 5% was pledged at The Hague)."""
        if goal_stated and word in self.goal_nouns:
            return True
        return word in goal_names and self._goal_named_so(word, goal_names[word], document)

    def _goal_named_so(self, word: str, goals: set[float], document: str) -> bool:
        """A word the question names a goal by beside its figure ('the hague 5% pledge') that a sentence of the
        document says of that figure: the percentage nearest the word there is the goal's ('At their summit in The
        Hague …, Allies committed to invest 5%'; in '… replaces the 2% guideline agreed at the Wales Summit' Wales
        is the 2%'s)."""
        pattern = re.compile(rf"\b{re.escape(word)}\b", re.IGNORECASE)
        for sentence in self._sentences_of(document):
            places = [match.start() for match in pattern.finditer(sentence)]
            figures = [(match.start(), float(match.group(1))) for match in PERCENT_VALUE.finditer(sentence)]
            if places and figures:
                _, nearest = min((abs(at - place), value) for at, value in figures for place in places)
                if any(close(nearest, goal) for goal in goals):
                    return True
        return False

    def _sentences_of(self, document: str) -> list[str]:
        """A document's sentences, split once: every goal-name word of every question reads them."""
        if document not in self._sentences:
            self._sentences[document] = SENTENCE_END.split(self.texts.get(document, ""))
        return self._sentences[document]

    def _event_word_stated(self, word: str, text: str) -> bool:
        """'Where was it held?', 'when did they meet?': the summit the sentence names was held; 'when was the summit
        where they agreed the 5%?': 'Allies committed to invest 5%' is the agreement, in words of its own."""
        if word in self.gathering_words and event_positions(text):
            return True
        return word in self.agreement_words and self.agreement.search(text) is not None

    def _numbers(self, question: ParsedQuestion, text: str, document: str) -> list[str]:
        """A number the question names is one the sentence states ('the 1.5% part' is not answered by the 3.5%
        sentence), or the name of a goal its document states ('each ally's plan under the 5% pledge') where the
        sentence states no other share (what counts 'toward the 1.5 percent' is not what goes to the 3.5%)."""
        stated = numbers_stated(text)  # in digits or in words ('Two percent was always meant to be the floor')
        goals = goals_named(question) & numbers_in(self.texts.get(document, "")) if document else set()
        if PERCENT_FIGURE.search(text):
            goals = set()  # a sentence stating a share is about that share, not the goal named beside it
        return [
            f"number {n.value:g}"
            for n in question.numbers
            if not any(close(n.value, figure) for figure in stated) and n.value not in goals
        ]

    def _document_words(self, question: ParsedQuestion, text: str, document_id: str) -> frozenset[str]:
        """The document's title names what a sentence naming no country is about ('Each Ally submits an annual
        plan' in a note titled 'The Hague Summit …'), but not one naming its own ('the next summit will be held
        in Ankara, Türkiye' says nothing of The Hague); and the document itself when the question names it
        ('the article', 'according to the note')."""
        document = self.documents.get(document_id)
        if document is None:
            return frozenset()
        words = set() if names_a_country(text) else set(title_names_of(document.title, text))
        if words:
            words |= _title_goal_words(document.title, text)
        if question.source_kind is SourceKind.PROSE:
            words |= {word for phrase in self.prose_sources for word in phrase.split()}
        titled = set(normalise(f"{document.title} {document.publisher or ''}").split())
        if question.according_to:
            words |= titled
        elif question.source_kind is SourceKind.PROSE:
            # 'the annual report coverage': a document named by its title's words beside the kind of source
            words |= titled & words_naming_the_source(question.words, self.prose_sources)
        return frozenset(words)


def _title_goal_words(title: str, text: str) -> frozenset[str]:
    """The goal a document is about, as its title names it ('… — the new defence investment pledge'): a sentence of
    it committing to a goal in its title's place ('At their summit in The Hague …, Allies committed to invest 5%')
    states that goal, whatever other name it gives it ('the new pledge', 'the hague defence investment pledge')."""
    if GOAL_CONCEPT not in lexicon.concepts(normalise(text).split()):
        return frozenset()
    words = normalise(title).split()
    goal_nouns = domain.question_words().verifier.goal_nouns
    named: set[str] = set()
    for index, word in enumerate(words):
        if word in goal_nouns:
            before = itertools.takewhile(lambda said: said not in STOPWORDS, reversed(words[:index]))
            named |= {word, *before}
    return frozenset(named)


def _answer_kind_unaccounted(question: ParsedQuestion, text: str) -> list[str]:
    """The kind of answer asked that the sentence does not give: an end of a ranking (a sentence ranking no one, or
    the other end), or someone ('Who wrote the letter?' is not answered by 'Nobody in government has yet said …')."""
    missing = []
    if question.extreme is not None and _end_stated(text) is not question.extreme:
        missing.append(f"quantity: the {question.extreme.value} end")
    if _asks_who(question) and not PROPER_NAME.search(text[1:]) and not names_anyone(text):
        missing.append("quantity: a person")
    elif _asks_who(question) and set(cues().raw.role_words) & set(question.words) and not _a_name_given(question, text):
        # 'Who was NATO Secretary General at the Wales summit?' asks the holder of a role by name: a sentence naming
        # the summit, its place and the Allies names no one holding it
        missing.append("quantity: a person")
    if question.has(*domain.question_words().asked_kinds.name) and not _a_name_given(question, text):
        missing.append("quantity: a name")
    return missing + _direction_unaccounted(question, text)


def _a_name_given(question: ParsedQuestion, text: str) -> bool:
    """'What is the name of the spokesperson who made the claim?' asks a name: a sentence whose only capitalised
    words are the question's own or months ('(A Conservative frontbench spokesperson, speaking on a radio phone-in on
    6 May 2025.)') gives none, and a person's name is a first and last name ('Keir Starmer'); its first word is
    capitalised as any sentence's is."""
    asked = {*question.words, *(stem(word) for word in question.words), *cues().months}
    roles = set(cues().raw.role_words)
    if roles & set(question.words):  # a person's name: first and last together, no role ('the Prime Minister')
        said = (normalise(name).split() for name in PERSONAL_NAME.findall(text))
        return any(any(word not in asked and word not in roles for word in name) for name in said)
    written = (normalise(name) for name in WRITTEN_NAME.findall(text[1:]))
    return any(name not in asked and stem(name) not in asked for name in written)


def _direction_unaccounted(question: ParsedQuestion, text: str) -> list[str]:
    """'Which country's spending was lower in 2024 than in 2022?' compares one way: a sentence saying only that a
    figure rose or stands highest says nothing of which was lower (nor one saying only a fall of which was higher)."""
    if "than" not in question.words:
        return []
    operations = domain.question_words().operations
    lower, higher = (*operations.lesser, *operations.falls), (*operations.greater, *operations.rises)
    joined = f" {' '.join(normalise(text).split())} "
    for asked, said, name in ((operations.lesser, lower, "lower"), (operations.greater, higher, "higher")):
        if question.has(*asked) and not any(f" {phrase} " in joined for phrase in said):
            return [f"quantity: which was {name}"]
    return []


def _end_stated(text: str) -> Extreme | None:
    """The end of a ranking a sentence puts someone at; 'among its highest', 'one of the largest' is near an end, not
    at it ('the region has moved from among the alliance's lower spenders to among its highest' names no top one)."""
    words = normalise(text.replace("-", " ")).split()
    return asked_extreme(
        word for index, word in enumerate(words) if not _near_an_end(words[max(0, index - NEAR_AN_END_REACH) : index])
    )


def _near_an_end(before: list[str]) -> bool:
    return "among" in before or any(pair == ("one", "of") for pair in itertools.pairwise(before))


def _asks_who(question: ParsedQuestion) -> bool:
    """The question's first interrogative asks for someone ('who wrote …?', 'whose plan …?')."""
    first = next((word for word in question.words if word in domain.question_words().interrogatives), None)
    return first in WHO_WORDS


def event_unaccounted(question: ParsedQuestion, text: str) -> list[str]:
    """The time or place of an event asked ('when and where was the summit with the 5% pledge?'): the text names
    an event, and the one it dates or places is the event of the figure nearest its word ('the 5% pledge replaces
    the 2% guideline agreed at the Wales Summit in 2014' places the 2%), which must be the figure the question
    names the event by."""
    if not question.has(*event_phrases()):
        return []
    events = event_positions(text)
    if not events:
        return ["quantity: the event asked"]
    typed = [number.value for number in question.numbers]
    figures = [(match.start(), float(match.group(1))) for match in PERCENT_VALUE.finditer(text)]
    if not typed or not figures:
        return []
    _, nearest = min((abs(at - event), value) for at, value in figures for event in events)
    named = any(close(value, nearest) for value in typed)
    if _asked_of_an_earlier_goal(question.words):
        # 'which earlier guideline does the 5% pledge replace, and when was that guideline agreed?': the event is
        # the earlier goal's ('… replaces the 2% guideline agreed at the Wales Summit in 2014'), never the 5%'s
        return [f"quantity: the event of the {nearest:g}%, not of the earlier goal asked"] if named else []
    return [] if named else [f"quantity: the event of the {nearest:g}%, not of the figure asked"]


def _asked_of_an_earlier_goal(words: Sequence[str]) -> bool:
    """The goal whose event is asked is the earlier one the question relates its own to: the goal noun just before
    the last event word is named as the earlier ('when was the previous guideline agreed?'), or points back ('that
    guideline') at its mention so named ('which earlier guideline …')."""
    verifier = domain.question_words().verifier
    event_words = {word for phrase in event_phrases() for word in phrase.split()}
    events = [at for at, word in enumerate(words) if word in event_words]
    if not events:
        return False
    before = [at for at in range(max(0, events[-1] - GOAL_REACH), events[-1]) if words[at] in verifier.goal_nouns]
    if not before:
        return False
    at = before[-1]
    if at > 0 and words[at - 1] in verifier.earlier_goal:
        return True
    if at == 0 or words[at - 1] not in POINTING_BACK:
        return False
    mentions = [earlier for earlier in range(at) if words[earlier] == words[at]]
    return bool(mentions) and mentions[-1] > 0 and words[mentions[-1] - 1] in verifier.earlier_goal


def _goal_stated(question: ParsedQuestion, text: str) -> bool:
    """The sentence states the number the question names a goal by ('when did leaders sign up to the 5% goal?')."""
    stated = numbers_stated(text)
    return any(close(goal, figure) for goal in goals_named(question) for figure in stated)


def _speaks_of(person: str, words: list[str], question: ParsedQuestion) -> bool:
    """A sentence names the person asked about, by surname or by the office the question named them by."""
    if normalise(person).split()[-1] in words:
        return True
    offices = {mention.target for mention in lexicon.find_mentions(list(question.words), lexicon.role_aliases())}
    return any(mention.target in offices for mention in lexicon.find_mentions(words, lexicon.role_aliases()))


def _phrased_concepts(words: Sequence[str], concepts: set[str]) -> frozenset[str]:
    """The words of the question's phrases naming a concept the evidence names too: 'hand in' is 'submit',
    though 'hand' alone names nothing."""
    mentions = lexicon.find_mentions(list(words), lexicon.synonym_aliases())
    return frozenset(w for m in mentions if m.target in concepts and " " in m.alias for w in m.alias.split())


def _names_unaccounted(question: ParsedQuestion, text: str, said: str) -> list[str]:
    """Each entity asked, named by the sentence (or its heading); and allies by name where the question asks which
    ('which allies have submitted …?' is not answered by 'Each Ally submits …')."""
    missing = [f"entity {name}" for name in question.entities if not names_in(name, said, question.words)]
    hosted = host_placed(question, text) is not None  # 'which country hosted the summit?': 'in The Hague'
    if asks_which_allies(question.words) and (
        _subject_told_before(text) or not (names_a_country(text) or _names_a_group_of_allies(text) or hosted)
    ):
        missing.append("quantity: the allies asked")
    return missing


def _subject_told_before(text: str) -> bool:
    """The sentence opens on a word standing for a subject the sentence before named ('That is only 43% of Russia's
    spending, but it eats 34% of GDP'): whoever else it names, it does not say which country it speaks of."""
    words = normalise(text).split()
    if not words or words[0] not in domain.question_words().verifier.subject_before_openers:
        return False
    # a passage whose later sentence names a country says which ('It … devoted 4.12%. Estonia is second …')
    later = re.split(r"(?<=[.!?])\s+", text.strip())[1:]
    return not any(names_a_country(sentence) for sentence in later)


def _names_a_group_of_allies(text: str) -> bool:
    """'Rutte is urging European allies and Canada to …' names the allies it means by their group; 'Each Ally
    submits …' names the alliance as a whole, no allies in particular."""
    tables = entity_tables()
    mentions = lexicon.find_mentions(normalise(text).split(), tables.folded)
    return any(
        tables.entries[m.target].kind is EntityKind.GROUP and m.target != lexicon.NATO_ALLIES
        for m in mentions
        if m.target in tables.entries
    )


def asks_which_allies(words: Sequence[str]) -> bool:
    """'Which allies …', 'what countries …', 'in which countries …', 'which country …': the answer is allies by name;
    'the summit at which allies committed' opens a clause about the summit, asking no allies."""
    members = {stem(word) for word in domain.members_concept_words()}
    prepositions = domain.question_words().intent.qualifying_leads
    return any(
        words[at] in ("which", "what")
        and stem(words[at + 1]) in members
        and not (at >= 2 and words[at - 1] in prepositions)  # a relative 'at which' after the question's opening
        for at in range(len(words) - 1)
    )
