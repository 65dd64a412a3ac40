"""The qualifiers of each figure of a sentence: from its clause (estimate, target, proposal) or right around it
(about, at least, up to; a change's direction); and the bare percentages that only bound something else ('The UK
was already above 2%', 'Five allies spent more than 3%'): a line, no figure of their own. Composed into
`knowledge.sentence_kinds.Kinds`."""

from __future__ import annotations

from knowledge.cues import Phrases
from knowledge.figures import Figure, FigureKind, noun_labelled
from knowledge.sentence_reading import CLAUSE_BREAKS, Reading, level_named_for, spent_by

QUALIFIER_REACH = 6  # words before a figure whose qualifiers it takes
PARTICLE = "up"  # of a verb before a bound's 'to' ('sign up to 3.5%')
NEAR_QUALIFIERS = frozenset({"approximate", "minimum", "maximum"})
BOUNDS = ("minimum", "maximum")
DIRECTION_QUALIFIERS = frozenset({"decrease"})
GOAL_MARKS = frozenset({"target", "proposal", "deadline"})  # a bound with one of these is a goal's floor or ceiling


class Qualifiers(Reading):
    """The qualifiers of a sentence's figures, and the bounds that are only a line."""

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
                # 'some $10 billion had to be trimmed': the words making the amount a change tell its direction
                told = self.table.change_after.starting_at(self.words, figure.end)
                reach = (near_start, min(len(self.words), figure.end + max(2, told)))
            if name in BOUNDS:
                if self._bound(phrases, reach) and not _bounds_another(self, figure):
                    found.append(name)
            elif phrases.within(self.words, reach[0], reach[1]):
                found.append(name)
        loose = (near_start, figure.start)
        if "approximate" not in found and any(self._bound(self.table.qualifiers[b], loose, loose=True) for b in BOUNDS):
            found.append("approximate")
        if deadline:
            found.append("deadline")
        return found

    def _bound(self, phrases: Phrases, reach: tuple[int, int], *, loose: bool = False) -> bool:
        """A floor or ceiling ('at least 3.5%', 'under 2%') in words[reach]; `loose`: one made approximate by the
        words before it ('just over two percent' is a level, not a minimum)."""
        end = min(reach[1], len(self.words))
        for position in range(max(0, reach[0]), end):
            length = phrases.starting_at(self.words, position)
            fits = bool(length) and _bound_fits(self, position, position + length, end)
            if fits and bool(self.table.loose_bounds.ending_at(self.words, position)) == loose:
                return True
        return False

    def line_compared(self, index: int, qualifiers: list[str]) -> bool:
        """'The UK was already above 2% in 2014', 'Italy and Canada were both still under 2% in 2024', 'the United
        Kingdom, already above 2% in 2014, added even less', 'it was well short of 2%': a bare percentage bounding
        what a name or a pronoun right before it is ('was', 'remain', or a comma, maybe 'already', 'still') is the
        line it stands above or below, not its figure ('just over 2%' is a level; 'spent more than 4%' a figure)."""
        figure = self.values[index]
        if figure.kind is not FigureKind.PERCENT or not set(BOUNDS) & set(qualifiers):
            return False
        if GOAL_MARKS & set(qualifiers):
            return False  # 'Estonia will keep spending above 3% until 2027': a floor it sets itself
        bound = max(self.table.qualifiers[name].ending_at(self.words, figure.start) for name in BOUNDS)
        position = self._past_adverbs(figure.start - bound) if bound else 0
        apposed = position > 0 and position < figure.start and self.words[position - 1] == ","
        verb = self.table.line_states.ending_at(self.words, position) or int(apposed)
        if not verb:
            return False
        position = self._past_adverbs(position - verb)
        if not apposed and position > 0 and self.words[position - 1] in self.table.raw.pronouns:
            return True
        return any(mention.end == position and not mention.source for mention in self.mentions)

    def _past_adverbs(self, position: int) -> int:
        while position > 0 and self.words[position - 1] in self.table.line_state_adverbs:
            position -= 1
        return position

    def _threshold(self, index: int, kind: str) -> bool:
        """'Five allies spent more than 3%', 'Eight allies remain short of 2%': a bare percentage that only
        bounds a count of allies in its sentence is part of that count's statement, not a figure of its own."""
        figure = self.values[index]
        if figure.kind is FigureKind.PERCENT and self._bounds_the_noun_counted(figure):
            return True
        if figure.kind is not FigureKind.PERCENT or kind not in {"share_of_gdp", "other"}:
            return False
        if self._guideline(index) or self.table.gdp.within(
            self.words, figure.end, max(self.tails[index], figure.end + 2)
        ):
            return _gap_line(self, figure)
        return _gap_line(self, figure) or any(
            other.kind is FigureKind.COUNT
            and other.end <= figure.start
            and self.words[other.end - 1] in self.table.ally_nouns
            and not self._break_between(other.end, figure.start)
            and not self.candidates(other.end, figure.start)  # 'first among the 32 allies, ahead of Estonia (3.43%)'
            for other in self.values
        )

    def _bounds_the_noun_counted(self, figure: Figure) -> bool:
        """'the number of allies at or above 2% rose from three to 23': a percentage inside the phrase naming what a
        move between two counts of the sentence counts, nothing breaking it off, bounds those counts' allies; it is no
        figure itself. So does one in a label opening on the noun its bare numbers count ('Allies at or above 2% of
        GDP: 3 (2014) → 5 (2016)')."""
        counted = [other for other in self.values if other.kind is FigureKind.COUNT and other.noun]
        if self._in_a_count_s_label(figure, counted):
            return True
        for opener in self.table.raw.counted_number_openers:
            words = opener.split()
            for start in range(figure.start):
                if self.words[start : start + len(words)] != words or self._break_between(start, figure.start):
                    continue
                phrase = self.words[start + len(words) : figure.start]
                if any(c.start > figure.end and c.noun in phrase and self._opens_a_move(c) for c in counted):
                    return True
        return False

    def _in_a_count_s_label(self, figure: Figure, counted: list[Figure]) -> bool:
        """The figure stands in a line's label naming the noun the counts after its colon count."""
        opening = next((at for at, token in enumerate(self.tokens) if token.word.isalnum()), None)
        noun = noun_labelled(self.tokens, opening, self.table) if opening is not None else None
        colon = next((at for at in range(figure.end, len(self.words)) if self.words[at] == ":"), None)
        if noun is None or colon is None or any(self.words[at] in CLAUSE_BREAKS for at in range(figure.end, colon)):
            return False
        return any(count.start > colon and count.noun == noun for count in counted)

    def _opens_a_move(self, count: Figure) -> bool:
        """'from three to 23': a count right after 'from', another count of its noun right after its 'to'."""
        opened = count.start > 0 and self.words[count.start - 1] == "from"
        closing = count.end + 1
        return (
            opened
            and self.words[count.end : closing] == ["to"]
            and any(other.start == closing and other.noun == count.noun for other in self.values)
        )


def _bound_fits(reading: Reading, start: int, end: int, reach: int) -> bool:
    """The bound's words at words[start:end] lie within `reach`, no number between them and the figure, and their 'up'
    is no particle of the verb before them ('asked to sign up to 3.5%', 'add up to $1,635 billion'; 'build up to 12
    submarines' bounds them)."""
    words = reading.words
    particle = words[start] == PARTICLE and start > 0 and words[start - 1] in reading.table.bound_particle_verbs
    return end <= reach and not _number_after(words, end, reach) and not particle


def _gap_line(reading: Reading, figure: Figure) -> bool:
    """ "Spain's gap to 2% last year was about 0.7 points of GDP": the line a gap is measured to (cues: gap_lines)."""
    return bool(reading.table.gap_lines.ending_at(reading.words, figure.start))


def _number_after(words: list[str], start: int, end: int) -> bool:
    """'some 38 per cent more than in 2023 and roughly 7.1 per cent': a bound another number follows bounds that
    number, not the figure after it."""
    return any(word[:1].isdigit() for word in words[start:end])


def _bounds_another(reading: Reading, figure: Figure) -> bool:
    """A bound before the figure that is no floor or ceiling of its own: time an amount is spread over ('over five
    years'), or an amount someone else spent that another's figure is above ('above the $457 billion spent by all
    European countries')."""
    return (
        _an_amount_s_span(reading, figure)
        or spent_by(reading.words, figure, reading.table.raw.agent_participles)
        or level_named_for(reading.words, figure, reading.mentions) is not None
    )


def _an_amount_s_span(reading: Reading, figure: Figure) -> bool:
    """'$81.8 billion over five years', 'EUR 150 billion over 20 years': time counted one word after an amount is the
    stretch the amount is spread over, no floor ('over five years' is not 'more than five years')."""
    if figure.kind is not FigureKind.COUNT or reading.words[figure.end - 1] not in reading.table.raw.time_span_nouns:
        return False
    return any(other.kind is FigureKind.MONEY and other.end == figure.start - 1 for other in reading.values)
