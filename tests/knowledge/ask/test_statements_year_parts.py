"""A company report's figures of a quarter and of a half-year, side by side: a question naming one part of the year
gets that part's figure, and a question about the company never a segment's or a cost line's."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.engine import Engine
from knowledge.snapshot import build_knowledge_base

REPORT = (
    "# Interim report January–June 2025\n\n"
    "### Second quarter 2025\n\n"
    "- Net sales increased to SEK 9,315m (7,702).\n"
    "- Operating income (EBIT) amounted to SEK 1,052m (781), corresponding to an operating margin of 11.3 per cent "
    "(10.1).\n\n"
    "### January–June 2025\n\n"
    "- Net sales amounted to SEK 17,906m (14,778).\n"
    "- Operating income was SEK 1,918m (1,437), an operating margin of 10.7 per cent (9.7).\n\n"
    "## Segments\n\n"
    "Corporate costs and eliminations affected operating income by SEK -41m in the quarter.\n\n"
    "The **Naval** segment recorded third-quarter net sales of SEK 1,655m.\n"
)


@pytest.fixture(scope="module")
def report_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("report")
    (folder / "report.md").write_text(REPORT, encoding="utf-8")
    catalog = (
        '["report.md"]\ntitle = "Storfors Defence AB (publ) Interim report January–June 2025"\n'
        'publisher = "Storfors Defence AB (publ)"\npublished = "2025-07-17"\nperiod = "2025"\n'
    )
    (folder / "catalog.toml").write_text(catalog, encoding="utf-8")
    return Engine(build_knowledge_base(folder))


def test_report_figures_carry_their_part_of_the_year(report_engine: Engine) -> None:
    parts = {fact.value: fact.qualifiers for fact in report_engine.kb.facts if fact.citation.cell is None}
    assert "second quarter" in parts[9315.0]
    assert "second quarter" in parts[7702.0]
    assert "first half" in parts[17906.0]
    assert "first half" in parts[10.7]


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("What was the operating margin for January–June 2025?", 10.7),
        ("What was the operating margin in the second quarter of 2025?", 11.3),
        ("What were net sales for the first half of 2025?", 17906.0),
        ("What was operating income (EBIT) in the second quarter of 2025?", 1052.0),
    ],
)
def test_a_part_of_the_year_asked_gets_that_parts_figure(report_engine: Engine, question: str, value: float) -> None:
    answer = report_engine.compute(question)
    assert answer.answered and value in answer.values, answer.answer
    assert -41.0 not in answer.values  # the corporate costs line is no figure of the company's operating income


RELEASE = (
    "# Brennmark Defence AG reports record third quarter\n\n"
    "**Düsseldorf, 6 November 2025** – Brennmark Defence AG, a European manufacturer of ammunition, today published "
    "its results for the third quarter of 2025.\n\n"
    "## Highlights, third quarter 2025\n\n"
    "- Sales of €2.46 billion, up 24% on the third quarter of 2024\n"
    "- Operating result (EBIT) of €312 million; operating margin of 12.7%\n\n"
    "## Segment performance\n\n"
    "The **Ammunition** segment was again the largest contributor, with third-quarter sales of €935 million, up 41%. "
    "The segment's operating margin reached 21.4%.\n"
)


@pytest.fixture(scope="module")
def release_engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("release")
    (folder / "release.md").write_text(RELEASE, encoding="utf-8")
    catalog = (
        '["release.md"]\ntitle = "Brennmark Defence AG reports record third quarter"\n'
        'publisher = "Brennmark Defence AG"\npublished = "2025-11-06"\n'
    )
    (folder / "catalog.toml").write_text(catalog, encoding="utf-8")
    return Engine(build_knowledge_base(folder))


@pytest.mark.parametrize(
    ("question", "value", "segments"),
    [
        ("What were Brennmark's sales in the third quarter?", 2.46, {935.0}),
        ("What operating margin did Brennmark report in Q3?", 12.7, {21.4}),
    ],
)
def test_a_segments_figure_is_never_the_companys(
    release_engine: Engine, question: str, value: float, segments: set[float]
) -> None:
    answer = release_engine.compute(question)
    assert answer.answered and value in answer.values, answer.answer
    assert not segments & set(answer.values), answer.answer
