"""A chart described in words: a caption saying what its figures measure, then its labels and figures in a list.

'*Alt text: Line chart of world military spending, US$ billion. 2015: 1,676. 2020: 1,981. 2024: 2,718.*',
'Bar chart, military spending 2024, US$ billion. United States 997; China 314; Russia 149.' — or the caption on a
line of its own and the items on the lines under it. Each item is a fact: a label that is a year dates the figure
(of whom the caption names, else of whom the section is about), a label naming an entity is whose the figure is
(of the year the caption names, else the section's); the caption's measure (an amount in its currency and scale, a
share of GDP) is every figure's. An item whose label names neither, or whose figure disagrees with the caption (a
percentage under a caption of amounts), is left unread: the caption says nothing of it.

A list of key figures is read alike: bullets each opening on its figure, then a dash and the words saying what it is
('- **$2,718 billion** — world military spending in 2024', "- **34%** — Ukraine's spending as a share of GDP"), as a
sidebar's table of key figures is.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from knowledge.figures import FigureKind, find_figures, tokenize
from knowledge.models import Citation, Document, Fact, Span, Unit
from knowledge.prose_tables import MAX_PERCENT, YEAR, caption_measure, key_figure_facts, label_subject, label_year
from knowledge.readers.prose import MARKDOWN_HEADING, ProseDocument
from knowledge.sentence import Context, SentenceReader

# An item's label and figure: a year, maybe with a note in brackets, closed by a colon ('2024 (estimate): 326'), or a
# name of a few words, maybe with a note in brackets and closed by a colon ('United States 997', 'world average 2.5%',
# 'China (est.): 314'); a footnote's star after the figure is no part of it ('2,718*').
ITEM = re.compile(
    r"(?P<label>(?:19|20)\d\d(?:\s*\([^()\d]{1,30}\))?(?=\s*:)"
    r"|[^\W\d_][^\W\d_'’-]*(?:[ '’-]+[^\W\d_]+){0,4}(?:\s*\([^()\d]{1,30}\))?)"
    r"\s*:?\s+(?P<value>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<percent>%)?[*†‡]*"
)
# Where one item ends and the next begins: a semicolon, or a full stop before a space, an emphasis mark or the line's
# end (a decimal point has a digit after it).
SEPARATOR = re.compile(r";|\.(?=[\s*_]|$)")
EMPHASIS_MARKS = "*_ \t"
# A key figure's bullet: the figure right after the marker, maybe emphasised, with its currency, scale or percent sign
# ('$2,718 billion', '37%', 'EUR 40bn'), then a dash set apart by spaces and the words saying what the figure is.
KEY_FIGURE = re.compile(
    r"^\s*[-*+•]\s+(?P<mark>\*\*|__)?(?P<figure>[^\s\d*_]{0,3}\s?\d[\d,.]*\s?(?:%|[A-Za-z]{0,8}))(?P=mark)?"
    r"\s+[—–]\s+(?P<words>\S.*?)\s*$"
)
BULLET = re.compile(r"[ \t]*[-•+][ \t]+")  # a list item's marker opening its line
STATED_KINDS = frozenset({FigureKind.MONEY, FigureKind.PERCENT})  # figures a caption never states
MINIMUM_ITEMS = 2  # one label and figure after a caption is a sentence, not a chart's list
CAPTION_WORDS = 30  # words at most in a caption: a longer text is a paragraph, saying more than what a chart shows


@dataclass(frozen=True)
class Item:
    label: str
    value: float
    percent: bool
    span: Span


@dataclass(frozen=True)
class ChartList:
    """A chart's caption and its items, where the text states them."""

    span: Span
    caption: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class KeyFigures:
    """A list of key figures: each bullet's line, its figure and its words."""

    span: Span
    rows: tuple[tuple[int, str, list[str]], ...]


def key_figure_lists(text: str) -> list[KeyFigures]:
    """Every run of two key figures' bullets or more in a text."""
    found: list[KeyFigures] = []
    rows: list[tuple[int, str, list[str]]] = []
    position = 0
    for raw in [*text.splitlines(keepends=True), ""]:
        line = raw.rstrip("\r\n")
        item = KEY_FIGURE.match(line) if raw else None
        if item:
            rows.append((position, line, [item.group("figure"), item.group("words")]))
        else:
            if len(rows) >= MINIMUM_ITEMS:
                found.append(KeyFigures(Span(start=rows[0][0], end=rows[-1][0] + len(rows[-1][1])), tuple(rows)))
            rows = []
        position += len(raw)
    return found


def _parts(text: str, start: int, end: int) -> list[Span]:
    """The parts of text[start:end] between separators, each without the spaces and emphasis marks around it."""
    parts: list[Span] = []
    position = start
    for found in [*SEPARATOR.finditer(text, start, end), None]:
        stop = found.start() if found else end
        left, right = position, stop
        while left < right and text[left] in EMPHASIS_MARKS:
            left += 1
        while right > left and text[right - 1] in EMPHASIS_MARKS:
            right -= 1
        if right > left:
            parts.append(Span(start=left, end=right))
        position = found.end() if found else end
    return parts


def _item(text: str, part: Span) -> Item | None:
    found = ITEM.fullmatch(text, part.start, part.end)
    if found is None:
        return None
    value = float(found.group("value").replace(",", ""))
    return Item(found.group("label").strip(), value, bool(found.group("percent")), part)


def _trailing_items(text: str, start: int, end: int) -> tuple[int, list[Item]]:
    """The items a line ends with, and where the words before them end (the line's start when it is items only)."""
    parts = _parts(text, start, end)
    items: list[Item] = []
    for part in reversed(parts):
        item = _item(text, part)
        if item is None:
            return part.end, items[::-1]
        items.append(item)
    return start, items[::-1]


def _caption(text: str) -> str | None:
    """A text that may caption a chart: short, saying an amount's currency or a share of GDP, stating no amount or
    percentage of its own ('In 2024, NATO spent USD 1,474 billion.' is a statement, not a caption)."""
    caption = text.strip(EMPHASIS_MARKS + ":")
    if not caption or len(caption.split()) > CAPTION_WORDS or caption_measure(caption, None) is None:
        return None
    stated = [figure for figure in find_figures(tokenize(caption)) if figure.kind in STATED_KINDS]
    return None if stated else caption


def chart_lists(text: str) -> list[ChartList]:
    """Every chart described in words in a text: a line ending in two items or more after its caption, or a caption
    line (a heading too) over lines of items only, maybe a blank line between; a line opened by a bullet or holding
    a table's bar is another reader's."""
    lines: list[tuple[int, int]] = []
    position = 0
    for raw in text.splitlines(keepends=True):
        lines.append((position, position + len(raw.rstrip("\r\n"))))
        position += len(raw)
    found: list[ChartList] = []
    index = 0
    while index < len(lines):
        chart, index = _chart_at(text, lines, index)
        if chart is not None:
            found.append(chart)
    return found


def _chart_at(text: str, lines: list[tuple[int, int]], index: int) -> tuple[ChartList | None, int]:
    """The chart whose caption stands on line `index`, and the line after it; else None and the next line."""
    start, end = lines[index]
    line = text[start:end]
    heading = MARKDOWN_HEADING.match(line)
    if not line.strip() or (_another_readers(line) and not heading):
        return None, index + 1
    cut, items = (end, []) if heading else _trailing_items(text, start, end)
    following = index + 1
    if cut == end and following + 1 < len(lines) and not text[slice(*lines[following])].strip():
        following += 1  # 'Defence spending, EUR billion', a blank line, then its items
    first = following
    # 'Chart data labels (US$ bn):' on a slide, then '- United States: 997': a caption ending its line with a colon
    # introduces the bullets under it, each a label and its figure
    bulleted = not heading and cut == end and line.rstrip(EMPHASIS_MARKS).endswith(":")
    while following < len(lines) and (more := _items_only(text, *lines[following], bulleted=bulleted)):
        items += more
        following += 1
    if following == first:
        following = index + 1
    caption = _caption(MARKDOWN_HEADING.sub("", text[start:cut])) if cut > start else None
    if caption is None or len(items) < MINIMUM_ITEMS:
        return None, index + 1
    return ChartList(Span(start=start, end=lines[following - 1][1]), caption, tuple(items)), following


def _another_readers(line: str) -> bool:
    """A line another reader reads: a table's row, a bullet, a quote, a heading."""
    return "|" in line or line.lstrip()[:1] in "-+•>#"


def _items_only(text: str, start: int, end: int, *, bulleted: bool = False) -> list[Item]:
    """The items of a line that holds nothing else (after its bullet, under a caption introducing bullets), else
    none."""
    bullet = BULLET.match(text, start, end) if bulleted else None
    start = bullet.end() if bullet else start
    line = text[start:end]
    if not line.strip() or _another_readers(line):
        return []
    cut, items = _trailing_items(text, start, end)
    return items if cut == start else []


def _caption_subject(caption: str, year: int | None) -> str | None:
    """Whom a caption names ('world military spending', "EU member states' defence expenditure"), else None."""
    reader = SentenceReader(caption, Context(), year)
    return next((m.name for m in reader.mentions if not (m.source or m.aside or m.weak)), None)


def _item_subject(label: str, year: int | None) -> str | None:
    """The entity an item's label names ('United States', 'world average': the world's), else None."""
    return label_subject(label) or _caption_subject(label, year)


def listed_facts(
    document: Document,
    prose: ProseDocument,
    listed: ChartList | KeyFigures,
    number: int,
    default_period: str | None,
    context_subject: str | None,
    stated_currency: str | None = None,
) -> list[Fact]:
    """The facts of a chart described in words or of a list of key figures."""
    if isinstance(listed, KeyFigures):
        return key_figure_facts(document, prose, list(listed.rows), number, default_period)
    return chart_list_facts(document, prose, listed, number, default_period, context_subject, stated_currency)


def chart_list_facts(
    document: Document,
    prose: ProseDocument,
    chart: ChartList,
    number: int,
    default_period: str | None,
    context_subject: str | None,
    stated_currency: str | None = None,
) -> list[Fact]:
    """A fact per item of a chart described in words, measured by its caption."""
    measure = caption_measure(chart.caption, stated_currency)
    if measure is None:
        return []
    kind, currency, scale, said = measure
    years = {year.group("year") for year in YEAR.finditer(chart.caption)}
    caption_period = years.pop() if len(years) == 1 else default_period
    year = int(caption_period[:4]) if caption_period and caption_period[:4].isdigit() else None
    caption_subject = _caption_subject(chart.caption, year) or context_subject
    facts: list[Fact] = []
    for row, item in enumerate(chart.items, start=1):
        if item.percent != (kind != "money") or (kind != "money" and item.value > MAX_PERCENT):
            continue  # a percentage under a caption of amounts, an amount under one of shares
        item_year, qualifiers = label_year(item.label)
        subject = caption_subject if item_year else _item_subject(item.label, year)
        period = item_year or caption_period
        if subject is None:
            continue
        quote = prose.text[item.span.start : item.span.end]
        citation = Citation(
            document=document.id,
            locator=f"chart {number}, item {row} ({item.label})",
            quote=quote,
            span=item.span,
            row_label=item.label,
            column_label=said,
        )
        key = f"{document.id}|{item.span.start}|chart"
        facts.append(
            Fact(
                id=hashlib.sha256(key.encode()).hexdigest()[:16],
                subject=subject,
                measure=f"open:{kind}",
                value=item.value,
                unit=Unit.MONEY if kind == "money" else Unit.PERCENT_OF_GDP,
                currency=currency,
                scale=scale,
                text=quote,
                period=period,
                qualifiers=qualifiers,
                estimate="estimate" in qualifiers,
                citation=citation,
                measure_text=chart.caption,  # what the chart shows and in what ('military spending 2024, US$ billion')
                measure_kind=kind,
                recognised=period is not None,
                open_only=True,
            )
        )
    return facts
