"""Answers as terminal text: no Markdown, each citation printed once under the answer, long lists cut.

It reads only `Answer.answer` (Discord Markdown with inline citations), `headline`, `citations`,
`calculation`, `suggestions`, `band` and `confidence`, so it can follow the engine wherever it goes.
`python -m knowledge ask` uses it on a terminal and local mode for every reply.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from knowledge.models import Answer, Band

LIST_ROWS = 10
_EMPHASIS = re.compile(r"(\*\*|__|~~)(.+?)\1|(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_ESCAPE = re.compile(r"\\([\\*_`~|>#-])")
_INLINE_CITATION = re.compile(r" — \*(?P<title>[^*\n]+)\*, (?P<locator>[^:\n]+?): “(?P<quote>[^”\n]*)”")
_LIST_ROW = re.compile(r"^\s*(?:\d+\.|•|-)\s")
_TABLE_ROW = re.compile(r"^(?P<number>\d+)\. (?P<name>.+?) \*\*(?P<value>[^*]+)\*\*\s*(?P<rest>.*)$")
BOLD, RESET = "\x1b[1m", "\x1b[0m"


@dataclass(frozen=True)
class Source:
    title: str
    locator: str
    quote: str = ""


def plain(markdown: str, *, bold: bool = False) -> str:
    """Discord Markdown as terminal text: emphasis markers and backslash escapes removed (bold kept on request)."""
    escaped: list[str] = []

    def hide(match: re.Match[str]) -> str:
        escaped.append(match.group(1))
        return f"\ue000{len(escaped) - 1}\ue001"

    def emphasise(match: re.Match[str]) -> str:
        text = match.group(2) or match.group(3)
        return f"{BOLD}{text}{RESET}" if bold and match.group(1) == "**" else text

    text = _ESCAPE.sub(hide, markdown)
    text = _EMPHASIS.sub(emphasise, text)
    return re.sub("\ue000(\\d+)\ue001", lambda m: escaped[int(m.group(1))], text)


def pull_citations(text: str, sources: list[Source]) -> str:
    """Replace each inline "— *Title*, locator: “quote”" with a [n] marker, adding its source to `sources`."""

    def marker(match: re.Match[str]) -> str:
        found = Source(match["title"], match["locator"].strip(), match["quote"])
        for number, known in enumerate(sources, start=1):
            if (known.title, known.locator) == (found.title, found.locator):
                if not known.quote:
                    sources[number - 1] = found
                return f" [{number}]"
        sources.append(found)
        return f" [{len(sources)}]"

    return _INLINE_CITATION.sub(marker, text)


def align_rows(rows: Sequence[str]) -> list[str]:
    """Numbered "N. Name **value** (where)" rows as columns; other rows as they are."""
    parsed = [_TABLE_ROW.match(row) for row in rows]
    if not all(parsed):
        return list(rows)
    matches = [m for m in parsed if m is not None]
    number = max(len(m["number"]) for m in matches)
    name = max(len(m["name"]) for m in matches)
    value = max(len(m["value"]) for m in matches)
    return [
        f"{m['number']:>{number}}. {m['name']:<{name}}  {m['value']:>{value}}  {m['rest']}".rstrip() for m in matches
    ]


def cut_lists(lines: Sequence[str], limit: int = LIST_ROWS) -> list[str]:
    """Each run of list rows aligned and cut at `limit` rows, with "… and N more"."""
    result: list[str] = []
    run: list[str] = []

    def flush() -> None:
        shown = align_rows(run[:limit])
        result.extend(shown)
        if len(run) > limit:
            result.append(f"   … and {len(run) - limit} more")
        run.clear()

    for line in lines:
        if _LIST_ROW.match(line):
            run.append(line)
            continue
        if run:
            flush()
        result.append(line)
    if run:
        flush()
    return result


def wrap(lines: Sequence[str], width: int | None) -> list[str]:
    if not width:
        return list(lines)
    wrapped: list[str] = []
    for line in lines:
        indent = re.match(r"\s*(?:\d+\.\s+|•\s+|\[\d+\]\s+)?", line)
        hanging = " " * len(indent.group(0)) if indent else ""
        wrapped.extend(textwrap.wrap(line, width, subsequent_indent=hanging, break_on_hyphens=False) or [""])
    return wrapped


def source_lines(sources: Sequence[Source]) -> list[str]:
    lines: list[str] = []
    for number, source in enumerate(sources, start=1):
        lines.append(f"[{number}] {plain(source.title)}, {source.locator}")
        if source.quote:
            lines.append(f"    “{source.quote.strip()}”")
    return lines


def render_text(markdown: str, sources: list[Source], *, rows: int = LIST_ROWS, bold: bool = False) -> list[str]:
    """Answer-like Markdown as plain lines, citations pulled out into `sources`, lists aligned and cut."""
    text = pull_citations(markdown, sources)
    return [plain(line, bold=bold) for line in cut_lists(text.splitlines(), rows)]


def render_answer(answer: Answer, *, width: int | None = None, bold: bool = False, rows: int = LIST_ROWS) -> str:
    """The whole answer for a terminal: headline, text with [n] markers, sources, calculation, confidence."""
    sources: list[Source] = []
    lines: list[str] = []
    if answer.band in (Band.ANSWER, Band.PARTIAL) and answer.headline:
        headline = plain(answer.headline)
        lines += [f"{BOLD}{headline}{RESET}" if bold else headline, ""]
    lines += render_text(answer.answer, sources, rows=rows, bold=bold)
    for citation in answer.citations:
        known = {(source.title, source.locator) for source in sources}
        if (citation.title, citation.locator) not in known and citation.locator not in answer.answer:
            sources.append(Source(citation.title, citation.locator, citation.quote))
    if sources:
        lines += ["", "Sources:", *source_lines(sources)]
    if answer.calculation and answer.calculation not in answer.answer:
        lines += ["", f"Calculation: {plain(answer.calculation)}"]
    if answer.answered:
        lines += ["", f"(confidence {answer.confidence:.0%})"]
    return "\n".join(wrap(lines, width))
