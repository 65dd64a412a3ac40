"""Things a document names that the entity list does not know — a company, a military unit, a place or a project —
when a clause is about them: its figures are theirs, never the country named nearest.

- a capitalised name opening a clause before a verb of its own activity ('In Linköping, Saab reported 2024 sales of
  SEK 63.8 billion', 'Kongsberg Gruppen posted 2024 revenue of NOK 48.2 billion'), or owning the clause's subject
  ("Rheinmetall's shares traded at about 45 times expected earnings");
- a description opening a clause: named ('the Rūdninkai military town accounts for roughly €300 million'), or
  pointing back at the company or the unit named before ('The Düsseldorf group reported …', 'Management has guided
  …', 'The brigade was commissioned … about 4,800 soldiers'); one pointing at nothing named makes the figure no
  one's (never the country's);
- a name after an amount saying what it pays for, when the document named it before ('€170 million is going into
  expanding Rukla', after 'the existing base in Rukla').

Nothing here names a company: a word is a name only as the document writes it (capitalised inside its sentences),
and the verbs and nouns are cue data (`domain/cues.toml`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from knowledge.cues import cues, fold
from knowledge.figures import Figure, FigureKind, Token
from knowledge.mentions import Mention
from knowledge.words import normalise

# 'Once the base is fully running, …': a subordinating word opens a clause as a comma does (English, not the domain's)
CLAUSE_OPENERS = frozenset(
    {",", ";", ":", "and", "but", "while", "—", "–", "once", "when", "after", "before", "if", "until", "because"}
)
SENTENCE_MARKS = frozenset({".", ":", '"', "“", "”", "-", "*", "(", "—", "–", "•"})
LIST_MARKER = re.compile(r"[-*+•]|\d+[.)]")
ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
DESCRIPTION_MODIFIERS = 3  # plain words between 'the' and its noun ('the whole brigade', 'the military town')
NOT_AFTER_SUBJECT = frozenset(
    {"of", "in", "to", "for", "at", "on", "with", "from", "by", "into", "and", "or", "that", "which", "who", "as"}
)
PAID_FOR_REACH = 2  # words between an amount and what it pays for ('is going into')
PLACED_REACH = 6  # words from a count to the verb placing it ('soldiers and civilian staff currently work')
PLACE_NOUN_WORDS = 2  # plain words after a place's name up to its noun ('Sliač air base')
DETERMINERS = frozenset({"the", "its"})  # 'its defence and aerospace division': a part of the company named before
ARTICLES = frozenset({"the", "a", "an"})
COMPANY_NAME_WORDS = 5  # capitalised words a company's name runs to before its legal form
ASIDE_WORDS = 8  # words an aside between a name and its verb runs to ('(associate member)', ', a German company,')
LOCATIVES = frozenset({"in", "at", "near"})  # 'the existing base in Rukla'
MEASURE_WORDS = 2  # words of what a clause measures before the place it is measured in ('Defence spending in …')
PARENTHESIS = re.compile(r"\s*\([^)]*\)")  # 'Brennmark Defence AG (press release)'
# '- **Saab** reported 2024 sales …', '**Kongsberg** posted …': a run of capitalised words set in bold or italics on
# its own, going on into the sentence (a lowercase word or a parenthesis after it), is a name the writer marks as one,
# even where it opens a list item ('**Sweden to 3.5%.**' is a run-in heading; '**First**, tie …' a sequence word)
EMPHASISED_NAME = re.compile(r"(?<![*_\w])(\*\*|__|\*|_)([A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,4})\1(?= +(?:\(|[a-z]))")


@dataclass(frozen=True)
class ThingWords:
    actor_verbs: frozenset[str]
    links: frozenset[str]
    issuing_verbs: frozenset[str]  # with the actor verbs
    issuing_links: frozenset[str]  # with the links
    subject_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    reach_verbs: frozenset[str]
    companies: frozenset[str]
    suffixes: frozenset[str]  # as written: 'AG', 'plc'
    seats: tuple[str, ...]  # 'Düsseldorf-based'
    bodies: frozenset[str]
    paid_for: frozenset[str]
    placed: frozenset[str]
    not_names: frozenset[str]


@cache
def thing_words() -> ThingWords:
    table = cues()
    raw = table.raw
    titles = table.role_words | table.role_modifiers | table.title_words | table.months
    return ThingWords(
        actor_verbs=frozenset(fold(w) for w in raw.actor_verbs),
        links=frozenset(fold(w) for w in raw.actor_links),
        issuing_verbs=frozenset(fold(w) for w in [*raw.actor_verbs, *raw.issuing_verbs]),
        issuing_links=frozenset(fold(w) for w in [*raw.actor_links, *raw.issuing_links]),
        subject_verbs=frozenset(fold(w) for w in [*raw.subject_verbs, *raw.actor_verbs, *raw.actor_links]),
        speech_verbs=frozenset(fold(w) for w in raw.speech_verbs),
        reach_verbs=frozenset(fold(w) for w in raw.reach_words),
        companies=frozenset(fold(w) for w in raw.company_nouns),
        suffixes=frozenset(raw.company_suffixes),
        seats=tuple(fold(w) for w in raw.seat_suffixes),
        bodies=frozenset(fold(w) for w in raw.body_nouns),
        paid_for=frozenset(fold(w) for w in raw.paid_for_before),
        placed=frozenset(fold(w) for w in raw.placed_verbs),
        not_names=titles | frozenset(fold(w) for w in [*raw.capitals_naming_no_one(), *raw.day_names]),
    )


@dataclass
class NamedThings:
    """What the document has named so far that the entity list does not know."""

    proper: frozenset[str] = frozenset()  # words the document writes capitalised inside its sentences
    actor: str | None = None  # the company a clause last spoke of
    bodies: dict[str, str] = field(default_factory=dict)  # a unit's or a place's noun -> the name it was last given
    names: list[str] = field(default_factory=list)  # every name given, the latest last

    def full(self, short: str) -> str | None:
        """The fuller name given before that a short one begins ('BAE' -> 'BAE Systems'), or the name itself."""
        return next((name for name in reversed(self.names) if name == short or name.startswith(short + " ")), None)

    def give(self, name: str, noun: str | None = None) -> None:
        if noun is None:
            self.actor = name
        else:
            self.bodies[noun] = name
        if name in self.names:
            self.names.remove(name)
        self.names.append(name)


def proper_words(sentences: Iterable[Sequence[Token]]) -> frozenset[str]:
    """The words written capitalised inside sentences (not opening one, unless as a possessive): names, as the
    document writes them."""
    found: set[str] = set()
    for tokens in sentences:
        if tokens and capitalised(tokens[0]) and _possessive(tokens[0]):
            found.add(tokens[0].word)  # "Halvorsen's shares traded …": a possessive opening a sentence is a name's
        for before, token in itertools.pairwise(tokens):
            if before.text not in SENTENCE_MARKS and capitalised(token):
                found.add(token.word)
        found.update(_company_name_words(tokens))
    return frozenset(found)


def emphasised_names(text: str) -> frozenset[str]:
    """The words of the names a text sets in emphasis inside its sentences (`EMPHASISED_NAME`), folded."""
    return frozenset(fold(word) for match in EMPHASISED_NAME.finditer(text) for word in match.group(2).split())


def _company_name_words(tokens: Sequence[Token]) -> set[str]:
    """'– Brennmark Defence AG (ticker: BRDX)': the capitalised words before a company's legal form are its name,
    even where they open a sentence or follow a dash."""
    words = thing_words()
    found: set[str] = set()
    for position, token in enumerate(tokens):
        if token.text not in words.suffixes:
            continue
        before = position - 1
        while before >= 0 and capitalised(tokens[before]) and tokens[before].word not in ARTICLES:
            found.add(tokens[before].word)
            before -= 1
    return found - words.not_names


def capitalised(token: Token) -> bool:
    """A word written with a capital, letters only (a hyphen may join them: 'Franco-German')."""
    return token.text[:1].isupper() and token.word.replace("-", "").isalpha()


def _name_text(tokens: Sequence[Token]) -> str:
    text = " ".join(token.text for token in tokens)
    for ending in ("'s", "’s"):
        text = text.removesuffix(ending)
    return text.rstrip(".,;:")


def _possessive(token: Token) -> bool:
    return token.text.endswith(("'s", "’s"))


class ThingReader:
    """The named things of one sentence, given what the document named before it."""

    def __init__(
        self, tokens: list[Token], mentions: list[Mention], things: NamedThings, antecedent: str | None = None
    ) -> None:
        self.tokens = tokens
        self.antecedent = antecedent  # what a pronoun of the sentence refers back to
        self.words = [token.word for token in tokens]
        self.things = things
        self.words_of = thing_words()
        self.listed = {p for m in mentions for p in range(m.start, m.end)}
        self.listed_names = [m for m in mentions if not (m.source or m.aside)]
        self.asides: set[int] = set()  # positions of the asides describing a name found ('(associate member)')
        # '- Saab reported …': a list item's words open past its marker, as a sentence's do
        self.first = 1 if len(tokens) > 1 and LIST_MARKER.fullmatch(tokens[0].text) else 0

    def _name_token(self, position: int, *, opening: bool) -> bool:
        token = self.tokens[position]
        if position in self.listed or not capitalised(token) or token.word in self.words_of.not_names:
            return False
        return not opening or token.word in self.things.proper

    def _run_end(self, start: int) -> int:
        """Where a run of capitalised words from `start` ends ('Kongsberg Defence & Aerospace'); a possessive
        closes it."""
        end = start
        while end < len(self.tokens) and self._name_token(end, opening=end == self.first):
            end += 1
            if _possessive(self.tokens[end - 1]):
                break
            if end + 1 < len(self.tokens) and self.words[end] == "&" and self._name_token(end + 1, opening=False):
                end += 1
        return end

    def clause_starts(self) -> list[int]:
        if not self.words:
            return []  # a sentence of punctuation only opens no clause
        return [self.first] + [p for p in range(1, len(self.words)) if self.words[p - 1] in CLAUSE_OPENERS]

    def mentions(self, figures: list[Figure]) -> list[Mention]:
        if not self.things.proper:
            return []
        found = [m for start in self.clause_starts() for m in [self._opening(start)] if m is not None]
        found += [m for figure in figures for m in [self._paid_for(figure) or self._placed_at(figure)] if m]
        return found

    def _opening(self, start: int) -> Mention | None:
        return (
            self._actor(self._past_owner(start))
            or self._described_actor(start)
            or self._description(start)
            or self._place_of_the_measure(start)
        )

    def _place_of_the_measure(self, start: int) -> Mention | None:
        """'Spending in Scotland was £2.3bn', 'Recruitment in Wallonia rose …': a clause opening with what it measures
        and the place it is measured in, a name the entity list does not know, before its verb: the place's figure,
        never the country's (a month, an entity or a name with figures, 'Q3', is no such place)."""
        position = start + (self.words[start] in DETERMINERS)
        opening = position
        while position < len(self.words) and position - opening < MEASURE_WORDS and self._plain_word(position):
            position += 1
        if position == opening or position >= len(self.words) or self.words[position] not in LOCATIVES:
            return None
        named = position + 1
        end = self._run_end(named) if named < len(self.words) else named
        names = self.tokens[named:end]
        if end == named or not all(token.text.isalpha() for token in names):
            return None
        verbs = self.words_of.subject_verbs | self.words_of.reach_verbs
        if end >= len(self.words) or self.words[end] not in verbs:
            return None
        return Mention(_name_text(names), named, end, unlisted=True, local=True)

    def _plain_word(self, position: int) -> bool:
        """A word of what a clause measures: in lower case (or opening the sentence), no name, no preposition."""
        token, word = self.tokens[position], self.words[position]
        lower = token.text.islower() or (position == self.first and not self._name_token(position, opening=True))
        return lower and word.isalpha() and word not in NOT_AFTER_SUBJECT and position not in self.listed

    def _described_actor(self, start: int) -> Mention | None:
        """'Drone maker Baykar was again …', 'Electronics group ASELSAN, the country's biggest …, said it had signed
        …': a name right after the few words opening its clause that say what kind of company it is (ending in a
        company's noun in lower case) is the company the clause is about, before a verb of its own, of being or of
        saying (never one reporting another's figure)."""
        named = self._after_company_noun(start)
        end = self._run_end(named) if named is not None else None
        if named is None or end is None or end == named:
            return None
        past = self._past_aside(end)
        position = past
        while position < len(self.words) and self.words[position] in self.words_of.links:
            position += 1
        verbs = self.words_of.subject_verbs | self.words_of.speech_verbs
        if position >= len(self.words) or self.words[position] not in verbs or self._reports_another(position):
            return None
        self.asides.update(range(end, past))  # 'the country's biggest defence company': what it is, not whose
        short = _name_text(self.tokens[named:end])
        return Mention(self.things.full(short) or short, named, end, unlisted=True)

    def _after_company_noun(self, start: int) -> int | None:
        """Where a name begins right after a clause's opening words ending in a company's noun ('Drone maker',
        'Electronics group', 'the defence contractor'); None when the clause opens otherwise."""
        limit = min(len(self.words) - 1, start + DESCRIPTION_MODIFIERS + 1)
        for noun in range(start, limit):
            word = self.words[noun]
            if word in self.words_of.companies and self.tokens[noun].text.islower():
                return noun + 1 if self._name_token(noun + 1, opening=False) else None
            if not word.isalpha() or word in NOT_AFTER_SUBJECT or noun in self.listed:
                return None
        return None

    def _past_owner(self, start: int) -> int:
        """ "Sweden's Saab closed 2024 with …", 'Düsseldorf-based Rheinmetall reported …': the country owning a name,
        or the city it sits in, opening the clause before it only says where the company is from."""
        owner = next((m for m in self.listed_names if m.start == start and _possessive(self.tokens[m.end - 1])), None)
        if owner is not None:
            return owner.end
        if start < len(self.words) and self.words[start].endswith(self.words_of.seats):
            return start + 1
        return start

    def _actor(self, start: int) -> Mention | None:
        """'Saab reported 2024 sales of …', "Rheinmetall's shares traded at …": a name opening its clause before a
        verb of its own activity, or owning the clause's subject."""
        end = self._run_end(start) or self._described_name_end(start)
        nouns = self.words_of.bodies | self.words_of.companies
        if end == start or any(word in nouns for word in self.words[start:end]):
            return None
        past = self._past_aside(end)
        position = past
        while position < len(self.words) and self.words[position] in self.words_of.links:
            position += 1
        short = _name_text(self.tokens[start:end])
        full = self.things.full(short)
        # "Rheinmetall's shares": a company named before owning the subject ('Wednesday's announcement' owns nothing)
        owner = full is not None and _possessive(self.tokens[end - 1]) and self.words[end : end + 1] != []
        acts = position < len(self.words) and self.words[position] in self.words_of.actor_verbs
        if not (owner or acts) or self._reports_another(position):
            return None
        self.asides.update(range(end, past))  # 'a single German company': what it is, not whose figure
        return Mention(full or short, start, end, unlisted=True)

    def _past_aside(self, end: int) -> int:
        """Where the clause goes on past an aside right after a name: "Rheinmetall (associate member) grew …",
        'Rheinmetall, a single German company, reported …'; else `end`."""
        closing = {"(": ")", ",": ","}.get(self.words[end] if end < len(self.words) else "")
        if closing is None or (closing == "," and self.words[end + 1 : end + 2] not in ([a] for a in ARTICLES)):
            return end
        limit = min(len(self.words), end + ASIDE_WORDS + 2)
        return next((p + 1 for p in range(end + 1, limit) if self.words[p] == closing), end)

    def _described_name_end(self, start: int) -> int:
        """'Rheinmetall, a single German company, reported …': a capitalised word opening the sentence that an aside
        right after it calls a company is a name, though the document writes it nowhere else."""
        if start != self.first or start >= len(self.tokens) or not capitalised(self.tokens[start]):
            return start
        if start in self.listed or self.words[start] in self.words_of.not_names:
            return start
        past = self._past_aside(start + 1)
        aside = self.words[start + 1 : past]
        return start + 1 if past > start + 1 and any(w in self.words_of.companies for w in aside) else start

    def issuer(self) -> str | None:
        """'Brennmark Defence AG reports record third quarter', 'Linköping, 14 February 2025 — Saab today published
        its results', '– Brennmark Defence AG (ticker: BRDX), a European manufacturer …': of a document's title or
        first sentence, a name opening a clause before a verb of its issuing the document, or a company's name by
        its legal form opening one."""
        for start in self.clause_starts():
            company = self._company_end(start) if self._name_token(start, opening=start == self.first) else None
            if company:
                return _name_text(self.tokens[start:company])
            end = self._run_end(start)
            position = end
            while position < len(self.words) and self.words[position] in self.words_of.issuing_links:
                position += 1
            if end > start and position < len(self.words) and self.words[position] in self.words_of.issuing_verbs:
                return _name_text(self.tokens[start:end])
        return None

    def _reports_another(self, verb: int) -> bool:
        """'Eurostat reported that Germany's spending …': a name reporting someone else's figure is its source."""
        following = self.words[verb + 1 : verb + 2]
        listed_after = any(m.start > verb and not self._broken(verb, m.start) for m in self.listed_names)
        return following == ["that"] or listed_after

    def _broken(self, start: int, end: int) -> bool:
        return any(word in {";", ":"} for word in self.words[start:end])

    def _description(self, start: int) -> Mention | None:
        """'the Rūdninkai military town accounts for …', 'The Düsseldorf group reported …', 'The brigade was …': a
        description opening its clause, with a company's or a unit's or a place's noun."""
        determiner = self.words[start] if self.words[start] in DETERMINERS else None
        position = start + (determiner is not None)
        named_from = position
        # 'Once the base is fully running': a word opening the sentence names something only as the document
        # writes it inside its sentences
        while position < len(self.tokens) and (
            self._name_token(position, opening=position == self.first) or ORDINAL.fullmatch(self.words[position])
        ):
            position += 1
        named_to = position
        nouns = self.words_of.companies | self.words_of.bodies
        if named_to > named_from and self.words[named_to - 1] in nouns:
            head: int | None = named_to - 1  # 'The Kongsberg Group reported …': the noun is part of the name
        else:
            opened = determiner is not None or named_to > named_from
            head = self._head(position, opened=opened, listing=determiner == "its")
        if head is None or not self._opens_clause(head):
            return None
        noun = self.words[head]
        named = self.tokens[named_from : min(named_to, head)]
        if noun in self.words_of.companies and not (named and capitalised(self.tokens[head])):
            name = self.things.actor  # 'The Düsseldorf group': a company pointed back at, by its city or not
        elif named:
            name = _name_text(self.tokens[named_from : head + 1])
        elif determiner == "its":
            if self.things.actor is None or self.things.actor != self.antecedent:
                return None  # 'its' is someone else's, read as a pronoun
            name = f"{self.things.actor} {_name_text(self.tokens[position : head + 1])}"
        else:
            name = self.things.bodies.get(noun)
        # 'The district is also getting …', naming none before: the district's, never the country named nearest
        return Mention(name or self.tokens[head].text.casefold(), start, head + 1, unlisted=True)

    def _head(self, position: int, *, opened: bool, listing: bool) -> int | None:
        """The noun a description ends in, a few plain words after its article and names ('its defence and aerospace
        division': words joined by 'and' only after 'its'); with neither, a company's noun alone ('Management has
        guided …'; never 'and lowered its base rate', 'whose business plan')."""
        if not opened:
            word = self.words[position] if position < len(self.words) else ""
            return position if word in self.words_of.companies and position not in self.listed else None
        nouns = self.words_of.companies | self.words_of.bodies
        limit = min(len(self.words), position + DESCRIPTION_MODIFIERS + 1)
        for head in range(position, limit):
            word = self.words[head]
            if word in nouns:
                return head
            joined = listing and word == "and"
            if not word.isalpha() or (word in NOT_AFTER_SUBJECT and not joined) or head in self.listed:
                return None
        return None

    def _opens_clause(self, head: int) -> bool:
        """The description is its clause's subject: a verb, not a preposition, follows it ('The district is …'), or
        it owns the subject ("The brigade's two combat battalions")."""
        if _possessive(self.tokens[head]):
            return True
        after = self.words[head + 1] if head + 1 < len(self.words) else ""
        if after == "," and self.words[:1] in (["its"], ["the"]):
            return True  # 'Its defence and aerospace division, maker of …, ended the year with …'
        return after in self.words_of.subject_verbs

    def _paid_for(self, figure: Figure) -> Mention | None:
        """'A further €170 million is going into expanding Rukla', 'about 20 times for BAE': what an amount pays for,
        named before in the document, is whose figure it is, by the fuller name given then ('the existing base in
        Rukla': the Rukla base; 'BAE Systems')."""
        if figure.kind not in (FigureKind.MONEY, FigureKind.MULTIPLE):
            return None
        position = figure.end
        for _ in range(PAID_FOR_REACH + 1):
            if position < len(self.words) and self.words[position] in self.words_of.paid_for:
                break
            position += 1
        else:
            return None
        position += 1
        if position < len(self.words) and self.words[position].endswith("ing"):
            position += 1  # 'into expanding Rukla'
        end = self._run_end(position) if position < len(self.words) else position
        name = self.things.full(_name_text(self.tokens[position:end])) if end > position else None
        return Mention(name, position, end, unlisted=True, aside=True) if name else None

    def _placed_at(self, figure: Figure) -> Mention | None:
        """'About 900 soldiers and civilian staff currently work at Martin', 'some 450 people are employed at the
        Sliač air base': a count placed by its verb at a name the entity list does not know is that place's."""
        if figure.kind != FigureKind.COUNT:
            return None
        limit = min(len(self.words) - 1, figure.end + PLACED_REACH)
        verb = next((p for p in range(figure.end, limit) if self.words[p] in self.words_of.placed), None)
        if verb is None or self.words[verb + 1] not in LOCATIVES:
            return None
        if any(position in self.listed for position in range(figure.start, verb)):
            return None  # 'Around 900 British soldiers are based in Tapa': whose soldiers the count says
        start = verb + 2 + (self.words[verb + 2 : verb + 3] == ["the"])
        end = self._run_end(start) if start < len(self.words) else start
        if end == start:
            return None
        noun = next(
            (
                p + 1
                for p in range(end, min(len(self.words), end + PLACE_NOUN_WORDS))
                if self.words[p] in self.words_of.bodies
            ),
            end,
        )
        return Mention(_name_text(self.tokens[start:noun]), start, noun, unlisted=True, aside=True)

    def given(self) -> list[tuple[str, str | None]]:
        """The names this sentence gives, for the sentences after it: a unit's full name wherever it stands ('the
        German Bundeswehr's 45th Armoured Brigade'), and a place named by where it is ('the existing base in
        Rukla': the Rukla base)."""
        found: list[tuple[str, str | None]] = []
        position = 0
        while position < len(self.tokens):
            end = self._run_end(position) if position not in self.listed else position
            if end > position:
                start = position - 1 if position and ORDINAL.fullmatch(self.words[position - 1]) else position
                company = self._company_end(position)
                if company:
                    found.append((_name_text(self.tokens[position:company]), None))  # 'Brennmark Defence AG'
                elif self.words[end - 1] in self.words_of.bodies:
                    found.append((self._nation(start) + _name_text(self.tokens[start:end]), self.words[end - 1]))
                position = end
                continue
            placed = self._placed_body(position)
            if placed:
                found.append(placed)
            position += 1
        return found

    def _company_end(self, start: int) -> int | None:
        """Where a company's name ends when the capitalised words from `start` are one, its legal form last
        ('Brennmark Defence AG', 'BAE Systems plc'); else None."""
        suffixes = self.words_of.suffixes
        limit = min(len(self.tokens), start + COMPANY_NAME_WORDS + 1)
        for position in range(start + 1, limit):
            if self.tokens[position].text in suffixes:
                return position + 1
            if not capitalised(self.tokens[position]):
                return None
        return None

    def _nation(self, start: int) -> str:
        """'the German Bundeswehr's 45th Armoured Brigade': the nation a unit's name is given with ('German '), past
        the institution it belongs to; else nothing."""
        position = start - 1
        if position >= 0 and _possessive(self.tokens[position]) and capitalised(self.tokens[position]):
            position -= 1  # "Bundeswehr's"
        if position < 0 or position not in self.listed or _possessive(self.tokens[position]):
            return ""
        token = self.tokens[position]
        return f"{token.text} " if token.text[:1].isupper() else ""

    def _placed_body(self, noun: int) -> tuple[str, str] | None:
        """'the existing base in Rukla': the Rukla base."""
        word = self.words[noun]
        after = noun + 1
        if word not in self.words_of.bodies or after + 1 >= len(self.words) or self.words[after] not in LOCATIVES:
            return None
        end = self._run_end(after + 1)
        if end == after + 1 or (end < len(self.words) and self.words[end] in self.words_of.bodies):
            return None
        return f"{_name_text(self.tokens[after + 1 : end])} {self.tokens[noun].text}", word


def published_by_company(publisher: str | None, text: str, proper: frozenset[str]) -> str | None:
    """'Saab AB', 'Brennmark Defence AG (press release)': a publisher named with a company's legal form is a company;
    the name the document writes it by — in full, else without its legal form ('Saab') — or None when the
    document never writes it."""
    if not publisher:
        return None
    name = PARENTHESIS.sub("", publisher).strip()
    *words, form = name.split() or [""]
    if not words or form not in thing_words().suffixes:
        return None
    if re.search(rf"\b{re.escape(name)}\b", text):
        return name
    short = " ".join(words)
    written = all(fold(word) in proper for word in words) and re.search(rf"\b{re.escape(short)}\b", text)
    return short if written else None


def heading_topic(tokens: list[Token], mentions: list[Mention], things: NamedThings) -> str | None:
    """'Rheinmetall: Berlin's money arrives', 'Saab: crowns piling up', '2. Rheinmetall books a record year', "5.
    Saab's backlog tops SEK 187 billion": a name the document writes capitalised, opening a heading (past its
    number) before its colon, owning the headline's subject or acting in it, is the company (or unit) the section
    is about."""
    reader = ThingReader(tokens, mentions, things)
    start = _past_number(tokens)
    end = reader._run_end(start) if start < len(tokens) and tokens[start].word in things.proper else start
    if end == start or end >= len(tokens):
        return None
    if tokens[end].text == ":" or _possessive(tokens[end - 1]) or tokens[end].word in reader.words_of.actor_verbs:
        return _name_text(tokens[start:end])
    return None


def _past_number(tokens: Sequence[Token]) -> int:
    """Where a heading's words start, past its number ('2.', '3)')."""
    numbered = len(tokens) > 2 and tokens[0].text.isdigit() and tokens[1].text in {".", ")"}
    return 2 if numbered else 0


def own_name_words(subject: str) -> frozenset[str]:
    """The words a thing is asked by: its proper words and its noun ('45th Panzer Brigade': panzer, brigade; 'Rūdninkai
    military town': rudninkai, town), not a plain word describing it ('military')."""
    written = subject.split()
    kept = [word for index, word in enumerate(written) if word[:1].isupper() or index == len(written) - 1]
    return frozenset(normalise(" ".join(kept)).split())
