"""The open fact model: every figure-bearing statement of a prose document becomes a `Fact`.

A figure (`knowledge.figures`) gets
- a subject: the entity named nearest before it in its part of the sentence, each entity of a list its own
  fact; else a pronoun's antecedent, the sentence's earlier subject, the previous sentence's, or the
  section heading's. Sources ("according to SIPRI", "NATO estimates") and asides ("Europe, Russia
  included") are never subjects, and a capital ("Washington") names its country only when nothing else does;
- a kind of measure from the words around it (`domain/cues.toml`): share of GDP, share of a named total,
  change, money, count, date, rank, or "other" — never forced into a slot — with the clause's own words;
- a period: a year next to it, a relative period ("last year", "a decade earlier") against the document's
  date, or the one the sentence, paragraph, heading or document speaks of;
- qualifiers (estimate, target, proposal, about, at least, deadline) and the source it cites.
Years that are deadlines or events ("by 2035", "signed in 2022") are date facts of their own.

`OpenExtractor` walks the document's blocks and sentences; its jobs are read in `knowledge.open_document` (what
the whole document is about), `knowledge.open_sections` (headings, paragraphs, tables), `knowledge.open_periods`
(a fact's period), `knowledge.open_records` (a stated figure as a `Fact`) and `knowledge.open_speech` (who said
what), on the common state of `knowledge.open_reading`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from knowledge import domain
from knowledge.chart_lists import chart_lists, key_figure_lists, listed_facts
from knowledge.cues import cues, fold
from knowledge.definition_lists import definition_lists
from knowledge.doc_context import FULL_DATE, Heading, follow_on_line, is_heading_block
from knowledge.figures import FigureKind, Token, stated_a_percentage
from knowledge.mentions import lines_labelled_by_codes
from knowledge.models import Block, Citation, Document, Fact, Span
from knowledge.named_things import emphasised_names, proper_words
from knowledge.open_claims import Claims, Correction
from knowledge.open_document import DocumentReadings
from knowledge.open_footnotes import Footnotes
from knowledge.open_reading import fact_id, one_year
from knowledge.open_records import Records
from knowledge.open_sections import Sections, arrowed_levels_read
from knowledge.open_speech import Speakers, people_named
from knowledge.prose_tables import list_header, region_of, table_facts, table_regions, units_statement
from knowledge.ranked_lists import ranked_facts
from knowledge.readers.prose import LABELLED_FIGURE, LIST_ITEM, ProseDocument
from knowledge.sentence import Context, Goal, SentenceReader, Stated
from knowledge.sentence_earlier import restates_an_earlier_value
from knowledge.sentence_labels import LABEL_END, speaker_turn
from knowledge.sentence_moves import span_compared, span_told
from knowledge.sentence_periods import compared_figure, dated_by_an_event
from knowledge.sentence_reading import SUBJECT_REACH
from knowledge.sentence_subjects import listed_subject
from knowledge.sentence_suppositions import supposed_causes

__all__ = ["OpenExtractor", "extract_open_facts", "fact_id", "people_named"]


@dataclass
class Told:
    """What a sentence's statements leave for the sentences after it."""

    subject: str | None = None  # the last subject leading a statement
    period: str | None = None  # the period the statements spoke of
    spoken: str | None = None  # the first period of a statement that is not a deadline or a goal's
    event_year: str | None = None  # the year an event was dated by ('agreed in Wales in 2014')


class OpenExtractor(DocumentReadings, Sections, Records, Speakers, Claims, Footnotes):
    """Every figure-bearing statement of one prose document, as facts: its blocks and sentences walked in order."""

    def run(self) -> list[Fact]:
        self.people = people_named(self.prose.text)
        self.context.word_codes = lines_labelled_by_codes(self.prose.text)
        title = SentenceReader(self.document.title, Context(), self.year)
        self.subject = self._title_subject(title)
        self._title_names = self._heading_names = frozenset(mention.name for mention in title.mentions)
        self.context.subject = self.subject
        self.context.section_subject = self.subject
        self.context.gdp_shares = "gdp" in self.prose.text.casefold()
        self.context.document_span = next((y.period_text for y in title.years if _span_of_years(y.period_text)), None)
        self.stated_period = self._stated_period()
        self.stated_currency = self._stated_currency()
        self.context.document_period = self._main_period()
        self.context.things.proper = proper_words(self._sentence_tokens()) | emphasised_names(self.prose.text)
        issuer = self._issuer()
        if issuer:
            self._issued_by(issuer)
        else:
            self.context.document_subject = self._frame() or self._main_subject()
            self._published_for_a_country()
            self._a_parliaments_debate()
        self.context.named_in_document = self._strongly_named()
        self.short_names = self._short_names()
        self.paragraph_read, self.thing, self.part_year = -1, None, False  # the paragraph's thing, its part of a year
        self.goal_deadlines = self._goal_deadlines()
        regions = table_regions(self.prose)
        self.charts = [  # a chart's list inside a table is the table's
            chart
            for chart in [
                *chart_lists(self.prose.text),
                *key_figure_lists(self.prose.text),
                *definition_lists(self.prose.text),
            ]
            if not any(region.start < chart.span.end and chart.span.start < region.end for region in regions)
        ]
        self._claims_start()
        for block in self.prose.blocks:
            self.guard.read(block, lambda block: self._block(block, regions))
        self._dated_by_tables()
        self._ranked()
        self._claims_end()
        return list(self.facts.values())

    def _ranked(self) -> None:
        """The places a ranked list's numbers give ('1. **Poland — 4.12% of GDP.**'); a place its item's sentences
        seem to give the same entity for the list's year is another year's ('Ranked 5th a year ago'): dropped."""
        for ranked in ranked_facts(self.document, self.prose, self.context.document_period):
            block = next(b for b in self.prose.blocks if b.span.start <= ranked.citation.span.start < b.span.end)
            for key, fact in list(self.facts.items()):
                inside = (
                    fact.citation.span is not None and block.span.start <= fact.citation.span.start < block.span.end
                )
                same = fact.subject == ranked.subject and fact.period == ranked.period
                if inside and same and fact.measure == ranked.measure and fact.value != ranked.value:
                    del self.facts[key]
            if not any(_same_rank(fact, ranked) for fact in self.facts.values()):
                self.facts.setdefault(ranked.id, ranked)

    def _issued_by(self, company: str) -> None:
        """A company's own release is about the company from its title on: the figures no sentence pins on another
        are its own, 'the company' and 'the group' point back at it, and no currency names a country for it; its
        bare percentages are its margins and shares of its sales, a share of GDP only where a sentence says so."""
        self.context.gdp_shares = False
        self.subject = self.context.subject = self.context.section_subject = self.context.document_subject = company
        self.context.issuer = company
        self._title_names = self._heading_names = self._title_names | {company}
        self.context.things.give(company)

    def _read_past(self, table: Span) -> None:
        """A table's rows stand between the sentences before and after it as sentences do: a name the text gave
        before a long table is no longer recent after it (the 'Department' of an audit's next paragraph is not
        the country a sentence before its figure table named in passing)."""
        rows = self.prose.text[table.start : table.end].strip().count("\n") + 1
        self._recent.extend([frozenset()] * min(rows, SUBJECT_REACH))
        del self._recent[:-SUBJECT_REACH]
        self.context.named_recently = frozenset().union(*self._recent, self._heading_names)

    def _block(self, block: Block, regions: list[Span]) -> None:
        if self._chart(block):
            return
        region = region_of(regions, block)
        if region is not None:
            if region.start not in self.tables_read:
                self._lead_sentences(block, region)
                self.tables_read.add(region.start)
                section, before = self.context.heading, self.previous_block
                self._enter(block)
                # a block under another heading introduces its own section, not this table ('From 2026 to 2030 …
                # 5% of GDP', then '## Where the money goes' over this year's breakdown of the budget)
                new_section = section is not self.context.heading
                introduction = "" if new_section else before
                number = len(self.tables_read)
                period = self._table_period(new_section=new_section)
                # a table of years ('| 2022 | Budget Act | 57.7 |') under a heading naming no one is of whom the
                # document is about
                subject = self._table_subject()
                captions = self._captions(introduction)
                things = frozenset(self.context.things.names)
                facts = table_facts(
                    self.document, self.prose, region, number, period, subject, captions, self.stated_currency, things
                )
                for fact in facts:
                    self.facts.setdefault(fact.id, self._in_stated_currency(fact))
                # 'Procurement and R&D together fall from $320 billion to $310 billion' below a table of two years'
                # levels: the move is between those years, as after a sentence telling one over them
                levels = [fact.period for fact in facts if fact.value is not None and fact.measure_kind != "change"]
                self.context.move_span = span_compared(levels) or self.context.move_span
                self._read_past(region)
            return
        if block.noise or is_reference(self.prose.text[block.span.start : block.span.end]):
            return  # a reference list's entry names a source and its date, stating nothing of its own
        self._enter(block)
        if block.index > 1 and is_heading_block(self.prose, block) and not self._headline(block):
            self.turn_open = False  # a section's first paragraph is no speaker's until a label opens a turn
            self._passed(block)  # a section heading names the section; its words are not a statement
            return
        follow_on = follow_on_line(self.prose.text[block.span.start : block.span.end])  # 'Read more: …' under an item
        before = set(self.facts) if follow_on else set()
        self._paragraph(block)
        if follow_on:
            _keep_restated(self.facts, before, self.context.heading, block.span.start)

    def _lead_sentences(self, block: Block, region: Span) -> None:
        """'Eight of the Allies are expected to remain below the guideline in 2024. The lowest shares are estimated
        for:' over a labelled list: the paragraph's last sentence introduces the list, the ones before it state
        figures of their own, read as any paragraph's."""
        header = self.prose.text[region.start : block.span.end]
        if block.span.start != region.start or len(block.sentences) < LEAD_SENTENCES or "\n" in header.strip():
            return
        if not list_header(header):
            return
        self._enter(block)
        self._paragraph(block.model_copy(update={"sentences": block.sentences[:-1]}))

    def _chart(self, block: Block) -> bool:
        """A block inside a chart described in words or a list of key figures: its facts, read once, in place of its
        sentences."""
        chart = next((c for c in self.charts if c.span.start <= block.span.start < c.span.end), None)
        if chart is None:
            return False
        if chart.span.start not in self.tables_read:
            self.tables_read.add(chart.span.start)
            self._enter(block)
            period, subject = self._table_period(), self._table_subject()
            number = len(self.tables_read)
            for fact in listed_facts(self.document, self.prose, chart, number, period, subject, self.stated_currency):
                self.facts.setdefault(fact.id, self._in_stated_currency(fact))
            self._read_past(chart.span)
        return True

    @functools.cached_property
    def _units_statement(self) -> str | None:
        """The document's sentence saying what its amounts are in, looked for once, for all its tables."""
        return units_statement([self.prose.quote(span) for block in self.prose.blocks for span in block.sentences])

    def _captions(self, introduction: str) -> tuple[str, ...]:
        """The texts that may say what a table measures, nearest first: the block just before it (its last
        sentence), the heading of its section, the document's title, its sentence saying what its amounts are in
        ('All amounts in EUR billion')."""
        sentences = [line for line in introduction.strip().splitlines() if line.strip()]
        heading = self.context.heading.text if self.context.heading else ""
        texts = (sentences[-1] if sentences else "", heading, self.document.title, self._units_statement or "")
        return tuple(text for text in texts if text)

    def _paragraph(self, block: Block) -> None:
        label = speaker_turn(self.prose.text[block.span.start : block.span.end])
        # a turn goes on past its label's paragraph, up to the next label or heading ('[Interruption.]', then 'How
        # much of this 3.5% will be swallowed …?' is the member's question still)
        self.turn_open = bool(label) or self.turn_open
        turn = self.turn_open
        if label:
            self.context.voice = self._turn_voice(label.group(0))
        self._claims_enter(block)
        self._footnote_entered(self.prose.text[block.span.start : block.span.end])
        quoted = quotes_earlier_text(self.prose.text, block)
        for number, span in enumerate(block.sentences, start=1):
            sentence = self.prose.quote(span)
            # 'HOST: Is five percent realistic for everyone?': a question a speaker asks states no figure, except
            # the goal it names ('Q: How many allies met the 2% guideline?'); so does a written question ('To ask …')
            reader = self._reader(span, self.context)
            asked = _asked(sentence, reader, turn=turn)
            if asked and not turn:  # a written question's one year is what the table answering it is of
                self.asked_period = one_year(reader.years)
            citation = Citation(
                document=self.document.id,
                locator=f"paragraph {block.index}, sentence {number}",
                quote=sentence,
                span=span,
            )
            source = reader.cited_source() or _source_pointed_back(reader, self.context.cited_source)
            self.context.cited_source = source
            supposed = supposed_causes(reader.words, reader.values)  # 'a 1% rise in GDP is associated with …'
            correction = self._correction(reader)  # '… said 19.7%; the correct figure is 17.9%'
            statements = [] if quoted else [s for s in reader.statements() if s.figure.start not in supposed]
            statements = self._own_statements(
                reader,
                [
                    s
                    for s in statements
                    if not ((asked and s.leads) or _corrects(correction, s) or self._denied(reader, s.figure))
                ],
                block,
                span.start,
            )
            told = _statements_told(self, reader, statements, citation, source, span)
            arrowed_levels_read(self, statements)
            told_span = span_told(statements)
            if told_span and told_span != self.context.move_span:  # a span of the sentence's own, for any level
                self.context.move_span, self.context.move_kinds = told_span, None
            self.context.list_share = _list_share(sentence, statements, reader, self.context.list_share)
            counted = [stated.figure.noun for stated in statements if stated.figure.kind is FigureKind.COUNT]
            self.context.count_noun = next((noun for noun in reversed(counted) if noun), None)
            self.context.percentage_before = stated_a_percentage(reader.figures)
            figure_subjects = {stated.figure.start: stated.subjects[-1] for stated in statements}
            goal_periods = frozenset(s.period for s in statements if "target" in s.qualifiers and self._ahead(s.period))
            # 'To ask the Secretary of State for Defence, whether the Equipment Plan 2023 to 2033 is affordable': a
            # question's years name what it asks about, no event it states
            undated = (
                quoted
                or furniture(sentence, self.prose.text[block.span.start : block.span.end])
                or _dates_its_value(sentence)
            )
            for stated in [] if undated else reader.dates(figure_subjects, goal_periods):
                if not _corrects(correction, stated) and (
                    not asked or _told_before_asking(sentence, reader.words, stated, turn=turn)
                ):
                    self._add(reader, stated, stated.subjects[0], citation, source)
            self._withdraw_and_correct(reader, correction, citation)
            self._speech(sentence, citation)
            self._claims_sentence_end(reader)
            self._note_cut_off(reader, citation)
            self._note_things(reader)
            self._subjects_read(reader, told.subject or self._spoken_for_the_country(sentence))
            self._footnotes_cited(sentence)
            spoken = _set_at_its_opening_date(reader, told.spoken)
            own = spoken or (None if told.period else reader.sentence_period())
            self.context.sentence_period = own or told.period
            self.context.event_year = told.event_year
            self.context.sentence_deadline = own is None and told.period is not None
            if own:
                self.spoken_period = own

    def _subjects_read(self, reader: SentenceReader, last_subject: str | None) -> None:
        """What a sentence read leaves for the ones after it: whom it named (or the last subject of its figures), the
        group it listed, and the entities named recently."""
        # 'Spending in Scotland was £2.3bn': a place a measure was taken in is whose that figure is, no one the
        # sentences after it speak of
        local = {mention.name for mention in reader.mentions if mention.local}
        last_subject = None if last_subject in local else last_subject
        named = reader.sentence_subject() or reader.donor
        named = None if named in local else named
        # a paragraph's run-in heading names its thing for every sentence of the paragraph, as a section heading does
        self.context.age = 0 if named or self.run_in else self.context.age + 1
        self._recent.append(self._named_by(reader))
        del self._recent[:-SUBJECT_REACH]
        self.context.named_recently = frozenset().union(*self._recent, self._heading_names)
        self.context.subject = last_subject or named or self.context.subject
        if named:
            self.context.subject_group = listed_subject(reader)
        # '**Rheinmetall (…).** … We see upside from a second wave of German orders. Last close: €1,795.': a paragraph
        # its run-in heading says is about a thing stays about it past a sentence naming someone but stating nothing
        told = None if self.run_in or reader.sentence_subject() in local else reader.sentence_subject()
        self.context.paragraph_subject = last_subject or told or self.context.paragraph_subject

    def _sentence_tokens(self) -> list[list[Token]]:
        """The tokens of every sentence of the text (not its headings)."""
        return [
            self._reader(span, Context()).tokens
            for block in self.prose.blocks
            if not block.noise and not (block.index > 1 and is_heading_block(self.prose, block))
            for span in block.sentences
        ]

    def _remember(self, stated: Stated) -> None:
        if stated.leads:
            self.context.stated_subject = stated.subjects[-1]
        if stated.figure.kind is FigureKind.MONEY and stated.figure.currency:
            self.context.currency = stated.figure.currency
        goal = {"deadline", "target"} & set(stated.qualifiers)
        if stated.kind == "share_of_gdp" and goal and stated.period and self._ahead(stated.period):
            self.context.goal = Goal(stated.subjects[-1], stated.figure.value, stated.period)


LIST_SHARES = frozenset({"share_of_total", "share_of_gdp"})
LEAD_SENTENCES = 2  # sentences at least in a labelled list's header for those before its last to state figures


def _corrects(correction: Correction | None, stated: Stated) -> bool:
    """The figure corrects one a correction notice withdrew: it is read as what it corrects, not on its own."""
    return correction is not None and correction.corrects(stated.figure)


def _told_before_asking(sentence: str, words: list[str], stated: Stated, *, turn: bool) -> bool:
    """A question's figure before what it asks: the clause before a speaker's first question word ('how', 'will')
    past the label tells what happened ('Q (…): After the drones on the night of 9 to 10 September, how much more
    …?'); a written question ('To ask …') and one with no question word ask all they say."""
    if not turn:
        return False
    words_asking = _words_asking()
    start = words.index(LABEL_END) + 1 if speaker_turn(sentence) and LABEL_END in words else 0
    asking = next((index for index in range(start, len(words)) if words[index] in words_asking), 0)
    return stated.figure.start < asking


@functools.cache
def _words_asking() -> frozenset[str]:
    question_words = domain.question_words()
    return frozenset({*question_words.interrogatives, *question_words.verifier.yes_no_starts})


def _list_share(sentence: str, statements: list[Stated], reader: SentenceReader, before: str | None) -> str | None:
    """The kind of share a list item states in words ('- United States: 66% of the NATO total'), for a bare percentage
    in the item after it ('- Canada and Türkiye: the remaining 4%') and the items after that; an item naming no one
    ('- personnel: €0.86 billion (18% of the total)', in a document about one country) states its kind all the
    same."""
    if not LIST_ITEM.match(sentence):
        return None
    percentages = [
        stated
        for stated in statements
        if stated.figure.kind is FigureKind.PERCENT
        and (stated.recognised or stated.kind == before or reader.kind_for(reader.values.index(stated.figure), [])[1])
    ]
    shares = [stated.kind for stated in percentages if stated.kind in LIST_SHARES]
    return shares[-1] if shares else None


SOURCE_PRONOUNS = frozenset({"its", "their"})
SOURCE_NOUN_REACH = 4  # words from 'its' to the noun naming what a source published ('Its June 2024 figures')


def _source_pointed_back(reader: SentenceReader, previous: str | None) -> str | None:
    """ "NATO's own estimates use a different definition. Its June 2024 figures counted 23 allies …": a sentence opening
    on 'its' or 'their' and a word for what a source publishes states the figures of the source the sentence before
    cited."""
    words = reader.words
    if previous is None or not words or words[0] not in SOURCE_PRONOUNS:
        return None
    return previous if cues().source_after & set(words[1:SOURCE_NOUN_REACH]) else None


def _set_at_its_opening_date(reader: SentenceReader, spoken: str | None) -> str | None:
    """'In January 2025 its State Defence Council decided to spend between 5% and 6% of GDP from 2026 to 2030': a
    sentence opening on a date is set at that date; the later years it plans for are not the time the sentences
    after it speak of."""
    if not spoken or not reader.years or reader.words[:1] != ["in"]:
        return spoken
    opening = reader.years[0]
    months = cues().months
    if opening.start != 1 + sum(word in months for word in reader.words[1:2]) or opening.period_text:
        return spoken
    year = str(int(opening.value))
    return year if spoken[:4].isdigit() and spoken[:4] > year else spoken


def _spoken_of(stated: Stated) -> str | None:
    """The time a statement speaks of, for the sentences after it: not a deadline ('5% by 2035. It is also buying
    12 F-35A jets': the jets are not of 2035)."""
    return None if "deadline" in stated.qualifiers else stated.period


DATELINE_MARKS = "*_"
DATELINE_LABEL_WORDS = 10  # words of a dateline's label ('Posted on Mediterranean Security Notes,')
DATELINE_BREAKS = (",", "—", "–", "-", ":", "|")
CLOCK_TIME = re.compile(r",?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[A-Z]{2,4})?$")  # '…on 2 June 2025, at 14:07'

QUOTE_MARK = re.compile(r"^\s*>\s?")


def quotes_earlier_text(text: str, block: Block) -> bool:
    """A reply's '> European Allies and Canada increased spending by 17.9% in real terms in 2024', then its
    correction: a block quoting, word for word, what the document already said is that text cited again to be
    answered, no statement of its own (its figures stay those of the sentence it quotes)."""
    line_start = text.rfind("\n", 0, block.span.start) + 1  # the block starts past its first line's quote marker
    lines = text[line_start : block.span.end].splitlines()
    if not lines or not all(QUOTE_MARK.match(line) for line in lines):
        return False
    quoted = " ".join(" ".join(QUOTE_MARK.sub("", line).split()) for line in lines).strip()
    return bool(quoted) and quoted in " ".join(text[: block.span.start].split())


# A line of labelled fields ('**Released:** 6 May 2025 · **Runtime:** 38:52 · **Hosts:** …'): its fields set apart
# by a middle dot or a bar, each an emphasised label and its value.
FIELD_BREAK = re.compile(r"\s[·|]\s")
FIELD = re.compile(r"^(?:\*\*|__)(?P<label>[^*_:]{1,40}?):?(?:\*\*|__):?\s*(?P<value>.*)$")


def _dated_fields(sentence: str) -> bool:
    """A line of two labelled fields or more, one of them the document's date ('**Released:** 6 May 2025'), or of two
    fields or more one of which is a date alone ('**Issue 186 · Friday 27 June 2025 · 5-minute read**', '*By Katarzyna
    Lindqvist · 10 July 2025 · 6 min read*'): the page's furniture, no event it states."""
    parts = [part.strip() for part in FIELD_BREAK.split(sentence.strip())]
    table_row = sentence.lstrip().startswith("|")  # '| Initial operating capability | July 2017 | June 2021 |'
    if len(parts) > 1 and not table_row and any(map(_a_date_alone, parts)):
        return True
    fields = [FIELD.match(part) for part in parts]
    if len(parts) < 2 or not all(fields):  # one field alone is a dateline of its own (above)
        return False
    dateline_words = cues().dateline_words
    for field in filter(None, fields):
        words = [fold(word) for word in field.group("label").split()]
        if dateline_words.ending_at(words, len(words)) and FULL_DATE.search(field.group("value")):
            return True
    return False


def _a_date_alone(field: str) -> bool:
    """'Friday 27 June 2025', 'Friday, 21 March 2025', '10 Aug 2025', 'Published 20 June 2025', 'Updated 21 June 2025':
    a field giving a date and nothing else but its day of the week or the word saying what the page had done then."""
    words = field.strip(DATELINE_MARKS + " ").split(maxsplit=1)
    table = cues()
    label = [fold(words[0].rstrip(","))] if words else []
    if len(words) > 1 and (words[0].rstrip(",") in table.raw.day_names or _labels_a_date(label)):
        field = words[1]
    text = field.strip(DATELINE_MARKS + " ").rstrip(".")
    date = FULL_DATE.fullmatch(text)
    return date is not None and fold(date.group("month") or date.group("month2") or "") in cues().months


def furniture(sentence: str, paragraph: str) -> bool:
    """A dateline, a line of fields or a reference, the sentence alone or the paragraph it is part of (a reference's
    parts, set apart by full stops, are read as sentences): it states no date."""
    return is_dateline(sentence) or is_reference(sentence) or is_reference(paragraph)


def _labels_a_date(words: list[str]) -> bool:
    table = cues()
    return bool(table.dateline_words.ending_at(words, len(words)) or table.procedure_words.ending_at(words, len(words)))


def is_dateline(sentence: str) -> bool:
    """'*Posted on Mediterranean Security Notes, 5 September 2025*', '*Analysis — 2 December 2025*', '*Fact sheet,
    April 2025.', a publisher's line and then 'Tallinn, 18 June 2024': a label and the date closing it, set in italics
    or on a line of its own under lines without figures, dates the document or the source it names, no event it
    states ('*Updated after The Hague Summit of 24-25 June 2025.*' dates the summit), a time of day after its date
    or not ('*This page was last edited on 2 June 2025, at 14:07.*'), the italics opened sentences before it or not
    ('*… uncorrected transcript. Wednesday 21 May 2025, 14:00.*'); so does a line of fields giving the document's
    date ('**Released:** 6 May 2025 · **Runtime:** 38:52', 'Issue 186 · Friday 27 June 2025 · 5-minute read')."""
    if _dated_fields(sentence):
        return True
    *above, line = sentence.strip().splitlines() or [""]
    if any(character.isdigit() for character in "".join(above)):
        return False
    text = line.strip()
    emphasised = text.startswith(tuple(DATELINE_MARKS)) and not text[1:2].isspace()  # '* item' is a list item
    # '*House of Representatives … uncorrected transcript. Wednesday 21 May 2025, 14:00.*': the last sentence of an
    # italic line the emphasis opened sentences before
    emphasised = emphasised or text.endswith(tuple(DATELINE_MARKS))
    if not (above or emphasised):
        return False
    text = CLOCK_TIME.sub("", text.strip(DATELINE_MARKS + " ").rstrip(".").rstrip(DATELINE_MARKS + " "))
    date = next((m for m in FULL_DATE.finditer(text) if m.end() == len(text)), None)
    if date is None or fold(date.group("month") or date.group("month2") or "") not in cues().months:
        return False
    label = text[: date.start()].strip()
    if any(character.isdigit() for character in label) or len(label.split()) > DATELINE_LABEL_WORDS:
        return False
    words = [fold(word) for word in label.split()]
    weekday = label.rstrip(",") in cues().raw.day_names  # 'Wednesday 21 May 2025, 14:00'
    dated = bool(cues().dateline_words.ending_at(words, len(words)))
    return not label or weekday or label.endswith(DATELINE_BREAKS) or dated


REFERENCE_NUMBER = re.compile(r"^\s*\[?\d{1,3}[.)\]]?\s+")
NOTE_MARK = re.compile(r"^\s*\[\d{1,3}\]\s+")  # '[2] NATO, …': an entry of a list of numbered notes
REFERENCE_MIN_PARTS = 2  # a publisher and a title at least
YEAR_WORD = re.compile(r"(?:19|20)\d\d")
LOCATOR_WORDS = 2  # 'paragraph 14'
DATE_WORDS = 2  # 'June 2025', after its day if any
DAY_DIGITS = 2
LOCATOR_PART_WORDS = 3  # words, at most, of a part saying what kind of document it is or where in it
# A title in quotation marks ('"Poland signs deal for 96 Apache helicopters".'): a name, as an italic one is.
QUOTED_TITLE = re.compile(r'"[^"\n]+"|“[^”\n]+”')
REFERENCE_PARTS = re.compile(r",|\.\s")  # 'NATO, *Title*, June 2024.', '"Title". Reuters. 13 August 2024.'
REFERENCE_END = re.compile(r"(?:19|20)\d\d\)?\.?$")
# A title set in italics in a reference ('*Defence Expenditure of NATO Countries (2014–2024)*', '*Ustawa o obronie
# Ojczyzny*'): a name, whatever its words and its language.
ITALIC_TITLE = re.compile(r"(?<![*\w])\*(?!\s)[^*]+(?<!\s)\*(?![*\w])|(?<![_\w])_(?!\s)[^_]+(?<!\s)_(?![_\w])")
REFERENCE_SMALL_WORDS = frozenset({"of", "in", "and", "the", "for", "on", "to", "a", "at", "from", "by", "et", "al"})


LABEL_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _dates_its_value(sentence: str) -> bool:
    """'Personnel (January 2025): c. 205,000', 'Fiscal year: 1 January – 31 December': a box's line whose value names
    no year of its own — the months and days it names date its figure or say when a year runs, no event ('Adopted:
    11 March 2022' is one)."""
    return bool(LABELLED_FIGURE.match(sentence)) and not LABEL_YEAR.search(sentence.split(":", 1)[1])


def _keep_restated(facts: dict[str, Fact], before: set[str], heading: Heading | None, line_start: int) -> None:
    """'Read more: Inside Sweden's SEK 300 billion rearmament loan': a headline of the item above it restates the item's
    figures; each of its figures (those not in `before`) is the item's own as the item states it (its period), and a
    figure the item does not state of the same subject is left out, no year placing it."""
    item_start = heading.start if heading is not None else 0
    item = [
        fact
        for fact in facts.values()
        if fact.citation.span is not None and item_start <= fact.citation.span.start < line_start
    ]
    for key in [key for key in facts if key not in before]:
        fact = facts[key]
        if fact.value is None:
            continue
        stated = [other for other in item if _the_same_figure(other, fact)]
        if stated:
            facts[key] = fact.model_copy(update={"period": stated[-1].period})
        else:
            del facts[key]


def _the_same_figure(stated: Fact, restated: Fact) -> bool:
    """The same figure of the same subject: its value, unit, currency and scale."""
    return (stated.subject, stated.value, stated.unit, stated.currency, stated.scale) == (
        restated.subject,
        restated.value,
        restated.unit,
        restated.currency,
        restated.scale,
    )


def is_reference(sentence: str) -> bool:
    """'4 NATO, Wales Summit Declaration, 5 September 2014.', '7 European Defence Agency, Defence Data 2023–2024
    (December 2024).', '1. NATO, *Defence Expenditure of NATO Countries (2014–2024)*, June 2024.': a footnote's or a
    bibliography's entry — a publisher, a title and a date, parts set apart by commas or full stops ('7. "Poland signs
    deal for 96 Apache helicopters". Reuters. 13 August 2024.'), each written as a name is (every word capitalised but
    the small ones, a title in italics or quotation marks whatever its words) — dates the source it names, no event it
    states ('NATO figures for 2024 are estimates' is a sentence)."""
    numbered = bool(NOTE_MARK.match(sentence))
    text = ITALIC_TITLE.sub("Title", REFERENCE_NUMBER.sub("", sentence.strip(), count=1))
    text = QUOTED_TITLE.sub("Title", text)
    parts = [part.strip() for part in REFERENCE_PARTS.split(text.rstrip("."))]
    if len(parts) < REFERENCE_MIN_PARTS or not all(parts) or not _written_as_a_name(parts[0].split()[0]):
        return False
    if not numbered:
        return bool(REFERENCE_END.search(text)) and all(all(map(_written_as_a_name, p.split())) for p in parts)
    # '[2] NATO, Defence Expenditure …, press release, 17 June 2024.', '[1] NATO, Wales Summit Declaration, September
    # 2014, paragraph 14.': a numbered note's entry may say in plain words what kind of document it names and where
    # in it, around its date
    dated = any(REFERENCE_END.search(part) for part in parts)
    return dated and all(all(map(_written_as_a_name, p.split())) or _kind_or_locator(p) for p in parts)


def _kind_or_locator(part: str) -> bool:
    """'press release', 'statement of June 2025', 'accessed 2 May 2025', 'paragraph 14': a few plain words saying
    what kind of document a note names, maybe its date, or where in it — no figure of a statement."""
    words = part.split()
    if len(words) == LOCATOR_WORDS and words[0] in cues().raw.reference_locators and words[1].isdigit():
        return True
    plain = _undated(words)
    return len(plain) <= LOCATOR_PART_WORDS and all(word.isalpha() and word.islower() for word in plain)


def _undated(words: list[str]) -> list[str]:
    """The words of a part before the date that ends it ('statement of June 2025': 'statement of')."""
    if len(words) < DATE_WORDS or not YEAR_WORD.fullmatch(words[-1]) or fold(words[-2]) not in cues().months:
        return words
    day = len(words) > DATE_WORDS and words[-3].isdigit() and len(words[-3]) <= DAY_DIGITS
    return words[: -DATE_WORDS - 1] if day else words[:-DATE_WORDS]


def _written_as_a_name(word: str) -> bool:
    core = word.strip("()[]\"“”'‘’").rstrip(".")
    return not core or core[:1].isupper() or core[:1].isdigit() or core in REFERENCE_SMALL_WORDS


def _asked(sentence: str, reader: SentenceReader, *, turn: bool) -> bool:
    """A question a speaker asks ('HOST: Is five percent realistic?') or a written one ('To ask …'); a written
    question's one year is what the table answering it is of ('… in the 12 months to 31 December 2024')."""
    table = cues()
    # 'I simply want to know how much of our Ukraine support … and whether it comes on top of the 2%.': a speaker
    # saying what they want to know asks it, whatever the sentence's last mark
    said_asking = sentence.rstrip(" *").endswith("?") or table.asking_phrases.within(reader.words, 0, len(reader.words))
    return (turn and said_asking) or bool(table.question_openers.starting_at(reader.words, 0))


def extract_open_facts(document: Document, prose: ProseDocument) -> list[Fact]:
    return OpenExtractor(document, prose).run()


def _span_of_years(period: str | None) -> bool:
    """'2024-2030': a span of several whole years, not one year nor a fiscal year ('2025-26')."""
    first, _, last = (period or "").partition("-")
    return len(first) == len(last) == len("2024") and first.isdigit() and last.isdigit() and int(last) > int(first) + 1


def _same_rank(fact: Fact, ranked: Fact) -> bool:
    return (fact.subject, fact.measure, fact.period, fact.value) == (
        ranked.subject,
        ranked.measure,
        ranked.period,
        ranked.value,
    )


def _event_dated(reader: SentenceReader, stated: Stated) -> bool:
    """'the EUR 100 billion special fund agreed in 2022': the figure's year is its thing's event's, after it."""
    return dated_by_an_event(reader, stated.figure, stated.period)


def _statements_told(
    extractor: OpenExtractor,
    reader: SentenceReader,
    statements: list[Stated],
    citation: Citation,
    source: str | None,
    span: Span,
) -> Told:
    """Each statement of a sentence added as a fact; what they leave for the sentences after: the last subject
    leading one, the period they spoke of, the first period not a deadline's or a goal's, an event's year."""
    told = Told()
    for stated in statements:
        extractor._remember(stated)
        for subject in stated.subjects:
            extractor._add(reader, extractor._as_claimed(reader, stated, subject, span), subject, citation, source)
        if stated.leads:
            told.subject = stated.subjects[-1]
        if _event_dated(reader, stated):
            told.event_year = told.event_year or stated.period  # 'that year' after it points back at it
            continue  # 'the fund agreed in 2022': the fund's year, not the time the sentences after speak of
        if restates_an_earlier_value(reader.words, stated.figure):
            continue  # 'up from €6.1 billion in 2022': the value's year
        if compared_figure(reader, reader.values.index(stated.figure)):
            continue  # '40% larger than the €295 billion of the 2019–2025 law': the base's years, not the sentence's
        told.period = told.period or stated.period
        told.spoken = told.spoken or _spoken_of(stated)
    return told
