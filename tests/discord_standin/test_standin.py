"""Over-the-wire tests: a real discord.py ``commands.Bot`` against the stand-in."""

from __future__ import annotations

import asyncio
import io
import time
from dataclasses import dataclass, field

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from discord_standin import DiscordStandIn, UnknownCommandError
from discord_standin.testing import running_bot

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


@dataclass
class Seen:
    """What the test bot observed, for assertions from the test side."""

    clicks: list[int] = field(default_factory=list)
    errors: list[int] = field(default_factory=list)  # Discord error codes the bot got back
    uploads: list[bytes] = field(default_factory=list)
    selected: list[str] = field(default_factory=list)
    modal_answers: list[str] = field(default_factory=list)
    resumed: asyncio.Event = field(default_factory=asyncio.Event)


class AnswerView(discord.ui.View):
    def __init__(self, seen: Seen) -> None:
        super().__init__(timeout=30)
        self.seen = seen

    @discord.ui.button(label="Helpful", custom_id="answer:helpful")
    async def helpful(self, interaction: discord.Interaction, button: discord.ui.Button[AnswerView]) -> None:
        self.seen.clicks.append(interaction.user.id)
        await interaction.response.edit_message(content="thanks for the feedback", view=None)

    @discord.ui.select(custom_id="answer:year", options=[discord.SelectOption(label=y) for y in ("2023", "2024")])
    async def year(self, interaction: discord.Interaction, select: discord.ui.Select[AnswerView]) -> None:
        self.seen.selected.extend(select.values)
        await interaction.response.send_message(f"year {select.values[0]}", ephemeral=True)


class NoteModal(discord.ui.Modal, title="Add a note"):
    note: discord.ui.TextInput[NoteModal] = discord.ui.TextInput(label="Note", custom_id="note:text")

    def __init__(self, seen: Seen) -> None:
        super().__init__()
        self.seen = seen

    async def on_submit(self, interaction: discord.Interaction) -> None:
        self.seen.modal_answers.append(self.note.value)
        await interaction.response.send_message("noted", ephemeral=True)


def make_bot(standin: DiscordStandIn, seen: Seen) -> commands.Bot:
    intents = discord.Intents.default()
    intents.message_content = True
    intents.members = True
    bot = commands.Bot(command_prefix="!", intents=intents, guild_ready_timeout=0.05)
    guild = discord.Object(standin.guild_id)
    tree = bot.tree

    @tree.command(guild=guild, description="Ask the ledger")
    async def ask(interaction: discord.Interaction, question: str) -> None:
        await interaction.response.send_message(f"You asked: {question}", view=AnswerView(seen))

    @ask.autocomplete("question")
    async def ask_autocomplete(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        known = ["how much did Poland spend", "how much is 2% of GDP", "who spends most"]
        return [app_commands.Choice(name=q, value=q) for q in known if q.startswith(current)]

    @tree.command(guild=guild, description="Chart, slowly")
    async def report(interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.followup.send("here is the chart", file=discord.File(io.BytesIO(PNG), "chart.png"))

    @tree.command(guild=guild, description="Read an upload")
    async def upload(interaction: discord.Interaction, file: discord.Attachment) -> None:
        seen.uploads.append(await file.read())
        await interaction.response.send_message(f"{file.filename}: {file.size} bytes", ephemeral=True)

    @tree.command(guild=guild, description="Too slow")
    async def slow(interaction: discord.Interaction) -> None:
        await asyncio.sleep(standin.ack_deadline + 0.1)
        try:
            await interaction.response.send_message("late")
        except discord.NotFound as error:
            seen.errors.append(error.code)

    @tree.command(guild=guild, description="Answers twice")
    async def twice(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("first")
        try:
            # A fresh InteractionResponse has no local "already responded" state, so the
            # second acknowledgement really goes over the wire.
            await discord.InteractionResponse(interaction).send_message("second")
        except discord.HTTPException as error:
            seen.errors.append(error.code)

    @tree.command(guild=guild, description="Opens a modal")
    async def note(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(NoteModal(seen))

    kb = app_commands.Group(
        name="kb",
        description="Knowledge base",
        guild_ids=[standin.guild_id],
        default_permissions=discord.Permissions(manage_guild=True),
    )

    @kb.command(description="Reload articles")
    async def refresh(interaction: discord.Interaction, force: bool = False) -> None:
        await interaction.response.send_message(f"refreshed (force={force})", ephemeral=True)

    tree.add_command(kb)

    @bot.event
    async def on_message(message: discord.Message) -> None:
        if message.author.bot:
            return
        if message.content.startswith("ping"):
            await message.reply("pong", allowed_mentions=discord.AllowedMentions.none())

    @bot.event
    async def on_resumed() -> None:
        seen.resumed.set()

    async def setup_hook() -> None:
        await tree.sync(guild=guild)

    bot.setup_hook = setup_hook  # type: ignore[method-assign]
    return bot


@pytest.fixture
def seen() -> Seen:
    return Seen()


async def test_login_ready_and_command_sync(standin: DiscordStandIn, discord_errors, seen: Seen) -> None:
    started = time.monotonic()
    async with running_bot(lambda: make_bot(standin, seen), standin) as bot:
        assert time.monotonic() - started < 1.0
        assert bot.user is not None and bot.user.id == standin.bot_user_id
        guild = bot.get_guild(standin.guild_id)
        assert guild is not None and guild.name == "Alliance HQ"
        assert guild.get_member(standin.admin_id) is not None
        assert guild.get_member(standin.admin_id).guild_permissions.manage_guild
        assert guild.get_channel(standin.general_channel_id) is not None
        assert standin.identifies == 1
        members = await asyncio.wait_for(guild.chunk(), timeout=1)  # op 8 -> GUILD_MEMBERS_CHUNK (nonce)
        assert len(members) == len(standin.users)
        assert [p["op"] for p in standin.gateway.received].count(8) == 1
    names = {c["name"] for c in standin.registered_commands(standin.guild_id)}
    assert names == {"ask", "report", "upload", "slow", "twice", "note", "kb"}
    sync = [r for r in standin.requests if r.method == "PUT" and r.route and r.route.endswith("/commands")]
    assert (
        len(sync) == 1 and sync[0].path == f"/applications/{standin.application_id}/guilds/{standin.guild_id}/commands"
    )
    assert all(c["id"] and c["application_id"] == str(standin.application_id) for c in sync[0].response)


async def test_on_message_reply_records_allowed_mentions(standin: DiscordStandIn, discord_errors, seen) -> None:
    async with running_bot(lambda: make_bot(standin, seen), standin):
        sent = await standin.post_message(None, standin.member_id, f"ping <@{standin.bot_user_id}>")
        assert [m["id"] for m in sent["mentions"]] == [str(standin.bot_user_id)]
        reply = await standin.wait_for_bot_message(standin.general_channel_id)
    assert reply["content"] == "pong"
    assert reply["allowed_mentions"] == {"parse": []}
    assert reply["message_reference"]["message_id"] == sent["id"]
    assert reply["mentions"] == []  # the replied-to user was not pinged
    assert [m["id"] for m in standin.messages(standin.general_channel_id)] == [sent["id"], reply["id"]]


async def test_slash_command_response_and_button_reaches_view(
    standin: DiscordStandIn, discord_errors, seen: Seen
) -> None:
    async with running_bot(lambda: make_bot(standin, seen), standin):
        ix = await standin.invoke_command("ask", {"question": "how much?"}, user_id=standin.member_id)
        response = await ix.wait_response()
        assert response.type == 4
        answer = ix.original
        assert answer is not None and answer["content"] == "You asked: how much?"
        assert answer["interaction_metadata"]["id"] == str(ix.id)
        assert standin.messages(standin.general_channel_id)[-1]["id"] == answer["id"]

        click = await standin.click(int(answer["id"]), "answer:helpful", user_id=standin.other_member_id)
        assert (await click.wait_response()).type == 7
        assert seen.clicks == [standin.other_member_id]
        edited = standin.message(int(answer["id"]))
        assert edited["content"] == "thanks for the feedback" and edited["components"] == []


async def test_select_menu_reaches_view(standin: DiscordStandIn, discord_errors, seen: Seen) -> None:
    async with running_bot(lambda: make_bot(standin, seen), standin):
        ix = await standin.invoke_command("ask", {"question": "which year?"})
        await ix.wait_response()
        pick = await standin.select(ix.original_message_id, "answer:year", ["2024"])
        await pick.wait_response()
    assert seen.selected == ["2024"]
    assert pick.original["content"] == "year 2024" and pick.original["flags"] & 64


async def test_defer_then_followup_with_file(standin: DiscordStandIn, discord_errors, seen: Seen) -> None:
    async with running_bot(lambda: make_bot(standin, seen), standin):
        ix = await standin.invoke_command("report")
        assert (await ix.wait_response()).type == 5
        followups = await ix.wait_followups(1)
    message = followups[0]
    assert message["content"] == "here is the chart"
    [attachment] = message["attachments"]
    assert attachment["filename"] == "chart.png"
    assert standin.attachment_bytes(attachment) == PNG
    assert ix.original is not None and ix.original["id"] == message["id"]  # replaced the "thinking" message
    upload = next(r for r in standin.requests if r.files)
    assert upload.files[0].filename == "chart.png" and upload.files[0].data == PNG


async def test_attachment_option_is_readable_by_the_bot(standin: DiscordStandIn, discord_errors, seen) -> None:
    csv = b"country,spend\nPL,4.1\n"
    async with running_bot(lambda: make_bot(standin, seen), standin):
        ix = await standin.invoke_command("upload", attachments={"file": ("spend.csv", csv, "text/csv")})
        await ix.wait_response()
    assert seen.uploads == [csv]
    assert ix.original["content"] == f"spend.csv: {len(csv)} bytes"


async def test_autocomplete_returns_the_bots_choices(standin: DiscordStandIn, discord_errors, seen) -> None:
    async with running_bot(lambda: make_bot(standin, seen), standin):
        choices = await standin.autocomplete("ask", "question", "how mu")
    assert [c["value"] for c in choices] == ["how much did Poland spend", "how much is 2% of GDP"]


async def test_subcommand_group_and_default_permissions(standin: DiscordStandIn, discord_errors, seen) -> None:
    async with running_bot(lambda: make_bot(standin, seen), standin):
        with pytest.raises(PermissionError):
            await standin.invoke_command("kb refresh", user_id=standin.member_id)
        ix = await standin.invoke_command(("kb", "refresh"), {"force": True}, user_id=standin.admin_id)
        await ix.wait_response()
        with pytest.raises(UnknownCommandError):
            await standin.invoke_command("nope")
    assert ix.original["content"] == "refreshed (force=True)"


async def test_modal_round_trip(standin: DiscordStandIn, discord_errors, seen: Seen) -> None:
    async with running_bot(lambda: make_bot(standin, seen), standin):
        opened = await standin.invoke_command("note")
        assert (await opened.wait_response()).type == 9
        assert opened.modal is not None and opened.modal["title"] == "Add a note"
        submitted = await standin.submit_modal(opened, {"note:text": "check the 2024 figure"})
        await submitted.wait_response()
    assert seen.modal_answers == ["check the 2024 figure"]


async def test_late_acknowledgement_gets_unknown_interaction(
    standin: DiscordStandIn, discord_errors, seen: Seen
) -> None:
    standin.ack_deadline = 0.2
    async with running_bot(lambda: make_bot(standin, seen), standin):
        ix = await standin.invoke_command("slow")
        await standin.wait_for(lambda: seen.errors, timeout=2)
    assert seen.errors == [10062]
    assert ix.rejected == [(404, 10062)] and ix.response is None


async def test_second_acknowledgement_is_refused(standin: DiscordStandIn, discord_errors, seen: Seen) -> None:
    async with running_bot(lambda: make_bot(standin, seen), standin):
        ix = await standin.invoke_command("twice")
        await standin.wait_for(lambda: seen.errors)
    assert seen.errors == [40060]
    assert ix.rejected == [(400, 40060)] and ix.original["content"] == "first"


async def test_reconnect_resumes_the_session(standin: DiscordStandIn, discord_errors, seen: Seen) -> None:
    async def identify_now(shard_id: int | None, *, initial: bool = False) -> None:
        return None  # discord.py otherwise sleeps 5 s before a re-IDENTIFY

    bot = make_bot(standin, seen)
    bot.before_identify_hook = identify_now  # type: ignore[method-assign]
    async with running_bot(bot, standin):
        await standin.send_reconnect()
        await asyncio.wait_for(seen.resumed.wait(), timeout=2)
        assert (standin.identifies, standin.resumes) == (1, 1)
        await standin.post_message(None, standin.member_id, "ping again")
        reply = await standin.wait_for_bot_message()
        await standin.send_invalid_session(resumable=False)
        assert (standin.identifies, standin.resumes) == (2, 1)
        await standin.post_message(None, standin.member_id, "ping once more")
        last = await standin.wait_for_bot_message()
    assert reply["content"] == last["content"] == "pong"


async def test_wrong_token_is_a_login_failure(standin: DiscordStandIn, discord_errors, seen: Seen) -> None:
    with pytest.raises(discord.LoginFailure):
        async with running_bot(lambda: make_bot(standin, seen), standin, token="not-the-token"):
            pytest.fail("bot started with a wrong token")
    assert standin.requests[-1].status == 401
    assert all("not-the-token" not in repr(r) for r in standin.requests)


async def test_unknown_route_is_a_recorded_404(standin: DiscordStandIn, discord_errors, seen: Seen) -> None:
    async with running_bot(lambda: make_bot(standin, seen), standin) as bot:
        guild = bot.get_guild(standin.guild_id)
        assert guild is not None
        with pytest.raises(discord.NotFound):
            [ban async for ban in guild.bans()]
    assert [(r.method, r.path, r.status) for r in standin.unknown_routes] == [
        ("GET", f"/guilds/{standin.guild_id}/bans", 404)
    ]
    standin.unknown_routes.clear()  # expected here; the fixture fails on any other


class QuickShardedBot(commands.AutoShardedBot):
    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        return None  # discord.py otherwise waits 5 s between shard IDENTIFYs


async def test_auto_sharded_bot_identifies_every_shard(discord_errors) -> None:
    async with DiscordStandIn(shards=2) as standin:
        intents = discord.Intents.default()

        def make() -> QuickShardedBot:
            return QuickShardedBot(command_prefix="!", intents=intents, guild_ready_timeout=0.05)

        async with running_bot(make, standin) as bot:
            assert bot.shard_count == 2
            assert sorted(s.shard_id for s in standin.gateway.sessions.values()) == [0, 1]
            guild = bot.get_guild(standin.guild_id)
            assert guild is not None and guild.shard_id == (standin.guild_id >> 22) % 2
        assert any(r.path == "/gateway/bot" for r in standin.requests)
        standin.assert_clean()


async def test_dm_and_message_content_intent(standin: DiscordStandIn, discord_errors) -> None:
    received: list[tuple[str, bool]] = []
    intents = discord.Intents.default()  # no message_content

    def make() -> commands.Bot:
        bot = commands.Bot(command_prefix="!", intents=intents, guild_ready_timeout=0.05)

        @bot.event
        async def on_message(message: discord.Message) -> None:
            if message.author.bot:
                return
            received.append((message.content, message.guild is None))
            if message.guild is None:
                await message.channel.send("got your DM")

        return bot

    async with running_bot(make, standin):
        await standin.post_message(None, standin.member_id, "secret plans")
        await standin.post_message(None, standin.member_id, f"<@{standin.bot_user_id}> visible")
        dm = standin.dm_channel_id(standin.member_id)
        await standin.post_message(dm, standin.member_id, "hello in private")
        reply = await standin.wait_for_bot_message(dm)
    assert received == [("", False), (f"<@{standin.bot_user_id}> visible", False), ("hello in private", True)]
    assert reply["content"] == "got your DM" and "guild_id" not in reply


async def test_world_changes_reach_a_connected_bot(standin: DiscordStandIn, discord_errors, seen: Seen) -> None:
    async with running_bot(lambda: make_bot(standin, seen), standin) as bot:
        guild = bot.get_guild(standin.guild_id)
        assert guild is not None
        auditors = standin.add_role("Auditor", permissions=discord.Permissions(manage_guild=True).value)
        newcomer = standin.add_member("dana", roles=["Auditor"])
        channel_id = standin.add_channel("budget", topic="numbers")
        await standin.post_message(channel_id, newcomer, "ping from dana")
        reply = await standin.wait_for_bot_message(channel_id)
        member = guild.get_member(newcomer)
        assert member is not None and [r.id for r in member.roles][-1] == auditors
        assert member.guild_permissions.manage_guild
        assert guild.get_channel(channel_id).topic == "numbers"
    assert reply["content"] == "pong"
