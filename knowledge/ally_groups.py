"""Groups of allies a text names by what qualifies them, and the brackets saying who is in them.

'The nine frontline allies (those bordering Russia, Belarus or Ukraine) raised their average burden from 1.29% of
GDP in 2014 to 2.63% in 2024'; 'The eleven western core allies moved from 1.31% to 1.89%, and seven of them reached
2%'. 'allies' there is no weak name of the alliance: the averages and counts are the group's, and the countries in
the brackets say who is in it. Read as they were, the average became Ukraine's share of GDP and the counts the
alliance's. A weak name of `domain/cues.toml` [ally_groups] right after words that qualify it, a number before
them, is a group named by those words (a name of its own the entity list does not know); the entities in brackets a
defining word opens right after a name are asides.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from knowledge.cues import Phrases, cues, fold
from knowledge.figures import Token
from knowledge.mentions import Mention

OPEN, CLOSE = "(", ")"


@cache
def _nouns() -> frozenset[str]:
    return frozenset(fold(noun) for noun in cues().raw.ally_groups.nouns)


@cache
def _not_qualifiers() -> frozenset[str]:
    return frozenset(fold(word) for word in cues().raw.ally_groups.not_qualifiers)


@cache
def _defining() -> Phrases:
    return Phrases(cues().raw.ally_groups.defining_openers)


def _qualifier(token: Token, named: set[int], position: int) -> bool:
    word = token.word
    return (
        word.isalpha()
        and word not in _not_qualifiers()
        and word not in cues().numbers
        and position not in named
        and not token.text.isupper()  # 'US allies', 'EU allies': a name the entity list knows, not a quality
    )


def _group_start(tokens: list[Token], mention: Mention, named: set[int]) -> int:
    """Where the words qualifying a weak name begin (its own start when none do)."""
    start = mention.start
    limit = max(0, mention.start - cues().raw.ally_groups.max_qualifiers)
    while start > limit and _qualifier(tokens[start - 1], named, start - 1):
        start -= 1
    return start


def groups_of_allies(mentions: list[Mention], tokens: list[Token]) -> list[Mention]:
    """The sentence's mentions, a weak name of the alliance right after words qualifying it made the group they name
    ('frontline allies'), and the entities in brackets defining a name ('(those bordering Russia …)') asides."""
    named = {position for m in mentions for position in range(m.start, m.end) if not m.weak}
    read = [_as_group(mention, tokens, named) for mention in mentions]
    inside = _defining_brackets([token.word for token in tokens])
    return [replace(m, aside=True) if any(a <= m.start < b for a, b in inside) else m for m in read]


def _as_group(mention: Mention, tokens: list[Token], named: set[int]) -> Mention:
    """The mention, or the group its qualifying words name (a name of its own, read again as it is)."""
    words = [token.word for token in tokens[mention.start : mention.end]]
    if not (mention.weak and set(words) <= _nouns()):
        return mention
    start = _group_start(tokens, mention, named)
    if start == mention.start or not (start > 0 and _a_number(tokens[start - 1].word)):
        return mention  # 'when allies', 'the year allies first agreed': no group counted
    return Mention(" ".join(token.text for token in tokens[start : mention.end]), start, mention.end)


def _a_number(word: str) -> bool:
    """'nine', '11': the count a group of allies is named with ('the nine frontline allies')."""
    return word in cues().numbers or word.isdigit()


def _defining_brackets(words: list[str]) -> list[tuple[int, int]]:
    """The spans of brackets a defining word opens ('(those bordering Russia, Belarus or Ukraine)')."""
    spans = []
    for position, word in enumerate(words):
        if word == OPEN and _defining().starting_at(words, position + 1):
            close = next((end for end in range(position + 1, len(words)) if words[end] == CLOSE), len(words))
            spans.append((position, close))
    return spans
