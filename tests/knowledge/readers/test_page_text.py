"""Text exported from laid-out pages: page furniture left out, a sentence run on across a page break, hyphenated
words joined where the whole is a word, every offset kept."""

from __future__ import annotations

from knowledge.readers.page_text import page_text
from knowledge.readers.prose import read_prose

HEADER = "MINISTRY OF NATIONAL DEFENCE · ROMANIA"


def _page(body: str, number: int) -> str:
    return f"{HEADER}\n\n{body}\n\nWHITE PAPER ON DEFENCE 2024 · {number}\n"


PAGES = "\f".join(
    [
        _page("The composition of the budget\nchanged in 2024. Equipment expen-\nditure rose to about 31%.", 17),
        _page("The Ministry considers that a share of\nat least 30% must be kept for the rest of the", 18),
        _page("decade if the programmes listed below\nare to be completed on schedule.", 19),
    ]
)


def test_the_text_as_read_keeps_every_offset():
    pages = page_text(PAGES)
    assert len(pages.read) == len(pages.quoted) == len(PAGES)


def test_running_headers_and_footers_are_no_words_of_the_text():
    read = page_text(PAGES).read
    assert HEADER not in read
    assert "WHITE PAPER" not in read
    assert "\f" not in read


def test_a_line_repeated_on_too_few_pages_stays():
    text = "Annual report 2024\n\nFirst page ends here.\n\fSecond page.\n\nAnnual report 2024\n"
    assert page_text(text).read.count("Annual report 2024") == 2


def test_a_sentence_broken_by_a_page_break_is_one_paragraph():
    prose = read_prose(PAGES)
    sentences = [" ".join(prose.quote(span).split()) for block in prose.blocks for span in block.sentences]
    assert (
        "The Ministry considers that a share of at least 30% must be kept for the rest of the decade if the "
        "programmes listed below are to be completed on schedule." in sentences
    )


def test_a_paragraph_ending_before_a_page_break_is_not_run_on():
    prose = read_prose(PAGES)
    sentences = [" ".join(prose.quote(span).split()) for block in prose.blocks for span in block.sentences]
    assert "Equipment expenditure rose to about 31%." in sentences
    assert not any(sentence.startswith("Equipment expenditure rose to about 31%. The") for sentence in sentences)


def test_a_quote_is_given_as_the_page_writes_it_without_its_furniture():
    prose = read_prose(PAGES)
    span = next(span for block in prose.blocks for span in block.sentences if "30%" in prose.quote(span))
    quoted = prose.as_quoted(prose.quote(span), span.start)
    assert quoted == (
        "The Ministry considers that a share of\nat least 30% must be kept for the rest of the\n"
        "decade if the programmes listed below\nare to be completed on schedule."
    )
    equipment = next(span for block in prose.blocks for span in block.sentences if "31%" in prose.quote(span))
    assert prose.as_quoted(prose.quote(equipment), equipment.start) == "Equipment expen-\nditure rose to about 31%."


def test_hyphenated_words_are_joined_only_when_the_whole_is_a_word():
    read = page_text(
        "Equipment expen-\nditure rose, the defence-\nrelated costs of other\ninstitutions and long-\nterm plans, "
        "from 2014-\n2024, with F-\n35A jets, in two tran-\nches.\n"
    ).read
    words = read.split()
    assert "expenditure" in words
    assert "defence-related" in words
    assert "long-term" in words
    assert "tranches." in words
    assert "2014-" in words  # a span of years is no word
    assert "F-" in words


def test_a_text_of_no_pages_and_no_hyphenated_line_ends_is_read_as_written():
    text = "Plain text.\n\nAnother paragraph - with a dash.\n"
    pages = page_text(text)
    assert pages.read is text
    assert pages.as_quoted("Plain text.", 0) == "Plain text."
