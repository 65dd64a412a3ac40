"""`/chart` over the wire: the PNG arrives as the followup's file, the embed shows it, errors stay private."""

from __future__ import annotations

import sys
import threading

import pytest
from ledger_tables import tidy_csv
from ledger_wire_helpers import START_TIMEOUT, embed_of

from bot import create_bot
from discord_standin.testing import running_bot

PNG = b"\x89PNG\r\n\x1a\n"
TITLE = "Test defence tables"


@pytest.fixture
def documents(tmp_path):
    """Only documents written here: figures the tests control, not the seeds."""
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "tables.tidy.csv").write_text(tidy_csv(), encoding="utf-8")
    (folder / "catalog.toml").write_text(f'["tables.tidy.csv"]\ntitle = "{TITLE}"\n', encoding="utf-8")
    return folder


async def chart_reply(standin, options, **kwargs) -> dict:
    interaction = await standin.invoke_command("chart", options, **kwargs)
    response = await interaction.wait_response()
    assert response.type == 5  # deferred: "thinking…" while the chart is drawn
    [message] = await interaction.wait_followups(1, timeout=10)
    return message


def loaded_extension():
    """The module the bot loaded: discord.py executes extensions afresh, so patch this one, not an import."""
    return sys.modules["bot.exts.charts"]


def png_of(standin, message) -> bytes:
    [attachment] = message["attachments"]
    assert attachment["filename"] == "chart.png"
    return standin.attachment_bytes(attachment)


async def test_gdp_share_chart_is_a_public_png_in_an_embed(standin, bot):
    message = await chart_reply(standin, {"kind": "gdp-share"})
    assert not message["flags"] & 64
    assert message["allowed_mentions"] == {"parse": []}
    data = png_of(standin, message)
    assert data.startswith(PNG) and len(data) > 20_000
    embed = embed_of(message)
    assert embed["image"]["url"].endswith("chart.png")
    assert embed["title"] == "Defence expenditure as a share of GDP, 2024 (e)"
    [source] = [field for field in embed["fields"] if field["name"] == "Source"]
    assert TITLE in source["value"] and "Table 3" in source["value"]
    assert "4 cited figures" in embed["footer"]["text"]
    [upload] = [r for r in standin.requests if r.method == "POST" and r.path.startswith("/webhooks/") and r.files]
    assert upload.files[0].data == data
    assert upload.json["embeds"][0]["image"]["url"] == "attachment://chart.png"


async def test_trend_and_split_charts(standin, bot):
    trend = await chart_reply(standin, {"kind": "trend", "country": "poland"})
    assert embed_of(trend)["title"].startswith("Poland — Defence expenditure as a share of GDP, 2014–2024")
    assert png_of(standin, trend).startswith(PNG)
    split = await chart_reply(standin, {"kind": "split", "year": 2020})
    embed = embed_of(split)
    assert embed["title"].endswith("2020")
    assert "Computed from defence expenditure at current prices" in embed["description"]
    assert png_of(standin, split).startswith(PNG)


async def test_charts_are_drawn_in_the_knowledge_pool(standin, bot, monkeypatch):
    threads: list[str] = []
    chart_ext = loaded_extension()
    real_draw = chart_ext.draw

    def recording_draw(plan):
        threads.append(threading.current_thread().name)
        return real_draw(plan)

    monkeypatch.setattr(chart_ext, "draw", recording_draw)
    await chart_reply(standin, {"kind": "split"})
    assert threads and threads[0].startswith("ledger-engine")


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"kind": "trend"}, "needs a country"),
        ({"kind": "trend", "country": "Narnia"}, "no share of gdp figures for 'Narnia'"),
        ({"kind": "gdp-share", "year": 2099}, "no share-of-GDP figures for 2099"),
        ({"kind": "split", "year": 2050}, "no figures to split alliance spending in 2050"),
    ],
)
async def test_missing_data_is_a_private_refusal(standin, bot, options, expected):
    interaction = await standin.invoke_command("chart", options)
    response = await interaction.wait_response()
    assert response.type == 4
    assert response.data["flags"] & 64
    assert "I can't draw that chart" in response.data["content"]
    assert expected in response.data["content"]
    assert not standin.messages(standin.general_channel_id)  # nothing public


async def test_a_refusal_after_deferring_stays_private(standin, bot, monkeypatch):
    monkeypatch.setattr(loaded_extension(), "PLAN_BUDGET", 0.0)  # as if the pool were busy: defer first
    interaction = await standin.invoke_command("chart", {"kind": "gdp-share", "year": 2099})
    assert (await interaction.wait_response()).type == 5
    message = await standin.wait_for_bot_message(predicate=lambda m: "can't draw" in (m.get("content") or ""))
    assert message["flags"] & 64
    await standin.wait_for(
        lambda: not standin.messages(standin.general_channel_id), what="the thinking placeholder is deleted"
    )


async def test_country_autocomplete(standin, bot):
    choices = await standin.autocomplete("chart", "country", "pol", options={"kind": "trend"})
    assert choices[0]["value"] == "Poland"
    everyone = await standin.autocomplete("chart", "country", "", options={"kind": "trend"})
    names = [choice["name"] for choice in everyone]
    assert names[-1] == "European Allies and Canada"  # aggregates after the allies
    assert {"Germany", "Poland", "Spain", "United States"} <= set(names)


async def test_chart_has_a_cooldown(standin, make_settings):
    settings = make_settings(cooldown_questions=1)
    async with running_bot(lambda: create_bot(settings, guild_ready_timeout=0.05), standin, timeout=START_TIMEOUT):
        await chart_reply(standin, {"kind": "split"})
        second = await standin.invoke_command("chart", {"kind": "split"})
        response = await second.wait_response()
        assert response.data["flags"] & 64
        assert "Try again in" in response.data["content"]
