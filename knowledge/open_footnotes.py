"""Markdown footnotes: a note ('[^6]: The announcement was made on 25 February 2025 …') speaks of whom the sentence
citing it ('… by 2027[^6].') was about, not of the document's main subject."""

from __future__ import annotations

import re

from knowledge.open_reading import OpenReading

FOOTNOTE_CITED = re.compile(r"\[\^(?P<label>[^\]\s]{1,12})\]")
FOOTNOTE_DEFINED = re.compile(r"^\s*\[\^(?P<label>[^\]\s]{1,12})\]:")


class Footnotes(OpenReading):
    """Whom each footnote's citing sentence was about, given to the note when it is read."""

    def _footnotes_cited(self, sentence: str) -> None:
        """Each footnote the sentence cites is of the subject it left for the sentences after it."""
        subject = self.context.subject
        if subject is None:
            return
        defined = FOOTNOTE_DEFINED.match(sentence)
        for match in FOOTNOTE_CITED.finditer(sentence, defined.end() if defined else 0):
            self.footnote_subjects.setdefault(match.group("label"), subject)

    def _footnote_entered(self, text: str) -> None:
        """A footnote's text speaks of whom its citing sentence was about, as if named just before it."""
        defined = FOOTNOTE_DEFINED.match(text)
        subject = self.footnote_subjects.get(defined.group("label")) if defined else None
        if subject is None:
            return
        self.context.subject = self.context.paragraph_subject = subject
        self.context.age = 0
