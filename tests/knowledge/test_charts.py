"""Charts: PNG bytes that decode, are the right size and not blank; the facts, titles and lines they claim."""

from __future__ import annotations

import argparse
import io
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from chart_data import (
    ALLIES,
    ARTICLE_TITLE,
    EUROPE_SPENDING,
    TABLES_TITLE,
    US_SPENDING,
    chart_kb,
    share,
)
from matplotlib import image

from knowledge import charts
from knowledge.chart_cli import add_chart_command
from knowledge.charts import ChartError, alliance_split, country_trend, share_of_gdp_by_ally
from knowledge.snapshot import save_snapshot

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
GUIDE_RGB = np.array([0xC0, 0x39, 0x2B]) / 255


@pytest.fixture(scope="module")
def kb():
    return chart_kb()


def pixels(png: bytes) -> np.ndarray:
    assert png.startswith(PNG_SIGNATURE)
    return image.imread(io.BytesIO(png), format="png")[..., :3]


def assert_real_picture(chart: charts.Chart, width: int = 1100, min_height: int = 500) -> np.ndarray:
    data = pixels(chart.png)
    height, actual_width, _ = data.shape
    assert (actual_width, height) == chart.size
    assert actual_width == width and height >= min_height
    assert len(chart.png) > 20_000  # text, bars and lines, not an empty canvas
    not_white = (data < 0.95).any(axis=2).mean()
    assert 0.03 < not_white < 0.8
    rgb = (data * 255).astype(np.uint32)
    assert len(np.unique(rgb[..., 0] << 16 | rgb[..., 1] << 8 | rgb[..., 2])) > 50  # anti-aliased text and shapes
    return data


def guide_pixels(data: np.ndarray) -> int:
    return int((np.abs(data - GUIDE_RGB).max(axis=2) < 0.06).sum())


def test_share_of_gdp_by_ally_latest_year(kb):
    chart = share_of_gdp_by_ally(kb, None)
    data = assert_real_picture(chart)
    assert chart.title == "Defence expenditure as a share of GDP, 2024 (e)"
    assert sorted(chart.labels) == sorted(ALLIES)  # aggregates are not bars
    assert chart.values == sorted(chart.values)  # sorted: the biggest bar on top
    assert chart.values == [share(label, 2024) for label in chart.labels]
    assert {(f.subject, f.period, f.measure) for f in chart.facts} == {(a, "2024", "share_of_gdp") for a in ALLIES}
    assert chart.reference_line == 2.0
    assert guide_pixels(data) > 500  # the dashed 2% line and its label are drawn
    assert TABLES_TITLE in chart.source and "Table 3" in chart.source and "cells TABLE3!N11–N15" in chart.source
    assert "of 5 allies at or above the 2% guideline" in chart.subtitle


def test_share_of_gdp_for_a_reported_year_has_no_estimate_mark(kb):
    chart = share_of_gdp_by_ally(kb, 2015)
    assert chart.title.endswith("2015")
    assert all(f.period == "2015" and not f.estimate for f in chart.facts)
    above = [label for label, value in zip(chart.labels, chart.values, strict=True) if value >= 2]
    assert above == ["Estonia", "United States"]
    assert chart.subtitle.startswith("2 of 5 allies")


def test_share_of_gdp_for_a_year_without_figures(kb):
    with pytest.raises(ChartError, match=r"no share-of-GDP figures for 2031.*2014–2024"):
        share_of_gdp_by_ally(kb, 2031)


def test_share_of_gdp_needs_table_figures():
    kb = chart_kb()
    kb.facts = [f for f in kb.facts if f.measure != "share_of_gdp"]
    with pytest.raises(ChartError, match="no share-of-GDP figures"):
        share_of_gdp_by_ally(kb, None)


def test_country_trend_share_of_gdp(kb):
    chart = country_trend(kb, "poland")
    data = assert_real_picture(chart)
    assert chart.title == "Poland — Defence expenditure as a share of GDP, 2014–2024 (e)"
    assert chart.labels == [str(year) for year in range(2014, 2025)]
    assert chart.values == [share("Poland", year) for year in range(2014, 2025)]
    assert [f.period for f in chart.facts] == chart.labels and {f.subject for f in chart.facts} == {"Poland"}
    assert [f.estimate for f in chart.facts][-2:] == [True, True]
    assert chart.reference_line == 2.0 and guide_pixels(data) > 300
    assert "11 cells TABLE3!D11–N11" in chart.source


def test_country_trend_of_money_reads_in_billions(kb):
    chart = country_trend(kb, "United States", "spending_usd_current")
    assert_real_picture(chart)
    assert chart.reference_line is None
    assert chart.values[0] == pytest.approx(US_SPENDING[2014] / 1000)  # US$ million → US$ billion
    assert "Table 2" in chart.source


def test_country_trend_aliases_and_errors(kb):
    assert country_trend(kb, "USA").facts[0].subject == "United States"
    with pytest.raises(ChartError, match="Did you mean Poland"):
        country_trend(kb, "Polnd")
    with pytest.raises(ChartError, match="'Narnia'"):
        country_trend(kb, "Narnia")
    with pytest.raises(ChartError, match="unknown measure 'tanks'"):
        country_trend(kb, "Poland", "tanks")
    with pytest.raises(ChartError, match="military personnel"):
        country_trend(kb, "Poland", "military_personnel")


def test_split_uses_the_stated_shares_when_there_are_some(kb):
    chart = alliance_split(kb, None)
    assert_real_picture(chart, min_height=400)
    assert chart.title.endswith("2024 (e)")
    assert chart.labels == ["United States", "European Allies and Canada"]
    assert chart.values == [64.0, 36.0]
    assert {f.measure for f in chart.facts} == {"share_of_alliance_spending"}
    assert ARTICLE_TITLE in chart.source and "paragraph 4" in chart.source
    assert "stated" in chart.subtitle


def test_split_is_computed_from_spending_otherwise(kb):
    chart = alliance_split(kb, 2020)
    us, europe = US_SPENDING[2020], EUROPE_SPENDING[2020]
    assert chart.values == pytest.approx([100 * us / (us + europe), 100 * europe / (us + europe)])
    assert sum(chart.values) == pytest.approx(100)
    assert {f.measure for f in chart.facts} == {"spending_usd_current"}
    assert chart.subtitle.startswith("Computed from defence expenditure at current prices")
    assert f"{chart.values[0]:.1f}%" in chart.subtitle
    assert TABLES_TITLE in chart.source


def test_split_latest_year_without_an_article_is_computed():
    chart = alliance_split(chart_kb(with_article=False), None)
    assert chart.title.endswith("2024 (e)") and "Computed" in chart.subtitle


def test_split_for_a_year_without_figures(kb):
    with pytest.raises(ChartError, match=r"2012.*2014"):
        alliance_split(kb, 2012)


def test_table_figures_win_over_a_prose_duplicate(kb):
    prose = kb.facts[0].model_copy(update={"id": "prose", "value": 9.9, "citation": kb.facts[-1].citation})
    chosen = charts.pick_one_each([prose, kb.facts[0]], key=lambda f: f.subject)
    assert chosen[kb.facts[0].subject] is kb.facts[0]


def test_charts_draw_concurrently_in_threads(kb):
    jobs = [
        lambda: share_of_gdp_by_ally(kb, 2020),
        lambda: country_trend(kb, "Germany"),
        lambda: alliance_split(kb, 2019),
        lambda: country_trend(kb, "Spain"),
    ] * 2
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda job: job(), jobs))
    for chart in results:
        assert pixels(chart.png).shape[1] == 1100
    assert results[0].png == results[4].png  # drawing is deterministic, threads do not interfere


def run_cli(*argv: str) -> int:
    root = argparse.ArgumentParser()
    add_chart_command(root.add_subparsers(dest="command", required=True))
    args = root.parse_args(["chart", *argv])
    return args.handler(args)


def test_cli_writes_png(tmp_path, kb, capsys):
    snapshot = tmp_path / "kb.json"
    save_snapshot(kb, snapshot)
    out = tmp_path / "out" / "trend.png"
    assert run_cli("trend", "--country", "Poland", "--kb", str(snapshot), "--out", str(out)) == 0
    assert out.read_bytes().startswith(PNG_SIGNATURE)
    assert "Poland" in capsys.readouterr().out
    assert run_cli("gdp-share", "--year", "2020", "--kb", str(snapshot), "--out", str(tmp_path / "g.png")) == 0
    assert run_cli("split", "--kb", str(snapshot), "--out", str(tmp_path / "s.png")) == 0


def test_cli_exits_4_without_data(tmp_path, kb, capsys):
    snapshot = tmp_path / "kb.json"
    save_snapshot(kb, snapshot)
    out = tmp_path / "none.png"
    assert run_cli("gdp-share", "--year", "1999", "--kb", str(snapshot), "--out", str(out)) == 4
    assert "no share-of-GDP figures for 1999" in capsys.readouterr().err
    assert not out.exists()
    with pytest.raises(SystemExit):
        run_cli("trend", "--kb", str(snapshot), "--out", str(out))  # --country is required
