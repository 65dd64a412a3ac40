"""What a count of allies counts: 'Twenty-three of NATO's 32 allies are estimated to have spent at least 2% of their
GDP on defence in 2024', 'only three allies met it' — the count's own words run through the clause that says what
is counted (its verb phrase, through the figures in it, to the clause's end), not only to its noun."""

from __future__ import annotations

from knowledge.figures import Figure, FigureKind
from knowledge.sentence_reading import Reading

LINKS = frozenset({"and", "or"})
LINKED_FIGURE_REACH = 2  # words after 'and' / 'or' where a figure makes it part of the clause ('at or above 2%')


class Counts(Reading):
    """Where the clause of a count of allies, members or countries ends."""

    def counted_end(self, figure: Figure) -> int:
        """The end of the clause saying what a count of allies counts: its verb phrase to the next clause break ('…
        in 2024, according to …'; '… more than 3%: Poland …'; '… short of 2% (Iceland …'), never into the next
        clause; the figure's own end for any other figure, and for the total of a count ('NATO's 32 allies')."""
        if not self._counts_allies(figure):
            return figure.end
        end = figure.end
        while end < len(self.words) and not self._ends_counted(end):
            end += 1
        return end

    def _counts_allies(self, figure: Figure) -> bool:
        """A count of allies, members or countries stated on its own or as '23 of 32' — not the 32 of that."""
        if figure.kind is not FigureKind.COUNT or self.words[figure.end - 1] not in self.table.ally_nouns:
            return False
        return not any(other.end == figure.end and other.start < figure.start for other in self.values)

    def _ends_counted(self, position: int) -> bool:
        """A clause break; 'and' / 'or' only when no figure other than a count follows it closely ('at or above 2%',
        'between 2% and 2.25%' go on; 'and eight allies …' is the next clause)."""
        if not self._breaks(position):
            return False
        if self.words[position] not in LINKS:
            return True
        reach = range(position + 1, position + 1 + LINKED_FIGURE_REACH)
        return not any(other.start in reach and other.kind is not FigureKind.COUNT for other in self.values)
