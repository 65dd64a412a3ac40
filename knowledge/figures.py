"""Figures in a sentence, found by their shape: percentages, money, years, counts of something, ranks.

A sentence becomes `Token`s with character offsets; a `Figure` is a run of tokens with its value and
what its shape tells (currency and scale, the counted noun, the total of "23 of 32"). What the figure is
a figure *of* is decided later, from the words around it (`knowledge.open_facts`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache, lru_cache

from knowledge.cues import Cues, Phrases, cues, fold
from knowledge.entities import EntityKind, entity_tables
from knowledge.number_style import SCALES
from knowledge.spelled import SpelledReader

# A comma before one or two digits and a percentage or a scale ('1,28%', '1,5 billion') is a decimal comma, never a
# thousands separator (whose groups have three digits): read as its point, even in a document that writes points.
DECIMAL_COMMA = rf"(?<![\d.,])\d{{1,3}},\d{{1,2}}(?![\d.,])(?=\s?{SCALES})"
# A Markdown footnote's marker ('allies[^2]', 'in 2023[^4]'): a pointer to a note, neither a number nor a word.
FOOTNOTE_MARK = r"\[\^[^\]\s]{1,12}\]"
# A year written short after an apostrophe, as briefing notes and slides write it ("$485bn '24", "3 allies '14 → 23
# '24"): read as the whole year. Not a quotation's end ("'the 24'") nor a decade ("the '90s").
SHORT_YEAR = r"(?<![\w'‘’])['‘’](?P<short_digits>\d\d)(?![\w%'‘’]|[.,]\d)"
TOKEN = re.compile(
    rf"(?P<footnote_mark>{FOOTNOTE_MARK})"
    rf"|(?P<decimal_comma>{DECIMAL_COMMA})"
    rf"|(?P<short_year>{SHORT_YEAR})"
    r"|US\$|C\$|A\$|NZ\$|NT\$|[$€£¥₩%]"
    r"|\d+(?:st|nd|rd|th)(?:-[^\W\d_]+)?\b"  # '4th-largest' is one word, as 'fourth-largest' is
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    r"|[^\W\d_](?:[^\W_]|['’\-](?=[^\W_])|\.(?=[^\W\d_]))*\.?"
    r"|[^\s\w]"
)
# Markdown's emphasis ('up **9.4%**', '*Readiness 2030*'): layout, not words; a cue word before a bold figure is
# right before it.
EMPHASIS_MARKS = frozenset({"*"})
CLOSING_QUOTES = frozenset({'"', "”", "'", "’"})  # closing a quotation, as a tokenizer sees its last mark
NUMBER = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
YEAR = re.compile(r"^(?:19|20)\d\d$")
# A year after a fiscal-year prefix ('FY'), whole or short ('FY2025', 'FY25', the end of 'FY25-26').
PREFIXED_YEAR = re.compile(r"^(?:(?:19|20)\d\d|\d\d)$")
SHORT_YEAR_PIVOT = 50  # a year written short after a fiscal-year prefix: '25' is 2025, '98' is 1998
THIS_CENTURY, LAST_CENTURY = "20", "19"
RANGE_LINKS = {"from": "to", "between": "and"}  # a range's opening word -> the word between its two numbers
ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")
LABEL_NAME_WORDS = 4  # 'Bosnia and Herzegovina' is three: a name opening a line's label, at most this many words
LABEL_DASHES = frozenset({"—", "–"})  # between a list item's name and what is said of it ('Norway — 6th')
LABEL_CLAUSE_ENDS = frozenset({";", ".", ",", ""})  # what may follow a list item's clause's last word, or nothing
NUMBER_SIGN = "#"  # '#1 in the Alliance': a place in a ranking
CLOCK_DIGITS = 2  # hours and minutes of a time of day ('08:02')
RATIO_REACH = 4  # words from a ratio's first number to its second ("four euros in every five")
POINTS_MOVE_REACH = 3  # words before a number of 'points' that may say it moved ('a gain of 2.79 points')
TIME_FROM_NOW = frozenset({"ago", "earlier", "later"})  # after a count of time: when, not how many
TIME_AROUND_AN_EVENT = frozenset(
    {"after"}
)  # after a count of time units: when against an event ("six years before the deadline" is counted)
EARLIER_LIST_WORDS = 4  # '… from 11 Allies in 2023 and': a count, 'in', its year and 'and' before another value
RANK_YEAR_LINKS = frozenset({"to", "but", "and", "then"})  # before a place another year ('… in 2024 to seventh')
RANK_YEAR_REACH = 2  # words from that link back to the earlier place's year ('in 2024 to')
RANK_PLACE_REACH = 5  # words from that year back to the earlier place ('first among the seven in 2024')
RANK_FROM_REACH = 8  # words from 'up from' back to the place moved to ('fourth place in the world ranking, up from')
FRACTION_HEDGE_REACH = 4  # words before a fraction: its link ('to') and a hedge ('close to', 'more than')
FRACTION_HEDGES = ("approximate", "minimum", "maximum")  # qualifiers (cues.toml) a fraction's value may be hedged by
FRACTION_ENDS = frozenset({",", ".", ";", ":", ")", "—", "–"})
FRACTION_REACH = 8  # words a fraction said in words and its 'of' or point span ("a quarter of a percentage point")
RECORD_REACH = 7  # words after a superlative's scope where a span of time makes a record ('in over half a century')
SCOPE_GAP = 3  # words between a superlative and the scope it ranks in ("the heaviest military burden of any")
TOTAL_ENDS = frozenset({".", ",", ";", "(", ")"})  # marks a total standing alone may end at ('23 of 32.')
ARROWS = frozenset({"→", "⟶", "➝", "➔", "⇒"})  # a change from the figure before to the figure after
TYPED_ARROWS = frozenset({"->", "=>"})  # an arrow typed as two signs
MARKED_SPAN_TOKENS = 3  # after a year: its estimate mark, an arrow and the later year ('2024e → 2025')
BRACKET_REACH = 6  # tokens a bracket dating a figure spans at most ('(2023)', '(2024, est.)')
PEOPLE_KINDS = frozenset({EntityKind.COUNTRY, EntityKind.REGION})  # whose names a people is called by
COUNT_GAP = 4  # words allowed between a number and the noun it counts ("48 FA-50 light combat jets")
OPENED_WHOLE_REACH = 5  # words from a sentence's opening 'Of' to the comma closing the whole ('Of our former F-16s,')
HEADCOUNT_REACH = 10  # words between a noun naming a body of people's size and the verb linking it to its number
LABEL_HEAD_REACH = 3  # words of a label before the noun it counts ("European countries that did not …: 1")
PRIOR_RATIO = 10  # at most this many times larger or smaller than the figure before it, a bracket's prior value
MINUS_SIGNS = frozenset({"-", "−", "–"})
MOVE_SIGNS = frozenset({"+", "−"})  # signs only a move is written with (a hyphen may be a list's mark)
LABEL_LENGTH = 12  # words of a label closed by a colon before a bare number ("Years of consecutive increase: 10")
RATE_REACH = 3  # words either side of an amount where another currency makes it an exchange rate
PLACE_SCOPE_WORDS = 5  # 'out of the 32 allies' after an ordinal: the words naming whom it ranks among
SCOPE_PARTS = 2  # a number and the noun it counts
ELIDED_LIST_LINKS = frozenset({"and", ","})  # between the items of a list whose later ones leave the % sign out
CHANGE_BASE_WORD = "from"  # before the level a move started from
ELIDED_REACH = 6  # tokens from a list's percentage to the bare number after it ('4% and Latvia at 3.73')
ELIDED_ENDS = frozenset({".", ",", ";", ")", "—", "–"})
RESTATED_REACH = (
    8  # tokens from a rounded figure to its exact value ('nearly $90 billion in 2024 on SIPRI's numbers, 88.5')
)
RESTATED_LEADS = frozenset({",", "or"})  # what the exact value is set after ('about 1.3%, or 1.28 if …')
RESTATED_RATIO = 1.1  # at most this far from the rounded figure: the same figure said more exactly
CLAUSE_MARK = ";"  # a clause of a line opens after it
CIRCA = frozenset({"c", "ca", "circa"})  # 'Personnel (January 2025): c. 205,000': the figure after it is approximate


@dataclass(frozen=True)
class Token:
    text: str
    word: str  # folded
    start: int  # character offsets in the sentence
    end: int


class FigureKind(StrEnum):
    PERCENT = "percent"
    MONEY = "money"
    YEAR = "year"
    COUNT = "count"
    RANK = "rank"
    MULTIPLE = "multiple"  # "three times", "doubled"


@dataclass
class Figure:
    kind: FigureKind
    value: float
    start: int  # token index
    end: int
    currency: str | None = None
    scale: float | None = None
    total: float | None = None
    noun: str | None = None
    points: bool = False
    period_text: str | None = None  # a fiscal year "2029-30"
    ratio: bool = False  # so many of every so many ("one in three dollars"): a share of the whole counted
    day_month: bool = False  # a date written with no year ('on 4 March'), read in the document's year
    elided: bool = False  # a bare number counting what the sentence before counted ('only three did')
    currencies: tuple[str, ...] = ()  # the currencies its word may name ('crowns'), read by whose figure it is
    prior: bool = False  # 'SEK 9,315m (7,702)': the same measure a year before, in brackets after the figure


PRIOR_KINDS = frozenset({FigureKind.MONEY, FigureKind.PERCENT})  # of which a bracket gives the year before's
PRIOR_GAP_WORDS = 3  # plain words, at most, dating a figure before its prior's bracket ('at year-end')
PRIOR_GAP_OPENERS = frozenset({"at", "in", "for"})  # the preposition such words open with
PLAIN_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def tokenize(sentence: str) -> list[Token]:
    """The sentence's tokens; a number spelt out in several words ('four point five') is one token in digits."""
    tokens = [
        Token(text, fold(text), m.start(), m.end())
        for m in TOKEN.finditer(sentence)
        if (text := _token_text(m)) not in EMPHASIS_MARKS and m.lastgroup != "footnote_mark"
    ]
    read: list[Token] = []
    for at, reading in spelled_reader().runs(tokens):
        if reading is None:
            read.append(tokens[at])
        elif reading.scale is None:
            read.append(Token(reading.text, reading.text, tokens[at].start, tokens[reading.end - 1].end))
        else:  # 'two billion two hundred million': '2.2' over all but the last word, its scale 'billion' over that
            last = tokens[reading.end - 1]
            read.append(Token(reading.text, reading.text, tokens[at].start, tokens[reading.end - 2].end))
            read.append(Token(reading.scale, fold(reading.scale), last.start, last.end))
    return read


def _token_text(match: re.Match[str]) -> str:
    """A token as the rest reads it: a decimal comma as its point, a year written short ("'24") whole."""
    if match.lastgroup == "decimal_comma":
        return match.group().replace(",", ".")
    if match.lastgroup == "short_year":
        return _whole_year(match.group("short_digits"))
    return match.group()


@cache
def spelled_reader() -> SpelledReader:
    return SpelledReader(cues().raw.spelled, names_a_currency)


def names_a_currency(words: Sequence[str]) -> bool:
    """'euros', 'Danish crowns', 'NOK': the first words name a currency."""
    table = cues()
    return bool(words) and (
        bool(table.currencies_of_word(words[0]))
        or words[0].upper() in table.raw.currency_codes
        or any(table.currency_of_words(words[:length]) for length in (1, 2, 3) if len(words) >= length)
    )


def number_value(token: Token, table: Cues) -> float | None:
    if NUMBER.match(token.text):
        return float(token.text.replace(",", ""))
    return table.numbers.get(token.word)


def find_figures(tokens: list[Token]) -> list[Figure]:
    table = cues()
    figures: list[Figure] = []
    position = 0
    while position < len(tokens):
        clock = _clock_time(tokens, position)
        if clock:
            position += clock
            continue
        if _designation(tokens, position, table):
            position += 2
            continue
        if _model_number(tokens, position, table) or _locator(tokens, position, table):
            position += 1
            continue
        numbered = _post_number(tokens, position)
        if numbered:
            position += numbered
            continue
        figure = (
            _range_start(tokens, position, table)
            or _figure_at(tokens, position, table)
            or _respective_start(tokens, position, table)
            or _restated_count(tokens, position, figures, table)
            or _bare_points(tokens, position, figures, table)
            or _elided_percent(tokens, position, figures, table)
            or _elided_move_base(tokens, position, figures, table)
            or _said_exactly(tokens, position, figures, table)
            or _headcount(tokens, position, figures, table)
            or _sized_body(tokens, position, table)
            or _labelled_count(tokens, position, figures, table)
            or _count_dated_again(tokens, position, figures, table)
            or _count_arrowed_on(tokens, position, figures, table)
        )
        if figure is None:
            position += 1
            continue
        figure = _range_scale(tokens, figure, table)
        if _exchange_rate(
            tokens, figure, table
        ):  # '($1 = 7.1500 Danish crowns)': a rate, neither amount an amount spent
            position = figure.end + 2
            continue
        if _notation_read_out(tokens, figure):
            position = figure.end
            continue
        figures.append(figure)
        if figure.total is not None:
            figures.append(Figure(FigureKind.COUNT, figure.total, figure.end - 2, figure.end, noun=figure.noun))
        position = figure.end
        prior = _bracketed_prior(tokens, figure, table)
        if prior is not None:
            if not _written_again(tokens, figure, prior, table):
                figures.append(prior)
            position = prior.end + 1
    return figures


def _notation_read_out(tokens: list[Token], figure: Figure) -> bool:
    """'(e.g. "1 040,1" = one thousand and forty point one million euro)': a figure right after an equals sign whose
    left side closes a quotation reads the quoted way of writing numbers out, an example; no one's figure."""
    before = [token.text for token in tokens[max(0, figure.start - 2) : figure.start]]
    return len(before) == 2 and before[1] == "=" and before[0] in CLOSING_QUOTES


def _written_again(tokens: list[Token], figure: Figure, bracketed: Figure, table: Cues) -> bool:
    """'PLN 124.3 billion (124,3 mld zł)': the same amount in brackets, its currency written again the way another
    language writes it, restates the figure; no value of its own and no year before."""
    again = _figure_at(tokens, bracketed.start, table)
    return bool(again) and again.kind is FigureKind.MONEY and again.currency is not None and again.value == figure.value


def _bracketed_prior(tokens: list[Token], figure: Figure, table: Cues) -> Figure | None:
    """'Net sales increased to SEK 9,315m (7,702)', 'an operating margin of 8.4% (7.8%)', 'SEK -412m (305)':
    a number alone in brackets right after an amount or a percentage, of its order of magnitude, is the same
    measure for the same period a year before, as results releases write it — never a figure of its own (a year,
    '(2024)', dates; a footnote's '(3)' after '$997 billion' is of no such size)."""
    opening = _bracket_after(tokens, figure.end)
    if figure.kind not in PRIOR_KINDS or opening is None:
        return None
    at = opening + 1
    sign = -1.0 if tokens[at : at + 1] and tokens[at].word in MINUS_SIGNS else 1.0
    at += sign < 0
    value = number_value(tokens[at], table) if at < len(tokens) and NUMBER.match(tokens[at].text) else None
    if value is None or YEAR.match(tokens[at].text):
        return None
    written = _figure_at(tokens, at, table)  # '8.4% (7.8%)': the bracket may write the unit again
    # … or the scale alone, the currency said once before it ('SEK 152.4 billion (127.4 billion)')
    again = written is not None and written.kind is figure.kind and written.currency in {figure.currency, None}
    end = written.end if written and again else at + 1
    if [t.word for t in tokens[end : end + 1]] != [")"]:
        return None
    if value and figure.value and not 1 / PRIOR_RATIO <= value / abs(figure.value) <= PRIOR_RATIO:
        return None
    return replace(figure, value=sign * value, start=at, end=end, total=None, prior=True)


def _bracket_after(tokens: list[Token], end: int) -> int | None:
    """Where the bracket a figure's prior value opens stands: right after the figure, or after the few plain words
    dating it ('SEK 152.4 billion at year-end (127.4 billion)', '8.4% in the quarter (7.8%)'); None when there is
    none."""
    for at in range(end, min(end + PRIOR_GAP_WORDS + 1, len(tokens))):
        if tokens[at].word == "(":
            return at if at == end or tokens[end].word in PRIOR_GAP_OPENERS else None
        if not PLAIN_WORD.fullmatch(tokens[at].word):
            return None
    return None


def _exchange_rate(tokens: list[Token], figure: Figure, table: Cues) -> bool:
    """'$1 = 7.15 crowns': an amount equated to another ('USD 1,506 bn = 55% of world spending' equates it to its
    share of a total: both are figures of their own)."""
    if figure.kind is not FigureKind.MONEY or figure.end >= len(tokens) or tokens[figure.end].text != "=":
        return False
    equated = _figure_at(tokens, figure.end + 1, table) if figure.end + 1 < len(tokens) else None
    return equated is None or equated.kind is not FigureKind.PERCENT


def _designation(tokens: list[Token], position: int, table: Cues) -> bool:
    """'Leopard 2A8', 'Type 212CD': a number glued to capitals or to letters and digits after it names a model,
    no figure ('13.5bn', '1990s' and '155mm' are not names: a scale, a decade, a measure in lower case)."""
    if position + 1 >= len(tokens) or not NUMBER.match(tokens[position].text):
        return False
    glued = tokens[position + 1]
    if glued.start != tokens[position].end or not glued.text[:1].isalpha() or glued.word in table.scales:
        return False
    return glued.text.isupper() or any(character.isdigit() for character in glued.text)


def _locator(tokens: list[Token], position: int, table: Cues) -> bool:
    """'said in paragraph 4', 'see page 12', 'Question No. 0042': a number after a word saying where in a text a
    thing is, or after the abbreviation of a reference number, no figure."""
    if position == 0 or not NUMBER.match(tokens[position].text):
        return False
    before = tokens[position - 1]
    return before.word in table.raw.locator_words or before.text in table.raw.reference_marks


def _model_number(tokens: list[Token], position: int, table: Cues) -> bool:
    """'Type 26', 'Block 4': a number after a capitalised model word is part of a name, no figure."""
    if position == 0 or not NUMBER.match(tokens[position].text):
        return False
    before = tokens[position - 1]
    return before.word in table.raw.model_words and before.text[:1].isupper()


def _post_number(tokens: list[Token], position: int) -> int:
    """'2/14 This is the 10th straight year', '1/ SIPRI's new data': a post's number in its thread opening the
    sentence states nothing ('10/14 NATO members combined …' counts no 14 members); how many tokens it takes. A
    fraction opening a sentence counts what it is of ('2/3 of allies'), no post's number."""
    if position != 0 or len(tokens) < POST_NUMBER_TOKENS or tokens[1].text != "/" or not tokens[0].text.isdigit():
        return 0
    glued = tokens[0].end == tokens[1].start
    total = tokens[2] if tokens[2].text.isdigit() and tokens[2].start == tokens[1].end else None
    after = tokens[3].word if total is not None and len(tokens) > POST_NUMBER_TOKENS else ""
    if not glued or (total is not None and (int(total.text) < int(tokens[0].text) or after in {"of", "out"})):
        return 0
    return POST_NUMBER_TOKENS if total is not None else 2


def _model_plural(token: Token) -> bool:
    """'48 F-35Bs', '24 F-16s': the plural of a model's name is a noun a count counts."""
    text = token.text.rstrip(".")
    return text[:1].isalpha() and any(c.isdigit() for c in text) and text.endswith("s") and text[-2:-1].isalnum()


POST_NUMBER_TOKENS = 3  # '2', '/', '14'
DAY_LINKS = frozenset({"and", "-", "–", "to"})  # '24 and 25 June', '24-25 June'
LAST_DAY = 31


def day_month_dates(tokens: list[Token], figures: list[Figure], year: int) -> list[Figure]:
    """'on 4 March', 'on 24 and 25 June', 'on 24-25 June': a day and a month with no year after them are a date of
    the year the document speaks from (a date with its year is read as that year already); the month must be
    capitalised ('27 may' is no date)."""
    table = cues()
    taken = {position for figure in figures for position in range(figure.start, figure.end)}
    found: list[Figure] = []
    for position in range(1, len(tokens)):
        month = tokens[position]
        if month.word not in table.months or not month.text[:1].isupper() or position in taken:
            continue
        start = position - 1
        if not _day(tokens[start]) or start in taken:
            continue
        after = [token.text for token in tokens[position + 1 : position + 3] if token.text != ","]
        if after and YEAR.match(after[0]):
            continue  # '25 June 2025', '25 June, 2025': a date with its year
        if start >= 2 and tokens[start - 1].word in DAY_LINKS and _day(tokens[start - 2]) and start - 2 not in taken:
            start -= 2  # '24 and 25 June': one date, from its first day
        found.append(Figure(FigureKind.YEAR, float(year), start, position + 1, day_month=True))
    return found


COUNTED_NOUN_REACH = 2  # words after 'the number of' where the noun it counts stands ('the number of NATO Allies')
CLAUSE_ENDS = frozenset({";", ".", "!", "?"})
MOVE_WORDS = 3  # 'from 3 to': the words from a move's 'from' to the number it ends on


def counted_numbers(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """'the number of Allies at or above 2%: 3 in 2014, 5 in 2016, …', 'the number of Allies at or above 2% has risen
    to 5': bare numbers after a phrase naming a count by its noun, in the same clause, count that noun — each one a
    year follows ('3 in 2014'), or one closing the clause after a linking word ('risen to 5')."""
    table = cues()
    words = [token.word for token in tokens]
    taken = {position for figure in figures for position in range(figure.start, figure.end)}
    found: list[Figure] = []
    noun: str | None = None
    for position, token in enumerate(tokens):
        if token.text in CLAUSE_ENDS:
            noun = None
        named = _noun_counted_by(words, position, table) or noun_labelled(tokens, position, table)
        if named is not None:
            noun = named
            continue
        value = number_value(token, table)
        if noun is None or value is None or position in taken or YEAR.match(token.text) or token.text.endswith("%"):
            continue
        if _counts_its_noun(tokens, position, table):
            found.append(Figure(FigureKind.COUNT, value, position, position + 1, noun=noun))
    return found


def _counts_its_noun(tokens: list[Token], position: int, table: Cues) -> bool:
    """A bare number after a count-naming phrase counts its noun: dated in a series, closing after a link, or at
    either end of a dated move."""
    return (
        _dated_in_a_series(tokens, position)
        or _closing_after_a_link(tokens, position, table)
        or _end_of_a_dated_move(tokens, position, table)
    )


def _end_of_a_dated_move(tokens: list[Token], position: int, table: Cues) -> bool:
    """'the number of allies at or above 2% rose from three to 23 between 2014 and 2024': either end of a move from one
    bare number to another, when the sentence names the two years at least that its ends are of."""
    if sum(1 for token in tokens if YEAR.match(token.text)) < MOVE_YEARS:
        return False
    word = tokens[position - 1].word if position > 0 else ""
    if word == MOVE_FROM:
        following = tokens[position + 1 : position + MOVE_WORDS]
        return len(following) == MOVE_WORDS - 1 and following[0].word == MOVE_TO and _bare(following[1], table)
    if word == MOVE_TO and position >= MOVE_WORDS:
        return tokens[position - MOVE_WORDS].word == MOVE_FROM and _bare(tokens[position - MOVE_WORDS + 1], table)
    return False


def _bare(token: Token, table: Cues) -> bool:
    """A number written bare: no year, no percentage."""
    return number_value(token, table) is not None and not YEAR.match(token.text) and not token.text.endswith("%")


def _noun_counted_by(words: list[str], position: int, table: Cues) -> str | None:
    """The noun a count-naming phrase opening here counts ('the number of Allies': 'allies'), else None."""
    for phrase in table.raw.counted_number_openers:
        opener = phrase.split()
        if words[position : position + len(opener)] == opener:
            after = position + len(opener)
            reach = words[after : after + COUNTED_NOUN_REACH]
            return next((word for word in reach if word in table.count_nouns), None)
    return None


def noun_labelled(tokens: list[Token], position: int, table: Cues) -> str | None:
    """'Allies at or above 2% of GDP: 3 (2014) → 5 (2016) → …': a line's label opening on a counted noun and closed by
    a colon names the count its bare numbers give (the percentage in it is the line counted up to, no figure); the
    noun, at the label's first word, else None."""
    if any(token.word.isalnum() for token in tokens[:position]) or tokens[position].word not in table.count_nouns:
        return None
    label = tokens[position : position + LABEL_LENGTH + 1]
    colon = next((at for at, token in enumerate(label) if token.text in {":", *CLAUSE_ENDS}), None)
    return tokens[position].word if colon is not None and label[colon].text == ":" else None


def _dated_in_a_series(tokens: list[Token], position: int) -> bool:
    """'3 in 2014,', '3 (2014) → 5 (2016)': a bare number a year follows, or its year in brackets, after a colon, a
    comma or an arrow opening its item."""
    after = [token.text for token in tokens[position + 1 : position + 3]]
    opens = position > 0 and (tokens[position - 1].text in {":", ","} or _arrow_before(tokens, position) is not None)
    dated = len(after) == len(("in", "2014")) and after[0] in {"in", "("} and bool(YEAR.match(after[1]))
    return opens and dated


MOVE_FROM, MOVE_TO = "from", "to"
MOVE_YEARS = 2  # the years a move's two ends are of


def _closing_after_a_link(tokens: list[Token], position: int, table: Cues) -> bool:
    """'has risen to 5.': a bare number right after a linking word, ending its clause (not the end of a move from
    another number, 'rose from 3 to 23', whose two ends are of two times)."""
    linked = position > 0 and tokens[position - 1].word in table.raw.counted_number_links
    moved = position >= MOVE_WORDS and tokens[position - MOVE_WORDS].word == "from"
    if moved and number_value(tokens[position - MOVE_WORDS + 1], table) is not None:
        return False
    return linked and (position + 1 == len(tokens) or tokens[position + 1].text in CLAUSE_ENDS | {","})


def elided_counts(tokens: list[Token], figures: list[Figure], noun: str) -> list[Figure]:
    """'In 2014 only three did.', 'In 2014 it was three.': a bare number (no year) before a verb standing for the
    previous sentence's, or after a phrase pointing back at its count, counts the noun that sentence counted."""
    table = cues()
    taken = {position for figure in figures for position in range(figure.start, figure.end)}
    words = [token.word for token in tokens]
    hedges = set(table.raw.restated_hedges)
    openers = [tuple(phrase.split()) for phrase in table.raw.elided_count_openers]
    found: list[Figure] = []
    for position, token in enumerate(tokens):
        value = number_value(token, table)
        if value is None or position in taken or YEAR.match(token.text) or token.text.endswith("%"):
            continue
        before = position
        while before > 0 and words[before - 1] in hedges:
            before -= 1
        follows = position + 1 < len(tokens) and words[position + 1] in table.raw.elided_count_verbs
        follows = follows or _increment_closing(words, position + 1, table)
        pointed = any(tuple(words[max(0, before - len(opener)) : before]) == opener for opener in openers)
        ends = position + 1 == len(tokens) or not tokens[position + 1].word.isalpha()
        if follows or (pointed and ends):
            found.append(Figure(FigureKind.COUNT, value, position, position + 1, noun=noun, elided=True))
    return found


def elided_percents(tokens: list[Token], figures: list[Figure]) -> list[Figure]:
    """After a sentence that stated a percentage, a bare number standing for one: right after 'at', closing its phrase
    ('Norway at 2.43 per cent in 2024. Denmark was at 2.15, Sweden at 2.05.'), or named a figure ('about 6 — no,
    sorry, 7.1 per cent. The 5.9 figure people quote is 2023'), read as a count of nothing before ('5.9 figure
    people') — the figures that replace it."""
    taken = {position: figure for figure in figures for position in range(figure.start, figure.end)}
    found: list[Figure] = []
    for position, token in enumerate(tokens):
        value = number_value(token, cues())
        if value is None or position == 0 or not NUMBER.match(token.text) or YEAR.match(token.text):
            continue
        holder = taken.get(position)
        named = _names_a_figure(tokens, position) and (holder is None or _counts_a_figure_noun(holder))
        if named or (holder is None and _closes_after_at(tokens, position)):
            found.append(Figure(FigureKind.PERCENT, value, position, position + 1))
    return found


def _closes_after_at(tokens: list[Token], position: int) -> bool:
    """'Denmark was at 2.15, Sweden at 2.05.': a decimal number right after 'at', closing its phrase."""
    closes = position + 1 == len(tokens) or tokens[position + 1].text in ELIDED_ENDS
    return closes and tokens[position - 1].word == "at" and "." in tokens[position].text


def _names_a_figure(tokens: list[Token], position: int) -> bool:
    """'The 5.9 figure', 'that 2.1 number': a number a determiner and a noun for a figure enclose."""
    after = tokens[position + 1].word if position + 1 < len(tokens) else ""
    return tokens[position - 1].word in {"the", "that"} and after in cues().raw.figure_nouns


def _counts_a_figure_noun(figure: Figure) -> bool:
    return figure.kind is FigureKind.COUNT and (figure.noun or "").split(" ")[0] in cues().raw.figure_nouns


def stated_a_percentage(figures: list[Figure]) -> bool:
    """'Right, Norway at 2.43 per cent in 2024, second only to Sweden': the sentence's last figure that is no year
    nor a place in an order is a percentage (not points)."""
    stated = [figure for figure in figures if figure.kind not in (FigureKind.YEAR, FigureKind.RANK)]
    return bool(stated) and stated[-1].kind is FigureKind.PERCENT and not stated[-1].points


def _increment_closing(words: list[str], at: int, table: Cues) -> bool:
    """'to buy six more, which …', '… and ordered two more.': an increment word closing the bare number's phrase (no
    word after it: 'two more years' counts years)."""
    if at >= len(words) or words[at] not in table.raw.elided_count_increments:
        return False
    return at + 1 == len(words) or not words[at + 1].isalpha()


def _day(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) <= 2 and 1 <= int(token.text) <= LAST_DAY


RANGED_KINDS = frozenset({FigureKind.MONEY, FigureKind.PERCENT, FigureKind.COUNT})  # a bare number may open their range
DASHED_KINDS = frozenset({FigureKind.MONEY, FigureKind.PERCENT})  # written short with a dash ('2.1–2.3%')
RANGE_DASHES = frozenset({"-", "–"})


def _range_start(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    """'from 62.4 to 82.7 billion euros', 'between 5 and 6 percent of GDP', 'between 50,000 and 60,000 soldiers',
    '2.1–2.3%': a bare number opening a range is in the unit, currency and scale of the amount, percentage or count
    closing it (written once, after the second number)."""
    if i + 2 >= len(tokens) or YEAR.match(tokens[i].text):
        return None
    value = number_value(tokens[i], table)
    worded = i > 0 and tokens[i - 1].word in RANGE_LINKS and tokens[i + 1].word == RANGE_LINKS[tokens[i - 1].word]
    if value is None or not (worded or _dashed_range(tokens, i)):
        return None
    closing = _figure_at(tokens, i + 2, table)
    if closing is None or closing.kind not in RANGED_KINDS or closing.start != i + 2:
        return None
    if not worded and (closing.kind not in DASHED_KINDS or value >= closing.value):
        return None
    return replace(closing, value=value, start=i, end=i + 1, total=None)


def _dashed_range(tokens: list[Token], i: int) -> bool:
    """'2.1–2.3%', '300-350 billion': two numbers joined by a dash with no space, a range written short (a dash
    between spaces may part a label from a figure: 'Table 1 – 2.5% of GDP')."""
    dash, closing = tokens[i + 1], tokens[i + 2]
    joined = tokens[i].end == dash.start and dash.end == closing.start
    return joined and dash.text in RANGE_DASHES and NUMBER.match(tokens[i].text) is not None


def _range_scale(tokens: list[Token], figure: Figure, table: Cues) -> Figure:
    """'between $400 and $460 billion', '€300–350 billion', 'from €40 to €50 bn': an amount opening a range with its
    currency sign but no scale is in the scale of the amount closing it, the scale written once, after the second."""
    if figure.kind is not FigureKind.MONEY or figure.scale is not None or figure.end + 1 >= len(tokens):
        return figure
    link = tokens[figure.end]
    worded = figure.start > 0 and RANGE_LINKS.get(tokens[figure.start - 1].word) == link.word
    dashed = link.text in RANGE_DASHES and tokens[figure.end - 1].end == link.start
    if not (worded or dashed):
        return figure
    closing = _figure_at(tokens, figure.end + 1, table)
    if closing is None or closing.kind is not FigureKind.MONEY or closing.scale is None:
        return figure
    if closing.currency not in (None, figure.currency) or figure.value >= closing.value:
        return figure
    return replace(figure, scale=closing.scale)


RESPECTIVE_LINKS = frozenset({"and", ","})  # between the figures of a list said 'respectively'
RESPECTIVE_REACH = 40  # tokens after a list's first figure where its 'respectively' may stand


def _respective_start(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    """'0.51 and 0.72 percentage points short respectively', '1.2, 1.4 and 1.9% respectively': a bare number in a
    list of figures the sentence gives 'respectively' is in the unit, currency and scale of the list's last figure,
    written once after it."""
    value = number_value(tokens[i], table)
    if value is None or not NUMBER.match(tokens[i].text) or YEAR.match(tokens[i].text):
        return None
    # looked for a few words ahead only: a scan to the sentence's end for every number was quadratic
    if not table.respective & {token.word for token in tokens[i : i + RESPECTIVE_REACH]}:
        return None
    position = i + 1
    while position + 1 < len(tokens) and tokens[position].word in RESPECTIVE_LINKS:
        closing = _figure_at(tokens, position + 1, table)
        if closing is not None:
            fits = closing.kind in RANGED_KINDS and closing.start == position + 1
            return replace(closing, value=value, start=i, end=i + 1, total=None) if fits else None
        if not NUMBER.match(tokens[position + 1].text) or YEAR.match(tokens[position + 1].text):
            return None
        position += 2
    return None


def _restated_count(tokens: list[Token], i: int, figures: list[Figure], table: Cues) -> Figure | None:
    """'an army of 300,000 soldiers, up from around 216,000 today': a bare number after 'from' (past 'about', 'around')
    is the earlier value of the count before it, a count of the same noun; after 'the goal of' ('181,000 soldiers, short
    of the goal of 203,000') the goal set for it, a count of the same noun too."""
    value = number_value(tokens[i], table)
    counts = [figure for figure in figures if figure.kind is FigureKind.COUNT and figure.noun]
    if value is None or YEAR.match(tokens[i].text) or not counts:
        return None
    position = _before_bounds(tokens, i, table)
    before = [token.word for token in tokens[max(0, position - table.restated_from.longest) : position]]
    restated = table.restated_from.ending_at(before, len(before)) or table.goal_of.ending_at(before, len(before))
    if not (restated or _listed_earlier_value(tokens, position, counts[-1])):
        return None
    return Figure(FigureKind.COUNT, value, i, i + 1, noun=counts[-1].noun)


def _before_bounds(tokens: list[Token], i: int, table: Cues) -> int:
    """Where the hedges and bounds right before token `i` begin ('from around 216,000', 'compared with fewer than
    100,000'): a bound says how far the earlier value may be from the number, not what it is of."""
    words = [token.word for token in tokens[:i]]
    skipped = (table.apposition - {","}) | set(table.raw.restated_hedges)
    bounds = (table.qualifiers["minimum"], table.qualifiers["maximum"])
    position = i
    while position > 0:
        if words[position - 1] in skipped:
            position -= 1
            continue
        bound = max(phrases.ending_at(words, position) for phrases in bounds)
        if not bound:
            break
        position -= bound
    return position


def _listed_earlier_value(tokens: list[Token], position: int, count: Figure) -> bool:
    """'up from 11 Allies in 2023 and just 3 in 2014': a bare number joined by 'and' to an earlier value of a count
    and its year is another earlier value of it."""
    table = cues()
    words = [token.word for token in tokens]
    year = position - 2
    if position < EARLIER_LIST_WORDS or words[position - 1] != "and" or not YEAR.match(words[year]):
        return False
    if count.end != year - 1 or words[year - 1] != "in":
        return False
    start = count.start
    while start > 0 and words[start - 1] in set(table.raw.restated_hedges) | (table.apposition - {","}):
        start -= 1
    return bool(table.restated_from.ending_at(words, start))


def _bare_points(tokens: list[Token], i: int, figures: list[Figure], table: Cues) -> Figure | None:
    """'rose from 1.5 % to 1.9 % of GDP, so the gap …, at 2.3 %, narrowed by 0.4 points': a number followed by
    'points' alone, after percentages in the sentence, is a change in percentage points, as 'percentage points' is."""
    value = number_value(tokens[i], table)
    if value is None or not NUMBER.match(tokens[i].text) or YEAR.match(tokens[i].text):
        return None
    words = [token.word for token in tokens[max(0, i - POINTS_MOVE_REACH) : i]]
    # 'Latvia follows with a gain of 2.79 points', 'estimated to fall in 2025, by 0.05 points': a move in points
    moved = (
        words[-1:] in (["by"], *([sign] for sign in MOVE_SIGNS))  # '+2.26 pp': a signed number moved
        or table.change.within(words, 0, len(words))
        or bool(set(words) & set(table.raw.point_moves))
    )
    if not moved and not any(figure.kind is FigureKind.PERCENT and not figure.points for figure in figures):
        return None
    points = table.point_words.starting_at([token.word for token in tokens[i + 1 : i + 3]], 0)
    return Figure(FigureKind.PERCENT, value, i, i + 1 + points, points=True) if points else None


def _elided_percent(tokens: list[Token], i: int, figures: list[Figure], table: Cues) -> Figure | None:
    """'followed by Lithuania at 4% and Latvia at 3.73', 'Lithuania at four percent and Latvia at three point seven
    three': a bare number after 'at' closing a list whose figure before it, a few words back past a list link and a
    name, is a percentage, is a percentage too, its sign written once before."""
    value = number_value(tokens[i], table)
    if value is None or not NUMBER.match(tokens[i].text) or YEAR.match(tokens[i].text) or not figures:
        return None
    previous = figures[-1]
    listed = {token.word for token in tokens[previous.end : i]} & ELIDED_LIST_LINKS
    if previous.kind is not FigureKind.PERCENT or previous.points or not listed or i - previous.end > ELIDED_REACH:
        return None
    closes = i + 1 == len(tokens) or tokens[i + 1].text in ELIDED_ENDS
    return Figure(FigureKind.PERCENT, value, i, i + 1) if closes and tokens[i - 1].word == "at" else None


def _elided_move_base(tokens: list[Token], i: int, figures: list[Figure], table: Cues) -> Figure | None:
    """'2.5 per cent by 2027, from about 2.3 today': a bare decimal number after 'from' (and a hedge) right past a
    percentage, closing its phrase or dated ('today', 'in 2024'), is the percentage the move started from."""
    value = number_value(tokens[i], table)
    if value is None or not NUMBER.match(tokens[i].text) or "." not in tokens[i].text or not figures:
        return None
    start = i
    while start > 0 and tokens[start - 1].word in table.apposition - {","}:
        start -= 1
    previous = next((figure for figure in reversed(figures) if figure.kind is not FigureKind.YEAR), None)
    if start == 0 or tokens[start - 1].word != CHANGE_BASE_WORD or previous is None:
        return None
    if previous.kind is not FigureKind.PERCENT or previous.points or start - previous.end > ELIDED_REACH:
        return None
    after = tokens[i + 1].word if i + 1 < len(tokens) else ""
    dated = after in table.raw.period_prepositions or bool(table.relative.starting_at([after], 0))
    return Figure(FigureKind.PERCENT, value, i, i + 1) if not after.isalnum() or dated else None


def _said_exactly(tokens: list[Token], i: int, figures: list[Figure], table: Cues) -> Figure | None:
    """'Nearly ninety billion dollars in 2024 on SIPRI's numbers, eighty-eight point five, up …', 'about one point
    three percent, or 1.28 if you want NATO's decimals': a bare number set after a comma or 'or' a few words past an
    approximate amount or percentage (a year between), and close to it, is that figure said exactly, in its unit and
    scale."""
    value = number_value(tokens[i], table)
    if value is None or not NUMBER.match(tokens[i].text) or YEAR.match(tokens[i].text) or not figures:
        return None
    rounded = next((figure for figure in reversed(figures) if figure.kind is not FigureKind.YEAR), figures[-1])
    if rounded.kind not in PRIOR_KINDS or rounded.points or rounded.total is not None or not rounded.value:
        return None
    hedged = rounded.start > 0 and tokens[rounded.start - 1].word in label_hedges()
    led = tokens[i - 1].word in RESTATED_LEADS
    near = 0 < i - rounded.end <= RESTATED_REACH and 1 / RESTATED_RATIO <= value / rounded.value <= RESTATED_RATIO
    if not (hedged and led and near) or value == rounded.value:
        return None
    return replace(rounded, value=value, start=i, end=i + 1, elided=False, prior=False)


def _dated_after(tokens: list[Token], i: int, table: Cues) -> bool:
    """'an army of 300,000 by 2035': a period's preposition and a year, which count nothing."""
    year = tokens[i + 1].text if i + 1 < len(tokens) else ""
    return tokens[i].word in table.raw.period_prepositions and bool(YEAR.match(year))


def _headcount(tokens: list[Token], i: int, figures: list[Figure], table: Cues) -> Figure | None:
    """'The regular Army's trained strength was 70,860', 'But outflow was 15,030': a bare number (no year, no unit or
    noun after it) right after a linking verb is a count of personnel when a noun naming the size of a body of people
    stands a few words before that verb, no figure between; so is one right after a body of people's name ('our goal
    remains an army of 300,000')."""
    value = number_value(tokens[i], table)
    if value is None or not NUMBER.match(tokens[i].text) or YEAR.match(tokens[i].text):
        return None
    if i + 1 < len(tokens) and tokens[i + 1].word.isalpha() and not _dated_after(tokens, i + 1, table):
        return None  # '12,950 people', '70,860 in April': a count of its own noun, or another figure
    words = [token.word for token in tokens]
    position = i
    while position > 0 and words[position - 1] in table.apposition - {","}:
        position -= 1
    if any(tuple(words[max(0, position - len(p)) : position]) == p for p in _headcount_of()):
        return Figure(FigureKind.COUNT, value, i, i + 1, noun="personnel")  # 'an army of 300,000'
    link = next((len(p) for p in _headcount_links() if tuple(words[max(0, position - len(p)) : position]) == p), 0)
    if not link:
        return None
    reach = range(max(0, position - link - HEADCOUNT_REACH), position - link)
    noun = next((p for p in reach if words[p] in table.raw.headcount_nouns), None)
    if noun is None or any(figure.end > noun for figure in figures):
        return None
    return Figure(FigureKind.COUNT, value, i, i + 1, noun="personnel")


def _sized_body(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    """'a 300,000-strong force', 'an army 180,000 strong': a bare number before the word giving a body of people's
    size is a count of personnel."""
    value = number_value(tokens[i], table)
    if value is None or not NUMBER.match(tokens[i].text) or YEAR.match(tokens[i].text):
        return None
    sized = _headcount_after().starting_at([token.word for token in tokens], i + 1)
    return Figure(FigureKind.COUNT, value, i, i + 1 + sized, noun="personnel") if sized else None


def _label_before(tokens: list[Token], i: int, figures: list[Figure], *, thresholds: bool = False) -> list[str] | None:
    """The words of the short label opening the line whose colon stands right before token `i`, maybe with a mark
    of approximation between ('Personnel (January 2025): c. 205,000'); None when no such label closes there. The
    label's own figures may only be the years its brackets date the value by ('World rank (SIPRI, 2024): 13th'), and,
    with `thresholds`, the percentage those counted are at ('Allies at or above 2% of GDP: 23')."""
    colon = i - 2 if i > 1 and tokens[i - 1].word in label_hedges() else i - 1
    if colon < 1 or tokens[colon].text != ":":
        return None
    # '… military service from 2026; first intake target: 15,000': a label opens its clause, after a semicolon
    opening = max((at + 1 for at in range(colon) if tokens[at].text == CLAUSE_MARK), default=0)
    if any(token.text == ":" for token in tokens[opening:colon]):
        return None
    own = {FigureKind.YEAR, FigureKind.PERCENT} if thresholds else {FigureKind.YEAR}
    if any(figure.end > opening and (figure.kind not in own or figure.end > colon) for figure in figures):
        return None
    label = [token.word for token in tokens[opening:colon] if token.word.isalpha() or "'" in token.word]
    return label if label and len(label) <= LABEL_LENGTH else None


def _count_arrowed_on(tokens: list[Token], i: int, figures: list[Figure], table: Cues) -> Figure | None:
    """'Allies at or above 2% of GDP: 3 (2014) → 5 (2016) → 9 (2019)': a bare number an arrow leads to from a count of
    a noun (only the year dating that count between) counts that noun again, at the arrow's end."""
    value = number_value(tokens[i], table)
    if value is None or not NUMBER.match(tokens[i].text) or YEAR.match(tokens[i].text):
        return None
    if i + 1 < len(tokens) and tokens[i + 1].word.isalpha():
        return None
    arrow = _arrow_before(tokens, i)
    earlier = [figure for figure in figures if figure.kind is not FigureKind.YEAR]
    if arrow is None or not earlier or earlier[-1].kind is not FigureKind.COUNT or not earlier[-1].noun:
        return None
    between = tokens[earlier[-1].end : arrow]
    dating = all(
        token.text in "()" or YEAR.match(token.text) or token.word in table.raw.year_suffixes for token in between
    )
    return Figure(FigureKind.COUNT, value, i, i + 1, noun=earlier[-1].noun) if dating else None


def _count_dated_again(tokens: list[Token], i: int, figures: list[Figure], table: Cues) -> Figure | None:
    """'80 000 reservists by 2030, and the long-term ambition is 105 000 by 2035', '6 300 additional posts …,
    including 700 in 2024 alone', '137 Rafale combat aircraft in 2030, on the way to 185 in 2035': a bare number (no
    word of its own after it) dated by a year right after it, when the sentence's last figure before it is a count
    of a noun, counts that noun again for its own year."""
    value = number_value(tokens[i], table)
    if value is None or not NUMBER.match(tokens[i].text) or YEAR.match(tokens[i].text) or i + 2 >= len(tokens):
        return None
    if tokens[i + 1].word not in table.raw.level_date_prepositions or not YEAR.match(tokens[i + 2].text):
        return None
    earlier = [figure for figure in figures if figure.kind is not FigureKind.YEAR]
    if not earlier or earlier[-1].kind is not FigureKind.COUNT or not earlier[-1].noun:
        return None
    return Figure(FigureKind.COUNT, value, i, i + 1, noun=earlier[-1].noun)


@cache
def label_hedges() -> frozenset[str]:
    """The words between a label's colon and its figure that make the figure approximate ('c. 205,000', 'approx.
    182,000', 'about 60,000'): a circa mark or a one-word hedge (data: qualifiers.approximate)."""
    hedges = cues().raw.qualifiers["approximate"]
    return CIRCA | frozenset(hedge for hedge in hedges if " " not in hedge)


def _labelled_count(tokens: list[Token], i: int, figures: list[Figure], table: Cues) -> Figure | None:
    """'- Years of consecutive increase: 10', '- European countries that did not increase spending: 1 (Malta)',
    'Personnel (January 2025): c. 205,000': a bare number (no year, no word after it) right after the colon closing
    a short label that opens the line is a count of the noun the label opens with."""
    value = number_value(tokens[i], table)
    if value is None or not NUMBER.match(tokens[i].text) or YEAR.match(tokens[i].text):
        return None
    if i + 1 < len(tokens) and tokens[i + 1].word.isalpha() and not _dated_after(tokens, i + 1, table):
        return None  # 'Personnel target: 203,000 by 2031' is a count still, dated by its year
    label = _label_before(tokens, i, figures, thresholds=True) or []
    noun = next((word for word in label[:LABEL_HEAD_REACH] if word in table.count_nouns), None)
    if noun is None and set(label) & set(table.raw.headcount_nouns):
        noun = "personnel"  # 'first intake target: 15,000': the size of a body of people, as 'the intake was 15,000'
    return Figure(FigureKind.COUNT, value, i, i + 1, noun=noun) if noun else None


@cache
def _headcount_of() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.split()) for phrase in cues().raw.headcount_of)


@cache
def _headcount_after() -> Phrases:
    return Phrases(cues().raw.headcount_after)


@cache
def _headcount_links() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.split()) for phrase in cues().raw.headcount_links)


def _clock_time(tokens: list[Token], i: int) -> int:
    """'08:02 CEST', 'at 14:30': a time of day (hours, a colon and two-digit minutes, written together) is no
    figure; its number of tokens, else 0."""
    if i + 2 >= len(tokens) or not tokens[i].text.isdigit() or len(tokens[i].text) > CLOCK_DIGITS:
        return 0
    colon, minutes = tokens[i + 1], tokens[i + 2]
    together = tokens[i].end == colon.start and colon.end == minutes.start
    return 3 if together and colon.text == ":" and minutes.text.isdigit() and len(minutes.text) == CLOCK_DIGITS else 0


def _figure_at(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    token = tokens[i]
    return (
        _money_prefixed(tokens, i, table)
        or _percent(tokens, i, table)
        or _money_suffixed(tokens, i, table)
        or _money_unscaled(tokens, i, table)
        or _year(tokens, i, table)
        or _fraction(tokens, i, table)
        or _ratio_in_words(tokens, i, table)
        or _multiple(tokens, i, table)
        or _numbered_place(tokens, i, table)
        or _rank(tokens, i, table)
        or _count(tokens, i, table)
        if token.text
        else None
    )


def _scale_at(tokens: list[Token], i: int, table: Cues) -> float | None:
    return table.scales.get(tokens[i].word) if i < len(tokens) else None


def _money_prefixed(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    """'$485 billion', 'US$ 997', 'EUR 100 billion', '£13.4 billion', 'PLN 186.6 billion'; 'SEK -412m', a loss or an
    outflow, is negative; 'kr. 4,5 milliarder': a word several currencies share, read by whose figure it is."""
    token = tokens[i]
    currency = table.raw.currency_symbols.get(token.text)
    if currency is None and CURRENCY_CODE.match(token.text) and token.text in table.raw.currency_codes:
        currency = token.text
    shared = table.currencies_of_word(token.word) if currency is None else ()
    negative = i + 1 < len(tokens) and tokens[i + 1].text in MINUS_SIGNS
    number = i + 1 + negative
    if (currency is None and not shared) or number >= len(tokens) or not NUMBER.match(tokens[number].text):
        return None
    scale = _scale_at(tokens, number + 1, table)
    if shared and scale is None and _year_like(tokens[number].text):
        return None  # 'in crowns 2024': a year after the word, no amount
    end = number + 2 if scale else number + 1
    value = float(tokens[number].text.replace(",", ""))
    return Figure(FigureKind.MONEY, -value if negative else value, i, end, currency, scale, currencies=shared)


def _percent_sign(words: list[str], at: int) -> int:
    """How many words the percent sign at `at` takes ('%', 'percent', 'per cent', 'procent'), else 0."""
    return cues().percent_signs.starting_at(words, at)


def _percent(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    value = number_value(tokens[i], table)
    if value is None or i + 1 >= len(tokens):
        return None
    following = [t.word for t in tokens[i + 1 : i + 3]]
    if following in (["percentage", "points"], ["percentage", "point"]):
        return Figure(FigureKind.PERCENT, value, i, i + 3, points=True)
    sign = _percent_sign(following, 0)
    return Figure(FigureKind.PERCENT, value, i, i + 1 + sign) if sign else None


def _money_suffixed(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    """'100 billion euro', '10.8 trillion roubles', '9 billion Canadian dollars', '159 billion' (currency later)."""
    if not NUMBER.match(tokens[i].text):
        return None
    scale = _scale_at(tokens, i + 1, table)
    if scale is None:
        return None
    amount = float(tokens[i].text.replace(",", ""))
    named = _named_currency(tokens, i, table)
    if named:
        currency, currencies, end = named
        return Figure(FigureKind.MONEY, amount, i, end, currency, scale, currencies=currencies)
    counted = _scaled_count(tokens, i, scale, table)
    if counted:
        return counted
    return Figure(FigureKind.MONEY, amount, i, i + 2, None, scale)


def _money_unscaled(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    """'around 2,600 euros a month', 'contracts below 443,000 euros': an amount whose currency follows it with no
    scale between; never a year ('in 2024 dollars' names the prices, no amount)."""
    if not NUMBER.match(tokens[i].text) or _year_like(tokens[i].text):
        return None
    named = _named_currency(tokens, i, table, after=1)
    if named is None:
        return None
    currency, currencies, end = named
    if _a_rate(tokens, i, end):
        return None
    return Figure(
        FigureKind.MONEY, float(tokens[i].text.replace(",", "")), i, end, currency, None, currencies=currencies
    )


def _a_rate(tokens: list[Token], start: int, end: int) -> bool:
    """'3.65 PLN per US dollar', '4.27 zloty to the euro', '4.26 zł for 1 euro': an amount of one currency beside
    another currency, a few words either side, is an exchange rate, no amount of money."""
    before = [token.word for token in tokens[max(0, start - RATE_REACH) : start]]
    after = [token.word for token in tokens[end : end + RATE_REACH]]
    return any(names_a_currency(words[at:]) for words in (before, after) for at in range(len(words)))


def _year_like(text: str) -> bool:
    return YEAR.match(text) is not None


def _named_currency(
    tokens: list[Token], i: int, table: Cues, *, after: int = 2
) -> tuple[str | None, tuple[str, ...], int] | None:
    """The currency named after the amount at `i` and its scale ('Danish crowns', 'euros', 'PLN'), the currencies a
    shared word may name ('crowns': whose, the record decides), and where the words end; `after`: how many tokens
    the amount and its scale take."""
    start = i + after
    words = [t.word for t in tokens[start : start + 3]]
    shared = table.currencies_of_word(words[0]) if words else ()
    if shared:
        return None, shared, start + 1
    for length in (3, 2, 1):
        currency = table.currency_of_words(words[:length]) if len(words) >= length else None
        if currency:
            return currency, (), start + length
    if start < len(tokens) and tokens[start].text in table.raw.currency_codes:
        return tokens[start].text, (), start + 1
    return None


def _scaled_count(tokens: list[Token], i: int, scale: float, table: Cues) -> Figure | None:
    """'1.5 million people', '2 million active reservists': a scaled number of a counted noun is a count
    (1,500,000 people), never an amount of money. The noun follows within a few plain words, none a
    preposition or link ('20 billion for allies' stays money)."""
    stops = frozenset(table.raw.period_prepositions) | table.list_links | table.apposition
    if i + 2 < len(tokens) and _people_of(tokens[i + 2]):  # '500 million Europeans', '140 million Russians'
        return Figure(
            FigureKind.COUNT, (number_value(tokens[i], table) or 0.0) * scale, i, i + 3, noun=tokens[i + 2].text
        )
    for j in range(i + 2, min(len(tokens), i + 2 + COUNT_GAP)):
        word = tokens[j].word
        if not word[:1].isalpha() or word in stops or number_value(tokens[j], table) is not None:
            return None
        if word in table.count_nouns:
            noun = " ".join(t.text for t in tokens[i + 2 : j + 1])
            return Figure(FigureKind.COUNT, (number_value(tokens[i], table) or 0.0) * scale, i, j + 1, noun=noun)
    return None


def _people_of(token: Token) -> bool:
    """'Europeans', 'Americans': a capitalised plural naming the people of a place (one of its entity's names, not
    the name itself: 'the Netherlands' is no people) counts people, never money."""
    name = entity_tables().folded.get((token.word,))
    return (
        name is not None
        and token.text[:1].isupper()
        and token.word.endswith("s")
        and fold(name) != token.word
        and entity_tables().kind(name) in PEOPLE_KINDS
    )


def _year_of(token: Token, table: Cues) -> str | None:
    """A token's year: '2025', or one written with a fiscal-year prefix ('FY2025' is fiscal 2025, and so is 'FY25':
    after the prefix a year may be written short)."""
    fiscal = _prefixed_fiscal_year(token.word, table)
    if fiscal:
        return fiscal[0]
    return token.word if YEAR.match(token.word) else None


def is_fiscal_year_word(word: str) -> bool:
    """'fy2025', 'fy25', 'fy2025-26': a year written with a fiscal-year prefix (the cues' `fiscal_year_prefixes`)."""
    return _prefixed_fiscal_year(word, cues()) is not None


def one_fiscal_year_of_word(word: str) -> int | None:
    """'fy2025', 'fy25': the one fiscal year a word writes with a fiscal-year prefix, by the year that names it (a US
    fiscal year is named by the year it ends in, as written); None for a span ('fy25-26') or any other word."""
    read = _prefixed_fiscal_year(word, cues())
    return int(read[0]) if read is not None and read[1] is None else None


FISCAL_SPELLINGS_KEPT = 16384  # the verifier spells out every word of an answer's evidence on every check


@lru_cache(maxsize=FISCAL_SPELLINGS_KEPT)
def fiscal_year_spellings(word: str) -> frozenset[str]:
    """'fy2025' and 'fy25': the ways one fiscal year's word is written, whole and short, with the word's own prefix;
    none for another word."""
    year = one_fiscal_year_of_word(word)
    if year is None:
        return frozenset()
    prefix = next(prefix for prefix in cues().raw.fiscal_year_prefixes if word.startswith(prefix))
    return frozenset({f"{prefix}{year}", f"{prefix}{year % 100:02d}"})


FISCAL_YEAR_WORD = re.compile(r"\b[a-z]+\d\d(?:\d\d)?(?:[-–][a-z]*\d\d(?:\d\d)?)?\b", re.IGNORECASE)


def fiscal_years_named(text: str) -> set[int]:
    """The years a text writes with a fiscal-year prefix, by their first year ('FY2024', 'FY25-26': 2024, 2025),
    which a plain year's pattern does not read ('FY2024' has no word boundary before its digits)."""
    table = cues()
    found = set()
    for word in FISCAL_YEAR_WORD.findall(text):
        read = _prefixed_fiscal_year(word.casefold().replace("–", "-"), table)
        if read is not None:
            found.add(int(read[0]))
    return found


def _prefixed_fiscal_year(word: str, table: Cues) -> tuple[str, str | None] | None:
    """A year written with a fiscal-year prefix, and the end of the span the same word gives, as written: 'FY2025'
    ('2025', None), 'FY25' ('2025', None), 'FY25-26' and 'FY2025-26' ('2025', '26'), 'FY2023-FY2027' ('2023',
    '2027')."""
    for prefix in table.raw.fiscal_year_prefixes:
        if not word.startswith(prefix):
            continue
        start, dash, end = word[len(prefix) :].partition("-")
        end = end.removeprefix(prefix)
        if PREFIXED_YEAR.match(start) and (not dash or PREFIXED_YEAR.match(end)):
            return _whole_year(start), end or None
    return None


def _whole_year(written: str) -> str:
    """A year after a fiscal-year prefix written whole ('2025') or short ('25': 2025, '98': 1998)."""
    if len(written) == len("2025"):
        return written
    century = LAST_CENTURY if int(written) > SHORT_YEAR_PIVOT else THIS_CENTURY
    return f"{century}{written}"


def _year(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    """A year; a span of years ('from 2026 to 2030', 'between 2014 and 2024', 'FY2023–FY2027') or a fiscal year
    ('2029-30', 'FY29-30') whole; a span of fiscal years ('between 2014-15 and 2024-25') by the years they start in."""
    single = _one_year(tokens, i, table)
    if single is None or not single.period_text or not _fiscal_year_text(single.period_text):
        return single
    links = table.raw.year_range_links.get(tokens[i - 1].word, []) if i > 0 else []
    if single.end + 1 >= len(tokens) or tokens[single.end].word not in links:
        return single
    last = _one_year(tokens, single.end + 1, table)
    if last is None or not last.period_text or not _fiscal_year_text(last.period_text) or last.value <= single.value:
        return single
    if last.value == single.value + 1:
        # 'rose by £4.2bn between 2022/23 and 2023/24': a move between fiscal years that follow each other is over the
        # later one; the span of their first years ('2022-2023') would read as the earlier fiscal year itself
        return Figure(FigureKind.YEAR, last.value, i, last.end, period_text=last.period_text)
    return Figure(FigureKind.YEAR, single.value, i, last.end, period_text=f"{single.value:.0f}-{last.value:.0f}")


def _fiscal_year_text(period: str) -> bool:
    """'2024-25', '2023-24': one fiscal year, its end the year after its start."""
    start, _, end = period.partition("-")
    return len(end) == len("25") and (int(start) + 1) % 100 == int(end)


def _one_year(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    """A year, a span of calendar years or a fiscal year, as `_year` reads them."""
    year = _year_of(tokens[i], table)
    if year is None or _price_base(tokens, i, table):
        return None
    fiscal = _prefixed_fiscal_year(tokens[i].word, table)
    if fiscal and fiscal[1]:
        end = fiscal[1] if YEAR.match(fiscal[1]) else _span_end(year, fiscal[1])
        return Figure(FigureKind.YEAR, float(year), i, i + 1, period_text=f"{year}-{end}")
    following = tokens[i + 1 : i + 3]
    last = _year_of(following[1], table) if len(following) == 2 else None
    links = table.raw.year_range_links.get(tokens[i - 1].word, []) if i > 0 else []
    if last and following[0].word in links and not _respectively_after(tokens, i + 3):
        return Figure(FigureKind.YEAR, float(year), i, i + 3, period_text=f"{year}-{last}")
    marked = _arrowed_from_a_marked_year(tokens, i, table)  # '(2024e → 2025 budget)': from an estimated year on
    end, last = (i + 1 + MARKED_SPAN_TOKENS, marked) if marked else (i + 3, last)
    if marked or (last and following[0].text in ARROWS):  # '2014 → 2024: +62 %': the span a change is measured over
        return Figure(FigureKind.YEAR, float(year), i, end, period_text=f"{year}-{last}")
    if len(following) == 2 and following[0].text in "-–/" and (last or re.fullmatch(r"\d{2}", following[1].text)):
        return Figure(
            FigureKind.YEAR, float(year), i, i + 3, period_text=f"{year}-{last or _span_end(year, following[1].text)}"
        )
    return Figure(FigureKind.YEAR, float(year), i, i + 1)


RESPECTIVELY = "respectively"  # '2.0% and 2.1% for 2024 and 2025 respectively': two years, one figure each


def _respectively_after(tokens: list[Token], end: int) -> bool:
    return any(token.word == RESPECTIVELY for token in tokens[end : end + 2])


def _arrowed_from_a_marked_year(tokens: list[Token], i: int, table: Cues) -> str | None:
    """'2024e → 2025': a year glued to the letters marking its figures estimated, an arrow, and a later year; that
    later year, else None."""
    following = tokens[i + 1 : i + 1 + MARKED_SPAN_TOKENS]
    if len(following) < MARKED_SPAN_TOKENS or following[0].start != tokens[i].end:
        return None
    if following[0].word not in table.raw.year_suffixes or following[1].text not in ARROWS:
        return None
    last = _year_of(following[2], table)
    return last if last and int(last) > int(_year_of(tokens[i], table) or last) else None


def _price_base(tokens: list[Token], i: int, table: Cues) -> bool:
    """'computed in constant 2015 prices': a year naming the prices figures are measured in, no time anything is of
    ('In 2022 prices rose' is a year)."""
    after = tokens[i + 1].word if i + 1 < len(tokens) else ""
    before = tokens[i - 1].word if i > 0 else ""
    return after in table.raw.price_base_after and before in table.raw.price_base_before


def _span_end(year: str, short: str) -> str:
    """The end of a span of years written short: '2029-30' is one fiscal year, kept as written; '2022–24' and
    '2024–27' span several, their end written whole ('2027') as in 'from 2024 to 2027' (a month, '2025-06', is none)."""
    end = int(year) // 100 * 100 + int(short)
    return str(end) if end > int(year) + 1 else short


def _fraction(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    """'half of it', 'roughly one third of the total' (50 and 33.3 percent); 'a quarter point', 'half a percentage
    point' (points); not 'the first half of 2025'."""
    words = [t.word for t in tokens[i : i + FRACTION_REACH]]  # a window: never every token, for every token
    start = 1 if words[0] in table.fraction_openers else 0
    hyphenated = _hyphenated_fraction(words[start : start + 1], table)
    length = 1 if hyphenated else table.fraction_words.starting_at(words, start)
    if not length or (i > 0 and tokens[i - 1].word in table.ordinals):
        return None
    if start == 0 and length == 1 and words[0] in table.ordinals:
        return None  # 'ranks fifth of the 32 allies': an ordinal with no 'a' or 'one' before it is a place
    value = hyphenated or table.fraction_of(words[start : start + length]) or 0.0
    end = start + length
    after = end + 1 if words[end : end + 1] == ["a"] else end
    if words[end : end + 1] == ["of"] and words[end + 1 : end + 2] and words[end + 1] in table.fraction_openers:
        after = end + 2  # 'a quarter of a percentage point', 'half of one percent': a fraction of the unit itself
    points = table.point_words.starting_at(words, after)
    if points:
        return Figure(FigureKind.PERCENT, value, i, i + after + points, points=True)
    sign = _percent_sign(words, after)
    if sign:
        return Figure(FigureKind.PERCENT, value, i, i + after + sign)  # 'half of one percent': 0.5%
    if words[end : end + 1] == ["of"]:
        stated = not any(YEAR.match(word) for word in words[end + 1 : end + 3])  # not 'half of 2025'
    else:
        stated = _fraction_as_a_value(tokens, i, words[end : end + 1], table)
    return Figure(FigureKind.PERCENT, round(value * 100, 1), i, i + end) if stated else None


def _fraction_as_a_value(tokens: list[Token], i: int, following: list[str], table: Cues) -> bool:
    """'fell by roughly a fifth in real terms', 'cut by half.': a fraction with no 'of' after it is a percentage only as
    the value a word such as 'by' gives, past a hedge ('about', 'more than'), its clause ending right after it (not
    'a third party', 'the first half')."""
    if following and following[0] not in FRACTION_ENDS and following[0] not in table.raw.period_prepositions:
        return False
    before = [token.word for token in tokens[max(0, i - FRACTION_HEDGE_REACH) : i]]
    at = len(before)
    for hedge in FRACTION_HEDGES:
        at -= table.qualifiers[hedge].ending_at(before, at)
    return at > 0 and before[at - 1] in table.raw.fraction_value_links


def _ratio_in_words(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    """'one in three dollars', 'roughly one in eight', 'four euros in every five', 'three out of ten': so many of
    every so many more, a share (33.3, 12.5, 80 and 30 percent); a year is no second number ('5 in 2024')."""
    part = number_value(tokens[i], table)
    if part is None or part <= 0 or YEAR.match(tokens[i].text):
        return None
    words = [t.word for t in tokens[i + 1 : i + 1 + RATIO_REACH]]  # a window: never every token, for every token
    at = 1 if words[:1] and words[0].isalpha() and not table.ratio_links.starting_at(words, 0) else 0
    link = table.ratio_links.starting_at(words, at)
    whole_at = i + 1 + at + link
    whole = number_value(tokens[whole_at], table) if link and whole_at < len(tokens) else None
    if whole is None or whole <= part or YEAR.match(tokens[whole_at].text) or _standing_in_verb(tokens, whole_at + 1):
        return None  # '23 out of 32 did': so many of those the sentence before counted, a count of them
    return Figure(FigureKind.PERCENT, round(100 * part / whole, 1), i, whole_at + 1, ratio=True)


def _hyphenated_fraction(word: list[str], table: Cues) -> float | None:
    """'three-fifths', 'two-thirds': a fraction written as one hyphenated word, its value; else None."""
    return table.fraction_of(word[0].split("-")) if word and "-" in word[0] else None


def fraction_said_at(words: list[str], start: int, table: Cues) -> bool:
    """A fraction in words starts at `start` ('two thirds', 'half', 'two-thirds')."""
    return bool(table.fraction_words.starting_at(words, start) or _hyphenated_fraction(words[start : start + 1], table))


def _multiple(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    """'three times the 2024 level', 'more than tripled', 'roughly double' (not 'that doubling': a change named
    again)."""
    if tokens[i].word in table.multipliers:
        if i > 0 and tokens[i - 1].word in table.multiple_pointers:
            return None
        return Figure(FigureKind.MULTIPLE, table.multipliers[tokens[i].word], i, i + 1)
    value = number_value(tokens[i], table)
    if value is not None and i + 1 < len(tokens) and tokens[i + 1].word in table.multiple_after:
        return Figure(FigureKind.MULTIPLE, value, i, i + 2)
    if value is not None and stated_ratio(tokens, i, table):
        return Figure(FigureKind.MULTIPLE, value, i, i + 1)
    return None


def stated_ratio(tokens: list[Token], i: int, table: Cues) -> bool:
    """'a book-to-bill ratio of 1.23': a bare number (not a year; no amount, percentage or count, read before it)
    right after the words naming a ratio of two amounts."""
    token = tokens[i]
    if not NUMBER.match(token.text) or YEAR.match(token.text):
        return False
    words = [t.word for t in tokens[max(0, i - table.ratio_before.longest) : i]]
    return bool(table.ratio_before.ending_at(words, len(words)))


def _ordinal(token: Token, table: Cues) -> tuple[int | None, str | None]:
    """An ordinal's value, and the rank word joined to it ('fourth-largest' -> 4, 'largest')."""
    head, _, tail = token.word.partition("-")
    digits = ORDINAL_DIGITS.match(head)
    value = int(digits.group(1)) if digits else table.ordinals.get(head)
    return value, tail or None


def _rank_top(tokens: list[Token], i: int, table: Cues) -> int | None:
    """'Poland leads at 4.12%', 'Poland again leads, at four point four eight percent': where the words saying the
    figure after them tops a ranking end (a comma of the speaker's pause between them is no break), else None."""
    if tokens[i].word == ",":
        return None
    span = tokens[i : i + table.rank_top.longest + 1]  # never every token, for every token
    kept = [at for at, token in enumerate(span) if token.word != ","]
    top = table.rank_top.starting_at([span[at].word for at in kept], 0)
    if not top:
        return None
    end = i + kept[top - 1] + 1
    bounded = end < len(tokens) and tokens[end].word in BOUND_WORDS  # 'leads, at least for now': no figure follows
    return None if bounded else end


BOUND_WORDS = frozenset({"least", "most"})


def _ranked_first(tokens: list[Token], i: int, table: Cues) -> bool:
    """'the biggest spender in Central and Western Europe', 'the heaviest military burden of any country' (not 'one of
    the largest increases in the alliance')."""
    if i == 0 or tokens[i - 1].word != "the" or tokens[i].word not in table.rank_superlatives:
        return False
    if [t.word for t in tokens[max(0, i - 3) : i - 1]] == ["one", "of"]:
        return False
    words = [t.word for t in tokens[i + 1 : i + 2 + SCOPE_GAP]]
    scope = next((position for position in range(len(words)) if table.rank_scopes.starting_at(words, position)), None)
    if scope is None or (scope > 0 and _plural(words[scope - 1])):
        return False
    # 'the highest level in more than half a century': a record over time, no place among others
    after = [t.word for t in tokens[i + 1 + scope : i + 1 + scope + RECORD_REACH]]
    return not set(after) & set(table.raw.record_spans)


def _plural(noun: str) -> bool:
    """'the biggest structural shifts in military spending': the superlative of several things ranks no one first
    (a 'spender' or a 'burden' is one)."""
    return noun.endswith("s") and not noun.endswith(("ss", "us", "is"))


def _rank(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    top = _rank_top(tokens, i, table)
    if top:
        return Figure(FigureKind.RANK, 1.0, i, top)
    if _ranked_first(tokens, i, table):
        return Figure(FigureKind.RANK, 1.0, i, i + 1)
    value, joined = _ordinal(tokens[i], table)
    if not value:
        return None
    after = tokens[i + 1].word if i + 1 < len(tokens) else ""
    before = tokens[i - 1].word if i > 0 else ""
    if i > 1 and tokens[i - 2].word in table.rank_before and (tokens[i - 1].text[:1].isupper() or before == "it"):
        before = tokens[i - 2].word  # 'NATO ranked Poland first', 'ranks it fifth'
    counted = None if joined else _ordinal_count(tokens, i, value, table) or _place_in_order(tokens, i, value, table)
    if counted:
        return counted
    named_before = i > 0 and tokens[i - 1].text[:1].isupper() and after in {".", ",", "and", ";"}
    if (
        (joined and joined in table.rank_after)
        or after in table.rank_after
        or before in table.rank_before
        or named_before
        or _place_in_a_ranking(tokens, i, table)
        or _rank_labelled(tokens, i, table)
        or _ranked_by_label(tokens, i)
        or _rank_moved_to(tokens, i, table)
        or _place_among_counted(tokens, i, table)
        or _rank_of_another_year(tokens, i, table)
        or _rank_moved_from(tokens, i, table)
    ):
        return Figure(FigureKind.RANK, float(value), i, i + (1 if joined or after not in table.rank_after else 2))
    return None


def _place_in_a_ranking(tokens: list[Token], i: int, table: Cues) -> bool:
    """'and 4th in the world', '7th globally': an ordinal before the ranking it places one in (data: rank_places);
    not the first to do a thing ('the first in the world to ratify it')."""
    words = [token.word for token in tokens[i + 1 : i + 2 + table.rank_places.longest]]
    length = table.rank_places.starting_at(words, 0)
    return bool(length) and words[length : length + 1] != ["to"]


def _place_among_counted(tokens: list[Token], i: int, table: Cues) -> bool:
    """'ninth of the 32 Allies', 'third out of 31 members': an ordinal before the number of allies it is counted
    among is a place in their ranking ('a third of the 32 allies' is a fraction of them)."""
    if i > 0 and tokens[i - 1].word in table.fraction_openers:
        return False
    words = [token.word for token in tokens[i + 1 : i + 1 + PLACE_SCOPE_WORDS]]
    words = words[1:] if words[:1] == ["out"] else words
    if words[:1] != ["of"]:
        return False
    rest = words[2:] if words[1:2] == ["the"] else words[1:]
    return len(rest) >= SCOPE_PARTS and NUMBER.match(rest[0]) is not None and rest[1] in table.ally_nouns


def _rank_moved_to(tokens: list[Token], i: int, table: Cues) -> bool:
    """'World ranking: 7th (2023) → 4th (2024)': an ordinal an arrow leads to from a place in a ranking (maybe dated
    in brackets) is the place it moved to."""
    at = _arrow_before(tokens, i)
    if at is None or at < 1:
        return False
    at -= 1
    if tokens[at].text == ")":
        reach = range(at - 1, max(-1, at - BRACKET_REACH), -1)
        opening = next((k for k in reach if tokens[k].text == "("), None)
        if opening is None:
            return False
        at = opening - 1
    return at >= 0 and _ordinal(tokens[at], table)[0] is not None and _rank(tokens, at, table) is not None


def _rank_of_another_year(tokens: list[Token], i: int, table: Cues) -> bool:
    """'slips from fourth place in 2024 to seventh and last in 2025', 'ranked first among the seven in 2024 but third
    in 2025': an ordinal right after a link word, a place in a ranking and its year a few words before, is the place
    another year, the one right after it."""
    if i < 1 or tokens[i - 1].word not in RANK_YEAR_LINKS:
        return False
    if not any(YEAR.match(token.text) for token in tokens[i + 1 : i + 2 + RANK_YEAR_REACH + 1]):
        return False  # 'from seventh place in 2023 to fourth': no year of its own to tell which it is
    earlier = range(i - 2, max(-1, i - 2 - RANK_YEAR_REACH), -1)
    year = next((k for k in earlier if YEAR.match(tokens[k].text)), None)
    if year is None:
        return False
    return any(
        _ordinal(tokens[k], table)[0] and _rank(tokens, k, table)
        for k in range(year - 1, max(-1, year - 2 - RANK_PLACE_REACH), -1)
    )


def _rank_moved_from(tokens: list[Token], i: int, table: Cues) -> bool:
    """'climbed to fourth place in the world ranking, up from seventh in 2023': an ordinal right after the words
    restating an earlier value ('up from', 'down from'), a place in a ranking a few words before them, is the place it
    moved from."""
    before = [token.word for token in tokens[max(0, i - table.restated_from.longest) : i]]
    length = table.restated_from.ending_at(before, len(before))
    if not length:
        return False
    cue = i - length
    return any(
        _ordinal(tokens[k], table)[0] and _rank(tokens, k, table)
        for k in range(cue - 1, max(-1, cue - 1 - RANK_FROM_REACH), -1)
    )


def arrow_between(words: list[str], end: int, start: int) -> bool:
    """'1.19% → 2.12%', '0.5% -> 0.3%': an arrow alone (or typed as two signs) between the token ending at `end` and the
    one starting at `start`, leading from the figure before it to the one after it."""
    return "".join(words[end:start]) in ARROWS | TYPED_ARROWS


def _arrow_before(tokens: list[Token], i: int) -> int | None:
    """Where the arrow right before token `i` starts ('→', or '->' typed as two signs), else None."""
    if i >= 1 and tokens[i - 1].text in ARROWS:
        return i - 1
    typed = i >= 2 and tokens[i - 1].text == ">" and tokens[i - 2].text in {"-", "="}
    return i - 2 if typed else None


def _rank_labelled(tokens: list[Token], i: int, table: Cues) -> bool:
    """'World rank (SIPRI, 2024): 13th': an ordinal alone after a label naming a rank is the place it names."""
    if i + 1 < len(tokens) and tokens[i + 1].word.isalnum():
        return False
    label = _label_before(tokens, i, [])
    return bool(label) and bool(set(label) & set(table.raw.rank_columns))


def _numbered_place(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    """'Poland at 4.12%, #1 in the Alliance', 'ranked #3 among allies': a number sign glued to a whole number, after
    a break or a ranking verb and before the scope it ranks in, is a place in a ranking ('Issue #147 in June' ranks
    nothing)."""
    if i + 2 >= len(tokens) or tokens[i].text != NUMBER_SIGN:
        return None
    before = tokens[i - 1] if i > 0 else None
    if before is not None and before.text[:1].isalnum() and before.word not in table.rank_before:
        return None
    number = tokens[i + 1]
    glued = tokens[i].end == number.start and number.text.isdigit()
    scoped = table.rank_scopes.starting_at([t.word for t in tokens[i + 2 : i + 4]], 0) or _numbered_label(tokens, i)
    scoped = scoped or _bracketed_after_a_figure(tokens, i)
    return Figure(FigureKind.RANK, float(number.text), i, i + 2) if glued and scoped else None


def _bracketed_after_a_figure(tokens: list[Token], i: int) -> bool:
    """'PL 4.12% (#1) | EE 3.43% (#2)': a number sign and its number alone in brackets right after a percentage or an
    amount is the place that figure gives its subject in the list's ranking."""
    if i < 2 or i + 2 >= len(tokens) or tokens[i - 1].text != "(" or tokens[i + 2].text != ")":
        return False
    figure_end = tokens[i - 2].text
    return figure_end == "%" or figure_end[:1].isdigit()


def _numbered_label(tokens: list[Token], i: int) -> bool:
    """'- #3 Norway: $41bn' in a list of the top spenders: a number sign opening a line's label, a name and a colon
    after it, is the place of the one it names in the list's ranking."""
    if not _opens_line(tokens, i):
        return False
    name_end = _name_end(tokens, i + 2)
    return name_end > i + 2 and name_end < len(tokens) and tokens[name_end].text == ":"


def _opens_line(tokens: list[Token], i: int) -> bool:
    """Only list marks ('-', '*', '•') stand before token `i`: it opens its line."""
    return not any(token.text[:1].isalnum() for token in tokens[:i])


def _name_end(tokens: list[Token], start: int) -> int:
    """Where the capitalised words of a name starting at token `start` end (at most a few of them)."""
    end = start
    while end < len(tokens) and end - start < LABEL_NAME_WORDS and tokens[end].text[:1].isupper():
        end += 1
    return end


def _ranked_by_label(tokens: list[Token], i: int) -> bool:
    """'- Norway — 6th; most of it on personnel': an ordinal right after a dash that follows a name opening the line,
    the ordinal closing its clause, is that name's place in the ranking the list is about."""
    after = tokens[i + 1].text if i + 1 < len(tokens) else ""
    if i < 2 or tokens[i - 1].text not in LABEL_DASHES or after not in LABEL_CLAUSE_ENDS:
        return False
    start = next((at for at, token in enumerate(tokens) if token.text[:1].isalnum()), i)
    return start < i - 1 and _name_end(tokens, start) == i - 1


def _place_in_order(tokens: list[Token], i: int, value: int, table: Cues) -> Figure | None:
    """'Sweden became the 32nd ally', 'as its 31st member': an ordinal before an ally noun is a place in the order."""
    window = [t.word for t in tokens[i + 1 : i + 1 + table.ordinal_rank_nouns.longest]]
    ordered = table.ordinal_rank_nouns.starting_at(window, 0)
    return Figure(FigureKind.RANK, float(value), i, i + 1 + ordered) if ordered else None


def _ordinal_count(tokens: list[Token], i: int, value: int, table: Cues) -> Figure | None:
    """'the tenth consecutive year', 'the tenth year in a row': an ordinal counting years (or anything counted)."""
    after = tokens[i + 1].word if i + 1 < len(tokens) else ""
    if after in table.ordinal_count_after:
        noun_end = min(len(tokens), i + 3)
    elif after.isalpha() and table.ordinal_count_after_noun.starting_at([t.word for t in tokens[i + 2 : i + 6]], 0):
        noun_end = i + 2
    else:
        return None
    return Figure(FigureKind.COUNT, float(value), i, noun_end, noun=" ".join(t.text for t in tokens[i + 1 : noun_end]))


def _noun_end(tokens: list[Token], j: int, table: Cues) -> int:
    """Where a counted noun ending at token j ends: 'member states' is one noun, not 'member'."""
    while j + 1 < len(tokens) and tokens[j + 1].word in table.count_nouns:
        j += 1
    return j + 1


def _count(tokens: list[Token], i: int, table: Cues) -> Figure | None:
    value = number_value(tokens[i], table)
    if value is None or YEAR.match(tokens[i].text) or _rank_band(tokens, i, table):
        return None
    scale = _scale_at(tokens, i + 1, table)  # 'one million troops': the spelled number's scale is part of it
    special = _scaled_count(tokens, i, scale, table) if scale else _count_of_total(tokens, i, table, value)
    if special or scale:
        return special
    return _counted_noun(tokens, i, value, table) or _count_of_the_whole_opened(tokens, i, value, table)


def _rank_band(tokens: list[Token], i: int, table: Cues) -> bool:
    """'the bottom five of 32 allies', 'one of the ten largest spenders': the size of a band of a ranking, and the
    'one' in it, are no counts (data: rank_bands)."""
    words = [token.word for token in tokens]
    if i > 0 and words[i - 1] in table.raw.rank_bands:
        return True
    superlative = i + 1 < len(words) and words[i + 1] in table.rank_superlatives
    if superlative and words[max(0, i - 3) : i] == ["one", "of", "the"]:
        return True
    after = words[i + 1 : i + 5]
    return words[i] == "one" and after[:2] == ["of", "the"] and len(after) > 3 and after[3] in table.rank_superlatives


def _counted_noun(tokens: list[Token], i: int, value: float, table: Cues) -> Figure | None:
    """The count at `i` of the noun a few words after it ('54 Leopard 2A8 tanks'), if one is."""
    for j in range(i + 1, min(len(tokens), i + COUNT_GAP + 1)):
        if not _between_count_and_noun(tokens, j, table):
            return _shared_noun_count(tokens, i, j, value, table)
        if tokens[j].word in table.count_nouns or _model_plural(tokens[j]):
            if _time_from_now(tokens, j) or _time_span(tokens, i, j):
                return None
            if tokens[i].word == "one" and tokens[j].word.endswith("s"):
                return None  # 'the one other allies will compare us with': a pronoun, no count of a plural noun
            end = _noun_end(tokens, j, table)
            return Figure(FigureKind.COUNT, value, i, end, noun=_joined(tokens[i + 1 : end]))
    return None


def _count_of_the_whole_opened(tokens: list[Token], i: int, value: float, table: Cues) -> Figure | None:
    """'Of our former F-16s, 24 have been pledged to Ukraine, and 18 went to …': a bare number (no noun of its own,
    no 'of' after it) in a sentence opening on 'Of', a few words and a plural a count counts, closed by a comma,
    counts that plural."""
    words = [token.word for token in tokens]
    if words[:1] != ["of"] or "," not in words[:i]:
        return None
    comma = words.index(",")
    if comma > OPENED_WHOLE_REACH or words[i + 1 : i + 2] in (["of"], ["%"]) or _a_number_s_part(tokens, i):
        return None
    noun = tokens[comma - 1]
    if not (noun.word in table.count_nouns or _model_plural(noun)):
        return None
    return Figure(FigureKind.COUNT, value, i, i + 1, noun=noun.text)


def _a_number_s_part(tokens: list[Token], i: int) -> bool:
    """A digit glued to a word or another number ('F-16', '1.5'): no bare number."""
    token = tokens[i]
    return not token.text.replace(",", "").isdigit() and NUMBER.match(token.text) is None


def _time_from_now(tokens: list[Token], noun: int) -> bool:
    """'two years ago', 'a decade later', 'Ten years after Allies agreed the pledge': a count of time placing a moment
    against another, no figure."""
    following = tokens[noun + 1].word if noun + 1 < len(tokens) else ""
    if following in TIME_FROM_NOW:
        return True
    return following in TIME_AROUND_AN_EVENT and tokens[noun].word in cues().raw.time_span_nouns


def _time_span(tokens: list[Token], i: int, noun: int) -> bool:
    """'over the next two years': a count of time after 'next' or 'past' is a stretch of time, no figure."""
    raw = cues().raw
    return i > 0 and tokens[i - 1].word in raw.time_span_openers and tokens[noun].word in raw.time_span_nouns


def _shared_noun_count(tokens: list[Token], i: int, j: int, value: float, table: Cues) -> Figure | None:
    """'8 Type 26 and 5 Type 31 frigates': the first count of two joined by 'and' counts the noun the second does,
    its own model's ('Type 26 frigates')."""
    if tokens[j - 1].word not in {"and", "or"} or j - 1 == i + 1:
        return None
    second = _count(tokens, j, table)
    if second is None or second.noun is None or " " not in second.noun:
        return None
    noun = f"{_joined(tokens[i + 1 : j - 1])} {second.noun.split()[-1]}"
    return Figure(FigureKind.COUNT, value, i, j - 1, noun=noun)


def _between_count_and_noun(tokens: list[Token], j: int, table: Cues) -> bool:
    """A word that may stand between a number and the noun it counts: no number, except a model's name ('54
    Leopard 2A8 tanks')."""
    if not tokens[j].word[:1].isalnum():
        return False
    return number_value(tokens[j], table) is None or _designation(tokens, j, table) or _model_number(tokens, j, table)


def _joined(tokens: list[Token]) -> str:
    """The tokens' text as written: spaced where the sentence spaces them ('Leopard 2A8 tanks', not '2 A8')."""
    spaced = [index > 0 and token.start != tokens[index - 1].end for index, token in enumerate(tokens)]
    return "".join((" " if space else "") + token.text for space, token in zip(spaced, tokens, strict=True))


def _count_of_total(tokens: list[Token], i: int, table: Cues, value: float) -> Figure | None:
    """'23 of its 32 allies', 'Twenty-three of NATO's 32 allies', '22 out of 32 members'; '23 of 32.' (the noun
    said before); 'only three of them' (a count of what was named before)."""
    j = i + 1
    if j >= len(tokens) or tokens[j].word not in {"of", "out"}:
        return None
    j += 2 if tokens[j].word == "out" else 1
    if j < len(tokens) and tokens[j].word in table.count_of_pointers:
        return Figure(FigureKind.COUNT, value, i, j + 1, noun=tokens[j].text)
    while j < len(tokens) and j <= i + 4 and number_value(tokens[j], table) is None:
        j += 1
    if j >= len(tokens) or j > i + 4:
        return None
    total = number_value(tokens[j], table)
    if _bare_total(tokens, j):
        return Figure(FigureKind.COUNT, value, i, j + 1, total=total)
    noun_end = j + 1
    while noun_end < len(tokens) and noun_end <= j + COUNT_GAP and tokens[noun_end].word not in table.count_nouns:
        noun_end += 1
    if noun_end >= len(tokens) or tokens[noun_end].word not in table.count_nouns:
        return None
    noun = " ".join(t.text for t in tokens[j + 1 : noun_end + 1])
    return Figure(FigureKind.COUNT, value, i, noun_end + 1, total=total, noun=noun)


def _bare_total(tokens: list[Token], j: int) -> bool:
    """'it was 23 of 32.': a total that ends its clause, no noun after it (not a year: 'in 3 of 2024'); a bracket may
    date it ('Allies at or above 2%: 23 of 32 (2024e)', '(2014: 3 of 28)')."""
    after = tokens[j + 1].text if j + 1 < len(tokens) else "."
    # "23 of 32 '24": a note's total dated by the year written right after it
    ends = after in TOTAL_ENDS or bool(YEAR.match(after)) or _standing_in_verb(tokens, j + 1)
    return not YEAR.match(tokens[j].text) and NUMBER.match(tokens[j].text) is not None and ends


def _standing_in_verb(tokens: list[Token], at: int) -> bool:
    """'By 2024, 23 out of 32 did.': a verb standing for the sentence before's ('did'), ending its clause."""
    verb = at < len(tokens) and tokens[at].word in cues().raw.elided_count_verbs
    return verb and (at + 1 == len(tokens) or tokens[at + 1].text in TOTAL_ENDS)
