"""Start-up, intents, reconnect/resume and sharding, over the wire."""

import discord
from discord.ext import commands
from ledger_wire_helpers import START_TIMEOUT, embed_of

from bot import create_bot
from bot.bot import LedgerBot
from discord_standin import DiscordStandIn
from discord_standin.testing import running_bot


async def ask(standin, question, **kwargs):
    interaction = await standin.invoke_command("ask", {"question": question}, **kwargs)
    return await interaction.wait_original()


async def test_factory_returns_an_unstarted_bot_with_the_expected_intents(settings):
    bot = create_bot(settings, guild_ready_timeout=0.05)
    assert isinstance(bot, commands.Bot)
    assert not isinstance(bot, commands.AutoShardedBot)
    assert not bot.is_ready()
    intents = bot.intents
    assert intents.guilds and intents.guild_messages and intents.message_content
    assert not intents.members and not intents.presences
    assert bot.allowed_mentions.to_dict() == discord.AllowedMentions.none().to_dict()
    await bot.close()


async def test_commands_are_synced_to_the_configured_guild(standin, bot):
    names = {command["name"] for command in standin.registered_commands(standin.guild_id)}
    assert names == {"ask", "sources", "facts", "help", "kb", "chart", "config", "Check figures (Alliance Ledger)"}
    assert standin.registered_commands() == []  # nothing global when guilds are configured
    assert set(bot.extensions) == {
        "bot.exts.answers",
        "bot.exts.browse",
        "bot.exts.admin",
        "bot.exts.charts",
        "bot.exts.upload",
        "bot.exts.manage",
        "bot.exts.config",
        "bot.exts.factcheck",
    }
    [kb] = [command for command in standin.registered_commands(standin.guild_id) if command["name"] == "kb"]
    assert {option["name"] for option in kb["options"]} == {
        "status",
        "refresh",
        "upload",
        "remove",
        "replace",
        "history",
        "gaps",
    }


async def test_reconnect_then_resume_keeps_answering(standin, bot):
    assert "64%" in embed_of(await ask(standin, "how much does the US pay?"))["title"]
    await standin.send_reconnect()
    assert standin.resumes == 1
    assert standin.identifies == 1
    assert "Mark Rutte" in embed_of(await ask(standin, "who leads nato?"))["title"]
    posted = await standin.post_message(None, standin.member_id, f"<@{standin.bot_user_id}> who leads nato?")
    reply = await standin.wait_for_bot_message(
        predicate=lambda m: (m.get("message_reference") or {}).get("message_id") == posted["id"]
    )
    assert reply["embeds"]


async def identify_now(shard_id, *, initial=False):
    return None


async def test_sharded_bot_answers(make_settings, documents, tmp_path):
    async with DiscordStandIn(token="shard-token", shards=2) as standin:
        settings = make_settings(discord_token="shard-token", discord_guild_ids=(standin.guild_id,), shard_count=2)
        bot = create_bot(settings, guild_ready_timeout=0.05)
        assert isinstance(bot, commands.AutoShardedBot)
        assert isinstance(bot, LedgerBot)
        bot.before_identify_hook = identify_now  # discord.py otherwise waits 5 s between shard IDENTIFYs
        async with running_bot(bot, standin, timeout=START_TIMEOUT):
            assert bot.shard_count == 2
            assert set(bot.shards) == {0, 1}
            assert "64%" in embed_of(await ask(standin, "how much does the US pay?"))["title"]
        standin.assert_clean()
