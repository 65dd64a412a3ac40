"""Questions: mentions, answer channels and `/ask`, with follow-ups and cooldowns."""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Awaitable, Callable

import discord
from discord import app_commands
from discord.ext import commands

from bot.bot import LedgerBot
from bot.cooldowns import Cooldowns, question_cooldown
from bot.defer import defer_thinking
from bot.feedback import new_answer_id, suggestion_buttons, vote_buttons
from bot.knowledge_service import facts_json
from bot.rendering import answer_embed, suggestion_labels
from bot.text import MAX_QUESTION, clean_question, shorten
from knowledge.models import Answer, Band

log = logging.getLogger(__name__)

NO_PINGS = discord.AllowedMentions.none()
COOLDOWN_NOTICE_SECONDS = 5.0
IN_FLIGHT = "I'm still answering your previous question. One at a time, please."
AUTOCOMPLETE_INPUT = 200
CHOICES = 25
CHOICE_LENGTH = 100


def message_key(message: discord.Message) -> tuple[int, int]:
    return (message.channel.id, message.author.id)


class Answers(commands.Cog):
    def __init__(self, bot: LedgerBot) -> None:
        self.bot = bot
        settings = bot.settings
        self.cooldowns = Cooldowns(settings.cooldown_questions, settings.cooldown_seconds)
        # One "slow down" notice per window: a flood must not turn into a flood of notices.
        self.notices = Cooldowns(1, settings.cooldown_seconds)
        self.notice_seconds = COOLDOWN_NOTICE_SECONDS
        # One question in flight per member: a member cannot queue up work that delays everyone else.
        self.in_flight: set[int] = set()

    async def answer(self, question: str, channel_id: int, user_id: int) -> Answer:
        previous = self.bot.memory.get(channel_id, user_id)
        answer = await self.bot.knowledge.ask(question, previous)
        self.bot.memory.remember(channel_id, user_id, answer)
        return answer

    def render(
        self, answer: Answer, question: str, asker_id: int, channel_id: int
    ) -> tuple[discord.Embed, discord.ui.View | None]:
        """The embed and its buttons: did-you-mean picks, or 👍/👎 on a confident answer (both survive restarts)."""
        embed = answer_embed(answer, question=question, kb_version=answer.kb_version)
        if answer.band is Band.SUGGEST and answer.suggestions:
            return embed, suggestion_buttons(asker_id, suggestion_labels(answer.suggestions))
        if answer.band in (Band.ANSWER, Band.PARTIAL):  # the figures a partial answer states are voted on too
            answer_id = new_answer_id()
            self.bot.recorder.answer(answer_id, question, answer.kb_version or "", answer.band, facts_json(answer))
            return embed, vote_buttons(answer_id)
        return embed, None

    def note_gap(self, answer: Answer, question: str) -> None:
        if question and answer.band in (Band.UNKNOWN, Band.SUGGEST, Band.PARTIAL):  # a part not answered is a gap
            self.bot.recorder.gap(question)

    async def pick(self, interaction: discord.Interaction, suggestion: str, asker_id: int) -> None:
        """A did-you-mean button: answer the suggestion in place of the did-you-mean message."""
        assert interaction.channel_id is not None
        # Acknowledged first, like /ask: the answer then replaces the did-you-mean message.
        await interaction.response.defer()
        picked = await self.answer(suggestion, interaction.channel_id, asker_id)
        new_embed, new_view = self.render(picked, suggestion, asker_id, interaction.channel_id)
        await interaction.edit_original_response(embed=new_embed, view=new_view, allowed_mentions=NO_PINGS)

    # -- messages -------------------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or message.author.bot or message.webhook_id is not None or message.author.id == me.id:
            return
        mentioned = me.id in message.raw_mentions
        guild_id = message.guild.id if message.guild else None
        if not mentioned and message.channel.id not in self.bot.answer_channels(guild_id):
            return
        content = re.sub(rf"<@!?{me.id}>", " ", message.content) if mentioned else message.content
        question = clean_question(content, limit=MAX_QUESTION)
        if mentioned:
            await self.answer_mention(message, question)
        elif question:
            await self.answer_quietly(message, question)

    async def answer_mention(self, message: discord.Message, question: str) -> None:
        if message.author.id in self.in_flight:
            await self.notify(message, IN_FLIGHT, self.notice_seconds)
            return
        retry_after = self.cooldowns.hit(message_key(message))
        if retry_after:
            seconds = max(1, math.ceil(retry_after))
            await self.notify(message, f"You're asking quickly. Try again in {seconds} s.", retry_after)
            return
        self.in_flight.add(message.author.id)
        try:
            answer = await self.answer(question, message.channel.id, message.author.id)
            self.note_gap(answer, question)
            embed, view = self.render(answer, question, message.author.id, message.channel.id)
            await self.reply(message, embed, view)
        finally:
            self.in_flight.discard(message.author.id)

    async def answer_quietly(self, message: discord.Message, question: str) -> None:
        """Answer channels: speak only when confident, and never about chatter or on cooldown."""
        answer = await self.bot.knowledge.ask(question, self.bot.memory.get(message.channel.id, message.author.id))
        if answer.band is not Band.ANSWER:
            return
        if self.cooldowns.hit(message_key(message)):
            return
        self.bot.memory.remember(message.channel.id, message.author.id, answer)
        embed, _ = self.render(answer, question, message.author.id, message.channel.id)
        await self.reply(message, embed, None)

    async def reply(self, message: discord.Message, embed: discord.Embed, view: discord.ui.View | None) -> None:
        try:
            await message.channel.send(
                embed=embed,
                view=view or discord.utils.MISSING,
                reference=message.to_reference(fail_if_not_exists=False),
                allowed_mentions=NO_PINGS,
            )
        except discord.Forbidden:
            log.info("No permission to reply in channel %d", message.channel.id)

    async def notify(self, message: discord.Message, text: str, retry_after: float) -> None:
        # A short reply that deletes itself: it tells the member how long to wait (a reaction
        # could not) and leaves nothing behind in the channel once it has been read.
        if self.notices.hit(message_key(message)):
            return
        try:
            await message.channel.send(
                text,
                reference=message.to_reference(fail_if_not_exists=False),
                allowed_mentions=NO_PINGS,
                delete_after=min(self.notice_seconds, retry_after),
            )
        except discord.Forbidden:
            log.info("No permission to send a cooldown notice in channel %d", message.channel.id)

    # -- /ask -----------------------------------------------------------------------------------

    @app_commands.command(name="ask", description="Ask about NATO defence spending; answers cite their sources.")
    @app_commands.describe(question="For example: how much does the US pay?")
    @question_cooldown()
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 1000]) -> None:
        # Acknowledge first, before any other work; answer once no other acknowledgement is waiting.
        user_id = interaction.user.id
        if user_id in self.in_flight:
            self.bot.arrivals.counts.refused_in_flight += 1
            await self.acknowledge(
                interaction,
                lambda: interaction.response.send_message(IN_FLIGHT, ephemeral=True, allowed_mentions=NO_PINGS),
            )
            return
        self.in_flight.add(user_id)
        try:
            if await self.acknowledge(interaction, lambda: defer_thinking(interaction)):
                await self.answer_deferred(interaction, question)
        finally:
            self.in_flight.discard(user_id)

    async def acknowledge(self, interaction: discord.Interaction, respond: Callable[[], Awaitable[object]]) -> bool:
        """Send the acknowledgement, or drop the interaction (counted) when it can no longer arrive in time."""
        arrivals = self.bot.arrivals
        async with arrivals.sending():
            # Checked again once it is this acknowledgement's turn to go out: one that would arrive
            # late is not sent, so it costs neither side anything and the next one goes sooner.
            if arrivals.too_old(interaction):
                arrivals.drop(interaction)
                return False
            try:
                await respond()
            except discord.NotFound:
                arrivals.drop(interaction)  # too late after all: Discord gave up on it, so no work is done
                return False
        arrivals.acknowledged(interaction)
        return True

    async def answer_deferred(self, interaction: discord.Interaction, question: str) -> None:
        arrivals = self.bot.arrivals
        await arrivals.quiet()
        assert interaction.channel_id is not None  # application commands always come from a channel
        arrivals.counts.worked += 1
        cleaned = clean_question(question)
        answer = await self.answer(cleaned, interaction.channel_id, interaction.user.id)
        self.note_gap(answer, cleaned)
        embed, view = self.render(answer, cleaned, interaction.user.id, interaction.channel_id)
        await arrivals.quiet()
        await interaction.edit_original_response(embed=embed, view=view, allowed_mentions=NO_PINGS)
        arrivals.counts.answered += 1

    @ask.autocomplete("question")
    async def ask_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        text = clean_question(current, limit=AUTOCOMPLETE_INPUT)
        suggestions = await self.bot.knowledge.complete(text, CHOICES)
        return choices(suggestions)


def choices(suggestions: list[str]) -> list[app_commands.Choice[str]]:
    """At most 25 unique choices whose names and values fit Discord's 100-character limit."""
    seen: set[str] = set()
    result: list[app_commands.Choice[str]] = []
    for suggestion in suggestions:
        name = shorten(suggestion, CHOICE_LENGTH)
        if not name or name in seen:
            continue
        seen.add(name)
        result.append(app_commands.Choice(name=name, value=name))
        if len(result) == CHOICES:
            break
    return result


async def setup(bot: LedgerBot) -> None:
    await bot.add_cog(Answers(bot))
