"""The stemmed words of many quotes at once, worked out a token at a time.

`normalise` reads ASCII text a whitespace-separated token at a time: nothing it removes or keeps depends on a
character beyond the next space, and every space ends a word. So the words of an ASCII quote are its tokens'
words in turn, and the quotes of a big knowledge base share few tokens (100,000 synthetic table quotes have
some 12,000): each token is normalised and stemmed once, where normalising every quote took most of the
start-up of an engine over them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from functools import partial
from itertools import chain

from knowledge.question import stem
from knowledge.words import normalise

NORMALISE_UNCACHED = normalise.__wrapped__  # one call per token: no room taken in the questions' cache


class Stems(dict[str, str]):
    """Word -> its stem, each word stemmed once, when first looked up."""

    def __missing__(self, word: str) -> str:
        stemmed = self[word] = stem(word)
        return stemmed


class QuoteStems(dict[str, tuple[str, ...]]):
    """A whitespace-separated token of ASCII text -> the stems of its normalised words, each token worked out
    when first looked up; `words` gathers every normalised word seen."""

    def __init__(self, stems: Stems) -> None:
        super().__init__()
        self.stems = stems
        self.words: set[str] = set()

    def __missing__(self, token: str) -> tuple[str, ...]:
        words = NORMALISE_UNCACHED(token).split()
        self.words.update(words)
        stemmed = self[token] = tuple(map(self.stems.__getitem__, words))
        return stemmed

    def all_of(self, quote: str) -> Iterator[str]:
        """The stems of a quote's normalised words in their order, repeats included: those of
        `normalise(quote).split()`."""
        if quote.isascii():
            return chain.from_iterable(map(self.__getitem__, quote.split()))
        words = normalise(quote).split()  # NFKC and accents read over the whole text
        self.words.update(words)
        return map(self.stems.__getitem__, words)

    def of(self, quote: str) -> tuple[str, ...]:
        """A quote's stems, each once, in their order."""
        return tuple(dict.fromkeys(self.all_of(quote)))

    def quotes_having(self, quotes: Iterable[str]) -> Counter[str]:
        """Stem -> how many of the (distinct) quotes have it."""
        ascii_quotes, others = [], []
        for quote in quotes:
            (ascii_quotes if quote.isascii() else others).append(quote)
        # each ASCII quote's stems as a set, token by token, without a Python call per quote (100,000 quotes)
        stems_of_tokens = map(chain.from_iterable, map(partial(map, self.__getitem__), map(str.split, ascii_quotes)))
        counts = Counter(chain.from_iterable(map(set, stems_of_tokens)))
        counts.update(chain.from_iterable(set(self.all_of(quote)) for quote in others))
        return counts
