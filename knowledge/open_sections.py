"""Where a sentence stands in its document: the section heading above it (the subject and year it names), the
paragraph it opens (whom a paragraph naming no one speaks of: its section's, or the turn or list item's before
it), headings read past and headlines read as statements, and the year of a table."""

from __future__ import annotations

import re

from knowledge.cues import cues
from knowledge.doc_context import (
    dated_lead,
    follow_on_line,
    heading_before,
    headline_label,
    is_heading_block,
    numbered_headline,
)
from knowledge.entities import entity_tables
from knowledge.figures import ARROWS, Figure, FigureKind
from knowledge.frames import is_country
from knowledge.models import Block
from knowledge.named_things import heading_topic
from knowledge.open_reading import OpenReading, first_single_year
from knowledge.readers.prose import LIST_ITEM, POST_NUMBER
from knowledge.run_in_names import run_in_name
from knowledge.sentence import Context, SentenceReader, Stated
from knowledge.sentence_labels import speaker_turn
from knowledge.sentence_periods import year_text
from knowledge.sentence_reading import SUBJECT_REACH
from knowledge.year_parts import first_part

YEAR_WORD = re.compile(r"\b(?:19|20)\d{2}\b")
SETTING, SETTING_WORDS = "in", 2  # 'War in Europe': an event's word and 'in' before the place it happened in
HEADLINE_GAP = 4  # characters after a heading where a blank line would set it apart from its paragraph
HEADLINE_FIGURES = frozenset({FigureKind.MONEY, FigureKind.PERCENT})
ARROWED_SPAN_TOKENS = 3  # '2014', '→', '2024'


class Sections(OpenReading):
    """The context a document's headings, paragraphs and tables set for the sentences in them."""

    def _document_subject_named(self) -> str | None:
        """Whom the document is about, when the sentences just before, the heading or the title name it."""
        subject = self.context.document_subject
        return subject if subject in self.context.named_recently else None

    def _table_subject(self) -> str | None:
        """Whose a table's rows of years or of measures are: its section's subject, else whom the document is about.
        Under a heading naming no one, in a document whose title names only the alliance or body its figures are
        reported in ('Costing the NATO spending targets') while the document is one country's (its frame), they are
        that country's when the text just before names it, else no one's: never the alliance's. So too under a
        heading naming no one in a document on one country ('Military budget of Latvia', '## Budget by year'): the
        alliance or body the text just before names as the way its figures are counted ('as a share of GDP, the
        NATO ratios') is not whose the table's years are; the country is."""
        document = self.context.document_subject
        section = self.context.subject
        title_only = self._heading_names <= self._title_names
        alliance_titled = section is not None and section == self.subject and not is_country(section)
        body_before = section is not None and not is_country(section) and self.subject == document
        if document and (alliance_titled or body_before) and title_only and is_country(document):
            return self._document_subject_named()
        return section or self._document_subject_named() or document

    def _table_period(self, *, new_section: bool = False) -> str | None:
        """A table's year when its header names none: the year the sentence before it speaks of (the end of a
        range: 'the change from 2023 to 2024' heads a table of 2024), else the one year its section's written
        question asks about ('To ask … the intake … in the 12 months to 31 December 2024', then the table answering
        it), else the one its section's heading names ('Top 10 spenders, 2024 (USD bn)' above a chart's labels),
        else the document's. A sentence under another heading speaks of its own section ('from 2026 to 2030 …',
        then '## Where the money goes' over this year's breakdown), not of the table's."""
        before = self.context.sentence_period
        if new_section:
            before = None
        if before and "-" in before and before.rsplit("-", 1)[1].isdigit() and len(before.rsplit("-", 1)[1]) == 4:
            return before.rsplit("-", 1)[1]
        return before or self.asked_period or self.context.heading_period or self._period_default()

    def _enter(self, block: Block) -> None:
        heading = heading_before(self.headings, block.span.start)
        if heading is not self.context.heading:
            self.context.heading = heading
            self.asked_period = None
            # '1) NORWAY: Ukraine aid more than doubles …': a digest's item is about the one its headline's label names,
            # the headline's years its own figures'
            label = headline_label(heading.text) if heading else None
            reader = SentenceReader(label or heading.text, Context(), self.year) if heading else None
            self._arrowed_span_entered(reader)
            self._heading_names = self._title_names | frozenset(m.name for m in (reader.mentions if reader else []))
            topic = heading_topic(reader.tokens, reader.mentions, self.context.things) if reader else None
            if topic:
                topic = self.context.things.full(topic) or topic
                self.context.things.give(topic)
            # '3. Kollberg Systems: busier', then 'Underlying EBIT rose to …': the company a headline is about is
            # whom the sentences under it naming no one speak of
            named = reader.sentence_subject() if reader and not _a_setting_only(reader) else None
            self.context.subject = topic or named or self.subject
            self.context.section_subject = self.context.subject
            # a section headed by a span of years ('Convergence towards the 2% guideline, 2014-2024') speaks of it,
            # not a document's title repeated ('A timeline of NATO's spending pledges, 2006-2025')
            # ('Japan: the largest jump since 1952' speaks of no year: a year a record is measured back to is none)
            years = _years_spoken_of(reader) if reader else []
            titled = heading is not None and heading.text.strip() == self.document.title.strip()
            span = years[0].period_text if years and not titled else None
            year = first_single_year(years)
            self.section_period = None if titled and self._names_goal_ahead(self.document.title, year) else year or span
            self.context.heading_part = first_part(heading.text) if heading else None
        self.context.paragraph_period = None
        text = self.prose.text[block.span.start : block.span.end]
        self._enter_entry(text)
        self.spoken_period = self._answered_period(text)
        # Without a pronoun, a new paragraph speaks of its section's subject, not the last one of another
        # paragraph — except a dialogue turn ("LINDQVIST: …"), which answers the turn before it, and a thread's
        # numbered post ('**2/14**'), which goes on from the post before it.
        self.context.sub_item = self._nested_item(block, text)
        # 'Read more: Inside Sweden's SEK 300 billion rearmament loan': the item above it goes on, its subject too
        continues = self.context.sub_item or self._continues_list(block, text) or follow_on_line(text)
        self._list_items_age(continues)
        self.run_in = None
        if not speaker_turn(text) and not continues and not self._title_shared(heading):
            carried = self.context.paragraph_subject if self._numbered_post(block) else None
            self.context.paragraph_subject = self.context.section_subject or self.subject or carried
            self.run_in = self._run_in_thing(text)
        self.context.paragraph_period = self._introduced_period(block, text)
        self.previous_block = text
        if is_heading_block(self.prose, block):
            self.context.paragraph_period = self.context.heading_period

    def _arrowed_span_entered(self, heading: SentenceReader | None) -> None:
        """The span a section's levels moved over: the one its heading's arrow names ('Big four (share of GDP, 2014 →
        2024e)'); under a heading naming no other year ('Frontline states', 'Still below 2% in 2024'), the span an
        earlier heading's arrow named, for the kinds of levels read under it ('EE: 1.93% → 3.43%' as 'DE: 1.19% →
        2.12%' was written, not 'aid cut: 0.5% → 0.3% of GNI'); else none."""
        span = _arrowed_span(heading) if heading else None
        if span:
            self.arrowed_span, self.arrowed_kinds = span, set()
            self.context.move_span, self.context.move_kinds = span, None
            return
        years = {year_text(year) for year in heading.years} if heading else set()
        carried = self.arrowed_span is not None and self.arrowed_kinds and years <= {self.arrowed_span[-4:]}
        self.context.move_span = self.arrowed_span if carried else None
        self.context.move_kinds = frozenset(self.arrowed_kinds) if carried else None

    def _run_in_thing(self, text: str) -> str | None:
        """'**Rheinmetall (Buy, target price €2,100).** Sales rose 36% …': a paragraph whose bold run-in heading names a
        thing the entity list does not know is about it, as a section under a heading naming it is; the name."""
        name = run_in_name(text, self.context.things, self.people)
        if name is None:
            return None
        name = self.context.things.full(name) or name
        self.context.things.give(name)
        self.context.subject = self.context.paragraph_subject = name
        self.context.age = 0
        return name

    def _enter_entry(self, text: str) -> None:
        """'- **September 2014 – Wales summit:** … by 2024 … Only 3 of the 28 Allies were at 2% that year.': a dated
        entry speaks of its date's year as a section of the year its heading names does; 'that year' in it, after
        a deadline, is the entry's year."""
        lead = dated_lead(text)
        entry = str(lead.year) if lead else None
        self.context.entry_period = entry
        self.context.heading_period = entry or self.section_period
        if entry:
            self.context.sentence_period, self.context.sentence_deadline = entry, False

    def _introduced_period(self, block: Block, text: str) -> str | None:
        """'Its main investments over the period are:' then '- **Munitions**: 16 Md€;', '- **Space**: 6 Md€;': a list's
        items naming no year of their own are of the period its introduction spoke of, not the document's."""
        if not LIST_ITEM.match(text) or block.index <= 1:
            self.list_period = None
        elif self.previous_block.rstrip().endswith(":"):
            self.list_period = self.context.sentence_period
        elif not LIST_ITEM.match(self.previous_block):
            self.list_period = None
        return self.list_period

    def _numbered_post(self, block: Block) -> bool:
        """A post of a thread: its first line is the post's number alone ('**2/14**')."""
        first = self.prose.quote(block.span).split("\n", 1)[0]
        return bool(POST_NUMBER.match(first))

    def _answered_period(self, text: str) -> str | None:
        """'SIPRI put world military expenditure at $2,718 billion in 2024 …', then '**Who were the biggest movers?**',
        then 'Russia spent an estimated $149 billion': an interviewer's question naming no year asks on about the
        answer before it, so the answer's sentences told in the past speak of the year that answer spoke of. A
        question is passed through with that year; any other paragraph starts afresh."""
        if _asks_on(text):
            return self.spoken_period
        return self.spoken_period if _asks_on(self.previous_block) else None

    def _headline(self, block: Block) -> bool:
        """'3. SAFE: EUR 150 BILLION IN LOANS' right above its paragraph, with no blank line: a headline stating an
        amount or a percentage, read as a statement (a section number or a year alone is not one, nor is a heading
        standing apart: 'The rest of the 2% club')."""
        after = self.prose.text[block.span.end : block.span.end + HEADLINE_GAP]
        rest = after.replace("\r", "")
        # a digest's numbered headline ('1) NORWAY: Ukraine aid more than doubles to NOK 85 billion') tells its story
        # even set apart from it
        apart = not rest.startswith("\n") or rest.startswith("\n\n")
        if not block.sentences or (apart and not numbered_headline(self.prose, block)):
            return False
        reader = self._reader(block.sentences[0], self.context)
        return any(figure.kind in HEADLINE_FIGURES for figure in reader.values)

    def _title_shared(self, heading: object) -> bool:
        """'Nordic and Baltic states open the purse as Russia threat reshapes budgets': a title naming several
        subjects, with no section heading, says nothing of whom a paragraph is about — it goes on from the
        paragraph before it (once one has named someone)."""
        return heading is None and len(self._title_names) > 1 and self.context.paragraph_subject is not None

    def _continues_list(self, block: Block, text: str) -> bool:
        """'Its main elements are:' then '1. Allies will spend 5% …', '2. At least 3.5% …': in a section naming
        no one, a list item goes on from the item or the introduction before it, and so does its subject."""
        if self.context.section_subject or not LIST_ITEM.match(text) or block.index <= 1:
            return False
        before = self.previous_block.rstrip()
        return before.endswith(":") or bool(LIST_ITEM.match(before))

    def _nested_item(self, block: Block, text: str) -> bool:
        """'- **Poland** is the clear front-runner.', then '  - NATO estimates its 2024 spending at **4.12 %** of GDP',
        '  - **2014 → 2024: +2.26 pp**': a list item indented under the item before it goes on from that item, as its
        sub-item, whatever the section is about."""
        line_start = self.prose.text.rfind("\n", 0, block.span.start) + 1
        indent = self.prose.text[line_start : block.span.start]
        nested = bool(indent) and not indent.strip()
        return nested and bool(LIST_ITEM.match(text)) and bool(LIST_ITEM.match(self.previous_block))

    def _list_items_age(self, continues: bool) -> None:
        """'The Rapporteur recommends that member parliaments:' then 'a) …', 'b) …', … 'e) sustain military support
        …': each item of a list speaks of whom its introduction named, however many items stand between them; the
        subject ages from the introduction to each item, not along the items."""
        if not continues:
            self.list_age = None
        elif self.previous_block.rstrip().endswith(":"):
            # only a line naming whom it introduces ('… that member parliaments:') speaks for the items
            self.list_age = self.context.age if self.context.age == 0 else None
        elif self.list_age is not None:
            self.context.age = self.list_age

    def _passed(self, block: Block) -> None:
        """A heading read past: it is one of the sentences a subject is carried across (and may name one)."""
        names = frozenset(m.name for span in block.sentences for m in self._reader(span, Context()).mentions)
        self.context.age = 0 if names else self.context.age + 1
        self._recent.append(names)
        del self._recent[:-SUBJECT_REACH]
        self.context.named_recently = frozenset().union(*self._recent, self._heading_names)


def arrowed_levels_read(reading: Sections, statements: list[Stated]) -> None:
    """The kinds of the levels a section's arrowed span dated ('share_of_gdp'): those a later section carries it
    for."""
    span, context = reading.arrowed_span, reading.context
    if span is None or context.move_span != span or context.move_kinds:
        return
    first = span.partition("-")[0]
    reading.arrowed_kinds.update(stated.kind for stated in statements if stated.period == first)


def _arrowed_span(reader: SentenceReader) -> str | None:
    """'Big four (share of GDP, 2014 → 2024e)': a heading joining two years by an arrow says its section's levels
    moved from the first to the second, as a deck's bullets 'DE: 1.19% → 2.12%' under it write them; the span, as
    'first-last' (a span written with a dash, '2024–2029', is a whole period, no move told)."""
    for year in reader.years:
        linked = year.end - year.start == ARROWED_SPAN_TOKENS and reader.tokens[year.start + 1].text in ARROWS
        if linked and year.period_text:
            return year.period_text
    return None


def _a_setting_only(reader: SentenceReader) -> bool:
    """'## War in Europe (2022–2024)': a heading naming a place only as where an event happened (an event's word, then
    'in') says where its entries happened, not whose figures they are."""
    found = reader.candidates(0, len(reader.tokens))
    if not found:
        return False
    at = found[0].start
    return at >= SETTING_WORDS and reader.words[at - 1] == SETTING and reader.words[at - 2] in cues().raw.event_words


def _asks_on(text: str) -> bool:
    """A paragraph that is a question alone and names no year ('**Who were the biggest movers?**')."""
    question = text.strip().strip("*_").strip()
    return question.endswith("?") and "\n" not in question and not YEAR_WORD.search(question)


def _years_spoken_of(reader: SentenceReader) -> list[Figure]:
    """A heading's years that say what time its section speaks of: no record's base, no cited source's date."""
    return [year for year in reader.years if not (reader.comparison(year) or _a_sources_date(reader, year))]


def _a_sources_date(reader: SentenceReader, year: Figure) -> bool:
    """'THE OTHER SIDE (SIPRI, Apr '25)': a month and year in brackets after a body's name date the source the
    section cites, not the time its figures are of."""
    words = reader.words
    if year.start < 1 or words[year.start - 1] not in cues().months or "(" not in words[: year.start]:
        return False
    opened = year.start - 1 - words[: year.start][::-1].index("(")
    return any(
        mention.start == opened + 1 and entity_tables().kind(mention.name) == "organisation"
        for mention in reader.mentions
    )
