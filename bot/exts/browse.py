"""Browsing what the bot knows: `/sources`, `/facts` and `/help`."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands
from rapidfuzz import fuzz, process, utils

from bot.bot import LedgerBot
from bot.rendering import DESCRIPTION, EXAMPLES, FIELD_VALUE, fit_embed, list_pages
from bot.text import clean_question, escape_user_text, shorten
from bot.views import Paginator

NO_PINGS = discord.AllowedMentions.none()
FACTS_PER_PAGE = 8
TOPIC_CHOICES = 25


def match_topics(topics: list[str], current: str, limit: int = TOPIC_CHOICES) -> list[str]:
    text = clean_question(current, limit=100)
    if not text:
        return topics[:limit]
    found = process.extract(
        text, topics, scorer=fuzz.WRatio, processor=utils.default_process, limit=limit, score_cutoff=50
    )
    return [topic for topic, _score, _index in found]


class Browse(commands.Cog):
    def __init__(self, bot: LedgerBot) -> None:
        self.bot = bot

    @app_commands.command(name="sources", description="The documents the answers come from.")
    async def sources(self, interaction: discord.Interaction) -> None:
        kb = self.bot.knowledge.kb
        counts = self.bot.knowledge.fact_counts()
        embed = discord.Embed(title=f"Sources ({len(kb.documents)} documents)", colour=discord.Colour.blurple())
        lines = []
        for document in sorted(kb.documents, key=lambda d: (d.published is None, str(d.published), d.title)):
            published = str(document.published) if document.published else "undated"
            line = f"**{escape_user_text(document.title)}** · {published} · {counts.get(document.id, 0)} facts"
            if document.publisher:
                line += f" · {escape_user_text(document.publisher)}"
            if document.url:
                line += f" · <{document.url}>"
            lines.append(shorten(line, FIELD_VALUE))
        embed.description = shorten("\n".join(lines) or "No documents loaded.", DESCRIPTION)
        embed.set_footer(text=f"Knowledge base {kb.version[:8]} · built {kb.built_at:%Y-%m-%d %H:%M} UTC")
        await interaction.response.send_message(embed=fit_embed(embed), ephemeral=True, allowed_mentions=NO_PINGS)

    @app_commands.command(name="facts", description="Browse the cited facts, optionally on one topic.")
    @app_commands.describe(topic="A topic, e.g. a country or a measure")
    async def facts(self, interaction: discord.Interaction, topic: str | None = None) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        chosen = clean_question(topic, limit=100) if topic else None
        lines = await self.bot.knowledge.browse(chosen or None)
        heading = f"Facts: {escape_user_text(chosen)}" if chosen else "Facts"
        if not lines:
            message = f"No facts about “{escape_user_text(chosen or '')}”. Try `/facts` without a topic."
            await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_PINGS)
            return
        pages = list_pages(lines, per_page=FACTS_PER_PAGE)
        embeds = [
            fit_embed(
                discord.Embed(
                    title=shorten(f"{heading} ({len(lines)})", 256),
                    description=page,
                    colour=discord.Colour.blurple(),
                ).set_footer(text=f"Page {n}/{len(pages)}")
            )
            for n, page in enumerate(pages, start=1)
        ]
        if len(embeds) == 1:
            await interaction.followup.send(embed=embeds[0], ephemeral=True, allowed_mentions=NO_PINGS)
            return
        view = Paginator(interaction.user.id, embeds)
        view.message = await interaction.followup.send(
            embed=embeds[0], view=view, ephemeral=True, allowed_mentions=NO_PINGS, wait=True
        )

    @facts.autocomplete("topic")
    async def facts_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        topics = match_topics(self.bot.knowledge.topics(), current)
        return [app_commands.Choice(name=shorten(t, 100), value=shorten(t, 100)) for t in topics][:TOPIC_CHOICES]

    @app_commands.command(name="help", description="How to ask Alliance Ledger a question.")
    async def help(self, interaction: discord.Interaction) -> None:
        me = self.bot.user.mention if self.bot.user else "@Alliance Ledger"
        examples = "\n".join(f"• `/ask question: {example}`" for example in EXAMPLES)
        embed = discord.Embed(title="Asking Alliance Ledger", colour=discord.Colour.blurple())
        embed.description = (
            "I answer questions about NATO defence spending from a set of source documents, "
            "and every figure comes with its citation: the document, and a quote or a table cell. "
            "I know NATO's per-country tables (2014–2024): single figures, rankings, lists like "
            "“which allies were below 2% in 2024?”, comparisons and trends.\n\n"
            f"**Ask** with `/ask`, or mention me: {me} how much does the US pay?\n"
            "**Follow up** with short questions such as “and europe?”: I remember your last answer "
            "in each channel for a while.\n"
            "**Not sure?** I offer “did you mean…” buttons; only the asker can use them.\n\n"
            f"**Examples**\n{examples}\n\n"
            "**Browse** with `/sources` (documents) and `/facts [topic]` (every cited fact).\n"
            "**Charts** with `/chart`: GDP share by ally, a country's trend, or the US vs Europe split.\n"
            "**Moderators** can rebuild the knowledge base from the documents with `/kb refresh`, "
            "or add a document with `/kb upload`."
        )
        await interaction.response.send_message(embed=fit_embed(embed), ephemeral=True, allowed_mentions=NO_PINGS)


async def setup(bot: LedgerBot) -> None:
    await bot.add_cog(Browse(bot))
