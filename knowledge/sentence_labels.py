"""Labels leading a sentence: '*What it means for you:* the 65% rule favours European supply chains.'

A newsletter's or a brief's lead-in, set in emphasis at the start of a sentence and closed by a colon, names what
follows, not whose figure it is: its pronoun ('it', 'you') points back at no one. Read as pointing back, 'it' carried
the subject of the sentences before (the alliance) onto the figure after the colon. A pronoun in such a label, before
the figure, refers to nothing the figure is of ('BUT it's split: at least 3.5% for core defence', no emphasis, is a
clause whose 'it' is the pledge before).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from knowledge.cues import cues, fold

# the time a turn of a transcript starts at: '[00:04:49]'
TURN_TIME = re.compile(r"\[\d{1,2}(?::\d{2}){1,2}\]\s*")
# the capital letters a name in a speaker's label is written in, accented ones too ('MS. ANNE-MARIE CÔTÉ')
CAPITALS = "A-Z" + "".join(re.escape(letter) for letter in map(chr, range(0xC0, 0x250)) if letter.isupper())
# "HOST: …", "LINDQVIST: …", "Q: …", "**Q: …**", "CHAIR (Eleanor Pryce): …", "**[00:04:49] ELENA:** …"; a journalist's
# name and outlet in the brackets: "Q (Anna Lindqvist, Nordic Defence Review): …"; a member's constituency, its parts
# joined by dashes: "MR. JAMES BEZAN (Selkirk—Interlake—Eastman, CPC): …"
SPEAKER_TURN = re.compile(
    rf"^\**(?:{TURN_TIME.pattern})?[{CAPITALS}][{CAPITALS} .'’-]{{0,40}}"
    rf"(?:\s*\([{CAPITALS}][\w .,'’—–-]{{0,60}}\))?:\**\s"
)
# '**Mr Vermeulen (PVV):** …', '**The Minister of Defence:** …', '**The Chair (Mr Dijkhuis, BBB):** …': a parliament's
# transcript sets each speaker's label in bold, in ordinary case, the colon inside the bold; what it names is read
# from its words (`titled_speaker`), as no heading-like label ('**Why it matters:**') is a speaker.
BOLD_LABEL = re.compile(r"^\*\*(?P<label>[A-Z][^*:\n]{0,100}?):\*\*\s")
LABEL_END = ":"
EMPHASIS = frozenset({"*", "_"})


def in_a_label(text: str, words: Sequence[str], position: int, figure_start: int) -> bool:
    """Whether the word at `position` is in an emphasised label opening the sentence `text`, closed by a colon before
    the figure (the words are read without the emphasis marks: the text keeps them)."""
    if text.lstrip()[:1] not in EMPHASIS or LABEL_END not in words[:figure_start]:
        return False
    return position < words.index(LABEL_END)


def outside_a_label(text: str, words: Sequence[str], pronoun: int | None, figure_start: int) -> int | None:
    """The pronoun before a figure, unless it stands in the sentence's label ('*What it means for you:* the 65% rule
    …'), where it points back at no one."""
    if pronoun is None or in_a_label(text, words, pronoun, figure_start):
        return None
    return pronoun


def speaker_turn(text: str) -> re.Match[str] | None:
    """The label opening a turn of a transcript: a speaker written in capitals ('PEVKUR: …', '**Q:** …'), or a person
    a parliament's transcript names in bold by an honorific or an office ('**Mr Bakker (SP):** …', '**The Minister of
    Defence:** …')."""
    turn = SPEAKER_TURN.match(text)
    if turn:
        return turn
    bold = BOLD_LABEL.match(text)
    return bold if bold and titled_speaker(bold.group("label")) else None


def titled_speaker(label: str) -> bool:
    """'Mr Vermeulen (PVV)', 'Sir Roger Ainsley (Marchbury) (Con)', 'The Minister of Defence', 'The Chair (Mr
    Dijkhuis, BBB)': a label whose words before any brackets open on an honorific, or on 'the' and an office
    (data: honorifics, role_words, presiding_offices)."""
    words = [fold(word) for word in label.partition("(")[0].split()]
    table = cues()
    if words[:1] == ["the"]:
        return len(words) > 1 and words[1] in table.role_words | table.presiding_offices
    return bool(words) and words[0] in table.honorifics


def speaker_label_end(text: str) -> int:
    """Where the speaker's label opening a turn of a transcript ends ('**[00:01:12] ELENA:** …'), or 0: the name
    written in capitals there is who speaks, not a name the entity list lacks."""
    turn = speaker_turn(text)
    return turn.end() if turn else 0
