"""`/ask`, its autocomplete, the error handler and the token-free logs, over the wire."""

import logging
import time

from ledger_wire_helpers import START_TIMEOUT, button_ids, embed_of, embed_text

from bot import create_bot
from discord_standin.testing import running_bot

NO_PINGS = {"parse": []}


async def test_ask_is_acknowledged_first_then_answered_publicly(standin, bot):
    interaction = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
    response = await interaction.wait_response()
    assert response.type == 5  # deferred ("thinking") before any work on the answer
    assert response.time - interaction.created_at < 0.5
    assert not interaction.rejected
    message = await interaction.wait_original()
    assert not message["flags"] & 64
    assert message["allowed_mentions"] == NO_PINGS
    assert "64%" in embed_of(message)["title"]
    assert "paragraph 4, sentence 1" in embed_text(message)


async def test_slow_matching_is_deferred_then_answered(standin, bot, monkeypatch):
    engine = bot.knowledge.engine
    real_ask = engine.ask

    def slow_ask(question, previous=None):
        time.sleep(1.3)  # runs in the worker pool: the event loop keeps going
        return real_ask(question, previous)

    monkeypatch.setattr(engine, "ask", slow_ask)
    slow = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
    response = await slow.wait_response()
    assert response.type == 5  # deferred ("thinking") at once
    assert response.time - slow.created_at < 0.5
    # the loop is free while the slow question is matched: another command is answered meanwhile
    help_ix = await standin.invoke_command("help", user_id=standin.other_member_id)
    await help_ix.wait_response(timeout=1.0)
    assert slow.original is None or slow.original["flags"] & 128  # still thinking
    message = await slow.wait_original(timeout=5)
    assert "64%" in embed_of(message)["title"]
    assert not slow.rejected


async def test_ask_did_you_mean_and_follow_up(standin, bot):
    interaction = await standin.invoke_command("ask", {"question": "anyone up for lunch?"})
    message = await interaction.wait_original()
    buttons = button_ids(message)
    assert buttons
    stranger = await standin.click(int(message["id"]), next(iter(buttons.values())), user_id=standin.admin_id)
    assert (await stranger.wait_response()).data["flags"] & 64
    mine = await standin.click(int(message["id"]), next(iter(buttons.values())), user_id=standin.member_id)
    assert (await mine.wait_response()).type == 6  # acknowledged first, then the message is edited
    await standin.wait_for(lambda: standin.message(int(message["id"]))["embeds"][0]["title"] != "Did you mean…?")

    first = await standin.invoke_command("ask", {"question": "what share does the US pay?"})
    await first.wait_original()
    follow = await standin.invoke_command("ask", {"question": "and europe?"})
    assert "36%" in embed_text(await follow.wait_original())


async def test_autocomplete_stays_within_discord_limits(standin, bot):
    for value in ["", "us", "how much", "x" * 5000, "@everyone " * 300, "\u200b" * 100, "🙂" * 2000]:
        choices = await standin.autocomplete("ask", "question", value)
        assert len(choices) <= 25
        for choice in choices:
            assert 1 <= len(choice["name"]) <= 100
            assert len(choice["value"]) <= 100
    choices = await standin.autocomplete("ask", "question", "how much us pay")
    assert choices
    assert any("United States" in c["name"] or "US" in c["name"] for c in choices)


async def test_ask_cooldown_is_friendly_and_ephemeral(standin, make_settings):
    settings = make_settings(cooldown_questions=1, cooldown_seconds=60.0)
    async with running_bot(lambda: create_bot(settings, guild_ready_timeout=0.05), standin, timeout=START_TIMEOUT):
        first = await standin.invoke_command("ask", {"question": "who leads nato?"})
        assert (await first.wait_response()).type == 5
        await first.wait_original()
        second = await standin.invoke_command("ask", {"question": "who leads nato?"})
        response = await second.wait_response()
        assert response.data["flags"] & 64
        assert "Try again in" in response.data["content"]
        assert "60 s" in response.data["content"] or "59 s" in response.data["content"]
        # per user and channel: someone else, or another channel, is not held back
        other = await standin.invoke_command("ask", {"question": "who leads nato?"}, user_id=standin.admin_id)
        assert (await other.wait_response()).type == 5
        elsewhere = await standin.invoke_command(
            "ask", {"question": "who leads nato?"}, channel_id=standin.channels["ledger"]
        )
        assert (await elsewhere.wait_response()).type == 5


async def test_unexpected_errors_get_a_short_reply_and_a_logged_traceback(standin, bot, monkeypatch, caplog):
    def broken(question, previous=None):
        raise ZeroDivisionError("engine bug")

    monkeypatch.setattr(bot.knowledge.engine, "ask", broken)
    with caplog.at_level(logging.ERROR, logger="bot"):
        interaction = await standin.invoke_command("ask", {"question": "how much?"}, user_id=standin.member_id)
        assert (await interaction.wait_response()).type == 5
        [followup] = await interaction.wait_followups(1)
    assert "Something went wrong" in followup["content"]
    assert "engine bug" not in followup["content"]
    [record] = [r for r in caplog.records if r.name == "bot.tree"]
    message = record.getMessage()
    assert "/ask" in message
    assert str(standin.member_id) in message
    assert str(standin.guild_id) in message
    assert record.exc_info[0] is ZeroDivisionError


async def test_error_after_defer_is_sent_as_a_followup(standin, bot, monkeypatch, caplog):
    def slow_and_broken(question, previous=None):
        time.sleep(1.2)
        raise RuntimeError("late failure")

    monkeypatch.setattr(bot.knowledge.engine, "ask", slow_and_broken)
    with caplog.at_level(logging.ERROR, logger="bot"):
        interaction = await standin.invoke_command("ask", {"question": "how much?"})
        assert (await interaction.wait_response()).type == 5
        [followup] = await interaction.wait_followups(1)
    assert "Something went wrong" in followup["content"]
    assert any(r.name == "bot.tree" for r in caplog.records)


async def test_the_token_never_reaches_the_logs(standin, settings, caplog):
    token = standin.token
    with caplog.at_level(logging.DEBUG):
        async with running_bot(
            lambda: create_bot(settings, guild_ready_timeout=0.05), standin, timeout=START_TIMEOUT
        ) as bot:
            ask = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
            await ask.wait_response()
            await standin.post_message(None, standin.member_id, f"<@{standin.bot_user_id}> who leads nato?")
            await standin.wait_for_bot_message()
            refresh = await standin.invoke_command("kb refresh", user_id=standin.admin_id)
            await refresh.wait_followups(1)
            await standin.send_reconnect()
            await bot.close()
    assert len(caplog.records) > 20
    formatter = logging.Formatter()
    for record in caplog.records:
        text = formatter.format(record)
        assert token not in text, f"token leaked in {record.name}: {text[:200]}"
