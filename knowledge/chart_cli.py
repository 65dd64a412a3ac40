"""`python -m knowledge chart gdp-share|trend|split --out FILE.png`: the charts of `knowledge.charts`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from knowledge.charts import (
    CHART_STYLES,
    HEADLINE,
    Chart,
    ChartError,
    alliance_split,
    country_trend,
    share_of_gdp_by_ally,
)
from knowledge.cli_sources import load_kb

EXIT_NO_DATA = 4


def command_chart(args: argparse.Namespace) -> int:
    kb = load_kb(args)
    try:
        chart = draw(kb, args)
    except ChartError as error:
        print(f"error: cannot draw the chart: {error}", file=sys.stderr)
        return EXIT_NO_DATA
    out = Path(args.out)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(chart.png)
    except OSError as error:
        print(f"error: cannot write {out}: {error.strerror or error}", file=sys.stderr)
        return EXIT_NO_DATA
    width, height = chart.size
    print(f"Wrote {out} ({width}×{height} px): {chart.title}\n{chart.source}")
    return 0


def draw(kb: Any, args: argparse.Namespace) -> Chart:
    if args.kind == "gdp-share":
        return share_of_gdp_by_ally(kb, args.year)
    if args.kind == "trend":
        return country_trend(kb, args.country, args.measure)
    return alliance_split(kb, args.year)


def add_chart_command(commands: Any) -> None:
    """Add `chart` to the `python -m knowledge` subcommands (`commands` is argparse's subparsers action)."""
    chart = commands.add_parser(
        "chart",
        help="draw a chart of cited figures as a PNG",
        description="Draw a chart of cited figures as a PNG (1100 px wide) and print its title and source.",
        epilog="examples:\n  chart gdp-share --year 2024 --out gdp.png\n"
        "  chart trend --country Poland --out poland.png\n"
        "  chart split --out split.png\n\nExit code 4 when the documents have no figures for the chart.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    kinds = chart.add_subparsers(dest="kind", required=True, metavar="{gdp-share,trend,split}")

    def common(parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--out", metavar="FILE.png", required=True, help="where to write the PNG")
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--kb", metavar="FILE", help="a built knowledge-base snapshot")
        group.add_argument("--documents", metavar="DIR", help="a folder of documents (built in memory)")
        parser.set_defaults(handler=command_chart)

    gdp = kinds.add_parser("gdp-share", help="every ally's defence spending as a share of GDP, with the 2%% line")
    gdp.add_argument("--year", type=int, help="the year (default: the latest)")
    common(gdp)

    trend = kinds.add_parser("trend", help="one country's figures by year")
    trend.add_argument("--country", required=True, help="e.g. Poland")
    trend.add_argument("--measure", default=HEADLINE, choices=sorted(CHART_STYLES), help=f"default: {HEADLINE}")
    common(trend)

    split = kinds.add_parser("split", help="the US vs European Allies and Canada split of alliance spending")
    split.add_argument("--year", type=int, help="the year (default: the latest)")
    common(split)
