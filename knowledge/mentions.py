"""Entities named in a sentence (`domain/entities.toml`), with the role each plays: a source ("according to
SIPRI", "NATO estimates"), an aside ("Europe, Russia included", "U.S. Defense Secretary …"), or a weak name
(a capital, "members") used only when nothing stronger is named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from knowledge import domain
from knowledge.cues import Cues, cues, phrase_words
from knowledge.entities import entity_tables
from knowledge.figures import Token
from knowledge.readers.prose import BULLET_MARKS
from knowledge.words import normalise

YEAR_WORD = re.compile(r"^(?:19|20)\d\d$")
RECKONING_REACH = 3  # plain words between a body's possessive and the data it reckons ("SIPRI's new milex data")
CURRENCY_NAME_LENGTHS = (3, 2)  # words of a currency's name that opens on its country's ("US dollar", "Polish zloty")
# 'the Fiscal Responsibility Act of 2023 (FRA)', 'the Department of Defense (DOD; budget subfunction 051)': an
# abbreviation in capitals opening a bracket, and the words before it (a sentence's reach at most)
DEFINED_ABBREVIATION = re.compile(r"(?P<before>[^.;:()\n]{1,160})\((?P<short>[A-Z][A-Z&]{1,7})[);,]")
NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*|\d+")


@dataclass(frozen=True)
class Mention:
    name: str
    start: int  # token index
    end: int
    weak: bool = False
    source: bool = False
    aside: bool = False
    titled: bool = False  # named in a title holder's title ("Poland's President Andrzej Duda"): an aside
    unlisted: bool = False  # a company, unit, place or project the entity list does not know (knowledge.named_things)
    local: bool = False  # a place a clause's measure is taken in ('Spending in Scotland was …'): its figure only


@cache
def _alias_tables() -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str], int]:
    tables = entity_tables()
    strong: dict[tuple[str, ...], str] = {}
    weak: dict[tuple[str, ...], str] = {}
    for entry in tables.entries.values():
        for alias in (entry.name, *entry.aliases):
            for words in _spellings(alias):
                strong.setdefault(words, entry.name)
        for alias in (*entry.weak, *entry.document_only_weak):
            for words in _spellings(alias):
                weak.setdefault(words, entry.name)
    longest = max(len(key) for key in [*strong, *weak])
    return strong, weak, longest


def _spellings(alias: str) -> list[tuple[str, ...]]:
    """A name as listed, and a name of several words also hyphenated as one ('euro area', 'euro-area inflation');
    a group's name joining its members with 'and' also joined by the other words that join them ('European allies
    plus Canada')."""
    words = phrase_words(alias)
    if len(words) == 1:
        return [words]
    spellings = [words, ("-".join(words),)]
    if "and" in words[1:-1]:
        at = words.index("and", 1)
        spellings += [(*words[:at], *phrase_words(joiner), *words[at + 1 :]) for joiner in cues().raw.name_joiners]
    return spellings


def entity_mentions(tokens: list[Token], table: Cues, *, word_codes: bool = False) -> list[Mention]:
    """The entities a sentence names; `word_codes`: in a document whose lines codes label ('DE: …', 'PL: …'), a code
    that is also a word ('IT', 'NO', 'BE') labels one too."""
    strong, weak, longest = _alias_tables()
    exact = entity_tables().exact
    words = [token.word for token in tokens]
    mentions: list[Mention] = []
    i = 0
    while i < len(tokens):
        if _tagged(tokens, i):
            i += 1
            continue
        if named := _currency_name(words, i, table):
            i += named  # 'PLN 4.02 per US dollar', 'in Canadian dollars': a currency, not its country
            continue
        name = exact.get(tokens[i].text) or exact.get(without_possessive(tokens[i].text))
        name = name or _labelling_code(tokens, i, word_codes)
        if name:
            mention = _mention(name, i, i + 1, False, words, table)
            mentions.append(replace(mention, source=True) if _reckoned_by(tokens, mention, table) else mention)
            i += 1
            continue
        if _inside_name(tokens, i):
            i += 1
            continue
        for length in range(min(longest, len(tokens) - i), 0, -1):
            key = tuple(words[i : i + length])
            if (key in strong or key in weak) and not _adjective_before_another_noun(key, words[i + length :], table):
                is_weak = key not in strong
                name = strong.get(key) or weak[key]
                mention = _mention(name, i, i + length, is_weak, words, table)
                if not mention.source and _reckoned_by(tokens, mention, table):
                    mention = replace(mention, source=True)
                # 'at the Vilnius summit', 'the Washington declaration': a capital naming an event held there is no
                # government whose figure it is, only a place named in passing
                if is_weak and _names_an_event(name, words[i + length : i + length + 1], table):
                    mention = replace(mention, aside=True)
                if is_weak and _dateline_place(words, i, i + length):
                    mention = replace(mention, aside=True)
                mentions.append(mention)
                i += length
                break
        else:
            i += 1
    mentions = [replace(m, aside=False) if m.aside and _owns_the_figure_after(tokens, m) else m for m in mentions]
    return _listed_after_an_aside(_restated_in_brackets(mentions, words), words)


YEAR_WORD = re.compile(r"^(?:19|20)\d\d$")


def _owns_the_figure_after(tokens: list[Token], mention: Mention) -> bool:
    """'Besides Estonia's 3.43%, Latvia spent …', 'Unlike France's €50.5 billion, …': a name set aside whose possessive
    stands right before a figure is whose figure that is, though the sentence's own subject is another."""
    if mention.titled or not tokens[mention.end - 1].text.casefold().endswith(("'s", "’s", "s'")):
        return False
    following = [token.word for token in tokens[mention.end : mention.end + 3]]
    if following and (not following[0][:1].isalnum() or following[0].endswith("$")):
        following = following[1:]  # a currency's sign before the amount ('€', 'US$')
    if not following or not following[0][:1].isdigit():
        return False
    return not YEAR_WORD.match(following[0]) or following[1:2] == ["%"]


LIST_COMMA = ","
LIST_CLOSERS = frozenset({"and", "or"})


def _listed_after_an_aside(mentions: list[Mention], words: list[str]) -> list[Mention]:
    """'deploy four battlegroups to Estonia, Latvia, Lithuania and Poland, about 4,500 troops in all': the names of a
    list the aside word before its first name opens are all asides (where the troops go, not who sends them) — a list
    of names joined by commas and closed by 'and' or 'or', its last owning no figure ('with Slovenia and Luxembourg on
    1.29%': Luxembourg's)."""
    listed = list(mentions)
    at = 0
    while at < len(listed):
        end = _list_end(listed, words, at) if listed[at].aside and not listed[at].source else at
        for member in range(at + 1, end + 1):
            listed[member] = replace(listed[member], aside=True)
        at = end + 1
    return listed


def _list_end(mentions: list[Mention], words: list[str], first: int) -> int:
    """The index of the last name of a list opening on `first` and closed by 'and' / 'or' ('Estonia, Latvia,
    Lithuania and Poland'); `first` itself when the names after it make no such list."""
    for last in range(first + 1, len(mentions)):
        between = words[mentions[last - 1].end : mentions[last].start]
        if between == [LIST_COMMA]:
            continue
        closed = len(between) == 1 and between[0] in LIST_CLOSERS
        return last if closed and not _owns_a_figure(words, mentions[last].end) else first
    return first


OWNED_FIGURE_REACH = 4  # words after a name where a number makes the figure its own ('Slovenia all around 1.3%')
FIGURE_BREAKS = frozenset({",", ";", ":", ".", "—", "–"})


def _owns_a_figure(words: list[str], end: int) -> bool:
    """'… and Belgium at 1.30%', '… and Slovenia all around 1.3%', '… and Canada (1.37%)': a number a few words after
    the name, no punctuation between, is the name's own figure ('… and Poland, about 4,500 troops' is not)."""
    for word in words[end : end + OWNED_FIGURE_REACH]:
        if word in FIGURE_BREAKS:
            return False
        if word[:1].isdigit():
            return True
    return False


def redefined_abbreviations(text: str) -> frozenset[str]:
    """The names the entity list reads as written ('FRA', France's code) that a document gives a thing of its own:
    'the Fiscal Responsibility Act of 2023 (FRA)' spells 'FRA' with the initials of the words before the bracket,
    words that name no entity of that name; in that document 'the FRA' is the act, never France. 'the European
    Union (EU)' restates the entity's own name and leaves it as it is."""
    exact = entity_tables().exact
    found: set[str] = set()
    for match in DEFINED_ABBREVIATION.finditer(text):
        short = match.group("short")
        if short not in exact or short in found:
            continue
        words = NAME_WORD.findall(match.group("before"))
        spelled = _spelled_by(short.replace("&", ""), words)
        if spelled is not None and _names_of(words[spelled:]) != exact[short]:
            found.add(short)
    return frozenset(found)


def _spelled_by(short: str, words: list[str]) -> int | None:
    """Where the run of words ending the list starts whose initials spell the abbreviation: each capitalised word
    gives its initial; a small word ('of', 'and') or a number between them may give one or none ('Department of
    Defense' spells 'DOD', 'Fiscal Responsibility Act of 2023' 'FRA'). None when no run spells it."""
    letter, position = len(short) - 1, len(words) - 1
    while position >= 0 and letter >= 0:
        word = words[position]
        if word[0].upper() == short[letter] and (word[0].isupper() or letter > 0):
            letter -= 1
        elif word[0].isupper():
            return None
        position -= 1
    return position + 1 if letter < 0 and words[position + 1][0].isupper() else None


def _names_of(words: list[str]) -> str | None:
    """The entity a run of words names as a whole ('European Union'), else None."""
    return entity_tables().folded.get(tuple(normalise(" ".join(words)).split()))


def in_currency_names(words: list[str], table: Cues) -> frozenset[int]:
    """The positions of the words naming a currency by its country ('US dollars', 'Canadian dollars'): none of them
    names the country, nor anyone the entity list lacks."""
    positions: set[int] = set()
    for start in range(len(words)):
        positions.update(range(start, start + _currency_name(words, start, table)))
    return frozenset(positions)


def _currency_name(words: list[str], start: int, table: Cues) -> int:
    """The length of a currency's name of several words starting here ('US dollar', 'Polish zloty'), else 0."""
    for length in CURRENCY_NAME_LENGTHS:
        if len(words) - start >= length and table.currency_of_words(words[start : start + length]):
            return length
    return 0


def _restated_in_brackets(mentions: list[Mention], words: list[str]) -> list[Mention]:
    """'figures from the Stockholm International Peace Research Institute (SIPRI)': a name in brackets right after a
    name of the same entity restates it, in the same role (a source stays a source, not whom the figures are of)."""
    restated = list(mentions)
    for at in range(1, len(restated)):
        named, again = restated[at - 1], restated[at]
        if again.name == named.name and again.start == named.end + 1 and words[named.end] == "(":
            restated[at] = replace(again, source=named.source, aside=named.aside, titled=named.titled)
    return restated


TAG_MARKS = frozenset({"#", "@"})
LABEL_COLON = ":"
LABEL_REACH = 6  # words from a code opening a label to the colon closing it ('FR armed-forces budget 2025:')
LABEL_BREAKS = frozenset({".", ";", "!", "?", "(", "—", "–"})
AMOUNT_SIGNS = frozenset({"$", "€", "£", "¥"})


def _labelling_code(tokens: list[Token], position: int, word_codes: bool) -> str | None:
    """'DE: 1.19% → 2.12%', 'PL 2025 plan: 4.7% of GDP', 'SIPRI: PL $38.0bn in 2024': a country's two-letter code in
    capitals labelling a deck's bullet or a table's row (opening it, or the value after its label's colon, and followed
    by a colon, a figure or the rest of a label) names the country; a code that is also a word in capitals ('IT', 'NO',
    'BE') only right before its label's colon, in a document whose lines codes label ('IT: 1.14%' beside 'DE: …', never
    'IT: €2bn' in a budget's lines). Elsewhere ('the US and DE') a code is left unread."""
    code = tokens[position].text
    name = entity_tables().codes.get(code)
    if name is None or not _opens_a_label(tokens, position):
        return None
    following = tokens[position + 1].text if position + 1 < len(tokens) else ""
    a_word = code in domain.question_words().codes_beside_codes
    if following == LABEL_COLON:
        return name if word_codes or not a_word else None
    if a_word or not following:
        return None
    figure = following[:1].isdigit() or following in AMOUNT_SIGNS
    return name if figure or _label_closed_by_a_colon(tokens, position) else None


CODE_LINE = re.compile(r"^[ \t]*(?:[-*+•▪]\s+|\|\s*)?(?P<code>[A-Z]{2})\b(?=\s*(?::|\||\d))", re.MULTILINE)
MINIMUM_CODED_LINES = 2


def lines_labelled_by_codes(text: str) -> bool:
    """A document two lines or more of which a country's code labels, none of them a code that is also a word ('- DE:
    1.19%', '- PL 2025 plan: …', '| FR | 2.06 |'): a deck's or a table's rows, where 'IT:' is Italy too."""
    codes, words = entity_tables().codes, domain.question_words().codes_beside_codes
    labels = {found["code"] for found in CODE_LINE.finditer(text)}
    return len({code for code in labels if code in codes and code not in words}) >= MINIMUM_CODED_LINES


def _opens_a_label(tokens: list[Token], position: int) -> bool:
    """The token opens the sentence (past a bullet's mark) or the value after a label's colon."""
    before = [token.text for token in tokens[:position]]
    return all(text in BULLET_MARKS for text in before) or before[-1] == LABEL_COLON


def _label_closed_by_a_colon(tokens: list[Token], position: int) -> bool:
    """A colon closes the label the token opens, a few words on, no sentence's break between ('ES Apr 2025: …')."""
    for token in tokens[position + 1 : position + 1 + LABEL_REACH]:
        if token.text == LABEL_COLON:
            return True
        if token.text in LABEL_BREAKS:
            return False
    return False


def _tagged(tokens: list[Token], position: int) -> bool:
    """'#Ukraine', '#EU', '@NATO': a post's hashtag or handle files it under a topic or names an account; it names no
    one a figure is of, nor whom the sentences after it speak of."""
    if position == 0:
        return False
    mark = tokens[position - 1]
    return mark.text in TAG_MARKS and mark.end == tokens[position].start


def _reckoned_by(tokens: list[Token], mention: Mention, table: Cues) -> bool:
    """ "SIPRI's new milex data", "SIPRI's 2024 military spending numbers": a body whose data, figures or estimates
    the words after its possessive name, a few plain words between, is the source of the figures, not whom they are
    of."""
    possessive = tokens[mention.end - 1].text.casefold().endswith(("'s", "’s"))
    if not possessive or entity_tables().kind(mention.name) not in {"organisation", "group"}:
        return False
    for token in tokens[mention.end : mention.end + RECKONING_REACH + 1]:
        if token.word in table.raw.reckoning_nouns:
            return True
        if not (token.text.islower() or YEAR_WORD.match(token.text)):
            return False
    return False


def _adjective_before_another_noun(key: tuple[str, ...], following: list[str], table: Cues) -> bool:
    """'approved in the final global vote': a name that is an adjective (data: adjective_names) names its entity
    only right before a word of its figures ('global military spending', 'the global total')."""
    return (
        len(key) == 1
        and key[0] in table.raw.adjective_names
        and following[:1] != []
        and (following[0] not in table.raw.adjective_heads)
    )


def _names_an_event(name: str, following: list[str], table: Cues) -> bool:
    return bool(following) and following[0] in table.raw.events_held and entity_tables().kind(name) == "country"


DATELINE_DASHES = frozenset({"—", "–", "-"})
PLACE_NOTE_REACH = 4  # words a bracket after a dateline's place may hold ('London (Watford):')


def _dateline_place(words: list[str], start: int, end: int) -> bool:
    """'9 July 2016 — Warsaw: Allies agree …', '4 December 2019 — London (Watford): …': a capital standing alone
    between a date's dash and the colon opening a dated line's text is where the event was held, not the government
    that did it (a country named there, '27 February 2022 – Germany:', is a strong name and stays the line's)."""
    if start < 2 or words[start - 1] not in DATELINE_DASHES or not YEAR_WORD.match(words[start - 2]):
        return False
    after = words[end : end + PLACE_NOTE_REACH + 2]
    if after[:1] == ["("] and ")" in after:
        after = after[after.index(")") + 1 :]
    return after[:1] == [":"]


def without_possessive(text: str) -> str:
    """ "EU's", "US’s": a name matched as written, less its possessive ending."""
    for ending in ("'s", "’s"):
        if text.endswith(ending):
            return text[: -len(ending)]
    return text


AUXILIARIES = frozenset({"had", "has", "have", "also", "now", "then", "again"})
# Words between a name and what follows it that say nothing of its role: 'NATO has also said', "NATO's own estimates".
PASSED_AFTER_NAME = AUXILIARIES | {"own"}


def _inside_name(tokens: list[Token], start: int) -> bool:
    """'Her ReArm Europe plan': a name right after a capitalised word inside a sentence is part of a longer name (not
    after the capital opening a sentence, a clause or a list item: '• New NATO capability targets imply …')."""
    if start < 2 or tokens[start - 2].text in {":", '"', "“", "(", "—", *BULLET_MARKS}:
        return False
    previous = tokens[start - 1].text
    return previous[:1].isupper() and not previous.isupper() and previous.isalpha()


def share_in_brackets(words: list[str], end: int) -> bool:
    """A percentage opening a bracket right after a name ('Ireland (0.2%)'), not a year or a note ('(2024)', '(1)')."""
    opened = words[end : end + 1] == ["("] and words[end + 1 : end + 2] != []
    return opened and words[end + 1][:1].isdigit() and words[end + 2 : end + 3] == ["%"]


def _titled(following: list[str], table: Cues) -> bool:
    """'Canada's defence minister', 'U.S. Secretary …': the name is part of a title, not the subject."""
    position = 0
    while position < len(following) and following[position] in table.role_modifiers:
        position += 1
    return position < len(following) and following[position] in table.role_words


def _cited_with_year(words: list[str], start: int, end: int) -> bool:
    """'World rank (SIPRI, 2024): 13th', '(NATO, 2025)': a body named in brackets with a year after its comma is the
    source the figure is cited from, in the manner of a reference, not whom the figure is of."""
    return (
        start > 0
        and words[start - 1] == "("
        and words[end : end + 1] == [","]
        and bool(YEAR_WORD.match(words[end + 1] if end + 1 < len(words) else ""))
    )


ESTIMATE_MARK = "e"  # '2024e': a year's figure estimated


def _labelled_with_its_year(words: list[str], start: int, end: int) -> bool:
    """'SIPRI 2024: $88.5bn, +28%': an institute and a year labelling a deck's bullet (opening it, a colon after the
    year, maybe marked an estimate: '2024e') is the source the figure is cited from, in the manner of a reference,
    not whom the figure is of (the slide's)."""
    if any(word not in BULLET_MARKS for word in words[:start]) or end >= len(words) or not YEAR_WORD.match(words[end]):
        return False
    after = end + 1 + (words[end + 1 : end + 2] == [ESTIMATE_MARK])
    return words[after : after + 1] == [LABEL_COLON]


@cache
def _superlatives() -> frozenset[str]:
    verifier = domain.question_words().verifier
    return verifier.superlatives_greater | verifier.superlatives_lesser


def _mention(name: str, start: int, end: int, weak: bool, words: list[str], table: Cues) -> Mention:
    following = [word for word in words[end : end + 3] if word not in PASSED_AFTER_NAME]
    after = following[0] if following else ""
    # 'according to the European Defence Agency': an article may stand between the source's words and its name
    cited = start > 0 and words[start - 1] == "the" and bool(table.source_before.ending_at(words, start - 1))
    body = entity_tables().kind(name) in {"organisation", "group"}
    source = (
        cited
        or bool(table.source_before.ending_at(words, start))
        or (after in table.source_after and body)
        or (body and bool(table.method_before.ending_at(words, start)))
        or (body and _cited_with_year(words, start, end))
        or (entity_tables().kind(name) == "organisation" and _labelled_with_its_year(words, start, end))
    )
    titled = _titled(following, table)
    # 'Spain was lowest at 1.28%, with Belgium at 1.30%': a name right before 'at' and a number owns that figure,
    # whatever word comes before it
    # ('23 of 32 Allies …, with Poland highest at 4.12%': a superlative may stand between the name and 'at')
    at = end + 1 if words[end : end + 1] and words[end] in _superlatives() else end
    owns_figure = words[at : at + 1] == ["at"] and words[at + 1 : at + 2] != [] and words[at + 1][:1].isdigit()
    # 'The lowest ratio was observed in Ireland (0.2%)': a share in brackets right after a country is that country's
    owns_figure = owns_figure or (entity_tables().kind(name) == "country" and share_in_brackets(words, end))
    # 'from the United States' as 'from Germany': a country's article stands between its name and the word before
    # it (not an institution's: 'drawdowns from the Bundeswehr special fund' are the fund's); only after words that
    # never open a clause the name leads ('with the United States contributing 64%')
    articled = start > 0 and words[start - 1] == "the" and not weak
    aside_word = bool(table.aside_before.ending_at(words, start)) or (
        articled and bool(table.aside_before_article.ending_at(words, start - 1))
    )
    aside = (aside_word and not owns_figure) or after in table.aside_after or titled
    return Mention(name, start, end, weak, source, aside, titled)
