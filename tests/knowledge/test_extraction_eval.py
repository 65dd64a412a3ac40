"""Extraction measured on the annotated evaluation documents, and what every one of their facts must hold."""

from __future__ import annotations

import itertools
import re

import pytest

from knowledge.cues import cues, fold
from knowledge.doc_context import heading_before, headings
from knowledge.entities import EntityKind, canonical_subject, entity_tables
from knowledge.extraction_eval import (
    EVALUATION_DIR,
    Annotation,
    _period_matches,
    _same_subject,
    evaluation_documents,
    extraction_report,
    load_annotations,
    matches,
    score_document,
)
from knowledge.figures import tokenize
from knowledge.frames import frame_data, summary_blocks
from knowledge.models import Citation, Fact, KnowledgeBase, Unit
from knowledge.number_style import swapped, writes_continental
from knowledge.open_speech import DATELINE, DATELINE_REACH  # a dateline read as the extractor reads it
from knowledge.readers.prose import read_prose
from knowledge.snapshot import build_knowledge_base
from knowledge.table_numbers import read_as_english, writes_decimal_commas

# Regression floors (these documents were fixed against after their first run; see RESULTS.md).
MIN_PRECISION = 0.85
MIN_RECALL = 0.80
PRONOUN_CHAIN = 4  # sentences back a pronoun's antecedent may be named (interview turns)
TABLE_HEAD_ROWS = 2  # a pipe table's header row and the rule under it
LETTERHEAD_LINE = re.compile(r"^\*\*([^*]+)\*\*$", re.MULTILINE)  # '**Seimas of the Republic of Lithuania**'
NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
SIGNED = re.compile(r"(?<![\w.])[-−–]\s?(\d+(?:\.\d+)?)")


EVALUATION_FOLDERS = (
    "evaluation_docs",
    "evaluation_holdout",
    "evaluation_holdout2",
    "evaluation_holdout3",
    "evaluation_holdout4",
    "evaluation_holdout5",
    "evaluation_holdout6",
    "evaluation_holdout7",
    "evaluation_holdout8",
    "evaluation_holdout9",
    "evaluation_holdout10",
    "evaluation_holdout11",
    "evaluation_holdout12",
    "evaluation_holdout13",
    "evaluation_holdout14",
    "evaluation_holdout15",
    "evaluation_holdout16",
    "evaluation_holdout17",
    "evaluation_holdout18",
    "evaluation_holdout19",
    "evaluation_holdout20",
    "evaluation_holdout21",
    "evaluation_holdout22",
    "evaluation_holdout23",
    "evaluation_holdout24",
    "evaluation_holdout25",
    "evaluation_holdout26",
    "evaluation_holdout27",
    "evaluation_holdout28",
    "evaluation_holdout29",
    "evaluation_holdout30",
    "evaluation_holdout31",
    "evaluation_holdout32",
    "evaluation_holdout33",
    "evaluation_holdout34",
    "evaluation_holdout35",
    "evaluation_holdout36",
    "evaluation_holdout37",
    "evaluation_holdout38",
    "evaluation_holdout39",
    "evaluation_holdout40",
    "evaluation_holdout41",
    "evaluation_holdout42",
    "evaluation_holdout43",
    "evaluation_holdout44",
    "evaluation_holdout45",
    "evaluation_holdout46",
    "evaluation_holdout47",
    "evaluation_holdout48",
    "evaluation_holdout49",
    "evaluation_holdout50",
    "evaluation_holdout51",
    "evaluation_holdout52",
    "evaluation_holdout53",
    "evaluation_holdout54",
    "evaluation_holdout55",
    "evaluation_holdout56",
    "evaluation_holdout57",
    "evaluation_holdout58",
    "evaluation_holdout59",
    "evaluation_holdout60",
    "evaluation_holdout61",
    "evaluation_holdout62",
    "evaluation_holdout63",
    "evaluation_holdout64",
    "evaluation_holdout65",
    "evaluation_holdout66",
    "evaluation_holdout67",
    "evaluation_holdout68",
    "evaluation_holdout69",
    "evaluation_holdout70",
    "evaluation_holdout71",
    "evaluation_holdout72",
    "evaluation_holdout73",
    "evaluation_holdout74",
    "evaluation_holdout75",
    "evaluation_holdout76",
    "evaluation_holdout77",
    "evaluation_holdout78",
)


@pytest.fixture(scope="module")
def evaluation_kb() -> KnowledgeBase:
    return build_knowledge_base(EVALUATION_DIR / "documents")


@pytest.fixture(scope="module", params=EVALUATION_FOLDERS)
def any_evaluation_kb(request: pytest.FixtureRequest) -> KnowledgeBase:
    """Every set of evaluation documents: the first eight and each hold-out batch since."""
    return build_knowledge_base(EVALUATION_DIR.parent / request.param / "documents")


def test_eight_documents_with_annotations_and_questions() -> None:
    documents = evaluation_documents()
    assert len(documents) == 8
    for name in documents:
        annotations = load_annotations(EVALUATION_DIR / "annotations" / f"{name}.facts.jsonl")
        assert len(annotations) >= 20
        assert (EVALUATION_DIR / "annotations" / f"{name}.questions.jsonl").exists()


def test_extraction_stays_above_its_floor() -> None:
    report = extraction_report()
    assert report.precision >= MIN_PRECISION, report.table()
    assert report.recall >= MIN_RECALL, report.table()


def _annotation(**fields: object) -> Annotation:
    base = {"subject": "Poland", "measure": "m", "kind": "share_of_gdp", "value": 4.12, "unit": "%"}
    return Annotation.model_validate({**base, "period": "2024", "quote": "Poland spent 4.12% of GDP.", **fields})


def test_matching_rule(evaluation_kb: KnowledgeBase) -> None:
    fact = next(f for f in evaluation_kb.facts if f.subject == "Poland" and f.value == 4.12)
    quote = fact.citation.quote
    right = _annotation(quote=quote, period=fact.period or "")
    assert score_document("x", [right], [fact]).matched
    for wrong in (
        _annotation(quote=quote, subject="Estonia"),
        _annotation(quote=quote, value=4.2),
        _annotation(quote=quote, period="2014"),
        _annotation(quote=quote, kind="change"),
        _annotation(quote="Some other sentence with 4.12%."),
    ):
        score = score_document("x", [wrong], [fact])
        assert not score.matched
        assert score.false_positives == [fact]
    assert canonical_subject("NATO allies") == canonical_subject("NATO") == "NATO Allies"
    assert canonical_subject("Turkiye") == "Türkiye"


def test_a_date_annotated_as_written_is_compared_by_its_year() -> None:
    date = _annotation(kind="date", value="2025-06-25", unit="date", period="2025-06-25")
    assert date.value == 2025.0
    span = _annotation(kind="date", value="2026-07-07/2026-07-08", unit="date", period="2026")
    assert span.value == 2026.0
    with pytest.raises(ValueError):
        _annotation(value="soon")


def test_a_null_unit_or_period_is_read_as_none_stated() -> None:
    """A count or a year annotated with "unit": null (as some annotators write it) is loaded, not refused."""
    count = _annotation(kind="count", value=3, unit=None, period=None)
    assert (count.unit, count.period, count.amount) == ("", "", 3.0)


def _day_and_month(fact: Fact) -> bool:
    """'on 1 August': a date stated with no year is of the year its document is written in, so its value (that year)
    is the document's, not the quote's."""
    words = (fact.text or "").split()
    return fact.measure_kind == "date" and len(words) >= 2 and bool({fold(word) for word in words} & cues().months)


SPACE_GROUPED = re.compile(r"(?<![\d.])\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d.])")


def _ratios(words: list[str]) -> set[float]:
    """'one in five roubles', 'four euros in every five': so many of every so many, the percentage it is."""
    table = cues()
    found: set[float] = set()
    for start, word in enumerate(words):
        part = float(word) if NUMBER.fullmatch(word) else table.numbers.get(word)
        for at in (start + 1, start + 2):
            link = table.ratio_links.starting_at(words, at)
            second = words[at + link] if link and at + link < len(words) else ""
            whole = float(second) if NUMBER.fullmatch(second) else table.numbers.get(second)
            if part and whole:
                found.add(round(100 * part / whole, 1))
    return found


def _numbers(text: str) -> set[float]:
    """Every number the text states: digits, number words, ordinals, multiples, 'tops the ranking' (1)."""
    table = cues()
    found = {float(match.replace(",", "")) for match in NUMBER.findall(text)}
    found |= {-float(match.replace(",", "")) for match in SIGNED.findall(text)}  # a table's '-0.05'
    # a fixed-width table's thousands grouped by a space ('68 714', '1 310.5')
    found |= {float(match.replace(" ", "")) for match in SPACE_GROUPED.findall(text)}
    found |= {float(token.text.replace(",", "")) for token in tokenize(text) if NUMBER.fullmatch(token.text)}
    words = [fold(word) for word in re.findall(r"[\w'’-]+", text)]
    for word in words:
        for part in (word, *word.split("-")):
            for mapping in (table.numbers, table.ordinals, table.multipliers):
                if part in mapping:
                    found.add(float(mapping[part]))
    said = [fold(word) for word in re.findall(r"\d[\d,]*(?:\.\d+)?|[\w'’-]+", text)]  # '3.45 million' whole
    for number, scale in itertools.pairwise(said):  # 'two million artillery shells', '500 million Europeans'
        if number in table.numbers and scale in table.scales:
            found.add(table.numbers[number] * table.scales[scale])
        elif NUMBER.fullmatch(number) and scale in table.scales:
            found.add(float(number.replace(",", "")) * table.scales[scale])
    for number, scale in itertools.pairwise(tokenize(text)):  # 'one and a half million shells', read as the extractor
        if NUMBER.fullmatch(number.text) and scale.word in table.scales:
            found.add(float(number.text.replace(",", "")) * table.scales[scale.word])
    for start in range(len(words)):  # 'half of it' (50%), 'a quarter point' (0.25)
        length = table.fraction_words.starting_at(words, start)
        fraction = table.fraction_of(words[start : start + length]) if length else None
        if fraction:
            found |= {fraction, round(fraction * 100, 1)}
        hyphenated = table.fraction_of(words[start].split("-")) if "-" in words[start] else None
        if hyphenated:  # 'three-fifths of the money' (60%)
            found |= {hyphenated, round(hyphenated * 100, 1)}
    found |= _ratios(words)
    found |= _short_fiscal_years(words)
    if table.rank_top.within(words, 0, len(words)) or _superlative_in_scope(words):
        found.add(1.0)
    return found


def _short_fiscal_years(words: list[str]) -> set[float]:
    """'by FY34-35': a fiscal year written short after its prefix states its year whole (2034)."""
    found = set()
    for word in words:
        for prefix in cues().raw.fiscal_year_prefixes:
            short = re.fullmatch(rf"{re.escape(prefix)}(\d\d)(?:-\d\d)?", word)
            if short:
                found.add(2000.0 + float(short.group(1)))
    return found


def _superlative_in_scope(words: list[str]) -> bool:
    """'the heaviest military burden of any country': first, though no number says so."""
    table = cues()
    return any(
        before == "the" and word in table.rank_superlatives and table.rank_scopes.within(words, i + 1, i + 5)
        for i, (before, word) in enumerate(itertools.pairwise(words), start=1)
    )


def _names(subject: str) -> list[str]:
    entry = entity_tables().entries.get(subject)
    if entry is None:
        return [subject]
    names = [entry.name, *entry.aliases, *entry.exact, *entry.weak, *entry.document_only_weak, *_currency(subject)]
    raw = cues().raw
    joined = [name.replace(" and ", f" {joiner} ") for name in names if " and " in name for joiner in raw.name_joiners]
    # the leaders gathered at a summit are the alliance's ('At The Hague summit they agreed on 5% of GDP')
    gathered = raw.gathering_words if subject == raw.guideline_subject else []
    return [*names, *joined, *gathered]


def _currency(country: str) -> list[str]:
    """A national currency names its country ('GBP 62.2 billion', '£62.2bn', 'PLN'; never EUR or USD): its code,
    symbols and words."""
    raw = cues().raw
    codes = {code for code, owner in frame_data().national_currencies.items() if owner == country}
    spelled = {**raw.currency_symbols, **raw.currency_words}
    return sorted(codes | {name for name, code in spelled.items() if code in codes})


def _mentions(context: str, names: list[str]) -> bool:
    # a plus sign joins names as 'and' does ('Europe + Canada'): a word of its own
    words = " " + " ".join(fold(word) for word in re.findall(r"[\w'’.$-]+|\+", context)) + " "
    return any(f" {' '.join(fold(w) for w in name.split())} " in words or name in context for name in names)


def _labelled_by_its_code(quote: str, subject: str) -> bool:
    """'- DE: 1.19% → 2.12%', 'SIPRI: PL $38.0bn in 2024', '- Top: PL 4.12% | EE 3.43%': a deck's, a card's or a
    table's line labelled by the country's two-letter code, written in capitals at the line's opening (a table row's
    too), right after a label's colon, or after a bar, slash, comma, bracket or semicolon between a line's items."""
    entry = entity_tables().entries.get(subject)
    if entry is None or entry.code is None:
        return False
    return re.search(rf"(?:^[-•*|]?\s*|:\s+|[|/,(;]\s*){entry.code}\b", quote.strip()) is not None


def _named_in_words(context: str, subject: str) -> bool:
    """A thing the entity list does not know, named by words of the text ('the German Bundeswehr's 45th Armoured
    Brigade', then 'The brigade was …': the German 45th Armoured Brigade): every word of its name is there."""
    if subject in entity_tables().entries:
        return False
    words = {fold(word) for word in re.findall(r"[\w'’.$-]+", context)}
    return all(fold(word) in words for word in subject.split())


def _states_its_scope(sentence: str) -> bool:
    """A sentence holding a caveat of a scope statement ('… unless stated otherwise'), which names for the whole
    document whom its figures naming no one are of."""
    folded = " ".join(fold(word) for word in re.findall(r"[\w'’]+", sentence))
    return any(caveat in folded for caveat in cues().raw.scope_caveats)


def _summary(fact: Fact, summary: str) -> str:
    """A national document's opening summary ('## Summary of key findings') names its country as its title would
    ('Dutch defence expenditure reached 2.05% of GDP'): for a country's figure only, never any other subject."""
    return summary if entity_tables().kind(fact.subject) == EntityKind.COUNTRY else ""


def test_every_figure_is_supported_by_its_quote_and_context(any_evaluation_kb: KnowledgeBase) -> None:
    """The value appears in the quote; the subject (or an alias) in the quote, the sentences a pronoun chain
    runs back through (for a table's row, those before its table), the section heading, the title or the letterhead
    standing for it (a line in bold at the document's top, before its first section, or its dateline, or the
    publisher its catalog or front matter gives: 'Ministry for the Armed Forces (France)'), its statement of whose
    figures it gives ('Figures are for the 27 EU Member States unless stated otherwise'), or, for a country, the
    document's opening summary — never a figure pinned on someone the document does not name."""
    problems = []
    for document in any_evaluation_kb.documents:
        prose = read_prose(any_evaluation_kb.texts[document.id], markdown=document.id.endswith(".md"))
        sections = headings(prose)
        sentences = [span for block in prose.blocks for span in block.sentences]
        facts: list[Fact] = [f for f in any_evaluation_kb.facts if f.citation.document == document.id]
        first_section = next((h.start for h in sections if h.start > 0), len(prose.text))
        opening = prose.text[:first_section]
        datelines = DATELINE.findall(prose.text[:DATELINE_REACH])
        # a plain text has no bold: its opening lines, at its top before its first section, are its letterhead
        # ('Ministry of Defence | Ministerie van Defensie', 'Kingdom of the Netherlands')
        top = opening[:DATELINE_REACH].splitlines()
        heads = LETTERHEAD_LINE.findall(opening) if document.id.endswith(".md") else top
        letterhead = " ".join([*heads, *datelines])
        summary = " ".join(prose.quote(b.span) for b in summary_blocks(prose, sections, document.title))
        scope = " ".join(prose.quote(span) for span in sentences if _states_its_scope(prose.quote(span)))
        # '10.000 posts' in a document writing its numbers the continental way states ten thousand
        continental = writes_continental(prose.text)
        for fact in facts:
            if fact.value is None:
                continue
            span = fact.citation.span
            assert span is not None
            quote = swapped(fact.citation.quote) if continental else _row_as_read(fact.citation.quote)
            if fact.value not in _numbers(quote) and not _day_and_month(fact):
                problems.append(f"value {fact.value:g} not in {fact.citation.quote!r}")
            index = next(
                (i for i, s in enumerate(sentences) if s.start <= span.start < s.end or s.start >= span.start),
                len(sentences),  # a table row after the last sentence
            )
            first = index  # a table's row is named by what comes before its table and by its header row
            while fact.citation.row_label and first > 0 and prose.quote(sentences[first - 1]).lstrip().startswith("|"):
                first -= 1
            head = sentences[first : min(index, first + TABLE_HEAD_ROWS)]
            before = [prose.quote(s) for s in [*sentences[max(0, first - PRONOUN_CHAIN) : first], *head]]
            heading = heading_before(sections, span.start)
            title = " ".join([document.title, letterhead, document.publisher or "", _summary(fact, summary), scope])
            context = " ".join([fact.citation.quote, *before, heading.text if heading else "", title])
            # a thing the entity list does not know may be named by its fuller name earlier in the document ('the
            # existing base in Rukla', then 'expanding Rukla': the Rukla base)
            earlier = prose.text[: span.end]
            named = _mentions(context, _names(fact.subject)) or _labelled_by_its_code(fact.citation.quote, fact.subject)
            if not (named or _named_in_words(earlier, fact.subject)):
                problems.append(f"{fact.subject} not named near {fact.citation.quote!r}")
    assert not problems, problems


def test_a_value_annotated_in_words_is_read_as_the_cues_read_it() -> None:
    base = {"subject": "United States", "measure": "share", "kind": "share_of_total", "unit": "fraction"}
    fraction = Annotation.model_validate({**base, "value": "two-thirds", "period": "2025", "quote": "q"})
    spelled = Annotation.model_validate({**base, "value": "two or three", "period": "", "quote": "q"})
    assert fraction.value == 0.667 and spelled.value == 2.0
    ranked = {**base, "kind": "rank", "unit": "rank", "period": "2024", "quote": "q"}
    assert Annotation.model_validate({**ranked, "value": "fifth"}).value == 5.0
    assert Annotation.model_validate({**ranked, "value": "last"}).value == float(cues().raw.ordinals["last"])


def test_a_count_annotated_with_a_scale_is_compared_after_it() -> None:
    fields = {"subject": "Estonia", "measure": "population", "kind": "count", "period": "", "quote": "q"}
    assert Annotation(**fields, value=1.37, unit="million people").amount == pytest.approx(1.37e6)
    assert Annotation(**fields, value=43000, unit="people").amount == 43000


def test_a_fiscal_year_matches_the_year_it_starts_in_either_way() -> None:
    """'FY2025' is the fiscal year 2025; a fact of 'fiscal 2025-26' matches an annotated 2025, as an annotated
    '2025-26' matches a fact of 2025; a span of years is not one fiscal year."""
    assert _period_matches("FY2025", "2025")
    assert _period_matches("FY2023-FY2027", "2023-2027")
    assert _period_matches("2025", "2025-26")
    assert _period_matches("2025", "2025/2026")
    assert _period_matches("2025-26", "2025")
    assert not _period_matches("2023", "2023-2027")
    assert not _period_matches("2026", "2025-26")
    assert not _period_matches("FY2025", "2024")


def test_one_fiscal_year_written_two_ways_matches() -> None:
    assert _period_matches("2024-2025", "2024-25")
    assert _period_matches("2024-25", "2024/2025")
    assert not _period_matches("2024-2025", "2025-26")
    assert not _period_matches("2024-2026", "2024-25")


def test_a_fiscal_year_written_short_after_its_prefix_is_the_fiscal_year() -> None:
    assert _period_matches("FY25-26", "2025-26")
    assert _period_matches("FY 24/25", "2024-25")
    assert not _period_matches("FY25-26", "2024-25")


def test_kinds_annotated_under_another_name_are_read_as_the_usual_kind() -> None:
    """'year' (the year of an event) is what the extractor calls a date, 'real_change' a change."""
    assert _annotation(kind="year", value=2009, unit="year", period="2009").kind == "date"
    assert _annotation(kind="real_change", value=6.8, unit="%").kind == "change"
    assert _annotation(kind="share_of_gdp").kind == "share_of_gdp"


def test_a_programme_s_figure_matches_an_annotation_naming_its_body() -> None:
    assert _same_subject("European Union", "ReArm Europe")
    assert _same_subject("ReArm Europe", "ReArm Europe")
    assert not _same_subject("ReArm Europe", "European Union")  # the body's own figure is no programme's
    assert not _same_subject("Germany", "ReArm Europe")


def test_a_company_with_or_without_its_legal_form_or_a_segment_under_it_is_one_subject() -> None:
    assert _same_subject("Storfors Defence", "Storfors Defence AB")
    assert _same_subject("Brennmark Defence AG", "Brennmark Defence")
    assert _same_subject("Storfors Defence — Naval", "Naval")
    assert not _same_subject("Storfors Defence", "Naval")
    assert not _same_subject("Storfors Defence", "Sweden")


def test_a_fall_said_in_words_matches_the_negative_change_annotated() -> None:
    quote = "Iran saw spending fall 10% in real terms to $7.9 billion."
    fields = {"subject": "Iran", "measure": "real change", "kind": "change", "unit": "%", "period": "2024"}
    fall = Annotation(**fields, value=-10, quote=quote)
    citation = Citation(document="d", locator="paragraph 1, sentence 1", quote=quote)
    stated = {"id": "f", "subject": "Iran", "measure": "open:change", "value": 10.0, "unit": Unit.PERCENT}
    said_to_fall = Fact(**stated, period="2024", qualifiers=("decrease",), citation=citation, measure_kind="change")
    assert matches(fall, said_to_fall)
    assert not matches(fall, said_to_fall.model_copy(update={"qualifiers": ()}))  # a rise of 10% is no fall


def test_a_change_over_one_year_matches_the_change_stated_for_the_year_it_ends_in() -> None:
    quote = "Its military expenditure grew by 5.7% to $997 billion in 2024."
    fields = {"subject": "United States", "measure": "change", "kind": "change", "unit": "%", "quote": quote}
    citation = Citation(document="d", locator="paragraph 1, sentence 1", quote=quote)
    stated = {"id": "f", "subject": "United States", "measure": "open:change", "value": 5.7, "unit": Unit.PERCENT}
    grew_in_2024 = Fact(**stated, period="2024", citation=citation, measure_kind="change")
    assert matches(Annotation(**fields, value=5.7, period="2023-2024"), grew_in_2024)
    assert matches(Annotation(**fields, value=5.7, period="2023-24"), grew_in_2024)
    assert not matches(Annotation(**fields, value=5.7, period="2022-2023"), grew_in_2024)
    assert not matches(Annotation(**fields, value=5.7, period="2014-2024"), grew_in_2024)  # a decade's change
    assert matches(Annotation(**fields, value=5.7, period="FY2023-FY2024"), grew_in_2024)  # fiscal years' prefixes
    assert not matches(Annotation(**fields, value=5.7, period="FY2022-FY2023"), grew_in_2024)
    a_level = grew_in_2024.model_copy(update={"measure": "open:money", "measure_kind": "money", "unit": Unit.MONEY})
    money = {**fields, "kind": "money", "unit": "USD bn"}
    assert not matches(Annotation(**money, value=5.7e-9, period="2023-2024"), a_level)  # only a change spans its year


def test_money_annotated_per_year_is_compared_after_its_scale() -> None:
    fields = {"subject": "Germany", "measure": "value of a point of GDP", "kind": "money", "period": "", "quote": "q"}
    assert Annotation(**fields, value=45, unit="EUR bn per year").amount == pytest.approx(45e9)
    assert Annotation(**fields, value=780, unit="NOK m").amount == pytest.approx(780e6)


def test_a_budget_line_annotated_under_a_government_body_is_its_country_s() -> None:
    """'MoD Equipment Plan', 'BMVg personnel expenditure': the line is what the amount is spent on, the country whose
    ministry spends it the subject; a body named alone is its country too, and no other country is."""
    assert _same_subject("MoD Equipment Plan", "United Kingdom")
    assert _same_subject("BMVg personnel expenditure", "Germany")
    assert not _same_subject("MoD Equipment Plan", "Germany")
    assert not _same_subject("Modular housing", "United Kingdom")  # a word beginning with a body's letters is none


def test_a_weak_name_annotated_is_the_entity_it_names() -> None:
    assert _same_subject("Allies", "NATO Allies")
    assert not _same_subject("Allies", "European Allies")


def test_a_share_annotated_as_a_fraction_of_one_matches_the_percentage_stated() -> None:
    """'0.125', unit 'ratio (one in eight)': the share 12.5%, as the extractor states shares; never an amount."""
    quote = "That is roughly one in eight dollars of all European military spending."
    fields = {"subject": "Germany", "measure": "share of Europe", "kind": "share_of_total", "period": "2024"}
    citation = Citation(document="d", locator="paragraph 1, sentence 1", quote=quote)
    stated = {"id": "f", "subject": "Germany", "measure": "open:share_of_total", "value": 12.5, "unit": Unit.PERCENT}
    share = Fact(**stated, period="2024", citation=citation, measure_kind="share_of_total")
    assert matches(Annotation(**fields, value=0.125, unit="ratio (roughly one in eight)", quote=quote), share)
    assert not matches(Annotation(**fields, value="three-fifths", unit="fraction", quote=quote), share)  # 60%
    assert not matches(Annotation(**fields, value=0.125, unit="%", quote=quote), share)  # 0.125% is no 12.5%
    other = {**fields, "kind": "other"}
    amount = share.model_copy(update={"measure": "open:money", "measure_kind": "money", "unit": Unit.MONEY})
    assert not matches(Annotation(**other, value=0.125, unit="ratio", quote=quote), amount)


def test_a_rank_annotated_in_words_is_its_place_though_the_word_names_a_fraction_too() -> None:
    fields = {"subject": "India", "measure": "world rank", "unit": "rank", "period": "2024", "quote": "q"}
    assert Annotation(**fields, kind="rank", value="fifth").value == 5.0
    assert Annotation(**fields, kind="share_of_total", value="fifth").value == 0.2


def test_a_span_annotated_with_an_en_dash_is_the_span_stated_with_a_hyphen() -> None:
    spanned = _annotation(kind="money", value=7.953, unit="EUR bn", period="2021–2027")
    assert spanned.period == "2021-2027"
    assert _period_matches(spanned.period, "2021-2027") and not _period_matches(spanned.period, "2022-2027")


def _row_as_read(quote: str) -> str:
    """A table row whose cells write decimal commas ('| 2022 (actual) | 89,1 | 1,31 |', a data file's
    'Estonia;2023;final;2,73;1 040,1'), as the table reader reads its figures ('89.1', '1.31', '1 040.1'); any other
    quote as it is."""
    if quote.lstrip().startswith("|"):
        cells = quote.strip().strip("|").split("|")
    elif ";" in quote and "\n" not in quote.strip():
        cells = quote.strip().split(";")
    else:
        return quote
    if not writes_decimal_commas(cells[1:]):
        return quote
    return " | ".join([cells[0], *(read_as_english(cell) for cell in cells[1:])])
