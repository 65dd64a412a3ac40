"""A stated figure recorded as a `Fact`: its subject, kind of measure and unit, period, currency, qualifiers, the
figure's own text and the words of its clause ("measure_text"), and the sentence it is quoted from."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from knowledge.cues import cues
from knowledge.figures import Figure, FigureKind, label_hedges, tokenize
from knowledge.frames import frame_data, is_country
from knowledge.mentions import entity_mentions
from knowledge.models import Citation, Fact, Unit
from knowledge.open_periods import FactPeriods
from knowledge.open_reading import fact_id
from knowledge.readers.prose import LIST_ITEM
from knowledge.readers.slides import SLIDE_NUMBER
from knowledge.sentence import SentenceReader, Stated
from knowledge.year_parts import first_part, last_part, with_part

LABEL_END = ":"
CLAUSE_BREAK = re.compile(r"[.;!?]\s")
BRACKETED = re.compile(r"\([^()]*\)")
SHORT_CLAUSE = 4  # words: a list item's clause ("3.43%") is shown with the name before it
MAX_DAY_DIGITS = 2
DAY_RANGE_LINKS = frozenset({"-", "–", "and", "to"})  # '24-25 June 2025', '4 and 5 September 2014'
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


def _unit(figure: Figure, kind: str) -> Unit:
    """The unit of a figure of that kind: a rate of a currency ('PLN 4.27 per euro') is an amount of money, though
    no amount spent; a multiple is times; else the kind's."""
    if figure.kind is FigureKind.MULTIPLE:
        return Unit.TIMES
    return Unit.MONEY if figure.kind is FigureKind.MONEY and kind == "other" else KIND_UNITS[kind]


class Records(FactPeriods):
    """The facts a document's statements become."""

    def _add(
        self, reader: SentenceReader, stated: Stated, subject: str, citation: Citation, source: str | None
    ) -> None:
        figure = stated.figure
        period = self._period(stated, reader, subject)
        currency = self._currency(reader, figure, subject)
        first, last = stated.clause
        if last - first < SHORT_CLAUSE and figure in reader.values:
            first = min(first, reader.region(reader.values.index(figure))[0])  # "Estonia (3.43%": keep the name
            last = min(len(reader.tokens), max(last, figure.end + 1))
        first = _label_start(reader, figure, first)
        if points_back(reader, figure):
            first = 0  # '… doubled their arms imports, with the United States supplying 64% of them': of those imports
        last = max(last, reader.counted_end(figure))  # 'Five allies spent more than 3%': what a count counts
        start = reader.tokens[first].start if first < len(reader.tokens) else 0
        end = reader.tokens[last - 1].end if last > 0 else len(reader.text)
        measure_text = reader.text[start:end].lstrip(" ,;:)").rstrip(" ,;:(")
        if not _bracketed(reader, figure):
            measure_text = self._under_its_title(reader, measure_text)
        first_token = _day_and_month_before(reader, figure.start) if stated.kind == "date" else figure.start
        text = reader.text[reader.tokens[first_token].start : reader.tokens[figure.end - 1].end]
        key = fact_id(self.document.id, citation.span, figure.start, subject, stated.kind, figure.value, period)
        fact = Fact(
            id=key,
            subject=subject,
            measure=f"open:{stated.kind}",
            value=figure.value,
            total=figure.total,
            unit=_unit(figure, stated.kind),
            currency=currency,
            scale=figure.scale,
            text=text,
            period=period,
            estimate="estimate" in stated.qualifiers,
            qualifiers=with_part(stated.qualifiers, self._year_part(reader, figure)),
            citation=citation,
            measure_text=measure_text,
            measure_kind=stated.kind,
            recognised=stated.recognised and self._period_recognised(stated),
            cited_source=source,
            open_only=True,
        )
        self.facts.setdefault(key, fact)
        if stated.period is None and (_in_move(reader, figure) or stated.kind == "change"):
            # 'Latvia follows with a gain of 2.79 points' beside a table's change column: the cell's span
            self.move_ends.add(key)

    def _under_its_title(self, reader: SentenceReader, measure_text: str) -> str:
        """'Special fund (Sondervermögen Bundeswehr)' over '• 2025 outflow: approx. €24bn': the title a slide or a box
        sets right over its bullets names what they measure, as a chart's caption names what its bars show; a
        bullet's figure is measured by the title and its own words. A title naming a country ('**POLAND**', 'Ukraine')
        says whose the bullets are (the section's subject; 'NATO definition' names a measure), and a slide's number
        names nothing."""
        heading = self.context.heading
        if heading is None or not LIST_ITEM.match(reader.text) or heading.start not in self._titles:
            return measure_text
        if SLIDE_NUMBER.match(heading.text):
            return measure_text
        named = entity_mentions(tokenize(BRACKETED.sub(" ", heading.text)), cues())  # a gloss in brackets names no one
        if any(is_country(mention.name) for mention in named):
            return measure_text
        return f"{heading.text.strip()}: {measure_text}"

    @functools.cached_property
    def _titles(self) -> frozenset[int]:
        """Where the lines the reader set apart as titles over what follows them start."""
        return frozenset(block.span.start for block in self.prose.blocks if block.heading)

    def _year_part(self, reader: SentenceReader, figure: Figure) -> str | None:
        """The part of a year the figure is of: the one its sentence names before it ('third-quarter sales of €935
        million', 'For the full year, …'), else its section heading's ('### Second quarter 2025'), else the one its
        sentence names after it ('Germany accounted for 41% of quarterly sales')."""
        at = reader.tokens[figure.start].start if figure.start < len(reader.tokens) else len(reader.text)
        # a quoted paragraph read as one sentence: the words of the figure's own sentence
        before = CLAUSE_BREAK.split(reader.text[:at])[-1]
        after = CLAUSE_BREAK.split(reader.text[at:])[0]
        return last_part(before) or self.context.heading_part or first_part(after)

    def _dated_by_tables(self) -> None:
        """'Germany's share rose from 1.64% to 2.12%', beside a table giving Germany 1.64 for 2023 and 2.12 for 2024:
        a level a move naming no year started from or reached is the table's cell of the same entity, kind and
        value, and of that cell's year (the start is not of the year the move reached); so is a change whose sentence
        names no year ('Latvia follows with a gain of 2.79 points' beside 'Change 2014-2025e (pp)': 2014-2025)."""
        cells = {
            (fact.subject, fact.measure_kind, fact.value): fact.period
            for fact in self.facts.values()
            if fact.citation.row_label and fact.period
        }
        for key in self.move_ends:
            fact = self.facts[key]
            period = cells.get((fact.subject, fact.measure_kind, fact.value))
            if period:
                # a change over one year ('2024-2025') is dated by the year it ends in, as its sentence dates it
                ending = period.partition("-")[2] if fact.measure_kind == "change" and _one_year_s(period) else None
                self.facts[key] = fact.model_copy(update={"period": ending or period})

    def _currency(self, reader: SentenceReader, figure: Figure, subject: str) -> str | None:
        """An amount's currency: its symbol's or words' (a shared one's by whose figure it is); a bare amount
        ('159 billion') takes the one the document last stated; a shared word naming no one's currency, none."""
        if figure.kind is not FigureKind.MONEY:
            return figure.currency
        if figure.currencies:
            return self._own_currency(figure.currencies, subject)
        if not figure.currency:
            return self.context.currency
        symbol = reader.tokens[figure.start].text
        return self._stated_symbol_currency(symbol) or self._symbol_currency(symbol, subject) or figure.currency

    def _in_stated_currency(self, fact: Fact) -> Fact:
        """A table's amount whose cell, column or row label writes its currency with a symbol: in a document that says
        which currency its amounts are in, that one ('$ billions' in Canadian dollars); a symbol several currencies
        are written with, the own currency of whose figure it is ('Defence budget (¥ trillion)' of Japan: yen)."""
        labels = f"{fact.citation.column_label or ''} {fact.citation.row_label or ''} {fact.text or ''}"
        symbols = cues().raw.currency_symbols
        for token in tokenize(labels):
            if fact.currency is None or fact.currency != symbols.get(token.text):
                continue
            meant = self._stated_symbol_currency(token.text) or self._symbol_currency(token.text, fact.subject)
            if meant:
                return fact.model_copy(update={"currency": meant})
        return fact

    def _stated_symbol_currency(self, symbol: str) -> str | None:
        """'$9.3 billion' in a document that says 'All amounts are in Canadian dollars': the stated currency, when the
        symbol is one it is written with."""
        stated = self.stated_currency
        return stated if stated and stated in cues().raw.stated_currency_symbols.get(symbol, []) else None

    def _symbol_currency(self, symbol: str, subject: str) -> str | None:
        """'Japan has set a record defence budget of ¥8.7 trillion': a symbol several currencies are written with is
        the one that is the own currency of whose figure it is (its subject, else the document's), else None."""
        return self._own_currency(cues().raw.shared_currency_symbols.get(symbol, []), subject)

    def _own_currency(self, shared: Sequence[str], subject: str) -> str | None:
        """Of the currencies a symbol or word may be, the own currency of whose figure it is (its subject, else the
        document's), else None."""
        owners = frame_data().national_currencies
        for whose in (subject, self.context.document_subject):
            own = [code for code in shared if owners.get(code) == whose]
            if own:
                return own[0]
        return None


def _label_start(reader: SentenceReader, figure: Figure, first: int) -> int:
    """'- Members spending at least 2% of GDP: 18 of 32', '• 2025 outflow: approx. €24bn': a list item's label,
    closed by its first colon right before the figure (or its hedge), says what the figure measures; the clause
    shown starts with it."""
    words = reader.words
    start = figure.start - 1 if figure.start and words[figure.start - 1] in label_hedges() else figure.start
    if LABEL_END not in words or words.index(LABEL_END) != start - 1:
        return first
    return 0 if LIST_ITEM.match(reader.text) else first


def _bracketed(reader: SentenceReader, figure: Figure) -> bool:
    """'F-35A (35 aircraft, approx. €10bn incl. weapons)': a figure inside brackets, an aside on the thing named before
    them, which it measures."""
    before = reader.text[: reader.tokens[figure.start].start] if figure.start < len(reader.tokens) else reader.text
    return before.count("(") > before.count(")")


def _one_year_s(period: str) -> bool:
    """'2024-2025': a change over one year, which its sentence already dates by the year it ends in."""
    first, _, last = period.partition("-")
    return first.isdigit() and last.isdigit() and int(last) - int(first) == 1


def _in_move(reader: SentenceReader, figure: Figure) -> bool:
    """'rose from 1.64% to 2.12%': the figure is the level a move between two figures started from or reached."""
    if figure not in reader.values:
        return False
    index = reader.values.index(figure)
    pairs = [(reader.values[i], reader.values[i + 1]) for i in (index - 1, index) if 0 <= i < len(reader.values) - 1]
    return any(
        start.start > 0
        and reader.words[start.start - 1] == "from"
        and reader.words[start.end : start.end + 1] == ["to"]
        and end.start == start.end + 1
        for start, end in pairs
    )


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
        if not (position >= 1 and _is_day(words[position - 1])):
            return position  # June 2025
        position -= 1
        ranged = position >= 2 and words[position - 1] in DAY_RANGE_LINKS and _is_day(words[position - 2])
        return position - 2 if ranged else position  # (24-)25 June 2025: the range is the date as stated
    return start


def points_back(reader: SentenceReader, figure: Figure) -> bool:
    """A percentage of what its sentence named before it ('64% of them')."""
    if figure not in reader.values:
        return False
    tail = reader.words[figure.end : reader.tails[reader.values.index(figure)]]
    return len(tail) > 1 and tail[1] in cues().raw.bases.pointing_back
