"""A passage with blanks to fill in ("Fill in Rutte's quote: 'European Allies and Canada must make a ___ when it
comes to …'", "only __ of NATO's __ member states met the 2% target", "Script line: 'The United States contributed
an estimated ___ percent of total alliance spending in 2024.'"), as a quiz asks it: the sentence of the documents
that reads the same around each blank gives the missing words, in bold, before the sentence verbatim with its
document and place. The passage may be worded a little otherwise than the sentence ('contributed' for
'contributing', 'percent' for '%'), but the words beside each blank must be the sentence's, and every figure and
name of the passage must be in it. No figure is stated that the sentence does not state; a blank no sentence fills
is left to the rest of the pipeline."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from knowledge import phrasing
from knowledge.ask.render import Renderer
from knowledge.ask.sentences import Sentence
from knowledge.models import Answer, Fact
from knowledge.question import stem

BLANK = re.compile(r"_{2,}|\[\s*(?:blank|\.\.\.|…)?\s*\]|\(\s*blank\s*\)", re.IGNORECASE)
RUN_OF_BLANKS = re.compile(rf"(?:{BLANK.pattern})(?:\s+(?:{BLANK.pattern}))+", re.IGNORECASE)
# a quote mark, not an apostrophe ('NATO's'): a single mark between two letters joins a word
QUOTE_MARK = re.compile(r"[\"“”«»‘]|(?<![^\W\d_])['’]|['’](?![^\W\d_])")
TOKEN = re.compile(
    rf"(?P<blank>{BLANK.pattern})|(?P<number>\d+(?:[.,]\d+)*)|(?P<percent>\b(?:per ?cent|pct)\b|%)"
    rf"|(?P<word>[^\W\d_]+(?:[-'’][^\W\d_]+)*)|(?P<quote>{QUOTE_MARK.pattern})|(?P<stop>[.!?;:,])",
    re.IGNORECASE,
)
POSSESSIVE = re.compile(r"['’]s$")
ANCHOR_WORDS = 2  # words of each side of a blank that must stand beside the filled words in the sentence
MIN_CONTEXT_WORDS = 3  # words around the blanks, at least, before a sentence is taken to be the one quoted
MIN_SHARED = 0.7  # of the passage's words, the share the sentence must have (in any form) to be the one quoted
MAX_FILLED_WORDS = 8  # a blank stands for a few words, never for half a sentence


@dataclass(frozen=True)
class Token:
    kind: str  # 'word', 'number', 'percent', 'quote', 'stop' or 'blank'
    key: str  # what it is compared by: a word's stem, a number's digits, '%'
    start: int
    end: int
    named: bool = False  # a name or a figure: the sentence must have it


def _tokens(text: str, *, leading: bool = True) -> list[Token]:
    tokens: list[Token] = []
    for found in TOKEN.finditer(text):
        kind = found.lastgroup or "stop"
        value = found.group(0)
        if kind == "word":
            word = POSSESSIVE.sub("", value).casefold().replace("’", "'")
            key = stem(word)
            named = value[:1].isupper() and not (leading and not tokens)
        elif kind == "number":
            key, named = value.replace(",", ""), True
        else:
            key, named = ("%" if kind == "percent" else value), False
        tokens.append(Token(kind, key, found.start(), found.end(), named))
    return tokens


def _passage(question: str) -> str | None:
    """The quoted passage holding the blanks, or the clause after a colon ('Fill in the blanks: only __ of …'), or
    the question; a quoted passage too short to place ('quantum ____') is read with the words before it."""
    blanks = list(BLANK.finditer(question))
    if not blanks:
        return None
    first, last = blanks[0].start(), blanks[-1].end()
    clause_start = question.rfind(":", 0, first) + 1
    opening = [found.end() for found in QUOTE_MARK.finditer(question, clause_start, first)]
    closing = [found.start() for found in QUOTE_MARK.finditer(question, last)]
    if opening and closing:
        quoted = question[opening[-1] : closing[0]]
        if _context_words(_tokens(quoted)) >= MIN_CONTEXT_WORDS:
            return quoted
        return question[clause_start : closing[0] + 1]
    return question[clause_start:]


def _context_words(tokens: list[Token]) -> int:
    return sum(token.kind in ("word", "number", "percent") for token in tokens)


@dataclass(frozen=True)
class Blank:
    before: tuple[str, ...]  # the keys of the words just before it (nearest last)
    after: tuple[str, ...]  # the keys just after it
    quoted: bool  # a quote mark closes it ('quantum ____'): the filled words end where the sentence's quote does


def _blanks(tokens: list[Token]) -> list[Blank]:
    blanks: list[Blank] = []
    words = [token for token in tokens if token.kind != "quote"]
    for at, token in enumerate(words):
        if token.kind != "blank":
            continue
        before = _side(reversed(words[:at]))[::-1]
        after = _side(words[at + 1 :])
        following = tokens[tokens.index(token) + 1 : tokens.index(token) + 2]
        blanks.append(Blank(before, after, bool(following) and following[0].kind == "quote"))
    return blanks


def _side(tokens: Iterable[Token]) -> tuple[str, ...]:
    keys: list[str] = []
    for token in tokens:
        if token.kind in ("blank", "stop") or len(keys) == ANCHOR_WORDS:
            break
        keys.append(token.key)
    return tuple(keys)


@dataclass(frozen=True)
class Filled:
    start: int  # characters of the sentence
    end: int
    next_token: int  # where the next blank's words may start


def _fill(blank: Blank, tokens: list[Token], start: int) -> list[Filled]:
    """Each place at or after token `start` where the sentence's words stand on both sides of the blank."""
    words = [at for at in range(start, len(tokens)) if tokens[at].kind != "quote"]
    places: list[Filled] = []
    for index in range(len(words)):
        before = words[max(0, index - len(blank.before)) : index]
        if len(before) < len(blank.before) or [tokens[i].key for i in before] != list(blank.before):
            continue
        filled = _filled_from(blank, tokens, words[index:])
        if filled is not None:
            places.append(filled)
    return places


def _filled_from(blank: Blank, tokens: list[Token], words: list[int]) -> Filled | None:
    for count in range(1, min(MAX_FILLED_WORDS, len(words)) + 1):
        last = words[count - 1]
        if tokens[last].kind == "stop":
            return None
        following = words[count : count + len(blank.after)]
        ends_quote = last + 1 < len(tokens) and tokens[last + 1].kind == "quote"
        if blank.after:
            if [tokens[i].key for i in following] == list(blank.after):
                return Filled(tokens[words[0]].start, tokens[last].end, following[0])
            continue
        sentence_goes_on = count < len(words) and tokens[words[count]].kind != "stop"
        if ends_quote if blank.quoted else not sentence_goes_on or ends_quote:
            return Filled(tokens[words[0]].start, tokens[last].end, last + 1)
    return None


def _fills(blanks: list[Blank], tokens: list[Token], start: int = 0) -> list[tuple[Filled, ...]]:
    if not blanks:
        return [()]
    return [
        (filled, *rest)
        for filled in _fill(blanks[0], tokens, start)
        for rest in _fills(blanks[1:], tokens, filled.next_token)
    ]


def _reads_so(passage: list[Token], sentence: list[Token], heading: list[Token]) -> bool:
    """The sentence has most of the passage's words, and every figure and name of it, or of the heading it stands
    under ('Under the Hague pledge, each Ally submits an annual ___ …' of a sentence under 'The Hague Summit 2025')."""
    keys = {token.key for token in sentence}
    placed = keys | {token.key for token in heading}
    words = [token for token in passage if token.kind in ("word", "number", "percent")]
    if any(token.named and token.key not in placed for token in words):
        return False
    return sum(token.key in keys for token in words) >= MIN_SHARED * len(words)


class BlankFiller:
    def __init__(
        self,
        sentences: Callable[[], list[Sentence]],
        facts_of: Callable[[Sentence], list[Fact]],
        render: Renderer,
    ) -> None:
        self.sentences = sentences
        self.facts_of = facts_of
        self.render = render

    def answer(self, question: str) -> Answer | None:
        passage = _passage(question)
        if passage is None:
            return None
        tokens = _tokens(RUN_OF_BLANKS.sub("___", passage))  # 'an ___ ___ showing': one gap of a few words
        blanks = _blanks(tokens)
        if _context_words(tokens) < MIN_CONTEXT_WORDS or not all(blank.before or blank.after for blank in blanks):
            return None
        found = [
            (sentence, fills)
            for sentence in self.sentences()
            if (read := _tokens(sentence.text, leading=False))
            and _reads_so(tokens, read, _tokens(sentence.heading, leading=False))
            and len(fills := _fills(blanks, read)) == 1
        ]
        words = {
            tuple(sentence.text[part.start : part.end].casefold() for part in fills[0]) for sentence, fills in found
        }
        if len(words) != 1:
            return None  # no sentence reads so, or several fill the blanks differently: not for this stage to pick
        sentence, fills = found[0]
        filled = [sentence.text[part.start : part.end] for part in fills[0]]
        said = self.render.sentence(question, sentence, self.facts_of(sentence))
        bold = ", ".join(f"**{phrasing.escape(words)}**" for words in filled)
        return said.model_copy(update={"answer": f"{bold} — {said.answer}", "headline": ", ".join(filled)})
