"""The common reading of one sentence: its tokens, figures, entity mentions and the regions around each figure.

`knowledge.sentence.SentenceReader` reads a sentence's statements on top of it, with what each figure is of
(`knowledge.sentence_subjects`, `knowledge.sentence_unnamed_subjects`), its kind of measure and qualifiers
(`knowledge.sentence_kinds`, `knowledge.sentence_qualifiers`) and its period and the dates the sentence states
(`knowledge.sentence_periods`, `knowledge.sentence_dates`). Also here: `Stated`, a figure read with all that, and
`Context`, what carries between sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache

from knowledge import domain
from knowledge.cues import Cues, cues
from knowledge.doc_context import Heading
from knowledge.entities import entity_tables
from knowledge.figures import (
    Figure,
    FigureKind,
    Token,
    counted_numbers,
    day_month_dates,
    elided_counts,
    elided_percents,
    find_figures,
    tokenize,
)
from knowledge.mentions import Mention, entity_mentions, share_in_brackets
from knowledge.named_things import NamedThings

BENEFICIARY_LIST_LINKS = frozenset({"and", "or", ","})  # between two the money goes to
QUOTE_MARKS = frozenset({"“", "”"})
NAME_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})  # around a name ('the Commission's "ReArm Europe" plan')
CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")", "and", "but", "while", "which", "whereas", "or", "-"})
TAIL_REACH = 8  # words of "of …" after a percentage that say what it is a share of
SUBJECT_REACH = 4  # sentences a subject carries forward without being named again
TOWN_PREPOSITIONS = frozenset({"in", "at", "near", "outside"})  # 'in Wiesbaden, Germany,'
TOWN_REACH = 3  # a preposition, the town and a comma before the country
PLACE_LIST_WORDS = frozenset({"the", "and", ","})  # words between a place phrase and its places
LIST_JOINERS = frozenset({"and", ","})
STRONG_BREAKS = frozenset({";", ":"})
SCOPE_PREPOSITIONS = frozenset({"in", "of", "among", "within"})
SCOPE_DETERMINERS = frozenset({"the", "all", "any"})
SCOPE_REACH = 3  # words between a rank or superlative and the 'in' of its scope ("largest military spender in")
GLOSS_LINKS = frozenset({"to", "through", "until", "-", "–", "—"})  # 'April 2025 to March 2026'
LISTING_GAP = 3  # plain words between a group's name and the list of what it is made of ("top five in the table (")
COMPARAND_GAP = 4  # words between a multiple and the entity it compares with ("twice as much as France")
ARTICLES = frozenset({"the", "a", "an"})
EVENT_NAME_WORDS = 3  # words between a possessive and the noun of its event ("Russia's full-scale invasion")
EVENT_CLAUSE_REACH = 4  # words between a clause's opener and the event's possessive ("after the start of Russia's")
COMPARAND_WORDS = frozenset({"the", "that", "those", "of", "as", "much", "many", "what", "more", "than", "over"})


@dataclass
class Stated:
    """A figure with what the sentence says about it, before it becomes a `Fact`."""

    figure: Figure
    subjects: list[str]
    kind: str
    period: str | None
    qualifiers: list[str]
    clause: tuple[int, int]  # token range of its clause
    recognised: bool = True
    leads: bool = True  # its subject is what the next sentence speaks of (not a goal's owner: 'the ECB's 2% target')
    # its time is unsaid and no time the sentences around it speak of is its ('0.5% → 0.3%': the level left)
    timeless: bool = False


@dataclass(frozen=True)
class Goal:
    """A share of GDP to reach by a deadline ('5% of GDP by 2035'): a smaller part of it stated without a year
    of its own ('3.5% for core defence', 'the remaining 1.5%') is of the same deadline."""

    subject: str
    value: float
    period: str


@dataclass
class Context:
    """What carries between sentences: the last subject, and the periods spoken of."""

    subject: str | None = None  # a pronoun's antecedent
    paragraph_subject: str | None = None  # what a sentence naming no one and no pronoun is about
    paragraph_period: str | None = None
    document_period: str | None = None
    document_span: str | None = (
        None  # the span of years the document's title names ('Military programming law 2024–2030')
    )
    sentence_period: str | None = None  # the period the previous sentence spoke of
    move_span: str | None = None  # the span of years the section last told a move over ('from 1.9% in 2014 to …')
    # the kinds of levels a span an earlier slide's arrow named dates here ('share_of_gdp'), None: any
    move_kinds: frozenset[str] | None = None
    word_codes: bool = False  # the document's lines are labelled by codes: 'IT:' is Italy too ('DE: …', 'PL: …')
    sentence_deadline: bool = False  # that period is only a deadline it stated ('5% by 2035')
    event_year: str | None = None  # the year the previous sentence dated an event by ('agreed in Wales in 2014')
    currency: str | None = None
    gdp_shares: bool = False  # the document states shares of GDP, so a bare "Spain at 1.28%" is one
    heading: Heading | None = None
    heading_period: str | None = None  # a year the section heading names
    entry_period: str | None = None  # the year a dated entry opens on ('- **July 2023 – Vilnius summit:** …')
    heading_part: str | None = None  # a part of a year the section heading names ('### Second quarter 2025')
    speaker: str | None = None  # who spoke last: a bare quotation is theirs
    age: int = 0  # sentences since an entity was last named
    section_subject: str | None = None  # named by the section heading or the title
    document_subject: str | None = None  # whom most of the document's sentences are about, when one dominates
    goal: Goal | None = None  # the last share-of-GDP goal with a deadline the document stated
    named_recently: frozenset[str] = frozenset()  # entities the last few sentences, the heading or title name
    voice: str | None = None  # the country the speaker of this interview turn speaks for ('PEVKUR: … we …')
    list_share: str | None = None  # the kind of percentage the list item before stated ('- US: 66% of the NATO total')
    sub_item: bool = False  # a list item indented under the one before it: it speaks of that item's time
    cited_source: str | None = None  # the source the previous sentence cited ("NATO's own estimates …")
    count_noun: str | None = None  # what the previous sentence counted ('allies'): a bare 'only three did' counts it
    percentage_before: bool = False  # the previous sentence stated a percentage ('Latvia was at 3.15' leaves it out)
    named_in_document: frozenset[str] | None = None  # the entities the document names by a name of their own
    things: NamedThings = field(default_factory=NamedThings)  # companies, units and places the list does not know
    # the document's own period is being counted: a period told from it ('a decade earlier') cannot vote for it
    counting_the_documents_period: bool = False
    stated_subject: str | None = None  # whose figure a sentence last stated, across paragraphs and headings
    issuer: str | None = None  # the company whose own release the document is
    # the entities the last sentence naming anyone listed as its subject ('Top 5 spenders: US, China, Russia, …'):
    # 'they' and 'together' after it are all of them, as one, never the first of the list
    subject_group: str | None = None

    def carried(self, subject: str | None) -> str | None:
        """A subject carried from earlier sentences, while it was named recently; else the section's."""
        return subject if subject and self.age < SUBJECT_REACH else self.section_subject


def _without_glosses(words: list[str], years: list[Figure], table: Cues) -> list[Figure]:
    """'The defence budget for FY2025 (April 2025 to March 2026)': a bracket right after a year that holds only the
    months and years it runs over glosses that year; its years date nothing of their own."""
    glossed: set[int] = set()
    plain = {*table.months, *GLOSS_LINKS}
    for year in years:
        if words[year.end : year.end + 1] != ["("] or ")" not in words[year.end :]:
            continue
        close = words.index(")", year.end)
        inside = [y for y in years if year.end < y.start < close]
        covered = {position for y in inside for position in range(y.start, y.end)}
        if inside and all(p in covered or words[p] in plain for p in range(year.end + 1, close)):
            glossed.update(y.start for y in inside)
    return [y for y in years if y.start not in glossed] if glossed else years


@cache
def superlative_words() -> frozenset[str]:
    verifier = domain.question_words().verifier
    return verifier.superlatives_greater | verifier.superlatives_lesser


class Reading:
    """One sentence's tokens, figures (values and years), entity mentions and asides, and the regions and
    clauses around each figure: what the readings of its subjects, kinds and periods share."""

    def __init__(self, text: str, context: Context, year: int | None) -> None:
        self.table = cues()
        self.text = text
        self.context = context
        self.year = year
        self.tokens = tokenize(text)
        self.words = [token.word for token in self.tokens]
        self.figures = find_figures(self.tokens)
        if year is not None:
            dated = day_month_dates(self.tokens, self.figures, year)
            self.figures = sorted([*self.figures, *dated], key=lambda figure: figure.start) if dated else self.figures
        counted = counted_numbers(self.tokens, self.figures)
        self.figures = sorted([*self.figures, *counted], key=lambda figure: figure.start) if counted else self.figures
        self.figures = _with_elided_figures(self.tokens, self.figures, context)
        self.values = [figure for figure in self.figures if figure.kind is not FigureKind.YEAR]
        self.years = _without_glosses(self.words, [f for f in self.figures if f.kind is FigureKind.YEAR], self.table)
        self.asides = self._relative_clauses()
        self.quoted = self._quoted()
        mentions = entity_mentions(self.tokens, self.table, word_codes=context.word_codes)
        self.mentions = [replace(m, aside=m.aside or m.start in self.asides) for m in mentions]
        self.label_colon = self._label_colon()
        self.tails = [self._tail(figure) for figure in self.values]
        self._drop_listed_members()
        self._drop_rank_scopes()
        self.donor: str | None = None  # whose money the sentence, naming only where it goes, speaks of
        self.compared: set[int] = set()  # multiples of another entity's figure (their start token)
        self.comparands: set[int] = set()  # the entities they compare with (their mentions' start token)
        self._drop_comparands()

    def _drop_listed_members(self) -> None:
        """'The five biggest spenders - the United States, China, Russia, Germany and India - accounted for 60%': the
        entities listed right after a group's name, the list closed, are what the group is made of (asides); the
        group is whose figures follow."""
        tables = entity_tables()
        for index, group in enumerate(self.mentions):
            if tables.kind(group.name) == "group":
                for listed in self._listed_after(group, index):
                    self.mentions[listed] = replace(self.mentions[listed], aside=True)

    def _listed_after(self, group: Mention, index: int) -> list[int]:
        """The mentions listed right after a group's name (within a few words: 'the top five in the table (the
        United States, …)'), when at least two are listed and the list is closed."""
        position = group.end
        while position < min(len(self.words), group.end + LISTING_GAP) and self.words[position] not in CLAUSE_BREAKS:
            position += 1
        links = self.table.listing_openers | self.table.list_links
        listed: list[int] = []
        for later in range(index + 1, len(self.mentions)):
            mention = self.mentions[later]
            if mention.start < position or not all(word in links for word in self.words[position : mention.start]):
                break
            listed.append(later)
            position = mention.end
        closed = position < len(self.words) and self.words[position] in self.table.listing_closers
        return listed if len(listed) > 1 and closed and position > group.end else []

    def _drop_rank_scopes(self) -> None:
        """'Britain is the alliance's third-largest spender': a possessive right before a rank is the ranking's
        scope, an aside, never the one ranked."""
        starts = {figure.start for figure in self.values if figure.kind is FigureKind.RANK}
        superlatives = superlative_words()
        for index, mention in enumerate(self.mentions):
            possessive = self.tokens[mention.end - 1].text.casefold().endswith(("'s", "’s", "s'"))
            ranked = mention.end in starts or mention.end + 1 in starts
            superlative = mention.end < len(self.words) and self.words[mention.end] in superlatives
            if (possessive and (ranked or superlative)) or self._ranking_scope(mention, superlatives):
                self.mentions[index] = replace(mention, aside=True, titled=False)

    def _ranking_scope(self, mention: Mention, superlatives: frozenset[str]) -> bool:
        """'the third-largest spender in the world', 'the biggest spender in Western Europe': a name after 'in'
        or 'of' right after a rank or a superlative is the ranking's scope (the whole), not the one ranked."""
        if self.tokens[mention.end - 1].text.casefold().endswith(("'s", "’s", "s'")):
            return False  # 'the most ambitious pledge in the alliance's history': the scope is the history
        if entity_tables().kind(mention.name) == "country" and share_in_brackets(self.words, mention.end):
            return False  # 'the lowest ratio was observed in Ireland (0.2%)': the one ranked, its share beside it
        position = mention.start
        while position > 0 and self.words[position - 1] in SCOPE_DETERMINERS:
            position -= 1
        if position == 0 or self.words[position - 1] not in SCOPE_PREPOSITIONS:
            return False
        ranks = {figure.end for figure in self.values if figure.kind is FigureKind.RANK}
        before = position - 1
        return any(
            end in ranks or self.words[end - 1] in superlatives
            for end in range(max(0, before - SCOPE_REACH), before + 1)
            if end > 0
        )

    def _drop_comparands(self) -> None:
        """'NATO spent ten times Russia's estimated spending', 'twice as much as France', '43 % of what Russia spent',
        'outspends the United Kingdom … by about 8 %': the entity a figure compares with is the base of a ratio, never
        whose the figure is (see `comparisons`)."""
        self.compared, self.comparands = comparisons(self)

    def _quoted(self) -> list[range]:
        """The token ranges inside quotation marks ('"Two per cent is not enough," Hegseth told allies')."""
        marks = [i for i, token in enumerate(self.tokens) if token.text in QUOTE_MARKS]
        if not marks:
            marks = [i for i, token in enumerate(self.tokens) if token.text == '"']
        return [range(opening + 1, closing) for opening, closing in zip(marks[::2], marks[1::2], strict=False)]

    def quotation_of(self, position: int) -> range | None:
        return next((quoted for quoted in self.quoted if position in quoted), None)

    def _relative_clauses(self) -> set[int]:
        """Token positions inside ', which joined the alliance in April 2023,' or ', the year allies first agreed on
        the 2% goal,' (closed by a comma, a semicolon or a colon), or '(which in SIPRI's geography includes Russia and
        Ukraine)' (closed by its bracket) — asides to the figures around."""
        inside: set[int] = set()
        for position, word in enumerate(self.words):
            opens = word in self.table.relative_openers or self.table.time_appositions.starting_at(self.words, position)
            before = self.words[position - 1] if position > 0 else ""
            if opens and before in {",", "("}:
                closers = {")"} if before == "(" else {",", *STRONG_BREAKS}
                end = position
                while end < len(self.words) and self.words[end] not in closers:
                    end += 1
                if end < len(self.words):  # only a clause closed by a comma (or a semicolon) is an aside
                    inside.update(range(position, end))
        return inside

    def _label_colon(self) -> int | None:
        """'- EUR 150 billion: the EU's SAFE loan instrument …', '3.5% + 1.5%: the split between …': a line of key
        figures, its figures before a colon and what they are after it — the colon joins them, it breaks nothing."""
        if ":" not in self.words:
            return None
        colon = self.words.index(":")
        inside = {position for figure in self.figures for position in range(figure.start, figure.end)}
        before = range(colon)
        if not inside & set(before):
            return None
        return colon if all(p in inside or not self.words[p][:1].isalnum() for p in before) else None

    def _breaks(self, position: int, breaks: frozenset[str] = CLAUSE_BREAKS) -> bool:
        return self.words[position] in breaks and position != self.label_colon

    # --- regions -------------------------------------------------------------------------------------
    def _tail(self, figure: Figure) -> int:
        """Where the 'of …' phrase after a percentage or an amount ends (it says what the figure is of)."""
        end = figure.end
        if figure.kind not in (FigureKind.PERCENT, FigureKind.MONEY) or end >= len(self.words):
            return end
        if self.words[end] != "of":
            return end
        stop = end + 1
        while stop < len(self.words) and stop < end + TAIL_REACH and self.words[stop] not in CLAUSE_BREAKS:
            stop += 1
        return stop

    def region(self, index: int) -> tuple[int, int]:
        left = self.tails[index - 1] if index > 0 else 0
        # '23 of 32 (2024e)': the total a count is out of, a figure inside the count's own words, ends no region
        right = next((v.start for v in self.values[index + 1 :] if v.start >= self.values[index].end), len(self.tokens))
        return left, right

    def clause(self, index: int) -> tuple[int, int]:
        figure = self.values[index]
        left, right = self.region(index)
        start = figure.start
        while start > left and not self._breaks(start - 1, CLAUSE_BREAKS - {"and", "-"}):
            start -= 1
        end = self.tails[index]
        while end < right and not self._breaks(end):
            end += 1
        return start, end

    def in_tail(self, mention: Mention) -> bool:
        return any(figure.end <= mention.start < tail for figure, tail in zip(self.values, self.tails, strict=True))

    def _break_between(self, start: int, end: int) -> bool:
        return any(self._breaks(position, STRONG_BREAKS) for position in range(start, end))

    # --- mentions ------------------------------------------------------------------------------------
    def candidates(self, start: int, end: int) -> list[Mention]:
        ending = self._mentions_ending()
        found = [
            m
            for m in outside_dating_events(self)
            if start <= m.start < end
            and not m.source
            and not m.aside
            and not self.in_tail(m)
            and not self.beneficiary(m)
            and not self.placed(m, ending)
            and not self.rank_scope(m)
            and not self.named_by_its_body(m)
            and not modifies_a_name(self.tokens, self.mentions, m)
        ]
        strong = [m for m in found if not m.weak]
        return strong or found

    def named_by_its_body(self, mention: Mention) -> bool:
        """'the European Union's SAFE instrument': a programme named after its own body's possessive is how the
        sentence names the body, whose figure it is; named alone ('SAFE loans carry …') its figures are its own."""
        body = entity_tables().part_of(mention.name)
        return body is not None and any(
            other.name == body
            and other.end == mention.start
            and self.tokens[other.end - 1].text.casefold().endswith(("'s", "’s"))
            for other in self.mentions
        )

    def _mentions_ending(self) -> dict[int, Mention]:
        """Each position a mention ends at -> the first mention ending there (looked up per mention, not scanned:
        a sentence of thousands of names stays linear)."""
        ending: dict[int, Mention] = {}
        for mention in self.mentions:
            if mention.start < mention.end:
                ending.setdefault(mention.end, mention)
        return ending

    def placed(self, mention: Mention, ending: dict[int, Mention] | None = None) -> bool:
        """'a programme along the borders with Belarus and Russia costed at PLN 10bn': a place the figure's thing lies
        at, each of a list of places, is not whose figure it is. `ending`: the mentions by where they end."""
        ending = self._mentions_ending() if ending is None else ending
        position = mention.start
        while True:
            linked = position
            while linked > 0 and self.words[linked - 1] in PLACE_LIST_WORDS:
                linked -= 1
            joined = linked < position and self.words[linked] in LIST_JOINERS
            earlier = ending.get(linked)
            if not (joined and earlier):
                position = linked
                break
            position = earlier.start  # 'Belarus and Russia': the place phrase stands before the list's first name
        return bool(self.table.places.ending_at(self.words, position)) or self._town_s_country(mention)

    def _town_s_country(self, mention: Mention) -> bool:
        """'NATO's command in Wiesbaden, Germany, runs with about 700 personnel': a country set off by commas after
        the town it locates is where the thing is, not whose figure it is ('In Berlin, Germany said …' is Germany's:
        no comma closes it)."""
        position = mention.start
        if position < TOWN_REACH or self.words[position - 1] != ",":
            return False
        town = self.tokens[position - 2]
        known = any(m.start <= position - 2 < m.end for m in self.mentions)
        closed = mention.end < len(self.words) and self.words[mention.end] == ","
        located = self.words[position - 3] in TOWN_PREPOSITIONS
        return closed and located and not known and town.text[:1].isupper() and town.text.isalpha()

    def rank_scope(self, mention: Mention) -> bool:
        """'India was fifth in the world at $86.1 billion', 'third in Europe': where a rank holds is not whose figure
        it is."""
        position = mention.start
        if position > 0 and self.words[position - 1] == "the":
            position -= 1
        if position < 2 or self.words[position - 1] != "in":
            return False
        return self.words[position - 2] in self.table.ordinals

    def placed_between(self, start: int, end: int) -> bool:
        """'a programme along the borders with Belarus and Russia costed at PLN 10bn': a place is named between start
        and end, so a figure there no one else is named for is no one's the sentence says."""
        ending = self._mentions_ending()
        return any(start <= m.start < end and self.placed(m, ending) for m in self.mentions)

    def beneficiary(self, mention: Mention) -> bool:
        """'Military support for Ukraine is budgeted at EUR 9 billion', 'EUR 11.1 billion for Ukraine's armed
        forces', '5,000 lightweight multirole missiles for Ukraine': the one the money or the things counted go to
        is not whose figure it is (the budget is the document's subject's, or the sentence's other one's)."""
        position = mention.start
        while position > 0 and self.words[position - 1] in {"the", "a", "an"}:
            position -= 1
        if self.table.beneficiary.ending_at(self.words, position) or _listed_beside_a_beneficiary(self, position):
            return True
        return (
            position > 0
            and self.words[position - 1] == "for"
            and any(f.end == position - 1 and (f.kind is FigureKind.MONEY or bool(f.noun)) for f in self.values)
        )

    def _guideline(self, index: int) -> bool:
        """'the 2% guideline', 'NATO's 5% target': a bare percentage naming a goal, not anyone's spending."""
        figure = self.values[index]
        after = self.words[figure.end] if figure.end < len(self.words) else ""
        return figure.kind is FigureKind.PERCENT and after in self.table.gdp_targets

    def document_subject_named(self) -> str | None:
        """Whom the document is about, when this sentence or the few before it name it, if only in an aside or a
        title ('The draft Budget Act, which the Council of Ministers submitted to the Sejm, plans PLN 200.1
        billion'), or a turn's speaker speaks for it ('MINISTER: The quota is 3.0 percent in 2027')."""
        subject = self.context.document_subject
        named = self.context.named_recently | {mention.name for mention in self.mentions}
        return subject if subject in named or (subject and subject == self.context.voice) else None

    def cited_source(self) -> str | None:
        sources = [m.name for m in self.mentions if m.source]
        return sources[0] if sources else None

    def sentence_subject(self) -> str | None:
        found = self.candidates(0, len(self.tokens))
        owned = programme_owned(self.tokens, self.mentions, found[0]) if found else None
        return (owned or found[0]).name if found else None


def programme_owned(tokens: Sequence[Token], mentions: Sequence[Mention], owner: Mention) -> Mention | None:
    """'The Commission's "ReArm Europe" plan, presented on 4 March, offers some relief. It includes …': a programme
    named right after a body's possessive is what the sentence is about, and what 'it' after it refers to."""
    if not tokens[owner.end - 1].text.casefold().endswith(("'s", "’s", "s'")):
        return None
    for mention in mentions:
        between = tokens[owner.end : mention.start]
        if mention.start >= owner.end and all(token.text in NAME_QUOTES for token in between):
            return mention if entity_tables().kind(mention.name) == "programme" else None
    return None


def outside_dating_events(reading: Reading) -> list[Mention]:
    """The sentence's names but those of an event a clause dates it by ('after Russia's invasion of Ukraine')."""
    spans = dating_event_spans(reading)
    return [m for m in reading.mentions if not any(start <= m.start < end for start, end in spans)]


def in_a_dating_event(reading: Reading, position: int) -> bool:
    """'3 days after the start of Russia's full-scale invasion of Ukraine, the chancellor proposed a fund': the
    names of an event a clause dates the sentence by (whose event it is, and what it was of) are not whom the
    sentence speaks of."""
    return any(start <= position < end for start, end in dating_event_spans(reading))


def dating_event_spans(reading: Reading) -> list[tuple[int, int]]:
    """Where the names of each dating event lie: from its possessive to its noun, and the name after 'of'."""
    spans = []
    for owner in reading.mentions:
        if not reading.tokens[owner.end - 1].text.casefold().endswith(("'s", "’s")):
            continue
        ahead = reading.words[owner.end : owner.end + EVENT_NAME_WORDS]
        noun = next((at for at, word in enumerate(ahead) if word in reading.table.dating_events), None)
        if noun is None or not _opens_a_time_clause(reading, owner.start):
            continue
        end = owner.end + noun + 1
        of_what = next((m for m in reading.mentions if m.start == end + 1 and reading.words[end] == "of"), None)
        spans.append((owner.start, of_what.end if of_what else end))
    return spans


def _opens_a_time_clause(reading: Reading, position: int) -> bool:
    """An opener of a clause of time ('after', 'since', 'in the wake of') a few words before, no break between."""
    for end in range(position, max(0, position - EVENT_CLAUSE_REACH) - 1, -1):
        if end < position and reading.words[end] in CLAUSE_BREAKS:
            return False
        if reading.table.event_clause_openers.ending_at(reading.words, end):
            return True
    return False


def modifies_a_name(tokens: Sequence[Token], mentions: Sequence[Mention], mention: Mention) -> bool:
    """'euro-area NATO Allies': a name joined by a hyphen to the word after it, right before another name, says which
    of those the sentence speaks of (the allies in the euro area); it is not whom the sentence speaks of."""
    joined = "-" in tokens[mention.end - 1].text.strip("-")
    return joined and any(other.start == mention.end and not other.source for other in mentions)


def spent_by(words: Sequence[str], figure: Figure, participles: Sequence[str]) -> bool:
    """'the $457 billion spent by all European countries', 'the 2.02% recorded by European allies': an amount or a
    share a participle right after it, then 'by', says someone spent or recorded (whoever that is: the words after
    'by')."""
    return figure.kind in (FigureKind.MONEY, FigureKind.PERCENT) and words[figure.end : figure.end + 2] in (
        [participle, "by"] for participle in participles
    )


RELATIVE_OPENERS = frozenset({"which", "who", "whose"})
PERSON_OPENERS = frozenset({"who", "whose"})  # a relative clause about a person


def of_an_unknown_antecedent(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    start: int,
    end: int,
    openers: frozenset[str] = RELATIVE_OPENERS,
) -> bool:
    """'… succeeding Jens Stoltenberg, who had held the post for 10 years', '… under the Global Combat Air Programme,
    which aims to field the aircraft by 2035': a relative clause (between `start` and `end`) whose antecedent, right
    before its comma, is a capitalised name the entity list does not know is about that one, whose figures and dates
    are no one's the document can name."""
    words = [token.word for token in tokens]
    opens = [p for p in range(max(start, 2), end) if words[p] in openers and words[p - 1] == ","]
    if not opens or any(opens[-1] < m.start < end for m in mentions):
        return False  # '… Spending Review, which gave the MoD £16.5 billion': the clause names whose it is
    before = opens[-1] - 2
    named = any(m.start <= before < m.end for m in mentions)
    text = tokens[before].text
    return not named and text[:1].isupper() and text.isalpha() and not text.isupper()  # 'GDP, which …': a term


def level_named_for(words: Sequence[str], figure: Figure, mentions: Sequence[Mention]) -> Mention | None:
    """'… though below the 2.71% for the alliance as a whole': a share the sentence names with 'the' before it and
    'for' and a name right after it is that one's level, set beside the subject's, not the subject's own; the
    mention naming it, else None."""
    if figure.kind is not FigureKind.PERCENT or figure.start == 0 or words[figure.start - 1] != "the":
        return None
    if words[figure.end : figure.end + 1] != ["for"]:
        return None
    starts = {figure.end + 1, figure.end + 1 + (words[figure.end + 1 : figure.end + 2] == ["the"])}
    return next((m for m in mentions if m.start in starts and not m.source), None)


def after_a_semicolon(words: list[str], start: int, end: int) -> int:
    """'… to be repaid from the profits of immobilised Russian sovereign assets; the first tranche of £752 million was
    paid on 1 March 2025': a clause after a semicolon states a thing of its own, and the names before it do not say
    whose its figure is (the figure before it, or the sentence's subject, does); where that clause starts."""
    semicolons = [position for position in range(start, end) if words[position] == ";"]
    return semicolons[-1] + 1 if semicolons else start


def _listed_beside_a_beneficiary(reading: Reading, position: int) -> bool:
    """'no money for Ukraine or Israel': a name listed right after one the money goes to is one it goes to too; after
    a comma only when the list goes on past it ('for Ukraine, Israel or Taiwan'), a comma alone closing a clause
    ('including support to Ukraine, Norway will spend …')."""
    link = reading.words[position - 1] if position > 0 else ""
    if link not in BENEFICIARY_LIST_LINKS:
        return False
    if link == "," and not _a_list_going_on(reading, position):
        return False
    return any(other.end == position - 1 and reading.beneficiary(other) for other in reading.mentions)


def _a_list_going_on(reading: Reading, position: int) -> bool:
    """The name at `position` is followed by another link of the list ('Israel or Taiwan')."""
    mention = next((found for found in reading.mentions if found.start == position), None)
    return mention is not None and mention.end < len(reading.words) and reading.words[mention.end] in {"and", "or"}


def not_the_recipient(reading: Reading, carried: str | None) -> str | None:
    """'Congress passed supplementals adding up to $175bn. … The last of those bills carried $60.8bn for
    Ukraine', in a thread on who pays for Ukraine's defence: a sentence naming no one else does not speak of the
    one its heading or title names when it names it as where its money goes; it goes on from whose figure the
    sentences before last stated (the donor), if that was named recently (and the sentence names it again, for
    the sentences after it); else from no one."""
    headed = carried is not None and carried == reading.context.section_subject
    if not headed or not any(m.name == carried and reading.beneficiary(m) for m in reading.mentions):
        return carried
    donor = reading.context.carried(reading.context.stated_subject)
    reading.donor = donor if donor != carried else None
    return reading.donor


def comparisons(reading: Reading) -> tuple[set[int], set[int]]:
    """The figures comparing two entities (their start token) and the entities they compare with (their mentions'
    start token). 'NATO spent ten times Russia's estimated spending', 'twice as much as France': the entity a multiple
    compares with is the base of a ratio, never whose a multiple is (a figure after it may still be its: 'three times
    China's estimated $314 billion'); such a multiple compares two entities, not a figure with its own past ('double
    its 2015 level', 'triples it')."""
    compared: set[int] = set()
    comparands: set[int] = set()
    words = reading.words
    multiples = [figure for figure in reading.values if figure.kind is FigureKind.MULTIPLE]
    for mention in reading.mentions:
        for figure in [*multiples, *_shares_of_anothers(reading, mention)]:
            end = figure.end
            if end <= mention.start <= end + COMPARAND_GAP and all(
                word in COMPARAND_WORDS for word in words[end : mention.start]
            ):
                compared.add(figure.start)
                comparands.add(mention.start)
    _outdone(reading, compared, comparands)
    return compared, comparands


def _shares_of_anothers(reading: Reading, mention: Mention) -> list[Figure]:
    """'In dollar terms that is 43 % of what Russia spent': a percentage of what a country the sentence names nowhere
    before spent compares another's figure with that country's, as a multiple does ('less than 0.1% of what the US
    spends', the US named before, or '66% of what NATO members spent' are shares of a whole)."""
    if entity_tables().kind(mention.name) != "country" or any(
        other.name == mention.name and other.start < mention.start for other in reading.mentions
    ):
        return []
    tails = reading.table.compared_share_tails
    return [f for f in reading.values if f.kind is FigureKind.PERCENT and tails.starting_at(reading.words, f.end)]


def _outdone(reading: Reading, compared: set[int], comparands: set[int]) -> None:
    """'Germany now outspends the United Kingdom ($81.8 billion) by about 8 %': the one named right after a verb of
    outdoing is compared with (its own amount may follow it), and a percentage 'by' which it is outdone, later in that
    clause, is a ratio of the two, not a figure of that one."""
    words = reading.words
    for verb in (position for position, word in enumerate(words) if word in reading.table.outdoing_verbs):
        position = verb + 1
        while position < len(words) and words[position] in ARTICLES:
            position += 1
        outdone = next((m for m in reading.mentions if m.start == position), None)
        if outdone is None:
            continue
        comparands.add(outdone.start)
        for figure in reading.values:
            between = words[outdone.end : figure.start]
            if figure.kind is FigureKind.PERCENT and "by" in between and not STRONG_BREAKS & set(between):
                compared.add(figure.start)


def _with_elided_figures(tokens: list[Token], figures: list[Figure], context: Context) -> list[Figure]:
    """The figures with the bare numbers standing for what the sentence before stated: the count it counted ('In 2014
    only three did'), its percentage's sign left out ('Latvia was at 3.15', 'the 5.9 figure'), read as such."""
    if context.count_noun:
        counted = elided_counts(tokens, figures, context.count_noun)
        figures = sorted([*figures, *counted], key=lambda figure: figure.start) if counted else figures
    if not context.percentage_before:
        return figures
    elided = elided_percents(tokens, figures)
    replaced = {position for figure in elided for position in range(figure.start, figure.end)}
    kept = [figure for figure in figures if not replaced & set(range(figure.start, figure.end))]
    return sorted([*kept, *elided], key=lambda figure: figure.start) if elided else figures
