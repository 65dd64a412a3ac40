"""Markdown footnotes: a note ('[^6]: The announcement was made on 25 February 2025 …') speaks of whom the sentence
citing it ('… by 2027[^6].') was about, not of the document's main subject."""

from __future__ import annotations

import re

from knowledge.cues import fold
from knowledge.entities import entity_tables
from knowledge.open_reading import OpenReading

FOOTNOTE_CITED = re.compile(r"\[\^(?P<label>[^\]\s]{1,12})\]")
FOOTNOTE_DEFINED = re.compile(r"^\s*\[\^(?P<label>[^\]\s]{1,12})\]:")
NAME_WORDS = re.compile(r"[\w'’.-]+")


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
        """A footnote's text that names whom its citing sentence was about, even by a name too weak to make anyone a
        subject alone ('The Bundestag approved the fund', 'Finland became NATO's 31st member'), speaks of that one, as
        if named just before it; a note naming no one of it ('Prime Minister's statement, 25 February 2025') is
        left to the reading it had."""
        defined = FOOTNOTE_DEFINED.match(text)
        if defined is None:
            return
        # the note before it is another note, of another sentence: no time carries from it ('[^5]: This assumes …')
        self.context.sentence_period, self.context.sentence_deadline, self.context.event_year = None, False, None
        subject = self.footnote_subjects.get(defined.group("label"))
        if subject is None or not _names(text, subject):
            return
        self.context.subject = self.context.paragraph_subject = subject
        self.context.age = 0


def _names(text: str, subject: str) -> bool:
    """Whether the text names the entity by any of its names, weak ones too."""
    entry = entity_tables().entries.get(subject)
    if entry is None:
        return False
    names = [entry.name, *entry.aliases, *entry.exact, *entry.weak, *entry.document_only_weak]
    words = " " + " ".join(fold(word) for word in NAME_WORDS.findall(text)) + " "
    return any(f" {' '.join(fold(word) for word in name.split())} " in words for name in names)
