"""Text helpers for user input and Discord's length limits."""

from __future__ import annotations

import re
import unicodedata

import discord

MAX_QUESTION = 500
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"))
_SPACES = re.compile(r"\s+")
_BOUNDARIES = ("\n", ". ", "! ", "? ", "; ")
ELLIPSIS = "…"


def clean_question(text: str, *, limit: int = MAX_QUESTION) -> str:
    """Normalise a member's question: no zero-width or control characters, single spaces, bounded."""
    text = unicodedata.normalize("NFKC", text).translate(ZERO_WIDTH)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return _SPACES.sub(" ", text).strip()[:limit]


def escape_user_text(text: str) -> str:
    """Make member-supplied text inert: no Markdown, no mentions."""
    return discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def shorten(text: str, limit: int) -> str:
    """Cut `text` to `limit` characters at a line or sentence boundary, ending with an ellipsis."""
    if len(text) <= limit:
        return text
    if limit <= len(ELLIPSIS):
        return ELLIPSIS[:limit]
    budget = limit - len(ELLIPSIS)
    window = text[:budget]
    cut = max(window.rfind(mark) for mark in _BOUNDARIES)
    if cut >= budget // 2:
        # keep the sentence's own punctuation, drop the following space/newline
        head = window[: cut + 1].rstrip()
    else:
        space = window.rfind(" ")
        head = window[:space].rstrip() if space >= budget // 2 else window
    return head + ELLIPSIS
