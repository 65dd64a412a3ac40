"""Charts of cited figures, as PNG bytes (Discord-free, headless, thread-safe).

Each chart is two steps: *planning* picks the facts from a knowledge base (cheap, raises
`ChartError` when the data is missing) and *drawing* renders them with matplotlib's object API
(`Figure` + the Agg canvas: no pyplot, no global state, so charts can be drawn in worker threads).
The `Chart` returned carries the PNG, the facts drawn (for citations) and what a test or a caption
needs: the title, subtitle, source footnote, labels and reference line.
"""

from __future__ import annotations

import io
import re
import textwrap
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rapidfuzz import process

from knowledge import domain, lexicon
from knowledge.measures import MEASURES, ChartStyle, MeasureRole, measure_in_role
from knowledge.models import Fact, KnowledgeBase, Unit

if TYPE_CHECKING:
    from matplotlib.figure import Figure

UNITED_STATES = lexicon.UNITED_STATES
EUROPE_AND_CANADA = lexicon.EUROPE_AND_CANADA
NATO_TOTAL = lexicon.NATO_ALLIES
# the groups' rows, by the entity list's names and the tables' own labels for them
AGGREGATES = frozenset(
    {EUROPE_AND_CANADA, NATO_TOTAL, *(n for n, e in lexicon.entities_by_name().items() if e.kind == "group")}
)
GUIDELINE = 2.0
DPI = 100
WIDTH_IN = 11.0
FONT = 13  # points; at 100 dpi and 1100 px wide this stays legible when Discord shows it at half size
SMALL = 11
TITLE_FONT = 18
COLOURS = {"above": "#1f5fa8", "below": "#9bb7d4", "guide": "#c0392b", "us": "#1f5fa8", "europe": "#e6a532"}
SOURCE_WRAP = 150
SUBTITLE_WRAP = 120


class ChartError(ValueError):
    """The knowledge base has no figures for the chart asked for; the message says what is missing."""


# The measures a trend chart can show, with their titles and axes (their `chart` in domain/measures.toml).
CHART_STYLES: dict[str, ChartStyle] = {key: measure.chart for key, measure in MEASURES.items() if measure.chart}
# NATO's headline measure (a share of GDP) is charted by default; the split pairs the alliance's shares with
# the amounts they are shares of.
HEADLINE = domain.question_words().headline_measure
AMOUNT = domain.question_words().amount_measure


@dataclass(frozen=True)
class Chart:
    """A rendered chart: PNG bytes plus what it shows and where the figures come from."""

    png: bytes
    facts: list[Fact]
    title: str
    subtitle: str
    source: str
    labels: list[str]
    values: list[float]
    reference_line: float | None
    size: tuple[int, int]
    kind: str


@dataclass
class Plan:
    """Everything a chart needs, chosen from the knowledge base; `draw` turns it into a `Chart`."""

    kind: str
    title: str
    subtitle: str
    source: str
    labels: list[str]
    values: list[float]
    facts: list[Fact]
    estimates: list[bool] = field(default_factory=list)
    reference_line: float | None = None
    axis: str = ""
    divisor: float = 1.0
    height_in: float = 7.0


# -- choosing facts -------------------------------------------------------------------------------


def table_key(fact: Fact) -> str:
    """Which table (or prose document) a fact comes from: series are drawn from one table when possible."""
    match = re.match(r"(Table \w+)", fact.citation.locator)
    return f"{fact.citation.document}#{match.group(1) if match else 'prose'}"


def numeric(kb: KnowledgeBase, measure: str) -> list[Fact]:
    return [f for f in kb.facts if f.measure == measure and f.value is not None and f.year is not None]


def pick_one_each(facts: Iterable[Fact], key: Callable[[Fact], str]) -> dict[str, Fact]:
    """One fact per key: from the table holding most of the candidates, table cells before prose."""
    candidates = [f for f in facts if not f.low_trust]
    coverage = Counter(table_key(f) for f in candidates)
    chosen: dict[str, Fact] = {}
    for fact in sorted(candidates, key=lambda f: (-coverage[table_key(f)], f.citation.cell is None)):
        chosen.setdefault(key(fact), fact)
    return chosen


def year_label(year: int | str, estimate: bool) -> str:
    return f"{year} (e)" if estimate else str(year)


def source_line(kb: KnowledgeBase, facts: list[Fact]) -> str:
    """'Source: Title, Table 3, cells TABLE3!N11–N43; Other title, paragraph 4'."""
    by_document: dict[str, list[Fact]] = {}
    for fact in facts:
        by_document.setdefault(fact.citation.document, []).append(fact)
    parts = []
    for document_id, document_facts in by_document.items():
        try:
            title = kb.document(document_id).title
        except KeyError:
            title = document_id
        parts.append(f"{title}, {locations(document_facts)}")
    return "Source: " + "; ".join(parts)


def locations(facts: list[Fact]) -> str:
    cells = [f for f in facts if f.citation.cell]
    if not cells:
        places = sorted({re.sub(r", sentence \d+$", "", f.citation.locator) for f in facts})
        return ", ".join(places)
    tables = sorted({m.group(1) for f in cells if (m := re.match(r"(Table \w+)", f.citation.locator))})
    sheets = sorted({f.citation.sheet for f in cells if f.citation.sheet})
    names = sorted((f.citation.cell or "" for f in cells), key=cell_order)
    where = ", ".join(tables) or "table"
    prefix = f"{sheets[0]}!" if len(sheets) == 1 else ""
    if len(names) == 1:
        return f"{where}, cell {prefix}{names[0]}"
    return f"{where}, {len(names)} cells {prefix}{names[0]}–{names[-1]}"


def cell_order(cell: str) -> tuple[int, str, int]:
    match = re.match(r"([A-Z]+)(\d+)$", cell)
    if not match:
        return (1, cell, 0)
    return (0, match.group(1).rjust(3), int(match.group(2)))


def qualifier_text(facts: list[Fact]) -> str:
    seen: list[str] = []
    for fact in facts:
        for qualifier in fact.qualifiers:
            if not re.fullmatch(r"table \w+", qualifier) and qualifier not in seen:
                seen.append(qualifier)
    return "; ".join(seen[:2])


def latest_year(facts: Iterable[Fact]) -> int:
    years = [f.year for f in facts if f.year is not None]
    if not years:
        raise ChartError("the knowledge base has no figures for this chart")
    return max(years)


def known_years(facts: Iterable[Fact]) -> str:
    years = sorted({f.year for f in facts if f.year is not None})
    return f"{years[0]}–{years[-1]}" if years else "none"


# -- planning ---------------------------------------------------------------------------------------


def plan_share_of_gdp(kb: KnowledgeBase, year: int | None = None) -> Plan:
    facts = [f for f in numeric(kb, HEADLINE) if f.subject not in AGGREGATES]
    if not facts:
        raise ChartError("the knowledge base has no share-of-GDP figures for individual allies")
    year = latest_year(facts) if year is None else year
    chosen = pick_one_each((f for f in facts if f.year == year), key=lambda f: f.subject)
    if not chosen:
        raise ChartError(f"no share-of-GDP figures for {year}; the documents cover {known_years(facts)}")
    ordered = sorted(chosen.values(), key=lambda f: (f.value or 0.0, f.subject))
    estimate = any(f.estimate for f in ordered)
    above = sum(1 for f in ordered if (f.value or 0.0) >= GUIDELINE)
    return Plan(
        kind="gdp-share",
        title=f"{CHART_STYLES[HEADLINE].title}, {year_label(year, estimate)}",
        subtitle=f"{above} of {len(ordered)} allies at or above the 2% guideline"
        + ("; (e) = estimate" if estimate else ""),
        source=source_line(kb, ordered),
        labels=[f.subject for f in ordered],
        values=[f.value or 0.0 for f in ordered],
        facts=ordered,
        estimates=[f.estimate for f in ordered],
        reference_line=GUIDELINE,
        axis=CHART_STYLES[HEADLINE].axis,
        height_in=max(7.0, 2.6 + 0.3 * len(ordered)),
    )


def resolve_country(kb: KnowledgeBase, country: str, measure: str) -> str:
    subjects = sorted({f.subject for f in numeric(kb, measure)})
    wanted = country.strip().casefold()
    for subject in subjects:
        if subject.casefold() == wanted:
            return subject
    named = lexicon.entity_aliases().get(tuple(lexicon.normalise(country).split()))  # 'us', 'uk', 'turkey'
    if named in subjects:
        return named
    close = [name for name, score, _ in process.extract(country, subjects, limit=3) if score >= 60]
    hint = f" Did you mean {', '.join(close)}?" if close else ""
    if not subjects:
        raise ChartError(f"the knowledge base has no {measure.replace('_', ' ')} figures")
    raise ChartError(f"no {measure.replace('_', ' ')} figures for {country!r}.{hint}")


def display_scale(facts: list[Fact], axis: str) -> tuple[float, str]:
    """Divisor and axis label so that money and head counts read as 'US$ billion', 'thousand people'."""
    unit = facts[0].unit
    scale = facts[0].scale or 1.0
    biggest = max(abs((f.value or 0.0) * (f.scale or 1.0)) for f in facts)
    if unit not in (Unit.MONEY, Unit.PEOPLE):
        return 1.0, axis
    currency = axis if unit is Unit.MONEY else ""
    noun = "" if unit is Unit.MONEY else " people"
    for size, word in ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if biggest >= size:
            return size / scale, f"{currency} {word}{noun}".strip()
    return 1.0 / scale, (currency or "people")


def plan_trend(kb: KnowledgeBase, country: str, measure: str = HEADLINE) -> Plan:
    if measure not in CHART_STYLES:
        raise ChartError(f"unknown measure {measure!r}; choose one of {', '.join(CHART_STYLES)}")
    subject = resolve_country(kb, country, measure)
    series = pick_one_each((f for f in numeric(kb, measure) if f.subject == subject), key=lambda f: f.period or "")
    ordered = sorted(series.values(), key=lambda f: f.year or 0)
    style = CHART_STYLES[measure]
    divisor, axis = display_scale(ordered, style.axis)
    first, last = ordered[0], ordered[-1]
    span = f"{first.year}–{year_label(last.year or 0, last.estimate)}" if len(ordered) > 1 else str(first.year)
    notes = [qualifier_text(ordered)]
    if any(f.estimate for f in ordered):
        notes.append("(e) = estimate")
    return Plan(
        kind="trend",
        title=f"{subject} — {style.title}, {span}",
        subtitle="; ".join(note for note in notes if note),
        source=source_line(kb, ordered),
        labels=[str(f.year) for f in ordered],
        values=[(f.value or 0.0) / divisor for f in ordered],
        facts=ordered,
        estimates=[f.estimate for f in ordered],
        reference_line=GUIDELINE if style.guideline else None,
        axis=axis,
        divisor=divisor,
    )


def plan_split(kb: KnowledgeBase, year: int | None = None) -> Plan:
    pair = (UNITED_STATES, EUROPE_AND_CANADA)
    shares = [f for f in numeric(kb, measure_in_role(MeasureRole.ALLIANCE_SHARE)) if f.subject in pair]
    money = [f for f in numeric(kb, AMOUNT) if f.subject in pair]
    share_years = {y for y in {f.year for f in shares} if {f.subject for f in shares if f.year == y} == set(pair)}
    money_years = {y for y in {f.year for f in money} if {f.subject for f in money if f.year == y} == set(pair)}
    if year is None:
        if not share_years | money_years:
            raise ChartError("the knowledge base has no figures for the US and European Allies and Canada")
        year = max(share_years | money_years)  # type: ignore[type-var]
    if year in share_years:
        chosen = pick_one_each((f for f in shares if f.year == year), key=lambda f: f.subject)
        facts = [chosen[s] for s in pair]
        values = [f.value or 0.0 for f in facts]
        subtitle = "Share of total alliance defence expenditure, as stated in the source"
    elif year in money_years:
        chosen = pick_one_each((f for f in money if f.year == year), key=lambda f: f.subject)
        facts = [chosen[s] for s in pair]
        amounts = [(f.value or 0.0) * (f.scale or 1.0) / 1e9 for f in facts]
        total = sum(amounts)
        if total <= 0:
            raise ChartError(f"the {year} spending figures add up to nothing")
        values = [100 * amount / total for amount in amounts]
        subtitle = (
            f"Computed from defence expenditure at current prices: US ${amounts[0]:,.0f} bn ÷ "
            f"(${amounts[0]:,.0f} bn + ${amounts[1]:,.0f} bn) = {values[0]:.1f}%"
        )
    else:
        covered = sorted(share_years | money_years)
        available = ", ".join(str(y) for y in covered) or "none"
        raise ChartError(f"no figures to split alliance spending in {year}; years available: {available}")
    estimate = any(f.estimate for f in facts)
    return Plan(
        kind="split",
        title=f"Who pays for NATO: US vs European Allies and Canada, {year_label(year, estimate)}",
        subtitle=subtitle,
        source=source_line(kb, facts),
        labels=list(pair),
        values=values,
        facts=facts,
        estimates=[f.estimate for f in facts],
        axis="% of alliance defence expenditure",
        height_in=5.5,
    )


# -- drawing ----------------------------------------------------------------------------------------


def new_figure(plan: Plan) -> Figure:
    # matplotlib takes a third of a second to import: only when a chart is actually drawn.
    from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415
    from matplotlib.figure import Figure  # noqa: PLC0415

    figure = Figure(figsize=(WIDTH_IN, plan.height_in), dpi=DPI, facecolor="white")
    FigureCanvasAgg(figure)
    return figure


def decorate(figure: Figure, plan: Plan, *, top_px: int, bottom_px: int) -> None:
    """Title, subtitle and the source footnote outside the axes; margins in pixels below / above them."""
    height = plan.height_in * DPI
    figure.text(0.02, 1 - 18 / height, plan.title, fontsize=TITLE_FONT, weight="bold", va="top")
    subtitle_lines = textwrap.wrap(plan.subtitle, SUBTITLE_WRAP)
    if subtitle_lines:
        figure.text(0.02, 1 - 58 / height, "\n".join(subtitle_lines), fontsize=FONT, color="#444444", va="top")
    source_lines = textwrap.wrap(plan.source, SOURCE_WRAP)
    figure.text(0.02, 12 / height, "\n".join(source_lines), fontsize=SMALL, color="#555555", va="bottom")
    top = top_px + 20 * max(0, len(subtitle_lines) - 1)
    bottom = bottom_px + 28 + 18 * len(source_lines)
    figure.subplots_adjust(top=1 - top / height, bottom=bottom / height)


def to_png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, facecolor="white")
    return buffer.getvalue()


def draw_share_of_gdp(plan: Plan) -> Figure:
    figure = new_figure(plan)
    axes = figure.add_subplot()
    positions = range(len(plan.values))
    colours = [COLOURS["above"] if v >= GUIDELINE else COLOURS["below"] for v in plan.values]
    axes.barh(positions, plan.values, color=colours, height=0.72)
    axes.set_yticks(list(positions), plan.labels, fontsize=FONT)
    for position, value in zip(positions, plan.values, strict=True):
        axes.text(
            value + 0.04,
            position,
            f"{value:.2f}",
            va="center",
            fontsize=SMALL,
            zorder=3,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
        )
    axes.axvline(GUIDELINE, color=COLOURS["guide"], linestyle="--", linewidth=2)
    axes.text(
        GUIDELINE,
        1.01,
        "2% guideline",
        color=COLOURS["guide"],
        fontsize=FONT,
        ha="center",
        va="bottom",
        transform=axes.get_xaxis_transform(),
    )
    axes.set_xlim(0, max([*plan.values, GUIDELINE]) * 1.12)
    axes.set_ylim(-0.6, len(plan.values) - 0.4)
    axes.set_xlabel(plan.axis, fontsize=FONT)
    axes.tick_params(axis="x", labelsize=SMALL)
    axes.spines[["top", "right"]].set_visible(False)
    figure.subplots_adjust(left=0.2, right=0.97)
    decorate(figure, plan, top_px=128, bottom_px=55)
    return figure


def draw_trend(plan: Plan) -> Figure:
    figure = new_figure(plan)
    axes = figure.add_subplot()
    years = [int(label) for label in plan.labels]
    actual = [(y, v) for y, v, e in zip(years, plan.values, plan.estimates, strict=True) if not e]
    estimated = [(y, v) for y, v, e in zip(years, plan.values, plan.estimates, strict=True) if e]
    colour = COLOURS["above"]
    if actual:
        axes.plot(*zip(*actual, strict=True), color=colour, linewidth=2.5, marker="o", markersize=8, label="reported")
    if estimated:
        bridge = [actual[-1], *estimated] if actual else estimated
        axes.plot(*zip(*bridge, strict=True), color=colour, linewidth=2.5, linestyle="--")
        axes.plot(
            *zip(*estimated, strict=True),
            linestyle="none",
            marker="o",
            markersize=9,
            markerfacecolor="white",
            markeredgecolor=colour,
            markeredgewidth=2,
            label="estimate",
        )
    low, high = min(plan.values), max(plan.values)
    if plan.reference_line is not None:
        low, high = min(low, plan.reference_line), max(high, plan.reference_line)
        axes.axhline(plan.reference_line, color=COLOURS["guide"], linestyle="--", linewidth=2, label="2% guideline")
    pad = (high - low) * 0.15 or abs(high) * 0.1 or 1.0
    axes.set_ylim(0.0 if low >= 0 else low - pad, high + pad)
    for index, (year, value) in enumerate(zip(years, plan.values, strict=True)):
        axes.annotate(
            number(value),
            (year, value),
            textcoords="offset points",
            xytext=(0, label_offset(plan.values, index)),
            ha="center",
            va="center",
            fontsize=SMALL,
        )
    axes.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=3, frameon=False, fontsize=SMALL, borderaxespad=0.2)
    labels = [year_label(y, e) for y, e in zip(years, plan.estimates, strict=True)]
    axes.set_xticks(years, labels, fontsize=SMALL)
    axes.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    axes.set_ylabel(plan.axis, fontsize=FONT)
    axes.tick_params(axis="y", labelsize=SMALL)
    axes.grid(axis="y", color="#e5e5e5")
    axes.spines[["top", "right"]].set_visible(False)
    figure.subplots_adjust(left=0.09, right=0.97)
    decorate(figure, plan, top_px=120, bottom_px=45)
    return figure


def draw_split(plan: Plan) -> Figure:
    figure = new_figure(plan)
    axes = figure.add_subplot()
    left = 0.0
    colours = [COLOURS["us"], COLOURS["europe"]]
    for label, value, colour, estimate in zip(plan.labels, plan.values, colours, plan.estimates, strict=True):
        axes.barh([0], [value], left=left, color=colour, height=0.6, edgecolor="white", linewidth=2)
        text = f"{value:.0f}%" if abs(value - round(value)) < 0.05 else f"{value:.1f}%"
        ink = "white" if colour == COLOURS["us"] else "black"
        axes.text(left + value / 2, 0.06, text, ha="center", va="center", fontsize=30, weight="bold", color=ink)
        name = label + (" (estimate)" if estimate else "")
        axes.text(left + value / 2, -0.16, name, ha="center", va="center", fontsize=FONT + 1, color=ink)
        left += value
    axes.set_xlim(0, max(100.0, left))
    axes.set_ylim(-0.45, 0.45)
    axes.set_yticks([])
    axes.set_xticks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"], fontsize=SMALL)
    axes.spines[["top", "right", "left"]].set_visible(False)
    figure.subplots_adjust(left=0.03, right=0.97)
    decorate(figure, plan, top_px=115, bottom_px=40)
    return figure


def label_offset(values: list[float], index: int) -> int:
    """Points above a point's value label, or below it when the point sits in a dip of the line."""
    neighbours = [values[i] for i in (index - 1, index + 1) if 0 <= i < len(values)]
    if neighbours and values[index] < sum(neighbours) / len(neighbours):
        return -16
    return 14


def number(value: float) -> str:
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:,.0f}"
    if magnitude >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


DRAWERS: dict[str, Callable[[Plan], Figure]] = {
    "gdp-share": draw_share_of_gdp,
    "trend": draw_trend,
    "split": draw_split,
}


def draw(plan: Plan) -> Chart:
    figure = DRAWERS[plan.kind](plan)
    png = to_png(figure)
    width, height = figure.canvas.get_width_height()
    return Chart(
        png=png,
        facts=list(plan.facts),
        title=plan.title,
        subtitle=plan.subtitle,
        source=plan.source,
        labels=list(plan.labels),
        values=list(plan.values),
        reference_line=plan.reference_line,
        size=(width, height),
        kind=plan.kind,
    )


# -- the three charts -------------------------------------------------------------------------------


def share_of_gdp_by_ally(kb: KnowledgeBase, year: int | None = None) -> Chart:
    """Every ally's defence expenditure as a share of GDP for `year` (latest when None), with the 2% line."""
    return draw(plan_share_of_gdp(kb, year))


def country_trend(kb: KnowledgeBase, country: str, measure: str = HEADLINE) -> Chart:
    """One country's figures for `measure` by year; estimates dashed with hollow markers."""
    return draw(plan_trend(kb, country, measure))


def alliance_split(kb: KnowledgeBase, year: int | None = None) -> Chart:
    """The US vs European Allies and Canada split of alliance spending (stated, or computed from US$)."""
    return draw(plan_split(kb, year))


KINDS = ("gdp-share", "trend", "split")


def plan_chart(
    kb: KnowledgeBase, kind: str, *, country: str | None = None, year: int | None = None, measure: str = HEADLINE
) -> Plan:
    """Choose the facts for one of `KINDS` (cheap; raises `ChartError`); `draw` renders the plan."""
    if kind == "gdp-share":
        return plan_share_of_gdp(kb, year)
    if kind == "trend":
        if not country:
            raise ChartError("a trend chart needs a country, e.g. Poland")
        return plan_trend(kb, country, measure)
    if kind == "split":
        return plan_split(kb, year)
    raise ChartError(f"unknown chart {kind!r}; choose one of {', '.join(KINDS)}")


def countries(kb: KnowledgeBase, measure: str = HEADLINE) -> list[str]:
    """Subjects with figures for `measure`, allies first, aggregates last (for autocomplete)."""
    subjects = {f.subject for f in numeric(kb, measure)}
    return sorted(subjects, key=lambda s: (s in AGGREGATES, s))
