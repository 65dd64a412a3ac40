"""A data file's readme written as comment lines above its rows ('# Unit:  share_gdp_pct  defence expenditure as %
of …', a '#' alone between its parts), as data exports and extracts put it.

Read as it stands, the readme is one paragraph running into the rows under it (no blank line parts them: a '#' alone
does) and every sentence wrapped across its lines quotes the markers. Its markers are read as spaces, the same
length, so every offset holds and a '#' alone is a blank line. A plain text's one or two lines opened by '#' (a
heading written the Markdown way) are no readme and stay as written.
"""

from __future__ import annotations

import re

COMMENT_LINE = re.compile(r"#(?=[ \t\r\n]|\Z)")  # '#', then a space or nothing: not '##', '#1' nor '#hashtag'
MINIMUM_COMMENT_LINES = 3  # lines in a row opened by '#' that make a readme


def comment_markers_blanked(text: str) -> str:
    """The text with the '#' opening each line of a run of comment lines as a space; a text with no such run as it
    is (the same object)."""
    blanked = [start for run in _comment_runs(text) if len(run) >= MINIMUM_COMMENT_LINES for start in run]
    if not blanked:
        return text
    characters = list(text)
    for start in blanked:
        characters[start] = " "
    return "".join(characters)


def _comment_runs(text: str) -> list[list[int]]:
    """Where each comment line starts, grouped by runs of comment lines in a row."""
    runs: list[list[int]] = [[]]
    for start in [0, *(match.end() for match in re.finditer(r"\n", text))]:
        if COMMENT_LINE.match(text, start):
            runs[-1].append(start)
        elif runs[-1]:
            runs.append([])
    return runs
