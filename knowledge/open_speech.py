"""Who said what: a sentence's words said by someone ("…", said Rutte) become a fact of the speaker, a bare
quotation is the last speaker's, and a surname stands for the person a title named first ('Secretary-General Mark
Rutte' … 'Rutte')."""

from __future__ import annotations

import re

from knowledge.cues import cues, fold
from knowledge.models import Citation, Fact, Unit
from knowledge.open_reading import OpenReading, fact_id
from knowledge.sentence import Context, SentenceReader
from knowledge.speech import Said, bare_quotation, said_in

PERSON_AFTER_TITLE = re.compile(r"(?P<title>[\w-]+)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})")


def people_named(text: str) -> dict[str, str]:
    """'Secretary-General Mark Rutte' anywhere in the text: a later 'Rutte' is Mark Rutte."""
    roles = cues().role_words | cues().role_modifiers
    people: dict[str, str] = {}
    for match in PERSON_AFTER_TITLE.finditer(text):
        if fold(match.group("title")) in roles:
            people[match.group("name").split()[-1]] = match.group("name")
    return people


class Speakers(OpenReading):
    """The words a document's people said, each a fact of its speaker."""

    def _speech(self, sentence: str, citation: Citation) -> None:
        """Who said what: a fact of the speaker, its text the words said (a quotation keeps its speaker)."""
        said = said_in(sentence)
        quotation = bare_quotation(sentence) if not said else None
        if quotation and self.context.speaker:
            said = [Said(self.context.speaker, quotation)]
        for item in said:
            names = item.speaker.split()
            if len(names) > 1:
                self.people[names[-1]] = item.speaker  # "Rutte" later is "Mark Rutte"
            person = self.people.get(item.speaker, item.speaker)
            speaker = SentenceReader(person, Context(), self.year).sentence_subject() or person
            self.context.speaker = item.speaker
            key = fact_id(self.document.id, citation.span, "said", speaker, item.what)
            self.facts.setdefault(
                key,
                Fact(
                    id=key,
                    subject=speaker,
                    measure="open:said",
                    unit=Unit.TEXT,
                    text=item.what,
                    citation=citation,
                    measure_text="said",
                    measure_kind="said",
                    open_only=True,
                ),
            )
