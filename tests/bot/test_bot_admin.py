"""`/kb status` and `/kb refresh`: permissions, the lock, failures and the swap, over the wire."""

import asyncio
import logging
import time

from ledger_wire_helpers import embed_of, embed_text

from bot import knowledge_service


async def refresh(standin, user_id):
    interaction = await standin.invoke_command("kb refresh", user_id=user_id)
    response = await interaction.wait_response()
    return interaction, response


async def refresh_reply(interaction) -> dict:
    [message] = await interaction.wait_followups(1, timeout=10)
    assert message["flags"] & 64
    return message


async def test_plain_member_is_refused(standin, bot):
    _interaction, response = await refresh(standin, standin.member_id)
    assert response.type == 4
    assert response.data["flags"] & 64
    assert "Only moderators" in response.data["content"]
    assert bot.knowledge.last_refresh is None


async def test_manage_server_refreshes_and_gets_the_diff(standin, bot, caplog):
    old_engine = bot.knowledge.engine
    with caplog.at_level(logging.INFO, logger="bot"):
        interaction, response = await refresh(standin, standin.admin_id)
        assert response.type == 5
        message = await refresh_reply(interaction)
    text = embed_text(message)
    assert "Knowledge base refreshed" in text
    assert "0** added" in text and "No facts changed" in text
    assert bot.knowledge.engine is not old_engine
    assert bot.knowledge.last_refresh.actor_id == standin.admin_id
    assert bot.settings.knowledge_base_path.exists()
    assert any("refreshed by alice" in r.getMessage() for r in caplog.records)


async def test_moderator_role_refreshes_and_status_shows_who(standin, bot):
    interaction, _ = await refresh(standin, standin.moderator_id)
    await refresh_reply(interaction)
    status = await standin.invoke_command("kb status", user_id=standin.member_id)
    response = await status.wait_response()
    assert response.data["flags"] & 64
    text = embed_text(status.original)
    assert bot.knowledge.kb.version[:12] in text
    assert f"{len(bot.knowledge.kb.documents)} documents" in text and f"{len(bot.knowledge.kb.facts)} facts" in text
    assert "morgan" in text and f"<@{standin.moderator_id}>" in text


async def test_refresh_reports_added_removed_and_changed_facts(standin, bot, documents):
    [seed] = list(documents.glob("*.txt"))
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("64%", "65%"), encoding="utf-8")
    interaction, _ = await refresh(standin, standin.admin_id)
    message = await refresh_reply(interaction)
    assert "1** changed" in embed_of(message)["description"]
    ask = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
    await ask.wait_original()
    assert "65%" in embed_of(ask.original)["title"]


async def test_questions_are_answered_during_a_slow_refresh_and_a_second_refresh_waits(standin, bot, monkeypatch):
    real_build = knowledge_service.build_knowledge_base

    def slow_build(documents_dir, **options):
        time.sleep(1.5)
        return real_build(documents_dir, **options)

    monkeypatch.setattr(knowledge_service, "build_knowledge_base", slow_build)
    running, response = await refresh(standin, standin.admin_id)
    assert response.type == 5
    await asyncio.sleep(0.1)
    assert bot.knowledge.refreshing

    _second, response = await refresh(standin, standin.moderator_id)
    assert response.data["flags"] & 64
    assert "already running" in response.data["content"]
    assert "alice" in response.data["content"]

    started = time.monotonic()
    ask = await standin.invoke_command("ask", {"question": "how much does the US pay?"}, user_id=standin.member_id)
    await ask.wait_original()
    assert "64%" in embed_of(ask.original)["title"]
    posted = await standin.post_message(None, standin.other_member_id, f"<@{standin.bot_user_id}> who leads nato?")
    reply = await standin.wait_for_bot_message(
        predicate=lambda m: (m.get("message_reference") or {}).get("message_id") == posted["id"]
    )
    assert "Mark Rutte" in embed_text(reply)
    assert time.monotonic() - started < 1.0
    assert bot.knowledge.refreshing  # both answered while the rebuild was still running

    await refresh_reply(running)
    assert not bot.knowledge.refreshing


async def test_failed_refresh_names_the_document_and_keeps_the_old_knowledge_base(standin, bot, documents):
    old_engine = bot.knowledge.engine
    snapshot = bot.settings.knowledge_base_path.read_bytes()
    (documents / "budget.xlsx").write_bytes(b"not a spreadsheet")
    interaction, _ = await refresh(standin, standin.admin_id)
    message = await refresh_reply(interaction)
    assert "Refresh failed in `budget.xlsx`" in message["content"]
    assert "still answering" in message["content"]
    assert bot.knowledge.engine is old_engine
    assert bot.settings.knowledge_base_path.read_bytes() == snapshot
    ask = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
    await ask.wait_original()
    assert "64%" in embed_of(ask.original)["title"]
    status = await standin.invoke_command("kb status")
    await status.wait_response()
    assert "failed" in embed_text(status.original)
    assert "budget.xlsx" in embed_text(status.original)
