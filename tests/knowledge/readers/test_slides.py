"""A slide of a deck exported to text with no blank line between its parts: its number and title are headings,
each bullet a paragraph of its own, the speaker's notes under the bullets a paragraph of their own."""

from __future__ import annotations

from knowledge.readers.prose import read_prose
from knowledge.readers.slides import Part, slide_parts

SLIDE = (
    "Briefing deck\n\n"
    "Slide 3\n"
    "Core budget (Einzelplan 14)\n"
    "• 2024: €52.0bn\n"
    "• 2025: €62.4bn\n"
    "• Biggest items: F-35A (35 aircraft,\n"
    "  approx. €10bn)\n"
    "Speaker notes: The 2025 jump is mostly the special fund. Stress the definition.\n"
)


def is_bullet(line: str) -> bool:
    return line.lstrip().startswith("•")


def test_a_slide_s_number_and_title_head_its_bullets_each_a_block_of_its_own() -> None:
    prose = read_prose(SLIDE)
    assert [(prose.quote(block.span), block.heading) for block in prose.blocks[1:]] == [
        ("Slide 3", True),
        ("Core budget (Einzelplan 14)", True),
        ("• 2024: €52.0bn", False),
        ("• 2025: €62.4bn", False),
        ("• Biggest items: F-35A (35 aircraft,\n  approx. €10bn)", False),
        ("Speaker notes: The 2025 jump is mostly the special fund. Stress the definition.", False),
    ]
    assert not any(block.noise for block in prose.blocks)


def test_bullets_stating_no_figure_under_a_slide_s_title_are_no_list_of_headlines() -> None:
    text = "Slide 9\nRisks & open questions\n• Procurement speed\n• Industry capacity: ammunition, air defence\n"
    blocks = read_prose(text).blocks
    assert [block.heading for block in blocks] == [True, True, False, False]
    assert not any(block.noise for block in blocks)


def test_parts_of_a_slide_by_line() -> None:
    lines = ["SLIDE 2 of 10", "Where we started", "• 2014: 1.2% GDP", "• 2021: 1.5% GDP", "Speaker notes: …"]
    assert slide_parts(lines, is_bullet) == [
        Part(0, 0, heading=True),
        Part(1, 1, heading=True),
        Part(2, 2, heading=False),
        Part(3, 3, heading=False),
        Part(4, 4, heading=False),
    ]


def test_a_long_line_under_the_number_is_a_paragraph_not_a_title() -> None:
    lines = ["Slide 4", "This slide sums up what the committee agreed.", "• Total: €100bn"]
    assert slide_parts(lines, is_bullet)[1] == Part(1, 1, heading=False)


def test_a_run_that_is_no_numbered_slide_or_has_no_bullet_is_left_to_the_reader() -> None:
    assert slide_parts(["Where we started", "• 2014: 1.2% GDP", "• 2021: 1.5% GDP"], is_bullet) is None
    assert slide_parts(["Slide 1", "Germany's defence financing", "Budget committee"], is_bullet) is None
    assert slide_parts(["Slide 12 will follow: €4bn"], is_bullet) is None
