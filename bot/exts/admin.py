"""Knowledge-base administration: `/kb status` for everyone, `/kb refresh` for moderators."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import LedgerBot
from bot.checks import knowledge_base_owners_only
from bot.errors import RefreshFailed, RefreshInProgress
from bot.kb_rendering import change_embed
from bot.knowledge_service import RefreshRecord
from bot.rendering import add_coverage_fields, fit_embed
from bot.store.records import as_datetime
from bot.text import escape_user_text, shorten

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()
DIFF_LINES = 15


def describe_refresh(record: RefreshRecord | None) -> str:
    if record is None:
        return "Never changed from Discord (see /kb history)."
    when = discord.utils.format_dt(record.finished_at, "R")
    who = f"{escape_user_text(record.actor)} (<@{record.actor_id}>)"
    document = f" `{escape_user_text(record.document)}`" if record.document else ""
    what = {"upload": f", uploading{document}", "remove": f", removing{document}", "replace": f", replacing{document}"}
    if record.ok:
        return f"{when} by {who}{what.get(record.action, '')}: now version `{(record.new_version or '')[:12]}`"
    return (
        f"{when} by {who}{what.get(record.action, '')}: **failed**, {escape_user_text(record.error or 'unknown error')}"
    )


class Admin(commands.Cog):
    # No `default_permissions` on the group: it would hide `/kb status` too, and it cannot express
    # "has a moderator role". The group is registered in the knowledge base's home servers only (see
    # `setup`), and every write is enforced by `knowledge_base_owners_only` on its callback.
    kb = app_commands.Group(name="kb", description="The knowledge base behind the answers.", guild_only=True)

    def __init__(self, bot: LedgerBot) -> None:
        self.bot = bot

    @kb.command(name="status", description="Knowledge-base version, build time, counts and last refresh.")
    async def status(self, interaction: discord.Interaction) -> None:
        service = self.bot.knowledge
        kb = service.kb
        embed = discord.Embed(title="Knowledge base", colour=discord.Colour.blurple())
        embed.add_field(name="Version", value=f"`{kb.version[:12]}`")
        embed.add_field(name="Built", value=discord.utils.format_dt(kb.built_at, "f"))
        counts = kb.counts
        embed.add_field(
            name="Counts",
            value=" · ".join(f"{counts[key]} {key}" for key in ("documents", "facts", "warnings")),
            inline=False,
        )
        embed.add_field(name="Last refresh", value=shorten(describe_refresh(service.last_refresh), 1024), inline=False)
        if service.problem:
            embed.add_field(name="Problem", value=shorten(escape_user_text(service.problem), 1024), inline=False)
        quarantined = await service.db(service.store.quarantined, 3)
        if quarantined:
            embed.add_field(
                name="Quarantined documents",
                value=shorten(
                    "\n".join(
                        f"`{escape_user_text(q.name)}` {discord.utils.format_dt(as_datetime(q.at), 'R')}: "
                        f"{escape_user_text(q.reason)}"
                        for q in quarantined
                    ),
                    1024,
                ),
                inline=False,
            )
        holder = await service.db(service.store.lock_holder)
        footer = f"Store: {service.store.kind}"
        if service.pointer is not None:
            footer += f" · pointer #{service.pointer.seq}"
        if service.refreshing or holder:
            footer += f" · a change by {holder or service.refreshing_by or 'someone'} is running now"
        embed.set_footer(text=footer)
        await interaction.response.send_message(embed=fit_embed(embed), ephemeral=True, allowed_mentions=NO_PINGS)

    @kb.command(name="refresh", description="Rebuild the knowledge base from the documents (moderators).")
    @knowledge_base_owners_only
    async def refresh(self, interaction: discord.Interaction) -> None:
        service = self.bot.knowledge
        if service.refreshing:
            await self.refuse_busy(interaction, RefreshInProgress(service.refreshing_by))
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        actor = f"{interaction.user} ({interaction.user.id})"
        try:
            result = await service.refresh(str(interaction.user), interaction.user.id, interaction.guild_id)
        except RefreshInProgress as busy:
            await self.refuse_busy(interaction, busy)
            return
        except RefreshFailed as failed:
            where = f"`{escape_user_text(failed.document)}`" if failed.document else "the documents"
            await interaction.followup.send(
                shorten(
                    f"Refresh failed in {where}: {escape_user_text(failed.reason)}\n"
                    "The current knowledge base is still answering questions.",
                    2000,
                ),
                ephemeral=True,
                allowed_mentions=NO_PINGS,
            )
            return
        diff = result.diff
        embed = discord.Embed(title="Knowledge base refreshed", colour=discord.Colour.green())
        embed.description = (
            f"`{result.old_version[:12]}` → `{result.new_version[:12]}`\n"
            f"**{len(diff.added)}** added · **{len(diff.removed)}** removed · **{len(diff.changed)}** changed"
        )
        if diff.is_empty:
            embed.description += "\nNo facts changed."
        else:
            embed.add_field(
                name="Changes", value=shorten("\n".join(diff.summary_lines(DIFF_LINES)), 1024), inline=False
            )
        add_coverage_fields(embed, result.coverage)
        log.info("Refresh requested by %s in guild %s finished", actor, interaction.guild_id)
        await interaction.followup.send(embed=fit_embed(embed), ephemeral=True, allowed_mentions=NO_PINGS)
        await self.bot.post_change(change_embed(result), interaction.guild_id)

    async def refuse_busy(self, interaction: discord.Interaction, busy: RefreshInProgress) -> None:
        by = f" (started by {escape_user_text(busy.started_by)})" if busy.started_by else ""
        message = f"A refresh is already running{by}. Try `/kb status` in a moment."
        if interaction.response.is_done():
            await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_PINGS)
        else:
            await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NO_PINGS)


async def setup(bot: LedgerBot) -> None:
    home = bot.knowledge_base_guilds()
    if home:
        await bot.add_cog(Admin(bot), guilds=home)
    else:
        await bot.add_cog(Admin(bot))
