"""Whose figure a sentence states when the clause is about a thing the entity list does not know
(`knowledge.named_things`): what an amount pays for, and a description naming no one before.

'A further €170 million is going into expanding Rukla', after 'the existing base in Rukla': a thing the document named
before, that an amount naming no one before it pays for, is whose figure it is. 'The district is also getting a new
road, costing €14 million', no district named before: the district's (its noun), never the country's; a description
the reading leaves unnamed makes the figure no one's.
"""

from __future__ import annotations

from knowledge.figures import FigureKind
from knowledge.named_things import PLACED_REACH
from knowledge.sentence_voices import Voices

PAID_REACH = 4  # words from an amount to what it pays for ('is going into expanding Rukla')
# words from a count to the place it is at: to the verb, past it, its preposition and article ('work at the Sliač')
PLACE_REACH = PLACED_REACH + 3


class Things(Voices):
    """The figures of things the entity list does not know."""

    def subjects_for(self, index: int, resolved: list[list[str]]) -> list[str]:
        """Whom a figure is of: what it pays for, else what the sentence's other readings say."""
        paid_for = self._paid_for(index)
        names = [paid_for] if paid_for else [name for name in self._subjects_for(index, resolved) if name]
        level = self._level_with(index)  # 'the US share … at roughly 16%, level with Germany': Germany's too
        return [*names, level] if names and level and level not in names else names

    def _level_with(self, index: int) -> str | None:
        """The one a figure is said to be level with, right after it ('16%, level with Germany')."""
        position = self.values[index].end
        position += self.words[position : position + 1] == [","]
        length = self.table.level_with.starting_at(self.words, position)
        after = [m for m in self.mentions if length and m.start == position + length and not m.source]
        return after[0].name if after else None

    def _subjects_for(self, index: int, resolved: list[list[str]]) -> list[str]:
        raise NotImplementedError

    def _paid_for(self, index: int) -> str | None:
        figure = self.values[index]
        reach = PLACE_REACH if figure.kind == FigureKind.COUNT else PAID_REACH
        after = [m for m in self.mentions if m.unlisted and m.aside and figure.end <= m.start <= figure.end + reach]
        if not after or self.candidates(self.region(index)[0], figure.start):
            return None
        return after[0].name
