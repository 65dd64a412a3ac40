"""Buttons that outlive the process: 👍/👎 on answers and did-you-mean picks, plus the writes behind them.

Both are `discord.ui.DynamicItem`s: everything a click needs is in its `custom_id` (the answer's
id, or the asker and the suggestion's position) or in the message clicked, so a button sent before
a restart, or by another process, still works. Answer records and unanswered questions are
written in small batches off the event loop, so a burst of questions costs one transaction, not
one per question.
"""

from __future__ import annotations

import asyncio
import logging
import re
import secrets
from typing import TYPE_CHECKING, Any, cast

import discord

from bot.store import Store
from bot.store_calls import StoreCaller

if TYPE_CHECKING:
    from bot.protocols import ArrivalsClient, FeedbackClient

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()
FLUSH_SECONDS = 0.25
NOT_YOURS = "Only the person who asked can pick a suggestion. Ask your own question with `/ask`."
BULLET = re.compile(r"^• (.+)$", re.MULTILINE)


def too_old(interaction: discord.Interaction) -> bool:
    """A click too old to acknowledge is dropped and counted, never worked (see bot.arrivals)."""
    arrivals = cast("ArrivalsClient", interaction.client).arrivals
    if arrivals.too_old(interaction):
        arrivals.drop(interaction)
        return True
    return False


def new_answer_id() -> str:
    return secrets.token_hex(8)


class Recorder:
    """Batches answer records and gaps into one store transaction every FLUSH_SECONDS."""

    def __init__(self, store: Store, off_loop: StoreCaller) -> None:
        self.store = store
        self._off_loop = off_loop
        self._answers: list[tuple[str, str, str, str, str]] = []
        self._gaps: list[str] = []
        self._flushing: asyncio.Task[None] | None = None

    def answer(self, answer_id: str, question: str, version: str, band: str, facts: str) -> None:
        self._answers.append((answer_id, question, version, band, facts))
        self._schedule()

    def gap(self, question: str) -> None:
        self._gaps.append(question)
        self._schedule()

    def _schedule(self) -> None:
        if self._flushing is None or self._flushing.done():
            self._flushing = asyncio.get_running_loop().create_task(self._flush_later())

    async def _flush_later(self) -> None:
        await asyncio.sleep(FLUSH_SECONDS)
        await self.flush()

    async def flush(self) -> None:
        answers, self._answers = self._answers, []
        gaps, self._gaps = self._gaps, []
        try:
            if answers:
                await self._off_loop(self.store.record_answers, answers)
            if gaps:
                await self._off_loop(self.store.record_gaps, gaps)
        except Exception:
            log.exception("Could not store %d answer records and %d unanswered questions", len(answers), len(gaps))


def vote_buttons(answer_id: str) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(VoteButton(answer_id, up=True))
    view.add_item(VoteButton(answer_id, up=False))
    return view


class VoteButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"ledger:vote:(?P<up>[ud]):(?P<id>[0-9a-f]{16})"
):
    def __init__(self, answer_id: str, *, up: bool) -> None:
        super().__init__(
            discord.ui.Button(
                label="Helpful" if up else "Not helpful",
                emoji="👍" if up else "👎",
                style=discord.ButtonStyle.secondary,
                custom_id=f"ledger:vote:{'u' if up else 'd'}:{answer_id}",
            )
        )
        self.answer_id = answer_id
        self.up = up

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button[Any], match: re.Match[str], /
    ) -> VoteButton:
        return cls(match["id"], up=match["up"] == "u")

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        return not too_old(interaction)

    async def callback(self, interaction: discord.Interaction) -> None:
        bot = cast("FeedbackClient", interaction.client)
        await bot.recorder.flush()  # the answer's record may still be in the batch
        counted = await bot.knowledge.db(bot.knowledge.store.vote, self.answer_id, interaction.user.id, self.up)
        if counted:
            text = "Thanks, noted." if self.up else "Thanks, noted. Moderators see which answers missed."
        else:
            text = "That answer is too old to vote on."
        await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)


class PickButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"ledger:pick:(?P<owner>[0-9]+):(?P<index>[0-9])"
):
    """A did-you-mean suggestion; the suggestion itself is read from the message's bullet list."""

    def __init__(self, owner_id: int, index: int, label: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=label, style=discord.ButtonStyle.secondary, custom_id=f"ledger:pick:{owner_id}:{index}"
            )
        )
        self.owner_id = owner_id
        self.index = index

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button[Any], match: re.Match[str], /
    ) -> PickButton:
        return cls(int(match["owner"]), int(match["index"]), item.label or "?")

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        if too_old(interaction):
            return False
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(NOT_YOURS, ephemeral=True, allowed_mentions=NO_PINGS)
        return False

    async def callback(self, interaction: discord.Interaction) -> None:
        message = interaction.message
        description = message.embeds[0].description if message and message.embeds else None
        suggestions = BULLET.findall(description or "")
        if self.index >= len(suggestions) or interaction.channel_id is None:
            await interaction.response.send_message(
                "That suggestion is no longer available; ask again with `/ask`.", ephemeral=True
            )
            return
        bot = cast("FeedbackClient", interaction.client)
        answers = bot.get_cog("Answers")
        if answers is None:
            return
        await answers.pick(interaction, suggestions[self.index], self.owner_id)  # type: ignore[attr-defined]


def suggestion_buttons(owner_id: int, labels: list[str]) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    for index, label in enumerate(labels):
        view.add_item(PickButton(owner_id, index, label))
    return view
