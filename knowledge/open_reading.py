"""What the jobs of the open extractor share: the document, the reading of each of its sentences (read once), the
context carried from sentence to sentence, and the facts found so far.

`knowledge.open_facts.OpenExtractor` walks a document on top of it, with the readings of the whole document
(`knowledge.open_document`), of its sections and paragraphs (`knowledge.open_sections`), of a fact's period
(`knowledge.open_periods`), and the facts it records (`knowledge.open_records`) and the words people said
(`knowledge.open_speech`).
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import replace

from knowledge.ally_groups import groups_of_allies
from knowledge.chart_lists import ChartList, KeyFigures
from knowledge.cues import cues
from knowledge.doc_context import dated_lead, document_year, headings
from knowledge.figures import Figure, elided_counts, elided_percents
from knowledge.frames import national_country
from knowledge.mentions import Mention, redefined_abbreviations, without_possessive
from knowledge.models import Document, Fact, Span
from knowledge.named_things import ThingReader, thing_words
from knowledge.paragraph_guard import ParagraphGuard
from knowledge.readers.prose import ProseDocument
from knowledge.sentence import Context, SentenceReader
from knowledge.sentence_subjects import named_members


def things_nouns() -> frozenset[str]:
    return thing_words().bodies


def fact_id(*parts: object) -> str:
    return hashlib.sha256("|".join(str(part) for part in parts).encode()).hexdigest()[:16]


def one_year(years: list[Figure]) -> str | None:
    """The year a sentence names when it names one only (a fiscal year as the year it starts in)."""
    named = {year.value for year in years}
    return first_single_year(years) if len(named) == 1 else None


def first_single_year(years: list[Figure]) -> str | None:
    """The first year a title or heading names that is one year: a fiscal year ('2025-26') is read as the year it
    starts in, a span of several ('a timeline of NATO's pledges, 2006-2025') is no one year it is about."""
    for year in years:
        first, _, last = (year.period_text or "").partition("-")
        if not last or (first.isdigit() and last.isdigit() and int(last) % 100 == (int(first) + 1) % 100):
            return str(int(year.value))
    return None


class OpenReading:
    """One document being read: its sentences' readings, the context carried between them, and its facts."""

    def __init__(self, document: Document, prose: ProseDocument) -> None:
        self.document = document
        self.prose = prose
        self.year = document_year(document, prose)
        self.headings = headings(prose)
        self.facts: dict[str, Fact] = {}
        self.guard = ParagraphGuard(document)
        self.tables_read: set[int] = set()  # the tables already read, by where they start
        self.charts: list[ChartList | KeyFigures] = []  # the charts described in words and lists of key figures
        self.context = Context()
        self.subject: str | None = None
        self.people: dict[str, str] = {}
        # the fact of a quotation its attribution ends ('"…," Rutte wrote.'), which a bare quotation next may go on
        self.quotation_open: str | None = None
        self.turn_open = False  # a speaker's turn of a transcript is being read, its label paragraph or one after it
        self.readers: dict[int, SentenceReader] = {}
        self.footnote_subjects: dict[str, str] = {}  # whom the sentence citing each footnote was about, by its label
        # the entity list's names written as listed ('FRA') that this document gives a thing of its own
        self.redefined = redefined_abbreviations(prose.text)
        self.stated_period: str | None = None
        self.stated_currency: str | None = None  # the currency the document says its amounts are in
        self.goal_deadlines: dict[tuple[str, float], str] = {}
        self.move_ends: set[str] = (
            set()
        )  # levels a move started from or reached, naming no year ('from 1.64% to 2.12%')
        self.previous_block = ""
        self.arrowed_span: str | None = None  # the span the last heading joining two years by an arrow named
        self.arrowed_kinds: set[str] = set()  # the kinds of levels that span dated
        self.list_period: str | None = None  # the period the introduction of the list being read spoke of
        self.list_age: int | None = None  # how long ago the list being read's introduction named its subject
        self.spoken_period: str | None = None  # the last period a sentence of this paragraph spoke of
        self.asked_period: str | None = None  # the one year the section's written question asks about
        self.section_period: str | None = None  # the year the section heading names
        self.run_in: str | None = None  # the thing the paragraph's bold run-in heading names
        self._recent: list[frozenset[str]] = []  # entities each of the last few sentences names
        self._heading_names: frozenset[str] = frozenset()  # entities the section heading and the title name
        self._title_names: frozenset[str] = frozenset()
        # the country whose own currency names it, in a document on that country naming no other one
        self.currency_frame: str | None = None

    def _reader(self, span: Span, context: Context) -> SentenceReader:
        """A sentence's reading: its words, figures and names are read once; the context is the caller's."""
        reader = self.readers.get(span.start)
        # read first without the sentence before, a sentence whose bare number counts what that one counted ('In 2014
        # only three did'), or leaves out the sign of its percentage ('Latvia was at 3.15'), is read again with it
        if reader is None or _elided_after(reader, context):
            year = self._entry_years.get(span.start, self.year)
            # a document's lines labelled by codes ('DE: …') are read so whatever the context asking first
            codes = self.context.word_codes
            reading = context if context.word_codes == codes else replace(context, word_codes=codes)
            reader = self.readers[span.start] = SentenceReader(self.prose.quote(span), reading, year)
        reader.context = context
        listed = [m for m in reader.mentions if not m.unlisted and not self._redefined(reader, m)]
        listed = named_members(listed, reader.words, context.named_in_document)
        listed = groups_of_allies(listed, reader.tokens)
        thing_reader = ThingReader(reader.tokens, listed, context.things, context.subject)
        things = thing_reader.mentions(reader.values)
        listed = [replace(m, aside=True) if m.start in thing_reader.asides else m for m in listed]
        reader.mentions = sorted([*listed, *things], key=lambda mention: mention.start) if things else listed
        return reader

    def _redefined(self, reader: SentenceReader, mention: Mention) -> bool:
        """A name the document gave a thing of its own ('the FRA held …': the act, not France)."""
        return bool(self.redefined) and without_possessive(reader.tokens[mention.start].text) in self.redefined

    @functools.cached_property
    def _entry_years(self) -> dict[int, int]:
        """The year each sentence of a dated entry speaks from ('- **27 February 2022 – Germany:** … will create a
        fund'): 'this year', 'the previous year' and a bare '4–5 September' count from the entry's date, not the
        document's; by where the sentence starts."""
        years: dict[int, int] = {}
        for block in self.prose.blocks:
            lead = dated_lead(self.prose.text[block.span.start : block.span.end])
            if lead is not None:
                years.update((span.start, lead.year) for span in block.sentences)
        return years

    def _note_things(self, reader: SentenceReader) -> None:
        """The companies, units and places a sentence names that the entity list does not know, for the sentences
        after it to point back at ('the group', 'the brigade')."""
        things = self.context.things
        for name, noun in ThingReader(reader.tokens, reader.mentions, things).given():
            things.give(name, noun)
        for mention in reader.mentions:
            if mention.unlisted and mention.name and not (mention.aside or mention.local):
                noun = reader.words[mention.end - 1]
                things.give(mention.name, noun if noun in things_nouns() else None)

    def _named_by(self, reader: SentenceReader) -> frozenset[str]:
        """The entities a sentence names: its mentions, and the country framing the document when the sentence
        states an amount in its own currency ('the gap at £16.9 billion': the sentences after it speak of the United
        Kingdom too)."""
        names = frozenset(mention.name for mention in reader.mentions if not mention.local)
        own = any(national_country(figure.currency) == self.currency_frame for figure in reader.values)
        return names | {self.currency_frame} if self.currency_frame and own else names

    def _ahead(self, period: str | None) -> bool:
        """A year after the document's own: when a goal is still to be met."""
        return bool(period and period[:4].isdigit() and self.year and int(period[:4]) > self.year)

    def _names_goal_ahead(self, heading: str, year: str | None) -> bool:
        """'Meeting the 2035 spending target', written in 2025: a heading's year still ahead, beside a goal's word,
        is the goal's deadline, not the year its text speaks of."""
        words = set(re.findall(r"[a-z]+", heading.lower()))
        return self._ahead(year) and bool(words & cues().gdp_targets)

    def _period_default(self) -> str | None:
        return self.context.paragraph_period or self.context.document_period or self._fallback_period()

    def _fallback_period(self) -> str | None:
        if self.document.default_period:
            return self.document.default_period
        return str(self.year) if self.year else None


def _elided_after(reader: SentenceReader, context: Context) -> bool:
    """The sentence has a bare number standing for what the sentence before stated: a count, a percentage."""
    if context.count_noun and elided_counts(reader.tokens, reader.figures, context.count_noun):
        return True
    return context.percentage_before and bool(elided_percents(reader.tokens, reader.figures))
