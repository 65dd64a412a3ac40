"""Dates written in a sentence ('25 June 2025', '7-8 July 2026', '2029'): what a time asked is answered by.

The month names are the cues' (`domain/cues.toml` months), their full forms only: an abbreviation ('jun',
'sept') is a prefix of another name there.
"""

from __future__ import annotations

import calendar
import re

from knowledge.cues import cues
from knowledge.models import Answer


def _full_month_names() -> list[str]:
    names = cues().raw.months
    return [name for name in names if not any(other != name and other.startswith(name) for other in names)]


_MONTHS = "|".join(name.capitalize() for name in _full_month_names())
# '25 June 2025', '7-8 July 2026', 'June 2025', 'April 28, 2025', '2029' — as a sentence writes them
# the number opening a numbered paragraph ('1.1 The Centre …', '3.3 We estimate …', '2. The pledge …')
PARAGRAPH_NUMBER = re.compile(r"^\s*\d{1,2}\.(?:\d{1,2}\.?)*\s+(?=[A-Z])")
DATE_EXPRESSION = re.compile(
    rf"\b(?:\d{{1,2}}(?:[-–]\d{{1,2}})?\s+(?:{_MONTHS})(?:\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?"
    rf"|(?:{_MONTHS})\s+\d{{4}}|(?:19|20)\d\d)\b"
)
# A day of a month, with its year or not ('25 June 2025', 'April 28, 2025', 'on 18 March'): a date to the day
DAY_OF_A_MONTH = re.compile(rf"\b(?:\d{{1,2}}(?:[-–]\d{{1,2}})?\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}}(?!\d))\b")
# A sentence that dates something at all: a year, or a month named in any case
DATED = re.compile(rf"\b(?:1[89]|20)\d\d\b|\b(?:{_MONTHS})\b", re.IGNORECASE)


# a day of a month the sentence gives no year ('on April 1', 'On 18 March')
DAY_WITHOUT_YEAR = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTHS})(?!\s+\d{{4}})|(?P<month2>{_MONTHS})\s+(?P<day2>\d{{1,2}})"
    rf"(?!\d|,\s*\d{{4}}|\s+\d{{4}}))\b"
)
_MONTH_NUMBER = {name: number for number, name in enumerate(calendar.month_name) if name}
# a month the sentence names alone after 'in', no day nor year of its own ('which the Storting adopted in June')
MONTH_WITHOUT_YEAR = re.compile(rf"(?<![\d–-] )\bin (?P<month>{_MONTHS})\b(?!\s+\d)")


def days_without_year(text: str) -> list[str]:
    """The days the text dates with no year of their own ('Germany commissioned its brigade on April 1')."""
    return [match.group() for match in DAY_WITHOUT_YEAR.finditer(text)]


def in_the_documents_year(day: str, published: str | None) -> str | None:
    """A day written without its year, dated in the year of its document when that day had come by the document's
    date ('April 1' in a wire of 2025-09-03 is 'April 1, 2025'); None when it cannot be told (no date of the
    document, or a day after it, which may be the year before or a plan)."""
    match = DAY_WITHOUT_YEAR.fullmatch(day)
    dated = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", published or "")
    if match is None or dated is None:
        return None
    month = _MONTH_NUMBER[match.group("month") or match.group("month2")]
    number = int(match.group("day") or match.group("day2"))
    year, published_month, published_day = (int(part) for part in dated.groups())
    if (month, number) > (published_month, published_day):
        return None
    return f"{day} {year}" if match.group("day") else f"{day}, {year}"


def months_without_year(text: str) -> list[str]:
    """The months the text names alone, with no day nor year ('adopted in June': 'June')."""
    return [match.group("month") for match in MONTH_WITHOUT_YEAR.finditer(text)]


def month_in_the_documents_year(month: str, published: str | None) -> str | None:
    """A month named without its year, in the year of its document when that month had come by the document's date
    ('adopted in June', in a release of 2024-10-07: 'June 2024'); None when it cannot be told (no date of the
    document, or a month after it, which may be the year before or a plan)."""
    dated = re.fullmatch(r"(\d{4})-(\d{2})(?:-\d{2})?", published or "")
    if dated is None or month not in _MONTH_NUMBER:
        return None
    year, published_month = int(dated.group(1)), int(dated.group(2))
    return f"{month} {year}" if _MONTH_NUMBER[month] <= published_month else None


def only_dates(text: str) -> bool:
    """Every figure of the text is part of a date ('The next summit will be held in Ankara on 7-8 July 2026.'); a
    numbered paragraph's own number ('1.1 The Centre … is an independent research charity, founded in 2009') is
    its place in the document, no figure."""
    text = PARAGRAPH_NUMBER.sub("", text, count=1)
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
