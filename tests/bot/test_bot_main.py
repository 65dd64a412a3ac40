"""`python -m bot`: start-up failures and local mode, as subprocesses where possible."""

import asyncio
import os
import shutil
import subprocess
import sys
from pathlib import Path

from bot.__main__ import REJECTED_TOKEN, main

ROOT = Path(__file__).resolve().parents[2]
SETTING_KEYS = (
    "DISCORD_TOKEN",
    "DISCORD_GUILD_IDS",
    "MODERATOR_ROLE_IDS",
    "ANSWER_CHANNEL_IDS",
    "SHARD_COUNT",
    "SHARD_IDS",
    "LOG_LEVEL",
    "COOLDOWN_QUESTIONS",
    "COOLDOWN_SECONDS",
)


def run_bot(args, tmp_path, *, stdin="", extra_env=None, timeout=60):
    env = {k: v for k, v in os.environ.items() if k not in SETTING_KEYS}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=timeout,
        check=False,
    )


def test_missing_token_is_a_clear_message_not_a_traceback(tmp_path):
    result = run_bot([], tmp_path)
    assert result.returncode != 0
    assert "DISCORD_TOKEN is not set" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_invalid_setting_is_named(tmp_path):
    result = run_bot([], tmp_path, extra_env={"DISCORD_TOKEN": "x", "DISCORD_GUILD_IDS": "12,abc"})
    assert result.returncode != 0
    assert "DISCORD_GUILD_IDS" in result.stderr
    assert "Traceback" not in result.stderr


async def test_rejected_token_is_a_clear_message(standin, documents, tmp_path, monkeypatch, capsys):
    # main() runs its own event loop, so it gets a thread; it talks to the stand-in over 127.0.0.1.
    monkeypatch.setenv("DISCORD_TOKEN", "not-the-right-token")
    monkeypatch.setenv("DOCUMENTS_DIR", str(documents))
    monkeypatch.setenv("KNOWLEDGE_BASE_PATH", str(tmp_path / "kb.json"))
    monkeypatch.setenv("DISCORD_GUILD_IDS", str(standin.guild_id))
    monkeypatch.chdir(tmp_path)
    with standin.patch_discord():
        code = await asyncio.to_thread(main, [])
    assert code == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [REJECTED_TOKEN]  # exactly one line, no log lines before it
    assert "not-the-right-token" not in err
    assert "Traceback" not in err


def test_local_mode_answers_piped_questions(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "docs")
    questions = "how much does the US pay?\n/ask who leads nato?\nwhat does russia spend?\n"
    result = run_bot(
        ["--local"],
        tmp_path,
        stdin=questions,
        extra_env={"DOCUMENTS_DIR": "docs", "KNOWLEDGE_BASE_PATH": "cache/kb.json"},
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "== 64% ==" in out
    assert "NATO annual report coverage" in out and "paragraph 4, sentence 1" in out
    assert "Mark Rutte" in out
    assert "I don't know that" in out
    assert "local mode" not in out  # no banner when stdin is not a terminal
    assert "Traceback" not in result.stderr
    assert (tmp_path / "cache" / "kb.json").exists()
    assert not [line for line in result.stderr.splitlines() if " INFO " in line or " DEBUG " in line]


async def test_unbuildable_documents_are_reported_without_a_traceback(standin, tmp_path, monkeypatch, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "budget.xlsx").write_bytes(b"not a spreadsheet")
    monkeypatch.setenv("DISCORD_TOKEN", standin.token)
    monkeypatch.setenv("DOCUMENTS_DIR", "docs")
    monkeypatch.chdir(tmp_path)
    with standin.patch_discord():
        code = await asyncio.to_thread(main, [])
    assert code == 1
    err = capsys.readouterr().err
    assert "Could not build the knowledge base" in err and "budget.xlsx" in err
    assert "Traceback" not in err
