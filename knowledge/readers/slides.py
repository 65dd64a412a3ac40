"""A slide of a deck exported to text, its lines run together with no blank line between them:

    Slide 3
    Core budget (Einzelplan 14)
    • 2024: €52.0bn
    • +€10.4bn vs 2024
    Speaker notes: The 2024 jump is mostly the special fund being spent.

A slide's number may carry its title on the same line ('Slide 3 — Big four (share of GDP, 2014 → 2024e)'), the
line heading the bullets under it as a title line does. The slide's number says where it stands in the deck, stating
nothing; the short lines under it are its title, which
heads its bullets as a section heading does; each bullet is a statement of its own (read as one paragraph, the slide
would give a bullet's figure the year of the next bullet); the lines after the last bullet that are not indented
under it (the speaker's notes) are a paragraph of their own, not the last bullet's words wrapped onto a second line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

# 'Slide 3', 'SLIDE 2 of 10', 'Slide 4/12': the slide's number on a line of its own
SLIDE_NUMBER = re.compile(r"^\s*slide\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s*$", re.IGNORECASE)
# 'Slide 3 — Big four (share of GDP)', 'Slide 4: Germany': the slide's number and its title on one line, the title
# set apart by a dash or a colon
TITLED_SLIDE_NUMBER = re.compile(r"^\s*slide\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\s*(?:[—–:]|-\s)\s*\S", re.IGNORECASE)
TITLE_WORDS = 12  # words at most in a title line
SENTENCE_ENDS = (".", "!", "?", ":", ";")


@dataclass(frozen=True)
class Part:
    """Lines `first` to `last` (inclusive) of a slide's run, read as one block; a heading or a paragraph."""

    first: int
    last: int
    heading: bool


def slide_parts(lines: Sequence[str], is_bullet: Callable[[str], bool]) -> list[Part] | None:
    """The blocks a slide's run of lines is read as: its number and its title lines each a heading, each bullet (with
    the indented lines it wraps onto) a paragraph, the lines after the bullets one paragraph; None when the run is no
    slide with bullets (its first line no slide's number, or no bullet under it)."""
    if not lines or not (SLIDE_NUMBER.match(lines[0]) or TITLED_SLIDE_NUMBER.match(lines[0])):
        return None
    first_bullet = next((at for at in range(1, len(lines)) if is_bullet(lines[at])), None)
    if first_bullet is None:
        return None
    parts = [Part(0, 0, heading=True)]
    parts += [Part(at, at, heading=_title(lines[at])) for at in range(1, first_bullet)]
    at = first_bullet
    while at < len(lines):
        end = at
        while end + 1 < len(lines) and not is_bullet(lines[end + 1]) and lines[end + 1][:1].isspace():
            end += 1
        if not is_bullet(lines[at]):  # the notes under the bullets run to the end of the slide
            parts.append(Part(at, len(lines) - 1, heading=False))
            break
        parts.append(Part(at, end, heading=False))
        at = end + 1
    return parts


def _title(line: str) -> bool:
    """A short line that ends no sentence: the slide's title (a longer line or a sentence is a paragraph)."""
    text = line.strip()
    return len(text.split()) <= TITLE_WORDS and not text.endswith(SENTENCE_ENDS)
