"""Operations: graceful shutdown, the health and metrics endpoint, JSON logs, lazy heavy imports."""

import asyncio
import contextlib
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import aiohttp
import pytest
from ledger_wire_helpers import START_TIMEOUT

import bot.knowledge_service as knowledge_service
from bot import create_bot
from bot.__main__ import run
from bot.health import HealthServer
from bot.log import logging_to_stderr
from bot.settings import Settings
from bot.tree import RESTARTING
from discord_standin.testing import running_bot

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("sigterm_driver.py")


def test_sigterm_during_200_asks_answers_or_tells_each_and_exits_0_within_10_s(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [sys.executable, str(DRIVER), str(tmp_path / "data"), "200"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "READY", process.stderr.read() if process.stderr else ""
        assert process.stdout.readline().strip() == "FIRED"
        process.send_signal(signal.SIGTERM)
        signalled = time.monotonic()
        out, err = process.communicate(timeout=30)
        elapsed = time.monotonic() - signalled
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, err
    assert elapsed < 10, f"exit took {elapsed:.1f} s"
    report = json.loads(out.strip().splitlines()[-1])
    outcomes = report["outcomes"]
    assert set(outcomes) <= {"answered", "restarting"}, outcomes
    assert sum(outcomes.values()) == 200
    assert report["problems"] == []
    assert "Traceback" not in err


async def test_while_draining_new_commands_are_told_the_bot_is_restarting(standin, bot):
    bot.tree.draining = True
    interaction = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
    message = await interaction.wait_original()
    assert message["content"] == RESTARTING
    assert message["flags"] & 64  # private
    posted = await standin.post_message(None, standin.member_id, f"<@{standin.bot_user_id}> how much?")
    assert bot.readiness()["accepting"] is False
    assert not [
        m for m in standin.bot_messages() if (m.get("message_reference") or {}).get("message_id") == posted["id"]
    ]
    assert 'ledger_interactions_unanswered_total{reason="restarting"} 1.0' in bot.metrics.exposition().decode()


async def test_shutdown_finishes_in_flight_commands_then_closes(standin, bot):
    interactions = [await standin.invoke_command("ask", {"question": "top 5 spenders"}) for _ in range(20)]
    await bot.shutdown(timeout=8)
    assert bot.is_closed()
    for interaction in interactions:
        assert interaction.acknowledged and not interaction.rejected
        assert interaction.original is not None


async def test_health_and_metrics_endpoint(standin, bot):
    server = HealthServer(bot, "127.0.0.1", 0, None)
    server.ports = {0: {"health", "metrics"}}
    await server.start()
    try:
        host, port = server.addresses[0]
        asked = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
        await asked.wait_original()
        async with aiohttp.ClientSession(f"http://{host}:{port}") as http:
            async with http.get("/healthz") as response:
                assert response.status == 200
                assert await response.json() == {"status": "ok"}
            async with http.get("/readyz") as response:
                assert response.status == 200
                body = await response.json()
                assert body == {"ready": True, "checks": {"knowledge_base": True, "gateway": True, "accepting": True}}
            async with http.get("/metrics") as response:
                assert response.status == 200
                metrics = await response.text()
            bot.tree.draining = True
            async with http.get("/readyz") as response:
                assert response.status == 503
                assert (await response.json())["checks"]["accepting"] is False
    finally:
        await server.stop()
    assert 'ledger_questions_total{band="answer"} 1.0' in metrics
    assert "ledger_answer_seconds_bucket" in metrics and "ledger_answer_seconds_count 1.0" in metrics
    assert f'ledger_knowledge_base_info{{version="{bot.knowledge.kb.version[:12]}"}} 1.0' in metrics
    assert f"ledger_knowledge_base_facts {float(len(bot.knowledge.kb.facts))}" in metrics
    assert "ledger_refreshes_total" in metrics and "ledger_errors_total 0.0" in metrics
    assert 'ledger_interactions_total{outcome="answered"} 1.0' in metrics
    assert 'ledger_interactions_total{outcome="dropped"} 0.0' in metrics


async def test_refreshes_are_counted(standin, bot, documents):
    (documents / "note.md").write_text("# Note\n\nIn 2025, Poland plans to spend 4.7% of GDP on defence.\n")
    await bot.knowledge.refresh("tester", 1)
    assert 'ledger_refreshes_total{outcome="ok"} 1.0' in bot.metrics.exposition().decode()


def test_json_logs_are_one_object_per_line_and_redacted(capsys):
    with logging_to_stderr("INFO", secrets=["s3cret-token"], json_lines=True):
        logging.getLogger("bot.test").info("connecting with %s", "s3cret-token", extra={"guild": 42})
    line = capsys.readouterr().err.strip()
    entry = json.loads(line)
    assert entry["level"] == "INFO" and entry["logger"] == "bot.test"
    assert entry["message"] == "connecting with [redacted]"
    assert entry["guild"] == 42
    assert "s3cret" not in line


def test_heavy_libraries_are_imported_only_when_needed():
    code = (
        "import sys, bot.bot, bot.exts.charts, bot.exts.answers, knowledge.__main__, knowledge.snapshot;"
        "print(sorted(m for m in ('matplotlib', 'openpyxl') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert result.stdout.strip() == "[]", result.stderr


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run_settings(standin, documents: Path, tmp_path: Path, **extra: object) -> Settings:
    """Settings for `run()` against the stand-in, with the health endpoint on a free port."""
    values: dict[str, object] = {"health_port": free_port(), **extra}
    return Settings(
        _env_file=None,
        discord_token=standin.token,
        discord_guild_ids=(standin.guild_id,),
        documents_dir=documents,
        knowledge_base_path=tmp_path / "kb.json",
        log_level="WARNING",
        **values,
    )


async def test_run_serves_the_endpoint_from_settings_and_stops_on_sigterm(standin, documents, tmp_path):
    port = free_port()
    settings = run_settings(standin, documents, tmp_path, health_port=port, metrics_port=port)
    runner = asyncio.create_task(run(settings, client_options={"guild_ready_timeout": 0.05}))
    async with aiohttp.ClientSession(f"http://127.0.0.1:{port}") as http:
        for _ in range(200):
            with contextlib.suppress(aiohttp.ClientConnectionError):
                async with http.get("/readyz") as response:
                    if response.status == 200:
                        break
            await asyncio.sleep(0.05)
        else:
            pytest.fail("never ready")
        async with http.get("/metrics") as response:
            assert "ledger_knowledge_base_facts" in await response.text()
        os.kill(os.getpid(), signal.SIGTERM)  # run() handles it: a graceful stop, not the end of the tests
        await asyncio.wait_for(runner, timeout=15)
        with pytest.raises(aiohttp.ClientConnectionError):
            await http.get("/healthz")


async def test_a_stop_before_discords_ready_still_reads_the_gateway_and_tells_each_interaction(
    standin, documents, tmp_path
):
    # A long guild wait keeps discord.py short of `ready` while the gateway is open:
    # in a burst at start-up, a stop arrives in that window. Interactions Discord sends after the stop must
    # still be read and told the bot is restarting, not dropped with the gateway reader.
    settings = run_settings(standin, documents, tmp_path)
    runner = asyncio.create_task(run(settings, client_options={"guild_ready_timeout": 30}))
    await standin.wait_until_ready(timeout=START_TIMEOUT)  # commands were synced before the gateway opened
    os.kill(os.getpid(), signal.SIGTERM)  # run() handles it: a graceful stop, not the end of the tests
    await asyncio.sleep(0.05)
    interaction = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
    await asyncio.wait_for(runner, timeout=15)
    assert interaction.response is not None, "the interaction was never acknowledged"
    assert interaction.original is not None
    assert interaction.original["content"] == RESTARTING


async def test_a_stop_during_start_up_ends_cleanly_and_the_next_start_answers(
    standin, documents, tmp_path, monkeypatch
):
    building = threading.Event()
    real_build = knowledge_service._build

    def slow_build(folder, **options):
        building.set()
        time.sleep(1.5)  # the start-up import is still running when the stop arrives
        return real_build(folder, **options)

    monkeypatch.setattr(knowledge_service, "_build", slow_build)
    settings = run_settings(standin, documents, tmp_path)
    runner = asyncio.create_task(run(settings, client_options={"guild_ready_timeout": 0.05}))
    assert await asyncio.to_thread(building.wait, 20)
    os.kill(os.getpid(), signal.SIGTERM)
    await asyncio.wait_for(runner, timeout=30)  # no error: the store was not closed under the import

    monkeypatch.setattr(knowledge_service, "_build", real_build)
    async with running_bot(lambda: create_bot(settings, guild_ready_timeout=0.05), standin, timeout=START_TIMEOUT):
        interaction = await standin.invoke_command("ask", {"question": "how much does the US pay?"})
        assert "64%" in (await interaction.wait_original())["embeds"][0]["title"]


async def test_an_interaction_answered_after_discords_deadline_is_counted_late(standin, bot):
    standin.ack_deadline = 0.0  # every acknowledgement arrives too late
    interaction = await standin.invoke_command("help")
    await standin.wait_for(lambda: interaction.rejected, timeout=5)
    assert interaction.rejected == [(404, 10062)]
    await standin.wait_for(lambda: 'reason="late"} 1.0' in bot.metrics.exposition().decode(), timeout=5)
    assert "ledger_errors_total 0.0" in bot.metrics.exposition().decode()  # late is not a bug
