"""Whose figure a sentence states when the clause is about a thing the entity list does not know
(`knowledge.named_things`): what an amount pays for, and a description naming no one before.

'A further €170 million is going into expanding Rukla', after 'the existing base in Rukla': a thing the document named
before, that an amount naming no one before it pays for, is whose figure it is. 'The district is also getting a new
road, costing €14 million', no district named before: the district's (its noun), never the country's; a description
the reading leaves unnamed makes the figure no one's.
"""

from __future__ import annotations

from knowledge.sentence_voices import Voices

PAID_REACH = 4  # words from an amount to what it pays for ('is going into expanding Rukla')


class Things(Voices):
    """The figures of things the entity list does not know."""

    def subjects_for(self, index: int, resolved: list[list[str]]) -> list[str]:
        """Whom a figure is of: what it pays for, else what the sentence's other readings say."""
        paid_for = self._paid_for(index)
        return [paid_for] if paid_for else [name for name in self._subjects_for(index, resolved) if name]

    def _subjects_for(self, index: int, resolved: list[list[str]]) -> list[str]:
        raise NotImplementedError

    def _paid_for(self, index: int) -> str | None:
        figure = self.values[index]
        after = [
            m for m in self.mentions if m.unlisted and m.aside and figure.end <= m.start <= figure.end + PAID_REACH
        ]
        if not after or self.candidates(self.region(index)[0], figure.start):
            return None
        return after[0].name
