"""Dates written in a sentence ('25 June 2025', '7-8 July 2026', '2029'): what a time asked is answered by.

The month names are the cues' (`domain/cues.toml` months), their full forms only: an abbreviation ('jun',
'sept') is a prefix of another name there.
"""

from __future__ import annotations

import re

from knowledge.cues import cues
from knowledge.models import Answer


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


def with_the_year_asked(answer: Answer) -> Answer:
    """'The old 2% guideline, what year was that agreed?' answered by 'The earlier guideline was 2% of GDP
    (agreed in 2014)': the year asked is the answer's figure, in bold, when the answer's facts are of it and its
    words state it in its first line (a list of other years may follow)."""
    lead, _, rest = answer.answer.partition("\n")
    if not answer.facts or re.search(r"\*\*[^*]*\b(?:19|20)\d\d\b[^*]*\*\*", lead):
        return answer  # a year in bold already answers
    period = answer.facts[0].period or ""
    plain = re.search(rf"(?<![*\d]){period}(?![*\d])", lead) if period.isdigit() else None
    if plain is None or re.search(rf"\*\*[^*]*{period}[^*]*\*\*", lead):
        return answer
    bolded = f"{lead[: plain.start()]}**{period}**{lead[plain.end() :]}"
    text = f"{bolded}\n{rest}" if rest else bolded
    return answer.model_copy(update={"answer": text, "values": [float(period), *answer.values]})
