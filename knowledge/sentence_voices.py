"""Whose figure a sentence states in its own voice, in a document about one country (`knowledge.frames`).

'To meet the capability targets NATO has assigned to us, we will need about 260,000 active soldiers', said by the
country's defence minister: 'we', no name after it before the figure, is the country the document is about — never
the alliance named before it. As every subject, it is given only when the text near the figure names the country
(the sentence, the few before it, the heading or the title); else the figure is no one's. A quoted 'we' in a
sentence naming another country is that country's speaker's, and is left to the other readings.

In an interview, the one answering speaks for the country their title names ('Estonian Defence Minister Hanno
Pevkur', then 'PEVKUR: Last year NATO put us at 3.43% of GDP'): in their turns 'we', 'us' and 'our' are that country,
whatever the document is about.

A count after what the alliance asks of a country ('The new NATO capability targets imply roughly 60,000 additional
active soldiers', in a German government briefing) is that country's too: the alliance only set the target.
"""

from __future__ import annotations

from knowledge.figures import FigureKind
from knowledge.frames import is_alliance, is_country, names_assigned_goal, speaks_for_country
from knowledge.sentence_reading import Reading


class Voices(Reading):
    """The document's country, when a sentence speaks for it."""

    def voice_of(self, index: int, left: int) -> list[str] | None:
        """The country a figure is stated for by the document's voice (`own_voice`), or asked of by the alliance."""
        voice = self.own_voice(self.values[index].start)
        return self._asked_of_country(index, left) if voice is None else voice

    def own_voice(self, end: int) -> list[str] | None:
        """When 'we' stands before `end` with no name between it and `end`, in a document about one country: that
        country, or no one when it is not named near (never the name before 'we'); else None."""
        country = self.context.voice or self.context.document_subject
        if not (country and is_country(country)):
            return None
        asides = frozenset() if end in self.asides else self.asides  # a figure in the aside is in its voice
        position = speaks_for_country(self.words, 0, end, asides)
        if position is None or self.candidates(position, end):
            return None
        others = any(is_country(m.name) and m.name != country for m in self.mentions if not m.source)
        if others and self.quotation_of(position) is not None:
            return None
        # the speaker's own country is named by the title that introduced them, however far back
        named = self.context.named_recently | {mention.name for mention in self.mentions}
        return [country] if country in named or country == self.context.voice else []

    def _asked_of_country(self, index: int, left: int) -> list[str] | None:
        """'The new NATO capability targets imply roughly 60,000 additional active soldiers', in a document about one
        country: a count after what the alliance asks of a country is that country's (when named near), never the
        alliance's; None when the last name before the figure is not the alliance so named."""
        figure = self.values[index]
        country = self.context.document_subject
        found = self.candidates(left, figure.start)
        if figure.kind is not FigureKind.COUNT or not (country and is_country(country)) or not found:
            return None
        last = found[-1]
        if not (is_alliance(last.name) and names_assigned_goal(self.words, last.end)):
            return None
        named = self.document_subject_named()
        return [named] if named else []
