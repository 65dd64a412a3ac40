"""A thing a question names by description instead of by name: 'the alliance's biggest spender', 'the ally with the
fewest military personnel that year', 'the host of the 2025 summit', 'the country where the 2% guideline was agreed',
'the other North American member besides the US'.

`described_in` finds one and the question whose answer names what it describes ('Which ally had the fewest military
personnel in 2024?', 'Where was the 2025 summit held?'); the engine asks that question, then the question itself with
the name in the description's place, and `with_the_description_named` shows both answers, each cited. The words are
data (domain/descriptions.toml); nothing here names a measure or an ally.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from knowledge import domain, lexicon
from knowledge.ask.types import RANKING
from knowledge.cues import cues
from knowledge.lexicon import normalise
from knowledge.measures import MEASURE_KEYWORDS
from knowledge.models import Answer
from knowledge.question import price_base

YEAR = re.compile(r"^(19|20)\d\d$")
TRAILING = re.compile(r"(?:['’]s?)?[^\w%]*$")  # a possessive and punctuation ending the description's last word
LEADING = re.compile(r"^[^\w%]*")
FILLERS = frozenset({"the", "of", "on", "in", "a", "an", "its", "their", "for"})  # never the end of a ranked measure
# the verbs around a description that is what a question asks or claims ('the biggest spender is the US, right?');
# before one, the verbs of having too ('which ally had the smallest army?')
COPULAS = frozenset({"is", "was", "are", "were", "be", "been", "being", "s", "as", "become", "became", "remains"})
PREDICATES = COPULAS | {"had", "has", "have"}
WH_WORDS = frozenset({"who", "whos", "which", "what", "whats", "whom", "whose"})
NUMBER_WORDS = frozenset({"two", "three", "four", "five", "both", "2", "3", "4", "5"})
LONGEST_EVENT = 4  # words of an event's name before its gathering word ('the 2025 NATO summit')
LONGEST_THING = 6  # words of what was agreed ('the 2% of GDP guideline')


@dataclass(frozen=True)
class Word:
    text: str  # normalised
    start: int  # the raw token's span in the question
    end: int


class Tokens:
    """A question's normalised words, each with the span of the token it came from."""

    def __init__(self, question: str) -> None:
        self.question = question
        self.spans = [
            Word(word, token.start(), token.end())
            for token in re.finditer(r"\S+", question)
            for word in normalise(token.group()).split()
        ]
        self.words = [word.text for word in self.spans]

    def written(self, first: int, last: int) -> str:
        """Words `first`..`last` as the question writes them, without the punctuation or possessive around them."""
        if first >= last:
            return ""
        text = self.question[self.spans[first].start : self.spans[last - 1].end]
        lead = LEADING.match(text)
        trail = TRAILING.search(text)
        return text[lead.end() if lead else 0 : trail.start() if trail else len(text)]


@dataclass(frozen=True)
class Description:
    """Words `first`..`last` of a question describe one ally; `asks` names it in its answer (a ranking's first row,
    or a sentence placing an event), unless `named` is known already (the rest of a group)."""

    first: int
    last: int  # exclusive
    text: str
    asks: str | None = None
    named: str | None = None
    by_place: bool = False

    def replaced(self, question: str, name: str) -> str:
        """The question with the name in the description's place, its possessive and punctuation kept."""
        spans = Tokens(question).spans
        start, end = spans[self.first].start, spans[self.last - 1].end
        lead = LEADING.match(question[start:end])
        trail = TRAILING.search(question[start:end])
        head = question[: start + (lead.end() if lead else 0)]
        tail = question[end - (len(trail.group()) if trail else 0) :]
        return f"{head}{name}{tail}"


def described_in(question: str) -> Description | None:
    """The first description of one ally in a question, unless it is what the question asks ('who was the biggest
    spender?') or claims ('is the US the biggest spender?')."""
    tokens = Tokens(question)
    words = tokens.words
    ends: set[int] | None = None  # where the entities the question names end, worked out when first needed
    for first in range(len(words)):
        if first and words[first - 1] == "the":
            continue  # a description starts with its article
        if not _opens_a_description(words, first):
            continue
        ends = ends if ends is not None else {m.end for m in lexicon.find_mentions(words, lexicon.entity_aliases())}
        if _asked_or_claimed(words, first, ends):
            continue  # 'who was the biggest spender?' asks for it
        found = _description_at(tokens, first)
        if found is not None:
            return found
    return None


def _opens_a_description(words: list[str], first: int) -> bool:
    """Its article, or a name of the alliance or of several allies ('NATO's top spender', 'Europe's largest
    economy'): what every description opens with."""
    return (
        words[first] == "the"
        or _phrase_end(words, first, _phrases("alliance")) is not None
        or (_many_named_end(words, first) is not None)
    )


def _asked_or_claimed(words: list[str], first: int, ends: set[int]) -> bool:
    """The description is what the question asks ('who was the biggest spender?', 'which country is the largest
    economy?') or claims of an ally it names ('is the US the biggest spender?', 'Germany was the top spender?');
    `ends`: where the entities the question names end."""
    if words[0] in PREDICATES and first in ends:
        return True
    if not first or words[first - 1] not in PREDICATES:
        return False
    return bool(set(words[: first - 1]) & WH_WORDS) or first - 1 in ends


def _description_at(tokens: Tokens, first: int) -> Description | None:
    words = tokens.words
    for form in (_by_role, _by_ranking, _among_a_group, _by_hosting, _by_place_of, _rest_of_a_group):
        found = form(tokens, first)
        if found is None:
            continue
        last, asks, named, by_place = found
        if words[last : last + 1] and words[last] in COPULAS:
            return None  # 'the biggest spender is the US, right?': what it claims, not whom it asks about
        if _phrase_end(words, last, _phrases("wider_scopes")) is not None:
            return None  # 'the 2nd biggest spender in the world': a ranking of every country, no ally named
        text = tokens.written(first, last)
        if asks is not None and "{year}" in asks:
            year = _year_of(words, first, last)
            if year is None:
                continue
            asks = asks.replace("{year}", f" in {year}" if year else "")
        return Description(first, last, text, asks, named, by_place)
    return None


Found = tuple[int, str | None, str | None, bool]  # where the description ends, its question, its ally, by place


def _by_role(tokens: Tokens, at: int) -> Found | None:
    """'the alliance's biggest spender', 'Europe's largest economy', 'the top spender by share of GDP'."""
    words = tokens.words
    qualifier = ""
    position = _phrase_end(words, at, _phrases("alliance"))
    if position is None:
        position = at + 1 if words[at] == "the" else at
        owner_end = _many_named_end(words, position)
        if owner_end is not None:
            qualifier, position = tokens.written(position, owner_end), owner_end
        elif words[at] != "the":
            return None
    ordinal, position = _ordinal(words, position)
    if position >= len(words) or not _end_word(words[position]):
        return None
    end_word, position = words[position], position + 1
    named_end = _many_named_end(words, position)
    if named_end is not None:
        qualifier, position = f"{qualifier} {tokens.written(position, named_end)}".strip(), named_end
    role = _role_at(words, position)
    if role is None or _noun_goes_on(words, role[0]):
        return None  # 'the most military personnel', 'the highest military burden': no ally named by its role
    position, ranks = role
    if words[position : position + 1] == ["by"]:
        run = _measure_run(words, position + 1)
        if run is None:
            return None
        ranks, position = tokens.written(position + 1, run), run
    asks = _ranking_question(qualifier, "had", ordinal, end_word, ranks)
    return _past_the_alliance(words, position), asks, None, False


def _by_ranking(tokens: Tokens, at: int) -> Found | None:
    """'the ally with the fewest military personnel that year', 'the Baltic state that spent the most on defence'."""
    words = tokens.words
    if words[at] != "the":
        return None
    qualifier_end = _many_named_end(words, at + 1) or at + 1
    head_end = _phrase_end(words, qualifier_end, _phrases("heads"))
    link_end = _phrase_end(words, head_end, _phrases("links")) if head_end is not None else None
    if head_end is None or link_end is None or words[link_end : link_end + 1] != ["the"]:
        return None
    verb = domain.descriptions().links[" ".join(words[head_end:link_end])]
    ordinal, position = _ordinal(words, link_end + 1)
    if position >= len(words) or not _end_word(words[position]):
        return None
    run = _measure_run(words, position + 1)
    if run is None:
        return None
    asks = _ranking_question(
        tokens.written(at + 1, qualifier_end), verb, ordinal, words[position], tokens.written(position + 1, run)
    )
    return _past_the_alliance(words, run), asks, None, False


def _among_a_group(tokens: Tokens, at: int) -> Found | None:
    """'the larger of the two Iberian allies, by GDP': the group's ranking by the measure named."""
    words = tokens.words
    if words[at] != "the" or at + 1 >= len(words) or not _end_word(words[at + 1]):
        return None
    position = at + 2
    if words[position : position + 2] != ["of", "the"]:
        return None
    position += 2
    if words[position : position + 1] and words[position] in NUMBER_WORDS:
        position += 1
    group_end = _many_named_end(words, position)
    if group_end is None or words[group_end : group_end + 1] != ["by"]:
        return None
    run = _measure_run(words, group_end + 1)
    if run is None:
        return None
    end = "highest" if words[at + 1] in domain.descriptions().highest else "lowest"
    group, ranks = tokens.written(position, group_end), tokens.written(group_end + 1, run)
    return run, f"Which of the {group} had the {end} {ranks}{{year}}?", None, False


def _by_hosting(tokens: Tokens, at: int) -> Found | None:
    """'the host of the 2025 summit', 'the country hosting the 2025 summit', 'the 2025 summit's host'."""
    words = tokens.words
    if words[at] != "the":
        return None
    words_of = domain.descriptions()
    event_start: int | None = None
    host_end = _phrase_end(words, at + 1, words_of.host_nouns)
    head_end = _phrase_end(words, at + 1, _phrases("heads"))
    hosting_end = _phrase_end(words, head_end, words_of.hosting) if head_end is not None else None
    if host_end is not None and words[host_end : host_end + 2] == ["of", "the"]:
        event_start = host_end + 2
    elif hosting_end is not None and words[hosting_end : hosting_end + 1] == ["the"]:
        event_start = hosting_end + 1
    if event_start is not None:
        event_end = _event_end(words, event_start)
        return None if event_end is None else (event_end, _where_held(tokens, event_start, event_end), None, True)
    event_end = _event_end(words, at + 1)
    noun_end = _phrase_end(words, event_end, words_of.host_nouns) if event_end is not None else None
    if event_end is None or noun_end is None:
        return None
    return noun_end, _where_held(tokens, at + 1, event_end), None, True


def _by_place_of(tokens: Tokens, at: int) -> Found | None:
    """'the country where the 2% guideline was agreed'."""
    words = tokens.words
    words_of = domain.descriptions()
    head_end = _phrase_end(words, at + 1, _phrases("heads")) if words[at] == "the" else None
    if head_end is None or words[head_end : head_end + 1] != [words_of.where]:
        return None
    for copula in range(head_end + 2, min(head_end + 2 + LONGEST_THING, len(words) - 1)):
        if words[copula] in {"was", "were"} and words[copula + 1] in words_of.place_verbs:
            asks = f"Where was {tokens.written(head_end + 1, copula)} {words[copula + 1]}?"
            return copula + 2, asks, None, True
    return None


def _rest_of_a_group(tokens: Tokens, at: int) -> Found | None:
    """'the other North American member, besides the US': the one member of the group the question leaves."""
    words = tokens.words
    words_of = domain.descriptions()
    position = _phrase_end(words, at, _phrases("alliance")) or (at + 1 if words[at] == "the" else at)
    if position >= len(words) or words[position] not in words_of.other:
        return None
    group_end = _many_named_end(words, position + 1)
    head_end = _phrase_end(words, group_end, _phrases("heads")) if group_end is not None else None
    group = _group_named(words[position + 1 : group_end]) if group_end is not None else None
    if head_end is None or group is None:
        return None
    last = head_end
    besides_end = _phrase_end(words, last, words_of.besides)
    if besides_end is not None and words[besides_end : besides_end + 1] == ["the"]:
        besides_end += 1
    named_end = _named_end(words, besides_end) if besides_end is not None else None
    if named_end is not None:
        last = named_end
    named = {mention.target for mention in lexicon.find_mentions(words, lexicon.entity_aliases())}
    left = [member for member in domain.group_members()[group] if member not in named]
    return (last, None, left[0], False) if len(left) == 1 else None


# ----- the parts of a description -----


def _ranking_question(qualifier: str, verb: str, ordinal: str, end_word: str, ranks: str) -> str:
    ally = f"{qualifier} ally".strip()
    place = f"{ordinal} " if ordinal else ""
    return f"Which {ally} {verb} the {place}{end_word} {ranks}{{year}}?"


def _where_held(tokens: Tokens, first: int, last: int) -> str:
    return f"Where was the {tokens.written(first, last)} held?"


def _event_end(words: list[str], at: int) -> int | None:
    """The end of an event's name from `at` ('2025 summit', 'Hague summit'): a gathering word at most LONGEST_EVENT
    words on."""
    gatherings = cues().gathering_words
    for position in range(at, min(at + LONGEST_EVENT + 1, len(words))):
        if words[position] in domain.descriptions().measure_ends:
            return None
        if words[position] in gatherings:
            return position + 1
    return None


def _measure_run(words: list[str], at: int) -> int | None:
    """The end of the measure a description ranks by: up to a word ending it, a year or the longest a measure runs."""
    words_of = domain.descriptions()
    end = at
    while end < len(words) and end - at < words_of.longest_measure:
        ends_here = (_phrase_end(words, end, _phrases(field)) for field in ("same_year", "alliance_after"))
        if words[end] in words_of.measure_ends or YEAR.match(words[end]) or any(ends_here):
            break
        if words[end] == "in" and end + 1 < len(words) and YEAR.match(words[end + 1]):
            break
        end += 1
    while end > at and words[end - 1] in FILLERS:
        end -= 1
    return end if end > at else None


def _noun_goes_on(words: list[str], at: int) -> bool:
    """A measure's word right after a role's noun: the noun was a modifier of it ('military personnel')."""
    if at >= len(words) or words[at] in FILLERS or words[at] in domain.descriptions().measure_ends:
        return False  # 'the biggest spender spent …': a verb after the noun
    return words[at] in MEASURE_KEYWORDS


def _past_the_alliance(words: list[str], at: int) -> int:
    """Past the words placing a ranking in the whole alliance ('the biggest spender in the alliance')."""
    return _phrase_end(words, at, _phrases("alliance_after")) or at


def _year_of(words: list[str], first: int, last: int) -> str | None:
    """The year a description's ranking is of: the one right after it ('the fewest personnel in 2024'), else the one
    year the rest of the question names ('' for none); None when the rest names several. A price base ('2015
    prices') is no year asked."""
    after = words[last : last + 2]
    if len(after) == 2 and after[0] in {"in", "for"} and YEAR.match(after[1]) and not price_base(words, last + 1):
        return after[1]
    asked = {
        word
        for position, word in enumerate(words)
        if not first <= position < last and YEAR.match(word) and not price_base(words, position)
    }
    if len(asked) > 1:
        return None
    return next(iter(asked), "")


def _ordinal(words: list[str], at: int) -> tuple[str, int]:
    ordinals = domain.descriptions().ordinals
    if at < len(words) and words[at] in ordinals:
        return ordinals[words[at]], at + 1
    return "", at


def _end_word(word: str) -> bool:
    words_of = domain.descriptions()
    return word in words_of.highest or word in words_of.lowest


def _role_at(words: list[str], at: int) -> tuple[int, str] | None:
    best: tuple[int, str] | None = None
    for role in domain.descriptions().roles:
        end = _phrase_end(words, at, role.nouns)
        if end is not None and (best is None or end > best[0]):
            best = (end, role.ranks)
    return best


def _named_end(words: list[str], at: int) -> int | None:
    """The end of a group's or an entity's name starting at `at` ('baltic', 'north american', 'the us')."""
    return max((end for end, _ in _names_at(words, at)), default=None)


def _many_named_end(words: list[str], at: int) -> int | None:
    """The end of the name of several allies or a region starting at `at` ('baltic', 'europe'), never of one
    country: 'Germany's largest army' is Germany's own."""
    ends = [
        end for end, target in _names_at(words, at) if not lexicon.is_country(target) and target != lexicon.NATO_ALLIES
    ]
    return max(ends, default=None)


def _names_at(words: list[str], at: int) -> list[tuple[int, str]]:
    if not 0 <= at < len(words):
        return []
    return [
        (at + mention.end, mention.target)
        for table in (domain.group_aliases(), lexicon.entity_aliases())
        if lexicon.may_start_a_mention(words[at], table)  # most words start no name: no lookup for them
        for mention in lexicon.find_mentions(words[at : at + 4], table)
        if mention.start == 0
    ]


def _group_named(words: Sequence[str]) -> str | None:
    members = domain.group_members()
    for table in (domain.group_aliases(), lexicon.entity_aliases()):
        for mention in lexicon.find_mentions(list(words), table):
            if mention.target in members:
                return mention.target
    return None


def _phrase_end(words: Sequence[str], at: int, phrases: Sequence[tuple[str, ...]] | Sequence[str]) -> int | None:
    """The end of the longest of `phrases` starting at word `at`."""
    best: int | None = None
    first = words[at] if 0 <= at < len(words) else None
    for phrase in phrases:
        parts = tuple(phrase.split()) if isinstance(phrase, str) else phrase
        if parts and parts[0] != first:
            continue  # a phrase starting with another word stands nowhere here
        if tuple(words[at : at + len(parts)]) == parts and (best is None or at + len(parts) > best):
            best = at + len(parts)
    return best


@cache
def _phrases(field: str) -> tuple[tuple[str, ...], ...]:
    """A list of descriptions.toml ('heads', 'links', 'alliance', …) as normalised word tuples."""
    return tuple(tuple(normalise(phrase).split()) for phrase in getattr(domain.descriptions(), field))


# ----- the answer -----


def the_one_named(description: Description, answer: Answer) -> str | None:
    """The ally the answer to a description's question names: the first row of a ranking, or the one country a
    sentence places the event in ('At their summit in The Hague …': the Netherlands)."""
    if not answer.answered:
        return None
    if description.by_place:
        words = normalise(" ".join(citation.quote for citation in answer.citations) or answer.answer).split()
        countries = {mention.target for mention in lexicon.find_mentions(words, lexicon.place_aliases())}
        return countries.pop() if len(countries) == 1 else None
    first = answer.facts[0].subject if answer.operation == RANKING and answer.facts else None
    return first if first is not None and lexicon.is_ally(first) else None


def with_the_description_named(answer: Answer, description: Description, name: str, named_by: Answer | None) -> Answer:
    """The answer asked with the name in the description's place, then how the description names that ally: the
    answer naming it (a ranking's first row, a sentence placing the event), or the group it is the rest of."""
    reading = f"*{_capitalised(description.text)}: {name}"
    if named_by is None:
        lines = [answer.answer, f"{reading}, the one member of the group the question leaves.*"]
        return answer.model_copy(update={"answer": "\n".join(lines)})
    how = "the statement below places it there" if description.by_place else "the first of the ranking below"
    update = {
        "answer": "\n".join([answer.answer, f"{reading}, {how}:*", named_by.answer]),
        "beside": [*answer.beside, *named_by.facts],
        "citations": [*answer.citations, *named_by.citations],
        "values": [*answer.values, *named_by.values],
    }
    return answer.model_copy(update=update)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
