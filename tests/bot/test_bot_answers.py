"""Mentions and answer channels, over the wire."""

import asyncio

from ledger_wire_helpers import START_TIMEOUT, button_ids, embed_of, embed_text

from bot import create_bot
from discord_standin.testing import running_bot

NO_PINGS = {"parse": []}


async def mention(standin, question, *, user_id=None, channel_id=None):
    user_id = user_id or standin.member_id
    posted = await standin.post_message(channel_id, user_id, f"<@{standin.bot_user_id}> {question}")
    reply = await standin.wait_for_bot_message(
        predicate=lambda m: (m.get("message_reference") or {}).get("message_id") == posted["id"]
    )
    return posted, reply


async def test_mention_replies_with_cited_answer(standin, bot):
    posted, reply = await mention(standin, "how much does the US pay?")
    assert reply["message_reference"]["message_id"] == posted["id"]
    assert reply["allowed_mentions"] == NO_PINGS
    assert reply["mentions"] == []
    embed = embed_of(reply)
    assert "64%" in embed["title"]
    assert "64%" in embed["description"]
    field = embed["fields"][0]
    assert "NATO annual report coverage" in field["name"]
    assert "paragraph 4, sentence 1" in field["value"]
    assert "64%" in embed["description"] or "64%" in field["value"]
    assert "Confidence: confident" in embed["footer"]["text"]


async def test_unknown_question_says_so_and_suggests(standin, bot):
    _, reply = await mention(standin, "what does russia spend?")
    text = embed_text(reply)
    assert "I don't know that" in text
    assert "I can answer questions like" in text
    assert "Secretary General" in text


async def test_bare_mention_explains_how_to_ask(standin, bot):
    _, reply = await mention(standin, "")
    assert "Ask me" in embed_text(reply) or "Try" in embed_text(reply)


async def test_did_you_mean_buttons_only_work_for_the_asker(standin, bot):
    _, reply = await mention(standin, "anyone up for lunch?")
    assert embed_of(reply)["title"] == "Did you mean…?"
    buttons = button_ids(reply)
    assert 1 <= len(buttons) <= 5
    _label, custom_id = next(iter(buttons.items()))

    stranger = await standin.click(int(reply["id"]), custom_id, user_id=standin.other_member_id)
    response = await stranger.wait_response()
    assert response.type == 4
    assert response.data["flags"] & 64
    assert "Only the person who asked" in response.data["content"]
    assert standin.message(int(reply["id"]))["embeds"][0]["title"] == "Did you mean…?"

    asker = await standin.click(int(reply["id"]), custom_id, user_id=standin.member_id)
    response = await asker.wait_response()
    assert response.type == 6  # acknowledged first; then the did-you-mean message is replaced by the answer
    edited = await standin.wait_for(
        lambda: (m := standin.message(int(reply["id"])))["embeds"][0]["title"] != "Did you mean…?" and m
    )
    assert edited["embeds"][0]["title"] != "Did you mean…?"
    # The did-you-mean buttons are gone; a confident answer carries only the 👍/👎 feedback buttons.
    assert set(button_ids(edited)) <= {"Helpful", "Not helpful"}
    assert not any(custom_id.startswith("ledger:pick:") for custom_id in button_ids(edited).values())
    assert edited["allowed_mentions"] == NO_PINGS


async def test_follow_up_uses_the_askers_previous_answer(standin, bot):
    await mention(standin, "what share does the US pay?")
    _, reply = await mention(standin, "and europe?")
    assert "36%" in embed_text(reply)
    # another member's follow-up has no previous answer to lean on
    _, other = await mention(standin, "and europe?", user_id=standin.other_member_id)
    assert "36%" not in embed_of(other)["title"]


async def test_hostile_question_never_pings_and_is_escaped(standin, bot):
    carol = standin.other_member_id
    question = f"@everyone @here <@{carol}> <@&{standin.guild_id}> **what** does `russia`\u200b spend?"
    _, reply = await mention(standin, question)
    assert reply["allowed_mentions"] == NO_PINGS
    assert reply["mentions"] == []
    assert reply["mention_roles"] == []
    assert reply["mention_everyone"] is False
    description = embed_of(reply)["description"]
    assert "\\*\\*what\\*\\*" in description
    assert "\\`russia\\`" in description
    assert "@everyone" not in description
    assert f"<@{carol}>" not in description
    assert "\u200b spend" not in description.replace("@\u200b", "@")


async def test_zero_width_characters_do_not_break_matching(standin, bot):
    _, reply = await mention(standin, "how\u200b much does the U\u200dS pay?")
    assert "64%" in embed_of(reply)["title"]


async def test_ignores_itself_and_other_bots(standin, bot):
    me = standin.bot_user_id
    await standin.post_message(None, standin.other_bot_id, f"<@{me}> how much does the US pay?")
    await standin.post_message(None, me, f"<@{me}> how much does the US pay?")
    await standin.post_message(standin.channels["ledger"], standin.other_bot_id, "how much does the US pay?")
    _, reply = await mention(standin, "who leads nato?")
    replies = [m["id"] for m in standin.bot_messages() if m.get("message_reference")]
    assert replies == [reply["id"]]


async def test_answer_channel_needs_no_mention_and_ignores_chatter(standin, bot):
    ledger = standin.channels["ledger"]
    await standin.post_message(ledger, standin.member_id, "anyone up for lunch?")
    await standin.post_message(ledger, standin.member_id, "what does russia spend?")
    await standin.post_message(None, standin.member_id, "how much does the US pay?")  # not an answer channel
    posted = await standin.post_message(ledger, standin.member_id, "how much does the US pay?")
    reply = await standin.wait_for_bot_message()
    assert reply["message_reference"]["message_id"] == posted["id"]
    assert "64%" in embed_of(reply)["title"]
    assert len(standin.bot_messages()) == 1


async def test_mention_cooldown_tells_once_then_deletes_the_notice(standin, make_settings):
    settings = make_settings(cooldown_questions=2, cooldown_seconds=30.0)
    async with running_bot(
        lambda: create_bot(settings, guild_ready_timeout=0.05), standin, timeout=START_TIMEOUT
    ) as bot:
        bot.get_cog("Answers").notice_seconds = 0.5
        await check_mention_cooldown(standin)


async def check_mention_cooldown(standin):
    await mention(standin, "who leads nato?")
    await mention(standin, "who leads nato?")
    _posted, notice = await mention(standin, "who leads nato?")
    assert "Try again in" in notice["content"]
    assert notice["allowed_mentions"] == NO_PINGS
    assert not notice["embeds"]
    # flooding on does not produce more notices, and the notice removes itself
    await standin.post_message(None, standin.member_id, f"<@{standin.bot_user_id}> who leads nato?")
    await standin.wait_for_request("DELETE", f"/channels/{notice['channel_id']}/messages/{notice['id']}", timeout=8)
    await asyncio.sleep(0.1)
    assert [m["content"] for m in standin.bot_messages()] == ["", ""]  # the two answers; the notice is gone
    # other members are not affected
    _, reply = await mention(standin, "who leads nato?", user_id=standin.other_member_id)
    assert reply["embeds"]
