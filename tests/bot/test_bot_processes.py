"""Three bot processes (separate OS processes, one shard each) against the stand-in and one store.

Each process has its own documents folder and snapshot, as on separate hosts; they share only the
store (one SQLite file in a shared data folder, or a PostgreSQL server). Shown: a refresh in one is
answered with the new version by all three within 5 s; concurrent refreshes serialise; concurrent
uploads of one name store exactly one; SIGKILL during a refresh leaves the pointer on a complete
version, the others answering, and the killed process restarts.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import re
import time
import zlib

import pytest
from ledger_wire_helpers import embed_of

from bot.store import open_store
from discord_standin import DiscordStandIn
from discord_standin.fleet import SHARDS, TOKEN, Fleet
from knowledge.snapshot import knowledge_base_from_bytes

ARTICLE = "000_713f5699dc297b28.txt"


@pytest.fixture(params=["sqlite", "postgresql"])
async def fleet(request, tmp_path):
    url = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    async with DiscordStandIn(token=TOKEN, ack_deadline=3.0, shards=SHARDS) as standin:
        running = Fleet(standin, tmp_path, url)
        running.prepare_guilds()
        try:
            await running.start(0)  # the first imports the documents folder; the others start from the store
            await asyncio.gather(running.start(1), running.start(2))
            yield running
        finally:
            await running.stop()


def open_fleet_store(fleet: Fleet):
    return open_store(fleet.database_url, fleet.root / "shared-data" / "ledger.sqlite3")


async def test_a_refresh_in_one_process_is_answered_by_all_three_within_5_seconds(fleet):
    start_versions = {await fleet.version_of(shard) for shard in range(SHARDS)}
    assert len(start_versions) == 1
    article = fleet.documents(0) / ARTICLE
    article.write_text(article.read_text(encoding="utf-8").replace("64%", "65%"), encoding="utf-8")
    refresh = await fleet.command(0, "kb refresh")
    await refresh.wait_response(timeout=10)
    [reply] = await refresh.wait_followups(1, timeout=30)
    replied = time.monotonic()
    new_version = re.search(r"→ `([0-9a-f]{12})`", str(reply)).group(1)[:8]
    pending = set(range(SHARDS))
    while pending:
        for shard in list(pending):
            message = await fleet.ask(shard)
            if new_version in embed_of(message)["footer"]["text"]:
                assert "65%" in embed_of(message)["title"]
                pending.discard(shard)
        assert time.monotonic() - replied < 5.0, f"shards {pending} still on the old version after 5 s"
        await asyncio.sleep(0.05)
    # Every process shows the same version and the same last refresh.
    for shard in range(SHARDS):
        status = await fleet.command(shard, "kb status")
        await status.wait_response(timeout=10)
        text = str(status.original)
        assert new_version in text
        assert f"<@{fleet.admins[0]}>" in text
    # The other hosts' documents folders now hold the refreshed article.
    for shard in (1, 2):
        assert "65%" in (fleet.documents(shard) / ARTICLE).read_text(encoding="utf-8")


async def test_concurrent_refreshes_serialise_and_concurrent_uploads_store_one(fleet):
    for shard in range(SHARDS):
        (fleet.documents(shard) / f"note-{shard}.md").write_text(
            f"---\ntitle: Note {shard}\n---\n\nPoland spent {4 + shard}.1% of GDP on defence in 2024.\n",
            encoding="utf-8",
        )
    refreshes = await asyncio.gather(*(fleet.command(shard, "kb refresh") for shard in range(SHARDS)))
    outcomes = []
    for interaction in refreshes:
        response = await interaction.wait_response(timeout=10)
        if response.type == 5:
            [message] = await interaction.wait_followups(1, timeout=30)
            outcomes.append(str(message))
        else:
            outcomes.append(response.data["content"])
    assert all("refreshed" in o.lower() or "already running" in o for o in outcomes), outcomes
    assert any("refreshed" in o.lower() for o in outcomes)
    store = open_fleet_store(fleet)
    history = list(reversed(store.history(actions=("refresh", "import"))))
    for before, after in itertools.pairwise(history):
        assert after.old_version == before.new_version  # each change built on the one before it
    store.close()

    uploads = await asyncio.gather(
        *(
            fleet.command(
                shard,
                "kb upload",
                attachments={
                    "file": ("same-name.md", f"# Upload {shard}\n\nSpain spent 1.{shard}% of GDP in 2024.\n".encode())
                },
            )
            for shard in range(SHARDS)
        )
    )
    for interaction in uploads:
        await interaction.wait_response(timeout=10)
        with contextlib.suppress(TimeoutError):
            await interaction.wait_followups(1, timeout=30)
    store = open_fleet_store(fleet)
    stored = [document.name for document in store.documents() if document.name.casefold() == "same-name.md"]
    assert stored == ["same-name.md"]
    assert len([e for e in store.history(actions=("upload",)) if e.ok]) == 1
    store.close()


async def test_sigkill_during_a_refresh_leaves_a_complete_version_and_the_others_answering(fleet):
    store = open_fleet_store(fleet)
    before = store.pointer()
    article = fleet.documents(1) / ARTICLE
    article.write_text(article.read_text(encoding="utf-8").replace("64%", "63%"), encoding="utf-8")
    refresh = await fleet.command(1, "kb refresh")
    await refresh.wait_response(timeout=10)
    await asyncio.sleep(0.15)  # inside the build or the write
    fleet.kill(1)
    await fleet.processes[1].wait()
    pointer = store.pointer()
    assert pointer.seq in (before.seq, before.seq + 1)
    raw, content_sha = store.version_snapshot(pointer.version)
    kb = knowledge_base_from_bytes(zlib.decompress(raw), "pointer")
    assert kb.version == pointer.version and content_sha
    assert sorted(store.version_manifest(pointer.version)) == sorted(d.name for d in store.documents())
    for shard in (0, 2):
        await fleet.wait_for_version(shard, pointer.version)
    assert store.lock_holder() is None  # the kernel / server released the killed holder's lock
    await fleet.start(1)  # the killed process comes back
    await fleet.wait_for_version(1, store.pointer().version)
    refresh = await fleet.command(0, "kb refresh")  # and the lock is free again
    await refresh.wait_response(timeout=10)
    assert "refreshed" in str(await refresh.wait_followups(1, timeout=30)).lower()
    store.close()
