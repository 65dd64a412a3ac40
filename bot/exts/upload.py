"""`/kb upload file:` for moderators: add a document when the knowledge base builds with it.

The subcommand joins the `/kb` group that `bot.exts.admin` defines (extensions load in name order,
so admin is loaded first). Checks run cheapest first: name and declared size before deferring, then
the downloaded bytes, then a staged build; see `bot.uploads` for what is refused and why.
"""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import LedgerBot
from bot.checks import knowledge_base_owners_only
from bot.errors import RefreshFailed, RefreshInProgress
from bot.knowledge_service import RefreshResult
from bot.rendering import add_coverage_fields, fit_embed
from bot.text import escape_user_text, shorten
from bot.tree import send_ephemeral
from bot.uploads import ALLOWED_SUFFIXES, UploadRejected, check_size, safe_name

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()
DIFF_LINES = 15
GROUP = "kb"


def upload_embed(result: RefreshResult) -> discord.Embed:
    staged = result.staged
    assert staged is not None  # an upload's refresh always carries its staged document
    diff = result.diff
    embed = discord.Embed(title="Document added", colour=discord.Colour.green())
    embed.description = (
        f"`{staged.name}`: {staged.facts} facts\n"
        f"`{result.old_version[:12]}` → `{result.new_version[:12]}`\n"
        f"**{len(diff.added)}** added · **{len(diff.removed)}** removed · **{len(diff.changed)}** changed"
    )
    embed.add_field(name="Changes", value=shorten("\n".join(diff.summary_lines(DIFF_LINES)), 1024), inline=False)
    add_coverage_fields(embed, result.coverage)
    if staged.warnings:
        notes = "\n".join(f"• {escape_user_text(note)}" for note in staged.warnings)
        embed.add_field(name="Warnings", value=shorten(notes, 1024), inline=False)
    embed.set_footer(text=f"Added by {result.record.actor}")
    return fit_embed(embed)


class Upload(commands.Cog):
    def __init__(self, bot: LedgerBot) -> None:
        self.bot = bot
        self.command = self.make_command()

    async def cog_load(self) -> None:
        group = self.bot.knowledge_base_group(GROUP)
        if group is None:
            raise RuntimeError("/kb upload needs the /kb group of bot.exts.admin, loaded first")
        group.add_command(self.command)

    async def cog_unload(self) -> None:
        group = self.bot.knowledge_base_group(GROUP)
        if group is not None:
            group.remove_command(self.command.name)

    def make_command(self) -> app_commands.Command[None, ..., None]:
        accepted = ", ".join(ALLOWED_SUFFIXES)

        @app_commands.command(
            name="upload", description=f"Add a document ({accepted}) to the knowledge base (moderators)."
        )
        @app_commands.describe(file="A .txt or .md article, or a tidy .csv / .xlsx table")
        @knowledge_base_owners_only
        async def upload(interaction: discord.Interaction, file: discord.Attachment) -> None:
            await self.upload(interaction, file)

        return upload

    async def upload(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        service = self.bot.knowledge
        limit = self.bot.settings.upload_max_bytes
        try:
            name = safe_name(file.filename)
            check_size(file.size, limit)
        except UploadRejected as refused:
            await self.refuse(interaction, file.filename, refused.reason)
            return
        if service.refreshing:
            await self.busy(interaction, RefreshInProgress(service.refreshing_by))
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            data = await file.read()
        except discord.HTTPException as error:
            await self.refuse(interaction, file.filename, f"could not download it from Discord ({error.status})")
            return
        try:
            result = await service.add_document(
                name, data, str(interaction.user), interaction.user.id, limit, interaction.guild_id
            )
        except UploadRejected as refused:
            await self.refuse(interaction, file.filename, refused.reason)
            return
        except RefreshInProgress as busy:
            await self.busy(interaction, busy)
            return
        except RefreshFailed as failed:
            where = f"`{escape_user_text(failed.document)}`" if failed.document else "the documents"
            message = (
                f"The document was taken out again: the refresh failed in {where}: "
                f"{escape_user_text(failed.reason)}\nThe current knowledge base is still answering questions."
            )
            await send_ephemeral(interaction, shorten(message, 2000))
            return
        log.info("Document %s uploaded by %s (%d)", name, interaction.user, interaction.user.id)
        await interaction.followup.send(embed=upload_embed(result), ephemeral=True, allowed_mentions=NO_PINGS)
        await self.bot.post_change(upload_embed(result), interaction.guild_id)

    async def refuse(self, interaction: discord.Interaction, filename: str, reason: str) -> None:
        log.info("Upload of %r by %s (%d) refused: %s", filename, interaction.user, interaction.user.id, reason)
        shown = escape_user_text(shorten(filename, 100))
        message = f"Upload of “{shown}” refused: {reason}.\nNothing was changed."
        await send_ephemeral(interaction, shorten(message, 2000))

    async def busy(self, interaction: discord.Interaction, busy: RefreshInProgress) -> None:
        by = f" (started by {escape_user_text(busy.started_by)})" if busy.started_by else ""
        await send_ephemeral(interaction, f"A refresh is already running{by}. Try again in a moment.")


async def setup(bot: LedgerBot) -> None:
    await bot.add_cog(Upload(bot))
