"""Markdown and pipe tables inside prose documents: each numeric cell a fact, cited by its row and column.

The column header says what a cell measures ("Share of GDP (%)", "Spending (US$ bn)", "Change (%)"),
read with the same cue words as prose (`domain/cues.toml`); the row label names the subject.

A column headed by a year alone ('| Country | 2014 | 2024 |') says only when its cells are of: what they measure is
in the text introducing the table (the sentence or heading just before it, 'share of GDP spent on defence:'), else
in the document's title; a cell's unit must agree with it ('1.88%' is no amount).

A labelled list is a table of one column: a line ending in a colon says what its items measure ('Estimated 2025
defence spending, percent of GDP (NATO):'), and each item names an entity and gives a bare number, maybe with a
word or two ('- Lithuania: 4.00', '- Estonia: 0.12 short'). Its items are rows, the line before them the header.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass, replace
from typing import TypeVar

from knowledge.column_notes import column_notes
from knowledge.comma_tables import header_parted
from knowledge.comma_tables import read_table as read_comma_separated
from knowledge.comma_tables import table_regions as comma_regions
from knowledge.cues import cues, fold
from knowledge.entities import canonical_subject, entity_tables
from knowledge.figures import tokenize
from knowledge.fixed_width import letter_notes
from knowledge.fixed_width import read_table as read_fixed_width
from knowledge.fixed_width import table_regions as fixed_width_regions
from knowledge.header_levels import joined, names_columns, spans_columns
from knowledge.models import Block, Citation, Document, Fact, Span, Unit
from knowledge.readers.prose import LEADER_ROW, QUOTE_MARKER, BoxFrame, ProseDocument
from knowledge.sentence import Context, SentenceReader
from knowledge.table_amounts import lone_amount
from knowledge.table_numbers import figures_in_english
from knowledge.year_parts import part_named_by, plain_words, with_part

SEPARATOR_CELL = re.compile(r"^:?-{2,}:?$")
SPACE_GAP = re.compile(r"\s{2,}")  # between the columns of a table aligned with spaces
MIN_CELLS = 2  # a label and a number at least
APPROXIMATE_MARKS = ("~", "≈")  # before a cell's figure: about
# a minus sign may be written as a dash ('–118': a negative free cash flow)
# and thousands may be grouped by a space ('68 714', '1 310.5': a statistical annex's fixed-width table)
CELL_NUMBER = re.compile(
    r"^[~≈]?\s*(?P<number>[+\-−–]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+\-−–]?\d{1,3}(?: \d{3})+(?:\.\d+)?"
    r"|[+\-−–]?\d+(?:\.\d+)?)\s*%?$"
)
# A year in a column header, maybe marked as an estimate ('2024e (% GDP)', '2025p').
YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)(?P<letter>[a-z])?\b")
# A row labelled by a year or a fiscal year ('2024-25', '2024/2025'), maybe marked as an estimate or a plan ('2025e',
# '2026 plan', '2024 (est.)', '2025-26 (planned)'), or with a note in brackets ('2025 (budget)', '2024 (outturn,
# est.)').
ROW_YEAR = re.compile(
    r"(?P<year>(?:19|20)\d\d)(?:[-/–](?P<fiscal_end>\d\d|(?:19|20)\d\d))?(?P<letter>[a-z])?"
    r"(?:\s*\((?P<note>[A-Za-z][A-Za-z.,;/ -]{0,30})\)|\s*(?P<words>[A-Za-z][A-Za-z. ]{0,20}?)\.?)?"
)
# One fiscal year in a header ('2025-26', '2025/26', '2025–2026'), or a span of years ('2014-2024': no fiscal year).
FISCAL_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s*[-/–]\s*(?P<end>(?:19|20)?\d\d)\b")
# A year after these in a header is what a change is measured against ('Change vs 2023'), not the period.
BASE_YEAR = re.compile(r"\b(?:vs\.?|versus|since|from|compared (?:with|to)|on|over)\s+(?:19|20)\d\d\b", re.IGNORECASE)
# A percentage written in a header is the column's condition ('At or above 2%'), not the unit of its cells.
THRESHOLD = re.compile(r"\d+(?:\.\d+)?\s?%")
# A header's mark that its figures are thousands ('Personnel (\'000)'), as 'thousand' would say.
THOUSANDS_MARK = re.compile(r"['’]000\b")
THOUSANDS = 1e3
MIN_SPAN_COLUMNS = 2  # year columns that make a change column the change over their span
LIST_ROWS = 2  # a labelled list's items, at least: one item is a label's sentence, not a table
# A footnote marker on a cell or a row label ('[a]', '¹', '⁽²⁾', '⁽ᵖ⁾', '(b)' after a label), and emphasis around it
# ('**58.5**').
# A superscript letter set bare ('2.33ᵃ'): Unicode has no superscript block of letters, only these modifier letters.
SUPERSCRIPT_LETTERS = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"
FOOTNOTE = re.compile(rf"\s*(?:\[[a-z0-9]{{1,2}}\]|⁽[^⁾\s]{{1,3}}⁾|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[{SUPERSCRIPT_LETTERS}]$|[*†‡]+$)")
# A marker of a cell explained in a legend under its table ('2.4 ⁽ᵖ⁾' … '⁽ᵖ⁾ provisional ⁽ᵉ⁾ estimated'): the marker,
# and in the legend the words after it.
# A letter in brackets right after a cell's number ('35.0(a)', '64.3 (b)') is such a marker too, its legend entry the
# letter in brackets and the words up to the next entry ('Notes: (a) estimate; (b) includes pensions …').
# A bare superscript letter ('2.33ᵃ') or a note's number in square brackets ('64.6[1]') is such a marker too, its
# legend entry the marker starting a line ('ᵃ Estimate', '[1] NATO estimate').
# A superscript number or a sign ('34,975¹', '0.88*', 'Canada†') closing a cell or a row label is such a marker too,
# its legend entry the marker starting a line under the table ('¹ NATO estimate', '* Provisional', maybe escaped).
SIGNS = "*†‡"
SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
CELL_MARKER = re.compile(
    rf"⁽(?P<mark>[^⁾\s]{{1,3}})⁾|(?<=\d)\s?\((?P<letter>[a-z])\)\s*$"
    rf"|(?<=\d)(?:(?P<bare>[{SUPERSCRIPT_LETTERS}])|\[(?P<noted>[a-z0-9]{{1,2}})\])\s*$"
    rf"|(?<=[\w.%)])(?P<sign>[{SUPERSCRIPT_DIGITS}]+|[{SIGNS}]+)\s*$"
)
SIGN_LEGEND_ENTRY = re.compile(
    rf"^[ \t]*(?:\\?(?P<sign>[{SIGNS}]+)|(?P<number>[{SUPERSCRIPT_DIGITS}]+))[ \t]+(?P<said>[^\n]{{1,40}})",
    re.MULTILINE,
)
LEGEND_ENTRY = re.compile(
    r"⁽(?P<mark>[^⁾\s]{1,3})⁾\s*(?P<words>[^⁽\n]{1,40})|(?<![\w(])\((?P<letter>[a-z])\)\s+(?P<note>[^(;\n]{1,40})"
)
# Such a letter is distinct enough that its note may stand anywhere after the table, often among the notes closing
# the document.
BARE_LEGEND_ENTRY = re.compile(
    rf"^(?:(?P<bare>[{SUPERSCRIPT_LETTERS}])|\[(?P<noted>[a-z0-9]{{1,2}})\])\s+(?P<said>[^\n]{{1,40}})", re.MULTILINE
)
NUMBER_NOTE = re.compile(r"(?<=\d)\s?\([a-z]\)$")  # a letter marking a cell's number: '35.0(a)' is 35.0
LEGEND_REACH = 600  # characters after a table its legend stands in
EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(?P<inner>.+)\1$")
# A span of years in a change column's header ('Change 2025–26', 'Change 2014-2024', 'Change 2014→2024'): the change
# is over that span.
YEAR_SPAN = re.compile(r"\b(?P<first>(?:19|20)\d\d)\s*(?:[-–/→]|->)\s*(?P<last>(?:19|20)?\d\d)\b")
# A change cell: a change in the row's unit, maybe in points, maybe with the relative change after it in brackets
# ('+20.3 (+32.5%)', '+0.4 pp', '-1.2').
CHANGE_CELL = re.compile(
    r"^(?P<first>[+\-−]?\d+(?:\.\d+)?)\s*(?P<points>pp|p\.p\.|percentage points?|points?|pts?)?"
    r"\s*(?:\((?P<second>[+\-−]?\d+(?:\.\d+)?)\s*%\))?$"
)
# A number with a note saying what kind of figure it is, in brackets or a word after it ('314 (est.)', '62.7 (plan)',
# '3.2 est.').
CELL_NOTE = re.compile(
    r"^(?P<cell>[^()]+?)(?:\s*\((?P<note>[A-Za-z][A-Za-z. ]{0,15})\)|\s+(?P<word>[A-Za-z][A-Za-z.]{0,15}))$"
)
# A cell giving a range ('2.4–2.5%', '45-50'): its lowest and its highest figure.
RANGE_CELL = re.compile(
    r"^(?P<low>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*%?\s*(?:[-–—]|to)\s*(?P<high>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*%?$"
)
POINT_WORDS = frozenset({"points", "point", "pp", "ppt", "pts"})  # a header's unit of differences between shares
# A row label naming an entity with a note in brackets ('Australia (2025–26)', 'United States (NATO, 2024)'): the
# entity, and the note that may name the year of the row's figures.
NOTED_LABEL = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<note>[^()]+)\)$")
# A header a machine wrote, its words joined ('expenditure_eur_mn'): parted as people write it ('expenditure (EUR mn)')
MACHINE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")
STATUS_CELL = re.compile(r"[A-Za-z][A-Za-z.]*(?: [A-Za-z][A-Za-z.]*)?")  # 'estimate', 'final', 'prov.'
RANGE_BOUNDS = ("minimum", "maximum")  # what a range's lowest and highest figure are of the figure it gives
MEASURE_WORD = re.compile(r"\b[a-z]{4,}\b")  # a row label naming a measure has a word of its own in lower case
Cells = TypeVar("Cells")
# A cell numbering its row in a table's first column ('1', '#2', '3.', '=4', '5th'): a place, never a row's name.
ROW_NUMBER = re.compile(r"[#=]?\d{1,3}(?:st|nd|rd|th)?\.?")
# A labelled list's item ('- Lithuania: 4.00', '- Poland: 4.12%', '- Latvia: already 0.23 above'): a name, a colon, a
# bare number (its percent sign kept: it says what the number is).
LABELLED_ITEM = re.compile(
    r"^\s*[-*+•]\s+(?P<label>[^:\d]{2,40}):\s+(?:[A-Za-z]+\s+)?(?P<number>\d+(?:\.\d+)?%?)(?:\s+[A-Za-z]+)?\s*$"
)


@dataclass(frozen=True)
class Column:
    label: str
    kind: str
    currency: str | None
    scale: float | None
    period: str | None
    qualifiers: tuple[str, ...] = ()
    measure: str | None = None  # the words of the text introducing the table that say what the column measures
    subject: str | None = None  # the entity a column is headed by, in a table of years ('| Year | United States |')


# Kinds of measure whose cells are percentages: a cell written with '%' is of one of them, an amount's never.
UNIT_KINDS = frozenset({"money", "share_of_gdp"})  # kinds a header may say by its unit alone ('USD mn', '% GDP')
PERCENT_KINDS = frozenset({"share_of_gdp", "share_of_total", "change"})
COUNTED_KINDS = frozenset({"count", "rank"})  # the kinds of a whole number, never a percentage
CLAUSE_BREAK = re.compile(r"[,;:()]")
ESTIMATE_REACH = 4  # words after a year in a caption that may say its figures are estimates ('the 2024 ones are …')
MAX_PERCENT = 100  # a share, of GDP or of a total, is never more than the whole
CARD_TOP, CARD_SIDE, CARD_BOTTOM = "┌", "│", "└"  # the box characters drawing a card's top, sides and bottom
CARD_CELL = re.compile(r"│([^│┌┐└┘]*)│")
MINIMUM_PARTS = 3  # rows of percentages that may break a whole down
ROUNDING = 1.0  # points by which rounded shares of a whole may miss 100


def _separator_row(cells: list[str]) -> bool:
    """A Markdown table's line under its header ('|---|---:|'): every cell written is dashes; a row of empty cells
    states nothing either."""
    return all(SEPARATOR_CELL.match(cell) for cell in cells if cell)


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """The lines of text[start:end] with their offsets; a quoted line ('> | **214** | member companies |', a sidebar
    set as a block quote) without its quote marker, its offset past it; a line of a box drawn around lines without
    the box's sides, an edge of the box blank."""
    lines = []
    offset = start
    frame = BoxFrame()
    for raw in text[start:end].splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        quoted = QUOTE_MARKER.match(body)
        inside, outside = frame.inside(body, quoted.end() if quoted else 0, len(body))
        lines.append((offset + inside, body[inside:outside]))
        offset += len(raw)
    return lines


def units_statement(sentences: list[str]) -> str | None:
    """'All amounts in EUR billion at current prices': the sentence of a document saying in which currency and scale
    its amounts are (a table of years under it measures them when nothing nearer says what it measures)."""
    nouns = set(cues().raw.currency_statement_nouns)
    for sentence in sentences:
        if nouns & {token.word for token in tokenize(sentence)}:
            read = caption_measure(sentence, None)
            if read is not None and read[0] == "money" and read[2] is not None:
                return sentence
    return None


def table_regions(prose: ProseDocument) -> list[Span]:
    """Runs of two or more table rows: the Markdown, pipe or tab-separated tables of a document, and its labelled
    lists (a line ending in a colon, maybe a blank line, then two items or more naming an entity each)."""
    regions: list[Span] = []
    run: list[tuple[int, str]] = []
    items: list[tuple[int, str]] = []  # a labelled list's header, then its items
    for offset, line in [*_lines(prose.text, 0, len(prose.text)), (len(prose.text), "")]:
        if _is_row(line):
            run.append((offset, line))
            continue
        if len(run) >= 2:
            regions.append(Span(start=run[0][0], end=run[-1][0] + len(run[-1][1])))
        run = []
        if items and _labelled_item(line):
            items.append((offset, line))
            continue
        if len(items) > LIST_ROWS:  # the header, then the items
            regions.append(Span(start=items[0][0], end=items[-1][0] + len(items[-1][1])))
        if len(items) == 1 and not line.strip():
            continue  # a blank line between a list's header and its items
        items = [(offset, line)] if list_header(line) else []
    regions += _aligned_regions(prose.text) + _leader_regions(prose.text) + _card_regions(prose.text)
    # a fixed-width table another reader reads (a header of one line over rows of bare numbers) is left to it
    fixed = [Span(start=start, end=end) for start, end in fixed_width_regions(prose.text)]
    regions += [region for region in fixed if not any(_overlap(region, other) for other in regions)]
    commas = [Span(start=start, end=end) for start, end in comma_regions(prose.text)]
    regions += [region for region in commas if not any(_overlap(region, other) for other in regions)]
    return sorted(regions, key=lambda region: region.start)


def _overlap(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


def _leader_regions(text: str) -> list[Span]:
    """Two or more lines in a row joining a label to its figure by a dotted leader ('China ....... 314 (est.)'): a
    table of one column with no header, measured by the caption or title above it."""
    regions: list[Span] = []
    rows: list[tuple[int, str]] = []
    for offset, line in [*_lines(text, 0, len(text)), (len(text), "")]:
        if LEADER_ROW.match(line):
            rows.append((offset, line))
            continue
        if len(rows) >= LIST_ROWS:
            regions.append(Span(start=rows[0][0], end=rows[-1][0] + len(rows[-1][1])))
        rows = []
    return regions


def _card_regions(text: str) -> list[Span]:
    """A key-figures page's cards drawn side by side with box characters, each a figure over the words saying what
    it is ('│ EUR 2.22 billion │', '│ national defence funding │', '│ in 2024 │'): from a row of tops to a row of
    bottoms."""
    regions: list[Span] = []
    top: int | None = None
    for offset, line in _lines(text, 0, len(text)):
        drawn = line.strip()[:1]
        if drawn == CARD_TOP:
            top = offset
        elif drawn == CARD_BOTTOM and top is not None:
            regions.append(Span(start=top, end=offset + len(line)))
            top = None
        elif drawn != CARD_SIDE:
            top = None
    return regions


def _card_rows(lines: list[tuple[int, str]]) -> list[tuple[int, str, list[str]]]:
    """Each card of a row of cards as an infobox's row: what its lines after the figure say, then the figure; cited
    by the line its figure stands on."""
    sides = [(offset, line, [cell.strip() for cell in CARD_CELL.findall(line)]) for offset, line in lines]
    sides = [(offset, line, cells) for offset, line, cells in sides if cells]
    if not sides:
        return []
    offset, line, figures = sides[0]
    rows = []
    for at, figure in enumerate(figures):
        words = " ".join(cells[at] for _, _, cells in sides[1:] if at < len(cells) and cells[at])
        if figure and words:
            rows.append((offset, line, [words, figure]))
    return rows


def _aligned_regions(text: str) -> list[Span]:
    """Tables whose columns are aligned with spaces in a plain text: a header, then two rows or more of as many
    cells, each after the first a number ('Total expenditure     16,438     21,394')."""
    regions: list[Span] = []
    lines = _lines(text, 0, len(text))
    index = 1
    while index < len(lines):
        width = len(_aligned_cells(lines[index][1]) or ())
        end = index
        while end < len(lines) and width and len(_aligned_cells(lines[end][1]) or ()) == width:
            end += 1
        header = _spaced(lines[index - 1][1])
        table = end - index >= LIST_ROWS and len(header) == width
        if table and not (index > 1 and _over_the_figures(lines[index - 2][1], lines[index - 1][1])):
            regions.append(Span(start=lines[index - 1][0], end=lines[end - 1][0] + len(lines[end - 1][1])))
        index = max(end, index + 1)
    return regions


def _over_the_figures(line: str, header: str) -> bool:
    """A line over a space-aligned table's header whose words stand over its figure columns only ('       2019
    2022e' over 'Partner   EUR bn   % GDP   EUR bn   % GDP'): an upper level of the header, which the fixed-width
    reader places column by column; a caption or a title opens over the row labels, or ends as a sentence does."""
    words, labels = line.strip(), _spaced(header)
    if not words or not _spaced(line) or words.endswith((":", ".")) or not labels:
        return False
    label_end = len(header) - len(header.lstrip()) + len(labels[0])
    return len(line) - len(line.lstrip()) > label_end


def _spaced(line: str) -> list[str]:
    """A line's cells where two spaces or more part them (none in a line of a Markdown or tab-separated table)."""
    stripped = line.strip()
    return [] if "|" in stripped or "\t" in stripped else SPACE_GAP.split(stripped)


def _aligned_cells(line: str) -> list[str] | None:
    """A space-aligned table's row: a label, then numbers only, else None."""
    cells = _spaced(line)
    numbers = [_plain(cell).removesuffix("%").strip() for cell in cells[1:]]
    figures = all(CELL_NUMBER.match(number) or lone_amount(number) for number in numbers)
    return cells if len(cells) >= MIN_CELLS and figures else None


def list_header(line: str) -> str | None:
    """What a labelled list's header line says its items measure: 'Estimated 2025 defence spending, percent of GDP
    (NATO):', '**Highest shares of GDP in 2024 (NATO estimates):**' (emphasis around it), else None."""
    text = line.strip().strip("*_").strip()
    return text.removesuffix(":") if text.endswith(":") else None


def _labelled_item(line: str) -> re.Match[str] | None:
    item = LABELLED_ITEM.match(line)
    return item if item and label_subject(item.group("label").strip()) else None


def _header_and_rows(prose: ProseDocument, region: Span) -> tuple[list[str], list[tuple[int, str, list[str]]]]:
    """A table's header cells and its rows (offset, line, cells); a labelled list's header is its first line (the
    one ending in a colon), each item a row of its name and its number."""
    lines = [(offset, text) for offset, text in _lines(prose.text, region.start, region.end) if text.strip()]
    if lines[0][1].strip().startswith(CARD_TOP):
        return [CARD_TOP, ""], _card_rows(lines)
    if LEADER_ROW.match(lines[0][1]):
        leaders = [(offset, line, LEADER_ROW.match(line)) for offset, line in lines]
        return ["", ""], [
            (offset, line, [row.group("label"), row.group("value")]) for offset, line, row in leaders if row
        ]
    if _is_row(lines[0][1]):
        header = [header_parted(cell) if MACHINE_NAME.fullmatch(cell) else cell for cell in _cells(lines[0][1])]
        return _two_levels(header, [(offset, line, _cells(line)) for offset, line in lines[1:]])
    if len(_aligned_cells(lines[1][1]) or ()) == len(_spaced(lines[0][1])):  # else a header over a header: fixed-width
        header = [_plain(cell) for cell in _spaced(lines[0][1])]
        return header, [(offset, line, [_plain(cell) for cell in _spaced(line)]) for offset, line in lines[1:]]
    plain = _plain_text_table(prose.text, region)
    if plain is not None:
        return plain
    items = [(offset, line, _labelled_item(line)) for offset, line in lines[1:]]
    rows = [(offset, line, [item.group("label").strip(), item.group("number")]) for offset, line, item in items if item]
    return ["", list_header(lines[0][1]) or ""], rows


def _two_levels(
    header: list[str], rows: list[tuple[int, str, list[str]]]
) -> tuple[list[str], list[tuple[int, str, list[str]]]]:
    """A header of two levels read as one (`knowledge.header_levels`): a row under the header naming what each column
    holds, maybe past the line under the header, or above it ('| | 2014 | | 2023 |' over '| Ally | USD mn | % GDP |
    USD mn | % GDP |' over '|---|…'), joins it; other rows are the table's."""
    body = [row for row in rows if not _separator_row(row[2])]
    if not body:
        return header, rows
    lower = body[0][2]
    above_line = _separator_row(rows[1][2]) if len(rows) > 1 and rows[0] is body[0] else False
    if not (spans_columns(header) or above_line) or not names_columns(lower, len(lower)):
        return header, rows
    if label_subject(lower[0]) or label_year(lower[0])[0] or len(header) > len(lower):
        return header, rows
    return joined(header, lower), [row for row in rows if row is not body[0]]


def _plain_text_table(text: str, region: Span) -> tuple[list[str], list[tuple[int, str, list[str]]]] | None:
    """A fixed-width table's or a comma-separated one's header and rows, else None."""
    fixed = read_fixed_width(text, region.start, region.end)
    return (fixed.header, fixed.rows) if fixed is not None else read_comma_separated(text, region.start, region.end)


def region_of(regions: list[Span], block: Block) -> Span | None:
    return next((r for r in regions if r.start <= block.span.start < r.end), None)


BULLET_MARK = re.compile(r"[-*+•▪◦‣●■]\s")


def _is_row(line: str) -> bool:
    """A Markdown or pipe table row ('| a | b |', 'a | b'), or a tab-separated one ('a<TAB>b')."""
    stripped = line.strip()
    if stripped.startswith("|"):
        return True
    if "|" in stripped:
        # '- Top: PL 4.12% | EE 3.43%': a bullet setting its figures apart by bars is one item, no table's row
        return not BULLET_MARK.match(stripped) and all(cell.strip() for cell in stripped.split("|"))
    return len([cell for cell in stripped.split("\t") if cell.strip()]) >= 2


def _cells(line: str) -> list[str]:
    stripped = line.strip()
    if "|" in stripped:
        return [_plain(cell) for cell in stripped.strip("|").split("|")]
    return [_plain(cell) for cell in _tab_cells(line)]


def _tab_cells(line: str) -> list[str]:
    """A tab-separated row's cells; a tab opening it leaves its first cell empty (the corner over the row labels,
    '<TAB>2020<TAB><TAB>2021'), so the cells stay under their columns."""
    return line.strip(" \r\n").rstrip("\t ").split("\t")


def _plain(cell: str) -> str:
    """A cell without its emphasis or footnote markers: '**58.5**' is 58.5, 'Core budget [a]' and '50.1¹' are
    'Core budget' and '50.1'."""
    text = cell.strip()
    while emphasis := EMPHASIS.match(text):
        text = emphasis.group("inner").strip()
    return NUMBER_NOTE.sub("", FOOTNOTE.sub("", text).strip()).strip()


def _column(label: str, default_period: str | None) -> Column:
    table = cues()
    tokens = tokenize(THRESHOLD.sub(" ", label))
    words = [token.word for token in tokens]
    currency = next((table.raw.currency_symbols[t.text] for t in tokens if t.text in table.raw.currency_symbols), None)
    currency = currency or next((t.text for t in tokens if t.text in table.raw.currency_codes), None)
    scale = _header_scale(label, words, currency=currency is not None)
    dated = _years_written(BASE_YEAR.sub(" ", _without_price_base(label)))
    year = YEAR.search(dated)
    period = _fiscal_year(dated) or (year.group("year") if year else default_period)
    span = YEAR_SPAN.search(dated)
    suffix = table.raw.year_suffixes.get(year.group("letter") or "") if year else None
    part = year_part(label)
    if set(words) & set(table.raw.rank_columns):
        kind = "rank"  # 'World rank': a position, whatever the ranking is by ('Rank by share of GDP')
    elif "gdp" in words or table.gdp.within(words, 0, len(words)):
        kind = "share_of_gdp"
    elif _names_a_change(words):
        kind = "change"
    elif scale and not currency and _counts_things(words):
        kind = "count"  # 'Military personnel (thousand)', 'Personnel ('000)': a headcount in thousands, no amount
    elif currency or scale:
        kind = "money"
    elif "share" in words or "%" in words:
        kind = "share_of_total"
    elif (
        table.ally_nouns & set(words) or table.count_nouns & set(words) or {"number", "count", "quantity"} & set(words)
    ):
        kind = "count"  # 'Allies', 'Number of allies', 'Members at or above 2%', 'Quantity' (of the items ordered)
    elif words and words[0] in table.raw.headcount_nouns:
        kind = "count"  # 'Intake', 'Outflow', 'Strength': people counted ('Order intake' is no headcount)
    elif THRESHOLD.search(label) and not POINT_WORDS & set(words):
        # a column headed by a condition alone ('At or above 2%') counts those meeting it ('Gap to 3.5%, percentage
        # points' gives each row's distance to it)
        kind = "count"
    else:
        kind = "other"
    if kind == "change" and span:  # 'Change 2025–26': the change over the span
        period = _span_period(span) or period
    subject = label_subject(label)
    if subject is not None and not _counted_by_name(label):
        kind = "other"  # 'United States', 'European allies and Canada': a name says whose, not what (not a count)
    subject = subject or _owner_heading(label)
    # '2025 est. (% of GDP)', '2025 estimate': a header saying its figures are estimates marks them so
    estimated = ("estimate",) if year and "estimate" in _note_qualifiers(THRESHOLD.sub(" ", label)) else ()
    marks = with_part(tuple(dict.fromkeys((suffix,) if suffix else estimated)), part)
    return Column(label, kind, currency, scale, period, marks, subject=subject)


def _years_written(label: str) -> str:
    """A header's years without the prefix marking them fiscal years ('FY2025/26': '2025/26', data:
    fiscal_year_prefixes)."""
    prefixes = "|".join(re.escape(prefix) for prefix in cues().raw.fiscal_year_prefixes)
    return re.sub(rf"\b(?:{prefixes})\s?(?=(?:19|20)\d\d)", "", label, flags=re.IGNORECASE) if prefixes else label


def _fiscal_year(label: str) -> str | None:
    """The one fiscal year a header names, as written ('2025-26', '2025/26': '2025-26'), else None ('2014-2024'
    spans several years)."""
    found = FISCAL_YEAR.search(label)
    if found is None:
        return None
    year, end = found.group("year"), found.group("end")
    return f"{year}-{end}" if int(end) % 100 == (int(year) + 1) % 100 else None


def _names_a_change(words: list[str]) -> bool:
    """'Change 2014-2024', 'Difference, EUR bn': a header or caption naming a change (a difference of the row's
    figures is one, in the column's unit)."""
    table = cues()
    return table.change.within(words, 0, len(words)) or bool(set(words) & set(table.raw.change_columns))


def _span_period(span: re.Match[str]) -> str | None:
    """The period a span of years names ('2014–2024', '2025–26', '2014→2024': '2014-2024', '2025-2026'), None when
    it runs backwards."""
    first, last = span.group("first"), span.group("last")
    last = last if len(last) == 4 else first[:2] + last
    return f"{first}-{last}" if int(last) > int(first) else None


def _span_alone(label: str) -> str | None:
    """The period of a column headed by a span of years and nothing else ('2014→2024', '2023–2024'), else None."""
    span = YEAR_SPAN.fullmatch(_plain(label))
    return _span_period(span) if span else None


def _header_scale(label: str, words: list[str], *, currency: bool) -> float | None:
    """The scale a header names ('EUR million'); an amount's header names it in the plural too ('($ billions)'), and
    a header may mark thousands as '('000)'."""
    scales = cues().scales
    scale = next((scales[w] for w in words if w in scales), None)
    if scale is None and currency:
        scale = next((scales[w] for w in (w.removesuffix("s") for w in words) if w in scales), None)
    return scale or (THOUSANDS if THOUSANDS_MARK.search(label) else None)


def _counts_things(words: list[str]) -> bool:
    table = cues()
    return bool(set(words) & (table.count_nouns | set(table.raw.headcount_nouns)))


def _counted_by_name(label: str) -> bool:
    """'NATO members': a name ending in a plural noun in lower case counts those it names ('United States' does
    not: its noun is part of the name)."""
    words = re.findall(r"[A-Za-z]+", label)
    table = cues()
    return bool(words) and words[-1].islower() and words[-1] in table.ally_nouns | table.count_nouns


def caption_measure(text: str, stated_currency: str | None) -> tuple[str, str | None, float | None, str] | None:
    """What a text introducing a table says its figures measure, when it names one measure only: a share of GDP
    ('share of GDP spent on defence') or an amount in a currency ('in US$ billion', 'billions of dollars') — its
    kind, currency, scale and the clause saying it; None when it names neither, or both in one sentence. A text of
    sentences naming both ('£bn. Cash terms unless stated. Real terms use the GDP deflator.') says what its first
    sentence naming one says."""
    whole = _one_measure_named(text, stated_currency)
    sentences = [sentence for sentence in CAPTION_SENTENCE_END.split(text) if sentence.strip()]
    if whole is not None or len(sentences) < MIN_SPAN_COLUMNS or _column(text, None).kind != "share_of_gdp":
        return whole
    return next((read for sentence in sentences if (read := _one_measure_named(sentence, stated_currency))), None)


CAPTION_SENTENCE_END = re.compile(r"(?<=[.;])\s+")


def _one_measure_named(text: str, stated_currency: str | None) -> tuple[str, str | None, float | None, str] | None:
    read = _column(text, None)
    currency = _currency_named(text, stated_currency) or read.currency
    names_gdp = read.kind == "share_of_gdp"
    if names_gdp == (currency is not None):
        return None
    kind = "share_of_gdp" if names_gdp else "money"
    clauses = [clause.strip(" *_.") for clause in CLAUSE_BREAK.split(text) if clause.strip(" *_.")]
    if names_gdp:
        said = next((clause for clause in clauses if _column(clause, None).kind == read.kind), text.strip())
        return kind, None, read.scale, said
    said = next((clause for clause in clauses if _currency_named(clause, stated_currency)), text.strip())
    return kind, currency, read.scale or _header_scale(text, plain_words(text), currency=True), said


def _currency_named(text: str, stated_currency: str | None) -> str | None:
    """The currency a text names by a symbol or in words ('US$', 'euros'); a symbol or word several currencies are
    written with ('$', 'dollars') is the one the document says its amounts are in, when it is one of them."""
    table = cues()
    tokens = tokenize(text)
    words = [token.word for token in tokens]
    for at, token in enumerate(tokens):
        said = table.raw.stated_currency_symbols.get(token.text) or table.raw.stated_currency_symbols.get(token.word)
        if stated_currency and said and stated_currency in said:
            return stated_currency
        length = table.currency_words.starting_at(words, at)
        if length:
            return table.currency_of_words(words[at : at + length])
    return None


def year_alone(label: str) -> bool:
    """A column header that is a year and nothing else ('2014', '2024e', '2025 (est.)'), or a part of a year
    ('Q3 2025', '9M 2024', 'Jan–Sep 2025')."""
    label = _years_written(label)
    return bool(YEAR.search(label)) and (label_year(label)[0] is not None or year_part(label) is not None)


def year_part(label: str) -> str | None:
    """The part of a year a column header names beside its year and nothing else ('Q3 2025': the third quarter)."""
    label = _years_written(label)
    year = YEAR.search(label)
    if year is None:
        return None
    return part_named_by(plain_words(f"{label[: year.start()]} {label[year.end() :]}"))


def _changes_by_captions(columns: list[Column], captions: tuple[str, ...]) -> list[Column]:
    """Columns headed by a span of years alone ('| Country | 2014→2024 | 2023→2024 |') under a text introducing the
    table that names a change ('Change in share of GDP (percentage points)'): each the change over its span."""
    spans = [_span_alone(column.label) if column.kind == "other" else None for column in columns]
    if not any(spans[1:]):
        return columns
    said = next((clause for text in captions if (clause := _change_clause(text))), None)
    if said is None:
        return columns
    return [
        replace(column, kind="change", period=span, measure=said) if span and at else column
        for at, (column, span) in enumerate(zip(columns, spans, strict=True))
    ]


def _change_clause(text: str) -> str | None:
    """The clause of a text introducing a table that names a change ('Change in share of GDP'), else None."""
    clauses = [clause.strip(" *_.") for clause in CLAUSE_BREAK.split(text) if clause.strip(" *_.")]
    return next((clause for clause in clauses if _names_a_change([token.word for token in tokenize(clause)])), None)


def _measured_by_captions(
    columns: list[Column],
    captions: tuple[str, ...],
    stated_currency: str | None = None,
    plain: frozenset[int] = frozenset(),
) -> list[Column]:
    """Columns headed by a year alone, measuring what the first of the texts introducing the table that names a
    measure says (the sentence just before it, its heading, the document's title); and, when that is an amount, the
    columns of plain amounts in a table of years (`_plain_amounts`), each still named by its own header."""
    columns = _changes_by_captions(columns, captions)
    unmeasured = bool(plain) or any(_measured_by_caption(c) or _percent_of_nothing_named(c) for c in columns)
    if not unmeasured or _corner_amounts(columns):
        return columns
    measure = next((found for text in captions if (found := caption_measure(text, stated_currency))), None)
    if measure is None:
        return columns
    kind, currency, scale, said = measure
    estimated = _estimated_years(captions[0]) if captions else set()
    return [
        replace(
            column,
            kind=kind,
            currency=currency,
            scale=scale,
            measure=f"{column.label}, {said}" if at in plain else said,
            qualifiers=_with_estimate(column) if column.period in estimated else column.qualifiers,
        )
        if _measured_by_caption(column)
        or (kind in PERCENT_KINDS and _percent_of_nothing_named(column))
        or (kind == "money" and at in plain)
        else column
        for at, column in enumerate(columns)
    ]


def _units_of_a_captioned_measure(columns: list[Column], captions: tuple[str, ...]) -> list[Column]:
    """'Defence expenditure in millions of US dollars … and as a share of GDP' over '| Ally | 2014 USD mn | 2014 %
    GDP |': columns headed by a unit alone (and a year) say how their figures are written, not what they are; the
    spending a text introducing the table names says it ('Defence expenditure'), each column still its own unit."""
    said = next((what for text in captions if (what := _spending_named(text))), None)
    if said is None:
        return columns
    return [
        replace(column, measure=f"{said}, {column.label}")
        if at and column.measure is None and column.kind in UNIT_KINDS and _unit_alone(column.label)
        else column
        for at, column in enumerate(columns)
    ]


def _spending_named(text: str) -> str | None:
    """The words opening a clause of a text up to the spending they name, a few at most ('Defence expenditure in
    millions of US dollars': 'Defence expenditure'; 'Military spending of selected allies': 'Military spending')."""
    owned = set(cues().raw.owned_measure_words)
    for clause in CLAUSE_BREAK.split(text):
        words = clause.split()
        named = next((at for at, word in enumerate(words[: OWNER_REACH + 1]) if fold(word) in owned), None)
        if named is not None and not _names_anyone(words[:named]):
            return " ".join(words[: named + 1]).strip(" *_")
    return None


def _names_anyone(words: list[str]) -> bool:
    """Some of the words name an entity ('US defence': whose spending it is, not what)."""
    spans = itertools.combinations(range(len(words) + 1), 2)
    return any(label_subject(" ".join(words[start:end]).strip("'’s")) for start, end in spans)


def _unit_alone(label: str) -> bool:
    """A header saying nothing but its unit, maybe with its year ('USD mn', '2024e % GDP', 'EUR bn', '% of GDP'): no
    word of its own beside a currency, a scale, GDP, and short words."""
    table = cues()
    tokens = tokenize(YEAR.sub(" ", label))
    units = {*table.scales, *(code.lower() for code in table.raw.currency_codes), *table.raw.currency_symbols}
    words = [token.word for token in tokens if token.word.isalpha() or token.text in table.raw.currency_symbols]
    spoken = [word for word in words if word not in units and not table.gdp.within([word], 0, 1)]
    return bool(words) and not any(MEASURE_WORD.fullmatch(word) for word in spoken)


def _parts_of_a_whole(columns: list[Column], rows: list[tuple[int, str, list[str]]]) -> list[Column]:
    """A column nothing measures whose cells are percentages adding up to the whole ('Personnel ..... 30 %',
    'Infrastructure ..... 11 %', … 100 in all): each row's share of the total the rows break down."""
    measured: list[Column] = []
    for at, column in enumerate(columns):
        unmeasured = at > 0 and column.kind == "other" and column.measure is None and column.subject is None
        whole = _adds_up_to_a_whole([cells[at] for _, _, cells in rows if at < len(cells) and cells[at]])
        measured.append(replace(column, kind="share_of_total") if unmeasured and whole else column)
    return measured


def _described_by_notes(columns: list[Column], text: str) -> list[Column]:
    """Columns a data file's readme describes by their machine names ('equipment_share_pct  major equipment
    expenditure, incl. related R&D, as % of total defence expenditure'): measured in its words, their kinds as
    their headers say."""
    notes = column_notes(text)
    if not notes:
        return columns
    said = {label: words for name, words in notes.items() for label in (name, header_parted(name))}
    return [
        replace(column, measure=said[column.label]) if column.measure is None and column.label in said else column
        for column in columns
    ]


def _adds_up_to_a_whole(cells: list[str]) -> bool:
    """A column's cells, at least three, all percentages adding up to 100 (as rounded shares may miss it)."""
    shares = [CELL_NUMBER.match(cell) for cell in cells if cell.endswith("%")]
    if len(shares) < MINIMUM_PARTS or len(shares) != len(cells) or not all(shares):
        return False
    return (
        abs(sum(float(share.group("number").replace(",", "")) for share in shares if share) - MAX_PERCENT) <= ROUNDING
    )


def _parts_of_whom(rows: list[tuple[int, str, list[str]]], columns: list[Column], context_subject: str | None) -> bool:
    """'| Area | € bn | Share of Defence Function |' over 'Army (Esercito)', 'Navy (Marina Militare)', 'Joint and
    central areas', their shares adding up to the whole: a breakdown of what whom the section is about spends, each
    row a part of it (a line of its budget, whatever it is called), when no row names an entity or a year."""
    rows = [row for row in rows if row[2] and not _separator_row(row[2])]
    if _whole_of_parts(rows, context_subject) is None or any(label_year(cells[0])[0] for _, _, cells in rows):
        return False
    parts = [cells for _, _, cells in rows if not _total_label(cells[0])]  # a total row is the whole, 100%
    width = max((len(cells) for cells in parts), default=0)
    return any(
        _adds_up_to_a_whole(_as_percentages([cells[at] for cells in parts if at < len(cells)], columns, at))
        for at in range(1, width)
    )


def _as_percentages(cells: list[str], columns: list[Column], at: int) -> list[str]:
    """A column's cells with the percent sign its header writes for all of them ('| Share of total (%) |' over
    '43,9', as a continental report puts it): each cell as if written with it; else as they are."""
    column = columns[at] if at < len(columns) else None
    if column is None or column.kind != "share_of_total" or "%" not in column.label:
        return cells
    return [cell if cell.endswith("%") else f"{cell}%" for cell in cells]


def _percent_of_nothing_named(column: Column) -> bool:
    """'| 2014 (%) | 2024e (%) |': a column headed by its year and the percent sign alone says its cells are
    percentages but not of what; a text introducing the table that names a share ('as a share of GDP') says it."""
    if column.kind != "share_of_total" or column.measure is not None:
        return False
    return not plain_words(YEAR.sub(" ", column.label)) and "%" in column.label


def _corner_amounts(columns: list[Column]) -> bool:
    """'| EUR million | Q3 2025 | Q3 2024 |': the table says the amounts of its cells over its row labels itself."""
    return bool(columns) and columns[0].kind == "money" and columns[0].currency is not None


def _plain_amounts(columns: list[Column], rows: list[tuple[int, str, list[str]]]) -> frozenset[int]:
    """'Figure 2 – Planned versus actual investment in equipment (€ billion)' over '| Year | Planned | Actual |':
    in a table of years, the columns its words head without a measure, whose cells are plain numbers (no percent
    sign), hold amounts in what a text introducing the table says its amounts are in; their places."""
    rows = [row for row in rows if row[2] and not _separator_row(row[2])]
    if not rows or not all(label_year(cells[0])[0] for _, _, cells in rows):
        return frozenset()
    found = set()
    for at, column in enumerate(columns):
        cells = [cells[at] for _, _, cells in rows if at < len(cells) and cells[at].strip()]
        plain = at > 0 and bool(cells) and all(CELL_NUMBER.match(c) and "%" not in c for c in cells)
        unsaid = column.kind == "other" and column.measure is None and column.subject is None
        if plain and unsaid:
            found.add(at)
    return frozenset(found)


def _measured_by_caption(column: Column) -> bool:
    """A column saying no measure of its own: headed by a year alone ('2024'), or by an entity alone in a table of
    years ('| Year | NATO total | United States |')."""
    if column.kind != "other":
        return False
    # a column with no header at all (a chart's labels and figures) says no measure either
    return (
        year_alone(column.label)
        or _a_budget_stages_year(column.label)
        or _a_priced_year(column.label)
        or column.subject is not None
        or not column.label.strip()
    )


def _a_budget_stages_year(label: str) -> bool:
    """'Balanced budget 2024', 'Proposal 2025': a year and the stage of its budget (data: budget_stages), nothing
    else; the column is the year's, saying no measure of its own."""
    label = _years_written(label)
    year = YEAR.search(label)
    if year is None:
        return False
    words = plain_words(f"{label[: year.start()]} {label[year.end() :]}")
    return bool(words) and set(words) <= set(cues().raw.budget_stages)


def _without_price_base(label: str) -> str:
    """A header without the year its prices are of ('2022/23 in 2023/24 prices': '2022/23', '2024 (constant 2015 US
    dollars)': '2024 ()'; data: price_base_before, price_base_after), so that year is never the cells' period."""
    table = cues()
    currencies = {word.casefold() for word in table.raw.currency_words} | {"us"}
    after = "|".join(re.escape(word) for word in table.raw.price_base_after)
    # a year before a currency alone ('2021 USD bn' of a header of two levels) is the column's year, not its prices'
    prices = "|".join(re.escape(word) for word in table.raw.price_base_after if word.casefold() not in currencies)
    before = "|".join(re.escape(word) for word in table.raw.price_base_before)
    if not after:
        return label
    year = r"(?:19|20)\d\d(?:\s*[-/–]\s*(?:19|20)?\d\d)?"
    patterns = [rf"\b(?:in\s+)?(?:{before})\s+{year}(?:\s+(?:{after})\b)+"] if before else []
    patterns += [rf"\b(?:in\s+)?{year}(?:\s+(?:{after})\b)*\s+(?:{prices})\b"] if prices else []
    for priced in patterns:
        label = re.sub(priced, " ", label, flags=re.IGNORECASE)
    return label


def _a_priced_year(label: str) -> bool:
    """'2022/23 cash', '2024 real terms', '2022/23 in 2023/24 prices': a year and the prices its amounts are in (data:
    price_bases, or a year of prices), nothing else; the column is the year's, of amounts in those prices."""
    unpriced = _without_price_base(label)
    dated = _years_written(unpriced)
    year = FISCAL_YEAR.search(dated) or YEAR.search(dated)
    if year is None or YEAR.search(dated[year.end() :]):
        return False
    words = " ".join(plain_words(f"{dated[: year.start()]} {dated[year.end() :]}"))
    return words in cues().raw.price_bases if words else unpriced != label


def _priced_columns(columns: list[Column]) -> bool:
    """A table whose year columns say the prices of their amounts ('2022/23 cash', '2022/23 in 2023/24 prices')."""
    return any(_a_priced_year(column.label) for column in columns[1:])


def _estimated_years(caption: str) -> set[str]:
    """'These are NATO's numbers (the 2024 ones are estimates)': the years the text introducing a table says its
    figures are estimates for, a few words after the year."""
    words = [token.word for token in tokenize(caption)]
    estimate = cues().qualifiers["estimate"]
    return {
        word
        for position, word in enumerate(words)
        if YEAR.fullmatch(word) and estimate.within(words, position + 1, position + 1 + ESTIMATE_REACH)
    }


def _with_estimate(column: Column) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*column.qualifiers, "estimate")))


def _cell_kind(column: Column, cell: str, value: float) -> str:
    """A cell's kind: its column's, unless the column's measure was read from the text introducing the table and
    the cell disagrees with it: a percentage under a caption of amounts ('1.88%'), a number no percentage can be
    under a caption of shares ('654'); a percentage under a column of counts ('Eight of the Allies … The lowest shares
    are estimated for:' over '- Spain: 1.28%') is no count of anything."""
    if column.kind in COUNTED_KINDS and "%" in cell:
        return "other"
    if column.measure is None:
        return column.kind
    fits = value <= MAX_PERCENT if column.kind in PERCENT_KINDS else "%" not in cell
    return column.kind if fits else "other"


def _columns(header: list[str], default_period: str | None) -> list[Column]:
    """The columns of a header; a change column naming no year of its own, in a table whose columns are years
    ('| Ally | 2014 | 2024 | Change |'), is the change over their span ('2014-2024'); a year's column marks its cells
    as its note says ('2025 (proposal)', '2024 (est.)')."""
    columns = [_with_year_note(_column(label, default_period)) for label in header]
    dated = [_years_written(BASE_YEAR.sub(" ", _without_price_base(label))) for label in header]
    years = sorted({int(year.group("year")) for label in dated for year in [YEAR.search(label)] if year})
    if len(years) < MIN_SPAN_COLUMNS:
        return columns
    span = _fiscal_years_change(dated) or f"{years[0]}-{years[-1]}"
    return [
        replace(column, period=span) if column.kind == "change" and not YEAR.search(column.label) else column
        for column in columns
    ]


def _fiscal_years_change(dated: list[str]) -> str | None:
    """'| 2022/23 cash | 2023/24 cash | Real-terms change |': a change between two fiscal years that follow each other
    is the change over the later one ('2023-24'); a span of their first years ('2022-2023') would read as the earlier
    fiscal year itself. None when the header's years are not two such fiscal years."""
    fiscal = sorted({year for label in dated if (year := _fiscal_year(label))})
    if len(fiscal) != MIN_SPAN_COLUMNS or int(fiscal[1][:4]) != int(fiscal[0][:4]) + 1:
        return None
    if any(YEAR.search(label) and not _fiscal_year(label) for label in dated):
        return None  # calendar years beside them: no one way of counting years
    return fiscal[1]


def _with_year_note(column: Column) -> Column:
    if not year_alone(column.label):
        return column
    return replace(column, qualifiers=tuple(dict.fromkeys((*column.qualifiers, *label_year(column.label)[1]))))


def label_year(label: str) -> tuple[str | None, tuple[str, ...]]:
    """A row's year and what its label says of it: '2025e' (an estimate), '2026 plan' (a proposal), '2024', '2024-25'
    (a fiscal year, as written)."""
    match = ROW_YEAR.fullmatch(_years_written(label.strip()))
    if not match:
        return None, ()
    year, fiscal_end = match.group("year"), match.group("fiscal_end")
    if fiscal_end and int(fiscal_end) % 100 != (int(year) + 1) % 100:
        return None, ()  # a span of years ('2014-2024'), not one fiscal year
    table = cues()
    found: list[str] = []
    letter = match.group("letter")
    if letter:
        if letter not in table.raw.year_suffixes:
            return None, ()
        found.append(table.raw.year_suffixes[letter])
    note = match.group("note")
    words = [fold(word) for word in re.findall(r"[A-Za-z]+", note or match.group("words") or "")]
    if words:
        said = [table.raw.year_suffixes[word] for word in words if word in table.raw.year_suffixes]
        said += [name for name, phrases in table.qualifiers.items() if phrases.within(words, 0, len(words))]
        if not said and (note is None or label_subject(note.strip())):
            return None, ()  # '2024 Germany', '2024 (Germany)': not a year's row
        found += said  # '2025 (budget)': a note on the year's figures, the row still the year's
    period = f"{year}-{fiscal_end}" if fiscal_end else year
    return period, tuple(dict.fromkeys(found))


def _note_qualifiers(note: str) -> tuple[str, ...]:
    """What a note in brackets after a cell's number says of it ('est.': an estimate), by the qualifier cues."""
    table = cues()
    words = [fold(word) for word in re.findall(r"[A-Za-z]+", note)]
    said = [table.raw.year_suffixes[word] for word in words if word in table.raw.year_suffixes]
    said += [name for name, phrases in table.qualifiers.items() if phrases.within(words, 0, len(words))]
    return tuple(dict.fromkeys(said))


def _legend(prose: ProseDocument, region: Span) -> dict[str, tuple[str, ...]]:
    """'⁽ᵖ⁾ provisional ⁽ᵉ⁾ estimated' under a table: what each cell marker says of its cell's figure, read by the
    qualifier cues (a marker whose note says no such thing, '⁽¹⁾ EU27 aggregate', says nothing of it)."""
    legend: dict[str, tuple[str, ...]] = {}
    for entry in LEGEND_ENTRY.finditer(prose.text[region.end : region.end + LEGEND_REACH]):
        marks = _note_qualifiers(entry.group("words") or entry.group("note"))
        if marks:
            legend.setdefault(entry.group("mark") or entry.group("letter"), marks)
    for entry in BARE_LEGEND_ENTRY.finditer(prose.text, region.end):
        marks = _note_qualifiers(entry.group("said"))
        if marks:
            legend.setdefault(entry.group("bare") or f"[{entry.group('noted')}]", marks)
    # a number or a sign is no distinct mark: its note stands right under its table
    for entry in SIGN_LEGEND_ENTRY.finditer(prose.text[region.end : region.end + LEGEND_REACH]):
        marks = _note_qualifiers(entry.group("said"))
        if marks:
            legend.setdefault(entry.group("sign") or entry.group("number"), marks)
    return legend


def _marked(line: str, legend: dict[str, tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each cell's qualifiers its markers give by the legend ('18.0 ⁽ᵖ⁾': provisional, an estimate)."""
    if not legend:
        return []
    raw = line.strip().strip("|").split("|") if "|" in line else _tab_cells(line)
    return [
        tuple(
            dict.fromkeys(
                mark for found in CELL_MARKER.finditer(_unemphasised(cell)) for mark in legend.get(_marker(found), ())
            )
        )
        for cell in raw
    ]


def _unemphasised(cell: str) -> str:
    """A cell without the emphasis around it ('*NATO total*' closes with no sign of a note)."""
    text = cell.strip()
    while emphasis := EMPHASIS.match(text):
        text = emphasis.group("inner").strip()
    return text


def _marker(found: re.Match[str]) -> str:
    """A cell marker as its legend is keyed: '⁽ᵖ⁾' and 'ᵖ' by the letter, '(a)' by 'a', '[1]' with its brackets (a
    bare '1' would be the superscript one's)."""
    noted = found.group("noted")
    if noted:
        return f"[{noted}]"
    return found.group("mark") or found.group("letter") or found.group("bare") or found.group("sign")


def _one_owner(columns: list[Column]) -> str | None:
    """The one name the table's columns say whose figures they are ('World military spending' beside 'Real-terms
    change'), if one."""
    owners = {column.subject for column in columns if column.subject}
    return next(iter(owners)) if len(owners) == 1 else None


def _whose_cells(column: Column, subject: str | None, table_owner: str | None) -> str | None:
    """A row of a year ('| 2023 | 2,443 |'): whose figures its column names ('World military spending', or a column
    beside it), a year being no one's."""
    owner = column.subject or (table_owner if subject is None else None)
    return owner if owner and (column.measure or subject is None) else subject


OWNER_REACH = 3  # words of a name opening a header before what it measures ('World military spending (USD bn)')


def _owner_heading(label: str) -> str | None:
    """'World military spending (USD bn)', 'US defence budget': a header opening with a name, then words of spending,
    says whose its figures are (the column's kind stays what the rest of it says)."""
    words = label.split()
    owned = set(cues().raw.owned_measure_words)
    for length in range(min(OWNER_REACH, len(words) - 1), 0, -1):
        owner = label_subject(" ".join(words[:length]))
        if owner is not None and {fold(word) for word in words[length:]} & owned:
            return owner
    return None


def label_subject(label: str) -> str | None:
    tables = entity_tables()
    if label in tables.exact:
        return tables.exact[label]
    words = tuple(fold(word) for word in label.split())
    for entry in tables.entries.values():
        if words in {tuple(fold(w) for w in alias.split()) for alias in (entry.name, *entry.aliases)}:
            return entry.name
    return None


def _measure_text(column: Column, row: RowMeasure | None) -> str:
    """What a cell measures in words: its column's, or in a table of measures its row's (with its column's when
    that is not a year: 'Core defence budget, Change 2025–26')."""
    if row is None:
        return column.measure or column.label
    return row.label if year_alone(column.label) else f"{row.label}, {column.label}"


TOTAL_LABELS = frozenset({"total", "grand total", "overall"})
MINIMUM_CODED_ROWS = 2
UNITS = {"share_of_gdp": Unit.PERCENT_OF_GDP, "money": Unit.MONEY, "count": Unit.COUNT, "rank": Unit.RANK}


def _unit(kind: str, cell: str, header: str) -> Unit:
    """A cell's unit by its kind; a cell of no known kind is a percentage only when it or its column's header says
    so ('2,950' under 'Intake' is a number, never 2,950%)."""
    if kind in UNITS:
        return UNITS[kind]
    return Unit.PERCENT if "%" in cell or "%" in THRESHOLD.sub(" ", header) or kind in PERCENT_KINDS else Unit.COUNT


@dataclass(frozen=True)
class Cell:
    """One figure a cell states: the cell's number read by its column, or a figure of a cell written as a phrase."""

    value: float
    kind: str
    currency: str | None
    scale: float | None
    period: str | None
    qualifiers: tuple[str, ...]
    figure: int = 0  # which figure of the cell


@dataclass(frozen=True)
class RowMeasure:
    """What a row labelled by a measure says its cells are ('Defence spending, % of GDP': shares of GDP), else the
    amounts the table's columns say (a currency and a scale)."""

    label: str
    kind: str | None
    currency: str | None
    scale: float | None


# Words of a label saying its figure is a part of something ('Share of GDP', 'Defence, per cent of GDP'), not it.
PART_WORDS = frozenset({"share", "of", "percent", "per", "pct", "percentage", "ratio"})
ROW_KINDS = frozenset({"share_of_gdp", "share_of_total", "count", "rank"})  # kinds a row label may say itself


def _year_columns(columns: list[Column]) -> list[Column]:
    return [
        column
        for column in columns[1:]
        if year_alone(column.label) or _a_budget_stages_year(column.label) or _a_priced_year(column.label)
    ]


def _budget_stage_columns(columns: list[Column]) -> bool:
    """'| Title | FY2023 enacted | FY2025 request |': every year column names a stage of a budget, so the table is
    that budget and its rows are its lines ('Military Personnel', 'RDT&E'), whatever they are called."""
    years = _year_columns(columns)
    return bool(years) and all(_a_budget_stages_year(column.label) for column in years)


def _measure_rows(rows: list[tuple[int, str, list[str]]], columns: list[Column]) -> bool:
    """A table of measures by year ('| Funding line | 2023 | 2024 |', rows 'Core defence budget', 'Subtotal'): its
    columns are years, and its rows name neither a year nor an entity, most of them a measure in words of their own;
    its figures are those of whom the document is about."""
    labels = [cells[0] for _, _, cells in rows if cells and not _separator_row(cells)]
    if len(_year_columns(columns)) < MIN_SPAN_COLUMNS or not labels:
        return False
    if any(not label or label_year(label)[0] or label_subject(label) for label in labels):
        return False
    if _names_budget_lines(columns[0].label) or _names_years(columns[0].label) or _budget_stage_columns(columns):
        return True
    if _priced_columns(columns):
        return True  # '| Area | 2023/24 cash | 2023/24 in 2024/25 prices |': rows of amounts, whatever they are called
    return 2 * sum(bool(MEASURE_WORD.search(label)) for label in labels) > len(labels)


def _names_years(label: str) -> bool:
    """A first column headed 'Fiscal year' over columns of years: the header is the row of years, so the rows below
    it are what is measured each year (data: year_column_words), whatever they are called ('Baseline', '2% path')."""
    return bool(set(plain_words(label)) & set(cues().raw.year_column_words))


def _names_gdp_itself(label: str) -> bool:
    """'Nominal GDP', 'GDP (current prices)': a row label naming the economy's output, no share of it ('% of GDP',
    'Share of GDP'). Its amounts are no figure of what whom the document is about spends: such a row is not read
    (a question of what a country spends in a year must never be answered with its GDP)."""
    return _column(label, None).kind == "share_of_gdp" and "%" not in label and not set(plain_words(label)) & PART_WORDS


def _names_budget_lines(label: str) -> bool:
    """A first column headed 'Budget line': its rows are lines of a budget, whatever they are called ('Art. 2 Royal
    Netherlands Navy' is a line of the Dutch budget, not an entity of its own)."""
    return " ".join(token.word for token in tokenize(label)) in cues().raw.line_columns


def _row_measure(label: str, columns: list[Column]) -> RowMeasure:
    """A row's measure: what its label says ('Defence budget, NOK billion': amounts in that currency and scale,
    whatever the table's caption says its cells are), else the amounts its year columns say; a part of a whole in a
    table with no year columns says nothing of its own."""
    if not _year_columns(columns):
        return RowMeasure(label, None, None, None)  # a part of a whole: its cells are what their columns say
    read = _column(THRESHOLD.sub(" ", label), None)  # '2% path': a row of a course, counting no one at 2%
    if read.kind == "count" and (_budget_stage_columns(columns) or _priced_columns(columns)):
        # 'Military Personnel' in a budget's table, 'Personnel' under '2023/24 cash': the line paying its people, in
        # the table's amounts, no headcount
        read = replace(read, kind="other")
    # '| EUR million | Q3 2025 | Q3 2024 |': the corner over the row labels says the amounts of the year columns
    amounts = next((c for c in [*_year_columns(columns), *columns[:1]] if c.kind == "money"), None)
    if read.kind in ROW_KINDS:
        return RowMeasure(label, read.kind, None, None)
    if read.kind == "change" and (read.currency or "%" in label):
        # 'Change on previous year (%)': changes in per cent; 'Increase on previous year, Md€': in euros
        return RowMeasure(label, "change", read.currency, read.scale if read.currency else None)
    if read.kind == "money" and read.currency:
        return RowMeasure(label, "money", read.currency, read.scale)
    if amounts is not None:
        return RowMeasure(label, "money", amounts.currency, amounts.scale)
    return RowMeasure(label, None, None, None)


def _measured_row(cells: list[Cell], column: Column, row: RowMeasure | None, *, percent: bool = False) -> list[Cell]:
    """A row's cells read by what its label says they measure: a share of GDP in a table of amounts is a share, an
    amount in a currency an amount in it."""
    if row is None or column.kind == "change":
        return cells
    if row.kind == "money" and row.currency and percent:
        # '| Operating margin | 13.0% |' in a table of amounts: a share of the row's whole, no amount
        return [replace(cell, kind="share_of_total", currency=None, scale=None) for cell in cells]
    if row.kind == "money" and row.currency:
        return [replace(cell, kind="money", currency=row.currency, scale=row.scale) for cell in cells]
    if row.kind == "change" and row.currency:
        return [replace(cell, kind="change", currency=row.currency, scale=row.scale) for cell in cells]
    if row.kind not in ROW_KINDS and row.kind != "change":
        return cells
    return [replace(cell, kind=row.kind, currency=None, scale=None) for cell in cells]


def _change_cell(column: Column, cell: str, row: RowMeasure | None) -> list[Cell] | None:
    """A change column's cell: '+20.3 (+32.5%)' (a change in the row's amounts, then in per cent), '+0.4 pp' (in
    points of a share); a change in amounts is read only when the row says its currency."""
    match = CHANGE_CELL.match(cell)
    if column.kind != "change" or not match or _in_percent(column.label):
        return None
    if row is None and not (match.group("points") or match.group("second")):
        return None  # a bare number of a change column: its column's
    found: list[Cell] = []
    first = float(match.group("first").replace("−", "-"))
    if match.group("points"):
        found.append(Cell(first, "change", None, None, column.period, column.qualifiers))
    elif row is not None and row.kind == "money" and row.currency:
        found.append(Cell(first, "change", row.currency, row.scale, column.period, column.qualifiers))
    if match.group("second"):
        second = float(match.group("second").replace("−", "-"))
        found.append(Cell(second, "change", None, None, column.period, column.qualifiers, figure=1))
    return found


def _in_percent(label: str) -> bool:
    """'Change (%)', 'Real-terms change (per cent)': a header saying its figures are percentages, by sign or in words
    (data: percent_signs)."""
    if "%" in label:
        return True
    words = plain_words(label)
    signs = cues().percent_signs
    return any(signs.starting_at(words, at) for at in range(len(words)))


def _dating_column(columns: list[Column], rows: list[tuple[int, str, list[str]]]) -> int | None:
    """'| Country | Target (% of GDP) | Target year |': a column after the first, headed by a word naming a year and
    holding years in most of its rows ('2030', 'fiscal year 2025–26', '—' for none), dates its row's figures (its own
    cell too: the year is the target's); its index, else None."""
    year_words = frozenset(cues().raw.year_column_words)
    for at, column in enumerate(columns[1:], start=1):
        if column.kind != "other" or not year_words & {fold(word) for word in re.findall(r"[A-Za-z]+", column.label)}:
            continue
        texts = [cells[at] for _, _, cells in rows if at < len(cells) and not _separator_row(cells)]
        if texts and 2 * sum(_cell_year(text) is not None for text in texts) >= len(texts):
            return at
    return None


def _only_dates(label: str) -> bool:
    """A dating column headed by a plain year word alone ('Year'), not by what the year is of ('Target year',
    'Deadline': a goal's date, a figure of its own)."""
    words = plain_words(label)
    return bool(words) and set(words) <= set(cues().raw.plain_year_columns)


@dataclass(frozen=True)
class RowColumns:
    """The columns saying something of their row rather than stating figures: the currency its amounts are in
    ('DKK'), the year they are of ('| Target year |', '| year |'), what kind of figures they are ('| status |' over
    'estimate')."""

    currency: int | None
    dating: int | None
    status: int | None

    @classmethod
    def of(cls, columns: list[Column], rows: list[tuple[int, str, list[str]]]) -> RowColumns:
        return cls(_currency_column(rows), _dating_column(columns, rows), _status_column(columns, rows))

    def currency_of(self, cells: list[str]) -> str | None:
        return cells[self.currency] if self.currency is not None and self.currency < len(cells) else None

    def date_of(self, cells: list[str]) -> str | None:
        return _cell_year(cells[self.dating]) if self.dating is not None and self.dating < len(cells) else None

    def year_and_marks(self, label: str, cells: list[str]) -> tuple[str | None, tuple[str, ...]]:
        """The row's year and qualifiers as its label says them (`label_year`), with what its status cell says."""
        year, marks = label_year(label)
        status = _note_qualifiers(cells[self.status]) if self.status is not None and self.status < len(cells) else ()
        return year, tuple(dict.fromkeys((*marks, *status)))

    def figure_cells(self, columns: list[Column], cells: list[str]) -> list[tuple[int, Column, str]]:
        """Each cell after the row's label with its place and column; a column headed by a period's name alone
        ('| Year |' over '2023') gives the row's period, no figure of its own (a 'Target year' cell is the target's
        deadline, a figure)."""
        return [
            (at, column, text)
            for at, (column, text) in enumerate(zip(columns[1:], cells[1:], strict=False), start=1)
            if not (at == self.dating and _only_dates(column.label))
        ]


def _status_column(columns: list[Column], rows: list[tuple[int, str, list[str]]]) -> int | None:
    """'| country | year | status |' over 'final' and 'estimate': a column after the first whose cells are a word or
    two each, some of them saying what kind of figures the row's are (an estimate, provisional: the qualifier
    cues); its index, else None."""
    for at in range(1, len(columns)):
        texts = [cells[at].strip() for _, _, cells in rows if at < len(cells) and not _separator_row(cells)]
        worded = bool(texts) and all(STATUS_CELL.fullmatch(text) for text in texts)
        if worded and any(_note_qualifiers(text) for text in texts):
            return at
    return None


def _cell_year(cell: str) -> str | None:
    """The year or fiscal year a dating column's cell gives ('2030', 'fiscal year 2025–26': '2025-26'), else None."""
    return label_year(re.sub(r"^[^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_]+)*\s+(?=\d)", "", cell.strip()))[0]


def _dated_by_row(column: Column, row_date: str | None) -> Column:
    """A column naming no year of its own ('Target (% of GDP)') is of the year its row's dating column gives."""
    return replace(column, period=row_date) if row_date and not YEAR.search(_years_written(column.label)) else column


def _cell_figures(
    column: Column,
    cell: str,
    subject: str | None,
    year: int | None,
    row: RowMeasure | None = None,
    *,
    amounts_alone: bool = False,
) -> list[Cell]:
    """A number alone is read by its column; a phrase ('PLN 186.6 billion (2025)', '3.5% of GDP by 2029', '2%
    sustained, 5% by 2035') of a row naming an entity is read as a sentence about that entity, each of its figures
    with its own kind and period (the column's when it states none); an amount alone ('€9.75bn') in a row that is a
    year's or a named thing's (`amounts_alone`) as it writes itself."""
    changes = _change_cell(column, cell, row)
    if changes is not None:
        return changes
    noted = CELL_NOTE.match(cell)
    marks = _note_qualifiers(noted.group("note") or noted.group("word")) if noted else ()
    if noted and marks:
        cell = noted.group("cell")
        column = replace(column, qualifiers=tuple(dict.fromkeys((*column.qualifiers, *marks))))
    cell_number = CELL_NUMBER.match(cell)
    if cell_number:
        number = cell_number.group("number").replace(",", "").replace(" ", "")
        value = float(number.replace("−", "-").replace("–", "-"))
        kind = _cell_kind(column, cell, value)
        return [Cell(value, kind, column.currency, column.scale, column.period, column.qualifiers)]
    ranged = _range_cells(column, cell)
    if ranged:
        return ranged
    if subject is None:
        return _lone_amount(column, cell) if amounts_alone else []
    context = Context(subject=subject, paragraph_subject=subject, section_subject=subject)
    return [
        Cell(
            stated.figure.value,
            stated.kind,
            stated.figure.currency,
            stated.figure.scale,
            stated.period or column.period,
            tuple(stated.qualifiers),
            number,
        )
        for number, stated in enumerate(SentenceReader(cell, context, year).statements())
        if stated.kind in UNITS or stated.kind in {"share_of_total", "change"}
    ]


def _lone_amount(column: Column, cell: str) -> list[Cell]:
    """'£71.0bn', 'EUR 4.2 billion', '~€50bn' (about): a cell holding one amount of money and nothing else, in a year's
    row or a row of a thing the document named, is the column's figure as its own currency and scale write it; a cell
    saying more is left unread, as it may name someone else."""
    amount = lone_amount(FOOTNOTE.sub("", cell))
    if amount is None:
        return []
    about = ("approximate",) if cell.lstrip().startswith(APPROXIMATE_MARKS) else ()
    qualifiers = tuple(dict.fromkeys((*column.qualifiers, *about)))
    return [Cell(amount.value, "money", amount.currency, amount.scale, column.period, qualifiers)]


def _range_cells(column: Column, cell: str) -> list[Cell]:
    """'2.4–2.5%': a range's two figures, read by the column, the lowest a minimum of the figure it gives and the
    highest its maximum; none for two years ('2014–2024' is a span) or bounds the wrong way round."""
    found = RANGE_CELL.match(cell)
    if not found or YEAR.fullmatch(found.group("low")):
        return []
    low, high = (float(found.group(name).replace(",", "")) for name in ("low", "high"))
    if low >= high:
        return []
    return [
        Cell(
            value,
            _cell_kind(column, cell, value),
            column.currency,
            column.scale,
            column.period,
            (*column.qualifiers, bound),
            figure,
        )
        for figure, (value, bound) in enumerate(zip((low, high), RANGE_BOUNDS, strict=True))
    ]


def table_facts(
    document: Document,
    prose: ProseDocument,
    region: Span,
    number: int,
    default_period: str | None,
    context_subject: str | None,
    captions: tuple[str, ...] = (),
    stated_currency: str | None = None,
    things: frozenset[str] = frozenset(),
) -> list[Fact]:
    """A fact per figure of a cell; a row labelled by a year is that year's row of the section's subject, one labelled
    by a thing the document named before (`things`: a company, a unit the entity list does not know) that thing's.
    `captions`: the texts introducing the table, nearest first (the block just before it, its heading, the
    document's title)."""
    header, rows = _header_and_rows(prose, region)
    if header[:1] == [CARD_TOP]:
        return _card_facts(document, prose, rows, number, context_subject, default_period)
    if _is_infobox(header, rows):
        return _infobox_facts(document, prose, rows, number, _infobox_subject(header[0], context_subject))
    if _is_key_figures(header, rows):
        return key_figure_facts(document, prose, rows, number, default_period)
    # cells written with decimal commas are read the English way before anything weighs them ('43,9' of a breakdown)
    rows = figures_in_english(rows)
    numbered = _numbered_rows(header, rows)
    if numbered:
        # a column of row numbers headed by no rank ('#', 'No.') only counts the rows
        places = _column(header[0], default_period).kind == "rank"
        header = _names_first(header)
        rows = [(offset, line, _names_first(cells, "" if not places else None)) for offset, line, cells in rows]
    columns = _columns(header, default_period)
    columns = _measured_by_captions(columns, captions, stated_currency, _plain_amounts(columns, rows))
    columns = _units_of_a_captioned_measure(columns, captions)
    legend = _legend(prose, region)
    columns = _noted_columns(_described_by_notes(_parts_of_a_whole(columns, rows), prose.text), prose, region, legend)
    year = int(default_period[:4]) if default_period and default_period[:4].isdigit() else None
    facts: list[Fact] = []
    row_number = 0
    measures = context_subject is not None and (
        _measure_rows(rows, columns) or _parts_of_whom(rows, columns, context_subject)
    )
    lettered = _letter_marks(prose, region)
    roles = RowColumns.of(columns, rows)
    whole = _whole_of_parts(rows, context_subject)
    table_owner = _one_owner(columns)
    coded = _coded_rows(rows)
    for offset, line, cells in rows:
        if _separator_row(cells):
            continue
        row_number += 1
        label = cells[0]
        row_year, qualifiers = roles.year_and_marks(label, cells)
        noted, noted_year = _noted_entity(label) if not (row_year or measures) else (None, None)
        subject = (
            context_subject if row_year or measures else label_subject(label) or coded.get(label.strip(" *_")) or noted
        )
        subject = whole if subject is None and whole and _total_label(label) else subject
        if measures and _names_gdp_itself(label):
            continue
        row = _row_measure(label, columns) if measures else None
        span = _line_span(line, offset)
        row_marks, cell_marks = _row_marks(lettered.get(offset) or _marked(line, legend), numbered=numbered)
        row_currency, row_date = roles.currency_of(cells), roles.date_of(cells)
        for at, column, text in roles.figure_cells(columns, cells):
            locator = f"table {number}, row {row_number} ({label}), column '{column.label}'"
            citation = _line_citation(document, prose, span, locator, label, column.label)
            dated = _dated_by_row(column, row_date)
            dated = replace(dated, period=noted_year) if noted_year else dated
            alone = bool(row_year) or (subject is None and label in things)
            read = _cell_figures(dated, text, None if row_year or row else subject, year, row, amounts_alone=alone)
            whose = _whose_cells(column, subject, table_owner) if row_year else subject
            for cell in _in_currency(_measured_row(read, column, row, percent=text.endswith("%")), row_currency):
                key = f"{document.id}|{span.start}|{column.label}" + (f"|{cell.figure}" if cell.figure else "")
                marked = cell_marks[at] if at < len(cell_marks) else ()
                marks = tuple(dict.fromkeys((*qualifiers, *cell.qualifiers, *row_marks, *marked)))
                facts.append(
                    Fact(
                        id=hashlib.sha256(key.encode()).hexdigest()[:16],
                        subject=whose or label,
                        measure=f"open:{cell.kind}",
                        value=cell.value,
                        unit=_unit(cell.kind, text, column.label),
                        currency=cell.currency,
                        scale=cell.scale,
                        text=text,
                        period=row_year or cell.period,
                        qualifiers=marks,
                        estimate="estimate" in marks,
                        citation=citation,
                        measure_text=_measure_text(column, row),
                        measure_kind=cell.kind,
                        recognised=whose is not None and cell.period is not None,
                        open_only=True,
                    )
                )
    return facts


def _noted_columns(
    columns: list[Column], prose: ProseDocument, region: Span, legend: dict[str, tuple[str, ...]]
) -> list[Column]:
    """'| Ally | 2023 | 2024¹ |' over '¹ Estimates submitted by …': what the note marking a column's header says of
    its figures (an estimate) qualifies each of them; a note on a label spanning columns ('|  | 2024¹ |  |') each
    column under it."""
    lines = [line for _, line in _lines(prose.text, region.start, region.end) if line.strip()]
    if not legend or not lines or not _is_row(lines[0]):
        return columns
    said, noted = "", ()
    marked: list[tuple[str, ...]] = []
    for at, (cell, marks) in enumerate(zip(_cells(lines[0]), _marked(lines[0], legend), strict=False)):
        if cell or not at:
            said, noted = cell, marks
        # an empty cell is headed by the label before it when the header has two levels ('2024 USD mn')
        spans = at < len(columns) and bool(said) and columns[at].label.startswith(said)
        marked.append(noted if spans else ())
    return [
        replace(column, qualifiers=tuple(dict.fromkeys((*column.qualifiers, *marked[at]))))
        if at and at < len(marked) and marked[at]
        else column
        for at, column in enumerate(columns)
    ]


def _row_marks(cell_marks: list[tuple[str, ...]], *, numbered: bool) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """What the notes marking a row's label say of each of its figures, and each cell's marks (a numbered row's name
    first)."""
    cell_marks = _names_first(cell_marks) if numbered else cell_marks
    return (cell_marks[0] if cell_marks else ()), cell_marks


def _coded_rows(rows: list[tuple[int, str, list[str]]]) -> dict[str, str]:
    """'| DE | 1.19 | 2.12 |', '| IT | 1.14 | 1.49 |': a table whose rows are each labelled by a country's two-letter
    code in capitals (a total row aside), two or more, names each row's country by its code ('IT' too, beside the
    others); a code among other labels ('| IT | 2.1 |' in a budget's lines) names no one."""
    codes = entity_tables().codes
    labels = [cells[0].strip(" *_") for _, _, cells in rows if cells and not _separator_row(cells)]
    named = [label for label in labels if not _total_label(label)]
    if len(named) < MINIMUM_CODED_ROWS or any(label not in codes for label in named):
        return {}
    return {label: codes[label] for label in named}


def _total_label(label: str) -> bool:
    """'Total', '**Total**', 'Grand total': the row adding up the rows above it."""
    return fold(label.strip(" *_")) in TOTAL_LABELS


def _whole_of_parts(rows: list[tuple[int, str, list[str]]], context_subject: str | None) -> str | None:
    """'| Land Forces | 38.6 | 31.1% |' … '| **Total** | **124.3** | **100.0%** |' under a section on Poland's budget:
    rows naming no entity are parts of the section's subject, so their total row is that subject's; a total of rows
    of countries is none of theirs."""
    if context_subject is None:
        return None
    labels = [cells[0] for _, _, cells in rows if cells and not _separator_row(cells)]
    return None if any(label_subject(label) or _noted_entity(label)[0] for label in labels) else context_subject


def _noted_entity(label: str) -> tuple[str | None, str | None]:
    """'Australia (2025–26)', 'Japan (FY2025)', 'United States (NATO, 2024)': the entity a row label names before a
    note in brackets, and the one year or fiscal year the note names (the year of the row's figures), else None."""
    noted = NOTED_LABEL.match(label)
    subject = label_subject(noted.group("name")) if noted else None
    if noted is None or subject is None:
        return None, None
    note = _years_written(noted.group("note"))
    years = {found.group("year") for found in YEAR.finditer(note)}
    year = _fiscal_year(note) or (years.pop() if len(years) == 1 else None)
    return subject, year


def _numbered_rows(header: list[str], rows: list[tuple[int, str, list[str]]]) -> bool:
    """'| Rank | Country | Spending (US$ bn) |' with rows '| 1 | United States | 997 |': the first column numbers the
    rows and the second names them (no figure in any of its cells), so the second is the rows' label."""
    body = [cells for _, _, cells in rows if not _separator_row(cells)]
    if len(header) < MIN_CELLS + 1 or len(body) < LIST_ROWS or any(len(cells) < MIN_CELLS + 1 for cells in body):
        return False
    # a total under the ranked rows has no place ('| | World total | 2718 |')
    numbered = [cells for cells in body if cells[0].strip()]
    numbers = len(numbered) >= LIST_ROWS and all(ROW_NUMBER.fullmatch(cells[0].strip()) for cells in numbered)
    return numbers and all(cells[1].strip() and not re.search(r"\d", cells[1]) for cells in body)


def _names_first(cells: list[Cells], number: Cells | None = None) -> list[Cells]:
    """A numbered row's cells with its name first and its number after it, as a column of places (or `number` in
    its stead)."""
    if len(cells) < MIN_CELLS:
        return cells
    return [cells[1], cells[0] if number is None else number, *cells[2:]]


def _letter_marks(prose: ProseDocument, region: Span) -> dict[int, list[tuple[str, ...]]]:
    """A fixed-width table's cells' qualifiers by the notes their letters point to ('15.4 e', note 'e  IDES estimate':
    an estimate), each row's by its line's offset; none for a table of another kind."""
    table = read_fixed_width(prose.text, region.start, region.end)
    if table is None:
        return {}
    notes = {
        mark: _note_qualifiers(words) for mark, words in letter_notes(prose.text, region.start, region.end).items()
    }
    return {
        offset: [tuple(dict.fromkeys(q for mark in marks for q in notes.get(mark, ()))) for marks in row_marks]
        for (offset, _, _), row_marks in zip(table.rows, table.marks, strict=True)
    }


def _currency_column(rows: list[tuple[int, str, list[str]]]) -> int | None:
    """The column giving each row's currency by its code ('| Denmark | DKK | 68,714 |'): the amounts of the row are in
    it when their column says a scale only ('NC million', 'national currency, million')."""
    codes = set(cues().raw.currency_codes)
    width = min((len(cells) for _, _, cells in rows), default=0)
    for at in range(1, width):
        said = [cells[at] for _, _, cells in rows if cells[at]]
        if said and all(code in codes for code in said):
            return at
    return None


def _in_currency(cells: list[Cell], currency: str | None) -> list[Cell]:
    """A row's amounts in the currency its currency column gives, when their column names none."""
    if currency is None:
        return cells
    return [replace(cell, currency=currency) if cell.kind == "money" and not cell.currency else cell for cell in cells]


# An infobox's value: a figure, maybe approximate ('c. 216,000'), maybe with the year and a note on it in brackets
# ('PLN 186.6 billion (2025)', '4.7% (2025, planned)').
INFOBOX_VALUE = re.compile(
    r"^(?P<circa>(?:c|ca)\.\s*|[~≈]\s*)?(?P<figure>[^()]*?\d[^()]*?)\s*(?:\((?P<note>[^()]*)\))?$"
)
DAY_OF_MONTH = 31  # a number beside a year in a date ('12 March 1999') is its day
NOT_A_DATE = re.compile(r"\d[.,]\d|%")  # a decimal, a thousands separator or a percentage is a figure


def _is_infobox(header: list[str], rows: list[tuple[int, str, list[str]]]) -> bool:
    """A page's infobox: a table of two columns whose header names the page's subject over an empty cell
    ('| Polish Armed Forces | |'), each row a key and its value ('| **Active personnel** | c. 216,000 (2025) |')."""
    return len(header) == 2 and bool(header[0]) and not header[1] and all(len(cells) == 2 for _, _, cells in rows)


def _is_key_figures(header: list[str], rows: list[tuple[int, str, list[str]]]) -> bool:
    """A sidebar of key figures: a table of two columns under an empty header, each row a figure, then the words
    saying what it is ('| **214** | member companies, May 2025 |', '| **34%** | Ukraine's military spending as a
    share of GDP, 2024 |')."""
    entries = [cells for _, _, cells in rows if not _separator_row(cells)]
    return (
        len(header) == 2
        and not any(header)
        and bool(entries)
        and all(len(cells) == 2 and _a_figure(cells[0]) and MEASURE_WORD.search(cells[1]) for cells in entries)
    )


def _a_figure(cell: str) -> bool:
    """A cell that is one figure: a number, maybe with its currency, scale or percent sign ('€11.2bn', '38,500')."""
    return bool(re.fullmatch(r"[^\s\d]{0,3}\s?\d[\d,.]*\s?(?:%|[A-Za-z]{0,8})", cell.strip()))


def key_figure_facts(
    document: Document,
    prose: ProseDocument,
    rows: list[tuple[int, str, list[str]]],
    number: int,
    default_period: str | None,
) -> list[Fact]:
    """A sidebar's key figures read as cards: each figure measured by its words, of the entity they name and of the
    year they name, else the page's. A row naming no one is left unread: a sidebar gathers figures of many owners
    ('| **589** | vehicles ordered |' is the programme's, not the country the page is mostly about), and a figure is
    never pinned on someone its text does not name."""
    facts = []
    entries = [(offset, line, cells) for offset, line, cells in rows if not _separator_row(cells)]
    for row_number, (offset, line, (figure, words)) in enumerate(entries, start=1):
        # "members' combined turnover": a weak name ('members') is the page's own, not the alliance's
        named = [m for m in SentenceReader(words, Context(), None).mentions if not (m.source or m.aside or m.weak)]
        if not named:
            continue
        row = [(offset, line, [words, figure])]
        facts += _card_facts(document, prose, row, number, named[0].name, default_period, first_row=row_number)
    return facts


def _infobox_subject(title: str, context_subject: str | None) -> str | None:
    """Whom an infobox is of: the entity its title names ('Polish Armed Forces': Poland's), else the page's."""
    named = label_subject(title) or canonical_subject(title)
    return named if named in entity_tables().entries else context_subject


BRACKETED_IN_KEY = re.compile(r"\(([^()]*)\)")


def _named_part(key: str) -> bool:
    """A key that is a name, each word capitalised ('Territorial Defence Force'): the value is of that part of the
    subject, not a measure of the subject's own."""
    words = key.split()
    return len(words) > 1 and all(word[:1].isupper() for word in words)


def _infobox_cell(key: str, value: str, part: bool) -> Cell | None:
    """An infobox row's figure, measured by its key ('Percent of GDP', 'Active personnel') unless the value says its
    unit itself (a currency), a whole number of a named part its strength (a count): a date when the value is a
    date alone ('November 1918', 'Suspended since 2009'), else a figure with its year and its note in brackets."""
    numbers = [int(n) for n in re.findall(r"\d+", value)]
    years = [int(year.group("year")) for year in YEAR.finditer(value)]
    # '13th[3]', a rank with its reference mark, names no year: no date
    dated = len(years) == 1 and not NOT_A_DATE.search(value)
    if dated and all(n == years[0] or n <= DAY_OF_MONTH for n in numbers[:3]):
        return Cell(float(years[0]), "date", None, None, str(years[0]), ())
    read = INFOBOX_VALUE.match(value)
    if read is None:
        return None
    figure = read.group("figure")
    amount = _column(figure, None)
    number = CELL_NUMBER.search(re.sub(r"^[^\d~≈+\-−]*|[^\d%]*$", "", figure))
    if number is None:
        return None
    key_kind = _column(key, None).kind
    if amount.currency:
        kind = "money"
    elif "%" in figure:
        kind = key_kind if key_kind in PERCENT_KINDS else "other"
    else:
        kind = key_kind if key_kind in {"count", "rank"} else "count" if part and "." not in figure else "other"
    note = read.group("note") or ""
    year = YEAR.search(note)
    words = [fold(word) for word in re.findall(r"[A-Za-z]+", figure)]
    approximate = read.group("circa") or cues().qualifiers["approximate"].within(words, 0, len(words))
    marks = (*(("approximate",) if approximate else ()), *_note_qualifiers(note))
    value_read = float(number.group("number").replace(",", "").replace("−", "-"))
    if kind == "count" and amount.scale:
        value_read *= amount.scale  # '3.42 million' people: a headcount is stated whole, as a sentence's is
    currency, scale = (amount.currency, amount.scale) if kind == "money" else (None, None)
    return Cell(value_read, kind, currency, scale, year.group("year") if year else None, marks)


def _infobox_facts(
    document: Document,
    prose: ProseDocument,
    rows: list[tuple[int, str, list[str]]],
    number: int,
    subject: str | None,
    *,
    first_row: int = 1,
) -> list[Fact]:
    """A fact per figure of an infobox: each row a fact of the infobox's subject (or of the part its key names),
    its measure the key, its period the year in brackets."""
    facts: list[Fact] = []
    entries = [(offset, line, cells) for offset, line, cells in rows if not _separator_row(cells)]
    for row_number, (offset, line, (key, value)) in enumerate(entries, start=first_row):
        part = _named_part(key) and label_subject(key) is None
        cell = _infobox_cell(key, value, part)
        if cell is None:
            continue
        whose = key if part else subject
        if cell.period is None and (dated := YEAR.search(" ".join(BRACKETED_IN_KEY.findall(key)))) is not None:
            cell = replace(cell, period=dated.group("year"))  # 'Budget (2025)', 'World rank (SIPRI, 2024)'
        span = _line_span(line, offset)
        citation = _line_citation(document, prose, span, f"table {number}, row {row_number} ({key})", key)
        facts.append(
            Fact(
                id=hashlib.sha256(f"{document.id}|{span.start}|infobox".encode()).hexdigest()[:16],
                subject=whose or key,
                measure=f"open:{cell.kind}",
                value=cell.value,
                unit=Unit.DATE if cell.kind == "date" else UNITS.get(cell.kind, Unit.PERCENT),
                currency=cell.currency,
                scale=cell.scale,
                text=value,
                period=cell.period,
                qualifiers=cell.qualifiers,
                estimate="estimate" in cell.qualifiers,
                citation=citation,
                measure_text=key,
                measure_kind=cell.kind,
                recognised=whose is not None and cell.period is not None,
                open_only=True,
            )
        )
    return facts


def _card_facts(
    document: Document,
    prose: ProseDocument,
    rows: list[tuple[int, str, list[str]]],
    number: int,
    subject: str | None,
    default_period: str | None,
    *,
    first_row: int = 1,
) -> list[Fact]:
    """A row of cards read as an infobox of the page's subject, each card's figure measured by its words and of the
    year they name ('national defence funding in 2024'), else of the page's year ('+13 % increase on 2023': the
    page's); the cards standing on one line are told apart by their words."""
    facts = []
    for fact in _infobox_facts(document, prose, rows, number, subject, first_row=first_row):
        named = YEAR.search(fact.measure_text or "")
        # 'increase on 2023': the year a change's words name is the one it is measured from, not its own
        own = named.group("year") if named and fact.measure_kind != "change" else None
        period = fact.period or own or default_period
        key = f"{fact.id}|{fact.measure_text}"
        identity = hashlib.sha256(key.encode()).hexdigest()[:16]
        facts.append(fact.model_copy(update={"id": identity, "period": period, "recognised": period is not None}))
    return facts


def _line_citation(
    document: Document, prose: ProseDocument, span: Span, locator: str, row: str, column: str | None = None
) -> Citation:
    """A table cell cited by its line, quoted as written, with its row's label and its column's."""
    quote = prose.text[span.start : span.end]
    return Citation(document=document.id, locator=locator, quote=quote, span=span, row_label=row, column_label=column)


def _line_span(line: str, offset: int) -> Span:
    """Where a table's line stands in the document, without its surrounding spaces."""
    return Span(start=offset + (len(line) - len(line.lstrip())), end=offset + len(line.rstrip()))
