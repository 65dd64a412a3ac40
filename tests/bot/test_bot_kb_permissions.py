"""Only the knowledge base's home servers (or the application's owner) may change it, over the wire.

The knowledge base is one for every server the bot is in: an administrator of another server must
never be able to refresh it or upload into it, whether commands are synced per guild or globally.
"""

from __future__ import annotations

import pytest
from ledger_wire_helpers import START_TIMEOUT

from bot import create_bot
from discord_standin import UnknownCommandError
from discord_standin import interactions as ixm
from discord_standin.testing import running_bot

ARTICLE = b"The United States contributed an estimated 12% of total alliance defence expenditure in 2024.\n"


def snapshot_of(bot) -> tuple[str, list[str]]:
    folder = bot.settings.documents_dir
    return bot.knowledge.kb.version, sorted(p.name for p in folder.rglob("*"))


@pytest.fixture
def other_guild(standin):
    """An unrelated server whose owner and administrator (eve) have every permission there."""
    guild_id = standin.add_guild("Elsewhere", owner="mallory", admins=("eve",))
    channel_id = next(iter(standin.world.guilds[guild_id].channels))
    return guild_id, channel_id


async def start(standin, make_settings, **overrides):
    return running_bot(
        lambda: create_bot(make_settings(**overrides), guild_ready_timeout=0.05), standin, timeout=START_TIMEOUT
    )


async def forged(standin, command: str, *, home_channel: int, user_id: int, channel_id: int, attachments=None):
    """An interaction for the home server's command, sent as if from another server."""
    data = standin.engine.command_data(
        command.split(),
        options=None,
        user_id=user_id,
        channel_id=home_channel,
        attachments=attachments,
        focused=None,
        bypass_permissions=True,
    )
    payload = standin.engine.base_interaction(ixm.APPLICATION_COMMAND, user_id, channel_id, data)
    return await standin.engine.dispatch(payload)


async def reply_text(interaction) -> str:
    response = await interaction.wait_response()
    if response.type == 4:
        assert response.data["flags"] & 64
        return response.data["content"]
    [message] = await interaction.wait_followups(1, timeout=10)
    assert message["flags"] & 64
    return message["content"]


async def test_guild_sync_registers_writes_only_in_home_servers(standin, make_settings, other_guild):
    guild_id, channel_id = other_guild
    eve = standin.users["eve"]
    settings = {"discord_guild_ids": (standin.guild_id, guild_id), "kb_admin_guild_ids": (standin.guild_id,)}
    async with await start(standin, make_settings, **settings) as bot:
        home_names = {c["name"] for c in standin.registered_commands(standin.guild_id)}
        other_names = {c["name"] for c in standin.registered_commands(guild_id)}
        assert "kb" in home_names and "ask" in home_names
        assert "kb" not in other_names and "ask" in other_names
        with pytest.raises(UnknownCommandError):
            await standin.invoke_command("kb refresh", user_id=eve, channel_id=channel_id)
        before = snapshot_of(bot)
        for command, attachments in (("kb refresh", None), ("kb upload", {"file": ("ours.txt", ARTICLE)})):
            interaction = await forged(
                standin,
                command,
                home_channel=standin.general_channel_id,
                user_id=eve,
                channel_id=channel_id,
                attachments=attachments,
            )
            assert "home servers" in await reply_text(interaction)
        assert snapshot_of(bot) == before
        assert bot.knowledge.last_refresh is None


async def test_global_sync_keeps_writes_in_the_admin_guilds(standin, make_settings, other_guild):
    _guild_id, channel_id = other_guild
    settings = {"discord_guild_ids": (), "kb_admin_guild_ids": (standin.guild_id,)}
    async with await start(standin, make_settings, **settings) as bot:
        assert "kb" not in {c["name"] for c in standin.registered_commands()}
        assert "ask" in {c["name"] for c in standin.registered_commands()}
        assert "kb" in {c["name"] for c in standin.registered_commands(standin.guild_id)}
        with pytest.raises(UnknownCommandError):
            await standin.invoke_command("kb refresh", user_id=standin.users["eve"], channel_id=channel_id)
        home = await standin.invoke_command("kb refresh", user_id=standin.admin_id)
        assert "refreshed" in str(await home.wait_followups(1, timeout=10))
        assert bot.knowledge.last_refresh.actor_id == standin.admin_id


async def test_without_home_servers_only_the_owner_changes_the_knowledge_base(standin, make_settings, other_guild):
    _guild_id, channel_id = other_guild
    async with await start(standin, make_settings, discord_guild_ids=()) as bot:
        assert "kb" in {c["name"] for c in standin.registered_commands()}
        before = snapshot_of(bot)
        attempts = [
            ("kb refresh", standin.admin_id, standin.general_channel_id, None),
            ("kb refresh", standin.users["eve"], channel_id, None),
            ("kb refresh", standin.users["mallory"], channel_id, None),
            ("kb upload", standin.users["mallory"], channel_id, {"file": ("ours.txt", ARTICLE)}),
            ("kb upload", standin.moderator_id, standin.general_channel_id, {"file": ("ours.txt", ARTICLE)}),
        ]
        for command, user_id, channel, attachments in attempts:
            interaction = await standin.invoke_command(
                command, user_id=user_id, channel_id=channel, attachments=attachments
            )
            assert "home servers" in await reply_text(interaction), (command, user_id)
        assert snapshot_of(bot) == before
        owner = standin.guild.owner_id
        interaction = await standin.invoke_command("kb refresh", user_id=owner)
        assert "refreshed" in str(await interaction.wait_followups(1, timeout=10))
        assert bot.knowledge.last_refresh.actor_id == owner


async def test_status_stays_open_to_members_of_home_servers(standin, bot):
    interaction = await standin.invoke_command("kb status", user_id=standin.member_id)
    response = await interaction.wait_response()
    assert response.type == 4 and response.data["flags"] & 64
