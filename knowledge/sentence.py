"""One sentence read for its figures: each figure's subjects, kind of measure, period and qualifiers.

See `knowledge.open_facts` for what the open fact model states; this module holds the reading of one
sentence (`SentenceReader`) and what carries between sentences (`Context`).
"""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.cues import cues
from knowledge.doc_context import Heading
from knowledge.figures import Figure, FigureKind, find_figures, tokenize
from knowledge.mentions import Mention, entity_mentions

CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "(", ")", "and", "but", "while", "which", "whereas", "or", "-"})
TAIL_REACH = 8  # words of "of …" after a percentage that say what it is a share of
QUALIFIER_REACH = 6  # words before a figure whose qualifiers it takes
COMPARISON_REACH = 6  # words back from a year to the 'than' or 'since' that makes it a comparison
SUBJECT_REACH = 4  # sentences a subject carries forward without being named again
POINTING_WORDS = frozenset({"those", "these", "the", "both", "all"})  # "those five countries"
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her"})
PREPOSITIONS = frozenset({"in", "of", "to", "for", "at", "on", "with", "from", "by", "into", "against"})
NEAR_QUALIFIERS = frozenset({"approximate", "minimum", "maximum"})
DIRECTION_QUALIFIERS = frozenset({"decrease"})
STRONG_BREAKS = frozenset({";", ":"})
GOAL_QUALIFIERS = frozenset({"target", "proposal", "minimum", "maximum"})


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


@dataclass
class Context:
    """What carries between sentences: the last subject, and the periods spoken of."""

    subject: str | None = None  # a pronoun's antecedent
    paragraph_subject: str | None = None  # what a sentence naming no one and no pronoun is about
    paragraph_period: str | None = None
    document_period: str | None = None
    sentence_period: str | None = None  # the period the previous sentence spoke of
    currency: str | None = None
    gdp_shares: bool = False  # the document states shares of GDP, so a bare "Spain at 1.28%" is one
    heading: Heading | None = None
    heading_period: str | None = None  # a year the section heading names
    speaker: str | None = None  # who spoke last: a bare quotation is theirs
    age: int = 0  # sentences since an entity was last named
    section_subject: str | None = None  # named by the section heading or the title

    def carried(self, subject: str | None) -> str | None:
        """A subject carried from earlier sentences, while it was named recently; else the section's."""
        return subject if subject and self.age < SUBJECT_REACH else self.section_subject


class SentenceReader:
    """One sentence: its figures, their subjects, kinds, periods and qualifiers."""

    def __init__(self, text: str, context: Context, year: int | None) -> None:
        self.table = cues()
        self.text = text
        self.context = context
        self.year = year
        self.tokens = tokenize(text)
        self.words = [token.word for token in self.tokens]
        self.figures = find_figures(self.tokens)
        self.values = [figure for figure in self.figures if figure.kind is not FigureKind.YEAR]
        self.years = [figure for figure in self.figures if figure.kind is FigureKind.YEAR]
        self.asides = self._relative_clauses()
        self.mentions = [
            Mention(m.name, m.start, m.end, m.weak, m.source, m.aside or m.start in self.asides)
            for m in entity_mentions(self.tokens, self.table)
        ]
        self.tails = [self._tail(figure) for figure in self.values]
        self.unnamed: set[int] = set()  # figures whose subject no word of the sentence names
        self._drop_rank_scopes()

    def _drop_rank_scopes(self) -> None:
        """'Britain is the alliance's third-largest spender': a possessive right before a rank is the ranking's
        scope, an aside, never the one ranked."""
        starts = {figure.start for figure in self.values if figure.kind is FigureKind.RANK}
        for index, mention in enumerate(self.mentions):
            possessive = self.tokens[mention.end - 1].text.casefold().endswith(("'s", "’s", "s'"))
            if possessive and (mention.end in starts or mention.end + 1 in starts):
                self.mentions[index] = Mention(
                    mention.name, mention.start, mention.end, mention.weak, mention.source, True
                )

    def _relative_clauses(self) -> set[int]:
        """Token positions inside ', which joined the alliance in April 2023,' — asides to the figures around."""
        inside: set[int] = set()
        for position, word in enumerate(self.words):
            if word in self.table.relative_openers and position > 0 and self.words[position - 1] == ",":
                end = position
                while end < len(self.words) and self.words[end] != ",":
                    end += 1
                if end < len(self.words):  # only a clause closed by a comma is an aside
                    inside.update(range(position, end))
        return inside

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
        right = self.values[index + 1].start if index + 1 < len(self.values) else len(self.tokens)
        return left, right

    def clause(self, index: int) -> tuple[int, int]:
        figure = self.values[index]
        left, right = self.region(index)
        start = figure.start
        while start > left and self.words[start - 1] not in CLAUSE_BREAKS - {"and", "-"}:
            start -= 1
        end = self.tails[index]
        while end < right and self.words[end] not in CLAUSE_BREAKS:
            end += 1
        return start, end

    def in_tail(self, mention: Mention) -> bool:
        return any(figure.end <= mention.start < tail for figure, tail in zip(self.values, self.tails, strict=True))

    # --- subjects ------------------------------------------------------------------------------------
    def candidates(self, start: int, end: int) -> list[Mention]:
        found = [
            m for m in self.mentions if start <= m.start < end and not m.source and not m.aside and not self.in_tail(m)
        ]
        strong = [m for m in found if not m.weak]
        return strong or found

    def pronoun_after(self, start: int, end: int) -> int | None:
        for position in range(end - 1, start - 1, -1):
            if self.table.pronouns.starting_at(self.words, position):
                return position
        return None

    def subjects_for(self, index: int, resolved: list[list[str]]) -> list[str]:
        figure = self.values[index]
        inside = [m for m in self.mentions if figure.start <= m.start < figure.end]
        if figure.kind is FigureKind.COUNT and inside:
            return [inside[-1].name]
        if figure.kind is FigureKind.COUNT and figure.noun in self.table.group_nouns and self._pointed(figure):
            return []  # "those five countries": countries pointed back at, not any one entity
        left, _ = self.region(index)
        if self._guideline(index):
            return [self.table.raw.guideline_subject]
        found = self.candidates(left, figure.start)
        pronoun = self.pronoun_after(left, figure.start)
        if found and (pronoun is None or pronoun < found[-1].start):
            return self._listed(found, figure)
        if pronoun is not None:
            # "Poland grew its spending": a pronoun after the sentence's own subject refers to it.
            own = self.candidates(0, pronoun)
            if own:
                subjects = [m for m in own if not self._object(m)]
                return [(subjects or own)[-1].name]
            carried = self.context.carried(self.context.subject)
            if carried:
                return [carried]
        if resolved:
            if index - 1 in self.unnamed:
                self.unnamed.add(index)
            return resolved[-1]
        earlier = self.candidates(0, figure.start)
        if earlier:
            return [earlier[-1].name]
        if any(self.words[i] in self.table.group_nouns and i not in self.asides for i in range(left, figure.start)):
            return []  # "Countries involved in armed conflict spent 4.4%": a subject no entity names
        carried = self.context.carried(self.context.paragraph_subject)
        if carried:
            self.unnamed.add(index)  # the sentence names no one: the subject is the paragraph's, less sure
            return [carried]
        later = self.candidates(figure.end, self.region(index)[1])
        if later and not self.table.pronouns.starting_at(self.words, figure.end):
            return [later[0].name]
        return []

    def _pointed(self, figure: Figure) -> bool:
        return figure.start > 0 and self.words[figure.start - 1] in POINTING_WORDS

    def _object(self, mention: Mention) -> bool:
        """'in the alliance', 'of Ukraine': a name after a preposition is not what a pronoun refers back to."""
        position = mention.start
        while position > 0 and self.words[position - 1] in DETERMINERS:
            position -= 1
        return position > 0 and self.words[position - 1] in PREPOSITIONS

    def _guideline(self, index: int) -> bool:
        """'the 2% guideline', 'NATO's 5% target': a bare percentage naming a goal, not anyone's spending."""
        figure = self.values[index]
        after = self.words[figure.end] if figure.end < len(self.words) else ""
        return figure.kind is FigureKind.PERCENT and after in self.table.gdp_targets

    def _listed(self, found: list[Mention], figure: Figure) -> list[str]:
        """'Luxembourg and Slovenia at 1.29% each': every entity joined by 'and' before 'each'; 'the United
        States, China and India together spent …': the group of them, as one subject."""
        position = len(found) - 1
        while position > 0 and self.words[found[position - 1].end : found[position].start] in (["and"], [","]):
            position -= 1
        joined = [mention.name for mention in found[position:]]
        after = self.words[figure.end] if figure.end < len(self.words) else ""
        if after in {"each", "apiece"}:
            return joined
        between = set(self.words[found[-1].end : figure.start])
        if len(joined) > 1 and between & {"together", "combined", "jointly"}:
            return [", ".join(joined[:-1]) + " and " + joined[-1]]
        return [found[-1].name]

    # --- measure kinds -------------------------------------------------------------------------------
    def kind_for(self, index: int, kinds: list[str]) -> tuple[str, bool]:
        """The figure's kind of measure, and whether the sentence itself says so (not inferred)."""
        figure = self.values[index]
        if figure.kind is FigureKind.MONEY:
            if self.table.money_change_after.starting_at(
                self.words, figure.end
            ) or self.table.money_change_before.ending_at(self.words, figure.start):
                return "change", True
            return "money", True
        if figure.kind is FigureKind.COUNT:
            return "count", True
        if figure.kind is FigureKind.MULTIPLE:
            return "change", True
        if figure.kind is FigureKind.RANK:
            return "rank", True
        if figure.points:
            return "change", True
        tail = self.words[figure.end : self.tails[index]]
        if self.table.gdp.within(tail, 0, len(tail)) or "gdp" in self.words[figure.end : figure.end + 4]:
            return "share_of_gdp", True
        if (tail and any(word in self.table.totals for word in tail[1:])) or (
            len(tail) > 1 and self._named_total(index)
        ):
            return "share_of_total", True
        left, right = self.region(index)
        before = max(left, figure.start - QUALIFIER_REACH)
        start = figure.start
        while start > left and self.words[start - 1] in self.table.apposition - {","}:
            start -= 1
        if self.table.change_before.ending_at(self.words, start):
            return "change", True
        if self.table.change.within(self.words, before, figure.start) or self.table.change.within(
            self.words, figure.end, min(right, figure.end + 4)
        ):
            return "change", True
        if self.table.shares.within(self.words, before, figure.start):
            return "share_of_total", True
        if kinds[-1:] == ["change"] and all(w in self.table.apposition for w in self.words[left : figure.start]):
            return "change", True
        near = set(self.words[max(left, figure.start - 2) : min(right, figure.end + 2)])
        if near & self.table.gdp_targets:
            return "share_of_gdp", True
        if "share_of_gdp" in kinds[-1:]:
            return "share_of_gdp", True
        if self.context.gdp_shares:
            return "share_of_gdp", False
        return "other", True

    def _named_total(self, index: int) -> bool:
        figure = self.values[index]
        return any(figure.end < m.start < self.tails[index] for m in self.mentions)

    # --- periods ------------------------------------------------------------------------------------
    def _comparison(self, year: Figure) -> bool:
        """'more than in 2023', 'since the Six-Day War in 1967': a year a figure is compared with."""
        if year.period_text and len(year.period_text) > len("2029-30"):
            return False  # "from 2026 to 2030" is a period, not a comparison
        start = year.start
        while start > 0 and (self.words[start - 1] in self.table.months or self.words[start - 1].isdigit()):
            start -= 1
        return bool(self.table.comparison.ending_at(self.words, start)) or self._compared_back(year.start)

    def _compared_back(self, start: int) -> bool:
        """'than they spent the year before', 'double its 2015 level': a comparison a few words back."""
        figure_tokens = {i for figure in self.values for i in range(figure.start, figure.end)}
        multiples = {figure.end - 1 for figure in self.values if figure.kind is FigureKind.MULTIPLE}
        position = start
        while position > 0 and position > start - COMPARISON_REACH:
            if self.table.comparison_reach.ending_at(self.words, position):
                return True
            previous = position - 1
            if previous in multiples:
                return True  # "double its 2015 level": the base of a multiple
            if previous in figure_tokens or self.words[previous] in CLAUSE_BREAKS:
                return False
            position = previous
        return False

    def _deadline(self, year: Figure) -> bool:
        start = year.start
        while start > 0 and (self.words[start - 1] in self.table.months or self.words[start - 1].isdigit()):
            start -= 1
        return bool(self.table.deadline.ending_at(self.words, start))

    @staticmethod
    def _year_text(year: Figure) -> str:
        return year.period_text or str(int(year.value))

    def period_for(self, index: int) -> tuple[str | None, bool]:
        """The figure's period from its own part of the sentence, and whether it is a deadline ('by 2035')."""
        figure = self.values[index]
        left, right = self.region(index)
        years = [
            y
            for y in self.years
            if left <= y.start < right
            and not self._comparison(y)
            and (y.start not in self.asides or figure.start in self.asides)
        ]
        when = [y for y in self.years if y.end < figure.start and self.words[y.end : y.end + 2] == [",", "when"]]
        if when:
            return self._year_text(when[-1]), False  # "from 2014, when only three members met it"
        after = [y for y in years if y.start >= figure.end and not self._break_between(figure.end, y.start)]
        before = [y for y in years if y.start < figure.start and not self._break_between(y.end, figure.start)]
        chosen = after[0] if after else (before[-1] if before else None)
        if chosen is not None:
            return self._year_text(chosen), self._deadline(chosen)
        return self.relative_period(left, right), False

    def _break_between(self, start: int, end: int) -> bool:
        return any(word in STRONG_BREAKS for word in self.words[start:end])

    def _compared(self, position: int) -> bool:
        """Whether a token sits in the region of a figure that is itself a comparison ('against €2.75 billion')."""
        for index, figure in enumerate(self.values):
            left, right = self.region(index)
            if figure.start <= position < right or left <= position < figure.start:
                start = figure.start
                while start > 0 and self.words[start - 1] in self.table.apposition - {","}:
                    start -= 1
                return bool(
                    self.table.comparison.ending_at(self.words, start)
                    or self.table.comparison_reach.ending_at(self.words, start)
                )
        return False

    def sentence_period(self) -> str | None:
        """The year the sentence speaks of: its first year that is neither a comparison nor a deadline."""
        for year in self.years:
            if not (self._comparison(year) or self._deadline(year) or self._event(year) or self._compared(year.start)):
                return self._year_text(year)
        for position in range(len(self.tokens)):
            relative = self.table.relative.starting_at(self.words, position)
            if (relative or self.table.anaphoric.starting_at(self.words, position)) and not self._compared(position):
                return self.relative_period(position, position + 1)
        return None

    def _carried_period(self) -> str | None:
        """'That is about 6.3% of GDP': a sentence opening on the previous one speaks of its period."""
        opener = next((word for word in self.words if word[:1].isalnum()), "")
        return self.context.sentence_period if opener in self.table.carry_openers else None

    def relative_period(self, start: int, end: int) -> str | None:
        for position in range(start, end):
            if self.table.anaphoric.starting_at(self.words, position) and self.context.sentence_period:
                return self.context.sentence_period
        if self.year is None:
            return None
        for position in range(start, end):
            length = self.table.relative.starting_at(self.words, position)
            relative = self.table.relative_offset(self.words[position : position + length]) if length else None
            if relative and not self._compared_back(position):
                offset, from_story = relative
                story = self.context.document_period
                base = int(story[:4]) if from_story and story and story[:4].isdigit() else self.year
                if offset == "decade_end":
                    return str(base // 10 * 10 + 9)
                if isinstance(offset, int):
                    return str(base + offset)
        return None

    # --- qualifiers ---------------------------------------------------------------------------------
    def qualifiers_for(self, index: int, clause: tuple[int, int], deadline: bool, kind: str) -> list[str]:
        """Qualifiers from the clause (estimate, target, proposal) or right around the figure (about, at least,
        up to; a change's direction: 'fell by 10%', '4% lower')."""
        figure = self.values[index]
        found = []
        near_start = max(clause[0], figure.start - QUALIFIER_REACH)
        for name, phrases in self.table.qualifiers.items():
            reach = clause
            if name in NEAR_QUALIFIERS:
                reach = (near_start, figure.start)
            elif name in DIRECTION_QUALIFIERS:
                if kind != "change":
                    continue
                reach = (near_start, min(len(self.words), figure.end + 2))
            if phrases.within(self.words, reach[0], reach[1]):
                found.append(name)
        if deadline:
            found.append("deadline")
        return found

    def cited_source(self) -> str | None:
        sources = [m.name for m in self.mentions if m.source]
        return sources[0] if sources else None

    # --- the statements -----------------------------------------------------------------------------
    def statements(self) -> list[Stated]:
        self.unnamed = set()
        stated: list[Stated] = []
        subjects: list[list[str]] = []
        kinds: list[str] = []
        periods: list[str] = []
        for index, figure in enumerate(self.values):
            names = self.subjects_for(index, subjects)
            kind, sure = self.kind_for(index, kinds)
            period, deadline = self.period_for(index)
            clause = self.clause(index)
            qualifiers = self.qualifiers_for(index, clause, deadline, kind)
            if period is None and periods and GOAL_QUALIFIERS & set(qualifiers):
                period = periods[-1]  # "5% by 2035: at least 3.5% on core defence and up to 1.5% on …"
            if period is None:
                period = self.sentence_period() or self._carried_period()
            subjects.append(names)
            kinds.append(kind)
            if period:
                periods.append(period)
            if names and not self._threshold(index, kind):
                stated.append(
                    Stated(figure, names, kind, period, qualifiers, clause, sure and index not in self.unnamed)
                )
        return stated

    def _threshold(self, index: int, kind: str) -> bool:
        """'Five allies spent more than 3%', 'Eight allies remain short of 2%': a bare percentage that only
        bounds a count of allies in its sentence is part of that count's statement, not a figure of its own."""
        figure = self.values[index]
        if figure.kind is not FigureKind.PERCENT or kind not in {"share_of_gdp", "other"}:
            return False
        if self._guideline(index) or self.table.gdp.within(
            self.words, figure.end, max(self.tails[index], figure.end + 2)
        ):
            return False
        return any(
            other.kind is FigureKind.COUNT
            and other.end <= figure.start
            and self.words[other.end - 1] in self.table.ally_nouns
            and not self._break_between(other.end, figure.start)
            for other in self.values
        )

    def dates(self, figure_subjects: dict[int, str]) -> list[Stated]:
        """Years the sentence states as a deadline or an event ('by 2035', 'signed in 2022')."""
        stated = []
        for year in self.years:
            deadline = self._deadline(year)
            if not (deadline or self._event(year)):
                continue
            subject = self._date_subject(year, figure_subjects)
            if subject:
                clause = self._date_clause(year)
                qualifiers = ["deadline"] if deadline else []
                stated.append(Stated(year, [subject], "date", self._year_text(year), qualifiers, clause))
        return stated

    def _event(self, year: Figure) -> bool:
        """A year that dates something: a full date ('on 25 June 2025') or a year next to an event word
        ('signed in 2022', 'joined in April 2023', 'the 2022 Homeland Defence Act')."""
        start = year.start
        if start > 1 and self.words[start - 1] in self.table.months and self.words[start - 2].isdigit():
            return True
        while start > 0 and (self.words[start - 1] in self.table.months or self.words[start - 1].isdigit()):
            start -= 1
        window_before = (max(0, start - 4), start)
        window_after = (year.end, min(len(self.words), year.end + 3))
        return self.table.events.within(self.words, *window_before) or self.table.events.within(
            self.words, *window_after
        )

    def _date_clause(self, year: Figure) -> tuple[int, int]:
        start, end = year.start, year.end
        while start > 0 and self.words[start - 1] not in CLAUSE_BREAKS - {"and", "-"}:
            start -= 1
        while end < len(self.words) and self.words[end] not in CLAUSE_BREAKS:
            end += 1
        return start, end

    def _date_subject(self, year: Figure, figure_subjects: dict[int, str]) -> str | None:
        """Who the date is about: the entity before it in its clause, else the subject of a figure before it."""
        clause_start, _ = self._date_clause(year)
        objects = {"of", "on", "against", "into", "in", "to", "the"}
        found = [
            m
            for m in self.candidates(0, year.start)
            if not (m.start > 0 and self.words[m.start - 1] in objects and m.start >= clause_start)
        ]
        if clause_start > 0 and self.words[clause_start] in {"which", "who"}:
            found = [m for m in found if m.start < clause_start]
        if found:
            return found[-1].name
        earlier = [subject for start, subject in sorted(figure_subjects.items()) if start < year.start]
        if earlier:
            return earlier[-1]
        # "At the summit on 25 June 2025, allies agreed …": the clause's subject comes after the date.
        roles = [m for m in self.mentions if m.start >= year.end and not m.source and not self.in_tail(m)]
        return roles[0].name if roles else self.context.carried(self.context.paragraph_subject)

    def sentence_subject(self) -> str | None:
        found = self.candidates(0, len(self.tokens))
        return found[0].name if found else None
