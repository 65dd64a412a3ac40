"""How a document writes its numbers: '1,234.5' and '2.8%' (English) or '1.234,5' and '2,8 %' (most of continental
Europe, and translations that keep it: 'EUR 82,69 billion', '10.000 posts', '47,2 Md€', '6 300 posts').

A document written the continental way is read with its decimal commas and thousands points swapped and the spaces
grouping its thousands read as separators, a change of no length, so every offset, span and quote stays where it
was; its quotes are taken back from the text as written, word for word, once its figures are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.cues import cues


def _scale_words() -> str:
    """The scales and the written percent signs of cues.toml ('billion', 'bn', 'Md', 'per cent', 'pct' …), longest
    first, any case: 'Md€' and 'md€' alike; a sign of several words may be written with no space ('percent')."""
    table = cues().raw
    words = sorted(
        {*table.scales, *(sign for sign in table.percent_signs if sign[:1].isalpha())}, key=len, reverse=True
    )
    return "|".join(re.escape(word).replace(r"\ ", r"\s?") for word in words)


def _money_words() -> tuple[str, str, str]:
    """The scales, currency symbols and currency codes of cues.toml, each an alternation, longest first."""
    table = cues().raw

    def alternation(words: Iterable[str]) -> str:
        return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))

    return alternation(table.scales), alternation(table.currency_symbols), alternation(table.currency_codes)


SCALES = rf"(?:%|(?i:{_scale_words()})\b)"
MONEY_SCALES, CURRENCY_SYMBOLS, CURRENCY_CODES = _money_words()
# An amount's own marks around a number: a currency before it ('EUR 3 300 million', '€3 300'), a scale or a currency
# after it ('3 300 M€', '3 300 €').
MONEY_BEFORE = re.compile(rf"(?:\b(?:{CURRENCY_CODES})|{CURRENCY_SYMBOLS})\s?$")
MONEY_AFTER = re.compile(rf"\s?(?:(?i:{MONEY_SCALES})\b|{CURRENCY_SYMBOLS})")
# Points only a thousands point can be, whatever way the rest of a document writes its numbers: whole thousands before
# a scale ('EUR 17.000 million': no English writer gives a million to three decimals of zeros), and a number of things
# counted ('2.400 troops', '117.400 military personnel': no one counts a part of a soldier).
POINT_GROUPS = re.compile(r"(?<![\d.,])[1-9]\d{0,2}(?:\.\d{3})+(?![\d,]|\.\d)")
WHOLE_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.000)+")
COUNTED_AFTER = re.compile(
    rf"(?:\s+(?!(?i:{MONEY_SCALES})\b)[A-Za-z-]+){{0,2}}\s+(?i:{'|'.join(map(re.escape, cues().raw.count_nouns))})\b"
)
# Shapes only one way of writing numbers gives: a thousands point before a decimal comma ('62.430,9'), or a decimal
# comma of one or two digits before a percentage or a scale ('2,8 %', 'EUR 20,26 billion'); the same shapes the
# other way round for English ('62,430.9', '2.8%').
CONTINENTAL_SHAPES = re.compile(
    rf"(?<![\d.,])\d{{1,3}}(?:\.\d{{3}})+,\d+(?![\d.,])|(?<![\d.,])\d{{1,3}},\d{{1,2}}\s?{SCALES}"
)
ENGLISH_SHAPES = re.compile(
    rf"(?<![\d.,])\d{{1,3}}(?:,\d{{3}})+\.\d+(?![\d.,])|(?<![\d.,])\d{{1,3}}\.\d{{1,2}}\s?{SCALES}"
)
# Below this many continental shapes a document's one '1,5%' is a slip, not its way of writing.
FEWEST_SHAPES = 2
SEPARATOR = re.compile(r"(?<=\d)[.,](?=\d)")
# '6 300 posts', '80 000 reservists': groups of three digits after a space. A thin or narrow no-break space groups
# digits in any document; a plain or no-break space in one writing continental numbers, where a table's '2024 | 47,2'
# has its own marks ('in 2024 300 posts' never groups: a year's four digits lead no group), in an English one that
# groups its thousands with spaces and never with commas ('USD 1 474 billion', '216 000 personnel'), and in any
# document an amount's, its currency or scale written right beside it ('EUR 3 300 million', '3 300 M€').
THIN_SPACES = "\u2009\u202f"
GROUPING_SPACES = f" \u00a0{THIN_SPACES}"
SPACED_GROUPS = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:[{GROUPING_SPACES}]\d{{3}})+(?![\d]|[.,]\d{{3}})")
GROUP_SPACE = re.compile(rf"[{GROUPING_SPACES}]")
# A telephone number's '+32 2 000 0000' groups nothing: its digits go on after a space.
PLAIN_SPACED_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d]|[.,]\d{3}| \d)")
# A decimal comma after spaced thousands ('1 040,1'): no English way of writing a number ends so, whatever the rest
# of the document writes; its table reads its numbers its own way (`knowledge.table_numbers`).
DECIMAL_COMMA_AFTER = re.compile(r",\d(?!\d{2}(?!\d))")
COMMA_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d])")
CURRENCY_REACH = 5  # characters before a number where its currency may stand ('EUR ', 'US$ ')


def writes_continental(text: str) -> bool:
    """Whether the text writes its numbers the continental way: more of its telling shapes are continental than
    English, and at least two."""
    continental = len(CONTINENTAL_SHAPES.findall(text))
    return continental >= FEWEST_SHAPES and continental > len(ENGLISH_SHAPES.findall(text))


def groups_with_spaces(text: str) -> bool:
    """Whether an English text groups its thousands with plain spaces: at least two such numbers, and none grouped
    with commas (a text writing '1,234' means two numbers by '2024 300')."""
    return len(PLAIN_SPACED_GROUPS.findall(text)) >= FEWEST_SHAPES and not COMMA_GROUPS.search(text)


def swapped(text: str) -> str:
    """The separators between digits swapped, point for comma ('62.430,9' ↔ '62,430.9'): the same length, and the
    same text again when swapped twice."""
    return SEPARATOR.sub(lambda separator: "," if separator.group() == "." else ".", text)


class NumbersAsRead:
    """A document's text as its figures are read (English separators, grouped thousands joined: the same length)
    and, for a piece of the text so read, the same piece as the document writes it."""

    def __init__(self, written: str) -> None:
        self.written = written
        self.continental = writes_continental(written)
        grouped = _spaced_groups_joined(written, continental=self.continental)
        self.text = _thousands_points_read(swapped(grouped) if self.continental else grouped)

    def as_written(self, piece: str, start: int | None = None) -> str:
        """`piece` of the text as read (at `start` when known), as the document writes it."""
        if self.text is self.written or self.text == self.written:
            return piece
        if start is None or self.text[start : start + len(piece)] != piece:
            start = self.text.find(piece)
        if start < 0:
            return swapped(piece) if self.continental else piece
        return self.written[start : start + len(piece)]


def _spaced_groups_joined(text: str, *, continental: bool) -> str:
    """The spaces grouping thousands as the document's own thousands mark ('6 300' -> '6.300' in a continental
    document, to be swapped; '6\u202f300' -> '6,300' in an English one, and '1 474' -> '1,474' in one grouping its
    thousands with plain spaces)."""
    mark = "." if continental else ","
    english_plain_spaces = not continental and groups_with_spaces(text)

    def joined(match: re.Match[str]) -> str:
        if not continental and DECIMAL_COMMA_AFTER.match(text, match.end()):
            return match.group()  # '1 040,1' of an English document: a continental number, left to its table
        thin = any(space in match.group() for space in THIN_SPACES)
        if continental or thin or _an_amount(text, match.start(), match.end()):
            return GROUP_SPACE.sub(mark, match.group())
        plain = PLAIN_SPACED_GROUPS.match(text, match.start()) if english_plain_spaces else None
        if plain and plain.end() == match.end():
            return GROUP_SPACE.sub(mark, match.group())
        return match.group()

    return SPACED_GROUPS.sub(joined, text)


def _an_amount(text: str, start: int, end: int) -> bool:
    """Whether the number at text[start:end] is an amount by its own marks: a currency right before it or a scale or
    a currency right after it."""
    return bool(MONEY_BEFORE.search(text[max(0, start - CURRENCY_REACH) : start]) or MONEY_AFTER.match(text, end))


def _thousands_points_read(text: str) -> str:
    """A text as read (English separators) with the points only thousands points can be read as commas ('EUR
    17.000 million' -> 'EUR 17,000 million', '2.400 troops' -> '2,400 troops'; a continental document's English
    'EUR 1,000 million', swapped to '1.000', back to its thousands): the same length."""

    def read(match: re.Match[str]) -> str:
        whole = WHOLE_THOUSANDS.fullmatch(match.group()) and MONEY_AFTER.match(text, match.end())
        if not (whole or COUNTED_AFTER.match(text, match.end())):
            return match.group()
        return match.group().replace(".", ",")

    return POINT_GROUPS.sub(read, text)
