"""`/chart`: a chart of cited figures as a PNG in an embed, drawn off the event loop."""

from __future__ import annotations

import asyncio
import io
import logging

import discord
from discord import app_commands
from discord.ext import commands
from rapidfuzz import fuzz, process, utils

from bot.bot import LedgerBot
from bot.cooldowns import question_cooldown
from bot.rendering import fit_embed
from bot.text import clean_question, escape_user_text, shorten
from bot.tree import send_ephemeral
from knowledge.charts import Chart, ChartError, countries, draw, plan_chart

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()
FILENAME = "chart.png"
# Choosing the facts takes milliseconds; wait this long for it before deferring, so that a request
# the data cannot answer gets a private refusal instead of a public "thinking…" first.
PLAN_BUDGET = 1.0
KINDS = [
    app_commands.Choice(name="GDP share by ally", value="gdp-share"),
    app_commands.Choice(name="Country trend", value="trend"),
    app_commands.Choice(name="US vs Europe split", value="split"),
]
CHOICES = 25


def chart_embed(chart: Chart, kb_version: str) -> discord.Embed:
    embed = discord.Embed(
        title=shorten(chart.title, 256),
        description=shorten(escape_user_text(chart.subtitle), 4096) or None,
        colour=discord.Colour.blurple(),
    )
    embed.set_image(url=f"attachment://{FILENAME}")
    source = chart.source.removeprefix("Source: ")
    embed.add_field(name="Source", value=shorten(escape_user_text(source), 1024), inline=False)
    estimates = sum(1 for fact in chart.facts if fact.estimate)
    note = f" ({estimates} estimates)" if estimates else ""
    embed.set_footer(text=f"{len(chart.facts)} cited figures{note} · knowledge base {kb_version[:8]}")
    return fit_embed(embed)


class Charts(commands.Cog):
    def __init__(self, bot: LedgerBot) -> None:
        self.bot = bot
        self._countries: tuple[str, list[str]] = ("", [])

    def country_names(self) -> list[str]:
        kb = self.bot.knowledge.kb
        if self._countries[0] != kb.version:
            self._countries = (kb.version, countries(kb))
        return self._countries[1]

    @app_commands.command(name="chart", description="Draw a chart of NATO defence-spending figures, with sources.")
    @app_commands.describe(
        kind="What to draw",
        country="For a country trend, e.g. Poland",
        year="For GDP share and the split (default: the latest year)",
    )
    @app_commands.choices(kind=KINDS)
    @question_cooldown()
    async def chart(
        self,
        interaction: discord.Interaction,
        kind: app_commands.Choice[str],
        country: app_commands.Range[str, 1, 100] | None = None,
        year: app_commands.Range[int, 2014, 2100] | None = None,
    ) -> None:
        service = self.bot.knowledge
        version = service.kb.version
        wanted = clean_question(country, limit=100) if country else None
        planning = asyncio.ensure_future(service.with_kb(plan_chart, kind.value, country=wanted, year=year))
        done, _ = await asyncio.wait({planning}, timeout=PLAN_BUDGET)
        if not done:
            await interaction.response.defer(thinking=True)
        try:
            plan = await planning
        except ChartError as error:
            await self.refuse(interaction, error)
            return
        if not interaction.response.is_done():
            await interaction.response.defer(thinking=True)
        try:
            chart = await service.run(draw, plan)
        except ChartError as error:
            await self.refuse(interaction, error)
            return
        file = discord.File(io.BytesIO(chart.png), filename=FILENAME, description=shorten(chart.title, 1024))
        await interaction.followup.send(embed=chart_embed(chart, version), file=file, allowed_mentions=NO_PINGS)
        log.info(
            "Chart %s for %s (%d) in channel %s: %d figures",
            kind.value,
            interaction.user,
            interaction.user.id,
            interaction.channel_id,
            len(chart.facts),
        )

    async def refuse(self, interaction: discord.Interaction, error: ChartError) -> None:
        """A private reply; a public "thinking…" placeholder is removed first so the refusal stays private."""
        message = f"I can't draw that chart: {escape_user_text(str(error))}"
        if interaction.response.is_done():
            try:
                await interaction.delete_original_response()
            except discord.HTTPException as exc:
                log.debug("Could not remove the chart placeholder: %s", exc)
        await send_ephemeral(interaction, shorten(message, 2000))

    @chart.autocomplete("country")
    async def country_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        names = self.country_names()
        text = clean_question(current, limit=100)
        if text:
            found = process.extract(
                text, names, scorer=fuzz.WRatio, processor=utils.default_process, limit=CHOICES, score_cutoff=50
            )
            names = [name for name, _score, _index in found]
        return [app_commands.Choice(name=shorten(name, 100), value=shorten(name, 100)) for name in names[:CHOICES]]


async def setup(bot: LedgerBot) -> None:
    await bot.add_cog(Charts(bot))
