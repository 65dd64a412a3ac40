import random

import pytest

from knowledge.number_style import NumbersAsRead, groups_with_spaces, swapped, writes_continental
from knowledge.snapshot import build_knowledge_base

CONTINENTAL = (
    "Germany's draft defence budget provides EUR 82,69 billion, an increase of 32,4 %. The draft creates 10.000 "
    "additional posts; the Bundeswehr has around 182.000 active soldiers."
)


@pytest.mark.parametrize(
    ("text", "continental"),
    [
        (CONTINENTAL, True),
        ("Spending rose to EUR 82.69 billion, up 32.4%, with 10,000 more posts.", False),
        ("A single slip of 1,5% in an English text of 2.1% and 3.5%.", False),
        ("No figures at all.", False),
        ("Le budget atteint 50,5 milliards d'euros, soit 2,1 % du PIB et 1.234,5 millions.", True),
    ],
)
def test_a_document_writes_continental_numbers_when_most_of_its_telling_shapes_do(text: str, continental: bool) -> None:
    assert writes_continental(text) is continental


def test_swapping_keeps_the_length_and_twice_gives_the_text_back() -> None:
    rng = random.Random(20261205)
    for _ in range(500):
        text = "".join(rng.choice("0123456789.,% ab") for _ in range(rng.randrange(1, 40)))
        assert len(swapped(text)) == len(text)
        assert swapped(swapped(text)) == text
    assert swapped("62.430,9 and 2,8 %") == "62,430.9 and 2.8 %"


def test_a_continental_document_is_read_by_its_numbers_and_quoted_as_written(tmp_path) -> None:
    (tmp_path / "release.md").write_text(f"# Draft budget\n\n{CONTINENTAL}\n", encoding="utf-8")
    facts = build_knowledge_base(tmp_path).facts
    by_value = {fact.value: fact for fact in facts}
    assert {82.69, 32.4, 10_000, 182_000} <= set(by_value)
    posts = by_value[10_000]
    assert "10.000 additional posts" in posts.citation.quote
    assert posts.citation.quote in CONTINENTAL


def test_a_continental_documents_front_matter_title_is_shown_as_written(tmp_path) -> None:
    front = "---\ntitle: Draft budget 2026: EUR 108,2 billion\npublished: 2025-07-30\n---\n"
    (tmp_path / "release.md").write_text(f"{front}\n{CONTINENTAL}\n", encoding="utf-8")
    (document,) = build_knowledge_base(tmp_path).documents
    assert document.title == "Draft budget 2026: EUR 108,2 billion"


def test_a_continental_release_reads_mln_and_bln_with_the_currency_after_them(tmp_path) -> None:
    release = (
        "Spain spent 1,28% of GDP on defence in 2024 and 0,92% in 2014. Total spending on security and defence "
        "will reach 33.123 mln € this year. EU Member States spent an estimated 326 bln € in 2024."
    )
    (tmp_path / "release.md").write_text(f"# Press release\n\n{release}\n", encoding="utf-8")
    money = {(fact.value, fact.scale, fact.currency) for fact in build_knowledge_base(tmp_path).facts if fact.scale}
    assert money == {(33_123, 1e6, "EUR"), (326, 1e9, "EUR")}


def test_an_english_documents_lone_decimal_comma_is_read_as_its_decimal(tmp_path) -> None:
    note = "According to NATO, Spain spent 1,28% of GDP on defence in 2024, while Poland spent 4.1% of GDP."
    (tmp_path / "note.md").write_text(f"# Note\n\n{note}\n", encoding="utf-8")
    shares = {fact.subject: fact.value for fact in build_knowledge_base(tmp_path).facts if fact.value is not None}
    assert shares == {"Spain": 1.28, "Poland": 4.1}


FRENCH_RELEASE = (
    "The defence budget rises from 47,2 Md€ in 2024 to 67,4 Md€ in 2030, 7,5 % more than in 2023. Measured from "
    "2017, when it stood at €32.2 billion, it will have doubled. The law provides for 6 300 additional posts, and the "
    "reserve will grow to 80\u202f000 reservists."
)


def test_milliards_with_a_decimal_comma_decide_a_documents_way_of_writing_numbers() -> None:
    assert writes_continental(FRENCH_RELEASE)
    assert not writes_continental("Spending rose to EUR 47.2 bn and 67.4 bn, up 7.5 %, then 32,20 Md in one slip.")


def test_a_french_release_reads_md_euro_as_billions_and_spaces_grouping_thousands(tmp_path) -> None:
    (tmp_path / "release.md").write_text(f"# Budget of France\n\n{FRENCH_RELEASE}\n", encoding="utf-8")
    facts = build_knowledge_base(tmp_path).facts
    money = {(fact.value, fact.scale, fact.currency) for fact in facts if fact.scale}
    assert {(47.2, 1e9, "EUR"), (67.4, 1e9, "EUR"), (32.2, 1e9, "EUR")} <= money
    by_value = {fact.value: fact for fact in facts}
    assert {6_300, 80_000} <= set(by_value)
    assert "6 300 additional posts" in by_value[6_300].citation.quote
    assert "80\u202f000 reservists" in by_value[80_000].citation.quote
    assert all(fact.citation.quote in FRENCH_RELEASE for fact in facts)


def test_an_english_document_keeps_its_thousands_and_its_spaced_numbers_apart(tmp_path) -> None:
    note = "Poland will have 1,234 tanks and 2.5% of GDP in 2025; by 2030 300 more tanks, and 4.1% of GDP in 2026."
    (tmp_path / "note.md").write_text(f"# Poland\n\n{note}\n", encoding="utf-8")
    values = {fact.value for fact in build_knowledge_base(tmp_path).facts}
    assert 1234 in values
    assert not values & {1.234, 2030300, 30300}


SPACED_FAQ = (
    "Q: How much does the alliance spend?\n\nA: Around USD 1 474 billion in 2024. Norway spends roughly USD 1 754 "
    "per person, and Poland's forces number about 216 000 personnel. Enquiries: +32 2 000 0000."
)


@pytest.mark.parametrize(
    ("text", "grouped"),
    [
        (SPACED_FAQ, True),
        ("Spending of USD 1 474 billion, and 1,234 tanks; 2 239 dollars a head.", False),
        ("One spaced 1 474 alone.", False),
        ("Call +32 2 000 0000 or +46 8 405 10 00.", False),
    ],
)
def test_an_english_document_groups_thousands_with_spaces_when_it_never_uses_commas(text: str, grouped: bool) -> None:
    assert groups_with_spaces(text) is grouped


def test_an_english_document_grouping_with_spaces_reads_whole_numbers_but_no_telephone() -> None:
    numbers = NumbersAsRead(SPACED_FAQ)
    assert "USD 1,474 billion" in numbers.text
    assert "USD 1,754 per person" in numbers.text
    assert "216,000 personnel" in numbers.text
    assert "+32 2 000 0000" in numbers.text
    assert len(numbers.text) == len(SPACED_FAQ)


def test_a_spaced_figure_in_an_english_faq_is_its_whole_number_quoted_as_written(tmp_path) -> None:
    (tmp_path / "faq.md").write_text(f"# FAQ\n\n{SPACED_FAQ}\n", encoding="utf-8")
    facts = build_knowledge_base(tmp_path).facts
    values = {fact.value for fact in facts}
    assert {1474, 1754, 216_000} <= values
    assert not values & {1, 474, 754, 216}
    assert all(fact.citation.quote in SPACED_FAQ for fact in facts)


DANISH_RELEASE = (
    "The fund is worth DKK 50 mia. NATO estimates that Denmark spent 2,37 pct. of GDP in 2024 and 1,4 pct. in 2022. "
    "About kr. 4,5 milliarder goes to ammunition, a further DKK 1.5 billion to counter-drone systems. In 2024 the "
    "figure was around DKK 68,7 mia."
)


def test_a_danish_release_reads_mia_milliarder_pct_and_kr_with_decimal_commas(tmp_path) -> None:
    assert writes_continental(DANISH_RELEASE)
    (tmp_path / "release.md").write_text(f"# Denmark\n\n{DANISH_RELEASE}\n", encoding="utf-8")
    facts = build_knowledge_base(tmp_path).facts
    money = {(fact.value, fact.scale, fact.currency) for fact in facts if fact.unit == "money"}
    assert {(50, 1e9, "DKK"), (4.5, 1e9, "DKK"), (1.5, 1e9, "DKK"), (68.7, 1e9, "DKK")} <= money
    shares = {fact.value for fact in facts if fact.unit == "percent_of_gdp"}
    assert {2.37, 1.4} <= shares
    assert all(fact.citation.quote in DANISH_RELEASE for fact in facts)


MIXED_NOTE = (
    "Spain's defence spending reached EUR 17.000 million in 2023. Converted at market rates this was about US$18.4 "
    "billion, or 1.3% of GDP, and 2.400 troops and 117.400 military personnel served. France adds 3 300 M€ in "
    "2024 and spent EUR 3 300 million more; the alliance spent around USD 1 474 billion."
)


def test_an_english_document_reads_the_thousands_only_a_number_s_own_marks_can_give(tmp_path) -> None:
    """Point and space groups beside English figures: whole thousands before a scale, a count of things, and a
    space grouping an amount's digits beside its currency or scale are thousands, whatever the rest writes."""
    assert not writes_continental(MIXED_NOTE)
    (tmp_path / "note.md").write_text(f"# Spending note\n\n{MIXED_NOTE}\n", encoding="utf-8")
    facts = build_knowledge_base(tmp_path).facts
    money = {(fact.value, fact.scale, fact.currency) for fact in facts if fact.unit == "money"}
    assert {(17_000, 1e6, "EUR"), (18.4, 1e9, "USD"), (3_300, 1e6, "EUR"), (1_474, 1e9, "USD")} <= money
    assert not {value for value, _, _ in money} & {17.0, 3.0, 300.0, 474.0}
    counts = {fact.value for fact in facts if fact.unit == "count"}
    assert {2_400, 117_400} <= counts and not counts & {2.4, 117.4}
    assert all(fact.citation.quote in MIXED_NOTE for fact in facts)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Poland signed a contract worth $1.875 billion in 2024.", 1.875),  # three decimals of a billion: English
        ("Poland spent $1.250 billion on drones and 2.5% of GDP in 2024.", 1.25),
        ("In 2024 300 more tanks were ordered by Poland; 2.5% of GDP went to defence.", 300),  # a year leads no group
    ],
)
def test_an_english_document_keeps_points_and_spaces_no_thousands_mark_must_be(tmp_path, sentence, value) -> None:
    (tmp_path / "note.md").write_text(f"# Poland\n\n{sentence}\n", encoding="utf-8")
    values = {fact.value for fact in build_knowledge_base(tmp_path).facts}
    assert value in values


def test_a_continental_document_reads_the_english_thousands_only_a_thousands_mark_can_give(tmp_path) -> None:
    """'USD 1,000 million' and '2,400 troops' in a release writing '82,69' and '32,4 %': no one writes a million to
    three decimals of zeros nor counts a part of a soldier, whichever way the rest of the text writes numbers."""
    release = f"{CONTINENTAL} The fund adds USD 1,000 million, and 2,400 troops serve abroad."
    assert writes_continental(release)
    (tmp_path / "release.md").write_text(f"# Draft budget\n\n{release}\n", encoding="utf-8")
    facts = build_knowledge_base(tmp_path).facts
    assert (1_000, 1e6, "USD") in {(fact.value, fact.scale, fact.currency) for fact in facts if fact.unit == "money"}
    counts = {fact.value for fact in facts if fact.unit == "count"}
    assert 2_400 in counts and 2.4 not in counts
    assert all(fact.citation.quote in release for fact in facts)


def test_an_english_document_leaves_spaced_thousands_before_a_decimal_comma_as_written() -> None:
    """'1 040,1' is no English number however the rest of the text writes: its spaces are not read as thousands
    commas ('1,040,1'), so the table holding it reads it its own way."""
    text = (
        "Amounts are in EUR million; a space parts the thousands (e.g. 1 040,1). The rate was 7.53450 kuna.\n"
        "Estonia;2023;2,73;1 040,1\nLatvia;2024;3,15;1 291,5\nFinland;2022;1,66;4 448,8\n"
    )
    numbers = NumbersAsRead(text)
    assert not numbers.continental
    assert "1 040,1" in numbers.text
    assert "4 448,8" in numbers.text
    assert "7.53450" in numbers.text
    assert len(numbers.text) == len(text)
