"""Allies a question leaves out ('top 3 per head, not counting the US'): the words that do it are domain data
(`domain/questions.toml` [operations] excluding)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from knowledge import domain, lexicon
from knowledge.cues import cues

WHOLE_OF_EUROPE = frozenset({lexicon.EUROPE_AND_CANADA})

if TYPE_CHECKING:  # the question reader asks which allies its words leave out before its entities are read
    from knowledge.question import Question


@dataclass(frozen=True)
class _Cues:
    phrases: tuple[tuple[str, ...], ...]  # the words leaving out the allies named after them
    skipped: frozenset[str]  # little words between them and the allies ('the', 'both')
    closing_phrases: tuple[tuple[str, ...], ...]  # the same, after them ('leaving the US aside')
    closing_one: tuple[tuple[str, ...], ...]  # after one ally alone ('Iceland reports none')
    particles: dict[str, str]  # 'leave Iceland out': a verb before the list and its particle after it
    joiners: frozenset[str]
    basis: frozenset[str]
    # a word that also takes one figure from another ('minus') leaves an ally out only of what is no one ally:
    # 'NATO minus the US', 'top 3 minus the US'; 'US minus europe+canada' asks the difference of the two
    differences: frozenset[tuple[str, ...]]
    reach: int  # the words before an ally that may leave it out: the longest phrase's, 'the' aside
    by_last_word: dict[str, tuple[tuple[str, ...], ...]]  # the phrases under the word they end with

    def leaving(self, before: list[str]) -> list[tuple[str, ...]]:
        """The phrases the words before an ally end with: only those ending with its last word are tried."""
        if not before:
            return [phrase for phrase in self.phrases if not phrase]  # a phrase of no words ends any words
        return [phrase for phrase in self.by_last_word.get(before[-1], ()) if tuple(before[-len(phrase) :]) == phrase]


@cache
def _cues(*, ranking: bool) -> _Cues:
    words_of = domain.question_words()
    excluding = (*words_of.operations.excluding, *(words_of.excluding_in_rankings if ranking else ()))
    # read as the words before an ally are, without 'the' ('with the exception of Poland')
    skipped = words_of.exclusions.excluded_skipped
    phrases = tuple(tuple(word for word in phrase.split() if word not in skipped) for phrase in excluding)
    return _Cues(
        phrases=phrases,
        skipped=skipped,
        closing_phrases=tuple(tuple(phrase.split()) for phrase in words_of.operations.excluded_after),
        closing_one=tuple(tuple(phrase.split()) for phrase in words_of.operations.excluded_one_after),
        particles=dict(phrase.split() for phrase in words_of.operations.excluded_around),
        joiners=frozenset(words_of.list_joiners),
        basis=frozenset(words_of.basis_words),
        differences=frozenset(tuple(phrase.split()) for phrase in words_of.operations.difference),
        reach=max(4, *(len(phrase) for phrase in phrases)),
        by_last_word=_by_last_word(phrases),
    )


def _by_last_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    by_last: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            by_last.setdefault(phrase[-1], []).append(phrase)
    return {word: tuple(found) for word, found in by_last.items()}


def left_out(question: Question, *, ranking: bool = False) -> frozenset[str]:
    """The entities a question leaves out (`mentions_left_out`)."""
    return frozenset(mention.target for mention in mentions_left_out(question, ranking=ranking))


def entities_less_those_left_out(
    entities: list[str], question: Question, excluded: frozenset[str] | None = None
) -> list[str]:
    """'Leaving out the Americans, what did the rest of NATO spend?': an ally left out is no subject asked, and the
    alliance less its largest member is the whole the tables give a row of their own (NATO Europe and Canada).
    `excluded`: `left_out(question)`, when the caller has read it already."""
    excluded = left_out(question) if excluded is None else excluded
    if not excluded:
        return entities
    kept = [name for name in entities if name not in excluded]
    if excluded & lexicon.ally_names() != {lexicon.UNITED_STATES}:
        return kept
    whole = [lexicon.EUROPE_AND_CANADA if name == lexicon.NATO_ALLIES else name for name in kept]
    return list(dict.fromkeys(whole))


def groups_left_out(question: Question, *, ranking: bool = False) -> frozenset[str]:
    """'Who spent the most outside the Baltic states?': the groups of allies a question leaves out."""
    mentions = lexicon.find_mentions(question.words, domain.group_aliases())
    return frozenset(mention.target for mention in mentions_left_out(question, ranking=ranking, mentions=mentions))


def mentions_left_out(
    question: Question, *, ranking: bool = False, mentions: list[lexicon.Mention] | None = None
) -> list[lexicon.Mention]:
    """'Top 3 per head, not counting the US': the allies named right after a word that leaves them out, and
    those listed with them ('so not us/canada', 'excluding the US and Canada', 'no canada, no us'); in a
    `ranking`, also those it ranks after ('the largest army after the us'); and the allies of a list closed by
    a word that leaves them out ('leaving the US and Canada aside') or a verb around them ('leave Iceland out')."""
    cue = _cues(ranking=ranking)
    closing_phrases, particles = cue.closing_phrases, cue.particles
    joiners, basis, differences = cue.joiners, cue.basis, cue.differences
    particle = ""
    words = question.words
    excepted: list[lexicon.Mention] = []
    previous_end = -1
    chain_end = -1
    chain: list[lexicon.Mention] = []
    countries = lexicon.find_mentions(words, lexicon.entity_aliases())
    after_a_country = {m.end for m in countries if lexicon.is_country(m.target)}
    for mention in countries if mentions is None else mentions:
        if words[mention.end : mention.end + 1] and words[mention.end] in basis:
            continue  # 'besides NATO's definition': the rules a figure follows, no ally left out
        before = _last_words(words, mention.start, cue.skipped, cue.reach)
        listed = previous_end >= 0 and all(word in joiners for word in words[previous_end : mention.start])
        chained = chain_end >= 0 and all(word in joiners for word in words[chain_end : mention.start])
        chain = [*chain, mention] if chained else [mention]
        chain_end = mention.end
        particle = particle if chained else particles.get(before[-1] if before else "", "")
        closed = particle and words[mention.end : mention.end + 1] == [particle]
        if closed or _a_phrase_at(words, mention.end, closing_phrases):
            excepted.extend(chain)
        elif _a_phrase_at(words, mention.end, cue.closing_one):
            excepted.append(mention)
        leaving = cue.leaving(before)
        taken_from_an_ally = any(
            phrase in differences and mention.start - len(phrase) in after_a_country for phrase in leaving
        )
        if leaving and not taken_from_an_ally:
            excepted.append(mention)
            previous_end = mention.end
        elif listed:
            excepted.append(mention)  # the next ally of the list left out
            previous_end = mention.end
        else:
            previous_end = -1
    return list(dict.fromkeys(excepted))


def _a_phrase_at(words: Sequence[str], at: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """One of the phrases stands at word `at`: only those starting with that word are compared whole."""
    first = words[at] if 0 <= at < len(words) else None
    for phrase in phrases:
        if phrase and phrase[0] != first:
            continue
        if tuple(words[at : at + len(phrase)]) == phrase:
            return True
    return False


def _last_words(words: Sequence[str], end: int, skipped: frozenset[str], reach: int) -> list[str]:
    """The last `reach` words before `end`, the skipped ones aside, in their order: read back from `end`, never the
    whole message before it for each ally it names."""
    kept: list[str] = []
    at = end - 1
    while at >= 0 and len(kept) < reach:
        if words[at] not in skipped:
            kept.append(words[at])
        at -= 1
    kept.reverse()
    return kept


def parts_left_out(words: Sequence[str]) -> list[tuple[str, ...]]:
    """'Excluding pensions, what did Italy spend?', 'not counting military personnel': the parts of a budget named
    right after a word that leaves them out."""
    exclusions = domain.question_words().exclusions
    phrases = _cues(ranking=False).phrases
    parts = cues().budget_part_nouns
    following = [*words[1:], ""]
    if any(word in exclusions.rest_asked and after != "than" for word, after in zip(words, following, strict=True)):
        return []  # 'besides infrastructure, what else counts?': the rest of a list asked, nothing deducted
    found: list[tuple[str, ...]] = []
    for start in range(len(words)):
        length = parts.starting_at(words, start)
        if not length:
            continue
        before = [word for word in words[:start] if word not in exclusions.excluded_part_fillers]
        if any(tuple(before[-len(phrase) :]) == phrase for phrase in phrases):
            found.append(tuple(words[start : start + length]))
    return found


def others_named(words: Sequence[str]) -> frozenset[int]:
    """'The other two', 'the other Visegrad countries', 'any other ally', 'other than Luxembourg': where a word for the
    allies beside those left out stands (before allies, a number of them or 'than'), naming no figure of its own."""
    others = domain.question_words().exclusions.others_of_the_field
    allies = domain.question_words().intent.member_words | {"than"}
    numbers = cues().numbers
    named_at = {
        mention.start
        for table in (lexicon.entity_aliases(), domain.group_aliases())
        for mention in lexicon.find_mentions(list(words), table)
    }
    return frozenset(
        at
        for at, word in enumerate(words[:-1])
        if word in others
        and (words[at + 1] in allies or words[at + 1] in numbers or words[at + 1].isdigit() or at + 1 in named_at)
    )


def outside_europe_named_apart(words: Sequence[str]) -> frozenset[str]:
    """'What did the European allies spend, excluding Germany and France?': the tables' row is Europe's and Canada's,
    but 'the European allies' leave out the allies outside Europe, unless the words naming the whole name them too
    ('Europe plus Canada')."""
    table_words = domain.question_words().table_questions
    outside = frozenset(domain.group_members()[table_words.outside_europe])
    outside_words = {word for alias, name in lexicon.entity_aliases().items() if name in outside for word in alias}
    wholes = [m for m in lexicon.find_mentions(list(words), lexicon.entity_aliases()) if m.target in WHOLE_OF_EUROPE]
    europe_alone = any(
        set(m.alias.split()) & set(table_words.european) and not set(m.alias.split()) & outside_words for m in wholes
    )
    return outside if europe_alone else frozenset()


def included_in_the_field(question: Question) -> frozenset[str]:
    """'Counting every ally, Finland and Sweden included, how many missed 2%?': the allies of a list closed by a word
    that counts them in; members of the field the question ranges over, not subjects of their own."""
    words = question.words
    closing = domain.question_words().exclusions.included_after
    joiners = _cues(ranking=False).joiners
    included: list[str] = []
    chain: list[str] = []
    chain_end = -1
    for mention in lexicon.find_mentions(words, lexicon.entity_aliases()):
        chained = chain_end >= 0 and all(word in joiners for word in words[chain_end : mention.start])
        chain = [*chain, mention.target] if chained else [mention.target]
        chain_end = mention.end
        if words[mention.end : mention.end + 1] and words[mention.end] in closing:
            included.extend(chain)
    return frozenset(included)
