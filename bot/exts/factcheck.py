"""The message command "Check figures (Alliance Ledger)": each claim with a figure, checked against the documents.

A claim is a sentence of the message that states a number ("the US pays 80% of NATO", "only 5 countries
meet 2%"). Its figure is asked for (`Engine.ask`, through the knowledge service): "the US pays what
percentage of NATO?", "only how many countries meet 2%?" (a threshold the claim names stays as it is),
and the claimed figure is compared with the answer's. The reply is private: for each claim, whether
the documents agree, differ (by how much) or do not cover it, with the citation.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import LedgerBot
from bot.rendering import FIELD_NAME, FIELD_VALUE, fit_embed
from bot.text import clean_question, escape_user_text, shorten
from knowledge.models import Answer, Band

log = logging.getLogger(__name__)
# Discord caps context-menu names at 32 characters: "Check figures with Alliance Ledger" has 34.
NAME = "Check figures (Alliance Ledger)"
NO_PINGS = discord.AllowedMentions.none()
MAX_CLAIMS = 5
NUMBER = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|percent\b|per cent\b)?", re.IGNORECASE)
MARKUP = re.compile(r"<(?:@[!&]?|#|a?:\w+:|t:)\d+(?::\w)?>|https?://\S+")
SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
YEAR = re.compile(r"^(19|20)\d\d$")
# A figure right after these words is a condition of the claim ("meet 2%"), not what it asserts.
THRESHOLD = re.compile(
    r"\b(meet|meets|meeting|met|reach|reached|reaching|above|below|over|under|least|than|target(?: of)?|"
    r"guideline(?: of)?|hit|hits|hitting)\s*(?:the\s+)?\$?$",
    re.IGNORECASE,
)


class Verdict(StrEnum):
    AGREES = "agrees"
    DIFFERS = "differs"
    NOT_COVERED = "not covered"


@dataclass(frozen=True)
class Figure:
    value: float
    text: str
    percent: bool
    condition: bool = False  # "meet 2%": a threshold the claim names, not the figure it states
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Check:
    claim: str
    verdict: Verdict
    claimed: Figure | None = None
    stated: float | None = None
    answer: Answer | None = None


def figures(text: str) -> list[Figure]:
    """The numbers a sentence states, years left out (they say when, not how much)."""
    found = []
    for match in NUMBER.finditer(text):
        digits = match.group(1)
        if YEAR.match(digits) and not match.group(2):
            continue
        before = text[max(0, match.start() - 30) : match.start()]
        found.append(
            Figure(
                float(digits.replace(",", "")),
                match.group(0).strip(),
                bool(match.group(2)),
                condition=bool(THRESHOLD.search(before)),
                start=match.start(),
                end=match.end(),
            )
        )
    return found


def claims(text: str) -> list[str]:
    """The sentences of a message that state a figure, at most MAX_CLAIMS (mentions, emoji and links hold none)."""
    text = MARKUP.sub(" ", text)
    sentences = [" ".join(part.strip(" -•*>").split()) for part in SENTENCE.split(text)]
    return [sentence for sentence in sentences if sentence and figures(sentence)][:MAX_CLAIMS]


def agrees(claimed: Figure, stated: float) -> bool:
    """Equal once the documents' figure is rounded as the claim writes it: "64%" for 63.8, "1.3" for 1.28."""
    digits = NUMBER.match(claimed.text)
    decimals = len(digits.group(1).partition(".")[2]) if digits else 0
    return abs(claimed.value - stated) <= 0.5 * 10**-decimals + 1e-9


def as_question(claim: str, figure: Figure) -> str:
    """The claim with its figure asked for: "the US pays 80% of NATO" -> "the US pays what percentage of NATO"."""
    before = claim[: figure.start].rstrip()
    after = claim[figure.end :].lstrip()
    money = before.endswith("$")
    before = re.sub(r"(US)?\$$", "", before).rstrip()
    if figure.percent:
        asked = "what percentage"
    elif not money and re.match(r"(allies|countries|members|nations|states|troops|soldiers|people)\b", after, re.I):
        asked = "how many"
    else:
        asked = "how much"
    return " ".join(part for part in (before, asked, after) if part).rstrip(".!;") + "?"


def judge(claim: str, figure: Figure, answer: Answer) -> Check:
    stated = [value for value in answer.values if value is not None]
    if answer.band is not Band.ANSWER or not stated:
        return Check(claim, Verdict.NOT_COVERED, answer=answer)
    # Agreeing with any figure the answer states counts ("22 of 32"); a difference is measured from its
    # headline figure, the first it states, not from whichever side figure happens to be nearest.
    matching = next((value for value in stated if agrees(figure, value)), None)
    if matching is not None:
        return Check(claim, Verdict.AGREES, figure, matching, answer)
    return Check(claim, Verdict.DIFFERS, figure, stated[0], answer)


async def check_claim(claim: str, ask: Callable[[str], Awaitable[Answer]]) -> Check:
    """Ask for each figure the claim asserts (thresholds it names are kept as they are) until one is answered."""
    found = figures(claim)
    asserted = [figure for figure in found if not figure.condition] or found
    answer: Answer | None = None
    for figure in asserted:
        answer = await ask(as_question(claim, figure))
        if answer.band is Band.ANSWER and answer.values:
            return judge(claim, figure, answer)
    return Check(claim, Verdict.NOT_COVERED, answer=answer)


def number(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def describe(check: Check) -> str:
    answer = check.answer
    if check.verdict is Verdict.NOT_COVERED or answer is None or check.claimed is None or check.stated is None:
        return "➖ **Not covered**: the documents I know don't state this figure."
    citation = answer.citations[0] if answer.citations else None
    source = f"\n— *{escape_user_text(citation.title)}*, {citation.locator}" if citation else ""
    headline = escape_user_text(answer.headline or number(check.stated))
    if check.verdict is Verdict.AGREES:
        return f"✅ **Agrees**: the documents say **{headline}**.{source}"
    gap = check.claimed.value - check.stated
    unit = " percentage points" if check.claimed.percent else ""
    direction = "higher" if gap > 0 else "lower"
    return (
        f"❌ **Differs**: the documents say **{headline}**; the claim is {number(abs(gap))}{unit} {direction}.{source}"
    )


def report(author: str, checks: list[Check]) -> discord.Embed:
    embed = discord.Embed(title=f"Figures in {shorten(author, 100)}'s message", colour=discord.Colour.blurple())
    if not checks:
        embed.description = "I found no figures to check in that message."
        return fit_embed(embed)
    counts = {verdict: sum(1 for check in checks if check.verdict is verdict) for verdict in Verdict}
    embed.description = " · ".join(f"{count} {verdict.value}" for verdict, count in counts.items() if count)
    for check in checks:
        name = shorten(f"“{escape_user_text(check.claim)}”", FIELD_NAME)
        embed.add_field(name=name, value=shorten(describe(check), FIELD_VALUE), inline=False)
    embed.set_footer(text="Each claim was asked as a question; figures compared after rounding.")
    return fit_embed(embed)


class FactCheck(commands.Cog):
    def __init__(self, bot: LedgerBot) -> None:
        self.bot = bot
        self.menu = app_commands.ContextMenu(name=NAME, callback=self.check)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.menu.name, type=self.menu.type)

    async def ask(self, question: str) -> Answer:
        return await self.bot.knowledge.ask(clean_question(question))

    async def check(self, interaction: discord.Interaction, message: discord.Message) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        checks = []
        for claim in claims(message.content):
            checks.append(await check_claim(claim, self.ask))
        author = escape_user_text(message.author.display_name)
        await interaction.followup.send(embed=report(author, checks), ephemeral=True, allowed_mentions=NO_PINGS)
        log.info(
            "Checked %d claims for %s (%d) in channel %s",
            len(checks),
            interaction.user,
            interaction.user.id,
            interaction.channel_id,
        )


async def setup(bot: LedgerBot) -> None:
    await bot.add_cog(FactCheck(bot))
