"""Turn engine answers and lists into embeds that respect Discord's limits (pure: no I/O)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

import discord

from bot.text import escape_user_text, shorten
from knowledge.coverage import Coverage, coverage_lines
from knowledge.models import Answer, AnswerCitation, Band

TITLE: Final = 256
DESCRIPTION: Final = 4096
FIELDS: Final = 25
FIELD_NAME: Final = 256
FIELD_VALUE: Final = 1024
FOOTER: Final = 2048
AUTHOR: Final = 256
TOTAL: Final = 6000
BUTTON_LABEL: Final = 80
MAX_SUGGESTIONS: Final = 5
MAX_CITATIONS: Final = 10
ESCAPED: Final = re.compile(r"\\([^\w\s])")  # '\|' in Markdown is a literal '|'
MARKDOWN_MARKS: Final = re.compile(r"[*_]")

COLOURS: Final = {
    Band.ANSWER: discord.Colour.green(),
    Band.PARTIAL: discord.Colour.orange(),
    Band.SUGGEST: discord.Colour.gold(),
    Band.UNKNOWN: discord.Colour.light_grey(),
    Band.CHITCHAT: discord.Colour.blurple(),
    Band.EMPTY: discord.Colour.blurple(),
}
BAND_LABELS: Final = {
    Band.ANSWER: "confident",
    Band.PARTIAL: "partly answered",
    Band.SUGGEST: "unsure",
    Band.UNKNOWN: "not in the documents",
    Band.CHITCHAT: "small talk",
    Band.EMPTY: "no question",
}
EXAMPLES: Final = (
    "How much does the US pay?",
    "How many allies meet the 2% target?",
    "What does Poland spend as a share of GDP?",
    "Top 5 spenders",
    "How has Germany changed since 2014?",
)


def citation_field(number: int, citation: AnswerCitation, *, quoted: bool = True) -> tuple[str, str]:
    """`[1] Title` / locator and quote; `quoted=False` when the answer text already shows the quote."""
    name = shorten(f"[{number}] {citation.title}", FIELD_NAME)
    if not quoted:
        return name, shorten(citation.locator, FIELD_VALUE)
    quote = shorten(citation.quote.strip(), FIELD_VALUE - len(citation.locator) - 8)
    value = shorten(f"{citation.locator}\n> “{quote}”", FIELD_VALUE)
    return name, value


def footer_text(answer: Answer, kb_version: str | None) -> str:
    footer = f"Confidence: {BAND_LABELS[answer.band]} ({answer.confidence:.0%})"
    if kb_version:
        footer += f" · knowledge base {kb_version[:8]}"
    return shorten(footer, FOOTER)


def bullet_list(items: Sequence[str]) -> str:
    return "\n".join(f"• {item}" for item in items)


def answer_embed(answer: Answer, *, question: str | None = None, kb_version: str | None = None) -> discord.Embed:
    """The public reply to a question. `question` is the member's cleaned text, shown escaped."""
    shown = escape_user_text(question) if question else None
    if answer.band is Band.ANSWER:
        title = answer.headline or "Answer"
        description = answer.answer
    elif answer.band is Band.PARTIAL:  # the parts answered, then a line for each part not answered
        title = f"Partly answered: {answer.headline}" if answer.headline else "Partly answered"
        description = answer.answer
    elif answer.band is Band.SUGGEST:
        title = "Did you mean…?"
        description = (
            "I'm not sure what you're asking"
            + (f": “{shorten(shown, 300)}”" if shown else "")
            + ". Pick one of these:\n"
            + bullet_list(answer.suggestions[:MAX_SUGGESTIONS])
        )
    elif answer.band is Band.UNKNOWN:
        title = "I don't know that"
        description = (
            "The documents I know don't answer"
            + (f" “{shorten(shown, 300)}”" if shown else " that")
            + ".\nI can answer questions like:\n"
            + bullet_list(answer.suggestions[:MAX_SUGGESTIONS] or EXAMPLES)
        )
    else:  # chit-chat or an empty question: the engine's own pointer already lists examples
        title = "Alliance Ledger"
        description = answer.answer or "Ask me about NATO defence spending, for example:\n" + bullet_list(EXAMPLES)
    embed = discord.Embed(
        title=shorten(title, TITLE),
        description=shorten(description, DESCRIPTION),
        colour=COLOURS[answer.band],
    )
    if answer.band in (Band.ANSWER, Band.PARTIAL):
        for number, citation in enumerate(answer.citations[:MAX_CITATIONS], start=1):
            quoted = not _shows_quote(description, citation.quote)
            name, value = citation_field(number, citation, quoted=quoted)
            embed.add_field(name=name, value=value, inline=False)
        if answer.calculation:
            embed.add_field(name="Calculation", value=shorten(answer.calculation, FIELD_VALUE), inline=False)
    embed.set_footer(text=footer_text(answer, kb_version or answer.kb_version))
    return fit_embed(embed)


def _shows_quote(description: str, quote: str) -> bool:
    """Whether the answer text already quotes this sentence: compared without the Markdown the answer adds (its
    figures in bold, '|' and '*' escaped), so a quote is never shown twice."""
    return _plain(quote)[:60] in _plain(description)


def _plain(text: str) -> str:
    return " ".join(MARKDOWN_MARKS.sub("", ESCAPED.sub(r"\1", text)).split())


COVERAGE_FIELDS: Final = 3
COVERAGE_SENTENCES: Final = 3


def add_coverage_fields(embed: discord.Embed, coverage: Sequence[Coverage]) -> None:
    """What each new or changed document gave, so moderators see coverage before members ask."""
    for item in coverage[:COVERAGE_FIELDS]:
        lines = coverage_lines(item, limit=COVERAGE_SENTENCES)
        body = escape_user_text("\n".join(lines[1:])) or "Every sentence with a figure gave a fact."
        embed.add_field(name=shorten(f"Coverage: {lines[0]}", 256), value=shorten(body, 1024), inline=False)


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """Enforce every per-part limit and the 6000-character total, dropping trailing fields first."""
    if embed.title:
        embed.title = shorten(embed.title, TITLE)
    if embed.description:
        embed.description = shorten(embed.description, DESCRIPTION)
    if embed.footer.text:
        embed.set_footer(text=shorten(embed.footer.text, FOOTER), icon_url=embed.footer.icon_url)
    if embed.author.name:
        embed.set_author(name=shorten(embed.author.name, AUTHOR), url=embed.author.url)
    fields = [
        (shorten(f.name or "\u200b", FIELD_NAME), shorten(f.value or "\u200b", FIELD_VALUE), f.inline)
        for f in embed.fields
    ][:FIELDS]
    embed.clear_fields()
    for name, value, inline in fields:
        embed.add_field(name=name, value=value, inline=inline)
    while len(embed) > TOTAL and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    if len(embed) > TOTAL and embed.description:
        excess = len(embed) - TOTAL
        embed.description = shorten(embed.description, max(1, len(embed.description) - excess))
    return embed


def suggestion_labels(suggestions: Sequence[str]) -> list[str]:
    return [shorten(s, BUTTON_LABEL) for s in suggestions[:MAX_SUGGESTIONS]]


def list_pages(lines: Sequence[str], *, per_page: int = 10, budget: int = DESCRIPTION) -> list[str]:
    """Group lines into pages of at most `per_page` lines and `budget` characters."""
    pages: list[str] = []
    current: list[str] = []
    size = 0
    for raw in lines:
        line = shorten(raw, budget)
        if current and (len(current) >= per_page or size + len(line) + 1 > budget):
            pages.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        pages.append("\n".join(current))
    return pages or [""]
