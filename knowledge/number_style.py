"""How a document writes its numbers: '1,234.5' and '2.8%' (English) or '1.234,5' and '2,8 %' (most of continental
Europe, and translations that keep it: 'EUR 82,69 billion', '10.000 posts').

A document written the continental way is read with its decimal commas and thousands points swapped, a change of
no length, so every offset, span and quote stays where it was; its quotes are swapped back, word for word as
written, once its figures are read.
"""

from __future__ import annotations

import re

SCALES = r"(?:%|per\s?cent\b|percent\b|billion\b|million\b|trillion\b|bn\b|bln\b|mn\b|mln\b|m\b)"
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


def writes_continental(text: str) -> bool:
    """Whether the text writes its numbers the continental way: more of its telling shapes are continental than
    English, and at least two."""
    continental = len(CONTINENTAL_SHAPES.findall(text))
    return continental >= FEWEST_SHAPES and continental > len(ENGLISH_SHAPES.findall(text))


def swapped(text: str) -> str:
    """The separators between digits swapped, point for comma ('62.430,9' ↔ '62,430.9'): the same length, and the
    same text again when swapped twice."""
    return SEPARATOR.sub(lambda separator: "," if separator.group() == "." else ".", text)
