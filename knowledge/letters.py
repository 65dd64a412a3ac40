"""A message's frame as a letter, e-mail or forum post is written: the salutation opening it ('Dear Sir or Madam,',
'Good afternoon.'), the closing and signature ending it ('Yours faithfully, Gerald', 'With many thanks, Alfred
Dunn') and the honorifics before the names it writes ('Mr Rutte'). They say whom the message is to and from, never
what it asks: a signature is the writer's name, never an ally or a person asked about. Only the frame is found
here; what is left (a story before the question, a postscript after it) is read by knowledge.remarks as any remark
is, so a frame never hides a year, ally or basis the question asks. The words are data in questions.toml [letters]
(the honorifics in cues.toml, which the extractor reads before speakers' names too).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from knowledge import domain
from knowledge.cues import cues

# What ends a salutation: a comma, a sentence's end, a colon or a dash, and the spaces after it.
SALUTATION_END = r"\s*(?:[,.!:;]+|\s[-–—])\s+"
# A word of a signature: written with a capital ('Gerald', 'Dunn', "O'Brien", 'Smith-Jones') or an initial ('J.').
SIGNATURE_WORD = r"[^\W\d_][\w'’-]*\.?"
# A postscript in brackets after the signature ('Thank you, Sigrid (my mother was from Reykjavik)').
POSTSCRIPT = r"\([^()]*\)"


@dataclass(frozen=True)
class Closing:
    """Where a message's closing starts, and the postscript in brackets after its signature ('' when none)."""

    start: int
    postscript: str


def alternation(phrases: Iterable[str]) -> str:
    """The phrases as one alternation, the longest first ('yours faithfully' before 'yours'), spaces as any."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(r"\s+".join(map(re.escape, phrase.split())) for phrase in ordered)


@lru_cache(maxsize=1)
def _salutation() -> re.Pattern[str]:
    words = domain.question_words()
    letters = words.letters
    greetings = alternation((*letters.salutations, *words.small_talk))
    addressee = rf"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){{0,{letters.longest_addressee - 1}}}"
    addressed = rf"(?:{alternation(letters.addressed)})\s+{addressee}"
    return re.compile(rf"^(?:{addressed}|(?:{greetings}))(?![\w'’]){SALUTATION_END}", re.IGNORECASE)


def salutation_end(text: str) -> int | None:
    """Where the words after a salutation opening the message start ('Dear Sir or Madam, what is …', 'Good
    afternoon. My late husband …'); None when it opens with none. Whether those words ask is the caller's to say:
    'Hello.' alone is small talk."""
    found = _salutation().match(text)
    return found.end() if found and found.end() < len(text) else None


@lru_cache(maxsize=1)
def _closing() -> re.Pattern[str]:
    letters = domain.question_words().letters
    signature = rf"{SIGNATURE_WORD}(?:\s+{SIGNATURE_WORD}){{0,{letters.longest_signature - 1}}}"
    return re.compile(
        rf"(?<=[.!?)])\s+(?i:{alternation(letters.closings)})(?![\w'’])"
        rf"(?:\s*[,.!]?\s+(?P<signature>{signature}))?\s*[.!]?"
        rf"\s*(?P<postscript>{POSTSCRIPT})?\s*$"
    )


def closing(text: str) -> Closing | None:
    """The closing after the message's last sentence, with the name it is signed with ('… in 2024? Kind regards,
    Margaret'); None when it ends without one. A signature's words are each written with a capital: '… in 2024?
    Thanks, and for France?' closes nothing."""
    found = _closing().search(text)
    if found is None:
        return None
    signature = found.group("signature") or ""
    if any(not word[0].isupper() for word in signature.split()):
        return None
    return Closing(found.start(), found.group("postscript") or "")


def without_closing(text: str) -> str:
    """The message without its closing and signature; a postscript in brackets after them stays, after the last
    sentence, for the remarks to read as they read any aside."""
    found = closing(text)
    if found is None:
        return text
    return " ".join(f"{text[: found.start]} {found.postscript}".split())


@lru_cache(maxsize=1)
def _honorific() -> re.Pattern[str]:
    honorifics = sorted(cues().raw.honorifics, key=len, reverse=True)
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(map(re.escape, honorifics))})\.?\s+(?=[^\W\d_])", re.IGNORECASE)


def without_honorifics(text: str) -> str:
    """'Mr Rutte's annual report' → 'Rutte's annual report': an honorific written with a capital before a name
    written with one; 'sir, what …' and 'Dr' before a lower-case word are left as typed."""
    return _honorific().sub(lambda found: "" if _before_a_name(text, found) else found.group(0), text)


def _before_a_name(text: str, found: re.Match[str]) -> bool:
    """Written as an honorific is ('Mr', 'Dr.'), not in capitals as a code is ('DR Congo'), before a capital."""
    honorific = found.group(0).split()[0].rstrip(".")
    return honorific[0].isupper() and not honorific.isupper() and text[found.end()].isupper()


def spelled_out(phrase: str) -> list[str]:
    """'would/could you be so kind/good as to' → every phrase it writes; a trailing '/' makes a word optional
    ('most/' is 'most' or nothing)."""
    phrases = [""]
    for choices in phrase.split():
        phrases = [f"{before} {choice}".strip() for before in phrases for choice in choices.split("/")]
    return phrases


def _courtesy_alternation(listed: Iterable[str]) -> str:
    spelled = {spelled for phrase in listed for spelled in spelled_out(phrase)}
    ordered = sorted(spelled, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(word).replace("'", "['’]") for word in phrase.split()) for phrase in ordered)


# A clause's marks: a comma or semicolon, or a dash with a space before it ('2014 — is that right?').
CLAUSE_MARK = r"(?:[,;]|\s[-–—])"


@lru_cache(maxsize=1)
def _courtesy_clause() -> re.Pattern[str]:
    clauses = _courtesy_alternation(domain.question_words().letters.courtesy_clauses)
    between = rf"(?:^|{CLAUSE_MARK})\s*(?:{clauses}){CLAUSE_MARK}\s*"
    ending = rf"{CLAUSE_MARK}\s*(?:{clauses})\s*(?=[.?!]|$)"
    return re.compile(rf"(?P<between>{between})|(?P<ending>{ending})", re.IGNORECASE)


@lru_cache(maxsize=1)
def _courtesy_request() -> re.Pattern[str]:
    requests = _courtesy_alternation(domain.question_words().letters.courtesy_requests)
    return re.compile(rf"(?:^|(?<=[.;:!?])|(?<=\s[-–—]))\s*(?:{requests})(?![\w'’])\s*,?\s*", re.IGNORECASE)


OPENING_WORDS = 2  # words of a courtesy's opening looked for before its expression is run


@lru_cache(maxsize=1)
def _courtesy_openings() -> frozenset[str]:
    """The first words of every courtesy clause and request, lower-cased; '' (found in any text) if one is not
    ASCII, whose case an ASCII message's lower case cannot settle."""
    letters = domain.question_words().letters
    listed = (*letters.courtesy_clauses, *letters.courtesy_requests)
    spelled = {written for phrase in listed for written in spelled_out(phrase)}
    openings = {" ".join(written.lower().split()[:OPENING_WORDS]) for written in spelled}
    return frozenset(openings if all(opening.isascii() for opening in openings) else {""})


def _may_hold_a_courtesy(text: str) -> bool:
    """Whether a courtesy's opening words are in the text: most messages hold none, and the courtesies' long
    expressions are then not run over them (a message not in ASCII always is)."""
    if not text.isascii():
        return True
    said = " ".join(text.lower().split())
    return any(opening in said for opening in _courtesy_openings())


def without_courtesies(text: str) -> str:
    """'Could you kindly confirm, if I am not mistaken, whether …' → 'Could you kindly confirm whether …'; 'Might I
    trouble you for Danish defence spending …' → 'Danish defence spending …': the formal voice's requests and hedges
    say how the asker asks, never what. A message of nothing else is left as typed."""
    rest = text
    if _may_hold_a_courtesy(text):
        rest = _courtesy_clause().sub(_clause_taken_off, rest)
        rest = _courtesy_request().sub(lambda found: " " if found.start() else "", rest)
    rest = rest.strip()
    return rest if any(character.isalnum() for character in rest) else text


def _clause_taken_off(found: re.Match[str]) -> str:
    """A clause between two marks leaves a space ('tell me, if I may, what' → 'tell me what'), one opening the
    message nothing, one ending it nothing: its question mark stays."""
    if found.group("ending"):
        return ""
    return " " if found.start() else ""
