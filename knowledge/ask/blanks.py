"""A quote with a blank to fill in ("Fill in Rutte's quote: 'European Allies and Canada must make a ___ when it
comes to …'"), as a class quiz asks it: the sentence of the documents that reads the same around the blank gives
the missing words, in bold, before the sentence verbatim with its document and place. No figure is stated that
the sentence does not state; a blank no sentence fills is left to the rest of the pipeline."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge import phrasing
from knowledge.ask.render import Renderer
from knowledge.ask.sentences import Sentence
from knowledge.models import Answer, Fact

BLANK = re.compile(r"_{2,}|\[\s*(?:blank|\.\.\.|…)?\s*\]|\(\s*blank\s*\)", re.IGNORECASE)
QUOTE_MARKS = "\"'“”‘’«»"
WORD = re.compile(r"[\w%$€£.,-]+")
SIDE_WORDS = 6  # words of each side of the blank matched against a sentence (a quote may be cut anywhere)
MIN_CONTEXT_WORDS = 3  # words around the blank, at least, before a sentence is taken to be the one quoted
MAX_FILLED_CHARACTERS = 80  # a blank stands for a few words, never for half a sentence


def _words(text: str) -> list[str]:
    return WORD.findall(text.strip(QUOTE_MARKS + " "))


def _sides(question: str) -> tuple[list[str], list[str]] | None:
    """The words before and after the one blank of the quoted passage (or of the question when nothing is quoted)."""
    blanks = list(BLANK.finditer(question))
    if len(blanks) != 1:
        return None
    found = blanks[0]
    before, after = question[: found.start()], question[found.end() :]
    opening = max(before.rfind(mark) for mark in QUOTE_MARKS)
    closing = [at for at in (after.find(mark) for mark in QUOTE_MARKS) if at >= 0]
    before = before[opening + 1 :] if opening >= 0 else before.rsplit(":", 1)[-1]
    after = after[: min(closing)] if closing else after
    left, right = _words(before)[-SIDE_WORDS:], _words(after)[:SIDE_WORDS]
    return (left, right) if len(left) + len(right) >= MIN_CONTEXT_WORDS else None


def _pattern(left: list[str], right: list[str]) -> re.Pattern[str]:
    """The sentence's text around the blank: each side's words in order, any spacing and punctuation between them."""
    between = r"[\W_]+"
    before = between.join(map(re.escape, left))
    after = between.join(map(re.escape, right))
    filled = rf"(?P<filled>[^.!?;]{{1,{MAX_FILLED_CHARACTERS}}}?)"
    return re.compile(
        (rf"\b{before}\s+" if left else r"(?:^|[\"“‘'\s])") + filled + (rf"\s+{after}\b" if right else r"[.!?,;\"”’]"),
        re.IGNORECASE,
    )


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
        sides = _sides(question)
        if sides is None:
            return None
        pattern = _pattern(*sides)
        filled = [(found, sentence) for sentence in self.sentences() if (found := pattern.search(sentence.text))]
        if len({found.group("filled").strip().casefold() for found, _ in filled}) != 1:
            return None  # no sentence reads so, or several fill the blank differently: not for this stage to pick
        found, sentence = filled[0]
        words = found.group("filled").strip()
        said = self.render.sentence(question, sentence, self.facts_of(sentence))
        return said.model_copy(update={"answer": f"**{phrasing.escape(words)}** — {said.answer}", "headline": words})
