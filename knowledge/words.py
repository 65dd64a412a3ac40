"""Word normalisation shared by the lexicon, the entity list and extraction (no domain words here)."""

from __future__ import annotations

import functools
import math
import re
import unicodedata

ZERO_WIDTH = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
POSSESSIVE = re.compile(r"(?<=\w)'s?\b")
NON_WORD = re.compile(r"[^\w%$€£.]+|(?<!\d)\.|\.(?!\d)")
NUMBER_IN_TEXT = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Letters whose mark Unicode does not split off ('złoty', 'Łódź', 'Tromsø'): read as their base letter, as accents are.
STROKED_LETTERS = str.maketrans("łŁøØđĐħĦı", "lLoOdDhHi")


def unmarked(text: str) -> str:
    """The text without its letters' accents and strokes ('złoty' → 'zloty', 'Wschód' → 'Wschod')."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(character for character in decomposed if not unicodedata.combining(character)).translate(
        STROKED_LETTERS
    )


@functools.lru_cache(maxsize=2048)  # a question's stages normalise the same phrases and quotes again and again
def normalise(text: str) -> str:
    """Lower-case words separated by single spaces; keeps digits, decimals, % and currency signs."""
    if not text.isascii():  # ASCII text is its own NFKC and NFKD, without zero-width or combining characters
        text = ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", text))
        text = unmarked(text)
    text = text.replace("’", "'")
    if "'" in text:  # a possessive needs an apostrophe: most text has none, and skips the expression
        text = POSSESSIVE.sub("", text)
    text = text.casefold()
    return " ".join(NON_WORD.sub(" ", text).split())


def numbers_in(text: str) -> set[float]:
    """Every number written in digits ('2,718', '3.5'), as floats."""
    numbers = {float(token.replace(",", "")) for token in NUMBER_IN_TEXT.findall(text)}
    return {number for number in numbers if math.isfinite(number)}
