"""What a whole document is about, read before its sentences are: the period it says it is about or most of its
figures are of, whom it is about (the one country of its frame, else the subject most of its sentences name), and
the deadlines it gives its share-of-GDP goals."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from knowledge.cues import Phrases, cues, fold
from knowledge.entities import EntityKind, entity_tables
from knowledge.figures import Figure, FigureKind, Token, tokenize
from knowledge.frames import currency_country, document_frame, frame_data, is_country, lead_blocks, summary_blocks
from knowledge.mentions import Mention, entity_mentions
from knowledge.models import Block, Span
from knowledge.named_things import ARTICLES, NOT_AFTER_SUBJECT, ThingReader, capitalised, published_by_company
from knowledge.open_reading import OpenReading, first_single_year
from knowledge.open_records import points_back
from knowledge.sentence import Context, SentenceReader, Stated
from knowledge.sentence_periods import bounds_a_plan

CURRENCY_STATEMENT_REACH = 6  # words from 'amounts' to the 'in' of 'are in Canadian dollars'
CURRENCY_WORDS_OFFSET = 2  # words allowed between that 'in' and the currency's words ('in current US dollars')
DOMINANT_SUBJECT_MINIMUM = 2  # sentences naming a subject before it counts as the document's
DOMINANT_COUNTRY_MINIMUM = 3  # sentences naming a country before it counts as the document's, when no one dominates
DOMINANT_PERIOD_MINIMUM = 3  # figures stating the same year before that year counts as the document's
# Figures that say nothing of which year a document is about: counts tell its history as often as its news ('only
# three of them in 2014', 'ten years in a row').
UNVOTED_FIGURES = frozenset({FigureKind.COUNT})
LETTERHEAD = re.compile(r"\*\*([^*]+)\*\*")  # a line set wholly in bold
LETTERHEAD_REACH = 400  # characters at a document's top its letterhead stands in
TRAILING_STOPS = ".,;:"
CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–"})  # marks a clause opens after ('…; of the total, …')
PLAIN_WHOLE_WORDS = 4  # words, at most, of the whole a company's share is of ('of group sales')
ISSUERS_FIGURES = frozenset({FigureKind.MONEY, FigureKind.PERCENT, FigureKind.COUNT})
THING_NAME_WORDS = 2  # capitalised words, at least, of a name a later 'the Fund' points back at


class ShortName(NamedTuple):
    """The name a thing's last word stands for ('Fund' → 'State Defence Fund'), and where the document first gives
    it: only a sentence after it can point back at it."""

    name: str
    given_at: int


def _dominant(counts: Counter[str], minimum: int) -> str | None:
    """The name counted in more than half of all counts, and `minimum` times at least."""
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    return name if count * 2 > counts.total() and count >= minimum else None


class DocumentReadings(OpenReading):
    """The period and the subject a document is about, and its goals' deadlines."""

    def _stated_period(self) -> str | None:
        """The period the document says it is about: its catalog period, or a year in its title (not a span of
        years)."""
        if self.document.default_period and self.document.default_period[:1].isdigit():
            return self.document.default_period
        title = SentenceReader(self.document.title, Context(), self.year)
        year = first_single_year(title.years)
        return None if self._names_goal_ahead(self.document.title, year) or self._plan_ahead(title, year) else year

    def _plan_ahead(self, title: SentenceReader, year: str | None) -> bool:
        """'Estonia to raise defence spending to at least 5% of GDP from 2026', written in 2025: a title's year, still
        ahead, that a plan starts from or is to be met by is the plan's, not the year the document speaks of."""
        named = next((figure for figure in title.years if year and int(figure.value) == int(year)), None)
        return named is not None and self._ahead(year) and bounds_a_plan(title, named)

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
                reader = self._reader(span, Context(counting_the_documents_period=True))
                for index, figure in enumerate(reader.values):
                    period, deadline = reader.period_for(index)
                    # '… around two-thirds of that': a part of a figure its sentence stated is no other figure of a year
                    voted = figure.kind not in UNVOTED_FIGURES and not points_back(reader, figure)
                    if period and not deadline and voted:
                        counts[period] += 1
        if not counts:
            return None
        period, count = counts.most_common(1)[0]
        if count * 2 >= counts.total() and count >= DOMINANT_PERIOD_MINIMUM:
            self.stated_period = period  # most of the document's own figures say which year it is about
            return period
        # a span reaching past the document's own year ('EDIP carries EUR 1.5 billion for 2025 to 2027') is a plan's
        # time, not what the document's undated figures are of
        ahead = self._ahead(period) or self._ahead(period.rsplit("-", 1)[-1])
        return None if ahead else self._recent_instead(counts, period)

    def _recent_instead(self, counts: Counter[str], period: str) -> str:
        """Of a document no year dominates, the most stated year is history when it is more than a year before the
        document's own (a post written in 2025 comparing 2014 with 2024): the most stated of the recent years is
        what its present speaks of, the later one of two stated as often."""
        if not (self.year and period[:4].isdigit() and int(period[:4]) < self.year - 1):
            return period
        recent = [(n, p) for p, n in counts.items() if p[:4].isdigit() and self.year - 1 <= int(p[:4]) <= self.year]
        return max(recent)[1] if recent else period

    def _stated_currency(self) -> str | None:
        """'All amounts in this release are in Canadian dollars': the currency the document says its amounts are in."""
        table = cues()
        for block in self.prose.blocks:
            for span in block.sentences:
                words = self._reader(span, Context()).words
                for start, word in enumerate(words):
                    if word in table.raw.currency_statement_nouns:
                        currency = _currency_after_in(words, start + 1)
                        if currency:
                            return currency
        return None

    def _title_subject(self, title: SentenceReader) -> str | None:
        """Whom the title says the document is about ('NATO leaders agree 5% pledge', "Canada's defence minister on
        …": a title's aside still says it), else whom the document says its figures are of."""
        named = title.sentence_subject() or next((m.name for m in title.mentions if not m.source), None)
        return named or self._scope_named()

    def _scope_named(self) -> str | None:
        """'Figures are for the 27 EU Member States unless stated otherwise': the entity a sentence opening on what
        the document's figures are, and holding a caveat, names before that caveat."""
        table = cues()
        caveats, nouns = _scope_caveats(), set(table.raw.currency_statement_nouns)
        for block in self.prose.blocks:
            for span in [] if block.noise else block.sentences:
                reader = self._reader(span, Context())
                words = reader.words[1:] if reader.words[:1] == ["all"] else reader.words
                caveat = next((at for at in range(len(reader.words)) if caveats.starting_at(reader.words, at)), None)
                if caveat is None or not words or words[0] not in nouns:
                    continue
                named = [m.name for m in reader.mentions if m.end <= caveat and not (m.weak or m.source or m.aside)]
                return named[0] if named else None
        return None

    def _strongly_named(self) -> frozenset[str]:
        """The entities the title or the text names by a name of their own, not only a weak one ('member states')."""
        title_tokens = tokenize(self.document.title)
        read = [(entity_mentions(title_tokens, cues()), [t.word for t in title_tokens])]
        for block in self.prose.blocks:
            read += [(reader.mentions, reader.words) for reader in map(self._reader_alone, block.sentences)]
        return frozenset(m.name for mentions, words in read for m in mentions if _own_name(m, words[m.start : m.end]))

    def _reader_alone(self, span: Span) -> SentenceReader:
        return self._reader(span, Context())

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

    def _issuer(self) -> str | None:
        """The company whose own release the document is: named issuing it by the title or the first sentence
        ('Brennmark Defence AG reports …', 'Saab today published its results'), else its publisher, a company by
        its legal form, as the text writes it ('Saab AB': 'Saab'). Its figures no sentence pins on another are the
        company's, whatever currency they are in and whichever customers it names."""
        things = self.context.things
        title = tokenize(self.document.title)
        first = next((span for block in self.prose.blocks if not block.noise for span in block.sentences), None)
        for tokens in (title, [] if first is None else self._reader(first, Context()).tokens):
            named = ThingReader(tokens, entity_mentions(tokens, cues()), things).issuer()
            if named:
                return named
        publisher = published_by_company(self.document.publisher, self.prose.text, things.proper)
        return publisher if publisher and self._states_its_own_figures(publisher) else None

    def _states_its_own_figures(self, name: str) -> bool:
        """A publisher is the company whose release the document is only when a sentence naming it states an amount,
        a percentage or a count ('Saab also received an order valued at around SEK 2.4 billion'); a newsletter's
        publisher is named in its footer only ('© 2025 Readiness Brief Ltd')."""
        for block in self.prose.blocks:
            for span in [] if block.noise else block.sentences:
                if name in self.prose.text[span.start : span.end]:
                    reader = self._reader(span, Context())
                    if any(figure.kind in ISSUERS_FIGURES for figure in reader.values):
                        return True
        return False

    def _frame(self) -> str | None:
        """The one country the document is about (`knowledge.frames`): named by its title, headings and opening
        paragraphs, its country-naming sentences and the currency of its amounts."""
        headed, summary = set(self._title_names), self._summary_countries()
        for heading in self.headings:
            headed.update(_whose(SentenceReader(heading.text, Context(), self.year), summary))
        letterhead = set() if any(map(is_country, headed)) else self._letterhead_countries()
        headed |= letterhead | summary
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
                sentences.update(_whose(reader, summary))
                currencies.update(f.currency for f in reader.values if f.kind is FigureKind.MONEY and f.currency)
        frame = document_frame(headed, lead, sentences, currencies)
        if frame in letterhead | summary:  # the letterhead or the summary names the country as a title would
            self._title_names = self._heading_names = self._title_names | {frame}
        if frame == currency_country(currencies) and _only_country(frame, sentences):
            self.currency_frame = frame
        return frame

    def _letterhead_countries(self) -> set[str]:
        """The country the body a document's letterhead names is of: a line set wholly in bold at its top, before any
        section ('**Seimas of the Republic of Lithuania**' under the minutes' title), standing for a title naming no
        country. Still a frame only as a title's country is: when most of the document's country-naming sentences
        name it."""
        first = next((h.start for h in self.headings if h.start > 0 and h.text.strip() != self.document.title), None)
        top = self.prose.text[: first if first is not None else LETTERHEAD_REACH][:LETTERHEAD_REACH]
        found: set[str] = set()
        for line in (LETTERHEAD.fullmatch(line.strip()) for line in top.splitlines()):
            mentions = SentenceReader(line.group(1), Context(), self.year).mentions if line else []
            found |= {m.name for m in mentions if is_country(m.name) and not (m.source or m.aside or m.weak)}
        return found

    def _summary_countries(self) -> set[str]:
        """The countries the document's opening summary names as a subject ('Dutch defence expenditure reached
        2.05% of GDP', under '## Summary of key findings'), not as a source, an aside or where money goes."""
        found: set[str] = set()
        for block in summary_blocks(self.prose, self.headings, self.document.title):
            for span in block.sentences:
                reader = self._reader(span, Context())
                found |= {m.name for m in _subjects_named(reader) if is_country(m.name) and not (m.aside or m.weak)}
        return found

    def _short_names(self) -> dict[str, ShortName]:
        """'the State Defence Fund' … 'the Fund received €562 million': the last word of each name of several
        capitalised words, after 'the', that the document gives a thing the entity list does not know -> that name
        (a word ending two such names points back at neither)."""
        found: dict[str, dict[str, int]] = {}
        for block in self.prose.blocks:
            for span in [] if block.noise else block.sentences:
                reader = self._reader(span, Context())
                known = _listed_positions(reader)
                for start, end in _capitalised_runs(reader.tokens):
                    named = end - start >= THING_NAME_WORDS and start > 0 and reader.words[start - 1] in ARTICLES
                    if named and not known & set(range(start, end)):
                        name = " ".join(_bare(token) for token in reader.tokens[start:end])
                        found.setdefault(reader.tokens[end - 1].word, {}).setdefault(name, span.start)
        pointers = {word for phrase in frame_data().pointers for word in phrase.split()}
        return {
            word: ShortName(*names.popitem())
            for word, names in found.items()
            if len(names) == 1 and word not in pointers
        }

    def _own_statements(
        self, reader: SentenceReader, statements: list[Stated], block: Block, span_start: int
    ) -> list[Stated]:
        """The statements of a sentence whose subject it names, or may carry: a figure whose subject is only carried
        from before is no longer the carried subject's when the sentence, or the paragraph before it, points back at
        a thing of its own ('the Fund received €562 million': the State Defence Fund's); nor is it stated when it is
        an amount after words naming the total it is a part of ('Of the total, €3.12 billion comes from …'), or when
        it is of a part of a year only ('in the first nine months of 2025 …', and the sentence after it naming no
        year of its own: 'Expenditure reached €498 million'). In a company's own release, a share of a total naming
        no one is the company's."""
        if block.index != self.paragraph_read:
            self.paragraph_read, self.thing, self.part_year = block.index, None, False
        pointed = pointed_thing(reader, self.short_names, span_start)
        if pointed:
            self.thing = pointed[1]
        elif reader.sentence_subject():
            self.thing = None
        self.part_year = _part_of_a_year(reader.words) or (self.part_year and not reader.years)
        kept = []
        for stated in statements:
            if reader.values.index(stated.figure) not in reader.unnamed:
                kept.append(stated)  # the sentence names whom the figure is of
                continue
            own = self._carried_statement(reader, stated, pointed[0] if pointed else None)
            if own is not None:
                kept.append(own)
        return self._issuers_shares(reader, kept)

    def _carried_statement(self, reader: SentenceReader, stated: Stated, pointer: int | None) -> Stated | None:
        """A statement whose subject is only carried from before: the thing the sentence points back at is its
        subject; a part of a total or of a year is not stated."""
        if self.part_year or (stated.figure.kind is FigureKind.MONEY and _after_part_opener(reader, stated.figure)):
            return None
        if not self.thing or (pointer is not None and pointer > stated.figure.start):
            return stated
        if stated.kind == "share_of_gdp" and not reader.table.gdp.within(reader.words, 0, len(reader.words)):
            return None  # '89% of receipts': a thing's percentage is no share of GDP the sentence does not name
        return replace(stated, subjects=[self.thing])

    def _issuers_shares(self, reader: SentenceReader, statements: list[Stated]) -> list[Stated]:
        """'Germany accounted for 41% of quarterly sales, other European countries for 44% …', '40% of order bookings
        came from customers in Sweden': in a company's own release, a percentage of a whole that names no one (no
        entity, no GDP, no pronoun) is a share of the company's own total, whoever the customer named beside it;
        and so are the bare percentages the sentence lists after it."""
        issuer, kept, shared = self.context.issuer, [], False
        for stated in statements:
            figure = stated.figure
            listed = shared and figure.kind is FigureKind.PERCENT and (stated.kind == "other" or not stated.recognised)
            shared = bool(issuer) and (listed or _share_of_plain_whole(reader, figure))
            kept.append(
                replace(stated, subjects=[issuer], kind="share_of_total", recognised=True) if shared else stated
            )
        return kept

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


def _subjects_named(reader: SentenceReader) -> list[Mention]:
    """The names a sentence or a heading gives whom it may speak of: not its sources, nor where money goes ('5 Support
    for Ukraine', 'spent €2.2 billion on military support to Ukraine': the donor's document, not Ukraine's)."""
    return [m for m in reader.mentions if not (m.source or reader.beneficiary(m))]


def _whose(reader: SentenceReader, summary: set[str]) -> set[str]:
    """The names a frame is read from: in a document whose summary names its country, not where money goes."""
    return {m.name for m in (_subjects_named(reader) if summary else reader.mentions) if not m.source}


def _capitalised_runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """The runs of capitalised words of a sentence (its first word aside), as token ranges."""
    runs: list[tuple[int, int]] = []
    start = None
    for position, token in enumerate([*tokens, None]):
        in_name = token is not None and position > 0 and capitalised(token)
        if in_name and start is None:
            start = position
        elif not in_name and start is not None:
            runs.append((start, position))
            start = None
    return runs


def pointed_thing(reader: SentenceReader, short_names: dict[str, ShortName], at: int) -> tuple[int, str] | None:
    """'The Fund's share is financed by …', 'the Fund received €562 million': 'the' and a capitalised word alone
    (no name the entity list knows, no longer name) that ends a thing's name the document gave before the sentence
    at `at` ('The Act of 25 May 2001 …' points at no 'Homeland Defence Act' named only after it): where it stands,
    and that name."""
    known = _listed_positions(reader)
    for position in range(1, len(reader.tokens)):
        token, word = reader.tokens[position], reader.tokens[position].word
        if reader.words[position - 1] not in ARTICLES or word not in short_names or position in known:
            continue
        if short_names[word].given_at >= at:
            continue
        after = reader.tokens[position + 1] if position + 1 < len(reader.tokens) else None
        alone = not (after and capitalised(after)) or token.text != _bare(token)  # 'the Fund. Its …', "the Fund's"
        if capitalised(token) and alone and (position == 1 or not capitalised(reader.tokens[position - 1])):
            return position, short_names[word].name
    return None


def _listed_positions(reader: SentenceReader) -> set[int]:
    """The token positions of the names the entity list knows in a sentence."""
    return {position for m in reader.mentions if not m.unlisted for position in range(m.start, m.end)}


def _bare(token: Token) -> str:
    """A word as written, without the stop or comma a sentence's tokens may keep on it ('Fund.')."""
    return token.text.rstrip(TRAILING_STOPS)


def _after_part_opener(reader: SentenceReader, figure: Figure) -> bool:
    """'Of the total, €3.12 billion comes from … and €1.67 billion from …': the figure stands after words naming the
    total stated before it as the whole it is a part of, words opening the sentence or a clause of it; the same
    words closing a clause ('Large orders made up the majority of the total, and the order backlog reached SEK 152.4
    billion') name the whole of that clause's parts, not of the figures after it."""
    openers, words = _part_openers(), reader.words
    return any(
        openers.starting_at(words, position) and (position == 0 or words[position - 1] in CLAUSE_MARKS)
        for position in range(figure.start)
    )


def _part_of_a_year(words: list[str]) -> bool:
    """'in the first nine months of 2025', 'in the first half of the year': the words date a figure to a part of a
    year ('first', a few words, a part of a year's noun, 'of')."""
    nouns = frame_data().part_year_nouns
    return any(
        word == "first"
        and any(w in nouns and words[p + 1 : p + 2] == ["of"] for p, w in enumerate(words) if i < p <= i + 3)
        for i, word in enumerate(words)
    )


@cache
def _part_openers() -> Phrases:
    return Phrases(frame_data().part_openers)


def _share_of_plain_whole(reader: SentenceReader, figure: Figure) -> bool:
    """'41% of quarterly sales', '9% of group sales in the quarter': a percentage of the plain words after its 'of'
    (up to a preposition or a mark), none of them an entity's name, a pronoun or GDP."""
    words = reader.words
    if figure.kind is not FigureKind.PERCENT or words[figure.end : figure.end + 1] != ["of"]:
        return False
    start = end = figure.end + 1
    while end < len(words) and end - start < PLAIN_WHOLE_WORDS and words[end].isalpha():
        if words[end] in NOT_AFTER_SUBJECT or words[end] in reader.table.raw.pronouns:
            break
        end += 1
    named = any(start <= m.start < end for m in reader.mentions)
    return end > start and not named and not reader.table.gdp.within(words, start, end + 1)


def _only_country(country: str | None, sentences: Counter[str]) -> bool:
    """A country, and no sentence of the document names another (beside other allies compared with it, an amount in
    its currency is no longer sure to be its own, nor the sentences after it)."""
    return country is not None and all(name == country or not is_country(name) for name in sentences)


@cache
def _scope_caveats() -> Phrases:
    return Phrases(cues().raw.scope_caveats)


def _currency_after_in(words: list[str], start: int) -> str | None:
    """The currency named by the words after an 'in' within reach of `start` ('… in this release are in Canadian
    dollars')."""
    table = cues()
    end = min(len(words), start + CURRENCY_STATEMENT_REACH)
    for position in (p for p in range(start, end) if words[p] == "in"):
        for first in range(position + 1, min(len(words), position + 1 + CURRENCY_WORDS_OFFSET)):
            length = table.currency_words.starting_at(words, first)
            if length:
                return table.currency_of_words(words[first : first + length])
    return None


def _own_name(mention: Mention, words: list[str]) -> bool:
    """A name of the entity's own: a strong one, or a weak one holding a strong one ('NATO leaders')."""
    if not mention.weak:
        return True
    entry = entity_tables().entries.get(mention.name)
    own = {fold(name) for name in (mention.name, *entry.aliases)} if entry else set()
    return any(word in own for word in words)
