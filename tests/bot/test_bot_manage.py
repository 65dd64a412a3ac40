"""`/kb remove`, `/kb replace`, `/kb history`, `/kb gaps`, `/config` and the feedback buttons, over the wire."""

from __future__ import annotations

import json

from ledger_wire_helpers import button_ids, embed_of, embed_text

from bot import create_bot
from bot.store import open_store
from discord_standin.testing import running_bot
from knowledge.questionset import Question

HAGUE = "hague-summit-2025.md"


async def confirm(standin, interaction, user_id):
    await interaction.wait_response()
    prompt = await interaction.wait_original()
    assert prompt["flags"] & 64
    buttons = button_ids(prompt)
    click = await standin.click(int(prompt["id"]), buttons["Confirm"], user_id=user_id)
    assert (await click.wait_response()).type == 7
    return click


async def result_of(interaction, timeout=30):
    return await interaction.wait_original(predicate=lambda message: bool(message.get("embeds")), timeout=timeout)


async def test_remove_asks_for_confirmation_removes_everywhere_and_is_audited(standin, bot, documents):
    choices = await standin.autocomplete("kb remove", "document", "hague", user_id=standin.admin_id)
    assert [choice["value"] for choice in choices] == [HAGUE]
    before = bot.knowledge.kb.version
    interaction = await standin.invoke_command("kb remove", {"document": HAGUE}, user_id=standin.admin_id)
    await confirm(standin, interaction, standin.admin_id)
    message = await result_of(interaction)
    text = embed_text(message)
    assert "Document removed" in text and HAGUE in text
    assert "**0** removed" not in text
    assert bot.knowledge.kb.version != before
    assert HAGUE not in {document.id for document in bot.knowledge.kb.documents}
    assert not (documents / HAGUE).exists()
    assert bot.knowledge.store.find_document(HAGUE) is None
    [entry] = bot.knowledge.store.history(actions=("remove",))
    assert (entry.actor_id, entry.document, entry.old_version, entry.new_version) == (
        standin.admin_id,
        HAGUE,
        before,
        bot.knowledge.kb.version,
    )

    history = await standin.invoke_command("kb history", user_id=standin.moderator_id)
    await history.wait_response()
    assert f"removed `{HAGUE}`" in embed_text(history.original)


async def test_cancel_and_strangers_change_nothing(standin, bot):
    version = bot.knowledge.kb.version
    interaction = await standin.invoke_command("kb remove", {"document": HAGUE}, user_id=standin.admin_id)
    await interaction.wait_response()
    prompt = await interaction.wait_original()
    buttons = button_ids(prompt)
    stranger = await standin.click(int(prompt["id"]), buttons["Confirm"], user_id=standin.moderator_id)
    assert "Only the moderator who asked" in (await stranger.wait_response()).data["content"]
    cancel = await standin.click(int(prompt["id"]), buttons["Cancel"], user_id=standin.admin_id)
    assert (await cancel.wait_response()).type == 7
    assert "Nothing was changed" in standin.message(int(prompt["id"]))["content"]
    assert bot.knowledge.kb.version == version

    refused = await standin.invoke_command("kb remove", {"document": HAGUE}, user_id=standin.member_id)
    response = await refused.wait_response()
    assert response.data["flags"] & 64 and "moderators" in response.data["content"].lower()
    assert bot.knowledge.store.find_document(HAGUE) is not None


async def test_replace_shows_the_diff_and_answers_from_the_new_text(standin, bot, documents):
    text = (documents / HAGUE).read_text(encoding="utf-8").replace("5% of GDP each year", "6% of GDP each year")
    interaction = await standin.invoke_command(
        "kb replace",
        {"document": HAGUE},
        attachments={"file": ("hague-v2.md", text.encode())},
        user_id=standin.moderator_id,
    )
    await interaction.wait_response()
    [prompt] = await interaction.wait_followups(1, timeout=10)
    click = await standin.click(int(prompt["id"]), button_ids(prompt)["Confirm"], user_id=standin.moderator_id)
    await click.wait_response()
    message = await result_of(interaction)
    assert "Document replaced" in embed_text(message)
    assert "**0** changed" not in embed_text(message) or "**0** added" not in embed_text(message)
    assert (documents / HAGUE).read_text(encoding="utf-8") == text
    assert any("6%" in fact.citation.quote for fact in bot.knowledge.kb.facts if fact.citation.document == HAGUE)

    wrong_type = await standin.invoke_command(
        "kb replace", {"document": HAGUE}, attachments={"file": ("x.txt", b"text")}, user_id=standin.moderator_id
    )
    response = await wrong_type.wait_response()
    assert "same type" in response.data["content"]


async def test_gaps_are_counted_without_user_ids_and_exported_as_a_question_set(standin, bot):
    for question in ("how many tanks does Norway have?",) * 2 + ("what does Japan spend on defence?",):
        ask = await standin.invoke_command("ask", {"question": question})
        await ask.wait_response()
        await result_of(ask)  # one question in flight per member: the next waits for this answer
    await bot.recorder.flush()
    interaction = await standin.invoke_command("kb gaps", {"export": True}, user_id=standin.admin_id)
    await interaction.wait_response()
    message = interaction.original
    assert "**2×** “how many tanks does Norway have?”" in embed_text(message)
    [attachment] = message["attachments"]
    lines = standin.attachment_bytes(attachment).decode().splitlines()
    questions = [Question.model_validate(json.loads(line)) for line in lines]
    assert {q.question for q in questions} >= {"how many tanks does Norway have?", "what does Japan spend on defence?"}
    stored = bot.knowledge.store._rows("SELECT * FROM gaps")
    assert all(str(standin.member_id) not in str(row) for row in stored)


async def test_config_answer_channels_and_log_channel_apply_without_restart(standin, bot):
    general = standin.general_channel_id
    add = await standin.invoke_command(
        "config answer-channels", {"action": "add", "channel": general}, user_id=standin.admin_id
    )
    assert "Saved" in (await add.wait_response()).data["content"]
    posted = await standin.post_message(general, standin.member_id, "how much does the US pay?")
    reply = await standin.wait_for_bot_message(
        predicate=lambda m: (m.get("message_reference") or {}).get("message_id") == posted["id"]
    )
    assert "64%" in embed_of(reply)["title"]

    log_channel = standin.channels["ledger"]
    set_log = await standin.invoke_command("config log-channel", {"channel": log_channel}, user_id=standin.admin_id)
    await set_log.wait_response()
    refresh = await standin.invoke_command("kb refresh", user_id=standin.admin_id)
    await refresh.wait_response()
    await refresh.wait_followups(1, timeout=10)
    posted_log = await standin.wait_for_bot_message(
        predicate=lambda m: m["channel_id"] == str(log_channel) and "refreshed" in embed_text(m).lower()
    )
    assert posted_log["allowed_mentions"] == {"parse": []}

    refused = await standin.invoke_command("config answer-channels", {"action": "reset"}, user_id=standin.member_id)
    assert "moderators" in (await refused.wait_response()).data["content"].lower()
    [entry, *_] = bot.knowledge.store.history(actions=("config",))
    assert entry.actor_id == standin.admin_id and "log channel" in (entry.detail or "")


async def test_config_moderator_roles_lets_a_new_role_refresh(standin, bot):
    helper_role = standin.add_role("KB helper")
    standin.assign_role(standin.member_id, helper_role)
    before = await standin.invoke_command("kb refresh", user_id=standin.member_id)
    assert (await before.wait_response()).data["flags"] & 64
    add = await standin.invoke_command(
        "config moderator-roles", {"action": "add", "role": helper_role}, user_id=standin.admin_id
    )
    await add.wait_response()
    after = await standin.invoke_command("kb refresh", user_id=standin.member_id)
    assert (await after.wait_response()).type == 5
    assert "refreshed" in str(await after.wait_followups(1, timeout=10))


async def test_votes_and_did_you_mean_buttons_survive_a_restart(standin, settings):
    async with running_bot(lambda: create_bot(settings, guild_ready_timeout=0.05), standin, timeout=20) as first:
        answer = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
        await answer.wait_response()
        answer_message = await result_of(answer)
        unsure = await standin.invoke_command("ask", {"question": "anyone up for lunch?"})
        await unsure.wait_response()
        unsure_message = await result_of(unsure)
        await first.recorder.flush()
    async with running_bot(lambda: create_bot(settings, guild_ready_timeout=0.05), standin, timeout=20) as second:
        votes = button_ids(answer_message)
        up = await standin.click(int(answer_message["id"]), votes["Helpful"], user_id=standin.member_id)
        assert "Thanks" in (await up.wait_response()).data["content"]
        down = await standin.click(int(answer_message["id"]), votes["Not helpful"], user_id=standin.admin_id)
        await down.wait_response()
        answer_id = votes["Helpful"].rsplit(":", 1)[-1]
        assert second.knowledge.store.votes(answer_id) == (1, 1)
        question, version, band, facts = second.knowledge.store.answer_record(answer_id)
        assert question == "how much does the US pay?" and band == "answer" and "64" in facts
        assert version == second.knowledge.kb.version

        picks = button_ids(unsure_message)
        pick = await standin.click(int(unsure_message["id"]), next(iter(picks.values())), user_id=standin.member_id)
        assert (await pick.wait_response()).type == 6  # acknowledged first, then the answer replaces it
        await standin.wait_for(
            lambda: embed_of(standin.message(int(unsure_message["id"])))["title"] != "Did you mean…?", timeout=10
        )


async def test_unanswered_questions_older_than_the_retention_are_forgotten_at_start(standin, make_settings):
    settings = make_settings(gap_retention_days=90)
    store = open_store(None, settings.store_path)
    store.record_gaps(["how many submarines does Iceland have?", "what about Japan?"])
    with store._transaction() as cursor:  # one of them asked 91 days ago
        cursor.execute("UPDATE gaps SET at = at - ? WHERE question LIKE 'how many%'", (91 * 86400,))
    store.close()
    async with running_bot(lambda: create_bot(settings, guild_ready_timeout=0.05), standin, timeout=20) as bot:
        assert [gap.question for gap in bot.knowledge.store.gaps(since=0)] == ["what about Japan?"]
