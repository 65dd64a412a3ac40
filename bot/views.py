"""Interactive components: did-you-mean buttons and list pagination."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, cast

import discord

from bot.rendering import suggestion_labels

if TYPE_CHECKING:
    from bot.bot import LedgerBot

log = logging.getLogger(__name__)

Pick = Callable[[discord.Interaction, str], Awaitable[None]]
NOT_YOURS = "Only the person who asked can pick a suggestion. Ask your own question with `/ask`."


class OwnedView(discord.ui.View):
    """A view only one member may use; everyone else gets a private refusal."""

    refusal = "These buttons belong to someone else."

    def __init__(self, owner_id: int, *, timeout: float | None = 600) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        self.message: discord.Message | discord.InteractionMessage | None = None

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        arrivals = cast("LedgerBot", interaction.client).arrivals
        if arrivals.too_old(interaction):
            arrivals.drop(interaction)  # a click too old to acknowledge is never worked
            return False
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            self.refusal, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
        )
        return False

    async def on_timeout(self) -> None:
        if self.message is None:
            return
        try:
            await self.message.edit(view=None)
        except discord.HTTPException as exc:
            log.debug("Could not remove expired buttons: %s", exc)


class SuggestionView(OwnedView):
    """One button per suggestion; picking one answers it in place of the did-you-mean message."""

    refusal = NOT_YOURS

    def __init__(self, owner_id: int, suggestions: Sequence[str], pick: Pick, *, timeout: float = 600) -> None:
        super().__init__(owner_id, timeout=timeout)
        self.suggestions = list(suggestions)[: len(suggestion_labels(suggestions))]
        for label, suggestion in zip(suggestion_labels(suggestions), self.suggestions, strict=True):
            button: discord.ui.Button[SuggestionView] = discord.ui.Button(
                label=label, style=discord.ButtonStyle.secondary
            )
            button.callback = self._callback(suggestion)
            self.add_item(button)
        self._pick = pick

    def _callback(self, suggestion: str) -> Callable[[discord.Interaction], Awaitable[None]]:
        async def callback(interaction: discord.Interaction) -> None:
            self.stop()
            await self._pick(interaction, suggestion)

        return callback


class Paginator(OwnedView):
    """Previous/next buttons over pre-rendered embeds."""

    def __init__(self, owner_id: int, pages: Sequence[discord.Embed], *, timeout: float = 600) -> None:
        super().__init__(owner_id, timeout=timeout)
        self.pages = list(pages)
        self.index = 0
        self._sync_buttons()

    @property
    def current(self) -> discord.Embed:
        return self.pages[self.index]

    def _sync_buttons(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index >= len(self.pages) - 1
        self.counter.label = f"{self.index + 1}/{len(self.pages)}"

    async def _show(self, interaction: discord.Interaction) -> None:
        self._sync_buttons()
        await interaction.response.edit_message(
            embed=self.current, view=self, allowed_mentions=discord.AllowedMentions.none()
        )

    @discord.ui.button(label="◀ Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button[Paginator]) -> None:
        self.index = max(0, self.index - 1)
        await self._show(interaction)

    @discord.ui.button(label="1/1", style=discord.ButtonStyle.secondary, disabled=True)
    async def counter(self, interaction: discord.Interaction, button: discord.ui.Button[Paginator]) -> None:
        await interaction.response.defer()

    @discord.ui.button(label="Next ▶", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button[Paginator]) -> None:
        self.index = min(len(self.pages) - 1, self.index + 1)
        await self._show(interaction)
