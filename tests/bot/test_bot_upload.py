"""`/kb upload` over the wire: accepted articles and tables become answerable; refusals change nothing."""

from __future__ import annotations

import io
import zipfile

import pytest
from ledger_tables import HEADER, tidy_csv
from ledger_wire_helpers import embed_of, embed_text

from bot.uploads import UploadRejected, safe_name

ARTICLE = """---
title: Alliance burden sharing 2024
published: 2025-04
---

The United States contributed an estimated 64% of total alliance defence expenditure in 2024.

European Allies and Canada contributed 36% of total alliance defence expenditure in 2024.
"""
UPDATE = """---
title: Alliance burden sharing 2025
published: 2025-12
---

The United States contributed an estimated 61% of total alliance defence expenditure in 2025.
"""


@pytest.fixture
def documents(tmp_path):
    """Documents written here (an article and a table), so the figures are the tests' own."""
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "burden-2024.md").write_text(ARTICLE, encoding="utf-8")
    (folder / "tables.tidy.csv").write_text(tidy_csv(), encoding="utf-8")
    (folder / "catalog.toml").write_text('["tables.tidy.csv"]\ntitle = "Test defence tables"\n', encoding="utf-8")
    return folder


def state(bot) -> tuple[list[str], bytes, str]:
    """Everything a refused upload must leave alone: the folder, the snapshot and the engine's version."""
    folder = bot.settings.documents_dir
    listing = sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*"))
    return listing, bot.settings.knowledge_base_path.read_bytes(), bot.knowledge.kb.version


async def upload(standin, filename: str, data: bytes, user_id: int | None = None):
    interaction = await standin.invoke_command(
        "kb upload", attachments={"file": (filename, data)}, user_id=user_id or standin.moderator_id
    )
    response = await interaction.wait_response()
    return interaction, response


async def reply_of(interaction, response) -> dict:
    """The private reply: the immediate one, or the followup after a private "thinking…"."""
    if response.type == 4:
        assert response.data["flags"] & 64
        return response.data
    assert response.type == 5
    [message] = await interaction.wait_followups(1, timeout=15)
    assert message["flags"] & 64
    assert message["allowed_mentions"] == {"parse": []}
    return message


async def ask(standin, question: str) -> dict:
    interaction = await standin.invoke_command("ask", {"question": question})
    await interaction.wait_original()
    return embed_of(interaction.original)


async def test_accepted_article_is_stored_refreshed_and_answerable(standin, bot):
    old_version = bot.knowledge.kb.version
    interaction, response = await upload(standin, "Burden sharing 2025.md", UPDATE.encode())
    message = await reply_of(interaction, response)
    text = embed_text(message)
    assert "Document added" in text
    assert "`Burden-sharing-2025.md`: 1 facts" in text
    assert "added:" in text and "61%" in text and "2025" in text
    stored = bot.settings.documents_dir / "Burden-sharing-2025.md"
    assert stored.read_bytes() == UPDATE.encode()
    assert not [p for p in bot.settings.documents_dir.iterdir() if p.name.startswith(".")]  # no temp file left
    assert bot.knowledge.kb.version != old_version
    assert b"Burden-sharing-2025.md" in bot.settings.knowledge_base_path.read_bytes()
    record = bot.knowledge.last_refresh
    assert record.ok and record.actor_id == standin.moderator_id and record.document == "Burden-sharing-2025.md"
    assert "61%" in (await ask(standin, "what share of alliance spending did the US pay in 2025?"))["title"]
    status = await standin.invoke_command("kb status")
    await status.wait_response()
    assert "uploading `Burden-sharing-2025.md`" in embed_text(status.original)


COVERAGE = """---
title: Posters and turnout
published: 2025-12
---

The United States contributed an estimated 61% of total alliance defence expenditure in 2025.

Norway printed 3% of the posters in 2025.

Turnout fell by 4% in 2025.
"""


async def test_upload_reply_shows_what_the_document_gave(standin, bot):
    interaction, response = await upload(standin, "posters.md", COVERAGE.encode())
    text = embed_text(await reply_of(interaction, response))
    assert "Coverage: posters.md: 2 facts" in text
    assert "1 statements kept as 'other' facts" in text and "Norway printed 3% of the posters" in text
    assert "1 sentences with a figure gave no fact" in text and "Turnout fell by 4% in 2025." in text


async def test_accepted_table_csv_adds_figures_that_chart(standin, bot):
    norway = tidy_csv({"Norway": 1.51}).split("\n")
    rows = [line for line in norway if line.startswith("3,") or line == HEADER]
    data = ("\n".join(rows) + "\n").encode()
    interaction, response = await upload(standin, "norway.tidy.csv", data)
    text = embed_text(await reply_of(interaction, response))
    assert "`norway.tidy.csv`: 11 facts" in text and "**11** added" in text
    assert "Norway" in text
    chart = await standin.invoke_command("chart", {"kind": "trend", "country": "norway"})
    [message] = await chart.wait_followups(1, timeout=10)
    assert embed_of(message)["title"].startswith("Norway — Defence expenditure as a share of GDP")


def workbook_without_parts() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    return buffer.getvalue()


REFUSALS = [
    pytest.param("notes.pdf", b"%PDF-1.7", "wrong type: .pdf files are not accepted", id="wrong-extension"),
    pytest.param("notes", b"text", "wrong type: no extension", id="no-extension"),
    pytest.param(".hidden.md", b"The US paid 60% in 2025.", "hidden", id="hidden-name"),
    pytest.param("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL bytes", id="binary-as-txt"),
    pytest.param("latin1.md", "Défense: 2 % du PIB".encode("latin-1"), "not UTF-8", id="not-utf8"),
    pytest.param("budget.xlsx", b"this is not a spreadsheet", "not an Excel workbook", id="invalid-xlsx"),
    pytest.param("budget.xlsx", workbook_without_parts(), "xl/workbook.xml", id="zip-without-workbook"),
    pytest.param("empty.md", b"   \n", "empty", id="blank"),
    pytest.param("chat.txt", b"Hello everyone, see you at the meeting.\n", "no figures", id="no-facts"),
    pytest.param(
        "bad.csv", b"a,b,c\n1,2,3\n", "does not build with it: `bad.csv`: missing column(s)", id="build-error"
    ),
    pytest.param(
        "burden-2024.md", UPDATE.encode(), "a different document named `burden-2024.md`", id="other-same-name"
    ),
    pytest.param("BURDEN-2024.MD", UPDATE.encode(), "a different document named `burden-2024.md`", id="case-clash"),
    pytest.param("burden-2024.md", ARTICLE.encode(), "already in the knowledge base", id="same-content"),
]


@pytest.mark.parametrize(("filename", "data", "reason"), REFUSALS)
async def test_refused_upload_names_the_reason_and_changes_nothing(standin, bot, filename, data, reason):
    before = state(bot)
    engine = bot.knowledge.engine
    interaction, response = await upload(standin, filename, data)
    message = await reply_of(interaction, response)
    assert "refused" in message["content"] and reason in message["content"]
    assert "Nothing was changed." in message["content"]
    assert state(bot) == before
    assert bot.knowledge.engine is engine
    assert bot.knowledge.last_refresh is None


async def test_too_large_is_refused_before_download(standin, bot, monkeypatch):
    monkeypatch.setattr(bot.settings, "upload_max_bytes", 1000)
    before = state(bot)
    _interaction, response = await upload(standin, "big.md", b"The US paid 61% in 2025. " * 100)
    assert response.type == 4  # refused at once: the declared size is enough
    assert "too large: 2 KB; the limit is 1000 bytes" in response.data["content"]
    assert state(bot) == before


async def test_plain_member_is_refused(standin, bot):
    before = state(bot)
    _interaction, response = await upload(standin, "update.md", UPDATE.encode(), user_id=standin.member_id)
    assert response.data["flags"] & 64
    assert "Only moderators" in response.data["content"]
    assert state(bot) == before


async def test_upload_waits_for_no_refresh(standin, bot):
    await bot.knowledge._lock.acquire()  # as if a refresh were running
    try:
        before = state(bot)
        _interaction, response = await upload(standin, "update.md", UPDATE.encode())
        assert "already running" in response.data["content"]
        assert state(bot) == before
    finally:
        bot.knowledge._lock.release()


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        ("report.md", "report.md"),
        ("../../etc/passwd.md", "passwd.md"),
        ("C:\\Users\\me\\Spending Report (final).TXT", "Spending-Report-final.txt"),
        ("nato-2014-2024.tidy.csv", "nato-2014-2024.tidy.csv"),
        ("tables.XLSX", "tables.xlsx"),
        ("<script>.md", "script.md"),
    ],
)
def test_safe_names(given, stored):
    assert safe_name(given) == stored


@pytest.mark.parametrize("given", ["", ".md", "..md", ".env.md", "---.md", "x.toml", "catalog.toml", "a.md.exe"])
def test_unsafe_names_are_refused(given):
    with pytest.raises(UploadRejected):
        safe_name(given)
