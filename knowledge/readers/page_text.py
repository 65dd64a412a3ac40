"""Text exported from laid-out pages (a PDF saved as text) read as its paragraphs run, the same length as written.

Such a text repeats its page furniture on every page ('WHITE PAPER ON DEFENCE 2024 · 17' under each page, the
ministry's name over it), breaks a sentence where a page ends (it goes on after the footer and the next header),
and hyphenates words across its hard line breaks ('Equipment expen-' / 'diture rose …'). Read as it stands, a
footer's year and name would become words of the sentence it interrupts and half-words would name nothing.

The text as read keeps every offset: furniture lines become spaces, the blank lines of a page break inside a
sentence become spaces ending in one line break, and a hyphenated word is joined with its line break moved after
it. A quote is given as the page writes it, hyphens and all, without the furniture (`as_quoted`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass

from wordfreq import zipf_frequency

from knowledge.readers.comment_lines import comment_markers_blanked

PAGE_BREAK = "\f"
MINIMUM_PAGES = 3  # pages a line stands on, each time next to a page break, before it is the pages' furniture
FURNITURE_WORDS = 12  # words at most of a running header or footer
# A word broken by a hyphen at a line's end, and the rest of it opening the next line ('expen-' / 'diture rose').
HYPHENATED = re.compile(r"(?P<head>[A-Za-z]+)-(?P<gap>[ \t]*\r?\n)(?P<tail>[a-z]+)(?P<after>[^\s]*)(?P<space> ?)")
# A joined word this common is a word, whatever its hyphenated twin's frequency; below it, the more frequent of the
# two is how the word is written ('long-term', 'defence-related' keep their hyphen; 'tranches' loses it).
COMMON_WORD_ZIPF = 3.0
SENTENCE_GOES_ON = re.compile(r"[\w,;-]\s*$")  # a line a page break interrupts: no sentence end
LOWERCASE_START = re.compile(r"[ \t]*[a-z]")
BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")
BLANKED_LINE = re.compile(r"\n {2,}\n")  # where a header or footer stood
BLANKED_SPACES = re.compile(r" {2,}(?=\n)")
PAGE_NUMBERS = re.compile(r"\d+")


@dataclass(frozen=True)
class PageText:
    """A text as written, as quoted (its page furniture left out) and as read (its hyphenated words joined too)."""

    written: str
    quoted: str
    read: str

    def as_quoted(self, piece: str, start: int | None) -> str:
        """`piece` of the text as read (at `start`), as the page writes it without its furniture (the spaces left
        where a footer or header stood are dropped)."""
        if self.read is self.written or start is None or self.read[start : start + len(piece)] != piece:
            return piece
        quoted = self.quoted[start : start + len(piece)]
        return quoted if self.quoted is self.written else BLANKED_SPACES.sub("", quoted)


def page_text(written: str, *, comments: bool = False) -> PageText:
    """The text read as its paragraphs run; a text of no pages and no hyphenated line ends is read as written. With
    `comments` (a plain text), a data file's readme written as comment lines is read without their '#' markers."""
    uncommented = comment_markers_blanked(written) if comments else written
    if PAGE_BREAK not in uncommented and not HYPHENATED.search(uncommented):
        return PageText(written, uncommented, uncommented)
    quoted = _page_breaks_bridged(_furniture_blanked(uncommented)) if PAGE_BREAK in uncommented else uncommented
    return PageText(written, quoted, _hyphenated_words_joined(quoted))


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    """Every line with its offsets; a page break ends a line as a line break does."""
    lines: list[_Line] = []
    position = 0
    for raw in re.split(r"(?<=[\n\f])", text):
        body = raw.rstrip("\r\n\f")
        lines.append(_Line(position, position + len(body), body))
        position += len(raw)
    return lines


def _furniture_blanked(text: str) -> str:
    """The text with its running headers and footers as spaces and its page breaks as line breaks: a header or
    footer is a short line next to a page break, the same on several pages but for its page number."""
    lines = _lines(text)
    beside_breaks = [line for line in _lines_beside_page_breaks(text, lines) if _furniture_shaped(line.text)]
    repeats = Counter(_unnumbered(line.text) for line in beside_breaks)
    furniture = [line for line in beside_breaks if repeats[_unnumbered(line.text)] >= MINIMUM_PAGES]
    characters = list(text)
    for line in furniture:
        characters[line.start : line.end] = " " * (line.end - line.start)
    for at, character in enumerate(characters):
        if character == PAGE_BREAK:
            characters[at] = "\n"
    return "".join(characters)


def _lines_beside_page_breaks(text: str, lines: list[_Line]) -> list[_Line]:
    """The last line with words before each page break and the first after it, and the text's first and last."""
    filled = [line for line in lines if line.text.strip()]
    beside: list[_Line] = filled[:1] + filled[-1:]
    for before, after in itertools.pairwise(filled):
        if PAGE_BREAK in text[before.end : after.start]:
            beside.extend([before, after])
    return list({line.start: line for line in beside}.values())


def _furniture_shaped(line: str) -> bool:
    return 0 < len(line.split()) <= FURNITURE_WORDS and not line.rstrip().endswith((".", "!", "?", ":", ","))


def _unnumbered(line: str) -> str:
    """A header's or footer's words without its numbers, which count the pages."""
    return " ".join(PAGE_NUMBERS.sub("#", line).split()).casefold()


def _page_breaks_bridged(text: str) -> str:
    """A sentence a page break interrupts, run on: the blank lines and blanked furniture between its halves become
    spaces closed by one line break, so the paragraph reader sees one paragraph."""
    characters = list(text)
    for gap in BLANK_LINES.finditer(text):
        if not BLANKED_LINE.search(gap.group()):
            continue  # a paragraph's end on the same page
        line_before = text[text.rfind("\n", 0, gap.start()) + 1 : gap.start()]
        if SENTENCE_GOES_ON.search(line_before) and LOWERCASE_START.match(text, gap.end()):
            characters[gap.start() : gap.end()] = [" "] * (len(gap.group()) - 1) + ["\n"]
    return "".join(characters)


def _hyphenated_words_joined(text: str) -> str:
    """Each word hyphenated across a line break written whole ('expen-' / 'diture' -> 'expenditure'), or, when the
    whole is no word, with its hyphen ('defence-' / 'related' -> 'defence-related'); the line break after it."""

    def joined(match: re.Match[str]) -> str:
        head, tail = match.group("head"), match.group("tail")
        word = head + tail if _one_word(head, tail) else f"{head}-{tail}"
        body = word + match.group("after")
        padding = len(match.group()) - len(body)
        return body + (" " * (padding - 1) + "\n" if match.group("space") else " " * padding)

    return HYPHENATED.sub(joined, text)


def _one_word(head: str, tail: str) -> bool:
    whole = zipf_frequency(head + tail, "en")
    return whole >= COMMON_WORD_ZIPF or whole > zipf_frequency(f"{head}-{tail}", "en")
