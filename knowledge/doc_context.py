"""What a document tells about itself: its date (catalog, front matter or dateline) and its section headings."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.cues import cues, fold
from knowledge.models import Block, Document
from knowledge.readers.prose import BULLET_MARKS, LABELLED_FIGURE, LEADER_LINE, ProseDocument

MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(?P<text>.+?)\s*#*\s*$", re.MULTILINE)
FULL_DATE = re.compile(
    r"\b(?:(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\.?,?\s+|(?P<month2>[A-Z][a-z]+)\.?\s+(?:\d{1,2},?\s+)?)(?P<year>(?:19|20)\d\d)\b"
)
DATELINE_REACH = 400  # characters at the top of a document where a dateline or "Recorded: 6 March 2025" sits
HEADING_WORDS = 12
HEADLINE_WORDS = 20  # a digest's numbered headline may say more than a section heading
NUMBER_MARK = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+\S")  # a numbered line's mark ('2. ', '3) ')
NUMBER_OPENING = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+")
BOLD_LINE = re.compile(r"(?P<mark>\*\*|__)(?P<text>[^*_\s](?:[^*\n]*[^*_\s])?)(?P=mark)")
# '- **27 February 2022 – Germany:** …', 'July 2023 – Vilnius summit: …', '- **5 September 2014 — Wales Summit.** …',
# '- **4 April 2023** – Finland becomes …': a block opening on a date, then a dash and a label ending in a colon (or
# a full stop, in bold), or a date alone in bold and a dash; after a list's mark or none
OPENING_QUOTE = "[\"“‘']"  # '- **27 February 2022 – "Zeitenwende".**': a label may be quoted
DATED_LEAD = re.compile(
    r"\s*(?:[-*+•]\s+|\d{1,2}[.)]\s+)?(?P<bold>\*\*|__)?\s*"
    r"(?:\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+)?(?:(?P<month>[A-Za-z]{3,9})\.?\s+(?:\d{1,2},?\s+)?)?"
    r"(?P<year>(?:19|20)\d\d)(?:"
    r"\s*[–—-]\s*(?P<label>" + OPENING_QUOTE + r"?[^\W\d_][^:*_\n]{0,60}?)"
    r"\s*(?:(?P=bold)\s*:|:\s*(?P=bold)|(?(bold)\.\s*(?P=bold)|:))"
    r"|(?(bold)(?P=bold)\s*[–—-]\s|(?!)))"
)


# A digest's item headline standing apart over its story: its number, a label in capitals and a colon ('1) NORWAY:
# Ukraine aid more than doubles to NOK 85 billion', '3. SAFE: EUR 150 BILLION IN LOANS').
NUMBERED_HEADLINE = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+[A-Z][A-Z&'’ .-]{1,40}:[ \t]+\S")
HEADLINE_ENDS = (".", ";", ":", ",")  # a headline may close on a quotation or a question, never on a sentence's end
WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class DatedLead:
    year: int
    label: str


def dated_lead(text: str) -> DatedLead | None:
    """The date and label a dated entry opens on ('- **September 2014 – Wales summit:** Meeting on 4–5 September,
    Allies adopt …'): the entry speaks from that date, as a section speaks of the year its heading names."""
    lead = DATED_LEAD.match(text)
    if lead is None:
        return None
    month = lead.group("month")
    if month is not None and fold(month) not in cues().months:
        return None
    return DatedLead(int(lead.group("year")), (lead.group("label") or "").strip())


@dataclass(frozen=True)
class Heading:
    start: int
    text: str


def document_year(document: Document, prose: ProseDocument) -> int | None:
    """The year the document speaks from: its catalog or front-matter date, else a dated line at its top."""
    if document.published:
        return int(document.published[:4])
    months = cues().months
    for match in FULL_DATE.finditer(prose.text[:DATELINE_REACH]):
        month = match.group("month") or match.group("month2") or ""
        if fold(month) in months:
            return int(match.group("year"))
    return None


def _bold(text: str) -> str | None:
    """The text of a line set wholly in bold ('**Who pays the most into that pot?**'), else None."""
    match = BOLD_LINE.fullmatch(text)
    return match.group("text") if match else None


def follow_on_line(text: str) -> bool:
    """'Read more: Inside Sweden's SEK 300 billion rearmament loan', '➜ **Read more:** …': a line whose label points
    on to an item's full story — a headline of the item above it, never the heading of what follows."""
    label, colon, rest = text.strip().partition(":")
    words = [fold(word) for word in WORD.findall(label)]
    if not colon or not rest.strip(" *_") or not words:
        return False
    return cues().follow_on_labels.starting_at(words, 0) == len(words)


def headline_label(text: str) -> str | None:
    """The label of a digest's numbered headline ('NORWAY' of '1) NORWAY: Ukraine aid …'), else None: the item's
    subject, its headline's years those of its own figures, no period of the item's sentences."""
    if NUMBERED_HEADLINE.match(text) is None:
        return None
    return NUMBER_OPENING.sub("", text.split(":", 1)[0], count=1).strip() or None


def numbered_headline(prose: ProseDocument, block: Block) -> bool:
    """'2) DENMARK: DKK 50 billion "Acceleration Fund" — "Buy, buy, buy"' standing apart over its story: a digest's
    item headline, which heads the item's sentences (and states its figures) — not an item of a numbered list."""
    text = prose.text[block.span.start : block.span.end].strip()
    return (
        NUMBERED_HEADLINE.match(text) is not None
        and "\n" not in text
        and len(text.split()) <= HEADLINE_WORDS
        and not text.endswith(HEADLINE_ENDS)
        and not _numbered_item(prose, block)
    )


def is_heading_block(prose: ProseDocument, block: Block) -> bool:
    """A one-line block with no sentence end and few words: a section heading of a plain-text document; or a
    line set wholly in bold, which may ask the question its section answers ('**Did they get there?**'); or a
    digest's numbered item headline. A line pointing on to an item's full story ('Read more: …') heads nothing."""
    if block.heading:
        return True
    text = prose.text[block.span.start : block.span.end].strip()
    if follow_on_line(text):
        return False
    if numbered_headline(prose, block):
        return True
    bold = _bold(text)
    if bold is not None:
        return "\n" not in bold and len(bold.split()) <= HEADING_WORDS and not bold.endswith((".", ";", ","))
    return (
        "\n" not in text
        # '[CHART: horizontal bars, largest first]': an editor's note on what follows, not a section's heading
        and not (text.startswith("[") and text.endswith("]"))
        and not LEADER_LINE.match(text)  # "Estonia ..... 3.43", "New money ..... C$9.3bn": a label and its figure
        # 'Share of GDP (2025, planned): 4.7%': an infobox's statement ('3. SAFE: EUR 150 BILLION IN LOANS', in
        # capitals, heads its section)
        and not (LABELLED_FIGURE.match(text) and text.upper() != text)
        and not text.endswith((".", "!", "?", ":", ";", '"', "”", ")"))
        and len(text.split()) <= HEADING_WORDS
        and not text.startswith(("|", *BULLET_MARKS))  # a bullet is an item of a list, never its heading
        and not _numbered_item(prose, block)
    )


def _numbered_item(prose: ProseDocument, block: Block) -> bool:
    """'2. Germany — $88.5bn, up 28%' right under or over another numbered line, no blank line between: an item of a
    numbered list, not a numbered heading ('3. SAFE: EUR 150 BILLION IN LOANS' stands apart)."""
    text = prose.text
    if not NUMBER_MARK.match(text, block.span.start):
        return False
    before, after = text[: block.span.start], text[block.span.end :]
    above = before[:-1].rsplit("\n", 1)[-1] if before.endswith("\n") and not before.endswith("\n\n") else ""
    below = after[1:].split("\n", 1)[0] if after.startswith("\n") and not after.startswith("\n\n") else ""
    return any(NUMBER_MARK.match(line) for line in (above, below))


def headings(prose: ProseDocument) -> list[Heading]:
    """Markdown headings (which the reader leaves out of the blocks) and plain-text heading lines."""
    found = [Heading(m.start(), m.group("text")) for m in MARKDOWN_HEADING.finditer(prose.text)]
    found += [
        Heading(block.span.start, _bold(text.strip()) or text)
        for block in prose.blocks[1:]
        if not block.noise and is_heading_block(prose, block)
        for text in [prose.text[block.span.start : block.span.end]]
    ]
    return sorted(found, key=lambda heading: heading.start)


def heading_before(found: list[Heading], offset: int) -> Heading | None:
    before = [heading for heading in found if heading.start < offset]
    return before[-1] if before else None
