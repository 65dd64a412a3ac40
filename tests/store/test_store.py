"""The store as shipped, against a real SQLite file and a real PostgreSQL server: same behaviour on both."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import threading
import time
from pathlib import Path

import psycopg
import pytest

from bot.store import AuditEntry, GuildConfig, Publication, StoreBusy, StoredDocument, open_store
from bot.store.records import ChangeToken, now


def publication(version: str, documents: dict[str, bytes], action: str = "refresh") -> Publication:
    stored = tuple(
        StoredDocument(name, hashlib.sha256(data).hexdigest(), len(data), "alice", 7, now())
        for name, data in sorted(documents.items())
    )
    return Publication(
        version=version,
        snapshot=b"snapshot of " + version.encode(),
        content_sha256="c" * 64,
        documents=stored,
        blobs={document.sha256: documents[document.name] for document in stored},
        audit=AuditEntry(action=action, actor="alice", actor_id=7, new_version=version, added=3),
    )


def test_publish_moves_the_pointer_and_keeps_documents_versions_and_audit(store):
    assert store.pointer() is None
    first = store.publish(publication("v1", {"a.txt": b"alpha", "catalog.toml": b"[x]"}), expected_seq=0)
    assert (first.version, first.seq) == ("v1", 1)
    second = store.publish(publication("v2", {"a.txt": b"alpha 2", "b.md": b"beta"}, "upload"), expected_seq=1)
    assert store.pointer() == second and second.seq == 2
    assert [d.name for d in store.documents()] == ["a.txt", "b.md"]
    assert store.document_bytes(store.find_document("A.TXT").sha256) == b"alpha 2"
    assert store.known_blob(store.version_manifest("v1")["a.txt"])  # old bytes stay, by hash
    assert store.version_snapshot("v1") == (b"snapshot of v1", "c" * 64)
    assert [entry.action for entry in store.history()] == ["upload", "refresh"]
    assert store.last_refresh().new_version == "v2"


def test_publish_on_a_moved_pointer_writes_nothing(store):
    store.publish(publication("v1", {"a.txt": b"alpha"}), expected_seq=0)
    with pytest.raises(RuntimeError):
        store.publish(publication("v2", {"b.txt": b"beta"}), expected_seq=0)
    assert store.pointer().version == "v1"
    assert [d.name for d in store.documents()] == ["a.txt"]
    assert len(store.history()) == 1


def test_two_documents_differing_only_in_case_are_never_both_stored(store):
    with pytest.raises(Exception, match=r"(?i)unique|duplicate"):
        store.publish(publication("v1", {"Report.txt": b"one", "report.txt": b"two"}), expected_seq=0)
    assert store.pointer() is None and store.documents() == []


def hold_lock(target: tuple[str | None, str], ready: multiprocessing.Event) -> None:
    store = open_store(target[0], Path(target[1]))
    with store.knowledge_lock("bob in process two"):
        ready.set()
        time.sleep(120)


def test_the_lock_is_shared_across_processes_and_freed_when_its_holder_is_killed(store, store_target):
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    child = context.Process(target=hold_lock, args=((store_target[0], str(store_target[1])), ready))
    child.start()
    try:
        assert ready.wait(30)
        with pytest.raises(StoreBusy) as busy, store.knowledge_lock("alice"):
            pass
        assert busy.value.holder == "bob in process two"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.join(10)
    deadline = time.monotonic() + 10
    while True:
        try:
            with store.knowledge_lock("alice"):
                assert store.lock_holder() == "alice"
            break
        except StoreBusy:
            assert time.monotonic() < deadline, "a killed holder's lock was never released"
            time.sleep(0.1)
    assert store.lock_holder() is None


def test_the_lock_refuses_a_second_holder_in_the_same_process(store):
    with store.knowledge_lock("alice"), pytest.raises(StoreBusy), store.knowledge_lock("bob"):
        pass


def test_watchers_hear_changes_made_through_another_connection(store, store_target):
    other = open_store(*store_target)
    seen: list[ChangeToken] = []
    stop = threading.Event()
    watcher = threading.Thread(target=store.watch, args=(seen.append, stop, 0.1), daemon=True)
    watcher.start()
    try:
        deadline = time.monotonic() + 5
        while not seen and time.monotonic() < deadline:
            time.sleep(0.02)
        assert seen and seen[0] == ChangeToken(0, 0)  # the state at (re)connection
        started = time.monotonic()
        other.publish(publication("v1", {"a.txt": b"alpha"}), expected_seq=0)
        while not any(token.pointer_seq == 1 for token in seen):
            assert time.monotonic() - started < 2, "the change was not heard within 2 s"
            time.sleep(0.02)
        other.set_guild_config(GuildConfig(5, answer_channels=(11,)), AuditEntry("config", "alice", 7))
        while not any(token.config_seq == 1 for token in seen):
            assert time.monotonic() - started < 4
            time.sleep(0.02)
    finally:
        stop.set()
        watcher.join(5)
        other.close()


def test_a_postgresql_listener_that_loses_its_connection_reconnects_and_rereads(postgres_url):
    store = open_store(postgres_url, Path("/nonexistent"))
    writer = open_store(postgres_url, Path("/nonexistent"))
    seen: list[ChangeToken] = []
    stop = threading.Event()
    watcher = threading.Thread(target=store.watch, args=(seen.append, stop, 0.1), daemon=True)
    watcher.start()
    try:
        while not seen:
            time.sleep(0.02)
        with psycopg.connect(postgres_url, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE query LIKE 'LISTEN%%' AND pid <> pg_backend_pid()"
            )
        # The version published while the listener is down is a missed notification, not a missed version.
        writer.publish(publication("v1", {"a.txt": b"alpha"}), expected_seq=0)
        deadline = time.monotonic() + 5
        while not any(token.pointer_seq == 1 for token in seen):
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        stop.set()
        watcher.join(5)
        store.close()
        writer.close()


def test_server_settings_are_stored_per_server_and_audited(store):
    assert store.guild_configs() == {}
    config = GuildConfig(42, answer_channels=(1, 2), moderator_roles=(3,), log_channel=9)
    store.set_guild_config(config, AuditEntry("config", "alice", 7, guild_id=42, detail="answer channels: #a, #b"))
    store.set_guild_config(GuildConfig(43), AuditEntry("config", "bob", 8, guild_id=43))
    assert store.guild_configs() == {42: config, 43: GuildConfig(43)}
    assert store.change_token().config_seq == 2
    assert [entry.guild_id for entry in store.history(actions=("config",))] == [43, 42]


def test_votes_are_one_per_member_and_need_a_known_answer(store):
    assert not store.vote("missing", 1, up=True)
    store.record_answers([("a1", "how much does the US pay?", "v1", "answer", '[{"value": 64}]')])
    assert store.vote("a1", 1, up=True) and store.vote("a1", 2, up=True) and store.vote("a1", 1, up=False)
    assert store.votes("a1") == (1, 1)
    assert store.answer_record("a1") == ("how much does the US pay?", "v1", "answer", '[{"value": 64}]')


def test_gaps_are_counted_without_case_or_spacing_and_forgotten_after_retention(store):
    store.record_gaps(["how many tanks?", "How many  tanks?", "what about japan", "how many tanks?"])
    gaps = store.gaps(since=0)
    assert [(gap.count, gap.question.casefold()) for gap in gaps] == [(3, "how many  tanks?"), (1, "what about japan")]
    assert store.purge(older_than=now() + 1) == 4
    assert store.gaps(since=0) == []


def test_quarantine_keeps_the_bytes_and_the_reason(store):
    store.quarantine("bad.xlsx", b"PK junk", "not an Excel workbook", "refresh")
    [entry] = store.quarantined()
    assert (entry.name, entry.reason, entry.source) == ("bad.xlsx", "not an Excel workbook", "refresh")
