"""Restarts always succeed: rejected documents are quarantined, the last good version is used, answers keep
their engine's version. The real service on a real SQLite store and real documents folders."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "knowledge"))

from bad_documents import unsupported_compression, workbook_bytes
from faults import run

from bot.errors import RefreshFailed
from bot.knowledge_service import KnowledgeService
from bot.rendering import answer_embed
from bot.store import open_store
from bot.uploads import UploadRejected
from knowledge.snapshot import load_snapshot

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ARTICLE = "000_713f5699dc297b28.txt"
QUESTION = "how much does the US pay?"


@pytest.fixture
def host(tmp_path):
    documents = tmp_path / "documents"
    shutil.copytree(SEEDS, documents)
    return tmp_path


def service(host: Path, database_url: str | None = None) -> KnowledgeService:
    store = open_store(database_url, host / "data" / "ledger.sqlite3")
    return KnowledgeService(
        host / "documents", host / "cache" / "knowledge.json", store, quarantine_dir=host / "data" / "quarantine"
    )


BAD = {
    "empty.txt": b"",
    "junk.txt": b"\x00\x01\x02binary junk\xff",
    "latin1.txt": "Caf\xe9 spent 2% in 2024".encode("latin-1"),
    "truncated.xlsx": workbook_bytes()[:500],
    "deflate64.xlsx": unsupported_compression(workbook_bytes()),
}


@pytest.mark.parametrize("name", sorted(BAD))
async def test_a_document_that_breaks_the_build_is_quarantined_at_start_and_the_start_succeeds(host, name):
    first = service(host)
    await first.load()
    version = first.kb.version
    await first.close()
    (host / "documents" / name).write_bytes(BAD[name])  # dropped in while the bot was down

    second = service(host)
    await second.load()
    try:
        assert second.kb.version == version
        assert (await second.ask(QUESTION)).answered
        assert not (host / "documents" / name).exists()
        [kept] = [p for p in (host / "data" / "quarantine").iterdir() if p.name.endswith(name)]
        assert kept.read_bytes() == BAD[name]
        reason = kept.with_name(kept.name + ".reason.txt").read_text()
        assert name in reason
        assert second.problem and name in second.problem
        [entry] = second.store.quarantined()
        assert entry.name == name and entry.source == "import"
    finally:
        await second.close()


async def test_a_refresh_or_upload_that_fails_quarantines_the_document_and_the_next_start_succeeds(host):
    running = service(host)
    await running.load()
    version = running.kb.version
    (host / "documents" / "junk.txt").write_bytes(BAD["junk.txt"])
    with pytest.raises(RefreshFailed) as failed:
        await running.refresh("alice", 1)
    assert failed.value.document == "junk.txt"
    assert not (host / "documents" / "junk.txt").exists()
    with pytest.raises(UploadRejected):
        await running.add_document("tables.xlsx", BAD["deflate64.xlsx"], "alice", 1, 5_000_000)
    assert {q.name for q in running.store.quarantined()} == {"junk.txt", "tables.xlsx"}
    assert running.kb.version == version
    await running.close()

    restarted = service(host)
    await restarted.load()
    assert restarted.kb.version == version
    await restarted.close()


async def test_a_tampered_local_snapshot_is_replaced_by_the_stored_version(host):
    first = service(host)
    await first.load()
    version = first.kb.version
    await first.close()
    snapshot = host / "cache" / "knowledge.json"
    snapshot.write_bytes(snapshot.read_bytes().replace(b'"value":64.0', b'"value":46.0', 1))
    (snapshot.parent / ".knowledge.json.abc123.tmp").write_bytes(b"half")

    second = service(host)
    await second.load()
    try:
        assert second.kb.version == version
        assert "64%" in (await second.ask(QUESTION)).answer
        assert load_snapshot(snapshot).version == version  # rewritten, and its hash checks
        assert not (snapshot.parent / ".knowledge.json.abc123.tmp").exists()
    finally:
        await second.close()


async def test_an_answer_carries_the_version_of_the_engine_that_produced_it(host):
    running = service(host)
    await running.load()
    try:
        old = running.kb.version
        answer = await running.ask(QUESTION)
        article = host / "documents" / ARTICLE
        article.write_text(article.read_text(encoding="utf-8").replace("64%", "65%"), encoding="utf-8")
        await running.refresh("alice", 1)
        assert running.kb.version != old
        assert answer.kb_version == old
        assert old[:8] in answer_embed(answer).footer.text  # rendering never reads the current version
        assert (await running.ask(QUESTION)).kb_version == running.kb.version
    finally:
        await running.close()


def test_faulted_rounds_with_kills_across_three_processes_always_restart(tmp_path):
    report = run(rounds=6, seed=11, root=tmp_path, database_url=None)
    assert report.ok(), report.problems
    assert report.restarts == 1 + 6 * 3 and report.stale_temporaries == 0


def test_faulted_rounds_on_postgresql(tmp_path, postgres_url):
    report = run(rounds=4, seed=5, root=tmp_path, database_url=postgres_url)
    assert report.ok(), report.problems
    assert report.restarts == 1 + 4 * 3


async def test_a_process_that_cannot_load_a_new_version_keeps_answering_and_says_why(tmp_path):
    hosts = []
    for number in range(2):
        host = tmp_path / f"host{number}"
        shutil.copytree(SEEDS, host / "documents")
        hosts.append(host)
    shared = tmp_path / "shared"

    def on(host: Path) -> KnowledgeService:
        store = open_store(None, shared / "ledger.sqlite3")
        return KnowledgeService(host / "documents", host / "cache" / "knowledge.json", store, watch_interval=3600)

    first, second = on(hosts[0]), on(hosts[1])
    await first.load()
    await second.load()
    try:
        old = second.kb.version
        article = hosts[0] / "documents" / ARTICLE
        article.write_text(article.read_text(encoding="utf-8").replace("64%", "65%"), encoding="utf-8")
        result = await first.refresh("alice", 1)
        sha = first.store.version_manifest(result.new_version)[ARTICLE]
        with first.store._transaction() as cursor:  # the new version's snapshot and its article are damaged
            cursor.execute("UPDATE versions SET snapshot = ? WHERE version = ?", (b"damaged", result.new_version))
            cursor.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (b"\x00\x01junk", sha))
        assert not await second.follow()
        assert second.kb.version == old
        assert "64%" in (await second.ask(QUESTION)).answer
        assert second.problem and result.new_version[:12] in second.problem
    finally:
        await first.close()
        await second.close()


async def test_a_refresh_in_a_process_that_has_not_caught_up_keeps_the_other_processes_upload(tmp_path):
    shared = tmp_path / "shared"
    services = []
    for number in range(2):
        host = tmp_path / f"host{number}"
        shutil.copytree(SEEDS, host / "documents")
        store = open_store(None, shared / "ledger.sqlite3")
        services.append(
            KnowledgeService(host / "documents", host / "cache" / "knowledge.json", store, watch_interval=3600)
        )
    first, second = services
    await first.load()
    await second.load()
    try:
        note = b"---\ntitle: Norway note\n---\n\nNorway spent 2.2% of GDP on defence in 2024.\n"
        await first.add_document("norway.md", note, "alice", 1, 5_000_000)
        result = await second.refresh("bob", 2)  # second never followed the upload
        assert second.store.find_document("norway.md") is not None
        assert (tmp_path / "host1" / "documents" / "norway.md").read_bytes() == note
        assert result.old_version == first.kb.version
    finally:
        await first.close()
        await second.close()
