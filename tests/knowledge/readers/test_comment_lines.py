"""A data file's readme written as comment lines: its '#' markers read as spaces, a '#' alone as a blank line, the
readme's parts and the rows under it paragraphs of their own; a text's heading or two opened by '#' stays."""

from __future__ import annotations

from knowledge.readers.comment_lines import comment_markers_blanked
from knowledge.readers.prose import read_prose

DATA_FILE = (
    "# README - defence_extract.txt\n"
    "#\n"
    "# Source:    NATO, press release of 17 June 2024; values in euro are\n"
    "#            taken from the national-currency tables.\n"
    "#\n"
    "# Notes:\n"
    "#  1. Figures for 2024 are estimates.\n"
    "#\n"
    "country;year;share_gdp_pct\n"
    "Estonia;2023;2,73\n"
    "Latvia;2023;2,38\n"
)


def test_comment_markers_are_read_as_spaces_and_every_offset_holds() -> None:
    read = comment_markers_blanked(DATA_FILE)
    assert len(read) == len(DATA_FILE)
    assert "#" not in read
    assert read.splitlines()[1] == " "
    assert read.endswith("country;year;share_gdp_pct\nEstonia;2023;2,73\nLatvia;2023;2,38\n")


def test_a_heading_or_two_opened_by_a_hash_is_no_readme() -> None:
    text = "# Defence in numbers\n\nSpending rose.\n# A second heading\n#1 in Europe, ## and more\n"
    assert comment_markers_blanked(text) is text


def test_a_readme_in_comment_lines_is_read_as_its_parts_apart_from_the_rows_under_it() -> None:
    prose = read_prose(DATA_FILE)
    blocks = [prose.text[block.span.start : block.span.end] for block in prose.blocks]
    assert blocks[0] == "README - defence_extract.txt"
    assert blocks[1].startswith("Source:    NATO, press release of 17 June 2024; values in euro are")
    assert "#" not in blocks[1]
    assert any(block.startswith("country;year;share_gdp_pct") for block in blocks)
    assert not any("Notes" in block and "country" in block for block in blocks)


def test_a_markdown_document_keeps_its_hashes() -> None:
    prose = read_prose("# Title\n## Part\n# Other\n\nSpending rose in 2024.\n", markdown=True)
    assert prose.text.startswith("# Title")
