"""Acknowledge first, drop what is too old, one question in flight per member: over the wire, at small scale.

`benchmarks/burst.py` runs the same bot against bursts of 500 to 5,000 with the stand-in in another process.
"""

import asyncio
import threading
import time

from ledger_wire_helpers import button_ids, embed_of

from bot.cooldowns import Cooldowns
from bot.exts.answers import IN_FLIGHT


def count_engine_calls(bot, monkeypatch, delay: float = 0.0) -> list[str]:
    engine = bot.knowledge.engine
    real_ask = engine.ask
    calls: list[str] = []
    lock = threading.Lock()

    def counted(question, previous=None):
        with lock:
            calls.append(question)
        time.sleep(delay)  # in the worker pool: the event loop keeps going
        return real_ask(question, previous)

    monkeypatch.setattr(engine, "ask", counted)
    return calls


async def test_a_burst_from_many_members_is_acknowledged_first_and_all_answered(standin, bot, monkeypatch):
    calls = count_engine_calls(bot, monkeypatch)
    members = [standin.add_member(f"asker{number}") for number in range(60)]
    records = await asyncio.gather(
        *(standin.invoke_command("ask", {"question": "how much does the US pay?"}, user_id=m) for m in members)
    )
    responses = await asyncio.gather(*(record.wait_response(timeout=10) for record in records))
    assert all(response.type == 5 for response in responses)  # every one deferred: "thinking…"
    assert all(response.time - record.created_at < 3.0 for response, record in zip(responses, records, strict=True))
    messages = await asyncio.gather(*(record.wait_original(timeout=30) for record in records))
    assert all("64%" in embed_of(message)["title"] for message in messages)
    assert not any(record.rejected for record in records)
    assert len(calls) == 60
    counts = bot.arrivals.counts
    assert (counts.acknowledged, counts.worked, counts.answered, counts.dropped) == (60, 60, 60, 0)
    assert bot.arrivals.pending == 0


async def test_an_interaction_too_old_to_acknowledge_is_dropped_counted_and_never_worked(standin, bot, monkeypatch):
    calls = count_engine_calls(bot, monkeypatch)
    monkeypatch.setattr(bot.arrivals, "acknowledge_within", -1.0)  # every interaction is already too old
    record = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
    await standin.wait_for(lambda: bot.arrivals.counts.dropped == 1, timeout=5)
    await asyncio.sleep(0.3)
    assert record.response is None  # not even a late acknowledgement was attempted
    assert not record.rejected
    assert calls == []
    assert bot.arrivals.counts.worked == 0
    assert bot.arrivals.pending == 0

    monkeypatch.setattr(bot.arrivals, "acknowledge_within", 2.7)
    record = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
    assert "64%" in embed_of(await record.wait_original())["title"]


async def test_a_late_autocomplete_is_dropped_too(standin, bot, monkeypatch):
    monkeypatch.setattr(bot.arrivals, "acknowledge_within", -1.0)
    record = await standin.start_autocomplete("ask", "question", "how much")
    await standin.wait_for(lambda: bot.arrivals.counts.dropped == 1, timeout=5)
    assert record.response is None


async def test_one_question_in_flight_per_member(standin, bot, monkeypatch):
    calls = count_engine_calls(bot, monkeypatch, delay=0.8)
    first = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
    assert (await first.wait_response()).type == 5
    second = await standin.invoke_command("ask", {"question": "who leads nato?"})
    refused = await second.wait_response()
    assert refused.type == 4
    assert refused.data["flags"] & 64  # only the asker sees it
    assert refused.data["content"] == IN_FLIGHT
    assert refused.data["allowed_mentions"] == {"parse": []}
    # another member is not held back
    other = await standin.invoke_command("ask", {"question": "who leads nato?"}, user_id=standin.other_member_id)
    assert (await other.wait_response()).type == 5
    assert "64%" in embed_of(await first.wait_original())["title"]
    await other.wait_original()
    assert bot.arrivals.counts.refused_in_flight == 1
    assert len(calls) == 2
    # once answered, the member may ask again
    third = await standin.invoke_command("ask", {"question": "who leads nato?"})
    assert "Mark Rutte" in str(await third.wait_original())


async def test_a_mention_while_a_question_is_in_flight_gets_a_short_notice(standin, bot, monkeypatch):
    calls = count_engine_calls(bot, monkeypatch, delay=0.8)
    slow = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
    await slow.wait_response()
    posted = await standin.post_message(None, standin.member_id, f"<@{standin.bot_user_id}> who leads nato?")
    notice = await standin.wait_for_bot_message(
        predicate=lambda m: (m.get("message_reference") or {}).get("message_id") == posted["id"]
    )
    assert notice["content"] == IN_FLIGHT
    assert notice["allowed_mentions"] == {"parse": []}
    await slow.wait_original()
    assert len(calls) == 1


def test_cooldowns_allow_their_rate_then_say_how_long_to_wait():
    now = [1000.0]
    cooldowns = Cooldowns(2, 30.0, clock=lambda: now[0])
    assert cooldowns.hit("a") == 0.0
    assert cooldowns.hit("a") == 0.0
    assert cooldowns.hit("a") == 30.0
    assert cooldowns.hit("b") == 0.0  # per key
    now[0] += 10
    assert cooldowns.hit("a") == 20.0
    now[0] += 20
    assert cooldowns.hit("a") == 0.0  # a new window


def test_cooldowns_forget_expired_keys_without_scanning_on_every_call():
    now = [0.0]
    cooldowns = Cooldowns(1, 30.0, clock=lambda: now[0])
    for key in range(10_000):
        cooldowns.hit(key)
    assert len(cooldowns) == 10_000
    now[0] += 31
    cooldowns.hit("late")  # sweeps: the 10,000 expired keys go; the next sweep is a window away
    assert len(cooldowns) == 1
    now[0] += 9
    cooldowns.hit("alive at the next sweep")
    now[0] += 22  # a window after the last sweep: this call sweeps ("late" goes), the next is a window away
    cooldowns.hit("second")
    assert len(cooldowns) == 2
    now[0] += 13  # "alive at the next sweep" has expired, but no sweep is due: a call does not scan the keys
    cooldowns.hit("third")
    assert len(cooldowns) == 3
    now[0] += 17  # the next sweep: everything but "third" has expired
    cooldowns.hit("fourth")
    assert len(cooldowns) == 2
    assert cooldowns.hit("late") == 0.0  # expired windows never hold a member back


async def test_a_suggestion_click_is_acknowledged_first_and_a_late_one_dropped(standin, bot, monkeypatch):
    interaction = await standin.invoke_command("ask", {"question": "anyone up for lunch?"})
    message = await interaction.wait_original()
    [custom_id, *_] = button_ids(message).values()
    monkeypatch.setattr(bot.arrivals, "acknowledge_within", -1.0)
    late = await standin.click(int(message["id"]), custom_id, user_id=standin.member_id)
    await standin.wait_for(lambda: bot.arrivals.counts.dropped == 1, timeout=5)
    assert late.response is None
    assert standin.message(int(message["id"]))["embeds"][0]["title"] == "Did you mean…?"
    monkeypatch.setattr(bot.arrivals, "acknowledge_within", 2.7)
    click = await standin.click(int(message["id"]), custom_id, user_id=standin.member_id)
    assert (await click.wait_response()).type == 6  # deferred update, before the engine runs
    await standin.wait_for(lambda: standin.message(int(message["id"]))["embeds"][0]["title"] != "Did you mean…?")


async def test_the_gateway_echo_of_the_bots_own_messages_is_not_parsed(standin, bot):
    posted = await standin.post_message(None, standin.member_id, f"<@{standin.bot_user_id}> who leads nato?")
    reply = await standin.wait_for_bot_message(
        predicate=lambda m: (m.get("message_reference") or {}).get("message_id") == posted["id"]
    )
    interaction = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
    answer = await interaction.wait_original()
    await asyncio.sleep(0.2)  # the echoes (MESSAGE_CREATE / MESSAGE_UPDATE) have arrived by now
    cached = {message.id for message in bot.cached_messages}
    assert int(posted["id"]) in cached  # a member's message is parsed as before
    assert int(reply["id"]) not in cached
    assert int(answer["id"]) not in cached
