"""`/kb remove`, `/kb replace`, `/kb history` and `/kb gaps`: managing the shared knowledge base from Discord.

The subcommands join the `/kb` group of `bot.exts.admin` (loaded first, extensions load in name
order). Removal and replacement ask for confirmation; like every write, they are for the knowledge
base's owners only, take the store's lock for every process, are audited, and show the diff.
"""

from __future__ import annotations

import io
import logging
from datetime import timedelta
from pathlib import PurePosixPath

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import LedgerBot
from bot.checks import knowledge_base_owners_only
from bot.errors import RefreshFailed, RefreshInProgress
from bot.kb_rendering import change_embed, gap_lines, gaps_jsonl, history_line
from bot.knowledge_service import RefreshResult
from bot.rendering import list_pages
from bot.store.records import now
from bot.text import escape_user_text, shorten
from bot.tree import send_ephemeral
from bot.uploads import UploadRejected, check_size, safe_name
from bot.views import OwnedView, Paginator

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()
GROUP = "kb"
HISTORY_PAGE = 10
HISTORY_LIMIT = 500
GAPS_SHOWN = 25
GAPS_EXPORTED = 1000
CONFIRM_SECONDS = 120


class Confirm(OwnedView):
    """Confirm / Cancel for one moderator; the choice is read after `wait()`."""

    refusal = "Only the moderator who asked can confirm this."

    def __init__(self, owner_id: int) -> None:
        super().__init__(owner_id, timeout=CONFIRM_SECONDS)
        self.confirmed: bool | None = None
        self.interaction: discord.Interaction | None = None

    @discord.ui.button(label="Confirm", style=discord.ButtonStyle.danger)
    async def confirm(self, interaction: discord.Interaction, button: discord.ui.Button[Confirm]) -> None:
        await self._choose(interaction, True)

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: discord.Interaction, button: discord.ui.Button[Confirm]) -> None:
        await self._choose(interaction, False)

    async def _choose(self, interaction: discord.Interaction, confirmed: bool) -> None:
        self.confirmed = confirmed
        self.interaction = interaction
        text = "Working on it…" if confirmed else "Cancelled. Nothing was changed."
        await interaction.response.edit_message(content=text, view=None, allowed_mentions=NO_PINGS)
        self.stop()


class Manage(commands.Cog):
    def __init__(self, bot: LedgerBot) -> None:
        self.bot = bot
        self.commands = self.make_commands()

    async def cog_load(self) -> None:
        group = self.bot.knowledge_base_group(GROUP)
        if group is None:
            raise RuntimeError("/kb remove needs the /kb group of bot.exts.admin, loaded first")
        for command in self.commands:
            group.add_command(command)

    async def cog_unload(self) -> None:
        group = self.bot.knowledge_base_group(GROUP)
        if group is not None:
            for command in self.commands:
                group.remove_command(command.name)

    async def document_names(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        documents = await self.bot.knowledge.db(self.bot.knowledge.store.documents)
        wanted = current.casefold()
        names = [d.name for d in documents if wanted in d.name.casefold()]
        return [app_commands.Choice(name=shorten(name, 100), value=name) for name in names[:25] if len(name) <= 100]

    def make_commands(self) -> list[app_commands.Command[None, ..., None]]:
        @app_commands.command(name="remove", description="Remove a document from the knowledge base (moderators).")
        @app_commands.describe(document="The document to remove")
        @knowledge_base_owners_only
        async def remove(interaction: discord.Interaction, document: str) -> None:
            await self.remove(interaction, document)

        @app_commands.command(name="replace", description="Replace a document with a new file (moderators).")
        @app_commands.describe(document="The document to replace", file="Its new version (same type)")
        @knowledge_base_owners_only
        async def replace(interaction: discord.Interaction, document: str, file: discord.Attachment) -> None:
            await self.replace(interaction, document, file)

        @app_commands.command(name="history", description="Who changed the knowledge base, and when (moderators).")
        @knowledge_base_owners_only
        async def history(interaction: discord.Interaction) -> None:
            await self.history(interaction)

        @app_commands.command(name="gaps", description="Questions the bot could not answer, most asked first.")
        @app_commands.describe(export="Also attach them as a question set (JSONL) for `python -m knowledge eval`")
        @knowledge_base_owners_only
        async def gaps(interaction: discord.Interaction, export: bool = False) -> None:
            await self.gaps(interaction, export)

        remove.autocomplete("document")(self.document_names)
        replace.autocomplete("document")(self.document_names)
        return [remove, replace, history, gaps]

    # -- remove and replace ---------------------------------------------------------------------

    async def ask_to_confirm(self, interaction: discord.Interaction, question: str) -> Confirm | None:
        view = Confirm(interaction.user.id)
        if interaction.response.is_done():
            view.message = await interaction.followup.send(question, view=view, ephemeral=True, wait=True)
        else:
            await interaction.response.send_message(question, view=view, ephemeral=True, allowed_mentions=NO_PINGS)
            view.message = await interaction.original_response()
        await view.wait()
        if not view.confirmed:
            if view.confirmed is None:
                await interaction.edit_original_response(content="Timed out. Nothing was changed.", view=None)
            return None
        return view

    async def remove(self, interaction: discord.Interaction, document: str) -> None:
        stored = await self.bot.knowledge.db(self.bot.knowledge.store.find_document, document)
        if stored is None or stored.name != document:
            await send_ephemeral(
                interaction, f"There is no document named `{escape_user_text(shorten(document, 100))}`."
            )
            return
        question = f"Remove `{escape_user_text(document)}` from the knowledge base? Every server stops citing it."
        if await self.ask_to_confirm(interaction, question) is None:
            return
        await self.run_change(
            interaction,
            lambda: self.bot.knowledge.remove_document(
                document, str(interaction.user), interaction.user.id, interaction.guild_id
            ),
        )

    async def replace(self, interaction: discord.Interaction, document: str, file: discord.Attachment) -> None:
        limit = self.bot.settings.upload_max_bytes
        try:
            check_size(file.size, limit)
            if PurePosixPath(document).suffix.lower() != PurePosixPath(safe_name(file.filename)).suffix:
                raise UploadRejected("the new file must be of the same type as the document it replaces")
        except UploadRejected as refused:
            await send_ephemeral(interaction, f"Replacement refused: {refused.reason}.\nNothing was changed.")
            return
        stored = await self.bot.knowledge.db(self.bot.knowledge.store.find_document, document)
        if stored is None or stored.name != document:
            await send_ephemeral(
                interaction, f"There is no document named `{escape_user_text(shorten(document, 100))}`."
            )
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            data = await file.read()
        except discord.HTTPException as error:
            await send_ephemeral(interaction, f"Could not download the file from Discord ({error.status}).")
            return
        question = f"Replace `{escape_user_text(document)}` with “{escape_user_text(shorten(file.filename, 100))}”?"
        if await self.ask_to_confirm(interaction, question) is None:
            return
        await self.run_change(
            interaction,
            lambda: self.bot.knowledge.replace_document(
                document, data, str(interaction.user), interaction.user.id, limit, interaction.guild_id
            ),
        )

    async def run_change(self, interaction: discord.Interaction, change: object) -> None:
        try:
            result: RefreshResult = await change()  # type: ignore[operator]
        except UploadRejected as refused:
            await self.tell(interaction, f"Refused: {refused.reason}.\nNothing was changed.")
            return
        except RefreshInProgress as busy:
            by = f" (started by {escape_user_text(busy.started_by)})" if busy.started_by else ""
            await self.tell(interaction, f"A change is already running{by}. Try again in a moment.")
            return
        except RefreshFailed as failed:
            where = f"`{escape_user_text(failed.document)}`" if failed.document else "the documents"
            await self.tell(
                interaction,
                f"Nothing was changed: the knowledge base does not build in {where}: "
                f"{escape_user_text(failed.reason)}\nThe current knowledge base is still answering questions.",
            )
            return
        embed = change_embed(result)
        await interaction.edit_original_response(content=None, embed=embed, view=None, allowed_mentions=NO_PINGS)
        await self.bot.post_change(embed, interaction.guild_id)

    async def tell(self, interaction: discord.Interaction, text: str) -> None:
        await interaction.edit_original_response(content=shorten(text, 2000), view=None, allowed_mentions=NO_PINGS)

    # -- history and gaps ---------------------------------------------------------------------------

    async def history(self, interaction: discord.Interaction) -> None:
        entries = await self.bot.knowledge.db(self.bot.knowledge.store.history, HISTORY_LIMIT)
        if not entries:
            await send_ephemeral(interaction, "Nothing has been changed yet.")
            return
        pages = list_pages([history_line(entry) for entry in entries], per_page=HISTORY_PAGE)
        embeds = [
            discord.Embed(title="Knowledge-base history", description=page, colour=discord.Colour.blurple())
            for page in pages
        ]
        view = Paginator(interaction.user.id, embeds)
        await interaction.response.send_message(
            embed=view.current, view=view, ephemeral=True, allowed_mentions=NO_PINGS
        )
        view.message = await interaction.original_response()

    async def gaps(self, interaction: discord.Interaction, export: bool) -> None:
        retention = timedelta(days=self.bot.settings.gap_retention_days).total_seconds()
        found = await self.bot.knowledge.db(self.bot.knowledge.store.gaps, now() - retention, GAPS_EXPORTED)
        if not found:
            await send_ephemeral(
                interaction, f"No unanswered questions in the last {self.bot.settings.gap_retention_days} days."
            )
            return
        embed = discord.Embed(
            title="Questions I could not answer",
            description="\n".join(gap_lines(found[:GAPS_SHOWN])),
            colour=discord.Colour.gold(),
        )
        embed.set_footer(
            text=f"{len(found)} different questions in the last {self.bot.settings.gap_retention_days} days · "
            "stored without who asked"
        )
        files = [discord.File(io.BytesIO(gaps_jsonl(found)), filename="gaps.jsonl")] if export else []
        await interaction.response.send_message(embed=embed, files=files, ephemeral=True, allowed_mentions=NO_PINGS)


async def setup(bot: LedgerBot) -> None:
    await bot.add_cog(Manage(bot))
