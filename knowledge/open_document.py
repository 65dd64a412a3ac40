"""What a whole document is about, read before its sentences are: the period it says it is about or most of its
figures are of, whom it is about (the one country of its frame, else the subject most of its sentences name), and
the deadlines it gives its share-of-GDP goals."""

from __future__ import annotations

from collections import Counter

from knowledge.cues import cues, fold
from knowledge.entities import EntityKind, entity_tables
from knowledge.figures import FigureKind, tokenize
from knowledge.frames import currency_country, document_frame, is_country, lead_blocks
from knowledge.mentions import Mention, entity_mentions
from knowledge.models import Span
from knowledge.open_reading import OpenReading, first_single_year
from knowledge.sentence import Context, SentenceReader

CURRENCY_STATEMENT_REACH = 6  # words from 'amounts' to the 'in' of 'are in Canadian dollars'
CURRENCY_WORDS_OFFSET = 2  # words allowed between that 'in' and the currency's words ('in current US dollars')
DOMINANT_SUBJECT_MINIMUM = 2  # sentences naming a subject before it counts as the document's
DOMINANT_COUNTRY_MINIMUM = 3  # sentences naming a country before it counts as the document's, when no one dominates
DOMINANT_PERIOD_MINIMUM = 3  # figures stating the same year before that year counts as the document's
# Figures that say nothing of which year a document is about: counts tell its history as often as its news ('only
# three of them in 2014', 'ten years in a row').
UNVOTED_FIGURES = frozenset({FigureKind.COUNT})


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
        year = first_single_year(SentenceReader(self.document.title, Context(), self.year).years)
        return None if self._names_goal_ahead(self.document.title, year) else year

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
        return None if self._ahead(period) else self._recent_instead(counts, period)

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
        frame = document_frame(headed, lead, sentences, currencies)
        if frame == currency_country(currencies) and _only_country(frame, sentences):
            self.currency_frame = frame
        return frame

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


def _only_country(country: str | None, sentences: Counter[str]) -> bool:
    """A country, and no sentence of the document names another (beside other allies compared with it, an amount in
    its currency is no longer sure to be its own, nor the sentences after it)."""
    return country is not None and all(name == country or not is_country(name) for name in sentences)


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
