"""Reading prose documents (plain text and Markdown with front matter) into paragraphs and sentences.

Offsets always refer to the document text exactly as decoded, so a citation's
quote is `text[span.start:span.end]` and can be checked verbatim. A text exported from laid-out pages is read with
its page furniture left out and its hyphenated words joined (`page_text`: the same length, so every offset holds);
`ProseDocument.as_quoted` gives a piece of it as the page writes it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Protocol

from knowledge.limits import Counter
from knowledge.models import Block, Span
from knowledge.readers.page_text import PageText, page_text
from knowledge.readers.slides import slide_parts

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
FRONT_MATTER_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*:\s*(?P<value>.*?)\s*$")
MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
LIST_ITEM = re.compile(r"^\s*(?:[-*+•▪◦‣●■]|\d+[.)]|[a-z]\))\s+")  # plain text's bullets too ('• 2024: €52.0bn')
# A footnote's marker set as markup ('… in 2024.<sup>26</sup>'): a reference, never a figure of the text. (A Markdown
# note's '[^3]' is left inside its sentence: a note's own sentences carry the period of the one before them.)
# An encyclopedia's numbered references after a full stop ('… of the previous year's GDP.[3] An amendment …') are
# such markers too.
FOOTNOTE_MARK = r"<sup>\s*\d{1,3}\s*</sup>|(?:\[\d{1,3}\])+"
SENTENCE_END = re.compile(
    # '**Latvia — 3.15%.** The biggest climber …': a full stop closing a bold lead ending on a percentage ends its
    # sentence (not a list's number set in bold, '**3.** Russia …', nor a dated entry's label, '**March 2014.** …')
    r"(?:(?<=%)[.!?]\*\*|[.!?])[\"'”’)\]]*(?P<mark>" + FOOTNOTE_MARK + r")?(?=\s+[\"'“‘(\[]?[A-Z0-9])"
    # 'the end of the Cold War.1 The United States …': a footnote's number set right after a sentence's full stop
    # ends that sentence and is a word of neither (a decimal point has a digit before it: '€7.953 billion')
    r"|(?<=[A-Za-z])[.!?](?P<note>\d{1,2})(?=\s+[\"'“‘(\[]?[A-Z]|\s*$)"
)
ABBREVIATION = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Sen|Rep|Gov|No|vs|etc|e\.g|i\.e|approx|incl|excl|cf|Jan|Feb|"
    r"Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|c|ca)\.)$"
)
# 'About kr. 4,5 milliarder of …', 'Rs. 500 crore': a currency abbreviated with a point before its amount ends no
# sentence (the number after it opens none).
CURRENCY_BEFORE_AMOUNT = re.compile(r"\b(?:kr|Kr|Rs)\.$")
LAST_WORD_REACH = 200
HEADING_LINE_WORDS = 12  # words at most in a heading line right above its paragraph
MINIMUM_HEADED_RUN = 2  # lines: a heading line and the paragraph under it
LABEL_DASH = re.compile(r"\s[—–]\s")  # a dash between spaces closing a bullet's label ('China — $314bn')
FIGURE_OPENING_WORDS = 2  # words at most before the figure a bullet of figures opens on ('Spending up 5.7%')
MINIMUM_BOX_LINES = 3  # lines of label and figure that make a box of figures rather than a heading and its paragraph
TERMINAL_PUNCTUATION = (".", "!", "?", '"', "”", "'", "’", ":", ";", ")")
# A list item stating a figure under a label: '- United States: $997 billion, up 5.7%', '- Change on 2023: +9.4%',
# '- Years of consecutive increase: 10' (a headline's label is followed by words: '- Markets: Nvidia shares rise …').
FOOTNOTE_LINE = re.compile(r"^\s*(?:<sup>\s*\d{1,3}\s*</sup>|\[\^\w{1,8}\]:)")
FIGURE_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+[^:]{2,80}:\s+[~≈+\-−]?[$€£]?\d")
# An infobox's or fact sheet's line, bulleted or not: a label, a colon, and a figure opened by at most two short marks
# ('Planned defence spending (2025): PLN 186.6 billion', 'SIPRI estimate (2024): US$38.0 billion', 'Personnel
# (January 2025): c. 205,000', '  of which state budget: PLN 124.3 billion').
# The label names no date outside its brackets ('At the Vilnius summit in July 2023 the language hardened: 2% …' is a
# sentence).
LABELLED_FIGURE = re.compile(
    r"^\s*(?:(?:[-*+•]|\d+[.)])\s+)?[^\W\d_](?:[^:\d(]|\([^()]*\)){1,79}:\s+(?:[A-Za-z$€£.]{1,4}\s?){0,2}[~≈+\-−]?[$€£]?\d"
)
# An infobox's line of any value, its key a few words before a colon and its value short, with no sentence in it
# ('Headquarters: Holmen, Copenhagen', 'Chief of Defence: General Michael Hyldgaard', '% of GDP: 2.37 (2024)').
KEY_VALUE_LINE = re.compile(r"^\s*(?P<key>[^\W\d_]|%)[^:.!?\n]{0,40}:\s+(?P<value>[^\n]{1,80})$")
KEY_WORDS, VALUE_WORDS = 6, 12
SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z]")
# A rule drawn across the page between slides or parts ('=====', '-----', '_____'): it closes the run of lines above
# it as a blank line does (a Markdown table's '|---|---|' has its bars).
RULE_LINE = re.compile(r"^\s*([=_~-])\1{4,}\s*$")
# A post's or a part's number on a line of its own over the post ('**2/14**', '(10/14)', '1/', 'Part 3 of 5'): it
# says where the post stands in its thread, stating nothing ('2/14' is no count of 14); the post goes on from the
# one before it.
POST_NUMBER = re.compile(
    r"^\s*[*_\[(]*\s*(?:\d{1,3}\s*/\s*\d{0,3}|(?:part|post|tweet)\s+\d{1,3}\s+of\s+\d{1,3})\s*[:*_\])]*\s*$",
    re.IGNORECASE,
)
# A bullet opening a list item, plain text's as well as Markdown's ('• Up 9.4% on 2023', '- Poland: …', '2) …').
BULLET_MARKS = ("-", "*", "+", "•", "▪", "◦", "‣", "●", "■")
BULLET = re.compile(r"^\s*(?:[-*+•▪◦‣●■]|\d{1,2}[.)])\s+")
# A chart's or a handout's label joined to its figure by a dotted leader ('China ....... 314 (est.)', 'Estonia ...
# 3.43', 'Personnel ...... 30 %'): a row of a table of one column, whose measure the title or caption above it says.
LEADER_ROW = re.compile(
    r"^\s*(?P<label>[^\W\d_][^.:\n]*?)\s*\.{3,}\s*(?P<value>[~≈+\-−]?[$€£]?\d[\d,]*(?:\.\d+)?(?:\s?%)?"
    r"(?:\s*\([A-Za-z][A-Za-z. ]{0,15}\))?)\s*$"
)
# A key-numbers box's line, its label joined by a dotted leader to one figure or more said as briefly as a box says
# them ('Target, FY25-26 ....... C$62.7bn  (2.00% GDP)', 'Change y/y ....... +C$21.7bn (+52.9%)', 'Allies at/above
# 2% ....... 23 of 32'): a statement of its own, the leader's dots ending no sentence.
LEADER_LINE = re.compile(r"^\s*[^\W\d_][^\n]*?\s\.{3,}\s*[~≈+\-−]?(?:[A-Z]{1,3})?[$€£]?\d")
LEADER_DOTS = ".."
LINE_MARKS = "|> \t"  # a drawn box's side or a quote's markers before a line's words
BRACKETED = re.compile(r"\([^()]*\)")
# A table's note opened by its letter or its number in brackets ('a  Includes expenditure …', '(1) Equipment
# expenditure covers …'), or an indented number and a full stop (a readme's '  1. Figures for 2024 are estimates'),
# its further lines indented under it.
NOTE_OPENING = re.compile(r"^(?:[a-z][ \t]{2,}|\(\d{1,2}\)[ \t]+|[ \t]+\d{1,2}\.[ \t]+)\S")
MINIMUM_NOTES = 2
# A line of a table's lettered notes, maybe after a label ('Notes: (a) estimate; (b) includes pensions …; (c) fiscal
# year April 2024 to March 2025.'): a legend saying what the letters marking its cells mean, stating nothing itself.
LETTER_LEGEND = re.compile(r"^\s*(?:[^\W\d_]+:\s*)?\([a-z]\)\s+[^;(]+(?:;\s*\([a-z]\)\s+[^;(]+)+$")
# A Markdown or e-mail block quote's markers opening a line ('> - NATO estimates …', '>> Yep.'): markup, not words;
# a line of markers alone ('>') parts the quote's paragraphs as a blank line does.
QUOTE_MARKER = re.compile(r"^ {0,3}(?:> ?)+")
# A fence opening or closing a block set apart as it was typed ('```'): a mark, stating nothing.
FENCE = re.compile(r"^\s*(?:```|~~~)[\w-]*\s*$")
# A box drawn with keyboard characters around a sidebar ('+------+' above and below it, '| KEY NUMBERS |' each line
# between): its frame is layout, each line inside it the words between its sides.
BOX_EDGE = re.compile(r"^\s*\+[-=]{3,}\+\s*$")
# A word in lower case opening a line a sentence runs on to ('gross', 'multi-annual'; not a link, 'https://…').
WRAPPED_WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")
LINE_ENDS_SENTENCE = re.compile(r"[.!?:][\"'”’)\]]*(?:\[\d{1,3}\])*\s*$")  # '… official data.[1]' too
BOX_SIDE = re.compile(r"^(?P<side>\s*\|\s?)(?P<inside>[^|]*?)\s*\|\s*$")


class ProseReadError(ValueError):
    """The document is not readable prose; the message says why."""


@dataclass
class ProseDocument:
    text: str
    blocks: list[Block]
    metadata: dict[str, str] = field(default_factory=dict)
    title: str | None = None
    pages: PageText | None = None

    def quote(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def as_quoted(self, piece: str, start: int | None) -> str:
        """A piece of the text as read (at `start`), as the document writes it (without its page furniture)."""
        return self.pages.as_quoted(piece, start) if self.pages else piece


def parse_front_matter(text: str) -> tuple[dict[str, str], int]:
    """Simple `key: value` front matter; returns the metadata and where the body starts."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    metadata: dict[str, str] = {}
    for number, line in enumerate(match.group("body").splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        entry = FRONT_MATTER_LINE.match(line)
        if not entry:
            raise ProseReadError(f"front matter line {number} is not 'key: value': {line.strip()[:60]!r}")
        metadata[entry.group("key").lower()] = entry.group("value").strip().strip("\"'")
    return metadata, match.end()


def split_sentences(text: str, start: int, end: int, counter: Counter | None = None) -> tuple[Span, ...]:
    """Sentence spans inside text[start:end], not splitting after abbreviations such as 'U.S.'.

    Every candidate sentence end counts towards the document's sentence limit, kept or not:
    a run of abbreviations costs as much to look at as a run of sentences.
    """
    spans: list[Span] = []
    sentence_start = start
    for match in SENTENCE_END.finditer(text, start, end):
        if counter is not None:
            counter.add("sentences")
        # Only the last word matters; looking further back would make a run of abbreviations quadratic.
        words_before = text[max(sentence_start, match.start() + 1 - LAST_WORD_REACH) : match.start() + 1].split()
        if words_before and ABBREVIATION.search(words_before[-1]) and text[match.start()] == ".":
            continue
        if _currency_before_amount(text, words_before, match.end()):
            continue
        if _a_leader_s_dots(text, match.start()):
            continue
        spans.append(_trimmed(text, sentence_start, _sentence_stop(match)))
        sentence_start = match.end()
    if text[sentence_start:end].strip():
        spans.append(_trimmed(text, sentence_start, end))
    return tuple(spans)


def _currency_before_amount(text: str, words_before: list[str], end: int) -> bool:
    """The point closing a currency abbreviated before the amount after it ('kr. 4,5 milliarder'); after an amount
    ('costs 50 kr. 2025 is …') it closes the sentence."""
    if not words_before or not text[end:].lstrip()[:1].isdigit():
        return False
    after_an_amount = len(words_before) > 1 and words_before[-2][-1:].isdigit()
    return not after_an_amount and CURRENCY_BEFORE_AMOUNT.search(words_before[-1]) is not None


def _a_leader_s_dots(text: str, at: int) -> bool:
    """The last dot of a dotted leader joining a label to its figure on one line ('New money ....... C$9.3bn'), maybe
    inside a drawn box or a quote."""
    if text[at - len(LEADER_DOTS) : at] != LEADER_DOTS:
        return False
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return bool(LEADER_LINE.match(line.lstrip(LINE_MARKS)))


def _sentence_stop(match: re.Match[str]) -> int:
    """Where a sentence's quote ends: at its full stop when a footnote's number or marker follows it."""
    for group in ("note", "mark"):
        if match.group(group):
            return match.start(group)
    return match.end()


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end)


@dataclass
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str, offset: int) -> list[_Line]:
    """The lines of text from offset, a quoted line without its quote markers (its start past them): a key-points
    box set as a block quote is read as its bullets, each a paragraph of its own, as it would be unquoted; a box
    drawn around lines is read as the lines inside it, its edges blank lines setting it apart."""
    lines = []
    position = offset
    frame = BoxFrame()
    for raw in text[offset:].splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        quoted = QUOTE_MARKER.match(body)
        skipped = quoted.end() if quoted else 0
        start, end = frame.inside(body, skipped, len(body))
        lines.append(_Line(position + start, position + end, body[start:end]))
        position += len(raw)
    return lines


class BoxFrame:
    """Where the words of each line of a box drawn around lines are, read line after line: a line between the
    box's edges without its sides, an edge no words ('+-----+'); any other line whole."""

    def __init__(self) -> None:
        self.open = False

    def inside(self, line: str, start: int, end: int) -> tuple[int, int]:
        """The start and end of the line's words (offsets into the line), given where its text starts and ends."""
        text = line[start:end]
        if BOX_EDGE.match(text):
            self.open = not self.open
            return start, start
        side = BOX_SIDE.match(text) if self.open else None
        if side is None:
            self.open = self.open and bool(text.strip())
            return start, end
        return start + side.start("inside"), start + side.end("inside")


def _runs(lines: list[_Line]) -> list[list[_Line]]:
    """Maximal runs of non-blank lines; a rule line stands alone, closing the run above it."""
    runs: list[list[_Line]] = []
    current: list[_Line] = []
    for line in lines:
        if RULE_LINE.match(line.text):
            runs.extend([run for run in (current, [line]) if run])
            current = []
        elif line.text.strip():
            current.append(line)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _looks_like_headline_list(run: list[_Line]) -> bool:
    """Three or more short lines none of which ends like a sentence: a list of links or headlines."""
    if len(run) < 3 or _list_of_figures(run) or _wrapped_prose(run):
        return False
    unterminated = [line for line in run if not line.text.rstrip().endswith(TERMINAL_PUNCTUATION)]
    short = [line for line in run if len(line.text.strip()) <= 160]
    return len(unterminated) >= 0.8 * len(run) and len(short) == len(run)


def _wrapped_prose(run: list[_Line]) -> bool:
    """A paragraph broken into short lines where its column ended (text exported from a page): at half its line
    breaks or more a sentence goes on, the line ending on no sentence end and the next opening on a word in lower
    case ('… to allocate 2.5% of' / 'gross domestic product …'). A list of headlines or links opens each line anew."""
    breaks = list(itertools.pairwise(run))
    going_on = sum(1 for line, following in breaks if _sentence_goes_on(line.text, following.text))
    return bool(breaks) and going_on * 2 >= len(breaks)


def _sentence_goes_on(line: str, following: str) -> bool:
    words = following.split(maxsplit=1)
    opening = words[0].rstrip(",;") if words else ""  # 'b.' opens a lettered note, not a sentence's next word
    return not LINE_ENDS_SENTENCE.search(line) and WRAPPED_WORD.fullmatch(opening) is not None


def _footnote_list(run: list[_Line]) -> bool:
    """'<sup>23</sup> HC Deb, 25 February 2025, Statement on Defence', '[^4]: NATO, June 2024': the notes giving a
    report's sources, each line opened by its marker and most no sentence — the dates they name are of the sources,
    not statements."""
    notes = [line for line in run if FOOTNOTE_LINE.match(line.text)]
    # '[^1]: NATO's 2014 figures put the United States at 3.72%.': a note that says something is a sentence of the text
    cited = [line for line in notes if not line.text.rstrip(" *_").endswith((".", "!", "?"))]
    return len(notes) * 2 > len(run) and len(cited) * 2 > len(notes)


def _has_words(line: _Line) -> bool:
    """A line of letters or digits: '______', '* * *' and '---' are rules drawn between parts, stating nothing."""
    return any(character.isalnum() for character in line.text)


def _list_of_figures(run: list[_Line]) -> bool:
    """Bullets most of which give a figure right after their label (a chart's data points, a fact box): statements
    written without verbs, not a list of headlines."""
    return sum(1 for line in run if FIGURE_ITEM.match(line.text)) * 2 > len(run)


def _box_of_figures(run: list[_Line]) -> bool:
    """An infobox or a fact sheet's lines, fenced or not: most lines a label, a colon and a figure, each a statement
    of the document's subject written without a verb ('Share of GDP (2024, NATO estimate): 4.12%'), one a line; or
    an infobox whose lines are all keys and short values of any kind ('Headquarters: Holmen, Copenhagen'), a few of
    them figures ('Military age: 18', 'Military budget: US$ 9.9 billion (2024)')."""
    lines = [line for line in run if not FENCE.match(line.text)]
    if len(lines) < MINIMUM_BOX_LINES:
        return False
    figures = sum(1 for line in lines if LABELLED_FIGURE.match(line.text))
    if figures * 2 > len(lines):
        return True
    # every line keyed: a slide's bullets ('• SIPRI: +28% real in 2024') wrap onto lines of no key of their own
    return figures >= MINIMUM_BOX_LINES and all(_key_and_value(line.text) for line in lines)


def _key_and_value(line: str) -> bool:
    """An infobox's line: a key of a few words, a colon, and a short value that holds no sentence."""
    match = KEY_VALUE_LINE.match(line)
    if match is None:
        return False
    key = line[: match.start("value")]
    value = match.group("value")
    return len(key.split()) <= KEY_WORDS and len(value.split()) <= VALUE_WORDS and not SENTENCE_INSIDE.search(value)


def _heading_on_top(run: list[_Line]) -> bool:
    """'08:02 CEST', 'SUMMARY', '3. SAFE: EUR 150 BILLION IN LOANS' right above the paragraph it heads, with no blank
    line between: a short line in capitals with no sentence end, the next line starting a sentence. (A headline in
    mixed case stays with its story's first sentence: 'NATO leaders back 5% goal' says whom the story is about.)"""
    if len(run) < MINIMUM_HEADED_RUN:
        return False
    first, second = run[0].text.strip(), run[1].text.strip()
    # 'RUSSIA (estimate)': a note in brackets on the heading's subject ends no sentence
    bare = BRACKETED.sub("", first).strip()
    if not bare or bare.endswith(TERMINAL_PUNCTUATION) or first.startswith(("-", "*", "|", "+")) or "|" in first:
        return False
    starts = second[:1].isupper() or second[:1].isdigit() or bool(BULLET.match(second))
    if len(first.split()) > HEADING_LINE_WORDS or not starts:
        return False
    return bare.upper() == bare


def _markdown_heading_on_top(run: list[_Line]) -> bool:
    """'## 3. WHO SPENDS WHAT — % GDP '24 (NATO Jun '24 est.)' right above its bullets: a Markdown heading heads what
    follows it however long it is, never one paragraph with its lines."""
    return len(run) >= MINIMUM_HEADED_RUN and bool(MARKDOWN_HEADING.match(run[0].text))


def _figure_bullets(run: list[_Line]) -> bool:
    """A slide's or a handout's bullets, most opening on a figure right after their label ('• Up 9.4% on 2023',
    '• Region: USD 629 bn', '• Burden of 7.1% of GDP'), maybe under a sub-heading: statements written without verbs,
    not a list of headlines ('- Markets: Nvidia shares rise 3.5% to record' tells its story before its figure)."""
    items = _bullet_items(run[1:] if run and not BULLET.match(run[0].text) else run)
    if items is None:
        return False
    return sum(1 for item in items if _opens_on_a_figure(item[0].text)) * 2 > len(items)


def _opens_on_a_figure(line: str) -> bool:
    """A bullet whose words after its marker and label (closed by a colon, or by a dash set apart by spaces:
    '2. China — an estimated $314bn') reach a figure within a few words."""
    body = BULLET.sub("", line, count=1)
    _, colon, rest = body.partition(":")
    if not (colon and rest.strip()):
        rest = LABEL_DASH.split(body, maxsplit=1)[1:]
        rest = rest[0] if rest else ""
    words = (rest if rest.strip() else body).split()[: FIGURE_OPENING_WORDS + 1]
    return any(any(character.isdigit() for character in word) for word in words)


def _bullet_items(run: list[_Line]) -> list[list[_Line]] | None:
    """A run of bullets, each an item of its own with the lines it wraps onto (never glued to the next bullet);
    None when the run does not open with a bullet or has one only."""
    if len(run) < MINIMUM_HEADED_RUN or not BULLET.match(run[0].text):
        return None
    items: list[list[_Line]] = []
    for line in run:
        if BULLET.match(line.text):
            items.append([line])
        else:
            items[-1].append(line)
    return items if len(items) >= MINIMUM_HEADED_RUN else None


def _bullets_under_a_title(run: list[_Line]) -> bool:
    """A box's short title line, no sentence and no lead-in closed by a colon, right over two bullets or more: the
    title heads the bullets, each an item of its own, not one paragraph running from the title to the last bullet."""
    if len(run) <= MINIMUM_HEADED_RUN or BULLET.match(run[0].text) or not BULLET.match(run[1].text):
        return False
    title = run[0].text.strip().rstrip("*_ ")
    return bool(title) and len(title.split()) <= HEADING_LINE_WORDS and not title.endswith((".", "!", "?", ":"))


def _leader_rows(run: list[_Line]) -> bool:
    """A chart's labels, a handout's table or a key-numbers box with dotted leaders ('Estonia ..... 3.43', 'New
    money ....... C$9.3bn'), maybe under a caption in brackets: each line a row of its own."""
    rows = sum(1 for line in run if LEADER_LINE.match(line.text))
    return rows >= MINIMUM_HEADED_RUN and rows * 2 > len(run)


def _between_rules(runs: list[list[_Line]], index: int) -> bool:
    """A line with a rule drawn above and below it: a slide's or a part's title."""
    if len(runs[index]) != 1 or index == 0 or index + 1 >= len(runs):
        return False
    return all(len(runs[at]) == 1 and RULE_LINE.match(runs[at][0].text) for at in (index - 1, index + 1))


def _table_notes(run: list[_Line]) -> list[list[_Line]] | None:
    """The notes under a table, each opened by its letter or number and going on in lines indented under it, maybe
    under a line naming them ('Notes to Table B.1'): each a paragraph of its own (a note's sentence ends before the
    next letter, which no capital opens); None when the run is no such list."""
    notes: list[list[_Line]] = []
    for position, line in enumerate(run):
        if NOTE_OPENING.match(line.text):
            notes.append([line])
        elif notes and line.text[:1].isspace():
            notes[-1].append(line)
        elif position > 0:
            return None
    return notes if len(notes) >= MINIMUM_NOTES else None


def _one_paragraph_per_line(run: list[_Line]) -> bool:
    """Articles saved as text often put each paragraph on one line with no blank line between."""
    if len(run) < 2:
        return True
    return all(line.text.rstrip().endswith(TERMINAL_PUNCTUATION) for line in run[:-1])


class _Adder(Protocol):
    def __call__(self, start: int, end: int, *, noise: bool = False, heading: bool = False) -> None: ...


def _add_paragraphs(run: list[_Line], add: _Adder, *, markdown: bool) -> None:
    """A run of text's paragraphs: its headings in capitals on top, then each bullet, each line that ends a
    sentence, or the whole run as one paragraph."""
    while _heading_on_top(run) or (markdown and _markdown_heading_on_top(run)):
        add(run[0].start, run[0].end, heading=True)  # a block of its own, read as the heading of what follows
        run = run[1:]
    items = _bullet_items(run)
    if items is None and _bullets_under_a_title(run):
        add(run[0].start, run[0].end, heading=True)  # '**By the numbers — SAFE at a glance**' over its bullets
        items = _bullet_items(run[1:])
    if items is not None:
        for item in items:
            add(item[0].start, item[-1].end)
    elif _one_paragraph_per_line(run) or (markdown and all(LIST_ITEM.match(line.text) for line in run)):
        for line in run:
            add(line.start, line.end, noise=bool(LETTER_LEGEND.match(line.text)))
    else:
        add(run[0].start, run[-1].end)


def _add_slide(run: list[_Line], add: _Adder) -> bool:
    """A slide of a deck exported to text ('Slide 3', its title, its bullets, its speaker's notes, no blank line
    between them): its number and title as headings, each bullet and the notes a paragraph; False when the run is no
    such slide."""
    parts = slide_parts([line.text for line in run], lambda line: bool(BULLET.match(line)))
    for part in parts or []:
        add(run[part.first].start, run[part.last].end, heading=part.heading)
    return parts is not None


def read_prose(text: str, *, markdown: bool = False, counter: Counter | None = None) -> ProseDocument:
    """Split a document into paragraphs (1-based) and sentences; headline lists and rules are marked as noise.

    Raises `OverLimit` when the text is longer, or has more sentences, than `counter` allows.
    """
    counter = counter or Counter()
    counter.check("characters", len(text))
    pages = page_text(text, comments=not markdown)
    text = pages.read
    metadata, body_start = parse_front_matter(text) if markdown else ({}, 0)
    title = metadata.get("title")
    blocks: list[Block] = []

    def add(start: int, end: int, *, noise: bool = False, heading: bool = False) -> None:
        counter.add("sentences")  # a paragraph's last sentence needs no sentence end
        span = _trimmed(text, start, end)
        blocks.append(
            Block(
                index=len(blocks) + 1,
                span=span,
                sentences=split_sentences(text, span.start, span.end, counter),
                noise=noise,
                heading=heading,
            )
        )

    runs = _runs(_lines(text, body_start))
    for index, lines in enumerate(runs):
        if markdown and MARKDOWN_HEADING.match(lines[0].text) and len(lines) == 1:
            title = title or MARKDOWN_HEADING.sub("", lines[0].text).strip()
            continue
        if _has_words(lines[0]) and _between_rules(runs, index):
            add(lines[0].start, lines[0].end, heading=True)
            continue
        if _add_slide(lines, add):
            continue
        if _box_of_figures(lines) or _leader_rows(lines):
            for line in lines:
                add(line.start, line.end, noise=bool(FENCE.match(line.text)))
            continue
        headlines = _looks_like_headline_list(lines) and not _figure_bullets(lines)
        if headlines or _footnote_list(lines) or not any(_has_words(line) for line in lines):
            for line in lines:
                add(line.start, line.end, noise=True)
            continue
        notes = _table_notes(lines)
        if notes is not None:
            if not NOTE_OPENING.match(lines[0].text):
                add(lines[0].start, lines[0].end, heading=True)
            for note in notes:
                add(note[0].start, note[-1].end)
            continue
        _add_paragraphs(lines, add, markdown=markdown)
    if not blocks:
        raise ProseReadError("no paragraphs of text")
    return ProseDocument(text=text, blocks=blocks, metadata=metadata, title=title, pages=pages)
