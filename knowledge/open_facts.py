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
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter

from knowledge.cues import cues, fold
from knowledge.doc_context import document_year, heading_before, headings, is_heading_block
from knowledge.entities import EntityKind, entity_tables
from knowledge.figures import FigureKind
from knowledge.frames import document_frame, lead_blocks
from knowledge.models import Block, Citation, Document, Fact, Span, Unit
from knowledge.prose_tables import region_of, table_facts, table_regions
from knowledge.readers.prose import LIST_ITEM, ProseDocument
from knowledge.sentence import GOAL_QUALIFIERS, Context, Goal, SentenceReader, Stated
from knowledge.sentence_reading import SUBJECT_REACH
from knowledge.speech import Said, bare_quotation, said_in

PERSON_AFTER_TITLE = re.compile(r"(?P<title>[\w-]+)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")
SPEAKER_TURN = re.compile(r"^\**[A-Z][A-Z .'’-]{0,40}:\**\s")  # "HOST: …", "LINDQVIST: …", "Q: …", "**Q: …**"
SHORT_CLAUSE = 4  # words: a list item's clause ("3.43%") is shown with the name before it
DOMINANT_SUBJECT_MINIMUM = 2  # sentences naming a subject before it counts as the document's
DOMINANT_COUNTRY_MINIMUM = 3  # sentences naming a country before it counts as the document's, when no one dominates
DOMINANT_PERIOD_MINIMUM = 3  # figures stating the same year before that year counts as the document's
HEADLINE_GAP = 4  # characters after a heading where a blank line would set it apart from its paragraph
HEADLINE_FIGURES = frozenset({FigureKind.MONEY, FigureKind.PERCENT})
# Figures that say nothing of which year a document is about: counts tell its history as often as its news ('only
# three of them in 2014', 'ten years in a row').
UNVOTED_FIGURES = frozenset({FigureKind.COUNT})
KIND_UNITS = {
    "share_of_gdp": Unit.PERCENT_OF_GDP,
    "share_of_total": Unit.PERCENT,
    "change": Unit.PERCENT,
    "other": Unit.PERCENT,
    "money": Unit.MONEY,
    "count": Unit.COUNT,
    "date": Unit.DATE,
    "rank": Unit.RANK,
}


def people_named(text: str) -> dict[str, str]:
    """'Secretary-General Mark Rutte' anywhere in the text: a later 'Rutte' is Mark Rutte."""
    roles = cues().role_words | cues().role_modifiers
    people: dict[str, str] = {}
    for match in PERSON_AFTER_TITLE.finditer(text):
        if fold(match.group("title")) in roles:
            people[match.group("name").split()[-1]] = match.group("name")
    return people


def _dominant(counts: Counter[str], minimum: int) -> str | None:
    """The name counted in more than half of all counts, and `minimum` times at least."""
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    return name if count * 2 > counts.total() and count >= minimum else None


def fact_id(*parts: object) -> str:
    return hashlib.sha256("|".join(str(part) for part in parts).encode()).hexdigest()[:16]


class OpenExtractor:
    def __init__(self, document: Document, prose: ProseDocument) -> None:
        self.document = document
        self.prose = prose
        self.year = document_year(document, prose)
        self.headings = headings(prose)
        self.facts: dict[str, Fact] = {}
        self.context = Context()
        self.subject: str | None = None
        self.people: dict[str, str] = {}
        self.readers: dict[int, SentenceReader] = {}
        self.stated_period: str | None = None
        self.goal_deadlines: dict[tuple[str, float], str] = {}
        self.previous_block = ""
        self.spoken_period: str | None = None  # the last period a sentence of this paragraph spoke of
        self._recent: list[frozenset[str]] = []  # entities each of the last few sentences names
        self._heading_names: frozenset[str] = frozenset()  # entities the section heading and the title name
        self._title_names: frozenset[str] = frozenset()

    def run(self) -> list[Fact]:
        self.people = people_named(self.prose.text)
        title = SentenceReader(self.document.title, Context(), self.year)
        # 'NATO leaders agree 5% pledge', "Canada's defence minister on …": a title's aside still says what
        # the document is about
        self.subject = title.sentence_subject() or next((m.name for m in title.mentions if not m.source), None)
        self._title_names = self._heading_names = frozenset(mention.name for mention in title.mentions)
        self.context.subject = self.subject
        self.context.section_subject = self.subject
        self.context.gdp_shares = "gdp" in self.prose.text.casefold()
        self.stated_period = self._stated_period()
        self.context.document_period = self._main_period()
        self.context.document_subject = self._frame() or self._main_subject()
        self.goal_deadlines = self._goal_deadlines()
        regions = table_regions(self.prose)
        done: set[int] = set()
        for block in self.prose.blocks:
            region = region_of(regions, block)
            if region is not None:
                if region.start not in done:
                    done.add(region.start)
                    self._enter(block)
                    number = len(done)
                    period = self._table_period()
                    subject = self.context.subject or self._document_subject_named()
                    for fact in table_facts(self.document, self.prose, region, number, period, subject):
                        self.facts.setdefault(fact.id, fact)
                continue
            if block.noise:
                continue
            self._enter(block)
            if block.index > 1 and is_heading_block(self.prose, block) and not self._headline(block):
                self._passed(block)  # a section heading names the section; its words are not a statement
                continue
            self._paragraph(block)
        return list(self.facts.values())

    def _document_subject_named(self) -> str | None:
        """Whom the document is about, when the sentences just before, the heading or the title name it."""
        subject = self.context.document_subject
        return subject if subject in self.context.named_recently else None

    def _table_period(self) -> str | None:
        """A table's year when its header names none: the year the sentence before it speaks of (the end of a
        range: 'the change from 2023 to 2024' heads a table of 2024), else the document's."""
        before = self.context.sentence_period
        if before and "-" in before and before.rsplit("-", 1)[1].isdigit() and len(before.rsplit("-", 1)[1]) == 4:
            return before.rsplit("-", 1)[1]
        return before or self._period_default()

    def _reader(self, span: Span, context: Context) -> SentenceReader:
        """A sentence's reading: its words, figures and names are read once; the context is the caller's."""
        reader = self.readers.get(span.start)
        if reader is None:
            reader = self.readers[span.start] = SentenceReader(self.prose.quote(span), context, self.year)
        reader.context = context
        return reader

    def _stated_period(self) -> str | None:
        """The period the document says it is about: its catalog period, or a year in its title."""
        if self.document.default_period and self.document.default_period[:1].isdigit():
            return self.document.default_period
        title_years = [int(y.value) for y in SentenceReader(self.document.title, Context(), self.year).years]
        return str(title_years[0]) if title_years else None

    def _main_period(self) -> str | None:
        """The period the document is about: a year in its title, else the one most of its figures are for — a year
        after the document's own only when most of them are (a newsletter's plans for 2027 do not make it about 2027:
        its undated figures are then of the year it was written in)."""
        if self.stated_period:
            return self.stated_period
        counts: Counter[str] = Counter()
        for block in self.prose.blocks:
            if block.noise:
                continue
            for span in block.sentences:
                reader = self._reader(span, Context())
                for index, figure in enumerate(reader.values):
                    period, deadline = reader.period_for(index)
                    if period and not deadline and figure.kind not in UNVOTED_FIGURES:
                        counts[period] += 1
        if not counts:
            return None
        period, count = counts.most_common(1)[0]
        if count * 2 >= counts.total() and count >= DOMINANT_PERIOD_MINIMUM:
            self.stated_period = period  # most of the document's own figures say which year it is about
            return period
        return None if self._ahead(period) else period

    def _main_subject(self) -> str | None:
        """Whom the document is about: the subject named by more than half of the sentences that name one (and by
        two at least); else no one."""
        counts: Counter[str] = Counter()
        for block in self.prose.blocks:
            if block.noise:
                continue
            for span in block.sentences:
                subject = self._reader(span, Context()).sentence_subject()
                if subject:
                    counts[subject] += 1
        subject = _dominant(counts, DOMINANT_SUBJECT_MINIMUM)
        if subject:
            return subject
        # 'NATO's estimates put Poland at 4.12%', 'allies agreed …': in a national brief the alliance or the Union is
        # the frame a country's figures are reported in; the one country most of its country-naming sentences name
        # is whom it is about
        tables = entity_tables()
        countries = Counter({name: n for name, n in counts.items() if tables.kind(name) == EntityKind.COUNTRY})
        return _dominant(countries, DOMINANT_COUNTRY_MINIMUM)

    def _frame(self) -> str | None:
        """The one country the document is about (`knowledge.frames`): named by its title, headings and opening
        paragraphs, its country-naming sentences and the currency of its amounts."""
        headed = set(self._title_names)
        for heading in self.headings:
            headed.update(m.name for m in SentenceReader(heading.text, Context(), self.year).mentions if not m.source)
        lead = [
            m.name
            for block in lead_blocks(self.prose, self.headings)
            for span in block.sentences
            for m in self._reader(span, Context()).mentions
            if not (m.source or m.aside or m.weak)
        ]
        sentences: Counter[str] = Counter()
        currencies: Counter[str] = Counter()
        for block in self.prose.blocks:
            for span in [] if block.noise else block.sentences:
                reader = self._reader(span, Context())
                sentences.update({m.name for m in reader.mentions if not m.source})
                currencies.update(f.currency for f in reader.values if f.kind is FigureKind.MONEY and f.currency)
        return document_frame(headed, lead, sentences, currencies)

    def _period_default(self) -> str | None:
        return self.context.paragraph_period or self.context.document_period or self._fallback_period()

    def _fallback_period(self) -> str | None:
        if self.document.default_period:
            return self.document.default_period
        return str(self.year) if self.year else None

    def _enter(self, block: Block) -> None:
        heading = heading_before(self.headings, block.span.start)
        if heading is not self.context.heading:
            self.context.heading = heading
            reader = SentenceReader(heading.text, Context(), self.year) if heading else None
            self._heading_names = self._title_names | frozenset(m.name for m in (reader.mentions if reader else []))
            self.context.subject = (reader.sentence_subject() if reader else None) or self.subject
            self.context.section_subject = self.context.subject
            years = reader.years if reader else []
            self.context.heading_period = str(int(years[0].value)) if years else None
        self.context.paragraph_period = None
        self.spoken_period = None
        # Without a pronoun, a new paragraph speaks of its section's subject, not the last one of another
        # paragraph — except a dialogue turn ("LINDQVIST: …"), which answers the turn before it.
        text = self.prose.text[block.span.start : block.span.end]
        if not SPEAKER_TURN.match(text) and not self._continues_list(block, text) and not self._title_shared(heading):
            self.context.paragraph_subject = self.context.section_subject or self.subject
        self.previous_block = text
        if is_heading_block(self.prose, block):
            self.context.paragraph_period = self.context.heading_period

    def _headline(self, block: Block) -> bool:
        """'3. SAFE: EUR 150 BILLION IN LOANS' right above its paragraph, with no blank line: a headline stating an
        amount or a percentage, read as a statement (a section number or a year alone is not one, nor is a heading
        standing apart: 'The rest of the 2% club')."""
        after = self.prose.text[block.span.end : block.span.end + HEADLINE_GAP]
        rest = after.replace("\r", "")
        if not block.sentences or not rest.startswith("\n") or rest.startswith("\n\n"):
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

    def _paragraph(self, block: Block) -> None:
        turn = bool(SPEAKER_TURN.match(self.prose.text[block.span.start : block.span.end]))
        for number, span in enumerate(block.sentences, start=1):
            sentence = self.prose.quote(span)
            # 'HOST: Is five percent realistic for everyone?': a question a speaker asks states no figure, except
            # the goal it names ('Q: How many allies met the 2% guideline?')
            asked = turn and sentence.rstrip(" *").endswith("?")
            reader = self._reader(span, self.context)
            citation = Citation(
                document=self.document.id,
                locator=f"paragraph {block.index}, sentence {number}",
                quote=sentence,
                span=span,
            )
            source = reader.cited_source()
            last_subject = None
            last_period: str | None = None
            spoken: str | None = None  # the first period of a statement that is not a deadline or a goal's
            statements = reader.statements()
            if asked:
                statements = [stated for stated in statements if not stated.leads]
            for stated in statements:
                self._remember(stated)
                for subject in stated.subjects:
                    self._add(reader, stated, subject, citation, source)
                if stated.leads:
                    last_subject = stated.subjects[-1]
                last_period = last_period or stated.period
                spoken = spoken or _spoken_of(stated)
            figure_subjects = {stated.figure.start: stated.subjects[-1] for stated in statements}
            goal_periods = frozenset(s.period for s in statements if "target" in s.qualifiers and self._ahead(s.period))
            for stated in reader.dates(figure_subjects, goal_periods):
                self._add(reader, stated, stated.subjects[0], citation, source)
            self._speech(sentence, citation)
            named = reader.sentence_subject()
            self.context.age = 0 if named else self.context.age + 1
            self._recent.append(frozenset(mention.name for mention in reader.mentions))
            del self._recent[:-SUBJECT_REACH]
            self.context.named_recently = frozenset().union(*self._recent, self._heading_names)
            self.context.subject = last_subject or named or self.context.subject
            self.context.paragraph_subject = last_subject or reader.sentence_subject() or self.context.paragraph_subject
            own = spoken or (None if last_period else reader.sentence_period())
            self.context.sentence_period = own or last_period
            self.context.sentence_deadline = own is None and last_period is not None
            if own:
                self.spoken_period = own

    def _passed(self, block: Block) -> None:
        """A heading read past: it is one of the sentences a subject is carried across (and may name one)."""
        names = frozenset(m.name for span in block.sentences for m in self._reader(span, Context()).mentions)
        self.context.age = 0 if names else self.context.age + 1
        self._recent.append(names)
        del self._recent[:-SUBJECT_REACH]
        self.context.named_recently = frozenset().union(*self._recent, self._heading_names)

    def _speech(self, sentence: str, citation: Citation) -> None:
        """Who said what: a fact of the speaker, its text the words said (a quotation keeps its speaker)."""
        said = said_in(sentence)
        quotation = bare_quotation(sentence) if not said else None
        if quotation and self.context.speaker:
            said = [Said(self.context.speaker, quotation)]
        for item in said:
            names = item.speaker.split()
            if len(names) > 1:
                self.people[names[-1]] = item.speaker  # "Rutte" later is "Mark Rutte"
            person = self.people.get(item.speaker, item.speaker)
            speaker = SentenceReader(person, Context(), self.year).sentence_subject() or person
            self.context.speaker = item.speaker
            key = fact_id(self.document.id, citation.span, "said", speaker, item.what)
            self.facts.setdefault(
                key,
                Fact(
                    id=key,
                    subject=speaker,
                    measure="open:said",
                    unit=Unit.TEXT,
                    text=item.what,
                    citation=citation,
                    measure_text="said",
                    measure_kind="said",
                    open_only=True,
                ),
            )

    def _ahead(self, period: str | None) -> bool:
        """A year after the document's own: when a goal is still to be met."""
        return bool(period and period[:4].isdigit() and self.year and int(period[:4]) > self.year)

    def _remember(self, stated: Stated) -> None:
        if stated.figure.kind is FigureKind.MONEY and stated.figure.currency:
            self.context.currency = stated.figure.currency
        goal = {"deadline", "target"} & set(stated.qualifiers)
        if stated.kind == "share_of_gdp" and goal and stated.period and self._ahead(stated.period):
            self.context.goal = Goal(stated.subjects[-1], stated.figure.value, stated.period)

    def _goal_deadline(self, subject: str, level: float) -> str | None:
        """A goal stated with no deadline ('NATO leaders back 5% goal', 'the 3.5% core target'): the deadline the
        document gives a goal of that level of the same subject, else of the alliance's ('5% of GDP by 2035'); else
        none — a goal or threshold with no deadline is not a figure of any year."""
        guideline = cues().raw.guideline_subject
        return self.goal_deadlines.get((subject, level)) or self.goal_deadlines.get((guideline, level))

    def _goal_deadlines(self) -> dict[tuple[str, float], str]:
        """Every share-of-GDP level the document sets a deadline for, ahead of its date, by subject and level."""
        found: dict[tuple[str, float], str] = {}
        for block in self.prose.blocks:
            if block.noise:
                continue
            for span in block.sentences:
                for stated in self._reader(span, Context()).statements():
                    if stated.kind == "share_of_gdp" and "deadline" in stated.qualifiers and self._ahead(stated.period):
                        for subject in stated.subjects:
                            found.setdefault((subject, stated.figure.value), str(stated.period))
        return found

    def _period(self, stated: Stated, reader: SentenceReader, subject: str) -> str | None:
        if stated.period is None and set(stated.qualifiers) & GOAL_QUALIFIERS and stated.kind == "share_of_gdp":
            return self._goal_deadline(subject, stated.figure.value)
        if stated.period:
            return stated.period
        told = self._told_before(reader)
        return told or self.context.heading_period or self._told_now(reader) or self._period_default()

    def _told_now(self, reader: SentenceReader) -> str | None:
        """'It is also buying 12 F-35A jets': a sentence naming no time, told in the present, speaks of the year the
        document was written in — not of the year most of its figures are of, unless the document says which year
        it is about (its catalog period or its title) or most of its figures are of one year."""
        if self.stated_period or self.year is None or not reader.told_now():
            return None
        return str(self.year)

    def _told_before(self, reader: SentenceReader) -> str | None:
        """'NATO's estimates … showed 23 of 32 allies at or above 2% that year. Poland led at 4.12%': a sentence
        naming no time of its own, told in the past, speaks of the past year the sentences before it in its
        paragraph spoke of (not of a year still going on or to come, nor in the present: 'The UK pays around 11%')."""
        period = self.spoken_period
        if not (period and period.isdigit() and self.year and int(period) < self.year):
            return None
        return period if reader.told_in_past() else None

    def _period_recognised(self, stated: Stated) -> bool:
        """The period was stated: by the sentence, its section heading, or the document's catalog or title."""
        return stated.period is not None or bool(self.context.heading_period or self.stated_period)

    def _add(
        self, reader: SentenceReader, stated: Stated, subject: str, citation: Citation, source: str | None
    ) -> None:
        figure = stated.figure
        period = self._period(stated, reader, subject)
        currency = figure.currency or (self.context.currency if figure.kind is FigureKind.MONEY else None)
        first, last = stated.clause
        if last - first < SHORT_CLAUSE and figure in reader.values:
            first = min(first, reader.region(reader.values.index(figure))[0])  # "Estonia (3.43%": keep the name
            last = min(len(reader.tokens), max(last, figure.end + 1))
        start = reader.tokens[first].start if first < len(reader.tokens) else 0
        end = reader.tokens[last - 1].end if last > 0 else len(reader.text)
        measure_text = reader.text[start:end].lstrip(" ,;:)").rstrip(" ,;:(")
        first_token = _day_and_month_before(reader, figure.start) if stated.kind == "date" else figure.start
        text = reader.text[reader.tokens[first_token].start : reader.tokens[figure.end - 1].end]
        key = fact_id(self.document.id, citation.span, figure.start, subject, stated.kind, figure.value, period)
        fact = Fact(
            id=key,
            subject=subject,
            measure=f"open:{stated.kind}",
            value=figure.value,
            total=figure.total,
            unit=Unit.TIMES if figure.kind is FigureKind.MULTIPLE else KIND_UNITS[stated.kind],
            currency=currency,
            scale=figure.scale,
            text=text,
            period=period,
            estimate="estimate" in stated.qualifiers,
            qualifiers=tuple(stated.qualifiers),
            citation=citation,
            measure_text=measure_text,
            measure_kind=stated.kind,
            recognised=stated.recognised and self._period_recognised(stated),
            cited_source=source,
            open_only=True,
        )
        self.facts.setdefault(key, fact)


MAX_DAY_DIGITS = 2


def _spoken_of(stated: Stated) -> str | None:
    """The time a statement speaks of, for the sentences after it: not a deadline ('5% by 2035. It is also buying
    12 F-35A jets': the jets are not of 2035)."""
    return None if "deadline" in stated.qualifiers else stated.period


def _is_day(word: str) -> bool:
    return word.isdigit() and len(word) <= MAX_DAY_DIGITS


def _day_and_month_before(reader: SentenceReader, start: int) -> int:
    """Where a date's text begins: '2 June 2025', 'June 2, 2025' and 'April 2026' are stated whole."""
    months = cues().months
    words = reader.words
    position = start - 1 if start >= 1 and words[start - 1] == "," else start
    if position >= 2 and _is_day(words[position - 1]) and words[position - 2] in months:
        return position - 2  # June 2, 2025
    if position >= 1 and words[position - 1] in months:
        position -= 1
        return position - 1 if position >= 1 and _is_day(words[position - 1]) else position  # (2) June 2025
    return start


def extract_open_facts(document: Document, prose: ProseDocument) -> list[Fact]:
    return OpenExtractor(document, prose).run()
