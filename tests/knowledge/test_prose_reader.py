"""The prose reader: paragraphs, sentences with exact offsets, noise detection and Markdown front matter."""

from __future__ import annotations

import pytest

from knowledge.readers.prose import ProseReadError, parse_front_matter, read_prose, split_sentences


def quotes(text: str, spans) -> list[str]:
    return [text[span.start : span.end] for span in spans]


def test_paragraphs_and_sentences_have_exact_offsets():
    text = "First paragraph here. It has two sentences.\n\nSecond paragraph, one sentence only.\n"
    prose = read_prose(text)
    assert [block.index for block in prose.blocks] == [1, 2]
    assert prose.quote(prose.blocks[0].span) == "First paragraph here. It has two sentences."
    assert quotes(text, prose.blocks[0].sentences) == ["First paragraph here.", "It has two sentences."]
    assert quotes(text, prose.blocks[1].sentences) == ["Second paragraph, one sentence only."]
    for block in prose.blocks:
        assert not block.noise
        for span in block.sentences:
            assert block.span.start <= span.start < span.end <= block.span.end
            assert prose.quote(span) == text[span.start : span.end]
            assert prose.quote(span) == prose.quote(span).strip()


def test_offsets_survive_crlf_and_leading_whitespace():
    text = "   Alpha beta gamma. Delta epsilon.\r\n\r\n  Zeta eta theta.\r\n"
    prose = read_prose(text)
    assert quotes(text, prose.blocks[0].sentences) == ["Alpha beta gamma.", "Delta epsilon."]
    assert quotes(text, prose.blocks[1].sentences) == ["Zeta eta theta."]


def test_us_abbreviation_does_not_end_a_sentence():
    text = "Yesterday U.S. President Donald Trump spoke at length. Allies listened."
    spans = split_sentences(text, 0, len(text))
    assert quotes(text, spans) == ["Yesterday U.S. President Donald Trump spoke at length.", "Allies listened."]


def test_other_abbreviations_and_quotes_split_correctly():
    text = 'Dr. Smith met Mr. Jones on Jan. 5. "We agree," they said. Then 64% paid.'
    spans = split_sentences(text, 0, len(text))
    assert quotes(text, spans) == ["Dr. Smith met Mr. Jones on Jan. 5.", '"We agree," they said.', "Then 64% paid."]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "4. **Latvia — 3.15%.** The biggest climber: Riga was 9th in 2023.",
            ["4. **Latvia — 3.15%.**", "The biggest climber: Riga was 9th in 2023."],
        ),
        ("**Spain — 1.28%!** Madrid stays last in 2024.", ["**Spain — 1.28%!**", "Madrid stays last in 2024."]),
        (
            "- **5 September 2014 — Wales Summit.** Allies agree.",
            ["- **5 September 2014 — Wales Summit.** Allies agree."],
        ),
        ("The **total** was 2.1%. Then allies met.", ["The **total** was 2.1%.", "Then allies met."]),
        ("**3.** Russia spent $149bn. Then allies met.", ["**3.** Russia spent $149bn.", "Then allies met."]),
    ],
)
def test_a_full_stop_closing_a_bold_lead_ends_its_sentence(text: str, sentences: list[str]) -> None:
    """'**Latvia — 3.15%.** The biggest climber in the top ten: Riga was 9th in 2023.': the lead states the item's
    figure, the sentence after it another year's rank; read as one, the lead's figure took the other's year."""
    assert quotes(text, split_sentences(text, 0, len(text))) == sentences


@pytest.mark.parametrize(
    "first",
    [
        "Rutte spoke amid shifting U.S. Priorities and shifting U.S. priorities.",
        "Allies, e.g. Poland and Estonia, spend more.",
        "NATO members, i.e. Allies, agreed.",
        "He spoke at No. 10 Downing Street.",
        "They met in St. Petersburg yesterday.",
        "The U.K. Ministry of Defence said so.",
        "Shifting U.S.-led priorities matter.",
    ],
)
def test_abbreviations_do_not_end_a_sentence(first):
    text = f"{first} Then allies met."
    assert quotes(text, split_sentences(text, 0, len(text))) == [first, "Then allies met."]


def test_a_currency_abbreviated_before_its_amount_ends_no_sentence() -> None:
    text = "About kr. 4,5 milliarder goes to ammunition. The fund costs 50 kr. 2025 is its first year."
    assert quotes(text, split_sentences(text, 0, len(text))) == [
        "About kr. 4,5 milliarder goes to ammunition.",
        "The fund costs 50 kr.",
        "2025 is its first year.",
    ]


def test_seed_article_sentence_with_us_president_is_whole(article_kb, article_id, article_text):
    prose = read_prose(article_text)
    sentences = [prose.quote(span) for block in prose.blocks for span in block.sentences]
    assert any(sentence.startswith("U.S. President Donald Trump recently pushed") for sentence in sentences)
    assert "U.S." not in [sentence.strip() for sentence in sentences]
    assert not any(sentence.endswith("U.S.") and "President" not in sentence for sentence in sentences)


def test_seed_article_paragraphs(article_text):
    prose = read_prose(article_text)
    prose_blocks = [block for block in prose.blocks if not block.noise]
    assert len(prose_blocks) == 5
    assert prose.quote(prose_blocks[0].span).startswith("NATO Secretary-General Mark Rutte is urging")
    assert prose.quote(prose_blocks[3].span).startswith("The report highlights the persistent imbalance")
    assert len(prose_blocks[3].sentences) == 3


def test_seed_headline_list_is_noise(article_text):
    prose = read_prose(article_text)
    headline_lines = [line.strip() for line in article_text.splitlines()[7:] if line.strip()]
    assert len(headline_lines) >= 10
    noise = [prose.quote(block.span) for block in prose.blocks if block.noise]
    assert noise == headline_lines
    # the noise comes after all of the article's paragraphs
    first_noise = next(block.index for block in prose.blocks if block.noise)
    assert all(block.noise for block in prose.blocks if block.index >= first_noise)


def test_no_fact_cites_a_noise_paragraph(article_kb, article_id, article_text):
    prose = read_prose(article_text)
    noise_spans = [block.span for block in prose.blocks if block.noise]
    noise_locators = {f"paragraph {block.index}," for block in prose.blocks if block.noise}
    assert article_kb.facts
    for fact in article_kb.facts:
        span = fact.citation.span
        assert span is not None
        assert not any(noise.start <= span.start < noise.end for noise in noise_spans), fact
        assert not any(fact.citation.locator.startswith(locator) for locator in noise_locators)
    # and nothing from the headlines (tariffs, Takaichi, $6 million) became a fact
    assert not any("Tariff" in fact.citation.quote or "Takaichi" in fact.citation.quote for fact in article_kb.facts)
    assert 25.0 not in {fact.value for fact in article_kb.facts}
    assert 6.0 not in {fact.value for fact in article_kb.facts}


def test_markdown_front_matter_headings_and_list_items():
    text = (
        "---\n"
        "title: Summit notes\n"
        "publisher: Moderators\n"
        "published: 2025-06-25\n"
        'source: "https://example.org/summit"\n'
        "---\n"
        "\n"
        "# Summit notes heading\n"
        "\n"
        "Allies met in The Hague. They agreed a pledge.\n"
        "\n"
        "- first item of the list\n"
        "- second item of the list\n"
    )
    prose = read_prose(text, markdown=True)
    assert prose.metadata == {
        "title": "Summit notes",
        "publisher": "Moderators",
        "published": "2025-06-25",
        "source": "https://example.org/summit",
    }
    assert prose.title == "Summit notes"
    blocks = [prose.quote(block.span) for block in prose.blocks]
    assert blocks == [
        "Allies met in The Hague. They agreed a pledge.",
        "- first item of the list",
        "- second item of the list",
    ]
    assert not any("---" in block or block.startswith("#") for block in blocks)
    assert [block.index for block in prose.blocks] == [1, 2, 3]


def test_markdown_heading_gives_title_without_front_matter():
    prose = read_prose("# A heading title\n\nBody sentence one. Body sentence two.\n", markdown=True)
    assert prose.title == "A heading title"
    assert [prose.quote(block.span) for block in prose.blocks] == ["Body sentence one. Body sentence two."]


def test_plain_text_does_not_parse_front_matter():
    text = "---\ntitle: x\n---\nBody text here.\n"
    prose = read_prose(text, markdown=False)
    assert prose.metadata == {}


def test_malformed_front_matter_line_is_named():
    text = "---\ntitle: Fine\nthis line has no colon\n---\n\nBody.\n"
    with pytest.raises(ProseReadError) as error:
        read_prose(text, markdown=True)
    assert "line 3" in str(error.value)
    assert "this line has no colon" in str(error.value)


def test_front_matter_comments_and_blank_lines_are_ignored():
    metadata, start = parse_front_matter("---\n# comment\n\nTitle: Hello\n---\nBody\n")
    assert metadata == {"title": "Hello"}
    assert start == len("---\n# comment\n\nTitle: Hello\n---\n")


def test_document_without_paragraphs_is_an_error():
    with pytest.raises(ProseReadError):
        read_prose("---\ntitle: Only front matter\n---\n\n", markdown=True)


def test_a_heading_line_in_capitals_on_top_of_its_paragraph_is_a_block_of_its_own():
    text = "Title line\n\nSUMMARY\nEight months on, both pillars work.\n\n08:02 CEST\nGood morning from the Forum.\n"
    document = read_prose(text)
    blocks = [text[block.span.start : block.span.end] for block in document.blocks]
    assert blocks == [
        "Title line",
        "SUMMARY",
        "Eight months on, both pillars work.",
        "08:02 CEST",
        "Good morning from the Forum.",
    ]


def test_a_wrapped_paragraph_and_a_mixed_case_headline_stay_whole():
    text = (
        "Title\n\nThe draft budget, which the cabinet approved on\nTuesday, plans more.\n\n"
        "Berlin approves plan\nGermany's cabinet approved it.\n"
    )
    blocks = [text[block.span.start : block.span.end] for block in read_prose(text).blocks]
    assert blocks[1:] == [
        "The draft budget, which the cabinet approved on\nTuesday, plans more.",
        "Berlin approves plan\nGermany's cabinet approved it.",
    ]


def test_a_short_run_of_title_lines_in_capitals_stays_noise():
    text = "TRANSCRIPT\nPress conference of the Minister\nBerlin, 12 November 2025\n\nThe budget rises.\n"
    document = read_prose(text)
    assert [block.noise for block in document.blocks] == [True, True, True, False]


def test_a_list_of_labelled_figures_is_read_not_dropped_as_headlines():
    text = (
        "# Chart\n\n"
        "- 2024 world total: $2,718 billion\n"
        "- Change on 2023: +9.4%\n"
        "- Years of consecutive increase: 10\n"
        "- Spending per person worldwide: $334\n"
    )
    prose = read_prose(text, markdown=True)
    assert len(prose.blocks) == 4 and not any(block.noise for block in prose.blocks)


def test_a_list_of_labelled_headlines_stays_noise():
    text = (
        "- Euro 2024: Spain beat Croatia 3-0 in Berlin\n"
        "- Markets: Nvidia shares rise 3.5% to record\n"
        "- Weather: Early heatwave pushes temperatures past 43C\n"
    )
    assert all(block.noise for block in read_prose(text).blocks)


@pytest.mark.parametrize("rule", ["______________________", "---", "* * *", "~~~~~~"])
def test_a_rule_between_parts_is_noise_and_keeps_the_numbering(rule):
    text = f"Spending rose 10% in 2024.\n\n{rule}\n\n1. Footnote: NATO estimates, June 2024.\n"
    prose = read_prose(text)
    assert [block.index for block in prose.blocks] == [1, 2, 3]
    assert [block.noise for block in prose.blocks] == [False, True, False]


def test_a_footnote_number_after_a_full_stop_ends_the_sentence_and_is_a_word_of_neither() -> None:
    text = "It was the steepest rise since the Cold War.1 The US spent $997 billion, 1.9 per cent of GDP.7"
    spans = split_sentences(text, 0, len(text))
    assert [text[span.start : span.end] for span in spans] == [
        "It was the steepest rise since the Cold War.",
        "The US spent $997 billion, 1.9 per cent of GDP.",
    ]


def test_a_decimal_point_is_no_footnote() -> None:
    text = "The fund's allocation is €7.953 billion."
    assert len(split_sentences(text, 0, len(text))) == 1


def test_a_footnote_marker_after_a_full_stop_ends_the_sentence_and_is_quoted_by_neither() -> None:
    text = (
        "14. Defence spending would rise to 2.5% of GDP as conditions allow.<sup>23</sup> The Government has"
        " described this as £13.4 billion more.<sup>24</sup> It is welcome.\n"
    )
    sentences = quotes(text, read_prose(text).blocks[0].sentences)
    assert "Defence spending would rise to 2.5% of GDP as conditions allow." in sentences
    assert "The Government has described this as £13.4 billion more." in sentences
    assert "It is welcome." in sentences


def test_a_report_s_footnotes_giving_its_sources_are_noise() -> None:
    text = (
        "The Spending Review projected 2.6% of GDP in 2027.<sup>25</sup>\n\n"
        "<sup>25</sup> HM Treasury, *Spending Review 2025*, June 2025\n"
        "<sup>26</sup> NATO, *Defence Expenditure of NATO Countries (2014–2024)*, June 2024\n"
        "<sup>27</sup> Ministry of Defence (PRS0012)\n"
    )
    blocks = read_prose(text, markdown=True).blocks
    assert [block.noise for block in blocks] == [False, True, True, True]


def test_footnotes_that_say_something_are_read_as_sentences() -> None:
    text = (
        "Only three allies met the guideline in 2014.[^1]\n\n"
        "[^1]: NATO's 2014 figures put the United States at 3.72% and Greece at 2.20% of GDP.\n"
        "[^2]: In our sample of 30 Allies, the median revision is about 0.04 percentage points.\n"
    )
    assert not any(block.noise for block in read_prose(text, markdown=True).blocks)


DECK = (
    "Briefing deck\n\n"
    "==========\n"
    "SLIDE 5 of 10 (estimates)\n"
    "==========\n"
    "RUSSIA (estimate)\n"
    "• Up 38% in a single year\n"
    "• Burden of 7.1% of GDP\n"
    "\n"
    "UKRAINE\n"
    "• Up 2.9%\n"
    "• 34% of GDP, the heaviest burden\n"
    "• Equivalent to 43% of the\n"
    "  other side's spending\n"
)


def test_a_rule_line_closes_a_run_and_a_line_between_rules_is_a_title():
    document = read_prose(DECK)
    by_text = {DECK[block.span.start : block.span.end]: block for block in document.blocks}
    assert by_text["SLIDE 5 of 10 (estimates)"].heading
    assert by_text["=========="].noise


def test_a_caps_sub_heading_heads_its_bullets_and_each_bullet_is_an_item_of_its_own():
    document = read_prose(DECK)
    blocks = [(DECK[block.span.start : block.span.end], block.heading) for block in document.blocks if not block.noise]
    assert blocks[2:] == [
        ("RUSSIA (estimate)", True),
        ("• Up 38% in a single year", False),
        ("• Burden of 7.1% of GDP", False),
        ("UKRAINE", True),
        ("• Up 2.9%", False),
        ("• 34% of GDP, the heaviest burden", False),
        ("• Equivalent to 43% of the\n  other side's spending", False),
    ]


def test_dotted_leader_lines_are_rows_each_a_block_of_its_own():
    text = "Title\n\n[CHART: bars]\nAlpha ....... 997\nBeta ........ 314 (est.)\n"
    blocks = [text[block.span.start : block.span.end] for block in read_prose(text).blocks]
    assert blocks[1:] == ["[CHART: bars]", "Alpha ....... 997", "Beta ........ 314 (est.)"]


NOTES = """Source: national budgets.

Notes to Table 4
a  Includes pensions paid from the civil budget, which is
   financed separately.
b  Includes aid to Ukraine of EUR 2 billion.
(1) Personnel exclude civilians.
"""


def test_each_note_under_a_table_is_a_paragraph_of_its_own():
    prose = read_prose(NOTES)
    texts = [prose.text[block.span.start : block.span.end] for block in prose.blocks]
    assert texts[1] == "Notes to Table 4" and prose.blocks[1].heading
    assert texts[2].startswith("a  Includes pensions") and texts[2].endswith("financed separately.")
    assert texts[3] == "b  Includes aid to Ukraine of EUR 2 billion."
    assert texts[4] == "(1) Personnel exclude civilians."


def test_each_indented_numbered_note_of_a_readme_is_a_paragraph_of_its_own():
    """'Notes:' over '  1. …' and '  2. …' wrapped onto lines indented under them: a note's subject is no next
    note's ('Greece's decline …' never makes 'The NATO guideline of 2% …' Greece's)."""
    text = (
        "Notes:\n"
        "  5. Greece's decline in 2023 reflects the phasing of payments; its share\n"
        "     of GDP nonetheless remains above 3%.\n"
        "  6. The NATO guideline of spending at least 2% of GDP applies to all rows.\n"
    )
    prose = read_prose(text)
    texts = [prose.text[block.span.start : block.span.end] for block in prose.blocks]
    assert texts[0] == "Notes:" and prose.blocks[0].heading
    assert texts[1].startswith("5. Greece's decline") and texts[1].endswith("remains above 3%.")
    assert texts[2].startswith("6. The NATO guideline")


def test_numbered_lines_not_indented_are_no_notes():
    text = "Key steps:\n1. Spending rose to 2.1% of GDP.\n2. It fell in 2024.\n"
    assert not any(block.heading for block in read_prose(text).blocks)


def test_a_block_quoted_box_of_key_points_reads_each_bullet_as_a_paragraph_of_its_own():
    """A briefing's key points set as a block quote ('> - …'): each bullet its own paragraph and sentence, quoted
    without the quote marker, never one sentence running from the first bullet to the last."""
    text = (
        "> **Summary**\n"
        ">\n"
        "> - Ministers agreed to spend 4% of national income on the fleet by 2031.\n"
        "> - Harbour dues rose by 12% in 2023.\n"
        ">\n"
        ">> The port authority is committed to raising capacity to 90 berths by 2030.\n"
        "\n"
        "Ordinary prose follows.\n"
    )
    prose = read_prose(text, markdown=True)
    sentences = [quote for block in prose.blocks for quote in quotes(text, block.sentences)]
    assert sentences == [
        "**Summary**",
        "- Ministers agreed to spend 4% of national income on the fleet by 2031.",
        "- Harbour dues rose by 12% in 2023.",
        "The port authority is committed to raising capacity to 90 berths by 2030.",
        "Ordinary prose follows.",
    ]


def test_a_box_s_short_title_heads_its_bullets_each_an_item_of_its_own():
    """'**By the numbers — SAFE at a glance**' over its bullets: the title is a heading, each bullet a paragraph (not
    one paragraph from the title to the last bullet); a lead-in closed by a colon is left as it was."""
    text = "**By the numbers — ports at a glance**\n- Berths: **90**\n- Cranes: **14** (up from 9)\n"
    prose = read_prose(text, markdown=True)
    assert [(prose.quote(block.span), block.heading) for block in prose.blocks] == [
        ("**By the numbers — ports at a glance**", True),
        ("- Berths: **90**", False),
        ("- Cranes: **14** (up from 9)", False),
    ]
    lead_in = "The harbour board agreed the following:\n- more berths\n- more cranes\n"
    assert len(read_prose(lead_in, markdown=True).blocks) == 1


TOP_FIVE = (
    "## The top five (SIPRI, 2024)\n\n"
    "1. 🇺🇸 United States — $997bn, or 37% of the world total\n"
    "2. 🇨🇳 China — an estimated $314bn, up 7.0%\n"
    "3. 🇷🇺 Russia — an estimated $149bn, up 38%\n"
)


def test_a_list_of_names_each_closed_by_a_dash_before_its_figure_is_read_not_dropped_as_headlines() -> None:
    prose = read_prose(TOP_FIVE, markdown=True)
    assert len(prose.blocks) == 3 and not any(block.noise for block in prose.blocks)


def test_a_dash_closed_headline_with_a_figure_further_on_stays_noise() -> None:
    text = (
        "- Euro 2024 — Spain beat Croatia 3-0 in Berlin\n"
        "- Markets — Nvidia shares rise 3.5% to record\n"
        "- Weather — Early heatwave pushes temperatures past 43C\n"
    )
    assert all(block.noise for block in read_prose(text).blocks)


def test_a_numbered_list_s_items_are_no_headings_but_a_numbered_line_standing_apart_is() -> None:
    from knowledge.doc_context import is_heading_block  # noqa: PLC0415

    prose = read_prose(TOP_FIVE.replace("🇺🇸 ", "").replace("🇨🇳 ", "").replace("🇷🇺 ", ""), markdown=True)
    assert not any(is_heading_block(prose, block) for block in prose.blocks)
    apart = read_prose("Intro text here.\n\n3. SAFE loans in brief\n\nThe instrument lends money.\n")
    assert [is_heading_block(apart, block) for block in apart.blocks] == [False, True, False]


NARROW_COLUMN = (
    "3.1 The financial framework\n\n"
    "Romania has undertaken to allocate 2.5% of\n"
    "gross domestic product to defence every\n"
    "year, starting with 2023. The commitment was\n"
    "set out by the President after the Russian\n"
    "invasion of Ukraine and has been reflected\n"
    "since then in the annual state budget laws\n"
    "and in the multi-annual planning of the\n"
    "Ministry of National Defence.\n"
)


def test_a_paragraph_wrapped_in_a_narrow_column_is_one_paragraph_not_headlines():
    prose = read_prose(NARROW_COLUMN)
    paragraph = prose.blocks[-1]
    assert not paragraph.noise
    assert len(prose.blocks) == 2
    sentences = [" ".join(prose.quote(span).split()) for span in paragraph.sentences]
    assert sentences[0] == (
        "Romania has undertaken to allocate 2.5% of gross domestic product to defence every year, starting with 2023."
    )


def test_headlines_and_links_one_a_line_stay_noise():
    headlines = "Tariffs hit exporters\nTakaichi wins vote\nMarkets rally on jobs data\nOil slips again\n"
    links = "https://www.nato.int/cps/en\nhttps://www.sipri.org/databases\nhttps://www.iiss.org/publications\n"
    for text in (headlines, links):
        assert all(block.noise for block in read_prose(text).blocks)


def test_hard_wrapped_markdown_keeps_its_bullets_apart():
    text = (
        "## Key points\n\n"
        "- Poland spends 4.1% of GDP on defence, the\n  highest share in the Alliance\n"
        "- Spain spends 1.3% of GDP, the lowest share\n  of all the Allies\n"
        "- Germany reached the 2% guideline for the\n  first time since the end of the Cold War\n"
    )
    prose = read_prose(text, markdown=True)
    items = [" ".join(prose.quote(block.span).split()) for block in prose.blocks if not block.noise]
    assert items == [
        "- Poland spends 4.1% of GDP on defence, the highest share in the Alliance",
        "- Spain spends 1.3% of GDP, the lowest share of all the Allies",
        "- Germany reached the 2% guideline for the first time since the end of the Cold War",
    ]
