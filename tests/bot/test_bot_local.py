"""`python -m bot --local`: every slash command and mentions, through stdin, as a subprocess."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
US_QUESTION = "how much of NATO's spending does the US pay?"


def local(tmp_path, stdin="", *args, data_dir=None, timeout=120):
    env = {k: v for k, v in os.environ.items() if k not in ("DISCORD_TOKEN", "DOCUMENTS_DIR", "KNOWLEDGE_BASE_PATH")}
    env["PYTHONPATH"] = str(ROOT)
    if data_dir is not None:
        env["DATA_DIR"] = str(data_dir)
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--local", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=timeout,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def session(tmp_path_factory):
    """One local session through a pipe, running every command of the README's table."""
    folder = tmp_path_factory.mktemp("local")
    upload = folder / "ledger note.md"
    upload.write_text("# Ledger note\n\nIn 2025, Poland plans to spend 4.7% of GDP on defence.\n", encoding="utf-8")
    lines = [
        US_QUESTION,
        "/",
        "/help",
        "/sources",
        "/facts poland share of gdp",
        "n",
        "p",
        "/kb status",
        "/chart trend Poland",
        "/chart kind:gdp-share year:2023",
        "/ask which allies were below 2% of GDP in 2024?",
        f"/kb upload {upload}",
        "/kb refresh",
        "/frobnicate",
        "/chart sideways",
        "/ask how much of NATO's spending does the US pay?",
        "/chart trend United Kingdom",
    ]
    out = local(folder, "\n".join(lines) + "\n", "--out", str(folder / "charts"), data_dir=folder / "data")
    return folder, replies_of(out)


def replies_of(out):
    """Piped, local mode writes a transcript: each line as "> line", then the bot's reply."""
    assert out.startswith("> ")
    return [block.split("\n", 1)[1].strip() for block in ("\n" + out).split("\n> ")[1:]]


def reply(replies, starting):
    return next(r for r in replies if r.startswith(starting))


def test_mention_answers_with_the_figure_and_its_citation_once(session):
    _, replies = session
    answer = replies[0]
    assert answer.startswith("== 64% ==")
    assert "estimated 64% of total alliance defence expenditure in 2024. [1]" in answer
    assert answer.count("paragraph 4, sentence 1") == 1
    assert "**" not in answer and "*NATO" not in answer


def test_slash_alone_lists_every_command(session):
    _, replies = session
    listing = reply(replies, "Slash commands:")
    for command in ("/ask QUESTION", "/help", "/sources", "/facts [topic]", "/kb status", "/kb refresh"):
        assert command in listing
    assert "/kb upload FILE" in listing and "/chart KIND [country] [year]" in listing


def test_help_and_sources_are_the_bots_own_replies(session):
    _, replies = session
    help_text = reply(replies, "== Asking Alliance Ledger ==")
    assert "mention me: @Alliance Ledger" in help_text and "`" not in help_text
    sources = reply(replies, "== Sources (3 documents) ==")
    assert "Defence Expenditure of NATO Countries (2014-2024)" in sources and "facts" in sources


def test_facts_are_found_by_topic_words_and_paged(session):
    _, replies = session
    pages = [r for r in replies if r.startswith("== Facts: poland share of gdp")]
    assert len(pages) == 3
    first, second, back = pages
    assert "(Page 1/" in first and "(Page 2/" in second and "(Page 1/" in back
    assert "Poland spent 1.88% of GDP on defence in 2014." in first
    assert first == back
    assert "n: next page" in first


def test_kb_status_refresh_and_upload(session):
    _, replies = session
    status = reply(replies, "== Knowledge base ==")
    assert "Counts: 3 documents" in status and "<t:" not in status
    added = reply(replies, "== Document added ==")
    assert "ledger-note.md" in added
    refreshed = reply(replies, "== Knowledge base refreshed ==")
    assert "0 added" in refreshed


def test_charts_are_saved_and_their_paths_printed(session):
    folder, replies = session
    trend = reply(replies, "== Poland — Defence expenditure as a share of GDP")
    saved = [line.removeprefix("Chart saved to ") for line in trend.splitlines() if line.startswith("Chart saved")]
    assert len(saved) == 1
    path = Path(saved[0])
    assert path.parent == folder / "charts"
    assert path.read_bytes().startswith(b"\x89PNG")
    assert "2023" in reply(replies, "== Defence expenditure as a share of GDP, 2023")


def test_a_list_answer_is_aligned_and_cites_each_row_once(session):
    _, replies = session
    below = reply(replies, "== 8 allies below 2% of GDP")
    assert "1. Spain       1.28% of GDP  (Table 3, TABLE3!N37)" in below
    assert below.count("TABLE3!N37") == 1


def test_mistakes_get_a_pointer_to_the_command_list(session):
    _, replies = session
    assert any(r.startswith("there is no /frobnicate command. Type / to list") for r in replies)
    assert any("kind must be one of gdp-share, trend, split" in r for r in replies)


def test_one_shot_flag_runs_a_command_and_exits(tmp_path):
    out = local(tmp_path, "", "-c", "/sources", "-c", US_QUESTION)
    assert out.startswith("> /sources\n== Sources (3 documents) ==")
    assert "== 64% ==" in out


def test_first_start_fills_the_data_folder_with_the_shipped_documents(tmp_path, private_data_dir):
    local(tmp_path, "/sources\n")
    shipped = sorted(p.name for p in (ROOT / "knowledge" / "seeds").iterdir())
    assert sorted(p.name for p in (private_data_dir / "documents").iterdir()) == shipped
    assert (private_data_dir / "cache" / "knowledge.json").is_file()
    assert not (tmp_path / ".cache").exists()


def test_options_are_read_as_people_type_them(session):
    _, replies = session
    assert replies[-2].startswith("== 64% ==")  # an apostrophe in a question is just a character
    assert replies[-1].startswith("== United Kingdom — Defence expenditure as a share of GDP")


def test_an_unusable_data_folder_is_one_line_not_a_traceback(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DATA_DIR": str(blocker / "data")}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "--local", "-c", "hi"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("Could not ") and "Not a directory" in line and str(blocker / "data") in line
