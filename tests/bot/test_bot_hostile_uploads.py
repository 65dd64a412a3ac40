"""Hostile documents through `/kb upload` and `/kb refresh`, over the wire: refused quickly, cheaply, by name."""

from __future__ import annotations

import stat
import time
from pathlib import Path

import pytest
from ledger_wire_helpers import embed_text

from knowledge import hostile

UPLOAD_LIMIT = 4 * 1024 * 1024


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.fixture
def settings(make_settings):
    return make_settings(upload_max_bytes=UPLOAD_LIMIT)


async def upload(standin, filename: str, data: bytes) -> str:
    interaction = await standin.invoke_command(
        "kb upload", attachments={"file": (filename, data)}, user_id=standin.admin_id
    )
    response = await interaction.wait_response(timeout=10)
    if response.type == 4:
        return response.data["content"]
    [message] = await interaction.wait_followups(1, timeout=60)
    assert message["allowed_mentions"] == {"parse": []}
    return message["content"] or embed_text(message)


def listing(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


@pytest.mark.parametrize(
    ("filename", "make", "limit"),
    [
        ("zip-bomb.xlsx", hostile.decompression_bomb, "over the figures limit"),
        ("row-bomb.xlsx", hostile.row_bomb, "over the figures limit"),
        ("sentences.txt", lambda: hostile.many_sentences(60_000), "over the characters limit"),
    ],
)
async def test_an_uploaded_bomb_is_refused_within_30_s_and_the_bot_grows_little(
    standin, bot, documents, filename, make, limit
):
    data = make()
    assert len(data) < UPLOAD_LIMIT  # it passes every check made before reading
    before_files, before_version, before_rss = listing(documents), bot.knowledge.kb.version, rss_mb()
    started = time.perf_counter()
    reply = await upload(standin, filename, data)
    assert time.perf_counter() - started < 30
    assert "refused" in reply
    assert limit in reply
    assert filename in reply
    assert rss_mb() - before_rss < 256
    assert listing(documents) == before_files
    assert bot.knowledge.kb.version == before_version


async def test_a_bomb_dropped_in_the_folder_fails_the_refresh_by_name_and_the_old_kb_answers(standin, bot, documents):
    (documents / "zip-bomb.xlsx").write_bytes(hostile.decompression_bomb())
    before_rss = rss_mb()
    started = time.perf_counter()
    refresh = await standin.invoke_command("kb refresh", user_id=standin.admin_id)
    [message] = await refresh.wait_followups(1, timeout=60)
    assert time.perf_counter() - started < 30
    text = message["content"] or embed_text(message)
    assert "zip-bomb.xlsx" in text
    assert "over the figures limit" in text
    assert rss_mb() - before_rss < 256
    ask = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
    assert "64%" in embed_text(await ask.wait_original())


@pytest.mark.parametrize("filename", ["CON.txt", "nul.md", "Com1.csv", "LPT9.xlsx", "aux.tar.txt", "ＣＯＮ.txt"])
async def test_windows_device_names_are_refused(standin, bot, documents, filename):
    before = listing(documents)
    reply = await upload(standin, filename, b"Poland spent 4.1% of GDP on defence in 2024.")
    assert "refused" in reply
    assert "Windows reserves" in reply
    assert listing(documents) == before


async def test_an_uploaded_document_is_readable_by_others(standin, bot, documents):
    reply = await upload(standin, "poland-2024.txt", b"Poland spent 4.1% of GDP on defence in 2024.\n")
    assert "refused" not in reply
    mode = stat.S_IMODE((documents / "poland-2024.txt").stat().st_mode)
    assert mode == 0o644


async def test_csv_formulas_are_never_stored_or_repeated(standin, bot, documents):
    reply = await upload(standin, "formulas.csv", hostile.formula_csv())
    assert "refused" not in reply
    assert "spreadsheet formula" in reply
    assert "HYPERLINK" not in reply
    assert "HYPERLINK" not in bot.knowledge.kb.model_dump_json()
    assert "cmd|" not in bot.knowledge.kb.model_dump_json()
    facts = await standin.invoke_command("facts", {"topic": "share of GDP"})
    await facts.wait_response()
    assert "HYPERLINK" not in str(facts.response.data)
