"""Dates written in a sentence ('25 June 2025', '7-8 July 2026', '2029'): what a time asked is answered by.

The month names are the cues' (`domain/cues.toml` months), their full forms only: an abbreviation ('jun',
'sept') is a prefix of another name there.
"""

from __future__ import annotations

import re

from knowledge.cues import cues


def _full_month_names() -> list[str]:
    names = cues().raw.months
    return [name for name in names if not any(other != name and other.startswith(name) for other in names)]


_MONTHS = "|".join(name.capitalize() for name in _full_month_names())
# '25 June 2025', '7-8 July 2026', 'June 2025', 'April 28, 2025', '2029' — as a sentence writes them
DATE_EXPRESSION = re.compile(
    rf"\b(?:\d{{1,2}}(?:[-–]\d{{1,2}})?\s+(?:{_MONTHS})(?:\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?"
    rf"|(?:{_MONTHS})\s+\d{{4}}|(?:19|20)\d\d)\b"
)
# A sentence that dates something at all: a year, or a month named in any case
DATED = re.compile(rf"\b(?:1[89]|20)\d\d\b|\b(?:{_MONTHS})\b", re.IGNORECASE)


def only_dates(text: str) -> bool:
    """Every figure of the text is part of a date ('The next summit will be held in Ankara on 7-8 July 2026.')."""
    return not any(character.isdigit() for character in DATE_EXPRESSION.sub(" ", text))
