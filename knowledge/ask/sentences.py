"""Questions a sentence answers in words, not with a figure: 'which city hosted the 2025 summit?', 'what does
each ally have to submit every year?', 'which war is adding pressure?'.

The documents' prose sentences are indexed by their content words; a question that asks who, which or what
(and no quantity) finds the sentence sharing its rarest words. The verifier then requires every content word
of the question to be accounted for by that sentence (its words, their concepts, its section heading), and the
answer is the sentence verbatim with its document and place: no figure of its own is stated.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from knowledge import domain, lexicon
from knowledge.ask.parse import ParsedQuestion, SourceKind
from knowledge.ask.verify_vocabulary import is_number
from knowledge.cues import cues
from knowledge.doc_context import heading_before, headings
from knowledge.entities import entity_tables
from knowledge.lexicon import normalise
from knowledge.models import Document, DocumentKind, Fact, Span
from knowledge.question import STOPWORDS, stem
from knowledge.readers.prose import LABELLED_FIGURE, read_prose

CANDIDATES = 3  # sentences the verifier is offered, best first
EVENT_CANDIDATES = 8  # for the time or place of an event: the sentence dating it may share few of the question's words
MIN_SHARED = 0.0  # any shared content word makes a candidate: the verifier decides
MAX_SENTENCES = 20_000  # more prose than this is left to the fact index alone
NEGATION_REACH = 6  # 'not even the U.S. meets': a negation this many words before the verb denies it
AUXILIARY_REACH = 2  # 'what exactly did he write': the auxiliary of a clause a question word opens, so far after it
THING_REACH = 3  # 'which ongoing conflict': the noun of the thing asked at most this many words after 'which'
FRAME_REACH = 4  # words between a framing word and the goal it frames ('under the hague defence investment pledge')
SPEECH_CONCEPTS = frozenset({"say", "call", "proposal"})  # what a person said, urged or wanted: asked in words
MIN_KEYWORDS, MOST_KEYWORDS = 2, 6  # 'hague annual plan allies': a keyword string's length
WHOM_ASKED = frozenset({"who", "whom", "which"})
DOER_ASKED = frozenset({"who", "whom"})


@dataclass(frozen=True)
class Sentence:
    """A sentence, or a passage of two that follow one another ('… must make a quantum leap,' Rutte wrote. 'To do
    so, it will be essential to invest substantially more.'): the second says what the first is about."""

    document: str
    text: str
    locator: str
    heading: str  # the section heading it stands under ('' when none)
    parts: tuple[str, ...] = ()  # a passage's sentences

    @property
    def sentence_texts(self) -> tuple[str, ...]:
        return self.parts or (self.text,)


PASSAGE_LOCATOR = re.compile(r"sentences \d+–\d+$")  # a fact citing two sentences of a paragraph
QUESTION_END = re.compile(r"\?[\s*_\"'”’)]*$")


def asks(text: str) -> bool:
    """A sentence asking a question ('Will Poland reach 5 percent in 2026?') states nothing: its figures are what it
    asks, answered (or not) by what is said after it."""
    return bool(QUESTION_END.search(text))


@functools.lru_cache(maxsize=8192)
def names_anyone(text: str) -> bool:
    """The sentence names an entity of the list (an ally, a body, 'the allies')."""
    words = normalise(text).split()
    tables = entity_tables()
    return bool(lexicon.find_mentions(words, tables.folded) or lexicon.find_mentions(words, tables.weak))


def asks_a_place(question: ParsedQuestion) -> bool:
    """'Where was it held?', 'in which city…': a place asked ('where does Italy rank' asks a rank, no place)."""
    first = next((word for word in question.words if word in ("what", "which", "who", "where", "when", "how")), None)
    hosted = question.has("which country", "what country") and question.has(
        *domain.question_words().verifier.meeting_asked
    )
    return (
        (first == "where" and not question.has("rank", "ranked", "ranking"))
        or hosted
        or question.has("which city", "what city", "which place", "in what place")
    )


def places_named(text: str) -> list[lexicon.Mention]:
    """Where a sentence says something took place: a town, region or country right after 'in' or 'at' ('At their
    summit in The Hague on 25 June 2025'), each mention's target the country it is in."""
    words = normalise(text).split()
    return [
        mention
        for mention in lexicon.find_mentions(words, lexicon.place_aliases())
        if words[max(0, mention.start - 2) : mention.start][-1:] in (["in"], ["at"])
        or words[max(0, mention.start - 2) : mention.start] in (["in", "the"], ["at", "the"])  # 'at the Wales Summit'
    ]


def host_placed(question: ParsedQuestion, text: str) -> str | None:
    """'Which country hosted the 2025 summit?': the country of the place the sentence holds its event in, when the
    question asks which country a gathering was held in."""
    if not question.has(*event_phrases()):
        return None
    return next((mention.target for mention in places_named(text)), None)


@functools.cache
def event_phrases() -> tuple[str, ...]:
    """The words naming an event whose time or place is asked: an agreement ('signed up') or a gathering ('summit')."""
    verifier = domain.question_words().verifier
    return (*verifier.agreement_asked, *verifier.meeting_asked)


@functools.cache
def _event_pattern() -> re.Pattern[str]:
    phrases = sorted(event_phrases(), key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(re.escape(phrase) for phrase in phrases)})\b", re.IGNORECASE)


def event_positions(text: str) -> list[int]:
    """Where the text names an event ('At their summit in The Hague', 'Allies agreed at the Wales Summit')."""
    return [match.start() for match in _event_pattern().finditer(text)]


def asks_an_events_time_or_place(question: ParsedQuestion) -> bool:
    """'When and where was the summit with the 5% pledge?', 'in what city did allies agree it?'."""
    dated = question.has(*domain.question_words().asked_kinds.date)
    return question.has(*event_phrases()) and (dated or asks_a_place(question))


def _words_of(sentence: Sentence) -> set[str]:
    """Its words; the section heading says what a sentence naming no one is about ('… the investment pledge')."""
    return _stems(sentence.text if names_anyone(sentence.text) else f"{sentence.text} {sentence.heading}")


def _stems(text: str) -> set[str]:
    """The content words' stems, and the concepts the text names ('@submit' for 'submits' and 'hand in'), so a
    question and a sentence meet in either's words."""
    words = normalise(text).split()
    stems = {stem(word) for word in words if word not in STOPWORDS and not word[:1].isdigit()}
    return stems | {f"@{concept}" for concept in lexicon.concepts(words)}


class SentenceFinder:
    """Built on the first question asked in words: reading every prose document again is no start-up cost."""

    def __init__(self, documents: dict[str, Document], texts: dict[str, str], facts: Iterable[Fact]) -> None:
        self.documents = documents
        self.texts = texts
        self.facts = facts
        verifier = domain.question_words().verifier
        self.scaffolding = {stem(word) for word in verifier.scaffold}
        self.text_starts = verifier.text_asked
        self.things = verifier.thing_asked
        self.measure_nouns = verifier.measure_nouns
        self.goal_nouns = verifier.goal_nouns
        self.goal_number_words = verifier.goal_number_words
        self.frame_words = verifier.goal_frames
        self.earlier_goal = frozenset({*verifier.earlier_goal, *verifier.replaced_before})
        self.interrogatives = frozenset(domain.question_words().interrogatives)

    @property
    def sentences(self) -> list[Sentence]:
        return self._read[0]

    def claim_held(self, question: ParsedQuestion, text: str) -> bool | None:
        """Whether the sentence says what a yes or no question claims, by the negation before the claim's verb
        ('does the US even meet the 5%?' against '… a figure that not even the U.S. meets': no; 'is it true the US
        doesn't even meet it?': yes); None when the sentence does not use the verb the question claims."""
        verifier = domain.question_words().verifier
        negations = {phrase.split()[0] for phrase in verifier.negations} | {"no"}
        named = {word for name in (*question.entities, *question.people) for word in normalise(name).split()}
        said = normalise(text).split()
        stems = [stem(word) for word in said]
        for word in question.words:
            if word not in verifier.claim_verbs or word in named or stem(word) not in stems:
                continue
            at = stems.index(stem(word))
            denied = any(before in negations for before in said[max(0, at - NEGATION_REACH) : at])
            return denied == any(asked in negations for asked in question.words)
        return None

    @property
    def passages(self) -> list[Sentence]:
        return self._read[1]

    @functools.cached_property
    def _read(self) -> tuple[list[Sentence], list[Sentence]]:
        """Every sentence of the prose documents, and every passage of two sentences following one another in a
        paragraph."""
        found: list[Sentence] = []
        passages: list[Sentence] = []
        for document_id, document in self.documents.items():
            if document.kind is not DocumentKind.PROSE or document_id not in self.texts:
                continue
            prose = read_prose(self.texts[document_id], markdown=document_id.endswith(".md"))
            sections = headings(prose)
            for block in prose.blocks:
                if block.noise or len(found) >= MAX_SENTENCES:
                    continue
                heading = heading_before(sections, block.span.start)
                under = heading.text if heading else ""
                texts = [prose.quote(span) for span in block.sentences]
                for number, text in enumerate(texts, start=1):
                    if not asks(text):
                        found.append(Sentence(document_id, text, f"paragraph {block.index}, sentence {number}", under))
                for number, (first, second) in enumerate(itertools.pairwise(block.sentences), start=1):
                    if asks(texts[number]):
                        continue  # 'Will Poland reach 5 percent in 2026?' after a statement asks more than it says
                    text = prose.quote(Span(start=first.start, end=second.end))
                    locator = f"paragraph {block.index}, sentences {number}–{number + 1}"
                    passages.append(Sentence(document_id, text, locator, under, (texts[number - 1], texts[number])))
        return found, passages

    @functools.cached_property
    def words(self) -> list[set[str]]:
        return [_words_of(sentence) for sentence in self.sentences]

    @functools.cached_property
    def passage_words(self) -> list[set[str]]:
        return [_words_of(passage) for passage in self.passages]

    @functools.cached_property
    def weight(self) -> dict[str, float]:
        counts = Counter(word for words in self.words for word in words)
        total = max(1, len(self.sentences))
        return {word: math.log(1 + total / count) for word, count in counts.items()}

    @functools.cached_property
    def _by_quote(self) -> dict[str, list[Fact]]:
        """Facts by the text they quote; a fact quoting a passage of two sentences ('"…," Rutte wrote. "To do so,
        …"') by each of its sentences too, which it cites with the other."""
        by_quote: dict[str, list[Fact]] = {}
        passages: dict[tuple[str, str], tuple[str, ...]] | None = None
        for fact in self.facts:
            if fact.citation.cell is not None:
                continue
            by_quote.setdefault(fact.citation.quote, []).append(fact)
            if PASSAGE_LOCATOR.search(fact.citation.locator):
                if passages is None:
                    passages = {(passage.document, passage.locator): passage.parts for passage in self.passages}
                for part in passages.get((fact.citation.document, fact.citation.locator), ()):
                    by_quote.setdefault(part, []).append(fact)
        return by_quote

    @functools.cached_property
    def number_words(self) -> frozenset[str]:
        table = cues()
        spelled = table.raw.spelled
        words = {*table.numbers, *table.ordinals, *table.multipliers, *spelled.units, *spelled.tens, spelled.hundred}
        return frozenset(words)

    def states_no_figure(self, sentence: Sentence) -> bool:
        """No digit and no number word: quoting the sentence can state no figure, cited or not."""
        if any(character.isdigit() for character in sentence.text):
            return False
        return not set(normalise(sentence.text).split()) & self.number_words

    def facts_of(self, sentence: Sentence) -> list[Fact]:
        """The facts extracted from the sentence (or the passage's sentences): what an answer quoting it cites."""
        texts = dict.fromkeys((sentence.text, *sentence.sentence_texts))
        found = {fact.id: fact for text in texts for fact in self._by_quote.get(text, [])}
        return list(found.values())

    def asks_in_words(self, question: ParsedQuestion) -> bool:
        """Who, which or what is asked, and no quantity: no amount, share, count, change, rank, year or date, and
        no spending noun ('what did Europe spend' asks for a figure)."""
        kinds = domain.question_words().asked_kinds
        if question.has(*kinds.reason, *self.things):
            return True  # 'why is there pressure to spend more?', 'in what city did they agree the 5% pledge?'
        if asks_a_place(question) and question.has(*event_phrases()):
            return True  # 'where did leaders agree the 5% defence investment pledge?': no figure names a place
        if question.yes_no and (question.source_kind is SourceKind.PROSE or question.people):
            # 'does the US meet trump's 5% ask, according to the article?', 'does the US even meet the 5% trump
            # wants?': what the article says (a table names no one's wish)
            return True
        if self._asks_whom_someone_addressed(question):
            return True  # 'which countries did Rutte say need to speed up their spending?'
        asks_a_time = question.asks_year or question.has(*kinds.year, *kinds.date)
        if asks_a_time and not question.has(*kinds.count, *kinds.percentage):
            return True  # 'when did the hague summit take place?', "which year's spending does the report cover?"
        return self._asks_a_thing(question, kinds)

    def _asks_whom_someone_addressed(self, question: ParsedQuestion) -> bool:
        """Who or which allies a person named said, urged or wanted something of: the sentence saying it names
        them ('Rutte is urging European allies and Canada to …'); a figure named or counted is asked otherwise."""
        first = next((word for word in question.words if word in self.interrogatives), None)
        spoken = set(lexicon.concepts(question.words)) & SPEECH_CONCEPTS
        return bool(question.people and spoken and first in WHOM_ASKED and not question.numbers)

    def _asks_a_thing(self, question: ParsedQuestion, kinds: domain.AskedKinds) -> bool:
        """What, who or which thing is asked, not a quantity: the goal or figure the question itself names ('the
        5% pledge', '3.5% of gdp', 'under the new pledge') is what it speaks of, not the quantity it asks."""
        words = self._asking_words(question.words)
        joined = f" {' '.join(words)} "
        quantity = (*kinds.count, *kinds.percentage, *kinds.money, *kinds.share_of_gdp, *kinds.rank, *kinds.change)
        # '… goes to core defence and to meeting what?': the thing asked stands where 'what' does, and a spending
        # noun before it is what the question speaks of
        echoed = (bool(words) and words[-1] in self.interrogatives) or self._asked_in_place(words)
        named = [phrase for phrase in quantity if f" {phrase} " in joined and not _only_in_names(phrase, question.text)]
        if question.asks_percentage:
            return False
        if echoed:
            # '… the core spending is also meant for meeting what?': a spending noun before the 'what' is what the
            # question speaks of; only a quantity asked by an interrogative of its own ('how much') asks a figure
            return not any(set(phrase.split()) & self.interrogatives for phrase in named)
        if named:
            return False
        if set(words) & self.measure_nouns:
            return False  # 'what did Europe spend on defence?' asks a figure
        # 'do allies have to submit anything every year?': a yes or no naming no figure is what a document says
        return (
            question.has(*self.text_starts)
            or (question.yes_no and not question.numbers)
            or _what_is_doing(words)
            or _what_is_about(words)
            or _what_thing_is_done(words)
            or self._which_thing(words)
            or self._which_earlier_goal(words)
            or _keywords_of_a_thing(question)
        )

    def _which_earlier_goal(self, words: tuple[str, ...]) -> bool:
        """'the new 5% replaces which older guideline?': the goal another replaced, asked by its noun after 'which'
        or 'what', is what a sentence says in words ('… replaces the 2% of GDP guideline agreed at Wales in 2014')."""
        return bool(set(words) & self.earlier_goal) and any(
            word in self.interrogatives and set(words[index + 1 : index + 1 + THING_REACH]) & self.goal_nouns
            for index, word in enumerate(words)
        )

    def _asked_in_place(self, words: tuple[str, ...]) -> bool:
        """'each ally must submit what every year?': the question word standing where the thing asked would, right
        after the verb (one of those a claim is made of), as members writing English as a second language often put
        it; one opening a clause of its own ('… - what exactly did he write') has its verb after it, and one after a
        preposition ('above what share') asks a figure."""
        verifier = domain.question_words().verifier
        return any(
            word in self.interrogatives
            and at > 0
            and words[at - 1] in verifier.claim_verbs
            and not set(words[at + 1 : at + 1 + AUXILIARY_REACH]) & set(verifier.yes_no_starts)
            for at, word in enumerate(words)
        )

    def _which_thing(self, words: tuple[str, ...]) -> bool:
        """'which ongoing conflict …?', 'what major city …': a thing asked by its noun a word or two after 'which'
        (the nouns of the phrases asking a thing: 'which war', 'which city')."""
        nouns = {phrase.split()[-1] for phrase in self.things if len(phrase.split()) == 2}
        return any(
            word in self.interrogatives and set(words[index + 1 : index + 1 + THING_REACH]) & nouns
            for index, word in enumerate(words)
        )

    def _asking_words(self, words: tuple[str, ...]) -> tuple[str, ...]:
        """The question's words less the figures and goals it names itself: a number with the words naming it
        ('3.5% of gdp', 'the 5% pledge'), and a goal after a word framing it ('under the hague summit pledge',
        'toward the target')."""
        named: set[int] = set()
        for index, word in enumerate(words):
            if is_number(word):
                end = index + 1
                while end < len(words) and words[end] in self.goal_number_words:
                    end += 1
                if end < len(words) and words[end] in self.goal_nouns:
                    end += 1
                named.update(range(index, end))
            elif word in self.goal_nouns:
                before = words[max(0, index - FRAME_REACH - 1) : index]
                framed = [at for at, w in enumerate(before) if w in self.frame_words]
                if framed:
                    named.update(range(index - len(before) + framed[-1], index + 1))
        return tuple(word for index, word in enumerate(words) if index not in named)

    def find(
        self, question: ParsedQuestion, limit: int = CANDIDATES, documents: frozenset[str] = frozenset()
    ) -> list[Sentence]:
        """The sentences sharing most of the question's rare words, best first (the verifier picks among them);
        `documents`: only theirs (a follow-up asking on in the documents the previous answer cited)."""
        if not self.asks_in_words(question):
            return []
        asked = _stems(" ".join(question.words)) - self.scaffolding
        # only a sentence naming an event can date or place it, whatever other words it shares
        event = asks_an_events_time_or_place(question)

        def kept(found: Sentence) -> bool:
            return (not documents or found.document in documents) and (not event or bool(event_positions(found.text)))

        sentences = [index for index, sentence in enumerate(self.sentences) if kept(sentence)]
        passages = [index for index, passage in enumerate(self.passages) if kept(passage)]
        # a sentence on its own first; a passage of two when no single sentence says all that is asked
        doer = not event and self._asks_a_doer(question)
        return self._best(
            asked,
            [self.sentences[i] for i in sentences],
            [self.words[i] for i in sentences],
            EVENT_CANDIDATES if event else limit,
            doer,
        ) + self._best(
            asked, [self.passages[i] for i in passages], [self.passage_words[i] for i in passages], limit, doer
        )

    def _asks_a_doer(self, question: ParsedQuestion) -> bool:
        """'Who manages the Armed Forces Support Fund?': who does something, which a line giving a figure under its
        label ('of which Armed Forces Support Fund: PLN 62.3 billion') never says."""
        first = next((word for word in question.words if word in self.interrogatives), None)
        return first in DOER_ASKED

    def _best(
        self, asked: set[str], found: list[Sentence], words: list[set[str]], limit: int, doer: bool = False
    ) -> list[Sentence]:
        scored = []
        for index, said in enumerate(words):
            if doer and LABELLED_FIGURE.match(found[index].text):
                continue
            shared = sum(self.weight.get(word, 0.0) for word in asked & said)
            if shared > MIN_SHARED:
                scored.append((shared, index))
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [found[index] for _, index in scored[:limit]]


def _keywords_of_a_thing(question: ParsedQuestion) -> bool:
    """'hague annual plan allies': a search box's few words, none little, naming no figure, year or quantity (the
    caller rules those out) ask what a document says of the thing they name."""
    words = question.words
    keywords = MIN_KEYWORDS <= len(words) <= MOST_KEYWORDS and not any(word in STOPWORDS for word in words)
    return keywords and not question.numbers and not question.years and not question.yes_no


# A name of two or more capitalised words ('the Armed Forces Support Fund', 'the European Defence Fund').
CAPITALISED_NAME = re.compile(r"\b[A-Z][\w'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'-]*)+")


def _only_in_names(phrase: str, text: str) -> bool:
    """'Who manages the Armed Forces Support Fund?': a quantity's word standing only inside a capitalised name names
    a thing, asking no amount."""
    pattern = re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE)
    anywhere = len(pattern.findall(text))
    in_names = sum(len(pattern.findall(name.group(0))) for name in CAPITALISED_NAME.finditer(text))
    return anywhere > 0 and in_names == anywhere


WHAT_IS_DOING = re.compile(r"^(?:what|whats) (?:(?:is|are|was|were) )?\w{3,}ing\b")


def _what_is_doing(words: tuple[str, ...]) -> bool:
    """'what's driving the pressure?', 'what is causing the gap?': what does something asks a thing, as 'what does'
    does (a spending noun or a quantity was ruled out before)."""
    return bool(WHAT_IS_DOING.match(" ".join(words)))


WHAT_THING_IS_DONE = re.compile(
    r"^(?:what|which) [a-z]{3,} (?:must|does|do|did|should|will|would|can|has|have|had) \w+"
)


def _what_thing_is_done(words: tuple[str, ...]) -> bool:
    """'what path must each plan show?', 'which body does the report cite?': a thing asked by its own noun right
    after 'what', then what is done with it (a quantity or a measure named was ruled out before)."""
    return bool(WHAT_THING_IS_DONE.match(" ".join(words)))


WHAT_IS_ABOUT = re.compile(r"^what (?:(?:is|are|was|were) )?(?:\S+ ){1,8}about$")


def _what_is_about(words: tuple[str, ...]) -> bool:
    """'what is the debate inside NATO about?', 'what was the row about?': what something concerns is a thing the
    sentence says in words ('what about germany?' names no subject before 'about': a follow-up, not this)."""
    return bool(WHAT_IS_ABOUT.match(" ".join(words)))
