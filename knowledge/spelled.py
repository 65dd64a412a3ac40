"""Numbers spelt out in words, read as one figure: "four point five percent" is 4.5 %, "nine hundred and
ninety-seven billion dollars" is $997 billion, "twenty fourteen" is 2014, "thirty-two allies" is 32 allies.

Transcripts and spoken quotes write figures this way. A run of number words becomes one token whose text
is the number in digits and whose span covers the words, so the rest of extraction reads it like a written
figure while a citation still quotes the sentence as written. A lone word ("three allies") is left as it is:
the figure reader already knows single number words. The words are data (`[spelled]` in
`domain/cues.toml`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from knowledge.cues import SpelledNumbers

CENTURY_FIRST = frozenset({19, 20})  # 'nineteen ninety', 'twenty fourteen': years said in two halves
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


class WordToken(Protocol):
    text: str
    word: str
    start: int
    end: int


@dataclass(frozen=True)
class Reading:
    value: float
    end: int  # index after the last token read
    text: str  # the number in digits
    scale: str | None = None  # 'billion' of 'two billion two hundred million': the scale the digits are in


class SpelledReader:
    def __init__(
        self, words: SpelledNumbers, names_a_currency: Callable[[Sequence[str]], bool] = lambda _: False
    ) -> None:
        self.names_a_currency = names_a_currency  # 'euros', 'Danish crowns': after 'nine billion', an amount
        self.units = words.units
        self.tens = words.tens
        self.hundred = words.hundred
        self.thousand = words.thousand
        self.joiner = words.joiner
        self.point = words.decimal_point
        self.fractions = {tuple(phrase.split()): value for phrase, value in words.fractions.items()}
        self.figure_units = frozenset(words.figure_units)
        self.ones = frozenset(words.one_words)
        self.large_scales = dict(words.large_scales)

    def runs(self, tokens: Sequence[WordToken]) -> Iterator[tuple[int, Reading | None]]:
        """Each token's position and the number spelt out from it (None: a token read as it is); a number's
        other words are skipped."""
        position = 0
        while position < len(tokens):
            reading = self.read(tokens, position)
            yield position, reading
            position = position + 1 if reading is None else reading.end

    def read(self, tokens: Sequence[WordToken], start: int) -> Reading | None:
        """The number spelt out from `start`, when it takes more than one word (or a hyphenated compound)."""
        year = self._year(tokens, start)
        if year is not None:
            return year
        whole = self._whole(tokens, start)
        if whole is None:
            return None
        value, end = whole
        carried_on = self._carried_on(tokens, value, end)
        if carried_on is not None:
            return carried_on
        if end - start < 2 and "-" not in tokens[start].word and not self._before_a_large_scale(tokens, end):
            return None  # one plain word: read as it is elsewhere ('nine billion' is a figure)
        return Reading(float(value), end, str(value))

    def lone_figure(self, words: Sequence[str], at: int) -> str | None:
        """'twenty' of 'twenty percent': a lone number word before a unit, in digits."""
        following = words[at + 1] if at + 1 < len(words) else ""
        value = self.units.get(words[at], self.tens.get(words[at]))
        return str(value) if value is not None and following in self.figure_units else None

    def _small(self, tokens: Sequence[WordToken], i: int) -> tuple[int, int] | None:
        """1-99 from `i`: 'seven', 'seventeen', 'ninety-seven', 'ninety seven'."""
        if i >= len(tokens):
            return None
        word = tokens[i].word
        if word in self.units:
            return self.units[word], i + 1
        head, _, tail = word.partition("-")
        if head in self.tens and tail in self.units and 0 < self.units[tail] < 10:
            return self.tens[head] + self.units[tail], i + 1
        if word in self.tens:
            following = tokens[i + 1].word if i + 1 < len(tokens) else ""
            unit = self.units.get(following)
            if unit is not None and 0 < unit < 10:
                return self.tens[word] + unit, i + 2
            return self.tens[word], i + 1
        return None

    def _whole(self, tokens: Sequence[WordToken], i: int) -> tuple[int, int] | None:
        """1-999,999 from `i`: 'two thousand seven hundred and eighteen', 'five hundred and six', 'a thousand'."""
        below = self._below_thousand(tokens, i) or self._one_before(tokens, i, self.thousand)
        if below is None:
            return None
        return self._scaled(tokens, *below, self.thousand, 1000, self._below_thousand)

    def _below_thousand(self, tokens: Sequence[WordToken], i: int) -> tuple[int, int] | None:
        small = self._small(tokens, i) or self._one_before(tokens, i, self.hundred)
        if small is None or small[0] >= 10:  # a scale after a unit only: "ninety hundred" is no number
            return small
        return self._scaled(tokens, *small, self.hundred, 100, self._small)

    def _one_before(self, tokens: Sequence[WordToken], i: int, scale: str) -> tuple[int, int] | None:
        """'a hundred', 'a thousand': a word standing for one right before the scale word."""
        if i + 1 < len(tokens) and tokens[i].word in self.ones and tokens[i + 1].word == scale:
            return 1, i + 1
        return None

    def _carried_on(self, tokens: Sequence[WordToken], value: int, end: int) -> Reading | None:
        """A whole number carried on past its last word: 'four point five', 'three and a half', 'two billion two
        hundred million'."""
        fraction = self._fraction(tokens, end)
        if fraction is not None:
            digits, end = fraction
            return Reading(float(f"{value}.{digits}"), end, f"{value}.{digits}")
        part = self._said_fraction(tokens, end)
        if part is not None:
            return Reading(value + part[0], part[1], f"{value + part[0]:g}")
        return self._compound_amount(tokens, value, end)

    def _compound_amount(self, tokens: Sequence[WordToken], value: int, end: int) -> Reading | None:
        """'two billion two hundred million': a number before a large scale and a number before a smaller one after
        it is one amount in the larger scale (2.2 billion), the reading ending past the smaller scale's word."""
        larger = self.large_scales.get(tokens[end].word) if end < len(tokens) else None
        rest = self._whole(tokens, end + 1) if larger else None
        if larger is None or rest is None or rest[1] >= len(tokens):
            return None
        smaller = self.large_scales.get(tokens[rest[1]].word)
        if smaller is None or rest[0] * smaller >= larger:
            return None
        amount = value + rest[0] * smaller / larger
        return Reading(amount, rest[1] + 1, f"{amount:g}", tokens[end].text)

    def _before_a_large_scale(self, tokens: Sequence[WordToken], end: int) -> bool:
        """'nine billion euros': a lone word before a large scale and a currency is an amount ('one million rounds'
        is left as it is)."""
        following = [token.word for token in tokens[end + 1 : end + 4]]
        return end < len(tokens) and tokens[end].word in self.large_scales and self.names_a_currency(following)

    def _scaled(
        self,
        tokens: Sequence[WordToken],
        value: int,
        end: int,
        scale: str,
        factor: int,
        rest_of: Callable[[Sequence[WordToken], int], tuple[int, int] | None],
    ) -> tuple[int, int]:
        """'seven hundred and eighteen', 'two thousand and ten': a number before its scale word, times the scale, plus
        the number after it (past an 'and'); the number alone when no scale word follows."""
        if end >= len(tokens) or tokens[end].word != scale:
            return value, end
        value, end = value * factor, end + 1
        after = end + 1 if end < len(tokens) and tokens[end].word == self.joiner else end
        rest = rest_of(tokens, after)
        return (value + rest[0], rest[1]) if rest is not None else (value, end)

    def _fraction(self, tokens: Sequence[WordToken], i: int) -> tuple[str, int] | None:
        """'point five', 'point three eight': the digits after a spoken decimal point."""
        if i >= len(tokens) or tokens[i].word != self.point:
            return None
        digits = ""
        end = i + 1
        while end < len(tokens) and self.units.get(tokens[end].word, 10) < 10:
            digits += str(self.units[tokens[end].word])
            end += 1
        return (digits, end) if digits else None

    def _said_fraction(self, tokens: Sequence[WordToken], i: int) -> tuple[float, int] | None:
        """'and a half' after a whole number: the fraction and where it ends."""
        for phrase, value in self.fractions.items():
            if tuple(token.word for token in tokens[i : i + len(phrase)]) == phrase:
                return value, i + len(phrase)
        return None

    def year_at(self, tokens: Sequence[WordToken], i: int) -> Reading | None:
        return self._year(tokens, i)

    def _year(self, tokens: Sequence[WordToken], i: int) -> Reading | None:
        """'twenty fourteen', 'twenty twenty-five', 'nineteen ninety': a year in two halves."""
        first = self._small(tokens, i)
        if first is None or first[0] not in CENTURY_FIRST or first[1] != i + 1:
            return None
        second = self._small(tokens, i + 1)
        if second is None or second[0] < 10:
            return None
        if i + 2 < len(tokens) and tokens[i + 2].word == self.point:
            return None
        value = first[0] * 100 + second[0]
        return Reading(float(value), second[1], str(value))


@dataclass(frozen=True)
class _Word:
    text: str
    word: str
    start: int
    end: int


def words_in_digits(words: Sequence[str], reader: SpelledReader) -> list[str]:
    """A question's words with each run of number words in digits: 'twenty twenty four' is '2024', 'three point
    five' '3.5'; a lone word is in digits only before a unit ('twenty percent', 'fifty billion'), else left as it
    is ('top three')."""
    tokens = [_Word(word, word, at, at + 1) for at, word in enumerate(words)]
    in_digits: list[str] = []
    for at, reading in reader.runs(tokens):
        if reading is None:
            in_digits.append(reader.lone_figure(words, at) or words[at])
        else:
            in_digits.extend([reading.text, reading.scale] if reading.scale else [reading.text])
    return in_digits


def years_in_digits(text: str, reader: SpelledReader) -> str:
    """'Lithuania, twenty sixteen. By how much …?': a year said in two halves written in digits where it stands,
    before the sentences of a message are told apart ('Lithuania, 2016.' leads the question as a year does)."""
    tokens = [token for m in WORD.finditer(text) for token in _halves(m, reader)]
    pieces: list[str] = []
    last, at = 0, 0
    while at < len(tokens):
        year = reader.year_at(tokens, at)
        if year is None:
            at += 1
            continue
        pieces += [text[last : tokens[at].start], year.text]
        last, at = tokens[year.end - 1].end, year.end
    return "".join([*pieces, text[last:]])


def _halves(match: re.Match[str], reader: SpelledReader) -> list[_Word]:
    """A word, or a year's two halves hyphenated ('twenty-fifteen'): each a token of its own. 'twenty-four' is one
    number, its second half below ten."""
    word = match.group(0).casefold()
    first, dash, second = word.partition("-")
    numbers = {**reader.units, **reader.tens} if dash else {}  # only a hyphenated word may be a year's halves
    if dash and "-" not in second and numbers.get(first, 0) in CENTURY_FIRST and numbers.get(second, 0) >= 10:
        middle = match.start() + len(first)
        return [_Word(first, first, match.start(), middle), _Word(second, second, middle + 1, match.end())]
    return [_Word(match.group(0), word, match.start(), match.end())]
