"""A name set in bold as the run-in heading of its paragraph: '**Rheinmetall (Buy, target price €2,100).** Sales rose
36% year on year to €9.75bn …', '**Saab.** Order bookings were SEK 88.6 billion'. The paragraph is about the thing
it names (a company, a unit, a place the entity list does not know): its figures naming no one are that thing's, and
'the group' or 'management' in it point back at it.

A label is a name only as the document writes one: a run of capitalised words with an aside in brackets after it
('(Buy, target price €2,100)'), or words the document writes capitalised inside its sentences. A label in plain words
('**Execution and capacity.**', '**Valuation.**'), naming an entity the list knows ('**Germany (2.1%).**', read as
any sentence naming it), a person the document quotes, or a title ('**Mr Bakker (SP):**', a speaker's turn) is not.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from knowledge.cues import cues, fold
from knowledge.figures import tokenize
from knowledge.mentions import entity_mentions
from knowledge.named_things import NamedThings, thing_words

# '**Rheinmetall (Buy, target price €2,100).**', '- __Kongsberg Gruppen.__': emphasis opening the paragraph (or its
# list item), closed right after a full stop
RUN_IN_LABEL = re.compile(
    r"^\s*(?:[-*+•]\s+)?(\*\*|__)"
    r"(?P<name>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4})(?P<aside> \([^()\n]{1,80}\))?\.\1(?=\s)"
)


def run_in_name(text: str, things: NamedThings, people: Collection[str] = ()) -> str | None:
    """The name a paragraph's bold run-in heading gives the thing the paragraph is about, or None."""
    label = RUN_IN_LABEL.match(text)
    if label is None:
        return None
    name = label.group("name")
    words = name.split()
    folded = [fold(word) for word in words]
    if any(word in thing_words().not_names for word in folded):
        return None
    if label.group("aside") is None and not all(word in things.proper for word in folded):
        return None
    if entity_mentions(tokenize(name), cues()) or _a_person(words, people):
        return None
    return name


def _a_person(words: list[str], people: Collection[str]) -> bool:
    """The name, or its last word, is a person the document quotes ('Rutte' for 'Mark Rutte')."""
    return " ".join(words) in people or any(person.split()[-1:] == words[-1:] for person in people)
